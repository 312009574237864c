"""Staff actions on certificates and supervisor guides, reached from the internship page.

The internship page belongs to internships; this package adds its section to it
(`internship_section`, wired in app.registry) and answers its certificate buttons.
"""

from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.responses import Response
from sqlalchemy.orm import Session

from accounts.auth import Principal, require
from accounts.web_auth import CheckedForm, page_router, redirect
from certificates import guides
from certificates import service as certificates_service
from core import audit
from core.db import get_session
from core.errors import AppError
from internships import service as internships_service
from internships.views import page

router = page_router()

DbSession = Annotated[Session, Depends(get_session)]


def internship_section(db_session: Session, internship: Any) -> dict[str, Any]:
    """The internship page's certificate section: its certificates, and whether one may be issued."""
    return {
        "certificates": certificates_service.certificates_of(
            db_session=db_session, internship_id=internship.id
        ),
        "ready": internship.id in certificates_service.ready_internship_ids(db_session=db_session),
    }


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
    internship = internships_service.get_internship(
        db_session=db_session, internship_id=internship_id, principal=principal
    )
    language = _document_language(request, str(form.get("lang") or ""))
    try:
        with db_session.begin_nested():
            certificates_service.issue(
                db_session=db_session, internship_id=internship.id, actor=principal.actor,
                language=language, principal=principal,
            )  # fmt: skip
    except AppError as exc:  # e.g. a second click: it already has a valid certificate
        return page(request, db_session, internship, principal,
                     errors={"certificate": exc.message})  # fmt: skip
    return redirect(f"/internships/{internship.id}?notice=issued")


@router.get("/certificates/{code}.pdf", name="certificate_download")
def certificate_download(
    code: str,
    principal: Annotated[Principal, Depends(require("certificate:read"))],
    db_session: DbSession,
) -> Response:
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
    certificate = certificates_service.get_certificate(
        db_session=db_session, code=code, principal=principal
    )
    internship = internships_service.get_internship(
        db_session=db_session, internship_id=certificate.internship_id, principal=principal
    )
    try:
        with db_session.begin_nested():
            certificates_service.revoke(
                db_session=db_session, certificate=certificate, actor=principal.actor,
                reason=str(form.get("reason") or ""),
            )  # fmt: skip
    except AppError:
        return page(request, db_session, internship, principal,
                     errors={f"reason-{certificate.code}": "Skriv varför intyget spärras."})  # fmt: skip
    return redirect(f"/internships/{internship.id}?notice=revoked")
