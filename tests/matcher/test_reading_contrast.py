"""Contrast read across clauses: a past placement judged afterwards, somebody else's job, a
refused part of a wished area, experience left behind. Each through the reading and through
the ranking of a small catalogue."""

import pytest

from matcher.clauses import split_clauses
from matcher.index import MatchIndex
from matcher.lexicon import default_lexicon
from matcher.reading import read_text, read_traits
from matcher.types import PlacementDoc, YouthQuery


def _doc(ref: str, title: str, description: str, ssyk: str) -> PlacementDoc:
    return PlacementDoc(ref, title, description, ssyk, None, None, "G")


CATALOGUE = [
    _doc("preschool", "Förskola", "Lek och pyssel med barnen, inne och ute.", "5311"),
    _doc("pets", "Djuraffären", "Mata fiskar och fåglar, hjälpa kunder med foder.", "6122"),
    _doc("dogs", "Hunddagis", "Gå promenader med hundarna och leka med hundar.", "6122"),
    _doc("stable", "Stallet", "Mocka boxar, fodra och sköta hästarna.", "6121"),
    _doc("dishes", "Diskare", "Disk och plock i restaurangen.", "9412"),
    _doc("kitchen", "Praktik i köket", "Laga mat till lunchen med våra kockar.", "5120"),
    _doc("care", "Äldreboende", "Omsorg och hjälp vid måltider.", "5321"),
    _doc("it", "IT-support", "Hjälpa kollegor med datorer och skrivare.", "3512"),
    _doc("ferry", "Däcksmatros", "Förtöja och hjälpa passagerare ombord på färjan.", "8350"),
    _doc("lab", "Laboratoriet", "Märka prover och diska glas i vårt labb.", "3215"),
    _doc("shop", "Klädbutik", "Hjälpa kunder och vika kläder.", "5223"),
]


@pytest.fixture(scope="module")
def index() -> MatchIndex:
    return MatchIndex.build(CATALOGUE)


def _refs(index: MatchIndex, text: str, n: int = 5) -> list[str]:
    return [s.placement_ref for s in index.suggest(YouthQuery("y", text), n)]


def test_a_judgement_after_a_past_placement_rules_the_whole_placement_out(
    index: MatchIndex,
) -> None:
    text = (
        "Testade förskola på prao, barnen var gulliga men det var alldeles för högljutt. "
        "Vill ha nåt med djur."
    )
    reading = read_text(text, default_lexicon())
    assert "5311" in reading.negative_codes
    assert reading.code_pos.get("6122", 0.0) > 0.5
    refs = _refs(index, text)
    assert refs[0] in {"pets", "dogs", "stable"}
    assert "preschool" not in refs[:3]


def test_too_much_is_a_judgement_but_too_after_a_wish_is_not() -> None:
    lexicon = default_lexicon()
    assert "9412" in read_text("jobbade som diskare, det var för stressigt", lexicon).negative_codes
    assert (
        "9412" in read_text("I worked as a dishwasher, it was way too loud", lexicon).negative_codes
    )
    kept = read_text("jag vill jobba i kök för att jag gillar mat", lexicon)
    assert not kept.negative_codes


def test_somebody_elses_job_is_context_not_a_wish() -> None:
    lexicon = default_lexicon()
    theirs = read_text("Mamma är undersköterska. Jag gillar att fixa med datorer", lexicon)
    mine = read_text("Jag vill bli undersköterska. Jag gillar att fixa med datorer", lexicon)
    assert theirs.code_pos["5321"] < mine.code_pos["5321"]
    assert theirs.code_pos["3512"] > theirs.code_pos["5321"]
    refused = read_text(
        "Nåt annat än vård. Mamma är undersköterska och alla tror jag ska bli det med. "
        "Jag gillar att fixa med datorer",
        lexicon,
    )
    assert "5321" in refused.negative_codes
    assert "5321" not in refused.code_pos


def test_a_refused_part_of_a_wished_area_lowers_only_the_placements_that_name_it(
    index: MatchIndex,
) -> None:
    text = "Vill ha nåt med djur. Men inte hundar, jag är allergisk"
    reading = read_text(text, default_lexicon())
    assert "6122" not in reading.negative_codes  # the pet shop is still wished for
    refs = _refs(index, text, len(CATALOGUE))
    assert refs.index("pets") < refs.index("dogs")
    assert "stable" in refs[:3]
    assert "dogs" not in refs[:3]


