"""What a number measures, one behaviour per test."""

import pytest

from helpers.extract import subjects
from support import sentence


def subject_of(text: str, number: str) -> str:
    view, q, ctx = sentence(text, number)
    return subjects.subject(view, q, ctx)


def test_the_noun_after_a_measure_word():
    assert subject_of("全省新建学校12所，培训教师3000名。", "3000名") == "教师"


def test_a_count_names_the_noun_after_it():
    assert subject_of("376万名党员参与防汛救灾。", "376万名") == "参与防汛救灾的党员"


def test_money_names_the_noun_phrase_before_it():
    assert subject_of("财政部安排补助资金约300亿元。", "约300亿元") == "补助资金"


def test_verbs_before_the_number_are_cut():
    assert subject_of("全年城镇新增就业1352万人。", "1352万人").endswith("新增就业")


def test_a_list_after_respectively_gives_each_value_its_item():
    assert subject_of("失业保险、工伤保险参保人数分别为2.44亿人、3.02亿人。", "3.02亿人") == "工伤保险参保人数"


@pytest.mark.parametrize("text, value, subject", [
    ("人参、食用菌全产业链产值分别达到1230亿元、120亿元。", "1230亿元", "人参全产业链产值"),  # 食用菌 is one word
    ("原煤、原油、天然气产量分别增长72.1%、31.2%、141%。", "72.1%", "原煤产量增长"),  # and its change, as a value's alone
    ("基本养老、失业、工伤保险参保人数分别为9.6亿人、2亿人、2.5亿人。", "2亿人", "失业保险参保人数"),  # 保险 is a word
    ("初、高中毕业生分别为3万人、2万人。", "3万人", "初中毕业生"),  # one character abbreviates a word
    ("生产安全事故起数、死亡人数比2020年分别下降65.3%、58.3%。", "58.3%", "死亡人数下降"),  # the baseline is no item
    ("数字化研发设计工具普及率、关键工序数控化率分别超过90%、70%。", "超过90%", "数字化研发设计工具普及率"),  # 普及 is one word
    ("关键工序数控化率、数字化研发设计工具普及率分别为69.3%、85.8%。", "69.3%", "关键工序数控化率"),  # its own measure
    ("农村自来水、卫生户厕普及率分别达到97.2%、99.8%。", "97.2%", "农村自来水普及率"),  # 普及率 is one word
    ("城市公园、“口袋公园”保有量分别达到1436个、883个。", "1436个", "城市公园保有量"),  # after the shared head
    ("旅游人数、旅游收入增速分别为12%、15%。", "12%", "旅游人数增速"),  # a measure takes the change it shares
    ("工业以及服务业增加值分别为5亿元、3亿元。", "3亿元", "服务业增加值"),  # 以及 is one word
    ("受灾人次、倒塌房屋数量和农作物受灾面积分别下降18.6%、27.4%和12.9%。", "18.6%", "受灾人次下降"),  # 人次 is its measure
])
def test_the_items_of_a_respectively_list_share_whole_words(text, value, subject):
    assert subject_of(text, value) == subject


def test_a_rate_phrase_names_no_subject():
    view, q, ctx = sentence("补助标准达到每人每年不低于670元。", "不低于670元")
    assert subjects.backward(view, q, ctx) == "补助标准"
    view, q, ctx = sentence("达到每人每年不低于670元。", "不低于670元")
    assert subjects.backward(view, q, ctx) == ""
    assert subject_of("小麦最低收购价为每斤1.18元。", "1.18元") == "小麦最低收购价"  # per unit of weight or area
    assert subject_of("新房均价为每平方米9800元。", "9800元") == "新房均价"
    assert subject_of("国家助学金平均资助标准由每生每年2000元提高到2300元。", "2000元") == "国家助学金平均资助标准"  # per student


def test_a_clause_with_only_a_verb_takes_the_clause_before():
    assert subject_of("群众满意度最高，达到88.6%。", "88.6%") == "群众满意度"


def test_a_clause_with_its_own_number_leaves_the_subject_to_the_sentence():
    view, q, ctx = sentence("第一产业增加值210.3亿元，增长3.2%。", "3.2%")
    assert subjects.backward(view, q, ctx) == ""


def test_an_administrative_noun_loses_its_parenthesis():
    assert subject_of("31个省（区、市）全部实现。", "31个") == "全部实现的省"  # as 民生实事全部完成: what they did


def test_a_quoted_name_before_the_number_is_its_subject():
    assert subject_of("全市建成“15分钟便民生活圈”86个。", "86个") == "15分钟便民生活圈"


def test_a_measure_named_before_a_threshold_is_its_subject():
    assert subject_of("对月销售额10万元以下的小规模纳税人免征增值税。", "10万元以下") == "月销售额"


def test_a_phrase_window_ends_where_a_whole_word_ends():
    assert subject_of("出台支持政策，23个山海协作产业园建设扎实推进。", "23个") == "山海协作产业园建设扎实"


def test_a_verb_the_window_cut_from_its_object_leaves_the_counted_noun():
    assert subject_of("为6107名困难家庭高校新生发放资助金5637.2万元。", "6107名") == "困难家庭高校新生"


def test_a_leading_word_and_then_a_time_open_no_subject():
    assert subject_of("力争今年经济增长预期目标为5%左右。", "5%左右") == "经济增长预期目标"
    assert subject_of("全年粮食产量增长3%。", "3%") == "粮食产量增长"


def test_a_number_alone_in_brackets_after_a_name_is_that_names():
    text = "其中，嘉兴平湖市（1008.7亿元）、嘉兴南湖区（1001.92亿元）去年首次突破1000亿元。"
    assert subject_of(text, "1008.7亿元") == "嘉兴平湖市" and subject_of(text, "1001.92亿元") == "嘉兴南湖区"
    money = "电子（1200亿元）、汽车（900亿元）的增长率分别为12%和8%。"
    assert subject_of(money, "1200亿元") == "电子"  # the rates are the later values', not the bracketed amounts'
    listed = "其中，捷克(2.7%)、德国(3.6%)和马耳他(4.1%)的失业率较低。"
    assert [subject_of(listed, v) for v in ("2.7%", "3.6%", "4.1%")] == ["捷克失业率", "德国失业率", "马耳他失业率"]
    said = "降幅最大的是塞浦路斯(从13%下降到10.3%)、希腊(7月份为21%)和西班牙(16.7%)的失业率。"
    assert [subject_of(said, v) for v in ("13%", "10.3%", "21%")] == ["塞浦路斯失业率", "塞浦路斯失业率", "希腊失业率"]
    assert subject_of("完成11项任务(第2、3项)，提前(约10天)完成。", "约10天") != "任务"  # no place's bracket


def test_a_clause_of_a_speaker_names_nothing():
    assert subject_of("商务部部长王文涛说，增长5%。", "5%") == "增长"


def test_a_clause_of_a_pronoun_names_nothing():
    assert subject_of("其中，达到1008.7亿元。", "1008.7亿元") == ""


def test_a_respectively_clause_of_values_alone_takes_its_items_from_the_clause_before():
    text = "郑州、焦作、许昌入围县最多，分别达6个、5个、3个。"
    assert [subject_of(text, n) for n in ("6个", "5个", "3个")] == ["郑州入围县最多", "焦作入围县最多", "许昌入围县最多"]


def test_each_after_the_items_is_no_part_of_them():
    assert subject_of("此外，开封、三门峡各2个，安阳、鹤壁各1个。", "2个") == "开封、三门峡"


def test_a_word_the_window_ends_inside_is_completed():
    assert subject_of("共有12个国家级农业产业化重点龙头企业。", "12个") == "国家级农业产业化重点龙头企业"


def test_a_clause_before_with_figures_of_its_own_lists_no_items():
    text = "北京、上海、广州三地的GDP均超过4万亿元，分别为4.4万亿元、4.7万亿元、3.1万亿元。"
    assert "均超过" not in subject_of(text, "4.4万亿元")


def claimed(text: str) -> dict[str, str]:
    """Subjects of a text's claims as extraction gives them, after the sentence's earlier claims."""
    from helpers import extract, ingest

    doc = ingest.build("t", "t", text, "utf-8", b"")
    return {q["text"]: q["subject"] for q in extract.extract_document(doc)["quantities"] if q["claim"]}


def test_a_change_stays_in_the_subject_with_its_adverb():
    assert subject_of("全区乡村旅游接待人数年均增长15%。", "15%") == "全区乡村旅游接待人数年均增长"


def test_a_level_reached_is_no_change():
    assert subject_of("全市人均绿地面积提高到15平方米。", "15平方米") == "全市人均绿地面积"


def test_framing_words_are_cut_only_where_a_word_starts():
    assert subject_of("全市研发投入平均增长12%。", "12%").endswith("研发投入平均增长")  # not 研发投入平|均


@pytest.mark.parametrize("text, number, expected", [
    ("单户授信额度最高可达300万元。", "300万元", "单户授信额度"),
    ("预计2月底，全市蔬菜在田面积可达15.5万亩。", "15.5万亩", "全市蔬菜在田面积"),
    ("最终亩产仍有1600斤上下。", "1600斤上下", "亩产"),
    ("失业保险向企业稳岗返还551.7亿元。", "551.7亿元", "失业保险向企业稳岗返还"),  # 还 of 返还 is no adverb
])
def test_modal_verbs_and_adverbs_before_a_framing_verb_are_no_part_of_the_subject(text, number, expected):
    assert subject_of(text, number) == expected


def test_a_change_alone_takes_the_sentences_last_subject():
    assert claimed("全市地区生产总值1.2万亿元、年均增长6%。")["6%"] == "全市地区生产总值年均增长"


def test_a_phrase_runs_across_a_quoted_name():
    assert subject_of("“菜篮子”工程产品供应量达到120万吨。", "120万吨") == "“菜篮子”工程产品供应量"


def test_a_bracketed_aside_is_dropped_from_the_phrase():
    assert subject_of("中欧班列（渝新欧）累计运送货物超过80万吨。", "超过80万吨") == "中欧班列累计运送货物"


def test_a_list_of_longer_noun_items_is_one_phrase():
    assert subject_of("全年共提供免费技能培训、创业指导近50万人次。", "近50万人次").endswith("免费技能培训、创业指导")


def test_a_list_item_that_is_a_claim_of_its_own_is_not_crossed():
    assert subject_of("全县粮食产量全市第一、优质大米占比40%。", "40%") == "优质大米占比"


def test_a_time_opening_a_list_is_no_item():
    assert subject_of("2020年省委、省政府发文数量减少25%。", "25%") == "省委、省政府发文数量减少"


def test_a_stop_word_ends_the_noun_after_a_count_only_as_a_whole_word():
    assert subject_of("全市改造300个公共停车场。", "300个") == "公共停车场"  # 共 is no stop inside 公共


def test_a_quoted_name_after_a_count_is_its_noun():
    assert subject_of("全省培育20个“乡村振兴示范村”。", "20个") == "乡村振兴示范村"


def test_a_modifier_with_de_after_a_count_is_crossed():
    assert subject_of("村里迎来三名远道而来的志愿者。", "三名") == "远道而来的志愿者"


def test_a_noun_with_de_after_a_count_is_what_is_counted():
    assert subject_of("共有12个城市的排名上升。", "12个") == "城市"


def test_a_verbal_classifier_counts_the_event_after_it():
    assert subject_of("省政府8次调研督导重点项目。", "8次") == "调研督导重点项目"


def test_a_verb_before_the_next_number_is_left_to_it():
    assert subject_of("向120万户企业稳岗返还50亿元。", "120万户") == "企业稳岗"


def test_a_predicate_without_a_noun_takes_the_clause_before():
    assert subject_of("每天至少要写一份工作简报，差不多要花上两个小时。", "两个小时") == "每天至少要写一份工作简报"


def test_a_predicate_without_a_noun_takes_the_sentences_last_subject():
    assert claimed("全年新增就业120万人，继续保持在100万人以上。")["100万人以上"] == "新增就业"


def test_a_bare_measure_takes_its_owner_from_the_clause_before():
    assert subject_of("全省已启动农村危房改造工程，总投资45亿元。", "45亿元") == "农村危房改造工程总投资"


def test_a_bare_measure_takes_its_owner_from_the_sentences_last_subject():
    assert claimed("全年受理群众来信1200件，办结率98%。")["98%"] == "群众来信办结率"


def test_an_attribute_listed_after_a_count_is_the_counted_things():
    claims = claimed("其中，新开工水利项目9683个、投资规模4733亿元，同比分别增长33.8%、47.6%。")
    assert claims["4733亿元"] == "新开工水利项目投资规模"
    assert claims["47.6%"] == "新开工水利项目投资规模增长"


def test_an_attribute_after_a_comma_may_open_a_new_matter():
    assert claimed("起降设施增至3592个，飞行规模达2061万架次。")["2061万架次"] == "飞行规模"


def test_the_counted_bodies_people_and_beds_in_the_clauses_after_the_count_are_theirs():
    claims = claimed("全省共有普通高校12所，在校生35.6万人，专任教师2.1万人。")
    assert claims["35.6万人"] == "普通高校在校生" and claims["2.1万人"] == "普通高校专任教师"
    assert claimed("养老服务机构1200家，床位23.1万张。")["23.1万张"] == "养老服务机构床位"
    assert claimed("高中阶段教育学校2.2万所，在校生3976.4万人，毛入学率91.4%。")["91.4%"] == "高中阶段教育学校毛入学率"


def test_enrolment_after_a_count_of_schools_and_a_semicolon_is_theirs():
    claims = claimed("全省共有普通高中712所，比上年增加15所；招生45.36万人，在校生134.81万人。")
    assert claims["712所"] == "普通高中"  # 中 ends 普通高中, no group a part of it is counted in
    assert claims["45.36万人"] == "普通高中招生" and claims["134.81万人"] == "普通高中在校生"
    assert claimed("全县67座小型水库中，有23座出现溢洪。")["23座"] == "出现溢洪的小型水库"


def test_a_total_or_mean_age_alone_after_a_count_is_of_those_counted():
    claims = claimed("持续优化社会治理，新增黄石、咸宁、天门等全国文明城市12个，总数达到22个。")
    assert claims["22个"] == "全国文明城市总数"  # without the examples listed before them
    assert claimed("全市两级检察院现有员额检察官486名，平均年龄41.5岁。")["41.5岁"].endswith("员额检察官平均年龄")
    assert claimed("成功创建国家森林城市，公园总数达1136个。")["1136个"] == "公园总数"  # a total of its own thing
    assert claimed("新建口袋公园15个，面积120公顷，总数达到86个。")["86个"] == "总数"  # no total of the area
    assert claimed("新认定省级龙头企业15家，总数达到120个。")["120个"].endswith("省级龙头企业总数")  # 家 and 个 count alike
    assert claimed("现有研发人员1260名，占员工总数的21.7%，平均年龄35岁。")["35岁"] == "平均年龄"  # after a share
    claims = claimed("新增规上工业企业28家、总数达213家，新认定国家高新技术企业41家。")
    assert claims["41家"] == "新认定国家高新技术企业"  # a count of its own, no sibling's total


def test_an_investment_listed_after_a_count_of_projects_is_theirs():
    claims = claimed("此次签约的21个项目中，工业项目16个、投资76.8亿元，现代服务业项目3个、投资14.3亿元。")
    assert claims["76.8亿元"] == "工业项目投资" and claims["14.3亿元"] == "现代服务业项目投资"


def test_a_sibling_measure_after_the_same_owner_takes_the_owner():
    claims = claimed("10月末，全市金融机构本外币各项存款余额7865.4亿元，同比增长9.4%；各项贷款余额8932.7亿元。")
    assert claims["8932.7亿元"] == "全市金融机构本外币各项贷款余额"  # no 同比增长 of the deposits'
    assert claimed("全市第二产业增加值300亿元，工业增加值200亿元。")["200亿元"] == "工业增加值"  # no shared opening word


def test_a_verb_alone_after_matters_handled_is_the_next_step_with_them():
    claims = claimed("全市两级法院共受理一审商事案件68412件，同比下降4.7%；审结65937件。")
    assert claims["65937件"] == "一审商事案件审结"
    assert claimed("全市共受理商事金融纠纷案件14.26万件，审结13.98万件。")["13.98万件"] == "商事金融纠纷案件审结"
    assert claimed("查处案件12起，拘留56人。")["56人"] == "拘留"  # people, not the cases
    assert claimed("全年出生人口8.2万人，死亡6.1万人。")["6.1万人"] == "死亡"


def test_a_duration_after_lianxu_measures_how_long_the_thing_held_what_follows():
    assert claimed("受访专家认为，M1增速已连续5个月回升。")["5个月"] == "M1增速连续回升"
    claims = claimed("粮食总产量272.6万吨，增长1.4%，连续13年稳定在50亿斤以上。")
    assert claims["13年"] == "粮食总产量连续稳定在50亿斤以上" and claims["50亿斤以上"] == "粮食总产量"  # the thing carried on
    assert claimed("地区生产总值增长3.9%、总量连续37年居全国首位。")["37年"] == "总量连续居全国首位"
    assert claimed("信访工作成效明显，连续2年获得平安中国建设考评“优秀”。")["2年"] == ""  # the predicate is no thing


def test_a_part_after_its_whole_is_the_same_owners_part():
    claims = claimed("民营企业进出口3821.4亿元，占全市外贸总值的30.2%，其中出口2481.1亿元，进口1340.3亿元。")
    assert claims["2481.1亿元"] == "民营企业出口" and claims["1340.3亿元"] == "民营企业进口"
    assert claimed("全年进出口总额5000亿元，出口3000亿元。")["3000亿元"] == "出口"  # no owner to carry


def test_people_after_a_count_of_what_is_no_body_or_after_another_clause_are_their_own():
    assert claimed("新建道路12条，在校生达到3万人。")["3万人"] == "在校生"
    assert claimed("普通高校12所，投入资金3亿元，在校生3万人。")["3万人"] == "在校生"


def test_people_and_equipment_counted_own_no_attribute():
    assert claimed("培训农民工5000人次、发放资金300万元。")["300万元"] == "资金"
    assert claimed("建成标准机架4万架、算力规模超2.2万P。")["超2.2万"] == "算力规模"


def test_profit_listed_after_revenue_is_the_same_things():
    claims = claimed("全区规模以上工业实现营业收入5357.80亿元，增长30.6%；实现利润715.09亿元，增长2.2倍。")
    assert claims["715.09亿元"] == "全区规模以上工业实现利润"


