"""Capability links: one personal URL per person and purpose, stored only as a hash."""

from datetime import datetime
from enum import StrEnum

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from core.db import Base, utcnow


class LinkPurpose(StrEnum):
    assessment = "assessment"  # subject_id is an assessment id; the recipient is the supervisor
    youth_review = "youth_review"  # subject_id is a youth id; the recipient is the youth


class SendStatus(StrEnum):
    not_sent = "not_sent"
    sent = "sent"
    failed = "failed"
    bounced = "bounced"


class CapabilityLink(Base):
    """A personal link. The token itself is never stored: only its SHA-256 hash."""

    __tablename__ = "capability_link"
    __table_args__ = (Index("ix_capability_link_subject", "purpose", "subject_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    purpose: Mapped[str] = mapped_column(String(20))
    subject_id: Mapped[int]
    recipient_name: Mapped[str | None] = mapped_column(String(200))
    recipient_email: Mapped[str | None] = mapped_column(String(254))
    recipient_phone: Mapped[str | None] = mapped_column(String(40))
    language: Mapped[str] = mapped_column(String(5), default="sv")
    created_by: Mapped[str] = mapped_column(String(60))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]
    revoked_at: Mapped[datetime | None]
    revoked_by: Mapped[str | None] = mapped_column(String(60))
    # Set when a re-send replaced this link, so its 410 page can say a new one is on its way.
    replaced_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("capability_link.id", ondelete="SET NULL")
    )
    reminder_number: Mapped[int] = mapped_column(default=0)  # 0 = first link, 1 = first reminder
    send_status: Mapped[str] = mapped_column(String(10), default=SendStatus.not_sent.value)
    send_attempts: Mapped[int] = mapped_column(default=0)
    send_error: Mapped[str | None] = mapped_column(String(200))
    sent_at: Mapped[datetime | None]
    opened_at: Mapped[datetime | None]
    open_count: Mapped[int] = mapped_column(default=0)