def test_experience_left_behind_does_not_lift_its_own_placement(index: MatchIndex) -> None:
    text = "Jag har jobbat som diskare i ett år. Nu vill jag bli kock, inte stå vid disken mer."
    refs = _refs(index, text, len(CATALOGUE))
    assert refs[0] == "kitchen"
    assert refs.index("dishes") > refs.index("kitchen")


@pytest.mark.parametrize(
    ("text", "ref"),
    [
        ("Jag vill jobba på en båt eller en färja.", "ferry"),
        ("jag vill jobba på ett labb", "lab"),
        ("I want to work on a ferry", "ferry"),
        ("gillar hästar och att vara i stallet", "stable"),
    ],
)
def test_everyday_words_for_less_common_workplaces(index: MatchIndex, text: str, ref: str) -> None:
    assert _refs(index, text)[0] == ref


def test_an_english_clause_reads_last_as_english_not_as_cargo() -> None:
    lexicon = default_lexicon()
    english = read_text("built a treehouse with my dad last summer. Carpentry maybe", lexicon)
    assert "4322" not in english.code_pos  # 'last' (Swedish: load, cargo) -> warehouse
    assert "7111" in english.code_pos
    swedish = read_text("jag vill jobba med last och lossning i hamnen", lexicon)
    assert "4322" in swedish.code_pos


def test_older_children_are_children_and_school_can_be_the_wish() -> None:
    lexicon = default_lexicon()
    reading = read_text("hellre lite äldre barn, typ fritids eller i skolan", lexicon)
    assert "5321" not in reading.code_pos  # 'äldre' here is 'older', not elderly care
    assert reading.code_pos["5312"] > 0.5
    dropout = read_text("hoppade av skolan i nian, vill jobba med bilar", lexicon)
    assert "5312" not in dropout.code_pos  # the school the youth left is no wish


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("I want to be a gardener", "6113"),
        ("maybe something with logistics", "4322"),
        ("I'd love to work as a butcher", "7611"),
        ("jewelry or watches, small precise work", "7312"),
        ("worked in housekeeping at a hotel, want the same", "9111"),
    ],
)
def test_everyday_english_job_words_are_read(text: str, code: str) -> None:
    reading = read_text(text, default_lexicon())
    assert max(reading.code_pos, key=reading.code_pos.__getitem__) == code


def test_a_pronoun_in_a_refusal_stands_for_what_was_named_before() -> None:
    text = "Vill jobba med bilar. Men inte tvätta dom 😂 har tvättat bilar hela sommarn på en mack"
    reading = read_text(text, default_lexicon())
    assert "9120" in reading.negative_codes  # car wash: "tvätta dom" = wash the cars
    assert "7231" not in reading.negative_codes  # the cars themselves are still wished for
    assert "5225" not in reading.code_pos  # the petrol station was only where it happened


def test_drawing_manga_is_drawing_not_the_library() -> None:
    lexicon = default_lexicon()
    drawing = read_text("ritar typ hela tiden, mest manga o egna karaktärer", lexicon)
    assert "4410" not in drawing.code_pos
    assert max(drawing.code_pos, key=drawing.code_pos.__getitem__) in {"2172", "2173", "2651"}
    reading = read_text("jag läser manga och vill jobba på bibliotek", lexicon)
    assert "4410" in reading.code_pos


def test_a_crew_and_seeing_results_are_read_as_working_conditions() -> None:
    from app.registry import wire
    from core.i18n import translate

    wire()
    reading = read_text("vill ha ett tungt jobb i ett gäng där man hjälps åt", default_lexicon())
    assert reading.trait_vector["team"] > 0
    done = read_text("gillar när saker blir klara och man ser vad man gjort", default_lexicon())
    assert done.trait_vector["R"] > 0
    labels = {t.label for t in reading.traits + done.traits}
    assert all(translate(label, "en") != label for label in labels), labels


def test_years_at_a_refused_till_take_the_cafe_with_them() -> None:
    # "har stått" is experience like "har jobbat", and "kassan" is the refused "kassa".
    cafe = MatchIndex.build(
        [
            _doc("cafe", "Kafébiträde", "Brygga kaffe och stå i kassan på vårt café.", "9413"),
            _doc("joinery", "Snickeri", "Bygga och skapa möbler med händerna.", "7522"),
            _doc("till", "Kassapraktik", "Sitta i kassan i matbutiken.", "5230"),
        ]
    )
    text = "Inte kassa igen!! Har stått i kassan på ett café i två år. Vill skapa saker"
    assert _refs(cafe, text, 3)[0] == "joinery"
    reading = read_text(text, default_lexicon())
    assert "9413" not in reading.code_pos
    assert read_text("har stått i kassan", default_lexicon()).clauses[0].past


