"""TF-IDF vectorizers that analyse each distinct word once (the matcher's placement index and the
occupation inference share them).

`char_wb_ngrams` yields exactly what scikit-learn's `TfidfVectorizer(analyzer="char_wb")`
yields for one word (the word padded with spaces, n-grams of each length in the range, a
word shorter than n counted once). Texts are sequences of words, so a text's features are
its words' features concatenated; caching per word and building the sparse matrix with numpy
makes fitting 100,000 placements take seconds instead of minutes.
Weighting follows scikit-learn's defaults: smooth idf, optional sublinear tf, l2 rows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
import scipy.sparse as sp
from sklearn.preprocessing import normalize as l2_normalize

WordFeatures = Callable[[str], tuple[str, ...]]
MAX_CACHED_WORDS = 500_000


def char_wb_ngrams(word: str, min_n: int = 3, max_n: int = 5) -> tuple[str, ...]:
    """Character n-grams of one word, padded with spaces (scikit-learn 'char_wb')."""
    padded = f" {word} "
    size = len(padded)
    grams: list[str] = []
    for n in range(min_n, max_n + 1):
        offset = 0
        grams.append(padded[offset : offset + n])
        while offset + n < size:
            offset += 1
            grams.append(padded[offset : offset + n])
        if offset == 0:  # a short word is counted once
            break
    return tuple(grams)


def word_doc_matrix(texts: Sequence[str]) -> tuple[list[str], sp.csr_matrix]:
    """Distinct words of the texts and a texts x words count matrix."""
    index: dict[str, int] = {}
    flat: list[int] = []
    indptr = [0]
    for text in texts:
        for word in text.split():
            j = index.get(word)
            if j is None:
                j = index[word] = len(index)
            flat.append(j)
        indptr.append(len(flat))
    matrix = sp.csr_matrix(
        (np.ones(len(flat), dtype=np.float32), np.array(flat, dtype=np.int32), indptr),
        shape=(len(texts), len(index)),
    )
    matrix.sum_duplicates()
    return list(index), matrix


class CachedTfidf:
    """TF-IDF over per-word features, fitted once and then only used to transform."""

    def __init__(
        self, features: WordFeatures, *, max_df: float = 1.0, sublinear_tf: bool = True
    ) -> None:
        self.features = features
        self.max_df = max_df
        self.sublinear_tf = sublinear_tf
        self.vocabulary_: dict[str, int] = {}
        self.idf_ = np.zeros(0, dtype=np.float32)
        self._word_ids: dict[str, np.ndarray] = {}

    def _ids(self, word: str, vocab: dict[str, int], grow: bool) -> np.ndarray:
        cached = self._word_ids.get(word)
        if cached is not None:
            return cached
        ids: list[int] = []
        for feature in self.features(word):
            idx = vocab.get(feature)
            if idx is None and grow:
                idx = vocab[feature] = len(vocab)
            if idx is not None:
                ids.append(idx)
        arr = np.array(ids, dtype=np.int32)
        if len(self._word_ids) >= MAX_CACHED_WORDS:
            self._word_ids.clear()
        self._word_ids[word] = arr
        return arr

    def _counts(self, texts: Sequence[str], vocab: dict[str, int], grow: bool) -> sp.csr_matrix:
        words, doc_words = word_doc_matrix(texts)
        parts = [self._ids(w, vocab, grow) for w in words]
        indptr = np.zeros(len(words) + 1, dtype=np.int64)
        np.cumsum([len(p) for p in parts], out=indptr[1:])
        indices = np.concatenate(parts) if parts else np.zeros(0, dtype=np.int32)
        word_features = sp.csr_matrix(
            (np.ones(len(indices), dtype=np.float32), indices, indptr),
            shape=(len(words), len(vocab)),
        )
        return (doc_words @ word_features).tocsr()

    def _weigh(self, counts: sp.csr_matrix) -> sp.csr_matrix:
        if counts.shape[0] == 0 or counts.shape[1] == 0:
            return sp.csr_matrix(counts.shape, dtype=np.float32)
        if self.sublinear_tf:
            counts.data = 1.0 + np.log(counts.data)
        weighted = counts.multiply(self.idf_.reshape(1, -1)).tocsr()
        return l2_normalize(weighted).astype(np.float32).tocsr()

    def fit_transform(self, texts: Sequence[str]) -> sp.csr_matrix:
        """Learns vocabulary and idf from the texts and returns their vectors."""
        vocab: dict[str, int] = {}
        self._word_ids = {}
        counts = self._counts(texts, vocab, grow=True)
        n_docs = max(len(texts), 1)
        df = np.bincount(counts.indices, minlength=len(vocab)).astype(np.float64)
        keep = df <= self.max_df * n_docs if self.max_df < 1.0 else np.ones(len(vocab), bool)
        if not keep.any():  # identical texts: keep everything rather than nothing
            keep = np.ones(len(vocab), bool)
        remap = np.full(len(vocab), -1, dtype=np.int64)
        remap[keep] = np.arange(int(keep.sum()))
        features = np.empty(len(vocab), dtype=object)
        for feature, idx in vocab.items():
            features[idx] = feature
        self.vocabulary_ = {f: int(remap[i]) for i, f in enumerate(features) if keep[i]}
        self.idf_ = (np.log((1.0 + n_docs) / (1.0 + df[keep])) + 1.0).astype(np.float32)
        self._word_ids = {}
        counts = counts[:, np.flatnonzero(keep)].tocsr()
        return self._weigh(counts)

    def vector(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """One text as (feature ids, l2-normalised weights), without building a matrix."""
        parts = [self._ids(w, self.vocabulary_, grow=False) for w in text.split()]
        if not parts:
            return np.zeros(0, dtype=np.int32), np.zeros(0, dtype=np.float32)
        ids, counts = np.unique(np.concatenate(parts), return_counts=True)
        tf = 1.0 + np.log(counts) if self.sublinear_tf else counts.astype(np.float64)
        weights = (tf * self.idf_[ids]).astype(np.float32)
        norm = float(np.sqrt(np.dot(weights, weights)))
        return ids.astype(np.int32), weights / norm if norm > 0 else weights

    def transform(self, texts: Sequence[str]) -> sp.csr_matrix:
        """Vectors of new texts in the fitted vocabulary (unknown features are dropped)."""
        return self._weigh(self._counts(texts, self.vocabulary_, grow=False))
