"""The assessment scale: four levels plus "could not be observed", in plain words (sv, en)."""

LEVELS: dict[int, tuple[str, str, str]] = {
    # level: (Swedish words, English words, smiley shown on the form)
    1: ("Behöver mycket stöd", "Needs a lot of support", "😟"),
    2: ("Behöver lite stöd", "Needs some support", "🙂"),
    3: ("Klarar det själv", "Manages on their own", "😀"),
    4: ("Klarar det mycket bra", "Does it very well", "🌟"),
}
NOT_OBSERVED = ("Kunde inte bedömas", "Could not be observed")


def level_words(level: int | None, language: str = "sv") -> str:
    """Returns a level in words; None means the competence could not be observed."""
    if level is None:
        return NOT_OBSERVED[0 if language == "sv" else 1]
    sv, en, _ = LEVELS[level]
    return sv if language == "sv" else en
