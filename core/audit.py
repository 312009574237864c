"""Append-only audit log: who read or changed what. Never stores the personal data itself."""

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Index, String, event, func, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from core.db import Base, utcnow


class AuditEvent(Base):
    __tablename__ = "audit_event"
    __table_args__ = (Index("ix_audit_event_subject", "subject_type", "subject_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(60))
    action: Mapped[str] = mapped_column(String(60), index=True)
    subject_type: Mapped[str] = mapped_column(String(40))
    subject_id: Mapped[str] = mapped_column(String(60))
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


@event.listens_for(AuditEvent, "before_update")
def _audit_is_append_only(*_args: Any) -> None:
    raise RuntimeError("audit events are append-only")


def record(
    db_session: Session,
    *,
    actor: str,
    action: str,
    subject_type: str,
    subject_id: str | int,
    detail: dict[str, Any] | None = None,
) -> None:
    """Appends one audit event to the current transaction."""
    db_session.add(
        AuditEvent(
            actor=actor,
            action=action,
            subject_type=subject_type,
            subject_id=str(subject_id),
            detail=detail or {},
        )
    )


def events_for(
    db_session: Session, *, subject_type: str, subject_id: str | int
) -> list[AuditEvent]:
    """Returns the audit trail of one subject, oldest first."""
    stmt = (
        select(AuditEvent)
        .where(AuditEvent.subject_type == subject_type, AuditEvent.subject_id == str(subject_id))
        .order_by(AuditEvent.id)
    )
    return list(db_session.scalars(stmt))


def events_about(db_session: Session, *, subjects: set[tuple[str, str]]) -> list[AuditEvent]:
    """Returns the events whose subject is one of (subject_type, subject_id)."""
    events: list[AuditEvent] = []
    for subject_type in {s for s, _ in subjects}:
        ids = [i for s, i in subjects if s == subject_type]
        stmt = select(AuditEvent).where(
            AuditEvent.subject_type == subject_type, AuditEvent.subject_id.in_(ids)
        )
        events.extend(db_session.scalars(stmt))
    return events


def listings_showing(
    db_session: Session, *, action: str, item_id: int, since: datetime
) -> list[AuditEvent]:
    """Returns the list views (`action`) since `since` whose recorded ids include `item_id`."""
    stmt = select(AuditEvent).where(AuditEvent.action == action, AuditEvent.at >= since)
    return [e for e in db_session.scalars(stmt) if item_id in e.detail.get("ids", [])]


def search_events(
    *,
    db_session: Session,
    actor: str | None = None,
    action: str | None = None,
    subject_type: str | None = None,
    subject_id: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    limit: int = 100,
    offset: int = 0,
) -> tuple[list[AuditEvent], int]:
    """Returns a page of audit events, newest first, and how many match in all.

    `action` ending in "." or "*" matches every action with that prefix ("youth." finds
    youth.read, youth.update, ...); `since` is inclusive and `until` exclusive.
    """
    stmt = select(AuditEvent)
    if actor:
        stmt = stmt.where(AuditEvent.actor == actor)
    if action:
        prefix = action.rstrip("*")
        stmt = stmt.where(
            AuditEvent.action.startswith(prefix, autoescape=True)
            if action.endswith(("*", "."))
            else AuditEvent.action == action
        )
    if subject_type:
        stmt = stmt.where(AuditEvent.subject_type == subject_type)
    if subject_id is not None:
        stmt = stmt.where(AuditEvent.subject_id == str(subject_id))
    if since is not None:
        stmt = stmt.where(AuditEvent.at >= since)
    if until is not None:
        stmt = stmt.where(AuditEvent.at < until)
    total = db_session.scalar(select(func.count()).select_from(stmt.subquery())) or 0
    rows = db_session.scalars(
        stmt.order_by(AuditEvent.at.desc(), AuditEvent.id.desc()).limit(limit).offset(offset)
    )
    return list(rows), total


@event.listens_for(AuditEvent, "before_delete")
def _audit_is_never_deleted(*_args: Any) -> None:
    raise RuntimeError("audit events are append-only")
