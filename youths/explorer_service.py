"""The interest explorer's storage: answers upserted per card, profiles added with a date.

Free of HTTP: the youth's link page and the staff meeting mode both call these functions.
"""

from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from core import audit
from core.db import utcnow
from core.errors import InvalidInput
from youths import explorer
from youths.explorer_models import ExplorerAnswer, InterestProfile
from youths.models import Youth

HISTORY_LIMIT = 10


def answers_of(*, db_session: Session, youth_id: int) -> dict[str, str]:
    """Returns the youth's answer per card id (cards no longer in the deck left out)."""
    rows = db_session.execute(
        select(ExplorerAnswer.card_id, ExplorerAnswer.answer).where(
            ExplorerAnswer.youth_id == youth_id
        )
    ).tuples()
    known = explorer.cards_by_id()
    return {card: answer for card, answer in rows if card in known}


def record_answer(
    *, db_session: Session, youth: Youth, card_id: str, answer: str, actor: str
) -> InterestProfile | None:
    """Saves one answer (one row per card, however often it is sent); returns the new profile
    when this answer completed the deck."""
    if card_id not in explorer.cards_by_id():
        raise InvalidInput("Okänt kort. Ladda om sidan och försök igen.", field="card")
    if answer not in explorer.ANSWERS:
        raise InvalidInput("Välj ett av svaren.", field="answer")
    before = answers_of(db_session=db_session, youth_id=youth.id)
    _upsert(db_session, youth.id, card_id, answer, actor)
    if card_id not in before and len(before) + 1 == len(explorer.cards()):
        return save_profile(db_session=db_session, youth=youth, actor=actor)
    return None


def _upsert(db_session: Session, youth_id: int, card_id: str, answer: str, actor: str) -> None:
    stmt = select(ExplorerAnswer).where(
        ExplorerAnswer.youth_id == youth_id, ExplorerAnswer.card_id == card_id
    )
    row = db_session.scalar(stmt)
    if row is None:
        try:
            with db_session.begin_nested():  # two tabs sending the same card at once
                db_session.add(ExplorerAnswer(youth_id=youth_id, card_id=card_id, answer=answer,
                                              answered_by=actor))  # fmt: skip
            return
        except IntegrityError:
            row = db_session.scalar(stmt)
    if row is not None and row.answer != answer:
        row.answer, row.answered_by, row.answered_at = answer, actor, utcnow()


def save_profile(*, db_session: Session, youth: Youth, actor: str) -> InterestProfile:
    """Computes the profile from the current answers and adds it as a new dated row."""
    answers = answers_of(db_session=db_session, youth_id=youth.id)
    values = explorer.profile_from_answers(answers)
    profile = InterestProfile(
        youth_id=youth.id,
        riasec={f: values[f] for f in explorer.RIASEC},
        conditions={f: values[f] for f in explorer.CONDITIONS},
        answered=sum(1 for a in answers.values() if a in explorer.ANSWER_VALUE),
        computed_by=actor,
    )
    db_session.add(profile)
    audit.record(db_session, actor=actor, action="youth.interest_profile", subject_type="youth",
                 subject_id=youth.id)  # fmt: skip
    db_session.flush()
    return profile


def restart(*, db_session: Session, youth: Youth, actor: str) -> None:
    """Clears the answers so the deck can be done again (earlier profiles stay as history)."""
    db_session.execute(delete(ExplorerAnswer).where(ExplorerAnswer.youth_id == youth.id))
    audit.record(db_session, actor=actor, action="youth.explorer_restart", subject_type="youth",
                 subject_id=youth.id)  # fmt: skip


def profile_history(*, db_session: Session, youth_id: int) -> list[InterestProfile]:
    """The youth's profiles, newest first."""
    return list(
        db_session.scalars(
            select(InterestProfile)
            .where(InterestProfile.youth_id == youth_id)
            .order_by(InterestProfile.id.desc())
            .limit(HISTORY_LIMIT)
        )
    )


def latest_profile(*, db_session: Session, youth_id: int) -> InterestProfile | None:
    history = profile_history(db_session=db_session, youth_id=youth_id)
    return history[0] if history else None


def features_of(profile: InterestProfile) -> dict[str, float]:
    """A stored profile as one feature -> value mapping."""
    return {**(profile.riasec or {}), **(profile.conditions or {})}


def state(*, db_session: Session, youth: Youth) -> dict[str, Any]:
    """Where the youth is in the deck: the answers, the next card, and the latest profile."""
    answers = answers_of(db_session=db_session, youth_id=youth.id)
    return {
        "answers": answers,
        "card": explorer.next_card(answers),
        "position": len(answers) + 1,
        "total": len(explorer.cards()),
        "profile": latest_profile(db_session=db_session, youth_id=youth.id),
    }
