"""The interest explorer's cards and what the answers add up to, as pure data (no database).

The 40 activity cards live in `data/activity_cards.csv`, one row per card with its RIASEC and
working-condition tags (the columns of the O*NET table in `matcher/data/occupation_traits.csv`),
why it is there and its gender review. An answer is "like", "unsure", "dislike" or "skip".
The profile is, per feature, the answers weighted by the cards' tags, in -1..1. Gender is not
an input anywhere here.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA_FILE = Path(__file__).parent / "data" / "activity_cards.csv"
RIASEC = ("R", "I", "A", "S", "E", "C")
CONDITIONS = (
    "contact", "team", "public", "indoors", "outdoors", "standing", "walking", "freedom", "repeat",
)  # fmt: skip
FEATURES = RIASEC + CONDITIONS
ANSWERS = ("like", "unsure", "dislike", "skip")
ANSWER_VALUE = {"like": 1.0, "unsure": 0.0, "dislike": -1.0}
# The ending names an interest type or a condition from this strength on.
SAYS_ENOUGH = 0.25

# Plain Swedish (and English) for the interest types and conditions, for the ending and staff.
TYPE_WORDS: dict[str, tuple[str, str]] = {
    "R": ("fixa saker med händerna", "fix things with your hands"),
    "I": ("ta reda på hur saker fungerar", "find out how things work"),
    "A": ("skapa egna saker", "create your own things"),
    "S": ("hjälpa andra", "help others"),
    "E": ("få saker att hända", "make things happen"),
    "C": ("hålla ordning", "keep things in order"),
}
TYPE_NAMES: dict[str, tuple[str, str]] = {
    "R": ("Praktiskt", "Realistic"),
    "I": ("Undersökande", "Investigative"),
    "A": ("Skapande", "Artistic"),
    "S": ("Socialt", "Social"),
    "E": ("Företagsamt", "Enterprising"),
    "C": ("Ordnande", "Conventional"),
}
CONDITION_WORDS: dict[str, tuple[str, str]] = {
    "contact": ("träffa människor", "meet people"),
    "team": ("jobba i lag", "work in a team"),
    "public": ("möta kunder och gäster", "meet customers and guests"),
    "indoors": ("vara inomhus", "be indoors"),
    "outdoors": ("vara ute", "be outside"),
    "standing": ("stå upp och jobba", "work on your feet"),
    "walking": ("vara i rörelse", "be on the move"),
    "freedom": ("bestämma själv", "decide for yourself"),
    "repeat": ("ha fasta rutiner", "have set routines"),
}
CONDITION_WORDS_LOW: dict[str, tuple[str, str]] = {
    "contact": ("jobba i lugn och ro", "work in peace and quiet"),
    "walking": ("sitta ner när du jobbar", "sit down while you work"),
    "standing": ("sitta ner när du jobbar", "sit down while you work"),
    "team": ("jobba på egen hand", "work on your own"),
    "repeat": ("få variation", "have variety"),
}


@dataclass(frozen=True)
class Card:
    """One activity card: its words, tags (feature -> weight) and picture."""

    id: str
    text_sv: str  # an infinitive phrase: "laga saker som gått sönder"
    text_en: str
    tags: dict[str, float]
    picture: str
    alt_sv: str
    alt_en: str
    rationale: str
    gender_review: str

    def text(self, language: str) -> str:
        return self.text_en if language == "en" else self.text_sv

    def alt(self, language: str) -> str:
        return self.alt_en if language == "en" else self.alt_sv


@lru_cache(maxsize=1)
def cards() -> tuple[Card, ...]:
    """The deck in the order it is shown."""
    with DATA_FILE.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    return tuple(
        Card(
            id=r["id"],
            text_sv=r["text_sv"],
            text_en=r["text_en"],
            tags={f: float(r[f]) for f in FEATURES if r.get(f) and float(r[f]) != 0.0},
            picture=r["picture"],
            alt_sv=r["alt_sv"],
            alt_en=r["alt_en"],
            rationale=r["rationale"],
            gender_review=r["gender_review"],
        )
        for r in rows
    )


@lru_cache(maxsize=1)
def cards_by_id() -> dict[str, Card]:
    return {c.id: c for c in cards()}


def next_card(answers: Mapping[str, str]) -> Card | None:
    """The first card without an answer (None when every card is answered or skipped)."""
    return next((c for c in cards() if c.id not in answers), None)


def profile_from_answers(answers: Mapping[str, str]) -> dict[str, float]:
    """Per feature, the answers weighted by the cards' tags (-1 dislikes .. +1 likes)."""
    total = dict.fromkeys(FEATURES, 0.0)
    weight = dict.fromkeys(FEATURES, 0.0)
    by_id = cards_by_id()
    for card_id, answer in answers.items():
        card = by_id.get(card_id)
        if card is None or answer not in ANSWER_VALUE:
            continue
        for feature, w in card.tags.items():
            total[feature] += ANSWER_VALUE[answer] * w
            weight[feature] += abs(w)
    return {f: round(total[f] / weight[f], 4) if weight[f] else 0.0 for f in FEATURES}


def top_types(profile: Mapping[str, float], n: int = 2) -> list[str]:
    """The interest types the youth leans to most (only those above SAYS_ENOUGH)."""
    ordered = sorted(RIASEC, key=lambda t: -profile.get(t, 0.0))
    return [t for t in ordered[:n] if profile.get(t, 0.0) >= SAYS_ENOUGH]


def liked_cards(answers: Mapping[str, str]) -> list[Card]:
    return [c for c in cards() if answers.get(c.id) == "like"]


def summary_sentence(profile: Mapping[str, float], language: str = "sv") -> str:
    """An encouraging, concrete sentence: "Du verkar gilla att fixa saker och vara i rörelse"."""
    i = 1 if language == "en" else 0
    parts = [TYPE_WORDS[t][i] for t in top_types(profile, 1)]
    conditions = sorted(CONDITIONS, key=lambda f: -abs(profile.get(f, 0.0)))
    for f in conditions:
        value = profile.get(f, 0.0)
        words = CONDITION_WORDS.get(f) if value > 0 else CONDITION_WORDS_LOW.get(f)
        if abs(value) >= SAYS_ENOUGH and words and words[i] not in parts:
            parts.append(words[i])
            break
    if len(parts) < 2:
        parts += [TYPE_WORDS[t][i] for t in top_types(profile, 2)[1:]]
    if not parts:
        return (
            "You are open to many things – that is a good start."
            if language == "en"
            else "Du är öppen för mycket – det är en bra start."
        )
    joined = (" and " if language == "en" else " och ").join(parts[:2])
    return (
        f"You seem to like to {joined}." if language == "en" else f"Du verkar gilla att {joined}."
    )


def answered_count(answers: Iterable[str]) -> int:
    return sum(1 for a in answers if a in ANSWERS)
