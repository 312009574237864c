"""Catalogue queries."""

from collections.abc import Sequence
from datetime import date

from sqlalchemy import Select, func, or_, select, update
from sqlalchemy.orm import Session, joinedload

from employers import seats
from employers.models import CatalogueState, Employer, Occupation, Placement, Workplace


def placements_query() -> Select[tuple[Placement]]:
    return select(Placement).options(joinedload(Placement.workplace).joinedload(Workplace.employer))


def get_placement(db_session: Session, ref: str) -> Placement | None:
    return db_session.scalar(placements_query().where(Placement.ref == ref))


def filtered(
    *,
    district: str | None,
    ssyk: str | None,
    is_open: bool | None,
    sni: str | None = None,
    age: int | None = None,
    period: tuple[date | None, date | None] = (None, None),
    seat_free: bool = False,
) -> Select[tuple[Placement]]:
    stmt = placements_query()
    if district:
        stmt = stmt.join(Placement.workplace).where(
            func.lower(Workplace.district) == district.strip().lower()
        )
    if ssyk:
        stmt = stmt.where(Placement.ssyk_code == ssyk)
    if is_open is not None:
        stmt = stmt.where(Placement.is_open == is_open)
    if sni:
        stmt = stmt.where(Placement.sni_section == sni)
    if age is not None:  # placements that accept a youth of this age
        stmt = stmt.where(or_(Placement.min_age.is_(None), Placement.min_age <= age))
    start, end = period
    if start is not None:  # the placement still runs on the wanted start day
        stmt = stmt.where(or_(Placement.end_date.is_(None), Placement.end_date >= start))
    if end is not None:
        stmt = stmt.where(or_(Placement.start_date.is_(None), Placement.start_date <= end))
    if seat_free:
        taken = seats.counter().taken_per_placement(Placement.id).correlate(Placement)
        stmt = stmt.where(Placement.capacity > taken)
    return stmt


def count(db_session: Session, stmt: Select[tuple[Placement]]) -> int:
    return db_session.scalar(select(func.count()).select_from(stmt.subquery())) or 0


def employer_by_name(db_session: Session, name: str) -> Employer | None:
    return db_session.scalar(select(Employer).where(Employer.name == name))


def workplace_for(db_session: Session, employer_id: int, name: str) -> Workplace | None:
    return db_session.scalar(
        select(Workplace).where(Workplace.employer_id == employer_id, Workplace.name == name)
    )


def occupation_names(db_session: Session) -> dict[str, str]:
    return dict(db_session.execute(select(Occupation.ssyk_code, Occupation.name_sv)).tuples().all())


def catalogue_version(db_session: Session) -> int:
    return db_session.scalar(select(CatalogueState.version).where(CatalogueState.id == 1)) or 0


def bump_catalogue_version(db_session: Session) -> int:
    """Increments the catalogue version (row-locked, so concurrent writers serialise)."""
    db_session.execute(
        update(CatalogueState)
        .where(CatalogueState.id == 1)
        .values(version=CatalogueState.version + 1)
    )
    return catalogue_version(db_session)


def placements_changed_since(db_session: Session, version: int) -> Sequence[Placement]:
    return db_session.scalars(placements_query().where(Placement.catalogue_version > version)).all()


def seats_taken(db_session: Session, placement_ids: Sequence[int] | None = None) -> dict[int, int]:
    """Planned or active internships per placement, all when ids is None (the seat counter answers)."""
    return seats.counter().taken(db_session, placement_ids)
