"""The interest lexicon: youth words -> SSYK occupations, and the words placements use.

The data lives in `matcher/data/lexicon.csv` (term,ssyk,weight,placement_words,note).
Matching tolerates inflection (light stemming), compounds (lexicon words inside longer
words), multiword phrases with a small gap, and typos (rapidfuzz ratio / Damerau-Levenshtein).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rapidfuzz import fuzz, process
from rapidfuzz.distance import DamerauLevenshtein

from matcher.text import (
    NEGATION_CUES,
    STOPWORDS,
    Clause,
    is_negated,
    normalize_token,
    stem,
    tokenize,
)

DATA_DIR = Path(__file__).parent / "data"
FUZZY_MIN_RATIO = 85.0
# Real words that sit one typo away from an interest word ("hand" ~ "hund").
NOT_TYPOS: frozenset[str] = frozenset(
    [
        "hand",
        "land",
        "sand",
        "band",
        "kant",
        "kall",
        "fall",
        "hall",
        "tall",
        "ball",
        "mall",
        "mamma",
        "tant",
        "vara",
        "bara",
        "klar",
        "stad",
        "stan",
        "dags",
        "kort",
        "lång",
        "fort",
        "sitt",
        "satt",
        "sätt",
        "titt",
        "mina",
        "dina",
        "sina",
        "vana",
        "vill",
        "bild",
        "bilder",
        "hade",
        "hela",
        "heta",
        "leka",
        "lika",
        "lite",
        "mera",
        "nära",
        "rätt",
        "ropa",
        "ute",
        "inne",
        "över",
        "runt",
        "mest",
    ]
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


def _norm_phrase(text: str) -> tuple[str, ...]:
    return tuple(tokenize(text))


class Lexicon:
    """Loaded lexicon with the lookup structures for fast matching."""

    def __init__(self, terms: Iterable[LexTerm], occupations: dict[str, str]) -> None:
        self.terms: list[LexTerm] = list(terms)
        self.occupations = occupations
        self._exact: dict[str, list[int]] = {}
        self._stem: dict[str, list[int]] = {}
        self._phrases: list[tuple[tuple[str, ...], int]] = []
        for tid, t in enumerate(self.terms):
            if len(t.tokens) == 1:
                self._exact.setdefault(t.tokens[0], []).append(tid)
                self._stem.setdefault(stem(t.tokens[0]), []).append(tid)
            elif t.tokens:
                self._phrases.append((t.tokens, tid))
        self._phrases.sort(key=lambda p: -len(p[0]))
        self._fuzzy_by_initial: dict[str, list[str]] = {}
        for k in sorted(self._exact):
            if len(k) >= 4:
                self._fuzzy_by_initial.setdefault(k[0], []).append(k)
        self._token_cache: dict[str, tuple[tuple[int, str], ...]] = {}
        self.codes: tuple[str, ...] = tuple(sorted({c for t in self.terms for c in t.codes}))
        # Placement words: the vocabulary placements use, shared by all terms.
        pw: dict[str, int] = {}
        for t in self.terms:
            for w in (*t.placement_words, *([t.tokens[0]] if len(t.tokens) == 1 else [])):
                if w and w not in pw:
                    pw[w] = len(pw)
        self.placement_vocab: dict[str, int] = pw
        self._pw_stem: dict[str, list[int]] = {}
        # Placement text is spelled correctly, so only stems of 4+ letters are trusted here
        # ('lager' and 'lagar' share the 3-letter stem 'lag').
        for w, i in pw.items():
            if len(stem(w)) >= 4:
                self._pw_stem.setdefault(stem(w), []).append(i)
            self._pw_stem.setdefault(w, []).append(i)
        self.term_pw: list[tuple[int, ...]] = [
            tuple(
                sorted(
                    {pw[w] for w in t.placement_words if w}
                    | ({pw[t.tokens[0]]} if len(t.tokens) == 1 else set())
                )
            )
            for t in self.terms
        ]
        self._pw_cache: dict[str, tuple[int, ...]] = {}

    # ---- youth side -------------------------------------------------------------------
    def _single(self, token: str) -> tuple[tuple[int, str], ...]:
        cached = self._token_cache.get(token)
        if cached is not None:
            return cached
        found: list[tuple[int, str]] = []
        if token in self._exact:
            found = [(tid, "exact") for tid in self._exact[token]]
        elif len(stem(token)) >= 4 and stem(token) in self._stem:
            found = [(tid, "stem") for tid in self._stem[stem(token)]]
        else:
            found = [(tid, "compound") for tid in self._compound(token)]
            if not found:
                found = [(tid, "fuzzy") for tid in self._fuzzy(token)]
        result = tuple(found)
        self._token_cache[token] = result
        return result

    def _is_word(self, part: str) -> bool:
        return part in self._exact or stem(part) in self._stem

    def _compound(self, token: str) -> list[int]:
        """Lexicon words as parts of a compound: 'bilverkstad' -> bil + verkstad."""
        if len(token) < 6:
            return []
        hits: list[int] = []
        # Head (last part) carries the meaning in Swedish compounds.
        for k in range(2, len(token) - 2):
            head, mod = token[k:], token[:k]
            # An unknown first part needs a long, clearly meaningful head ('människor' is
            # not 'männi' + 'skor').
            if len(head) < 5 and not self._is_word(mod):
                continue
            if head in self._exact:
                hits.extend(self._exact[head])
                break
            if stem(head) in self._stem and len(stem(head)) >= 4 and head not in STOPWORDS:
                hits.extend(self._stem[stem(head)])
                break
        # Modifier (first part), possibly with a linking s; a short one needs a known rest.
        for k in range(len(token) - 3, 2, -1):
            mod, rest = token[:k], token[k:]
            if mod not in self._exact:
                continue
            rest_core = rest[1:] if rest.startswith("s") and len(rest) > 4 else rest
            if len(mod) >= 4 and (
                len(rest) >= 4 or rest in INFLECTION_TAILS or self._is_word(rest)
            ):
                hits.extend(self._exact[mod])
                break
            if len(mod) == 3 and len(rest_core) >= 4 and self._is_word(rest_core):
                hits.extend(self._exact[mod])
                break
        return list(dict.fromkeys(hits))

    def _fuzzy(self, token: str) -> list[int]:
        if token in STOPWORDS or token in NOT_TYPOS or len(token) < 4:
            return []
        # Typos rarely hit the first letter; requiring it avoids 'folk' -> 'tolk'.
        vocab = self._fuzzy_by_initial.get(token[0], [])
        if len(token) >= 5:
            best = process.extractOne(token, vocab, scorer=fuzz.ratio, score_cutoff=FUZZY_MIN_RATIO)
            if best is not None:
                return list(self._exact[best[0]])
        if len(token) <= 6:
            for cand in vocab:
                if abs(len(cand) - len(token)) <= 1 and len(cand) <= 6:
                    if DamerauLevenshtein.distance(token, cand, score_cutoff=1) <= 1:
                        return list(self._exact[cand])
        return []

    @staticmethod
    def _tok_eq(a: str, b: str) -> bool:
        if a == b:
            return True
        if b in STOPWORDS or a in STOPWORDS:
            return False
        if stem(a) == stem(b) and len(stem(a)) >= 3:
            return True
        return len(a) >= 5 and len(b) >= 5 and fuzz.ratio(a, b) >= FUZZY_MIN_RATIO

    def _phrase_at(self, tokens: tuple[str, ...], phrase: tuple[str, ...]) -> list[int] | None:
        """Positions of `phrase` in `tokens`, allowing one extra word between parts."""
        for start, tok in enumerate(tokens):
            if not self._tok_eq(tok, phrase[0]):
                continue
            pos = [start]
            i = start + 1
            for part in phrase[1:]:
                for j in range(i, min(i + 2, len(tokens))):
                    if self._tok_eq(tokens[j], part):
                        pos.append(j)
                        i = j + 1
                        break
                else:
                    break
            if len(pos) == len(phrase):
                return pos
        return None

    def match_clause(self, clause: Clause) -> list[TermHit]:
        """All lexicon terms in one clause; phrases first, their words are then used up."""
        hits: list[TermHit] = []
        used: set[int] = set()
        negated = clause.negated
        for phrase, tid in self._phrases:
            pos = self._phrase_at(clause.tokens, phrase)
            if pos is None or used.intersection(pos):
                continue
            used.update(pos)
            written = " ".join(clause.written[pos[0] : pos[-1] + 1])
            # A phrase that contains its own negation ("inte sitta still") is a wish.
            own_cue = any(t in NEGATION_CUES for t in phrase)
            if own_cue and negated:
                rest = [t for i, t in enumerate(clause.tokens) if i not in pos]
                negated = is_negated(rest)
            hits.append(TermHit(tid, written, "phrase", False if own_cue else negated))
        hits = [
            TermHit(h.term_id, h.written, h.kind, False) if h.negated and not negated else h
            for h in hits
        ]
        for i, tok in enumerate(clause.tokens):
            if i in used or tok in STOPWORDS or tok in NEGATION_CUES or len(tok) < 2:
                continue
            for tid, kind in self._single(tok):
                hits.append(TermHit(tid, clause.written[i], kind, negated))
        return hits

    def match(self, clauses: Iterable[Clause]) -> list[TermHit]:
        """Terms found in all clauses, each term once per polarity (first occurrence)."""
        seen: set[tuple[int, bool]] = set()
        out: list[TermHit] = []
        for clause in clauses:
            for hit in self.match_clause(clause):
                key = (hit.term_id, hit.negated)
                if key not in seen:
                    seen.add(key)
                    out.append(hit)
        return out

    # ---- placement side ---------------------------------------------------------------
    def placement_words_in_token(self, token: str) -> tuple[int, ...]:
        """Placement-vocabulary ids a placement token contains (exact, stem or compound)."""
        cached = self._pw_cache.get(token)
        if cached is not None:
            return cached
        ids: list[int] = []
        vocab = self.placement_vocab
        if token in vocab:
            ids.append(vocab[token])
        if len(stem(token)) >= 4 or stem(token) == token:
            ids.extend(self._pw_stem.get(stem(token), ()))
        if len(token) >= 6 and token not in STOPWORDS:
            for k in range(2, len(token) - 3):
                head = token[k:]
                if head in vocab and len(head) >= 4:
                    ids.append(vocab[head])
                    break
                if len(stem(head)) >= 4 and stem(head) in self._pw_stem:
                    ids.extend(self._pw_stem[stem(head)])
                    break
            for k in range(len(token) - 3, 2, -1):
                mod, rest = token[:k], token[k:]
                if mod in vocab and (len(mod) >= 4 or len(rest) >= 5):
                    ids.append(vocab[mod])
                    break
        result = tuple(dict.fromkeys(ids))
        self._pw_cache[token] = result
        return result

    def placement_words_in_text(self, text: str) -> set[int]:
        """All placement-vocabulary ids in a placement's text."""
        out: set[int] = set()
        for tok in set(tokenize(text)):
            if len(tok) >= 3:
                out.update(self.placement_words_in_token(tok))
        return out


def _read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def load_occupations(path: Path | None = None) -> dict[str, str]:
    """SSYK code -> short Swedish name, for reasons."""
    rows = _read_rows(path or DATA_DIR / "occupations.csv")
    return {r["ssyk"].strip(): r["name_sv"].strip() for r in rows}


def parse_terms(rows: Iterable[dict[str, str]]) -> list[LexTerm]:
    """Lexicon CSV rows -> normalised terms (rows without codes or tokens are skipped)."""
    terms: list[LexTerm] = []
    for r in rows:
        tokens = _norm_phrase(r["term"])
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


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The packaged lexicon (loaded once per process)."""
    return Lexicon(parse_terms(_read_rows(DATA_DIR / "lexicon.csv")), load_occupations())
