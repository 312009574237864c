"""Stage 2b, blend the interest explorer: the youth's answers meet each occupation's O*NET profile.

In: `Occupations` from stage 2, the `Reading`, the query's `ExplorerProfile`. Out: the same
`Occupations`, its lexicon raised by the explorer's fit, weighted by how little the text says
(empty text, "vet inte", "inget speciellt": the explorer leads; a named occupation: it only
colours the choice). The fit is the cosine between the youth's profile and the occupation's
standardised features in data/occupation_traits.csv (the same table as trait words use).
Gender is not read here.
"""

from __future__ import annotations

import csv
from collections.abc import Mapping, Sequence
from dataclasses import replace
from functools import lru_cache

import numpy as np

from employers.occupation_inference import load_reference
from matcher.lexicon_data import DATA_DIR
from matcher.occupations import FEATURES, RIASEC, Occupations, _z_for, trait_table
from matcher.reading import Reading
from matcher.types import ExplorerProfile

# RIASEC says more about an occupation than any one working condition.
CONDITION_WEIGHT = 0.5
# The explorer's fit reaches at most this lexicon-scale strength (a named occupation is ~1).
EXPLORER_MAX = 0.9
# How much of that is kept when the text says all it can (a clearly named occupation).
EXPLORER_FLOOR = 0.2
# Next to explorer answers, free text that the lexicon did not understand ("vet inte", "vet inte
# riktigt vad jag vill") keeps only this share of its word-similarity signals: it is noise.
UNREAD_TEXT_SHARE = 0.2
# A suggestion's reason cites a liked card from this agreement with the occupation on.
CARD_REASON_MIN = 0.25
# The ending's occupation areas: work open without long training, no managers or military.
AREA_MAX_JOB_ZONE = 3.0
_WEIGHTS = np.array([1.0 if f in RIASEC else CONDITION_WEIGHT for f in FEATURES])


def youth_vector(features: Mapping[str, float]) -> np.ndarray:
    """The youth's profile in the table's terms: RIASEC as its shape (minus its own mean)."""
    v = np.array([float(features.get(f, 0.0)) for f in FEATURES])
    k = len(RIASEC)
    v[:k] = v[:k] - v[:k].mean()
    return v


def similarity(features: Mapping[str, float], codes: Sequence[str]) -> np.ndarray:
    """Per code, the cosine between the youth's profile and the occupation's (0..1)."""
    out = np.zeros(len(codes), dtype=np.float32)
    y = youth_vector(features) * np.sqrt(_WEIGHTS)
    if not codes or not np.any(y):
        return out
    z = _z_for(tuple(codes)) * np.sqrt(_WEIGHTS)
    norms = np.linalg.norm(z, axis=1) * np.linalg.norm(y)
    cos = np.divide(z @ y, norms, out=np.zeros(len(codes)), where=norms > 0)
    return np.clip(cos, 0.0, 1.0).astype(np.float32)


def text_says(reading: Reading) -> float:
    """How much the youth's text says about what they want (0 = nothing, 1 = an occupation)."""
    named = min(1.0, max(reading.code_pos.values(), default=0.0))
    traits = min(0.5, 0.2 * len(reading.traits))
    return float(min(1.0, named + traits))


def has_answers(explorer: ExplorerProfile | None) -> bool:
    """Whether the explorer says anything (a profile of only "vet inte" says nothing)."""
    return explorer is not None and any(v for _, v in explorer.features)


def text_weight(reading: Reading, explorer: ExplorerProfile | None) -> float:
    """How much of the text's similarity signals to keep (1 without explorer answers)."""
    if not has_answers(explorer):
        return 1.0
    return UNREAD_TEXT_SHARE + (1.0 - UNREAD_TEXT_SHARE) * text_says(reading)


def blend_explorer(
    occupations: Occupations, reading: Reading, explorer: ExplorerProfile | None
) -> Occupations:
    """Occupations with the explorer's fit added to what the text says (unchanged without it)."""
    if not has_answers(explorer):
        return occupations
    fit = similarity(dict(explorer.features if explorer else ()), occupations.codes)
    share = 1.0 - (1.0 - EXPLORER_FLOOR) * text_says(reading)
    boost = (EXPLORER_MAX * share * fit).astype(np.float32)
    keep = text_weight(reading, explorer)
    lexicon = occupations.lexicon
    # Like trait words, the explorer never lifts an area the youth ruled out.
    blended = np.where(lexicon >= 0, lexicon + boost, lexicon).astype(np.float32)
    return replace(
        occupations,
        lexicon=blended,
        profile=(occupations.profile * keep).astype(np.float32),
        text_share=keep,
        explorer=np.where(lexicon >= 0, boost, 0.0).astype(np.float32),
        text_part=np.maximum(lexicon, 0.0).astype(np.float32),
    )


