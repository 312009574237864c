"""Suggests an SSYK 2012 code for a placement that comes without one.

Employers write "Praktik i vår cykelverkstad", not 7231. This module reads the placement's title,
description, employer, workplace and SNI section, and compares them with the JobTech Taxonomy's
occupation names, synonyms and skills (employers/data/jobtech/). Every suggestion keeps its
evidence (the occupation name the title resembles, and the words shared with the occupation's
skills), so staff can see why and correct it.

Signals, added up per SSYK group:
- the whole text against one document per group (names, synonyms, label, skills and the interest
  lexicon's sure words): TF-IDF over character n-grams inside words, so "cykelverkstad" and
  "cykelreparatör" share their parts without a compound dictionary;
- occupation names in the title (whole, or a compound's head: "butikssäljare"), names implied by
  a workplace in the title ("cykelverkstad" -> "cykelmekaniker"), and, weaker, names in the
  description and workplaces in the employer's or workplace's name (a name shared by several
  groups counts less for each);
- a small prior for the SNI section's usual groups, lower odds for manager, military and degree
  groups (youth placements are rarely those).
The words shared with the winner's document (word TF-IDF) are kept as evidence.

`ReferenceModel.infer` is pure computation over a batch; `reference_model()` reads the files and
fits the model once per process.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache, partial
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from core.vectorize import CachedTfidf, char_wb_ngrams
from employers.occupation_hints import (
    DEFINING_WORDS,
    HELPER_ROLES,
    MAJOR_GROUP_FACTOR,
    SNI_GROUPS,
    STOP,
    WORKPLACE_ROLES,
    agent_title,
    ssyk_group,
    workplace_terms,
)

DATA_DIR = Path(__file__).parent / "data" / "jobtech"
# The interest lexicon (words -> SSYK codes, with the words placements of the code use). The
# matcher reads youths' words with it; the inference adds its surest words to each group's document.
LEXICON_FILE = Path(__file__).parent / "data" / "lexicon.csv"
LEXICON_SURE = 0.9  # lexicon rows at least this sure of their code join the code's document
REVIEW_BELOW = 0.5  # below this confidence an inferred code is listed for staff review
_CHUNK = 2000
# Weights of the signals (set on the demo catalogue, see bench/occupation_inference.py).
W_NAME, W_SNI = 0.2, 0.3
W_NAMES = 0.3  # a workplace named in the employer's or workplace's name, against one in the title
W_WORKPLACE = 0.6  # a role implied by a workplace in the title ("storkök": köksbiträde)
W_AGENT = 0.6  # the title's work named by its worker ("grafisk formgivning": formgivare)
UNDEFINED = 0.6  # share of a group's score kept when the text names none of its defining words

_NON_WORD = re.compile(r"[^0-9a-zåäöéüæø]+")
_PAREN = re.compile(r"\([^)]*\)")
_SUFFIXES = ("arnas", "ernas", "ornas", "arna", "erna", "orna", "ande", "ende", "ning", "ar",
             "er", "or", "en", "et", "na", "a", "e", "s")  # fmt: skip

_PRAKTIK = "praktik"


def normalise(text: str) -> str:
    """Lower-case letters and digits separated by single spaces."""
    return " ".join(_NON_WORD.sub(" ", text.lower()).split())


def _words(text: str) -> str:
    """The text's content words, space-separated (what the character n-grams see)."""
    return " ".join(content_words(text))


def content_words(text: str) -> list[str]:
    """Words that can name an occupation; "lagerpraktik" is read as "lager"."""
    out = []
    for w in normalise(text).split():
        if w.endswith(_PRAKTIK) and len(w) > len(_PRAKTIK) + 2:
            w = w[: -len(_PRAKTIK)]
            w = w[:-1] if w.endswith("s") and w[:-1].endswith(tuple(WORKPLACE_ROLES)) else w
        if w not in STOP and len(w) > 1:
            out.append(w)
    return out


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Strips one common Swedish inflection ending (plural, definite, -ning), keeping 4 letters."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def _stemmed(text: str) -> list[str]:
    return [stem(w) for w in content_words(text)]


