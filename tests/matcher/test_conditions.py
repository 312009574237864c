"""The placement's own text names its working conditions; they meet the youth's trait words."""

import pytest

from matcher.clauses import split_clauses
from matcher.conditions import condition_fit, condition_matrix, condition_reason
from matcher.index import MatchIndex
from matcher.lexicon import default_lexicon
from matcher.occupations import FEATURES, combined_trait_agreement, trait_agreement
from matcher.reading import read_text, read_traits
from matcher.types import PlacementDoc, YouthQuery


def _doc(ref: str, title: str, description: str) -> PlacementDoc:
    # One occupation for all three, so only the placement's own words can tell them apart.
    return PlacementDoc(ref, title, description, "9629", None, None, "Exempel AB")


def _extra_hands(*descriptions: str) -> MatchIndex:
    """Placements A, B, C... of one occupation and one title: only their texts differ."""
    return MatchIndex.build(
        [_doc(chr(65 + i), "Extra händer", d) for i, d in enumerate(descriptions)]
    )


def test_a_text_with_customers_points_to_contact_and_a_calm_one_away_from_it() -> None:
    rows = condition_matrix(
        ["Kassa och kundmöte i butiken, högt tempo", "Lugnt arbete, sortering i eget rum"]
    )
    wanted = {"contact": -1.0, "public": -1.0}  # "inte prata med kunder"
    fit = condition_fit(rows, wanted)
    assert fit[0] < 0 < fit[1]


def test_no_trait_words_give_no_fit() -> None:
    rows = condition_matrix(["Kassa och kundmöte"])
    assert condition_fit(rows, {}).tolist() == [0.0]


def test_within_one_occupation_the_placement_that_fits_the_conditions_comes_first() -> None:
    index = _extra_hands(
        "Kassa, kundmöten och servering i högt tempo.",
        "Sortering och packning i lugnt tempo, mest på egen hand.",
        "Skötsel av rabatter och gräs, ute i alla väder.",
    )
    calm = index.suggest(YouthQuery("y", "vill ha lugnt tempo, inte prata med kunder"), 3)
    assert calm[0].placement_ref == "B" and calm[-1].placement_ref == "A"
    outside = index.suggest(YouthQuery("y", "vill vara ute, gärna fysiskt"), 3)
    assert outside[0].placement_ref == "C"
    assert any(r.startswith("Platsen nämner") for r in outside[0].reasons)


def test_the_reason_names_the_placement_word_and_the_youth_word() -> None:
    traits = read_traits(split_clauses("jag gillar rutiner"))
    reason = condition_reason("Montering av delar i verkstaden", traits)
    assert reason is not None
    assert "'montering'" in reason and "'rutiner'" in reason
    assert condition_reason("Kundmöte i butiken", traits) is None


@pytest.mark.parametrize(
    ("plain", "fitting", "youth", "words"),
    [
        # Not in O*NET: early mornings and fine handwork speak through the placement's words.
        ("Kvällspass i butiken.", "Vi börjar tidiga morgnar, kl 6, med frukosten.",
         "är en morgonmänniska, börjar gärna supertidigt", ("'morgonmänniska'", "'supertidigt'")),
        ("Bära kartonger och sopa golvet i verkstaden.",
         "Byta batterier och rengöra urverk under lupp.",
         "gillar att pilla med små saker, har tålamod", ("'lupp'", "'urverk'")),
        ("Vi börjar tidiga morgnar, kl 6.", "Kvällspass, vi stänger kl 22.",
         "kan inte tidiga morgnar. kvällar funkar bäst", ("'kvällspass'", "'kvällar'")),
    ],
)  # fmt: skip
def test_conditions_outside_onet_speak_through_the_placement_text_only(
    plain: str, fitting: str, youth: str, words: tuple[str, ...]
) -> None:
    index = MatchIndex.build(
        [_doc("plain", "Extra händer", plain), _doc("fitting", "Extra händer", fitting)]
    )
    top = index.suggest(YouthQuery("y", youth), 2)
    assert top[0].placement_ref == "fitting"
    assert any(w in r for r in top[0].reasons for w in words)