def explorer_led(occupations: Occupations, position: int | None) -> bool:
    """Whether the explorer weighed more than the text for this occupation."""
    if position is None or occupations.explorer is None or occupations.text_part is None:
        return False
    boost = float(occupations.explorer[position])
    return boost > 0.05 and boost > float(occupations.text_part[position])


def card_reason(explorer: ExplorerProfile | None, code: str | None, name: str) -> str | None:
    """ "Du gillade att laga saker som gått sönder – ..." for the liked card that fits best."""
    if explorer is None or not explorer.liked or not code:
        return None
    table = trait_table()
    row = table.codes.get(code)
    if row is None:
        return None
    z = dict(zip(FEATURES, table.z[row], strict=True))
    best, best_fit = None, CARD_REASON_MIN
    for text, tags in explorer.liked:
        total = sum(abs(w) for _, w in tags) or 1.0
        fit = sum(w * z.get(f, 0.0) for f, w in tags) / total
        if fit > best_fit:
            best, best_fit = text, fit
    if best is None:
        return None
    return f"Du gillade att {best} – det hör till jobbet som {name} (O*NET)"


@lru_cache(maxsize=1)
def _occupation_rows() -> tuple[tuple[str, str, float], ...]:
    """(code, Swedish name, job zone) per occupation of the O*NET table."""
    with (DATA_DIR / "occupation_traits.csv").open(encoding="utf-8", newline="") as fh:
        return tuple(
            (r["ssyk"], r["name_sv"], float(r["job_zone"] or 9)) for r in csv.DictReader(fh)
        )


@lru_cache(maxsize=1)
def english_area_names() -> dict[str, str]:
    """Swedish occupation name -> English (SSYK 2012 in English, data/occupation_names_en.csv),
    for the occupation areas and the names inside reasons on English pages."""
    with (DATA_DIR / "occupation_names_en.csv").open(encoding="utf-8", newline="") as fh:
        english = {r["ssyk"]: r["name_en"] for r in csv.DictReader(fh)}
    # The reasons' short names (data/occupations.csv) as well as the full SSYK names.
    with (DATA_DIR / "occupations.csv").open(encoding="utf-8", newline="") as fh:
        short = [(r["ssyk"], r["name_sv"]) for r in csv.DictReader(fh)]
    # ... and SSYK's own labels, which name the groups the JobTech names brought in.
    labels = list(load_reference()[2].items())
    pairs = [*labels, *((code, name) for code, name, _ in _occupation_rows()), *short]
    return {name: english[code] for code, name in pairs if code in english}


@lru_cache(maxsize=1)
def english_trait_labels() -> dict[str, str]:
    """The trait words' plain labels (data/trait_labels_en.csv), also when ruled out ("inte
    ..."), for the reasons on English pages."""
    with (DATA_DIR / "trait_labels_en.csv").open(encoding="utf-8", newline="") as fh:
        rows = {r["label_sv"]: r["label_en"] for r in csv.DictReader(fh)}
    return {**rows, **{f"inte {sv}": f"not {en}" for sv, en in rows.items()}}


def top_areas(features: Mapping[str, float], n: int = 3) -> list[tuple[str, str]]:
    """The n occupations that fit the profile best, one per SSYK minor group: (code, name)."""
    rows = [r for r in _occupation_rows() if r[2] <= AREA_MAX_JOB_ZONE and r[0][0] not in "01"]
    fit = similarity(features, [r[0] for r in rows])
    out: list[tuple[str, str]] = []
    groups: set[str] = set()
    for i in np.argsort(-fit, kind="stable"):
        code, name, _ = rows[int(i)]
        if fit[i] <= 0 or code[:3] in groups:
            continue
        groups.add(code[:3])
        out.append((code, name))
        if len(out) == n:
            break
    return out