def test_a_listed_harvest_takes_the_thing_whose_area_came_first():
    claims = claimed("2024年甘肃省马铃薯面积867万亩、产量1153.5万吨。")
    assert claims["1153.5万吨"] == "甘肃省马铃薯产量"
    assert claimed("确保粮食播种面积1530万亩、总产量125亿斤。")["125亿斤"] == "粮食总产量"  # not 粮食播种总产量


def test_a_listed_measure_that_names_its_own_thing_keeps_it():
    assert claimed("一产、二产增加值分别增长6%、5.2%。")["5.2%"] == "二产增加值增长"
    assert claimed("第一产业增加值72.61亿元，增长3.8%；蔬菜产量238.6万吨，增长2.6%。")["238.6万吨"] == "蔬菜产量"
    assert claimed("农林水事务支出34895万元，教育支出52423万元。")["52423万元"] == "教育支出"


def test_a_part_after_qizhong_that_names_its_own_crop_keeps_it():
    assert claimed("全省粮食总产量1200万吨，其中小麦产量400万吨。")["400万吨"] == "小麦产量"


def test_a_total_listed_before_gives_its_thing_not_its_total():
    assert claimed("全县棉花种植面积50万亩，总产量6万吨，单产120公斤。")["120公斤"] == "全县棉花单产"


def test_a_measure_qualified_by_how_it_is_reckoned_takes_the_thing_before():
    assert claimed("全市一般公共预算收入100亿元，实际支出120亿元。")["120亿元"] == "全市一般公共预算实际支出"


def test_a_bare_measure_from_the_clause_before_takes_no_owner_from_its_comparison():
    assert "全国" not in claimed("全市经济运行稳中向好，增速高于全国平均水平，达到6.5%。")["6.5%"]


def test_a_listed_measure_of_a_period_takes_the_thing_before():
    assert claimed("国企营业收入1.2万亿元，年均增速5.7%。")["5.7%"] == "国企营业收入年均增速"  # the rate of the revenue


def test_a_volume_and_a_value_of_the_same_thing_listed_in_turn_share_it():
    got = claimed("上半年，全省家电以旧换新销售量586.4万台，同比增长71.2%；销售额216.8亿元，增长58.9%。")
    assert got["216.8亿元"] == "全省家电以旧换新销售额"
    assert subjects.complete("销售额", "全市新建商品房销售面积") == "全市新建商品房销售额"
    assert subjects.complete("业务收入", "全市快递业务量") == "全市快递业务收入"
    assert subjects.complete("发电量", "社会消费品零售总额") == "发电量"  # another activity's
    assert subjects.complete("出口额", "全市外贸进出口总额") == "出口额"  # a part of the whole, said alone


def test_a_figure_given_again_in_another_unit_in_brackets_measures_the_same():
    got = claimed("全省粮食总产量1250万吨（250亿斤），比上年增加18万吨（3.6亿斤）。")
    assert got["250亿斤"] == "全省粮食总产量" and got["3.6亿斤"] == got["18万吨"]  # no 1250万吨 in its subject
    assert claimed("嘉兴平湖市（1008.7亿元）、嘉兴南湖区（1001.92亿元）位列前二。")["1008.7亿元"] == "嘉兴平湖市"
    got = claimed("全县新增高标准农田8.5万亩（5667公顷），全市民生支出580亿元（78.6%）。")
    assert got["78.6%"] == "全市民生支出"  # a share in brackets: no figure in its subject, and not the spending's own
    assert "8.5万亩" not in got["5667公顷"]
    assert claimed("主任候选人王建国获得赞成票1286票（86.3%）。")["86.3%"] == "主任候选人王建国获得赞成票"  # the name before the figure


def test_a_long_phrase_before_a_number_is_cut_where_a_word_starts():
    got = claimed("据统计，河南、山东、安徽、江苏、河北5个小麦主产省小麦产量合计11078万吨。")
    assert got["11078万吨"].startswith("山东")  # not 南, the end of 河南


def test_the_value_an_activity_counted_before_is_of_what_it_moved():
    assert claimed("网上拍卖成交560件，成交额12.3亿元。")["12.3亿元"] == "网上拍卖成交额"  # what was auctioned
    assert claimed("出口新能源客车1.1万辆，出口值18.2亿元。")["18.2亿元"] == "新能源客车出口值"  # the goods after the verb
    assert claimed("全年8.6万名职工提取公积金；提取额20.5亿元。")["20.5亿元"] == "公积金提取额"
    assert claimed("重点村接待游客300万人次，实现乡村旅游收入12亿元。")["12亿元"] == "乡村旅游收入"  # 乡村旅游 is no verb
    got = claimed("全市新建商品房销售面积900万平方米，同比下降5%；新建商品房销售额800亿元。")
    assert got["800亿元"] == "全市新建商品房销售额"  # not the measure after the verb (面积)
    assert claimed("全市有进出口实绩的企业达1560家，出口额增长12.3%。")["12.3%"] == "出口额增长"  # 出口 inside 进出口
    assert claimed("全市跨境电商进出口1260亿元，出口额986亿元。")["986亿元"] == "出口额"
    assert claimed("全市城乡低保发放对象3.2万人，发放额2.6亿元。")["2.6亿元"] == "城乡低保发放额"  # not the recipients'
    assert claimed("全省光伏发电装机达到3200万千瓦，发电量增长35%。")["35%"] == "光伏发电量增长"  # not the plant's
    assert claimed("辖区上市公司全年实施现金分红286家，分红额526亿元。")["526亿元"] == "分红额"  # a clause of its own before
    assert claimed("乡村旅游接待游客820万人次，旅游收入达到43.6亿元。")["43.6亿元"] == "乡村旅游收入"  # 接待游客 is no goods
    assert claimed("全市有出口实绩企业1.2万家，出口值2360亿元。")["2360亿元"] == "出口值"  # those who have it
    assert claimed("公司共有签约销售代理商326家，销售额86亿元。")["86亿元"] == "销售额"


def test_a_measure_under_a_sibling_qualifier_keeps_the_owner_of_the_one_before():
    got = claimed("全市声环境功能区昼间达标率为96.1%，夜间达标率为85.2%。")
    assert got["85.2%"] == "全市声环境功能区夜间达标率"
    assert claimed("服务业增加值增长5%，金融业增加值增长6%。")["6%"] == "金融业增加值增长"  # an industry of its own


def test_a_bare_measure_after_another_measure_takes_its_owner():
    got = claimed("城北光伏电站装机容量50兆瓦，年均发电量超过7000万千瓦时。")
    assert got["超过7000万千瓦时"] == "城北光伏电站年均发电量"
    assert claimed("全省粮食产量1.2亿吨，蔬菜产量3000万吨。")["3000万吨"] == "蔬菜产量"  # a thing of its own
    assert claimed("今年新增市场主体3.2万户，总量达到41万户。")["41万户"] == "市场主体总量"  # a registry's total
    assert claimed("今年新建5G基站3260个，总量达到1.86万个。")["1.86万个"] == "5G基站总量"  # of them all, not the new ones
    assert claimed("全市新注册登记机动车32.6万辆，总量达到386万辆。")["386万辆"] == "机动车总量"
    assert claimed("今年以来全市新增经营主体12.6万户，总量突破100万户。")["突破100万户"] == "经营主体总量"
    assert claimed("全市常住人口新增12.3万人，总量达到1260万人。")["1260万人"] == "常住人口总量"  # 新增 after the noun
    assert claimed("全年新登记市场主体3.2万户，注销1.1万户，总量达到28万户。")["28万户"] == "总量"  # 注销 is no thing
    assert claimed("全年新增各类市场主体3.6万户，其中企业1.2万户，总量达到32万户。")["32万户"] == "各类市场主体总量"  # the whole's
    assert claimed("全市城镇居民人均可支配收入5.2万元，年均增长率6.1%。")["6.1%"] == "年均增长率"  # no 城镇居民人均…
    assert claimed("分行业看，制造业增加值增长7.2%，发电量增长5.3%。")["5.3%"] == "发电量增长"  # another item, no qualifier


def test_a_body_and_its_verb_of_getting_say_what_a_bare_number_measures():
    got = claimed("西安交通大学获批1127项，直接经费6.32亿元。其中，武汉大学人民医院获得2410万元。")
    assert (got["1127项"], got["2410万元"]) == ("西安交通大学获批", "武汉大学人民医院获得")
    assert claimed("财政部安排补助资金约300亿元。")["约300亿元"] == "补助资金"  # a thing named: as before
    assert claimed("中国代表团获得38枚金牌，浙江大学获得2枚。")["2枚"] == "获得金牌"  # the sentence's thing goes on
    money = claimed("中央财政下达补贴资金12亿元，省财政厅下达8亿元。协和医院获得2860万元，武汉大学人民医院获得2410万元。")
    assert money["8亿元"] == money["12亿元"] and money["2410万元"] == "武汉大学人民医院获得"  # bare after bare: its own


def test_money_per_unit_of_a_good_is_its_price():
    assert subject_of("黄瓜3元/斤、芹菜2元/斤。", "2元") == "芹菜价格"


def test_an_ordinal_batch_before_a_count_stays_in_its_subject():
    assert subject_of("第一批50家企业已复工。", "50家") == "第一批已复工的企业"


def test_complete_keeps_a_change_after_the_same_measure():
    assert subjects.complete("合同金额同比增加", "社会保险基金合同金额") == "社会保险基金合同金额同比增加"


def test_a_starting_level_is_no_part_of_the_subject():
    assert subject_of("全市低保标准由每月800元提高到950元。", "950元") == "全市低保标准"


def test_a_count_within_a_group_that_does_something_names_the_group():
    assert subject_of("全市重点外贸企业中86家复工。", "86家") == "复工的全市重点外贸企业"


def test_a_count_within_a_group_names_the_group_without_its_locative():
    assert subject_of("全市重点外贸企业中86家已复产。", "86家") == "全市重点外贸企业"


def test_a_place_right_before_a_count_stays_with_its_noun():
    assert subject_of("妥善处置玉溪5.1级地震。", "5.1级") == "玉溪地震"


def test_the_last_of_a_list_of_places_before_a_count_is_one_of_the_things_counted():
    assert subject_of("苏州、无锡、常州、南通4个城市地区生产总值超万亿元。", "4个") == "城市地区生产总值超万亿元"
    assert subject_of("做大做强酒泉、天水两个区域中心城市。", "两个") == "区域中心城市"


def test_values_listed_with_he_before_a_number_are_no_part_of_its_subject():
    assert claimed("城乡居民人均可支配收入分别增长6%和7.4%。")["7.4%"] == "城乡居民人均可支配收入增长"
    assert claimed("城乡低保标准提高到每月815元和615元。")["615元"] == "城乡低保标准"


def test_a_word_that_only_modifies_nouns_makes_a_noun_phrase():
    assert subject_of("全年总开支增长5%。", "5%") == "总开支增长"  # jieba tags 开支 a verb


def test_a_subject_put_together_from_places_apart_is_given_as_the_text_writes_it():
    assert claimed("這項措施將令政府的收入每年減少約15億元。")["約15億元"] == "措施將令政府的收入減少"


def test_a_set_phrase_heading_a_phrase_names_a_thing():
    assert subject_of("完成水土流失综合治理300万亩。", "300万亩").endswith("水土流失综合治理面积")  # jieba: an idiom and a set phrase


def test_a_measure_ending_a_phrase_stays_whole():
    assert subject_of("全市绿色电力占比达36%。", "36%").endswith("绿色电力占比")  # not 占|比达


def test_a_level_after_a_change_takes_the_thing_without_the_change():
    assert claimed("全省国企资产总额增长12.5%、达到3.2万亿元。")["3.2万亿元"] == "全省国企资产总额"


def test_values_listed_after_a_change_share_it():
    assert claimed("城乡居民人均可支配收入分别增长5.6%、7.1%。")["7.1%"] == "城乡居民人均可支配收入增长"


def test_the_parts_of_a_ratio_share_its_subject():  # the ratio is one figure, as its parts were to share one subject
    assert subject_of("工业投资增长10%，产业结构调整为8.3∶41.4∶50.3。", "8.3∶41.4∶50.3") == "产业结构调整"


def test_how_a_figure_was_computed_is_no_part_of_its_subject():
    from helpers import extract, ingest

    def subject(text, number):
        rows = extract.extract_document(ingest.build("t", "t", text, "utf-8", b""))["quantities"]
        return next(q["subject"] for q in rows if q["text"] == number)

    assert subject("国内生产总值按年平均汇率折算达到14.4万亿美元。", "14.4万亿美元") == "国内生产总值"
    assert subject("全年国内生产总值按可比价格计算比上年增长6.1%。", "6.1%") == "国内生产总值增长"
    assert subject("按户籍人口统计的贫困人口减少300万人。", "300万人").startswith("按户籍人口统计的")  # it qualifies the noun
    assert subject("全省共接待国内游客5862.7万人次，按可比口径同比增长31.2%。", "31.2%") == "全省共接待国内游客同比增长"


def test_a_rank_after_the_measure_of_items_listed_before_fenbie_is_no_part_of_it():
    claims = claimed("从地域分布看，南昌市、赣州市、九江市受理数量居前三位，分别为562件、487件和421件。")
    assert (claims["562件"], claims["421件"]) == ("南昌市受理数量", "九江市受理数量")
    assert claimed("买卖合同纠纷、民间借贷纠纷位居前二，分别为12683件、8206件。")["8206件"] == "民间借贷纠纷"


@pytest.mark.parametrize("text, number, expected", [
    ("全省地区生产总值历史性迈上4000亿元台阶。", "迈上4000亿元", "全省地区生产总值"),
    ("粮食综合生产能力迈上1000亿斤新台阶。", "迈上1000亿斤", "粮食综合生产能力"),
    ("本外币贷款余额首次突破5万亿元。", "突破5万亿元", "本外币贷款余额"),
    ("服务业增加值跨上3万亿元台阶。", "3万亿元", "服务业增加值"),
])
def test_a_level_reached_leaves_the_verb_of_reaching_and_its_adverbs(text, number, expected):
    assert subject_of(text, number) == expected


def test_a_listed_level_counted_by_a_numeral_after_it_keeps_the_first_levels_measure():
    from helpers import extract, ingest

    text = "标题\n\n全省生产总值连续跨越7万亿、8万亿两个台阶。"
    rows = extract.extract_document(ingest.build("t", "t", text, "utf-8", b""))["quantities"]
    subjects_by_text = {q["text"]: q["subject"] for q in rows if q["claim"]}
    assert subjects_by_text["7万亿"] == subjects_by_text["8万亿"] == "全省生产总值"


@pytest.mark.parametrize("text, number, expected", [
    ("群众安全感连续7年保持98%以上。", "98%以上", "群众安全感"),
    ("粮食总产量连续18年保持在100万吨以上。", "100万吨以上", "粮食总产量"),
    ("集中供养孤儿基本生活保障标准从每人每月2375元提高到2423元。", "2375元", "集中供养孤儿基本生活保障标准"),
])
def test_how_long_a_figure_held_and_its_baseline_preposition_are_no_part_of_its_measure(text, number, expected):
    assert subject_of(text, number) == expected


@pytest.mark.parametrize("text, number, expected", [
    ("对共建“一带一路”国家进出口增长38%。", "38%", "共建“一带一路”国家进出口增长"),
    ("实施对口支援协作项目8000多个。", "8000多个", "对口支援协作项目"),
    ("累计新建学校120所。", "120所", "新建学校"),
])
def test_an_opening_word_leaves_a_subject_only_when_it_is_a_word_of_its_own(text, number, expected):
    assert subject_of(text, number) == expected


@pytest.mark.parametrize("text, number, expected", [
    ("拨付2亿元一线医务人员补助。", "2亿元", "一线医务人员补助"),
    ("全市完成水土保持1200平方公里。", "1200平方公里", "水土保持面积"),  # an area's unit names its measure
    ("收入低于贫困线的农户还有3200户。", "3200户", "收入低于贫困线的农户"),
])
def test_review_edges_a_numeral_noun_a_guessed_name_and_a_relative_clause_stay(text, number, expected):
    assert subject_of(text, number) == expected


def test_a_value_reached_after_a_change_measures_what_changed():
    assert subject_of("全县地区生产总值增长12.6%达92.9亿元。", "92.9亿元") == "全县地区生产总值"
    assert subject_of("非常规天然气产量2030年达到300亿立方米。", "300亿立方米") == "非常规天然气产量"


def test_a_sector_of_the_economy_names_what_its_figures_measure():
    assert subject_of("全县地区生产总值增长12.6%，第一产业增长9.1%。", "9.1%") == "第一产业增长"


def test_a_body_that_opens_a_list_stays_in_the_subject():
    assert subject_of("中国石化、中国海油海外营收占比达到60%左右。", "60%左右") == "中国石化、中国海油海外营收占比"


def test_a_time_word_after_the_counted_noun_ends_it():
    assert subject_of("六七名村民正在村文化礼堂门口广场上翻晒山茶籽。", "六七名") == "村民"
    assert subject_of("建设4个国家现代流通战略支点城市。", "4个") == "国家现代流通战略支点城市"  # 现代 modifies 流通


def test_nouns_joined_by_a_conjunction_are_counted_together():
    assert subject_of("经贸往来覆盖235个国家和地区。", "235个") == "经贸往来覆盖国家和地区"  # those it reached
    assert subject_of("4个地区和园区入选国家碳达峰试点。", "4个") == "入选国家碳达峰试点的地区和园区"
    assert subject_of("5家企业与政府签约。", "5家") == "与政府签约的企业"  # 与 opens whom they act with


def test_what_is_done_to_a_prepositions_counted_object_names_it_in_a_relative_clause():
    assert subject_of("今年为380个老旧小区引入物业服务。", "380个") == "引入物业服务的老旧小区"
    assert subject_of("对全市4370个城乡社区进行全覆盖入户走访排查。", "4370个") == "城乡社区"  # what 对 governs is acted on
    assert subject_of("习近平总书记第一时间对定日6.8级地震作出重要指示。", "6.8级") == "地震"  # a magnitude counts nothing
    assert subject_of("9部精品力作获国家级文艺大奖。", "9部") == "获国家级文艺大奖的精品力作"  # no preposition: what they do
    assert subject_of("让242万农村居民喝上干净水。", "242万") == "农村居民喝上干净水"  # 让's object does what follows