@pytest.mark.parametrize(
    ("text", "wanted", "not_wanted"),
    [
        # Caring about something is not care work; growing food is growing, not cooking.
        ("care a lot about the environment, would like to work with recycling", "9610", "5321"),
        ("would like to work with growing food", "6112", "5120"),
        ("something with tourism", "5113", "3522"),
    ],
)
def test_english_phrases_keep_their_own_sense(text: str, wanted: str, not_wanted: str) -> None:
    reading = read_text(text, default_lexicon())
    assert wanted in reading.code_pos
    assert not_wanted not in reading.code_pos


@pytest.mark.parametrize(
    ("text", "first", "not_wanted"),
    [
        ("Bageri eller blommor!", "7612", None),
        ("jag älskar blommor", "5223", None),  # the florist before the park
        ("fiskar med pappa varje helg, älskar havet", "6222", "6129"),  # fishing, not pet fish
        ("syr kläder till mina cosplays", "7531", "5223"),  # tailoring, not a clothes shop
        ("plockar svamp o bär i skogen varje höst", "6210", "4322"),  # the forest, not a warehouse
        ("vill bli tatuerare, ritar hela tiden", "5149", None),  # JobTech: Tatuerare is 5149
        ("kör fortnite o valorant varje kväll", "2513", "8332"),  # playing, not driving or a choir
        ("kör mycket racingspel, har ratt hemma", "2513", "8332"),  # a compound: racing + spel
        ("fiskar varje helg, har alltid spöt med mig", "6222", "6129"),  # the rod: fishing
        ("bygger båtmodeller på fritiden", "7522", "8350"),  # a model boat is a model, not a boat
        ("vill bli modell", "5241", None),
        ("mixar house, har en liten controller hemma", "3522", "2412"),  # a DJ controller
        ("detailing is my thing, I wash and polish my car every weekend", "9120", None),
    ],
)
def test_hobbies_lead_to_the_work_around_them(
    text: str, first: str, not_wanted: str | None
) -> None:
    reading = read_text(text, default_lexicon())
    assert first in reading.code_pos
    assert reading.code_pos[first] >= max(reading.code_pos.values()) - 1e-6
    if not_wanted:
        assert reading.code_pos.get(not_wanted, 0.0) < reading.code_pos[first] / 2


def test_how_well_one_speaks_a_language_is_a_skill_not_a_wish() -> None:
    lexicon = default_lexicon()
    rated = read_text("something with computers. english ok, swedish so-so", lexicon)
    assert "3512" in rated.code_pos
    assert not {"2643", "4225", "4222"} & set(rated.code_pos)
    wish = read_text("jag kan arabiska och vill jobba som tolk", lexicon)
    assert "2643" in wish.code_pos


def test_ironing_and_a_guitar_lead_to_the_work_around_them() -> None:
    reading = read_text("stryker alla skjortor hemma, tycker det är rogivande", default_lexicon())
    assert {"8151", "7531"} <= set(reading.code_pos)
    guitar = read_text("spelar gitarr i ett band sen fem år", default_lexicon())
    assert {"2652", "3522", "7319"} <= set(guitar.code_pos)  # the band, the stage, the workshop


def test_what_is_repaired_names_the_trade_not_the_repair_word() -> None:
    lexicon = default_lexicon()
    computers = read_text("something with computers, fixing them or setting them up", lexicon)
    assert "3512" in computers.code_pos and "7231" not in computers.code_pos
    alone = read_text("gillar att skruva", lexicon)
    assert "7231" in alone.code_pos  # with nothing named, repair is the workshop's


def test_english_words_are_not_read_as_swedish_typos_and_a_till_is_a_till() -> None:
    lexicon = default_lexicon()
    hands = read_text("good with my hands and like being outside", lexicon)
    assert all(h.written != "being" for h in hands.hits)
    till = read_text("I want customer service, not standing at a till all day", lexicon)
    assert "5230" in till.negative_codes and "4222" in till.code_pos


@pytest.mark.parametrize(
    ("text", "not_wanted"),
    [
        ("har byggt hela städer i minecraft", "9111"),  # cities, not cleaning
        ("vill jobba med vård, nu jag läser svenska på SFI", "4410"),  # studying, not the library
        ("Jag studerade IT i Charkiv 2 år", "4119"),  # a city, not an archive
        ("jag kommer från Portugal, vill jobba med barn", "9331"),  # a country, not a port
        ("bor i Biskopsgården, vill jobba i butik", "6121"),  # a district, not a farm
        ("min farmor lärde mig baka", "6121"),  # a grandmother, not a farm
        ("kollar massor på film", "5142"),  # lots of films, no massage
        ("I'd like construction, not painting, I hate the smell", "5223"),  # smell, not sell
    ],
)
def test_a_word_that_only_looks_like_work_is_not_read_as_work(text: str, not_wanted: str) -> None:
    assert not_wanted not in read_text(text, default_lexicon()).code_pos


