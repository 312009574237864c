"""The matcher inside the service: a per-process index kept fresh from the catalogue version.

Every worker process holds its own index. Before each use it reads the catalogue version (one
indexed SELECT); placements changed since are re-indexed incrementally, removed ones dropped.
Seat counts (planned and active internships) are re-read each time, since they change without
touching the catalogue.
"""

import logging
import threading
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from core import audit
from employers import repository as employers_repository
from employers.models import Employer, Placement, RemovedPlacement, Workplace
from matcher.index import MatchIndex
from matcher.models import SuggestionFeedback
from matcher.occupations import ONET_CREDIT
from matcher.types import ExplorerProfile, PlacementDoc, Suggestion, YouthQuery
from youths import service as youths_service
from youths.models import Youth


@dataclass
class _Cache:
    index: MatchIndex | None = None
    url: str = ""
    version: int = -1
    seats: dict[int, int] = field(default_factory=dict)
    built_size: int = 0  # placements at the last full build (the vectorizer was fitted on them)
    changes: int = 0  # placements upserted or removed incrementally since then
    meta: dict[str, dict[str, Any]] = field(default_factory=dict)


_cache = _Cache()
log = logging.getLogger(__name__)
_lock = threading.Lock()


_COLUMNS = (
    Placement.id, Placement.ref, Placement.title, Placement.description, Placement.ssyk_code,
    Placement.sni_section, Workplace.district, Employer.name, Placement.is_open, Placement.capacity,
    Placement.min_age, Placement.trains, Placement.ssyk_source, Placement.ssyk_alternatives,
)  # fmt: skip


def _load(db_session: Session, where: Any = None) -> list[Any]:
    """Reads placements as plain rows (much faster than ORM objects for a full build)."""
    stmt = select(*_COLUMNS).join(Workplace, Placement.workplace_id == Workplace.id).join(Employer)
    if where is not None:
        stmt = stmt.where(where)
    return list(db_session.execute(stmt).all())


def _doc(row: Any, taken: int) -> PlacementDoc:
    return PlacementDoc(
        ref=row.ref,
        title=row.title,
        description=row.description or "",
        ssyk=row.ssyk_code,
        sni=row.sni_section,
        district=row.district,
        employer=row.name,
        is_open=row.is_open,
        open_capacity=max(row.capacity - taken, 0),
        min_age=row.min_age,
        trains=tuple(row.trains or ()),
        ssyk_source=row.ssyk_source,
        alternatives=tuple((row.ssyk_alternatives or "").split()),
    )


def _meta(row: Any) -> dict[str, Any]:
    return {"id": row.id, "title": row.title, "employer": row.name, "district": row.district}


def _full_build(db_session: Session, url: str, version: int, seats: dict[int, int]) -> MatchIndex:
    rows = _load(db_session)
    index = MatchIndex.build([_doc(p, seats.get(p.id, 0)) for p in rows])
    _cache.index, _cache.meta = index, {p.ref: _meta(p) for p in rows}
    _cache.url, _cache.version, _cache.seats = url, version, seats
    _cache.built_size, _cache.changes = len(rows), 0
    return index


