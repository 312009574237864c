"""Issued certificates (intyg). A row is immutable once issued; only its revocation may change."""

from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import ForeignKey, Index, LargeBinary, String, Text, event, inspect, text
from sqlalchemy.orm import Mapped, mapped_column

from core.db import Base, utcnow


class CertificateStatus(StrEnum):
    issued = "issued"
    revoked = "revoked"


# Only these columns may change after issue: a revocation, nothing else.
MUTABLE_COLUMNS = frozenset({"status", "revoked_at", "revoked_by", "revoke_reason"})


class Certificate(Base):
    """An end-of-placement certificate, its PDF exactly as hashed, and its signed credential.

    The holder/employer/period columns are the facts printed on the certificate that the public
    verify page shows; everything else the certificate says lives only in the PDF bytes.
    """

    __tablename__ = "certificate"
    __table_args__ = (
        # At most one valid certificate per internship; a correction revokes before it issues.
        Index(
            "uq_certificate_internship_issued",
            "internship_id",
            unique=True,
            sqlite_where=text("status = 'issued'"),
            postgresql_where=text("status = 'issued'"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(10), unique=True)
    internship_id: Mapped[int] = mapped_column(
        ForeignKey("internship.id", ondelete="CASCADE"), index=True
    )
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessment.id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(String(10), default=CertificateStatus.issued.value)
    replaces_id: Mapped[int | None] = mapped_column(
        ForeignKey("certificate.id", ondelete="SET NULL")
    )
    language: Mapped[str] = mapped_column(String(5), default="sv")
    holder_name: Mapped[str] = mapped_column(String(200))
    employer_name: Mapped[str] = mapped_column(String(200))
    workplace_name: Mapped[str] = mapped_column(String(200))
    start_date: Mapped[date]
    end_date: Mapped[date]
    issued_at: Mapped[datetime] = mapped_column(default=utcnow)
    issued_by: Mapped[str] = mapped_column(String(60))
    revoked_at: Mapped[datetime | None]
    revoked_by: Mapped[str | None] = mapped_column(String(60))
    revoke_reason: Mapped[str | None] = mapped_column(Text)
    pdf_sha256: Mapped[str] = mapped_column(String(64), index=True)
    credential: Mapped[str] = mapped_column(Text)
    pdf: Mapped[bytes] = mapped_column(LargeBinary)


@event.listens_for(Certificate, "before_update")
def _issued_certificate_is_immutable(_mapper: Any, _connection: Any, target: Certificate) -> None:
    state = inspect(target)
    changed = {
        attr.key
        for attr in state.attrs
        if attr.key not in MUTABLE_COLUMNS and attr.history.has_changes()
    }
    if changed:
        raise RuntimeError(
            f"an issued certificate cannot change ({', '.join(sorted(changed))}); "
            "issue a correction instead"
        )
