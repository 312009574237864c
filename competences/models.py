"""Card deck versions. A deck is immutable once loaded; records keep the version they used."""

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from core.db import Base, utcnow


class CompetenceDeck(Base):
    __tablename__ = "competence_deck"

    version: Mapped[str] = mapped_column(String(40), primary_key=True)
    name_sv: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200))
    source: Mapped[str] = mapped_column(Text)
    cards: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    is_current: Mapped[bool] = mapped_column(default=False)
    loaded_at: Mapped[datetime] = mapped_column(default=utcnow)


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