def get_index(*, db_session: Session) -> MatchIndex:
    """Returns this process's index, brought up to date with the database."""
    url = str(db_session.get_bind().url)
    version = employers_repository.catalogue_version(db_session)
    seats = employers_repository.seats_taken(db_session)
    with _lock:
        index = _cache.index
        if index is None or _cache.url != url or version < _cache.version:
            return _full_build(db_session, url, version, seats)
        if version > _cache.version:
            changed = _load(db_session, Placement.catalogue_version > _cache.version)
            removed = db_session.scalars(
                select(RemovedPlacement.ref).where(
                    RemovedPlacement.catalogue_version > _cache.version
                )
            ).all()
            gone = [r for r in removed if r not in {p.ref for p in changed}]
            # Incremental updates reuse the fitted vocabulary; after many changes (e.g. a first
            # big import into an almost empty catalogue) a full build refits it.
            if _cache.changes + len(changed) + len(gone) > max(50, _cache.built_size // 5):
                return _full_build(db_session, url, version, seats)
            if gone:
                index.remove(gone)
            if changed:
                index.upsert([_doc(p, seats.get(p.id, 0)) for p in changed])
            _cache.meta.update({p.ref: _meta(p) for p in changed})
            _cache.version = version
            _cache.changes += len(changed) + len(gone)
        if seats != _cache.seats:
            touched = {
                pid
                for pid in seats.keys() | _cache.seats.keys()
                if seats.get(pid) != _cache.seats.get(pid)
            }
            rows = _load(db_session, Placement.id.in_(touched))
            if rows:
                index.upsert([_doc(p, seats.get(p.id, 0)) for p in rows])
            _cache.seats = seats
        return index


def reset_cache() -> None:
    """Forgets this process's index (after the database was replaced underneath, e.g. a restore)."""
    with _lock:
        vars(_cache).update(vars(_Cache()))


def warm_up() -> None:
    """Builds the index ahead of the first request (called in a thread at start-up)."""
    from core.db import session_scope

    with session_scope() as db_session:
        try:
            get_index(db_session=db_session)
        except Exception:  # noqa: BLE001 - a cold index is rebuilt on first use anyway
            log.exception("matcher warm-up failed; the index will be built on first use")


def explorer_of(db_session: Session, youth_id: int) -> ExplorerProfile | None:
    """The youth's latest interest-explorer profile and liked cards, as plain data."""
    from youths import explorer, explorer_service

    profile = explorer_service.latest_profile(db_session=db_session, youth_id=youth_id)
    if profile is None:
        return None
    answers = explorer_service.answers_of(db_session=db_session, youth_id=youth_id)
    liked = tuple((c.text_sv, tuple(sorted(c.tags.items()))) for c in explorer.liked_cards(answers))
    return ExplorerProfile(tuple(sorted(explorer_service.features_of(profile).items())), liked)


def youth_query(
    youth: Youth,
    *,
    today: date | None = None,
    reactions: dict[str, str] | None = None,
    explorer: ExplorerProfile | None = None,
) -> YouthQuery:
    """What the matcher may know about a youth (children must be loaded)."""
    sort = youths_service.current_card_sort(youth)
    return YouthQuery(
        ref=youth.ref,
        interests=youth.interests or "",
        gender=youth.gender,
        age=youths_service.age_in(youth.birth_year, (today or date.today()).year),
        district=youth.district,
        develop=tuple(sort.develop) if sort else (),
        reactions=tuple(sorted((reactions or {}).items())),
        explorer=explorer,
    )


def latest_reactions(db_session: Session, youth_id: int) -> dict[str, str]:
    """The latest reaction per placement ref for one youth."""
    rows = db_session.execute(
        select(SuggestionFeedback.placement_ref, SuggestionFeedback.reaction)
        .where(SuggestionFeedback.youth_id == youth_id)
        .order_by(SuggestionFeedback.id)
    ).tuples()
    return dict(rows.all())


def suggest_for_youth(*, db_session: Session, youth: Youth, limit: int = 10) -> list[Suggestion]:
    """Ranked suggestions for a youth; placements they said no to go last, and their reactions
    move the other placements of the same occupation down or up."""
    index = get_index(db_session=db_session)
    reactions = latest_reactions(db_session, youth.id)
    explorer = explorer_of(db_session, youth.id)
    return index.suggest(youth_query(youth, reactions=reactions, explorer=explorer), limit=limit)


def to_payload(
    youth: Youth, suggestions: list[Suggestion], reactions: dict[str, str]
) -> dict[str, Any]:
    """The JSON contract of GET /api/youths/{ref}/suggestions."""
    items = []
    # Best first: a placement moved up to broaden the choices shows at least the score of the one
    # it was placed before, so the list's scores never increase; its own score stays in "relevance".
    shown = [s.score for s in suggestions]
    for i in range(len(shown) - 2, -1, -1):
        shown[i] = max(shown[i], shown[i + 1])
    for s, score in zip(suggestions, shown, strict=True):
        meta = _cache.meta.get(s.placement_ref, {})
        items.append(
            {
                "placement_ref": s.placement_ref,
                "score": score,
                "relevance": s.score,
                "stereotype_flag": s.stereotype_flag,
                "stereotype_basis": s.stereotype_basis,
                "reasons": list(s.reasons),
                "counter_stereotypical": s.counter_stereotypical,
                "moved_up": s.moved_up,
                "title": meta.get("title", ""),
                "employer": meta.get("employer", ""),
                "district": meta.get("district"),
                "ssyk": s.ssyk,
                "occupation": s.occupation_name,
                "reaction": reactions.get(s.placement_ref),
                "explorer_led": s.explorer_led,
            }
        )
    uses_onet = any(s.explorer_led or any("(O*NET)" in r for r in s.reasons) for s in suggestions)
    return {
        "youth_ref": youth.ref,
        "suggestions": items,
        "data_credit": ONET_CREDIT if uses_onet else None,
    }


def suggestions_payload(
    *,
    db_session: Session,
    youth_ref: str,
    limit: int = 10,
    principal: Any = None,
    actor: str = "cli",
) -> dict[str, Any]:
    """Suggestions for one youth as the API answers them; the read is audited."""
    youth = youths_service.get_youth(db_session=db_session, ref=youth_ref, principal=principal)
    suggestions = suggest_for_youth(db_session=db_session, youth=youth, limit=limit)
    audit.record(
        db_session,
        actor=principal.actor if principal is not None else actor,
        action="youth.suggestions",
        subject_type="youth",
        subject_id=youth.id,
    )
    return to_payload(youth, suggestions, latest_reactions(db_session, youth.id))


def record_feedback(
    *,
    db_session: Session,
    youth_ref: str,
    placement_ref: str,
    reaction: str,
    comment: str = "",
    actor: str,
    principal: Any = None,
) -> SuggestionFeedback:
    """Stores a reaction to a suggestion; repeating the same reaction does not add a row."""
    from core.errors import InvalidInput, NotFound

    if reaction not in ("interested", "not_interested", "more_info"):
        raise InvalidInput(
            "reaction must be interested, not_interested or more_info", field="reaction"
        )
    youth = youths_service.get_youth(db_session=db_session, ref=youth_ref, principal=principal)
    if employers_repository.get_placement(db_session, placement_ref) is None:
        raise NotFound(f"no placement with ref {placement_ref!r}")
    last = db_session.scalar(
        select(SuggestionFeedback)
        .where(
            SuggestionFeedback.youth_id == youth.id,
            SuggestionFeedback.placement_ref == placement_ref,
        )
        .order_by(SuggestionFeedback.id.desc())
        .limit(1)
    )
    comment = comment.strip()
    if last is not None and last.reaction == reaction and last.comment == comment:
        return last
    feedback = SuggestionFeedback(
        youth_id=youth.id,
        placement_ref=placement_ref,
        reaction=reaction,
        comment=comment,
        actor=actor,
    )
    db_session.add(feedback)
    audit.record(
        db_session, actor=actor, action="suggestion.feedback", subject_type="youth",
        subject_id=youth.id, detail={"placement_ref": placement_ref, "reaction": reaction},
    )  # fmt: skip
    db_session.flush()
    return feedback


def enrolled_youths(db_session: Session) -> list[Youth]:
    stmt = (
        youths_service.visible_youths(None)
        .where(Youth.status == "enrolled")
        .options(selectinload(Youth.card_sorts))
        .order_by(Youth.id)
    )
    return list(db_session.scalars(stmt))
