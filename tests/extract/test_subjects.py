"""What a number measures, one behaviour per test."""

from helpers.extract import subjects
from support import sentence


def subject_of(text: str, number: str) -> str:
    view, q, ctx = sentence(text, number)
    return subjects.subject(view, q, ctx)


def test_the_noun_after_a_measure_word():
    assert subject_of("全省新建学校12所，培训教师3000名。", "3000名") == "教师"


def test_a_count_names_the_noun_after_it():
    assert subject_of("376万名党员参与防汛救灾。", "376万名") == "党员"


def test_money_names_the_noun_phrase_before_it():
    assert subject_of("财政部安排补助资金约300亿元。", "约300亿元") == "补助资金"


def test_verbs_before_the_number_are_cut():
    assert subject_of("全年城镇新增就业1352万人。", "1352万人").endswith("新增就业")


def test_a_list_after_respectively_gives_each_value_its_item():
    assert subject_of("失业保险、工伤保险参保人数分别为2.44亿人、3.02亿人。", "3.02亿人") == "工伤保险参保人数"


def test_a_rate_phrase_names_no_subject():
    view, q, ctx = sentence("补助标准达到每人每年不低于670元。", "不低于670元")
    assert subjects.backward(view, q, ctx) == "补助标准"
    view, q, ctx = sentence("达到每人每年不低于670元。", "不低于670元")
    assert subjects.backward(view, q, ctx) == ""


def test_a_clause_with_only_a_verb_takes_the_clause_before():
    assert subject_of("群众满意度最高，达到88.6%。", "88.6%") == "群众满意度"


def test_a_clause_with_its_own_number_leaves_the_subject_to_the_sentence():
    view, q, ctx = sentence("第一产业增加值210.3亿元，增长3.2%。", "3.2%")
    assert subjects.backward(view, q, ctx) == ""


def test_an_administrative_noun_keeps_its_parenthesis():
    assert subject_of("31个省（区、市）全部实现。", "31个") == "省（区、市）"


def test_a_quoted_name_before_the_number_is_its_subject():
    assert subject_of("全市建成“15分钟便民生活圈”86个。", "86个") == "15分钟便民生活圈"


def test_a_measure_named_before_a_threshold_is_its_subject():
    assert subject_of("对月销售额10万元以下的小规模纳税人免征增值税。", "10万元以下") == "月销售额"
