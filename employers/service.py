"""Catalogue rules: employers, workplaces, placements, fuzzy search."""

from collections.abc import Sequence
from typing import Any

from rapidfuzz import fuzz, process
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from core.errors import Conflict, InvalidInput, NotFound
from employers import occupations, repository, seats
from employers.models import Employer, Placement, RemovedPlacement, Workplace
from employers.schemas import (
    EmployerCreate,
    EmployerUpdate,
    PlacementCreate,
    PlacementRead,
    PlacementUpdate,
)

SEARCH_THRESHOLD = 80.0


def get_employer(*, db_session: Session, employer_id: int) -> Employer:
    """Returns an employer or raises NotFound."""
    employer = db_session.get(Employer, employer_id)
    if employer is None:
        raise NotFound(f"no employer with id {employer_id}")
    return employer


def list_employers(*, db_session: Session, limit: int, offset: int) -> tuple[list[Employer], int]:
    """Returns a page of employers by name, and the total."""
    total = db_session.scalar(select(func.count()).select_from(Employer)) or 0
    rows = db_session.scalars(select(Employer).order_by(Employer.name).limit(limit).offset(offset))
    return list(rows), total


def create_employer(*, db_session: Session, data: EmployerCreate) -> Employer:
    """Creates an employer; names are unique."""
    if repository.employer_by_name(db_session, data.name) is not None:
        raise Conflict(f"an employer named {data.name!r} already exists", field="name")
    employer = Employer(name=data.name, org_number=data.org_number)
    db_session.add(employer)
    db_session.flush()
    return employer


def update_employer(*, db_session: Session, employer: Employer, data: EmployerUpdate) -> Employer:
    """Changes an employer's name or organisation number."""
    changes = data.model_dump(exclude_unset=True)
    if "name" in changes and changes["name"] is None:
        raise InvalidInput("an employer needs a name", field="name")
    if "name" in changes and changes["name"] != employer.name:
        if repository.employer_by_name(db_session, changes["name"]) is not None:
            raise Conflict(f"an employer named {changes['name']!r} already exists", field="name")
    for key, value in changes.items():
        setattr(employer, key, value)
    db_session.flush()
    return employer


def delete_employer(*, db_session: Session, employer: Employer) -> None:
    """Deletes an employer that has no placements left."""
    in_use = db_session.scalar(
        select(func.count())
        .select_from(Placement)
        .join(Workplace)
        .where(Workplace.employer_id == employer.id)
    )
    if in_use:
        raise Conflict("the employer still has placements; delete or move them first")
    db_session.delete(employer)
    repository.bump_catalogue_version(db_session)


def get_or_create_workplace(
    *,
    db_session: Session,
    employer_name: str,
    workplace_name: str | None,
    address: str | None,
    district: str | None,
) -> Workplace:
    """Finds or creates the employer and its workplace; updates the workplace's address."""
    employer = repository.employer_by_name(db_session, employer_name)
    if employer is None:
        employer = Employer(name=employer_name)
        db_session.add(employer)
        db_session.flush()
    name = workplace_name or (f"{employer_name}, {district}" if district else employer_name)
    workplace = repository.workplace_for(db_session, employer.id, name)
    if workplace is None:
        workplace = Workplace(
            employer_id=employer.id, name=name, address=address, district=district
        )
        db_session.add(workplace)
        db_session.flush()
    else:
        if address is not None:
            workplace.address = address
        if district is not None:
            workplace.district = district
    return workplace


def save_workplace(
    *,
    db_session: Session,
    employer: Employer,
    workplace: Workplace | None,
    name: str,
    address: str | None,
    district: str | None,
) -> Workplace:
    """Creates a workplace for an employer, or changes one; names are unique per employer."""
    clash = repository.workplace_for(db_session, employer.id, name)
    if clash is not None and clash is not workplace:
        raise Conflict(f"{employer.name} already has a workplace named {name!r}", field="name")
    if workplace is None:
        workplace = Workplace(employer_id=employer.id, name=name)
        db_session.add(workplace)
    workplace.name, workplace.address, workplace.district = name, address, district
    db_session.flush()
    # Search texts and the matcher's index include the workplace: mark its placements changed.
    version = repository.bump_catalogue_version(db_session)
    db_session.execute(
        update(Placement)
        .where(Placement.workplace_id == workplace.id)
        .values(catalogue_version=version)
    )
    return workplace


