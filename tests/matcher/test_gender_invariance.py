"""Gender never scores: same text, any gender -> same placements and scores."""

import random
import re
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from matcher.evaluation import read_csv, youth_from_row
from matcher.index import MatchIndex
from matcher.lexicon import default_lexicon
from matcher.types import YouthQuery

GENDERS = ("female", "male", "other", None)
GENDER_WORDS = re.compile(r"\b(kvinn\w*|män|kön\w*|flick\w*|pojk\w*)\b", re.IGNORECASE)
DEMO_YOUTHS = Path(__file__).resolve().parents[2] / "demo" / "youths.csv"


def _profiles() -> list[YouthQuery]:
    profiles: list[YouthQuery] = []
    if DEMO_YOUTHS.exists():
        profiles += [youth_from_row(r, 2026) for r in read_csv(DEMO_YOUTHS)]
    rng = random.Random(2024)
    words = [t.term for t in default_lexicon().terms]
    fillers = ["jag", "vill", "inte", "men", "kanske", "gillar", "och", "typ", "!!", ","]
    for i in range(60):
        text = " ".join(rng.choice(words + fillers) for _ in range(rng.randint(1, 12)))
        profiles.append(
            YouthQuery(
                f"R{i}",
                text,
                age=rng.choice([None, 15, 17, 20, 24]),
                district=rng.choice([None, "Angered", "Lundby", "Centrum"]),
                develop=tuple(rng.sample(["planning", "communication", "Lösa problem"], k=1)),
            )
        )
    return profiles


PROFILES = _profiles()


@pytest.mark.parametrize("youth", PROFILES, ids=lambda y: y.ref)
def test_scores_do_not_depend_on_gender(shared_index: MatchIndex, youth: YouthQuery) -> None:
    runs = [shared_index.score_all(replace(youth, gender=g)) for g in GENDERS]
    for other in runs[1:]:
        np.testing.assert_array_equal(runs[0], other)
    for rerank in (False, True):
        lists = [
            shared_index.suggest(replace(youth, gender=g), 10, rerank_flagged=rerank)
            for g in GENDERS
        ]
        expected = [(s.placement_ref, s.score, s.moved_up, s.reasons) for s in lists[0]]
        for result in lists[1:]:
            assert [(s.placement_ref, s.score, s.moved_up, s.reasons) for s in result] == expected


@pytest.mark.parametrize("youth", PROFILES[:40], ids=lambda y: y.ref)
def test_rerank_only_reorders_never_rescores(shared_index: MatchIndex, youth: YouthQuery) -> None:
    scores: dict[str, float] = {}
    for gender in GENDERS:
        for s in shared_index.suggest(replace(youth, gender=gender), 10):
            assert scores.setdefault(s.placement_ref, s.score) == s.score
            assert not any(GENDER_WORDS.search(r) for r in s.reasons)
