"""Stage 2, find candidate occupations: a score per SSYK code from the reading.

In: a `Reading`, the index's occupation codes, the text's similarity to each occupation's
placements, and the youth's reactions mapped to codes. Out: `Occupations`, one array per
signal. Trait and working-condition words go through the O*NET table (RIASEC interests and
work context per SSYK group, data/occupation_traits.csv), never through gender.
"""

from __future__ import annotations

import csv
import warnings
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from matcher.lexicon_data import DATA_DIR
from matcher.reading import Reading, TraitHit
from matcher.related_work import skill_neighbours

# A ruled-out area ("inte kassa igen") counts this much more than a wish, so it ends up
# clearly below neutral placements.
NEGATION_FACTOR = 1.5
# Share of an occupation's strength lent to the other codes of its SSYK minor group.
RELATED_SHARE = 0.3
# Traits alone ("jag är lugn och noggrann") reach at most this lexicon-scale strength; next
# to a named occupation they only colour the choice.
TRAIT_MAX = 0.55
TRAIT_NEXT_TO_OCCUPATION = 0.3
TRAIT_FULL_AT = 1.2  # standardised agreement that counts as a full trait match
WORST_CONDITION_SHARE = 0.3  # of the worst disagreement with one trait word, taken off
WEAK_AGAINST = 0.3  # share a trait word's own occupation keeps when the other traits disagree
TRAITS_ONLY = 0.5  # ... and keeps when the text names no occupation at all
# Occupations alike to the wished ones (O*NET profile) fill in after them.
NEIGHBOUR_SHARE = 0.2
# ... and so do occupations that share their skills (JobTech, matcher.related_work).
SKILL_NEIGHBOUR_SHARE = 0.35
ALIKE_REASON_MIN = 0.75  # cosine of O*NET profiles that a reason calls "alike"
# The youth's reactions, generalised to the placement's occupation.
FEEDBACK_DOWN = 0.6
FEEDBACK_UP = 0.25
ONET_CREDIT = (
    "This product includes information from the O*NET 29.3 Database (interests, Job Zones) and "
    "the O*NET 29.2 Database (work context) by the U.S. Department of Labor, Employment and "
    "Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a "
    "trademark of USDOL/ETA. praktikmatch has modified all or some of this information. "
    "USDOL/ETA has not approved, endorsed, or tested these modifications."
)
RIASEC = ("R", "I", "A", "S", "E", "C")
CONTEXT = (
    "contact", "team", "public", "indoors", "outdoors", "standing", "walking", "freedom", "repeat",
    "early", "evening", "fine", "loud",
)  # fmt: skip
# 'early' (early mornings), 'evening' (evenings and nights), 'loud' (noise: "högljutt", "buller")
# and 'fine' (fine, careful handwork: small parts, a loupe, soldering) are not in O*NET. Every
# occupation is average on 'early', 'evening' and 'loud', so they speak only through the
# placement's own words (matcher.conditions). 'fine'
# is also given to the SSYK 2012 groups whose work is fine handwork by their names: precision
# mechanics (7311), gold- and silversmiths (7312), instrument makers and craftspeople (7319),
# bookbinders (7323), electronics repairers (7420), tailors and sewers (7531, 7532), leather
# craft (7534), dental technicians (3214) and electronics assemblers (8212).
FINE_WORK_CODES = frozenset(
    ["7311", "7312", "7319", "7323", "7420", "7531", "7532", "7534", "3214", "8212"]
)
FINE_WORK_Z = 1.5  # standardised: clearly above the average occupation
FEATURES = RIASEC + CONTEXT


@dataclass(frozen=True)
class TraitTable:
    """Standardised O*NET features per SSYK code (missing values are 0 = average)."""

    codes: dict[str, int]
    z: np.ndarray  # codes x FEATURES