def get_placement(*, db_session: Session, ref: str) -> Placement:
    """Returns a placement by ref or raises NotFound."""
    placement = repository.get_placement(db_session, ref)
    if placement is None:
        raise NotFound(f"no placement with ref {ref!r}")
    return placement


_DIRECT_FIELDS = {
    "title": "title",
    "description": "description",
    "sni": "sni_section",
    "capacity": "capacity",
    "min_age": "min_age",
    "start_date": "start_date",
    "end_date": "end_date",
    "supervisor_name": "supervisor_name",
    "supervisor_email": "supervisor_email",
    "supervisor_phone": "supervisor_phone",
    "trains": "trains",
    "open": "is_open",
}


def create_placement(*, db_session: Session, data: PlacementCreate) -> Placement:
    """Creates a placement at the named employer's workplace."""
    if repository.get_placement(db_session, data.ref) is not None:
        raise Conflict(f"a placement with ref {data.ref!r} already exists", field="ref")
    workplace = get_or_create_workplace(
        db_session=db_session,
        employer_name=data.employer,
        workplace_name=data.workplace,
        address=data.address,
        district=data.district,
    )
    placement = Placement(ref=data.ref, workplace_id=workplace.id)
    _apply(placement, data.model_dump(exclude_unset=False))
    if data.ssyk:
        occupations.set_given(placement, data.ssyk, by_staff=False)
    else:
        _infer(placement, workplace, data.employer)
    placement.catalogue_version = repository.bump_catalogue_version(db_session)
    db_session.add(placement)
    db_session.flush()
    return get_placement(db_session=db_session, ref=data.ref)


def update_placement(
    *, db_session: Session, placement: Placement, data: PlacementUpdate
) -> Placement:
    """Changes a placement; moving it to another employer or workplace is allowed."""
    changes = data.model_dump(exclude_unset=True)
    start = changes.get("start_date", placement.start_date)
    end = changes.get("end_date", placement.end_date)
    if start and end and end < start:
        raise InvalidInput("end_date is before start_date", field="end_date")
    current = placement.workplace
    workplace, employer_name = current, current.employer.name
    if {"employer", "workplace", "address", "district"} & changes.keys():
        workplace = get_or_create_workplace(
            db_session=db_session,
            employer_name=changes.get("employer") or current.employer.name,
            workplace_name=changes.get("workplace")
            or (current.name if "employer" not in changes else None),
            address=changes.get("address", current.address),
            district=changes.get("district", current.district),
        )
        placement.workplace_id = workplace.id
        employer_name = changes.get("employer") or employer_name
    _apply(placement, changes)
    if changes.get("ssyk"):
        occupations.set_given(placement, changes["ssyk"], by_staff=True)
    elif "ssyk" in changes or (
        placement.ssyk_source in (None, occupations.INFERRED)
        and {"title", "description", "sni", "employer", "workplace"} & changes.keys()
    ):
        # No code, a code cleared, or an inferred code whose text changed: infer again.
        _infer(placement, workplace, employer_name)
    placement.catalogue_version = repository.bump_catalogue_version(db_session)
    db_session.flush()
    db_session.expire(placement)
    return get_placement(db_session=db_session, ref=placement.ref)


def delete_placement(*, db_session: Session, placement: Placement) -> None:
    """Deletes a placement that no internship refers to (close it instead to keep history)."""
    if seats.counter().used_by_any(db_session, placement.id):
        raise Conflict("the placement has internships; close it instead of deleting it")
    version = repository.bump_catalogue_version(db_session)
    db_session.add(RemovedPlacement(ref=placement.ref, catalogue_version=version))
    db_session.delete(placement)
    db_session.flush()


def _infer(placement: Placement, workplace: Workplace, employer_name: str) -> None:
    text = occupations.PlacementText(
        title=placement.title, description=placement.description or "", employer=employer_name,
        workplace=workplace.name, sni=placement.sni_section,
    )  # fmt: skip
    for key, value in occupations.infer_batch([text])[0].items():
        setattr(placement, key, value)


def confirm_occupation(*, db_session: Session, placement: Placement, code: str) -> Placement:
    """Staff confirm an inferred code or choose another one."""
    occupations.confirm(db_session, placement=placement, code=code)
    db_session.expire(placement)
    return get_placement(db_session=db_session, ref=placement.ref)


