"""The audit log for admins, as a page: who read or changed what, filterable."""

from datetime import UTC, date, datetime, time, timedelta
from typing import Annotated

from fastapi import Depends, Query, Request
from fastapi.responses import Response
from sqlalchemy.orm import Session

from accounts.auth import Principal, require
from accounts.web_auth import page_router, render_page
from core import audit
from core.db import get_session

router = page_router()
PAGE_SIZE = 100


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


@router.get("/audit", name="audit_log")
def audit_log(
    request: Request,
    principal: Annotated[Principal, Depends(require("audit:read"))],
    db_session: Annotated[Session, Depends(get_session)],
    actor: Annotated[str | None, Query(max_length=60)] = None,
    action: Annotated[str | None, Query(max_length=60)] = None,
    subject_type: Annotated[str | None, Query(max_length=40)] = None,
    subject_id: Annotated[str | None, Query(max_length=60)] = None,
    since: Annotated[str | None, Query(max_length=10)] = None,
    until: Annotated[str | None, Query(max_length=10)] = None,
    page: Annotated[int, Query(ge=1, le=10_000)] = 1,
) -> Response:
    since_day, until_day = _day(since), _day(until)
    errors = {}
    if since and since_day is None:
        errors["since"] = "Skriv datumet som ÅÅÅÅ-MM-DD."
    if until and until_day is None:
        errors["until"] = "Skriv datumet som ÅÅÅÅ-MM-DD."
    events, total = audit.search_events(
        db_session=db_session,
        actor=actor or None,
        action=action or None,
        subject_type=subject_type or None,
        subject_id=subject_id or None,
        since=datetime.combine(since_day, time(), UTC) if since_day else None,
        until=datetime.combine(until_day + timedelta(days=1), time(), UTC) if until_day else None,
        limit=PAGE_SIZE,
        offset=(page - 1) * PAGE_SIZE,
    )
    audit.record(
        db_session, actor=principal.actor, action="audit.read", subject_type="audit",
        subject_id="*", detail={"page": "audit", "action": action or "", "subject_type": subject_type or ""},
    )  # fmt: skip
    filters = {"actor": actor or "", "action": action or "", "subject_type": subject_type or "",
               "subject_id": subject_id or "", "since": since or "", "until": until or ""}  # fmt: skip
    return render_page(
        request,
        "accounts/audit.html",
        {
            "events": events,
            "total": total,
            "page": page,
            "page_size": PAGE_SIZE,
            "filters": filters,
            "errors": errors,
        },  # fmt: skip
    )