def test_a_set_phrase_before_a_verb_of_attainment_owns_the_measure_after_it():
    assert subject_of("分产业看，第一产业实现增加值2.75亿元，增长4.0%。", "2.75亿元") == "第一产业实现增加值"


def test_the_time_a_figure_runs_up_to_is_no_part_of_its_subject():
    assert subject_of("全省入境游客截至10月底达到300万人次。", "300万人次") == "全省入境游客"


def test_an_age_before_a_person_is_their_age():
    assert subject_of("60岁的毛丰美操着东北口音说。", "60岁") == "毛丰美年龄"
    assert subject_of("32岁的蒂妮深切感受到跨文化交流的氛围。", "32岁") == "蒂妮年龄"
    assert subject_of("55岁的村民王道朋数完钞票高兴地说。", "55岁") == "村民王道朋年龄"  # a role before the name
    assert subject_of("12岁的金牌得主获得奖励。", "12岁") == "金牌得主年龄"  # no one named: who they are
    assert subject_of("58岁的茶农陈光英背着竹篓穿行在茶垄间。", "58岁") == "茶农陈光英年龄"  # a role jieba reads as a noun
    assert subject_of("32岁的返乡青年张鹏正对着镜头介绍香菇脆片。", "32岁") == "返乡青年张鹏年龄"
    assert subject_of("82岁的独居老人被转移到安置点。", "82岁") == "独居老人年龄"
    assert subject_of("42岁的泰籍员工颂猜已在工厂工作了3年。", "42岁") != "泰籍年龄"  # a word read as a name describes
    assert subject_of("现年52岁的被告人张某某因犯受贿罪被判处有期徒刑。", "52岁") == "被告人张某某年龄"  # a name withheld
    assert subject_of("49岁的乡村医生王芳每天出诊。", "49岁") == "乡村医生王芳年龄"  # 每 opens what she does
    assert subject_of("今年38岁的马海燕已在这所学校任教16年。", "38岁") == "马海燕年龄"  # jieba: 马|海燕, a noun and a name
    assert subject_of("72岁的刘桂兰老人正等待搭乘列车。", "72岁") == "刘桂兰年龄"  # 刘|桂兰 (ns), then who she is


def test_an_age_without_de_is_a_named_persons_age_before_their_name_or_after_it():
    assert subject_of("家住抚琴街道的76岁老人赵德明说。", "76岁") == "老人赵德明年龄"
    assert subject_of("家住惠济区的王女士今年34岁，在一家金融机构上班。", "34岁") == "王女士年龄"
    assert subject_of("村党支部书记王德明今年52岁。", "52岁") == "党支部书记王德明年龄"  # the role's nouns stay
    assert not subject_of("为80岁老人发放高龄补贴。", "80岁").endswith("年龄")  # a class of people: no one named
    assert not subject_of("人均预期寿命提高到80岁。", "80岁").endswith("年龄")  # 高到 of 提高|到 is no name
    assert not subject_of("萧山今年60岁以上户籍老人达25万人。", "60岁以上").endswith("年龄")  # a class by age, after a place
    assert not subject_of("华为今年36岁。", "36岁").endswith("年龄")  # a body jieba reads as a name


def test_a_place_word_before_a_word_names_a_thing_but_not_where_something_happens():
    assert subject_of("其中高架站5座、地下站11座。", "11座") == "地下站"  # jieba: 地下 s, 站 v
    assert subject_of("其中省外就业约612万人、省内就业约714万人。", "约714万人") == "省内就业"
    assert subject_of("村里提前一天组织转移。", "一天") != "村里提前"  # 村里: where, modifying nothing
    assert subject_of("其中到省外务工8万人。", "8万人") != "到省外务工"  # the object of 到: where they work


def test_the_adverb_reng_ends_a_counted_noun():
    assert subject_of("中方约300名技术人员仍在一线提供运维支持。", "约300名") == "技术人员"  # jieba's dict: 仍 zg


@pytest.mark.parametrize("text, number, expected", [
    ("到2025年底互认项目不少于150项。", "不少于150项", "互认项目"),  # not 底互认项目
    ("力争到2027年猕猴桃全产业链产值突破100亿元。", "突破100亿元", "猕猴桃全产业链产值"),
    ("研发投入到2025年达到300亿元。", "300亿元", "研发投入"),
    ("到县人民医院就诊的患者达1200人次。", "1200人次", "到县人民医院就诊的患者"),  # a destination, no deadline
])
def test_a_deadline_is_no_part_of_the_subject(text, number, expected):
    assert subject_of(text, number) == expected


def test_an_age_before_a_pronoun_is_the_age_of_the_person_the_sentence_named():
    assert subjects.subject(*sentence("村民潘家旺开朗健谈，已经63岁的他看起来很年轻。", "63岁")) == "潘家旺年龄"
    assert subjects.subject(*sentence("村民潘家旺和妻子都已经63岁的他们看起来很年轻。", "63岁")) != "潘家旺年龄"
    assert not subjects.subject(*sentence("记者见到了王大山的老伴，已经63岁的她身体硬朗。", "63岁")).endswith("年龄")
    assert not subjects.subject(*sentence("在高峰时期，已经80岁的他仍然坚持。", "80岁")).endswith("年龄")


def test_an_age_before_a_pronoun_is_the_age_of_the_one_person_the_paragraph_introduced_before():
    text = "标题\n“大家都习惯了。”家住燕山新居小区的王秀芝说。今年67岁的她是小区的志愿者。"
    assert subject_of(text, "67岁") == "王秀芝年龄"
    two = "标题\n家住燕山小区的王秀芝说，住在隔壁的李桂英说。今年67岁的她是小区的志愿者。"
    assert subject_of(two, "67岁") != "王秀芝年龄"  # two people introduced: she may be either


def test_what_counted_things_do_names_them_in_a_relative_clause():
    assert subject_of("这家企业已在全球23个国家和地区设立分支机构，产品销往各地。", "23个") == "设立分支机构的国家和地区"
    assert subject_of("其中27个省份将普惠托育服务纳入基本公共服务清单。", "27个") == "将普惠托育服务纳入基本公共服务清单的省份"
    assert subject_of("武侯区累计为3400余名失能老人建立家庭病床。", "3400余名") == "建立家庭病床的失能老人"
    assert subject_of("其中9个项目列入省“千项万亿”工程。", "9个") == "列入省“千项万亿”工程的项目"  # a quoted name inside
    assert subject_of("全县92家外资企业全部复工。", "92家") == "全部复工的外资企业"  # a scope adverb jieba calls a noun
    assert subject_of("我部会同最高人民法院等14家单位联合印发《规定》（环法规〔2022〕31号）。", "14家") == "联合印发《规定》的单位"


def test_a_count_a_verb_governs_is_no_doer_of_the_phrase_after_it():
    assert subject_of("打造1000个民族村寨旅游提升示范村。", "1000个") == "民族村寨旅游提升示范村"  # one noun, not 提升|示范村
    assert subject_of("累计创建3家国家产业创新中心。", "3家") == "国家产业创新中心"
    assert subject_of("全县累计为3400余名失能老人建立家庭病床。", "3400余名") == "建立家庭病床的失能老人"  # a preposition's


def test_the_part_of_a_group_is_named_by_what_it_does_and_the_group():
    assert subject_of("全县67座小型水库中，有23座出现溢洪。", "23座") == "出现溢洪的小型水库"  # 中，有 between; the group's count goes
    assert subject_of("工业200强企业中193家复工。", "193家") == "复工的工业200强企业"  # a number of its name stays
    assert subject_of("40个工业大类行业中有31个增加值保持增长。", "31个") == "增加值保持增长的工业大类行业"  # its measure


def test_counts_listed_share_the_predicate_after_the_last():
    assert subject_of("河南全省18.8万个基层党组织、376万名党员参与防汛救灾。", "18.8万个") == "参与防汛救灾的基层党组织"
    assert subject_of("12部文艺作品获得国家、国际大奖。", "12部") == "文艺作品"  # the objects listed, no count


def test_a_verb_inside_the_phrase_after_a_count_names_what_they_did_only_when_it_honours_or_stands_alone():
    assert subject_of("16所高校、48个学科入选“双一流”建设名单。", "48个") == "入选“双一流”建设名单的学科"
    assert subject_of("5个天府实验室揭牌运行。", "5个") == "揭牌运行的天府实验室"
    assert subject_of("其中10个产业创新综合体，建成投用。", "10个") == "产业创新综合体"  # 创新 inside one noun
    assert subject_of("113项“川渝通办”事项落地见效。", "113项") != "办”事项落地见效的“川渝通"  # not inside the quotes
    assert subject_of("坚持办好以10件民生实事为引领的各项民生工程。", "10件") != "为引领的各项民生工程的民生实事"


def test_what_is_done_to_a_count_or_what_its_things_are_names_none_of_them_as_doing_it():
    assert subject_of("对1200家企业开展安全检查。", "1200家") == "企业"  # 对's object is acted on
    assert subject_of("依法对3家违规企业作出行政处罚。", "3家") == "违规企业"
    assert subject_of("重点从八个方面实现突破。", "八个") != "实现突破的方面"  # a frame
    assert subject_of("3个项目是今年新开工项目。", "3个") == "项目"  # the copula says what they are
    assert subject_of("将28家企业纳入安全生产失信惩戒名单。", "28家") == "纳入安全生产失信惩戒名单的企业"  # 将: the state
    assert subject_of("352项重要改革举措稳步实施。", "352项") == "稳步实施的重要改革举措"  # 举措: a noun jieba tags a verb
    assert subject_of("12个村级便民服务站挂牌成立。", "12个") != "站挂牌成立的村级便民服务"  # 站 ends the noun
    assert subject_of("6个案例入选《2024年营商环境典型案例》。", "6个") == "入选《2024年营商环境典型案例》的案例"


def test_a_predicate_with_a_number_of_its_own_leaves_the_counted_noun_alone():
    assert subject_of("苏州、无锡等4个城市地区生产总值超万亿元。", "4个") == "城市地区生产总值超万亿元"
    assert subject_of("全省30家企业营业收入增长15%。", "30家") == "企业营业收入"
    assert subject_of("累计建成363个民族团结进步示范社区。", "363个") == "民族团结进步示范社区"  # an adverb as modifier
    assert subject_of("出台支持政策，23个山海协作产业园建设扎实推进。", "23个") == "山海协作产业园建设扎实"  # no noun before it


def test_what_counted_things_did_goes_on_past_the_amount_of_its_object():
    assert subject_of("审计发现，有9个单位未将结转资金4370万元编入年初预算。", "9个") == "未将结转资金4370万元编入年初预算的单位"
    assert subject_of("全镇5个村建成示范点12个。", "5个") != "建成示范点12个的村"  # a number of its own ends it


def test_an_adverb_before_a_stop_word_opens_what_the_counted_things_do():
    assert subject_of("村里3名干部已经参加培训。", "3名") == "已经参加培训的干部"
    assert subject_of("对1091名协管员进行培训。", "1091名") == "协管员"


@pytest.mark.parametrize("text, number, want", [
    ("第一产业增加值占地区生产总值的比重为16.3%，第二产业为35.5%。", "35.5%", "第二产业增加值占地区生产总值的比重"),
    ("城镇居民人均可支配收入5.2万元，农村居民2.1万元。", "2.1万元", "农村居民人均可支配收入"),
    ("城镇居民人均可支配收入增长5%，农村居民7%。", "7%", "农村居民人均可支配收入增长"),
])
def test_a_sibling_of_the_things_opening_words_takes_the_same_measure(text, number, want):
    assert claimed(text)[number] == want


def test_a_noun_that_shares_a_last_character_with_no_measure_after_it_is_no_sibling():
    assert claimed("66个产业集群和园区开展试点，1.4万余家企业实施改造。")["1.4万余家"] == "实施改造的企业"


def test_a_sibling_named_by_the_same_noun_takes_the_measure_in_the_same_unit():
    text = "参保居民住院的，一级及以下医疗机构起付标准为200元，二级医疗机构为500元，三级医疗机构为900元。"
    assert [claimed(text)[v] for v in ("500元", "900元")] == ["二级医疗机构起付标准", "三级医疗机构起付标准"]
    # a bulletin's breakdown by kind of enterprise: the same measure of each
    assert claimed("规模以上工业企业利润总额增长10%，外商投资企业增长5%。")["5%"] == "外商投资企业利润总额增长"
    assert claimed("百亿元以上产业链总产值达到3500亿元、百亿元以上产业链达到15条。")["15条"] == "百亿元以上产业链"  # a count
    assert claimed("支持民间投资项目比重为84.6%，民间项目投资增长4.6%。")["4.6%"] == "民间项目投资增长"  # 投资|项目比重


def test_a_count_read_with_its_noun_counts_that_noun():
    assert subject_of("全省新建2149所学校。", "2149所学校") == "学校"  # 所学校: 所 is no particle there
    assert subject_of("全年城镇新增就业1300万人以上。", "1300万人以上") == "城镇新增就业"  # a hedge is no noun


def test_the_object_of_a_preposition_after_a_count_of_its_owners_keeps_no_verb():
    assert subject_of("共为2149所学校的33405名教师发放生活补助。", "33405名") == "发放生活补助的教师"


@pytest.mark.parametrize("text, value, subject", [
    ("实际上2014年8.7%的增长是一个令人非常满意的成绩。", "8.7%", "增长"),
    ("大家关心今年所设定的6%的目标能不能实现。", "6%", "目标"),
    ("确定4.5%左右的增长目标，在实际工作中努力争取更好结果。", "4.5%左右", "增长目标"),
    ("对今年的进出口提出了保持6%左右的增长的目标。", "6%左右", "增长目标"),
])
def test_a_percentage_before_a_measure_with_de_is_its_value(text, value, subject):
    assert subject_of(text, value) == subject


@pytest.mark.parametrize("text, value, subject", [
    ("全县86.6%的干部群众认为效果好。", "86.6%", "干部群众认为效果好"),
    ("全镇80%的增长来自民营企业。", "80%", "增长来自民营企业"),  # a share of the growth: 来自 is no copula
    ("全省85%的规模以上工业企业开展了数字化改造。", "85%", "规模以上工业企业开展了数字化改造"),
])
def test_a_percentage_before_a_group_with_de_is_its_share(text, value, subject):
    assert subject_of(text, value) == subject


@pytest.mark.parametrize("text, value, subject", [
    ("政府工作报告把我们的外贸目标设在6%左右。", "6%左右", "外贸目标"),
    ("我们把全年经济增长预期目标定为5%左右。", "5%左右", "经济增长预期目标"),
    ("把城镇新增就业目标确定为1200万人以上。", "1200万人以上", "城镇新增就业目标"),
    ("把城乡居民收入提高15%。", "15%", "城乡居民收入提高"),  # a change keeps its verb
    ("把全社会研发经费投入提高到2.5%。", "2.5%", "全社会研发经费投入"),
])
def test_the_object_of_ba_is_what_the_number_it_is_set_to_measures(text, value, subject):
    assert subject_of(text, value) == subject


def test_the_verb_a_resultative_completes_frames_the_number_and_a_forecast_verb_names_nothing():
    got = claimed("人均GDP从1978年的148元，发展到2018年的2.85万元，增长192倍。")
    assert got["2.85万元"] == "人均GDP" and got["192倍"] == "人均GDP增长"
    assert subject_of("社保卡应用功能拓展到177项。", "177项") == "社保卡应用功能"
    assert "占比" in subject_of("居民服务性消费支出占比升至48%。", "48%")  # 占|比|升至: jieba reads no verb before 至
    got = claimed("全县地区生产总值2009年突破100亿元，2018年预计达到202亿元。")
    assert got["202亿元"] == "全县地区生产总值"


def test_a_deadline_after_to_leaves_the_measure_whole():
    assert subject_of("全社会研发投入到2025年达到300亿元。", "300亿元") == "全社会研发投入"
    assert subject_of("全省外贸进出口到2025年突破1万亿元。", "突破1万亿元") == "全省外贸进出口"


def test_the_words_of_a_record_after_its_window_are_what_it_measures_without_the_frame_word():
    assert subject_of("2017冷年是5年来空调销售量增幅最高的年度。", "5年").startswith("空调销售量")


def test_a_bare_measure_of_a_place_is_the_place_that_heads_the_sentence():
    assert subject_of("杭州余杭区凭借数字经济优势，去年GDP达2936.43亿元。", "2936.43亿元") == "杭州余杭区GDP"
    assert subject_of("东莞经济持续发展，常住人口超过1000万。", "超过1000万") == "东莞常住人口"
    assert subject_of("浙江省统计局发布数据，GDP增长5%。", "5%") == "GDP增长"  # the place opens a body's name


def test_the_unit_a_rate_is_per_is_no_subject():
    text = "小春粮食单产221.7公斤/亩，同比增加1.8公斤/亩，增长0.8%。"
    assert "/" not in subject_of(text, "1.8公斤")
    assert not subject_of("城乡低保平均标准分别提高到7226元/年、4318元/年。", "4318元").startswith("/")


def test_the_event_before_a_count_of_a_generic_noun_tells_its_things_apart():
    text = "截至目前，已完成11项任务，未完成1项任务。"
    assert (subject_of(text, "11项"), subject_of(text, "1项")) == ("已完成任务", "未完成任务")
    assert subject_of("已开工项目9项、未开工项目1项。", "1项") == "未开工项目"  # 未 opens the subject before its verb
    assert subject_of("合作社共有14名股东。", "14名") == "股东"  # a verb that only says how many
    assert subject_of("明年会增加约150张病床。", "约150张") == "增加病床"  # no modal
    assert subject_of("出台支持民营经济发展20条措施。", "20条") == "措施"  # a verbal noun heading a noun phrase
    assert subject_of("累计建成363个民族团结进步示范社区。", "363个") == "民族团结进步示范社区"  # a noun of its own
    for text, number in (("全县下辖12个乡镇。", "12个"), ("比去年增加12个项目。", "12个")):
        assert subject_of(text, number) in ("乡镇", "项目")  # a unit's parts, a change on a baseline
    assert subject_of("集中签约12个项目。", "12个") == "集中签约项目"  # 签约 is the event, its 约 no hedge
    assert subject_of("确保完成12项任务。", "12项") == "完成任务"  # the target's verb is no part of the event
    assert subject_of("全年应对19轮强降雨，服务等级提升2个等级。", "2个") == "等级"  # no noun: jieba's 区别词
    assert subject_of("已培育12家合作社。", "12家") == "已培育合作社"  # jieba's idiom tag on a noun


