"""The interest lexicon: youth words -> SSYK occupations, and the words placements use.

The data lives in `employers/data/lexicon.csv` (term,ssyk,weight,placement_words,note), which
the occupation inference for placements without a code also reads.
Matching tolerates inflection (light stemming), compounds (lexicon words inside longer
words), multiword phrases with a small gap, and typos (rapidfuzz ratio / Damerau-Levenshtein).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import lru_cache

import numpy as np
import scipy.sparse as sp
import wordfreq
from rapidfuzz import fuzz, process
from rapidfuzz.distance import DamerauLevenshtein

from core.vectorize import word_doc_matrix
from employers.occupation_inference import lexicon_rows, load_reference
from matcher.clause_links import match_clauses
from matcher.clauses import is_negated
from matcher.contrast_words import (
    ENGLISH_HOMOGRAPHS,
    ENGLISH_MARKERS,
    ENGLISH_MEANINGS,
    HEDGE_WORDS,
    NEGATION_CUES,
)
from matcher.lexicon_data import (
    FUZZY_MIN_RATIO,
    INFLECTION_TAILS,
    LEMMA_RULES,
    NOT_TYPOS,
    LexTerm,
    TermHit,
    dotless,
    load_occupations,
    norm_phrase,
    occupation_name_rows,
    parse_terms,
)
from matcher.text import CAPITAL_IT, STOPWORDS, Clause, normalize_token, stem

# Lexicon notes that mark a trait or skill word ("trait word: weak signal").
WEAK_NOTE = "weak signal"
# A word at least this common in written Swedish (Zipf scale, wordfreq) is a word of its own,
# not a typo of a lexicon word: 'takt' is not 'tak', 'lugnt' is not 'lugn'.
KNOWN_ZIPF = 3.5


# Heads of compounds that show or play something ('båtmodeller', 'bilspel', 'djurfilmer'): their
# first part is what is shown, not a field of work.
DEPICTION_HEADS = (
    "modell", "spel", "film", "video", "bild", "foto", "teckning", "tavl", "serie", "bok", "böcker",
)  # fmt: skip


def is_known_word(token: str) -> bool:
    """True for a common Swedish word (so it is never 'corrected' into another one)."""
    return wordfreq.zipf_frequency(token, "sv") >= KNOWN_ZIPF


__all__ = ["LexTerm", "Lexicon", "TermHit", "default_lexicon"]


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
        # Phrases by their first word (and its stem), so a clause only tries the phrases
        # that can start in it.
        self._phrase_first: dict[str, list[int]] = {}
        for i, (phrase, _) in enumerate(self._phrases):
            keys = {phrase[0]} | ({stem(phrase[0])} if phrase[0] not in STOPWORDS else set())
            for key in keys:
                self._phrase_first.setdefault(key, []).append(i)
        self._phrase_first_long = sorted(k for k in self._phrase_first if len(k) >= 5)
        self._phrase_cache: dict[str, tuple[int, ...]] = {}
        # Keyboards without å, ä, ö: 'stada' -> 'städa', 'tradgard' -> 'trädgård'.
        self._dotless: dict[str, list[int]] = {}
        for form, ids in self._exact.items():
            plain = dotless(form)
            if plain != form and plain not in self._exact and len(plain) >= 3:
                self._dotless.setdefault(plain, []).extend(ids)
        self._fuzzy_by_initial: dict[str, list[str]] = {}
        for k in sorted(self._exact):
            if len(k) >= 4:
                self._fuzzy_by_initial.setdefault(k[0], []).append(k)
        self._token_cache: dict[str, tuple[tuple[int, str], ...]] = {}
        # Trait words ('fort', 'snabb') are weak on their own and never the first part of a
        # compound: 'fortsätta' is not 'fort' + 'sätta'.
        self._trait_forms: frozenset[str] = frozenset(
            form
            for form, ids in self._exact.items()
            if all("trait" in self.terms[tid].note for tid in ids)
        )
        self.codes: tuple[str, ...] = tuple(sorted({c for t in self.terms for c in t.codes}))
        # Placement words: the vocabulary placements use, shared by all terms.
        pw: dict[str, int] = {}
        for t in self.terms:
            for w in (*t.placement_words, *([t.tokens[0]] if len(t.tokens) == 1 else [])):
                if w and w not in pw:
                    pw[w] = len(pw)
        self.placement_vocab: dict[str, int] = pw
        self.placement_words_list: list[str] = list(pw)  # placement word id -> word
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
        # How specific each placement word is for the term: the term's own word (or a word
        # sharing its first 4 letters, 'cykel'/'cykelverkstad') counts fully, the group's
        # general words ('verkstad', 'butik') half.
        self.term_pw_factor: list[dict[int, float]] = []
        words = {i: w for w, i in pw.items()}
        for t, pids in zip(self.terms, self.term_pw, strict=True):
            roots = {tok[:4] for tok in t.tokens if len(tok) >= 4 and tok not in STOPWORDS}
            self.term_pw_factor.append(
                {
                    pid: 1.0 if words[pid][:4] in roots or words[pid] in t.tokens else 0.5
                    for pid in pids
                }
            )
        self._pw_cache: dict[str, tuple[int, ...]] = {}
        self._word_codes: tuple[sp.csr_matrix, tuple[str, ...]] | None = None

    # ---- youth side -------------------------------------------------------------------
    def _single(self, token: str) -> tuple[tuple[int, str], ...]:
        cached = self._token_cache.get(token)
        if cached is not None:
            return cached
        found: list[tuple[int, str]] = []
        if token in self._exact:
            found = [(tid, "exact") for tid in self._exact[token]]
        elif token in self._dotless:
            found = [(tid, "fuzzy") for tid in self._dotless[token]]
        elif lemma := self._lemma(token):
            found = [(tid, "stem") for tid in self._exact[lemma]]
        elif len(stem(token)) >= 4 and stem(token) in self._stem:
            found = [(tid, "stem") for tid in self._stem[stem(token)]]
        else:
            found = [(tid, "compound") for tid in self._compound(token)]
            if not found:
                found = [(tid, "fuzzy") for tid in self._fuzzy(token)]
        result = tuple(found)
        self._token_cache[token] = result
        return result

    def _lemma(self, token: str) -> str | None:
        """A lexicon form reached by undoing common verb/noun endings ('plockade' -> 'plocka')."""
        for suffix, replacement in LEMMA_RULES:
            if token.endswith(suffix) and len(token) - len(suffix) >= 3:
                candidate = token[: -len(suffix)] + replacement
                if candidate in self._exact and candidate not in STOPWORDS:
                    return candidate
        return None

    def _phrases_from(self, token: str) -> tuple[int, ...]:
        """Indexes of the phrases whose first word this token can be."""
        cached = self._phrase_cache.get(token)
        if cached is not None:
            return cached
        keys = {token, dotless(token)}
        if token not in STOPWORDS:
            keys.add(stem(token))
            if len(token) >= 5:
                keys.update(
                    m[0]
                    for m in process.extract(
                        token,
                        self._phrase_first_long,
                        scorer=fuzz.ratio,
                        score_cutoff=FUZZY_MIN_RATIO,
                        limit=5,
                    )
                )
        found = tuple(sorted({i for k in keys for i in self._phrase_first.get(k, ())}))
        self._phrase_cache[token] = found
        return found

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
            # not 'männi' + 'skor'); a common word of its own will do ('racing' + 'spel').
            if len(head) < 5 and not (self._is_word(mod) or is_known_word(mod)):
                continue
            # ... and an unknown first part of two letters is rather a name ('Charkiv').
            if len(mod) < 3 and not self._is_word(mod):
                continue
            if head in self._exact:
                hits.extend(self._exact[head])
                break
            # An inflected head ('hundarna') reaches its term by the stem; a bare stem does
            # not ('abstrakt' ends in 'trakt', the stem of 'traktor', but is no tractor).
            h_stem = stem(head)
            if (
                h_stem in self._stem
                and len(h_stem) >= 4
                and head not in STOPWORDS
                and h_stem != head
            ):
                hits.extend(self._stem[h_stem])
                break
        # Modifier (first part), possibly with a linking s; a short one needs a known rest.
        for k in range(len(token) - 3, 2, -1):
            mod, rest = token[:k], token[k:]
            if mod not in self._exact or mod in self._trait_forms:
                continue
            rest_core = rest[1:] if rest.startswith("s") and len(rest) > 4 else rest
            if rest_core.startswith(DEPICTION_HEADS):
                break  # 'båtmodeller', 'bilspel', 'djurfilmer': the first part is the topic
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
        if token in STOPWORDS or token in NOT_TYPOS or len(token) < 4 or is_known_word(token):
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
                    # Short words: a swapped, missing or extra letter, never a replaced
                    # one ('koja' is not 'koda').
                    same_len = len(cand) == len(token)
                    if same_len and sorted(cand) != sorted(token):
                        continue
                    if DamerauLevenshtein.distance(token, cand, score_cutoff=1) <= 1:
                        return list(self._exact[cand])
        return []

    @staticmethod
    def _tok_eq(a: str, b: str) -> bool:
        if a == b or dotless(a) == b:
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
                    # Only a filler word may sit inside a phrase ("laga god mat"), not an
                    # interest of its own ("jobba med design el foto").
                    if self._single(tokens[j]):
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
        hedged = any(t in HEDGE_WORDS for t in clause.tokens)
        # Longest phrase first (maximal munch), then in lexicon order.
        candidates = sorted(
            {i for tok in clause.tokens for i in self._phrases_from(tok)},
            key=lambda i: (-len(self._phrases[i][0]), i),
        )
        claimed: dict[tuple[str, ...], list[int]] = {}
        for phrase, tid in (self._phrases[i] for i in candidates):
            pos = self._phrase_at(clause.tokens, phrase)
            # A phrase on several rows (one per occupation) matches with all of its rows.
            if pos is None or (used.intersection(pos) and claimed.get(phrase) != pos):
                continue
            used.update(pos)
            claimed[phrase] = pos
            written = " ".join(clause.written[pos[0] : pos[-1] + 1])
            # A phrase that contains its own negation ("inte sitta still") is a wish.
            own_cue = any(t in NEGATION_CUES for t in phrase)
            if own_cue and negated:
                rest = [t for i, t in enumerate(clause.tokens) if i not in pos]
                negated = is_negated(rest)
            hits.append(TermHit(tid, written, "phrase", False if own_cue else negated, hedged))
        hits = [replace(h, negated=False) if h.negated and not negated else h for h in hits]
        markers = len(ENGLISH_MARKERS.intersection(clause.tokens))
        english = markers >= 2
        for i, tok in enumerate(clause.tokens):
            if tok == "it" and not markers:
                tok = normalize_token(CAPITAL_IT)  # "vill jobba med it": no English around it
            if english and tok in ENGLISH_MEANINGS:
                tok = ENGLISH_MEANINGS[tok]  # "standing at a till": the till is a kassa
            elif (
                english and tok.endswith("s") and tok not in self._exact and tok[:-1] in self._exact
            ):
                tok = tok[:-1]  # an English plural: "shops", "restaurants"
            if i in used or tok in STOPWORDS or tok in NEGATION_CUES or len(tok) < 2:
                continue
            if english and tok in ENGLISH_HOMOGRAPHS:
                continue
            for tid, kind in self._single(tok):
                if english and kind in ("fuzzy", "compound"):
                    continue  # an English word is no typo ('being', 'bing') nor a Swedish
                    # compound ('technical' is no 'tech')
                hits.append(TermHit(tid, clause.written[i], kind, negated, hedged))
        if clause.past or clause.strong:
            hits = [replace(h, past=clause.past, strong=clause.strong) for h in hits]
        return hits

    def match(self, clauses: Iterable[Clause]) -> list[TermHit]:
        """Terms found in all clauses, read together (matcher.clause_links)."""
        return match_clauses(self, list(clauses))

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
                if rest[0] == rest[1] != "s":
                    continue  # no word starts with a double letter: 'hårddiskar' is no 'hår'
                # The rest must be a word of its own: 'modernt' is not 'mode' + 'rnt'.
                word = len(rest) >= 4 or rest in vocab or is_known_word(rest)
                if mod in vocab and word and (len(mod) >= 4 or len(rest) >= 5):
                    ids.append(vocab[mod])
                    break
        result = tuple(dict.fromkeys(ids))
        self._pw_cache[token] = result
        return result

    def word_code_matrix(self) -> tuple[sp.csr_matrix, tuple[str, ...]]:
        """Placement words x codes: how strongly a word a placement uses names an occupation
        (the strongest term whose own word it is; trait and skill words left out)."""
        if self._word_codes is None:
            pos = {c: i for i, c in enumerate(self.codes)}
            best: dict[tuple[int, int], float] = {}
            for term, factors in zip(self.terms, self.term_pw_factor, strict=True):
                if "weak signal" in term.note:
                    continue
                for pid, factor in factors.items():
                    if factor < 1.0:
                        continue
                    for code in term.codes:
                        key = (pid, pos[code])
                        best[key] = max(best.get(key, 0.0), term.weight)
            rows, cols = zip(*best.keys(), strict=True) if best else ((), ())
            shape = (len(self.placement_vocab), len(self.codes))
            matrix = sp.csr_matrix(
                (list(best.values()), (rows, cols)), shape=shape, dtype=np.float32
            )
            self._word_codes = (matrix, self.codes)
        return self._word_codes

    def placement_word_matrix(self, texts: Sequence[str]) -> sp.csr_matrix:
        """Which placement words each (normalised) text contains: texts x words, 0/1."""
        words, doc_words = word_doc_matrix(texts)
        parts = [
            np.array(self.placement_words_in_token(w) if len(w) >= 3 else (), np.int32)
            for w in words
        ]
        indptr = np.zeros(len(words) + 1, dtype=np.int64)
        np.cumsum([len(p) for p in parts], out=indptr[1:])
        indices = np.concatenate(parts) if parts else np.zeros(0, dtype=np.int32)
        shape = (len(words), len(self.placement_vocab))
        word_pw = sp.csr_matrix((np.ones(len(indices), np.float32), indices, indptr), shape=shape)
        hits = (doc_words @ word_pw).tocsr()
        hits.data[:] = 1.0
        return hits


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The packaged lexicon plus the JobTech occupation names (loaded once per process)."""
    rows = list(lexicon_rows())
    known = {norm_phrase(r["term"]) for r in rows}
    # Names for reasons: the lexicon's own short names, else SSYK 2012's labels (via JobTech).
    names = {**load_reference()[2], **load_occupations()}
    return Lexicon(parse_terms(rows + occupation_name_rows(known)), names)
