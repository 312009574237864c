"""Broadening re-rank: when most of a top 5 follow one gender norm, show one more choice.

The rule never reads the youth's gender, so two profiles that differ only in gender still get
identical suggestions and scores. It looks at the occupations instead: when at least 3 of the
top 5 are dominated (over 60 %) by the same gender, a relevant placement from an occupation not
dominated by that gender may take place 5. For a woman or a man whose top 5 is mostly flagged
as stereotyped, that is exactly "a relevant non-flagged placement moves up".

What it costs is the placement it pushes out of the top 5, so (see `_pick`):
- the placement pushed out is the weakest top-5 placement *of the norm*, never one that is
  already outside it (that one would be the broader choice itself);
- a candidate joins when its score is close to the one it pushes out (CLOSE_SHARE), or a bit
  lower when the youth's own words point to its occupation (POINTED_SHARE);
- only when all five follow the norm, and no candidate is that close, does the older, looser
  rule apply (`_fallback`), so a fully one-sided top 5 still gets one broader choice.
The youth's own clearest wishes stay on top, and nothing moves up from an area the youth ruled out.
"""

from __future__ import annotations

from dataclasses import replace
from typing import NamedTuple

from matcher.types import Suggestion

TOP = 5
MIN_FLAGGED = 3
# A candidate joins the top 5 when its score is at least this share of the one it pushes out...
CLOSE_SHARE = 0.9
# ... or this share when the youth's words point to its occupation.
POINTED_SHARE = 0.8
# The looser tiers, for a top 5 that follows the norm all through (shares of the top score).
MIN_RELATIVE_SCORE = 0.5
MIN_WISHED_SCORE = 0.3
MIN_ANY_SCORE = 0.12
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
    pointed: bool = False  # the youth's words name or point to its occupation


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


def _outside(r: Ranked, norm: str) -> bool:
    return r.majority != norm and not r.ruled_out


def _close(ranked: list[Ranked], norm: str, floor: float) -> int | None:
    """The best candidate below the top 5 whose score is close to `floor` (see CLOSE_SHARE)."""
    for pos in range(TOP, len(ranked)):
        r = ranked[pos]
        if not _outside(r, norm):
            continue
        if r.raw >= CLOSE_SHARE * floor or (r.pointed and r.raw >= POINTED_SHARE * floor):
            return pos
    return None


def _fallback(ranked: list[Ranked], norm: str) -> int | None:
    """The older rule, tried in order, the first tier that has one wins (within a tier, one
    with SCB statistics first):
    1. in an occupation the youth's words point to, at least half the top score;
    2. in such an occupation, at least MIN_WISHED_SCORE of the top score;
    3. any placement with at least MIN_ANY_SCORE of the top score.
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
            if not _outside(r, norm) or r.raw < share * top_raw:
                continue
            if need_wish and not r.wished:
                continue
            if r.has_statistics:
                return pos
            unknown = pos if unknown is None else unknown
        if unknown is not None:
            return unknown
    return None


def _pick(ranked: list[Ranked], norm: str) -> tuple[int, int] | None:
    """(position of the placement to move up, position of the top-5 placement it pushes out)."""
    in_norm = [i for i in range(TOP) if ranked[i].majority == norm]
    out = in_norm[-1]  # the weakest top-5 placement that follows the norm
    pos = _close(ranked, norm, ranked[out].raw)
    if pos is None and len(in_norm) == TOP:
        pos = _fallback(ranked, norm)
    return None if pos is None else (pos, out)


def rerank(ranked: list[Ranked]) -> list[Suggestion]:
    """Candidates best first -> final order, with at most one placement moved up to place 5."""
    suggestions = [r.suggestion for r in ranked]
    norm = dominant_norm(ranked)
    if len(ranked) <= TOP or norm is None or ranked[0].raw <= 0:
        return suggestions
    picked = _pick(ranked, norm)
    if picked is None:
        return suggestions
    pos, out = picked
    candidate = suggestions[pos]
    moved = replace(
        candidate, moved_up=True, reasons=[*candidate.reasons[: MAX_REASONS - 1], MOVED_REASON]
    )
    head = [s for i, s in enumerate(suggestions[:TOP]) if i != out]
    return head + [moved, suggestions[out]] + suggestions[TOP:pos] + suggestions[pos + 1 :]
