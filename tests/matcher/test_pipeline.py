"""The five stages, each alone and together, on the small catalogue in conftest.py."""

from dataclasses import replace

import numpy as np
import pytest

from matcher.index import MatchIndex
from matcher.occupations import ONET_CREDIT, trait_scores
from matcher.reading import read_text
from matcher.types import PlacementDoc, YouthQuery


def _top_codes(index: MatchIndex, text: str, n: int = 10, **kw: object) -> list[str | None]:
    return [s.ssyk for s in index.suggest(YouthQuery("y", text, **kw), n)]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "refused", "wished"),
    [
        ("hellre lager än kassa", "5230", "4322"),
        ("något annat än kassa, typ lager", "5230", "4322"),
        ("lager istället för kassa", "5230", "4322"),
        ("jag vill jobba med hundar och inte med barn", "5311", "6122"),
        ("har jobbat i kassa i två år men vill testa något nytt, lager", "5230", "4322"),
        ("Kassa? Nej tack. Lager låter bra", "5230", "4322"),
        ("istället för kassa vill jag jobba på lager", "5230", "4322"),
    ],
)
def test_the_rejected_area_never_comes_first(
    shared_index: MatchIndex, text: str, refused: str, wished: str
) -> None:
    codes = _top_codes(shared_index, text, 5)
    assert codes[0] == wished
    assert refused not in codes[:5]


def test_past_experience_counts_less_than_the_stated_wish() -> None:
    reading = read_text("har jobbat på lager förut, vill jobba i kassa", _lexicon())
    assert reading.code_pos["5230"] > reading.code_pos.get("4322", 0.0)
    same = read_text("har jobbat på lager i tre år, vill samma jobb här", _lexicon())
    assert same.code_pos["4322"] > reading.code_pos.get("4322", 0.0)


def test_several_interests_are_all_in_the_top_ten(shared_index: MatchIndex) -> None:
    codes = _top_codes(shared_index, "helst bilar, men hundar och datorer är också kul")
    assert codes[0] in {"7231", "6122", "3512", "2512"}
    assert "7231" in codes[:5] and "6122" in codes[:5]
    assert {"3512", "2512"} & set(codes[:5])
    reading = read_text("helst bilar, men hundar och datorer", _lexicon())
    assert len(set(reading.code_area.values())) == 3


def test_traits_alone_lead_through_the_onet_table(shared_index: MatchIndex) -> None:
    reading = read_text("jag vill vara ute i friska luften och röra på mig", _lexicon())
    assert reading.trait_vector["outdoors"] > 0
    scores = trait_scores(reading.trait_vector, ["6113", "4119", "3512"])
    assert scores[0] > scores[1] and scores[0] > scores[2]
    top = shared_index.suggest(
        YouthQuery("y", "jag vill vara ute i friska luften och röra på mig"), 3
    )
    assert top[0].ssyk in {"6113", "5152", "9621"}
    assert any("O*NET" in r for r in top[0].reasons)
    assert "O*NET" in ONET_CREDIT and "CC BY 4.0" in ONET_CREDIT


def test_a_refusal_is_explained_in_plain_swedish(shared_index: MatchIndex) -> None:
    suggestions = shared_index.suggest(YouthQuery("y", "inte kök, hellre bageri"), 50)
    first = suggestions[0]
    assert any("inte vill jobba med 'kök'" in r for r in first.reasons)
    kitchen = next(s for s in suggestions if s.ssyk == "5120")
    assert any("kommer längre ner" in r for r in kitchen.reasons)


def test_a_no_to_one_placement_lowers_its_occupation_and_says_why(
    shared_index: MatchIndex,
) -> None:
    text = "lager eller kassa, båda funkar"
    plain = shared_index.score_all(YouthQuery("y", text))
    reacted = YouthQuery("y", text, reactions=(("lager-1", "not_interested"),))
    lowered = shared_index.score_all(reacted)
    refs = shared_index.refs()
    for ref in ("lager-2", "lager-3"):
        assert lowered[refs.index(ref)] < plain[refs.index(ref)]
    listed = shared_index.suggest(reacted, 40)
    assert listed[-1].placement_ref == "lager-1" or "lager-1" not in [
        s.placement_ref for s in listed
    ]
    other = next(s for s in listed if s.placement_ref == "lager-2")
    assert any("nej tack till en liknande plats" in r for r in other.reasons)
    liked = shared_index.score_all(replace(reacted, reactions=(("kassa-1", "interested"),)))
    assert liked[refs.index("kassa-2")] > plain[refs.index("kassa-2")]


