"""Plain text wrapped at a fixed width: lines rejoined into paragraphs, offsets still into the file."""

from helpers import extract, ingest

FIRST_LINES = ["醫院管理局將增設130張康復病床，並與私營機",  # about forty columns a line (a Chinese character is two)
               "構探討合作模式，加強向公立醫院病人提供療養",
               "服務。我們亦計劃在明年年底前重建葵涌醫",  # a name broken by the wrap
               "院，為精神病患者提供適切的照顧，並研究引入新",
               "的管理方法。"]
SECOND_LINES = ["香港政府會與強制性公積金計劃管理局合力，檢", "討收費水平，回應香港市民意見，名額約123", "456個，惠及全港。"]
FIRST, SECOND = "".join(FIRST_LINES), "".join(SECOND_LINES)
WRAPPED = "香港施政報告\n\n" + "\n".join(FIRST_LINES) + "\n\n" + "\n".join(SECOND_LINES) + "\n\n　　全年新增就業崗位約2萬個\n"


def _doc(text: str) -> ingest.Document:
    return ingest.build("t", "t.txt", text, "utf-8", text.encode())


def test_lines_of_a_paragraph_are_joined_and_blank_lines_still_end_paragraphs():
    texts = [p.text for p in _doc(WRAPPED).paragraphs]
    assert texts[1] == FIRST and texts[2] == SECOND
    assert texts[3] == "全年新增就業崗位約2萬個"  # a line indented with full-width spaces starts a paragraph


def test_latin_words_keep_a_space_and_a_numbers_digits_none():
    lines = ["醫院管理局將增設康復病床並研究引入新的 Hospital",  # lines of about fifty columns, broken between words
             "Authority 管理方法，並與私營機構探討合作模式，名額約1234",
             "56個，加強向公立醫院病人提供療養服務，惠及全港市民。"]
    text = "標題\n\n" + "\n".join(lines) + "\n\n" + "\n".join(FIRST_LINES) + "\n"
    assert "新的 Hospital Authority 管理方法" in _doc(text).paragraphs[1].text and "名額約123456個" in _doc(text).paragraphs[1].text


def test_offsets_point_into_the_file_as_saved():
    doc = _doc(WRAPPED)
    for p in doc.paragraphs:
        start, end = doc.original_span(p.start, p.end)
        assert WRAPPED[start:end].replace("\n", "") == p.text
    rows = extract.extract_document(doc)["organizations"]
    found = {r["mention"]: WRAPPED[r["start"] : r["end"]] for r in rows}
    assert {"醫院管理局", "葵涌醫院", "強制性公積金計劃管理局"} <= set(found)
    assert found["葵涌醫院"] == "葵涌醫\n院"


def test_a_list_of_short_lines_is_not_joined():
    text = "会议通知\n\n参会单位名单\n\n县发展改革局\n县教育体育局\n乡村振兴服务中心\n红星村股份经济合作社\n青山镇人民政府\n\n联系人 张明\n"
    doc = _doc(text)
    assert doc.origin is None and "县教育体育局" in {o["mention"] for o in extract.extract_document(doc)["organizations"]}


def test_text_that_is_not_wrapped_is_read_as_it_is():
    text = "標題\n醫院管理局將增設130張康復病床。\n政府會與強制性公積金計劃管理局合力。\n"
    doc = _doc(text)
    assert doc.text == text and doc.origin is None and [p.text for p in doc.paragraphs][1:] == [
        "醫院管理局將增設130張康復病床。", "政府會與強制性公積金計劃管理局合力。"]


def test_page_numbers_and_running_footers_are_left_out_and_a_paragraph_runs_on_across_the_page():
    footer = "立法會  ─  2013年 1月 16日"
    pages = ["\n".join(FIRST_LINES[:2]) + "\n" + footer + "\n\n3422\n" + "\n".join(FIRST_LINES[2:]),  # runs on
             "\n".join(SECOND_LINES) + "\n" + footer + "\n\n3423\n" + "\n".join(FIRST_LINES),  # 惠及全港。 ends it
             "\n".join(SECOND_LINES) + "\n" + footer + "\n\n3424\n"]
    text = "香港施政報告\n\n" + "\n\n".join(pages)
    doc = _doc(text)
    texts = [p.text for p in doc.paragraphs]
    assert texts[1:] == [FIRST, SECOND, FIRST, SECOND]
    assert not any("立法會" in t or "3422" in t for t in texts)
    start, end = doc.original_span(doc.paragraphs[1].start, doc.paragraphs[1].end)
    assert footer in text[start:end]  # the paragraph's span in the file runs over the footer it was read across
