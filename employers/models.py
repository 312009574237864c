"""Catalogue: sectors (SNI), occupations (SSYK + SCB gender shares), employers, workplaces, placements."""

from datetime import date, datetime

from sqlalchemy import JSON, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from core.db import Base, utcnow


class Sector(Base):
    """An SNI 2007 section (A-U)."""

    __tablename__ = "sector"

    code: Mapped[str] = mapped_column(String(1), primary_key=True)
    name_sv: Mapped[str] = mapped_column(String(200))
    source: Mapped[str] = mapped_column(Text)


class Occupation(Base):
    """An SSYK 2012 occupation with Statistics Sweden's gender shares where they exist."""

    __tablename__ = "occupation"

    ssyk_code: Mapped[str] = mapped_column(String(4), primary_key=True)
    name_sv: Mapped[str] = mapped_column(String(200))
    share_women_percent: Mapped[int | None]
    share_men_percent: Mapped[int | None]
    year: Mapped[int | None]
    source: Mapped[str] = mapped_column(Text, default="")


class Employer(Base):
    __tablename__ = "employer"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    org_number: Mapped[str | None] = mapped_column(String(11))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    workplaces: Mapped[list["Workplace"]] = relationship(back_populates="employer", lazy="raise")


class Workplace(Base):
    __tablename__ = "workplace"
    __table_args__ = (UniqueConstraint("employer_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    employer_id: Mapped[int] = mapped_column(ForeignKey("employer.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str | None] = mapped_column(String(300))
    district: Mapped[str | None] = mapped_column(String(100))
    proposed_by_youth: Mapped[bool] = mapped_column(default=False)

    employer: Mapped[Employer] = relationship(back_populates="workplaces", lazy="raise")


class Placement(Base):
    """A placement offer (praktikplats) with capacity and period."""

    __tablename__ = "placement"
    __table_args__ = (Index("ix_placement_catalogue_version", "catalogue_version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    ref: Mapped[str] = mapped_column(String(60), unique=True)
    workplace_id: Mapped[int] = mapped_column(ForeignKey("workplace.id", ondelete="RESTRICT"))
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    ssyk_code: Mapped[str | None] = mapped_column(String(4), index=True)
    # Where the code comes from: "given" (file, API or form), "inferred" from the placement's
    # text (employers.occupation_inference), or "confirmed" by staff after an inference.
    ssyk_source: Mapped[str | None] = mapped_column(String(10))
    ssyk_confidence: Mapped[float | None]  # 0-1, only for inferred codes
    ssyk_evidence: Mapped[str | None] = mapped_column(String(300))  # why it was inferred
    # An inferred code's runners-up, best first ("3422 5152"); the matcher lets them speak.
    ssyk_alternatives: Mapped[str | None] = mapped_column(String(40))
    sni_section: Mapped[str | None] = mapped_column(String(1))
    capacity: Mapped[int] = mapped_column(default=1)
    min_age: Mapped[int | None]
    start_date: Mapped[date | None]
    end_date: Mapped[date | None]
    supervisor_name: Mapped[str | None] = mapped_column(String(200))
    supervisor_email: Mapped[str | None] = mapped_column(String(254))
    supervisor_phone: Mapped[str | None] = mapped_column(String(40))
    trains: Mapped[list[str]] = mapped_column(JSON, default=list)
    is_open: Mapped[bool] = mapped_column(default=True)
    catalogue_version: Mapped[int] = mapped_column(default=0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    workplace: Mapped[Workplace] = relationship(lazy="raise")


class CatalogueState(Base):
    """One row: a counter bumped on every catalogue change, so every worker can notice it."""

    __tablename__ = "catalogue_state"

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(default=0)


class RemovedPlacement(Base):
    """Placements deleted from the catalogue, so search indexes can drop them incrementally."""

    __tablename__ = "removed_placement"

    id: Mapped[int] = mapped_column(primary_key=True)
    ref: Mapped[str] = mapped_column(String(60))
    catalogue_version: Mapped[int] = mapped_column(index=True)
