"""Stage 4, diversify and broaden: from scores to an ordered list of candidates.

In: one score per row, the reading, the query. Out: `Ranked` candidates, best first.
- Several interests: when the youth points to two or more areas, the top 10 covers each of
  them, strongest first (greedy MMR: each further placement of an area already shown gives
  up a share of the best score).
- A ruled-out occupation never comes first, and placements the youth said no to go last.
- Broadening (`rerank.py`): when most of the top 5 follow one gender norm, a choice outside it
  whose score is close to the norm placement it pushes out moves up to place 5 (when all five
  follow the norm, the best relevant one does). Gender is read only for the flags, after ranking.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from matcher.occupations import Occupations
from matcher.reading import Reading
from matcher.rerank import Ranked, rerank
from matcher.scoring import display_score
from matcher.types import Suggestion, YouthQuery

if TYPE_CHECKING:
    from matcher.index import MatchIndex

CANDIDATE_POOL = 100  # ranked before re-ranking, so a broader choice can move up
DIVERSE_TOP = 10
# Each placement of an area already shown costs this share of the best score.
DIVERSITY = 0.1
# An area takes part when its best occupation has at least this share of the best one's score.
AREA_MIN_SHARE = 0.7


def _pool(scores: np.ndarray, k: int) -> np.ndarray:
    top = np.argpartition(-scores, k - 1)[:k]
    return top[np.lexsort((top, -scores[top]))]


def _strong_areas(reading: Reading, occupations: Occupations) -> dict[int, float]:
    """The areas the youth clearly points to: area -> strength (its best occupation's score)."""
    strength: dict[int, float] = {}
    for code, area in reading.code_area.items():
        c = occupations.position.get(code)
        if c is not None:
            strength[area] = max(strength.get(area, 0.0), float(occupations.lexicon[c]))
    top = max(strength.values(), default=0.0)
    return {a: v for a, v in strength.items() if top > 0 and v >= AREA_MIN_SHARE * top}


def diversify(
    index: MatchIndex,
    rows: list[int],
    scores: np.ndarray,
    reading: Reading,
    occupations: Occupations,
) -> list[int]:
    """Greedy MMR over the areas the youth names, within the places those areas hold.

    Placements outside the named areas keep their places, so nothing unrelated climbs; the
    slots of the areas are refilled so that each area shows, the strongest first."""
    strong = _strong_areas(reading, occupations)
    if len(strong) < 2 or len(rows) < 2 or float(scores[rows[0]]) <= 0:
        return rows
    best = float(scores[rows[0]])
    areas = {r: reading.code_area.get(index.code_of(r) or "") for r in rows}
    head = rows[:DIVERSE_TOP]
    slots = [i for i, r in enumerate(head) if areas[r] in strong]
    left = [r for r in rows if areas[r] in strong]
    shown: dict[int, int] = {}
    picked: list[int] = []
    for _ in slots:
        pick = max(left, key=lambda r: float(scores[r]) - DIVERSITY * best * shown.get(areas[r], 0))
        left.remove(pick)
        picked.append(pick)
        shown[areas[pick]] = shown.get(areas[pick], 0) + 1  # type: ignore[index]
    new_head = list(head)
    for i, r in zip(slots, picked, strict=True):
        new_head[i] = r
    used = set(new_head)
    return new_head + [r for r in rows if r not in used]


def _not_refused_first(index: MatchIndex, rows: list[int], reading: Reading) -> list[int]:
    """A ruled-out occupation never leads the list when anything else is there."""
    refused = reading.negative_codes
    if not rows or index.code_of(rows[0]) not in refused:
        return rows
    for i, r in enumerate(rows):
        if index.code_of(r) not in refused:
            return [r, *rows[:i], *rows[i + 1 :]]
    return rows


def diversify_and_broaden(
    index: MatchIndex,
    scores: np.ndarray,
    reading: Reading,
    occupations: Occupations,
    query: YouthQuery,
    limit: int,
    *,
    rerank_flagged: bool = True,
) -> list[Suggestion]:
    """Ordered, flagged suggestions (reasons still empty; stage 5 explains them)."""
    declined = {ref for ref, r in query.reactions if r == "not_interested"}
    declined_rows = {index.row_of[ref] for ref in declined if ref in index.row_of}
    scores = scores.copy()
    last = [r for r in declined_rows if np.isfinite(scores[r])]
    scores[list(declined_rows)] = -np.inf
    available = int(np.isfinite(scores).sum())
    k = min(max(limit, CANDIDATE_POOL), available)
    rows = [int(r) for r in _pool(scores, k)] if k else []
    rows = _not_refused_first(index, diversify(index, rows, scores, reading, occupations), reading)
    # Broadening never moves up an occupation the youth refused in any way, even if it is
    # also wished for more strongly ('bilar ... inte rekond').
    negative = {c for c, v in reading.code_neg.items() if v > 0}
    ranked: list[Ranked] = []
    for row in rows:
        code = index.code_of(row)
        ssyk = index.docs[row].ssyk
        pointed = reading.code_pos.get(code or "", 0.0) > 0
        wished = pointed or not reading.code_pos
        ranked.append(
            Ranked(
                _suggestion(index, row, float(scores[row]), query),
                float(scores[row]),
                code in negative,
                wished,
                index.stereotypes.majority(ssyk),
                index.stereotypes.has_statistics(ssyk),
                pointed,
            )
        )
    result = rerank(ranked) if rerank_flagged else [r.suggestion for r in ranked]
    tail = [_suggestion(index, row, 0.0, query) for row in sorted(last)]
    return (result + tail)[:limit]


def _suggestion(index: MatchIndex, row: int, score: float, query: YouthQuery) -> Suggestion:
    """A candidate with its stereotype flag (reasons are added in stage 5)."""
    doc = index.docs[row]
    code = index.code_of(row)
    verdict = index.stereotypes.verdict(
        doc.ssyk, doc.sni, query.gender, inferred=doc.ssyk_source == "inferred"
    )
    return Suggestion(
        placement_ref=doc.ref,
        score=display_score(score),
        stereotype_flag=verdict.flag,
        stereotype_basis=verdict.basis,
        counter_stereotypical=verdict.counter,
        ssyk=doc.ssyk,
        occupation_name=index.lexicon.occupations.get(code or "")
        or index.stereotypes.share_name(code),
    )