def test_items_that_commas_separate_before_fenbie_are_matched_to_its_values():
    text = "分门类看,采矿业,制造业,电力、热力、燃气及水生产和供应业分别下降29.8%、增长6.5%和增长4.1%。"
    assert [subject_of(text, v) for v in ("29.8%", "6.5%", "4.1%")] == ["采矿业下降", "制造业增长", "电力、热力、燃气及水生产和供应业增长"]
    clause = "基本实现“组组通”硬化路，农村供电可靠率、自来水普及率分别达到99.9%、98%。"
    assert subject_of(clause, "99.9%") != "基本实现“组组通”硬化路"  # a clause before, no item


def test_a_clause_of_time_alone_is_no_subject():
    assert subject_of("截至目前，已开工2348处，完工1050处。", "2348处") == ""  # nothing named, rather than the time


def test_every_level_and_kind_belong_to_the_noun_counted():
    assert subject_of("2021年，全国共有各级各类学校52.93万所。", "52.93万所") == "各级各类学校"


def test_the_period_before_a_cumulative_rate_is_compared_with_is_a_baseline_not_the_subject():
    from helpers import extract, ingest

    text = "工业\n1-6月份，规模以上工业增加值同比增长5.0%，比1-5月份回升0.2个百分点。上半年全省生产总值增长6.1%，比一季度加快0.3个百分点。"
    rows = extract.extract_document(ingest.build("t", "t", text, "utf-8", b""))["quantities"]
    got = {q["text"]: q["subject"] for q in rows if q["claim"]}
    assert (got["0.2个百分点"], got["0.3个百分点"]) == ("规模以上工业增加值增速回升", "全省生产总值增速加快")  # its rate, without the period


def test_an_earlier_forecast_a_new_one_revises_is_a_baseline_not_the_subject():
    from helpers import extract, ingest

    text = "展望\n报告预计今年全球经济增长3.2%，较该机构1月份的预测下调了0.2个百分点；明年预计增长3.5%，较此前预测下调0.1个百分点。"
    rows = extract.extract_document(ingest.build("t", "t", text, "utf-8", b""))["quantities"]
    got = {q["text"]: q["subject"] for q in rows if q["claim"]}
    assert not any(s.startswith("较") for s in got.values()), got
    assert got["0.2个百分点"].endswith("下调") and "全球经济" in got["0.2个百分点"]
    text = "模型\n该模型比较预测的准确率达到95%。"  # 比较, to compare, is no baseline
    rows = extract.extract_document(ingest.build("t", "t", text, "utf-8", b""))["quantities"]
    assert [q["subject"] for q in rows if q["claim"]] == ["模型比较预测的准确率"]


def test_a_list_before_a_clause_of_only_a_baseline_and_respectively_is_what_its_values_measure():
    text = "“上半年我们新增外贸航线10条，中东、拉美方向箱量增长最快，同比分别增长27%和近40%。”李斌表示。"
    assert subject_of(text, "27%").startswith("中东方向箱量")
    assert subject_of(text, "近40%").startswith("拉美方向箱量")


def test_the_measure_named_after_respectively_completes_each_item():
    text = "分港域看，宁波港域和舟山港域分别完成集装箱吞吐量1986.2万标准箱和85.3万标准箱。"
    assert subject_of(text, "1986.2万标准箱") == "宁波港域集装箱吞吐量"  # not 宁波港域港域
    assert subject_of(text, "85.3万标准箱") == "舟山港域集装箱吞吐量"
    text = "投资、消费增速分别快于全国3.4个、1个百分点。"  # 全国 is what they are compared with
    assert subject_of(text, "1个百分点") == "消费增速"
    funds = "西北工业大学、西安电子科技大学分别获批直接经费3.74亿元和2.61亿元。"  # a listed measure, which jieba splits
    assert subject_of(funds, "2.61亿元") == "西安电子科技大学直接经费"


def test_places_listed_alone_before_respectively_share_what_the_last_names_after_it():
    from helpers import extract, ingest

    text = "外贸\n据合肥海关统计，前三季度对俄罗斯、墨西哥、巴西出口分别增长15.8%、9.6%和22.1%。"  # places traded with
    rows = extract.extract_document(ingest.build("t", "t", text, "utf-8", b""))["quantities"]  # are none of the text's
    got = {q["text"]: q["subject"] for q in rows if q["claim"]}
    assert [got[v] for v in ("15.8%", "9.6%", "22.1%")] == ["俄罗斯出口增长", "墨西哥出口增长", "巴西出口增长"]
    assert subject_of("城镇、农村居民人均可支配收入分别增长4.3%、5.7%。", "4.3%") == "城镇居民人均可支配收入增长"


def test_a_time_that_opens_the_phrase_is_no_part_of_the_subject_whatever_its_first_word():
    assert subject_of("前三季度安徽外贸进出口总值6953.2亿元。", "6953.2亿元") == "安徽外贸进出口总值"
    assert subject_of("力争今年地区生产总值增长5%。", "5%") == "地区生产总值增长"


def test_a_count_that_ends_the_clause_of_its_one_verb_counts_those_the_verb_acted_on():
    text = "立案侦查71件，拘留56人；约谈391人，问责586人。"
    assert [claimed(text)[v] for v in ("56人", "391人", "586人")] == ["拘留", "约谈", "问责"]
    assert claimed("全年新增就业120万人，继续保持在100万人以上。")["100万人以上"] == "新增就业"  # a predicate: no verb counted
    assert claimed("全市技能人才总量稳步扩大，新增3.2万人。")["3.2万人"] != "新增"  # adds to the count named before


def test_places_listed_in_the_clause_before_respectively_place_and_name_its_values():
    from helpers import extract, ingest

    text = "分地区\n全国29个省份工业增加值保持增长。西藏、内蒙古、新疆增速位列前三，分别为12.5%、9.6%、9.3%。"
    rows = extract.extract_document(ingest.build("t", "t", text, "utf-8", b""))["quantities"]
    got = {q["text"]: (q["subject"], q["place"]) for q in rows if q["claim"]}
    assert [got[v] for v in ("12.5%", "9.6%", "9.3%")] == [
        ("西藏增速", "西藏自治区"), ("内蒙古增速", "内蒙古自治区"), ("新疆增速", "新疆维吾尔自治区")]


def test_items_of_a_kind_share_what_follows_the_kind_in_the_last_and_an_item_may_hold_its_own_he():
    text = "限额以上单位粮油食品类、饮料类零售额分别增长9.7%、3.5%，家用电器和音像器材类、通讯器材类零售额分别增长19.6%、22.4%。"
    assert subject_of(text, "9.7%").endswith("粮油食品类零售额增长")
    assert [subject_of(text, v) for v in ("19.6%", "22.4%")] == ["家用电器和音像器材类零售额增长", "通讯器材类零售额增长"]
    text = "金融业、软件和信息服务业增加值分别增长9.7%、15.3%。"
    assert [subject_of(text, v) for v in ("9.7%", "15.3%")] == ["金融业增加值增长", "软件和信息服务业增加值增长"]


def test_what_is_said_of_a_list_before_respectively_is_no_part_of_its_items():
    text = "全市新能源汽车和工业机器人产量快速增长，同比分别增长27%和近40%。我省对美国、欧盟、东盟出口均保持增长，分别增长3%、5%、9%。"
    assert [subject_of(text, v) for v in ("27%", "近40%")] == ["全市新能源汽车产量增长", "工业机器人产量增长"]
    assert [subject_of(text, v) for v in ("3%", "9%")] == ["美国出口增长", "东盟出口增长"]
    assert claimed("全市省级专精特新中小企业、国家级专精特新“小巨人”企业分别达到350家、42家。")["350家"].endswith("中小企业")
    assert claimed("接待游客、旅游总收入分别增长15%、18%。")["15%"] == "接待游客增长"  # a count, no 总收入
    text = "生产安全事故起数、死亡人数分别下降10.9%、7%。"  # each names its own measure
    assert subject_of(text, "10.9%").startswith("生产安全事故起数") and "人数" not in subject_of(text, "10.9%")


def test_a_noun_jieba_tags_as_no_noun_is_what_the_number_counts():
    assert subject_of("河南大学建设深入推进，新设8所本科院校。", "8所") == "本科院校"
    assert subject_of("61%的城市污水处理厂完成提标改造；修复湿地90余万亩，造林88万亩。", "90余万亩").startswith("修复湿地")


def test_a_five_year_plans_period_or_end_is_a_baseline_not_the_subject():
    from helpers import extract, ingest

    assert subject_of("城乡居民人均可支配收入较“十四五”期末增长6.1%。", "6.1%") == "城乡居民人均可支配收入增长"
    text = ("回顾\n实有企业较“十三五”期末增长36.2%。实际使用外资比“十三五”时期增长78.9%，"
            "生产安全事故起数、死亡人数较“十三五”同期分别下降62.97%、53.06%。")
    rows = extract.extract_document(ingest.build("t", "t", text, "utf-8", b""))["quantities"]
    got = {q["text"]: (q["subject"], q["comparison"]) for q in rows if q["claim"]}
    assert got["36.2%"] == ("实有企业增长", "较“十三五”期末")
    assert got["78.9%"] == ("实际使用外资增长", "比“十三五”时期")
    assert got["62.97%"][0].startswith("生产安全事故起数") and "五" not in got["62.97%"][0]
    assert got["53.06%"][0].startswith("死亡人数") and got["53.06%"][1] == "较“十三五”同期"


def test_a_rate_compared_with_a_wider_places_is_the_difference_of_the_thing_before():
    from helpers import extract, ingest

    text = ("统计\n一季度，全省固定资产投资增长8.1%，增速比1月至2月加快0.2个百分点，比全国高1.8个百分点。"
            "全省人口100万人，比全国高出许多。社会消费品零售总额增长10.2%，增幅比全省平均高2.8个百分点。")
    rows = extract.extract_document(ingest.build("t", "t", text, "utf-8", b""))["quantities"]
    got = {q["text"]: (q["subject"], q["comparison"]) for q in rows if q["claim"]}
    assert got["0.2个百分点"] == ("全省固定资产投资增速加快", "比1月至2月")
    assert got["1.8个百分点"][0] == "全省固定资产投资增速比全国高"
    assert got["2.8个百分点"][0] == "社会消费品零售总额增幅比全省平均高"


def test_a_level_compared_with_a_wider_places_or_a_standard_is_the_difference_of_that_level():
    from helpers import extract, ingest

    text = ("农机\n全省主要粮食作物耕种收综合机械化率达到87.3%，比全国平均水平高约12个百分点。六安市一季稻亩产531.6公斤，"
            "比全省平均水平高25.6公斤。水稻机收损失率控制在2.2%以内，较国家标准低0.8个百分点。")
    rows = extract.extract_document(ingest.build("t", "t", text, "utf-8", b""))["quantities"]
    got = {q["text"]: q["subject"] for q in rows if q["claim"]}
    assert got["约12个百分点"] == "全省主要粮食作物耕种收综合机械化率比全国平均水平高"
    assert got["25.6公斤"] == "六安市一季稻亩产比全省平均水平高"
    assert got["0.8个百分点"] == "水稻机收损失率较国家标准低"


def test_a_share_multiple_or_the_wider_places_own_level_is_no_level_its_comparison_completes():
    from helpers import extract, ingest

    text = ("经济\n全市人均地区生产总值9.8万元，相当于全国平均水平的1.1倍，比全国平均水平高1.2万元。"
            "全年新增城镇就业6.2万人，完成目标任务的124%，比全省平均水平高10个百分点。全省平均水平为75%，我市达到82%，比全省平均水平高7个百分点。")
    rows = extract.extract_document(ingest.build("t", "t", text, "utf-8", b""))["quantities"]
    got = {q["text"]: q["subject"] for q in rows if q["claim"]}
    assert got["1.2万元"] == "比全国平均水平高" and got["10个百分点"] == "比全省平均水平高" and got["7个百分点"] == "比全省平均水平高"
    text = "文明\n全市全国文明城市测评得分92.5分，比全国平均水平高5.3分。"  # 全国 inside a name: a level all the same
    rows = extract.extract_document(ingest.build("t", "t", text, "utf-8", b""))["quantities"]
    assert {q["text"]: q["subject"] for q in rows if q["claim"]}["5.3"] == "全市全国文明城市测评得分比全国平均水平高"


def test_a_respectively_clause_that_only_counts_the_things_before_gives_each_value_to_its_thing():
    from helpers import extract, ingest

    text = ("造船\n2025年，我国造船完工量5286万载重吨，同比增长9.7%；新接订单量8501万载重吨，同比下降24.8%；手持订单量2.37亿载重吨。"
            "以载重吨计，三项指标分别占世界总量的56.2%、69.3%和64.8%。全年粮食产量和蔬菜产量分别为300万吨和500万吨，两项指标分别增长2%和3%。")
    rows = extract.extract_document(ingest.build("t", "t", text, "utf-8", b""))["quantities"]
    got = {q["text"]: (q["subject"], q["kind"]) for q in rows if q["claim"]}
    assert got["5286万载重吨"] == ("造船完工量", "measure")  # a ship's deadweight tonnage
    assert got["56.2%"][0] == "造船完工量占世界总量" and got["64.8%"][0] == "手持订单量占世界总量"
    assert got["2%"][0] == "粮食产量增长" and got["3%"][0] == "蔬菜产量增长"
    text = "指标\n全年粮食产量60万吨，蔬菜产量120万吨。这两个指标分别增长2%和3%。全市出口总额820亿元。进口总额450亿元，二者分别增长6.5%和3.2%。"
    rows = extract.extract_document(ingest.build("t", "t", text, "utf-8", b""))["quantities"]
    got = {q["text"]: q["subject"] for q in rows if q["claim"]}
    assert got["3%"] == "蔬菜产量增长" and got["6.5%"] == "全市出口总额增长"  # also a list split over two sentences
    text = "粮油\n全省粮食产量700万吨，油料产量90万吨，棉花产量5万吨。两项指标分别增长1.5%和2.1%。"  # three before, not two
    rows = extract.extract_document(ingest.build("t", "t", text, "utf-8", b""))["quantities"]
    assert {q["text"]: q["subject"] for q in rows if q["claim"]}["2.1%"].startswith("两项指标")
    text = "项目\n今年全县新开工重大项目15个，完成投资120亿元。三个项目分别投资5亿元、3亿元和2亿元。"  # new things, counted
    rows = extract.extract_document(ingest.build("t", "t", text, "utf-8", b""))["quantities"]
    assert {q["text"]: q["subject"] for q in rows if q["claim"]}["3亿元"].startswith("三个项目")


def test_a_clause_going_on_a_respectively_list_gives_each_value_to_its_item():
    from helpers import extract, ingest

    text = ("农机\n水稻、玉米机收损失率分别控制在2.2%和3.5%以内，较国家标准低0.8个和0.5个百分点。"
            "甲县、乙县投资分别增长8%和9%，比全省平均水平高1.5和2.5个百分点。")
    rows = extract.extract_document(ingest.build("t", "t", text, "utf-8", b""))["quantities"]
    got = {q["text"]: q["subject"] for q in rows if q["claim"]}
    assert got["0.8个"] == "水稻机收损失率较国家标准低" and got["0.5个百分点"] == "玉米机收损失率较国家标准低"
    assert got["1.5"].startswith("甲县") and got["2.5个百分点"].startswith("乙县")
    assert got["2.5个百分点"].endswith("比全省平均水平高")


def test_a_crops_yield_and_output_listed_after_its_area_are_that_crops():
    from helpers import extract, ingest

    text = "秋粮\n分作物看，全省一季稻播种面积2980.4万亩，亩产506公斤，总产301.6亿斤；双季晚稻356.8万亩，亩产412公斤。"
    rows = extract.extract_document(ingest.build("t", "t", text, "utf-8", b""))["quantities"]
    got = {q["text"]: q["subject"] for q in rows if q["claim"]}
    assert got["506公斤"] == "全省一季稻亩产" and got["301.6亿斤"] == "全省一季稻总产" and got["412公斤"] == "双季晚稻亩产"
    text = "小麦\n全县小麦种植面积45万亩，平均亩产480公斤，总产21.6万吨。"
    got = {q["text"]: q["subject"] for q in extract.extract_document(ingest.build("t", "t", text, "utf-8", b""))["quantities"] if q["claim"]}
    assert got["21.6万吨"] == "全县小麦总产"  # the crop's output, not a mean's


def test_a_statistical_region_and_its_change_alone_is_the_region_measure_before_in_that_region():
    from helpers import extract, ingest

    text = "财政\n分地区看，东部地区一般公共预算收入同比增长1.9%，中部、西部地区分别增长1.1%、0.8%，东北地区下降0.6%。"
    rows = extract.extract_document(ingest.build("t", "t", text, "utf-8", b""))["quantities"]
    got = {q["text"]: q["subject"] for q in rows if q["claim"]}
    assert got["1.1%"] == "中部地区一般公共预算收入增长" and got["0.6%"] == "东北地区一般公共预算收入下降"
    text = ("区域\n东北三省规模以上工业增加值增长3.5%，西部地区增长6.1%。西部大开发重点项目投资增长12%，东部地区增长8%。"
            "东部地区进出口占全国的80.2%，中西部地区增长8.5%。")
    got = {q["text"]: q["subject"] for q in extract.extract_document(ingest.build("t", "t", text, "utf-8", b""))["quantities"] if q["claim"]}
    assert got["6.1%"] == "西部地区增长" and got["8%"] == "东部地区增长"  # no region's measure before: 东北三省, 西部大开发
    assert got["8.5%"] == "中西部地区进出口增长"  # the measure, not its share
    text = "投资\n东部地区投资增长5%，东部地区消费增长6%。"  # the same region names a measure of its own
    got = {q["text"]: q["subject"] for q in extract.extract_document(ingest.build("t", "t", text, "utf-8", b""))["quantities"] if q["claim"]}
    assert got["6%"] == "东部地区消费增长"