@lru_cache(maxsize=1)
def trait_table() -> TraitTable:
    """RIASEC is made relative to each occupation's own mean (its profile's shape), then every
    feature is standardised across the occupations."""
    with (DATA_DIR / "occupation_traits.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    raw = np.full((len(rows), len(FEATURES)), np.nan)
    for i, r in enumerate(rows):
        for j, f in enumerate(FEATURES):
            if r.get(f):
                raw[i, j] = float(r[f])
    riasec = raw[:, : len(RIASEC)]
    with warnings.catch_warnings():  # occupations without interest scores stay NaN -> 0
        warnings.simplefilter("ignore", RuntimeWarning)
        raw[:, : len(RIASEC)] = riasec - np.nanmean(riasec, axis=1, keepdims=True)
        z = (raw - np.nanmean(raw, axis=0)) / np.nanstd(raw, axis=0)
    z = np.nan_to_num(z)
    # Fine handwork is not in O*NET; SSYK 2012 names the groups whose work it is.
    fine = FEATURES.index("fine")
    for i, r in enumerate(rows):
        if r["ssyk"] in FINE_WORK_CODES:
            z[i, fine] = FINE_WORK_Z
    return TraitTable({r["ssyk"]: i for i, r in enumerate(rows)}, z)


def _z_rows(codes: Sequence[str]) -> np.ndarray:
    """The table's rows for these codes, in order (an occupation without data is average)."""
    table = trait_table()
    rows = [table.codes.get(c, -1) for c in codes]
    return np.vstack([table.z[r] if r >= 0 else np.zeros(len(FEATURES)) for r in rows])


@lru_cache(maxsize=16)
def _z_for(codes: tuple[str, ...]) -> np.ndarray:
    """`_z_rows` for the index's code order, kept per catalogue."""
    return _z_rows(codes)


def trait_agreement(vector: Mapping[str, float], codes: Sequence[str]) -> np.ndarray:
    """Per code, the signed agreement of its O*NET profile with the youth's trait words."""
    wanted = {f: v for f, v in vector.items() if f in FEATURES and v}
    if not wanted or not codes:
        return np.zeros(len(codes), dtype=np.float32)
    t = np.array([wanted.get(f, 0.0) for f in FEATURES])
    return (_z_for(tuple(codes)) @ t / max(float(np.abs(t).sum()), 1.0)).astype(np.float32)


def combined_trait_agreement(traits: Sequence[TraitHit], codes: Sequence[str]) -> np.ndarray:
    """Per code, the agreement with all the youth's trait words together, less a share of the
    worst disagreement with any one of them: work that goes against one named condition
    ("med händerna ... lugnt": a quiet library has no handwork) fits less than the mean says."""
    vector: dict[str, float] = {}
    groups: dict[str, dict[str, float]] = {}
    for trait in traits:
        group = groups.setdefault(trait.label, {})
        for f, v in trait.features.items():
            vector[f] = vector.get(f, 0.0) + v
            group[f] = group.get(f, 0.0) + v
    agreement = trait_agreement(vector, codes)
    if len(groups) < 2 or not len(codes):
        return agreement
    worst = np.vstack([trait_agreement(g, codes) for g in groups.values()]).min(axis=0)
    return (agreement + WORST_CONDITION_SHARE * np.minimum(worst, 0.0)).astype(np.float32)


def trait_fit(agreement: np.ndarray) -> np.ndarray:
    """Signed agreement -> how well the working life fits the trait words (0..1)."""
    return np.clip(agreement / TRAIT_FULL_AT, 0.0, 1.0).astype(np.float32)


def trait_scores(vector: Mapping[str, float], codes: Sequence[str]) -> np.ndarray:
    """Per code, how well its working life fits the youth's trait words (0..1)."""
    return trait_fit(trait_agreement(vector, codes))


@dataclass
class Occupations:
    """Per index code (aligned with `codes`): what points to it and how strongly."""

    codes: list[str]
    lexicon: np.ndarray  # the youth's words; negative for ruled-out areas
    profile: np.ndarray  # text similarity to the occupation's placements (0..1)
    traits: np.ndarray  # O*NET fit of the youth's trait words (0..1)
    feedback: np.ndarray  # -1 said no to a placement of it, +1 interested, 0 none
    # What the interest explorer added (0..1 scale of the lexicon), and the text's own part.
    explorer: np.ndarray | None = None
    text_part: np.ndarray | None = None
    text_share: float = 1.0  # share of the text's similarity signals kept (stage 2b)

    position: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.position = {c: i for i, c in enumerate(self.codes)}


def neighbours(strength: np.ndarray, codes: Sequence[str]) -> np.ndarray:
    """Per code without evidence of its own: how alike it is, in O*NET's interests and working
    conditions, to the occupations the youth's words point to (0..1), so that after an
    'elektriker' come other installation trades rather than whatever text looks alike."""
    out = np.zeros(len(codes), dtype=np.float32)
    wished = np.flatnonzero(strength > 0)
    if not len(wished) or not len(codes):
        return out
    z = _z_for(tuple(codes))
    norms = np.linalg.norm(z, axis=1)
    norms[norms == 0] = 1.0
    unit = z / norms[:, None]
    sims = unit @ unit[wished].T  # codes x wished
    best = (np.clip(sims, 0.0, 1.0) ** 2 * (strength[wished] / strength[wished].max())).max(axis=1)
    free = strength == 0
    out[free] = best[free]
    return out


def closest_wished(code: str, wished: Mapping[str, float], top: int = 3) -> str | None:
    """Of the youth's strongest wished occupations, the one this code is most alike in O*NET's
    interests and working conditions (None when none is clearly alike), for a reason."""
    best = sorted((c for c in wished if c != code), key=lambda c: -wished[c])[:top]
    if not best or code not in trait_table().codes:
        return None
    z = _z_rows((code, *best))
    norms = np.linalg.norm(z, axis=1)
    if norms[0] == 0:
        return None
    sims = (z[1:] @ z[0]) / np.maximum(norms[1:] * norms[0], 1e-9)
    i = int(np.argmax(sims))
    return best[i] if sims[i] >= ALIKE_REASON_MIN else None


def lexicon_code_scores(reading: Reading, codes: Sequence[str]) -> np.ndarray:
    """Per-code lexicon score: wishes scaled so the strongest is 1, ruled-out areas negative."""
    pos = np.array([reading.code_pos.get(c, 0.0) for c in codes], dtype=np.float32)
    neg = np.array([reading.code_neg.get(c, 0.0) for c in codes], dtype=np.float32)
    if RELATED_SHARE > 0 and reading.code_pos:
        # Occupations in the same SSYK minor group (first three digits) are related work.
        groups: dict[str, float] = {}
        for code, value in reading.code_pos.items():
            groups[code[:3]] = max(groups.get(code[:3], 0.0), value)
        related = np.array([groups.get(c[:3], 0.0) for c in codes], dtype=np.float32)
        pos = np.maximum(pos, RELATED_SHARE * related)
    # When a code is both wished for and refused, the stronger side wins ("inte kassa men
    # gärna matbutik": the shop stays, the till goes).
    refused = neg > pos
    pos = np.where(refused, 0.0, pos)
    neg = np.where(refused, neg, 0.0)
    top = float(pos.max()) if pos.size else 0.0
    if top > 0:
        # Scale towards 1 but keep some of the absolute strength (a lone trait word is weak).
        pos = pos / top * (0.6 + 0.4 * min(1.0, top / 0.6))
    return pos - NEGATION_FACTOR * neg


def find_occupations(
    reading: Reading,
    codes: Sequence[str],
    *,
    profile_similarity: np.ndarray,
    reactions: Mapping[str, str],
) -> Occupations:
    """Scores every occupation of the index for one reading (plus the youth's reactions)."""
    lexicon = lexicon_code_scores(reading, codes)
    agreement = combined_trait_agreement(reading.traits, codes)
    traits = trait_fit(agreement)
    # A trait word's own occupations ('lugn' -> care) give way where the youth's other
    # words say the work does not fit ('lugn ... jobba själv, inte prata med kunder').
    if reading.weak_only and reading.trait_vector:
        against = agreement < 0
        weak = np.array([c in reading.weak_only for c in codes], dtype=bool)
        lexicon = np.where(weak & against & (lexicon > 0), WEAK_AGAINST * lexicon, lexicon)
        # In a text of traits alone, the O*NET fit leads and the trait words' own occupations
        # ('noggrann' -> accounting, 'tempo' -> warehouse) only follow.
        if not reading.names_occupation:
            lexicon = np.where(weak & ~against & (lexicon > 0), TRAITS_ONLY * lexicon, lexicon)
    share = TRAIT_NEXT_TO_OCCUPATION if reading.names_occupation else 1.0
    # Trait fit adds to the words' evidence but never lifts a ruled-out area.
    lexicon = np.where(lexicon >= 0, lexicon + share * TRAIT_MAX * traits, lexicon)
    lexicon = (
        lexicon
        + NEIGHBOUR_SHARE * neighbours(lexicon, codes)
        + SKILL_NEIGHBOUR_SHARE * skill_neighbours(lexicon, codes)
    )
    feedback = np.array(
        [{"not_interested": -1.0, "interested": 1.0}.get(reactions.get(c, ""), 0.0) for c in codes],
        dtype=np.float32,
    )
    lexicon = lexicon + np.where(feedback < 0, -FEEDBACK_DOWN, FEEDBACK_UP * feedback)
    return Occupations(
        list(codes), lexicon.astype(np.float32), profile_similarity, traits, feedback
    )
