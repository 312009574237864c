"""Lexicon data: the row types, the word lists that steer matching, and CSV loading."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import wordfreq

from employers.occupation_inference import load_reference
from matcher.text import STOPWORDS, normalize_token, tokenize

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
    ["tack", "absolut", "verkligen", "heller", "alls", "thanks", "way", "really", "för", "mig",
     "igen", "mer", "again", "more", "anymore", "ever"]
)  # fmt: skip
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


# JobTech occupation names as youth words (occupation_name_rows).
JOBTECH_WEIGHT = 0.9
JOBTECH_MAX_WORDS = 2
JOBTECH_MAX_CODES = 2
JOBTECH_COMMON_ZIPF = 4.5


def occupation_name_rows(known: set[tuple[str, ...]]) -> list[dict[str, str]]:
    """The JobTech Taxonomy's occupation names and synonyms as lexicon rows, so a youth who
    names any occupation ('urmakare', 'guide', 'tapetserare') reaches its SSYK group, also
    one the hand-written lexicon does not cover. The lexicon's own rows win; a name that
    stands for several groups ('assistent') or is a common word of its own is left out."""
    entries, _, _ = load_reference()
    by_term: dict[tuple[str, ...], dict[str, float]] = {}
    for e in entries:
        tokens = norm_phrase(e.term)
        if not tokens or len(tokens) > JOBTECH_MAX_WORDS or tokens in known:
            continue
        if len(tokens) == 1 and (len(tokens[0]) < 4 or tokens[0] in STOPWORDS):
            continue
        codes = by_term.setdefault(tokens, {})
        codes[e.code] = max(codes.get(e.code, 0.0), e.weight)
    rows = []
    for tokens, codes in by_term.items():
        if len(codes) > JOBTECH_MAX_CODES:
            continue
        if len(tokens) == 1 and wordfreq.zipf_frequency(tokens[0], "sv") >= JOBTECH_COMMON_ZIPF:
            continue
        term = " ".join(tokens)
        for code, weight in codes.items():
            rows.append({"term": term, "ssyk": code, "weight": f"{JOBTECH_WEIGHT * weight:.2f}",
                         "placement_words": term, "note": "JobTech occupation name"})  # fmt: skip
    return rows
