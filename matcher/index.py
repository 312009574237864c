"""MatchIndex: placements as sparse matrices, scored for one youth with a few sparse products.

Per placement we keep a char n-gram TF-IDF row, the lexicon placement words it contains and
the competences it trains; per occupation (SSYK) a profile = normalised mean TF-IDF row of its
placements. A query is then: lexicon scores per code + profile similarity per code (gathered
to placements by code), direct text similarity, placement-word hits and two small signals.
No Python loop over placements runs at query time.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from dataclasses import replace

import numpy as np
import scipy.sparse as sp
from sklearn.preprocessing import normalize as l2_normalize

from matcher.districts import canonical, proximity
from matcher.explain import build_reasons
from matcher.lexicon import Lexicon, default_lexicon
from matcher.locking import locked as _locked
from matcher.rerank import Ranked, rerank
from matcher.scoring import (
    ScoringWeights,
    YouthProfile,
    analyze_youth,
    display_score,
    lexicon_code_scores,
    relative,
    saturate,
    small_signals,
)
from matcher.stereotypes import StereotypeTable, default_table
from matcher.text import competence_key as _key
from matcher.text import placement_text
from matcher.types import PlacementDoc, Suggestion, YouthQuery
from matcher.vectorize import CachedTfidf, char_wb_ngrams

CANDIDATE_POOL = 40  # ranked before re-ranking, so a broader choice can move up
INFER_MIN_SIMILARITY = 0.05
PW_NORM_POWER = 0.5
QUERY_FEATURES = 120
SEED_BELOW = 50
# Occupation-profile similarity is scaled so the best code gets 1, but never by less than
# this: a text about traits, not work ('nåt lugnt'), matches every profile weakly, and that
# noise must not outweigh the trait words' lexicon evidence.
PROFILE_FLOOR = 0.15
# Occupations that hold many different kinds of placements: 5223 Butikssäljare, fackhandel
# (game, flower, shoe, pet shops...) and 7231 Motorfordonsmekaniker (cars, tyres, mopeds and,
# for lack of an own code, bicycles). Within them the lexicon boost follows the placement.
BROAD_CODES = frozenset({"5223", "7231"})
# Share of a broad code's lexicon boost a placement gets that mentions none of the words.
FOCUS_FLOOR = 0.6


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
        self._docs: list[PlacementDoc] = []
        self._row_of: dict[str, int] = {}
        self._alive = np.zeros(0, dtype=bool)
        self._available = np.zeros(0, dtype=bool)
        self._min_age = np.zeros(0, dtype=np.float32)
        self._code_idx = np.zeros(0, dtype=np.int32)
        self._inferred = np.zeros(0, dtype=bool)
        self._district_idx = np.zeros(0, dtype=np.int32)
        self._X = sp.csr_matrix((0, n_features), dtype=np.float32)
        self._H = sp.csr_matrix((0, len(lexicon.placement_vocab)), dtype=np.float32)
        self._T = sp.csr_matrix((0, 0), dtype=np.float32)
        self._codes: list[str] = []
        self._code_pos: dict[str, int] = {}
        self._code_sum: list[sp.csr_matrix] = []
        self._code_count: list[int] = []
        self._districts: list[str] = []
        self._district_pos: dict[str, int] = {}
        self._trains: dict[str, int] = {}
        self._dirty = True
        self._Xt = self._X.T.tocsr()
        self._Ht = self._H.T.tocsr()
        self._Tt = self._T.T.tocsr()
        self._P = sp.csr_matrix((0, n_features), dtype=np.float32)
        self._Pt = self._P.T.tocsr()
        self._pw_idf = np.ones(len(lexicon.placement_vocab), dtype=np.float32)
        self._pw_norm = np.ones(0, dtype=np.float32)

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
            row = self._row_of.pop(ref, None)
            if row is None:
                continue
            self._alive[row] = False
            code = self._code_idx[row]
            if code >= 0 and not self._inferred[row]:
                self._code_sum[code] = self._code_sum[code] - self._X[row]
                self._code_count[code] -= 1
            self._dirty = True
        if len(self._alive) > 1000 and (~self._alive).sum() > len(self._alive) // 4:
            self._compact()

    def __len__(self) -> int:
        return len(self._row_of)

    def _code(self, code: str) -> int:
        if code not in self._code_pos:
            self._code_pos[code] = len(self._codes)
            self._codes.append(code)
            self._code_sum.append(sp.csr_matrix((1, self._X.shape[1]), dtype=np.float32))
            self._code_count.append(0)
        return self._code_pos[code]

    def _district(self, name: str | None) -> int:
        key = canonical(name)
        if not key:
            return -1
        if key not in self._district_pos:
            self._district_pos[key] = len(self._districts)
            self._districts.append(key)
        return self._district_pos[key]

    def _add(self, docs: list[PlacementDoc], texts: list[str], X_new: sp.csr_matrix) -> None:
        if not docs:
            return
        start = len(self._docs)
        t_rows, t_cols = [], []
        codes = np.full(len(docs), -1, dtype=np.int32)
        for i, doc in enumerate(docs):
            for key in {_key(k) for k in doc.trains if k.strip()}:
                t_rows.append(i)
                t_cols.append(self._trains.setdefault(key, len(self._trains)))
            if doc.ssyk and doc.ssyk.strip():
                codes[i] = self._code(doc.ssyk.strip())
            self._row_of[doc.ref] = start + i
        H_new = self.lexicon.placement_word_matrix(texts)
        n_trains = len(self._trains)
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
            codes[inferred] = self._infer_codes(X_new[inferred])
        self._dirty = True
        self._docs.extend(docs)
        self._X = sp.vstack([self._X, X_new], format="csr")
        self._H = sp.vstack([self._H, H_new], format="csr")
        self._T = sp.vstack([sp.csr_matrix(old_T), T_new], format="csr")
        self._alive = np.concatenate([self._alive, np.ones(len(docs), dtype=bool)])
        self._available = np.concatenate(
            [self._available, np.array([d.is_open and d.open_capacity > 0 for d in docs])]
        )
        ages = [float(d.min_age) if d.min_age is not None else 0.0 for d in docs]
        self._min_age = np.concatenate([self._min_age, np.array(ages, dtype=np.float32)])
        self._code_idx = np.concatenate([self._code_idx, codes])
        self._inferred = np.concatenate([self._inferred, inferred])
        districts = np.array([self._district(d.district) for d in docs], dtype=np.int32)
        self._district_idx = np.concatenate([self._district_idx, districts])

    def _infer_codes(self, X_rows: sp.csr_matrix) -> np.ndarray:
        """A code for placements without SSYK: the most similar occupation profile."""
        self._refresh()
        if self._P.shape[0] == 0:
            return np.full(X_rows.shape[0], -1, dtype=np.int32)
        sims: np.ndarray = (X_rows @ self._Pt).toarray()
        best: np.ndarray = sims.argmax(axis=1).astype(np.int32)
        best[sims.max(axis=1) < INFER_MIN_SIMILARITY] = -1
        return best

    def _refresh(self) -> None:
        if not self._dirty:
            return
        if self._codes and self._X.shape[1]:
            sums = sp.vstack(self._code_sum, format="csr")
            counts = np.maximum(np.array(self._code_count, dtype=np.float32), 1.0)
            self._P = l2_normalize(sp.diags(1.0 / counts) @ sums).astype(np.float32).tocsr()
            self._Pt = self._P.T.tocsr()
        self._Xt = self._X.T.tocsr()
        self._Ht = self._H.T.tocsr()
        self._Tt = self._T.T.tocsr()
        df = np.asarray(self._H[self._alive].sum(axis=0)).ravel()
        idf = np.log((self._alive.sum() + 1.0) / (df + 1.0)) + 1.0
        self._pw_idf = (idf / idf.max()).astype(np.float32)
        # Size of each placement's word profile, so a placement about many other things
        # gains less from one shared word.
        weighted = self._H.multiply(self._pw_idf.reshape(1, -1))
        norm = np.sqrt(np.asarray(weighted.multiply(weighted).sum(axis=1)).ravel())
        relative_norm = np.maximum(norm / max(float(np.median(norm)), 1e-6), 0.5)
        self._pw_norm = np.power(relative_norm, PW_NORM_POWER).astype(np.float32)
        self._dirty = False

    def _compact(self) -> None:
        keep = np.flatnonzero(self._alive)
        self._docs = [self._docs[i] for i in keep]
        self._X, self._H, self._T = self._X[keep], self._H[keep], self._T[keep]
        for name in ("_alive", "_available", "_min_age", "_code_idx", "_inferred"):
            setattr(self, name, getattr(self, name)[keep])
        self._district_idx = self._district_idx[keep]
        self._row_of = {d.ref: i for i, d in enumerate(self._docs)}
        self._dirty = True

    # ---- scoring ----------------------------------------------------------------------
    def analyze(self, query: YouthQuery) -> YouthProfile:
        """The lexicon's reading of the youth's text."""
        return analyze_youth(query.interests, self.lexicon)

    def _query_vector(self, profile: YouthProfile) -> sp.csr_matrix:
        ids, vals = self.vectorizer.vector(profile.positive_text)
        if profile.expansion_text:
            extra_ids, extra_vals = self.vectorizer.vector(profile.expansion_text)
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

    def _raw_scores(self, profile: YouthProfile, query: YouthQuery) -> np.ndarray:
        self._refresh()
        w = self.weights
        n = self._X.shape[0]
        q = self._query_vector(profile)
        lex = w.lexicon * lexicon_code_scores(profile, self._codes)
        code_part = np.zeros(len(self._codes), dtype=np.float32)
        if q.nnz and self._P.shape[0]:
            prof = np.asarray((q @ self._Pt).todense()).ravel()
            code_part = code_part + w.profile * relative(prof, PROFILE_FLOOR)
        lex_scores = np.append(lex, 0.0).astype(np.float32)[self._code_idx]
        lex_scores = np.where(lex_scores > 0, lex_scores * self._focus(profile, n), lex_scores)
        code_scores = lex_scores + np.append(code_part, 0.0).astype(np.float32)[self._code_idx]
        word_match = np.zeros(n, dtype=np.float32)
        if profile.pw_weights and n:
            ids = np.fromiter(profile.pw_weights.keys(), dtype=np.int32)
            # Rare placement words say more than common ones ('klädbutik' vs 'butik').
            vals = np.fromiter(profile.pw_weights.values(), dtype=np.float32) * self._pw_idf[ids]
            yv = sp.csr_matrix((vals, (np.zeros_like(ids), ids)), shape=(1, self._H.shape[1]))
            raw_match = np.asarray((yv @ self._Ht).todense()).ravel()
            word_match = saturate(raw_match / self._pw_norm)
        direct = np.zeros(n, dtype=np.float32)
        if q.nnz and n:
            direct = relative(np.asarray((q @ self._Xt).todense()).ravel())
        scores = code_scores + w.direct * direct + w.placement_words * word_match
        scores += self._small_signals(query, n)
        return scores

    def _focus(self, profile: YouthProfile, n: int) -> np.ndarray:
        """Per placement, how much of its occupation's lexicon boost it gets (0..1].

        A broad code holds many kinds of placements (5223: flower, shoe and game shops).
        Within it, the placement that best contains the placement words of the terms pointing
        to the code (weighted by specificity and rarity) keeps the full boost; the others get
        FOCUS_FLOOR plus the rest in proportion to how well they match. Other codes keep 1."""
        out = np.ones(n, dtype=np.float32)
        if not n:
            return out
        for code, words in profile.code_words.items():
            c = self._code_pos.get(code)
            if c is None or not words or code not in BROAD_CODES:
                continue
            rows = np.flatnonzero(self._code_idx == c)
            if len(rows) < 2:
                continue
            ids = np.fromiter(words.keys(), dtype=np.int32)
            vals = np.fromiter(words.values(), dtype=np.float32) * self._pw_idf[ids]
            # Words x placements rows: cost follows how often the words occur, not n.
            sub = self._Ht[ids].multiply(vals.reshape(-1, 1)).tocsr()
            match = np.asarray(sub.max(axis=0).todense()).ravel()[rows]
            top = float(match.max())
            if top <= 0:
                continue
            out[rows] = FOCUS_FLOOR + (1.0 - FOCUS_FLOOR) * match / top
        return out

    def _small_signals(self, query: YouthQuery, n: int) -> np.ndarray:
        keys = [self._trains[k] for k in {_key(d) for d in query.develop} if k in self._trains]
        return small_signals(
            self.weights,
            n=n,
            trains_t=self._Tt,
            wanted=keys,
            n_wanted=len(query.develop),
            district_prox=[proximity(query.district, d) for d in self._districts],
            district_idx=self._district_idx,
        )

    def _eligible(self, query: YouthQuery) -> np.ndarray:
        ok = self._alive & self._available
        if query.age is not None:
            ok = ok & (self._min_age <= query.age)
        return ok

    @_locked
    def score_all(self, query: YouthQuery) -> np.ndarray:
        """Raw score per stored row (-inf for removed or unavailable placements)."""
        profile = self.analyze(query)
        raw = self._raw_scores(profile, query)
        return np.where(self._eligible(query), raw, -np.inf)

    @_locked
    def refs(self) -> list[str]:
        """Placement ref per stored row (aligned with score_all)."""
        return [d.ref for d in self._docs]

    @_locked
    def suggest(
        self, query: YouthQuery, limit: int = 10, *, rerank_flagged: bool = True
    ) -> list[Suggestion]:
        """The best placements for a youth, explained, flagged and (optionally) re-ranked."""
        if limit <= 0 or not self._row_of:
            return []
        profile = self.analyze(query)
        scores = np.where(self._eligible(query), self._raw_scores(profile, query), -np.inf)
        available = int(np.isfinite(scores).sum())
        k = min(max(limit, CANDIDATE_POOL), available)
        if k == 0:
            return []
        top = np.argpartition(-scores, k - 1)[:k]
        top = top[np.lexsort((top, -scores[top]))]
        ranked: list[Ranked] = []
        negative = profile.negative_codes
        # Flags for the whole pool (the re-rank needs them); reasons only for what is shown.
        for row in top:
            doc = self._docs[row]
            code = self._codes[self._code_idx[row]] if self._code_idx[row] >= 0 else None
            verdict = self.stereotypes.verdict(doc.ssyk, doc.sni, query.gender)
            name = self.lexicon.occupations.get(code or "") or self.stereotypes.share_name(code)
            suggestion = Suggestion(
                placement_ref=doc.ref,
                score=display_score(float(scores[row])),
                reasons=[],
                stereotype_flag=verdict.flag,
                stereotype_basis=verdict.basis,
                counter_stereotypical=verdict.counter,
                moved_up=False,
                ssyk=doc.ssyk,
                occupation_name=name,
            )
            wished = not profile.code_pos or profile.code_pos.get(code or "", 0.0) > 0
            ranked.append(
                Ranked(
                    suggestion,
                    float(scores[row]),
                    code in negative,
                    wished,
                    self.stereotypes.majority(doc.ssyk),
                    self.stereotypes.has_statistics(doc.ssyk),
                )
            )
        result = rerank(ranked) if rerank_flagged else [r.suggestion for r in ranked]
        return [self._explained(s, profile, query) for s in result[:limit]]

    def _explained(self, s: Suggestion, profile: YouthProfile, query: YouthQuery) -> Suggestion:
        row = self._row_of[s.placement_ref]
        doc = self._docs[row]
        code = self._codes[self._code_idx[row]] if self._code_idx[row] >= 0 else None
        reasons = build_reasons(
            doc=doc,
            profile=profile,
            lexicon=self.lexicon,
            placement_words=set(self._H.indices[self._H.indptr[row] : self._H.indptr[row + 1]]),
            code=code,
            occupation_name=s.occupation_name,
            develop=query.develop,
            district_proximity=proximity(query.district, doc.district),
            youth_district=query.district,
        )
        if s.moved_up:  # keep the re-rank's own reason last
            reasons = [*reasons[:2], s.reasons[-1]]
        return replace(s, reasons=reasons)
