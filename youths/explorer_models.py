"""The interest explorer's records: one answer per youth and card, and dated interest profiles.

An answer is upserted per (youth, card), so a double submit or a changed mind never adds a row.
A profile row is added each time the explorer is completed or recomputed, so the history stays.
"""

from datetime import datetime

from sqlalchemy import JSON, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from core.db import Base, utcnow


class ExplorerAnswer(Base):
    """A youth's answer to one activity card: like, unsure, dislike or skip."""

    __tablename__ = "explorer_answer"
    __table_args__ = (UniqueConstraint("youth_id", "card_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    youth_id: Mapped[int] = mapped_column(ForeignKey("youth.id", ondelete="CASCADE"), index=True)
    card_id: Mapped[str] = mapped_column(String(40))
    answer: Mapped[str] = mapped_column(String(10))
    answered_by: Mapped[str] = mapped_column(String(60))  # "link:12" or "user:3" (meeting mode)
    answered_at: Mapped[datetime] = mapped_column(default=utcnow)


class InterestProfile(Base):
    """A dated interest profile: RIASEC and working conditions (-1..1) from the answers."""

    __tablename__ = "interest_profile"

    id: Mapped[int] = mapped_column(primary_key=True)
    youth_id: Mapped[int] = mapped_column(ForeignKey("youth.id", ondelete="CASCADE"), index=True)
    riasec: Mapped[dict[str, float]] = mapped_column(JSON, default=dict)
    conditions: Mapped[dict[str, float]] = mapped_column(JSON, default=dict)
    answered: Mapped[int] = mapped_column(default=0)  # cards answered (not skipped)
    computed_by: Mapped[str] = mapped_column(String(60))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
