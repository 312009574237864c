"""Loading and reading card decks."""

import json
from pathlib import Path

from pydantic import ValidationError
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from competences.models import CompetenceDeck
from competences.schemas import Card, DeckFile
from core.errors import Conflict, InvalidInput, NotFound

DEFAULT_DECK_PATH = Path(__file__).parent / "data" / "deck_v1.json"


def parse_deck(text: str) -> DeckFile:
    """Parses and validates a deck file; raises InvalidInput with readable messages."""
    try:
        return DeckFile.model_validate(json.loads(text))
    except json.JSONDecodeError as exc:
        raise InvalidInput(
            f"not valid JSON: line {exc.lineno}, column {exc.colno}: {exc.msg}"
        ) from exc
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in exc.errors()
        )
        raise InvalidInput(f"the deck file is not valid: {problems}") from exc


def load_deck(*, db_session: Session, deck: DeckFile, make_current: bool = True) -> CompetenceDeck:
    """Stores a new deck version and (by default) makes it the current one."""
    if db_session.get(CompetenceDeck, deck.version) is not None:
        raise Conflict(
            f"deck version {deck.version} already exists; give the new deck a new version"
        )
    if make_current:
        db_session.execute(update(CompetenceDeck).values(is_current=False))
    row = CompetenceDeck(
        version=deck.version,
        name_sv=deck.name_sv,
        name_en=deck.name_en,
        source=deck.source,
        cards=[c.model_dump() for c in deck.cards],
        is_current=make_current,
    )
    db_session.add(row)
    db_session.flush()
    return row


def ensure_default_deck(*, db_session: Session) -> CompetenceDeck:
    """Loads the shipped default deck when no deck exists yet; returns the current deck."""
    current = db_session.scalar(select(CompetenceDeck).where(CompetenceDeck.is_current))
    if current is not None:
        return current
    deck = parse_deck(DEFAULT_DECK_PATH.read_text(encoding="utf-8"))
    existing = db_session.get(CompetenceDeck, deck.version)
    if existing is not None:
        existing.is_current = True
        return existing
    return load_deck(db_session=db_session, deck=deck)


def get_current(*, db_session: Session) -> CompetenceDeck:
    """Returns the current deck, loading the default one on first use."""
    return ensure_default_deck(db_session=db_session)


def get_version(*, db_session: Session, version: str) -> CompetenceDeck:
    """Returns one deck version or raises NotFound."""
    deck = db_session.get(CompetenceDeck, version)
    if deck is None:
        raise NotFound(f"no deck version {version}")
    return deck


def cards_of(deck: CompetenceDeck) -> list[Card]:
    """Returns a deck's cards as validated objects."""
    return [Card.model_validate(c) for c in deck.cards]


def card_keys(deck: CompetenceDeck) -> list[str]:
    return [c["key"] for c in deck.cards]


def validate_keys(*, deck: CompetenceDeck, keys: list[str], field: str) -> list[str]:
    """Checks that every key is a card of the deck; returns them de-duplicated in order."""
    known = set(card_keys(deck))
    unknown = [k for k in keys if k not in known]
    if unknown:
        raise InvalidInput(
            f"{field}: unknown competence {', '.join(unknown)}; use one of {', '.join(card_keys(deck))}",
            field=field,
        )
    return list(dict.fromkeys(keys))
