"""A youth's GDPR rights over the API: export (JSON, PDF) and erasure. Every use is audited."""

import json
from typing import Annotated

from fastapi import APIRouter, Depends, Response
from pydantic import BaseModel, Field
from sqlalchemy.orm import Session

from accounts.auth import Principal, require
from app import gdpr, gdpr_pdf
from core import audit
from core.db import get_session
from youths import service as youths_service

router = APIRouter(prefix="/api/youths", tags=["gdpr"])

DbSession = Annotated[Session, Depends(get_session)]
CanExport = Annotated[Principal, Depends(require("youth:export"))]


class ErasureRequest(BaseModel):
    reason: str = Field(
        default="the youth's request", max_length=200, description="Why (kept in the audit log)"
    )


class ErasureResult(BaseModel):
    erased: bool
    links_revoked: int
    certificates_cleared: int
    rows_deleted: int


def _export(db_session: Session, principal: Principal, ref: str, kind: str) -> dict:  # type: ignore[type-arg]
    youth = youths_service.get_youth(db_session=db_session, ref=ref, principal=principal)
    data = gdpr.export_youth(db_session=db_session, youth=youth)
    audit.record(
        db_session, actor=principal.actor, action=f"youth.export.{kind}", subject_type="youth",
        subject_id=youth.id,
    )  # fmt: skip
    return data


@router.get(
    "/{ref}/export.json",
    summary="Everything stored about one youth, with their audit trail (GDPR art. 15 and 20)",
    responses={200: {"content": {"application/json": {}}}},
)
def export_json(principal: CanExport, ref: str, db_session: DbSession) -> Response:
    data = _export(db_session, principal, ref, "json")
    return Response(
        json.dumps(data, ensure_ascii=False, indent=2),
        media_type="application/json",
        headers={
            "Content-Disposition": 'attachment; filename="youth-export.json"',
            "Cache-Control": "no-store",
        },
    )


@router.get(
    "/{ref}/export.pdf",
    summary="The same export as a readable PDF",
    responses={200: {"content": {"application/pdf": {}}}},
)
def export_pdf(principal: CanExport, ref: str, db_session: DbSession) -> Response:
    data = _export(db_session, principal, ref, "pdf")
    return Response(
        gdpr_pdf.render(data),
        media_type="application/pdf",
        headers={
            "Content-Disposition": 'attachment; filename="youth-export.pdf"',
            "Cache-Control": "no-store",
        },
    )


@router.post(
    "/{ref}/erase",
    response_model=ErasureResult,
    summary="Erase a youth's personal data, keep anonymised statistics (GDPR art. 17)",
)
def erase(
    principal: Annotated[Principal, Depends(require("youth:erase"))],
    ref: str,
    db_session: DbSession,
    data: ErasureRequest | None = None,
) -> ErasureResult:
    youth = youths_service.get_youth(db_session=db_session, ref=ref, principal=principal)
    counts = gdpr.erase_youth(
        db_session=db_session,
        youth=youth,
        actor=principal.actor,
        reason=(data or ErasureRequest()).reason,
    )
    return ErasureResult(erased=True, **counts)
