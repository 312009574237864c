"""Liveness and readiness."""

from typing import Annotated

from fastapi import APIRouter, Depends
from sqlalchemy import text
from sqlalchemy.orm import Session

from core.db import get_session

router = APIRouter(tags=["health"])


@router.get("/health", summary="Is the service up and its database reachable? No auth.")
def health(db_session: Annotated[Session, Depends(get_session)]) -> dict[str, str]:
    db_session.execute(text("SELECT 1"))
    return {"status": "ok"}