def test_a_bare_measure_in_an_item_labelled_by_its_group_is_that_groups():
    from helpers import extract, ingest

    text = ("二、资助标准\n（一）学前教育。在免除保育教育费的基础上发放生活补助，标准由每生每年800元提高到1000元。\n"
            "（二）普通高中。各地可分档，具体标准在1500元至3000元之间确定。\n（三）资金来源。标准为每人500元。\n"
            "二、主要目标。到2027年，覆盖率达到90%。")
    rows = extract.extract_document(ingest.build("t", "t", text, "utf-8", b""))["quantities"]
    got = {q["text"]: q["subject"] for q in rows if q["claim"]}
    assert got["800元"] == "学前教育标准" and got["1500元至3000元"] == "普通高中具体标准"
    assert got["500元"] == "标准" and got["90%"] == "覆盖率"  # an aspect of the scheme names no group


def test_shares_of_a_plan_after_respectively_are_each_listed_things_share_of_it():
    from helpers import extract, ingest

    text = "就业\n全市城镇新增就业5.6万人，下岗失业人员再就业2.2万人，分别完成全年目标任务的107.1%、111.1%。项目10个、投资5亿元，分别增长5%、6%。"
    rows = extract.extract_document(ingest.build("t", "t", text, "utf-8", b""))["quantities"]
    got = {q["text"]: q["subject"] for q in rows if q["claim"]}
    assert got["107.1%"] == "全市城镇新增就业完成全年目标任务" and got["111.1%"] == "下岗失业人员再就业完成全年目标任务"
    assert got["6%"] == "项目投资增长"  # the projects' investment (项目10个、投资5亿元)
    text = "防汛\n全省转移避险群众31.7万人次，其中六安市12.4万人次、安庆市8.9万人次，分别占全省的39.1%、28.1%。"
    got = {q["text"]: q["subject"] for q in extract.extract_document(ingest.build("t", "t", text, "utf-8", b""))["quantities"] if q["claim"]}
    assert got["28.1%"] == "安庆市转移避险群众占全省"  # each part in its place, its share of the whole
    text = "水利\n五年来，全国累计完成水利建设投资5.4万亿元，是“十三五”时期的1.8倍。"
    got = {q["text"]: q["subject"] for q in extract.extract_document(ingest.build("t", "t", text, "utf-8", b""))["quantities"] if q["claim"]}
    assert got["1.8倍"] == "全国累计完成水利建设投资是“十三五”时期"  # the thing before, so many times the other


def test_a_change_in_real_terms_is_the_change_of_the_thing_before_not_of_the_price_factors():
    from helpers import extract, ingest

    text = "收入\n全省居民人均可支配收入9051元，同比名义增长9.9%，扣除价格因素实际增长8.7%。城镇居民人均可支配收入13650元，扣除价格因素后增长7.2%。"
    rows = extract.extract_document(ingest.build("t", "t", text, "utf-8", b""))["quantities"]
    got = {q["text"]: q["subject"] for q in rows if q["claim"]}
    assert got["8.7%"] == "全省居民人均可支配收入增长" and got["7.2%"] == "城镇居民人均可支配收入增长"


def test_the_claims_after_a_wider_comparison_take_the_thing_not_the_difference():
    from helpers import extract, ingest

    text = "投资\n全市投资增长8%，增幅比全国高2个百分点，比1月份回落0.5个百分点。零售额增长10%，比全国平均水平高出5.1个百分点。"
    rows = extract.extract_document(ingest.build("t", "t", text, "utf-8", b""))["quantities"]
    got = {q["text"]: q["subject"] for q in rows if q["claim"]}
    assert got["0.5个百分点"] == "全市投资增幅回落" and got["5.1个百分点"] == "零售额比全国平均水平高出"


def test_a_part_inside_a_compound_noun_is_no_part_of_a_whole_and_a_plans_copula_is_no_part_of_it():
    claims = claimed("全县农产品出口基地20个，进口1.2万吨。")
    assert claims["1.2万吨"] == "进口"
    from helpers import extract, ingest

    text = "就业\n全市新增就业5万人，失业人员再就业1万人，分别为年度计划的112%、105%。居民收入增长8%，扣除价格因素影响后增长6%。"
    rows = extract.extract_document(ingest.build("t", "t", text, "utf-8", b""))["quantities"]
    got = {q["text"]: q["subject"] for q in rows if q["claim"]}
    assert got["112%"] == "全市新增就业年度计划" and got["6%"] == "居民收入增长"


@pytest.mark.parametrize("text, number, expected", [
    ("一季度我国吸收外资同比增长25.6%。", "25.6%", "吸收外资"),  # a set phrase names the activity measured
    ("今年全国吸收外资同比增长25.6%。", "25.6%", "全国吸收外资"),
])
def test_a_set_phrase_alone_names_what_the_number_measures(text, number, expected):
    assert subject_of(text, number).startswith(expected)


def test_a_set_phrase_that_is_a_clause_or_a_connective_names_nothing():
    assert not subject_of("调查的40个工业行业大类中，价格上涨的有37个。", "37个").startswith("价格上涨")
    assert not subject_of("相比之下增长2%。", "2%").startswith("相比之下")


def test_an_area_measures_the_area_of_what_the_text_names():
    assert subject_of("今年种了30亩黄芩苗。", "30亩") == "黄芩苗面积"
    assert subject_of("全县耕地面积120万亩。", "120万亩") == "全县耕地面积"  # named already
    assert subject_of("粮食播种面积较上年增加1.06万亩。", "1.06万亩") == "粮食播种面积增加"  # a change
    assert subject_of("全年生产粮食120万吨。", "120万吨") == "生产粮食"  # a weight names no one measure


@pytest.mark.parametrize("text,number,subject", [
    ("其中，25—59岁劳动力调查失业率为4.1%。", "4.1%", "25—59岁劳动力调查失业率"),
    ("1—5月份，全国服务业生产指数比1—4月份提高0.7个百分点。", "0.7个百分点", "全国服务业生产指数提高"),
])
def test_a_range_of_numbers_is_inside_the_phrase_not_a_dash_that_parts_it(text, number, subject):
    assert subject_of(text, number) == subject


def test_a_rate_given_of_a_thing_measures_the_thing_not_the_giver():
    assert subject_of("对困难家庭毕业生，河南给予每人2000元的一次性求职创业补贴。", "2000元") == "困难家庭毕业生一次性求职创业补贴"  # for whom


def test_a_share_verb_alone_measures_the_share_of_what_came_before():
    assert claimed("同期，我国对韩国进出口1.96万亿元，下降4.1%，占6.2%。")["6.2%"] == "对韩国进出口占比"


@pytest.mark.parametrize("text,number", [
    ("按产品最终销售价格的15%给予补贴。", "15%"),
    ("额外再给予产品最终销售价格5%的补贴。", "5%"),
])
def test_a_percentage_before_a_payment_is_its_rate_not_its_base(text, number):
    assert subject_of(text, number) == "补贴比例"


@pytest.mark.parametrize("text,number,subject", [
    ("对企业职工，按初级工（五级）1000元、中级工（四级）1500元、高级工2000元的标准给予技能提升补贴。", "1500元", "技能提升补贴标准"),
    ("对企业职工，按初级工（五级）1000元、中级工（四级）1500元、高级工2000元的标准给予技能提升补贴。", "1000元", "技能提升补贴标准"),
    ("“对7种速生叶菜，按照每亩800元标准给予生产补贴。”王春霞说。", "800元", "生产补贴标准"),
    ("市级财政按照每户3000元的标准给予奖补。", "3000元", "奖补标准"),  # the kind alone: the paragraph's label may name it
])
def test_an_amount_inside_an_according_to_standard_frame_is_the_payments_standard(text, number, subject):
    assert subject_of(text, number) == subject


@pytest.mark.parametrize("text,number", [
    ("就业见习补贴按照当地最低工资标准的60%给予补贴。", "60%"),  # the standard is the rate's base
    ("按照每人1200元标准执行。", "1200元"),  # no payment given
])
def test_a_standard_that_no_payment_follows_is_no_payments_standard(text, number):
    assert not subject_of(text, number).endswith("补贴标准")


@pytest.mark.parametrize("text,number,subject", [
    ("中央财政安排的80%的补助资金直接拨付到县。", "80%", "补助资金直接拨付到县"),  # a share of the funds
    ("其中60%的补贴对象为低收入家庭。", "60%", "补贴对象为低收入家庭"),
    ("对营业收入同比增长20%给予奖励。", "20%", "营业收入同比增长"),  # a threshold, with no base it is of
])
def test_a_percentage_near_a_payment_word_is_no_rate_unless_it_sets_one(text, number, subject):
    assert subject_of(text, number) == subject


def test_a_rate_of_change_is_of_the_whole_thing_before_it():
    assert claimed("全国工业生产者购进价格同比下降3.5%，降幅扩大0.3个百分点。")["0.3个百分点"] == "全国工业生产者购进价格降幅扩大"


def test_a_rate_that_narrows_is_a_change_and_a_near_equal_year_a_baseline():
    claims = claimed("全国工业生产者出厂价格同比下降3.1%，降幅比上月收窄0.2个百分点。粮食产量与上年基本持平，达到1200万吨。")
    assert claims["0.2个百分点"] == "全国工业生产者出厂价格降幅收窄"
    assert claims["1200万吨"] == "粮食产量"


def test_what_the_counts_after_respectively_count_is_named_between_its_verb_and_them():
    text = "南昌市、九江市、上饶市分别组织防汛演练46场、73场、58场。"
    assert [subject_of(text, n) for n in ("46场", "73场")] == ["南昌市防汛演练", "九江市防汛演练"]
    text = "工业技改投资、制造业技改投资增速分别高于全国12.7个、12个百分点。"  # a difference from a wider scope
    assert subject_of(text, "12.7个") == "工业技改投资增速"


def test_a_flow_verb_right_after_respectively_is_what_its_values_measure():
    text = "同期，对美国、欧盟分别进出口587.2亿元和503.9亿元。"
    assert [subject_of(text, n) for n in ("587.2亿元", "503.9亿元")] == ["美国进出口", "欧盟进出口"]



def test_a_length_named_before_only_by_its_area_measures_the_thing_after_it():
    assert subject_of("全县237公里堤防实行24小时巡查。", "237公里") == "全县堤防"
    assert subject_of("修水县237公里堤防全部加固。", "237公里") == "修水县堤防"  # what it undergoes is no part
    assert subject_of("全市耕地面积1.2万亩。", "1.2万亩") == "全市耕地面积"


def test_those_a_verb_of_reaching_reached_keep_the_verb_and_what_reached_them():
    got = claimed("今年全区改造老旧小区45个，惠及居民6120户。全市累计开展送法下乡活动260场，覆盖群众约9万人次。")
    assert got["6120户"] == "老旧小区惠及居民"  # the clause opens with the verb: the claim before names what reached
    assert got["约9万人次"] == "送法下乡活动覆盖群众"
    assert claimed("我省户用光伏已覆盖全省11个地市、约86万户家庭。")["11个"] == "户用光伏覆盖地市"  # named before the verb
    assert claimed("示范基地带动就业约4200人。")["约4200人"] == "示范基地带动就业"  # as before: the clause names it
    assert claimed("森林覆盖率达到62.4%。")["62.4%"] == "森林覆盖率"  # no verb: a compound
    assert claimed("惠及1200万人的调水工程开工。")["1200万人"] == "调水工程开工"  # a modifier with 的, no count reached


def test_what_reached_is_a_noun_phrase_without_its_measure_or_its_clause():
    assert subjects.complete("带动消费", "全市发放消费券金额") == "全市发放消费券带动消费"  # the thing, not its figure
    assert subjects.complete("惠及消费者", "补贴资金带动销售额") == "补贴资金惠及消费者"  # the same doer again
    assert subjects.complete("带动当地就业", "开发区已吸引投资") == "带动当地就业"  # a clause did it: no doer
    assert subjects.complete("覆盖地市", "覆盖县") == "覆盖地市"  # a list of those reached: the verb alone


def test_a_listed_item_takes_the_tail_after_the_last_items_place_without_the_generic_it_holds():
    got = claimed("大连港、烟台港、厦门港集装箱吞吐量分别为1020万、460万和1250万标准箱。")
    assert (got["1020万"], got["460万"]) == ("大连港集装箱吞吐量", "烟台港集装箱吞吐量")  # not 大连港港…
    assert claimed("北京、上海城镇居民收入分别增长5.1%、4.8%。")["5.1%"] == "北京城镇居民收入增长"  # no generic: as before


def test_the_same_bare_measure_again_is_the_owners_once():
    got = claimed("2024年，产业园实现产值128.3亿元，本地配套率由2021年的28%提升至61%。")
    assert not got["61%"].endswith("配套率配套率") and got["61%"].endswith("配套率")
    assert subjects.without_event("吸引的新增投资") == "新增投资"  # the event modified the thing with 的


def test_a_quoted_sentence_before_a_number_is_no_clause_of_its_subject():
    got = claimed("陈雨欣在这里停留了很久。“我本来只想考公，也想试一试。”23岁的她来自湖北恩施。")
    assert "考公" not in got["23岁"]
    assert claimed("全市建成“15分钟便民生活圈”86个。")["86个"] == "15分钟便民生活圈"  # a quoted name: as before


def test_a_relative_clause_with_de_before_a_count_picks_out_the_things_counted():
    got = claimed("国家公布产量的104种工业产品中，我省占比超过10%的有44种。人社局梳理了市民咨询较为集中的8个问题。")
    assert (got["104种"], got["8个"]) == ("国家公布产量的工业产品", "市民咨询较为集中的问题")
    got = claimed("市科技局推荐符合条件的36家企业申报。我市积极引导符合条件的1200家企业参保。市委巡察组对被巡察的12个单位反馈意见。")
    assert not any("的" in got[n] for n in ("36家", "1200家", "12个"))  # a body's verb, the main verb, a passive: none
    got = claimed("将8个公司运营的16支省级政府投资基金整合。她家的3头猪被冲走。14条河流的21个站点超警。")
    assert not any(got[n].startswith(("公司运营", "她家", "河流")) for n in ("16支", "3头", "21个"))  # no verb, or a count's


def test_a_relative_clause_a_verb_opens_picks_out_the_things_where_no_main_verb_can_open_it():
    got = claimed("海关总署出台了促进外贸稳规模优结构的16条措施。对纳入新药新技术目录的126个项目，三年内不受限制。"
                  "纳入省重点建设项目管理的420个项目完成投资1903.6亿元。全市开展住院服务的382家定点医疗机构全部实行按病种付费。")
    assert (got["16条"], got["126个"]) == ("促进外贸稳规模优结构的措施", "纳入新药新技术目录的项目")  # after 了, after 对
    assert (got["420个"], got["382家"]) == ("纳入省重点建设项目管理的项目", "开展住院服务的定点医疗机构")  # a predicate follows
    got = claimed("168个重点城市中，空气质量相对较差的20个城市依次是甲、乙。")
    assert got["20个"] == "空气质量相对较差的城市"  # a rating, no verb
    got = claimed("引导符合条件的1200家企业参保。新建标准化的12个园区。出台支持民营经济发展的20条措施。")
    assert not any(got[n].startswith(("引导", "出台")) for n in ("1200家", "20条"))  # the main verb: its object does what
    # follows, or the count ends the clause
    got = claimed("去年，认定符合条件的56家企业为高新技术企业。全省筛选符合条件的120家企业纳入上市后备库。"
                  "春节前，慰问生活困难的1260名老党员每人500元。全市表彰先进的56个集体和120名个人。")
    assert not any("的" in got[n] for n in ("56家", "120家", "1260名", "56个"))  # what follows completes the main verb
    got = claimed("全镇走访辖区企业的560名职工逐一登记就业意愿。今年通过验收的18个高标准农田项目全部投用。")
    assert (got["560名"], got["18个"]) == ("职工", "通过验收的高标准农田项目")  # a main verb, a possessive 的; 通过 a verb


def test_a_duration_after_the_clause_of_what_took_so_long_measures_its_time():
    got = claimed("以前骑手送过来要半个小时左右。此前陆路驾车通常需要2.5至3小时。从万象到昆明只要一天多。"
                  "以前坐长途大巴要走10个小时以上。")
    assert (got["半个小时"], got["2.5至3小时"], got["一天多"]) == ("骑手送过来用时", "陆路驾车用时", "从万象到昆明用时")
    assert got["10个小时以上"] == "坐长途大巴用时"
    got = claimed("贷款期限可10年。对招用就业困难人员和离校2年内未就业高校毕业生的企业给予补贴。")
    assert got["10年"] == "贷款期限"  # a measure named already: only the hedge goes
    assert got["2年"] == "招用就业困难人员和离校"  # 就业 is no word of needing
    got = claimed("目前水库已安全运行60年。以前骑手送过来要半个小时，现在无人机配送只需8分钟。从小学到高中要读12年。"
                  "未来社区项目建设工期约18个月。")
    assert not any(got[n].endswith("用时") for n in ("60年", "8分钟", "12年"))  # an age; another figure's; 要 inside
    assert got["约18个月"] == "未来社区项目建设工期"  # 未来 of a name
    got = claimed("从河南来到新疆支教已经3年。从部队到地方工作20年。电动汽车充满电只需40分钟。")
    assert not any(got[n].endswith("用时") for n in ("3年", "20年", "40分钟"))  # lasted; no journey; 电只 holds the hedge
    got = claimed("新冠疫苗两剂次接种间隔需21天以上。项目还需3个月完成设备调试。")
    assert got["21天以上"] == "新冠疫苗两剂次接种间隔" and not got["3个月"].endswith("用时")  # an interval; time to come


def test_a_level_and_those_above_it_are_one_class_of_things_counted():
    got = claimed("全国339个地级及以上城市平均优良天数比例为87.9%。32座中型及以上水库汛限水位以上蓄水量为12亿立方米。")
    assert (got["339个"], got["32座"]) == ("地级及以上城市", "中型及以上水库")


def test_a_part_of_a_group_picked_out_by_an_event_after_a_comma_keeps_the_event():
    got = claimed("审计工作报告反映的451个问题中，已整改到位412个，占91.4%。全市12个项目中，已开工9个。")
    assert (got["412个"], got["9个"]) == ("已整改到位问题", "已开工项目")
    assert claimed("全县67座小型水库中，有23座出现溢洪。")["23座"] == "出现溢洪的小型水库"  # as before


