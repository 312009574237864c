"""Text normalisation: chat spelling, stretched letters, clauses and negation."""

from matcher.clauses import split_clauses
from matcher.text import collapse_repeats, normalize, stem


def test_chat_spellings_become_written_swedish() -> None:
    assert normalize("vill jobba me hundar o nån katt, ba kul") == (
        "vill jobba med hundar och någon katt bara kul"
    )


def test_stretched_letters_are_collapsed_but_double_consonants_kept() -> None:
    assert collapse_repeats("sjuuukt") == "sjukt"
    assert collapse_repeats("snabbbb") == "snabb"
    assert collapse_repeats("kassa") == "kassa"


def test_punctuation_and_emoji_are_dropped_meaningful_emoji_become_words() -> None:
    assert normalize("cyklar!!! 😍🔥") == "cyklar"
    assert normalize("🐶🐶") == "hund hund"


def test_clauses_split_at_punctuation_and_contrast_words() -> None:
    clauses = split_clauses("inte kassa igen!! men lager kanske")
    assert [c.tokens for c in clauses] == [("inte", "kassa", "igen"), ("lager", "kanske")]
    assert [c.negated for c in clauses] == [True, False]


def test_each_negation_form_rules_its_clause_out() -> None:
    for text in (
        "vill INTE städa",
        "int städa",
        "aldrig mer städa",
        "hatar städning",
        "orkar inte städa",
        "no cleaning",
        "don't want cleaning",
        "never cleaning",
        "städa är tråkigt",
        "ingen städning",
    ):
        assert split_clauses(text)[0].negated, text


def test_allt_utom_rules_out_what_follows() -> None:
    clauses = split_clauses("allt utom kassa")
    assert [c.negated for c in clauses] == [False, True]
    assert clauses[1].tokens == ("kassa",)


def test_hedges_with_negation_words_are_not_negations() -> None:
    assert not split_clauses("vet inte vad jag vill")[0].negated
    assert not split_clauses("har aldrig jobbat med barn")[0].negated
    assert not split_clauses("inte bara djur")[0].negated


def test_written_tokens_are_kept_next_to_normalised_ones() -> None:
    clause = split_clauses("Vill jobba me HUNDAR")[0]
    assert clause.written == ("vill", "jobba", "me", "hundar")
    assert clause.tokens == ("vill", "jobba", "med", "hundar")


def test_stemming_strips_one_suffix_and_keeps_three_letters() -> None:
    assert stem("hundarna") == "hund"
    assert stem("bilar") == "bil"
    assert stem("el") == "el"


def test_judgement_after_var_rules_the_clause_out() -> None:
    from matcher.clauses import is_negated
    from matcher.text import tokenize

    assert is_negated(tokenize("det var skit"))
    assert is_negated(tokenize("kassa är kasst"))
    assert not is_negated(tokenize("skit bra med djur"))


def test_an_emoji_without_a_word_ends_a_thought() -> None:
    clauses = split_clauses("aldrig mer kassa 😩 vill jobba med djur")
    assert [c.negated for c in clauses] == [True, False]
    assert "djur" in clauses[-1].tokens


def test_a_refusal_ends_at_the_next_wish_verb() -> None:
    clauses = split_clauses("aldrig mer kassa vill jobba med djur istället")
    assert [c.negated for c in clauses] == [True, False]
    # ... but "vill inte" keeps refusing.
    assert all(c.negated for c in split_clauses("inte kassa vill inte det"))


def test_har_with_a_supine_tells_experience() -> None:
    assert split_clauses("har målat hos min morbror")[0].past
    assert split_clauses("hade städat på hotell")[0].past
    assert not split_clauses("vill måla hus")[0].past
