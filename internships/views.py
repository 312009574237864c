"""The internship page: lifecycle, supervisor links, assessments side by side, guide, certificate.

Every action calls the owning service (internships.service, links.service). Certificates add their
section and buttons from certificates.staff_views.
"""

from collections.abc import Callable
from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.responses import Response
from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from accounts.auth import Principal, require
from accounts.web_auth import CheckedForm, field_errors, page_router, redirect, render_page
from competences import service as competences_service
from competences.levels import level_words
from core import audit
from core.db import get_session
from core.errors import AppError, NotFound
from employers.models import Employer, Placement, Workplace
from internships.models import Assessment
from youths.models import Youth

router = page_router()

DbSession = Annotated[Session, Depends(get_session)]
STATUS_WORDS = {
    "planned": "Planerad",
    "active": "Pågår",
    "completed": "Genomförd",
    "ended_early": "Avbruten",
}
LINK_STATE_WORDS = {"active": "Aktiv", "expired": "Har gått ut", "revoked": "Ersatt eller spärrad"}
SEND_WORDS = {"not_sent": "Inte skickad", "sent": "Skickad", "failed": "Gick inte att skicka",
              "bounced": "Studsade"}  # fmt: skip
NOTICES = {
    "started": "Praktiken är skapad.",
    "saved": "Ändringarna är sparade.",
    "sent": "Länken är skickad till handledaren.",
    "issued": "Intyget är utfärdat.",
    "revoked": "Intyget är spärrat.",
}


# Parts of the internship page that higher packages draw (the certificates' section): each
# returns template values for one internship. app.registry adds them at start-up.
Section = Callable[[Session, Any], dict[str, Any]]
_SECTIONS: list[Section] = []


def add_section(section: Section) -> None:
    """Adds a part drawn by a higher package to the internship page (idempotent)."""
    if section not in _SECTIONS:
        _SECTIONS.append(section)


def _internship(db_session: Session, internship_id: int, principal: Principal) -> Any:
    from internships import service as internships

    return internships.get_internship(
        db_session=db_session, internship_id=internship_id, principal=principal
    )


def _side_by_side(db_session: Session, internship_id: int, language: str) -> dict[str, Any]:
    """Mid-way and final assessment per competence, in the deck version each used."""
    rows = {
        a.kind: a
        for a in db_session.scalars(
            select(Assessment).where(Assessment.internship_id == internship_id)
        )
    }
    version = rows.get("final") or rows.get("midway") or None
    deck = (
        competences_service.get_version(db_session=db_session, version=version.deck_version)
        if version
        else competences_service.get_current(db_session=db_session)
    )
    lines = []
    for card in competences_service.cards_of(deck):
        cells = []
        for kind in ("midway", "final"):
            a = rows.get(kind)
            rating = (a.ratings or {}).get(card.key) if a and a.status == "submitted" else None
            if rating is None:
                cells.append(None)
            else:
                level = rating.get("level")
                cells.append({"level": level, "words": level_words(level, language),
                              "comment": rating.get("comment", "")})  # fmt: skip
        lines.append((card.name_sv if language == "sv" else card.name_en, cells))
    return {"assessments": rows, "lines": lines}


def page(
    request: Request,
    db_session: Session,
    internship: Any,
    principal: Principal,
    **extra: Any,
) -> Response:
    from internships import service as internships
    from links import service as links

    youth = db_session.get(Youth, internship.youth_id)
    placement, employer = (
        db_session.execute(
            select(Placement, Employer.name)
            .join(Workplace, Workplace.id == Placement.workplace_id)
            .join(Employer, Employer.id == Workplace.employer_id)
            .where(Placement.id == internship.placement_id)
        )
        .tuples()
        .one()
    )
    audit.record(
        db_session, actor=principal.actor, action="internship.read", subject_type="internship",
        subject_id=internship.id, detail={"page": "internship"},
    )  # fmt: skip
    link_rows = internships.links_of_internship(db_session=db_session, internship=internship)
    kinds = {a.id: a.kind for a in db_session.scalars(
        select(Assessment).where(Assessment.internship_id == internship.id))}  # fmt: skip
    context = {
        "internship": internship, "youth": youth, "placement": placement, "employer": employer,
        "next_states": sorted(internships.TRANSITIONS[internship.status]),
        "status_words": STATUS_WORDS,
        "links": [(link, links.state_of(link), kinds.get(link.subject_id)) for link in link_rows],
        "link_state_words": LINK_STATE_WORDS, "send_words": SEND_WORDS,
        "certificates": [], "ready": False,
        **{k: v for section in _SECTIONS for k, v in section(db_session, internship).items()},
        **_side_by_side(db_session, internship.id, request.state.language),
        "errors": {}, "shown_url": None, **extra,
    }  # fmt: skip
    status = 422 if context["errors"] else 200
    return render_page(request, "internships/internship.html", context, status_code=status)