def test_reading_books_still_leads_to_the_library() -> None:
    assert "4410" in read_text("jag läser mycket böcker", default_lexicon()).code_pos


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        # "utan" after a wish is "without": what follows is ruled out ...
        ("vill ha ett lugnt ställe utan massa kunder", [False, True]),
        ("utan stress", [True]),
        # ... and after a refusal it is "but rather": what follows is the wish.
        ("jag vill inte jobba i kök utan i butik", [True, False]),
        ("inte kök, utan butik", [True, False]),
        # What makes the youth feel bad is ruled out.
        ("mår dåligt av stress och höga ljud", [True]),
        ("får lätt huvudvärk av ljud", [True]),
        ("I get headaches from loud music", [True]),
        # A refusal with its own subject after "och"/"and" does not reach back.
        ("I like being outside and I'm NOT a morning person", [False, True]),
        ("vill vara ute och jag pallar inte kunder", [False, True]),
    ],
)
def test_without_and_feeling_bad_rule_out_what_follows(text: str, negated: list[bool]) -> None:
    assert [c.negated for c in split_clauses(text)] == negated


def test_a_feeling_word_keeps_its_sense_while_ruling_out_its_cause() -> None:
    # "blir stressad av mycket folk": the crowd is ruled out and calm is wished for.
    traits = read_text("blir stressad av mycket folk", default_lexicon()).trait_vector
    assert traits["public"] < 0 and traits["walking"] < 0
    assert "3522" in read_text("tyst pls, får huvudvärk av ljud", default_lexicon()).negative_codes


def test_experience_next_to_a_wish_for_something_rather_counts_less() -> None:
    lexicon = default_lexicon()
    rather = read_text("jobbat som städare, det var okej men jag vill hellre sy", lexicon)
    plain = read_text("jobbat som städare, och jag vill sy", lexicon)
    assert "9111" in rather.code_pos and rather.code_pos["9111"] < plain.code_pos["9111"]
    assert rather.code_pos["9111"] < rather.code_pos["7531"] / 2


def test_a_cause_is_context_not_a_wish() -> None:
    # "pga medicin" explains the morning; it is no wish for a pharmacy or a hospital.
    clauses = split_clauses("kan inte jobba tidiga morgnar (sover dåligt pga medicin). gillar djur")
    assert not any("medicin" in c.tokens for c in clauses)
    assert split_clauses("har ont i ryggen på grund av fotboll")[0].tokens[-1] == "ryggen"
    text = "vill jobba med djur, inte tidigt på morgonen because of my meds"
    assert not any("meds" in c.tokens for c in split_clauses(text))
    assert read_text(text, default_lexicon()).code_pos  # the wish before the cause is read


def test_horses_lead_to_the_stable_and_to_riding_lessons() -> None:
    # JobTech: Hästskötare is 6121, Ridinstruktör/Ridlärare 3422.
    for text in ("vill jobba med hästar", "I love horses"):
        found = read_text(text, default_lexicon()).code_pos
        assert {"6121", "3422"} <= set(found)
        assert found["6121"] >= max(found.values()) - 1e-6


def test_would_have_been_nice_is_a_wish_and_had_been_is_experience() -> None:
    assert not split_clauses("köra truck hade varit nice")[0].past
    assert split_clauses("hade varit på lager i ett år")[0].past


def test_the_sentence_shows_the_other_sense_across_a_comma() -> None:
    # Painting in watercolour is no house painting, although the comma splits the clauses.
    found = read_text("jag målar jättemycket, mest akvarell", default_lexicon()).code_pos
    assert "7131" not in found
    assert "7131" in read_text("jag målar gärna. väggar och tak", default_lexicon()).code_pos
    # Drawing and being creative next to it: painting as art, not walls.
    art = read_text("nåt där jag får vara kreativ, rita och måla typ", default_lexicon())
    assert "7131" not in art.code_pos and "2172" in art.code_pos


def test_one_written_word_is_one_trait_however_many_forms_it_matches() -> None:
    traits = read_traits(split_clauses("tecknar på kvällarna, gillar att vara ute"))
    assert [t.written for t in traits].count("kvällarna") == 1


