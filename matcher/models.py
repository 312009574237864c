"""Reactions to suggestions: the data a later learning-to-rank step needs."""

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from core.db import Base, utcnow


class SuggestionFeedback(Base):
    """A youth's or a staff member's reaction to one suggested placement (the latest counts)."""

    __tablename__ = "suggestion_feedback"
    __table_args__ = (Index("ix_suggestion_feedback_youth_placement", "youth_id", "placement_ref"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    youth_id: Mapped[int] = mapped_column(ForeignKey("youth.id", ondelete="CASCADE"))
    placement_ref: Mapped[str] = mapped_column(String(60))
    reaction: Mapped[str] = mapped_column(String(20))  # interested | not_interested | more_info
    comment: Mapped[str] = mapped_column(Text, default="")
    score: Mapped[float | None]  # the score shown when the reaction was given
    rank: Mapped[int | None]
    actor: Mapped[str] = mapped_column(String(60))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
