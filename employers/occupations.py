"""Rules for a placement's SSYK code: given, inferred from its text, or confirmed by staff.

A code someone typed (file, API, form) is "given". A placement without one gets a code inferred
from its title, description, employer, workplace and SNI section ("inferred", with a confidence
and the evidence). Staff can confirm or change an inferred code ("confirmed"); a confirmed code
is never replaced by a later inference, and an inferred one is inferred again when the text
it was read from changes.
"""

from collections.abc import Sequence

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from employers import repository
from employers.models import Placement
from employers.occupation_inference import (
    REVIEW_BELOW,
    Inference,
    PlacementText,
    infer_occupations,
)

__all__ = ["PlacementText", "REVIEW_BELOW"]

GIVEN, INFERRED, CONFIRMED = "given", "inferred", "confirmed"
SOURCES = (GIVEN, INFERRED, CONFIRMED)


def text_of(placement: Placement) -> PlacementText:
    """The inference's view of a placement (its workplace and employer must be loaded)."""
    wp = placement.workplace
    return PlacementText(
        title=placement.title,
        description=placement.description or "",
        employer=wp.employer.name,
        workplace=wp.name,
        sni=placement.sni_section,
    )


def inferred_values(inference: Inference) -> dict[str, object]:
    """Column values for an inferred code (no code when nothing matched at all)."""
    if not inference.ssyk:
        return {"ssyk_code": None, "ssyk_source": None, "ssyk_confidence": None,
                "ssyk_evidence": None, "ssyk_alternatives": None}  # fmt: skip
    return {
        "ssyk_code": inference.ssyk,
        "ssyk_source": INFERRED,
        "ssyk_confidence": inference.confidence,
        "ssyk_evidence": inference.evidence[:300] or None,
        "ssyk_alternatives": " ".join(c for c in inference.top if c != inference.ssyk)[:40] or None,
    }


def infer_batch(texts: Sequence[PlacementText]) -> list[dict[str, object]]:
    """Column values for many placements at once (vectorised)."""
    if not texts:
        return []  # no reason to fit the reference model
    return [inferred_values(i) for i in infer_occupations(texts)]


def set_given(placement: Placement, code: str | None, *, by_staff: bool) -> None:
    """Stores a code someone chose; after an inference it counts as confirmed."""
    if code is None:
        placement.ssyk_code = None
        placement.ssyk_source = None
    else:
        after_inference = placement.ssyk_source in (INFERRED, CONFIRMED)
        placement.ssyk_code = code
        placement.ssyk_source = CONFIRMED if (by_staff and after_inference) else GIVEN
    placement.ssyk_confidence = None
    placement.ssyk_evidence = None
    placement.ssyk_alternatives = None


def confirm(db_session: Session, *, placement: Placement, code: str) -> Placement:
    """Staff confirm the inferred code, or choose another one."""
    placement.ssyk_code = code
    placement.ssyk_source = CONFIRMED
    placement.ssyk_confidence = None
    placement.ssyk_evidence = None
    placement.ssyk_alternatives = None
    placement.catalogue_version = repository.bump_catalogue_version(db_session)
    db_session.flush()
    return placement


def review_query(*, below: float = REVIEW_BELOW) -> Select[tuple[Placement]]:
    """Inferred codes that staff should look at: unsure ones, or no code found at all."""
    unsure = (Placement.ssyk_source == INFERRED) & (Placement.ssyk_confidence < below)
    return (
        repository.placements_query()
        .where(or_(unsure, Placement.ssyk_code.is_(None)))
        .order_by(func.coalesce(Placement.ssyk_confidence, 0.0), Placement.ref)
    )


def review_list(db_session: Session, *, limit: int, offset: int) -> tuple[list[Placement], int]:
    stmt = review_query()
    total = db_session.scalar(select(func.count()).select_from(stmt.subquery())) or 0
    rows = db_session.scalars(stmt.limit(limit).offset(offset)).unique().all()
    return list(rows), total