@pytest.mark.parametrize(
    "text",
    [
        # A judgement that is itself a word of work ("tungt") still points back.
        "Jobbade som städare på ett hotell i somras. Det var tungt och ensamt. Vill ha mer folk omkring mig",
        "hade feriejobb som städare o det va sååå segt. vill vara bland folk",
    ],
)
def test_a_judgement_word_that_is_also_work_still_rules_the_past_job_out(text: str) -> None:
    reading = read_text(text, default_lexicon())
    assert "9111" in reading.negative_codes and "9111" not in reading.code_pos
    assert any(t.label == "mycket folk omkring dig" for t in reading.traits)


@pytest.mark.parametrize(
    ("text", "elderly"),
    [
        ("jobba med äldre", True),
        ("vill hjälpa gamla människor", True),
        ("äldre bilar och mopeder", False),
        ("syr på mormors gamla maskin", False),
    ],
)
def test_old_is_the_elderly_alone_or_before_people_and_an_age_before_a_thing(
    text: str, elderly: bool
) -> None:
    assert ("5321" in read_text(text, default_lexicon()).code_pos) is elderly


def test_what_somebody_else_has_is_context() -> None:
    # "min kusin har affär": the cousin's shop is context, like somebody else's job.
    assert split_clauses("min kusin har affär i somalia")[0].past


def test_a_hedged_occupation_next_to_clear_conditions_lets_the_conditions_lead() -> None:
    # "computers maybe?" after "chill, not too many ppl": the conditions count in full.
    hedged = read_text("something chill, not too many ppl. computers maybe?", default_lexicon())
    assert hedged.code_pos and not hedged.names_occupation
    assert read_text("something chill. computers!", default_lexicon()).names_occupation


def test_also_fine_with_is_a_weaker_wish() -> None:
    reading = read_text(
        "music producer, making beats. but also fine w working in a store", default_lexicon()
    )
    assert reading.code_pos["3522"] > reading.code_pos["5222"]
    assert all(h.hedged for h in reading.hits if "store" in h.written)


def test_an_allergy_rules_out_what_the_youth_is_allergic_to(index: MatchIndex) -> None:
    lexicon = default_lexicon()
    # The animal area stays wished; the animals named after "allergisk mot" go down.
    refs = _refs(index, "jag gillar djur men är allergisk mot hundar")
    assert refs[0] in {"pets", "stable"}
    assert refs.index("dogs") > refs.index("pets")
    assert "6121" in read_text("I love animals but im allergic to horses", lexicon).negative_codes
    fur = read_text("jag är allergisk mot pälsdjur, vill jobba i kök", lexicon)
    assert "5120" in fur.code_pos and "6122" in fur.negative_codes


def test_watercolours_are_art_and_puzzles_are_thinking(index: MatchIndex) -> None:
    lexicon = default_lexicon()
    art = read_text("jag målar jättemycket, mest akvarell", lexicon).code_pos
    assert art.get("2651", 0.0) > 0.5 and "7131" not in art
    chess = read_text("jag spelar schack och löser sudoku", lexicon)
    assert chess.trait_vector.get("I", 0.0) > 0 and chess.trait_vector.get("C", 0.0) > 0
    assert not {"2513", "2173"} & set(chess.code_pos)  # playing chess is no computer game
    assert _refs(index, "jag spelar schack och löser sudoku", 3)[0] in {"it", "lab"}


def test_i_was_a_trade_is_experience_and_the_new_wish_leads() -> None:
    assert split_clauses("i afghanistan jag var frisör")[0].past
    assert split_clauses("before I was a cook in Eritrea")[0].past
    assert not split_clauses("var dag vill jag laga mat")[0].past
    found = read_text(
        "i afghanistan jag var frisör, nu vill jag jobba med bilar", default_lexicon()
    )
    assert found.code_pos["7231"] > found.code_pos["5141"] > 0


def test_the_youths_own_diagnosis_is_no_wish_for_care_work() -> None:
    lexicon = default_lexicon()
    own = read_text("jag har ADHD och behöver röra på mig", lexicon)
    assert not {"5343", "5342", "5349"} & set(own.code_pos)
    assert own.trait_vector.get("walking", 0.0) > 0
    assert "5343" not in read_text("I have autism and like computers", lexicon).code_pos
    assert "5343" in read_text("vill jobba med barn med adhd", lexicon).code_pos
    # Somebody else's diagnosis is what the youth knows: "min bror har autism".
    assert "5343" in read_text("vill jobba me folk, min bror har autism", lexicon).code_pos


def test_not_having_to_talk_asks_for_few_people() -> None:
    traits = read_traits(split_clauses("vill ha nåt där jag inte behöver prata"))
    assert traits and all(t.features.get("contact", 0.0) < 0 for t in traits)
    assert not read_traits(split_clauses("jag pratar arabiska och svenska"))