def test_placements_without_ssyk_are_scored_from_their_text(
    catalogue: tuple[PlacementDoc, ...],
) -> None:
    index = MatchIndex.build([replace(d, ssyk=None) for d in catalogue])
    top = index.suggest(YouthQuery("y", "vill jobba med hundar", gender="female"), 3)
    assert top[0].placement_ref.startswith("hund")
    assert not any(s.stereotype_flag for s in top)  # no code, no flag
    mixed = MatchIndex.build(catalogue)
    mixed.upsert([PlacementDoc("nocode", "Hundpensionat", "Rasta hundar.", None, None, None, "E")])
    assert np.isfinite(mixed.score_all(YouthQuery("y", "hundar"))).any()
    assert "nocode" in [s.placement_ref for s in mixed.suggest(YouthQuery("y", "hundar"), 5)]


def _lexicon():
    from matcher.lexicon import default_lexicon

    return default_lexicon()


@pytest.mark.parametrize(
    ("text", "not_codes"),
    [
        ("jag spelar mycket fotboll med kompisar", {"2512", "2513", "2173", "3512"}),
        ("jag målar tavlor på fritiden", {"7131", "7132", "3423"}),
        ("Jag lackar naglar på alla kompisar", {"7132", "7231", "7131"}),
    ],
)
def test_a_hobby_leads_to_its_field_not_to_the_word_of_another_sense(
    text: str, not_codes: set[str]
) -> None:
    reading = read_text(text, _lexicon())
    assert not_codes.isdisjoint(c for c, v in reading.code_pos.items() if v > 0.2)
    assert reading.code_pos, "the hobby still points somewhere"


def test_nails_lead_to_the_nail_therapist_group() -> None:
    # SSYK 2012 files nail therapists (Nagelterapeut, JobTech) under 5149, not 5142 (skin).
    reading = read_text("Jag lackar naglar på alla kompisar, vill göra det på riktigt", _lexicon())
    assert max(reading.code_pos, key=reading.code_pos.__getitem__) == "5149"


def test_an_inferred_codes_runner_up_lifts_its_placement_a_given_code_has_none() -> None:
    # Two placements the inference filed under school assistant (5312); for one of them,
    # sports coach (3422) was the runner-up. A youth who wants to coach sees that one first.
    def doc(ref: str, alternatives: tuple[str, ...], source: str = "inferred") -> PlacementDoc:
        return PlacementDoc(ref, "Assistent", "Hjälpa till", "5312", None, None, "Exempel AB",
                            ssyk_source=source, alternatives=alternatives)  # fmt: skip

    index = MatchIndex.build([doc("plain", ()), doc("runner", ("3422",))])
    youth = YouthQuery("y", "vill bli tränare i fotboll")
    assert [s.placement_ref for s in index.suggest(youth, 2)][0] == "runner"
    scores = dict(zip(index.refs(), index.score_all(youth), strict=True))
    assert scores["runner"] > scores["plain"]
    # A given code is what someone typed: its alternatives (if any came along) are ignored.
    given = MatchIndex.build([doc("plain", ()), doc("runner", ("3422",), source="given")])
    flat = dict(zip(given.refs(), given.score_all(youth), strict=True))
    assert abs(flat["runner"] - flat["plain"]) < 1e-6


def test_after_the_named_occupation_come_occupations_alike_to_it() -> None:
    # No placement of the named group is left; alike work (O*NET) beats unrelated work.
    docs = [
        # The same words, so only their occupations can tell them apart.
        PlacementDoc("vvs", "Praktik", "Hjälpa till hos oss", "7126", None, None, "A AB"),
        PlacementDoc("shop", "Praktik", "Hjälpa till hos oss", "5223", None, None, "B AB"),
    ]
    index = MatchIndex.build(docs)
    top = index.suggest(YouthQuery("y", "vill bli elektriker"), 2)
    assert top[0].placement_ref == "vvs"
    assert top[0].reasons[0].startswith("Jobbet liknar ")


