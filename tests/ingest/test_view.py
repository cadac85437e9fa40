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
    assert orgs.get("世界\ue40c生組織") == "世界卫生组织" and orgs.get("香港食物及\ue40c生局") == "食物及卫生局"  # with its region's name


def test_hong_kong_forms_are_simplified_through_the_traditional_form_they_stand_for():
    assert view.matching_view("衞生署、敍述、枱面", traditional=True) == "卫生署、叙述、台面"
    assert view.matching_view("什麼著名", traditional=True) == "什么著名"  # 么 and 著 are simplified characters too


def test_a_circle_typed_for_zero_between_numerals_reads_as_zero():
    assert view.matching_view("較二○二三年高約25%", traditional=True) == "较二〇二三年高约25%"
    assert view.matching_view("二○○八年", traditional=False) == "二〇〇八年"
    assert view.matching_view("○ 加强管理", traditional=False) == "○ 加强管理"  # a bullet stays a bullet


def test_ascii_punctuation_in_chinese_text_reads_as_the_chinese_marks():
    assert view.matching_view("分管省领导:林克庆,各地配合;吗?好!", traditional=False) == "分管省领导：林克庆，各地配合；吗？好！"
    assert view.matching_view("今日(六月九日)下午", traditional=False) == "今日（六月九日）下午"
    assert view.matching_view("(1)加强管理", traditional=False) == "（1）加强管理"


def test_ascii_punctuation_between_digits_and_letters_stays():
    assert view.matching_view("1,000万元，10:30开会", traditional=False) == "1,000万元，10:30开会"
    assert view.matching_view("see (a), b", traditional=False) == "see (a), b"


def test_a_subject_in_the_clause_before_an_ascii_comma_is_read_as_before_a_chinese_one():
    def subjects(text):
        doc = ingest.build("d", "d.txt", "标题\n" + text, "utf-8", b"")
        return [(q["text"], q["subject"]) for q in extract.extract_document(doc)["quantities"] if q["claim"]]

    chinese = "其中，19个省已启动城乡居民基本养老保险基金委托投资，合同金额2123亿元。"
    assert subjects(chinese.replace("，", ",")) == subjects(chinese)
    assert dict(subjects(chinese))["2123亿元"].endswith("委托投资合同金额")


def test_a_roman_numeral_before_a_class_reads_as_a_digit_where_it_ends_its_phrase():
    text = "抚仙湖水质保持Ⅰ类，断面水质达到Ⅱ类及以上，0号柴油（Ⅵ），Ⅲ类医疗器械，启动Ⅳ级响应。"
    seen = view.matching_view(text)
    assert len(seen) == len(text) and "保持1类" in seen and "达到2类及以上" in seen and "（Ⅵ）" in seen
    assert "Ⅲ类医疗器械" in seen and "Ⅳ级响应" in seen  # a category by its class and a grade: as written
    text = "水质优良（Ⅰ～Ⅲ类）断面比例为91.6%，地下水Ⅰ—Ⅳ类水质点位比例为80%。"
    assert view.matching_view(text) == text  # the end of a range of classes names the category they define, no figure
    assert "保持在Ⅱ～3类。" in view.matching_view("西江干流出境断面水质稳定保持在Ⅱ～Ⅲ类。")  # ending its phrase: what it is


def test_a_class_that_a_noun_follows_past_its_bound_names_a_category():
    text = "26个国考断面中，Ⅲ类及以上水质断面比例为84.6%，劣Ⅴ类断面全面消除，Ⅴ类及以下水体保持清零。"
    assert view.matching_view(text) == text  # the clause goes on about the sections of those classes: no figure
    seen = view.matching_view("干流稳定保持Ⅱ类水质，断面全部达到或优于Ⅱ类标准，宁夏段连续9年保持Ⅱ类进出。")
    assert "保持2类水质，" in seen and "优于2类标准，" in seen and "保持2类进出。" in seen  # a word of quality, then the
    # phrase's end: what it is


def test_the_classes_of_a_category_are_no_claims_and_a_class_reached_is_one():
    text = "去年，永定河流域26个国考断面中，Ⅲ类及以上水质断面比例为84.6%，劣Ⅴ类断面全面消除，官厅水库水质稳定保持在Ⅲ类。"
    doc = ingest.build("d", "d.txt", "标题\n" + text, "utf-8", b"")
    claims = [q["text"] for q in extract.extract_document(doc)["quantities"] if q["claim"]]
    assert claims == ["26个", "84.6%", "Ⅲ类"]


def test_a_class_reached_keeps_its_words_of_quality_and_worse_than_the_last_class_is_no_value():
    seen = view.matching_view("水质稳定保持Ⅲ类水，改善至Ⅳ类水平，达到Ⅲ类水质要求，类别为Ⅱ类（优），稳定在Ⅱ类水质目标以上，其余6条为劣Ⅴ类。")
    for reached in ("保持3类水，", "改善至4类水平，", "达到3类水质要求，", "类别为2类（优），", "稳定在2类水质目标以上，"):
        assert reached in seen
    assert "劣Ⅴ类。" in seen  # worse than class Ⅴ: no class's number
    assert view.matching_view("Ⅱ类断面15个，新获批Ⅰ类新药10个。") == "Ⅱ类断面15个，新获批Ⅰ类新药10个。"
