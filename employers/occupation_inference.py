"""Suggests an SSYK 2012 code for a placement that comes without one.

Employers write "Praktik i vår cykelverkstad", not 7231. This module reads the placement's title,
description, employer, workplace and SNI section, and compares them with the JobTech Taxonomy's
occupation names, synonyms and skills (employers/data/jobtech/). Every suggestion keeps its
evidence (the occupation name the title resembles, and the words shared with the occupation's
skills), so staff can see why and correct it.

Four signals, added up per SSYK group:
- the title's character n-grams against each occupation name (max per group): compounds such as
  "cykelverkstad" and "cykelmekaniker" share their parts without a dictionary of compounds;
- occupation names found verbatim in the title (or as the head of a compound, "butikssäljare" →
  "säljare"), and more weakly in the description;
- the whole text against one document per group built from its names, synonyms and skills
  (word and character TF-IDF);
- a small prior for the groups that usually work in the placement's SNI section.

`ReferenceModel.infer` is pure computation over a batch; `reference_model()` reads the files and
fits the model once per process.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer

DATA_DIR = Path(__file__).parent / "data" / "jobtech"
# Below this confidence an inferred code is listed for staff review.
REVIEW_BELOW = 0.5
_CHUNK = 2000
# Weights of the signals (set on the demo catalogue, see bench/occupation_inference.py).
W_NAME, W_SNI = 0.2, 0.3

# Words that say nothing about the occupation (placement jargon and function words).
STOP = frozenset(
    [
        "praktik",
        "praktikant",
        "praktikplats",
        "praktikplatser",
        "praktiken",
        "feriepraktik",
        "sommarpraktik",
        "sommarjobb",
        "sommar",
        "extra",
        "i",
        "på",
        "vår",
        "vårt",
        "våra",
        "och",
        "med",
        "för",
        "hos",
        "till",
        "av",
        "inom",
        "en",
        "ett",
        "som",
        "du",
        "vi",
        "det",
        "den",
        "de",
        "är",
        "att",
        "om",
        "eller",
        "samt",
        "under",
        "från",
        "man",
        "kan",
        "får",
        "ska",
        "vill",
        "blir",
        "där",
        "här",
        "hela",
        "alla",
        "mycket",
        "lite",
        "enklare",
        "enkla",
        "enkel",
        "olika",
        "både",
        "också",
        "även",
        "bland",
        "annat",
        "m",
        "fl",
        "mfl",
        "ab",
        "hb",
        "kb",
        "ek",
        "för",
        "förening",
        "ekonomisk",
        "aktiebolag",
        "kommun",
        "kommunen",
        "göteborg",
        "göteborgs",
        "centrum",
        "city",
        "väst",
        "öst",
        "nord",
        "syd",
        "ingår",
        "minst",
        "år",
        "krävs",
        "dig",
        "din",
        "ditt",
        "dina",
        "oss",
        "vårdnad",
        "nya",
        "nytt",
        "ny",
    ]
)
_NON_WORD = re.compile(r"[^0-9a-zåäöéüæø]+")
_PAREN = re.compile(r"\([^)]*\)")
_SUFFIXES = ("arnas", "ernas", "ornas", "arna", "erna", "orna", "ande", "ende", "ning", "ar",
             "er", "or", "en", "et", "na", "a", "e", "s")  # fmt: skip

# SNI 2007 section -> SSYK two-digit groups that commonly work there (domain knowledge, kept
# coarse on purpose: it only breaks near-ties, it never overrides a clear name match).
SNI_GROUPS: dict[str, tuple[str, ...]] = {
    "A": ("61", "62", "83", "92"),
    "B": ("81", "83", "71", "93"),
    "C": ("75", "72", "73", "81", "82", "93", "31"),
    "D": ("31", "74", "71"),
    "E": ("96", "83", "81", "31"),
    "F": ("71", "93", "74", "31", "83"),
    "G": ("52", "43", "72", "91", "93", "75", "33"),
    "H": ("83", "43", "93", "42", "51"),
    "I": ("51", "94", "91", "41", "42"),
    "J": ("25", "35", "26", "34", "42"),
    "K": ("33", "24", "41", "42"),
    "L": ("51", "41", "33", "91", "71"),
    "M": ("24", "21", "34", "41", "33", "26"),
    "N": ("91", "61", "54", "42", "43", "34", "93"),
    "O": ("33", "41", "54", "24"),
    "P": ("53", "23", "34", "42", "91"),
    "Q": ("53", "22", "32", "34", "91"),
    "R": ("34", "26", "42", "54", "35", "51"),
    "S": ("51", "34", "72", "91", "61", "33"),
    "T": ("91", "53"),
    "U": ("24", "33"),
}

# SSYK major group -> factor: 0 armed forces, 1 managers, 2 jobs needing a degree.
MAJOR_GROUP_FACTOR = {"0": 0.5, "1": 0.5, "2": 0.8}


def normalise(text: str) -> str:
    """Lower-case letters and digits separated by single spaces."""
    return " ".join(_NON_WORD.sub(" ", text.lower()).split())


def content_words(text: str) -> list[str]:
    return [w for w in normalise(text).split() if w not in STOP and len(w) > 1]


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
        for code in self.codes:
            names = [e.term for e in ordered if e.code == code and e.weight >= 0.8]
            others = [e.term for e in ordered if e.code == code and e.weight < 0.8]
            docs.append(
                " ".join(names * 3 + others + [labels.get(code, "")] * 2 + skills.get(code, []))
            )
        self._word_vec = TfidfVectorizer(tokenizer=_stemmed, token_pattern=None, lowercase=False,
                                         sublinear_tf=True, min_df=1, max_df=0.2)  # fmt: skip
        self._doc_words = self._word_vec.fit_transform(docs).T.tocsr()
        self._char_vec = TfidfVectorizer(analyzer="char_wb", ngram_range=(4, 5), sublinear_tf=True,
                                         max_df=0.3, preprocessor=_content)  # fmt: skip
        self._doc_chars = self._char_vec.fit_transform(docs).T.tocsr()
        self._vocab = self._word_vec.get_feature_names_out()
        # Youth placements are rarely manager or specialist jobs: their groups start lower.
        self._level = np.array([MAJOR_GROUP_FACTOR.get(c[0], 1.0) for c in self.codes])
        self._prior = np.zeros((len(SNI_GROUPS), len(self.codes)))
        self._sni_row = {s: i for i, s in enumerate(SNI_GROUPS)}
        for s, groups in SNI_GROUPS.items():
            for j, code in enumerate(self.codes):
                if code[:2] in groups:
                    self._prior[self._sni_row[s], j] = 1.0

    # -- signals ------------------------------------------------------------------------------

    def _exact_hits(self, text: str) -> dict[int, float]:
        """Entries named in the text: whole words (1.0), or as a compound's head (0.7)."""
        words = text.split()
        hits: dict[int, float] = {}
        for n in range(1, self._max_words + 1):
            for i in range(len(words) - n + 1):
                for e in self._exact.get(" ".join(words[i : i + n]), ()):
                    hits[e] = max(hits.get(e, 0.0), 1.0)
        for w in words:
            for k in range(2, len(w) - 4):
                for e in self._exact.get(w[k:], ()):
                    hits[e] = max(hits.get(e, 0.0), 0.6)
        return {e: v / self._spread[e] for e, v in hits.items()}

    # -- scoring ------------------------------------------------------------------------------

    def infer(self, items: Sequence[PlacementText]) -> list[Inference]:
        """Suggests a code for each placement (vectorised; pure computation)."""
        if not items:
            return []
        titles = [" ".join(content_words(p.title)) or normalise(p.title) for p in items]
        texts = [f"{p.title} {p.title} {p.description} {p.employer} {p.workplace}" for p in items]
        out: list[Inference] = []
        for lo in range(0, len(items), _CHUNK):
            chunk = items[lo : lo + _CHUNK]
            # Words only explain the choice; characters score it (they see inside compounds).
            qw = self._word_vec.transform(texts[lo : lo + _CHUNK])
            score = (self._char_vec.transform(texts[lo : lo + _CHUNK]) @ self._doc_chars).toarray()
            prior = np.zeros_like(score)
            for r, p in enumerate(chunk):
                if p.sni and p.sni in self._sni_row:
                    prior[r] = self._prior[self._sni_row[p.sni]]
            named: list[dict[int, tuple[float, int]]] = []
            for r, p in enumerate(chunk):
                found: dict[int, tuple[float, int]] = {}
                for e, w in self._exact_hits(titles[lo + r]).items():
                    c = self._entry_code[e]
                    val = w * self._entry_weight[e]
                    if val > found.get(c, (0.0, -1))[0]:
                        found[c] = (val, e)
                for e, w in self._exact_hits(" ".join(content_words(p.description))).items():
                    c = self._entry_code[e]
                    val = 0.4 * w * self._entry_weight[e]
                    if val > found.get(c, (0.0, -1))[0]:
                        found[c] = (val, e)
                for c, (val, _) in found.items():
                    score[r, c] += W_NAME * val
                named.append(found)
            score *= (1.0 + W_SNI * prior) * self._level
            for r, p in enumerate(chunk):
                out.append(self._decide(score[r], qw[r], named[r]))
        return out

    def _decide(self, score: np.ndarray, qw: sparse.csr_matrix, named: dict) -> Inference:
        order = np.argsort(-score)[:3]
        first = float(score[order[0]])
        if first <= 0:
            return Inference("", 0.0, "", ())
        second = float(score[order[1]]) if len(order) > 1 else 0.0
        # Confidence: how strong the winner is, and how far ahead of the runner-up.
        margin = (first - second) / first
        confidence = float(
            np.clip(0.5 * min(first / 1.2, 1.0) + 0.5 * min(margin / 0.35, 1.0), 0, 1)
        )
        c = int(order[0])
        evidence = []
        if c in named:
            evidence.append(f"yrkesnamnet ”{self.entries[named[c][1]].display}”")
        shared = qw.multiply(self._doc_words[:, c].T).tocoo()
        if shared.nnz:
            top = shared.col[np.argsort(-shared.data)[:3]]
            evidence.append("ord: " + ", ".join(self._vocab[i] for i in top))
        return Inference(self.codes[c], round(confidence, 3), "; ".join(evidence),
                         tuple(self.codes[int(i)] for i in order))  # fmt: skip


