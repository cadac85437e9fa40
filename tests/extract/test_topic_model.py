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


def leaning_toward(cap: int, classes: dict[str, float]) -> np.ndarray:
    """The lexicon's usual classes, with ``cap``'s row replaced by ``classes``' shares, as ``decide`` takes them."""
    lex = topics.lexicon()
    model = topic_model.TopicModel(topic_model.word_counter([]), None, topic_model.ClassLeaning(
        (cap,), lex.gov_classes, np.array([[classes.get(g, 0.0) for g in lex.gov_classes]])))
    return topics.class_leaning(model)


def test_a_learnt_leaning_follows_the_classes_the_topic_was_coded_with():
    lex = topics.lexicon()
    relief = leaning_toward(15, {"民政、扶贫、救灾": 0.6, "财政、金融、审计": 0.4})
    total = np.array([[3.0 if c == 15 else 0 for c in lex.caps] + [0] * len(lex.gov_classes)])
    assert lex.gov_classes[topics.decide(total, None, relief)[1][0]] == "民政、扶贫、救灾"
    assert lex.gov_classes[topics.decide(total)[1][0]] == lex.topics[15].gov != "民政、扶贫、救灾"


def test_a_topic_the_model_never_saw_keeps_its_usual_class():
    lex = topics.lexicon()
    relief = leaning_toward(15, {"民政、扶贫、救灾": 1.0})
    assert (relief[lex.caps.index(6)] == lex.usual_class[lex.caps.index(6)]).all()
    unknown = topic_model.TopicModel(topic_model.word_counter([]), None, topic_model.ClassLeaning((15,), ("别的类",), np.ones((1, 1))))
    assert (topics.class_leaning(unknown) == lex.usual_class).all()  # trained with other classes: not read


def test_a_paragraphs_scores_do_not_depend_on_the_batch_it_is_read_in():
    trained = topic_model.model()
    rows = np.random.default_rng(0).random((64, trained.classifier.context_weights.shape[0]), dtype=np.float32)
    together = trained.classifier.scores(trained.counter.features([[]] * 64), rows)
    alone = np.vstack([trained.classifier.scores(trained.counter.features([[]]), rows[i : i + 1]) for i in range(64)])
    assert (together == alone).all()  # bit for bit: a near tie must not go one way alone and the other in a batch


def test_the_models_classes_decide_where_the_lexicons_class_evidence_is_split():
    lex = topics.lexicon()
    total = np.array([[3.0 if c == 15 else 0 for c in lex.caps] + [1.0 if g in ("民政、扶贫、救灾", "财政、金融、审计") else 0
                                                                    for g in lex.gov_classes]])
    for wanted in ("民政、扶贫、救灾", "财政、金融、审计"):
        learnt = np.array([[0.9 if g == wanted else 0.1 / (len(lex.gov_classes) - 1) for g in lex.gov_classes]])
        assert lex.gov_classes[topics.decide(total, None, None, learnt)[1][0]] == wanted


def test_a_models_classes_named_otherwise_than_the_lexicons_are_not_read():
    lex = topics.lexicon()
    assert topics.class_columns(np.ones((1, 1)), ("别的类",)) is None
    mapped = topics.class_columns(np.array([[0.7, 0.3]]), (lex.gov_classes[1], lex.gov_classes[0]))
    assert mapped[0, 0] == 0.3 and mapped[0, 1] == 0.7 and mapped[0, 2:].sum() == 0


def test_a_model_saved_without_classes_loads_and_codes_without_them(tmp_path):
    clf = topic_model.Classifier((5, 6), np.array([[2.0, 0.0]], dtype=np.float32), np.zeros((1, 2), dtype=np.float32),
                                 np.zeros(2, dtype=np.float32))
    leaning = topic_model.ClassLeaning((5, 6), ("劳动、人事、监察",), np.ones((2, 1)))
    topic_model.save(tmp_path / "old.npz", ["就业"], clf, leaning)
    model = topic_model.load(tmp_path / "old.npz")
    caps, classes = model.both_probabilities([["就业"]], np.zeros((1, 1), dtype=np.float32))
    assert model.class_classifier is None and classes is None and caps.shape == (1, 2)
