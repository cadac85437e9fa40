"""Paragraphs, sentences and their kinds; every character accounted for."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from support import FIXTURES
from helpers import ingest


def test_seed_structure(seed_doc, gold):
    kinds = [p.kind for p in seed_doc.paragraphs]
    headings = [p.text for p in seed_doc.paragraphs if p.kind == "heading"]
    subheads = [p.text for p in seed_doc.paragraphs if p.kind == "subhead"]
    assert headings == gold["sections"]
    assert subheads == gold["subheads"]
    assert kinds[0] == "title" and kinds.count("title") == 1
    assert kinds[-1] == "byline" and kinds.count("byline") == 1


def test_body_paragraphs_know_their_section(seed_doc, gold):
    body = [p for p in seed_doc.paragraphs if p.kind == "body"]
    after_first = [p for p in body if p.para > 3]
    assert all(p.section in gold["sections"] for p in after_first)
    lead = [p for p in body if p.para < 3]
    assert all(p.section == "" for p in lead)


def _assert_covered(text, doc):
    covered = [False] * len(text)
    prev_end = -1
    for p in doc.paragraphs:
        start, end = doc.original_span(p.start, p.end)  # a wrapped text's lines are rejoined: offsets map back
        assert start >= prev_end, "paragraphs overlap"
        prev_end = end
        assert re.sub(r"\s", "", text[start:end]) == re.sub(r"\s", "", p.text)
        assert doc.origin is not None or text[start:end] == p.text
        for i in range(start, end):
            covered[i] = True
    for a, b in doc.dropped:  # page chrome: in no paragraph, but accounted for
        start, end = doc.original_span(a, b)
        for i in range(start, end):
            covered[i] = True
    for i, ch in enumerate(text):
        assert covered[i] or ch.isspace(), f"char {i} {ch!r} lost"
    for s in doc.sentences:
        p = doc.paragraphs[s.para]
        assert p.start <= s.start < s.end <= p.end
    by_para = {}
    for s in doc.sentences:
        by_para.setdefault(s.para, []).append(s)
    for p in doc.paragraphs:
        joined = "".join(s.text for s in by_para.get(p.para, []))
        assert re.sub(r"\s", "", joined) == re.sub(r"\s", "", p.text)


def test_seed_spans_cover_every_character(seed_doc, seed_text):
    assert seed_doc.text == seed_text
    _assert_covered(seed_text, seed_doc)


def test_newline_and_fullwidth_space_breaks_give_same_paragraphs(seed_text):
    by_space = ingest.build("a", "a", seed_text, "utf-8", b"")
    by_newline_text = seed_text.replace("\u3000\u3000", "\r\n")
    by_newline = ingest.build("b", "b", by_newline_text, "utf-8", b"")
    assert [p.text for p in by_space.paragraphs] == [p.text for p in by_newline.paragraphs]
    assert [p.kind for p in by_space.paragraphs] == [p.kind for p in by_newline.paragraphs]


def test_sentences_do_not_break_inside_quotes():
    text = "他说：“今天天气好。我们出发吧！”大家都笑了。第二句。"
    doc = ingest.build("q", "q", text, "utf-8", b"")
    assert [s.text for s in doc.sentences] == ["他说：“今天天气好。我们出发吧！”大家都笑了。", "第二句。"]


def test_unbalanced_quotes_still_split():
    text = "他说：“今天天气好。我们出发吧！大家都笑了。"
    doc = ingest.build("q", "q", text, "utf-8", b"")
    assert len(doc.sentences) == 3


def test_hard_wrapped_lines_join_into_paragraphs():
    text = "这是第一段的第一行，文字很长\n继续第一段的第二行，还没有结束\n第一段到此结束。\n\n第二段开始了，仍然很长的\n一行又一行，最后结束。\n"
    doc = ingest.build("w", "w", text, "utf-8", b"")
    assert len(doc.paragraphs) == 2


paragraph_text = st.text(alphabet=st.sampled_from(list("政府工作报告一二三，。！？“”‘’：、（）0123456789万%abc \u3000\n\r\t")), min_size=0, max_size=300)


@settings(max_examples=300, deadline=None)
@given(paragraph_text)
def test_generated_texts_lose_nothing(text):
    doc = ingest.build("g", "g", text, "utf-8", b"")
    _assert_covered(text, doc)


def test_a_sentence_keeps_the_marks_and_closers_after_its_end():
    text = "真的吗？！）好。 再见"
    doc = ingest.build("s", "s", text, "utf-8", b"")
    assert [s.text for s in doc.sentences] == ["真的吗？！）", "好。", "再见"]



def test_a_wire_header_and_a_credit_without_spaces_are_bylines():
    text = ("综合国力迈上新台阶\n新华社北京2月28日电 题：综合国力迈上新台阶——2019年统计公报透出经济社会发展新看点\n"
            "新华社记者陈炜伟、姜琳\n国家统计局28日发布2019年国民经济和社会发展统计公报。")
    kinds = [p.kind for p in ingest.build("t", "t", text, "utf-8", b"").paragraphs]
    assert kinds == ["title", "byline", "byline", "body"]
    assert [p.kind for p in ingest.build("t", "t", "标题\n记者了解到，这是新的一年。", "utf-8", b"").paragraphs][1] == "body"
    assert not ingest.structure.is_byline("记者手记")


def test_a_journalists_label_that_credits_no_one_is_no_byline():
    assert not ingest.structure.is_byline("人民日报记者：")  # a transcript's label for the question after it
    assert not ingest.structure.is_byline("新华社记者:")
    assert ingest.structure.is_byline("人民日报记者：张晓华")


def test_a_dateline_that_runs_on_into_the_lead_is_a_body_paragraph():
    lead = "新华社北京4月22日电(记者刘诗平)水利部副部长陈敏22日表示,今年一季度全国落实水利建设投资7787亿元,同比增长3.8%。"
    assert not ingest.structure.is_byline(lead)  # the article's lead: coders code it, segmentation reads it
    assert ingest.structure.is_byline("新华社北京4月22日电(记者刘诗平)")
    assert ingest.structure.is_byline("（新华社北京9月5日电  记者王子铭、孙少龙、范思翔、翟濯、闵尊涛、闫祥岭、吴振东、赵鸿宇、屈凌燕）")
    doc = ingest.build("t", "t", "水利投资创新高\n" + lead + "\n二季度继续推进。", "utf-8", b"")
    assert [p.kind for p in doc.paragraphs] == ["title", "body", "body"]
    assert (doc.meta["publisher"], doc.meta["place"]) == ("新华社", "北京")  # still read as the dateline
    headlined = ingest.build("t", "t", "引题：一季度数据发布\n水利投资创新高\n——全国水利建设提速\n" + lead, "utf-8", b"")
    assert (headlined.meta["publisher"], headlined.meta["place"]) == ("新华社", "北京")  # the lead under three headline lines


def test_a_headlines_lead_in_or_subtitle_is_part_of_its_title_not_a_section():
    text = ("全力服务经济社会高质量发展（走企业，看高质量发展）\n中国工商银行提高运营效率——\n本报记者  葛孟超\n"
            "强大的金融机构，是建设金融强国需要具备的关键核心金融要素之一。\n优化业务流程\n线上重置借记卡密码仅需86秒。")
    doc = ingest.build("t", "t", text, "utf-8", b"")
    assert [p.kind for p in doc.paragraphs] == ["title", "title", "byline", "body", "heading", "subhead"]
    assert doc.meta["title"] == "全力服务经济社会高质量发展（走企业，看高质量发展）"
    assert [p.section for p in doc.paragraphs if p.kind in ("body", "subhead")] == ["", "优化业务流程"]
    subtitled = ingest.build("t", "t", "水利投资创新高\n——全国水利建设提速\n今年投资7787亿元。", "utf-8", b"")
    assert [p.kind for p in subtitled.paragraphs] == ["title", "title", "body"]
    items = ingest.build("t", "t", "标题\n——加快推进农业现代化，粮食产量增长5%。\n——深化改革，新增市场主体2万户。", "utf-8", b"")
    assert [p.kind for p in items.paragraphs] == ["title", "body", "body"]  # a list of ——items, not headline lines


def test_the_line_between_a_headline_and_its_byline_is_its_subtitle():
    text = ("“我们看见更长远的未来”（促进民营经济高质量发展）\n奥克斯集团发力智能制造\n本报记者  窦瀚洋\n"
            "去年3月，奥克斯集团投资60亿元，建设智能制造科技园项目。\n扩产提速\n市场需求快速增长。")
    doc = ingest.build("t", "t", text, "utf-8", b"")
    assert [p.kind for p in doc.paragraphs] == ["title", "title", "byline", "body", "heading", "subhead"]
    sectioned = ingest.build("t", "t", "标题\n扩产提速\n市场需求快速增长，订单越来越多。", "utf-8", b"")
    assert [p.kind for p in sectioned.paragraphs] == ["title", "heading", "subhead"]  # no byline after it: a section
    bylines = ingest.build("t", "t", "标题\n本报记者 张三\n通讯员 王五\n市场需求快速增长，订单越来越多。", "utf-8", b"")
    assert [p.kind for p in bylines.paragraphs] == ["title", "byline", "byline", "body"]  # a byline over a byline

