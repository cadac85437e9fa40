"""Word counts from the tokens table, checked against counting the paragraphs' content words directly."""

from __future__ import annotations

from collections import Counter

import pandas as pd
import pytest

from helpers.extract import tokens
from helpers.store import facts as store, query, terms


@pytest.fixture(scope="module")
def q(facts_dir):
    with query.Query(facts_dir) as q:
        yield q


@pytest.fixture(scope="module")
def words(facts_dir):
    """(doc, section, word) for every content word of the body paragraphs and subheads, segmented here."""
    paras = store.read_table(facts_dir, "paragraphs")
    body = paras[paras["kind"].isin(tokens.SEGMENTED_KINDS)]
    return [(d, s, w) for d, s, t in zip(body["doc"], body["section"], body["text"]) for w in tokens.content_words(t)]


def test_top_terms_are_the_most_frequent_words(q, words):
    top = terms.top_terms(q, 10)
    counts = Counter(w for _, _, w in words)
    assert top.to_dict() == {w: counts[w] for w in top.index}
    assert top.iloc[-1] >= sorted(counts.values(), reverse=True)[9]


def test_vocabulary(q, words):
    assert terms.vocabulary(q) == (len(words), len({w for _, _, w in words}))


def test_counts_by_section_add_up_to_each_section(q, words):
    counts = terms.term_counts(q, "section")
    expected = Counter((s, w) for _, s, w in words)
    assert dict(zip(zip(counts["section"], counts["token"]), counts["count"])) == dict(expected)


def test_keyness_counts_split_each_word_between_the_group_and_the_rest(q, words):
    group = terms.largest_groups(q, "doc", 1)["doc"].iloc[0]
    table = terms.keyness_counts(q, "doc", [group])
    inside = Counter(w for d, _, w in words if d == group)
    outside = Counter(w for d, _, w in words if d != group)
    assert dict(zip(table["token"], table["target"])) == dict(inside)
    assert dict(zip(table["token"], table["reference"])) == {w: outside[w] for w in inside}
    assert set(table["target_total"]) == {sum(inside.values())} and set(table["reference_total"]) == {sum(outside.values())}
    assert all(table[c].dtype == "int64" for c in ("target", "reference", "target_total", "reference_total"))


def test_counting_by_anything_else_is_refused(q):
    with pytest.raises(ValueError, match="doc or section"):
        terms.term_counts(q, "para")


def test_pair_counts_are_adjacent_words_of_one_paragraph_and_keep_ties_at_the_cut(q, facts_dir):
    rows = store.read_table(facts_dir, "tokens")
    pairs = Counter(p for line in rows["tokens"] for ws in [line.split(tokens.SEPARATOR)] for p in zip(ws, ws[1:]))
    top = terms.pair_counts(q, min_count=2, top_n=3)
    third = sorted(pairs.values(), reverse=True)[2]
    assert dict(zip(zip(top["first"], top["second"]), top["count"])) == {p: n for p, n in pairs.items() if n >= max(2, third)}


def test_phrase_counts_and_paragraphs_containing_a_term(q, facts_dir):
    paras = store.read_table(facts_dir, "paragraphs")
    phrases = terms.phrase_counts(q, "“([^”]{2,6})”")
    assert len(phrases) and phrases["count"].sum() == paras["text"].str.count("“[^”]{2,6}”").sum()
    hits = terms.paragraphs_containing(q, "办实事")
    assert len(hits) == paras["text"].str.contains("办实事", regex=False).sum() > 0


def _reading(facts_dir):
    """The tokens table's words in reading order (the order the table holds them): (doc, section, word)."""
    rows = store.read_table(facts_dir, "tokens").merge(store.read_table(facts_dir, "paragraphs")[["doc", "para", "section"]])
    return [(d, s, w) for d, s, t in zip(rows["doc"], rows["section"], rows["tokens"]) for w in t.split(tokens.SEPARATOR)]


def test_word_counts_order_ties_by_first_appearance_as_pandas_does(q, facts_dir):
    expected = pd.Series([w for _, _, w in _reading(facts_dir)]).value_counts()
    assert list(terms.word_counts(q).items()) == list(expected.items())


def test_largest_groups_order_ties_by_first_appearance(q, facts_dir):
    expected = pd.Series([s for _, s, _ in _reading(facts_dir)]).value_counts().head(8)
    largest = terms.largest_groups(q, "section", 8)
    assert list(zip(largest["section"], largest["words"])) == list(expected.items())


def test_groups_are_the_segmented_paragraphs_groups_in_reading_order(q, facts_dir):
    paras = store.read_table(facts_dir, "paragraphs")
    assert terms.groups(q, "doc") == list(dict.fromkeys(paras[paras["kind"].isin(tokens.SEGMENTED_KINDS)]["doc"]))


def test_top_weighted_ranks_count_times_weight_ties_in_character_order(q, words):
    doc = words[0][0]
    counts = Counter(w for d, _, w in words if d == doc)
    weights = pd.DataFrame({"token": list(counts), "weight": [float(len(w)) for w in counts]})
    best = terms.top_weighted(q, "doc", weights, 5)
    ranked = sorted((-n * len(w), w) for w, n in counts.items())[:5]
    assert list(best[best["doc"] == doc]["token"]) == [w for _, w in ranked]


def test_top_weighted_never_chooses_a_word_without_a_weight(q, words):
    doc = words[0][0]
    counts = Counter(w for d, _, w in words if d == doc)
    commonest = max(counts, key=counts.get)
    weights = pd.DataFrame({"token": [w for w in counts if w != commonest], "weight": 1.0})
    assert commonest not in set(terms.top_weighted(q, "doc", weights, 5)["token"])


def test_paragraphs_holding_flag_each_word_in_one_scan(q, facts_dir):
    paras = store.read_table(facts_dir, "paragraphs")
    held = terms.paragraphs_holding(q, ["办实事", "乡村振兴"])
    for word in ("办实事", "乡村振兴"):
        expected = paras[paras["text"].str.contains(word, regex=False)]
        assert list(zip(held[held[word]]["doc"], held[held[word]]["para"])) == list(zip(expected["doc"], expected["para"]))


def test_occurrences_that_overlap_count_once_as_a_concordance_shows_them():
    with query.Query(frames={"paragraphs": pd.DataFrame({"doc": ["a", "b"], "para": [0, 0], "text": ["啊啊啊", "啊啊 啊"]})}) as q:
        assert terms.occurrences(q, "啊啊") == 2 and terms.occurrences(q, "无") == 0
