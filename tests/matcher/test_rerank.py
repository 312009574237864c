"""Broadening re-rank: a relevant non-stereotyped choice joins a flagged top 5 at place 5.

The occupations are picked from SCB's actual shares (employers/data), not hard-coded, so the
tests keep proving the rule when the statistics file is updated: several stable occupations with
over 60 % men stand in for the stereotyped trade, one stable balanced occupation (40-60 %) for
the broadening choice.
"""

from matcher.index import MatchIndex
from matcher.reading import read_text
from matcher.rerank import MOVED_REASON
from matcher.stereotypes import COUNTER_UNDER, FLAG_OVER, default_table
from matcher.types import PlacementDoc, YouthQuery


def _doc(ref: str, title: str, text: str, ssyk: str) -> PlacementDoc:
    return PlacementDoc(ref, title, text, ssyk, None, "Centrum", "E")


_SHARES = default_table().occupations
# The seven most male-dominated stable occupations (each over 60 % men in SCB's latest year):
# six stand in for the stereotyped trade, the seventh for an unrelated placement.
_BY_MEN = sorted((c for c, s in _SHARES.items() if s.stable), key=lambda c: (-_SHARES[c].men, c))
MALE_DOMINATED, OTHER_MALE = _BY_MEN[:6], _BY_MEN[6]


def _balanced() -> tuple[str, str]:
    """The stable, evenly split occupation (40-60 %) closest to 50/50 whose name the reader
    understands both as a wish and as a refusal (so 'inte <name>' rules it out)."""
    lexicon = MatchIndex.build([_doc("x", "x", "x", MALE_DOMINATED[0])]).lexicon
    even = [c for c, s in _SHARES.items() if s.stable and COUNTER_UNDER <= s.women <= FLAG_OVER]
    for code in sorted(even, key=lambda c: (abs(_SHARES[c].women - 50), c)):
        name = (lexicon.occupations.get(code) or _SHARES[code].name).lower()
        wished, refused = read_text(name, lexicon), read_text(f"bilar, inte {name}", lexicon)
        if code in wished.code_pos and code in refused.negative_codes:
            return code, name
    raise AssertionError("no balanced occupation the reader understands")


BALANCED, BALANCED_NAME = _balanced()
MECHANICS = [
    _doc(f"bil-{i}", "Bilverkstad", "Service och reparation av bilar i verkstad.", code)
    for i, code in enumerate(MALE_DOMINATED)
]
WASH = _doc(
    "tvatt-1", "Bilar och mer", f"Service av bilar i verkstad, och arbete som {BALANCED_NAME}.",
    BALANCED,
)  # fmt: skip
KASSA = _doc("kassa-1", "Kassa", "Kassaarbete och betalning i butik.", OTHER_MALE)


def test_the_fixture_occupations_have_the_shares_the_rule_needs() -> None:
    assert len(MALE_DOMINATED) == 6 and all(_SHARES[c].men > FLAG_OVER for c in MALE_DOMINATED)
    assert COUNTER_UNDER <= _SHARES[BALANCED].women <= FLAG_OVER
    assert default_table().majority(BALANCED) is None
    assert _SHARES[OTHER_MALE].men > FLAG_OVER and OTHER_MALE not in MALE_DOMINATED


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
    plain = index.suggest(YouthQuery("y", "bilar och bilverkstad"), 10)
    assert [s.placement_ref for s in plain if s.moved_up] == ["tvatt-1"]  # the control
    query = YouthQuery("y", f"bilar och bilverkstad, inte {BALANCED_NAME}", gender="male")
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
    assert all(s.counter_stereotypical for s in female[:5] if s.ssyk in MALE_DOMINATED)
    assert sum(s.ssyk in MALE_DOMINATED for s in female[:5]) >= 4


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
