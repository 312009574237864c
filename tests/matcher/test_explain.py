"""Reasons: the youth's own word, the placement's words, what it trains, where it is."""

from matcher.index import MatchIndex
from matcher.types import PlacementDoc, YouthQuery


def test_reason_quotes_the_youths_word_and_the_placement_text(shared_index: MatchIndex) -> None:
    top = shared_index.suggest(YouthQuery("y", "skulle vilja skruva på cyklar o sånt"), 1)[0]
    assert top.reasons[0].startswith("Du nämnde 'skruva på cyklar' – ")
    assert "cyklar" in top.reasons[0].split("–", 1)[1]


def test_develop_and_district_reasons(shared_index: MatchIndex) -> None:
    query = YouthQuery(
        "y", "inte kassa igen men lager", district="Lundby", develop=("Planera och organisera",)
    )
    top = next(s for s in shared_index.suggest(query, 5) if s.placement_ref == "lager-1")
    assert "Du vill utveckla Planera och organisera – här tränar du det" in top.reasons
    assert "Nära dig: Lundby" in top.reasons
    assert 1 <= len(top.reasons) <= 4


def test_competence_keys_are_shown_with_their_swedish_names() -> None:
    from matcher.explain import competence_name

    assert competence_name("planning") == "Planera och organisera"
    assert competence_name("okänd_nyckel") == "Okänd nyckel"


def test_neighbouring_district_is_named_as_near(shared_index: MatchIndex) -> None:
    query = YouthQuery("y", "vill jobba med hundar", district="Västra Göteborg")
    top = shared_index.suggest(query, 1)[0]
    assert top.placement_ref == "hund-1"
    assert "Nära dig: Askim-Frölunda-Högsbo, granne med Västra Göteborg" in top.reasons


def test_every_suggestion_has_short_reasons(shared_index: MatchIndex) -> None:
    for s in shared_index.suggest(YouthQuery("y", "jag vet inte, kanske nåt med data"), 10):
        assert 1 <= len(s.reasons) <= 3
        assert all(len(r) < 160 for r in s.reasons)


def test_only_ruled_out_areas_gives_an_open_reason(shared_index: MatchIndex) -> None:
    for s in shared_index.suggest(YouthQuery("y", "inte städning, inte kassa"), 5):
        assert s.reasons[0].startswith("Ett förslag att utforska: ")
        assert not s.placement_ref.startswith(("stad", "kassa"))


def test_every_reason_the_demo_youths_get_has_an_english_translation() -> None:
    """English pages translate a reason through its Swedish template and its data words (trait
    labels, occupation names). Every template the matcher writes must be in a catalogue."""
    from pathlib import Path

    from app.registry import wire
    from core.i18n import translate
    from matcher.evaluation import placement_from_row, read_csv, youth_from_row

    wire()
    demo = Path(__file__).resolve().parents[2] / "demo"
    index = MatchIndex.build([placement_from_row(r) for r in read_csv(demo / "placements.csv")])
    untranslated: set[str] = set()
    seen = 0
    for row in read_csv(demo / "youths.csv"):
        for suggestion in index.suggest(youth_from_row(row, 2026), 10):
            for reason in suggestion.reasons:
                seen += 1
                if translate(reason, "en") == reason:
                    untranslated.add(reason)
    assert seen > 500
    assert not untranslated, sorted(untranslated)[:10]
    # A trait word's label is a data word: it reads in English inside the sentence.
    english = translate("Du skrev 'lugn' (en lugn arbetsplats) – det stämmer med hur man jobbar "
                        "som Biblioteksassistent (O*NET)", "en")  # fmt: skip
    assert "a calm workplace" in english and "en lugn" not in english


def test_a_word_shared_with_another_field_is_named_as_such() -> None:
    """'frisör' and lawn 'klippning' share a word, not a field: the reason says only that."""
    from app.registry import wire
    from core.i18n import translate

    wire()
    docs = [
        PlacementDoc("hair", "Frisörpraktik", "Klippning och färgning.", "5141", None, None, "S"),
        PlacementDoc("lawn", "Parkarbete", "Gräsklippning i parkerna.", "6113", None, None, "N"),
    ]
    index = MatchIndex.build(docs)
    by_ref = {s.placement_ref: s for s in index.suggest(YouthQuery("y", "frisör"), 2)}
    assert by_ref["hair"].reasons[0].startswith("Du nämnde 'frisör' – ")
    lawn = by_ref["lawn"].reasons[0]
    assert lawn.startswith("Platsen nämner '") and "som hör ihop med 'frisör'" in lawn
    assert translate(lawn, "en").startswith("The placement mentions '")


def test_a_reason_quotes_the_placement_only_where_it_uses_the_youths_own_word() -> None:
    shops = MatchIndex.build(
        [
            PlacementDoc("clothes", "Klädbutik", "Vika kläder och hjälpa kunder.", "5223", None,
                         None, "G"),
            PlacementDoc("games", "Spelbutik", "Sälja nya och begagnade spel.", "5223", None,
                         None, "G"),
        ]
    )  # fmt: skip
    by_ref = {s.placement_ref: s for s in shops.suggest(YouthQuery("y", "nåt med kläder"), 2)}
    assert "vika kläder" in by_ref["clothes"].reasons[0]
    # The game shop shares only the general 'sälja': the reason names the occupation instead.
    assert "spel" not in by_ref["games"].reasons[0]
    assert "det passar yrket" in by_ref["games"].reasons[0]
