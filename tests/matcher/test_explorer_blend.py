"""The interest explorer in the matcher: personas find their occupation, gender is never read,
and the text still leads when it names an occupation."""

import random
from dataclasses import replace

import numpy as np
import pytest

from bench.explorer_personas import (
    PERSONA_CODES,
    demo_index,
    explorer_profile,
    persona_answers,
    run,
)
from matcher.index import MatchIndex
from matcher.types import YouthQuery
from youths import explorer

GENDERS = ("female", "male", "other", None)
FLOOR = 15  # of 20 personas find their occupation in the top 5 (bench: 17/20)


@pytest.fixture(scope="module")
def demo() -> MatchIndex:
    return demo_index()


def test_occupation_personas_find_their_placements_in_the_top_5_without_text(demo) -> None:
    results = run(demo)
    hits = [code for code, rank in results if rank is not None and rank <= 5]
    assert len(results) == len(PERSONA_CODES) == 20
    assert len(hits) >= FLOOR, results


def _random_answers(seed: int) -> dict[str, str]:
    rng = random.Random(seed)
    return {c.id: rng.choice(explorer.ANSWERS) for c in explorer.cards()}


EXPLORER_YOUTHS = [
    YouthQuery(f"E{i}", text, explorer=explorer_profile(answers), age=age)
    for i, (text, answers, age) in enumerate(
        [(t, persona_answers(code), None) for t in ("", "vet inte", "inget speciellt")
         for code in PERSONA_CODES[:6]]
        + [(t, _random_answers(s), 17) for s, t in enumerate(
            ("", "vet inte", "jag gillar djur", "inte kassa", "vill jobba med bilar"))]
    )
]  # fmt: skip


@pytest.mark.parametrize("youth", EXPLORER_YOUTHS, ids=lambda y: y.ref)
def test_explorer_answers_give_the_same_lists_for_every_gender(demo, youth) -> None:
    runs = [demo.score_all(replace(youth, gender=g)) for g in GENDERS]
    for other in runs[1:]:
        np.testing.assert_array_equal(runs[0], other)
    for rerank in (False, True):
        lists = [demo.suggest(replace(youth, gender=g), 10, rerank_flagged=rerank) for g in GENDERS]
        key = [(s.placement_ref, s.score, s.reasons, s.explorer_led) for s in lists[0]]
        for result in lists[1:]:
            assert [(s.placement_ref, s.score, s.reasons, s.explorer_led) for s in result] == key


def test_a_named_occupation_stays_first_next_to_explorer_answers_for_something_else(demo) -> None:
    carer = explorer_profile(persona_answers("5311"))  # answers like a preschool worker
    youth = YouthQuery("T", "jag vill jobba som kock", explorer=carer)
    top = demo.suggest(youth, 5)
    assert top[0].ssyk == "5120" and not top[0].explorer_led
    alone = demo.suggest(replace(youth, interests="vet inte"), 5)
    assert alone[0].explorer_led and alone[0].ssyk != "5120"


def test_without_explorer_answers_the_scores_are_unchanged(demo) -> None:
    youth = YouthQuery("T", "jag gillar djur och att vara ute")
    empty = replace(youth, explorer=explorer_profile({}))
    np.testing.assert_array_equal(demo.score_all(youth), demo.score_all(empty))


@pytest.mark.parametrize(
    "text", ["", "vet inte", "inget speciellt", "vet inte riktigt vad jag vill"]
)
def test_when_the_text_says_nothing_the_explorer_leads(demo, text) -> None:
    youth = YouthQuery("T", text, explorer=explorer_profile(persona_answers("7231")))
    top = demo.suggest(youth, 5)
    assert top[0].explorer_led and top[0].ssyk == "7231"
    assert top[0].reasons[0].startswith("Du gillade att ")