def test_a_verb_of_reaching_in_a_relative_clause_reaches_none_of_the_things_counted():
    got = claimed("全县已建成覆盖城乡的32个农村寄递物流服务站。今年推出涉及12个部门的36项改革任务。")
    assert (got["32个"], got["36项"]) == ("农村寄递物流服务站", "改革任务")
    assert claimed("我市将建成辐射周边的5个区域性物流中心。")["5个"] == "区域性物流中心"  # not 建成…: the clause's own verb
    got = claimed("今年五一假期，景区接待游客32万人次，带动周边餐饮消费2000万元。武汉市新建改造道路120公里；宜昌市推进老旧小区改造，惠及居民8万户。")
    assert (got["2000万元"], got["8万户"]) == ("带动周边餐饮消费", "惠及居民")  # visitors reach no one; nor another part's thing
    got = claimed("全市地区生产总值增长6.2%，带动新增城镇就业1.2万人。景区今年接待游客320万人次，带动村民就业320人。")
    assert (got["1.2万人"], got["320人"]) == ("带动新增城镇就业", "带动村民就业")  # no figure, time or count is a doer


def test_places_listed_before_respectively_take_what_they_did():
    text = "全年接待国内游客1.58亿人次，其中瑞金市、于都县分别接待3210万人次、2460万人次。"
    assert subject_of(text, "3210万人次") == "瑞金市接待" and subject_of(text, "2460万人次") == "于都县接待"
    text = "阜阳市、亳州市分别新增农村幸福院改造项目214个、187个。"
    assert subject_of(text, "187个") == "亳州市新增农村幸福院改造项目"
    assert subject_of("北京、上海分别增长5%、6%。", "6%") == "上海增长"  # a change: completed from the thing before, elsewhere


def test_a_place_that_ends_a_list_gives_the_others_no_tail():
    text = "邵阳市、怀化市、湘西土家族苗族自治州分别获得298.7亿元、276.4亿元、241.9亿元。"
    assert subject_of(text, "276.4亿元") == "怀化市获得"


def test_the_time_a_starting_level_held_is_no_part_of_the_subject():
    assert subject_of("村民往返县城的时间由过去的近2个小时缩短到50分钟。", "近2个小时") == "村民往返县城的时间"
    assert subject_of("平均办结时间由原来的7个工作日压缩至1个工作日。", "7个工作日") == "平均办结时间"


def test_a_place_listed_with_its_value_after_a_ranking_takes_the_measure_ranked_by():
    text = "分设区市看，地区生产总值居前五位的分别是南昌市7833.5亿元、赣州市4905.3亿元、九江市3878.4亿元。"
    assert [subject_of(text, n) for n in ("7833.5亿元", "3878.4亿元")] == ["南昌市地区生产总值", "九江市地区生产总值"]
    text = "排名前三的城市依次为黄山市21微克/立方米、池州市33微克/立方米。"  # no measure named: the item alone
    assert subject_of(text, "33微克/立方米") == "池州市"


def test_a_verb_alone_before_an_area_measures_the_area_it_names():
    text = "这座工厂是宁德时代在欧洲建设的第二座电池工厂，占地约221公顷，规划产能100吉瓦时。"
    assert subject_of(text, "约221公顷") == "占地面积"


def test_a_later_value_after_respectively_with_a_thing_of_its_own_takes_no_verb_of_the_first():
    text = "赣州、吉安分别种植脐橙50万亩、蜜柚30万亩。"
    assert subject_of(text, "50万亩").startswith("赣州种植脐橙") and "脐橙" not in subject_of(text, "30万亩")


def test_the_count_of_the_items_a_list_holds_is_no_figure_of_its_own():
    text = "广东、山东、江苏、河南、浙江5省案件查办数量居全国前五位，分别为1.28万件、1.05万件、9630件、8750件和7420件。"
    assert subject_of(text, "1.28万件") == "广东案件查办数量" and subject_of(text, "7420件") == "浙江案件查办数量"


def test_a_set_phrase_that_modifies_verbs_before_a_number_names_a_thing():
    text = "其中，一般性转移支付1908.6亿元，共同财政事权转移支付1021.3亿元。"
    assert subject_of(text, "1908.6亿元") == "一般性转移支付"


def test_a_list_of_values_after_a_naming_verb_with_no_ranking_takes_no_measure_from_a_word_with_ju():
    text = "城镇居民人均可支配收入分别为南昌市52000元、赣州市41000元。"
    assert subject_of(text, "41000元") != "赣州市城镇"


def test_a_verb_that_equates_or_requires_an_amount_names_no_area():
    assert subject_of("土地流转面积达到300亩，相当于200亩。", "200亩") != "相当于面积"


def test_a_measure_verb_inside_a_noun_jieba_reads_is_not_cut_off():
    assert subject_of("全省支持两重建设项目86个。", "86个") == "两重建设项目"  # not 项目
    assert subject_of("全省安排补助资金36.8亿元。", "36.8亿元") == "补助资金"  # 安排 stands apart: cut


def test_a_measure_reckoned_otherwise_or_of_the_whole_of_the_measure_before_takes_its_owner():
    assert subjects.complete("收支结余", "全省社会保险基金预算支出增长") == "全省社会保险基金预算收支结余"  # 收支: 收入 and 支出
    assert subjects.complete("付息支出", "地方政府一般债务还本支出") == "付息支出"  # a sibling measure, not the whole
    assert subjects.complete("竣工面积", "商品房施工面积") == "竣工面积"
    assert subjects.complete("二产增加值", "第一产业增加值") == "二产增加值"  # a thing of its own
    assert subjects.complete("支出总量", "地方政府一般债务还本支出") == "支出总量"  # a measure of its own, not a reckoning


def test_a_verb_of_having_after_its_owner_is_no_part_of_the_thing_counted():
    assert subject_of("这个中心设有托养床位46张。", "46张") == "中心托养床位"
    assert subject_of("该中心共有员工120名。", "120名") == "中心员工"
    assert subject_of("每千人拥有3岁以下婴幼儿托位数达到4.6个。", "4.6个") == "每千人拥有3岁以下婴幼儿托位数"  # an indicator's name
    assert subject_of("城镇居民每百户拥有家用汽车45辆。", "45辆") == "城镇居民每百户拥有家用汽车"
    assert subject_of("园区已建有标准厂房52万平方米。", "52万平方米").startswith("园区标准厂房")  # not 园区已…
    assert subject_of("全县现有养老机构32家。", "32家") == "养老机构"  # a scope, no owner: dropped as ever


def test_a_measure_before_a_count_of_its_units_is_what_the_count_measures():
    assert subject_of("公营房屋总建屋量约18.9万个单位。", "约18.9万个") == "公营房屋总建屋量"  # not 单位
    assert subject_of("全市建成5G基站2万个。", "2万个") == "5G基站"
    assert subject_of("重点抓好产品质量3个环节。", "3个") == "环节"  # no value of the measure: a list's count
    assert subject_of("规上工业增加值31个行业中有24个行业实现增长。", "31个") != "规上工业增加值"


def test_provinces_counted_with_the_aside_that_completes_them_are_those_that_do_what_follows():
    text = "已有22个省（区、市）签署基本养老保险基金委托投资合同。"
    assert subject_of(text, "22个") == "签署基本养老保险基金委托投资合同的省"
    assert subject_of("全国有22个省签署了委托投资合同。", "22个").endswith("的省")
    assert subject_of("全国31个省（区、市）。", "31个") == "省"  # nothing done: the units alone


def test_a_place_that_ends_like_an_adverb_keeps_its_name_as_owner():
    assert subject_of("成都现有A级旅游景区112家。", "112家") == "成都A级旅游景区"
    assert subject_of("私人住宅落成量共有1.5万个单位。", "1.5万个") == "私人住宅落成量"


@pytest.mark.parametrize("text,number,subject", [
    ("全市地区生产总值5.2万亿元、增长5.4%、高于全国0.4个百分点。", "0.4个百分点", "全市地区生产总值增速高于全国"),
    ("全区新能源汽车零售渗透率达到58.3%，高于全国平均水平约8个百分点。", "约8个百分点", "全区新能源汽车零售渗透率高于全国平均水平"),
    ("装备制造业、高技术制造业增加值分别增长10.9%和9.7%，分别快于全部规模以上工业4.4和3.2个百分点。", "4.4",
     "装备制造业增加值增速快于全部规模以上工业"),
    ("装备制造业增加值同比增长8.0%，高技术制造业增加值增长7.6%，分别快于全部规模以上工业2.9个和2.5个百分点。", "2.5个百分点",
     "高技术制造业增加值增速快于全部规模以上工业"),
])
def test_a_gap_in_points_after_a_comparison_is_between_the_rate_and_what_it_is_compared_with(text, number, subject):
    assert claimed(text)[number] == subject


def test_a_gap_in_points_over_a_time_is_the_change_alone():
    assert claimed("全市规模以上工业增加值同比增长7.8%，增速比1—9月加快0.2个百分点。")["0.2个百分点"] == "全市规模以上工业增加值增速加快"


@pytest.mark.parametrize("text,number,subject", [
    ("为期40天的2025年春运圆满结束。", "40天", "春运"),  # past the time that opens it, up to the event's verb
    ("开展为期一个月的安全生产专项整治行动。", "一个月", "安全生产专项整治行动"),
])
def test_a_length_of_time_measures_what_it_is_the_length_of(text, number, subject):
    assert claimed(text)[number] == subject


@pytest.mark.parametrize("text,number,subject", [
    ("目前全国已有1480个县实现县域统管。", "1480个", "实现县域统管的县"),  # jieba tags 县 zg, and 实现 ends a noun phrase
    ("全省已有56个县开展试点。", "56个", "开展试点的县"),
    ("全省共有16个市。", "16个", "全省"),  # no predicate: what stands before says more than the unit alone
])
def test_an_administrative_unit_counted_is_named_by_its_predicate(text, number, subject):
    assert claimed(text)[number] == subject


def test_a_sibling_with_a_distinguishing_word_takes_the_measure_before():
    claims = claimed("其中，三级医院病床使用率达92.4%，二级医院为73.5%，一级医院为52.8%。")
    assert (claims["73.5%"], claims["52.8%"]) == ("二级医院病床使用率", "一级医院病床使用率")


def test_a_part_by_residence_takes_the_wholes_measure_there():
    claims = claimed("全国居民消费价格同比下降0.1%，其中城市下降0.1%，农村下降0.3%。")
    assert claims["0.3%"] == "农村居民消费价格下降"
    assert claims["0.1%"] == "城市居民消费价格下降"  # the part's (the whole's 0.1% comes first, the dict keeps the last)
    reached = claimed("政府采购资金结算周期由30天缩短至10天，惠及中小企业1.2万家。")
    assert reached["1.2万家"] == "惠及中小企业"  # a period reaches no one: no 政府采购资金结算 as the doer
    counted = claimed("中欧班列通达欧洲26个国家229个城市。")
    assert counted["229个"] == "中欧班列通达城市"  # the cities counted after the number are no part of the countries before
    # (reached by the same verb, as the countries are)


@pytest.mark.parametrize("text,number,subject", [
    ("琼州海峡累计运送旅客218.6万人次、车辆51.3万辆次。", "51.3万辆次", "琼州海峡累计运送车辆"),  # the same verb's object
    ("全省新建学校3所、医院5个。", "5个", "全省新建医院"),
    ("实施清洁能源供暖工程22个、供氧工程13个。", "13个", "供氧工程"),  # 清洁能源 modifies the noun, no doer of 供暖
    ("全年城镇新增就业人数60万人、登记失业率3.5%。", "3.5%", "登记失业率"),  # a measure of its own
    ("全县新建日光温室1200座、灌溉设施300处。", "300处", "全县新建灌溉设施"),  # 灌溉 modifies the noun: the verb is shared
])
def test_a_noun_listed_after_a_claim_is_the_same_verbs_object(text, number, subject):
    assert claimed(text)[number] == subject


@pytest.mark.parametrize("text,number,subject", [
    ("按照每台20万元的标准给予奖励，单个小区奖励最高不超过100万元。", "不超过100万元", "单个小区奖励"),  # a cap, no standard
    ("按照每户5000元的标准给予一次性创业补贴，并按每吸纳1人2000元的标准给予带动就业补贴。", "2000元", "带动就业补贴标准"),
    ("全市网上零售额增长达12.1%。", "12.1%", "全市网上零售额"),  # 增长达: no 长达 to cut
    ("全市接待游客320万人次、人均消费1200元。", "1200元", "人均消费"),  # an average, no object of 接待
    ("全市居民消费价格同比上涨0.5%，其中食品价格下降1.2%，城市上涨0.4%。", "0.4%", "城市居民消费价格上涨"),  # the whole's
])
def test_what_the_session_rules_leave_alone_or_read_from_the_whole(text, number, subject):
    assert claimed(text)[number] == subject


def test_a_heading_that_tells_what_to_do_names_no_payment():
    claims = claimed("关于就业的通知\n一、落实各项就业补贴\n按每人1000元的标准给予补贴。\n二、技能提升补贴\n按每人800元的标准给予补贴。")
    assert (claims["1000元"], claims["800元"]) == ("补贴标准", "技能提升补贴标准")


@pytest.mark.parametrize("text,number,subject", [
    ("福建省消防救援总队从福州等6个支队调派460名指战员跨区增援闽北。", "460名", "指战员"),
    ("省防指向南平、三明等地派出5个工作组督导检查。", "5个", "工作组"),
    ("县里组织了160多名农技人员下沉到19个乡镇。", "160多名", "农技人员"),
    ("全市18名干部受到表彰。", "18名", "受到表彰的干部"),  # no verb sends them: what they did names them
])
def test_those_a_verb_sends_out_are_counted_without_what_they_were_sent_for(text, number, subject):
    assert claimed(text)[number] == subject


@pytest.mark.parametrize("text,number,subject", [
    ("全市社会消费品零售总额增长5%；居民消费价格上涨1.5%，其中城市上涨1.2%。", "1.2%", "城市居民消费价格上涨"),
    ("户籍人口58.3万人，常住人口52.1万人，其中城镇28.6万人。", "28.6万人", "城镇常住人口"),  # the claim before 其中
    ("按每吸纳1人2000元的标准给予带动就业补贴，最高不超过5万元。", "不超过5万元", "带动就业补贴"),  # a cap, no standard
])
def test_a_part_or_a_cap_takes_the_right_whole(text, number, subject):
    assert claimed(text)[number] == subject


def test_a_heading_with_a_verb_of_the_payments_own_name_names_it():
    claims = claimed("关于就业的通知\n一、培训补贴\n按每人800元的标准给予补贴。\n二、提高养老服务补贴\n按每人300元的标准给予补贴。")
    assert (claims["800元"], claims["300元"]) == ("培训补贴标准", "补贴标准")


@pytest.mark.parametrize("text,number,subject", [
    ("组织500名志愿者和社区工作者参与服务。", "500名", "志愿者和社区工作者"),  # a pair of those sent, to the last
    ("居民消费价格比上年上涨0.3%，涨幅比上年回落1.7个百分点，其中城市上涨0.2%。", "0.2%", "城市居民消费价格上涨"),  # in its unit
    ("对创业者给予创业补贴，创业补贴标准最高不超过1万元。", "不超过1万元", "创业补贴标准"),  # the text says 标准
])
def test_third_review_cases(text, number, subject):
    assert claimed(text)[number] == subject


def test_an_indicator_that_jieba_splits_into_a_verb_and_a_noun_stays_one_noun_phrase():
    got = claimed("全省R&D经费投入强度为2.61%，比上年提高0.07个百分点。研发投入强度提升至1.8%。")
    assert (got["2.61%"], got["0.07个百分点"], got["1.8%"]) == ("全省R&D经费投入强度", "全省R&D经费投入强度提高", "研发投入强度")


def test_a_verbs_clause_before_the_noun_it_qualifies_is_part_of_what_is_counted():
    got = claimed("R&D经费投入强度超过全省平均水平的市州有3个。研发经费超过全省平均水平的市州有4个。")
    assert (got["3个"], got["4个"]) == ("R&D经费投入强度超过全省平均水平的市州", "研发经费超过全省平均水平的市州")
    assert claimed("安排中央财政的补助资金300亿元。")["300亿元"] == "中央财政的补助资金"  # no noun before the verb: cut


def test_an_amount_a_share_names_as_its_base_measures_the_base_and_the_share_is_of_it():
    got = claimed("安徽累计发行新增专项债券2056.3亿元，占财政部下达安徽全年新增专项债券额度2197亿元的93.6%。")
    assert got["2197亿元"] == "财政部下达安徽全年新增专项债券额度"
    assert got["93.6%"] == "安徽累计发行新增专项债券占财政部下达安徽全年新增专项债券额度"
    assert claimed("全市规上工业增加值增长6%，占全省的12%。")["12%"] == "全市规上工业增加值占全省"  # no amount named
    scoped = claimed("全省粮食总产量达到1390亿斤，占全国13908亿斤的10%。")
    assert (scoped["13908亿斤"], scoped["10%"]) == ("全国粮食总产量", "全省粮食总产量占全国")  # a base that is a scope alone


def test_a_count_after_a_verb_of_level_is_the_value_of_the_measure_named_before_it():
    got = claimed("公营房屋供应目标为308 000个单位。全市公租房总量达到3万个单位。全市建成5000个充电桩。")
    assert (got["308 000个"], got["3万个"]) == ("公营房屋供应目标", "全市公租房总量")
    assert got["5000个"] in ("充电桩", "建成充电桩")  # a verb of doing: what it built (jieba reads 充电桩 whole with the policy terms)


def test_the_thing_a_frame_holds_up_as_an_example_owns_the_figures_after_it():
    got = claimed("以常用降脂药阿托伐他汀钙片为例，集采前每片约3.6元。以博力威公司为例，出口占比从近八成降至一半。")
    assert (got["约3.6元"], got["近八成"]) == ("常用降脂药阿托伐他汀钙片", "博力威公司出口占比")


def test_a_count_after_a_description_and_its_的有_is_those_of_the_whole_it_describes():
    got = claimed("第九批中选药品中，降价幅度在50%至80%之间的有23种，降价幅度超过80%的有9种。")
    assert (got["23种"], got["9种"]) == ("降价幅度在50%至80%之间的第九批中选药品", "降价幅度超过80%的第九批中选药品")
    listed = claimed("我省在全国占比超过10%的有44种、超过20%的有23种。参加培训的有1200人。")
    assert (listed["23种"], listed["1200人"]) == ("我省在全国占比超过20%的", "参加培训的")  # the first's measure; no whole
    none = claimed("这其中，年营业收入超过10亿元的有15家。本次抽查中，不合格的有12批次。全县三百余名驻村干部中，获得省级表彰的有26人。"
                   "新认定的省级重点实验室中，涉及新能源、新材料、生物医药领域的有15家。")
    assert (none["15家"], none["12批次"], none["26人"]) == ("涉及新能源、新材料、生物医药领域的新认定的省级重点实验室", "不合格的", "获得省级表彰的")
    each = claimed("全省在校学生中，家庭经济困难的有3.2万人、享受国家助学金的有2.8万人。项目实施过程中，已完工的有35个。")
    assert (each["2.8万人"], each["35个"]) == ("享受国家助学金的全省在校学生", "已完工的")  # its own description; a stretch of time
    inner = claimed("营业收入超过1亿元的有45家、涉及新能源、新材料领域的有62家。")
    assert inner["62家"] == "涉及新能源、新材料领域的"  # split after the count before it, not at a 、 of its own


