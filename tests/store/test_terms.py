"""Word counts from the tokens table, checked against counting the paragraphs' content words directly."""

from __future__ import annotations

from collections import Counter

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
