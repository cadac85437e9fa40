"""The matching view: one spelling of each character, at the offsets of the text."""

from helpers import extract, ingest
from helpers.ingest import view

HONG_KONG = "香港食物及\ue40c生局表示，世界\ue40c生組織去年指出，香港政府會為約240個公共屋\ue473提升無障礙設施，香港市民受惠。"


def test_hong_kong_private_use_characters_read_as_their_characters():
    got = view.matching_view(HONG_KONG, traditional=True)
    assert len(got) == len(HONG_KONG)
    assert "食物及卫生局" in got and "世界卫生组织" in got and "公共屋邨" in got


def test_a_simplified_texts_private_use_characters_are_left_alone():
    assert view.matching_view("公共屋\ue473", traditional=False) == "公共屋\ue473"


def test_a_body_named_with_a_private_use_character_is_found_as_printed():
    doc = ingest.build("hk", "hk.txt", "2013年施政報告\n" + HONG_KONG, "utf-8", b"")
    orgs = {o["mention"]: o["name"] for o in extract.extract_document(doc)["organizations"]}
    assert orgs.get("世界\ue40c生組織") == "世界卫生组织" and orgs.get("食物及\ue40c生局") == "食物及卫生局"


def test_hong_kong_forms_are_simplified_through_the_traditional_form_they_stand_for():
    assert view.matching_view("衞生署、敍述、枱面", traditional=True) == "卫生署、叙述、台面"
    assert view.matching_view("什麼著名", traditional=True) == "什么著名"  # 么 and 著 are simplified characters too


def test_a_circle_typed_for_zero_between_numerals_reads_as_zero():
    assert view.matching_view("較二○二三年高約25%", traditional=True) == "较二〇二三年高约25%"
    assert view.matching_view("二○○八年", traditional=False) == "二〇〇八年"
    assert view.matching_view("○ 加强管理", traditional=False) == "○ 加强管理"  # a bullet stays a bullet
