"""Coverage from paragraph topics: shares that add up, per-10,000-character counts, emphasis, similarity, time."""

import numpy as np
import pandas as pd
import pytest

from helpers.analysis import topics
from helpers.store import facts as F


def _facts(rows, paras, dates=("2026-01-01", "2026-01-02")):
    """A Facts with paragraphs (doc, para, text) and primary topic rows (doc, para, cap_major)."""
    paragraphs = pd.DataFrame([(d, p, "body", "", t) for d, p, t in paras], columns=["doc", "para", "kind", "section", "text"])
    topic_rows = pd.DataFrame([(d, p, "", c, "综合政务", 1.0, True) for d, p, c in rows],
                              columns=["doc", "para", "theme", "cap_major", "gov_class", "score", "primary"])
    docs = sorted({d for d, _, _ in paras})
    documents = pd.DataFrame({"doc": docs, "date": list(dates)[: len(docs)], "status": "ok", "title": docs, "place": ""})
    return F.Facts({"paragraphs": paragraphs, "paragraph_topics": topic_rows, "documents": documents})


@pytest.fixture
def two():
    paras = [("a", 0, "甲" * 100), ("a", 1, "乙" * 300), ("b", 0, "丙" * 200), ("b", 1, "丁" * 200), ("b", 2, "戊" * 10)]
    return _facts([("a", 0, 1), ("a", 1, 3), ("b", 0, 1), ("b", 1, 1)], paras)


def test_shares_by_main_topic_add_up_and_name_the_uncoded(two):
    prim = topics.primary(two)
    cov = topics.coverage(prim, two)
    assert cov["share_of_text"].sum() == pytest.approx(1) and cov["share_of_paragraphs"].sum() == pytest.approx(1)
    first = cov.iloc[0]
    assert first["topic"] == topics.names().set_index("cap_major").loc[1, "topic"] and first["share_of_text"] == pytest.approx(500 / 800)
    assert topics.uncoded(two, prim) == (1, 5)


def test_counts_per_10000_characters_and_rows_that_add_up(two):
    prim = topics.primary(two)
    dense = topics.per_10k(prim, two)
    macro = topics.names().set_index("cap_major").loc[1, "topic"]
    assert dense.loc["a", macro] == pytest.approx(1 / 400 * 10_000) and dense.loc["b", macro] == pytest.approx(2 / 410 * 10_000)
    assert topics.shares(prim, "doc").sum(axis=1).tolist() == pytest.approx([1, 1])


def test_emphasis_against_the_average_document(two):
    shares = topics.shares(topics.primary(two), "doc")
    emph = topics.emphasis(shares).set_index(["doc", "topic"])
    macro = topics.names().set_index("cap_major").loc[1, "topic"]
    assert emph.loc[("b", macro), "difference"] == pytest.approx((1 - (0.25 + 1) / 2) * 100)
    assert "+37.5个百分点" in topics.stressed(topics.emphasis(shares)).set_index("doc").loc["b", "stresses"]


def test_similarity_and_the_most_alike_pair():
    shares = pd.DataFrame({"x": [1, 0.9, 0], "y": [0, 0.1, 1]}, index=["a", "b", "c"])
    sim = topics.similarity(shares)
    assert sim.loc["a", "a"] == pytest.approx(1) and sim.loc["a", "c"] == pytest.approx(0)
    pairs, near = topics.alike(shares, centred=False, n=1)
    assert pairs[["doc", "other"]].values.tolist() == [["a", "b"]]
    assert near.set_index("doc").loc["c", "most_alike"] == "b"
    assert topics.cluster_order(shares) in (["a", "b", "c"], ["c", "b", "a"])


def _many(n: int) -> pd.DataFrame:
    rng = np.random.default_rng(0)
    return pd.DataFrame(rng.dirichlet(np.ones(5), size=n).round(2), index=[f"d{i:03}" for i in range(n)], columns=list("vwxyz"))


def test_one_document_is_like_no_other():
    pairs, near = topics.alike(_many(1))
    assert pairs.empty and near.empty and list(near.columns) == ["doc", "most_alike", "similarity"]


