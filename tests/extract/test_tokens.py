"""Tokens: content words segmented at extraction with the policy dictionary."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from helpers.extract import tokens
from helpers.ingest.document import Paragraph


def test_policy_terms_stay_whole():
    words = tokens.content_words("各地扎实开展我为群众办实事实践活动，推进乡村振兴和放管服改革。")
    assert {"我为群众办实事", "乡村振兴", "放管服"} <= set(words)


def test_the_policy_dictionarys_part_of_speech_wins_over_jiebas_for_a_word_jieba_holds():
    assert dict(tokens.tagged("修复湿地"))["湿地"] == "n"  # jieba: z, a state word
    assert dict(tokens.tagged("8所本科院校"))["本科"] == "n"  # jieba: r, a pronoun
    assert dict(tokens.tagged("低保对象"))["低保"] == "j"  # jieba: v; an abbreviation, as 医保 is
    assert dict(tokens.tagged("全省共有初中2048所"))["初中"] == "n"  # jieba: f, a localizer
    assert dict(tokens.tagged("生师比为15.1∶1"))["生师比"] == "n"  # jieba: 生师|比为, an indicator cut apart
    assert dict(tokens.tagged("本地企业"))["本地"] == "r"  # words the dictionary does not list keep jieba's tag


def test_stopwords_single_characters_and_numbers_are_not_content_words():
    words = tokens.content_words("我们的经济增长了5.2%，GDP达到134万亿元。")
    assert "我们" not in words and "的" not in words
    assert not [w for w in words if not any("\u4e00" <= ch <= "\u9fff" for ch in w) or len(w) < 2]
    assert "经济" in words


def test_only_body_paragraphs_and_subheads_are_segmented():
    paras = [Paragraph(0, "title", "", 0, 6, "乡村振兴综述"), Paragraph(1, "heading", "", 7, 11, "一、乡村振兴"),
             Paragraph(2, "body", "一、乡村振兴", 12, 20, "推进乡村振兴。"), Paragraph(3, "subhead", "一、乡村振兴", 21, 30, "扎实推进高质量发展"),
             Paragraph(4, "body", "一、乡村振兴", 31, 33, "好的。")]
    rows = tokens.rows("d", tokens.words(paras))
    assert [(r["doc"], r["para"]) for r in rows] == [("d", 2), ("d", 3)]  # the title, the heading and a paragraph without content words have none
    assert rows[0]["tokens"].split(tokens.SEPARATOR) == ["推进", "乡村振兴"]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("我为群众办实事乡村振兴经济 　,，。\n\t5Aa-"), max_size=60))
def test_no_word_holds_the_separator(text):
    assert all(tokens.SEPARATOR not in w and w for w in tokens.content_words(text))


def test_word_bounds_are_where_jieba_starts_and_ends_words_around_a_span():
    view = "推进南京东路改造"
    bounds = tokens.word_bounds(view, 3, 5)  # 京东, inside the street's name 南京东路
    assert {2, 6} <= bounds and not {3, 4, 5} & bounds
