"""Pure scoring pieces shared by the stages: weights, scaling and the small signals.

Nothing here reads the youth's gender: it is not even passed in.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp


@dataclass(frozen=True)
class ScoringWeights:
    """How the signals add up. The small signals (develop, district) only break ties."""

    lexicon: float = 0.5
    profile: float = 0.22
    direct: float = 0.16
    placement_words: float = 0.20
    conditions: float = 0.3  # the placement's own text names the conditions the youth wants
    develop: float = 0.03
    district_same: float = 0.03
    district_neighbour: float = 0.015
    expansion: float = 0.6  # weight of lexicon placement words added to the youth's own text


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
