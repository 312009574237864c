"""The whole ranking on one screen: six stages, each a module with plain data in and out.

    read the text  ->  find candidate occupations  ->  blend the interest explorer
                   ->  score placements  ->  diversify and broaden  ->  explain

Gender is not read until stage 4, and there only for the flags (never for a score).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from matcher.diversify import diversify_and_broaden
from matcher.explain import explain
from matcher.interest_profile import blend_explorer
from matcher.occupations import find_occupations
from matcher.placement_scores import score_placements
from matcher.reading import read_text
from matcher.types import Suggestion, YouthQuery

if TYPE_CHECKING:
    from matcher.index import MatchIndex


def _read_and_find(index: MatchIndex, query: YouthQuery):  # type: ignore[no-untyped-def]
    """Stages 1-2b on a fresh index: the reading, its query vector and the candidate occupations."""
    index.refresh()
    reading = read_text(query.interests, index.lexicon)  # 1. read the text
    q = index.query_vector(reading.positive_text, reading.expansion_text)
    occupations = find_occupations(  # 2. find candidate occupations
        reading,
        index.codes,
        profile_similarity=index.profile_similarity(q),
        reactions=index.codes_of_refs(dict(query.reactions)),
    )
    occupations = blend_explorer(occupations, reading, query.explorer)  # 2b. the explorer
    return reading, q, occupations


def score(index: MatchIndex, query: YouthQuery) -> np.ndarray:
    """Stages 1-3: one score per stored row of the index (-inf where not eligible)."""
    reading, q, occupations = _read_and_find(index, query)
    return score_placements(index, reading, occupations, query, q)  # 3. score placements


def rank(
    index: MatchIndex, query: YouthQuery, limit: int = 10, *, rerank_flagged: bool = True
) -> list[Suggestion]:
    """All six stages: the best placements for a youth, explained and flagged."""
    if limit <= 0 or not len(index):
        return []
    reading, q, occupations = _read_and_find(index, query)  # 1-2. read, find occupations
    scores = score_placements(index, reading, occupations, query, q)  # 3. score placements
    ordered = diversify_and_broaden(  # 4. diversify and broaden
        index, scores, reading, occupations, query, limit, rerank_flagged=rerank_flagged
    )
    return explain(index, ordered, reading, occupations, query)  # 5. explain
