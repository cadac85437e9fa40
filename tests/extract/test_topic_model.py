"""The trained topic model: n-gram values as training computes them, shares that add up, and how the model's
shares and the lexicon's decide a paragraph's topic together."""

from collections import Counter

import numpy as np

from helpers.extract import topic_model, topics


def test_ngrams_are_counted_longest_first_and_scaled_to_unit_length():
    counter = topic_model.ngram_counter(["经济", "增长", "经济增长"])
    index, values = counter.vector("经济增长，经济，经济")
    assert dict(zip(index.tolist(), (round(v, 3) for v in values.tolist()))) == {0: 0.861, 2: 0.509}  # 经济 twice: 1 + log 2
    assert np.isclose(np.linalg.norm(values), 1.0)


def test_a_text_without_vocabulary_has_no_ngrams():
    index, values = topic_model.ngram_counter(["经济"]).vector("天气晴朗")
    assert len(index) == 0 and len(values) == 0


def test_the_models_shares_add_up_to_one():
    clf = topic_model.Classifier((5, 6), np.array([[2.0, 0.0]], dtype=np.float32), np.zeros((1, 2), dtype=np.float32),
                                 np.zeros(2, dtype=np.float32))
    shares = clf.probabilities((np.array([0]), np.array([1.0], dtype=np.float32)), np.zeros(1, dtype=np.float32))
    assert shares[5] > shares[6] and np.isclose(sum(shares.values()), 1.0)


def reading(cap: dict, gov: dict) -> topics.Reading:
    return topics.Reading(None, Counter(cap), Counter(cap), Counter(gov), np.zeros(0, dtype=np.float32))


def test_the_model_decides_where_the_lexicons_evidence_is_split():
    split = reading({5: 2, 13: 2}, {"劳动、人事、监察": 1})
    assert topics.decide(split, {13: 0.9, 5: 0.1})[0] == 13
    assert topics.decide(split, {5: 0.9, 13: 0.1})[0] == 5


def test_clear_lexicon_evidence_outweighs_a_doubtful_model():
    clear = reading({5: 9, 13: 1}, {"劳动、人事、监察": 1})
    assert topics.decide(clear, {13: 0.55, 5: 0.45})[0] == 5


def test_the_class_leans_to_the_chosen_topics_usual_class():
    assert topics.decide(reading({6: 3}, {}), None) == (6, topics.lexicon().topics[6].gov)
