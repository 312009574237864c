"""Youth profile rules: scoping by team, card sorts, consent, discharge."""

from datetime import date
from typing import Any

from sqlalchemy import Select, false, func, select
from sqlalchemy.orm import Session, selectinload

from accounts.auth import Principal
from accounts.models import Role
from competences import service as competences_service
from core import audit
from core.errors import Conflict, Forbidden, InvalidInput, NotFound
from youths.models import CardSort, Consent, ProposedWorkplace, Youth, YouthStatus
from youths.schemas import ConsentCreate, ConsentRead, YouthCreate, YouthRead, YouthUpdate

PROFILE_FIELDS = (
    "first_name", "last_name", "birth_year", "gender", "district", "team", "interests",
    "language", "email", "phone", "enrolled_date",
)  # fmt: skip
# One answer for every taken ref, whoever's youth it is: it names no team and holds no data.
REF_TAKEN = "this ref cannot be used; choose another"


def municipality_wide(principal: Principal | None) -> bool:
    """Whether a caller sees and places youths in every team.

    None is the operator's own code (CLI, retention, the matcher's internal reads); callers from
    outside are admins, or API tokens for recruiters made without a team (integrations).
    """
    if principal is None or principal.role == Role.admin:
        return True
    return principal.kind == "token" and principal.role == Role.recruiter and not principal.team


def visible_youths(principal: Principal | None) -> Select[tuple[Youth]]:
    """Youths the caller may see: coaches their team, recruiters their own or their team's.

    Fails closed: a coach without a team, or any role this function does not know, sees nothing.
    """
    stmt = select(Youth).where(Youth.erased_at.is_(None))
    if municipality_wide(principal):
        return stmt
    assert principal is not None
    if principal.role == Role.coach and principal.team:
        return stmt.where(Youth.team == principal.team)
    if principal.role == Role.recruiter and principal.kind == "user":
        mine = Youth.recruiter_id == principal.id
        return stmt.where(mine | (Youth.team == principal.team) if principal.team else mine)
    if principal.role == Role.recruiter and principal.team:  # an API token bound to a team
        return stmt.where(Youth.team == principal.team)
    return stmt.where(false())


def check_team(principal: Principal, team: str | None, *, youth: Youth | None = None) -> None:
    """Raises Forbidden unless the caller may put a new youth, or `youth`, in `team`.

    Municipality-wide callers place youths in any team. Everyone else creates youths only in
    their own team (a recruiter without a team: in none, assigned to them) and never moves one:
    moving a youth between teams is an admin's job.
    """
    if municipality_wide(principal):
        return
    if youth is not None:
        if team != youth.team:
            raise Forbidden("only an administrator moves a youth to another team", field="team")
        return
    if principal.role == Role.recruiter and principal.kind == "user" and not principal.team:
        if team is None:
            return
    elif principal.team and team == principal.team:
        return
    raise Forbidden("you may only add youths to your own team", field="team")


def _with_children(stmt: Select[tuple[Youth]]) -> Select[tuple[Youth]]:
    return stmt.options(
        selectinload(Youth.card_sorts),
        selectinload(Youth.consents),
        selectinload(Youth.proposed_workplaces),
    )


def get_youth(*, db_session: Session, ref: str, principal: Principal | None) -> Youth:
    """Returns a youth the caller may see, or raises NotFound (also for other teams' youths)."""
    youth = db_session.scalar(_with_children(visible_youths(principal).where(Youth.ref == ref)))
    if youth is None:
        raise NotFound(f"no youth with ref {ref!r}")
    return youth


def list_youths(
    *,
    db_session: Session,
    principal: Principal,
    team: str | None,
    status: str | None,
    limit: int,
    offset: int,
) -> tuple[list[Youth], int]:
    """Returns a page of the youths the caller may see."""
    stmt = visible_youths(principal)
    if team:
        stmt = stmt.where(Youth.team == team)
    if status:
        stmt = stmt.where(Youth.status == status)
    total = db_session.scalar(select(func.count()).select_from(stmt.subquery())) or 0
    rows = db_session.scalars(_with_children(stmt.order_by(Youth.ref).limit(limit).offset(offset)))
    return list(rows), total


def current_card_sort(youth: Youth) -> CardSort | None:
    return youth.card_sorts[-1] if youth.card_sorts else None


def age_in(birth_year: int | None, year: int | None = None) -> int | None:
    """Returns the age a youth reaches this calendar year (we store only the birth year)."""
    if birth_year is None:
        return None
    return (year or date.today().year) - birth_year


def sharing_allowed(youth: Youth, *, today: date | None = None) -> bool:
    """Youth consent to share with employers, plus a guardian's while under 18."""
    active = {
        c.given_by
        for c in youth.consents
        if c.scope == "share_with_employers" and not c.withdrawn_date
    }
    age = age_in(youth.birth_year, (today or date.today()).year)
    needs_guardian = age is None or age < 18
    return "youth" in active and ("guardian" in active or not needs_guardian)


def set_card_sort(
    *, db_session: Session, youth: Youth, strengths: list[str], develop: list[str], actor: str
) -> CardSort:
    """Records a new card sort against the current deck version."""
    deck = competences_service.get_current(db_session=db_session)
    strengths = competences_service.validate_keys(deck=deck, keys=strengths, field="strengths")
    develop = competences_service.validate_keys(deck=deck, keys=develop, field="develop")
    sort = CardSort(
        youth_id=youth.id,
        deck_version=deck.version,
        strengths=strengths,
        develop=develop,
        sorted_by=actor,
    )
    db_session.add(sort)
    db_session.flush()
    return sort


