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