def test_an_english_clause_is_read_as_english_and_standing_is_a_condition() -> None:
    lexicon = default_lexicon()
    feet = read_text("not into office stuff, prefer being on my feet", lexicon)
    assert not feet.code_pos  # 'being' is no typo of the JobTech name 'Bing'
    assert feet.trait_vector.get("standing", 0.0) > 0
    knee = read_traits(split_clauses("kan inte stå länge pga mitt knä"))
    assert knee and knee[0].features["standing"] < 0


def test_anything_but_rules_out_what_follows() -> None:
    lexicon = default_lexicon()
    assert "9111" in read_text("anything but cleaning please", lexicon).negative_codes
    assert "9111" in read_text("allt förutom städ", lexicon).negative_codes
    assert "6122" in read_text("anything is fine, but I love animals", lexicon).code_pos


def test_a_school_programme_is_experience_and_the_wish_after_it_counts() -> None:
    lexicon = default_lexicon()
    el = read_text("jag har gått el-programmet men hoppade av, gillar fortfarande el", lexicon)
    assert "2512" not in el.code_pos  # 'programmet' is the school's, not programming
    assert el.code_pos["7411"] == pytest.approx(read_text("gillar el", lexicon).code_pos["7411"])
    assert (
        "5141"
        in read_text("hoppade av frisörprogrammet, vill testa nåt annat", lexicon).negative_codes
    )
    assert split_clauses("gick bygg på gymnasiet")[0].past


def test_lowercase_it_is_the_field_unless_the_clause_is_english() -> None:
    lexicon = default_lexicon()
    assert "3512" in read_text("vill jobba med it", lexicon).code_pos
    assert not read_text("I love it", lexicon).code_pos


def test_a_condition_after_om_or_if_is_no_refusal_of_what_came_before() -> None:
    lexicon = default_lexicon()
    till = read_text("kan tänka mig kassa om det inte är för stressigt", lexicon)
    assert "5230" in till.code_pos and "5230" not in till.negative_codes
    assert "5222" in read_text("I could do retail if its not too busy", lexicon).code_pos
    # A judgement before the condition still refuses what the condition names.
    bored = read_traits(split_clauses("blir uttråkad direkt om det är lugnt"))
    assert bored and all(t.label.startswith("inte") for t in bored)
    assert len(split_clauses("jag tycker om det")) == 1  # 'om' as a particle


def test_old_things_are_no_old_people_and_homeless_people_point_to_social_work() -> None:
    lexicon = default_lexicon()
    old = read_text("intresserad av historia och gamla saker", lexicon).code_pos
    assert "5321" not in old and {"5223", "5113"} <= set(old)
    assert "5321" in read_text("vill hjälpa gamla", lexicon).code_pos
    assert max(read_text("vill jobba med att hjälpa hemlösa", lexicon).code_pos.items(),
               key=lambda kv: kv[1])[0] == "3411"  # fmt: skip


def test_more_than_people_refuses_only_the_people() -> None:
    found = read_text("jag gillar djur mer än människor", default_lexicon())
    assert "6122" in found.code_pos and not found.negative_codes
    assert found.trait_vector.get("contact", 0.0) < 0
    body = read_traits(split_clauses("vill ha ett jobb där jag får använda kroppen"))
    assert body and body[0].features.get("walking", 0.0) > 0


def test_caring_for_cars_is_no_care_work_and_beads_are_jewellery() -> None:
    lexicon = default_lexicon()
    cars = read_text("gillar att tvätta och vårda bilar", lexicon).code_pos
    assert "5321" not in cars and "7231" in cars
    assert "5321" in read_text("vill vårda gamla", lexicon).code_pos
    assert "7312" in read_text("gör egna smycken av pärlor", lexicon).code_pos


def test_the_adviser_who_speaks_is_no_wish() -> None:
    lexicon = default_lexicon()
    advice = read_text("min kurator sa att jag borde testa något praktiskt", lexicon)
    assert "2662" not in advice.code_pos and advice.trait_vector.get("R", 0.0) > 0
    assert "5312" not in read_text("my teacher said I should try cooking", lexicon).code_pos
    assert "3422" in read_text("min tränare tycker jag ska bli tränare", lexicon).code_pos
    assert "2662" in read_text("vill bli kurator", lexicon).code_pos


def test_fear_rules_out_and_modesty_does_not() -> None:
    lexicon = default_lexicon()
    assert "6122" in read_text("inte djur, jag är rädd för hundar", lexicon).negative_codes
    modest = read_text("jag skulle vilja jobba med IT men jag kan inte så mycket", lexicon)
    assert "3512" in modest.code_pos and not modest.negative_codes
    assert "5120" in read_text("kök? nej tack", lexicon).negative_codes