def test_in_a_text_of_traits_alone_the_onet_fit_leads_the_trait_words_own_occupations() -> None:
    # 'lugn' points to the library on its own (a weak lexicon row); "jobba själv" with it is
    # better read through O*NET's working conditions, which stage 2 lets lead.
    from matcher.occupations import find_occupations

    lexicon = _lexicon()
    codes = list(lexicon.codes)
    reading = read_text("jag är lugn och vill jobba själv", lexicon)
    assert "4410" in reading.weak_only and not reading.names_occupation
    found = find_occupations(
        reading, codes, profile_similarity=np.zeros(len(codes), np.float32), reactions={}
    )
    best = codes[int(np.argmax(found.lexicon))]
    assert best not in reading.weak_only
    assert found.traits[codes.index(best)] > 0.5


def test_a_wish_for_one_kind_of_shop_does_not_lift_the_other_kinds() -> None:
    # 5223 holds every specialised shop. "djur" points to pet shops; when the catalogue has
    # none, a flower shop and a sports shop are not what the youth asked for.
    docs = [
        PlacementDoc(
            "flowers",
            "Florist",
            "Binda buketter och sköta snittblommor.",
            "5223",
            None,
            None,
            "Exempel AB",
        ),
        PlacementDoc(
            "sport",
            "Butikssäljare sport",
            "Sälja skor och cyklar.",
            "5223",
            None,
            None,
            "Exempel AB",
        ),
        PlacementDoc(
            "dogs",
            "Hundpromenader",
            "Gå långa promenader med hundar.",
            "6129",
            None,
            None,
            "Exempel AB",
        ),
        PlacementDoc(
            "zoo",
            "Zoo",
            "Mata ormar och byta vatten i akvarierna.",
            "5223",
            None,
            None,
            "Exempel AB",
        ),
    ]
    index = MatchIndex.build(docs)
    wish = YouthQuery("y", "vill jobba med djur")
    scores = {s.placement_ref: s.score for s in index.suggest(wish, 4)}
    assert max(scores["flowers"], scores["sport"]) < scores["zoo"] < scores["dogs"]
    without_zoo = MatchIndex.build(docs[:3])
    again = {s.placement_ref: s.score for s in without_zoo.suggest(wish, 3)}
    assert max(again["flowers"], again["sport"]) < 0.25 * again["dogs"]


def test_a_word_every_shop_uses_does_not_make_every_shop_the_wish() -> None:
    # "butik" is in all of 5223's placements here; only the computer shop answers "computers".
    def doc(ref: str, title: str, description: str, code: str) -> PlacementDoc:
        return PlacementDoc(ref, title, description, code, None, None, "Exempel AB")

    index = MatchIndex.build(
        [
            doc("it", "IT-support", "Installera datorer och hjälpa användare.", "3512"),
            doc("pc", "Databutik", "Sälja datorer och tillbehör i butiken.", "5223"),
            doc("flowers", "Blomsterbutik", "Binda buketter i butiken.", "5223"),
            doc("shoes", "Skobutik", "Sälja skor i butiken.", "5223"),
            doc("paint", "Färgbutik", "Blanda färg i butiken.", "5223"),
        ]
    )
    scores = {
        s.placement_ref: s.score
        for s in index.suggest(YouthQuery("y", "something with computers"), 5)
    }
    assert max(scores["flowers"], scores["shoes"], scores["paint"]) < 0.5 * scores["pc"]


@pytest.mark.parametrize(
    "text",
    ["jag vill hjälpa barn i skola", "hjälpa barnen i skolan", "I want to help kids at school"],
)
def test_children_at_school_lead_to_the_school_before_the_preschool(text: str) -> None:
    reading = read_text(text, _lexicon())
    assert max(reading.code_pos, key=reading.code_pos.__getitem__) == "5312"


@pytest.mark.parametrize("text", ["vill bygga grejer", "typ bygga saker med händerna"])
def test_building_things_leads_to_carpentry_as_much_as_to_industry(text: str) -> None:
    reading = read_text(text, _lexicon())
    assert reading.code_pos.get("7111", 0.0) >= reading.code_pos.get("7223", 0.0) > 0


