"""Key terms, keyness, slogans, concordance, dispersion and collocations, asked of a small extracted corpus."""

import math
from collections import Counter

import pandas as pd
import pytest

from helpers.analysis import language
from helpers.extract import tokens
from helpers.store import corpus, query

TEXTS = ["我为群众办实事，推进乡村振兴。", "乡村振兴要办实事，落实“一键申报”。", "深化放管服改革，优化营商环境。"]
DOCS = {"a.txt": TEXTS[:2] * 4, "b.txt": TEXTS[2:] * 4, "c.txt": TEXTS[:1]}


@pytest.fixture(scope="module")
def q(tmp_path_factory):
    raw = tmp_path_factory.mktemp("raw")
    for name, paras in DOCS.items():
        (raw / name).write_text("\n".join(paras) + "\n", encoding="utf-8")
    out = tmp_path_factory.mktemp("facts")
    corpus.run([raw], out, jobs=1, quiet=True)
    with query.Query(out) as q:
        yield q


def _words(doc: str) -> list[str]:
    return [w for t in DOCS[f"{doc}.txt"] for w in tokens.content_words(t)]


def test_word_counts_are_the_corpus_words_counted(q):
    expected = Counter(w for d in ("a", "b", "c") for w in _words(d))
    assert language.word_counts(q).to_dict() == dict(expected)


def test_slogans_count_quoted_phrases_and_their_documents(q):
    first = language.slogans(q).iloc[0]
    assert (first["phrase"], first["count"], first["documents"]) == ("一键申报", 4, 1)


def test_concordance_marks_the_term_in_every_occurrence(q):
    lines = language.kwic(q, "办实事")
    assert len(lines) == 9 and all(c[s:e] == "办实事" for c, s, e in zip(lines["context"], lines["mark_start"], lines["mark_end"]))


def test_collocations_give_pointwise_mutual_information(q):
    counts = language.word_counts(q)
    row = language.collocations(q, min_count=1, top_n=50).set_index("pair").loc["乡村振兴 办实事"]
    assert row["pmi"] == round(math.log2(row["count"] * counts.sum() / (counts["乡村振兴"] * counts["办实事"])), 2)


def test_keyness_is_dunnings_g2_of_a_document_against_the_rest(q):
    key = language.keyness_by(q, "doc").set_index(["doc", "token"])
    a, b = key.loc[("b", "放管服"), "target"], key.loc[("b", "放管服"), "reference"]
    na = len(_words("b"))
    nb = len(_words("a")) + len(_words("c"))
    ea, eb = na * (a + b) / (na + nb), nb * (a + b) / (na + nb)
    expected = 2 * (a * math.log(a / ea) + (b * math.log(b / eb) if b else 0))
    assert key.loc[("b", "放管服"), "g2"] == pytest.approx(expected, abs=0.01)


def test_keyness_lists_only_significant_words(q):
    assert (language.keyness_by(q, "doc")["g2"] > language.G2_CRITICAL).all()


@pytest.mark.parametrize("token, fragment", [("万人", True), ("亿元", True), ("万亩", True), ("乡村", False), ("千万工程", False)])
def test_unit_fragments_are_not_words(token, fragment):
    assert language.is_unit_fragment(token) == fragment


def test_top_terms_leave_out_unit_fragments():
    counts = pd.Series({"万人": 5, "乡村振兴": 2})
    assert language.top_terms(counts).to_dict() == {"乡村振兴": 2}


def test_key_terms_come_from_the_corpus(q):
    key = language.key_terms(language.word_counts(q), 3)
    assert len(key) == 3 and all(t in "".join(TEXTS) for t in key)


def test_missing_terms_are_named(q):
    assert language.occurring(q, ["乡村振兴", "办实事吧"]) == (["乡村振兴"], ["办实事吧"])


def test_keywords_per_document_in_reading_order_with_textrank_for_few_documents(q):
    kw = language.keywords(q, language.word_counts(q), "doc")
    assert list(kw["doc"]) == ["a", "b", "c"] and "放管服" in kw.set_index("doc").loc["b", "tf_idf"] and "textrank" in kw.columns


def test_dispersion_plots_one_row_per_term(q):
    fig = language.dispersion_figure(q, ["乡村振兴", "放管服"], "t")
    assert [t.get_text() for t in fig.axes[0].get_yticklabels()] == ["乡村振兴", "放管服"]


def test_a_concordance_for_a_page_reads_only_its_first_lines_and_counts_them_all(q):
    from helpers.store import terms

    first = language.kwic(q, "办实事", limit=4)
    pd.testing.assert_frame_equal(first, language.kwic(q, "办实事").head(4))
    assert terms.occurrences(q, "办实事") == 9