def test_a_wish_clause_keeps_its_own_sense_next_to_a_rating() -> None:
    lexicon = default_lexicon()
    found = read_text("jag är bra på svenska och engelska, vill jobba med språk", lexicon)
    assert "2643" in found.code_pos
    assert "2643" not in read_text("english ok, swedish so-so. I like cars", lexicon).code_pos


def test_english_old_people_and_clothing_stores() -> None:
    lexicon = default_lexicon()
    old = read_text("I want to help old people", lexicon).code_pos
    assert max(old, key=old.get) == "5321"
    store = read_text("I love fashion and want to work in a clothing store", lexicon).code_pos
    assert max(store, key=store.get) == "5223"


def test_not_when_it_rains_refuses_the_rain_not_the_outdoors() -> None:
    lexicon = default_lexicon()
    rain = read_text("gillar att vara ute men inte när det regnar", lexicon)
    assert not rain.negative_codes and rain.trait_vector.get("outdoors", 0.0) > 0
    assert "5120" in read_text("kök? nej tack", lexicon).negative_codes


def test_preferring_one_thing_over_another_rules_out_the_other() -> None:
    for text in ("I prefer animals over people", "jag föredrar djur framför människor"):
        found = read_text(text, default_lexicon())
        assert "6122" in found.code_pos and found.trait_vector.get("contact", 0.0) < 0
    # Without a comparison, "framför" is a place.
    assert "3512" in read_text("vill sitta framför datorn", default_lexicon()).code_pos


def test_fast_food_emoji_between_thoughts_and_if_nothing_else() -> None:
    lexicon = default_lexicon()
    cook = read_text("I like cooking but NOT fast food, it was way too stressful", lexicon)
    assert "5120" in cook.code_pos and "5120" not in cook.negative_codes
    dogs = read_text(
        "I want to work with animals, dogs especially 🐶 my swedish is not so good", lexicon
    )
    assert "6122" in dogs.code_pos and not dogs.negative_codes
    both = read_text("jag vill inte jobba med 🐶 och 🐱", lexicon)  # one thought: both refused
    assert "6122" in both.negative_codes
    shop = read_text("fotboll, gaming, och kanske affär om inget annat finns", lexicon)
    assert "5223" in shop.code_pos and not shop.negative_codes


def test_sound_sensitive_is_no_wish_for_sound_work() -> None:
    found = read_text("är ljudkänslig, vill ha en tyst arbetsplats", default_lexicon())
    assert "3522" in found.negative_codes and found.trait_vector.get("loud", 0.0) < 0


def test_experience_left_for_a_rather_wish_leaves_the_text_similarity_too() -> None:
    text = "Har stått i kassan på en matbutik i ett år. Det var okej men nu vill jag hellre jobba med djur"
    found = read_text(text, default_lexicon())
    assert "djur" in found.positive_text and "kassan" not in found.positive_text
    plain = read_text("har stått i kassan, vill jobba med djur", default_lexicon())
    assert "kassan" in plain.positive_text  # plain experience still says something


def test_english_plurals_and_no_swedish_compounds_in_an_english_clause() -> None:
    found = read_text(
        "not into shops or restaurants at all. Something technical where I use my hands",
        default_lexicon(),
    )
    assert {"5222", "5131"} <= found.negative_codes
    assert found.code_pos.get("7411", 0.0) > 0  # 'technical' is no 'tech' (IT) compound


def test_hobbies_hacking_at_the_gym_and_massage() -> None:
    lexicon = default_lexicon()
    ctf = read_text("hackar i CTF-tävlingar på helgerna, kör linux på allt", lexicon).code_pos
    assert max(ctf, key=ctf.get) == "3514" and not {"6113", "8332", "2652"} & set(ctf)
    gym = read_text("gymmar 5 dar i veckan, lyfter tungt", lexicon).code_pos
    assert "3422" in gym and not {"9332", "4322"} & set(gym)  # lifting at the gym is no removal
    assert "9332" in read_text("vill jobba på lager, klarar tungt", lexicon).code_pos
    assert "5143" in read_text("vill jobba med massage", lexicon).code_pos  # JobTech's Massör


def test_what_stresses_the_youth_is_ruled_out_and_asks_for_calm() -> None:
    found = read_text(
        "inte butik. kunderna stressar mig. nåt lugnt, lager kanske", default_lexicon()
    )
    assert "5223" in found.negative_codes and found.trait_vector.get("public", 0.0) < 0
    assert all(not t.label.startswith("inte") for t in found.traits if t.written == "stressar")


