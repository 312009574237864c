"""The interest lexicon: data quality and tolerant matching of youth words."""

import csv
from pathlib import Path

import pytest

from employers.occupation_inference import LEXICON_FILE
from matcher.clauses import split_clauses
from matcher.interest_profile import english_trait_labels
from matcher.lexicon import Lexicon, default_lexicon
from matcher.reading import read_text as analyze_youth

DATA = Path(__file__).resolve().parents[2] / "matcher" / "data"


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return default_lexicon()


def _codes(lexicon: Lexicon, text: str, negated: bool = False) -> set[str]:
    hits = lexicon.match(split_clauses(text))
    return {c for h in hits if h.negated == negated for c in lexicon.terms[h.term_id].codes}


def test_lexicon_is_broad_with_valid_rows() -> None:
    with LEXICON_FILE.open(encoding="utf-8") as fh:
        text = fh.read()
    rows = list(csv.DictReader(text.splitlines()))
    assert rows[0].keys() >= {"term", "ssyk", "weight", "placement_words"}
    assert not any(line.startswith("#") for line in text.splitlines())
    assert len({r["term"] for r in rows}) >= 600
    codes = {c for r in rows for c in r["ssyk"].split()}
    assert len(codes) >= 50
    assert all(len(c) == 4 and c.isdigit() for c in codes)
    assert all(0.15 <= float(r["weight"]) <= 1.0 for r in rows)
    traits = [r for r in rows if "trait" in r.get("note", "")]
    assert traits and all(float(r["weight"]) <= 0.4 for r in traits)


def test_every_lexicon_code_has_a_swedish_name() -> None:
    with (DATA / "occupations.csv").open(encoding="utf-8") as fh:
        short = {r["ssyk"]: r["name_sv"] for r in csv.DictReader(fh)}
    lexicon = default_lexicon()
    assert set(lexicon.codes) <= set(lexicon.occupations)
    assert all(lexicon.occupations[c] for c in lexicon.codes)
    # The hand-written short names win over SSYK's long labels.
    assert all(lexicon.occupations[c] == name for c, name in short.items())


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("cyklr", "7231"),
        ("hundr", "6122"),
        ("resturang", "9412"),
        ("stada", "9111"),
        ("hnud", "6122"),
        ("frisor", "5141"),
    ],
)
def test_misspelled_words_still_find_their_occupation(
    lexicon: Lexicon, text: str, code: str
) -> None:
    assert code in _codes(lexicon, text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("hundarna", "6122"),
        ("plockade", "4322"),
        ("ridit", "6129"),  # supine of a strong verb: 'har ridit' -> 'rida'
        ("bilverkstaden", "7231"),
        ("cykelverkstad", "7231"),
        ("klädbutiken", "5223"),
        ("fotbollsträning", "3422"),
    ],
)
def test_inflections_and_compounds_are_understood(lexicon: Lexicon, text: str, code: str) -> None:
    assert code in _codes(lexicon, text)


def test_phrases_match_newcomers_swedish_and_english(lexicon: Lexicon) -> None:
    assert "7111" in _codes(lexicon, "jag bygga hus med min farbror")
    assert "5120" in _codes(lexicon, "jag laga mat")
    assert "5141" in _codes(lexicon, "klippa hår")
    assert "6122" in _codes(lexicon, "I like dogs")
    assert "4322" in _codes(lexicon, "warehouse")


def test_real_words_near_interest_words_are_not_typos(lexicon: Lexicon) -> None:
    assert _codes(lexicon, "hundra gånger") == set()
    assert "2643" not in _codes(lexicon, "folk")  # not 'tolk'
    assert "2512" not in _codes(lexicon, "koja")  # not 'koda'
    assert "5223" not in _codes(lexicon, "människor")  # not 'männi' + 'skor'


def test_negated_clause_gives_negated_hits(lexicon: Lexicon) -> None:
    assert "5230" in _codes(lexicon, "inte kassa igen!! men lager kanske", negated=True)
    assert "4322" in _codes(lexicon, "inte kassa igen!! men lager kanske")


def test_a_phrase_containing_its_own_negation_is_a_wish(lexicon: Lexicon) -> None:
    assert "6113" in _codes(lexicon, "inte sitta still")
    assert not _codes(lexicon, "inte sitta still", negated=True)


def test_pointing_back_rules_out_the_previous_clause(lexicon: Lexicon) -> None:
    text = "jag har jobbat i kassa men det var tråkigt, vill ha djur"
    assert "5230" in _codes(lexicon, text, negated=True)
    assert "6122" in _codes(lexicon, text)


def test_capital_it_is_the_field_and_lowercase_it_is_a_pronoun(lexicon: Lexicon) -> None:
    assert "3512" in _codes(lexicon, "I want to work in IT")
    assert "3512" in _codes(lexicon, "vill jobba med it")
    assert _codes(lexicon, "i like it") == set()


def test_orkar_is_not_pallets(lexicon: Lexicon) -> None:
    # 'pallar' is chat for 'orkar': no lexicon row may turn "orkar inte" into warehouse work.
    assert "4322" not in _codes(lexicon, "orkar inte prata med kunder", negated=True)