def test_a_level_verb_counts_a_measure_only_where_the_items_noun_closes_the_clause():
    got = claimed("省人社厅今年计划为5万名农民工提供免费技能培训。计划是6万个学位，今年已新增2.1万个。")
    assert got["5万名"] == "提供免费技能培训的农民工" and got["6万个"] == "学位"  # 为 for whom; 是 names the item


@pytest.mark.parametrize("text, number, subject", [
    ("结算周期由原来的30天以上缩短至10个工作日以内。", "30天以上", "结算周期"),  # jieba tags 周期 a time word
    ("项目工期由36个月压缩至30个月。", "30个月", "项目工期"),
])
def test_a_period_named_before_its_values_is_their_measure(text, number, subject):
    assert subject_of(text, number) == subject


def test_a_count_framed_by_a_locative_measures_what_is_named_before_it():
    assert subject_of("预计旅客吞吐量在7000万至7500万人次之间。", "7000万至7500万人次") == "旅客吞吐量"
    assert subject_of("全省10个东部城市增长较快。", "10个").endswith("东部城市")  # a locative that opens a noun stays
    assert subject_of("形成5个前后衔接的工作环节。", "5个") == "前后衔接的工作环节"  # and one a modifier goes on from


def test_a_clause_that_opens_with_last_years_season_as_its_baseline_measures_the_sentences_change():
    from helpers import extract, ingest  # the whole document: the change's measure is completed from the claim before it
    text = ("全社会跨区域人员流动量达95亿人次左右，比去年春运增长约4%。全市接待游客120万人次，较去年清明假期增长8%。"
            "全国高速公路服务区建成充电桩4.1万个，较“十四五”初期增长约3倍。")
    got = {q["text"]: q["subject"] for q in extract.extract_document(ingest.build("t", "t", text, "utf-8", b""))["quantities"]}
    assert got["约4%"] == "全社会跨区域人员流动量增长"
    assert got["8%"] == "全市接待游客增长"
    assert got["约3倍"] == "全国高速公路服务区建成充电桩增长"
    fewer = {q["text"]: q["subject"] for q in extract.extract_document(ingest.build("t", "t", "出生人口902万人，比上年减少54万人。"
             "粮食总产量1340亿斤，较上年单产提高1.1%。", "utf-8", b""))["quantities"]}
    assert (fewer["54万人"], fewer["1.1%"]) == ("出生人口减少", "粮食单产提高")  # no season: the baseline as before


@pytest.mark.parametrize("text, number, subject", [
    # a modal verb or an adverb between the measure and its verb says how the value holds, not what it measures
    ("全社会跨区域人员流动量预计达95亿人次左右。", "95亿人次左右", "全社会跨区域人员流动量"),
    ("国内电解槽单堆功率普遍在1兆瓦以下。", "1兆瓦以下", "国内电解槽单堆功率"),
    ("五年期通胀预期为3.0%。", "3.0%", "五年期通胀预期"),  # 预期 a noun here: not cut
    ("今年我国经济增长有望达到5%。", "5%", "经济增长有望"),  # after a change the modal stays, and so does the change
])
def test_a_modal_or_an_adverb_before_the_verb_is_no_part_of_the_subject(text, number, subject):
    assert subject_of(text, number) == subject


@pytest.mark.parametrize("text, number, subject", [
    ("首台兆瓦级样机在大连长兴岛经济技术开发区完成72小时满负荷考核运行。", "72小时", "首台兆瓦级样机"),
    ("公司在泰国罗勇府投资约2.3亿美元建设首个海外生产基地。", "约2.3亿美元", "公司投资"),  # the name goes on past the gazetteer
    ("全省在建项目1200个。", "1200个", "全省在建项目"),  # 在建 is no 在 of a place
    ("游客在三亚人均消费5900元。", "5900元", "游客在三亚人均消费"),  # 人均 is no more of the place's name: kept whole
])
def test_where_the_thing_did_it_is_no_part_of_the_subject(text, number, subject):
    assert subject_of(text, number) == subject


@pytest.mark.parametrize("text, value, subject", [
    ("十年期总房屋供应目标维持为440000个单位，公私营房屋新供应比例维持70:30。", "440000个", "十年期总房屋供应目标"),
    ("十年期总房屋供应目标维持为440000个单位，公私营房屋新供应比例维持70:30。", "70:30", "公私营房屋新供应比例"),
    ("全市粮食产量维持在1200万吨以上。", "1200万吨以上", "全市粮食产量"),
])
def test_a_level_held_by_maintaining_it_is_the_measures(text, value, subject):
    assert subject_of(text, value) == subject  # 维持 frames the value as 保持 does


def test_a_full_width_space_sets_a_headlines_clauses_apart():
    text = "各级各类学历教育在校生628.3万人\u3000高等教育毛入学率达62.3%"
    assert subject_of(text, "628.3万人") == "各级各类学历教育在校生"
    assert subject_of(text, "62.3%") == "高等教育毛入学率"


def test_a_full_width_space_before_a_headlines_noun_ends_the_phrase():
    assert subject_of("全国教育事业发展统计公报发布\u3000在校生2.93亿人", "2.93亿人") == "在校生"
    assert subject_of("新建示范村86个\u3000培育家庭农场1260家", "1260家") == "培育家庭农场"


@pytest.mark.parametrize("text, value, subject", [
    ("地区生产总值\u30001260.5亿元\u3000增长6.2%", "1260.5亿元", "地区生产总值"),  # a label and its value
    ("年末户籍人口\u300086.2万人\u3000减少0.3万人", "0.3万人", "户籍人口86.2万人减少"),  # a value, then its change
    ("全年一般公共预算收入\u3000预计完成126.8亿元", "126.8亿元", "一般公共预算收入"),  # a verb after the space
])
def test_a_full_width_space_before_no_noun_ends_nothing(text, value, subject):
    assert subject_of(text, value) == subject


def test_school_levels_and_education_indicators_are_nouns():
    assert subject_of("全省共有初中2048所，招生39.4万人。", "2048所") == "初中"
    assert subject_of("专任教师14.2万人，生师比为15.1∶1。", "15.1∶1") == "生师比"


def test_a_body_named_with_an_aside_is_no_part_of_the_subject():
    assert subject_of("哈尔滨工业大学（深圳）今年招收本科生1200人。", "1200人") == "招收本科生"


def test_items_that_drive_anothers_change_take_the_whole_predicate():
    got = claimed("最终消费支出、资本形成总额分别拉动经济增长3.0个和1.5个百分点。")
    assert got["1.5个百分点"] == "资本形成总额拉动经济增长"  # not the items' own growth
    got = claimed("旅游和会展分别带动全市社会消费品零售总额增长1.8和0.9个百分点。")
    assert got["0.9个百分点"] == "会展"  # too long a predicate to name: none, rather than the items' own growth
    assert claimed("全市出口、进口分别实现增长8.1%和3.2%。")["3.2%"] == "全市进口增长"  # 实现 frames the change
    assert claimed("原煤、原油产量分别比上年增长7.1%、3.2%。")["3.2%"] == "原油产量增长"  # the baseline is no predicate


def test_a_change_after_a_share_is_the_things_own_not_a_change_of_the_share():
    got = claimed("一季度，义乌出口1047.6亿元，占出口总值的67%；对非洲、拉丁美洲出口分别增长28.9%和24.1%。")
    assert (got["67%"], got["28.9%"], got["24.1%"]) == ("义乌出口占出口总值", "非洲出口增长", "拉丁美洲出口增长")
    got = claimed("第一产业增加值占地区生产总值的比重为16.3%，第二产业为35.5%。")
    assert got["35.5%"] == "第二产业增加值占地区生产总值的比重"  # no change of its own: the same share of the sibling


def test_an_amount_measures_the_payment_named_after_it_for_whom_the_clause_names_after_dui():
    got = claimed("对经评定的普惠性托育机构，按照实际收托婴幼儿数量，每人每年给予3000元运营补助。"
                  "对用人单位举办的职工福利性托育点，按每个托位5000元给予一次性补助。")
    assert (got["3000元"], got["5000元"]) == ("普惠性托育机构运营补助", "职工福利性托育点一次性补助")
    assert claimed("寿光市财政对新建改造高标准大棚每个给予2万元补助。")["2万元"] == "新建改造高标准大棚补助"  # not 每个
    assert claimed("县财政对企业新建研发机构最高给予500万元奖励。")["500万元"] == "企业新建研发机构奖励"  # not 最高
    assert claimed("全年发放就业补助资金闲置1.07亿元。")["1.07亿元"] != "补助资金闲置"  # no payment named after it
    assert claimed("青岛对每张家庭养老床位给予3000元的一次性建设补贴。")["3000元"] == "家庭养老床位一次性建设补贴"
    assert claimed("对新开通的汽车滚装航线按每航次给予最高20万元补助。")["最高20万元"] == "汽车滚装航线补助"  # not 按每航次
    assert claimed("对报废旧车并购买新车的，给予2万元补贴。")["2万元"] == "报废旧车并购买新车的补贴"  # a condition, once
    assert claimed("对照省里标准，给予特岗教师3000元一次性补助。")["3000元"] == "一次性补助"  # 对照 names no payee
    got = claimed("对获得金牌的运动员，给予50万元奖励，其教练员给予25万元奖励。")
    assert got["50万元"] == "运动员奖励" and got["25万元"] != "运动员奖励"  # the 对's payee was paid already
    got = claimed("青岛对每张家庭养老床位给予3000元的一次性建设补贴，并按照失能等级，每月给予300元至600元的运营补贴。")
    assert got["300元至600元"] == "家庭养老床位运营补贴"  # the same payee's second payment
    text = "对家庭养老床位，按照每张3000元的标准给予一次性建设补贴，并根据评估结果给予每张每月200元的运营补贴。"
    assert claimed(text)["200元"] == "家庭养老床位运营补贴"  # 根据's object is no payee
    text = "对年龄在35周岁以下的全日制博士研究生，给予30万元购房补贴。"  # an age in the relative clause
    assert claimed(text)["30万元"] == "全日制博士研究生购房补贴"
    assert claimed("对获得5A等级的社会组织给予10万元资助。")["10万元"] == "社会组织资助"  # 组织, a noun jieba calls a verb
    assert claimed("对年销售额首次突破1亿元的企业给予一次性奖励。")["突破1亿元"] == "年销售额"  # a threshold, no payment
    assert "奖励" not in claimed("县里将拿出500万元进行奖励。")["500万元"]  # money spent on rewards
    assert "贴息" not in claimed("县里安排800万元用作创业担保贷款贴息。")["800万元"]
    got = claimed("对受灾群众逐户核查后，A类农户给予5000元补助。")  # the clause's own payee; 对's words a topic
    assert got["5000元"] == "A类农户补助"
    text = "对新认定的国家级专精特新“小巨人”企业给予50万元奖补。"  # 特新, which jieba guesses an adverb, is a name's
    assert claimed(text)["50万元"] == "国家级专精特新“小巨人”企业奖补"
    text = "对全职引进的博士研究生，用人单位给予每人10万元安家补贴。"  # 用人单位 gives
    assert claimed(text)["10万元"] == "博士研究生安家补贴"
    assert claimed("县委对产业发展十分重视，每个村给予20万元产业发展补助。")["20万元"] == "产业发展补助"  # no payee
    got = claimed("对新认定的科技企业孵化器，市财政一次性给予100万元奖励。")  # 市财政 gives: 对 names the payee
    assert got["100万元"] == "科技企业孵化器奖励"
    assert claimed("各市县对新增规上企业给予10万元奖励。")["10万元"] == "新增规上企业奖励"  # 对 in the clause itself


def test_a_held_things_subject_leaves_out_the_quotation_mark_before_it():
    text = "鄭綺雯說：「一般申請者的平均輪候時間已連續六個季度回落。隨着大量單位落成，輪候時間將縮短。」"
    assert claimed(text)["六個季度"] == "一般申請者的平均輪候時間連續回落"
    assert claimed("“三公”经费连续13年只减不增。")["13年"] == "“三公”经费连续只减不增"  # a quoted name keeps its marks


def test_a_count_of_places_reached_is_of_what_reaches_them_and_its_verb():
    got = claimed("长沙工程机械产品远销170多个国家和地区。外籍旅客来自80多个国家和地区。")
    assert (got["170多个"], got["80多个"]) == ("长沙工程机械产品远销国家和地区", "外籍旅客来自国家和地区")
    got = claimed("寿光蔬菜产品出口日本、韩国、新加坡等40多个国家和地区。")  # the places listed between
    assert got["40多个"] == "寿光蔬菜产品出口国家和地区"
    assert claimed("菜博会吸引了50多个国家和地区的客商参会。")["50多个"] != "菜博会吸引了国家和地区"  # the buyers' countries
    assert claimed("中国联通5G网络已覆盖全省21个城市。")["21个"] == "中国联通5G网络覆盖城市"  # 5G, a name's digit
    assert claimed("今年以来，义乌小商品远销全球230多个国家和地区。")["230多个"] == "义乌小商品远销国家和地区"
    assert claimed("全省有进出口实绩的企业分布在11个城市。")["11个"] == "城市"  # 分布在: 出口 is in a noun
    assert claimed("春节期间，入境游客来自80多个国家和地区。")["80多个"] == "入境游客来自国家和地区"  # no time
    text = "“我们的产品已经出口到东南亚8个国家。”公司董事长说。"  # the quotation's mark is no part of it
    assert claimed(text)["8个"] == "我们的产品出口到国家"
    assert claimed("“青字号”农产品远销54个国家和地区。")["54个"] == "“青字号”农产品远销国家和地区"  # a quoted name's
    assert claimed("“这几年，咱们的游客来自全国28个省份，”他说。")["28个"] == "咱们的游客来自省份"  # not 这几年，


def test_values_in_brackets_after_ranked_items_measure_what_the_ranking_names():
    text = "截至9月底，每万人口高价值发明专利拥有量居前五位的省（区、市）依次为北京（162.5件）、上海（61.8件）、江苏（38.6件）。"
    view, q, ctx = sentence(text, "61.8件")
    assert subjects.ranked_measure(view, q, ctx) == "上海每万人口高价值发明专利拥有量"
    view, q, ctx = sentence("出口额排名前五的贸易伙伴依次为美国（5246亿美元）、日本（1521亿美元）和韩国（1465亿美元）。", "1465亿美元")
    assert subjects.ranked_measure(view, q, ctx) == "韩国出口额"  # the item that is no place keeps its name
    view, q, ctx = sentence("全省新建学校（12所）、医院（8所）。", "8所")
    assert subjects.ranked_measure(view, q, ctx) == ""  # no ranking


def test_a_measure_after_a_count_of_the_same_things_names_them_once():
    got = claimed("新型政策性金融工具已全部投放完毕，支持项目2005个，项目总投资约7万亿元。")
    assert got["约7万亿元"] == "项目总投资"


def test_a_name_that_holds_a_number_is_no_count_before_a_relative_clause():
    got = claimed("今年省两会确定的10项民生实事，上半年已下达资金20亿元。")
    assert got["10项"] == "省两会确定的民生实事"


def test_a_place_after_the_relative_clause_s_verb_is_its_object_s():
    got = claimed("此外，对纳入上海市新药新技术目录的126个项目，三年内可以不受病种支付标准限制。")
    assert got["126个"] == "纳入上海市新药新技术目录的项目"


@pytest.mark.parametrize("text, number, subject", [
    ("今年大豆长势好，亩产能达到380斤。", "380斤", "亩产"),
    ("电堆负荷可在5%至150%之间调节。", "5%至150%", "电堆负荷"),
    ("今年亩产预计能到380斤左右。", "380斤左右", "亩产"),
    ("全部达产后可新增年产能60吉瓦时。", "60吉瓦时", "全部达产后可新增年产能"),  # 产能: capacity, one word
])
def test_a_one_character_modal_at_a_measure_s_end_is_cut_where_jieba_reads_it_alone(text, number, subject):
    assert claimed(text)[number] == subject


def test_a_meeting_jieba_reads_apart_from_its_kind_keeps_its_hui():
    got = claimed("今年以来，累计召开产业链对接会12场，组织项目推进会24次。")
    assert got["12场"].endswith("对接会") and got["24次"].endswith("推进会")


@pytest.mark.parametrize("text, number, expected", [
    ("汀江干流鱼类由2016年的42种恢复至61种。", "42种", "汀江干流鱼类"),
    ("村里的民宿从2家发展到23家。", "2家", "村里的民宿"),
    ("客房从8间增加到约20间。", "8间", "客房"),
])
def test_a_verb_that_takes_a_count_to_its_next_level_is_no_thing_counted(text, number, expected):
    assert subject_of(text, number) == expected  # (恢复 of 42种|恢复至61种 is what the fish did, not what was counted)


def test_a_count_names_the_verb_after_it_where_no_level_follows():
    assert subject_of("9部精品力作获国家级文艺大奖。", "9部") == "获国家级文艺大奖的精品力作"


@pytest.mark.parametrize("text, subject", [
    ("全市公租房平均轮候时间为5.1年，较六月底的5.3年缩短0.2年。", "全市公租房平均轮候时间缩短"),
    ("一般申請者的平均輪候時間為5.2年，較去年同期的5.6年縮短0.4年。", "一般申請者的平均輪候時間縮短"),  # as printed
    ("全市人均预期寿命达到79.2岁，比上年延长0.4岁。", "全市人均预期寿命延长"),
])
def test_a_time_cut_or_lengthened_is_a_change_of_the_time_before(text, subject):
    assert list(claimed(text).values())[-1] == subject


