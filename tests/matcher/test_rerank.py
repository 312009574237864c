"""Broadening re-rank: a relevant non-stereotyped choice joins a flagged top 5 at place 5."""

from matcher.index import MatchIndex
from matcher.rerank import MOVED_REASON
from matcher.types import PlacementDoc, YouthQuery


def _doc(ref: str, title: str, text: str, ssyk: str) -> PlacementDoc:
    return PlacementDoc(ref, title, text, ssyk, None, "Centrum", "E")


MECHANICS = [
    _doc(f"bil-{i}", "Bilverkstad", "Service och reparation av bilar i verkstad.", "7231")
    for i in range(6)
]
WASH = _doc("tvatt-1", "Bilrekond", "Rekond, tvätt och service av bilar i verkstad.", "9120")
KASSA = _doc("kassa-1", "Kassa", "Kassaarbete och betalning i butik.", "5230")


def test_flagged_top5_gets_a_relevant_unflagged_placement_at_position_five() -> None:
    index = MatchIndex.build([*MECHANICS, WASH, KASSA])
    query = YouthQuery("y", "bilar och bilverkstad", gender="male")
    plain = index.suggest(query, 10, rerank_flagged=False)
    assert all(s.stereotype_flag for s in plain[:5])
    assert "tvatt-1" not in [s.placement_ref for s in plain[:5]]
    broad = index.suggest(query, 10)
    moved = broad[4]
    assert moved.placement_ref == "tvatt-1"
    assert moved.moved_up and not moved.stereotype_flag
    assert any(r.startswith(MOVED_REASON) for r in moved.reasons)
    assert [s.placement_ref for s in broad[:4]] == [s.placement_ref for s in plain[:4]]
    assert sum(s.moved_up for s in broad) == 1


def test_nothing_moves_when_no_relevant_unflagged_placement_exists() -> None:
    index = MatchIndex.build([*MECHANICS, KASSA])
    query = YouthQuery("y", "bilar och bilverkstad", gender="male")
    plain = index.suggest(query, 10, rerank_flagged=False)
    broad = index.suggest(query, 10)
    assert [s.placement_ref for s in broad] == [s.placement_ref for s in plain]
    assert not any(s.moved_up for s in broad)


def test_ruled_out_areas_are_never_moved_up() -> None:
    index = MatchIndex.build([*MECHANICS, WASH, KASSA])
    query = YouthQuery("y", "bilar och bilverkstad, inte rekond eller tvätt", gender="male")
    assert not any(s.moved_up for s in index.suggest(query, 10))


def test_broadening_is_the_same_for_every_gender() -> None:
    """The rule reads the occupations, never the youth's gender: same list for everyone."""
    index = MatchIndex.build([*MECHANICS, WASH, KASSA])
    lists = [
        [
            (s.placement_ref, s.score, s.moved_up, s.reasons)
            for s in index.suggest(YouthQuery("y", "bilar och bilverkstad", gender=g), 10)
        ]
        for g in ("male", "female", "other", None)
    ]
    assert all(x == lists[0] for x in lists)
    female = index.suggest(YouthQuery("y", "bilar och bilverkstad", gender="female"), 10)
    assert not any(s.stereotype_flag for s in female)
    assert all(s.counter_stereotypical for s in female[:5] if s.ssyk == "7231")


def test_a_top5_without_a_dominant_norm_is_not_reranked() -> None:
    balanced = [
        _doc(f"kock-{i}", "Restaurangkök", "Matlagning i restaurangkök.", "5120") for i in range(6)
    ]
    index = MatchIndex.build([*balanced, WASH, KASSA])
    query = YouthQuery("y", "laga mat i restaurangkök", gender="male")
    broad = index.suggest(query, 10)
    assert not any(s.moved_up for s in broad)
    assert [s.placement_ref for s in broad] == [
        s.placement_ref for s in index.suggest(query, 10, rerank_flagged=False)
    ]