def test_a_placement_that_says_there_are_no_customers_is_a_calm_place() -> None:
    # "Inga kunder" and "få besökare" say there is little contact, not a lot of it.
    index = _extra_hands(
        "Många kunder i butiken hela dagen.",
        "Inga kunder, du packar bröd i bageriet.",
        "Få besökare på förmiddagarna, du ställer i ordning.",
    )
    calm = index.suggest(YouthQuery("y", "inte så bra på småprat, vill slippa kunder"), 3)
    assert calm[-1].placement_ref == "A"
    assert {s.placement_ref for s in calm[:2]} == {"B", "C"}
    none, many = condition_fit(condition_matrix(["Inga kunder", "Kunder"]), {"contact": -1.0})
    assert none > 0 > many


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # A condition with an amount is read as a condition, not as a refusal of what
        # came before: "lugnt" stays a wish.
        ("vill ha ett lugnt ställe, inte för mycket folk", "en lugn arbetsplats"),
        ("jag blir lätt stressad", "en lugn arbetsplats"),
        ("i lugn och ro, inte stress", "inte högt tempo"),
        ("är inte så bra på småprat", "inte att småprata med kunder"),
        ("gillar när det varierar", "omväxling"),
        ("kvällar funkar bäst", "att jobba på kvällen"),
        ("ett ställe där det händer mycket, gärna med folk", "att det händer mycket"),
        ("ett ställe där det händer mycket, gärna med folk", "att vara med människor"),
        ("gillar när det är full fart", "högt tempo"),
        ("börjar gärna kl 5", "att börja tidigt"),
        ("kan börja 05.30 om det behövs", "att börja tidigt"),
        ("i can start at 5am", "att börja tidigt"),
    ],
)
def test_everyday_words_about_pace_and_people_are_read(text: str, label: str) -> None:
    labels = [t.label for t in read_traits(split_clauses(text))]
    assert label in labels
    assert "inte en lugn arbetsplats" not in labels


@pytest.mark.parametrize("text", ["stress är lugnt för mig", "stress is fine for me"])
def test_a_tolerated_pace_is_no_wish_for_calm(text: str) -> None:
    clauses = split_clauses(f"gillar när det händer mycket. {text}")
    assert clauses[-1].tolerated
    assert all("lugn" not in t.label for t in read_traits(clauses))


def test_people_talked_about_are_no_wish_for_people() -> None:
    # "folk säger att mitt bröd är gott": the people are who speak, not where to work.
    assert not read_traits(split_clauses("folk säger att mitt bröd är bättre än ICAs"))
    assert read_traits(split_clauses("gillar folk"))


def test_when_something_happens_it_is_not_about_hands() -> None:
    happening = read_traits(split_clauses("gillar när det händer grejer"))
    assert not any(t.label == "att jobba med händerna" for t in happening)
    hands = read_traits(split_clauses("vill jobba med mina händer"))
    assert any(t.label == "att jobba med händerna" for t in hands)


def test_a_clock_time_in_the_morning_is_early_but_words_starting_with_kl_are_not() -> None:
    early = FEATURES.index("early")
    rows = condition_matrix(
        [
            "Vi börjar kl 6 varje dag",
            "Start klockan 05.30",
            "Klippa gräs och vika kläder",
            "kl 14-22",
            "Start 06.30, ute",
            "Öppet 10.00-18.00",
        ]
    )
    assert rows[:, early].tolist() == [1.0, 1.0, 0.0, 0.0, 1.0, 0.0]


def test_ones_own_pace_is_calm_although_it_names_the_pace() -> None:
    own, busy = condition_matrix(["Plock och pack i eget tempo", "Plock och pack i högt tempo"])
    walking = FEATURES.index("walking")
    assert own[walking] < 0 < busy[walking]


