"""Certificates: preview, issue (immutable), correct, revoke, and verify by code or by file."""

import hashlib
import secrets
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import exists, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from accounts.auth import Principal
from certificates import documents, signing
from certificates.content import ISSUABLE, certificate_doc, get_internship
from certificates.models import Certificate, CertificateStatus
from core import audit
from core.db import utcnow
from core.errors import Conflict, InvalidInput, NotFound
from internships.models import Assessment, Internship

CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32: no I, L, O, U
CODE_LENGTH = 10  # 50 bits: not guessable, short enough to type from paper
LANGUAGES = ("sv", "en")


@dataclass(frozen=True)
class PreparedCertificate:
    """A certificate ready to render: signed, with a code, not yet stored."""

    internship_id: int
    assessment_id: int
    code: str
    issued_at: datetime
    doc: documents.CertificateDoc
    credential: str


@dataclass(frozen=True)
class Verification:
    """What the public may learn about a certificate: its status and the printed key facts."""

    status: str  # "genuine", "revoked" or "unknown"
    code: str | None = None
    holder_name: str | None = None
    employer_name: str | None = None
    workplace_name: str | None = None
    start_date: date | None = None
    end_date: date | None = None
    issued_at: datetime | None = None
    revoked_at: datetime | None = None
    replaced_by: str | None = None


def new_code() -> str:
    """Returns a random verification code (10 Crockford base32 characters)."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normalize_code(raw: str) -> str | None:
    """Reads a code as people type it (any case, spaces, dashes, O for 0, I/L for 1)."""
    cleaned = "".join(ch for ch in raw.upper() if ch not in " -\t")
    cleaned = cleaned.translate(str.maketrans({"O": "0", "I": "1", "L": "1"}))
    if len(cleaned) != CODE_LENGTH or any(ch not in CODE_ALPHABET for ch in cleaned):
        return None
    return cleaned


def check_language(language: str) -> str:
    if language not in LANGUAGES:
        raise InvalidInput(f"language must be one of {', '.join(LANGUAGES)}", field="lang")
    return language


def preview(
    *, db_session: Session, internship_id: int, language: str, principal: Principal
) -> bytes:
    """Renders the certificate as it would be issued, marked as a preview, without storing it."""
    doc, _ = certificate_doc(
        db_session=db_session,
        internship_id=internship_id,
        language=check_language(language),
        principal=principal,
    )
    audit.record(
        db_session, actor=principal.actor, action="certificate.preview",
        subject_type="internship", subject_id=internship_id,
    )  # fmt: skip
    return documents.certificate_pdf(doc, None)


def _unused_code(db_session: Session, taken: set[str]) -> str:
    while True:
        code = new_code()
        if code not in taken and not db_session.scalar(
            select(exists().where(Certificate.code == code))
        ):
            taken.add(code)
            return code


def prepare(
    *,
    db_session: Session,
    internship_id: int,
    language: str = "sv",
    principal: Principal | None = None,
    taken_codes: set[str] | None = None,
) -> PreparedCertificate:
    """Builds and signs a certificate's content; rendering and storing come after."""
    # Scope first: another team's internship answers 404 before anything about its certificates.
    get_internship(db_session=db_session, internship_id=internship_id, principal=principal)
    if db_session.scalar(
        select(Certificate.code).where(
            Certificate.internship_id == internship_id,
            Certificate.status == CertificateStatus.issued.value,
        )
    ):
        raise Conflict(
            f"internship {internship_id} already has a valid certificate; "
            "issue a correction to replace it"
        )
    code = _unused_code(db_session, taken_codes if taken_codes is not None else set())
    issued_at = utcnow().replace(microsecond=0)
    doc, assessment = certificate_doc(
        db_session=db_session,
        internship_id=internship_id,
        language=check_language(language),
        principal=principal,
        code=code,
        issued_at=issued_at,
    )
    credential = signing.sign_credential(
        signing.build_credential(
            code=code,
            issued_at=issued_at,
            holder_name=doc.holder_name,
            title=doc.title,
            employer_name=doc.employer_name,
            workplace_name=doc.workplace_name,
            start_date=doc.start_date,
            end_date=doc.end_date,
            competences=[
                {"key": c.key, "name": c.name, "level": c.level, "words": c.words}
                for c in doc.competences
            ],
        )
    )
    return PreparedCertificate(internship_id, assessment.id, code, issued_at, doc, credential)


def render(prepared: PreparedCertificate) -> bytes:
    """Renders a prepared certificate to PDF/A-3b with its credential attached (no database)."""
    return documents.certificate_pdf(prepared.doc, prepared.credential)


def store(
    *,
    db_session: Session,
    prepared: PreparedCertificate,
    pdf: bytes,
    actor: str,
    replaces: Certificate | None = None,
) -> Certificate:
    """Stores a rendered certificate; exactly these bytes are what its hash and downloads serve."""
    doc = prepared.doc
    certificate = Certificate(
        code=prepared.code,
        internship_id=prepared.internship_id,
        assessment_id=prepared.assessment_id,
        status=CertificateStatus.issued.value,
        replaces_id=replaces.id if replaces else None,
        language=doc.language,
        holder_name=doc.holder_name,
        employer_name=doc.employer_name,
        workplace_name=doc.workplace_name,
        start_date=doc.start_date,
        end_date=doc.end_date,
        issued_at=prepared.issued_at,
        issued_by=actor,
        pdf_sha256=hashlib.sha256(pdf).hexdigest(),
        credential=prepared.credential,
        pdf=pdf,
    )
    try:
        with db_session.begin_nested():
            db_session.add(certificate)
            db_session.flush()
    except IntegrityError as exc:
        raise Conflict(
            f"internship {prepared.internship_id} already has a valid certificate"
        ) from exc
    audit.record(
        db_session, actor=actor, action="certificate.issue", subject_type="certificate",
        subject_id=certificate.id,
        detail={"code": certificate.code, "internship_id": certificate.internship_id,
                "replaces": replaces.code if replaces else None},
    )  # fmt: skip
    return certificate