def test_what_follows_experience_in_its_sentence_tells_of_it_too() -> None:
    clauses = split_clauses("Jobbade på ett lager i somras, plocka plocka hela dagarna. vill bygga")
    assert [c.past for c in clauses] == [True, True, False]
    # A wish after experience in the same sentence stays a wish.
    assert not split_clauses("har jobbat i kassa, vill jobba med djur")[1].past


def test_crafting_leads_to_handicraft_too() -> None:
    assert "7319" in read_text("gillar att pyssla", default_lexicon()).code_pos  # Keramiker


@pytest.mark.parametrize(
    ("text", "refused", "wished"),
    [
        ("jag är trött på städning, vill jobba med sport", "9111", "3422"),
        ("I am so sick of cleaning, want to do sports", "9111", "3422"),
        ("tired of retail, want something with animals", "5222", "6122"),
        ("fed up with kitchens. maybe animals", "5120", "6122"),
    ],
)
def test_being_tired_of_something_rules_it_out(text: str, refused: str, wished: str) -> None:
    reading = read_text(text, default_lexicon())
    assert refused in reading.negative_codes
    assert refused not in reading.code_pos
    assert reading.code_pos.get(wished, 0.0) > 0.3
    # "sick" in "sick of" is no sickness: nothing of care work is read.
    assert not {"5321", "5323", "5330"} & set(reading.code_pos)


def test_really_tired_is_no_refusal() -> None:
    reading = read_text(
        "vill ha nåt fysiskt där man blir trött på riktigt, bära o gräva", default_lexicon()
    )
    assert not reading.negative_codes


@pytest.mark.parametrize(
    "tired",
    ["orkar inte mer med kunder", "sick of it", "trött på det", "aldrig igen"],
)
def test_tiredness_leaves_the_experience_behind(tired: str) -> None:
    lexicon = default_lexicon()
    past = "jobbat på ica i två år"
    wish = "vill göra nåt själv med händerna"
    plain = read_text(f"{past}. {wish}", lexicon)
    assert plain.code_pos.get("5230", 0.0) > 0  # experience alone still counts a little
    reading = read_text(f"{past}, {tired}. {wish}", lexicon)
    assert "5230" not in reading.code_pos
    assert "5230" in reading.negative_codes


def test_a_verb_with_its_own_not_after_and_starts_a_refusal_of_its_own() -> None:
    clauses = split_clauses("jag är blyg och gillar inte att prata i telefon")
    assert [c.negated for c in clauses] == [False, True]
    labels = [t.label for t in read_traits(clauses)]
    assert "att vara blyg" in labels and "inte att vara blyg" not in labels
    # "... o orkar inte mer" has nothing of its own: it still judges what came before.
    text = "har jobbat på lager i ett år nu o orkar inte mer, samma sak varje dag. vill ha djur"
    reading = read_text(text, default_lexicon())
    assert "4322" not in reading.code_pos


def test_a_bare_judgement_after_a_refusal_says_why_and_refuses_nothing_more(
    index: MatchIndex,
) -> None:
    text = "allt med djur funkar utom hundar, är allergisk 🤧"
    reading = read_text(text, default_lexicon())
    assert reading.code_pos.get("6121", 0.0) > 0.3  # the animals stay the wish
    refs = _refs(index, text, 3)
    assert refs[0] in {"pets", "stable"} and "dogs" not in refs[:2]


@pytest.mark.parametrize(
    "text", ["did call center for a year 😩 never again", "kundtjänst. aldrig igen"]
)
def test_never_again_rules_out_what_was_just_said(text: str) -> None:
    reading = read_text(text, default_lexicon())
    assert "4222" in reading.negative_codes and "4222" not in reading.code_pos
    assert split_clauses("did call center for a year")[0].past


def test_a_dream_that_may_be_hard_to_reach_is_not_refused() -> None:
    reading = read_text(
        "mitt drömjobb är polis men det kanske är svårt, annars väktare", default_lexicon()
    )
    assert not reading.negative_codes
    assert "5413" in reading.code_pos
    # Having a hard time with something still rules it out.
    assert read_text("det är svårt för mig att prata med folk", default_lexicon()).negative_codes


def test_wanting_to_try_something_after_experience_is_a_change() -> None:
    text = "I used to work at mcdonalds. it was ok but i want to try something with cars now"
    reading = read_text(text, default_lexicon())
    assert "9412" not in reading.code_pos
    assert reading.code_pos.get("7231", 0.0) > 0.5