@pytest.mark.parametrize("text, number", [
    ("今年全市抽调机关干部600人，其中200名下沉至86个村。", "200名"),
    ("园区内污染企业共15家，其中8家搬迁至3公里外的化工园区。", "8家"),
])
def test_a_verb_that_takes_a_part_to_a_count_of_something_else_stays_its_subject(text, number):
    assert claimed(text)[number].endswith(("下沉", "搬迁"))  # 86个村 is where they went, no level of theirs


def test_another_level_after_a_levels_measure_is_that_levels_measure_without_its_change():
    got = claimed("分级次看，省级一般公共预算收入602.8亿元，增长4.1%；市县级2080.7亿元，增长2.6%。")
    assert (got["2080.7亿元"], got["2.6%"]) == ("市县级一般公共预算收入", "市县级一般公共预算收入增长")
    assert claimed("省级一般公共预算支出1200亿元，增长5%；市县级6800亿元。")["6800亿元"] == "市县级一般公共预算支出"


def test_a_comparable_basis_is_no_subject_of_the_change_it_qualifies():
    assert claimed("全省一般公共预算收入2683.5亿元，同口径增长2.9%。")["2.9%"] == "全省一般公共预算收入增长"


def test_a_concentration_is_a_measure_a_sibling_place_takes():
    got = claimed("太湖湖体总磷浓度控制在0.06毫克/升以内，巢湖控制在0.07毫克/升以内。")
    assert got["0.07毫克/升以内"] == "巢湖湖体总磷浓度"


def test_a_scale_is_no_level_of_government_whose_measure_a_sibling_takes():
    got = claimed("国家级专精特新企业数量实现翻番，培育形成3个万亿级和7个千亿级产业集群。")
    assert "企业数量" not in got["3个"]


def test_a_name_in_latin_letters_with_digits_is_part_of_the_noun_after_a_count():
    assert subject_of("与上年相比，14个市州中有12个PM2.5浓度下降。", "12个").startswith("PM2.5浓度")
    assert subject_of("全市建成5G基站1.2万个。", "1.2万个") == "5G基站"


def test_those_counted_that_do_something_at_a_place_are_named_by_what_they_do():
    assert subject_of("今年共有3.3万名跑者竞逐太湖之滨。", "3.3万名") == "竞逐太湖之滨的跑者"


@pytest.mark.parametrize("text, number, subject", [
    ("规模以上工业增加值同比增长5.9%，较上年同期高0.3个百分点。", "0.3个百分点", "规模以上工业增加值"),
    ("全市过夜游客人均花费约1450元，较去年同期多85元。", "85元", "全市过夜游客人均花费"),
    ("金融机构本外币各项存款余额较上年末增长8.1%。", "8.1%", "金融机构本外币各项存款余额增长"),
    ("贷款余额比上年末增长9.2%。", "9.2%", "贷款余额增长"),
])
def test_the_same_period_of_last_year_is_a_baseline_whole(text, number, subject):
    assert claimed(text)[number] == subject  # 较上年同期: not 同期高, a baseline cut after its year


@pytest.mark.parametrize("text, number, subject", [
    ("较低安全风险园区占比由上年的71%提高到83.9%。", "71%", "较低安全风险园区占比"),
    ("常住人口由上年729万人增加到732万人。", "729万人", "常住人口"),
    ("失业率从上年的5.6%降至2.9%。", "2.9%", "失业率"),
    ("固定资产投资增速由一季度的3.2%提高到5.1%。", "3.2%", "固定资产投资增速"),
    ("城乡居民收入比由年初的2.3缩小到2.26。", "2.26", "城乡居民收入比"),  # 收入比 a word, no 比 of comparison
    ("达格列净片每盒价格由集采前的96.5元降至8.9元。", "96.5元", "达格列净片每盒价格"),
    ("办件时间由改革前的15个工作日压缩至3个工作日。", "15个工作日", "办件时间"),
    ("从业人员由改制前的300人减少到200人。", "300人", "从业人员"),  # not 从 of 从业 up to 前的
])
def test_the_period_a_change_starts_from_is_no_part_of_its_measure(text, number, subject):
    assert claimed(text)[number] == subject


def test_a_share_of_a_target_with_its_amount_is_the_targets_of_the_thing_before_and_a_change_after_it_the_things():
    got = claimed("1至9月，全省城镇新增就业38.6万人，完成年度目标任务40万人的96.5%，较上年同期多增1.2万人。")
    assert (got["96.5%"], got["1.2万人"]) == ("全省城镇新增就业年度目标任务", "全省城镇新增就业")


def test_a_regions_amount_after_a_share_takes_the_measure_of_the_last_regions_amount():
    got = claimed("分地区看，东部地区新增减税降费及退税11356亿元，占比52.9%；中部地区4512亿元，同比增长8.3%；西部地区4273亿元。")
    assert (got["4512亿元"], got["4273亿元"]) == ("中部地区新增减税降费及退税", "西部地区新增减税降费及退税")
    assert got["8.3%"] == "中部地区新增减税降费及退税同比增长"


def test_a_charging_pile_is_a_thing_counted_not_a_verb_and_its_classifier():
    assert claimed("截至今年3月底，全市建成充电桩2.36万个。")["2.36万个"] == "充电桩"  # jieba: 充电/v 桩/q


def test_figures_after_a_colon_that_name_nothing_are_of_the_thing_the_clause_before_it_says_changes():
    got = claimed("挂靠码头的国际航线随之增加：2016年只有9条，如今已有23条。")
    assert got["9条"] == got["23条"] == "挂靠码头的国际航线"
    assert claimed("他说：“2016年只有9条，如今已有23条。”")["9条"] == ""  # speech: no thing before its colon



def test_the_money_a_verb_of_disbursing_gives_is_the_noun_after_it():
    assert claimed("县财政紧急下拨救灾资金1860万元。")["1860万元"] == "救灾资金"



def test_a_figure_of_a_parallel_run_of_units_is_its_items_measure_of_that_unit():
    got = claimed("东部地区实现利润2.1万亿元，有企业18万家；中部地区6000亿元，8万家。")
    assert (got["6000亿元"], got["8万家"]) == ("中部地区实现利润", "中部地区有企业")
    got = claimed("全市A级景区接待游客860万人次，门票收入3.2亿元；乡村旅游点接待游客210万人次，0.6亿元。")
    assert got["0.6亿元"] == "乡村旅游点门票收入"  # the item's, not the A级景区's


def test_land_supplied_by_allocation_keeps_its_kind():
    got = claimed("其中划拨用地3000亩，出让用地9000亩。")
    assert got["3000亩"].startswith("划拨用地")  # 划拨 names a kind of land supply here, no act of disbursing


@pytest.mark.parametrize("text, number, subject", [
    ("单个项目补助比例原则上不超过项目总投资的30%。", "30%", "单个项目补助比例"),
    ("撬动社会资本投资不低于基金规模的2倍。", "2倍", "撬动社会资本投资"),
])
def test_a_share_bounded_by_a_base_it_names_is_of_what_the_bound_holds_for(text, number, subject):
    assert claimed(text)[number] == subject  # not …不超过项目总投资: the bound and its base, which 的 closes


@pytest.mark.parametrize("text, number, subject", [
    ("资助面为全省普通高校全日制本专科在校生的3.3%左右。", "3.3%左右", "资助面"),
    ("监管企业利润总额为“十三五”时期的2.2倍。", "2.2倍", "监管企业利润总额"),
    ("外资企业数量是全省的10%。", "10%", "外资企业数量"),
])
def test_a_share_stated_with_a_copula_and_its_base_is_of_what_comes_before_the_copula(text, number, subject):
    assert claimed(text)[number] == subject


@pytest.mark.parametrize("text, number, subject", [
    ("以高新技术企业为龙头的产业集群产值占全市工业总产值的35.2%。", "35.2%", "高新技术企业为龙头的产业集群产值占全市工业总产值"),
    ("全市特别是高新区的有效发明专利拥有量占全市总量的61.4%。", "61.4%", "全市特别是高新区的有效发明专利拥有量占全市总量"),
    ("资助面约为全省在校生的22%。", "22%", "资助面"),
    ("全县规模以上工业增加值为全市的11.2%。", "11.2%", "全县规模以上工业增加值"),  # 以上 opens no 以…为
])
def test_a_copula_inside_a_modifier_before_a_share_verb_is_no_copula_of_the_share(text, number, subject):
    assert claimed(text)[number] == subject  # (以…为…的, 特别是, …占: the share's verb comes later; 约为: the adverb goes)


def test_every_body_of_a_kind_named_as_a_group_stays_in_what_is_measured():
    assert claimed("全省农商银行各项贷款余额突破2.1万亿元。")["突破2.1万亿元"].startswith("全省农商银行")


def test_units_under_a_body_named_by_their_kind_alone_stay_in_the_subject_and_a_bound_group_keeps_its_bound():
    assert "所属企业" in claimed("省国资委所属企业上半年实现营业收入3260亿元。")["3260亿元"]  # no body named after them
    assert claimed("年收入超过10万元的农户占全部农户的35%。")["35%"].startswith("年收入超过10万元的农户")  # the group


def test_the_same_item_going_on_in_a_parallel_run_takes_the_earlier_measure_of_the_unit():
    got = claimed("全市进出口总额1200亿元，货物吞吐量3.1亿吨；比上年增长180亿元，0.4亿吨。")
    assert got["0.4亿吨"] == "货物吞吐量"  # not the yuan total's


def test_a_length_framed_by_weiqi_is_the_length_of_the_whole_noun_after_it():
    assert subject_of("公司已与全县合作社签订为期3年的保底收购协议。", "3年") == "保底收购协议"  # a verb inside the noun
    assert subject_of("为期40天的2025年春运圆满结束。", "40天") == "春运"  # what it did, left out


def test_counted_things_keep_no_predicate_cut_short_by_a_number_of_its_own():
    assert subject_of("公司已与全县23家企业签订为期3年的保底收购协议。", "23家") == "企业"
    assert subject_of("全省30家企业营业收入增长15%。", "30家") == "企业营业收入"  # the noun's measure stays


def test_verbs_listed_after_the_counted_noun_are_what_they_do():
    assert subject_of("初冬时节，50多名村民正忙着采摘、分拣、装箱。", "50多名") == "村民"
    assert subject_of("50多名村民正忙着采摘。", "50多名") == "正忙着采摘的村民"  # a set phrase with 着 opens a predicate
    assert subject_of("全省18.8万个基层党组织、376万名党员参与防汛救灾。", "18.8万个") == "参与防汛救灾的基层党组织"


def test_the_currency_an_amount_is_written_in_is_no_part_of_its_subject():
    assert subject_of("法院判处汪某有期徒刑三年，并处罚金人民币60万元。", "60万元") == "处罚金"
    assert subject_of("公司投资人民币5亿元建设新厂。", "5亿元") == "公司投资"


def test_each_value_after_respectively_is_the_measure_of_the_item_named_right_before_it():
    got = claimed("标题\n\n各设区市优良天数比例分别为：南昌市88.2%、景德镇市97.1%、萍乡市90.5%。")
    assert (got["88.2%"], got["97.1%"], got["90.5%"]) == ("南昌市优良天数比例", "景德镇市优良天数比例", "萍乡市优良天数比例")
    got = claimed("标题\n\n各市地区生产总值分别为南昌市8000亿元、九江市4000亿元。")  # 各市 is the class, 地区 no part of it
    assert (got["8000亿元"], got["4000亿元"]) == ("南昌市地区生产总值", "九江市地区生产总值")
    assert claimed("标题\n\n北京、上海参保人数分别为120万人、130万人。")["130万人"] == "上海参保人数"  # the items before 分别


def test_a_ranking_in_turn_gives_its_measure_without_the_order_it_ranks_by():
    got = claimed("标题\n\nPM2.5平均浓度由低到高排名前三位的依次为：景德镇市（22.4微克/立方米）、赣州市（23.1微克/立方米）。")
    assert (got["22.4微克/立方米"], got["23.1微克/立方米"]) == ("景德镇市PM2.5平均浓度", "赣州市PM2.5平均浓度")


def test_a_percentage_before_a_target_is_the_value_of_the_measure_named_before_it():
    assert subject_of("对乌兹别克斯坦实现到2030年可再生能源发电占比40%的目标意义重大。", "40%") == "可再生能源发电占比"
    assert subject_of("实现全年经济增长5%的目标。", "5%") == "经济增长"
    assert subject_of("大家关心今年所设定的6%的目标能不能实现。", "6%") == "目标"  # a clause before it names no measure


def test_a_rank_in_what_the_counted_things_entered_is_no_number_of_their_own():
    assert subject_of("9所高职学校入选第二轮国家“双高计划”。", "9所") == "入选第二轮国家“双高计划”的高职学校"
    assert subject_of("28个制造业中试平台入选全国首批重点培育名单。", "28个") == "入选全国首批重点培育名单的制造业中试平台"



def test_a_wastes_rate_of_use_listed_after_its_amount_is_that_wastes():
    got = claimed("标题\n\n2024年全省一般工业固体废物产生量约1.12亿吨，综合利用率达到61.8%；工业危险废物产生量142.6万吨，利用处置率保持在99%以上。")
    assert (got["61.8%"], got["99%以上"]) == ("全省一般工业固体废物综合利用率", "工业危险废物利用处置率")



@pytest.mark.parametrize("text, number, subject", [
    ("全年受理诉求186.4万件，满意率96.8%。", "186.4万件", "受理诉求"),
    ("其中，市场监管总局本级组织抽检4.8万批次，不合格率为0.86%。", "4.8万批次", "组织抽检"),
    ("1—9月，全国累计完成抽检约478万批次。", "约478万批次", "累计完成抽检"),
])
def test_the_activity_a_count_closes_is_what_it_counts(text, number, subject):
    assert claimed(text)[number] == subject


def test_a_count_after_a_verb_of_change_is_not_an_activity_counted():
    assert claimed("今年全县就业人数增加1200人。")["1200人"] != "增加"



def test_values_after_fenbiewei_take_the_measure_an_aspect_clause_before_names():
    got = claimed("优良天数比例方面，各设区市分别为：景德镇市98.9%、赣州市97.8%、九江市83.3%。")
    assert (got["98.9%"], got["83.3%"]) == ("景德镇市优良天数比例", "九江市优良天数比例")


def test_an_activity_not_done_is_counted_with_its_negation():
    got = claimed("交办的问题线索已办结320件，尚未办结18件。")
    assert got["18件"] == "尚未办结"


def test_an_aspect_that_names_no_measure_gives_the_values_none():
    got = claimed("另一方面，各设区市分别为：南昌市88.2%、九江市83.3%。")
    assert "另一" not in got["88.2%"] and "另一" not in got["83.3%"]



@pytest.mark.parametrize("text, number, subject", [
    ("郑海涛收受礼品礼金，折合人民币约38.6万元；接受宴请17次。", "约38.6万元", "郑海涛收受礼品礼金"),
    ("该项目总投资折合人民币12亿元。", "12亿元", "项目总投资"),
])
def test_a_conversion_into_a_currency_is_no_part_of_what_an_amount_measures(text, number, subject):  # (折算: method_verbs)
    assert claimed(text)[number] == subject


@pytest.mark.parametrize("text, number, subject", [
    ("中国政府决定向瓦方提供3000万元人民币紧急人道主义援助。", "3000万元人民币", "紧急人道主义援助"),
    ("中国红十字会也向瓦方提供了10万美元现汇援助。", "10万美元", "现汇援助"),
    ("市政府向灾区提供200万元救灾资金。", "200万元", "救灾资金"),
])
def test_an_amount_given_measures_the_noun_after_it_not_to_whom(text, number, subject):
    assert claimed(text)[number] == subject


@pytest.mark.parametrize("text, number, subject", [
    ("保障重大项目用能1302万吨标准煤，供应建设用地37.3万亩。", "1302万吨", "保障重大项目用能"),  # no verb of giving: a unit's good
    ("全年完成投资3012亿元，增长5%。", "3012亿元", "投资"),
])
def test_an_amount_after_no_verb_of_giving_keeps_what_stands_before_it(text, number, subject):
    assert claimed(text)[number] == subject


def test_a_measure_verb_is_not_read_across_two_words():
    assert claimed("全省下达衔接资金20亿元。")["20亿元"] == "全省下达衔接资金"  # 全省|下达, no 省下 (saved)


def test_casualties_listed_after_a_cause_share_it_and_a_relief_count_is_its_own():
    got = claimed("怀化市受灾人口48.6万人，因灾死亡5人、失踪2人，紧急转移安置18.6万人。")
    assert (got["5人"], got["2人"], got["18.6万人"]) == ("因灾死亡", "因灾失踪", "紧急转移安置")


@pytest.mark.parametrize("text, number, subject", [
    ("出动舟艇860艘次、无人机1100余架次。", "1100余架次", "无人机"),  # a thing of three characters jieba reads as one phrase
    ("黑土地耕层厚度提升3.5%，有机质增长6.1%。", "6.1%", "有机质增长"),
])
def test_a_short_set_phrase_headed_by_a_noun_names_a_thing(text, number, subject):
    assert claimed(text)[number] == subject


def test_an_adverb_before_verbs_names_no_thing():
    assert "推行" not in claimed("全速推行涉及13亿元开支的大型改善工程计划。")["13亿元"]


def test_a_word_ending_in_kuan_names_the_sum_whatever_its_tag():
    assert claimed("查处环境违法案件412起，罚没款超过5600万元。")["超过5600万元"] == "罚没款"  # jieba: 罚没款 a verb


def test_a_persons_doing_is_no_cause_that_later_casualties_share():
    got = claimed("王某酒后驾驶造成死亡1人、受伤2人。")
    assert "受伤" not in got["2人"] or "王某" not in got["2人"]


@pytest.mark.parametrize("text, number, subject", [
    ("3.全市新建学校12所。", "12所", "全市新建学校"),
    ("（四）全市新增就业3万人。", "3万人", "全市新增就业"),
])
def test_a_list_items_number_is_no_part_of_its_subject(text, number, subject):
    assert claimed(text)[number] == subject


def test_a_count_of_places_reached_within_a_counted_scope_is_reached_too():
    got = claimed("中欧班列从西安始发，累计通达亚欧18个国家的120个城市。")
    assert (got["18个"], got["120个"]) == ("通达国家", "通达城市")  # the countries, and the cities in them
    assert claimed("海铁联运货物通达18个省（区、市）的72个城市。")["72个"] == "海铁联运货物通达城市"
    assert claimed("菜博会吸引了50多个国家和地区的客商参会。")["50多个"] != "菜博会吸引了国家和地区"  # no count after 的
