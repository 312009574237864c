"""Pure scoring pieces: what a youth's words say per occupation, and how signals combine.

Nothing here reads the youth's gender: it is not even passed in.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import scipy.sparse as sp

from matcher.lexicon import Lexicon, TermHit
from matcher.text import Clause, split_clauses

# A ruled-out area ("inte kassa igen") counts this much more than a wish, so it ends up
# clearly below neutral placements.
NEGATION_FACTOR = 1.5
# A wish softened by "kanske"/"maybe" counts a little less.
HEDGE_FACTOR = 0.8
# Share of an occupation's strength lent to the other codes of its SSYK minor group.
RELATED_SHARE = 0.3
# Lexicon notes that mark a trait or skill word ("trait word: weak signal").
WEAK_NOTE = "weak signal"
WEAK_DECAY = 0.5
# Share of a trait word's weight when the youth also names a real occupation.
TRAIT_NEXT_TO_OCCUPATION = 0.5


@dataclass(frozen=True)
class ScoringWeights:
    """How the signals add up. The small signals (develop, district) only break ties."""

    lexicon: float = 0.5
    profile: float = 0.22
    direct: float = 0.16
    placement_words: float = 0.20
    develop: float = 0.03
    district_same: float = 0.03
    district_neighbour: float = 0.015
    expansion: float = 0.6  # weight of lexicon placement words added to the youth's own text


@dataclass
class YouthProfile:
    """What the matcher understood from a youth's text."""

    clauses: list[Clause]
    hits: list[TermHit]
    code_pos: dict[str, float] = field(default_factory=dict)
    code_neg: dict[str, float] = field(default_factory=dict)
    pw_weights: dict[int, float] = field(default_factory=dict)
    positive_text: str = ""
    expansion_text: str = ""
    # Per wished-for code: the placement words of the terms that point to it, with their
    # specificity (1 = the term's own word, 0.5 = a general word of its group).
    code_words: dict[str, dict[int, float]] = field(default_factory=dict)

    @property
    def negative_codes(self) -> set[str]:
        """Occupations the youth ruled out."""
        return {c for c, v in self.code_neg.items() if v > 0}


def _evidence(weights: list[float]) -> float:
    """Strength of one occupation from its terms' weights (summed, saturating)."""
    return 1.0 - math.exp(-sum(weights))


def analyze_youth(interests: str, lexicon: Lexicon) -> YouthProfile:
    """Clauses, lexicon hits and per-occupation evidence of one youth text."""
    clauses = split_clauses(interests)
    hits = lexicon.match(clauses)
    pos: dict[str, list[float]] = {}
    neg: dict[str, list[float]] = {}
    pw_pos: dict[int, float] = {}
    pw_neg: dict[int, float] = {}
    expansion: list[str] = []
    code_words: dict[str, dict[int, float]] = {}
    own_pos: set[int] = set()
    own_neg: set[int] = set()
    # Weak signals (trait and skill words: "snabb", "arabiska", "engelska") add up with
    # diminishing returns: per code and polarity each further one counts half as much.
    weak: dict[tuple[bool, str], list[float]] = {}
    # Each term counts once per code and polarity; a code's evidence saturates.
    for hit in hits:
        term = lexicon.terms[hit.term_id]
        target, pw_target = (neg, pw_neg) if hit.negated else (pos, pw_pos)
        weight = term.weight * (HEDGE_FACTOR if hit.hedged and not hit.negated else 1.0)
        for code in term.codes:
            if WEAK_NOTE in term.note:
                weak.setdefault((hit.negated, code), []).append(weight)
            else:
                target.setdefault(code, []).append(weight)
        for pid, factor in lexicon.term_pw_factor[hit.term_id].items():
            pw_target[pid] = max(pw_target.get(pid, 0.0), weight * factor)
            if factor >= 1.0:
                (own_neg if hit.negated else own_pos).add(pid)
        if not hit.negated and WEAK_NOTE not in term.note:
            for code in term.codes:
                words = code_words.setdefault(code, {})
                for pid, factor in lexicon.term_pw_factor[hit.term_id].items():
                    words[pid] = max(words.get(pid, 0.0), factor)
        if not hit.negated and term.weight >= 0.5:
            expansion.extend(term.placement_words[:6])
    # Next to a named occupation, traits only colour the choice ("hjälpa människor ... jag
    # pratar arabiska" is care work, not a call centre).
    named = any(
        not h.negated
        and WEAK_NOTE not in lexicon.terms[h.term_id].note
        and lexicon.terms[h.term_id].weight >= 0.5
        for h in hits
    )
    trait_share = TRAIT_NEXT_TO_OCCUPATION if named else 1.0
    for (negated, code), weights in weak.items():
        decayed = [
            trait_share * w * WEAK_DECAY**i for i, w in enumerate(sorted(weights, reverse=True))
        ]
        (neg if negated else pos).setdefault(code, []).extend(decayed)
    # A word both wished for and ruled out (via different terms) counts as wished for,
    # unless it is the refused term's own word and only a general word of the wished one
    # ("bilar men INTE däck": 'däck' is refused although car terms list it).
    pw = dict(pw_pos)
    for pid, w in pw_neg.items():
        if pid not in pw or (pid in own_neg and pid not in own_pos):
            pw[pid] = -w
    positive = " ".join(" ".join(c.tokens) for c in clauses if not c.negated)
    return YouthProfile(
        clauses=clauses,
        hits=hits,
        code_pos={c: _evidence(v) for c, v in pos.items()},
        code_neg={c: _evidence(v) for c, v in neg.items()},
        pw_weights=pw,
        positive_text=positive,
        expansion_text=" ".join(dict.fromkeys(expansion)),
        code_words=code_words,
    )