def create_youth(*, db_session: Session, data: YouthCreate, principal: Principal) -> Youth:
    """Creates a youth profile, with its card sort and proposed workplaces."""
    values = {k: v for k, v in data.model_dump().items() if k in PROFILE_FIELDS and v is not None}
    if values.get("team") is None and principal.team:
        values["team"] = principal.team
    check_team(principal, values.get("team"))
    if db_session.scalar(select(Youth.id).where(Youth.ref == data.ref)) is not None:
        raise Conflict(REF_TAKEN, field="ref")
    youth = Youth(ref=data.ref, **values)
    if principal.kind == "user" and principal.role == Role.recruiter:
        youth.recruiter_id = principal.id
    db_session.add(youth)
    db_session.flush()
    _apply_lists(db_session, youth, data.model_dump(exclude_unset=True), principal.actor)
    audit.record(
        db_session,
        actor=principal.actor,
        action="youth.create",
        subject_type="youth",
        subject_id=youth.id,
    )
    return get_youth(db_session=db_session, ref=youth.ref, principal=None)


def update_youth(
    *, db_session: Session, youth: Youth, data: YouthUpdate, principal: Principal
) -> Youth:
    """Changes a profile; a discharge records its outcome and date."""
    changes = data.model_dump(exclude_unset=True)
    if "team" in changes:
        check_team(principal, changes["team"], youth=youth)
    for key in PROFILE_FIELDS:
        if key in changes:
            setattr(youth, key, changes[key] if key != "interests" else (changes[key] or ""))
    if "language" in changes and changes["language"] is None:
        youth.language = "sv"  # null means "not stated": back to the default
    if changes.get("status") == YouthStatus.discharged:
        youth.status = YouthStatus.discharged.value
        youth.outcome = changes["outcome"]
        youth.discharged_date = changes.get("discharged_date") or date.today()
    elif changes.get("status") == YouthStatus.enrolled:
        youth.status, youth.outcome, youth.discharged_date = YouthStatus.enrolled.value, None, None
    elif "outcome" in changes:
        if youth.status != YouthStatus.discharged:
            raise InvalidInput(
                "an outcome is recorded at discharge; set status to discharged", field="outcome"
            )
        youth.outcome = changes["outcome"]
    _apply_lists(db_session, youth, changes, principal.actor)
    audit.record(
        db_session, actor=principal.actor, action="youth.update", subject_type="youth",
        subject_id=youth.id, detail={"fields": sorted(changes)},
    )  # fmt: skip
    db_session.flush()
    db_session.expire(youth)
    return get_youth(db_session=db_session, ref=youth.ref, principal=None)


def _apply_lists(db_session: Session, youth: Youth, changes: dict[str, Any], actor: str) -> None:
    if "strengths" in changes or "develop" in changes:
        current = current_card_sort(youth) if "card_sorts" in youth.__dict__ else None
        set_card_sort(
            db_session=db_session,
            youth=youth,
            strengths=changes.get("strengths") or (current.strengths if current else []),
            develop=changes.get("develop") or (current.develop if current else []),
            actor=actor,
        )
    if changes.get("proposed_workplaces") is not None:
        existing = set(
            db_session.scalars(
                select(ProposedWorkplace.text).where(ProposedWorkplace.youth_id == youth.id)
            )
        )
        for text in changes["proposed_workplaces"]:
            if text.strip() and text.strip() not in existing:
                db_session.add(
                    ProposedWorkplace(youth_id=youth.id, text=text.strip(), proposed_by=actor)
                )
                existing.add(text.strip())


def delete_youth(*, db_session: Session, youth: Youth, principal: Principal) -> None:
    """Deletes a youth and everything about them; the audit log keeps only the internal id."""
    audit.record(
        db_session,
        actor=principal.actor,
        action="youth.delete",
        subject_type="youth",
        subject_id=youth.id,
    )
    db_session.delete(youth)
    db_session.flush()


def add_consent(
    *, db_session: Session, youth: Youth, data: ConsentCreate, principal: Principal
) -> Consent:
    """Records a consent given by the youth or a guardian."""
    consent = Consent(youth_id=youth.id, recorded_by=principal.actor, **data.model_dump())
    db_session.add(consent)
    if "consents" in youth.__dict__:  # keep a loaded collection true for the consent checks
        youth.consents.append(consent)
    audit.record(
        db_session, actor=principal.actor, action="consent.add", subject_type="youth",
        subject_id=youth.id, detail={"given_by": data.given_by, "scope": data.scope},
    )  # fmt: skip
    db_session.flush()
    return consent


def to_read(youth: Youth) -> YouthRead:
    """Builds the API view of a youth (children must be loaded)."""
    sort = current_card_sort(youth)
    return YouthRead(
        ref=youth.ref,
        first_name=youth.first_name,
        last_name=youth.last_name,
        birth_year=youth.birth_year,
        gender=youth.gender,  # type: ignore[arg-type]
        district=youth.district,
        team=youth.team,
        interests=youth.interests or "",
        language=youth.language,
        email=youth.email,
        phone=youth.phone,
        strengths=list(sort.strengths) if sort else [],
        develop=list(sort.develop) if sort else [],
        deck_version=sort.deck_version if sort else None,
        proposed_workplaces=[p.text for p in youth.proposed_workplaces],
        consents=[
            ConsentRead(
                id=c.id,
                given_by=c.given_by,
                scope=c.scope,
                given_date=c.given_date,  # type: ignore[arg-type]
                withdrawn_date=c.withdrawn_date,
                recorded_by=c.recorded_by,
            )  # fmt: skip
            for c in youth.consents
        ],
        sharing_allowed=sharing_allowed(youth),
        status=youth.status,
        outcome=youth.outcome,
        enrolled_date=youth.enrolled_date,
        discharged_date=youth.discharged_date,
        created_at=youth.created_at,
        updated_at=youth.updated_at,
    )
