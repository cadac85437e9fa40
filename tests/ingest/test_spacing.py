"""Spaces between Chinese characters and digits: left out of the working text, with the file's offsets kept."""

from helpers import extract, ingest
from helpers.ingest import spacing
from helpers.ingest.formats import from_text

SPACED = "标题\n\n2019 年 12 月 31 日，全年国内生产总值达 99.1 万亿元，比上年增长 6.1%。"
PLAIN = "标题\n\n2019年12月31日，全年国内生产总值达99.1万亿元，比上年增长6.1%。"


def test_a_spaced_text_reads_as_the_same_text_without_its_spaces():
    spaced = extract.extract_document(ingest.build("t", "t", SPACED, "utf-8", b""))["quantities"]
    plain = extract.extract_document(ingest.build("t", "t", PLAIN, "utf-8", b""))["quantities"]
    fields = ("text", "value", "unit", "kind", "claim", "subject", "time")
    assert [tuple(q[f] for f in fields) for q in spaced] == [tuple(q[f] for f in fields) for q in plain]


def test_offsets_point_into_the_file_as_saved():
    rows = extract.extract_document(ingest.build("t", "t", SPACED, "utf-8", b""))["quantities"]
    money = next(q for q in rows if q["unit"] == "元")
    assert SPACED[money["start"] : money["end"]] == "99.1 万亿元"


def test_spaces_between_digits_or_between_chinese_characters_stay():
    source = spacing.closed(from_text("标题\n\n超过 1 700 个单位 参加", "utf-8"))
    assert source.working == "标题\n\n超过1 700个单位 参加"
    assert spacing.closed(from_text("没有数字 的文本", "utf-8")).origin is None  # nothing to close: the source as it was


def test_a_space_after_a_number_stays_where_none_stands_before_a_digit():
    headline = "11月末M2同比增长8.1% 前十一个月人民币贷款增加15.36万亿元\n\n正文。"
    assert spacing.closed(from_text(headline, "utf-8")).working == headline  # a writer's break, not a typesetter's spacing
    assert spacing.closed(from_text("达 99.1 万亿元", "utf-8")).working == "达99.1万亿元"


def test_a_headlines_space_between_its_parts_is_read_as_a_comma_and_the_text_keeps_it():
    text = "广西一季度完成交通投资412.6亿元 同比增长8.3%\n\n正文。"
    doc = ingest.build("t", "t", text, "utf-8", b"")
    title = doc.paragraphs[0]
    assert doc.view[title.start : title.end] == "广西一季度完成交通投资412.6亿元，同比增长8.3%"
    assert doc.text[title.start : title.end] == "广西一季度完成交通投资412.6亿元 同比增长8.3%"
    subjects = {q["text"]: q["subject"] for q in extract.extract_document(doc)["quantities"]}
    assert "412.6" not in subjects["8.3%"]
