"""Staff API for certificates and documents, plus the issuer's public keys and profile."""

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Response
from sqlalchemy.orm import Session

from accounts.auth import Principal, require
from certificates import content, guides, service, signing
from certificates.models import Certificate
from certificates.schemas import (
    CertificateList,
    CertificateRead,
    CorrectionRequest,
    GuideRequest,
    IssueRequest,
    Language,
    ReasonRequest,
)
from core import audit
from core.db import get_session

router = APIRouter(tags=["certificates"])

DbSession = Annotated[Session, Depends(get_session)]
Lang = Annotated[Language, Query(alias="lang")]


def _pdf(data: bytes, filename: str) -> Response:
    return Response(
        data,
        media_type="application/pdf",
        headers={
            "Content-Disposition": f'inline; filename="{filename}"',
            "Cache-Control": "no-store",
        },
    )


def _read(db_session: Session, c: Certificate) -> CertificateRead:
    replaces = db_session.get(Certificate, c.replaces_id) if c.replaces_id else None
    replacement = service.replacement_of(db_session=db_session, certificate=c)
    return CertificateRead(
        code=c.code, status=c.status, internship_id=c.internship_id, language=c.language,
        holder_name=c.holder_name, employer_name=c.employer_name,
        workplace_name=c.workplace_name, start_date=c.start_date, end_date=c.end_date,
        issued_at=c.issued_at, issued_by=c.issued_by, revoked_at=c.revoked_at,
        revoke_reason=c.revoke_reason, replaces=replaces.code if replaces else None,
        replaced_by=replacement.code if replacement else None, pdf_sha256=c.pdf_sha256,
        verify_url=signing.verify_url(c.code),
        pdf_url=f"/api/certificates/{c.code}/certificate.pdf",
        credential_url=f"/api/certificates/{c.code}/credential.jwt",
    )  # fmt: skip


def _certificate(
    code: str,
    db_session: DbSession,
    principal: Annotated[Principal, Depends(require("certificate:read"))],
) -> Certificate:
    return service.get_certificate(db_session=db_session, code=code, principal=principal)


CurrentCertificate = Annotated[Certificate, Depends(_certificate)]


@router.get("/api/internships/{internship_id}/certificate/preview.pdf",
            summary="Preview the certificate from the approved final assessment (not issued)")  # fmt: skip
def preview_certificate(
    internship_id: int,
    db_session: DbSession,
    principal: Annotated[Principal, Depends(require("certificate:read"))],
    lang: Lang = "sv",
) -> Response:
    data = service.preview(
        db_session=db_session, internship_id=internship_id, language=lang, principal=principal
    )
    return _pdf(data, f"praktikintyg-forhandsvisning-{internship_id}.pdf")


@router.post("/api/internships/{internship_id}/certificate", status_code=201,
             response_model=CertificateRead, summary="Issue the certificate (immutable)")  # fmt: skip
def issue_certificate(
    internship_id: int,
    db_session: DbSession,
    principal: Annotated[Principal, Depends(require("certificate:issue"))],
    data: IssueRequest | None = None,
) -> CertificateRead:
    certificate = service.issue(
        db_session=db_session, internship_id=internship_id, actor=principal.actor,
        language=(data or IssueRequest()).language, principal=principal,
    )  # fmt: skip
    return _read(db_session, certificate)


@router.get("/api/internships/{internship_id}/certificates", response_model=CertificateList,
            summary="All certificates of an internship, newest first")  # fmt: skip
def internship_certificates(
    internship_id: int,
    db_session: DbSession,
    principal: Annotated[Principal, Depends(require("certificate:read"))],
) -> CertificateList:
    content.get_internship(db_session=db_session, internship_id=internship_id, principal=principal)
    rows = service.certificates_of(db_session=db_session, internship_id=internship_id)
    return CertificateList(items=[_read(db_session, c) for c in rows])


@router.get("/api/certificates/{code}", response_model=CertificateRead)
def read_certificate(certificate: CurrentCertificate, db_session: DbSession) -> CertificateRead:
    return _read(db_session, certificate)


@router.get("/api/certificates/{code}/certificate.pdf", summary="The issued PDF, byte for byte")
def download_certificate(
    certificate: CurrentCertificate,
    db_session: DbSession,
    principal: Annotated[Principal, Depends(require("certificate:read"))],
) -> Response:
    audit.record(
        db_session, actor=principal.actor, action="certificate.download",
        subject_type="certificate", subject_id=certificate.id,
    )  # fmt: skip
    return _pdf(certificate.pdf, f"praktikintyg-{certificate.code}.pdf")


