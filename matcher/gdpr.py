"""The matcher's part of a youth's export and erasure: what they said about suggestions."""

from sqlalchemy import update
from sqlalchemy.orm import Session

from core.personal_data import Rows, rows
from matcher.models import SuggestionFeedback
from youths.models import Youth

TABLES = frozenset({"suggestion_feedback"})


def export_youth(*, db_session: Session, youth: Youth) -> dict[str, Rows]:
    """Returns the youth's reactions to suggestions."""
    where = SuggestionFeedback.youth_id == youth.id
    return {"suggestion_feedback": rows(db_session, SuggestionFeedback.__table__, where)}


def erase_youth(*, db_session: Session, youth: Youth) -> None:
    """Clears the youth's comments; the reactions stay (anonymous once the youth is erased)."""
    db_session.execute(
        update(SuggestionFeedback).where(SuggestionFeedback.youth_id == youth.id).values(comment="")
    )
