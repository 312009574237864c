"""Internships, their follow-ups and supervisors' assessments (tables internship, follow_up, assessment)."""

from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from core.db import Base, utcnow


class InternshipStatus(StrEnum):
    planned = "planned"
    active = "active"
    completed = "completed"
    ended_early = "ended_early"


# Internships in these states hold a seat of the placement's capacity.
SEAT_HOLDING = (InternshipStatus.planned.value, InternshipStatus.active.value)


class Internship(Base):
    """One youth at one placement for one period, with a named supervisor."""

    __tablename__ = "internship"
    __table_args__ = (Index("ix_internship_placement_status", "placement_id", "status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    youth_id: Mapped[int] = mapped_column(ForeignKey("youth.id", ondelete="CASCADE"), index=True)
    placement_id: Mapped[int] = mapped_column(ForeignKey("placement.id", ondelete="RESTRICT"))
    status: Mapped[str] = mapped_column(String(20), default=InternshipStatus.planned.value)
    start_date: Mapped[date]
    end_date: Mapped[date]
    supervisor_name: Mapped[str] = mapped_column(String(200))
    supervisor_email: Mapped[str | None] = mapped_column(String(254))
    supervisor_phone: Mapped[str | None] = mapped_column(String(40))
    supervisor_role: Mapped[str | None] = mapped_column(String(200))
    contact_user_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff_user.id", ondelete="SET NULL")
    )
    ssyk_code: Mapped[str | None] = mapped_column(String(4))  # copied at start, for statistics
    counter_stereotypical: Mapped[bool | None]
    end_reason: Mapped[str | None] = mapped_column(Text)
    created_by: Mapped[str] = mapped_column(String(60))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class FollowUp(Base):
    """A check-in during or after an internship (uppföljning)."""

    __tablename__ = "follow_up"

    id: Mapped[int] = mapped_column(primary_key=True)
    internship_id: Mapped[int] = mapped_column(
        ForeignKey("internship.id", ondelete="CASCADE"), index=True
    )
    held_date: Mapped[date]
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by: Mapped[str] = mapped_column(String(60))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Assessment(Base):
    """A supervisor's assessment of the 13 competences, mid-way or final, for one internship.

    `ratings` maps a card key to {"level": 1-4 or None (could not be observed), "comment": str}.
    One assessment per internship and kind: the unique constraint makes double submits harmless.
    """

    __tablename__ = "assessment"
    __table_args__ = (UniqueConstraint("internship_id", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    internship_id: Mapped[int] = mapped_column(ForeignKey("internship.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(10))  # "midway" or "final"
    deck_version: Mapped[str] = mapped_column(ForeignKey("competence_deck.version"))
    status: Mapped[str] = mapped_column(String(10), default="draft")  # "draft" or "submitted"
    ratings: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    overall_comment: Mapped[str] = mapped_column(Text, default="")
    tasks: Mapped[str] = mapped_column(Text, default="")
    supervisor_name: Mapped[str | None] = mapped_column(String(200))
    supervisor_role: Mapped[str | None] = mapped_column(String(200))
    revision: Mapped[int] = mapped_column(default=0)  # bumped on every save (optimistic locking)
    submitted_at: Mapped[datetime | None]
    reopened_at: Mapped[datetime | None]
    reopened_by: Mapped[str | None] = mapped_column(String(60))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