def _apply(placement: Placement, values: dict[str, Any]) -> None:
    for key, attr in _DIRECT_FIELDS.items():
        if key in values and (values[key] is not None or key not in ("title", "open", "capacity")):
            value = values[key]
            if key == "trains":
                value = list(value or [])
            if key == "description" and value is None:
                value = ""
            setattr(placement, attr, value)


def seats_taken(db_session: Session, placement_ids: Sequence[int]) -> dict[int, int]:
    """Returns the number of planned or active internships per placement."""
    return repository.seats_taken(db_session, placement_ids)


def to_read(
    placement: Placement,
    *,
    taken: int = 0,
    occupations: dict[str, str] | None = None,
    match: str | None = None,
) -> PlacementRead:
    """Builds the API view of a placement (its workplace and employer must be loaded)."""
    wp = placement.workplace
    return PlacementRead(
        ref=placement.ref,
        title=placement.title,
        description=placement.description,
        employer=wp.employer.name,
        employer_id=wp.employer_id,
        workplace=wp.name,
        address=wp.address,
        district=wp.district,
        ssyk=placement.ssyk_code,
        ssyk_source=placement.ssyk_source,
        ssyk_confidence=placement.ssyk_confidence,
        ssyk_evidence=placement.ssyk_evidence,
        occupation=(occupations or {}).get(placement.ssyk_code or ""),
        sni=placement.sni_section,
        capacity=placement.capacity,
        open_capacity=max(placement.capacity - taken, 0),
        min_age=placement.min_age,
        start_date=placement.start_date,
        end_date=placement.end_date,
        supervisor_name=placement.supervisor_name,
        supervisor_email=placement.supervisor_email,
        supervisor_phone=placement.supervisor_phone,
        trains=list(placement.trains or []),
        open=placement.is_open,
        updated_at=placement.updated_at,
        match=match,
    )


def _search_text(p: Placement) -> str:
    wp = p.workplace
    return f"{p.title} {wp.employer.name} {wp.name} {p.description}".lower()


def fuzzy_scores(query: str, texts: Sequence[str]) -> list[float]:
    """Scores how well a query matches each text, tolerating typos and split compounds."""
    q = " ".join(query.lower().split())
    q_joined = q.replace(" ", "")
    spaced = process.cdist([q], texts, scorer=fuzz.partial_ratio, workers=-1)[0]
    joined_texts = [t.replace(" ", "") for t in texts]
    joined = process.cdist([q_joined], joined_texts, scorer=fuzz.partial_ratio, workers=-1)[0]
    return [max(float(a), float(b)) for a, b in zip(spaced, joined, strict=True)]


def search_placements(
    *,
    db_session: Session,
    q: str | None,
    district: str | None,
    ssyk: str | None,
    is_open: bool | None,
    limit: int,
    offset: int,
    **more_filters: Any,
) -> tuple[list[PlacementRead], int]:
    """Filters the catalogue and, with `q`, ranks by typo-tolerant text match.

    `more_filters` are repository.filtered's optional ones: sni, age, period, seat_free.
    """
    stmt = repository.filtered(district=district, ssyk=ssyk, is_open=is_open, **more_filters)
    occupations = repository.occupation_names(db_session)
    if not q or not q.strip():
        total = repository.count(db_session, stmt)
        rows = list(
            db_session.scalars(stmt.order_by(Placement.ref).limit(limit).offset(offset)).unique()
        )
        taken = seats_taken(db_session, [p.id for p in rows])
        return [to_read(p, taken=taken.get(p.id, 0), occupations=occupations) for p in rows], total
    candidates = list(db_session.scalars(stmt).unique())
    scores = fuzzy_scores(q, [_search_text(p) for p in candidates])
    hits = sorted(
        (pair for pair in zip(scores, candidates, strict=True) if pair[0] >= SEARCH_THRESHOLD),
        key=lambda pair: (-pair[0], pair[1].ref),
    )
    page = hits[offset : offset + limit]
    taken = seats_taken(db_session, [p.id for _, p in page])
    items = [
        to_read(
            p,
            taken=taken.get(p.id, 0),
            occupations=occupations,
            match=f"Liknar '{q.strip()}' ({round(score)} %)",
        )
        for score, p in page
    ]
    return items, len(hits)