@dataclass(frozen=True)
class PlacementText:
    """What the inference reads from one placement."""

    title: str
    description: str = ""
    employer: str = ""
    workplace: str = ""
    sni: str | None = None


@dataclass(frozen=True)
class Inference:
    """A suggested SSYK code, how sure it is (0-1), why, and the runners-up."""

    ssyk: str
    confidence: float
    evidence: str
    top: tuple[str, ...]


@dataclass(frozen=True)
class Entry:
    """One occupation name or synonym, normalised, with its code and how much it is trusted."""

    term: str
    code: str
    weight: float
    display: str


class ReferenceModel:
    """Occupation names and per-group documents, vectorised once."""

    def __init__(
        self, entries: Sequence[Entry], skills: dict[str, list[str]], labels: dict[str, str]
    ):
        self.labels = labels
        self.codes = sorted({e.code for e in entries} | set(skills))
        col = {c: i for i, c in enumerate(self.codes)}
        self._col = col
        ordered = sorted(entries, key=lambda e: (col[e.code], -e.weight))
        self.entries = ordered
        self._entry_code = np.array([col[e.code] for e in ordered])
        self._entry_weight = np.array([e.weight for e in ordered])
        # Exact names: one-word terms for compound heads, multi-word ones for phrases.
        self._exact: dict[str, list[int]] = defaultdict(list)
        for i, e in enumerate(ordered):
            self._exact[e.term].append(i)
        self._max_words = max(len(e.term.split()) for e in ordered)
        # A term shared by several groups ("butikssäljare": 5222 and 5223) says less about each.
        self._spread = np.array(
            [len({ordered[i].code for i in self._exact[e.term]}) for e in ordered]
        )
        docs = []
        grouped: dict[str, list[Entry]] = defaultdict(list)
        for e in ordered:
            grouped[e.code].append(e)
        for code in self.codes:
            names = [e.term for e in grouped[code] if e.weight >= 0.8]
            others = [e.term for e in grouped[code] if e.weight < 0.8]
            docs.append(
                " ".join(names * 3 + others + [labels.get(code, "")] * 2 + skills.get(code, []))
            )
        self._word_vec = TfidfVectorizer(tokenizer=_stemmed, token_pattern=None, lowercase=False,
                                         sublinear_tf=True, min_df=1, max_df=0.2)  # fmt: skip
        self._doc_words = self._word_vec.fit_transform(docs).T.tocsr()
        vocab = self._word_vec.get_feature_names_out()
        by_code = self._doc_words.T.tocsr()
        self._doc_word_weight = [
            {vocab[j]: float(v) for j, v in zip(row.indices, row.data, strict=True)}
            for row in (by_code[i] for i in range(by_code.shape[0]))
        ]
        # TF-IDF over character 4- and 5-grams inside words, each word's n-grams cached.
        self._char_vec = CachedTfidf(partial(char_wb_ngrams, min_n=4, max_n=5), max_df=0.3)
        self._doc_chars = self._char_vec.fit_transform([_words(d) for d in docs]).T.tocsr()
        # Youth placements are rarely manager or specialist jobs: their groups start lower.
        self._level = np.array([MAJOR_GROUP_FACTOR.get(c[0], 1.0) for c in self.codes])
        self._prior = np.zeros((len(SNI_GROUPS), len(self.codes)))
        self._sni_row = {s: i for i, s in enumerate(SNI_GROUPS)}
        for s, groups in SNI_GROUPS.items():
            for j, code in enumerate(self.codes):
                if code[:2] in groups:
                    self._prior[self._sni_row[s], j] = 1.0

    # -- signals ------------------------------------------------------------------------------

    def _exact_hits(self, text: str, *, compounds: bool = True) -> dict[int, float]:
        """Entries named in the text: whole words (1.0), or as a compound's head (0.6). A longer
        name claims its words ("grafisk formgivare" is no bare "formgivare")."""
        words = text.split()
        hits: dict[int, float] = {}
        claimed: set[int] = set()
        for n in range(min(self._max_words, 3), 0, -1):
            for i in range(len(words) - n + 1):
                if claimed.issuperset(range(i, i + n)):
                    continue
                for e in self._exact.get(" ".join(words[i : i + n]), ()):
                    hits[e] = max(hits.get(e, 0.0), 1.0)
                    claimed.update(range(i, i + n))
        for i, w in enumerate(words if compounds else ()):
            for k in range(2, len(w) - 4):
                for e in self._exact.get(w[k:], ()):
                    hits[e] = max(hits.get(e, 0.0), 0.6)
            # A helper of an occupation works in its field: "ridlärarassistent" -> ridlärare,
            # "konstnärsassistent" -> konstnär, "instruktör assistent" -> instruktör; a helper
            # at a workplace does its work: "butiksbiträde" -> butikssäljare.
            role = next((r for r in HELPER_ROLES if w.endswith(r)), None)
            if role is None:
                continue
            first = w[: -len(role)] or (words[i - 1] if i else "")
            bare = first[:-1] if first.endswith("s") else first
            forms = (first, bare, first + "e", *workplace_terms([bare]))
            for e in (e for f in forms if len(f) >= 4 for e in self._exact.get(f, ())):
                hits[e] = max(hits.get(e, 0.0), 0.9)
        return {e: v / self._spread[e] for e, v in hits.items()}

    # -- scoring ------------------------------------------------------------------------------

    def _named(self, title: str, description: str, names: str = "") -> dict[int, tuple[float, int]]:
        """Per code: the strongest occupation name found (value, entry index). `names` are the
        employer's and workplace's names: only the workplaces they name count ("Bageri Ek AB")."""
        found: dict[int, tuple[float, int]] = {}
        sources = (
            (title, 1.0),
            (agent_title(title), W_AGENT),
            (" ".join(workplace_terms(title.split())), W_WORKPLACE),
            (" ".join(content_words(description)), 0.4),
            (" ".join(workplace_terms(content_words(names))), W_NAMES),
        )
        for i, (text, factor) in enumerate(sources):
            for e, w in self._exact_hits(text, compounds=i < 3).items():
                c = int(self._entry_code[e])
                val = factor * w * self._entry_weight[e]
                if val > found.get(c, (0.0, -1))[0]:
                    found[c] = (val, e)
        return found

    def infer(self, items: Sequence[PlacementText]) -> list[Inference]:
        """Suggests a code for each placement (vectorised; pure computation)."""
        if not items:
            return []
        titles = [" ".join(content_words(p.title)) or normalise(p.title) for p in items]
        # The workplace's name often says what is done there ("Kraftverket Gym Högsbo"); the
        # employer's legal name mostly does not ("Kraftverket Träning AB"): it counts only
        # through the workplaces it names.
        texts = [f"{p.title} {p.title} {p.description} {p.workplace}" for p in items]
        out: list[Inference] = []
        for lo in range(0, len(items), _CHUNK):
            chunk = items[lo : lo + _CHUNK]
            # Characters score (they see inside compounds); words explain the choice.
            words = [_words(t) for t in texts[lo : lo + _CHUNK]]
            score = (self._char_vec.transform(words) @ self._doc_chars).toarray()
            named = [
                self._named(titles[lo + r], p.description, f"{p.employer} {p.workplace}")
                for r, p in enumerate(chunk)
            ]
            for r, found in enumerate(named):
                for c, (val, _) in found.items():
                    score[r, c] += W_NAME * val
            sni_rows = np.array([self._sni_row.get(p.sni or "", -1) for p in chunk])
            prior = np.where((sni_rows >= 0)[:, None], self._prior[sni_rows], 0.0)
            score *= (1.0 + W_SNI * prior) * self._level
            self._damp_undefined(score, texts[lo : lo + _CHUNK])
            out += self._decide(score, texts[lo : lo + _CHUNK], named)
        return out

    def _damp_undefined(self, score: np.ndarray, texts: list[str]) -> None:
        """A group defined by what it sells or does (DEFINING_WORDS) keeps only part of its
        score in a text that names none of it (a sport shop is no grocery shop)."""
        for code, stems in ((c, s) for c, s in DEFINING_WORDS.items() if c in self._col):
            c = self._col[code]  # only where the group leads: the check reads the text
            for r in np.flatnonzero(score.argmax(axis=1) == c):
                if not any(w.startswith(stems) for w in normalise(texts[r]).split()):
                    score[r, c] *= UNDEFINED

    def _shared_words(self, text: str, code: int) -> list[str]:
        """Up to three of the text's words that the code's document also has, rarest first."""
        weights = self._doc_word_weight[code]
        found = {w: weights[w] for w in _stemmed(text) if w in weights}
        return sorted(found, key=lambda w: -found[w])[:3]

    def _decide(self, score: np.ndarray, texts: list[str], named: list[dict]) -> list[Inference]:
        """Best three codes per row, a confidence, and the evidence for the winner."""
        top = np.argsort(-score, axis=1)[:, :3]
        best = np.take_along_axis(score, top, axis=1)
        first = best[:, 0]
        second = best[:, 1] if best.shape[1] > 1 else np.zeros_like(first)
        margin = np.where(first > 0, (first - second) / np.maximum(first, 1e-9), 0.0)
        # Scales set on the demo catalogue: the quarter with the strongest winners (cosine over
        # about 0.45) or the clearest lead (over 0.6) are right about 9 times in 10.
        confidence = np.clip(
            0.5 * np.minimum(first / 0.5, 1) + 0.5 * np.minimum(margin / 0.6, 1), 0, 1
        )
        out = []
        for r in range(score.shape[0]):
            if first[r] <= 0:
                out.append(Inference("", 0.0, "", ()))
                continue
            c = int(top[r, 0])
            evidence = []
            if c in named[r]:
                evidence.append(f"yrkesnamnet ”{self.entries[named[r][c][1]].display}”")
            words = self._shared_words(texts[r], c)
            if words:
                evidence.append("ord: " + ", ".join(words))
            out.append(Inference(self.codes[c], round(float(confidence[r]), 3), "; ".join(evidence),
                                 tuple(self.codes[int(i)] for i in top[r])))  # fmt: skip
        return out


