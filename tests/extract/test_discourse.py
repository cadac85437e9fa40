"""The discourse state: what earlier sentences and paragraphs establish for later claims."""

from helpers import extract, ingest
from helpers.extract.discourse import Discourse


def claims(text: str) -> dict[str, dict]:
    doc = ingest.build("t", "t", text, "utf-8", b"")
    return {q["text"]: q for q in extract.extract_document(doc)["quantities"] if q["claim"]}


def test_later_numbers_of_a_sentence_share_its_subject_and_actor():
    got = claims("财政部安排补助资金约300亿元，比上年增加20亿元。")
    assert got["20亿元"]["actor"] == "财政部"
    assert got["20亿元"]["subject"] == got["约300亿元"]["subject"]


def test_a_reporting_body_speaks_on_in_its_next_sentences():
    got = claims("人社部新闻发言人介绍，全国城镇新增就业1352万人。全年城镇调查失业率为5.2%。")
    assert got["5.2%"]["actor"] == "人力资源和社会保障部"


def test_a_continuation_cue_carries_the_reporting_body_into_the_next_paragraph():
    got = claims("人社部新闻发言人介绍，全国城镇新增就业1352万人。\n据介绍，失业率为5.2%。")
    assert got["5.2%"]["actor"] == "人力资源和社会保障部"


def test_a_new_paragraph_without_a_cue_silences_the_reporting_body():
    got = claims("人社部新闻发言人介绍，全国城镇新增就业1352万人。\n失业率为5.2%。")
    assert got["5.2%"]["actor"] == ""


def test_an_anecdote_keeps_the_place_of_the_previous_paragraph():
    got = claims("在江西省上高县，村民种植水稻。\n当地医保局为村民报销医药费3万元。")
    assert got["3万元"]["place"] == "江西省"


def test_a_heading_ends_the_place_a_paragraph_carried():
    state = Discourse()
    state.close_paragraph("body", ["江西省"])
    assert state.place == "江西省"
    state.close_paragraph("heading", [])
    assert state.place == ""


def test_only_body_paragraphs_set_the_carried_place():
    state = Discourse(place="江西省")
    state.close_paragraph("subhead", ["浙江省"])
    assert state.place == "江西省"