@pytest.mark.parametrize(
    "text", ["har 3 råttor o 2 möss 🐭", "I keep snakes and lizards", "min undulat"]
)
def test_small_pets_lead_to_animal_care(text: str) -> None:
    reading = read_text(text, _lexicon())
    assert max(reading.code_pos, key=reading.code_pos.__getitem__) == "6122"


def test_altering_clothes_is_tailoring_not_the_clothes_shop() -> None:
    reading = read_text("kan ändra kläder eller gardiner", _lexicon())
    top = sorted(reading.code_pos, key=reading.code_pos.__getitem__, reverse=True)[:2]
    assert set(top) <= {"7531", "7532"}


@pytest.mark.parametrize("text", ["I studied a bit of biology back home", "gillar fågelskådning"])
def test_biology_and_birdwatching_lead_to_the_biologists_group(text: str) -> None:
    reading = read_text(text, _lexicon())
    assert max(reading.code_pos, key=reading.code_pos.__getitem__) == "2132"


def test_working_out_next_to_strength_is_no_wish_to_coach() -> None:
    reading = read_text("stark, tränar mycket. vill ha ett tungt jobb, inte kontor", _lexicon())
    assert "3422" not in reading.code_pos
    assert max(reading.code_pos, key=reading.code_pos.__getitem__) == "9310"
    assert "3422" in read_text("tränar fotboll, vill hjälpa till i klubben", _lexicon()).code_pos


def test_polishing_sneakers_leads_to_shoes_not_to_cleaning() -> None:
    reading = read_text("putsar mina sneakers varje kväll, skor är mitt liv 👟", _lexicon())
    assert not {"9120", "9111", "7231"} & set(reading.code_pos)
    assert {"5223", "7534"} <= set(reading.code_pos)
    assert "9111" in read_text("vill putsa fönster", _lexicon()).code_pos


def test_creating_with_the_hands_is_no_screen_design() -> None:
    hands = read_text("kreativ, vill skapa nåt med händerna", _lexicon())
    assert not {"2172", "2173"} & set(hands.code_pos) and "7319" in hands.code_pos
    screen = read_text("jag är kreativ och gillar att rita på datorn", _lexicon())
    assert "2172" in screen.code_pos


def test_a_grocery_wish_does_not_lift_every_shop_that_has_customers() -> None:
    catalogue = [
        PlacementDoc("fashion", "Butikssäljare mode", "Hjälpa kunder och vika kläder.", "5223",
                     None, None, "G"),
        PlacementDoc("till", "Kassa", "Sitta i kassan på vår matbutik.", "5230", None, None, "G"),
        PlacementDoc("sport", "Sportbutik", "Sälja skor, hjälpa kunder hitta rätt.", "5223",
                     None, None, "G"),
    ]  # fmt: skip
    refs = [
        s.placement_ref
        for s in MatchIndex.build(catalogue).suggest(
            YouthQuery("y", "Jag vill jobba i en matbutik."), 3
        )
    ]
    assert refs[0] == "till"
    reading = read_text("Jag vill jobba i en matbutik.", _lexicon())
    words = {w for w, i in _lexicon().placement_vocab.items() if i in reading.pw_weights}
    assert "kunder" not in words


def test_the_school_as_a_second_workplace_is_a_real_area() -> None:
    reading = read_text("vill jobba med människor, kanske inom vården eller skolan", _lexicon())
    assert reading.code_pos.get("5312", 0.0) >= 0.4


@pytest.mark.parametrize("text", ["jobbade på mcdonalds", "vill jobba med snabbmat", "fast food"])
def test_fast_food_is_fast_food_work_first(text: str) -> None:
    # SSYK 9411 holds JobTech's Grillkock snabbmat and Gatuköksbiträde.
    reading = read_text(text, _lexicon())
    assert max(reading.code_pos, key=reading.code_pos.__getitem__) == "9411"


def test_sheep_and_apple_trees_back_home_lead_to_farm_and_fruit_work() -> None:
    reading = read_text("i Afghanistan vi hade får och äppel träd", _lexicon())
    assert {"6121", "6112"} <= set(reading.code_pos)
    assert not read_text("jag får hjälp av min mamma", _lexicon()).code_pos
