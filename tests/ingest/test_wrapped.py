"""Plain text wrapped at a fixed width: lines rejoined into paragraphs, offsets still into the file."""

from helpers import extract, ingest

FIRST_LINES = ["醫院管理局將增設130張康復病床，並與私營機",  # about forty columns a line (a Chinese character is two)
               "構探討合作模式，加強向公立醫院病人提供療養",
               "服務。我們亦計劃在明年年底之前重建葵涌醫",  # a name broken by the wrap
               "院，為精神病患者提供適切照顧，並研究引入新",
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
    lines = ["醫院管理局將增設康復病床，並引入 Hospital",  # about forty columns a line, broken between words
             "Authority 管理方法，並探討合作模式，約1234",
             "56個，加強向公立醫院病人提供療養服務。"]
    doc = _doc("標題\n\n" + "\n".join(lines) + "\n\n" + "\n".join(FIRST_LINES) + "\n")
    assert "並引入 Hospital Authority 管理方法" in doc.paragraphs[1].text and "約123456個" in doc.paragraphs[1].text


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
    body = "\n".join(FIRST_LINES) + "\n\n" + "\n".join(SECOND_LINES)  # two paragraphs, eight lines
    pages = [body + "\n\n" + "\n".join(FIRST_LINES[:2]) + "\n" + footer + "\n\n3422\n" + "\n".join(FIRST_LINES[2:]),  # runs on
             body + "\n" + footer + "\n\n3423\n" + body,  # 惠及全港。 ends the page's last paragraph
             footer + "\n\n3424\n"]
    text = "香港施政報告\n\n" + "\n\n".join(pages)
    doc = _doc(text)
    texts = [p.text for p in doc.paragraphs]
    assert texts[1:] == [FIRST, SECOND, FIRST, FIRST, SECOND, FIRST, SECOND]
    assert not any("立法會" in t or "3422" in t for t in texts)
    start, end = doc.original_span(doc.paragraphs[3].start, doc.paragraphs[3].end)
    assert footer in text[start:end]  # the paragraph's span in the file runs over the footer it was read across


def test_numbers_on_lines_of_their_own_are_no_page_numbers():
    text = ("標題\n\n" + "\n".join(FIRST_LINES) + "\n\n年份\n\n2021\n12\n\n2022\n11\n\n2023\n13\n\n"
            + "\n".join(SECOND_LINES) + "\n\n第1步\n" + "\n".join(FIRST_LINES) + "\n")
    kept = "".join(p.text for p in _doc(text).paragraphs)
    assert all(n in kept for n in ("2021", "12", "2022", "2023", "13", "第1步"))


def test_a_text_of_whole_paragraph_lines_is_not_rejoined():
    qa = "\n\n".join(["记者\n请问今年城镇新增就业目标如何完成，稳就业的政策还有哪些新的举措和安排",
                       "卢爱红\n今年我们将继续实施就业优先政策，加大对重点群体的帮扶力度，确保就业形势总体稳定"] * 3)
    assert _doc("标题\n\n" + qa + "\n").origin is None


def test_a_tables_rows_are_not_joined():
    rows = ["指标名称                      绝对值        增长", "地区生产总值（亿元）          32456.7       5.2%",
            "一般公共预算收入（亿元）      2345.6        3.1%", "社会消费品零售总额（亿元）    12345.6       4.5%"]
    text = "标题\n\n" + "\n".join(FIRST_LINES) + "\n\n" + "\n".join(rows) + "\n\n" + "\n".join(FIRST_LINES) + "\n"
    assert not any("增长地区" in p.text or "5.2%一般" in p.text for p in _doc(text).paragraphs)  # rows stay lines
