"""Seats held at placements: a question the catalogue asks but cannot answer alone.

Seats are held by internships, which sit above the catalogue. So the catalogue names what it
needs here, and the internships package answers it: app.registry hands internships.seats to
`use` at start-up. The arrow points down (internships -> employers) and is an import a reader
can follow.
"""

from collections.abc import Sequence
from typing import Any, Protocol

from sqlalchemy.orm import Session


class SeatCounter(Protocol):
    """What the catalogue asks about seats."""

    def taken_per_placement(self, placement_id_column: Any) -> Any:
        """A scalar subquery: the seats held at the placement whose id is in that column."""

    def taken(self, db_session: Session, placement_ids: Sequence[int] | None) -> dict[int, int]:
        """Seats held per placement id (planned or active internships); None asks for all."""

    def used_by_any(self, db_session: Session, placement_id: int) -> bool:
        """Whether any internship, in any state, refers to the placement."""


_counter: list[SeatCounter] = []


def use(counter: SeatCounter) -> None:
    """Names the seat counter (called once at start-up)."""
    _counter[:] = [counter]


def counter() -> SeatCounter:
    """Returns the seat counter; fails loudly if the application has not named one."""
    if not _counter:
        raise RuntimeError("no seat counter: start the application through app.registry")
    return _counter[0]
