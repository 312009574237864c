"""Short Swedish reasons: the youth's own word, what the placement says, what it trains, where.

Reasons never mention gender (the statistics live in `stereotype_basis`, not here).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from matcher.lexicon import Lexicon, TermHit
from matcher.scoring import YouthProfile
from matcher.text import competence_key, normalize_token, written_tokens
from matcher.types import PlacementDoc

DECK = Path(__file__).parent.parent / "competences" / "data" / "deck_v1.json"
MAX_REASONS = 3
MAX_SNIPPET = 70
_SENTENCE_RE = re.compile(r"[.;!?\n]+|,\s+")


@lru_cache(maxsize=1)
def _competence_names() -> dict[str, str]:
    """Competence key -> Swedish card name, from the competence deck when it is there."""
    try:
        deck = json.loads(DECK.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    cards = deck.get("cards", []) if isinstance(deck, dict) else []
    return {
        competence_key(c["key"]): c["name_sv"] for c in cards if c.get("key") and c.get("name_sv")
    }


def competence_name(key: str) -> str:
    """How a competence key is shown: the deck's Swedish name, else the key made readable."""
    name = _competence_names().get(competence_key(key))
    if name:
        return name
    text = competence_key(key)
    return text[:1].upper() + text[1:]


def _snippet(doc: PlacementDoc, lexicon: Lexicon, wanted: set[int]) -> str | None:
    """The first short part of the placement text that uses one of the wanted words."""
    for part in _SENTENCE_RE.split(f"{doc.description}. {doc.title}"):
        part = part.strip()
        if not part:
            continue
        tokens = {normalize_token(t) for t in written_tokens(part)}
        if any(wanted.intersection(lexicon.placement_words_in_token(t)) for t in tokens):
            if len(part) > MAX_SNIPPET:
                part = part[:MAX_SNIPPET].rsplit(" ", 1)[0] + " …"
            return part[:1].lower() + part[1:]
    return None


def _best_hit(
    hits: Sequence[TermHit], lexicon: Lexicon, placement_words: set[int], code: str | None
) -> tuple[TermHit | None, set[int]]:
    """The youth's strongest wish that this placement answers (by its words or its code)."""
    best: tuple[float, TermHit, set[int]] | None = None
    for hit in hits:
        if hit.negated:
            continue
        term = lexicon.terms[hit.term_id]
        shared = placement_words.intersection(lexicon.term_pw[hit.term_id])
        by_code = code is not None and code in term.codes
        if not shared and not by_code:
            continue
        rank = term.weight + (0.5 if shared else 0.0) + (0.3 if by_code else 0.0)
        if best is None or rank > best[0]:
            best = (rank, hit, shared)
    return (best[1], best[2]) if best else (None, set())


def build_reasons(
    *,
    doc: PlacementDoc,
    profile: YouthProfile,
    lexicon: Lexicon,
    placement_words: set[int],
    code: str | None,
    occupation_name: str | None,
    develop: Sequence[str],
    district_proximity: int,
    youth_district: str | None,
) -> list[str]:
    """1-3 reasons in plain Swedish for one suggested placement."""
    reasons: list[str] = []
    hit, shared = _best_hit(profile.hits, lexicon, placement_words, code)
    if hit is not None:
        term = lexicon.terms[hit.term_id]
        snippet = _snippet(doc, lexicon, shared) if shared else None
        if snippet:
            reasons.append(f"Du nämnde '{hit.written}' – {snippet}")
        elif occupation_name:
            reasons.append(f"Du nämnde '{hit.written}' – det passar yrket {occupation_name}")
        else:
            reasons.append(f"Du nämnde '{hit.written}' – det passar den här platsen")
        if "trait" in term.note:
            reasons[-1] = f"Du beskrev dig som '{hit.written}' – det behövs här"
    elif profile.positive_text.strip():
        reasons.append(f"Platsen liknar det du skrev: {doc.title}")
    else:  # nothing wished for yet (only ruled-out areas, or no text)
        reasons.append(f"Ett förslag att utforska: {doc.title}")
    trains = {competence_key(t) for t in doc.trains}
    for wish in develop:
        if competence_key(wish) in trains:
            reasons.append(f"Du vill utveckla {competence_name(wish)} – här tränar du det")
            break
    if doc.district and district_proximity == 2:
        reasons.append(f"Nära dig: {doc.district}")
    elif doc.district and district_proximity == 1 and youth_district:
        reasons.append(f"Nära dig: {doc.district}, granne med {youth_district}")
    return reasons[:MAX_REASONS]