def lexicon_code_scores(profile: YouthProfile, codes: Sequence[str]) -> np.ndarray:
    """Per-code lexicon score: wishes scaled so the strongest is 1, ruled-out areas negative."""
    pos = np.array([profile.code_pos.get(c, 0.0) for c in codes], dtype=np.float32)
    neg = np.array([profile.code_neg.get(c, 0.0) for c in codes], dtype=np.float32)
    if RELATED_SHARE > 0 and profile.code_pos:
        # Occupations in the same SSYK minor group (first three digits) are related work.
        groups: dict[str, float] = {}
        for code, value in profile.code_pos.items():
            groups[code[:3]] = max(groups.get(code[:3], 0.0), value)
        related = np.array([groups.get(c[:3], 0.0) for c in codes], dtype=np.float32)
        pos = np.maximum(pos, RELATED_SHARE * related)
    # When a code is both wished for and refused, the stronger side wins ("inte kassa men
    # gärna matbutik": the shop stays, the till goes).
    refused = neg > pos
    pos = np.where(refused, 0.0, pos)
    neg = np.where(refused, neg, 0.0)
    top = float(pos.max()) if pos.size else 0.0
    if top > 0:
        # Scale towards 1 but keep some of the absolute strength (a lone trait word is weak).
        pos = pos / top * (0.6 + 0.4 * min(1.0, top / 0.6))
    return pos - NEGATION_FACTOR * neg


def relative(values: np.ndarray, floor: float = 0.0) -> np.ndarray:
    """Scales non-negative similarities so the best is 1 (all zeros stay zeros).

    With a floor, a best similarity below it is scaled as if it were the floor, so weak
    overall similarity (a text about traits, not work) stays weak."""
    top = float(values.max()) if values.size else 0.0
    top = max(top, floor)
    return values / top if top > 1e-9 else values


def saturate(values: np.ndarray) -> np.ndarray:
    """Maps summed word evidence to (-1, 1), keeping the sign."""
    return np.tanh(values * 1.2)


def display_score(raw: float) -> float:
    """The score shown to people: clipped to [0, 1], 4 decimals."""
    return round(min(1.0, max(0.0, raw)), 4)


def small_signals(
    weights: ScoringWeights,
    *,
    n: int,
    trains_t: sp.csr_matrix,
    wanted: list[int],
    n_wanted: int,
    district_prox: list[int],
    district_idx: np.ndarray,
) -> np.ndarray:
    """Tie-breakers per placement: trains what the youth wants to develop; near the youth.

    `trains_t` is competences x placements; `district_prox` is 0/1/2 per known district.
    """
    out = np.zeros(n, dtype=np.float32)
    if wanted and n:
        pick = sp.csr_matrix(
            (np.ones(len(wanted), dtype=np.float32), (np.zeros(len(wanted), int), wanted)),
            shape=(1, trains_t.shape[0]),
        )
        overlap = np.asarray((pick @ trains_t).todense()).ravel()
        out += weights.develop * np.minimum(overlap / max(n_wanted, 1), 1.0)
    if any(district_prox) and n:
        table = np.array([0.0, weights.district_neighbour, weights.district_same], np.float32)
        per_district = np.append(table[np.array(district_prox)], 0.0).astype(np.float32)
        out += per_district[district_idx]  # index -1 (no district) hits the trailing 0
    return out