def test_a_ruled_out_term_stays_ruled_out_when_mentioned_again(lexicon: Lexicon) -> None:
    text = "bilar men INTE däck, jobbade på däckfirma en sommar o det var skit"
    hits = lexicon.match(split_clauses(text))
    terms = {(lexicon.terms[h.term_id].term, h.negated) for h in hits}
    assert ("däck", True) in terms and ("däck", False) not in terms
    assert ("bilar", False) in terms


def test_trait_words_are_not_compound_parts(lexicon: Lexicon) -> None:
    assert "4322" not in _codes(lexicon, "vill fortsätta med mat")


def test_home_countries_are_not_language_typos(lexicon: Lexicon) -> None:
    assert "2643" not in _codes(lexicon, "jag jobbade i restaurang i Somalia")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("gör saker med händerna", "9320"),
        ("vill jobba på ICA", "5222"),
        ("jag skriver noveller", "4410"),
        ("bygga pcs", "3512"),
        ("laga mobiler", "7420"),
        ("måla bilar", "7132"),
        ("rör på mig", "4322"),
        ("vård", "5343"),
    ],
)
def test_everyday_phrasings_reach_their_areas(lexicon: Lexicon, text: str, code: str) -> None:
    assert code in _codes(lexicon, text)


def test_a_calm_workplace_points_to_quiet_practical_work_not_only_care(lexicon: Lexicon) -> None:
    profile = analyze_youth("helst nåt lugnt där man gör saker med händerna", lexicon)
    best = max(profile.code_pos, key=lambda c: profile.code_pos[c])
    assert best in {"9320", "7522", "8212"}
    assert profile.code_pos[best] < 0.6  # trait words stay a weak signal


def test_trait_words_count_less_next_to_a_named_occupation(lexicon: Lexicon) -> None:
    alone = analyze_youth("jag pratar arabiska och engelska", lexicon)
    named = analyze_youth("jag vill hjälpa människor. jag pratar arabiska och engelska", lexicon)
    assert named.code_pos["4224"] < alone.code_pos["4224"]
    assert max(named.code_pos, key=lambda c: named.code_pos[c]).startswith("53")


def test_a_common_word_is_never_corrected_into_another(lexicon: Lexicon) -> None:
    # 'takt' (pace) is one letter from 'tak' (roof), but it is a word of its own.
    assert not _codes(lexicon, "jag vill ta det i min takt") & {"7121", "7122", "7123"}
    # A real typo is still corrected ('mekanikker' -> 'mekaniker').
    assert "7231" in _codes(lexicon, "vill bli mekanikker")


def test_the_longest_phrase_wins_over_a_weak_shorter_one(lexicon: Lexicon) -> None:
    # 'med datorn' is a weak tool phrase; 'jobba med dator' is a wish for IT work.
    reading = analyze_youth("jag vill jobba med dator", lexicon)
    assert max(reading.code_pos, key=reading.code_pos.__getitem__) == "3512"
    assert reading.code_pos["3512"] > 0.5


def test_a_negation_in_a_relative_clause_does_not_rule_out_the_wish(lexicon: Lexicon) -> None:
    reading = analyze_youth("vill hjälpa folk som inte kan svenska", lexicon)
    assert "5343" not in reading.negative_codes
    assert reading.code_pos.get("5343", 0) > 0


@pytest.mark.parametrize(
    ("text", "wished", "not_read"),
    [
        # The description of the pupils is not the youth's dislike of reading, nor a refusal
        # that points back at the children.
        ("Jag vill jobba i skola, hjälpa elev som har svårt med läsa.", "5312", "läsa"),
        ("Jag vill hjälpa barn som har det svårt i skolan", "5311", "svårt"),
        ("jag vill jobba med barn som inte kan läsa och jag gillar bilar", "7231", "läsa"),
        ("I want to help kids who can't read", "5311", "read"),
    ],
)
def test_a_negated_description_of_other_people_is_not_read(
    lexicon: Lexicon, text: str, wished: str, not_read: str
) -> None:
    reading = analyze_youth(text, lexicon)
    assert not reading.negative_codes
    assert reading.code_pos.get(wished, 0) > 0
    assert all(not h.negated for h in reading.hits)
    assert not_read not in " ".join(" ".join(c.tokens) for c in reading.clauses)


@pytest.mark.parametrize(
    ("text", "refused", "wished"),
    [
        ("något som inte är kassa, gärna lager", "5230", "4322"),
        ("anything that isn't cleaning, maybe warehouse", "9111", "4322"),
        ("a job that isn't in a kitchen, I like animals", "9412", "6122"),
    ],
)
def test_a_negated_relative_clause_after_a_generic_word_is_a_refusal(
    lexicon: Lexicon, text: str, refused: str, wished: str
) -> None:
    reading = analyze_youth(text, lexicon)
    assert refused in reading.negative_codes
    assert reading.code_pos.get(wished, 0) > 0


def test_cant_wait_is_eagerness_not_a_refusal_nor_a_waiter(lexicon: Lexicon) -> None:
    reading = analyze_youth("I can't wait to work with animals", lexicon)
    assert not reading.negative_codes
    assert "6122" in reading.code_pos
    assert "5131" not in reading.code_pos