def test_work_against_one_named_condition_fits_less_than_the_mean_says() -> None:
    traits = read_traits(split_clauses("vill jobba med händerna, lugnt och tyst"))
    codes = ["7312", "4410", "7531"]  # goldsmith, library assistant, tailor
    vector: dict[str, float] = {}
    for t in traits:
        for f, v in t.features.items():
            vector[f] = vector.get(f, 0.0) + v
    mean = trait_agreement(vector, codes)
    combined = combined_trait_agreement(traits, codes)
    # The library goes against the handwork: it loses; crafts that fit every word keep theirs.
    assert combined[1] < mean[1]
    assert combined[0] > combined[1] and combined[2] > combined[1]


def test_noise_is_a_condition_on_both_sides() -> None:
    # 'loud' is not in O*NET: a youth who cannot stand noise meets the placements that say so.
    loud = "loud"
    rows = condition_matrix(["Diska efter lunch, blött och högljutt.", "Tyst verkstad, egen bänk."])
    assert rows[0, FEATURES.index(loud)] > 0 > rows[1, FEATURES.index(loud)]
    index = _extra_hands(
        "Packa kartonger, högljudda maskiner och musik.", "Packa kartonger i ett tyst rum."
    )
    quiet = index.suggest(YouthQuery("y", "mår dåligt av höga ljud"), 2)
    assert quiet[0].placement_ref == "B"
    assert index.suggest(YouthQuery("y", "gillar tystnad"), 2)[0].placement_ref == "B"


def test_sameness_variety_and_few_colleagues_are_read_from_the_placement() -> None:
    same, varied, few = condition_matrix(
        [
            "Samma moment hela dagen vid linjen.",
            "Omväxlande uppgifter, olika varje dag.",
            "Lugnt rum, få kollegor.",
        ]
    )
    repeat, team = FEATURES.index("repeat"), FEATURES.index("team")
    assert same[repeat] > 0 > varied[repeat]
    assert few[team] < 0


@pytest.mark.parametrize(
    ("text", "feature", "sign"),
    [
        (
            "Jag funkar bäst själv",
            "team",
            -1,
        ),  # 'själv' alone is a stop word; with a verb it is not
        ("vill jobba själv", "contact", -1),
        ("nåt där man får röra på sig", "walking", 1),
        ("Morgnar är inte min grej", "early", -1),
        ("gärna kvällar eller natt", "evening", 1),
        ("night shifts are fine", "evening", 1),
    ],
)
def test_working_alone_moving_mornings_and_nights_are_read(
    text: str, feature: str, sign: int
) -> None:
    vector: dict[str, float] = {}
    for trait in read_traits(split_clauses(text)):
        for f, v in trait.features.items():
            vector[f] = vector.get(f, 0.0) + v
    assert vector.get(feature, 0.0) * sign > 0


def test_what_the_youth_only_puts_up_with_is_no_wish() -> None:
    # "tunga lyft är inga problem": heavy lifting is allowed, not asked for.
    tolerated = read_text("praktiskt och varierat. tunga lyft är inga problem", default_lexicon())
    assert all(t.written != "tunga lyft" for t in tolerated.traits)
    assert not any(t.written == "cold" for t in read_traits(split_clauses("I don't mind the cold")))
    wished = read_text("vill ha tunga lyft", default_lexicon())
    assert any(t.written == "tunga lyft" for t in wished.traits)


def test_an_early_start_in_words_is_early_but_an_earlier_job_is_not() -> None:
    early = FEATURES.index("early")
    golf, before, papers = condition_matrix(
        [
            "Klippa greener, tyst och tidigt.",
            "Tidigare erfarenhet är inget krav.",
            "Morgnar i ur och skur.",
        ]
    )
    assert golf[early] > 0 and papers[early] > 0 and before[early] == 0


def test_being_outside_is_a_condition_so_conditions_lead() -> None:
    # "outside" points to green work, but names no occupation: an early start still counts fully.
    assert not read_text("just want to be outside", default_lexicon()).names_occupation