def test_alike_in_blocks_equals_ranking_every_pair_of_the_whole_matrix(monkeypatch):
    shares = _many(60)
    pairs, near = topics.alike(shares, n=15)
    sim = topics.similarity(shares, centred=True).to_numpy(copy=True)
    upper = [(sim[i, j], shares.index[i], shares.index[j]) for i in range(60) for j in range(i + 1, 60)]
    assert list(pairs["similarity"]) == sorted((v for v, _, _ in upper), reverse=True)[:15]
    np.fill_diagonal(sim, -np.inf)
    assert list(near["most_alike"]) == list(shares.index[sim.argmax(axis=1)])
    monkeypatch.setattr(topics, "BLOCK", 10)
    monkeypatch.setattr(topics, "CELLS", 7 * 60)
    blocked_pairs, blocked_near = topics.alike(shares, n=15)
    pd.testing.assert_frame_equal(blocked_pairs, pairs)
    pd.testing.assert_frame_equal(blocked_near, near)


def test_similarity_among_chosen_documents_is_the_matrix_restricted(monkeypatch):
    shares = _many(30)
    whole = topics.similarity(shares, centred=True)
    monkeypatch.setattr(topics, "BLOCK", 10)
    chosen = ["d007", "d003", "d021"]
    pd.testing.assert_frame_equal(topics.similarity(shares, centred=True, docs=chosen), whole.loc[chosen, chosen])


def test_many_documents_are_ordered_along_their_main_axis_of_difference(monkeypatch):
    shares = pd.DataFrame({"x": [1, 0.9, 0.5, 0.1, 0], "y": [0, 0.1, 0.5, 0.9, 1]}, index=list("abcde"))
    monkeypatch.setattr(topics, "BLOCK", 3)
    assert topics.cluster_order(shares) in (list("abcde"), list("edcba"))


@pytest.mark.parametrize("dates, grain", [(["2026-01-02", "2026-01-20"], ""), (["2026-01-02", "2026-02-01", "2026-03-05"], "month"),
                                          (["2023-05-01", "2024-05-01", "2025-05-01"], "year")])
def test_time_is_shown_only_when_the_documents_span_it(dates, grain):
    assert topics.period(pd.Series(dates))[0] == grain


def test_a_missing_coded_sample_is_a_clear_error(tmp_path):
    assert topics.user_sample("") == ""
    with pytest.raises(FileNotFoundError, match="does not exist"):
        topics.user_sample(str(tmp_path / "nope.csv"))


@pytest.mark.parametrize("ask", [
    lambda prim, facts: topics.coverage(prim, facts),
    lambda prim, facts: topics.classes(prim),
    lambda prim, facts: topics.uncoded(facts, prim),
    lambda prim, facts: topics.shares(prim, "role"),
    lambda prim, facts: topics.per_10k(prim, facts),
    lambda prim, facts: topics.over_time(prim, facts)[1],
    lambda prim, facts: topics.by_entity(prim, facts.paragraphs.assign(kind="body"), "kind"),
    lambda prim, facts: topics.section_order(prim),
], ids=["coverage", "classes", "uncoded", "shares", "per_10k", "over_time", "by_entity", "sections"])
def test_topics_kept_in_the_store_answer_as_the_dataframe(ask):
    paras = [(d, p, "字" * (10 + 7 * p)) for d in "abc" for p in range(4)]
    facts = _facts([(d, p, 1 + (p + ord(d)) % 3) for d, p, _ in paras[:-1]], paras, dates=("2024-01-01", "2025-01-01", "2026-01-01"))
    expected, got = ask(topics.primary(facts), facts), ask(topics.PrimaryTopics(facts), facts)
    if isinstance(expected, pd.DataFrame):
        pd.testing.assert_frame_equal(expected, got)
    else:
        assert expected == got


def test_the_stores_primary_topics_are_the_coded_paragraphs_with_a_topic(two):
    kept = topics.PrimaryTopics(two)
    assert len(kept) == 4 and kept.frame().equals(topics.primary(two))
