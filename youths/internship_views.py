"""The internship page: lifecycle, supervisor links, assessments side by side, guide, certificate.

Every action calls the owning service (youths.internships, core.links, core.mail, certificates).
"""

from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.responses import Response
from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from competences import service as competences_service
from competences.levels import level_words
from competences.models import Assessment
from core import audit
from core.auth import Principal, require
from core.db import get_session
from core.errors import AppError, NotFound
from core.web_auth import CheckedForm, field_errors, page_router, redirect, render_page
from employers.models import Employer, Placement, Workplace
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


def _internship(db_session: Session, internship_id: int, principal: Principal) -> Any:
    from youths import internships

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


def _page(
    request: Request,
    db_session: Session,
    internship: Any,
    principal: Principal,
    **extra: Any,
) -> Response:
    from certificates import service as certificates_service
    from core import links
    from youths import internships

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
        "certificates": certificates_service.certificates_of(
            db_session=db_session, internship_id=internship.id
        ),
        "ready": internship.id in certificates_service.ready_internship_ids(db_session=db_session),
        **_side_by_side(db_session, internship.id, request.state.language),
        "errors": {}, "shown_url": None, **extra,
    }  # fmt: skip
    status = 422 if context["errors"] else 200
    return render_page(request, "youths/internship.html", context, status_code=status)


@router.get("/internships/{internship_id}", name="internship_page")
def internship_page(
    request: Request,
    internship_id: int,
    principal: Annotated[Principal, Depends(require("internship:read"))],
    db_session: DbSession,
    notice: str = "",
) -> Response:
    internship = _internship(db_session, internship_id, principal)
    return _page(request, db_session, internship, principal, notice=NOTICES.get(notice, ""))


@router.post("/internships/{internship_id}/status", name="internship_status")
def internship_status(
    request: Request,
    internship_id: int,
    principal: Annotated[Principal, Depends(require("internship:write"))],
    form: CheckedForm,
    db_session: DbSession,
) -> Response:
    from youths import internships
    from youths.internship_schemas import InternshipUpdate

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
        return _page(request, db_session, internship, principal, errors=field_errors(exc))
    return redirect(f"/internships/{internship.id}?notice=saved")


@router.post("/internships/{internship_id}/links", name="internship_link")
def internship_link(
    request: Request,
    internship_id: int,
    principal: Annotated[Principal, Depends(require("link:manage"))],
    form: CheckedForm,
    db_session: DbSession,
) -> Response:
    from core import links
    from youths import internships

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
        return _page(request, db_session, internship, principal, errors=field_errors(exc))
    if by_email and link.send_status == "sent":
        return redirect(f"/internships/{internship.id}?notice=sent")
    # No e-mail (or it failed): show the link once, so staff can send it by text message.
    return _page(request, db_session, internship, principal, shown_url=links.link_url(token))


@router.post("/links/{link_id}/resend", name="link_resend")
def link_resend(
    request: Request,
    link_id: int,
    principal: Annotated[Principal, Depends(require("link:manage"))],
    form: CheckedForm,
    db_session: DbSession,
) -> Response:
    from core import links, mail
    from youths import internships

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
        return _page(request, db_session, internship, principal, errors=field_errors(exc))
    new_link, token = links.resend(db_session=db_session, link=link, actor=principal.actor)
    if new_link.recipient_email:
        mail.send_link(db_session=db_session, link=new_link, token=token)
        if new_link.send_status == "sent":
            return redirect(f"/internships/{internship.id}?notice=sent")
    return _page(request, db_session, internship, principal, shown_url=links.link_url(token))


def _pdf(data: bytes, filename: str, *, inline: bool = True) -> Response:
    disposition = "inline" if inline else "attachment"
    return Response(
        data,
        media_type="application/pdf",
        headers={"Content-Disposition": f'{disposition}; filename="{filename}"',
                 "Cache-Control": "no-store"},
    )  # fmt: skip


def _document_language(request: Request, lang: str | None) -> str:
    return lang if lang in ("sv", "en") else request.state.language


@router.get("/internships/{internship_id}/supervisor-guide.pdf", name="internship_guide")
def internship_guide(
    request: Request,
    internship_id: int,
    principal: Annotated[Principal, Depends(require("internship:read"))],
    db_session: DbSession,
    lang: str | None = None,
) -> Response:
    from certificates import guides

    data = guides.supervisor_guide(
        db_session=db_session, internship_id=internship_id,
        language=_document_language(request, lang), link_url=None, principal=principal,
    )  # fmt: skip
    return _pdf(data, f"handledarguide-{internship_id}.pdf")


@router.get("/internships/{internship_id}/certificate/preview.pdf", name="certificate_preview")
def certificate_preview(
    request: Request,
    internship_id: int,
    principal: Annotated[Principal, Depends(require("certificate:issue"))],
    db_session: DbSession,
    lang: str | None = None,
) -> Response:
    from certificates import service as certificates_service

    data = certificates_service.preview(
        db_session=db_session, internship_id=internship_id,
        language=_document_language(request, lang), principal=principal,
    )  # fmt: skip
    return _pdf(data, f"intyg-forhandsvisning-{internship_id}.pdf")


@router.post("/internships/{internship_id}/certificate", name="certificate_issue")
def certificate_issue(
    request: Request,
    internship_id: int,
    principal: Annotated[Principal, Depends(require("certificate:issue"))],
    form: CheckedForm,
    db_session: DbSession,
) -> Response:
    from certificates import service as certificates_service

    internship = _internship(db_session, internship_id, principal)
    language = _document_language(request, str(form.get("lang") or ""))
    try:
        with db_session.begin_nested():
            certificates_service.issue(
                db_session=db_session, internship_id=internship.id, actor=principal.actor,
                language=language, principal=principal,
            )  # fmt: skip
    except AppError as exc:  # e.g. a second click: it already has a valid certificate
        return _page(request, db_session, internship, principal,
                     errors={"certificate": exc.message})  # fmt: skip
    return redirect(f"/internships/{internship.id}?notice=issued")


@router.get("/certificates/{code}.pdf", name="certificate_download")
def certificate_download(
    code: str,
    principal: Annotated[Principal, Depends(require("certificate:read"))],
    db_session: DbSession,
) -> Response:
    from certificates import service as certificates_service

    certificate = certificates_service.get_certificate(
        db_session=db_session, code=code, principal=principal
    )
    audit.record(
        db_session, actor=principal.actor, action="certificate.download",
        subject_type="certificate", subject_id=certificate.id,
    )  # fmt: skip
    return _pdf(certificate.pdf, f"intyg-{certificate.code}.pdf", inline=False)


@router.post("/certificates/{code}/revoke", name="certificate_revoke")
def certificate_revoke(
    request: Request,
    code: str,
    principal: Annotated[Principal, Depends(require("certificate:issue"))],
    form: CheckedForm,
    db_session: DbSession,
) -> Response:
    from certificates import service as certificates_service

    certificate = certificates_service.get_certificate(
        db_session=db_session, code=code, principal=principal
    )
    internship = _internship(db_session, certificate.internship_id, principal)
    try:
        with db_session.begin_nested():
            certificates_service.revoke(
                db_session=db_session, certificate=certificate, actor=principal.actor,
                reason=str(form.get("reason") or ""),
            )  # fmt: skip
    except AppError:
        return _page(request, db_session, internship, principal,
                     errors={f"reason-{certificate.code}": "Skriv varför intyget spärras."})  # fmt: skip
    return redirect(f"/internships/{internship.id}?notice=revoked")
