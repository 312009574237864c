"""MatchIndex: placements as sparse matrices, scored for one youth with a few sparse products.

Per placement we keep a char n-gram TF-IDF row, the lexicon placement words it contains and
the competences it trains; per occupation (SSYK) a profile = normalised mean TF-IDF row of its
placements. A query is then: lexicon scores per code + profile similarity per code (gathered
to placements by code), direct text similarity, placement-word hits and two small signals.
No Python loop over placements runs at query time.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import normalize as l2_normalize

from matcher.districts import canonical, proximity
from matcher.explain import build_reasons
from matcher.lexicon import Lexicon, default_lexicon
from matcher.rerank import rerank
from matcher.scoring import (
    ScoringWeights,
    YouthProfile,
    analyze_youth,
    display_score,
    lexicon_code_scores,
    relative,
    saturate,
)
from matcher.stereotypes import StereotypeTable, default_table
from matcher.text import competence_key as _key
from matcher.text import normalize
from matcher.types import PlacementDoc, Suggestion, YouthQuery

CANDIDATE_POOL = 40  # ranked before re-ranking, so a broader choice can move up
INFER_MIN_SIMILARITY = 0.05


def placement_text(doc: PlacementDoc) -> str:
    """The text a placement is matched on (title counted twice: it is the most precise)."""
    return normalize(f"{doc.title}. {doc.title}. {doc.description}")


class MatchIndex:
    """Ranks placements for a youth; supports incremental upsert/remove without refitting."""

    def __init__(
        self,
        vectorizer: TfidfVectorizer,
        lexicon: Lexicon,
        stereotypes: StereotypeTable,
        weights: ScoringWeights,
    ) -> None:
        self.vectorizer = vectorizer
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
        self._P = sp.csr_matrix((0, n_features), dtype=np.float32)

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
        vectorizer = TfidfVectorizer(
            analyzer="char_wb",
            ngram_range=(3, 5),
            sublinear_tf=True,
            min_df=1,
            max_df=0.5 if len(texts) >= 50 else 1.0,
            dtype=np.float32,
        )
        vectorizer.fit(texts or ["tom"])
        index = cls(
            vectorizer,
            lexicon or default_lexicon(),
            stereotypes or default_table(),
            weights or ScoringWeights(),
        )
        index._add(list(docs), texts)
        return index

    def upsert(self, docs: Iterable[PlacementDoc]) -> None:
        """Adds or replaces placements (by ref); the fitted vectorizer is kept."""
        batch = {d.ref: d for d in docs}
        self.remove(batch.keys())
        items = list(batch.values())
        self._add(items, [placement_text(d) for d in items])

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

    def _add(self, docs: list[PlacementDoc], texts: list[str]) -> None:
        if not docs:
            return
        start = len(self._docs)
        X_new = self.vectorizer.transform(texts).astype(np.float32)
        h_rows, h_cols = [], []
        t_rows, t_cols = [], []
        codes = np.full(len(docs), -1, dtype=np.int32)
        for i, (doc, text) in enumerate(zip(docs, texts, strict=True)):
            for pid in self.lexicon.placement_words_in_text(text):
                h_rows.append(i)
                h_cols.append(pid)
            for key in {_key(k) for k in doc.trains if k.strip()}:
                t_rows.append(i)
                t_cols.append(self._trains.setdefault(key, len(self._trains)))
            if doc.ssyk and doc.ssyk.strip():
                codes[i] = self._code(doc.ssyk.strip())
            self._row_of[doc.ref] = start + i
        H_new = sp.csr_matrix(
            (np.ones(len(h_rows), dtype=np.float32), (h_rows, h_cols)),
            shape=(len(docs), self._H.shape[1]),
        )
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
        sims = (X_rows @ self._P.T).toarray()
        best = sims.argmax(axis=1).astype(np.int32)
        best[sims.max(axis=1) < INFER_MIN_SIMILARITY] = -1
        return best

    def _refresh(self) -> None:
        if not self._dirty:
            return
        if self._codes:
            sums = sp.vstack(self._code_sum, format="csr")
            counts = np.maximum(np.array(self._code_count, dtype=np.float32), 1.0)
            self._P = l2_normalize(sp.diags(1.0 / counts) @ sums).astype(np.float32).tocsr()
        self._Xt = self._X.T.tocsr()
        self._Ht = self._H.T.tocsr()
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
        own = self.vectorizer.transform([profile.positive_text]).astype(np.float32)
        if profile.expansion_text:
            extra = self.vectorizer.transform([profile.expansion_text]).astype(np.float32)
            own = own + self.weights.expansion * extra
        return sp.csr_matrix(l2_normalize(own))

    def _raw_scores(self, profile: YouthProfile, query: YouthQuery) -> np.ndarray:
        self._refresh()
        w = self.weights
        n = self._X.shape[0]
        q = self._query_vector(profile)
        code_part = w.lexicon * lexicon_code_scores(profile, self._codes)
        if q.nnz and self._P.shape[0]:
            prof = np.asarray((self._P @ q.T).todense()).ravel()
            code_part = code_part + w.profile * relative(prof)
        scores = np.append(code_part, 0.0).astype(np.float32)[self._code_idx]
        if q.nnz and n:
            direct = np.asarray((q @ self._Xt).todense()).ravel()
            scores += w.direct * relative(direct)
        if profile.pw_weights and n:
            ids = np.fromiter(profile.pw_weights.keys(), dtype=np.int32)
            vals = np.fromiter(profile.pw_weights.values(), dtype=np.float32)
            yv = sp.csr_matrix((vals, (np.zeros_like(ids), ids)), shape=(1, self._H.shape[1]))
            hits = np.asarray((yv @ self._Ht).todense()).ravel()
            scores += w.placement_words * saturate(hits)
        scores += self._small_signals(query, n)
        return scores

    def _small_signals(self, query: YouthQuery, n: int) -> np.ndarray:
        w = self.weights
        out = np.zeros(n, dtype=np.float32)
        keys = [self._trains[k] for k in {_key(d) for d in query.develop} if k in self._trains]
        if keys and n:
            overlap = np.asarray(self._T[:, keys].sum(axis=1)).ravel()
            out += w.develop * np.minimum(overlap / max(len(query.develop), 1), 1.0)
        if query.district and self._districts:
            prox = np.array([proximity(query.district, d) for d in self._districts] + [0])
            weight = np.array([0.0, w.district_neighbour, w.district_same], dtype=np.float32)
            out += weight[prox][self._district_idx]
        return out

    def _eligible(self, query: YouthQuery) -> np.ndarray:
        ok = self._alive & self._available
        if query.age is not None:
            ok = ok & (self._min_age <= query.age)
        return ok

    def score_all(self, query: YouthQuery) -> np.ndarray:
        """Raw score per stored row (-inf for removed or unavailable placements)."""
        profile = self.analyze(query)
        raw = self._raw_scores(profile, query)
        return np.where(self._eligible(query), raw, -np.inf)

    def refs(self) -> list[str]:
        """Placement ref per stored row (aligned with score_all)."""
        return [d.ref for d in self._docs]

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
        ranked: list[tuple[Suggestion, float, bool]] = []
        negative = profile.negative_codes
        for row in top:
            doc = self._docs[row]
            code = self._codes[self._code_idx[row]] if self._code_idx[row] >= 0 else None
            verdict = self.stereotypes.verdict(doc.ssyk, doc.sni, query.gender)
            name = self.lexicon.occupations.get(code or "") or self.stereotypes.share_name(code)
            reasons = build_reasons(
                doc=doc,
                profile=profile,
                lexicon=self.lexicon,
                placement_words=set(self._H[row].indices.tolist()),
                code=code,
                occupation_name=name,
                develop=query.develop,
                district_proximity=proximity(query.district, doc.district),
                youth_district=query.district,
            )
            suggestion = Suggestion(
                placement_ref=doc.ref,
                score=display_score(float(scores[row])),
                reasons=reasons,
                stereotype_flag=verdict.flag,
                stereotype_basis=verdict.basis,
                counter_stereotypical=verdict.counter,
                moved_up=False,
                ssyk=doc.ssyk,
                occupation_name=name,
            )
            ruled_out = code in negative
            ranked.append((suggestion, float(scores[row]), ruled_out))
        result = rerank(ranked) if rerank_flagged else [s for s, _, _ in ranked]
        return result[:limit]
