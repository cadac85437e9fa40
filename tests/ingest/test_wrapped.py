"""Plain text wrapped at a fixed width: lines rejoined into paragraphs, offsets still into the file."""

from helpers import extract, ingest

WRAPPED = ("香港施政報告\n\n"
           "醫院管理局將增設 130張康復病床，並與私營機構探討合作模式，加強向公立醫院病\n"
           "人提供療養服務。我們亦計劃重建葵涌醫\n院，為精神病患者提供適切的照顧，並研究\n"
           "引入 Hospital Authority 的新\nmodel 管理方法。\n\n"
           "香港政府會與強制性公積金計\n劃管理局合力，檢討收費水平，\n回應香港市民意見\n\n"
           "　　全年新增就業崗位約2萬個\n")


def _doc(text: str) -> ingest.Document:
    return ingest.build("t", "t.txt", text, "utf-8", text.encode())


def test_lines_of_a_paragraph_are_joined_and_blank_lines_still_end_paragraphs():
    doc = _doc(WRAPPED)
    texts = [p.text for p in doc.paragraphs]
    assert texts[1].startswith("醫院管理局將增設") and "公立醫院病人提供" in texts[1] and "重建葵涌醫院，" in texts[1]
    assert "引入 Hospital Authority 的新model 管理方法" in texts[1]  # a space only between Latin words
    assert texts[2] == "香港政府會與強制性公積金計劃管理局合力，檢討收費水平，回應香港市民意見"
    assert texts[3] == "全年新增就業崗位約2萬個"  # a line indented with full-width spaces starts a paragraph


def test_latin_words_broken_by_a_line_keep_a_space():
    doc = _doc("標題\n\nThe Hospital\nAuthority 表示，\n醫院管理局將增設\n病床，加強向公立醫\n院病人提供服務\n")
    assert "The Hospital Authority 表示，醫院管理局將增設病床" in doc.paragraphs[1].text


def test_offsets_point_into_the_file_as_saved():
    doc = _doc(WRAPPED)
    for p in doc.paragraphs:
        start, end = doc.original_span(p.start, p.end)
        assert WRAPPED[start:end].replace("\n", "") == p.text
    rows = extract.extract_document(doc)["organizations"]
    found = {r["mention"]: WRAPPED[r["start"] : r["end"]] for r in rows}
    assert found["葵涌醫院"] == "葵涌醫\n院" and found["強制性公積金計劃管理局"] == "強制性公積金計\n劃管理局"


def test_text_that_is_not_wrapped_is_read_as_it_is():
    text = "標題\n醫院管理局將增設130張康復病床。\n政府會與強制性公積金計劃管理局合力。\n"
    doc = _doc(text)
    assert doc.text == text and doc.origin is None and [p.text for p in doc.paragraphs][1:] == [
        "醫院管理局將增設130張康復病床。", "政府會與強制性公積金計劃管理局合力。"]