def issue(
    *,
    db_session: Session,
    internship_id: int,
    actor: str,
    language: str = "sv",
    principal: Principal | None = None,
) -> Certificate:
    """Issues the certificate of an internship from its approved final assessment."""
    prepared = prepare(
        db_session=db_session, internship_id=internship_id, language=language, principal=principal
    )
    return store(db_session=db_session, prepared=prepared, pdf=render(prepared), actor=actor)


def get_certificate(*, db_session: Session, code: str, principal: Principal | None) -> Certificate:
    """Returns a certificate the caller may see (by its youth's visibility), or NotFound."""
    normal = normalize_code(code)
    certificate = (
        db_session.scalar(select(Certificate).where(Certificate.code == normal)) if normal else None
    )
    if certificate is None:
        raise NotFound(f"no certificate with code {code!r}")
    try:
        get_internship(
            db_session=db_session, internship_id=certificate.internship_id, principal=principal
        )
    except NotFound:  # the same words as for a code that does not exist
        raise NotFound(f"no certificate with code {code!r}") from None
    return certificate


def revoke(
    *, db_session: Session, certificate: Certificate, actor: str, reason: str
) -> Certificate:
    """Revokes a certificate; revoking it again changes nothing."""
    if certificate.status == CertificateStatus.revoked.value:
        return certificate
    reason = reason.strip()
    if not reason:
        raise InvalidInput("say why the certificate is revoked", field="reason")
    certificate.status = CertificateStatus.revoked.value
    certificate.revoked_at = utcnow()
    certificate.revoked_by = actor
    certificate.revoke_reason = reason
    db_session.flush()
    audit.record(
        db_session, actor=actor, action="certificate.revoke", subject_type="certificate",
        subject_id=certificate.id, detail={"code": certificate.code},
    )  # fmt: skip
    return certificate


def correct(
    *,
    db_session: Session,
    certificate: Certificate,
    actor: str,
    reason: str,
    language: str | None = None,
    principal: Principal | None = None,
) -> Certificate:
    """Issues a new certificate from today's data and revokes the old one, in one transaction."""
    if certificate.status != CertificateStatus.issued.value:
        raise Conflict(f"certificate {certificate.code} is revoked; only a valid one is corrected")
    revoke(db_session=db_session, certificate=certificate, actor=actor, reason=reason)
    prepared = prepare(
        db_session=db_session,
        internship_id=certificate.internship_id,
        language=language or certificate.language,
        principal=principal,
    )
    return store(
        db_session=db_session,
        prepared=prepared,
        pdf=render(prepared),
        actor=actor,
        replaces=certificate,
    )


def certificates_of(*, db_session: Session, internship_id: int) -> list[Certificate]:
    """Returns every certificate of an internship, newest first."""
    return list(
        db_session.scalars(
            select(Certificate)
            .where(Certificate.internship_id == internship_id)
            .order_by(Certificate.id.desc())
        )
    )


def replacement_of(*, db_session: Session, certificate: Certificate) -> Certificate | None:
    return db_session.scalar(select(Certificate).where(Certificate.replaces_id == certificate.id))


def _verification(db_session: Session, certificate: Certificate | None) -> Verification:
    if certificate is None:
        return Verification(status="unknown")
    genuine = certificate.status == CertificateStatus.issued.value
    replacement = (
        None if genuine else replacement_of(db_session=db_session, certificate=certificate)
    )
    audit.record(
        db_session, actor="public", action="certificate.verify", subject_type="certificate",
        subject_id=certificate.id,
    )  # fmt: skip
    return Verification(
        status="genuine" if genuine else "revoked",
        code=certificate.code,
        holder_name=certificate.holder_name,
        employer_name=certificate.employer_name,
        workplace_name=certificate.workplace_name,
        start_date=certificate.start_date,
        end_date=certificate.end_date,
        issued_at=certificate.issued_at,
        revoked_at=certificate.revoked_at,
        replaced_by=replacement.code if replacement else None,
    )


def verify_code(*, db_session: Session, code: str) -> Verification:
    """Answers genuine, revoked or unknown for a verification code."""
    normal = normalize_code(code)
    if normal is None:
        return Verification(status="unknown")
    certificate = db_session.scalar(select(Certificate).where(Certificate.code == normal))
    return _verification(db_session, certificate)


def verify_pdf(*, db_session: Session, data: bytes) -> Verification:
    """Answers whether a file is, byte for byte, a certificate we issued (and if it still holds)."""
    if not data:
        raise InvalidInput("the file is empty", field="file")
    digest = hashlib.sha256(data).hexdigest()
    candidates = db_session.scalars(select(Certificate).where(Certificate.pdf_sha256 == digest))
    # The hash index narrows it down; the bytes themselves decide.
    certificate = next((c for c in candidates if secrets.compare_digest(c.pdf, data)), None)
    return _verification(db_session, certificate)


def ready_internship_ids(*, db_session: Session) -> list[int]:
    """Ended internships whose final assessment is approved and that have no certificate yet."""
    stmt = (
        select(Assessment.internship_id)
        .join(Internship, Internship.id == Assessment.internship_id)
        .where(
            Internship.status.in_(ISSUABLE),
            Assessment.kind == "final",
            Assessment.status == "submitted",
            Assessment.submitted_at.is_not(None),
            ~exists().where(Certificate.internship_id == Assessment.internship_id),
        )
        .order_by(Assessment.internship_id)
    )
    return list(db_session.scalars(stmt))