@router.get("/internships/{internship_id}", name="internship_page")
def internship_page(
    request: Request,
    internship_id: int,
    principal: Annotated[Principal, Depends(require("internship:read"))],
    db_session: DbSession,
    notice: str = "",
) -> Response:
    internship = _internship(db_session, internship_id, principal)
    return page(request, db_session, internship, principal, notice=NOTICES.get(notice, ""))


@router.post("/internships/{internship_id}/status", name="internship_status")
def internship_status(
    request: Request,
    internship_id: int,
    principal: Annotated[Principal, Depends(require("internship:write"))],
    form: CheckedForm,
    db_session: DbSession,
) -> Response:
    from internships import service as internships
    from internships.schemas import InternshipUpdate

    internship = _internship(db_session, internship_id, principal)
    status = str(form.get("status") or "")
    reason = str(form.get("end_reason") or "").strip() or None
    try:
        data = InternshipUpdate(status=status, end_reason=reason)  # type: ignore[arg-type]
        with db_session.begin_nested():
            internships.update_internship(
                db_session=db_session, internship=internship, data=data, principal=principal
            )
    except (ValidationError, AppError) as exc:
        db_session.refresh(internship)
        return page(request, db_session, internship, principal, errors=field_errors(exc))
    return redirect(f"/internships/{internship.id}?notice=saved")


@router.post("/internships/{internship_id}/links", name="internship_link")
def internship_link(
    request: Request,
    internship_id: int,
    principal: Annotated[Principal, Depends(require("link:manage"))],
    form: CheckedForm,
    db_session: DbSession,
) -> Response:
    from internships import service as internships
    from links import service as links

    internship = _internship(db_session, internship_id, principal)
    kind = "final" if form.get("kind") == "final" else "midway"
    by_email = bool(internship.supervisor_email)
    try:
        with db_session.begin_nested():
            link, token = internships.create_assessment_link(
                db_session=db_session, internship=internship, kind=kind, send_email=by_email,
                ttl_days=None, principal=principal,
            )  # fmt: skip
    except AppError as exc:
        return page(request, db_session, internship, principal, errors=field_errors(exc))
    if by_email and link.send_status == "sent":
        return redirect(f"/internships/{internship.id}?notice=sent")
    # No e-mail (or it failed): show the link once, so staff can send it by text message.
    return page(request, db_session, internship, principal, shown_url=links.link_url(token))


@router.post("/links/{link_id}/resend", name="link_resend")
def link_resend(
    request: Request,
    link_id: int,
    principal: Annotated[Principal, Depends(require("link:manage"))],
    form: CheckedForm,
    db_session: DbSession,
) -> Response:
    from internships import service as internships
    from links import service as links

    link = links.get(db_session=db_session, link_id=link_id)
    internships.check_link_visible(db_session=db_session, link=link, principal=principal)
    # This page re-sends supervisors' links; a youth's own link has no internship page to return to.
    assessment = (
        db_session.get(Assessment, link.subject_id) if link.purpose == "assessment" else None
    )
    if assessment is None:
        raise NotFound(f"no link with id {link_id}")
    internship = _internship(db_session, assessment.internship_id, principal)
    try:
        internships.require_consent_for_link(db_session=db_session, link=link)
    except AppError as exc:
        return page(request, db_session, internship, principal, errors=field_errors(exc))
    new_link, token = links.resend(db_session=db_session, link=link, actor=principal.actor)
    if new_link.recipient_email:
        links.send_link(db_session=db_session, link=new_link, token=token)
        if new_link.send_status == "sent":
            return redirect(f"/internships/{internship.id}?notice=sent")
    return page(request, db_session, internship, principal, shown_url=links.link_url(token))
