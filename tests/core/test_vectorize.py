"""The cached vectorizer yields scikit-learn's char_wb n-grams and TF-IDF weights."""

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from core.vectorize import CachedTfidf, char_wb_ngrams

TEXTS = [
    "verkstaden servar och lagar cyklar",
    "däckbyte och fordonsservice i verkstad",
    "lokalvård i kontorsmiljö",
    "el i",
]


def test_word_ngrams_match_scikit_learn_char_wb() -> None:
    analyzer = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5)).build_analyzer()
    for text in TEXTS:
        ours = [g for w in text.split() for g in char_wb_ngrams(w)]
        assert sorted(ours) == sorted(analyzer(text))


def test_vectors_match_scikit_learn_tfidf() -> None:
    ref = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True)
    expected = ref.fit_transform(TEXTS)
    ours = CachedTfidf(char_wb_ngrams)
    got = ours.fit_transform(TEXTS)
    order = [ours.vocabulary_[f] for f in ref.get_feature_names_out()]
    np.testing.assert_allclose(got[:, order].toarray(), expected.toarray(), rtol=1e-5)
    ids, weights = ours.vector(TEXTS[0])
    np.testing.assert_allclose(weights, got[0].toarray().ravel()[ids], rtol=1e-5)


def test_max_df_drops_features_in_most_documents() -> None:
    vec = CachedTfidf(char_wb_ngrams, max_df=0.4)
    vec.fit_transform(TEXTS)
    assert " oc" not in vec.vocabulary_  # 'och' is in half or more of the texts
    assert " cy" in vec.vocabulary_
