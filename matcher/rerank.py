"""Broadening re-rank: when most of a top 5 follow one gender norm, show one more choice.

The rule never reads the youth's gender, so two profiles that differ only in gender still get
identical suggestions and scores. It looks at the occupations instead: when at least 3 of the
top 5 are dominated (over 60 %) by the same gender, the best relevant placement from an
occupation not dominated by that gender moves up to position 5. For a woman or a man whose top
5 is mostly flagged as stereotyped, that is exactly "a relevant non-flagged placement moves up".
The youth's own clearest wishes stay on top, and only a placement with some fit moves (never
in an area the youth ruled out; see `_candidate` for the tiers).
"""

from __future__ import annotations

from dataclasses import replace
from typing import NamedTuple

from matcher.types import Suggestion

TOP = 5
MIN_FLAGGED = 3
MIN_RELATIVE_SCORE = 0.5
MIN_WISHED_SCORE = 0.3
MIN_ANY_SCORE = 0.15
MOVED_REASON = "Visas också för att bredda dina val"
MAX_REASONS = 3


class Ranked(NamedTuple):
    """A candidate as the ranking saw it."""

    suggestion: Suggestion
    raw: float
    ruled_out: bool  # in an occupation the youth ruled out
    wished: bool  # the youth's words point to its occupation (or to none at all)
    majority: str | None  # the gender over 60 % in its occupation, if any (SCB)
    has_statistics: bool  # SCB has shares for its occupation


def dominant_norm(ranked: list[Ranked]) -> str | None:
    """The gender that dominates the occupations of at least 3 of the top 5, if any."""
    counts: dict[str, int] = {}
    for r in ranked[:TOP]:
        if r.majority:
            counts[r.majority] = counts.get(r.majority, 0) + 1
    for gender, n in counts.items():
        if n >= MIN_FLAGGED:
            return gender
    return None


def needs_broadening(suggestions: list[Suggestion]) -> bool:
    """True when at least 3 of the top 5 are flagged as gender-stereotyped for this youth."""
    return sum(s.stereotype_flag for s in suggestions[:TOP]) >= MIN_FLAGGED


def _candidate(ranked: list[Ranked], norm: str) -> int | None:
    """Position of the placement to move up, or None.

    Never one in an area the youth ruled out or whose occupation `norm` dominates. Tried in
    order, the first tier that has one wins (within a tier, one with SCB statistics first):
    1. in an occupation the youth's words point to, at least half the top score;
    2. in such an occupation, at least MIN_WISHED_SCORE of the top score;
    3. any placement with at least MIN_ANY_SCORE of the top score (with SCB data for every
       occupation most youths need this tier: few wished-for areas lie outside the norm).
    """
    top_raw = ranked[0].raw
    tiers: list[tuple[bool, float]] = [
        (True, MIN_RELATIVE_SCORE),
        (True, MIN_WISHED_SCORE),
        (False, MIN_ANY_SCORE),
    ]
    for need_wish, share in tiers:
        unknown: int | None = None
        for pos in range(TOP, len(ranked)):
            r = ranked[pos]
            if r.majority == norm or r.ruled_out or r.raw < share * top_raw:
                continue
            if need_wish and not r.wished:
                continue
            if r.has_statistics:
                return pos
            unknown = pos if unknown is None else unknown
        if unknown is not None:
            return unknown
    return None


def rerank(ranked: list[Ranked]) -> list[Suggestion]:
    """Candidates best first -> final order, with at most one placement moved up."""
    suggestions = [r.suggestion for r in ranked]
    norm = dominant_norm(ranked)
    if len(ranked) <= TOP or norm is None or ranked[0].raw <= 0:
        return suggestions
    pos = _candidate(ranked, norm)
    if pos is None:
        return suggestions
    candidate = suggestions[pos]
    moved = replace(
        candidate, moved_up=True, reasons=[*candidate.reasons[: MAX_REASONS - 1], MOVED_REASON]
    )
    return suggestions[: TOP - 1] + [moved] + suggestions[TOP - 1 : pos] + suggestions[pos + 1 :]
