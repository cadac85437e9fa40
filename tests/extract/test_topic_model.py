"""The trained topic model: word values as training computes them, shares that add up, and how the model's
shares and the lexicon's decide a paragraph's topic together."""


import numpy as np

from helpers.extract import topic_model, topics


def test_words_are_counted_and_scaled_to_unit_length_per_paragraph():
    found = topic_model.word_counter(["经济", "增长"]).features([["经济", "增长", "经济"], ["天气"], ["增长"]])
    got = {(int(r), int(i)): round(float(v), 3) for r, i, v in zip(found.rows, found.index, found.values)}
    assert got == {(0, 0): 0.861, (0, 1): 0.509, (2, 1): 1.0}  # 经济 twice: 1 + log 2; 天气 is not in the vocabulary


def test_the_models_shares_add_up_to_one_in_each_row():
    clf = topic_model.Classifier((5, 6), np.array([[2.0, 0.0]], dtype=np.float32), np.zeros((1, 2), dtype=np.float32),
                                 np.zeros(2, dtype=np.float32))
    words = topic_model.word_counter(["就业"]).features([["就业"], []])
    shares = clf.probabilities(words, np.zeros((2, 1), dtype=np.float32))
    assert shares[0, 0] > shares[0, 1] and np.allclose(shares.sum(axis=1), 1.0) and np.allclose(shares[1], 0.5)


def decide(cap: dict, gov: dict, learnt: dict | None) -> tuple[int, str]:
    """``topics.decide`` on one paragraph whose own evidence is its evidence in context."""
    lex = topics.lexicon()
    total = np.array([[cap.get(c, 0) for c in lex.caps] + [gov.get(g, 0) for g in lex.gov_classes]], dtype=float)
    learnt_row = np.array([[learnt.get(c, 0) for c in lex.caps]]) if learnt else None
    primary, gov_class = topics.decide(total, learnt_row)
    return lex.caps[primary[0]], lex.gov_classes[gov_class[0]]


def test_the_model_decides_where_the_lexicons_evidence_is_split():
    split = ({5: 2, 13: 2}, {"劳动、人事、监察": 1})
    assert decide(*split, {13: 0.9, 5: 0.1})[0] == 13
    assert decide(*split, {5: 0.9, 13: 0.1})[0] == 5


def test_clear_lexicon_evidence_outweighs_a_doubtful_model():
    assert decide({5: 9, 13: 1}, {"劳动、人事、监察": 1}, {13: 0.55, 5: 0.45})[0] == 5


def test_the_class_leans_to_the_chosen_topics_usual_class():
    assert decide({6: 3}, {}, None) == (6, topics.lexicon().topics[6].gov)
