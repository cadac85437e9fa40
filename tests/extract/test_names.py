"""People's names: where they start and end, and the titles, adverbs and prepositions around them."""

from helpers import extract, ingest
from helpers.extract import names


def test_a_name_before_a_speech_verb_has_one_given_character():
    text = "张莹说，"
    assert text[: names.name_at(text, 0)] == "张莹"


def test_a_name_before_a_particle_keeps_two_given_characters():
    text = "朱鑫辰的遭遇"
    assert text[: names.name_at(text, 0)] == "朱鑫辰"


def test_a_name_ends_before_the_title_written_after_it():
    text = "李强总理指出"
    assert text[: names.name_at(text, 0)] == "李强"


def test_the_last_character_of_a_title_begins_no_name():
    assert names.name_before("农业农村委主任沈欣", 9) == (7, "沈欣")  # 任 ends 主任, it is no surname here


def test_a_given_name_with_a_character_that_mostly_dates_is_read_as_jieba_reads_it():
    assert names.name_before("”林月云说", 4) == (1, "林月云")  # 月 in a name jieba knows as one
    assert names.name_before("今年3月说", 4) is None


def test_a_rarer_surnames_name_after_a_title_is_read_whole_where_the_text_repeats_it():
    text = "公司总经理竺祯坤拿着滑雪杖说。竺祯坤带着团队出国。"
    assert text[5 : names.name_after_title(text, 5)] == "竺祯坤"  # jieba reads 竺祯|坤
    phrase = "经理层成员签订责任书，经理层成员任期三年。"
    assert names.name_after_title(phrase, 2) != 5  # 经理|层成员: a repeated phrase jieba reads as no name
    once = "公司总经理竺祯坤拿着滑雪杖说。"
    assert once[5 : names.name_after_title(once, 5)] == "竺祯"  # named once: jieba's reading stands


def test_a_speaker_before_a_time_and_the_place_or_interview_where_they_spoke():
    for text, name in (("交通运输部部长李明日前在北京接受记者采访时说", "李明"), ("交通运输部部长李明近日接受记者采访时说", "李明"),
                       ("马来西亚交通部长阿兹兰·莫哈末日前在吉隆坡接受新华社记者采访时说", "阿兹兰·莫哈末"),
                       ("李明今天上午在会上说", "李明")):
        assert names.speaker_before(text, len(text) - 1, 0).name == name  # not 北京, 吉隆坡: where, not who


def test_a_common_noun_ending_a_phrase_is_no_name_of_two_characters():
    for text in ("看着实时发电曲线说", "村支书张国华指着新修的马路说", "企业负责人拿着一份文件说"):
        assert names.speaker_before(text, len(text) - 1, 0) is None or names.speaker_before(text, len(text) - 1, 0).name \
            not in ("曲线", "马路", "文件")  # a curve, a road, a paper: what is looked at or held
    for text, name in (("部长高峰说", "高峰"), ("，高峰说", "高峰"), ("他看着李明说", "李明"), ("同事马力说", "马力"),
                       ("来自河南的方圆说", "方圆")):  # names that are words too, after a role or 的
        assert names.speaker_before(text, len(text) - 1, 0).name == name


def test_a_russian_surname_with_rang_is_read_whole_and_the_verb_rang_after_a_name_is_not_part_of_it():
    text = "哈萨克斯坦能源部副部长叶尔兰·阿克让诺夫在并网仪式上说"
    assert names.speaker_before(text, len(text) - 1, 0).name == "叶尔兰·阿克让诺夫"
    for text, end in (("前总理马哈蒂尔·穆罕默德让记者转告读者", "穆罕默德"), ("合作社理事长买买提·依明让社员们算账", "依明")):
        start = text.index("·") - 4 if "马哈" in text else text.index("买")
        assert text[start : names.dotted_name_at(text, start)].endswith(end)


def test_a_preposition_that_is_also_a_surname_begins_no_name():
    assert names.name_before("他向王明", 4) == (2, "王明")


def test_a_body_is_no_name():
    assert names.name_before("镇党委", 3) is None


def test_a_rarer_surname_names_a_person_the_text_names_so_more_than_once():
    text = "宛学智说，经验丰富。“竞争压力大。”宛学智对记者表示"
    assert names.name_before(text, 3) == (0, "宛学智")
    assert names.name_before(text, text.rfind("对")) == (text.rfind("宛"), "宛学智")
    assert names.name_before("“竞争压力大。”宛学智对记者表示", 11) is None  # named once: jieba's guess alone names no one
    text = "小学生说，很好吃。“每天都有。”小学生说"
    assert names.name_before(text, len(text) - 1) is None  # a common word jieba tags as a name is nobody


