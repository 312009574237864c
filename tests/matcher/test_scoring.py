"""Ranking behaviour on the small hand-written catalogue in conftest.py."""

from dataclasses import replace

import numpy as np
import pytest

from matcher.index import MatchIndex
from matcher.placement_scores import focus
from matcher.scoring import relative
from matcher.types import PlacementDoc, YouthQuery

ISSUE_PHRASES = [
    ("skulle vilja skruva på cyklar o sånt", {"7233"}),
    ("vill jobba me hundar", {"6122", "6129"}),
    ("i mitt hemland jag bygga hus med min farbror", {"7111", "9310", "7112"}),
    ("jag är snabb och har koll på saker", {"4322", "5230", "9621"}),
    ("inte kassa igen!! men lager kanske", {"4322"}),
]


def _codes_by_ref(catalogue: tuple[PlacementDoc, ...]) -> dict[str, str | None]:
    return {d.ref: d.ssyk for d in catalogue}


@pytest.mark.parametrize(("text", "expected"), ISSUE_PHRASES)
def test_issue_phrases_put_a_sensible_occupation_first(
    shared_index: MatchIndex, catalogue: tuple[PlacementDoc, ...], text: str, expected: set[str]
) -> None:
    top = shared_index.suggest(YouthQuery("y", text, age=17), limit=3, rerank_flagged=False)
    assert _codes_by_ref(catalogue)[top[0].placement_ref] in expected


def _scores(index: MatchIndex, text: str) -> dict[str, float]:
    raw = index.score_all(YouthQuery("y", text, age=20))
    return dict(zip(index.refs(), raw.tolist(), strict=True))


def test_inte_kassa_men_lager_ranks_lager_above_kassa_and_kassa_below_neutral(
    shared_index: MatchIndex,
) -> None:
    scores = _scores(shared_index, "inte kassa igen!! men lager kanske")
    lager = [scores[r] for r in ("lager-1", "lager-2", "lager-3")]
    kassa = [scores[r] for r in ("kassa-1", "kassa-2")]
    neutral = [scores[r] for r in ("frisor-1", "park-1", "it-1", "barn-1")]
    assert min(lager) > max(kassa)
    assert max(kassa) < min(neutral)


def test_vill_inte_stada_pushes_cleaning_down(shared_index: MatchIndex) -> None:
    plain = _scores(shared_index, "gillar att laga mat")
    refused = _scores(shared_index, "vill INTE städa, gillar att laga mat")
    for ref in ("stad-1", "stad-2"):
        assert refused[ref] < plain[ref]
        assert refused[ref] < refused["frisor-1"]
    top = shared_index.suggest(YouthQuery("y", "vill INTE städa, gillar att laga mat"), 3)
    assert top[0].placement_ref.startswith("kock")


@pytest.mark.parametrize(
    ("text", "prefix"), [("cyklr", "cykel"), ("hundr", "hund"), ("resturang", "kock")]
)
def test_typos_still_find_the_right_placements(
    shared_index: MatchIndex, text: str, prefix: str
) -> None:
    top = shared_index.suggest(YouthQuery("y", f"vill jobba med {text}"), 2)
    assert top[0].placement_ref.startswith(prefix)


def test_closed_full_and_too_old_placements_are_never_suggested(
    shared_index: MatchIndex,
) -> None:
    query = YouthQuery("y", "bilverkstad däckbyte och service", age=16)
    refs = [s.placement_ref for s in shared_index.suggest(query, limit=50)]
    assert "stangd-1" not in refs and "full-1" not in refs and "vuxen-1" not in refs
    assert "bil-1" in refs
    adult = [s.placement_ref for s in shared_index.suggest(replace(query, age=19), limit=50)]
    assert "vuxen-1" in adult
    assert np.isneginf(shared_index.score_all(query)[shared_index.refs().index("stangd-1")])


def test_scores_are_rounded_and_within_zero_and_one(shared_index: MatchIndex) -> None:
    for s in shared_index.suggest(YouthQuery("y", "hundar och katter"), limit=30):
        assert 0.0 <= s.score <= 1.0
        assert s.score == round(s.score, 4)


def test_district_and_develop_only_break_ties(shared_index: MatchIndex) -> None:
    text = "vill jobba med hundar"
    far = shared_index.suggest(YouthQuery("y", text), 2)
    near = shared_index.suggest(
        YouthQuery("y", text, district="Askim-Frölunda-Högsbo", develop=("Lösa problem",)), 2
    )
    # hund-1 is in Askim-Frölunda-Högsbo; an unrelated placement never overtakes.
    assert {s.placement_ref for s in near} == {s.placement_ref for s in far}
    lager_near = shared_index.suggest(
        YouthQuery("y", text, district="Lundby", develop=("Planera och organisera",)), 3
    )
    assert all(s.placement_ref.startswith(("hund", "hast")) for s in lager_near)


def test_same_district_is_preferred_when_interests_tie() -> None:
    base = PlacementDoc(
        "a", "Lagerarbete", "Plock och pack på lager.", "4322", None, "Angered", "E"
    )
    docs = [base, replace(base, ref="b", district="Lundby")]
    index = MatchIndex.build(docs)
    top = index.suggest(YouthQuery("y", "lager", district="Lundby"), 2)
    assert top[0].placement_ref == "b"
    assert "Nära dig: Lundby" in top[0].reasons


def test_a_no_next_to_an_outright_wish_rules_out_only_the_refused_area(
    shared_index: MatchIndex,
) -> None:
    top = shared_index.suggest(YouthQuery("y", "inte kassa men gärna jobba i en matbutik"), 3)
    assert top[0].placement_ref == "butik-1"
    scores = _scores(shared_index, "inte kassa men gärna jobba i en matbutik")
    assert max(scores["kassa-1"], scores["kassa-2"]) < scores["frisor-1"]


def test_a_broad_code_lifts_most_the_placements_that_mention_the_wish() -> None:
    """5223 holds flower, shoe and game shops: 'gaming' lifts the game shop the most."""
    shop = PlacementDoc(
        "flowers", "Blomsterbutik", "Binda buketter och sälja blommor.", "5223", None, None, "E"
    )
    docs = [
        shop,
        replace(shop, ref="shoes", title="Skobutik", description="Sälja skor och kängor."),
        replace(shop, ref="games", title="Spelbutik", description="Sälja konsoler och datorspel."),
    ]
    index = MatchIndex.build(docs)
    scores = dict(zip(index.refs(), index.score_all(YouthQuery("y", "gaming")), strict=True))
    assert scores["games"] > scores["flowers"]
    assert scores["games"] > scores["shoes"]
    profile = index.analyze(YouthQuery("y", "gaming"))
    shares = dict(zip(index.refs(), focus(index, profile, 3), strict=True))
    assert shares["games"] == pytest.approx(1.0)
    assert shares["flowers"] < 1.0 and shares["shoes"] < 1.0


def test_a_weak_best_similarity_stays_weak_below_the_floor() -> None:
    values = np.array([0.05, 0.1], dtype=np.float32)
    assert relative(values).tolist() == pytest.approx([0.5, 1.0])
    assert relative(values, 0.2).tolist() == pytest.approx([0.25, 0.5])
    assert relative(np.array([0.4, 0.8]), 0.2).tolist() == pytest.approx([0.5, 1.0])
