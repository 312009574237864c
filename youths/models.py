"""Young people, their consent, card sorts, proposed workplaces, and internships."""

from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import JSON, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from core.db import Base, utcnow


class Gender(StrEnum):
    female = "female"
    male = "male"
    other = "other"


class YouthStatus(StrEnum):
    enrolled = "enrolled"
    discharged = "discharged"


class Outcome(StrEnum):
    work = "work"
    studies = "studies"
    other = "other"


class Youth(Base):
    """A young person enrolled with the team. Stores the minimum needed to help them."""

    __tablename__ = "youth"

    id: Mapped[int] = mapped_column(primary_key=True)
    ref: Mapped[str] = mapped_column(String(60), unique=True)
    first_name: Mapped[str | None] = mapped_column(String(100))
    last_name: Mapped[str | None] = mapped_column(String(100))
    birth_year: Mapped[int | None]
    gender: Mapped[str | None] = mapped_column(String(10))
    district: Mapped[str | None] = mapped_column(String(100))
    team: Mapped[str | None] = mapped_column(String(100), index=True)
    interests: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str] = mapped_column(String(5), default="sv")
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(20), default=YouthStatus.enrolled.value)
    outcome: Mapped[str | None] = mapped_column(String(20))
    enrolled_date: Mapped[date | None]
    discharged_date: Mapped[date | None]
    recruiter_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff_user.id", ondelete="SET NULL"), index=True
    )
    coach_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id", ondelete="SET NULL"))
    erased_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    card_sorts: Mapped[list["CardSort"]] = relationship(
        lazy="raise", cascade="all, delete-orphan", order_by="CardSort.id"
    )
    consents: Mapped[list["Consent"]] = relationship(
        lazy="raise", cascade="all, delete-orphan", order_by="Consent.id"
    )
    proposed_workplaces: Mapped[list["ProposedWorkplace"]] = relationship(
        lazy="raise", cascade="all, delete-orphan", order_by="ProposedWorkplace.id"
    )


class CardSort(Base):
    """One sorting of the deck by the youth: strengths and what they want to develop."""

    __tablename__ = "card_sort"

    id: Mapped[int] = mapped_column(primary_key=True)
    youth_id: Mapped[int] = mapped_column(ForeignKey("youth.id", ondelete="CASCADE"), index=True)
    deck_version: Mapped[str] = mapped_column(ForeignKey("competence_deck.version"))
    strengths: Mapped[list[str]] = mapped_column(JSON, default=list)
    develop: Mapped[list[str]] = mapped_column(JSON, default=list)
    sorted_by: Mapped[str] = mapped_column(String(60))  # actor, e.g. "user:3" or "link:12"
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Consent(Base):
    """Consent given by the youth, or by a guardian when the youth is under 18."""

    __tablename__ = "consent"

    id: Mapped[int] = mapped_column(primary_key=True)
    youth_id: Mapped[int] = mapped_column(ForeignKey("youth.id", ondelete="CASCADE"), index=True)
    given_by: Mapped[str] = mapped_column(String(20))  # "youth" or "guardian"
    scope: Mapped[str] = mapped_column(String(40))  # e.g. "share_with_employers"
    given_date: Mapped[date]
    withdrawn_date: Mapped[date | None]
    recorded_by: Mapped[str] = mapped_column(String(60))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ProposedWorkplace(Base):
    """A workplace the youth suggested themselves ("Vet du själv en arbetsplats?")."""

    __tablename__ = "proposed_workplace"

    id: Mapped[int] = mapped_column(primary_key=True)
    youth_id: Mapped[int] = mapped_column(ForeignKey("youth.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(String(500))
    proposed_by: Mapped[str] = mapped_column(String(60))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
