"""MatchIndex: the catalogue as sparse matrices, kept up to date without refitting.

Per placement we keep a char n-gram TF-IDF row, the lexicon placement words it contains and
the competences it trains; per occupation (SSYK) a profile = normalised mean TF-IDF row of its
placements. The index only stores and updates; the ranking itself is `matcher.pipeline`.
A placement without a code is scored as the occupation its text is most similar to.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence

import numpy as np
import scipy.sparse as sp
from sklearn.preprocessing import normalize as l2_normalize

from core.vectorize import CachedTfidf, char_wb_ngrams
from matcher import pipeline
from matcher.conditions import condition_matrix
from matcher.districts import canonical
from matcher.lexicon import Lexicon, default_lexicon
from matcher.locking import locked as _locked
from matcher.occupations import FEATURES
from matcher.reading import Reading, read_text
from matcher.scoring import ScoringWeights, relative
from matcher.stereotypes import StereotypeTable, default_table
from matcher.text import competence_key as _key
from matcher.text import condition_text, placement_text
from matcher.types import PlacementDoc, Suggestion, YouthQuery

INFER_MIN_SIMILARITY = 0.05
MIN_PROFILES = 10  # coded occupations needed before text profiles infer the others
PW_NORM_POWER = 0.5
QUERY_FEATURES = 120
SEED_BELOW = 50
# Occupation-profile similarity is scaled so the best code gets 1, but never by less than
# this: a text about traits, not work ('nåt lugnt'), matches every profile weakly, and that
# noise must not outweigh the trait words' lexicon evidence.
PROFILE_FLOOR = 0.15
ALTERNATIVES = 2  # runners-up kept per inferred code


class MatchIndex:
    """Ranks placements for a youth; supports incremental upsert/remove without refitting."""

    def __init__(
        self,
        vectorizer: CachedTfidf,
        lexicon: Lexicon,
        stereotypes: StereotypeTable,
        weights: ScoringWeights,
    ) -> None:
        self.vectorizer = vectorizer
        self._lock = threading.RLock()
        self.lexicon = lexicon
        self.stereotypes = stereotypes
        self.weights = weights
        n_features = len(vectorizer.vocabulary_)
        self.docs: list[PlacementDoc] = []
        self.row_of: dict[str, int] = {}
        self.alive = np.zeros(0, dtype=bool)
        self.available = np.zeros(0, dtype=bool)
        self.min_age = np.zeros(0, dtype=np.float32)
        self.code_idx = np.zeros(0, dtype=np.int32)
        self.inferred = np.zeros(0, dtype=bool)
        # Runners-up of an inferred code (code positions, -1 = none), see PlacementDoc.
        self.alt_idx = np.zeros((0, ALTERNATIVES), dtype=np.int32)
        self.district_idx = np.zeros(0, dtype=np.int32)
        self._X = sp.csr_matrix((0, n_features), dtype=np.float32)
        self._H = sp.csr_matrix((0, len(lexicon.placement_vocab)), dtype=np.float32)
        self._T = sp.csr_matrix((0, 0), dtype=np.float32)
        # Working conditions each placement's own text names (matcher.conditions).
        self.conditions = sp.csr_matrix((0, len(FEATURES)), dtype=np.float32)
        self.codes: list[str] = []
        self.code_pos: dict[str, int] = {}
        self._code_sum: list[sp.csr_matrix] = []
        self._code_count: list[int] = []
        self.districts: list[str] = []
        self._district_pos: dict[str, int] = {}
        self.trains: dict[str, int] = {}
        self._dirty = True
        self.Xt = self._X.T.tocsr()
        self.Ht = self._H.T.tocsr()
        self.Tt = self._T.T.tocsr()
        self._code_order = np.zeros(0, dtype=np.int64)  # rows grouped by occupation (_refresh)
        self._code_bounds = np.zeros(1, dtype=np.int64)
        self._P = sp.csr_matrix((0, n_features), dtype=np.float32)
        self.Pt = self._P.T.tocsr()
        self.pw_idf = np.ones(len(lexicon.placement_vocab), dtype=np.float32)
        self.pw_norm = np.ones(0, dtype=np.float32)

    # ---- building ---------------------------------------------------------------------
    @classmethod
    def build(
        cls,
        docs: Sequence[PlacementDoc],
        *,
        lexicon: Lexicon | None = None,
        stereotypes: StereotypeTable | None = None,
        weights: ScoringWeights | None = None,
    ) -> MatchIndex:
        """Fits the char n-gram vectorizer on the placements and indexes them."""
        texts = [placement_text(d) for d in docs]
        lexicon = lexicon or default_lexicon()
        # A small catalogue also learns the lexicon's placement words, so placements added
        # later (without refitting) still share a vocabulary with the youth texts.
        seed = [] if len(texts) >= SEED_BELOW else [" ".join(lexicon.placement_vocab)]
        vectorizer = CachedTfidf(char_wb_ngrams, max_df=0.25 if len(texts) >= 50 else 1.0)
        X = vectorizer.fit_transform(texts + seed)[: len(texts)]
        index = cls(
            vectorizer,
            lexicon,
            stereotypes or default_table(),
            weights or ScoringWeights(),
        )
        index._add(list(docs), texts, X)
        return index

    @_locked
    def upsert(self, docs: Iterable[PlacementDoc]) -> None:
        """Adds or replaces placements (by ref); the fitted vectorizer is kept."""
        batch = {d.ref: d for d in docs}
        if not batch:
            return
        self.remove(batch.keys())
        items = list(batch.values())
        texts = [placement_text(d) for d in items]
        self._add(items, texts, self.vectorizer.transform(texts))

    @_locked
    def remove(self, refs: Iterable[str]) -> None:
        """Drops placements by ref (unknown refs are ignored)."""
        for ref in refs:
            row = self.row_of.pop(ref, None)
            if row is None:
                continue
            self.alive[row] = False
            code = self.code_idx[row]
            if code >= 0 and not self.inferred[row]:
                self._code_sum[code] = self._code_sum[code] - self._X[row]
                self._code_count[code] -= 1
            self._dirty = True
        if len(self.alive) > 1000 and (~self.alive).sum() > len(self.alive) // 4:
            self._compact()

    def __len__(self) -> int:
        return len(self.row_of)

    def _code(self, code: str) -> int:
        if code not in self.code_pos:
            self.code_pos[code] = len(self.codes)
            self.codes.append(code)
            self._code_sum.append(sp.csr_matrix((1, self._X.shape[1]), dtype=np.float32))
            self._code_count.append(0)
        return self.code_pos[code]

    def _district(self, name: str | None) -> int:
        key = canonical(name)
        if not key:
            return -1
        if key not in self._district_pos:
            self._district_pos[key] = len(self.districts)
            self.districts.append(key)
        return self._district_pos[key]

    def _add(self, docs: list[PlacementDoc], texts: list[str], X_new: sp.csr_matrix) -> None:
        if not docs:
            return
        start = len(self.docs)
        t_rows, t_cols = [], []
        codes = np.full(len(docs), -1, dtype=np.int32)
        alts = np.full((len(docs), ALTERNATIVES), -1, dtype=np.int32)
        for i, doc in enumerate(docs):
            for key in {_key(k) for k in doc.trains if k.strip()}:
                t_rows.append(i)
                t_cols.append(self.trains.setdefault(key, len(self.trains)))
            if doc.ssyk and doc.ssyk.strip():
                codes[i] = self._code(doc.ssyk.strip())
                if doc.ssyk_source == "inferred":
                    for k, alt in enumerate(doc.alternatives[:ALTERNATIVES]):
                        alts[i, k] = self._code(alt.strip())
            self.row_of[doc.ref] = start + i
        H_new = self.lexicon.placement_word_matrix(texts)
        n_trains = len(self.trains)
        T_new = sp.csr_matrix(
            (np.ones(len(t_rows), dtype=np.float32), (t_rows, t_cols)),
            shape=(len(docs), n_trains),
        )
        old_T = self._T.tolil() if self._T.shape[1] != n_trains else self._T
        old_T.resize((old_T.shape[0], n_trains))
        for c in np.unique(codes[codes >= 0]):
            rows = X_new[codes == c]
            self._code_sum[c] = self._code_sum[c] + sp.csr_matrix(rows.sum(axis=0))
            self._code_count[c] += rows.shape[0]
        inferred = codes < 0
        self._dirty = True
        if inferred.any():
            codes[inferred] = self._infer_codes(X_new[inferred], H_new[inferred])
        self._dirty = True
        self.docs.extend(docs)
        self._X = sp.vstack([self._X, X_new], format="csr")
        self._H = sp.vstack([self._H, H_new], format="csr")
        self._T = sp.vstack([sp.csr_matrix(old_T), T_new], format="csr")
        own_words = [condition_text(d) for d in docs]
        self.conditions = sp.vstack(
            [self.conditions, sp.csr_matrix(condition_matrix(own_words))], format="csr"
        )
        self.alive = np.concatenate([self.alive, np.ones(len(docs), dtype=bool)])
        self.available = np.concatenate(
            [self.available, np.array([d.is_open and d.open_capacity > 0 for d in docs])]
        )
        ages = [float(d.min_age) if d.min_age is not None else 0.0 for d in docs]
        self.min_age = np.concatenate([self.min_age, np.array(ages, dtype=np.float32)])
        self.code_idx = np.concatenate([self.code_idx, codes])
        self.alt_idx = np.vstack([self.alt_idx, alts])
        self.inferred = np.concatenate([self.inferred, inferred])
        districts = np.array([self._district(d.district) for d in docs], dtype=np.int32)
        self.district_idx = np.concatenate([self.district_idx, districts])

    def _infer_codes(self, X_rows: sp.csr_matrix, H_rows: sp.csr_matrix) -> np.ndarray:
        """A code for placements without SSYK, used for scoring only (never for flags).

        With enough coded placements: the most similar occupation profile. Otherwise (a
        catalogue that comes without codes): the occupation whose lexicon words the placement
        uses most ('cykelverkstad', 'laga cyklar' -> 7231)."""
        self._refresh()
        if sum(c > 0 for c in self._code_count) >= MIN_PROFILES:
            sims: np.ndarray = (X_rows @ self.Pt).toarray()
            best: np.ndarray = sims.argmax(axis=1).astype(np.int32)
            best[sims.max(axis=1) < INFER_MIN_SIMILARITY] = -1
            return best
        words_to_codes, lex_codes = self.lexicon.word_code_matrix()
        evidence = np.asarray((H_rows @ words_to_codes).todense())
        out = np.full(H_rows.shape[0], -1, dtype=np.int32)
        for i in np.flatnonzero(evidence.max(axis=1) > 0) if evidence.size else []:
            out[i] = self._code(lex_codes[int(evidence[i].argmax())])
        return out

    def _refresh(self) -> None:
        if not self._dirty:
            return
        if self.codes and self._X.shape[1]:
            sums = sp.vstack(self._code_sum, format="csr")
            counts = np.maximum(np.array(self._code_count, dtype=np.float32), 1.0)
            self._P = l2_normalize(sp.diags(1.0 / counts) @ sums).astype(np.float32).tocsr()
            self.Pt = self._P.T.tocsr()
        self.Xt = self._X.T.tocsr()
        self.Ht = self._H.T.tocsr()
        self.Tt = self._T.T.tocsr()
        # Rows grouped by occupation, so a per-occupation step costs its rows, not n.
        self._code_order = np.argsort(self.code_idx, kind="stable").astype(np.int64)
        self._code_bounds = np.searchsorted(
            self.code_idx[self._code_order], np.arange(len(self.codes) + 1)
        )
        df = np.asarray(self._H[self.alive].sum(axis=0)).ravel()
        idf = np.log((self.alive.sum() + 1.0) / (df + 1.0)) + 1.0
        self.pw_idf = (idf / idf.max()).astype(np.float32)
        # Size of each placement's word profile, so a placement about many other things
        # gains less from one shared word.
        weighted = self._H.multiply(self.pw_idf.reshape(1, -1))
        norm = np.sqrt(np.asarray(weighted.multiply(weighted).sum(axis=1)).ravel())
        relative_norm = np.maximum(norm / max(float(np.median(norm)), 1e-6), 0.5)
        self.pw_norm = np.power(relative_norm, PW_NORM_POWER).astype(np.float32)
        self._dirty = False

    def rows_of_code(self, code: int) -> np.ndarray:
        """The stored rows (alive or not) whose occupation is `code` (a position in codes)."""
        return self._code_order[self._code_bounds[code] : self._code_bounds[code + 1]]

    def placement_words_of(self, rows: np.ndarray) -> sp.csr_matrix:
        """Which lexicon placement words the given rows contain: rows x words, 0/1."""
        return self._H[rows]

    def _compact(self) -> None:
        keep = np.flatnonzero(self.alive)
        self.docs = [self.docs[i] for i in keep]
        self._X, self._H, self._T = self._X[keep], self._H[keep], self._T[keep]
        self.conditions = self.conditions[keep]
        for name in ("alive", "available", "min_age", "code_idx", "inferred", "alt_idx"):
            setattr(self, name, getattr(self, name)[keep])
        self.district_idx = self.district_idx[keep]
        self.row_of = {d.ref: i for i, d in enumerate(self.docs)}
        self._dirty = True

    # ---- what the stages read -----------------------------------------------------------
    @property
    def n_rows(self) -> int:
        """Stored rows, removed ones included (scores are aligned with them)."""
        return self._X.shape[0]

    def refresh(self) -> None:
        """Brings the derived matrices up to date (call before reading them)."""
        self._refresh()

    def code_of(self, row: int) -> str | None:
        """The occupation a stored row is scored as (given, or inferred from its text)."""
        c = self.code_idx[row]
        return self.codes[c] if c >= 0 else None

    def placement_word_ids(self, row: int) -> set[int]:
        return set(self._H.indices[self._H.indptr[row] : self._H.indptr[row + 1]])

    def query_vector(self, positive_text: str, expansion_text: str) -> sp.csr_matrix:
        """The youth's wished-for words (plus the lexicon's words for them) as one TF-IDF row."""
        ids, vals = self.vectorizer.vector(positive_text)
        if expansion_text:
            extra_ids, extra_vals = self.vectorizer.vector(expansion_text)
            ids = np.concatenate([ids, extra_ids])
            vals = np.concatenate([vals, self.weights.expansion * extra_vals])
            ids, inverse = np.unique(ids, return_inverse=True)
            vals = np.bincount(inverse, weights=vals).astype(np.float32)
        if len(ids) > QUERY_FEATURES:
            # The strongest n-grams carry the similarity; the tail only costs time.
            keep = np.sort(np.argsort(vals)[-QUERY_FEATURES:])
            ids, vals = ids[keep], vals[keep]
        norm = float(np.sqrt(np.dot(vals, vals)))
        if norm > 0:
            vals = vals / norm
        shape = (1, len(self.vectorizer.vocabulary_))
        return sp.csr_matrix((vals, ids, np.array([0, len(ids)])), shape=shape)

    def profile_similarity(self, q: sp.csr_matrix) -> np.ndarray:
        """Per code: the query's similarity to its placements' mean text, best = 1."""
        out = np.zeros(len(self.codes), dtype=np.float32)
        if q.nnz and self._P.shape[0]:
            out = relative(np.asarray((q @ self.Pt).todense()).ravel(), PROFILE_FLOOR)
        return out.astype(np.float32)

    def codes_of_refs(self, reactions: dict[str, str]) -> dict[str, str]:
        """The youth's reactions per placement -> per occupation (a no outweighs a yes)."""
        out: dict[str, str] = {}
        for ref, reaction in reactions.items():
            row = self.row_of.get(ref)
            code = self.code_of(row) if row is not None else None
            if code and reaction in ("interested", "not_interested"):
                if out.get(code) != "not_interested":
                    out[code] = reaction
        return out

    # ---- the pipeline, under this index's lock ------------------------------------------
    def analyze(self, query: YouthQuery) -> Reading:
        """Stage 1 alone: the reading of the youth's text."""
        return read_text(query.interests, self.lexicon)

    @_locked
    def score_all(self, query: YouthQuery) -> np.ndarray:
        """Raw score per stored row (-inf for removed or unavailable placements)."""
        return pipeline.score(self, query)

    @_locked
    def refs(self) -> list[str]:
        """Placement ref per stored row (aligned with score_all)."""
        return [d.ref for d in self.docs]

    @_locked
    def suggest(
        self, query: YouthQuery, limit: int = 10, *, rerank_flagged: bool = True
    ) -> list[Suggestion]:
        """The best placements for a youth, explained, flagged and (optionally) re-ranked."""
        return pipeline.rank(self, query, limit, rerank_flagged=rerank_flagged)