def test_a_rarer_surname_after_a_title_names_a_person_jieba_does_not_tag():
    text = "“日子越过越好。”村民展光斗说，他家的地流转出去了。展光斗仅工资就有5万余元。"
    at = text.find("说")
    assert names.name_before(text, at) == (at - 3, "展光斗")  # jieba reads 展|光斗
    once = "“日子越过越好。”村民展光斗说，他家的地流转出去了。"
    assert names.name_before(once, once.find("说")) is None  # named once: no one
    text = "“路修好了。”村民委员会主任说。村民委员会主任还介绍了情况。“很好。”专家们普遍说。专家们普遍认为不错。"
    assert names.name_before(text, text.find("说")) is None  # 会主任 ends in a title
    assert names.name_before(text, text.find("普遍说") + 2) is None  # 们 opens no name


def test_adverbs_between_a_name_and_its_verb_are_passed_over():
    text = "钟国梁坚定地说"
    assert names.speaker_before(text, 6).name == "钟国梁"


def test_an_adverb_after_a_title_is_no_name():
    text = "习近平总书记明确要求"
    hit = names.speaker_before(text, 8)
    assert (hit.name, hit.title) == ("习近平", "总书记")


def test_a_title_alone_at_the_head_of_a_clause_is_found_without_a_name():
    hit = names.named_before("在重庆调研，总书记", 9)
    assert (hit.name, hit.title) == ("", "总书记")


def test_a_surname_and_a_title_at_the_head_of_a_clause_name_someone_as_they_are_addressed():
    hit = names.named_before("记者问，马局长", 7)
    assert (hit.name, hit.title) == ("马局长", "局长")
    assert names.named_before("广东省长", 4) is None  # 东 heads no clause here


def test_a_title_inside_a_role_is_not_a_title_alone():
    assert names.named_before("村党支部书记", 6) is None


def test_a_pronoun_heads_a_clause_but_its_plural_does_not():
    assert names.named_at("他说", 0).title == "他"
    assert names.named_at("他们说", 0) is None


def test_a_name_after_a_title_may_have_a_surname_the_list_lacks_or_a_foreign_name_s_length():
    text = "公司厂长鄢波信心满满"  # 鄢 is a surname, though not among the commonest
    assert names.name_at(text, 4) is None
    assert text[4 : names.name_after_title(text, 4)] == "鄢波"
    text = "俄罗斯游客安吉丽娜谈到此次中国之行"
    assert text[5 : names.name_at(text, 5)] == "安吉丽"  # 安 is a surname: a Chinese name would end there
    assert text[5 : names.name_after_title(text, 5)] == "安吉丽娜"
    text = "主任表示"
    assert names.name_after_title(text, 2) is None


def test_jieba_s_name_after_a_title_is_no_common_word_and_runs_on_only_as_a_foreign_name():
    text = "局长张丽向记者介绍"  # jieba reads 张丽向 as a name: 向 is no character of foreign names
    assert text[2 : names.name_after_title(text, 2)] == "张丽"
    text = "村民养牛致富"  # jieba tags 养牛 as a name, but it is a word of its dictionary
    assert names.name_after_title(text, 2) is None


def test_a_name_after_a_title_may_end_in_a_character_that_ends_bodies():
    assert names.name_after_title("杨团曾在探讨", 0) == 2  # jieba reads 杨团 as a person; 团 also ends 代表团
    assert names.name_after_title("团成员", 0) is None  # 顾问|团成员: no surname, no name
    assert names.name_after_title("董事杨院长表示", 2) is None  # a surname and a title, as one is addressed


def test_an_adviser_is_named_with_the_title():
    text = "社会政策中心顾问杨团曾以成都为例说：“凡是扎根社区的社会组织，疫情面前就特别主动。”"
    quotes = extract.extract_document(ingest.build("t", "t", text, "utf-8", b""))["quotes"]
    assert [(q["speaker"], q["role"]) for q in quotes] == [("杨团", "社会政策中心顾问")]


