"""The youth's case page for staff: profile, ranked suggestions, internships; starting one.

It sits with internships, the highest of the packages it shows (youths, matcher, internships),
so no package below reaches up to draw it.
"""

from datetime import date, timedelta
from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.responses import Response
from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from accounts.auth import Principal, require
from accounts.web_auth import CheckedForm, field_errors, page_router, redirect, render_page
from competences import service as competences_service
from core import audit
from core.db import get_session
from core.errors import AppError
from employers import service as employers_service
from employers.models import Employer, Placement, Workplace
from internships import service as internships
from internships.models import Internship
from internships.schemas import InternshipCreate
from matcher import explorer_views
from matcher import service as matcher_service
from matcher.models import SuggestionFeedback
from youths import service
from youths.models import Youth
from youths.schemas import ConsentCreate

router = page_router()

DbSession = Annotated[Session, Depends(get_session)]
CanRead = Annotated[Principal, Depends(require("youth:read"))]
NOTICES = {"consent": "Samtycket är registrerat."}
DEFAULT_WEEKS = 4
GENDER_WORDS = {"female": "Tjej/kvinna", "male": "Kille/man", "other": "Annat", None: "Ej angivet"}
# What a consent covers, in words (the stored scope is a code).
SCOPE_WORDS = {"share_with_employers": "dela uppgifter med arbetsgivare"}
REACTION_WORDS = {
    "interested": "Intresserad",
    "not_interested": "Inte intresserad",
    "more_info": "Vill veta mer",
}


def _suggestions(db_session: Session, youth: Youth, principal: Principal) -> list[dict[str, Any]]:
    """The matcher's ranked suggestions with reasons and flags (the read is audited there)."""
    payload = matcher_service.suggestions_payload(
        db_session=db_session, youth_ref=youth.ref, limit=10, principal=principal
    )
    return list(payload["suggestions"])


def _reactions(db_session: Session, youth: Youth) -> list[Any]:
    """What the youth (or staff) said about suggestions, newest first."""
    rows = db_session.scalars(
        select(SuggestionFeedback)
        .where(SuggestionFeedback.youth_id == youth.id)
        .order_by(SuggestionFeedback.id.desc())
        .limit(30)
    ).all()
    refs = {r.placement_ref for r in rows}
    titles = dict(
        db_session.execute(
            select(Placement.ref, Placement.title).where(Placement.ref.in_(refs))
        ).all()
    )
    return [(r, titles.get(r.placement_ref, r.placement_ref)) for r in rows]


def _internships_of(db_session: Session, youth: Youth) -> list[Any]:
    return list(
        db_session.execute(
            select(Internship, Placement.title, Employer.name)
            .join(Placement, Placement.id == Internship.placement_id)
            .join(Workplace, Workplace.id == Placement.workplace_id)
            .join(Employer, Employer.id == Workplace.employer_id)
            .where(Internship.youth_id == youth.id)
            .order_by(Internship.start_date.desc())
        ).tuples()
    )


def _profile(
    request: Request,
    db_session: Session,
    youth: Youth,
    principal: Principal,
    *,
    start_form: dict[str, Any] | None = None,
    consent_form: dict[str, Any] | None = None,
    notice: str = "",
) -> Response:
    deck = competences_service.get_current(db_session=db_session)
    names = {c.key: (c.name_sv, c.name_en) for c in competences_service.cards_of(deck)}
    sort = service.current_card_sort(youth)
    audit.record(
        db_session, actor=principal.actor, action="youth.read", subject_type="youth",
        subject_id=youth.id, detail={"page": "profile"},
    )  # fmt: skip
    context = {
        "youth": youth,
        "age": service.age_in(youth.birth_year),
        "gender_words": GENDER_WORDS,
        "sharing": service.sharing_allowed(youth),
        "sort": sort,
        "card_names": names,
        "suggestions": _suggestions(db_session, youth, principal),
        "reactions": _reactions(db_session, youth),
        "reaction_words": REACTION_WORDS,
        "scope_words": SCOPE_WORDS,
        "internships": _internships_of(db_session, youth),
        "start_form": start_form,
        "consent_form": consent_form or {"values": {"given_by": "youth",
                                                   "given_date": date.today().isoformat()},
                                        "errors": {}},
        "notice": notice,
        "explorer": explorer_views.staff_summary(db_session, youth,
                                                 getattr(request.state, "language", "sv")),
    }  # fmt: skip
    failed = any(f and f.get("errors") for f in (start_form, consent_form))
    status = 422 if failed else 200
    return render_page(request, "internships/profile.html", context, status_code=status)