def _clean_terms(raw: str) -> list[tuple[str, float]]:
    """A JobTech name as match terms with a trust factor: the whole name and its "/" parts (1.0),
    and the part before a "," qualifier (0.7: "Butikssäljare, fackhandel" is a kind of seller)."""
    raw = _PAREN.sub(" ", raw)
    parts = [raw, *raw.split("/")] if "/" in raw else [raw]
    terms = [(t, 1.0) for t in parts] + [(t.split(",")[0], 0.7) for t in parts if "," in t]
    out: dict[str, float] = {}
    for t, w in terms:
        n = normalise(t)
        # "Assistent, bostadsförmedling" is a kind of assistant, but "assistent" names nothing.
        if len(n) >= 3 and n not in HELPER_ROLES:
            out[n] = max(out.get(n, 0.0), w)
    return list(out.items())


@lru_cache(maxsize=2)
def load_reference(
    data_dir: Path = DATA_DIR,
) -> tuple[list[Entry], dict[str, list[str]], dict[str, str]]:
    """Reads the JobTech extracts once per process: match entries, skills per code, and SSYK
    labels (the inference and the matcher's lexicon and English names share them; read only)."""
    entries: list[Entry] = []
    labels: dict[str, str] = {}
    with (data_dir / "occupation_names_ssyk.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            code = ssyk_group(row["ssyk_code"])  # JobTech's 1720 is SCB's 1722
            labels[code] = row["ssyk_label_sv"]
            for term, w in _clean_terms(row["occupation_name_sv"]):
                entries.append(Entry(term, code, w, row["occupation_name_sv"]))
    with (data_dir / "occupation_synonyms.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            # Keywords are topics ("turism") that may fit several groups: trusted less.
            weight, code = 0.6 if "keyword" in row["source"] else 0.9, ssyk_group(row["ssyk_code"])
            for term, w in _clean_terms(row["term_sv"]):
                entries.append(Entry(term, code, weight * w, row["term_sv"]))
    skills: dict[str, list[str]] = defaultdict(list)
    with (data_dir / "ssyk_skills.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            skills[ssyk_group(row["ssyk_code"])].append(row["skill_sv"])
    unique = {(e.term, e.code): e for e in sorted(entries, key=lambda e: e.weight)}
    return list(unique.values()), dict(skills), labels


@lru_cache(maxsize=1)
def lexicon_rows() -> tuple[dict[str, str], ...]:
    """The interest lexicon's rows, read once per process (the inference and the matcher's
    youth lexicon share them; read only)."""
    with LEXICON_FILE.open(encoding="utf-8", newline="") as fh:
        return tuple(csv.DictReader(fh))


def lexicon_words(rows: Sequence[dict[str, str]]) -> dict[str, list[str]]:
    """Per SSYK code, the lexicon's sure terms ("servering", "kassa") and, once each, the words
    its placements use (a term that is also a placement word counts twice). Trait words (note
    "weak signal") say nothing about one occupation: left out."""
    terms: dict[str, list[str]] = defaultdict(list)
    placement: dict[str, dict[str, None]] = defaultdict(dict)
    for row in rows:
        if "weak signal" in (row.get("note") or "") or float(row["weight"]) < LEXICON_SURE:
            continue
        for code in row["ssyk"].split():  # a row may name several codes ("7233 9629")
            terms[code].append(row["term"])
            for w in (row.get("placement_words") or "").split(";"):
                if w.strip():
                    placement[code][w.strip()] = None
    return {code: list(placement[code]) + terms[code] for code in terms}


LEXICON_NAME = 0.7  # trust in a sure lexicon word as a name ("elektriker")


def _compound_title(term: str, known: set[str]) -> bool:
    """A title JobTech lacks whose last part is a helper's role or another occupation's name
    ("butiksbiträde", "hundfrisör"): its head alone would name the wrong group."""
    if term in known or " " in term:
        return False
    return term.endswith(HELPER_ROLES) or any(term[k:] in known for k in range(2, len(term) - 4))


def lexicon_names(rows: Sequence[dict[str, str]], weak: set[str], known: set[str]) -> list[Entry]:
    """The lexicon's sure one-code words as occupation names where JobTech has the word only as
    a weak name: a title "Elektriker" is an installation electrician (7411), while JobTech has
    only "Elektriker, film/TV" (3522), whose first part alone would win. Likewise a compound
    title JobTech lacks: "Butiksbiträde" is a shop's (5222), "Hundfrisör" a dog groomer's."""
    titles = {t for r in rows if _compound_title(t := normalise(r["term"]), known)}
    out = []
    for row in rows:
        term, codes = normalise(row["term"]), row["ssyk"].split()
        if len(codes) == 1 and float(row["weight"]) >= 1.0 and (term in weak or term in titles):
            out.append(Entry(term, codes[0], LEXICON_NAME, row["term"]))
    return out


@lru_cache(maxsize=1)
def reference_model() -> ReferenceModel:
    """The fitted model (built once per process, about a second): JobTech's skills per group,
    with the lexicon's words for the group added to them."""
    entries, skills, labels = load_reference()
    weak = {e.term for e in entries if e.weight < 0.9} - {
        e.term for e in entries if e.weight >= 0.9
    }
    # SSYK's own group names count as known ("Vaktmästare m.fl." is 9622).
    known = {e.term for e in entries} | {normalise(v.split(" m.fl")[0]) for v in labels.values()}
    entries = [*entries, *lexicon_names(lexicon_rows(), weak, known)]
    combined = {code: list(ws) for code, ws in skills.items()}
    for code, ws in lexicon_words(lexicon_rows()).items():
        combined.setdefault(code, []).extend(ws)
    return ReferenceModel(entries, combined, labels)


def infer_occupations(items: Sequence[PlacementText]) -> list[Inference]:
    """Suggests a code for each placement with the packaged JobTech data."""
    return reference_model().infer(items)
