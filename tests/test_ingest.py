import re

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import FIXTURES
from helpers import ingest


def test_seed_structure(seed_doc, gold):
    kinds = [p.kind for p in seed_doc.paragraphs]
    headings = [p.text for p in seed_doc.paragraphs if p.kind == "heading"]
    subheads = [p.text for p in seed_doc.paragraphs if p.kind == "subhead"]
    assert headings == gold["sections"]
    assert subheads == gold["subheads"]
    assert kinds[0] == "title" and kinds.count("title") == 1
    assert kinds[-1] == "byline" and kinds.count("byline") == 1


def test_seed_meta_from_dateline(seed_doc, gold):
    meta = seed_doc.meta
    assert meta["publisher"] == "新华社"
    assert meta["place"] == "北京"
    assert meta["date"] == "2021-09-05"
    assert meta["reporters"].split("、") == gold["meta"]["reporters"]
    assert len(meta["reporters"].split("、")) == 13
    assert meta["title"] == gold["meta"]["title"]


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
        assert p.start >= prev_end, "paragraphs overlap"
        prev_end = p.end
        assert text[p.start : p.end] == p.text
        for i in range(p.start, p.end):
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


def test_dateline_at_start_of_body():
    text = "标题\n新华社北京3月5日电（记者 张三 李四）2024年政府工作报告提出，今年发展主要预期目标是……\n2024年经济增长5%左右。"
    doc = ingest.build("d", "d", text, "utf-8", b"")
    assert doc.meta["publisher"] == "新华社"
    assert doc.meta["date"] == "2024-03-05"
    assert doc.meta["reporters"] == "张三、李四"


def test_official_documents_give_their_file_number_signature_and_date():
    """A 通知/意见 has no dateline: its file number heads it, its issuer and date sign it (GB/T 9704)."""
    text = (FIXTURES / "notice.txt").read_text(encoding="utf-8")
    doc = ingest.build("n", "n", text, "utf-8", b"")
    assert doc.meta["doc_number"] == "国办发〔2022〕30号"
    assert (doc.meta["publisher"], doc.meta["date"]) == ("国务院办公厅", "2022-09-07")
    kinds = [p.kind for p in doc.paragraphs]
    assert kinds[1] == "byline" and kinds[-2:] == ["byline", "byline"] and kinds.count("byline") == 3
    assert doc.paragraphs[-3].kind == "body"  # the last body paragraph is not taken for a signature


def test_a_dateline_outranks_a_signature():
    doc = ingest.build("d", "d", "标题\n新华社北京3月5日电 正文一句。\n国务院办公厅\n2024年3月1日", "utf-8", b"")
    assert doc.meta["date"] == "2024-03-05" and doc.meta["publisher"] == "新华社"


paragraph_text = st.text(alphabet=st.sampled_from(list("政府工作报告一二三，。！？“”‘’：、（）0123456789万%abc \u3000\n\r\t")), min_size=0, max_size=300)


@settings(max_examples=300, deadline=None)
@given(paragraph_text)
def test_generated_texts_lose_nothing(text):
    doc = ingest.build("g", "g", text, "utf-8", b"")
    _assert_covered(text, doc)
