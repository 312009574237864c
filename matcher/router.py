"""Suggestions API and reactions to suggestions. (The stereotype audit is reports.router.)"""

from typing import Annotated

from fastapi import APIRouter, Depends, Query
from sqlalchemy.orm import Session

from accounts.auth import Principal, require
from core.db import get_session
from matcher import service
from matcher.schemas import FeedbackCreate, FeedbackRead, SuggestionList

router = APIRouter(tags=["matcher"])
DbSession = Annotated[Session, Depends(get_session)]


@router.get(
    "/api/youths/{ref}/suggestions",
    response_model=SuggestionList,
    summary="The placements that best fit a youth, best first, with reasons and stereotype flags",
)
def suggestions(
    principal: Annotated[Principal, Depends(require("suggestions:read"))],
    ref: str,
    db_session: DbSession,
    limit: Annotated[int, Query(ge=1, le=100)] = 10,
) -> SuggestionList:
    payload = service.suggestions_payload(
        db_session=db_session, youth_ref=ref, limit=limit, principal=principal
    )
    return SuggestionList.model_validate(payload)


@router.post(
    "/api/youths/{ref}/suggestions/{placement_ref}/feedback",
    response_model=FeedbackRead,
    status_code=201,
    summary="Mark a suggestion interested, not interested or 'tell me more', with a reason",
)
def feedback(
    principal: Annotated[Principal, Depends(require("suggestions:feedback"))],
    ref: str,
    placement_ref: str,
    data: FeedbackCreate,
    db_session: DbSession,
) -> FeedbackRead:
    row = service.record_feedback(
        db_session=db_session,
        youth_ref=ref,
        placement_ref=placement_ref,
        reaction=data.reaction,
        comment=data.comment,
        actor=principal.actor,
        principal=principal,
    )
    return FeedbackRead(
        reaction=row.reaction,  # type: ignore[arg-type]
        comment=row.comment,
        placement_ref=row.placement_ref,
        actor=row.actor,
    )
