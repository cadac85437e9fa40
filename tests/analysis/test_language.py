"""Segmentation, slogans, concordance, keyness, key terms and collocations."""

import math

import pandas as pd
import pytest

from helpers.analysis import language

TEXTS = ["我为群众办实事，推进乡村振兴。", "乡村振兴要办实事，落实“一键申报”。", "深化放管服改革，优化营商环境。"]


def _paragraphs(texts, sections):
    return pd.DataFrame({"doc": ["d"] * len(texts), "para": range(len(texts)), "kind": ["body"] * len(texts),
                         "section": sections, "text": texts})


def test_language_tools():
    paras = _paragraphs(TEXTS, ["一", "一", "二"])
    toks = language.tokens(paras)
    assert {"办实事", "乡村振兴", "放管服"} <= set(toks["token"])
    assert language.slogans(paras).iloc[0]["phrase"] == "一键申报"
    lines = language.kwic(paras, "办实事")
    first = lines.iloc[0]
    assert len(lines) == 2 and first["context"][first["mark_start"]:first["mark_end"]] == "办实事"
    assert "乡村振兴 办实事" in set(language.collocations(toks, min_count=1, top_n=50)["pair"])


def test_keyness_is_dunnings_g2_and_lists_only_significant_words():
    paras = _paragraphs(TEXTS[:2] * 4 + TEXTS[2:] * 4, ["一"] * 8 + ["二"] * 4)
    toks = language.tokens(paras)
    key = language.keyness(toks, toks["section"] == "一", min_count=2).set_index("token")
    a, b = key.loc["乡村振兴", "target"], key.loc["乡村振兴", "reference"]
    na, nb = (toks["section"] == "一").sum(), (toks["section"] != "一").sum()
    ea = na * (a + b) / (na + nb)
    assert key.loc["乡村振兴", "g2"] == pytest.approx(2 * a * math.log(a / ea), abs=0.01)
    assert (key["g2"] > language.G2_CRITICAL).all()
    few = language.tokens(_paragraphs(TEXTS, ["一", "一", "二"]))
    assert language.keyness(few, few["section"] == "一").empty  # two occurrences are not significant


@pytest.mark.parametrize("token, fragment", [("万人", True), ("亿元", True), ("万亩", True), ("乡村", False), ("千万工程", False)])
def test_unit_fragments_are_not_words(token, fragment):
    assert language.is_unit_fragment(token) == fragment


def test_top_terms_leave_out_unit_fragments():
    toks = pd.DataFrame({"token": ["万人"] * 5 + ["乡村振兴"] * 2})
    assert list(language.top_terms(toks)) == [2] and language.top_terms(toks).index[0] == "乡村振兴"


def test_key_terms_come_from_the_corpus_and_missing_terms_are_named():
    paras = _paragraphs(TEXTS * 3, ["一"] * 9)
    key = language.key_terms(language.tokens(paras), 3)
    assert key and all(t in "".join(TEXTS) for t in key)
    assert language.occurring(paras, ["乡村振兴", "办实事吧"]) == (["乡村振兴"], ["办实事吧"])


def test_keywords_per_group_from_the_tokens():
    paras = _paragraphs(TEXTS, ["一", "一", "二"])
    kw = language.keywords(paras, language.tokens(paras), "section").set_index("section")
    assert "放管服" in kw.loc["二", "tf_idf"] and "textrank" in kw.columns
