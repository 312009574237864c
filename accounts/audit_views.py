"""The audit log for admins: who read or changed what, filterable (JSON)."""

from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel
from sqlalchemy.orm import Session

from accounts.auth import Principal, require
from core import audit
from core.db import get_session

router = APIRouter(prefix="/api/audit", tags=["audit"])


class AuditEventRead(BaseModel):
    id: int
    at: datetime
    actor: str
    action: str
    subject_type: str
    subject_id: str
    detail: dict[str, Any]


class AuditEventList(BaseModel):
    items: list[AuditEventRead]
    total: int


@router.get("", response_model=AuditEventList, summary="Audit events, newest first (admins)")
def list_events(
    principal: Annotated[Principal, Depends(require("audit:read"))],
    db_session: Annotated[Session, Depends(get_session)],
    actor: Annotated[str | None, Query(max_length=60, description="e.g. user:3")] = None,
    action: Annotated[
        str | None, Query(max_length=60, description="exact, or a prefix ending in '.' or '*'")
    ] = None,
    subject_type: Annotated[str | None, Query(max_length=40)] = None,
    subject_id: Annotated[str | None, Query(max_length=60)] = None,
    since: Annotated[datetime | None, Query(description="from this time (inclusive)")] = None,
    until: Annotated[datetime | None, Query(description="before this time")] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
) -> AuditEventList:
    rows, total = audit.search_events(
        db_session=db_session, actor=actor, action=action, subject_type=subject_type,
        subject_id=subject_id, since=since, until=until, limit=limit, offset=offset,
    )  # fmt: skip
    # Reading the log is itself an access worth recording.
    audit.record(
        db_session, actor=principal.actor, action="audit.read", subject_type="audit",
        subject_id="*", detail={"returned": len(rows)},
    )  # fmt: skip
    return AuditEventList(
        items=[AuditEventRead.model_validate(r, from_attributes=True) for r in rows], total=total
    )
