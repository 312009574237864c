"""Youth profile API. Every read of a profile is written to the audit log."""

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Response
from sqlalchemy.orm import Session

from accounts.auth import Principal, require
from core import audit
from core.db import get_session
from youths import service
from youths.schemas import (
    ConsentCreate,
    ConsentRead,
    YouthCreate,
    YouthList,
    YouthRead,
    YouthUpdate,
)

router = APIRouter(prefix="/api/youths", tags=["youths"])

DbSession = Annotated[Session, Depends(get_session)]


@router.get("", response_model=YouthList, summary="Youths the caller may see")
def list_youths(
    principal: Annotated[Principal, Depends(require("youth:read"))],
    db_session: DbSession,
    team: Annotated[str | None, Query(max_length=100)] = None,
    status: Annotated[str | None, Query(pattern="^(enrolled|discharged)$")] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> YouthList:
    rows, total = service.list_youths(
        db_session=db_session,
        principal=principal,
        team=team,
        status=status,
        limit=limit,
        offset=offset,
    )
    audit.record(
        db_session, actor=principal.actor, action="youth.list", subject_type="youth",
        subject_id="*", detail={"ids": [y.id for y in rows]},
    )  # fmt: skip
    return YouthList(items=[service.to_read(y) for y in rows], total=total)


@router.post("", response_model=YouthRead, status_code=201)
def create_youth(
    principal: Annotated[Principal, Depends(require("youth:write"))],
    data: YouthCreate,
    db_session: DbSession,
) -> YouthRead:
    return service.to_read(
        service.create_youth(db_session=db_session, data=data, principal=principal)
    )


@router.get("/{ref}", response_model=YouthRead)
def read_youth(
    principal: Annotated[Principal, Depends(require("youth:read"))], ref: str, db_session: DbSession
) -> YouthRead:
    youth = service.get_youth(db_session=db_session, ref=ref, principal=principal)
    audit.record(
        db_session,
        actor=principal.actor,
        action="youth.read",
        subject_type="youth",
        subject_id=youth.id,
    )
    return service.to_read(youth)


@router.put("/{ref}", response_model=YouthRead)
@router.patch("/{ref}", response_model=YouthRead)
def update_youth(
    principal: Annotated[Principal, Depends(require("youth:write"))],
    ref: str,
    data: YouthUpdate,
    db_session: DbSession,
) -> YouthRead:
    youth = service.get_youth(db_session=db_session, ref=ref, principal=principal)
    return service.to_read(
        service.update_youth(db_session=db_session, youth=youth, data=data, principal=principal)
    )


@router.delete("/{ref}", status_code=204)
def delete_youth(
    principal: Annotated[Principal, Depends(require("youth:delete"))],
    ref: str,
    db_session: DbSession,
) -> Response:
    youth = service.get_youth(db_session=db_session, ref=ref, principal=principal)
    service.delete_youth(db_session=db_session, youth=youth, principal=principal)
    return Response(status_code=204)


@router.post("/{ref}/consents", response_model=ConsentRead, status_code=201)
def add_consent(
    principal: Annotated[Principal, Depends(require("youth:write"))],
    ref: str,
    data: ConsentCreate,
    db_session: DbSession,
) -> ConsentRead:
    youth = service.get_youth(db_session=db_session, ref=ref, principal=principal)
    c = service.add_consent(db_session=db_session, youth=youth, data=data, principal=principal)
    return ConsentRead(
        id=c.id, given_by=data.given_by, scope=data.scope, given_date=c.given_date,
        withdrawn_date=c.withdrawn_date, recorded_by=c.recorded_by,
    )  # fmt: skip
