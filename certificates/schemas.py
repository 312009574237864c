"""API shapes for certificates and documents."""

from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, Field

Language = Literal["sv", "en"]


class IssueRequest(BaseModel):
    language: Language = "sv"


class ReasonRequest(BaseModel):
    reason: str = Field(min_length=1, max_length=1000)


class CorrectionRequest(ReasonRequest):
    language: Language | None = None


class GuideRequest(BaseModel):
    language: Language = "sv"
    link_url: str | None = Field(default=None, max_length=500)


class CertificateRead(BaseModel):
    code: str
    status: str
    internship_id: int
    language: str
    holder_name: str
    employer_name: str
    workplace_name: str
    start_date: date
    end_date: date
    issued_at: datetime
    issued_by: str
    revoked_at: datetime | None
    revoke_reason: str | None
    replaces: str | None
    replaced_by: str | None
    pdf_sha256: str
    verify_url: str
    pdf_url: str
    credential_url: str


class CertificateList(BaseModel):
    items: list[CertificateRead]
