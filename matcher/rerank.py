"""Broadening re-rank: when most of a youth's top 5 follow the gender norm, show one more choice.

The youth's own clearest wishes stay on top: the broader choice goes in at position 5, and
only if it is relevant (at least half the top score and not in an area the youth ruled out).
"""

from __future__ import annotations

from dataclasses import replace

from matcher.types import Suggestion

TOP = 5
MIN_FLAGGED = 3
MIN_RELATIVE_SCORE = 0.5
MOVED_REASON = "Visas också för att bredda dina val"
NORM_BREAKING = " – ett yrke där du kan bryta normen"
MAX_REASONS = 3


def needs_broadening(suggestions: list[Suggestion]) -> bool:
    """True when at least 3 of the top 5 are flagged as gender-stereotyped for this youth."""
    return sum(s.stereotype_flag for s in suggestions[:TOP]) >= MIN_FLAGGED


def rerank(ranked: list[tuple[Suggestion, float, bool]]) -> list[Suggestion]:
    """ranked = (suggestion, raw score, ruled out by the youth) best first -> final order."""
    suggestions = [s for s, _, _ in ranked]
    if len(ranked) <= TOP or not needs_broadening(suggestions):
        return suggestions
    top_raw = ranked[0][1]
    if top_raw <= 0:
        return suggestions
    for pos in range(TOP, len(ranked)):
        candidate, raw, ruled_out = ranked[pos]
        broader = candidate.counter_stereotypical or not candidate.stereotype_flag
        if not broader or ruled_out or raw < MIN_RELATIVE_SCORE * top_raw:
            continue
        reason = MOVED_REASON + (NORM_BREAKING if candidate.counter_stereotypical else "")
        moved = replace(
            candidate,
            moved_up=True,
            reasons=[*candidate.reasons[: MAX_REASONS - 1], reason],
        )
        rest = suggestions[: TOP - 1] + [moved] + suggestions[TOP - 1 : pos]
        return rest + suggestions[pos + 1 :]
    return suggestions
