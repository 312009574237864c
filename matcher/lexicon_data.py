"""Lexicon data: the row types, the word lists that steer matching, and CSV loading."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from matcher.text import normalize_token, tokenize

DATA_DIR = Path(__file__).parent / "data"
FUZZY_MIN_RATIO = 85.0
# Real words that sit one typo away from an interest word ("hand" ~ "hund").
NOT_TYPOS: frozenset[str] = frozenset(
    (DATA_DIR / "not_typos.txt").read_text(encoding="utf-8").split()
)
# Words that point back to what was just said ("det var tråkigt", "that was boring").
REFERRING_WORDS: frozenset[str] = frozenset(["det", "den", "de", "dom", "it", "that", "this"])
# Words that may stand next to a refusal that only points back ("nej tack", "absolut inte").
BARE_REFUSAL: frozenset[str] = frozenset(
    ["tack", "absolut", "verkligen", "heller", "alls", "thanks", "way", "really", "för", "mig"]
)
# (ending, replacement) tried in order to reach a lexicon form: past/supine/present verb
# forms to the infinitive, agent and action nouns to the verb, plural -or to -a.
LEMMA_RULES: tuple[tuple[str, str], ...] = (
    ("ade", "a"),
    ("ande", "a"),
    ("ning", "a"),
    ("are", "a"),
    ("at", "a"),
    ("it", "a"),  # supine of strong verbs: 'ridit' -> 'rida', 'skrivit' -> 'skriva'
    ("ar", "a"),
    ("er", "a"),
    ("de", "a"),
    ("te", "a"),
    ("or", "a"),
)
INFLECTION_TAILS: frozenset[str] = frozenset(
    [
        "a",
        "e",
        "n",
        "t",
        "s",
        "en",
        "et",
        "na",
        "ar",
        "or",
        "er",
        "arna",
        "orna",
        "erna",
        "are",
        "ande",
        "ade",
        "at",
        "de",
        "te",
        "ning",
        "ningar",
    ]
)


@dataclass(frozen=True)
class LexTerm:
    """One lexicon row, normalised."""

    term: str
    tokens: tuple[str, ...]
    codes: tuple[str, ...]
    weight: float
    placement_words: tuple[str, ...]
    note: str = ""


@dataclass(frozen=True)
class TermHit:
    """A lexicon term found in a youth's text, with the word as the youth wrote it."""

    term_id: int
    written: str
    kind: str  # exact | stem | compound | fuzzy | phrase
    negated: bool
    hedged: bool = False  # the clause says "kanske"/"maybe": a softer wish
    past: bool = False  # the clause tells of experience ("har jobbat i kassa"), not a wish
    strong: bool = False  # the clause says "helst"/"drömmen": the strongest wish


def dotless(word: str) -> str:
    """The word as typed without Swedish letters."""
    return word.replace("å", "a").replace("ä", "a").replace("ö", "o")


def norm_phrase(text: str) -> tuple[str, ...]:
    return tuple(tokenize(text))


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def load_occupations(path: Path | None = None) -> dict[str, str]:
    """SSYK code -> short Swedish name, for reasons."""
    rows = read_rows(path or DATA_DIR / "occupations.csv")
    return {r["ssyk"].strip(): r["name_sv"].strip() for r in rows}


def parse_terms(rows: Iterable[dict[str, str]]) -> list[LexTerm]:
    """Lexicon CSV rows -> normalised terms (rows without codes or tokens are skipped)."""
    terms: list[LexTerm] = []
    for r in rows:
        tokens = norm_phrase(r["term"])
        codes = tuple(c for c in r["ssyk"].split() if c)
        if not tokens or not codes:
            continue
        pws = tuple(
            dict.fromkeys(
                normalize_token(w.strip()) for w in (r.get("placement_words") or "").split(";")
            )
        )
        terms.append(
            LexTerm(
                term=r["term"].strip(),
                tokens=tokens,
                codes=codes,
                weight=float(r["weight"]),
                placement_words=tuple(w for w in pws if w and " " not in w),
                note=(r.get("note") or "").strip(),
            )
        )
    return terms