def test_a_calm_pace_is_not_a_fast_pace(lexicon: Lexicon) -> None:
    reading = analyze_youth("jag vill ha lugnt tempo", lexicon)
    assert "4322" not in reading.code_pos  # 'tempo' alone points to fast warehouse work
    assert reading.trait_vector.get("walking", 0) < 0


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("vill bli urmakare", "7311"),
        ("möbeltapetserare", "7533"),
        ("jag vill jobba som matros på en färja", "8350"),
    ],
)
def test_any_jobtech_occupation_name_reaches_its_group(
    lexicon: Lexicon, text: str, code: str
) -> None:
    # None of these is in the hand-written lexicon: they come from the JobTech Taxonomy.
    reading = analyze_youth(text, lexicon)
    assert max(reading.code_pos, key=reading.code_pos.__getitem__) == code


def test_boredom_rules_a_condition_out(lexicon: Lexicon) -> None:
    reading = analyze_youth("vill ha högt tempo, blir uttråkad om det är lugnt", lexicon)
    assert reading.trait_vector.get("public", 0) > 0  # fast and busy, not calm
    assert any(t.label.startswith("inte") and t.written == "lugnt" for t in reading.traits)


def test_experience_never_outweighs_a_refusal(lexicon: Lexicon) -> None:
    text = "gillar bygg men INTE måla. har målat hos morbror hela sommarn. snickra är kul"
    reading = analyze_youth(text, lexicon)
    assert "7131" in reading.negative_codes  # painting stays ruled out
    assert reading.code_pos.get("7111", 0) > 0.5  # carpentry stays wished for


def test_a_common_word_is_not_read_through_the_stem_of_its_tail(lexicon: Lexicon) -> None:
    # 'abstrakt' ends in 'trakt', the stem of 'traktor'; an inflected head still counts.
    assert not _codes(lexicon, "målar tavlor i akryl, mest abstrakt") & {"6121", "6129", "6130"}
    assert "6122" in _codes(lexicon, "vill jobba med smådjuren")


def test_a_fish_keeping_hobby_leads_to_pet_shop_animal_care(lexicon: Lexicon) -> None:
    reading = analyze_youth(
        "Har två akvarier med ciklider hemma, byter vatten varje vecka", lexicon
    )
    assert max(reading.code_pos, key=reading.code_pos.__getitem__) == "6122"


@pytest.mark.parametrize(
    ("text", "field", "not_field"),
    [
        ("Kanske nåt där man cyklar eller går runt hela dagen?", "9621", "7231"),
        ("jag cyklar mycket", "4420", "7231"),
        ("jag vill laga cyklar", "7231", "9621"),
    ],
)
def test_riding_a_bike_is_not_repairing_one(
    lexicon: Lexicon, text: str, field: str, not_field: str
) -> None:
    reading = analyze_youth(text, lexicon)
    assert reading.code_pos.get(field, 0) > 0
    assert not_field not in reading.code_pos


def test_a_placement_word_is_not_found_in_a_word_that_only_starts_like_it(lexicon: Lexicon) -> None:
    # 'modernt' is not 'mode' + 'rnt'; 'hundbad' is 'hund' + 'bad', 'modebutik' is both.
    words = {i: w for w, i in lexicon.placement_vocab.items()}

    def found(token: str) -> set[str]:
        return {words[i] for i in lexicon.placement_words_in_token(token)}

    assert "mode" not in found("modernt") | found("moderna")
    assert "hund" in found("hundbad")
    assert {"mode", "butik"} <= found("modebutik")
    # No word starts with a double letter: 'hårddiskar' holds no hair, 'modeller' no fashion;
    # a linking s is no such letter ('kontorsstäd' is an office's cleaning).
    assert "hår" not in found("hårddiskar")
    assert "mode" not in found("modeller") | found("modellhuvud")
    assert "kontor" in found("kontorsstäd")


@pytest.mark.parametrize(
    ("text", "served"),
    [
        ("fotboll!!! vill bli tränare för små barn", "3422"),
        ("want to work at a gym or be a coach for kids", "3422"),
    ],
)
def test_who_a_named_job_serves_is_not_a_field_of_its_own(
    lexicon: Lexicon, text: str, served: str
) -> None:
    reading = analyze_youth(text, lexicon)
    assert max(reading.code_pos, key=reading.code_pos.__getitem__) == served
    assert "5311" not in reading.code_pos  # not preschool
    # Without a job next to it, children are the field.
    assert "5311" in analyze_youth("jag vill jobba med barn", lexicon).code_pos


def test_every_trait_label_has_an_english_label() -> None:
    # Reasons quote the trait labels; English pages need each one in English too.
    with (DATA / "trait_words.csv").open(encoding="utf-8", newline="") as fh:
        labels = {r["label_sv"].strip() for r in csv.DictReader(fh)}
    english = english_trait_labels()
    assert labels and sorted(label for label in labels if label not in english) == []
    assert english["inte en lugn arbetsplats"] == "not a calm workplace"