@router.get("/api/certificates/{code}/credential.jwt", summary="The signed credential (VC-JWT)")
def download_credential(
    certificate: CurrentCertificate,
    db_session: DbSession,
    principal: Annotated[Principal, Depends(require("certificate:read"))],
) -> Response:
    audit.record(
        db_session, actor=principal.actor, action="certificate.credential",
        subject_type="certificate", subject_id=certificate.id,
    )  # fmt: skip
    return Response(
        certificate.credential,
        media_type=signing.CREDENTIAL_MEDIA_TYPE_HTTP,
        headers={
            "Content-Disposition": f'attachment; filename="praktikintyg-{certificate.code}.jwt"',
            "Cache-Control": "no-store",
        },
    )


@router.post("/api/certificates/{code}/correct", status_code=201, response_model=CertificateRead,
             summary="Issue a corrected certificate and revoke this one")  # fmt: skip
def correct_certificate(
    code: str,
    data: CorrectionRequest,
    db_session: DbSession,
    principal: Annotated[Principal, Depends(require("certificate:issue"))],
) -> CertificateRead:
    old = service.get_certificate(db_session=db_session, code=code, principal=principal)
    new = service.correct(
        db_session=db_session, certificate=old, actor=principal.actor, reason=data.reason,
        language=data.language, principal=principal,
    )  # fmt: skip
    return _read(db_session, new)


@router.post("/api/certificates/{code}/revoke", response_model=CertificateRead)
def revoke_certificate(
    code: str,
    data: ReasonRequest,
    db_session: DbSession,
    principal: Annotated[Principal, Depends(require("certificate:issue"))],
) -> CertificateRead:
    certificate = service.get_certificate(db_session=db_session, code=code, principal=principal)
    service.revoke(
        db_session=db_session, certificate=certificate, actor=principal.actor, reason=data.reason
    )
    return _read(db_session, certificate)


@router.get("/api/internships/{internship_id}/supervisor-guide.pdf",
            summary="Supervisor guide (the assessment link arrives by e-mail)")  # fmt: skip
def supervisor_guide(
    internship_id: int,
    db_session: DbSession,
    principal: Annotated[Principal, Depends(require("internship:read"))],
    lang: Lang = "sv",
) -> Response:
    data = guides.supervisor_guide(
        db_session=db_session, internship_id=internship_id, language=lang, link_url=None,
        principal=principal,
    )  # fmt: skip
    return _pdf(data, f"handledarguide-{internship_id}-{lang}.pdf")


@router.post("/api/internships/{internship_id}/supervisor-guide.pdf",
             summary="Supervisor guide with a QR code for the assessment link (link in the body)")  # fmt: skip
def supervisor_guide_with_link(
    internship_id: int,
    data: GuideRequest,
    db_session: DbSession,
    principal: Annotated[Principal, Depends(require("link:manage"))],
) -> Response:
    pdf = guides.supervisor_guide(
        db_session=db_session, internship_id=internship_id, language=data.language,
        link_url=data.link_url, principal=principal,
    )  # fmt: skip
    return _pdf(pdf, f"handledarguide-{internship_id}-{data.language}.pdf")


@router.get("/api/documents/employer-guide.pdf", summary="General guide for employers")
def employer_guide(
    _: Annotated[Principal, Depends(require("deck:read"))], lang: Lang = "sv"
) -> Response:
    return _pdf(guides.employer_guide(language=lang), f"guide-arbetsgivare-{lang}.pdf")


@router.get("/api/competences/deck.pdf", summary="The card deck as printable A4 sheets")
def deck_pdf(
    db_session: DbSession,
    _: Annotated[Principal, Depends(require("deck:read"))],
    version: Annotated[str | None, Query(max_length=40)] = None,
    lang: Lang = "sv",
) -> Response:
    data = guides.deck(db_session=db_session, version=version, language=lang)
    return _pdf(data, "kortlek.pdf")


@router.get(signing.JWKS_PATH, summary="The issuer's public keys (JWKS)")
def jwks() -> dict[str, Any]:
    return signing.jwks()


@router.get(signing.ISSUER_PATH, summary="The issuer profile (Open Badges 3.0 Profile)")
def issuer_profile() -> dict[str, Any]:
    return signing.issuer_profile()