def _content(text: str) -> str:
    return " ".join(content_words(text))


def _clean_terms(raw: str) -> list[tuple[str, float]]:
    """A JobTech name as match terms with a trust factor: the whole name and its "/" parts (1.0),
    and the part before a "," qualifier (0.7: "Butikssäljare, fackhandel" is a kind of seller)."""
    raw = _PAREN.sub(" ", raw)
    parts = [raw, *raw.split("/")] if "/" in raw else [raw]
    terms = [(t, 1.0) for t in parts] + [(t.split(",")[0], 0.7) for t in parts if "," in t]
    out: dict[str, float] = {}
    for t, w in terms:
        n = normalise(t)
        if len(n) >= 3:
            out[n] = max(out.get(n, 0.0), w)
    return list(out.items())


def load_reference(
    data_dir: Path = DATA_DIR,
) -> tuple[list[Entry], dict[str, list[str]], dict[str, str]]:
    """Reads the JobTech extracts: match entries, skills per code, and SSYK labels."""
    entries: list[Entry] = []
    labels: dict[str, str] = {}
    with (data_dir / "occupation_names_ssyk.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            labels[row["ssyk_code"]] = row["ssyk_label_sv"]
            for term, w in _clean_terms(row["occupation_name_sv"]):
                entries.append(Entry(term, row["ssyk_code"], w, row["occupation_name_sv"]))
    with (data_dir / "occupation_synonyms.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            # Keywords are topics ("turism") that may fit several groups: trusted less.
            weight = 0.6 if "keyword" in row["source"] else 0.9
            for term, w in _clean_terms(row["term_sv"]):
                entries.append(Entry(term, row["ssyk_code"], weight * w, row["term_sv"]))
    skills: dict[str, list[str]] = defaultdict(list)
    with (data_dir / "ssyk_skills.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            skills[row["ssyk_code"]].append(row["skill_sv"])
    unique = {(e.term, e.code): e for e in sorted(entries, key=lambda e: e.weight)}
    return list(unique.values()), dict(skills), labels


@lru_cache(maxsize=1)
def reference_model() -> ReferenceModel:
    """The fitted model (built once per process, about a second)."""
    entries, skills, labels = load_reference()
    return ReferenceModel(entries, skills, labels)


def infer_occupations(items: Sequence[PlacementText]) -> list[Inference]:
    """Suggests a code for each placement with the packaged JobTech data."""
    return reference_model().infer(items)
