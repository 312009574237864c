"""Stage 3, score placements: occupation scores gathered to placements, plus the placement's
own words, its text similarity and the small signals (what it trains, where it is).

In: the index, a `Reading`, `Occupations` and the query. Out: one score per stored row
(-inf for closed, full, removed or too-old-for-the-youth placements). No Python loop over
placements runs here: a few sparse products per query.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import scipy.sparse as sp

from matcher.conditions import condition_fit
from matcher.districts import proximity
from matcher.occupations import Occupations
from matcher.reading import Reading
from matcher.scoring import relative, saturate, small_signals
from matcher.text import competence_key
from matcher.types import YouthQuery

if TYPE_CHECKING:
    from matcher.index import MatchIndex

# Occupations that hold many different kinds of placements: 5223 Butikssäljare, fackhandel
# (game, flower, shoe, pet shops...) and 7231 Motorfordonsmekaniker (cars, tyres, mopeds and,
# for lack of an own code, bicycles). Within them the lexicon boost follows the placement.
BROAD_CODES = frozenset({"5223", "7231"})
# Share of a broad code's lexicon boost a placement gets that mentions none of the words.
FOCUS_FLOOR = 0.6
OTHER_FLOOR = 0.85
COMMON_IN_CODE = 0.7  # share of a broad code's placements above which a word tells none apart
BROAD_ABSENT = 0.4  # ... and each of its placements when none of them mentions the words
CONDITIONS_NEXT_TO_OCCUPATION = 0.5
CONDITIONS_ALONE = 2.0  # in a text of traits alone, the conditions a placement names lead more
ALTERNATIVE_SHARES = (0.7, 0.5)  # the inference's second and third code


def focus(index: MatchIndex, reading: Reading, n: int) -> np.ndarray:
    """Per placement, how much of its occupation's lexicon boost it gets (0..1].

    A broad code holds many kinds of placements (5223: flower, shoe and game shops).
    Within it, the placement that best contains the placement words of the terms pointing
    to the code (weighted by specificity and rarity) keeps the full boost; the others get
    FOCUS_FLOOR plus the rest in proportion to how well they match. Other codes keep 1."""
    out = np.ones(n, dtype=np.float32)
    if not n:
        return out
    for code, words in reading.code_words.items():
        c = index.code_pos.get(code)
        if c is None or not words:
            continue
        rows = index.rows_of_code(c)
        if len(rows) < 2:
            continue
        ids = np.fromiter(words.keys(), dtype=np.int32)
        vals = np.fromiter(words.values(), dtype=np.float32) * index.pw_idf[ids]
        # The occupation's rows x the words: cost follows the occupation's size, not n.
        present = index.placement_words_of(rows)[:, ids]
        if code in BROAD_CODES and len(rows) >= 4:
            # A word most of the code's placements use ("butik" in 5223) tells none apart.
            share = np.asarray((present > 0).sum(axis=0)).ravel() / len(rows)
            vals = np.where(share >= COMMON_IN_CODE, 0.0, vals).astype(np.float32)
        sub = present.multiply(vals.reshape(1, -1)).tocsr()
        match = np.asarray(sub.max(axis=1).todense()).ravel()
        top = float(match.max())
        if top <= 0:
            # No shop of the kind the youth names ("djur": no pet shop): the other shops of a
            # broad code are other kinds of work, not the wish.
            if code in BROAD_CODES:
                out[rows] = BROAD_ABSENT
            continue
        floor = FOCUS_FLOOR if code in BROAD_CODES else OTHER_FLOOR
        out[rows] = floor + (1.0 - floor) * match / top
    return out


def word_match(index: MatchIndex, reading: Reading, n: int) -> np.ndarray:
    """How well each placement's own words answer the youth's (refused words count against)."""
    if not reading.pw_weights or not n:
        return np.zeros(n, dtype=np.float32)
    ids = np.fromiter(reading.pw_weights.keys(), dtype=np.int32)
    # Rare placement words say more than common ones ('klädbutik' vs 'butik').
    vals = np.fromiter(reading.pw_weights.values(), dtype=np.float32) * index.pw_idf[ids]
    yv = sp.csr_matrix((vals, (np.zeros_like(ids), ids)), shape=(1, index.Ht.shape[0]))
    raw = np.asarray((yv @ index.Ht).todense()).ravel()
    return saturate(raw / index.pw_norm)


def refused_part(index: MatchIndex, reading: Reading, n: int) -> np.ndarray:
    """Per placement, the weight of a refused part of a wished area that it names ("djur, men
    inte hundar": the dog day-care goes down, the pet shop does not)."""
    if not reading.refused_parts or not n:
        return np.zeros(n, dtype=np.float32)
    ids = np.fromiter(reading.refused_parts.keys(), dtype=np.int32)
    vals = np.fromiter(reading.refused_parts.values(), dtype=np.float32)
    sub = index.Ht[ids].multiply(vals.reshape(-1, 1)).tocsr()
    return np.asarray(sub.max(axis=0).todense()).ravel()


def eligible(index: MatchIndex, query: YouthQuery) -> np.ndarray:
    ok = index.alive & index.available
    if query.age is not None:
        ok = ok & (index.min_age <= query.age)
    return ok


def score_placements(
    index: MatchIndex,
    reading: Reading,
    occupations: Occupations,
    query: YouthQuery,
    q: sp.csr_matrix,
) -> np.ndarray:
    """One score per stored row; -inf where the youth cannot take the placement."""
    w = index.weights
    n = index.n_rows
    per_code = np.append(w.lexicon * occupations.lexicon, 0.0).astype(np.float32)
    lex = per_code[index.code_idx]
    # An inferred code may be wrong: its runners-up speak too, a little weaker, but only
    # to lift (a ruled-out runner-up does not pull a placement down).
    rows = np.flatnonzero(index.alt_idx[:, 0] >= 0) if n else np.zeros(0, dtype=np.int64)
    for k, share in enumerate(ALTERNATIVE_SHARES):
        alt = np.maximum(per_code[index.alt_idx[rows, k]], 0.0) * share
        lex[rows] = np.where((lex[rows] >= 0) & (alt > lex[rows]), alt, lex[rows])
    lex = np.where(lex > 0, lex * focus(index, reading, n), lex)
    prof = np.append(w.profile * occupations.profile, 0.0).astype(np.float32)[index.code_idx]
    direct = np.zeros(n, dtype=np.float32)
    if q.nnz and n:
        direct = occupations.text_share * relative(np.asarray((q @ index.Xt).todense()).ravel())
    scores = lex + prof + w.direct * direct + w.placement_words * word_match(index, reading, n)
    scores -= w.lexicon * refused_part(index, reading, n)
    if reading.traits and n:
        # Next to a named occupation, conditions only colour the choice.
        share = CONDITIONS_NEXT_TO_OCCUPATION if reading.names_occupation else CONDITIONS_ALONE
        scores += share * w.conditions * condition_fit(index.conditions, reading.trait_vector)
    keys = [
        index.trains[k] for k in {competence_key(d) for d in query.develop} if k in index.trains
    ]
    scores += small_signals(
        w,
        n=n,
        trains_t=index.Tt,
        wanted=keys,
        n_wanted=len(query.develop),
        district_prox=[proximity(query.district, d) for d in index.districts],
        district_idx=index.district_idx,
    )
    return np.where(eligible(index, query), scores, -np.inf)
