"""Occupations that share skills, from the JobTech Taxonomy's skills per SSYK group.

After an 'elektriker' come the trades whose skills overlap most (7412, 7413, 7126, 7125), after
'lager' the terminal, forklift and harbour work: what a coach would suggest next. Cosine of
the groups' skill sets (employers/data/jobtech/ssyk_skills.csv: the JobTech Taxonomy,
open data from Arbetsförmedlingen; see that folder's README).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import numpy as np
import scipy.sparse as sp
from sklearn.preprocessing import normalize

from employers.occupation_inference import load_reference


@lru_cache(maxsize=1)
def _skill_table() -> tuple[dict[str, int], sp.csr_matrix]:
    """Every SSYK group with skills -> its row; rows are unit-length skill sets (read once)."""
    skills = load_reference()[1]
    codes = sorted(skills)
    vocab: dict[str, int] = {}
    rows, cols = [], []
    for i, code in enumerate(codes):
        for skill in set(skills[code]):
            rows.append(i)
            cols.append(vocab.setdefault(skill, len(vocab)))
    m = sp.csr_matrix(
        (np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=(len(codes) + 1, len(vocab))
    )  # the last row stays empty: codes without skills
    return {c: i for i, c in enumerate(codes)}, normalize(m).tocsr()


def _skill_rows(codes: Sequence[str]) -> sp.csr_matrix:
    """Codes x skills, each row of unit length (a code without skills is a zero row)."""
    position, m = _skill_table()
    return m[[position.get(c, m.shape[0] - 1) for c in codes]]


@lru_cache(maxsize=16)
def _skill_rows_for(codes: tuple[str, ...]) -> sp.csr_matrix:
    """`_skill_rows` for the index's code order, kept per catalogue."""
    return _skill_rows(codes)


def skill_neighbours(strength: np.ndarray, codes: Sequence[str]) -> np.ndarray:
    """Per code without evidence of its own: how much its skills overlap those of the
    occupations the youth's words point to, weighted by how strongly they do (0..1)."""
    out = np.zeros(len(codes), dtype=np.float32)
    wished = np.flatnonzero(strength > 0)
    if not len(wished) or not len(codes):
        return out
    m = _skill_rows_for(tuple(codes))
    sims = (m @ m[wished].T).toarray()  # codes x wished
    best = (sims * (strength[wished] / strength[wished].max())).max(axis=1)
    free = strength == 0
    out[free] = best[free]
    return out


SHARED_REASON_MIN = 0.25  # cosine of skill sets that a reason calls "much in common"


def closest_by_skills(code: str, wished: dict[str, float], top: int = 3) -> str | None:
    """Of the youth's strongest wished occupations, the one whose skills this code shares most
    (None when none shares much), for a reason."""
    best = sorted((c for c in wished if c != code and wished[c] > 0), key=lambda c: -wished[c])
    best = best[:top]
    if not best:
        return None
    m = _skill_rows((code, *best))
    sims = (m[1:] @ m[0].T).toarray().ravel()
    i = int(np.argmax(sims))
    return best[i] if sims[i] >= SHARED_REASON_MIN else None
