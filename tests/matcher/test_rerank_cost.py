"""Broadening at a small cost: what moves up, and what it pushes out of the top 5.

Stage 4's broadening is tested alone here, on plain `Ranked` rows (scores and SCB majorities
given), so each rule is seen without the reading and scoring stages.
"""

from matcher.rerank import (
    CLOSE_SHARE,
    MIN_ANY_SCORE,
    MOVED_REASON,
    POINTED_SHARE,
    Ranked,
    rerank,
)
from matcher.types import Suggestion


def _row(ref: str, raw: float, majority: str | None, *, pointed: bool = False) -> Ranked:
    return Ranked(Suggestion(ref, raw), raw, False, pointed, majority, True, pointed)


def _refs(ranked: list[Ranked]) -> list[str]:
    return [s.placement_ref for s in rerank(ranked)]


def _partial(candidate: Ranked) -> list[Ranked]:
    """Three of the top 5 in men's occupations, the weakest of them at place 4 (score 0.8)."""
    return [
        _row("m1", 1.0, "male"),
        _row("b1", 0.95, None),
        _row("m2", 0.9, "male"),
        _row("m3", 0.8, "male"),
        _row("b2", 0.79, None),
        _row("m4", 0.7, "male"),
        candidate,
    ]


def test_a_close_candidate_pushes_out_the_weakest_norm_placement_not_a_broader_one() -> None:
    order = _refs(_partial(_row("w1", CLOSE_SHARE * 0.8 + 0.01, "female")))
    assert order[:5] == ["m1", "b1", "m2", "b2", "w1"]
    assert order[5] == "m3"  # the weakest men's placement, not b2, leaves the top 5


def test_a_weak_candidate_does_not_join_a_top5_that_already_has_broader_choices() -> None:
    ranked = _partial(_row("w1", CLOSE_SHARE * 0.8 - 0.05, "female"))
    assert _refs(ranked) == [r.suggestion.placement_ref for r in ranked]


def test_a_candidate_the_youth_pointed_to_may_be_a_little_weaker() -> None:
    score = POINTED_SHARE * 0.8 + 0.01
    assert score < CLOSE_SHARE * 0.8
    assert "w1" not in _refs(_partial(_row("w1", score, "female")))[:5]
    pointed = rerank(_partial(_row("w1", score, "female", pointed=True)))
    assert pointed[4].placement_ref == "w1"
    assert pointed[4].moved_up and pointed[4].reasons[-1] == MOVED_REASON


def test_a_fully_one_sided_top5_still_gets_a_broader_choice_when_none_is_close() -> None:
    ranked = [_row(f"m{i}", 1.0 - 0.05 * i, "male") for i in range(7)]
    ranked.append(_row("w1", MIN_ANY_SCORE + 0.01, "female"))
    order = rerank(ranked)
    assert [s.placement_ref for s in order[:6]] == ["m0", "m1", "m2", "m3", "w1", "m4"]
    assert order[4].moved_up and sum(s.moved_up for s in order) == 1


def test_nothing_moves_when_every_candidate_is_below_the_floor() -> None:
    ranked = [_row(f"m{i}", 1.0 - 0.05 * i, "male") for i in range(7)]
    ranked.append(_row("w1", MIN_ANY_SCORE - 0.01, "female"))
    assert [s.placement_ref for s in rerank(ranked)] == [r.suggestion.placement_ref for r in ranked]
