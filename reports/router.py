"""Reports as JSON: the stereotype audit (suggestions and starts by gender)."""

from typing import Annotated

from fastapi import APIRouter, Depends
from sqlalchemy.orm import Session

from accounts.auth import Principal, require
from core.db import get_session
from matcher.schemas import StereotypeAudit
from reports import stereotype_audit as matcher_audit

router = APIRouter(tags=["matcher"])
DbSession = Annotated[Session, Depends(get_session)]


@router.get(
    "/api/audit/stereotypes",
    response_model=StereotypeAudit,
    summary="By gender: suggested occupations, flagged share, skew@5, counter-stereotypical starts",
)
def stereotypes(
    _: Annotated[Principal, Depends(require("stats:read"))], db_session: DbSession
) -> StereotypeAudit:
    return matcher_audit.stereotype_audit(db_session=db_session)
