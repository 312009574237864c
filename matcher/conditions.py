"""Working conditions a placement's own text names ('kundmöte', 'ute i alla väder', 'tunga lyft').

The O*NET table gives each occupation its typical conditions; the placement's text says how
this workplace is. When a youth describes how they want to work ("inte prata med kunder",
"lugnt tempo", "gärna ute"), the placements whose text names those conditions move up, and
those whose text names the opposite move down. The words are in data/placement_conditions.csv
(written for praktikmatch), on the same features as the youth's trait words. Gender never
enters.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

import numpy as np
import scipy.sparse as sp

from matcher.lexicon_data import DATA_DIR
from matcher.occupations import FEATURES
from matcher.reading import TraitHit
from matcher.text import normalize

FEATURE_POS = {f: i for i, f in enumerate(FEATURES)}
# When and where the youth can work are constraints more than tastes ("kan inte jobba tidiga
# morgnar", "vill inte vara inne hela dagen"): they weigh more among the conditions a placement
# names.
SETTING_FACTOR = {"early": 2.0, "evening": 2.0, "outdoors": 1.5, "indoors": 1.5}
# A condition word explains a suggestion when it agrees this much with one of the youth's words.
REASON_MIN_FIT = 0.8
# Words just before a condition that turn it round: "inga kunder", "få besökare", "lite prat".
FEW_WORDS = frozenset(
    [
        "inte",
        "ingen",
        "inga",
        "inget",
        "utan",
        "få",
        "lite",
        "sällan",
        "no",
        "not",
        "without",
        "few",
    ]
)


# "kl 5", "klockan 06.30", "03.30", "börjar 07", "05-11": a start before eight in the morning
# (read from the raw text, where the digits still are).
EARLY_START_RE = re.compile(
    r"\b(?:(?:kl\.?|klockan|börjar|startar|start)\s*0?[4-7](?:[.:]\d\d)?"
    r"|0[2-7][.:][0-5]\d|0[2-7]\s*[-–]\s*\d{1,2}(?:[.:][0-5]\d)?)(?![.:]?\d)",
    re.IGNORECASE,
)


def _sign(text: str, start: int) -> float:
    """-1 when one of the two words before the condition says there is little or none of it."""
    return -1.0 if FEW_WORDS.intersection(text[:start].split()[-2:]) else 1.0


@lru_cache(maxsize=1)
def _table() -> tuple[re.Pattern[str], dict[str, np.ndarray]]:
    with (DATA_DIR / "placement_conditions.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    vectors: dict[str, np.ndarray] = {}
    for r in rows:
        v = np.zeros(len(FEATURES), dtype=np.float32)
        for spec in r["features"].split():
            sign = 1.0 if spec.endswith("+") else -1.0
            v[FEATURE_POS[spec[:-1]]] = sign * float(r["weight"])
        prefix = normalize(r["prefix"])
        if len(prefix) < 3:
            raise ValueError(f"placement_conditions.csv: prefix {r['prefix']!r} is too short")
        # A word on two rows ('lupp': precision and fine handwork) speaks for both.
        vectors[prefix] = vectors[prefix] + v if prefix in vectors else v
    # Longest first, so 'kundmöte' is read before 'kund'; a prefix starts at a word start.
    alternatives = sorted(vectors, key=len, reverse=True)
    pattern = re.compile(r"\b(" + "|".join(re.escape(a) for a in alternatives) + r")\w*")
    return pattern, vectors


# "17-21", "Pass 15.00-22.00", "22-06", "till 02": hours that run into the evening or night.
EVENING_HOURS_RE = re.compile(
    r"\b(?:1[5-9]|2[0-3])(?:[.:][0-5]\d)?\s*[-–]\s*(?:2[0-4]|0[0-6])(?:[.:][0-5]\d)?(?![.:]?\d|\s*år)"
    r"|\btill\s+(?:2[1-4]|0[0-4])(?:[.:][0-5]\d)?(?![.:]?\d)",
    re.IGNORECASE,
)


def condition_matrix(texts: Sequence[str]) -> np.ndarray:
    """Per placement text, its conditions as a feature vector in [-1, 1] (0 = not named)."""
    pattern, vectors = _table()
    out = np.zeros((len(texts), len(FEATURES)), dtype=np.float32)
    early, evening = FEATURE_POS["early"], FEATURE_POS["evening"]
    for i, text in enumerate(texts):
        if EARLY_START_RE.search(text):
            out[i, early] += 1.0
        if EVENING_HOURS_RE.search(text):
            out[i, evening] += 1.0
        text = normalize(text)
        found = {(m.group(1), _sign(text, m.start())) for m in pattern.finditer(text)}
        for word, sign in found:
            out[i] += sign * vectors[word]
    return np.clip(out, -1.0, 1.0)


def condition_fit(
    conditions: np.ndarray | sp.csr_matrix, wanted: Mapping[str, float]
) -> np.ndarray:
    """Per placement, how its named conditions fit the youth's (-1 contradicts .. 1 fits)."""
    t = np.zeros(len(FEATURES), dtype=np.float32)
    for feature, value in wanted.items():
        if feature in FEATURE_POS:
            t[FEATURE_POS[feature]] = value * SETTING_FACTOR.get(feature, 1.0)
    scale = float(np.abs(t).sum())
    if not scale or not conditions.shape[0]:
        return np.zeros(conditions.shape[0], dtype=np.float32)
    return np.clip(np.asarray(conditions @ t).ravel() / max(scale, 1.0), -1.0, 1.0)


def condition_reason(text: str, traits: Sequence[TraitHit]) -> str | None:
    """A plain reason when the placement's text names a condition the youth asked for."""
    pattern, vectors = _table()
    best: tuple[float, str, TraitHit] | None = None
    for hours, feature in ((EARLY_START_RE, "early"), (EVENING_HOURS_RE, "evening")):
        found = hours.search(text)  # "Start 05.30" for a morning person, "17-21" for a night owl
        for trait in traits if found else ():
            fit = trait.features.get(feature, 0.0)
            if fit >= REASON_MIN_FIT and (best is None or fit > best[0]):
                best = (fit, found.group(0), trait)  # type: ignore[union-attr]
    text = normalize(text)
    for m in pattern.finditer(text):
        vector = _sign(text, m.start()) * vectors[m.group(1)]
        for trait in traits:
            fit = sum(
                v * vector[FEATURE_POS[f]] for f, v in trait.features.items() if f in FEATURE_POS
            )
            if fit >= REASON_MIN_FIT and (best is None or fit > best[0]):
                best = (fit, m.group(0), trait)
    if best is None:
        return None
    _, word, trait = best
    return f"Platsen nämner '{word}' – det passar det du skrev: '{trait.written}' ({trait.label})"