def test_a_familiar_form_stands_for_the_person_of_that_surname_the_text_names_in_full():
    text = "清晨，老周已在菜地里忙活。老周名叫周长顺，是村里的菜农。"
    hit = names.named_at(text, text.find("老周"))
    assert (hit.name, hit.end - hit.start, hit.familiar) == ("周长顺", 2, True)  # named in full only after
    later = "村民周长顺种了十亩菜。老周笑着说"
    assert names.speaker_before(later, later.find("笑着说")).name == "周长顺"


def test_a_familiar_form_is_no_one_where_the_text_names_no_one_of_that_surname():
    assert names.named_at("老师说，要多读书。", 0) is None  # 师 is a surname, but no 师某 is named
    assert names.named_at("老卢说，卢沟桥到了。", 0) is None  # 卢沟桥 is a bridge to jieba, not a name
    opened = "高度重视安全生产。老高说，要抓落实。"  # 高度重 opens a clause, but nothing names it a person
    assert names.named_at(opened, opened.find("老高")) is None
    inside = "县长林涛主持会议。王小林说"  # 小林 of 王小林 is no familiar form of 林涛
    assert names.named_before(inside, len(inside) - 1).name == "王小林"


def test_a_preposition_before_a_title_begins_no_name():
    assert names.name_at("一位村民向记者说", 4) is None  # 向 is a surname, but 记者 is whom they speak to
    assert names.name_before("一位村民向记者", 7) is None
    assert names.named_before("一旁的向主任", 6).name == "向主任"  # after 的, 向 is a surname addressed with a title


def test_a_two_character_name_does_not_run_into_the_word_after_it():
    for text, name in (("任丽高兴地拿出订单", "任丽"), ("李强调研时说", "李强"),  # 高兴地, 调研: words after the name
                       ("王建设说", "王建设"), ("王小明天天上学", "王小明"), ("欧祖兵站了起来", "欧祖兵"),  # names of three
                       ("王建忠于2018年任局长", "王建忠"), ("刘建伟大力推进", "刘建伟"), ("王晓敏感叹道", "王晓敏")):
        end = names.name_at(text, 0)
        assert text[:end] == name, text


def test_a_names_dot_joins_its_parts_after_a_title():
    text = "农业农村部副部长麦尔丹·木盖提在国务院新闻办举行的新闻发布会上说。"
    assert text[8 : names.name_after_title(text, 8)] == "麦尔丹·木盖提"
    assert names.name_after_title("主任沈欣·说", 2) == 4  # one character after the dot: no part of a name


def test_a_yi_family_name_opens_a_four_character_name():
    text = "凉山公路\n“现在40分钟就到了。”昭觉县三河村村民吉克石布说，村里的花椒能直接拉到成都。"
    quotes = extract.extract_document(ingest.build("t", "t", text, "utf-8", b""))["quotes"]
    assert [(q["speaker"], q["role"]) for q in quotes] == [("吉克石布", "昭觉县三河村村民")]


def test_a_han_name_that_opens_like_a_yi_family_name_keeps_three_characters():
    text = "马海峰副县长表示，"
    assert text[: names.name_at(text, 0)] == "马海峰"


def test_a_dotted_foreign_name_of_common_transliterations_is_read_whole():
    text = "肯尼亚交通和道路部长彼得·穆通加当天在发布会上表示。"
    assert text[10 : names.name_after_title(text, 10)] == "彼得·穆通加"


def test_a_two_character_name_ends_before_an_honorific():
    assert names.name_at("赵明先生介绍", 0) == 2  # 赵明|先生, not 赵明先
    assert names.name_at("张文华先生介绍", 0) == 3
    assert names.name_at("刘芳女士说", 0) == 2


def test_a_long_name_after_a_title_runs_to_the_speech_verb_closing_its_clause():
    def name(text, title):
        pos = text.index(title) + len(title)
        return text[pos : names.name_after_title(text, pos)]

    assert name("自治区林业和草原局副局长乌云其其格说。", "副局长") == "乌云其其格"  # jieba: 乌云|其其格
    assert name("自治区文旅厅副厅长那顺乌日图表示，", "副厅长") == "那顺乌日图"
    assert name("市林业局局长王明今天说。", "局长") == "王明"  # a time is no part of a name
    assert name("市林业局局长王明说。", "局长") == "王明"
    assert name("清华大学教授韩振东评价说，", "教授") == "韩振东"  # 评价, a common word
    assert name("县委书记王刚毫不讳言说，", "县委书记") == "王刚"  # an idiom
    assert name("村民卓玛阿佳说：", "村民") != "卓玛阿佳"  # a form of address