def test_a_time_of_day_is_a_working_time_only_when_it_is_about_work() -> None:
    hobby = read_traits(split_clauses("jag tecknar manga på kvällarna"))
    assert not any("evening" in t.features for t in hobby)
    work = read_traits(split_clauses("kvällar funkar bäst"))
    assert any(t.features.get("evening", 0) > 0 for t in work)


def test_when_the_youth_can_work_outweighs_a_taste_for_people() -> None:
    # Evenings are a constraint ("kan inte jobba tidiga morgnar ... kvällar funkar bäst"): the
    # evening placement with fewer people beats the daytime one full of customers.
    index = _extra_hands(
        "Kunder och kundmöten hela dagen, prata med besökare och hjälpa kunder i kassan.",
        "Plocka glas i baren. Sena kvällar.",
    )
    text = "kan inte jobba tidiga morgnar. kvällar funkar bäst. gillar att snacka med folk"
    assert [s.placement_ref for s in index.suggest(YouthQuery("y", text), 2)][0] == "B"


def test_a_start_in_the_small_hours_is_early_and_an_afternoon_hour_is_not() -> None:
    early = FEATURES.index("early")
    texts = ["Tidningsbud, start 03.30", "Kl 5 börjar vi", "Terminalen 05-11", "Börjar 07.",
             "Kallt, skift 06-14.30", "Pass 15.00-22.00", "Barn från 6 år", "Ring 0702-123456",
             "kl 10-14.30"]  # fmt: skip
    assert [bool(v) for v in condition_matrix(texts)[:, early]] == [True] * 5 + [False] * 4


def test_an_early_start_written_as_a_time_reaches_the_ranking() -> None:
    # The matching text drops digits, so the index reads the conditions from the placement's
    # own words: "Start 05.30" is an early start for a morning person.
    index = MatchIndex.build(
        [
            PlacementDoc(
                "late", "Lager", "Plocka varor, eget ansvar. Pass 15-22.", "4322", None, None, "G"
            ),
            PlacementDoc(
                "early", "Lager", "Plocka varor, eget ansvar. Start 05.30.", "4322", None, None, "G"
            ),
        ]
    )
    top = index.suggest(YouthQuery("y", "morgonmänniska, börjar gärna tidigt"), 2)
    assert top[0].placement_ref == "early"
    assert top[0].score > top[1].score


def test_the_reason_names_the_early_start_the_placement_writes() -> None:
    traits = read_traits(split_clauses("morgonmänniska"))
    reason = condition_reason("Stall. Mocka och fodra. Börjar 07.", traits)
    assert reason is not None and "Börjar 07" in reason and "morgonmänniska" in reason
    assert condition_reason("Stall. Mocka och fodra. Pass 15-22.", traits) is None


def test_a_late_hour_or_an_age_is_no_early_start() -> None:
    for text in ("gärna pass kl 14-22", "jag är 17 och bor i angered", "har 5 syskon"):
        assert not read_traits(split_clauses(text)), text
    refused = [t.label for t in read_traits(split_clauses("kan inte börja kl 6"))]
    assert refused == ["inte att börja tidigt"]


def test_hours_into_the_evening_are_evening_work_and_ages_are_not() -> None:
    evening = FEATURES.index("evening")
    texts = ["Städa kontor 17-21 när alla har gått", "Pass 15.00-22.00", "Tvätt i depån 22-06",
             "Fre-lör till 02", "Kl 10-14.30", "För unga 15-24 år", "Öppet 10-18"]  # fmt: skip
    assert [bool(v) for v in condition_matrix(texts)[:, evening]] == [True] * 4 + [False] * 3


def test_the_reason_names_evening_hours_for_a_night_owl() -> None:
    traits = read_traits(split_clauses("kvällar passar mig bäst"))
    reason = condition_reason("Kontorsstäd. Städa kontor 17-21 när alla har gått.", traits)
    assert reason is not None and "17-21" in reason
