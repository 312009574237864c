"""Stage 5, explain: short Swedish reasons for each suggestion.

In: the ordered suggestions, the reading, the occupation scores. Out: the same suggestions with
`reasons`: the youth's own word and what the placement says, what was ruled out and why it
comes lower, trait words matched through O*NET, reactions to similar placements, what it
trains, where it is. Reasons never mention gender (the statistics live in `stereotype_basis`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from matcher.conditions import condition_reason
from matcher.districts import proximity
from matcher.interest_profile import card_reason, explorer_led
from matcher.lexicon import Lexicon, TermHit
from matcher.occupations import Occupations, closest_wished
from matcher.reading import Reading
from matcher.related_work import closest_by_skills
from matcher.rerank import MOVED_REASON
from matcher.text import competence_key, condition_text, normalize_token, written_tokens
from matcher.types import PlacementDoc, Suggestion, YouthQuery

if TYPE_CHECKING:
    from matcher.index import MatchIndex

DECK = Path(__file__).parent.parent / "competences" / "data" / "deck_v1.json"
MAX_REASONS = 4
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


def _shared_word(lexicon: Lexicon, shared: set[int]) -> str | None:
    """The longest placement word the youth's term and the placement share."""
    words = [lexicon.placement_words_list[i] for i in shared]
    return max(words, key=len) if words else None


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
    profile: Reading,
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
        # Quote the placement only where it uses the youth's own word ('kläder' in "vika
        # kläder"), not a general word of the group ('sälja' in "sälja begagnade spel").
        own = {p for p in shared if lexicon.term_pw_factor[hit.term_id].get(p, 0.0) >= 1.0}
        snippet = _snippet(doc, lexicon, own) if own else None
        said = "Du har erfarenhet av" if hit.past else "Du nämnde"
        word = _shared_word(lexicon, shared)
        other_field = code is not None and profile.code_pos.get(code, 0.0) <= 0
        if word and other_field and "trait" not in term.note:
            # Another field that uses the same word ('frisör' -> 'gräsklippning'): say only that.
            if normalize_token(word) == normalize_token(hit.written):
                reasons.append(f"Platsen nämner '{word}', som du skrev")
            else:
                reasons.append(
                    f"Platsen nämner '{word}', som hör ihop med '{hit.written}' som du skrev"
                )
        elif snippet:
            reasons.append(f"{said} '{hit.written}' – {snippet}")
        elif occupation_name:
            reasons.append(f"{said} '{hit.written}' – det passar yrket {occupation_name}")
        else:
            reasons.append(f"{said} '{hit.written}' – det passar den här platsen")
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


TRAIT_REASON_MIN = 0.3


def _refused_word(reading: Reading, lexicon: Lexicon, code: str | None) -> str | None:
    """The youth's own word for a ruled-out occupation ("kassa")."""
    for hit in reading.hits:
        if hit.negated and (code is None or code in lexicon.terms[hit.term_id].codes):
            return hit.written
    return None


def _extra_reasons(
    s: Suggestion,
    code: str | None,
    reading: Reading,
    occupations: Occupations,
    c: int | None,
    lexicon: Lexicon,
    has_word_reason: bool,
    own_words: str = "",
) -> list[str]:
    name = s.occupation_name or "det här yrket"
    out: list[str] = []
    if code in reading.negative_codes:
        word = _refused_word(reading, lexicon, code) or name
        out.append(f"Du skrev att du inte vill jobba med '{word}', så {name} kommer längre ner")
    if c is not None and occupations.feedback[c] < 0:
        out.append(f"Du sa nej tack till en liknande plats ({name}), så den kommer längre ner")
    elif c is not None and occupations.feedback[c] > 0:
        out.append(f"Du visade intresse för en liknande plats ({name}), så den kommer högre upp")
    condition = condition_reason(own_words, reading.traits) if reading.traits else None
    if condition:
        out.insert(0, condition) if not has_word_reason else out.append(condition)
    if c is not None and occupations.traits[c] >= TRAIT_REASON_MIN and reading.traits:
        trait = max(reading.traits, key=lambda t: sum(abs(v) for v in t.features.values()))
        text = (
            f"Du skrev '{trait.written}' ({trait.label}) – det stämmer med hur man jobbar som "
            f"{name} (O*NET)"
        )
        out.insert(0, text) if not has_word_reason else out.append(text)
    return out


def explain(
    index: MatchIndex,
    suggestions: list[Suggestion],
    reading: Reading,
    occupations: Occupations,
    query: YouthQuery,
) -> list[Suggestion]:
    """Each suggestion with 1-3 reasons (a moved-up one keeps the re-rank's reason last)."""
    out: list[Suggestion] = []
    refused_elsewhere = _refused_word(reading, index.lexicon, None)
    for i, s in enumerate(suggestions):
        row = index.row_of[s.placement_ref]
        doc = index.docs[row]
        code = index.code_of(row)
        words = index.placement_word_ids(row)
        reasons = build_reasons(
            doc=doc,
            profile=reading,
            lexicon=index.lexicon,
            placement_words=words,
            code=code,
            occupation_name=s.occupation_name,
            develop=query.develop,
            district_proximity=proximity(query.district, doc.district),
            youth_district=query.district,
        )
        has_word = _best_hit(reading.hits, index.lexicon, words, code)[0] is not None
        c = index.code_pos.get(code or "")
        text = condition_text(doc)  # the words the index read the conditions from
        extra = _extra_reasons(s, code, reading, occupations, c, index.lexicon, has_word, text)
        led = explorer_led(occupations, c)
        card = card_reason(query.explorer, code, s.occupation_name or "det här yrket")
        if card and (led or not has_word):  # the explorer's card, where it spoke for this
            extra.insert(0, card) if not has_word else extra.append(card)
        if not has_word and reasons and reasons[0].startswith("Platsen liknar"):
            alike = closest_wished(code, reading.code_pos) if code else None
            shared = closest_by_skills(code, reading.code_pos) if code and not alike else None
            if alike:
                name = index.lexicon.occupations.get(alike, alike)
                reasons[0] = f"Jobbet liknar {name}, som du skrev om (O*NET)"
            elif shared:
                name = index.lexicon.occupations.get(shared, shared)
                reasons[0] = f"Jobbet kräver liknande kunskaper som {name}, som du skrev om"
        if (
            extra
            and not has_word
            and reasons
            and reasons[0].startswith(("Platsen liknar", "Ett förslag"))
        ):
            reasons = [*extra, *reasons[1:]]
        else:
            reasons = [reasons[0], *extra, *reasons[1:]] if reasons else extra
        if i == 0 and refused_elsewhere and code not in reading.negative_codes:
            reasons.append(
                f"Du skrev att du inte vill jobba med '{refused_elsewhere}', så det kommer längre ner",
            )
        if s.moved_up:  # keep the re-rank's own reason last
            reasons = [*reasons[: MAX_REASONS - 1], MOVED_REASON]
        out.append(replace(s, reasons=reasons[:MAX_REASONS], explorer_led=led))
    return out
