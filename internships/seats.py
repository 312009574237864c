"""Answers the catalogue's questions about seats (employers.seats.SeatCounter)."""

from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from internships.models import SEAT_HOLDING, Internship


def taken_per_placement(placement_id_column: Any) -> Any:
    """A correlated count of the seats held at the placement in that column."""
    return (
        select(func.count())
        .where(Internship.placement_id == placement_id_column, Internship.status.in_(SEAT_HOLDING))
        .scalar_subquery()
    )


def taken(db_session: Session, placement_ids: Sequence[int] | None) -> dict[int, int]:
    """Planned or active internships per placement (every placement when ids is None)."""
    if placement_ids is not None and not placement_ids:
        return {}
    stmt = select(Internship.placement_id, func.count()).where(Internship.status.in_(SEAT_HOLDING))
    if placement_ids is not None:
        stmt = stmt.where(Internship.placement_id.in_(placement_ids))
    return dict(db_session.execute(stmt.group_by(Internship.placement_id)).tuples().all())


def used_by_any(db_session: Session, placement_id: int) -> bool:
    """Whether any internship refers to the placement."""
    stmt = (
        select(func.count()).select_from(Internship).where(Internship.placement_id == placement_id)
    )
    return bool(db_session.scalar(stmt))