@router.get("/youths/{ref}", name="youth_profile")
def youth_profile(
    request: Request, ref: str, principal: CanRead, db_session: DbSession, notice: str = ""
) -> Response:
    youth = service.get_youth(db_session=db_session, ref=ref, principal=principal)
    return _profile(request, db_session, youth, principal, notice=NOTICES.get(notice, ""))


@router.post("/youths/{ref}/consents", name="consent_add")
def consent_add(
    request: Request,
    ref: str,
    principal: Annotated[Principal, Depends(require("youth:write"))],
    form: CheckedForm,
    db_session: DbSession,
) -> Response:
    youth = service.get_youth(db_session=db_session, ref=ref, principal=principal)
    values = {k: str(form.get(k) or "").strip() for k in ("given_by", "given_date")}
    try:
        data = ConsentCreate(
            given_by=values["given_by"],  # type: ignore[arg-type]
            given_date=values["given_date"] or date.today(),  # type: ignore[arg-type]
            scope="share_with_employers",
        )
        with db_session.begin_nested():
            service.add_consent(db_session=db_session, youth=youth, data=data, principal=principal)
    except (ValidationError, AppError) as exc:
        consent_form = {"values": values, "errors": field_errors(exc)}
        return _profile(request, db_session, youth, principal, consent_form=consent_form)
    return redirect(f"/youths/{youth.ref}?notice=consent#h-consent")


def default_period(placement: Placement, today: date | None = None) -> tuple[date, date]:
    """A proposed period: the placement's own, else from next Monday for four weeks."""
    today = today or date.today()
    start = placement.start_date if placement.start_date and placement.start_date >= today else None
    if start is None:
        start = today + timedelta(days=7 - today.weekday())
    end = placement.end_date if placement.end_date and placement.end_date > start else None
    return start, end or start + timedelta(weeks=DEFAULT_WEEKS) - timedelta(days=3)


@router.post("/youths/{ref}/internships", name="internship_start")
def internship_start(
    request: Request,
    ref: str,
    principal: Annotated[Principal, Depends(require("internship:write"))],
    form: CheckedForm,
    db_session: DbSession,
) -> Response:
    youth = service.get_youth(db_session=db_session, ref=ref, principal=principal)
    placement = employers_service.get_placement(
        db_session=db_session, ref=str(form.get("placement") or "")
    )
    start, end = default_period(placement)
    fields = ("start_date", "end_date", "supervisor_name", "supervisor_email", "supervisor_phone")
    values = {k: str(form.get(k) or "").strip() for k in fields}
    values = {
        "start_date": values["start_date"] or start.isoformat(),
        "end_date": values["end_date"] or end.isoformat(),
        "supervisor_name": values["supervisor_name"] or placement.supervisor_name or "",
        "supervisor_email": values["supervisor_email"] or placement.supervisor_email or "",
        "supervisor_phone": values["supervisor_phone"] or placement.supervisor_phone or "",
    }
    try:
        data = InternshipCreate(
            youth=youth.ref, placement=placement.ref, status="planned",
            **{k: v for k, v in values.items() if v},
        )  # fmt: skip
        with db_session.begin_nested():
            internship = internships.start_internship(
                db_session=db_session, data=data, principal=principal
            )
    except (ValidationError, AppError) as exc:
        db_session.expire_all()
        youth = service.get_youth(db_session=db_session, ref=ref, principal=principal)
        start_form = {"placement": placement, "values": values, "errors": field_errors(exc)}
        return _profile(request, db_session, youth, principal, start_form=start_form)
    return redirect(f"/internships/{internship.id}?notice=started")
