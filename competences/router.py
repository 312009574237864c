"""Card deck API."""

from typing import Annotated

from fastapi import APIRouter, Depends
from sqlalchemy.orm import Session

from accounts.auth import Principal, require
from competences import service
from competences.schemas import DeckRead
from core.db import get_session

router = APIRouter(prefix="/api/competences", tags=["competences"])


def _read(deck) -> DeckRead:  # type: ignore[no-untyped-def]
    return DeckRead(
        version=deck.version,
        name_sv=deck.name_sv,
        name_en=deck.name_en,
        source=deck.source,
        cards=deck.cards,
        is_current=deck.is_current,
    )


@router.get("", response_model=DeckRead, summary="The current card deck of 13 competences")
def current_deck(
    db_session: Annotated[Session, Depends(get_session)],
    _: Annotated[Principal, Depends(require("deck:read"))],
) -> DeckRead:
    return _read(service.get_current(db_session=db_session))


@router.get("/versions/{version}", response_model=DeckRead, summary="One deck version")
def deck_version(
    version: str,
    db_session: Annotated[Session, Depends(get_session)],
    _: Annotated[Principal, Depends(require("deck:read"))],
) -> DeckRead:
    return _read(service.get_version(db_session=db_session, version=version))
