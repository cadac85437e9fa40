"""A whole document through the extractor: one behaviour of each genre the project has met, pinned."""

import pytest

from support import FIXTURES
from helpers import extract, ingest
from helpers.extract import places, quotes
from helpers.extract.people import People


def _doc(text):
    return ingest.build("t", "t", text, "utf-8", b"")


def _claims(text: str, field: str = "actor") -> dict:
    """Each claim's text → its ``field``, the whole document extracted."""
    return {q["text"]: q[field] for q in extract.extract_document(_doc(text))["quantities"] if q["claim"]}


def test_reporting_body_speaks_for_the_paragraph_and_roles_are_remembered():
    from helpers import extract

    text = "人力资源和社会保障部副部长李忠介绍，全国城镇新增就业1244万人。全年城镇调查失业率为5.2%。“我们将继续努力，稳住就业。”李忠表示。"
    tables = extract.extract_document(_doc(text))
    actors = {q["text"]: q["actor"] for q in tables["quantities"] if q["claim"]}
    assert actors == {"1244万人": "人力资源和社会保障部", "5.2%": "人力资源和社会保障部"}
    assert [(q["speaker"], q["role"]) for q in tables["quotes"]] == [("李忠", "人力资源和社会保障部副部长")]


def test_a_body_the_paragraph_names_as_its_source_gives_the_figures_of_the_place_its_clauses_open_with():
    text = ("浙江前三季度外贸稳中有进\n记者从杭州海关获悉，前三季度，浙江省货物贸易进出口总值3.91万亿元，同比增长5.4%。"
            "同期，浙江对东盟进出口5690亿元，增长12.7%。\n浙江省新增跨境电商主体3000家。\n"
            "浙江省商务厅介绍，全省新设外贸企业1.2万家。")
    actors = _claims(text)
    assert actors["3.91万亿元"] == actors["5690亿元"] == "杭州海关"
    assert actors["1.2万家"] == "浙江省商务厅"  # the next paragraph's own source
    assert actors["3000家"] != "杭州海关"  # a paragraph that names no source: the province acts


def test_the_body_a_list_item_names_as_responsible_acts_over_the_place_its_sentence_opens_with():
    text = ("四川以旧换新\n（七）加快构建回收体系。到2027年，四川省建成标准化再生资源回收站点1.2万个、分拣中心200个。"
            "（省商务厅、省发展改革委按职责分工负责）")
    assert set(_claims(text).values()) == {"四川省商务厅"}


def test_a_pointer_whose_word_runs_on_into_another_names_no_body():
    text = "南阳金融\n中国农业银行南阳分行走访企业，该行业贷款余额增长20%。"
    actors = _claims(text)
    assert actors["20%"] != "中国农业银行南阳分行"  # 该行业: the trade, not the bank


def test_a_departments_own_text_reports_the_figures_of_the_places_it_names():
    text = ("前三季度芜湖市经济运行情况\n芜湖市统计局10月26日发布前三季度全市经济运行情况。\n"
            "前三季度，全市地区生产总值3580亿元，同比增长6.1%。分县（市）区看，繁昌区实现地区生产总值650亿元，增长6.3%；"
            "南陵县实现地区生产总值330亿元，增长5.8%。")
    actors = _claims(text)
    assert actors["650亿元"] == actors["330亿元"] == actors["5.8%"] == "芜湖市统计局"


def test_places_listed_alone_with_their_figures_share_the_measure_of_the_place_before_them():
    text = ("芜湖市经济运行\n分县（市）区看，繁昌区实现地区生产总值650亿元，增长6.3%；南陵县330亿元，增长5.8%。"
            "南陵县30万人。\n南陵县300亿元。")
    subjects = _claims(text, "subject")
    assert subjects["330亿元"] == "南陵县地区生产总值" and subjects["5.8%"] == "南陵县地区生产总值增长"
    assert subjects["30万人"] == subjects["300亿元"] == "南陵县"  # another unit; a paragraph of its own
    listed = "芜湖市经济运行\n繁昌区实现地区生产总值650亿元，总量居全市首位；南陵县、湾沚区分别增长7.1%和7.3%。"
    subjects = _claims(listed, "subject")
    assert subjects["7.3%"] == "湾沚区地区生产总值增长"  # a rate its clause says is a change


@pytest.mark.parametrize("text, values, subject", [
    ("江西省生态环境通报\n全省国考断面水质优良比例为95%，南昌市为88.2%。", ("88.2%",), "南昌市国考断面水质优良比例"),
    ("江西省生态环境通报\n分设区市看，南昌、景德镇8市国考断面水质优良比例均为100%，九江市、宜春市分别为93.8%、95.5%。",
     ("93.8%", "95.5%"), "国考断面水质优良比例"),
    ("江西省经济运行\n全省地区生产总值增长5%，南昌市、九江市分别为6%和5.5%。", ("6%", "5.5%"), "地区生产总值增长"),
])
def test_places_that_alone_open_a_clause_before_a_copula_take_the_measure_before_them(text, values, subject):
    subjects = _claims(text, "subject")
    assert all(subjects[v].endswith(subject) and subjects[v][:2] in ("南昌", "九江", "宜春") for v in values)


@pytest.mark.parametrize("text, value, subject", [
    ("国际经济\n中国经济增长5.2%，美国为2.5%，日本为1.9%。", "1.9%", "日本"),  # abroad: no province's measure
    ("江西省经济\n全省生产总值增长5%。其中，南昌市为6%，九江市为5.5%。", "5.5%", "九江市"),  # the place before had none
    ("江西省经济\n全省人均GDP为7.2万元，南昌市为12万元。", "12万元", "南昌市"),  # no measure apart from its words
])
def test_listed_places_keep_their_own_name_when_the_measure_before_is_none_of_theirs(text, value, subject):
    assert _claims(text, "subject")[value] == subject


def test_an_official_quoted_at_a_briefing_goes_on_with_its_figures_after_the_quotation():
    text = ("上半年全省农业经济稳中向好\n7月20日，省政府新闻办举行新闻发布会，省统计局、省农业农村厅相关负责人介绍有关情况。"
            "上半年，全省第一产业增加值2128.6亿元。\n“特色产业成为农民增收的重要支撑。”省农业农村厅副厅长王明说。"
            "目前，全省已累计创建国家级现代农业产业园19个。\n金融支农力度持续加大。截至6月末，全省涉农贷款余额2.39万亿元。")
    actors = _claims(text)
    assert actors["19个"].endswith("农业农村厅") and actors["2.39万亿元"].endswith("农业农村厅")  # the last to speak
    assert actors["2128.6亿元"].endswith("统计局")
    others = ("标题\n“特色产业成为农民增收的重要支撑。”省农业农村厅副厅长王明说。省统计局介绍，全省粮食产量700亿斤。"
              "全省农民人均可支配收入2万元。\n广西华峰食品有限公司今年出口增长20%。“企业出海势头很好。”南宁市商务局局长张三说。"
              "今年以来，公司新增海外订单5000万元。")
    actors = _claims(others)
    assert actors["2万元"] == "省统计局" and actors["5000万元"] == "广西华峰食品有限公司"  # another body reports on


def test_a_role_that_opens_with_its_kind_of_body_is_the_last_such_body_the_text_named():
    text = ("凭祥口岸水果进口两旺\n记者从南宁海关获悉，上半年经友谊关口岸进口水果92.3万吨。\n"
            "广西北部湾国际港务集团有限公司开通冷链班列。广西华峰食品有限公司从越南进口榴莲。\n"
            "“以前一批榴莲运过来要半个月，现在只要两天。”公司副总经理王强告诉记者，今年以来企业已进口榴莲380吨。")
    actors = _claims(text)
    assert actors["380吨"] == actors["两天"] == "广西华峰食品有限公司"


def test_an_official_whose_reported_words_open_a_paragraph_speaks_for_its_body_to_its_end():
    text = ("省政府召开新闻发布会\n\n省政府召开新闻发布会。省农业农村厅党组书记宋虎振回答了记者提问。\n\n"
            "宋虎振指出，今年我省粮食又是一个丰收年。主要表现在：全省夏粮总产达到749.08亿斤。\n\n全省秋粮面积1.2亿亩。\n\n"
            "据省统计局统计，全省粮食单产每亩380公斤。")
    actors = _claims(text)  # (a paragraph after that names no other body goes on with the turn: official_goes_on)
    assert actors["749.08亿斤"].startswith("省农业农村厅") and actors["1.2亿亩"].startswith("省农业农村厅")
    assert actors["380公斤"].startswith("省统计局")


def test_an_official_whose_reported_words_open_a_later_sentence_speaks_from_there_until_another_body_reports():
    text = ("全县重点项目集中开工\n\n在开工现场，平山县委书记张前锋做了报告。他说，全县一季度地区生产总值增长8.4%。"
            "社会消费品零售总额增长15.3%，排全市第3位。泰国大米出口商协会发布的数据显示，大米出口达250万吨。预计全年大米出口将达800万吨。")
    actors = _claims(text)
    assert actors["8.4%"] == actors["15.3%"] == "平山县委"
    assert actors["250万吨"] == actors["800万吨"] == "泰国大米出口商协会"
    text = ("全县重点项目集中开工\n\n在开工现场，平山县委书记张前锋做了报告。他说，全县一季度地区生产总值增长8.4%。"
            "同期，全国国内生产总值增长5.3%。")
    actors = _claims(text)
    assert actors["8.4%"] == "平山县委" and actors["5.3%"] != "平山县委"  # the whole country's figure is not the county's


def test_a_paragraph_that_opens_with_a_companys_trade_name_or_name_is_about_its_own_project():
    text = ("郏县人民政府与山东天玉建材科技有限公司举行签约仪式\n\n8月23日，郏县人民政府与山东天玉建材科技有限公司举行签约仪式。\n\n"
            "天玉绿色装配式建材项目位于郏县黄道镇，总投资17.8亿元，用地约400亩。\n\n"
            "中国铁建港航局集团承建的工厂项目，是大型厂房。该项目已为当地提供了千余个工作岗位。")
    actors = _claims(text)
    assert actors == {"17.8亿元": "山东天玉建材科技有限公司", "约400亩": "山东天玉建材科技有限公司", "千余个": "中国铁建港航局集团"}


def test_the_place_a_title_names_counts_twice_toward_what_the_text_is_about():
    text = "2019年交城县国民经济和社会发展统计公报\n2019年，交城县委、县政府团结带领全县人民稳中求进。\n一、综合\n初步核算，全年全县生产总值914326万元。"
    rows = extract.extract_document(_doc(text))["quantities"]
    assert {q["text"]: q["place"] for q in rows if q["claim"]} == {"914326万元": "山西省"}


def test_a_text_that_speaks_of_its_own_city_lies_in_the_one_province_it_names():
    text = ("一季度全市经济平稳开局\n一季度，龙泉市生产总值47.92亿元，同比增长7.8%，位列丽水第三。\n"
            "分产业看，第一产业增加值2.75亿元，增长4.0%。\n二、工业生产\n全市规上工业增加值14.44亿元，增长8.5%。")
    claims = {q["text"]: q["place"] for q in extract.extract_document(_doc(text))["quantities"] if q["claim"]}
    assert claims["14.44亿元"] == "浙江省"


def test_the_body_a_documents_title_names_as_its_issuer_acts():
    text = ("富源县民政局富源县财政局关于提高城乡低保标准的通知\n各乡镇人民政府、街道办事处：\n"
            "经研究，决定将城市低保标准提高到每人每月728元。")
    claims = [q for q in extract.extract_document(_doc(text))["quantities"] if q["claim"]]
    assert [q["actor"] for q in claims] == ["富源县民政局"]  # the leading issuer (GB/T 9704-2012)
    about = "关于富源县民政局工作的通知\n经研究，决定将城市低保标准提高到每人每月728元。"  # the title is about it
    assert [q["actor"] for q in extract.extract_document(_doc(about))["quantities"] if q["claim"]] == [""]


def test_where_visitors_come_from_and_where_someone_goes_place_no_figures():
    text = ("今年访澳旅客突破两千万人次\n澳门今年入境旅客突破2000万人次。其中内地旅客占71.6%，香港旅客占19.1%，台湾地区旅客占2.4%。\n"
            "旅游局预计全年旅客约3800万人次。")
    claims = {q["text"]: q["place"] for q in extract.extract_document(_doc(text))["quantities"] if q["claim"]}
    assert set(claims.values()) == {"澳门特别行政区"}
    sold = "化德县消费帮扶\n化德县消费帮扶销售金额4404万元，其中进京销售2904万元。"
    claims = {q["text"]: q["place"] for q in extract.extract_document(_doc(sold))["quantities"] if q["claim"]}
    assert claims["2904万元"] == "内蒙古自治区"


def test_a_speakers_words_before_their_quotation_are_theirs():
    text = ("标题\n\n春耕生产有序推进，市场供应总体平稳。\n\n天津市农业农村委主任沈欣说，全市蔬菜保供有保障。\n\n天津市财政局局长王春霞说，补贴资金已经到位。\n\n"
            "沈欣表示，目前已建立8个服务组分片包干，“第一批200家企业已开工131家，其余企业本月开工。”")
    actors = _claims(text)
    assert actors["8个"] == "天津市农业农村委员会"


def test_the_government_of_a_governments_own_text_is_that_government():
    text = "标题\n\n北京市人民政府发布通知，部署今年重点工作。\n\n今后五年，政府将新建中小学20所。"
    actors = _claims(text)
    assert actors["20所"] == "北京市人民政府"
    state_council = "标题\n\n国务院发布通知，部署今年重点工作。\n\n今后五年，政府将新建中小学20所。"
    actors = _claims(state_council)
    assert actors["20所"] == "国务院"


def test_respectively_lists_give_each_value_its_subject():
    from helpers import extract

    tables = extract.extract_document(_doc("失业保险、工伤保险参保人数分别为2.44亿人、3.02亿人。"))
    assert [(q["text"], q["subject"]) for q in tables["quantities"]] == [("2.44亿人", "失业保险参保人数"), ("3.02亿人", "工伤保险参保人数")]


def test_respectively_lists_with_uneven_items_keep_items_whole():
    from helpers import extract

    tables = extract.extract_document(_doc("北京、内蒙古参保人数分别为100万人、200万人。"))
    subjects = [q["subject"] for q in tables["quantities"]]
    assert subjects[0] in ("北京", "北京参保人数") and "北京古" not in subjects[0]


def test_local_news_bylines_villages_acting_and_visitor_origins():
    from helpers import extract

    text = ("浙江安吉：美丽乡村新画卷\n本报记者 李华\n走进浙江省湖州市安吉县天荒坪镇余村。2023年，余村接待游客超过100万人次。\n"
            "在德清县莫干山镇，杭州、上海等地游客占比超过六成。")
    doc = _doc(text)
    assert doc.meta["reporters"] == "李华" and doc.paragraphs[1].kind == "byline"
    claims = {q["text"]: q for q in extract.extract_document(doc)["quantities"] if q["claim"]}
    assert claims["超过100万人次"]["actor"] == "余村"
    assert claims["超过六成"]["actor"] == "" and claims["超过六成"]["place"] == "浙江省"
    first = places.find(doc.view)[0]
    assert (first.mention, first.county) == ("浙江安吉", "安吉县")  # a province and one of its counties' short names


def test_a_village_found_alone_names_its_committee_and_party_branch():
    from helpers import extract

    text = "江口县合作社分红\n2月7日，江口县举行分红仪式。\n江口县村民增收。官和村党支部书记吴祥政说，合作社盈利23.4万元。"
    orgs = [o["mention"] for o in extract.extract_document(_doc(text))["organizations"]]
    assert "官和村党支部" in orgs and "村党支部" not in orgs


def test_a_page_crediting_a_town_alone_is_its_governments_news_in_its_county():
    from helpers import extract

    text = ("干汊河镇落实“三农”重点工作\n发布时间:2020-06-19 10:27 信息来源:舒城县干汊河镇\n"
            "今年以来,干汊河镇高度重视“三农”工作。\n一、培育乡村产业发展带头人15个;创建茶叶标准示范园200亩。\n")
    tables = extract.extract_document(ingest.build("t", "t", text, "utf-8", b""))
    assert {(q["actor"], q["place"]) for q in tables["quantities"] if q["claim"]} == {("舒城县干汊河镇", "安徽省")}
    assert {(p["mention"], p["county"], p["level"]) for p in tables["places"]} == {("干汊河镇", "舒城县", "township"),
                                                                              ("舒城县干汊河镇", "舒城县", "township")}  # the credit's


def test_a_later_dispatch_s_dateline_opens_nothing_and_a_medium_gives_no_figures():
    from helpers import extract

    text = ("今年财政收入将达3.9万亿元\n据新华社北京12月19日电国务院总理温家宝近日作出批示。\n"
            "新华社北京12月19日电(记者韩洁)财政部长金人庆19日说,前11个月全国财政收入累计达36084亿元。\n"
            "中新社香港1月4日电 香港特区政府统计处4日发表最新数字,11月零售业总销货价值为342亿元。\n")
    got = {q["text"]: q for q in extract.extract_document(_doc(text))["quantities"] if q["claim"]}
    assert (got["36084亿元"]["actor"], got["36084亿元"]["place"]) == ("财政部", "")  # not 新华社, not 北京 where it was filed
    assert got["342亿元"]["actor"].endswith("政府统计处")  # it publishes them (发表); 中新社 carries them


def test_a_credited_place_the_text_does_not_name_makes_nothing_its_own():
    from helpers import extract

    for text, number in (("全国数据\n发布时间:2023-01-17 10:27 信息来源:舒城县\n2023年，全国居民人均可支配收入39218元。\n", "39218元"),
                         ("庐江新闻\n发布时间:2023-01-17 10:27 来源:舒城县\n庐江县今年新建学校12所。\n", "12所")):
        got = {q["text"]: q for q in extract.extract_document(_doc(text))["quantities"] if q["claim"]}
        assert "舒城县" not in got[number]["actor"]
    county = "灵台县新闻\n灵台县各乡镇、街道开展活动。灵台县城区新增绿地。灵台县发展。"
    assert {p["mention"] for p in extract.extract_document(_doc(county))["places"]} == {"灵台县"}  # no 街道, 城区


def test_a_county_text_names_its_townships_by_their_short_names_in_a_list():
    from helpers import extract

    text = ("罗平县高标准农田建设\n罗平县农业农村局对罗平县项目进行踏勘。罗平县投资1亿元。\n"
            "项目覆盖板桥、罗雄、钟山、九龙、马街7个乡镇(街道)，田间道路通达率达95%。")
    tables = extract.extract_document(_doc(text))
    towns = {p["mention"]: p["county"] for p in tables["places"] if p["level"] == "township"}
    assert towns == dict.fromkeys(["板桥", "罗雄", "钟山", "九龙", "马街"], "罗平县")  # 九龙 is no Hong Kong's here
    assert {q["place"] for q in tables["quantities"] if q["claim"]} == {"云南省"}


def test_a_medium_that_reports_its_own_survey_acts_for_it():
    actors = _claims("调查\n中国青年报社会调查中心调查显示，85.3%的受访者支持。\n据人民网报道，全国粮食产量增长2%。")
    assert actors["85.3%"] == "中国青年报社" and actors["2%"] == ""


def test_notices_addressees_thresholds_and_deadlines():
    from helpers import extract

    text = (FIXTURES / "notice.txt").read_text(encoding="utf-8")
    doc = ingest.build("n", "n", text, "utf-8", b"")
    tables = extract.extract_document(doc)
    # 各省、自治区、直辖市人民政府 addresses every such government, not one city's
    assert not [o for o in tables["organizations"] if o["type"] == "local_government"]
    claims = {q["text"]: q for q in tables["quantities"] if q["claim"]}
    assert claims["10万元以下"]["subject"] == "月销售额"  # the measure, not the taxpayers it defines
    assert claims["500项左右"]["subject"] == "涉企经营许可事项"  # 2023年底前将…压减至
    assert claims["500项左右"]["time"] == "2023-12"
    assert not [q for q in tables["quantities"] if q["text"].startswith("2022") and q["kind"] != "date"]  # the file number


def test_a_rate_phrase_is_no_subject_the_sentence_subject_goes_on():
    from helpers import extract

    tables = extract.extract_document(_doc("居民医保人均财政补助标准提高30元，达到每人每年不低于670元。"))
    subjects = {q["text"]: q["subject"] for q in tables["quantities"]}
    assert subjects["不低于670元"] == "居民医保人均财政补助标准"  # the standard reaches it; its change was 30元


def test_survey_shares_name_the_respondents_not_the_verbs():
    from helpers import extract

    doc = ingest.build("s", "s", (FIXTURES / "survey.txt").read_text(encoding="utf-8"), "utf-8", b"")
    subjects = {q["text"]: q["subject"] for q in extract.extract_document(doc)["quantities"] if q["claim"]}
    assert subjects["八成以上"] == "受访群众"  # not 调查显示: a reporting verb is no subject
    assert subjects["86.4%"] == "受访者认为身边的民生实事办得好"  # the share of a group who think so
    assert subjects["3.2个百分点"].startswith("受访者")
    assert subjects["31个"] == "开展电话调查的省"  # the parenthesis glosses it; where the survey was done
    assert subjects["1.2万人"] == "18岁以上居民"  # 访问 is the survey's verb, not part of the group
    assert subjects["88.6%"] == "西部地区受访者满意度"  # 满意度最高，达到88.6%: the clause before names it


def test_transcript_turns_are_quotes_of_their_speakers():
    from helpers import extract

    doc = ingest.build("q", "q", (FIXTURES / "qa_transcript.txt").read_text(encoding="utf-8"), "utf-8", b"")
    tables = extract.extract_document(doc)
    turns = [(q["speaker"], q["role"], q["quote"][:4]) for q in tables["quotes"]]
    assert turns == [("李超", "新闻发言人", "今年以来"), ("中央广播电视总台记者", "中央广播电视总台记者", "请介绍一"),
                     ("李超", "新闻发言人", "前10个"), ("新华社记者", "新华社记者", "下一步在"), ("李超", "新闻发言人", "我们将会")]
    subjects = {q["text"]: q["subject"] for q in tables["quantities"] if q["claim"]}
    assert subjects["1200万人以上"] == "城镇新增就业"  # …1200万人以上的目标: the target frames the number
    assert subjects["2900多个"].endswith("民间资本推介项目")  # what was put to private capital: the verb phrase names it
    assert "10个月" not in subjects  # 前10个月 is a period, not a duration
    assert not quotes.turn("会议指出：要加快推进全国统一大市场建设。", 0, 21, People())  # no speaker named, no turn


def test_county_news_byline_headline_and_doubling():
    from helpers import extract

    doc = ingest.build("c", "c", (FIXTURES / "county_news.txt").read_text(encoding="utf-8"), "utf-8", b"")
    assert doc.meta["reporters"] == "钱江、吴芳"  # 通讯员 is a role, not a name
    assert doc.meta["place"] == "湖州" and doc.meta["publisher"] == ""  # 本报 names no paper; the manifest must
    tables = extract.extract_document(doc)
    assert [q["speaker"] for q in tables["quotes"]] == ["钟大伯"]  # 安吉县：… is a headline, not a speaker's turn
    found = {q["text"]: q for q in tables["quantities"]}
    assert found["翻了一番"]["kind"] == "ratio" and found["翻了一番"]["value"] == 2.0
    assert (found["翻了一番"]["time"], found["翻了一番"]["comparison"]) == ("2023", "比2018年")  # 2018 is the baseline
    assert found["300多户"]["subject"] == "带动茶农"  # 带动…300多户茶农增收: those it reached, not what they do


def test_commentary_leaders_titles_unnamed_speakers_and_coverage_rates():
    from helpers import extract

    doc = ingest.build("m", "m", (FIXTURES / "commentary.txt").read_text(encoding="utf-8"), "utf-8", b"")
    tables = extract.extract_document(doc)
    assert [(q["speaker"], q["role"]) for q in tables["quotes"]] == [("习近平", "总书记"), ("基层干部", "基层干部")]
    subjects = {q["text"]: q["subject"] for q in tables["quantities"] if q["claim"]}
    assert subjects["56.7万个"] == "城乡社区综合服务设施"  # 全国共有…
    assert subjects["100%"].startswith("社区综合服务设施覆盖率")  # 覆盖 inside 覆盖率 is no verb to cut at


def test_statistics_bulletin_growth_rates_and_structure_ratios():
    from helpers import extract

    doc = ingest.build("b", "b", (FIXTURES / "statistics_bulletin.txt").read_text(encoding="utf-8"), "utf-8", b"")
    claims = [q for q in extract.extract_document(doc)["quantities"] if q["claim"]]
    subjects = {q["text"]: q["subject"] for q in claims}
    assert subjects["3.2%"] == "第一产业增加值增长" and subjects["5.1%"] == "城镇居民人均可支配收入增长"  # not …210.3亿元
    assert not [q for q in claims if q["text"] in ("三次", "55.8", "40.5")]  # 三次产业结构为3.7:40.5:55.8


def test_a_subject_keeps_the_characters_of_its_own_sentence():
    tables = extract.extract_document(_doc("全市地區生產總值增長５.２%。全年粮食产量增长3%。"))
    subjects = {q["text"]: q["subject"] for q in tables["quantities"] if q["claim"]}
    assert subjects == {"５.２%": "全市地區生產總值增長", "3%": "粮食产量增长"}


def test_a_body_named_again_by_the_word_its_name_ends_with_acts():
    text = "政府月前重设扶贫委员会，政务司司长出任扶贫委员会主席，统筹具体工作；委员会下设6个专责小组。"
    assert _claims(text)["6个"] == "扶贫委员会"
    text = "省市场监管局牵头开展专项整治，该局今年查处案件120件。"
    assert _claims(text)["120件"].endswith("市场监管局")


def test_a_text_in_traditional_characters_gets_the_topics_and_words_of_its_simplified_reading():
    simplified = "标题\n\n一、就业\n\n失业保险基金向失业人员发放失业保险金，促进再就业，稳定就业岗位。"
    traditional = "標題\n\n一、就業\n\n失業保險基金向失業人員發放失業保險金，促進再就業，穩定就業崗位。"
    read, written = extract.extract_document(_doc(simplified)), extract.extract_document(_doc(traditional))
    primary = lambda tables: [(r["cap_major"], r["gov_class"]) for r in tables["paragraph_topics"] if r["primary"]]  # noqa: E731
    assert primary(written) == primary(read) and primary(read)[0][0] == 5
    assert [r["tokens"] for r in written["tokens"]] == [r["tokens"] for r in read["tokens"]]
    assert written["paragraphs"][-1]["text"].startswith("失業保險")  # the facts keep the text as written


def test_a_gap_to_a_comparator_measures_the_rates_gap_and_names_the_comparator():
    text = "标题\n\n规上工业增加值增长6.7%、高于全国0.8个百分点，民间投资增长2.8%，快于全国9.2个百分点。"
    rows = {q["text"]: q for q in extract.extract_document(_doc(text))["quantities"] if q["claim"]}
    assert (rows["0.8个百分点"]["subject"], rows["0.8个百分点"]["comparison"]) == ("规上工业增加值增速高于全国", "高于全国")
    assert (rows["9.2个百分点"]["subject"], rows["9.2个百分点"]["comparison"]) == ("民间投资增速快于全国", "快于全国")


def test_a_change_in_points_after_a_change_in_percent_changes_the_rate_of_that_change():
    text = ("标题\n\n全区全社会用电量1381.6亿千瓦时，同比增长8.6%，较上半年加快1.1个百分点。全国居民消费价格同比下降0.4%，"
            "比上月扩大0.2个百分点。城镇调查失业率为5.1%，比上月下降0.1个百分点。PM2.5浓度下降19%，优良天数比例提高6.1个百分点。")
    rows = {q["text"]: q["subject"] for q in extract.extract_document(_doc(text))["quantities"] if q["claim"]}
    assert rows["1.1个百分点"] == "全区全社会用电量增速加快" and rows["0.2个百分点"] == "全国居民消费价格降幅扩大"
    assert rows["0.1个百分点"] == "城镇调查失业率下降"  # a rate's own change
    signed = "标题\n\n全市居民消费价格同比下降0.7%，比上月提高0.3个百分点。居民消费价格上涨0.4%，比上月回落0.2个百分点。"
    moved = {q["text"]: q["subject"] for q in extract.extract_document(_doc(signed))["quantities"] if q["claim"]}
    assert (moved["0.3个百分点"], moved["0.2个百分点"]) == ("全市居民消费价格提高", "居民消费价格涨幅回落")  # after a decline,
    # a verb of direction leaves the rate unnamed (a smaller decline, or a larger one)
    assert rows["6.1个百分点"] == "优良天数比例提高"  # a clause that names its own measure


def test_a_parts_share_after_its_share_verb_is_its_share_within_the_whole_the_sentence_opens_with():
    text = ("标题\n\n缴存职工中，国有企业占21.58%，其他占3.45%。贷款职工中，30岁（含）以下占36.82%。购买新房占68.42%。"
            "全市出口增长5%，其中机电产品约占58%。全市第三产业增加值占地区生产总值的比重为55%。")
    rows = {q["text"]: q["subject"] for q in extract.extract_document(_doc(text))["quantities"] if q["claim"]}
    assert (rows["21.58%"], rows["3.45%"], rows["36.82%"]) == ("缴存职工中国有企业占比", "缴存职工中其他占比", "贷款职工中30岁以下占比")
    assert (rows["68.42%"], rows["58%"]) == ("购买新房占比", "机电产品占比")  # no whole named: the part's share
    assert rows["55%"] == "全市第三产业增加值占地区生产总值的比重"  # a share that names its own measure
    rated = "标题\n\n全市新招录公务员中，女性比例占48.2%。在项目推进过程中，政府投资占30%。"
    rows = {q["text"]: q["subject"] for q in extract.extract_document(_doc(rated))["quantities"] if q["claim"]}
    assert (rows["48.2%"], rows["30%"]) == ("全市新招录公务员中女性比例", "政府投资占比")  # a rate already; a context, no whole


def test_a_level_counted_is_no_measure_of_the_numbers_after_it():
    text = "标题\n\n地区生产总值跨越3个千亿元台阶，达到1.5万亿元、增长19.8%。"
    rows = _claims(text, "subject")
    assert rows["1.5万亿元"] == "地区生产总值" and rows["19.8%"] == "地区生产总值增长"


def test_a_body_that_verifies_the_figures_reports_them_for_the_paragraph():
    text = "标题\n\n经国家统计局核定，上半年全省生产总值10124.5亿元。分产业看，第一产业增加值549.9亿元。"
    actors = _claims(text)
    assert actors == {"10124.5亿元": "国家统计局", "549.9亿元": "国家统计局"}


def test_a_body_that_forecasts_figures_reports_them_and_a_forecast_inside_a_claim_keeps_its_subject():
    text = ("标题\n\n国家统计局预计，新机场建成后，年旅客吞吐量将达5000万人次，比上年增长15%。\n\n"
            "全社会研发经费投入预计年均增长8%。")
    rows = {q["text"]: q for q in extract.extract_document(_doc(text))["quantities"] if q["claim"]}
    assert rows["5000万人次"]["actor"] == rows["15%"]["actor"] == "国家统计局"
    assert rows["8%"]["subject"].startswith("全社会研发经费投入")
    signed = "标题\n\n中国石化与市政府签约，炼化一体化项目预计总投资300亿元。\n\n记者了解到，该市去年工业增加值增长8%。"
    assert {q["actor"] for q in extract.extract_document(_doc(signed))["quantities"] if q["claim"]} == {""}  # 预计 an adverb


def test_an_official_reports_the_figures_of_their_reported_words_and_a_place_before_a_noun_only_qualifies_it():
    text = ("标题\n\n省委书记于伟国作主题发布。\n\n于伟国在新闻发布时说，去年福建生产总值达3.58万亿元，增长9.1%。\n\n"
            "天津市紧急启动保供项目，预计补贴种苗1亿株。")
    actors = _claims(text)
    assert actors["3.58万亿元"] == actors["9.1%"] != "福建省" and actors["3.58万亿元"].endswith("省委")
    assert actors["1亿株"] == "天津市"  # a place that does what its clause says still acts


@pytest.mark.parametrize("text, number, actor", [
    ("广东财政安排资金50亿元。", "50亿元", "广东财政"),  # a government's finance that acts is a body (org_patterns acting_offices)
    ("湖北建设高标准农田300万亩。", "300万亩", "湖北省"),
    ("陕西公安机关破获案件1200起。", "1200起", "陕西省"),
    ("上海港集装箱吞吐量达到5506.3万标准箱。", "5506.3万标准箱", ""),
    ("云南私人住宅共有5万个单位。", "5万个", ""),  # 共有 frames the count: the place does nothing
    ("上海邮轮港接待出入境游客6万人次。", "6万人次", ""),  # a place that qualifies a phrase of nouns: a thing acts
    ("本澳经济气氛回暖，带动私人建筑投资录得61.5%之按年增幅。", "61.5%", ""),
    ("江苏农业农村部门投入资金5亿元。", "5亿元", "江苏省"),  # a noun and an organ's: the place's organ
])
def test_a_place_acts_through_its_predicate_and_qualifies_a_measure(text, number, actor):
    rows = {q["text"]: q["actor"] for q in extract.extract_document(_doc("标题\n\n" + text))["quantities"] if q["claim"]}
    assert rows[number] == actor


def test_a_hong_kong_release_that_says_only_this_territory_is_placed_and_reported_by_its_bureau():
    release = ("標題\n\n運輸及房屋局今天公布，截至去年年底，本港私人住宅一手市場共有55,000個單位供應。\n\n"
               "以全年計算，落成單位共10,500個，按年減少36.7%。本港私人住宅單位共有2,000個未售出。")
    rows = [q for q in extract.extract_document(ingest.build("h", "h.txt", release, "utf-8", b""))["quantities"] if q["claim"]]
    assert {(q["actor"], q["place"]) for q in rows} == {("运输及房屋局", "香港特别行政区")}


def test_a_national_body_that_verifies_a_provinces_figures_leaves_them_in_the_province():
    text = "标题\n\n经国家统计局核定，上半年江西全省生产总值10124.5亿元。第一产业增加值549.9亿元，增长3.5%。"
    rows = [q for q in extract.extract_document(_doc(text))["quantities"] if q["claim"]]
    assert {q["place"] for q in rows} == {"江西省"} and {q["actor"] for q in rows} == {"国家统计局"}


def test_the_province_whose_government_signs_a_notice_places_its_figures():
    notice = ("广东省人民政府关于印发重点任务分工方案的通知\n粤府〔2021〕22号\n各地级以上市人民政府：\n"
              "《重点任务分工方案》已经省政府全体会议审议通过，现印发给你们。\n广东省人民政府\n2021年3月21日\n"
              "重点任务分工方案\n1.地区生产总值增长6%以上。\n2.地方一般公共预算收入增长5%左右。\n")
    claims = [q for q in extract.extract_document(ingest.build("n", "n.txt", notice, "utf-8", b""))["quantities"] if q["claim"]]
    assert [(q["text"], q["place"]) for q in claims] == [("6%以上", "广东省"), ("5%左右", "广东省")]


def test_a_publisher_that_governs_no_province_places_nothing():
    doc = ingest.build("n", "n.txt", "标题\n省委、省政府高度重视。省政府要求，今年地区生产总值增长5%。", "utf-8", b"")
    doc.meta["publisher"] = "深圳证券交易所"
    claims = [q for q in extract.extract_document(doc)["quantities"] if q["claim"]]
    assert [(q["text"], q["place"]) for q in claims] == [("5%", "")]


def test_a_text_about_a_country_abroad_places_its_figures_in_that_country():
    text = ("柬埔寨新机场建设加快\n\n柬埔寨由中国企业承建的新机场于2020年初开工，目前整体施工进度已达95.6%。"
            "据项目负责人介绍，机场占地面积2600公顷。\n\n柬埔寨民航局预计，年旅客吞吐量将达5000万人次。柬埔寨旅游业复苏，柬埔寨政府表示欢迎。")
    claims = [q for q in extract.extract_document(_doc(text))["quantities"] if q["claim"]]
    assert [(q["text"], q["place"]) for q in claims] == [("95.6%", "柬埔寨"), ("2600公顷", "柬埔寨"), ("5000万人次", "柬埔寨")]


def test_an_area_of_hong_kong_or_macau_has_no_government_of_its_own_to_act():
    hong_kong = "香港房屋供應\n房屋署公布新計劃。將軍澳今年興建公營房屋3000個單位。香港經濟向好，香港就業穩定。"
    assert _claims(hong_kong) == {"3000個": "房屋署"}  # not 西贡区: the body named before acts there
    macau = "交通管制\n交通事務局實施人車分流，於關閘開設15條臨時巴士路線。澳門旅客增加，澳門經濟回暖。"
    assert _claims(macau) == {"15條": "交通事务局"}
    shenzhen = ("深港合作持续深化\n深圳市住房和建设局介绍，今年深圳新开工保障性住房8.6万套。香港将军澳今年兴建公营房屋3000个单位。"
                "深圳市住房和建设局表示，深圳将借鉴香港经验，深圳住房保障体系不断完善。")
    assert _claims(shenzhen)["3000个"] == ""  # a body of 深圳 reports for no place of 香港
    guangdong = "标题\n广东省商务厅介绍，今年全省实际使用外资1200亿元。香港企业在粤新设企业8500家。"
    assert _claims(guangdong)["8500家"] == "广东省商务厅"  # 香港 qualifies the firms of 广东's figure


def test_a_port_abroad_is_no_site_of_the_province_its_investor_is_from():
    text = ("通讯：东海岸的港口\n　　新华社某地5月18日电（记者 孙一）马来西亚彭亨州关丹港新码头建成，货轮驶向广西钦州港。\n"
            "　　关丹港位于马来西亚东海岸，距吉隆坡约250公里，是马来西亚面向东亚的门户。广西北部湾国际港务集团入股关丹港，持股40%。\n"
            "　　关丹港吞吐量增长8.6%，是马来西亚增长最快的港口之一，马来西亚交通部表示欢迎。\n"
            "　　港口已开通至中国钦州、上海、广州等地的11条航线，从关丹港直航钦州只需4天。")
    rows = [(p["mention"], p["province"], p["country"]) for p in extract.extract_document(_doc(text))["places"]]
    assert {row[1:] for row in rows if "关丹" in row[0]} == {("", "马来西亚")}  # abroad only: not also 广西's


def test_the_government_of_a_division_abroad_is_that_state_s_body():
    text = ("通讯：东海岸的港口\n　　新华社吉隆坡5月18日电（记者 孙一）马来西亚彭亨州港口新码头建成。马来西亚经济增长较快。\n"
            "　　据彭亨州政府统计，港口和产业园直接雇用员工约6800人。马来西亚交通部表示欢迎。")
    orgs = {o["mention"]: (o["type"], o["level"]) for o in extract.extract_document(_doc(text))["organizations"]}
    assert orgs["彭亨州政府"] == ("foreign_government", "foreign") and "州政府" not in orgs  # not a 州政府 of China
    named = ("光伏电站\n新华社开罗电 埃及米尼亚省新建光伏电站。米尼亚省政府表示，电站年发电3亿千瓦时。埃及能源部表示欢迎，"
             "埃及经济增长，埃及出口增加。")
    assert _claims(named) == {"3亿千瓦时": "米尼亚省政府"}  # where jieba reads 省政府 across the generic too


def test_a_dispatch_filed_abroad_places_figures_in_the_country_its_paragraph_names():
    text = ("中国企业海外项目见闻\n新华社万象/利马11月18日电（记者 孙一）\n"
            "在江苏企业参与建设的老挝万象赛色塔开发区，园区规划面积11.5平方公里，已入驻企业140家。\n"
            "在秘鲁首都利马以北的钱凯，港口一期工程建有4个集装箱泊位，设计年吞吐能力100万标准箱。\n"
            "商务部数据显示，前三季度我国企业对外直接投资增长9.8%。")
    claims = [q for q in extract.extract_document(_doc(text))["quantities"] if q["claim"]]
    assert [(q["text"], q["place"]) for q in claims][:4] == [("11.5平方公里", "老挝"), ("140家", "老挝"), ("4个", "秘鲁"),
                                                         ("100万标准箱", "秘鲁")]


def test_a_dispatch_from_one_city_abroad_places_no_figure_in_that_country():
    text = ("世贸组织下调全球贸易增长预期\n新华社日内瓦4月16日电（记者 孙一）\n"
            "世界贸易组织16日发布报告，预计今年全球货物贸易量增长3%，欧洲进口下降1.2%。")
    assert set(_claims(text, "place").values()) == {""}  # not 瑞士: the bureau reports on the world


def test_a_joint_dispatch_places_no_figure_in_a_country_only_its_dateline_names():
    text = ("全球经济增长预期下调\n新华社华盛顿/纽约10月22日电（记者 孙一）\n"
            "国际货币基金组织22日发布报告，预计今年全球经济增长3.2%，发达经济体增长1.8%。")
    assert set(_claims(text, "place").values()) == {""}  # not 美国: 华盛顿 and 纽约 are in the dateline only


def test_a_place_abroad_in_a_text_about_a_province_places_no_figure():
    text = ("标题\n\n云南加快建设面向南亚东南亚辐射中心，云南昆明、云南大理、云南丽江客流增长。"
            "云南与缅甸合作，今年边境贸易额增长12%。")
    claims = [q for q in extract.extract_document(_doc(text))["quantities"] if q["claim"]]
    assert [(q["text"], q["place"]) for q in claims] == [("12%", "云南省")]


def test_the_body_that_opens_a_sentence_acts_in_its_later_clauses_that_name_none():
    text = ("资金难题\n资金难题也在破解。中国农业银行寻乌县支行推出“果农贷”，合作社社员凭信用最高可贷30万元，"
            "已累计发放贷款2860万元。省卫生健康委将医保政策执行情况纳入公立医院绩效考核，考核权重不低于5%。\n"
            "世界银行营商环境对标改革取得显著成绩，企业调查59项测评点中有22项达到全球最佳。")
    actors = _claims(text)
    assert actors["30万元"] == actors["2860万元"] == "中国农业银行寻乌县支行"
    assert actors["不低于5%"] != "" and "卫生健康" in actors["不低于5%"]
    assert actors["59项"] != "世界银行"  # a body of the world before a noun qualifies it
    partner = _claims("外贸\n东盟继续保持我省第一大贸易伙伴地位，对东盟进出口892.4亿元，增长13.5%。")
    assert partner["892.4亿元"] != "东南亚国家联盟"  # a partner opens the sentence; the province trades with it
    assert _claims("南阳金融\n中国农业银行南阳分行走访企业，该行业贷款余额增长20%。")["20%"] != "中国农业银行南阳分行"


def test_a_body_of_the_openers_kind_that_opens_a_later_clause_acts_in_the_clauses_after_it():
    routes = _claims("航线\n国航近期复航布达佩斯航线，川航开通墨西哥城直飞航线，航程约14100公里。")
    assert routes["约14100公里"] == "四川航空股份有限公司"
    found = _claims("执法\n萍乡市湘东区应急管理局在检查中发现，江西华瓷新材料有限公司管道未按规定设置报警装置，依法对该公司处以罚款12万元。")
    assert found["12万元"] != "江西华瓷新材料有限公司"  # the company the bureau found out acts for none of its clauses
    member = _claims("中标\n中国中铁中标雅万高铁项目，中国铁建为联合体成员，合同金额达120亿元。")
    assert member["120亿元"] != "中国铁建股份有限公司"  # what the later body is, no act of its own
    listed = _claims("上市\n湘芯动力成立于2009年，2020年在深圳证券交易所创业板上市，现有员工5800余人。")
    assert listed["5800余人"] != "深圳证券交易所"  # a venue after 在, not a body that opens the clause


def test_what_a_speakers_role_says_of_them_before_de_is_no_part_of_their_post():
    text = ("安徽经济稳中有进\n在芜湖市鸠江区，安徽长晟汽车零部件股份有限公司的车间里，压铸机正满负荷运转。“今年1至9月公司营收达到"
            "27.3亿元。”今年46岁、在汽车零部件行业干了20多年的公司总经理刘建伟介绍，两条新产线将于12月底前投产。")
    rows = {q["text"]: q for q in extract.extract_document(_doc(text))["quantities"] if q["claim"]}
    assert rows["27.3亿元"]["actor"] == rows["两条"]["actor"] == "安徽长晟汽车零部件股份有限公司"
    assert rows["46岁"]["subject"] == "刘建伟年龄"


def test_figures_quoted_from_a_speaker_whose_role_points_at_a_company_are_that_companys():
    text = ("小油茶大产业\n在光山县绿源油茶科技有限公司的生产车间里，灌装线正在满负荷运转。“我们今年收购鲜果1.6万吨，比去年多了"
            "近两成。”该公司总经理胡文斌介绍。\n华丰食品有限公司也在扩产。“今年销售额增长12%。”公司负责人说。")
    rows = _claims(text)
    assert rows["1.6万吨"] == rows["近两成"] == "光山县绿源油茶科技有限公司"


def test_a_company_that_opens_an_indented_paragraph_is_named_again_by_gongsi_with_what_it_has():
    text = ("事故调查报告摘要\n来源：常州市应急管理局\n　　常州鑫瑞达金属制品有限公司（以下简称鑫瑞达公司）车间发生一起爆炸事故。\n"
            "　　鑫瑞达公司成立于2011年3月，注册资本800万元，主要从事配件抛光加工。公司现有员工46人。")
    rows = _claims(text)
    assert rows["46人"] == "常州鑫瑞达金属制品有限公司"


def test_a_speaker_whose_posts_list_a_body_and_a_division_alone_speaks_for_the_body():
    text = ("前三季度安徽省外贸进出口6628.4亿元\n“前三季度，全省外贸规模创历史同期新高。”合肥海关新闻发言人、统计分析处处长许卫东"
            "在发布会上介绍，一季度全省进出口为2031.6亿元。\n民营企业进出口占比超六成。")
    rows = _claims(text)
    assert rows["2031.6亿元"] == rows["超六成"] == "合肥海关"  # not 统计分析处, its division
    from helpers.extract import organizations, places, quotes
    from helpers.extract.document import SpeakerBodies
    view = "“一般贸易保持增长。”全国人大代表、综合统计处处长王明说。"
    bodies = SpeakerBodies(view, organizations.find(view, 0, len(view), places.find(view), None))
    said = quotes.Quote(0, 10, "一般贸易保持增长。", "王明", "全国人大代表、综合统计处处长")
    assert bodies.of(said).mention == "综合统计处"  # a seat in a body is no post that speaks for it


def test_a_place_that_opens_a_company_name_places_no_later_sentence_nor_the_next_paragraph():
    text = ("赣州市卫生健康委员会关于HPV疫苗接种的通知\n（二）疫苗及程序。使用国产双价HPV疫苗，由厦门万泰沧海生物技术有限公司"
            "生产。接种2剂次，间隔6个月。\n（三）接种单位。每个临时接种点配备医生不少于1名。")
    rows = _claims(text, "place")
    assert rows["6个月"] == rows["不少于1名"] == "江西省"  # not 福建省, where the maker is registered
    results = "永和股份2024年年报\n永和股份发布年报。参股公司四川天宜锂业科技有限公司年产能8000吨。\n报告期末，公司总资产86.35亿元。"
    assert _claims(results, "place")["86.35亿元"] != "四川省"  # an affiliate's province, in a text about no province


def test_a_body_a_sentence_says_opened_goes_on_into_no_next_sentence():
    text = ("政府工作报告\n——2026年1月在江西省第十四届人民代表大会第五次会议上\n江西省人民政府\n"
            "过去一年，我们深化改革。江西农商联合银行挂牌开业，新增上市公司6家。累计推进60项重点事项。")
    assert _claims(text)["60项"] != "江西农商联合银行"


def test_a_bulletins_note_gives_each_figure_it_lists_to_its_source():
    text = ("赣州市2025年国民经济和社会发展统计公报\n赣州市统计局　国家统计局赣州调查队\n"
            "全年居民消费价格比上年上涨0.3%，其中食品烟酒类价格下降0.8%。全体居民人均可支配收入32000元。全年进口100亿元。\n"
            "[3]居民消费价格、居民人均可支配收入数据来源于国家统计局赣州调查队；财政数据来源于市财政局。")
    rows = {q["text"]: q for q in extract.extract_document(_doc(text))["quantities"] if q["claim"]}
    assert rows["0.3%"]["actor"] == rows["32000元"]["actor"] == "国家统计局赣州调查队"
    assert rows["100亿元"]["actor"] == "赣州市统计局"
    assert rows["0.8%"]["subject"] == "食品烟酒类价格下降"  # the change said once
    for note in ("注：1.居民消费价格、居民人均可支配收入数据来源于国家统计局赣州调查队。",
                 "本公报中居民消费价格和居民人均可支配收入等数据来源于国家统计局赣州调查队。"):
        noted = text.split("[3]")[0] + note
        assert {q["text"]: q["actor"] for q in extract.extract_document(_doc(noted))["quantities"]}["0.3%"] == "国家统计局赣州调查队"


def test_a_noted_figure_named_with_words_between_and_its_kind_after_it_in_the_paragraph_go_to_its_source():
    text = ("湖南省2025年国民经济和社会发展统计公报\n湖南省统计局　国家统计局湖南调查总队\n"
            "全年居民消费价格比上年上涨0.2%。八大类商品和服务价格中，食品烟酒价格下降0.8%。工业增加值增长6%。\n"
            "全年粮食总产量3098.5万吨。其中，早稻产量794.2万吨。生猪出栏5800万头。\n"
            "全年全省居民人均可支配收入37856元。\n按收入来源分，人均工资性收入20417元。\n"
            "3.本公报中居民消费价格、居民收入与消费支出、粮食产量数据来源于国家统计局湖南调查总队；其他数据来源于省统计局。")
    rows = _claims(text)
    survey = "国家统计局湖南调查总队"
    assert [rows[v] for v in ("0.2%", "0.8%", "3098.5万吨", "794.2万吨", "37856元", "20417元")] == [survey] * 6
    assert rows["6%"] == rows["5800万头"] == "湖南省统计局"


def test_the_parts_a_sentence_right_after_a_noted_figure_gives_under_qizhong_go_to_its_source():
    text = ("常德市2024年统计公报\n常德市统计局\n年末全市登记在册经营主体52.86万户，比上年末增长7.4%。其中，企业10.37万户，"
            "个体工商户41.65万户。全年新设立经营主体7.2万户。\n全市粮食产量300万吨。其中，早稻100万吨。\n"
            "①本公报中经营主体数据来源于市市场监督管理局，其余数据来源于常德市统计局。")
    rows = _claims(text)
    assert rows["52.86万户"] == rows["10.37万户"] == rows["41.65万户"] == "常德市市场监督管理局"
    assert rows["300万吨"] == rows["100万吨"] == "常德市统计局"  # the parts of a figure no note names stay the bulletin's
    text = ("许昌市2024年统计公报\n许昌市统计局\n年末全市实有市场主体48.6万户，全年新增城镇就业6.8万人。其中，新增就业困难人员就业"
            "0.9万人。\n注：市场主体数据来源于市市场监督管理局。")
    rows = _claims(text)
    assert rows["0.9万人"] == "许昌市统计局"  # the parts of the figure right before, which no note names
    text = ("许昌市2024年统计公报\n许昌市统计局\n年末全市实有市场主体12.83万户，全年新增城镇就业1.26万人。其中，个体工商户"
            "9.12万户。\n注：市场主体数据来源于市市场监督管理局。")
    assert _claims(text)["9.12万户"] == "许昌市市场监督管理局"  # the parts of the figure in their unit (户), not the last
    text = ("常德市2024年统计公报\n常德市统计局\n年末全市登记在册经营主体52.86万户。其中，企业14.86万户，占24.2%。\n"
            "①本公报中经营主体数据来源于市市场监督管理局。")
    assert _claims(text)["24.2%"] == "常德市市场监督管理局"  # the part's share, the part's source
    text = ("许昌市2024年统计公报\n许昌市统计局\n年末全市实有市场主体41.4万户。其中，企业9.85万户，占23.8%，全年城镇新增就业"
            "6.12万人，城镇登记失业率2.9%。\n注：市场主体数据来源于市市场监督管理局。")
    rows = _claims(text)
    assert rows["23.8%"] == "许昌市市场监督管理局" and rows["6.12万人"] == rows["2.9%"] == "许昌市统计局"  # later figures


def test_a_note_that_names_a_bulletins_chapter_gives_it_the_chapters_figures():
    text = ("赣州市2025年国民经济和社会发展统计公报\n赣州市统计局　国家统计局赣州调查队\n六、财政和金融\n"
            "全年一般公共预算收入352.6亿元，其中税收收入231.8亿元。\n年末全市金融机构本外币各项存款余额8612.4亿元。\n"
            "全年接待游客1.2亿人次。\n[3]财政数据来源于市财政局；金融数据来源于中国人民银行赣州市分行。")
    rows = _claims(text)
    assert rows["352.6亿元"] == rows["231.8亿元"] == "赣州市财政局"
    assert rows["8612.4亿元"] == "中国人民银行赣州市分行"
    assert rows["1.2亿人次"] == "赣州市统计局"  # a chapter the notes do not name stays the bulletin's


def test_a_notes_items_joined_by_yu_are_two_unless_one_term():
    text = ("赣州市2025年统计公报\n赣州市统计局　国家统计局赣州调查队\n年末金融机构存款余额8600亿元，贷款余额8900亿元。"
            "全年研究生教育招生2.1万人。全体居民人均可支配收入中位数28000元。\n"
            "[3]存款与贷款数据来源于中国人民银行赣州市分行；研究与试验发展经费数据来源于市科学技术局；"
            "居民收入与消费支出数据来源于国家统计局赣州调查队。")
    rows = _claims(text)
    assert rows["8600亿元"] == rows["8900亿元"] == "中国人民银行赣州市分行"
    assert rows["2.1万人"] == "赣州市统计局" and rows["28000元"] == "国家统计局赣州调查队"


def test_what_a_locative_places_abroad_happens_in_that_country_in_any_text():
    text = ("东莞企业加快出海\n\n澄远科技主营储能电池。2021年，公司在泰国罗勇府投资约2.3亿美元建设首个海外生产基地，一期年产能5吉瓦时。"
            "2024年，澄远科技在匈牙利德布勒森投资1.6亿欧元建设欧洲研发制造中心。\n\n公司今年营收增长30%。")
    claims = {q["text"]: q["place"] for q in extract.extract_document(_doc(text))["quantities"] if q["claim"]}
    assert (claims["约2.3亿美元"], claims["1.6亿欧元"]) == ("泰国", "匈牙利")
    assert claims["30%"] != "匈牙利"
    said = ("开放\n\n市长在德国汉堡出席经贸洽谈会时表示，我市今年外贸进出口增长12%。"
            "我市企业在泰国罗勇府投资约2.3亿美元，在匈牙利德布勒森投资1.6亿欧元。")
    claims = {q["text"]: q["place"] for q in extract.extract_document(_doc(said))["quantities"] if q["claim"]}
    assert claims["12%"] != "德国"  # where the mayor spoke frames the clause after it, no figure's place
    assert (claims["约2.3亿美元"], claims["1.6亿欧元"]) == ("泰国", "匈牙利")  # each clause's own country
    carried = ("出海\n\n公司在泰国罗勇府投资约2.3亿美元建设首个海外生产基地，一期年产能5吉瓦时。"
               "公司在德国、法国等欧洲国家新设投资企业15家。")
    claims = {q["text"]: q["place"] for q in extract.extract_document(_doc(carried))["quantities"] if q["claim"]}
    assert claims["5吉瓦时"] == "泰国" and claims["15家"] not in ("德国", "法国")  # the clause goes on there; two countries
    quoted = ("出海\n\n“去年我们在印度尼西亚的工厂投产，年产能2万辆，今年又在泰国布局了售后服务中心。”公司董事长韦志刚说，"
              "“上半年公司出口新能源汽车1.56万辆。”")
    claims = {q["text"]: q["place"] for q in extract.extract_document(_doc(quoted))["quantities"] if q["claim"]}
    assert claims["2万辆"] == "印度尼西亚" and claims["1.56万辆"] != "印度尼西亚"  # words after 说 are said elsewhere
    going_on = ("出海\n\n华友钴业在印度尼西亚投资建设镍铁项目，据介绍，项目一期年产镍铁20万吨。"
                "公司在泰国曼谷建设海外仓，2023年投入使用时，仓储面积达到2万平方米。")
    claims = {q["text"]: q["place"] for q in extract.extract_document(_doc(going_on))["quantities"] if q["claim"]}
    assert (claims["20万吨"], claims["2万平方米"]) == ("印度尼西亚", "泰国")  # no new words quoted: still there
    required = "出海\n\n公司在越南海防设立工厂，按照当地政府要求，“工厂本地员工比例不低于80%”。"
    claims = {q["text"]: q["place"] for q in extract.extract_document(_doc(required))["quantities"] if q["claim"]}
    assert claims["不低于80%"] == "越南"  # 要求 is no speech: the same matter goes on


def test_the_government_whose_head_delivers_its_work_report_reports_the_figures():
    text = ("《政府工作报告》摘要\n\n1月20日，牟定县人民政府县长李永军在作《政府工作报告》时，对2021年工作作了全面回顾。\n\n"
            "报告指出，2021年，全县地区生产总值完成92.9亿元，增长9.1%。")
    claims = [q for q in extract.extract_document(_doc(text))["quantities"] if q["claim"]]
    assert [(q["text"], q["actor"]) for q in claims] == [("92.9亿元", "牟定县人民政府"), ("9.1%", "牟定县人民政府")]


def test_a_work_report_named_by_its_title_is_the_text_itself_whose_figures_no_body_reports():
    text = "某省政府工作报告（摘要）\n\n过去一年，全省经济回升向好。地区生产总值突破5.5万亿元，比上年增长6.1%。"
    claims = [q for q in extract.extract_document(_doc(text))["quantities"] if q["claim"]]
    assert [(q["text"], q["actor"]) for q in claims] == [("突破5.5万亿元", ""), ("6.1%", "")]


def test_a_place_right_after_another_in_a_bodys_name_names_the_body():
    text = "标题\n\n宁夏加快发展，宁夏银川、宁夏吴忠扩大开放。争取设立宁夏闽江应用技术学院，新建学校12所。"
    tables = extract.extract_document(_doc(text))
    assert "闽江" not in {p["mention"] for p in tables["places"]}
    assert {q["place"] for q in tables["quantities"] if q["claim"]} == {"宁夏回族自治区"}


def test_a_clause_that_ranks_names_nothing_a_later_change_measures():
    text = "标题\n一季度全市生产总值47.92亿元，同比增长7.8%，位列全省第三，比去年全年提高0.3个百分点。"
    claims = _claims(text, "subject")
    assert "第三" not in claims["0.3个百分点"] and "生产总值" in claims["0.3个百分点"]


def test_an_average_alone_is_the_average_of_the_thing_before_it():
    text = "标题\n今年入境旅客突破2000万人次，日均达10.6万人次。\n地区生产总值达到1.35万亿元、人均达到3.8万元。"
    claims = _claims(text, "subject")
    assert claims["10.6万人次"] == "日均入境旅客"
    assert claims["3.8万元"] in ("人均地区生产总值", "人均")  # of the product, not of its total (人均总量)


def test_a_reports_title_names_its_author_before_its_year():
    text = "岳阳楼区水利局2022年工作总结\n2022年，我们开展防汛演练两次，受理群众来电40余次。"
    claims = [q for q in extract.extract_document(_doc(text))["quantities"] if q["claim"]]
    assert {(q["actor"], q["place"]) for q in claims} == {("岳阳楼区水利局", "湖南省")}


def test_a_share_opened_by_zhan_is_a_share_of_the_thing_before_it():
    text = "标题\n浦东上市公司228家，占全市的1/3。出口规模突破4万亿元，占全国份额从14%提升到15.5%。"
    claims = _claims(text, "subject")
    assert claims["1/3"] == "浦东上市公司占全市"
    assert claims["14%"] == claims["15.5%"] == "出口规模占全国份额"


def test_a_headline_about_a_body_names_no_author_and_visitors_counted_where_they_arrive_keep_the_place():
    for title in ("岳阳楼区水利局工作人员违纪被查", "国家林业局2017年被审计署点名"):
        claims = [q for q in extract.extract_document(_doc(title + "\n今年共查处违纪案件3起。"))["quantities"] if q["claim"]]
        assert [q["actor"] for q in claims] == [""]
    text = "海南旅游\n三亚游客接待量达到100万人次。海口旅客吞吐量同比增长15%。"
    assert {q["place"] for q in extract.extract_document(_doc(text))["quantities"] if q["claim"]} == {"海南省"}
    national = ("全国消费平稳增长\n国家统计局发布数据，社会消费品零售总额同比增长4.7%。\n服务零售额增长5.2%。\n"
                "在深圳，全市消费市场活跃。")  # 全市 only past the lead: a national text
    claims = {q["text"]: q["place"] for q in extract.extract_document(_doc(national))["quantities"] if q["claim"]}
    assert claims["4.7%"] == ""


def test_a_body_on_the_line_under_the_title_issues_the_bulletin():
    text = "子洲县二〇二三年国民经济和社会发展统计公报\n子洲县统计局\n2024年4月15日\n全年全县生产总值98.38亿元，比上年增长3.1%。"
    claims = [q for q in extract.extract_document(_doc(text))["quantities"] if q["claim"]]
    assert {q["actor"] for q in claims} == {"子洲县统计局"}


def test_the_body_a_reporter_learned_from_in_the_lead_speaks_for_the_text_over_one_that_announced_before():
    text = ("陕西高校获资助项目数创新高\n本报西安9月4日电 日前，国家自然科学基金委员会公布2023年度评审结果。记者从陕西省科学技术厅获悉，"
            "陕西共获批各类项目4236项。\n高校是获批项目的“主力军”。据统计，全省共有41所高校获得资助，获批项目3857项。")
    assert _claims(text)["3857项"] == "陕西省科学技术厅"
    cpi = ("8月份CPI同比上涨0.6%\n新华社北京9月9日电 国家统计局9日发布数据显示，8月份全国居民消费价格同比上涨0.6%。"
           "记者从国家发展改革委获悉，近期猪肉价格有所回升。\n1—8月平均，全国居民消费价格比上年同期上涨0.2%。")
    assert _claims(cpi)["0.2%"] == "国家统计局"  # a body whose own announcement gave figures keeps the text


def test_the_body_a_reporter_learned_from_right_after_a_summary_lead_speaks_for_the_text():
    text = ("安徽前三季度新增专项债发行超2000亿元\n前三季度，安徽新增专项债券资金已支出1638亿元。受访人士认为，政策重心将转向用好资金。\n"
            "专项债券发行正进入收尾阶段。第一财经记者从安徽省财政厅获悉，今年1—9月，安徽累计发行新增专项债券2056.3亿元。\n"
            "加上再融资专项债券，前三季度安徽共发行专项债券2488.6亿元。\n七成以上投向基础设施\n从投向看，交通基础设施占比17.6%。")
    claims = _claims(text)
    assert claims["2488.6亿元"] == claims["17.6%"] == claims["1638亿元"] == "安徽省财政厅"
    told = ("合肥夜市升温\n夜幕降临，合肥罍街人头攒动，摊位前排起长队。\n一位摊主说，国庆以来营业额翻了一番。\n"
            "全市夜间消费同比增长12.5%。")
    assert _claims(told)["12.5%"] == ""  # a second paragraph that learns from no body names no source


def test_a_body_whose_officials_the_headline_has_brief_speaks_for_the_text():
    text = ("民政部、财政部有关负责人解读残疾人两项补贴新政\n人民网北京11月18日电 近日，民政部、财政部、中国残联联合印发《通知》。\n"
            "数据显示，全国困难残疾人生活补贴惠及1189.6万人。")
    assert _claims(text)["1189.6万人"] == "民政部"
    plain = "残疾人两项补贴新政出台\n人民网北京11月18日电 近日，民政部、财政部联合印发《通知》。\n数据显示，全国惠及1189.6万人。"
    assert _claims(plain)["1189.6万人"] == ""  # a headline that has no official brief names no source


def test_a_place_that_qualifies_a_benefits_recipients_is_no_actor_of_their_count():
    text = "安徽民政\n省民政厅召开新闻发布会。\n阜阳市低保对象最多，为15.2万人，占全省总数的12%。"
    assert _claims(text)["15.2万人"] == "安徽省民政厅"  # 阜阳市|低保对象: the place's recipients, the bureau's figure


def test_a_lead_paragraph_that_asks_leaves_the_lead_to_the_next():
    text = ("湖北年均城镇新增就业保持在90万人以上\n湖北日报记者 周寿江\n就业是最基本的民生。如何促进就业创业？\n"
            "9月22日，湖北省政府新闻办举行新闻发布会。省人社厅厅长李述永介绍，五年来城镇新增就业90万人以上。\n"
            "全省高校毕业生就业率保持在90%以上。")
    claims = _claims(text)
    assert claims["90%以上"] == "湖北省人力资源和社会保障厅"  # its canonical name


def test_a_paper_credited_with_its_site_carries_the_report_it_dates():
    text = ("9月末M2余额同比增长8.4%\n中国证券报·中证网讯（记者　彭扬）中国人民银行10月15日发布的金融统计数据报告显示，"
            "9月末，广义货币（M2）余额335.38万亿元，同比增长8.4%。")
    assert _claims(text)["335.38万亿元"] == "中国人民银行"


def test_a_press_office_listed_first_among_a_briefings_hosts_reports_nothing():
    text = ("上半年全省城镇新增就业28.36万人\n本报南昌7月16日讯（记者钟颖）7月16日上午，省政府新闻办、省人力资源和社会保障厅"
            "联合召开新闻发布会，通报2025年上半年全省人力资源和社会保障工作情况。\n上半年全省城镇新增就业28.36万人。")
    assert _claims(text)["28.36万人"] == "江西省人力资源和社会保障厅"


def test_an_official_who_ends_a_paragraph_speaking_reports_the_figures_that_go_on():
    text = ("新疆上半年经济\n记者从新闻发布会上获悉，上半年经济运行稳中有进。\n"
            "“上半年，积极因素不断积累，整体向好。”自治区统计局副局长宋秀红说。\n"
            "分行业看，上半年，农林牧渔业总产值1137.74亿元，同比增长5.1%。")
    claims = _claims(text)
    assert claims["1137.74亿元"].endswith("统计局")


def test_a_place_that_acts_in_a_departments_release_is_the_actor_and_one_that_reached_a_result_is_not():
    text = ("入汛以来我省防汛工作有序推进\n发布时间：2025-07-14　信息来源：江西省应急管理厅\n"
            "7月13日，江西省应急管理厅召开全省防汛救灾视频调度会。\n"
            "抚州市在抚河干流等重点堤段实行昼夜巡堤查险，累计出动巡查人员9.6万人次。九江市完成水利投资30亿元。")
    claims = _claims(text)
    assert claims["9.6万人次"] == "抚州市"
    assert claims["30亿元"] == "江西省应急管理厅"


def test_a_university_a_quoted_graduate_came_from_is_no_feature_the_text_is_about():
    text = ("合肥升级人才新政\n“来合肥工作第一年，房租基本靠补贴就够了。”今年3月，刚从中国科学技术大学硕士毕业、入职合肥一家新能源"
            "汽车企业的林晓宇告诉澎湃新闻。\n一家集成电路企业的负责人告诉澎湃新闻，今年春招，公司计划招聘约600人。")
    assert _claims(text)["约600人"] == ""  # named once, where a graduate's path is told: 公司 is another body


def test_a_post_that_names_the_company_by_its_kind_speaks_for_the_company_a_feature_is_about():
    text = ("湘芯动力：一颗“电驱心脏”带起百亿级产业园\n2025-05-19　来源：经济日报\n"
            "湖南湘芯动力科技股份有限公司总经理周立新说，订单排到了8月份。该公司2024年实现营业收入86.72亿元。\n"
            "在湘芯动力研究院，记者看到一台刚完成测试的电机。研究院院长、公司副总经理孙浩然介绍，公司近3年累计研发投入14.6亿元，"
            "现有研发人员1260名。")
    claims = _claims(text)
    assert claims["14.6亿元"] == claims["1260名"] == "湖南湘芯动力科技股份有限公司"


def test_the_company_that_builds_the_work_a_feature_is_about_gives_the_work_s_figures():
    text = ("通讯：走进赞比亚中赞卡富埃农业产业园\n　　新华社卢萨卡5月19日电　五月中旬，赞比亚进入旱季，赞比亚卡富埃河畔一派繁忙景象。\n"
            "　　这里是中赞卡富埃农业产业园。园区由总部位于河南省郑州市的豫赞农业发展有限公司投资建设，总面积约8600公顷。\n"
            "　　今年园区玉米种植面积3100公顷，是赞比亚最大的农场之一。园区总经理王建军说，园区将播种冬小麦1800公顷。")
    claims = _claims(text)
    assert claims["3100公顷"] == claims["1800公顷"] == "豫赞农业发展有限公司"  # a Chinese company's farm abroad: its own
    home = ("通讯：产业园里的新希望\n　　新华社郑州5月19日电　兰考县产业园一派繁忙景象。\n　　园区由兰考县城市建设投资发展有限公司"
            "投资建设，总面积约860公顷。\n　　今年园区入驻企业86家，园区产值120亿元。园区负责人说，园区将新增岗位3000个。")
    assert _claims(home)["86家"] == ""  # at home, a park's figures are no investor's


def test_a_lower_courts_judge_quoted_in_a_high_courts_report_is_an_example_not_its_reporter():
    text = ("甘肃省高级人民法院工作报告\n——2025年1月14日在甘肃省第十四届人民代表大会第三次会议上\n甘肃省高级人民法院院长　马振平\n"
            "各位代表：\n（四）践行司法为民。积石山县人民法院大河家人民法庭庭长韩永福说：“帐篷就是法庭，炕头就是调解室。”"
            "开展专项执行行动，为1.86万名农民工追回劳动报酬3.12亿元。全年执结案件19.4万件，执行到位金额324.6亿元。")
    claims = _claims(text)
    assert claims["19.4万件"] == claims["324.6亿元"] == "甘肃省高级人民法院"


def test_the_first_official_to_speak_at_a_briefing_the_lead_tells_of_speaks_for_the_whole_text():
    rest = ("“上半年，积极因素不断积累，整体向好。”自治区统计局副局长宋秀红说。\n"
            "分行业看，上半年，农林牧渔业总产值1137.74亿元。\n"
            "工业生产稳定增长，全区规模以上工业企业增加值增长11.4%。")
    for lead, actor in (("记者从新闻发布会上获悉，上半年经济运行稳中有进。", "自治区统计局"),
                        ("上半年经济运行稳中有进。", "")):  # no briefing: the official's body reports on one paragraph
        text = f"新疆上半年经济\n{lead}\n{rest}"
        claims = _claims(text)
        assert claims["11.4%"] == actor
    text = ("新疆上半年经济\n记者从新闻发布会上获悉，上半年经济运行稳中有进。\n"  # a company's manager speaks for no text
            "“上半年，订单不断增加。”新疆天业集团有限公司总经理张强说。\n分行业看，农林牧渔业总产值1137.74亿元。\n"
            "工业生产稳定增长，全区规模以上工业企业增加值增长11.4%。")
    claims = _claims(text)
    assert claims["11.4%"] == ""


def test_a_briefing_lead_after_a_one_sentence_standfirst_and_an_official_with_a_chain_of_titles_speak_for_the_text():
    briefing = ("13日，国务院新闻办公室举行新闻发布会。据海关总署统计，一季度进出口总值9.42万亿元。\n"
                "海关总署新闻发言人、统计分析司司长李魁文称，外贸实现了开局稳。\n今年以来，我国对东盟进出口增长8.4%。")
    actors = _claims(f"标题\n一季度，我国货物贸易进出口同比增长超过10%。\n{briefing}")
    assert actors["8.4%"] == actors["超过10%"] == "海关总署"  # in indirect speech, named with two titles
    actors = _claims(f"标题\n一季度进出口平稳。出口好于预期，增长13%。\n{briefing}")
    assert actors["13%"] == ""  # a lead of two sentences that tells of no briefing: the briefing is no lead


def test_the_figures_a_briefing_report_states_before_its_official_speaks_are_that_officials_body_s():
    text = ("省上半年经济\n记者从29日召开的经济运行情况新闻发布会上获悉：上半年，全省实现生产总值7328.90亿元，同比增长9.9%。\n"
            "“上半年，积极因素不断积累，整体向好。”省统计局副局长王明说。\n分行业看，农林牧渔业总产值1137.74亿元。")
    claims = _claims(text)
    assert claims["7328.90亿元"] == claims["9.9%"] == claims["1137.74亿元"] != ""
    text = ("省上半年经济\n记者从29日召开的经济运行情况新闻发布会上获悉：上半年，全省实现生产总值7328.90亿元。"
            "“今年我们店的营业额增长了30%。”个体户张华说。\n“上半年，积极因素不断积累。”省统计局副局长王明说。")
    claims = _claims(text)
    assert claims["7328.90亿元"] != "" and claims["30%"] == ""  # what a resident is quoted saying stays theirs


def test_the_body_a_reporter_learnt_the_figures_from_reports_them():
    for verb in ("获悉", "了解到"):
        text = (f"浦东上市公司\n17日，记者从上海浦东新区金融工作局{verb}，截至2022年12月31日，浦东上市公司228家。"
                "2022年，浦东新增上市企业21家。")
        claims = _claims(text)
        assert claims["228家"] == claims["21家"] == "上海浦东新区金融工作局", verb
    text = "科技\n企业在市科技局帮助下获得知识产权。\n去年全市发明专利授权量达5000件。"  # 得知 inside 获得知识产权
    assert {q["actor"] for q in extract.extract_document(_doc(text))["quantities"] if q["claim"]} == {""}


def test_where_goods_are_sent_is_no_place_of_their_figures():
    text = ("皋兰县钱家窑村蔬菜丰收\n皋兰县钱家窑村的合作社正在包装西红柿，准备运往重庆等国内大型市场。"
            "蔬菜远销重庆双福农贸国际市场和安徽蚌埠，年销量达到8000吨左右。")
    assert {q["place"] for q in extract.extract_document(_doc(text))["quantities"] if q["claim"]} == {"甘肃省"}
    gone = "标题\n李林森家住吉林省舒兰市。1994年，李林森从亲朋好友那里借来5000元钱，一个人到北京打拼，开了家餐馆。"
    assert {q["place"] for q in extract.extract_document(_doc(gone))["quantities"] if q["claim"]} == {"吉林省"}  # went there
    site = ("标题\n黑龙江省齐齐哈尔市克山县河南乡仁和村农民刘友把45亩土地入社。\n他去大连建筑工地打工，每月收入2000多元。\n"
            "去年分红将近4万元。")  # where he works, a few characters before the work
    assert {q["place"] for q in extract.extract_document(_doc(site))["quantities"] if q["claim"]} == {"黑龙江省"}


def test_changes_after_fenbie_follow_the_values_listed_before_them():
    text = "标题\n一季度全国实施水利项目2.35万个、在建规模4.7万亿元，同比分别增长15.8%、12.3%。"
    claims = _claims(text, "subject")
    assert claims["15.8%"].endswith("水利项目增长") and claims["12.3%"] == "水利项目在建规模增长"
    own = "标题\n民生支出占一般公共预算支出87%，城乡居民人均可支配收入分别增长4.4%、5.8%。"  # the clause names its own
    claims = _claims(own, "subject")
    assert claims["4.4%"].startswith("城乡居民人均可支配收入")


def test_a_dateline_place_is_not_carried_to_the_paragraphs_after_the_lead():
    text = ("前两月外贸开门红\n中新网北京3月26日电(记者 宋宇晟)“如果各位到口岸,一定会看见车水马龙的景象。”“今年前两个月,进出口6.61万亿元。”\n"
            "商务部副部长郭婷婷介绍,今年前两个月,货物进出口6.6万亿元,增长8.7%。\n可以说,今年外贸实现了开门红。\n"
            "郭婷婷给出的数据显示,今年前两个月,社会消费品零售总额8.1万亿元,同比增长5.5%。")
    places_of = {q["text"]: q["place"] for q in extract.extract_document(_doc(text))["quantities"] if q["claim"]}
    assert places_of["8.1万亿元"] == ""  # 北京 is where the reporter filed, not where the figures are


def test_a_speaker_s_body_is_none_of_the_text_s_bodies_when_their_role_names_a_state_abroad_before_it():
    from helpers.extract import organizations
    from helpers.extract.document import SpeakerBodies
    from helpers.extract.quotes import Quote

    view = "美国财政部长耶伦致信国会说，即日起财政部将采取特别措施。市财政局局长李明说，今年收入增长。"
    orgs = [organizations.Org(view.index(n, 10), view.index(n, 10) + len(n), n, canonical, kind, level)
            for n, canonical, kind, level in (("财政部", "财政部", "state_council_ministry", "central"),
                                              ("市财政局", "市财政局", "local_government", "local"))]
    bodies = SpeakerBodies(view, orgs)
    assert bodies.of(Quote(0, 1, "……", "耶伦", "美国财政部长")) is None  # 财政部 here is the text's, read as China's
    assert bodies.of(Quote(0, 1, "……", "某某", "美国财政部部长")) is None  # the country read with its body
    assert bodies.of(Quote(0, 1, "……", "李明", "市财政局局长")).name == "市财政局"


def test_a_speaker_of_several_posts_speaks_for_the_body_their_words_name():
    from helpers.extract import organizations
    from helpers.extract.document import SpeakerBodies
    from helpers.extract.quotes import Quote

    role = "官和村党支部书记、黔农农机专业合作社理事长"
    orgs = [organizations.Org(role.index(n), role.index(n) + len(n), n, n, kind, "")
            for n, kind in (("官和村党支部", "local_government"), ("黔农农机专业合作社", "company"))]
    bodies = SpeakerBodies(role, orgs)
    assert bodies.of(Quote(0, 1, "这是合作社的第2次分红，共盈利23.4万元。", "吴祥政", role)).name == "黔农农机专业合作社"
    assert bodies.of(Quote(0, 1, "今年共盈利23.4万元。", "吴祥政", role)).name == "官和村党支部"  # the secretary's post leads


def test_a_role_that_opens_with_a_kind_of_body_names_the_one_body_of_that_kind_in_the_text():
    text = ("在江西三连制衣有限公司生产车间，工人们正忙着。\n\n“去年我们产值突破2.4亿元，今年计划再增加4条生产线。”公司厂长鄢波信心满满。")
    actors = _claims(text)
    assert actors == {"突破2.4亿元": "江西三连制衣有限公司", "4条": "江西三连制衣有限公司"}
    two = "江西三连制衣有限公司与安踏有限公司合作。\n\n“去年我们产值突破2.4亿元。”公司厂长鄢波说。"
    actors = _claims(two)
    assert actors == {"突破2.4亿元": ""}  # two companies: which one is the speaker's is not said


def test_a_role_that_is_no_head_of_its_body_speaks_for_no_body():
    text = "在江西三连制衣有限公司生产车间，工人们正忙着。\n\n“去年我一个月挣了5000元。”公司员工李红说。"
    actors = _claims(text)
    assert actors["5000元"] == ""


def test_a_document_that_says_it_is_drafted_is_issued_by_the_organ_it_names_most():
    text = ("为促进消费，结合我县实际，制定以下活动方案。\n一、发放方式\n本次消费券由平罗县商务局印制并发放。\n"
            "二、活动规则\n共印发1.1万张，由平罗县财政局审核。活动费用总预算55万元，由平罗县商务局承担。")
    assert set(_claims(text).values()) == {"平罗县商务局"}
    news = ("县里发放消费券\n本次消费券由平罗县商务局印制并发放。\n共印发1.1万张，由平罗县财政局审核。活动费用总预算55万元，由平罗县商务局承担。")
    assert _claims(news)["1.1万张"] == ""  # no preamble that brings in a document's body: no issuer


def test_a_signature_of_bodies_over_a_date_names_the_issuer_spaced_or_not():
    bulletin = ("2023年山东省国民经济和社会发展统计公报\n山 东 省 统 计 局\n国家统计局山东调查总队\n2024年3月3日\n"
                "一、综合\n全年实现地区生产总值92068.7亿元，比上年增长6.0%。")
    tables = extract.extract_document(_doc(bulletin))
    assert {q["actor"] for q in tables["quantities"] if q["claim"]} == {"山东省统计局"}
    assert [o["mention"] for o in tables["organizations"]] == ["山 东 省 统 计 局", "国家统计局山东调查总队"]
    cover = ("各区、县人民政府：\n经市政府同意，现将为民实事实施方案印发给你们，请认真组织实施。\n西安市人民政府办公厅\n2025年4月1日\n"
             "为民实事实施方案\n聚力推动十个方面30项为民实事落地见效。")
    rows = [q for q in extract.extract_document(_doc(cover))["quantities"] if q["claim"]]
    assert {(q["actor"], q["place"]) for q in rows} == {("西安市人民政府办公厅", "陕西省")}


def test_bodies_alone_in_a_parenthesis_after_an_item_lead_it_and_a_credit_does_not():
    text = ("标题\n2.阶段性减征职工基本医疗保险费。将参保单位缴费费率由7%降至6%，为用人单位减负约39.13亿元。（市医疗保障局）\n"
            "3.新建养老服务站点20个。（市民政局、市财政局）")
    assert _claims(text) == {"7%": "市医疗保障局", "6%": "市医疗保障局", "约39.13亿元": "市医疗保障局", "20个": "市民政局"}
    credited = "标题\n1.全县地区生产总值增长12.6%达92.9亿元。（牟定县融媒体中心）"
    assert set(_claims(credited).values()) == {""}
    news = "我县举办农民丰收节\n9月23日，全县粮食总产量达到35万吨，增长3%。（县委宣传部）"  # a news item's credit
    assert set(_claims(news).values()) == {""}


def test_a_source_named_with_its_verb_reports_past_a_term_in_quotation_marks():
    text = ("中新社拉萨11月29日电 据拉萨海关统计，西藏对25个“一带一路”沿线国家和地区进出口贸易值14.74亿元。\n"
            "从主要贸易国家看，对尼泊尔贸易13.58亿元。")
    assert _claims(text)["13.58亿元"] == "拉萨海关"


def test_a_sentence_that_opens_with_a_company_gives_it_the_figures_after_it():
    text = ("标题\n近年来，一批高新技术企业入驻红安。湖北森峰铝模科技有限公司自主研发的铝合金模板，可以重复利用200次以上。"
            "生产线8月份试投产，已形成20万平方米的年产能。")
    assert set(_claims(text).values()) == {"湖北森峰铝模科技有限公司"}
    listed = "标题\n近年来，医药产业加快发展。珍宝岛药业、乌苏里江制药等老牌企业裂变项目4个。全年转移药号8个。"
    assert _claims(listed)["8个"] == ""  # a list of companies opens no one company's matter


def test_a_place_people_come_or_return_to_still_places_figures():
    text = "返乡创业热潮\n近年来，越来越多的在外务工人员回到红安县创业，去年新办企业120家。"
    assert {q["place"] for q in extract.extract_document(_doc(text))["quantities"] if q["claim"]} == {"湖北省"}


def test_no_drafting_organ_for_news_a_single_mention_or_a_preamble_that_runs_on():
    runs_on = ("稳就业政策出台\n近日，省政府出台本省稳就业若干措施。\n省人社厅负责人介绍，省人社厅将安排资金3亿元。\n"
               "全省城镇调查失业率控制在5.5%以内。")
    assert _claims(runs_on)["5.5%以内"] == ""
    this_year = "标题\n今年，我县制定本年度招商计划，全县签约项目30个。\n县商务局介绍，县商务局将做好服务。"
    assert _claims(this_year)["30个"] == ""
    once = "标题\n为贯彻落实省政府部署，结合我县实际，制定本方案。\n全县新建道路10公里，新建学校3所。"
    assert set(_claims(once).values()) == {""}  # the superior organ it obeys, named once, issues nothing
    addressed = ("关于开展消费券发放活动的通知\n各乡镇人民政府：\n为促进消费，结合我县实际，现将有关事项通知如下。\n"
                 "一、本次消费券由平罗县商务局印制并发放，共印发1.1万张。\n二、活动费用由平罗县商务局承担。")
    assert _claims(addressed)["1.1万张"] == "平罗县商务局"


def test_a_later_sentences_company_yields_to_the_texts_own_unit_and_its_paragraphs_end():
    text = "标题\n今年以来，全县工业经济稳中向好。比亚迪汽车有限公司新建生产线2条。全县规上工业增加值增长8%。"
    actors = _claims(text)
    assert actors["2条"] == "比亚迪汽车有限公司" and actors["8%"] == ""
    next_paragraph = "标题\n今年以来，全县工业经济稳中向好。比亚迪汽车有限公司新建生产线2条。\n其中，新能源汽车产量增长30%。"
    assert _claims(next_paragraph)["30%"] == ""
    own = "山东天玉建材科技有限公司项目开工\n天玉绿色、环保建材项目位于高新区，总投资17.8亿元。"  # its own projects listed
    assert _claims(own)["17.8亿元"] == "山东天玉建材科技有限公司"


def test_a_spaced_signature_closing_a_document_names_its_issuer_once():
    text = ("关于做好春耕备耕工作的通知\n各市农业农村局：\n今年全省计划播种粮食1.2亿亩。\n山 东 省 农 业 农 村 厅\n2024年3月3日")
    tables = extract.extract_document(_doc(text))
    assert [q["actor"] for q in tables["quantities"] if q["claim"]] == ["山东省农业农村厅"]
    assert [o["mention"] for o in tables["organizations"] if o["name"] == "山东省农业农村厅"] == ["山 东 省 农 业 农 村 厅"]
    assert not [o for o in tables["organizations"] if o["mention"] in ("农业农村厅", "山东省")]


def test_a_share_of_a_plans_target_is_of_the_thing_the_sentence_measured():
    text = "标题\n全年城镇新增就业124.5万人，完成全年目标的113.2%。全年粮食产量500万吨，为年度计划的105%。"
    subjects = _claims(text, "subject")
    assert subjects["113.2%"] == "城镇新增就业目标" and subjects["105%"] == "粮食产量年度计划"
    listed = "标题\n持续抓好省委确定的14项引领性改革和314项改革任务。"  # a count of tasks, no share of a target
    assert [q["subject"] for q in extract.extract_document(_doc(listed))["quantities"] if q["claim"]][-1] == "改革任务"


def test_a_part_that_names_only_what_it_did_is_part_of_the_thing_before():
    text = "标题\n1935-1950年，村中参军入伍的青年就有26人，其中四人壮烈牺牲。全市共有企业300家，其中规上企业120家。"
    subjects = _claims(text, "subject")
    assert subjects["四人"] == "村中参军入伍的青年壮烈牺牲" and subjects["120家"] == "规上企业"  # a part with its own noun


def test_a_transcripts_line_naming_a_speakers_body_title_and_name_gives_their_turn_to_that_body():
    text = ("广东省政府新闻办疫情防控第五十二场新闻发布会\n"
            "2020年4月10日下午，广东省人民政府新闻办公室召开疫情防控第五十二场新闻发布会，发布会共设8个席位。\n"
            "广东省卫生健康委副主任周紫霄\n周紫霄：各位媒体朋友，下午好！\n"
            "4月9日0至24时，全省新增出院11例。\n截至4月10日12时，全省累计出院1436例。\n"
            "记者：请问全省累计检测多少人？\n全省累计检测人数超过30万人。\n")
    actors = {q["text"]: q["actor"] for q in extract.extract_document(ingest.build("t", "t", text, "utf-8", b""))["quantities"]
              if q["claim"]}
    assert actors["11例"] == actors["1436例"] == "广东省卫生健康委员会"
    assert "卫生健康委" not in actors["8个"] + actors["超过30万人"]  # before the turn, after another label


def test_an_events_host_city_places_its_own_sentences_figures_not_the_next_paragraphs():
    text = ("综述：中哈合作\n2月，习近平主席会见了来华出席北京冬奥会开幕式的托卡耶夫总统。\n"
            "中哈两国经贸合作有着得天独厚的优势。2021年两国贸易额达到252.5亿美元。\n上海世博会实现入园游客7308万人次。\n")
    placed = {q["text"]: q["place"] for q in extract.extract_document(ingest.build("t", "t", text, "utf-8", b""))["quantities"]
              if q["claim"]}
    assert placed["252.5亿美元"] == "" and placed["7308万人次"] == "上海市"  # no place of its own, not 北京 carried on


def test_a_totals_part_in_a_place_is_measured_as_the_total_in_that_place():
    text = ("全省新增境外输入关联确诊病例3例，其中广州报告2例，河源报告1例。新增无症状感染者11例，分别为：广州6例、佛山3例、东莞2例。"
            "黄金、白银产量分别增长544.4%、199.2%。")
    subjects = [(q["text"], q["subject"]) for q in extract.extract_document(ingest.build("t", "t", text, "utf-8", b""))["quantities"]
                if q["claim"]]
    assert subjects[:7] == [("3例", "全省新增境外输入关联确诊病例"), ("2例", "广州新增境外输入关联确诊病例"),
                            ("1例", "河源新增境外输入关联确诊病例"), ("11例", "新增无症状感染者"), ("6例", "广州新增无症状感染者"),
                            ("3例", "佛山新增无症状感染者"), ("2例", "东莞新增无症状感染者")]  # each in its own place, not the one before
    assert subjects[-1] == ("199.2%", "白银产量增长")  # 白银, a metal a list names, not 白银市


def test_a_line_of_body_title_and_name_that_no_turn_of_theirs_follows_opens_no_turn():
    text = "全省新闻发布会\n出席发布会的有：\n省统计局副局长王明\n省发展改革委副主任李华\n会上介绍，全省生产总值增长5.2%。\n"
    assert "发展改革委" not in _claims(text)["5.2%"]


def test_a_turn_goes_on_past_an_outlines_label_and_ends_at_another_speakers_bracket():
    text = ("广东省疫情防控新闻发布会\n广东省卫生健康委副主任周紫霄\n周紫霄：各位媒体朋友，下午好！\n"
            "一是救治情况：全省新增出院11例。\n周主任：全省累计出院1436例。\n【广州海关副关长李明】口岸入境旅客12万人次。\n")
    actors = _claims(text)
    assert actors["11例"] == actors["1436例"] == "广东省卫生健康委员会" and "卫生健康委" not in actors["12万人次"]


def test_the_units_a_numbered_item_names_after_its_end_are_bodies_that_lead_it():
    text = ("苏人社[2024]7号\n各处室:\n现将目标任务分解如下。\n"
            "3.城镇居民人均可支配收入增长6%。 (工资处、就业中心)\n4.城镇登记失业率控制在4%。(就业处)\n"
            "5.制定配套文件3个。（试行）")
    doc = extract.extract_document(_doc(text))
    orgs = {o["mention"] for o in doc["organizations"]}
    assert {"工资处", "就业中心", "就业处"} <= orgs and "试行" not in orgs
    assert _claims(text) == {"6%": "工资处", "4%": "就业处", "3个": ""}
    assert {q["place"] for q in doc["quantities"] if q["claim"]} == {"江苏省"}  # 苏 opens the file number
    others = ("标题\n1.全年召开会议4次。（每季度一次例会）\n2.新建基站300个。（不含本部）\n3.新增就业2万人。（各相关处室）\n"
              "12.5万人参加培训。（全体参会）")
    assert not extract.extract_document(_doc(others))["organizations"]  # no unit's name, nor an item (12.5万)
    ordos = "鄂府发〔2020〕12号\n各旗区人民政府：\n全年新增就业2万人。"
    assert {q["place"] for q in extract.extract_document(_doc(ordos))["quantities"] if q["claim"]} == {""}  # 鄂尔多斯 or 湖北


def test_a_body_whose_data_a_sentence_cites_is_the_source_of_its_figures():
    text = ("标题\n商务部副司长蔡明表示，电子商务作用明显。根据国家统计局数据，一季度实物商品网上零售额增加了5.9%。"
            "根据国务院部署，商务部开展了4方面工作。")
    assert _claims(text)["5.9%"] == "国家统计局"
    assert _claims(text)["4方面"] == "商务部"  # 根据 before a body alone names its rule, not a source
    rules = "标题\n根据省委调查研究工作安排，全市新增就业5万人。根据工业和信息化部数据安全管理办法，对12家企业罚款300万元。"
    assert set(_claims(rules).values()) == {""}  # a rule, not data: 调查研究, 数据安全管理办法


def test_a_body_that_tells_the_reporter_after_the_lead_figures_reports_them_past_a_term_in_quotation_marks():
    text = ("春节假日申城接待游客443万人次\n春节长假七天,本市共接待游客443万人次,实现旅游收入49.41亿元。"
            "记者昨天从市旅游局获悉,今年春节假日本市旅游市场呈现“提质增效、结构优化”的特征。\n外滩区域接待游客190万人次。")
    actors = _claims(text)
    assert actors["49.41亿元"] == actors["190万人次"] == "市旅游局"


def test_an_official_named_with_body_and_title_speaks_for_it_when_named_again_alone():
    text = ("25日，国务院联防联控机制召开新闻发布会。\n商务部电子商务司副司长蔡裕东表示，电子商务作用明显。\n"
            "蔡裕东介绍，四部门将举办网购节。参加活动的平台及企业超过109家。\n"
            "国家邮政局市场监管司副司长边作栋认为，每天快递量已超过2亿件。\n"
            "农村快递物流方面，全国已有96.6%的乡镇设立了快递服务网点。\n中国消费者协会将参与活动。全国新增网点30个。")
    actors = _claims(text)
    assert actors["超过109家"].startswith("商务部")
    assert actors["96.6%"] == "国家邮政局"  # the turn goes on into a paragraph that names no other body
    assert actors["30个"] == "国务院联防联控机制"  # it ends where another body is named; the host is a body


def test_an_official_named_with_the_time_and_place_they_spoke_at_opens_their_turn():
    text = ("今年财政收入将达3.9万亿元\n财政部长金人庆19日说，全国财政收入保持了较快增长。\n"
            "金人庆在全国财政工作会议上指出，中央财政收入增长26%。\n他预计全年全国财政收入将达到3.9万亿元左右。")
    actors = _claims(text)
    assert actors["26%"] == actors["3.9万亿元左右"] == "财政部"  # the turn goes on into 他预计…


def test_a_body_whose_directive_a_lead_follows_does_not_report_the_texts_figures():
    text = ("一季度,市委、市政府按照党中央部署及省委工作要求,坚持稳中求进工作总基调,经济运行起步平稳。\n"
            "一季度,全市地区生产总值完成242.0亿元,总量保持在全省第7位。")
    assert _claims(text)["242.0亿元"] == ""


def test_an_officials_turn_does_not_go_on_into_the_reporters_own_account():
    text = ("标题\n25日，国务院新闻办公室举行新闻发布会。\n商务部电子商务司副司长蔡裕东表示，电子商务作用明显。\n"
            "记者在北京多家商场看到，客流量同比增长30%。\n据业内人士估算，全年网络零售额将达15万亿元。")
    actors = _claims(text)
    assert not actors["30%"].startswith("商务部") and not actors["15万亿元"].startswith("商务部")


def test_a_body_speaks_past_a_time_and_through_a_title():
    assert _claims("海关总署今天说，前5月进出口增长6%。")["6%"] == "海关总署"
    assert _claims("商务部有关负责人日前说，上半年网络零售额增长9%。")["9%"] == "商务部"


def test_a_company_that_names_itself_so_acts_for_its_disclosure():
    text = ("本公司董事会保证本公告内容真实。\n"
            "● 业绩预告的具体适用情形：净利润与上年同期相比下降50%以上。\n"
            "● 贵州燃气集团股份有限公司（以下简称“贵州燃气”或“公司”）预计2022年年度实现净利润为1,800.00万元到2,600.00万元。\n"
            "经财务部门初步测算，预计2022年年度实现净利润为1,800.00万元到2,600.00万元，与上年同期相比，"
            "将减少15,831.55万元到15,031.55万元。")
    got = {q["text"]: q for q in extract.extract_document(ingest.build("t", "t", text, "utf-8", b""))["quantities"] if q["claim"]}
    assert got["50%以上"]["actor"] == "贵州燃气集团股份有限公司"
    assert got["15,831.55万元到15,031.55万元"]["actor"] == "贵州燃气集团股份有限公司"
    assert got["15,831.55万元到15,031.55万元"]["subject"].endswith("净利润减少")  # the baseline is nothing measured


def test_a_company_a_news_report_defines_so_does_not_act_for_it():
    text = ("证券时报记者 王强\n浙江龙盛集团股份有限公司（以下简称“公司”）近日发布年报。\n"
            "行业数据显示，2023年全国染料产量下降5%。")
    got = {q["text"]: q for q in extract.extract_document(ingest.build("t", "t", text, "utf-8", b""))["quantities"] if q["claim"]}
    assert got["5%"]["actor"] != "浙江龙盛集团股份有限公司"


def test_the_body_a_lead_under_a_caption_learnt_from_reports_the_articles_figures():
    # a photo's caption stands above the dateline; the lead names the source of every figure that follows
    text = ("天蓝水清的株洲。\n红网时刻9月16日讯(记者 李某)9月15日,记者从省生态环境厅获悉,7月,全省空气优良天数比例为99.5%。\n"
            "1-7月,全省城市平均优良天数比例为95.0%,同比上升6.8个百分点。")
    rows = extract.extract_document(_doc(text))["quantities"]
    assert {q["text"]: q["actor"] for q in rows if q["claim"]} == {"99.5%": "湖南省生态环境厅", "95.0%": "湖南省生态环境厅",
                                                                   "6.8个百分点": "湖南省生态环境厅"}


def test_a_closing_dateline_opens_no_lead():
    # a short text signs off with its dateline among its first paragraphs: the lead is still its first body paragraph
    text = ("今年以来，全国城镇新增就业698万人。\n随后，商务部举行新闻发布会介绍，消费增长6.4%。\n"
            "（新华社北京7月14日电 记者某某）")
    rows = extract.extract_document(_doc(text))["quantities"]
    assert {q["text"]: q["actor"] for q in rows if q["claim"]} == {"698万人": "", "6.4%": "商务部"}


def test_figures_before_an_officials_quotation_in_their_paragraph_are_the_officials_body():
    from helpers import extract

    text = ("标题\n地方财政保障能力也在增强——中央对地方转移支付的总量达到10.42万亿元。“这些资金实打实给到地方。”财政部部长蓝佛安说。\n"
            "村里今年种茶300亩。“日子越过越好。”村民张大山说。")
    actors = _claims(text)
    assert actors["10.42万亿元"] == "财政部" and actors["300亩"] == ""  # a villager's words give nobody the figure


def test_an_official_with_several_posts_speaks_for_the_first_and_a_citys_bare_bodies_are_its_own():
    from helpers import extract

    text = ("标题\n泰安市召开推进会，泰安分会场设在宁阳县。市委书记、市人大常委会主任杨洪涛出席活动。\n"
            "杨洪涛说，泰安市上半年策划入库项目931个。")
    tables = extract.extract_document(_doc(text))
    assert {o["mention"]: o["name"] for o in tables["organizations"]} == {"市委": "泰安市委", "市人大常委会": "泰安市人大常委会"}
    assert {q["text"]: q["actor"] for q in tables["quantities"] if q["claim"]}["931个"] == "泰安市委"


def test_a_deputys_party_post_before_a_government_post_names_no_body_and_a_comparison_locates_nothing():
    from helpers import extract

    text = ("标题\n全省地区生产总值增长6%。“我们将继续努力。”省委副书记、省长王忠林说。\n"
            "浙江居民人均可支配收入达到6.4万元，高于广东1.5万元。")
    rows = {q["text"]: q for q in extract.extract_document(_doc(text))["quantities"] if q["claim"]}
    assert rows["6%"]["actor"] == "" and rows["6.4万元"]["place"] == "浙江省"


def test_a_county_level_citys_bare_bodies_are_its_own():
    from helpers import extract

    text = "标题\n新泰市召开会议，市委、市政府主要负责同志出席。新泰市青云街道、新泰市楼德镇、新泰市羊流镇参加。"
    names = {o["mention"]: o["name"] for o in extract.extract_document(_doc(text))["organizations"]}
    assert names.get("市委") == "新泰市委"


def test_a_place_a_locative_opens_places_the_figures_before_a_place_that_says_whose():
    from helpers import extract

    text = ("标题\n新华社广州12月10日电 珠海市横琴新区党委书记牛敬说，澳门元素在横琴的集聚度不断攀升。\n"
            "数据表明，大约2500名澳门居民长期在横琴生活；每年逾1万人次的澳门居民在横琴医院就医。")
    places_of = {q["text"]: q["place"] for q in extract.extract_document(_doc(text))["quantities"] if q["claim"]}
    assert places_of["大约2500名"] == "广东省" and places_of["逾1万人次"] == "广东省"


def test_a_place_that_heads_a_clause_yields_to_the_body_that_reports_it_or_to_the_texts_own_body_for_that_place():
    text = ("标题\n6月10日，水利部副部长魏山忠在新闻发布会上透露，雄安新区防洪治理等14项重大水利项目开工建设。\n"
            "此外，云南滇中引水工程输水隧洞已开挖438公里。")
    actors = _claims(text)
    assert actors["14项"] == actors["438公里"] == "水利部"  # a ministry's official reports; in its turn too
    report = ("重庆市人民政府关于2025年工作的报告\n重庆市人民政府\n一、2025年工作回顾\n"
              "涪陵区建成高标准农田12万亩。重庆市新增城镇就业70万人。")
    actors = _claims(report)
    assert actors["12万亩"] == "涪陵区"  # a county of the province acts for itself
    assert actors["70万人"] == "重庆市人民政府"  # the province is its government, which reports
    actors = _claims("标题\n清华大学介绍，学校今年招生3800人。北京市高考报名人数达到7万人。")
    assert actors["7万人"] == "北京市"  # a university reporting is no state organ


def test_an_official_named_with_body_and_title_who_sets_out_figures_by_name_alone_reports_them_for_the_body():
    text = ("记者招待会\n\n这是国家发展和改革委员会副主任赵辰昕在记者招待会开场中的一句话。而数据,在此场招待会上高频次被引用。\n\n"
            "17日上午10时，新闻中心举行记者招待会，国家发展和改革委员会副主任赵辰昕，国家能源局副局长任京东介绍有关情况。\n\n"
            "中国经济韧性体现在哪些方面？赵辰昕分享了一组数据——从2012年到2021年，我国国内生产总值从53.9万亿元增长到114.4万亿元。")
    actors = _claims(text)
    assert actors["53.9万亿元"] == actors["114.4万亿元"] == "国家发展和改革委员会"


def test_a_ministrys_public_institution_reports_its_data():
    text = "空调销量创新高\n\n国家信息中心数据显示，2017冷年我国空调整体内销零售市场规模达到5622万台，同比增长28.5%。"
    tables = extract.extract_document(_doc(text))
    assert {q["actor"] for q in tables["quantities"] if q["claim"]} == {"国家信息中心"}
    assert [(o["name"], o["type"]) for o in tables["organizations"]] == [("国家信息中心", "state_council_agency")]


def test_a_body_or_place_named_again_by_gai_and_its_last_word_acts_sentences_and_paragraphs_later():
    text = ("返乡创业\n\n今年以来，天门市人社局推动返乡人员创业。该局联动市场监管部门获取信息，据统计，已发放创业担保贷款4089笔。\n\n"
            "陇县东南镇召开项目观摩会。\n\n该镇2023年实施项目86个，总投资8.59亿元。")
    tables = extract.extract_document(_doc(text))
    actors = {q["text"]: q["actor"] for q in tables["quantities"] if q["claim"]}
    assert actors["4089笔"] == "天门市人力资源和社会保障局"
    assert actors["86个"] == actors["8.59亿元"] == "陇县东南镇"
    assert "该局" not in {o["mention"] for o in tables["organizations"]}  # the tables keep the names as written


def test_a_sentence_that_goes_on_without_a_subject_keeps_the_actor_that_opened_the_sentence_before_it():
    text = ("项目观摩\n\n宝鸡市陇县2023年实施项目86个，总投资8.59亿元。其中重点建设项目8个，总投资6.57亿元；村级办实事项目60个。"
            "截至目前，开工率100%。")
    actors = _claims(text)
    assert actors["8个"] == actors["6.57亿元"] == actors["60个"] == "陇县"
    assert actors["100%"] == ""  # 开工率 is the clause's own subject
    text = ("项目观摩\n\n宝鸡市陇县2023年实施项目86个。全市新开工项目120个。其中重点建设项目8个。")
    actors = _claims(text)
    assert actors["8个"] == ""  # only the sentence right before it: 全市 opened the one in between
    text = "务工\n\n库车市新建扶贫车间12个。来自乡下的古丽米拉在这里已经工作三年，每月工资4000多元。"
    actors = _claims(text)
    assert actors["4000多元"] == ""  # a sentence that opens with a verb may name its subject after it


def test_a_sentence_goes_on_with_the_last_actor_only_right_after_it_and_not_for_the_whole_country():
    def actors(text):
        return _claims(text)
    assert actors("标题\n\n宝鸡市陇县实施项目86个。同时，全国新开工项目1万个。")["1万个"] == ""
    assert actors("标题\n\n宝鸡市财政局安排资金3亿元。此外，据初步统计，全国财政收入增长5%。")["5%"] == ""
    assert actors("标题\n\n宝鸡市陇县实施项目86个。近日，国务院印发通知。目前，完成投资3亿元。")["3亿元"] == ""


def test_a_central_institutions_name_after_another_place_is_that_places_own():
    for text in ["标题\n\n韩国国家博物馆年接待游客300万人次。", "标题\n\n广东省信通院发布报告。"]:
        assert extract.extract_document(_doc(text))["organizations"] == [], text
    shenyang = extract.extract_document(_doc("标题\n\n沈阳故宫博物院接待游客300万人次。"))["organizations"]
    assert [(o["name"], o["level"]) for o in shenyang] == [("沈阳故宫博物院", "")]  # its own museum, not 故宫博物院
    kept = extract.extract_document(_doc("标题\n\n向驻滇解放军指战员致敬。故宫博物院接待观众100万人次。"))["organizations"]
    assert {o["name"] for o in kept} >= {"故宫博物院"}


def test_a_paragraph_that_names_the_texts_own_province_with_another_carries_the_own_one():
    text = ("扶贫村的三本账\n\n新华社太原1月31日电 在右玉县的黄家窑村，村民们算起了账。\n\n黄家窑村位于山西与内蒙古交界地带的大山里。\n\n"
            "今年村里收了土豆3万多斤，扶贫队功不可没。")
    places_of = {q["text"]: q["place"] for q in extract.extract_document(_doc(text))["quantities"] if q["claim"]}
    assert places_of["3万多斤"] == "山西省", places_of


def test_a_special_regions_body_places_figures_in_its_region_only_where_its_codebook_named_it():
    macau = ("2023年8月消費物價指數\n統計暨普查局資料顯示，綜合消費物價指數按年上升0.99%。\n"
             "各大類中，教育按年上升9.98%。\n甲類住戶每月開支介乎12,000至35,999澳門元，乙類介乎36,000至62,999澳門元，以澳門元計算。")
    tables = extract.extract_document(_doc(macau))
    assert {o["name"] for o in tables["organizations"]} == {"统计暨普查局"}
    assert {q["place"] for q in tables["quantities"] if q["claim"]} == {"澳门特别行政区"}
    mainland = "经济运行\n\n今年以来，河北省邯郸市经济运行稳中向好。财政局数据显示，一般公共预算收入增长5%。"
    assert {q["place"] for q in extract.extract_document(_doc(mainland))["quantities"] if q["claim"]} == {"河北省"}


def test_the_own_province_carries_only_where_named_as_often_as_the_last():
    text = ("对口援建\n\n新华社武汉1月3日电 湖北省持续推进对口援建。湖北省援建项目不断落地。\n\n"
            "湖北援建西藏山南市，投资项目位于西藏山南。\n\n项目总投资15亿元，新建学校8所。")
    places_of = {q["text"]: q["place"] for q in extract.extract_document(_doc(text))["quantities"] if q["claim"]}
    assert places_of["15亿元"] == "西藏自治区", places_of


def test_a_place_one_of_a_list_names_is_not_carried_to_the_next_paragraph():
    text = ("安徽省人社厅发布会\n\n全省农村劳动力转移就业总量1982.4万人，在江苏、浙江、上海就业的分别为412.3万人、298.7万人和156.2万人。\n\n"
            "三项社会保险基金累计结余2874.6亿元。")
    places_of = {q["text"]: q["place"] for q in extract.extract_document(_doc(text))["quantities"] if q["claim"]}
    assert places_of["2874.6亿元"] != "上海市", places_of
    text = "辽宁外贸\n\n沈阳、大连两市外贸增长较快。\n\n全年进出口总值达到7600亿元。"  # one province's places, listed
    places_of = {q["text"]: q["place"] for q in extract.extract_document(_doc(text))["quantities"] if q["claim"]}
    assert places_of["7600亿元"] == "辽宁省", places_of



def test_places_a_list_names_after_a_number_do_not_place_it():
    text = ("洛阳国庆假期文旅市场\n\n洛阳市国庆假期接待游客1052.36万人次。省外游客占比达46.5%，客源地前五位依次为河南、陕西、山西、湖北和山东。")
    places_of = {q["text"]: q["place"] for q in extract.extract_document(_doc(text))["quantities"] if q["claim"]}
    assert places_of["46.5%"] not in ("湖北省", "山东省"), places_of
    text = "现代服务业\n\n高技术服务业投资增长16.4%，马鞍山、宿州获批国家物流枢纽承载城市。"  # one province's list
    places_of = {q["text"]: q["place"] for q in extract.extract_document(_doc(text))["quantities"] if q["claim"]}
    assert places_of["16.4%"] == "安徽省", places_of


def test_a_publishers_line_reports_nothing_the_body_the_lead_learnt_from_does():
    text = ("今年全市城镇新增就业近6万人\n河北省人民政府网站\n2014年12月18日\n"
            "17日从市人社局获悉，今年以来，全市城镇新增就业5.89万人。\n全市发放创业贷款10171万元。")
    assert _claims(text) == {"近6万人": "市人社局", "5.89万人": "市人社局", "10171万元": "市人社局"}


def test_an_official_who_briefs_on_a_matter_reports_for_the_body_not_the_press_office():
    text = ("聊城市十三五期间建成高标准农田267万亩\n12月23日，聊城市人民政府新闻办公室召开新闻发布会。"
            "聊城市农业农村局局长陈长华就“十三五”时期聊城市农业农村工作推进情况进行简要介绍。\n"
            "“十三五”期间，聊城市建成高标准农田267万亩。")
    assert set(_claims(text).values()) == {"聊城市农业农村局"}


def test_a_headline_s_place_places_the_figures_of_a_story_that_names_no_other_province():
    from helpers import extract

    text = "春风里——海阳工业企业开工忙\n记者来到一家企业车间，今年又有3个货柜运往北美，订单已排到3月底。\n"
    got = {q["text"]: q for q in extract.extract_document(_doc(text))["quantities"] if q["claim"]}
    assert got["3个"]["place"] == "山东省"
    other = "春风里——海阳工业企业开工忙\n记者来到广东省一家企业车间，今年又有3个货柜运往北美。\n"
    assert {q["place"] for q in extract.extract_document(_doc(other))["quantities"] if q["text"] == "3个"} == {"广东省"}


def test_a_county_bodys_own_news_is_placed_by_the_one_province_it_names_and_its_meeting_gives_the_body_its_plan():
    from helpers import extract

    text = ("县农业农村局传达学习县委经济工作会议精神\n"
            "县农业农村局组织召开党组会议和全体干部职工大会，深入谋划2022年重点工作。一是扛稳粮食安全重任。"
            "新建高标准农田2.53万亩，确保粮食面积稳定在136万亩以上；打造烟叶产业，产量30万担以上。"
            "二是培育经营主体，创建河南省家庭农场示范县。\n")
    got = {q["text"]: q for q in extract.extract_document(_doc(text))["quantities"] if q["claim"]}
    assert {(q["actor"], q["place"]) for q in got.values()} == {("县农业农村局", "河南省")}
    assert got["30万担以上"]["unit"] == "担"
    # a meeting its head attends sets out nothing of its own (a body that heads the lead with no title is read as
    # summing up its own work: test_a_body_that_opens_a_summarys_first_sentence_reports_its_figures…)
    attended = text.replace("县农业农村局组织召开党组会议和全体干部职工大会", "县农业农村局局长参加全市会议")
    assert {q["actor"] for q in extract.extract_document(_doc(attended))["quantities"] if q["claim"]} == {""}


def test_a_trade_partner_is_no_place_of_the_trade_figures():
    from helpers import extract

    text = ("宁波上半年外贸稳中有进\n7月20日，宁波海关召开新闻发布会，今年上半年宁波市外贸进出口6000亿元，增长8%。\n"
            "全市三大贸易伙伴规模相当，对美国进出口增幅较大。上半年全市对东盟进出口900亿元，增长4.8%；对美国进出口880亿元，增长8.4%。\n"
            "全市出口美国700亿元，增长8.8%；自韩国进口300亿元，增长25%。宁波港货物吞吐量增长5%。\n")
    rows = {q["text"]: q for q in extract.extract_document(_doc(text))["quantities"] if q["claim"]}
    assert {q["place"] for q in rows.values()} == {"浙江省"}
    assert rows["6000亿元"]["actor"] == "宁波海关"  # the city's own customs office announces the city's trade
    listed = "宁波外贸\n上半年全市对东盟、美国出口900亿元，增长5%。宁波港吞吐量增长3%。\n"
    assert {q["place"] for q in extract.extract_document(_doc(listed))["quantities"] if q["claim"]} == {"浙江省"}
    origin = "浙江外贸\n从义乌市出口的小商品货值达3000亿元。\n"  # where goods leave from is where the figures are
    assert {q["place"] for q in extract.extract_document(_doc(origin))["quantities"] if q["claim"]} == {"浙江省"}
    county = "南昌市人民政府工作报告\n南昌县建成高标准农田12万亩。\n"  # another level's unit of the same name acts for itself
    assert {q["actor"] for q in extract.extract_document(_doc(county))["quantities"] if q["claim"]} == {"南昌县"}


def test_an_official_named_with_body_and_post_under_a_speechs_title_speaks_for_that_body():
    text = ("2015年上半年新闻发布辞\n国家统计局湖南调查总队副总队长 梁己香\n各位记者朋友，同志们：\n"
            "上半年，全省城乡居民收入继续增长。全省居民人均可支配收入9051元，同比增长9.9%。")
    rows = extract.extract_document(_doc(text))["quantities"]
    assert {q["actor"] for q in rows if q["claim"]} == {"国家统计局湖南调查总队"}



@pytest.mark.parametrize("lines", [
    "广东省卫生健康委副主任 周紫霄\n周紫霄：全省新增出院11例，累计出院1436例。",  # a transcript's speaker, whose turn opens below
    "文化和旅游部办公厅副主任、主持人 李晓良\n全国接待游客11例，累计1436例。",  # the host, who introduces the speakers
    "广东省卫生健康委副主任 周紫霄\n广州海关副关长 李明\n全省新增出院11例，累计出院1436例。",  # two officials: speakers, not an author
])
def test_a_byline_that_names_a_speaker_among_several_or_a_host_gives_the_text_no_actor(lines):
    rows = extract.extract_document(_doc("新闻发布会\n" + lines))["quantities"]
    assert not any(q["actor"] for q in rows if q["claim"] and q["text"] == "1436例")


def test_a_body_that_opens_a_summarys_first_sentence_reports_its_figures_but_not_an_official_it_names():
    text = "2021年,市农业农村局认真落实稳增长工作部署。全市农林牧渔业总产值295.07亿元,增长5.7%。"
    assert set(_claims(text).values()) == {"市农业农村局"}
    text = "1月27日,县委书记、县长杜伟前往长宁镇调研。全镇新建党群服务中心12个。"
    assert not any(_claims(text).values())
    for text in ("2021年，市农业农村局副局长张三带队赴县调研。全县新建大棚1200个。",  # an official's visit
                 "2023年，农业农村部将我县列为全国粮食生产先进县。全县粮食产量达到35万吨。",  # a national body, on our county
                 "2023年，省农业农村厅下达我县补助资金。全县新建大棚1200个。",  # a body above the text's own unit
                 "宝鸡市财政局安排资金三亿元。全市新建产业园12个。"):  # a news item's act, with its own claim
        assert not any(a for t, a in _claims(text).items() if t in ("1200个", "35万吨", "12个")), text


def test_a_local_body_named_after_a_news_leads_quotation_reports_the_texts_figures():
    text = ("回头看\n“去年，我县共完成脱贫3705户、6455人。”近日，县扶贫办再次对我县2016年落实精准脱贫情况进行“回头看”。\n"
            "2016年，我县共确认贫困户6071户。")
    actors = _claims(text)
    assert actors["3705户"] == actors["6071户"] == "县扶贫办"
    text = "回头看\n“去年，我县共完成脱贫3705户。”近日，省扶贫办下达我县补助资金。\n2016年，我县共确认贫困户6071户。"
    assert not _claims(text)["6071户"]  # a body above the text's own unit, acting on it


def test_a_releases_note_on_where_some_figures_come_from_gives_them_that_body():
    text = ("2023年6月份能源生产情况\n上半年，生产原煤23.0亿吨，同比增长4.4%。进口煤炭2.2亿吨，同比增长93.0%。\n附注\n"
            "数据来源\n进口数据来源于海关总署，其中6月份数据为快讯数据。")
    actors = _claims(text)
    assert actors["2.2亿吨"] == actors["93.0%"] == "海关总署"
    assert actors["23.0亿吨"] == actors["4.4%"] == ""


@pytest.mark.parametrize("text, figures, body", [
    ("重大工程正谋划推进\n1月20日，国务院新闻办举行新闻发布会，邀请国家发展改革委有关负责同志围绕“推动‘十五五’实现良好开局”"
     "介绍有关情况。\n新型储能装机规模超1亿千瓦、占全球比重超40%。", ("超1亿千瓦", "超40%"), "国家发展和改革委员会"),
    ("商务部回应\n3月1日，国新办举行新闻发布会，邀请商务部部长王文涛、商务部部长助理盛秋平出席并答记者问。\n"
     "记者提问：请问商务部怎么看待中国与东盟经贸合作的前景？\n盛秋平回应表示，中国和东盟地缘相近。\n"
     "一是贸易规模进一步扩大。去年中国-东盟贸易额达到8782亿美元，占中国对外贸易总额的14.5%。", ("8782亿美元", "14.5%"), "商务部"),
])
def test_a_body_a_press_office_invites_to_brief_or_answer_reports_the_figures_not_the_host(text, figures, body):
    actors = _claims(text)
    assert [actors[f] for f in figures] == [body] * len(figures)


def test_the_first_official_to_speak_anywhere_in_a_briefings_next_paragraph_reports_for_it():
    text = ("稳就业稳经济\n4月28日，国务院新闻办公室召开发布会，邀请有关部门负责同志介绍若干举措。\n"
            "支持就业、稳定外贸发展……国家发展改革委副主任赵辰昕表示，若干举措将对经济形成有力支撑。\n"
            "目前，我国全社会设备存量资产净值约40万亿元。")
    assert _claims(text)["约40万亿元"] == "国家发展和改革委员会"


def test_a_source_a_briefing_cites_gives_its_own_sentences_figures_and_the_briefer_goes_on():
    text = ("持续激发绿色消费潜力\n在国务院新闻办1月6日举行的新闻发布会上，相关部门介绍了推进绿色消费有关情况。\n"
            "商务部副部长盛秋平介绍，2024—2025年，新能源汽车占比近60%。\n"
            "推进绿色供应链建设。据中国仓储与配送协会测算，带托运输使装卸时间缩短80%。目前，全国循环共用托盘约5000万片。")
    actors = _claims(text)
    assert (actors["80%"], actors["约5000万片"]) == ("中国仓储与配送协会", "商务部")
    news = _claims("标题\n据国家统计局统计，一季度全国粮食产量增长5%。其中，夏粮产量增长3%。")
    assert news["3%"] == "国家统计局"  # a text with no body of its own goes on with its source


def test_a_source_cited_first_in_a_paragraph_gives_its_figures_to_the_paragraphs_end():
    text = ("港口运行平稳\n7月15日，宁波市交通运输局召开新闻发布会。记者从会上获悉，上半年全市完成交通投资312.6亿元。\n"
            "据宁波舟山港集团统计，上半年宁波舟山港完成货物吞吐量7.02亿吨，同比增长4.3%。分港域看，宁波港域和舟山港域"
            "分别完成集装箱吞吐量1986.2万标准箱和85.3万标准箱。海铁联运业务量完成91.7万标准箱，同比增长16.2%。\n"
            "截至6月底，全市新增公交线路12条。")
    actors = _claims(text)
    assert actors["312.6亿元"] == actors["12条"] == "宁波市交通运输局"
    assert {actors[v] for v in ("7.02亿吨", "1986.2万标准箱", "85.3万标准箱", "91.7万标准箱", "16.2%")} == {"宁波舟山港集团"}


def test_paragraphs_that_break_down_a_sources_figures_are_the_same_sources():
    text = ("前10个月我省外贸运行情况\n发布时间：2024-11-21　来源：湖南省商务厅\n"
            "11月20日，省商务厅召开全省商务运行分析调度会，通报前10个月全省外贸运行情况。\n"
            "据海关统计，1—10月，全省货物贸易进出口4718.6亿元，同比增长6.3%。\n"
            "从贸易主体看，民营企业进出口3684.5亿元，增长9.7%。\n"
            "从市场看，对东盟进出口892.4亿元，增长13.5%。\n"
            "下一步，将组织企业参加重点展会不少于300家。")
    actors = _claims(text)
    assert {actors[v] for v in ("4718.6亿元", "3684.5亿元", "9.7%", "892.4亿元")} == {"海关"}
    assert actors["不少于300家"] == "湖南省商务厅"  # a paragraph that breaks nothing down is the text's own again


def test_a_body_named_after_a_sentences_figures_as_their_publisher_reports_them():
    text = ("从双节假期看中国经济\n金秋时节，许多人踏上旅途。\n习近平总书记指出：“文旅融合前景广阔。”\n"
            "10月1日至4日，全国跨区域人员流动量累计约12.5亿人次，同比增长5.7%——交通运输部发布的最新数据，彰显活力。")
    actors = _claims(text)
    assert actors["约12.5亿人次"] == actors["5.7%"] == "交通运输部"


def test_a_body_a_locative_preposition_names_before_a_verb_is_where_not_who():
    text = ("标题\n市场监管总局持续完善国家标准体系，发布绿色产品评价标准40项，在国际标准化组织提出绿色消费相关提案217项。")
    actors = _claims(text)
    assert actors["217项"] == actors["40项"] == "国家市场监督管理总局"


def test_places_after_an_origin_verb_say_where_visitors_come_from_not_where_the_figures_are():
    text = ("旅客入境数目\n澳门统计暨普查局资料显示，澳门入境旅客增加。经空路入境旅客为694892人次。"
            "其中从澳门国际机场入境旅客为680584人次，客源主要来自中国台湾及中国大陆，分别占73.6%及18.0%。")
    rows = {q["text"]: q["place"] for q in extract.extract_document(_doc(text))["quantities"] if q["claim"]}
    assert rows["73.6%"] == rows["18.0%"] == "澳门特别行政区"


def test_a_companys_own_measure_stated_bare_is_completed_with_the_company_that_reports_it():
    text = ("园区\n“我们企业属于一个重点工业企业。”贵州森环活性炭有限公司董事长舒洪南告诉记者，2020年公司实现产值6000多万元，"
            "就业人数100多个。\n据园区管委会介绍，园区共入驻企业21家。")
    rows = _claims(text, "subject")
    assert rows["6000多万元"] == "贵州森环活性炭有限公司产值"
    assert rows["100多个"] == "贵州森环活性炭有限公司就业人数"
    assert "贵州森环" not in rows["21家"]


def test_a_credit_line_naming_the_source_of_the_figures_gives_the_text_that_body():
    text = ("提供有温度的就业服务\n上半年，失业保险为企业减少用工成本超900亿元\n本报记者  邱超奕\n数据来源：人力资源社会保障部\n"
            "制图：蔡华伟\n今年以来，各地开展招聘活动8900余场，提供岗位458.4万个。")
    actors = _claims(text)
    assert actors["超900亿元"] == actors["8900余场"] == "人力资源和社会保障部"


def test_a_press_office_holding_a_briefing_yields_to_the_body_whose_head_speaks_at_it():
    text = ("武义县通报2024年全县经济运行情况\n1月22日，武义县政府新闻办举行新闻发布会，通报2024年全县经济运行情况，"
            "全县固定资产投资增长9.1%。\n武义县统计局党组书记、局长朱恒平介绍，2024年全县地区生产总值394.21亿元，增长7.0%。\n"
            "全年规上工业增加值增长11.3%。")
    actors = _claims(text)
    assert actors["9.1%"] == actors["394.21亿元"] == actors["11.3%"] == "武义县统计局"


def test_a_sentence_citing_people_as_its_source_is_not_the_texts_body():
    text = ("标题\n25日，国务院新闻办公室举行新闻发布会。\n商务部电子商务司副司长蔡裕东表示，电子商务作用明显。\n"
            "据业内人士估算，全年网络零售额将达15万亿元。\n据了解，全国网上零售额增长11%。")
    actors = _claims(text)
    assert not actors["15万亿元"].startswith("商务部") and actors["11%"].startswith("商务部")


def test_a_notes_word_is_the_last_before_its_data_and_pointing_words_note_nothing():
    text = "能源生产情况\n上半年，生产原煤23.0亿吨。进口煤炭2.2亿吨。\n附注\n注：表中进口数据来源于海关总署。"
    assert _claims(text)["2.2亿吨"] == "海关总署" and _claims(text)["23.0亿吨"] == ""
    text = "运行情况\n规模以上工业增加值同比增长4.4%。\n附注\n以上数据来源于海关总署"
    assert _claims(text)["4.4%"] == ""


def test_an_issuer_goes_before_a_credit_line_and_a_reporter_told_reports_the_bodys_figures():
    text = "关于2023年全县经济运行情况的通报\n县发展和改革局\n2023年，全县地区生产总值增长6.5%。\n数据来源：国家统计局"
    assert _claims(text)["6.5%"] == "县发展和改革局"
    text = "标题\n25日，市统计局发布上半年经济数据。\n记者在采访中了解到，上半年全市生产总值增长5%。"
    assert _claims(text)["5%"] == "市统计局"


def test_a_regions_own_organ_acting_on_our_region_is_not_above_it():
    text = ("回头看\n“去年，我区共完成脱贫3705户。”近日，自治区发展改革委再次对我区脱贫情况进行“回头看”。\n"
            "2016年，我区共确认贫困户6071户。")
    assert _claims(text)["6071户"] == "自治区发展改革委"


def test_a_companys_measure_with_a_qualifier_of_its_own_keeps_it():
    text = "园区\n贵州森环活性炭有限公司董事长舒洪南告诉记者，2020年公司实现产值6000多万元，日产量达到50吨，亩均产值20万元。"
    rows = _claims(text, "subject")
    assert rows["6000多万元"] == "贵州森环活性炭有限公司产值"
    assert rows["50吨"] != "贵州森环活性炭有限公司产量" and rows["20万元"] != "贵州森环活性炭有限公司产值"


def test_a_bare_company_title_names_the_company_its_holders_sentence_names_among_several():
    text = ("月饼小镇\n元旦当天，合浦义家人食品有限公司车间里生产如火如荼，副总经理刘莉莉对记者表示。"
            "该公司产品已进驻广西合浦麦香皇食品有限公司的门店。“我们已接到400多万元年货订单。”刘莉莉说。")
    assert _claims(text)["400多万元"] == "合浦义家人食品有限公司"
    text = "标题\n记者走进合浦义家人食品有限公司，生产线从广州华南机械有限公司引进，总经理刘莉莉说：“我们已接到400多万元订单。”"
    assert _claims(text)["400多万元"] == ""  # two companies in the holder's sentence: the supplier's or the host's
    text = "标题\n记者来到北海银滩大酒店，总经理张三说：“今年投入2000万元。”该酒店由北海旅游集团投资建设。"
    assert _claims(text)["2000万元"] == ""  # a company head's company is named in their sentence, or not known


def test_a_line_naming_a_body_alone_over_a_report_makes_the_report_that_bodys():
    text = ("湖北省人民政府批转省发改委关于2022年全省国民经济和社会发展计划的报告的通知\n各市、州、县人民政府,省政府各部门:\n"
            "省发改委《关于2022年全省国民经济和社会发展计划的报告》已经审议通过,现批转给你们。\n2022年2月9日\n"
            "关于2022年全省国民经济和社会发展计划的报告\n省发改委\n"
            "全省经济社会发展的主要预期目标是:地区生产总值增长7%左右;城镇新增就业70万人以上。")
    actors = _claims(text)
    assert actors["7%左右"] == actors["70万人以上"] == "湖北省发展和改革委员会"
    split = ("湖北省人民政府关于印发重点工作分工方案的通知\n一、完成固定资产投资增长10%。\n省发改委\n二、新增城镇就业70万人。\n"
             "省人社厅\n三、粮食产量稳定在500亿斤以上。")
    assert _claims(split)["70万人"] == "湖北省人民政府"  # a body's line under an item carries it out; it authors nothing below


def test_an_answer_for_the_bodies_a_text_counts_is_the_first_listed_bodys():
    text = ("为何制定？有何规定？\n——三部门相关司局负责同志就《实施弹性退休制度暂行办法》答记者问\n新华社记者  姜  琳\n"
            "人力资源社会保障部、中央组织部、财政部1月1日发布《实施弹性退休制度暂行办法》。三部门相关司局负责同志就办法有关问题回答了记者提问。\n"
            "问：制定这个文件的主要目的是什么？\n答：党的二十届三中全会提出，按照自愿、弹性原则，稳妥有序推进改革。\n"
            "问：弹性退休年龄如何确定？\n答：办法规定，职工可以自愿选择弹性提前退休，提前时间最长不超过3年。\n")
    assert _claims(text)["不超过3年"] == "人力资源和社会保障部"  # 三部门: the three the lead lists, 人社部 first


def test_the_source_a_credit_line_names_reports_over_the_office_that_holds_the_briefing():
    text = ("超大规模市场体量更大\n本报记者  王  琳\n数据来源：商务部\n"
            "国务院新闻办7月18日举行新闻发布会，介绍“十四五”期间商务高质量发展有关情况。\n"
            "社会消费品零售总额从2020年的39.1万亿元提升到2024年的48.3万亿元，年均增长5.5%。")
    assert _claims(text)["48.3万亿元"] == "商务部"


def test_a_rate_of_change_alone_is_the_rate_of_what_changed_before_it():
    text = ("国家统计局发布数据。全国居民消费价格同比上涨0.2%，涨幅比上月扩大0.1个百分点。全国工业生产者出厂价格同比下降4.6%，"
            "降幅比上月扩大1.0个百分点。全国城镇调查失业率为5.2%，与上月持平，比上年同期下降0.7个百分点。"
            "社会消费品零售总额增长7.2%，增速比上月加快0.3个百分点。")
    subjects = _claims(text, "subject")
    assert subjects["0.2%"] == "全国居民消费价格同比上涨"  # 上涨 is a change, said once
    assert subjects["0.1个百分点"] == "全国居民消费价格涨幅扩大"
    assert subjects["1.0个百分点"] == "全国工业生产者出厂价格降幅扩大"
    assert subjects["0.7个百分点"] == "全国城镇调查失业率下降"  # 与上月持平 is a baseline, no thing
    assert subjects["0.3个百分点"] == "社会消费品零售总额增速加快"  # the whole's rate, not 社会消费品零售增速


def test_where_a_sellers_customers_come_from_places_no_later_figures():
    text = ("湄潭茶乡见闻\n清晨，贵州省遵义市湄潭县兴隆镇核桃坝村，茶园里一片忙碌。\n"
            "“一场直播最多卖出去2000多单，广东、上海的老客户年年都来订。”她说。\n"
            "村民何世勇家里有12亩茶园，一年采茶卖鲜叶能收7万多元。")
    places = _claims(text, "place")
    assert places["12亩"] == places["7万多元"] == "贵州省"  # not 上海市, where customers order from


def test_a_courts_report_gives_its_systems_figures_and_no_overseer_acts():
    text = ("浙江省高级人民法院工作报告\n——2024年1月25日在浙江省第十四届人民代表大会第二次会议上\n"
            "2023年，全省法院在省委坚强领导下，在省人大及其常委会监督下，深入践行“八八战略”，全年受理案件192.4万件。")
    assert _claims(text) == {"192.4万件": "浙江省高级人民法院"}  # not 省人大, which oversees; 全省法院 are the courts it leads


def test_a_congress_that_hears_a_courts_report_reports_none_of_its_figures():
    text = ("湖南高院向省人大报告工作\n本报长沙1月22日电　1月22日，湖南省第十四届人民代表大会第二次会议在长沙听取并审议了"
            "湖南省高级人民法院院长曾振湘所作的工作报告。报告显示，2023年，全省法院共受理各类案件148.62万件，审执结132.95万件。"
            "\n全年审结一审刑事案件4.87万件。全省法院审结一审民商事案件61.5万件，同比增长4.2%。\n"
            "“全省1937个乡镇已实现法官工作站全覆盖。”曾振湘介绍。")
    got = _claims(text)
    assert set(got.values()) == {"湖南省高级人民法院"}  # its head delivers the report the congress hears; 全省法院 its courts


def test_the_body_on_whose_behalf_a_report_is_delivered_reports_none_of_its_figures():
    text = ("审计工作报告提请审议\n6月24日，十四届全国人大常委会第十六次会议听取了审计署审计长李明受国务院委托所作的《关于2024年度"
            "中央预算执行和其他财政收支的审计工作报告》。报告指出，审计查出违规使用资金213.5亿元，推动完善制度142项。")
    assert _claims(text) == {"213.5亿元": "审计署", "142项": "审计署"}  # not 国务院, which commissions it
    fronted = ("审计工作报告\n6月25日，审计署审计长李明受国务院的委托，向十四届全国人大常委会第十次会议作审计工作报告。"
               "报告显示，审计发现违规发放贷款12.6亿元。")
    assert _claims(fronted) == {"12.6亿元": "审计署"}  # nor the congress it is delivered to, past its term


def test_a_short_name_defined_in_brackets_is_no_report():
    text = ("法院工作\n长沙市中级人民法院（以下简称长沙中院）审结知识产权案件1.1万余件，占全省同类案件的六成以上；"
            "株洲中院审结破产案件134件，盘活资产46.7亿元。")
    assert _claims(text)["46.7亿元"] == "株洲市中级人民法院"  # 称 of 简称 reports nothing


def test_bodies_that_lead_or_oversee_are_the_conditions_not_the_actor():
    text = "县里新闻\n2023年，全县在省委坚强领导下，在市人大及其常委会监督下，深入践行“八八战略”，全年新建学校12所。"
    assert _claims(text) == {"12所": ""}  # 市人大 oversees; 全县 is the text's own unit


STORY = ("广西上半年外贸进出口增长8.2%\n"
         "新华社南宁7月21日电（记者覃广华）盛夏时节，广西钦州港码头一派繁忙：20余台轨道吊有序作业。集装箱在这里装船，运往越南、泰国等东盟国家。\n"
         "记者从南宁海关获悉，今年上半年，广西货物贸易进出口总值3346.7亿元，同比增长8.2%。同期，广西对东盟进出口1489.1亿元，"
         "增长12.7%，占全区外贸总值的44.5%，东盟连续24年保持广西第一大贸易伙伴地位。")


def test_a_named_source_goes_on_over_a_place_and_a_body_that_does_not_act():
    actors = _claims(STORY)
    assert actors["1489.1亿元"] == actors["12.7%"] == actors["44.5%"] == "南宁海关"  # not 广西, nor 东盟 (traded with)


def test_a_headlines_figure_is_reported_by_who_reports_it_in_the_story():
    rows = extract.extract_document(_doc(STORY))["quantities"]
    assert [q["actor"] for q in rows if q["claim"] and q["para"] == 0] == ["南宁海关"]


def test_a_headlines_figure_the_texts_own_body_was_given_is_reported_by_who_reports_it_in_the_story():
    text = ("前三季度全省外贸进出口2.46万亿元\n来源：山东省商务厅\n10月23日，山东省人民政府新闻办公室举行新闻发布会，"
            "省商务厅副厅长刘伟介绍有关情况。据济南海关统计，前三季度，我省货物贸易进出口总值2.46万亿元。")
    rows = extract.extract_document(_doc(text))["quantities"]
    assert [q["actor"] for q in rows if q["claim"] and q["para"] == 0] == ["济南海关"]


def test_a_headlines_figure_keeps_its_body_where_the_story_gives_the_value_to_several_or_to_another_thing():
    text = ("前三季度全省外贸进出口2.46万亿元\n来源：山东省商务厅\n10月23日，山东省人民政府新闻办公室举行新闻发布会，"
            "省商务厅副厅长刘伟介绍有关情况。据济南海关统计，我省货物贸易进出口总值2.46万亿元。据青岛海关统计，全省进出口2.46万亿元。")
    rows = extract.extract_document(_doc(text))["quantities"]
    assert [q["actor"] for q in rows if q["claim"] and q["para"] == 0] == ["山东省商务厅"]  # two sources give it: neither


def test_a_port_heading_a_clause_is_no_government():
    text = "港口新闻\n目前，北部湾港已开通集装箱航线75条。"
    assert _claims(text) == {"75条": ""}  # not 广西壮族自治区: a port's figures are its operator's


@pytest.mark.parametrize("text,place", [
    ("湖北的订单农业种植面积达到500万亩。", "湖北省"),          # 订单农业 is a word of its own: no buyers
    ("浙江的客户服务中心全年受理诉求120万件。", "浙江省"),
    ("上海的留学生规模稳步扩大，在沪留学生达到6万人。", "上海市"),
])
def test_a_word_that_only_opens_with_a_buyer_noun_leaves_the_place(text, place):
    assert set(_claims("新闻\n" + text, "place").values()) == {place}


def test_of_places_joined_by_yu_the_first_still_acts():
    assert set(_claims("新闻\n杭州与上海的客户签订合作协议120份，签约金额50亿元。").values()) == {"杭州市"}


def test_a_time_before_a_condition_frame_leaves_it_a_condition():
    assert _claims("新闻\n一年来在省人大及其常委会监督下，全年办理人大代表建议800件。") == {"800件": ""}


def test_a_scope_names_a_courts_system_only_at_the_courts_own_level():
    text = "杭州市西湖区人民法院工作报告\n全市法院共受理案件30.5万件。"
    assert _claims(text) == {"30.5万件": "全市法院"}  # a district court leads no city's courts
    text = ("浙江省高级人民法院工作报告\n——2024年1月25日在浙江省第十四届人民代表大会第二次会议上\n"
            "全省人民法庭审结案件35.6万件。")
    assert _claims(text) == {"35.6万件": "浙江省高级人民法院"}  # its tribunals are of its courts too


def test_a_headlines_figure_takes_no_body_from_a_later_figure_of_the_same_value():
    text = "杭州上半年外贸出口增长8.2%\n今年上半年，杭州外贸出口同比增长8.2%。\n宁波舟山港集团表示，宁波港货物吞吐量增长8.2%。"
    rows = extract.extract_document(_doc(text))["quantities"]
    assert [q["actor"] for q in rows if q["claim"] and q["para"] == 0] == [""]  # the story's own 8.2% names no body


def test_a_text_about_two_provinces_as_often_is_about_the_one_its_publisher_lies_in():
    text = ("我县重大项目集中签约活动举行\n来源：泰和县融媒体中心\n"
            "6月20日，泰和县重大项目集中签约活动举行，吉安市有关负责人出席。泰和县共签约项目21个。\n"
            "来自广东省的项目最多，主要来自深圳、东莞。泰和工业园区和马市镇承接项目。广东、广州客商踊跃。\n"
            "据统计，2023年全县共引进亿元以上项目58个。")
    doc = _doc(text)
    found = places.find(doc.view)
    assert {p.province for p in found} >= {"江西省", "广东省"}
    assert extract.document.document_place(doc, found) == "江西省"
    assert _claims(text, "place")["58个"] == "江西省"


def test_each_of_the_bodies_listed_before_fenbie_reports_its_own_value():
    text = "标题\n株洲市中心医院、岳阳市中心医院和常德市第一人民医院上半年分别接诊外市患者3.1万、2.7万和2.2万人次。"
    assert list(_claims(text).values()) == ["株洲市中心医院", "岳阳市中心医院", "常德市第一人民医院"]
    text = "标题\n株洲市中心医院联合岳阳市中心医院分别接诊外市患者3.1万、2.7万人次。"  # not a list of bodies alone
    assert set(_claims(text).values()) == {"株洲市中心医院"}


def test_bodies_listed_in_the_clause_before_fenbie_report_their_own_values_unless_of_the_texts_own_kind():
    text = "襄阳市政协召开会议\n民革襄阳市委会、民盟襄阳市委会提交的集体提案数量居前二位，分别为11件、10件。"
    assert list(_claims(text).values()) == ["民革襄阳市委会", "民盟襄阳市委会"]
    text = ("苏州市中级人民法院发布白皮书\n苏州市中级人民法院发布白皮书。从地域分布看，昆山市人民法院、吴中区人民法院收案量位列前二，"
            "分别为8735件和5120件。")
    assert set(_claims(text).values()) == {"苏州市中级人民法院"}  # a court's report on its courts
    text = ("长沙中院工作报告\n长沙市中级人民法院工作报告显示，全市法院受理案件32万件。长沙铁路运输法院、长沙县人民法院结案量居前二，"
            "分别为2.1万件、1.8万件。")
    assert set(_claims(text).values()) == {"长沙市中级人民法院"}  # a special court named by the city, of its system too


def test_a_transcripts_label_with_the_speakers_post_in_brackets_opens_their_bodys_turn():
    text = ("沈阳市政府新闻办举行新闻发布会\n9月22日上午，沈阳市人民政府新闻办公室举行新闻发布会。\n"
            "记者（辽宁日报）：城市更新投入大，资金从哪里来？\n"
            "赵明（沈阳市发展和改革委员会副主任）：我们争取中央预算内投资47.6亿元，同比增长22.1%。\n"
            "一是用好专项债券，今年发行83亿元。\n"
            "记者（沈阳日报）：如何保护历史文脉？\n"
            "李雪松（沈阳市自然资源局副局长）：全市共认定历史建筑219处。")
    got = _claims(text)
    assert got["47.6亿元"] == got["83亿元"] == "沈阳市发展和改革委员会"  # the answer's paragraphs are its turn
    assert got["219处"] == "沈阳市自然资源局"  # until the next speaker's label


def test_peers_listed_before_fenbie_report_their_own_and_publishers_no_listed_items():
    text = "招商银行发布年报\n招商银行3月25日发布2024年度业绩。招商银行、兴业银行、浦发银行不良贷款率分别为0.95%、1.07%和1.36%。"
    assert list(_claims(text).values())[-3:] == ["招商银行", "兴业银行", "上海浦东发展银行"]  # no system of the bank's own (浦发银行: its registered name)
    text = ("湖南统计公报\n湖南省统计局、国家统计局湖南调查总队联合发布公报，全年全省城镇、农村居民人均可支配收入分别增长4.5%和6.3%。")
    assert len(set(_claims(text).values())) == 1  # the publishers together, not one each for 城镇 and 农村
    text = "市税务局发布\n市税务局发布纳税百强。远大科技集团、三一重工股份有限公司位居前二，纳税额分别为12亿元、9亿元。"
    assert list(_claims(text).values())[-2:] == ["远大科技集团", "三一重工股份有限公司"]  # a measure before 分别
    text = "专项资金下达\n省财政厅、省发展改革委联合下达两批专项资金，金额分别为3亿元、2亿元。"
    assert len(set(_claims(text).values())) == 1  # the two batches', not one body each


def test_a_head_of_government_delivering_the_work_report_at_the_congress_speaks_for_the_government():
    text = ("2025年市政府工作报告\n1月10日，市长李明代表长沙市人民政府在市第十六届人民代表大会第五次会议上作政府工作报告。"
            "报告指出，2024年全市地区生产总值达到3200亿元，增长5.6%。")
    assert set(_claims(text).values()) == {"长沙市人民政府"}  # not the congress, which hears it
    text = ("市人代会闭幕\n市第十六届人民代表大会第四次会议批准了长沙市人民政府工作报告。报告显示，全市地区生产总值1.5万亿元。")
    assert set(_claims(text).values()) == {"长沙市人民政府"}  # the congress approves the government's report
    text = ("市政府工作报告\n1月10日，市长李明代表长沙市人民政府向长沙市第十六届人民代表大会第四次会议作政府工作报告。"
            "报告提出，今年全市地区生产总值增长5.5%左右。")
    assert set(_claims(text).values()) == {"长沙市人民政府"}  # delivered to the congress


def test_a_list_of_bodies_before_fenbie_is_read_by_the_bodies_names_and_without_the_time_after_them():
    text = "标题\n株洲市中心医院、岳阳市中心医院和常德市第一人民医院上半年分别接诊外市患者3.1万、2.7万和2.2万人次。"
    subjects = list(_claims(text, "subject").values())
    assert subjects[:2] == ["株洲市中心医院接诊外市患者", "岳阳市中心医院接诊外市患者"]  # not 株洲市中心医院第一人民医院上半年
    assert subjects[2].startswith("常德市第一人民医院") and "上半年" not in subjects[2]
    text = "标题\n超級市場貨品與珠寶首飾、鐘錶及名貴禮物在二○二五年五月分別佔零售業總銷貨價值的14.6%及13.2%。"
    assert list(_claims(text, "subject").values()) == ["超級市場貨品與珠寶首飾", "鐘錶及名貴禮物"]


def test_times_listed_before_fenbie_are_its_items():
    text = "标题\n全省地区生产总值一季度、二季度分别增长5.3%和4.7%。全省粮食产量2023年和2024年分别达到612亿斤和620亿斤。"
    assert list(_claims(text, "subject").values()) == ["全省地区生产总值一季度增长", "二季度增长", "全省粮食产量2023年", "2024年"]


def test_fenbie_gives_values_to_the_items_the_clause_before_names():
    text = ("标题\n排名前五位的城市依次为黄山市、池州市、宣城市、安庆市和铜陵市，浓度分别为21、33、35、37、38微克/立方米。"
            "全省有12个城市浓度下降，分别下降5%、3%。")
    subjects = list(_claims(text, "subject").values())
    assert subjects[:5] == ["黄山市浓度", "池州市浓度", "宣城市浓度", "安庆市浓度", "铜陵市浓度"]
    text = "标题\n合作内容包括技术和资金，双方分别出资3亿元和2亿元。"  # no places nor bodies listed
    assert not any(s.startswith(("技术", "资金")) for s in _claims(text, "subject").values())


def test_fenbie_gives_the_places_a_clause_ranks_their_values_by_the_measure_it_ranks_them_by():
    text = ("国家能源局举行新闻发布会\n国家能源局新能源和可再生能源司副司长王大鹏介绍，前三季度全国风电新增并网装机3912万千瓦。"
            "分省份看，风电新增装机较多的省份是内蒙古、新疆和河北，分别为712万千瓦、556万千瓦和318万千瓦。"
            "光伏发电新增装机较多的是新疆、江苏和云南，分别为1521万千瓦、1286万千瓦和1170万千瓦。")
    assert [_claims(text, "subject")[v] for v in ("712万千瓦", "556万千瓦", "1170万千瓦")] == [
        "内蒙古风电新增装机", "新疆风电新增装机", "云南光伏发电新增装机"]
    assert [_claims(text, "place")[v] for v in ("712万千瓦", "556万千瓦", "1286万千瓦")] == ["内蒙古自治区", "新疆维吾尔自治区", "江苏省"]
    trade = "浙江省商务厅发布数据\n浙江省商务厅介绍，全省主要出口市场是美国和日本，分别出口120亿元和80亿元。"
    assert _claims(trade, "place")["120亿元"] == "浙江省"  # where goods go, no ranking: not 美国's figure
    ranked = ("浙江省统计局发布数据\n浙江省统计局介绍，全省最大的出口市场是美国和欧盟，分别出口120亿元和80亿元。"
              "全省城乡居民收入较高的是杭州和宁波，分别为7万元和6.8万元。")
    assert _claims(ranked, "place")["120亿元"] == "浙江省"  # 最大的出口市场: where goods go, however ranked
    assert _claims(ranked, "subject")["6.8万元"] == "宁波城乡居民收入"  # 较高 ranks; not 居 of 居民, nor 全省
    more = ("山东省商务厅发布数据\n山东省商务厅介绍，我省进口铁矿石最多的是澳大利亚和巴西，分别为1.2亿吨和0.5亿吨。"
            "常住居民较多的城市是济南和青岛，分别为950万人和1030万人。")
    assert _claims(more, "place")["1.2亿吨"] == "山东省"  # partners abroad: where goods come from
    assert _claims(more, "subject")["1030万人"] == "青岛常住居民"  # 较多 ranks, not 居 of 居民


COMPANIES_REPORT = (
    "两家公司年报出炉：业绩冷热不均\n来源：第一财经\n两家代表公司3月28日晚间披露年报。\n远航电池：海外收入占比升至三成\n"
    "安徽远航动力电池股份有限公司（下称“远航电池”，300937.SZ）披露年报。\n分地区看，公司境外收入116.2亿元，同比增长41.7%。\n"
    "鲁丰化工：利润减少近四成\n山东鲁丰化工集团股份有限公司（鲁丰化工，600731.SH）披露年报。\n"
    "尽管业绩下滑，公司拟每10股派发现金红利6元，合计约12.57亿元。\n")


def test_a_subhead_naming_one_company_makes_its_section_s_figures_that_company_s():
    got = _claims(COMPANIES_REPORT)
    assert got["116.2亿元"] == got["41.7%"] == "安徽远航动力电池股份有限公司"
    assert got["6元"] == got["约12.57亿元"] == "山东鲁丰化工集团股份有限公司"
    from helpers.extract import document, organizations
    one = _doc("福州经济运行平稳\n来源：福建日报\n今年以来，福州经济运行平稳。\n远航电池：项目进展顺利\n"
               "安徽远航动力电池股份有限公司（下称“远航电池”）福州基地开工。\n全市规上工业增加值增长8.5%。\n")
    orgs = organizations.find(one.view, 0, len(one.view), places.find(one.view), None)
    by_para = {}
    for o in orgs:
        by_para.setdefault(next(p.para for p in one.paragraphs if p.start <= o.start < p.end), []).append(o)
    assert document._company_sections(one, by_para) == {}  # one company's subhead in a city's feature: the city's figures
    county = ("松溪县工业经济稳中有进\n来源：松溪县融媒体中心\n松溪县工业经济稳中有进，松溪各乡镇加快发展。\n格力电器：项目投产\n"
              "珠海格力电器股份有限公司松溪基地投产。\n据统计，工业投资增长20%。\n美的集团：项目落户\n"
              "美的集团股份有限公司松溪项目落户。\n据统计，新增就业5000人。\n")
    got = _claims(county)
    assert not {got["20%"], got["5000人"]} & {"珠海格力电器股份有限公司", "美的集团股份有限公司"}  # a place's report: its own
    roundup = ("车企出海提速\n来源：经济日报\n车企加快出海。\n长安汽车：海外销量增长\n重庆长安汽车股份有限公司加快出海。\n"
               "据中汽协数据，1-5月我国汽车出口达到230万辆。\n比亚迪：产能扩张\n比亚迪股份有限公司扩建工厂。\n")
    assert _claims(roundup)["230万辆"] != "重庆长安汽车股份有限公司"  # sections that give no stock code: a roundup's


def test_casualties_counted_after_events_are_the_events():
    text = ("湖南省应急管理厅召开新闻发布会\n湖南省应急管理厅通报，全省共发生各类生产安全事故1186起、死亡1032人，同比分别下降12.4%和9.7%；"
            "发生较大事故9起、死亡34人，比上年减少4起、19人。全年火灾事故造成41人死亡，较上年下降6.8%。")
    got = _claims(text, "subject")
    assert (got["1032人"], got["9.7%"]) == ("全省共发生各类生产安全事故死亡", "全省共发生各类生产安全事故死亡下降")
    assert got["34人"] == "发生较大事故死亡" and got["4起"] == "发生较大事故减少"  # the events decreased, not the deaths
    assert got["41人"] == "全年火灾事故死亡" and got["1186起"] == "全省共发生各类生产安全事故"
    text = "某市统计局发布公报\n全市发生事故520起、死亡480人、受伤230人。全年出生人口8.2万人，死亡6.1万人。治愈出院120例，死亡2例。"
    got = _claims(text, "subject")
    assert (got["230人"], got["6.1万人"], got["2例"]) == ("全市发生事故受伤", "死亡", "死亡")  # no events counted before
    text = "某市民政局通报\n王某酒后驾驶导致2人死亡。全市开展救助行动1200次、救助流浪乞讨人员3200人次、死亡5人。"
    got = _claims(text, "subject")
    assert got["2人"] == "死亡" and "行动" not in got["5人"]  # a person acts; actions counted in 次 are no events
    text = "应急管理部发布6月份全国自然灾害情况\n洪涝灾害共造成广西、贵州等17个省（区、市）683.5万人次受灾，因灾死亡失踪61人。"
    got = _claims(text, "subject")
    assert got["683.5万人次"] == "洪涝灾害受灾"  # those a disaster affected (自然灾害情况统计调查制度: 受灾人次), its set phrase


def test_a_university_under_a_ministry_has_its_figures_where_its_campus_is():
    text = ("武汉理工大学毕业生近四成留鄂就业\n湖北日报讯 6月19日，武汉理工大学毕业典礼举行。今年，该校共有毕业生13603人。\n"
            "学校今年共举办招聘会1260场。\n国家统计局发布，全国城镇新增就业1256万人。")
    place = _claims(text, "place")
    assert place["13603人"] == "湖北省" and place["1260场"] == "湖北省"
    assert place["1256万人"] == ""
    place = _claims("高校招生观察\n湖北日报讯 清华大学今年招收研究生3800人。清华大学今年在全国录取本科新生3900人。", "place")
    assert place["3800人"] == "北京市" and place["3900人"] == ""  # its campus's, not the paper's; 全国 the country's
    place = _claims("高校观察\n清华大学发布报告称，我国新能源汽车去年销量达950万辆。北京大学深圳研究生院今年招收研究生1500人。"
                    "中国人民大学今年招收本科新生3000人。", "place")
    assert place["950万辆"] == "" and place["1500人"] == "广东省"  # the country's; a unit in another city
    assert place["3000人"] == "北京市"  # 中国 of its own name says no scope


def test_a_body_right_after_a_papers_undated_credit_acts():
    rows = _claims("高校招生观察\n本报讯　清华大学今年招收研究生3800人。")
    assert rows["3800人"] == "清华大学"


def test_a_local_papers_undated_credit_places_its_own_news_in_its_province():
    assert _claims("企业观察\n东莞日报讯（记者张三）塘厦镇今年新增规上企业86家。", "place")["86家"] == "广东省"
    assert _claims("国际观察\n湖北日报讯（记者张三）日本今年出生人口为72万人。", "place")["72万人"] == ""  # news from abroad


def test_a_local_counterpart_quoted_in_a_national_bodys_briefing_speaks_for_its_own_case_only():
    text = ("海关总署介绍前三季度外贸情况\n10月14日，海关总署举行新闻发布会。海关总署新闻发言人吕大良介绍，前三季度我国进出口32.3万亿元。\n"
            "深圳海关副关长陈志强介绍，深圳市前三季度进出口3.3万亿元，“其中对中东国家出口增速超过三成”。\n"
            "浙江省义乌市进出口5058.3亿元，增长18.6%。")
    actors = _claims(text)
    assert actors["3.3万亿元"] == "深圳海关" and actors["5058.3亿元"] == "海关总署"


def test_a_place_that_opens_a_companys_name_places_none_of_its_figures_in_a_text_about_a_state_abroad():
    text = ("中国电池工厂在匈牙利\n新华社布达佩斯10月16日电　匈牙利第二大城市德布勒森南部，宁德时代匈牙利工厂的厂房已封顶。"
            "这座工厂是宁德时代在欧洲的第二座工厂，占地约221公顷。匈牙利政府表示欢迎，匈牙利经济稳定。")
    assert _claims(text, "place")["约221公顷"] == "匈牙利"  # not 福建省: 宁德 is the company's seat


def test_an_official_listed_after_another_with_a_post_alone_speaks_for_the_body_the_one_before_holds_a_post_in():
    text = ("卫生健康事业发展情况发布会\n1月25日上午，成都市人民政府新闻办公室举行新闻发布会，邀请成都市卫生健康委员会党组书记、"
            "主任刘晓岚，党组成员、副主任陈国栋介绍情况。\n陈国栋介绍，全市已储备抗病毒药物约120万盒。")
    assert _claims(text, "actor")["约120万盒"] == "成都市卫生健康委员会"  # not the press office


def test_a_project_a_body_names_in_a_list_of_projects_leaves_the_figures_to_the_speaker():
    text = ("成都市卫生健康委员会新闻发布会\n刘晓岚：去年，我们重点抓了四项工作：一是扩容优质医疗资源，四川大学华西医院天府医院二期、"
            "成都市第三人民医院蜀汉院区等7个重点项目建成投用，新增床位约3800张。")
    assert _claims(text, "actor")["约3800张"] != "四川大学华西医院天府医院"


def test_a_companys_class_word_heading_a_clause_names_the_one_its_paragraph_named_before():
    text = ("乡村振兴现场会召开\n县政府召开现场会，全县规模以上工业增加值增长8%。\n在大塘埠镇，该园由信丰县龙舌脐橙种植专业合作社"
            "统一运营，流转山地1860亩。合作社全年实现销售收入2376万元。\n合作社总数达到1200家。")
    actors = _claims(text, "actor")
    assert actors["2376万元"] == "信丰县龙舌脐橙种植专业合作社"
    assert actors["1200家"] != "信丰县龙舌脐橙种植专业合作社"  # another paragraph; and no verb of reaching: 合作社 in general


def test_a_class_word_names_again_the_company_that_was_a_clauses_subject_not_its_partner():
    text = ("物流协议签订\n赣南脐橙销售有限公司与顺丰速运有限公司签订物流协议，与京东物流股份有限公司共建仓储中心。"
            "公司全年实现销售收入1.2亿元。")
    assert _claims(text, "actor")["1.2亿元"] == "赣南脐橙销售有限公司"


def test_a_companys_trade_across_the_border_stays_at_its_seat_in_a_text_about_the_partner():
    text = ("中巴大豆贸易\n新华社巴西利亚10月1日电　巴西大豆丰收。山东渤海实业集团有限公司今年从巴西进口大豆120万吨。"
            "巴西农业部表示，巴西出口增长。")
    assert _claims(text, "place")["120万吨"] == "山东省"


def test_a_bodys_own_campuses_listed_keep_it_acting():
    text = "医院服务\n浙江大学医学院附属第一医院之江院区、余杭院区今年共接诊患者320万人次。"
    assert _claims(text, "actor")["320万人次"] == "浙江大学医学院附属第一医院"


def test_a_county_medium_s_own_county_acts_in_its_news_where_no_body_is_named():
    text = ("总投资98.6亿元！我县2024年重大项目集中签约活动举行\n来源：泰和县融媒体中心　　发布时间：2024-06-21 18:45\n"
            "6月20日上午，泰和县2024年第二季度重大项目集中签约活动在县行政中心举行。此次共签约项目21个，总投资98.6亿元。")
    assert _claims(text, "actor")["21个"].startswith("泰和县")
    other = text.replace("我县", "泰和县")  # no own unit named: none acts
    assert not _claims(other, "actor")["21个"].startswith("泰和县")


def test_a_host_named_by_its_role_ends_the_turn_of_the_other_host():
    text = "丰收节\n本次丰收节由县农业农村局主办、县文化馆承办。\n主办方表示，活动吸引游客5万人次。承办方介绍，共设置展位120个。"
    actors = _claims(text, "actor")
    assert (actors["5万人次"], actors["120个"]) == ("县农业农村局", "")  # 县文化馆 is not found: no body, not the other's


def test_an_official_whose_reported_words_quote_a_slogan_goes_on_with_the_figures():
    text = ("标题\n社区老年食堂开张了。\n助餐是老年人最迫切的需求之一。青岛市民政局副局长于洪涛介绍，青岛按照“政府引导、社会参与、市场运作”的思路，"
            "将老年助餐纳入市办实事。截至目前，全市已建成老年助餐食堂和助餐点1260处。")
    assert _claims(text)["1260处"] == "青岛市民政局"


def test_the_head_of_a_places_government_speaks_for_that_government():
    text = "标题\n丹棱县副县长陈志刚介绍，全县柑橘种植面积达到18万亩，年产量约32万吨。"
    assert _claims(text) == {"18万亩": "丹棱县人民政府", "约32万吨": "丹棱县人民政府"}
    text = "标题\n青岛市副市长王伟介绍，全市新增城镇就业12万人。"
    assert _claims(text)["12万人"] == "青岛市人民政府"
    text = "标题\n加利福尼亚州州长纽森介绍，全州新增就业12万人。"  # a state abroad's governor: no Chinese government
    assert _claims(text)["12万人"] != "加利福尼亚州人民政府"


def test_a_head_who_reckons_an_account_for_the_reporter_gives_the_figures_for_the_one_body_of_their_kind():
    text = ("标题\n县农业农村局副局长韩立新告诉记者，今年全县玉米长势良好。\n"
            "记者来到靠山村，梨树县丰穗玉米种植专业合作社的收获机正在作业。丰穗合作社成立于2013年。"
            "“照这个进度，一个礼拜就能收完。”合作社理事长刘德军介绍。\n"
            "刘德军给记者算了一笔账：今年合作社玉米平均亩产达到1680斤，每亩能节省农资成本约60元。")
    actors = _claims(text)
    assert actors["1680斤"] == actors["约60元"] and "丰穗" in actors["1680斤"]
    text = text.replace("丰穗合作社成立于2013年。", "")  # the holder's sentence names none: the one body, by either name
    text = text.replace("的收获机正在作业。", "的收获机正在作业。丰穗合作社去年成立。今年雨水多。")
    assert "丰穗" in _claims(text)["1680斤"]



def test_a_customs_release_reports_the_figures_of_the_province_its_district_covers():
    text = ("前10个月江苏外贸进出口4.53万亿元\n来源：南京海关　　发布时间：2024-11-12\n"
            "据南京海关统计，今年前10个月，江苏省货物贸易进出口4.53万亿元，同比增长6.8%。\n"
            "一般贸易进出口增长，比重提升。前10个月，江苏以一般贸易方式进出口2.45万亿元，增长9.1%。\n"
            "前10个月，江苏对东盟进出口6874.3亿元，增长11.6%。")
    assert _claims(text)["2.45万亿元"] == _claims(text)["6874.3亿元"] == "南京海关"  # not the province the figures are of


def test_a_place_whose_name_opens_like_former_is_no_former_head():
    assert _claims("标题\n老河口市市长李军介绍，全市新增就业1.2万人。")["1.2万人"] == "老河口市人民政府"
    assert _claims("标题\n原丹棱县县长王树林回忆，全县柑橘种植面积只有2万亩。")["2万亩"] != "丹棱县人民政府"


def test_places_in_a_paragraph_a_measure_labels_take_that_measure():
    text = ("标题\n规模以上工业增加值：10个区（市）中有9个实现增长，其中平度市、莱西市分别增长12.6%、11.8%；崂山区下降3.1%。\n"
            "李超：今年平度市新增就业1.2万人。")
    subjects = _claims(text, "subject")
    assert subjects["12.6%"].startswith("平度市规模以上工业增加值") and subjects["3.1%"].startswith("崂山区规模以上工业增加值")
    assert "规模以上工业增加值" not in subjects["1.2万人"]  # a speaker's label is no measure's


def test_a_document_cited_by_its_short_title_gives_its_figures_to_the_first_body_that_issued_it():
    text = ("残疾人两项补贴新政解读\n近日，民政部、财政部、中国残联联合印发《关于进一步完善残疾人两项补贴制度的通知》（以下简称《通知》）。\n"
            "根据《通知》，困难残疾人生活补贴全国最低标准为每人每月100元。\n《通知》明确，省级民政部门原则上每2年评估一次。\n"
            "根据《中华人民共和国残疾人保障法》，残疾人享有平等权利，全国有8500万残疾人。")
    actors = _claims(text)
    assert actors["100元"] == actors["2年"] == "民政部"
    assert actors["8500万"] != "民政部"  # a law the text tells no body issued


def test_a_measures_total_alone_takes_the_owner_of_the_paragraphs_first_figure():
    text = ("标题\n全省一般公共预算收入3784.6亿元，增长3.1%。加上中央转移支付收入4132.5亿元，收入总量为9808.5亿元。"
            "全省一般公共预算支出6520.1亿元，支出总量为9611亿元。\n全市粮食产量120万吨，收入总量达到50亿元。")
    subjects = _claims(text, "subject")
    assert subjects["9808.5亿元"] == "全省一般公共预算收入总量" and subjects["9611亿元"] == "全省一般公共预算支出总量"
    assert subjects["50亿元"] == "收入总量"  # the paragraph opened with another measure: no owner to take


def test_a_cited_document_gives_no_figures_to_the_agency_that_carries_the_news_nor_to_a_place_acting_on_it():
    text = ("标题\n新华社北京11月20日电　财政部近日下发《关于下达资金预算的通知》。\n根据《通知》，今年中央财政共下达资金1540亿元。\n"
            "根据《通知》，我市今年需改造320个，截至10月底，已开工改造386个。\n数据显示，全市社会消费品零售总额2.5万亿元。")
    actors = _claims(text)
    assert actors["1540亿元"] == "财政部" and actors["386个"] != "财政部" and actors["2.5万亿元"] != "财政部"


def test_a_total_takes_the_owner_of_the_last_sum_that_names_one_not_of_what_is_added_or_a_kind():
    text = ("标题\n全省一般公共预算收入2865.3亿元。省本级一般公共预算收入356.8亿元，加上中央补助收入等，收入总量为3428.4亿元。\n"
            "税收收入完成120.3亿元，加上非税收入，收入总量为295.3亿元。")
    subjects = _claims(text, "subject")
    assert subjects["3428.4亿元"] == "省本级一般公共预算收入总量" and subjects["295.3亿元"] == "收入总量"


def test_a_label_of_one_measure_word_or_after_an_outline_number_is_a_measures():
    text = "标题\n投资：胶州市、城阳区分别增长15.3%和11.7%。\n（一）规模以上工业增加值：平度市增长12.6%。\n城镇新增就业：平度市1.2万人，莱西市0.9万人。"
    subjects = _claims(text, "subject")
    assert subjects["15.3%"].startswith("胶州市投资") and subjects["12.6%"].startswith("平度市规模以上工业增加值")
    assert subjects["0.9万人"].startswith("莱西市")


def test_a_documents_provisions_for_the_whole_unit_or_places_it_lists_are_its_issuers_and_a_medium_publishes_its_own():
    text = ("标题\n市政府办公室出台《若干措施》。\n根据《若干措施》，全市今年将发放消费券3亿元。\n"
            "财政部、住房城乡建设部联合下发《通知》。《通知》明确，北京、上海等15个城市纳入支持范围，中央财政对每个城市给予最高12亿元补助。\n"
            "人民日报社近日发布《中国媒体融合发展报告》。《报告》显示，全国已建成县级融媒体中心2585个。")
    actors = _claims(text)
    assert actors["3亿元"] == "市政府办公室" and actors["最高12亿元"] == "财政部" and actors["2585个"] == "人民日报社"


def test_a_total_takes_a_budgets_owner_not_an_item_the_total_adds():
    text = "标题\n省本级一般公共预算收入612.4亿元，加上中央补助收入500亿元，市县上解收入86.2亿元，收入总量为2037亿元。"
    assert _claims(text, "subject")["2037亿元"] == "省本级一般公共预算收入总量"


def test_a_page_that_credits_a_department_alone_is_the_departments_the_text_names_in_full():
    text = ("2025年5月金融统计数据报告\n发布时间：2025-06-13 17:00　　来源：调查统计司\n"
            "5月末，广义货币(M2)余额325.78万亿元，同比增长7.9%。\n人民银行调查统计司负责人答记者问\n问：请介绍情况。")
    assert _claims(text)["325.78万亿元"] == "中国人民银行调查统计司"


def test_a_company_the_paragraph_turned_to_acts_for_the_next_sentence_over_the_one_the_feature_opened_on():
    text = ("通讯｜中国投资注入动能\n新华社布达佩斯6月12日电　在匈牙利南部城市塞格德，比亚迪乘用车工厂已初具规模。\n"
            "比亚迪匈牙利工厂项目负责人王磊告诉记者，目前工厂已招聘当地员工400余名。\n"
            "从塞格德向东北约220公里，是德布勒森。在城市南部的工业园区，宁德时代匈牙利工厂一期厂房已基本建成。"
            "这个总投资73.4亿欧元的项目占地221公顷。\n工厂已招聘当地员工500余名。")
    got = _claims(text)
    assert got["73.4亿欧元"] == got["221公顷"] == "宁德时代新能源科技股份有限公司"
    assert got["约220公里"] == got["500余名"] == "比亚迪股份有限公司"  # before it was named, and in a new paragraph
    got = _claims("宁德时代发布公告称，公司2024年实现营业收入3620亿元。其中，特斯拉贡献了约10%的收入。"
                  "动力电池系统销量达到381GWh，同比增长18%。")
    assert got["381GWh"] == "宁德时代新能源科技股份有限公司"  # a customer named in passing takes no later figure
    got = _claims("宁德时代发布公告称，公司2024年实现营业收入3620亿元。宝马集团与公司签订了长期供货协议。这项协议金额超过500亿元。")
    assert got["超过500亿元"] == "宁德时代新能源科技股份有限公司"  # a partner of 公司


def test_a_place_that_only_opens_a_companys_name_makes_no_text_from_abroad_about_its_province():
    text = ("中国企业在匈牙利\n新华社布达佩斯6月12日电　宁德时代匈牙利工厂一期厂房已基本建成。宁德时代德布勒森项目进展顺利。\n"
            "宁德时代公司总经理表示，工厂将为当地提供约9000个就业岗位。宁德时代还将扩大投资。")
    assert _claims(text, "place")["约9000个"] == "匈牙利"  # not 福建省, whose 宁德 opens the company's name


def test_a_report_from_abroad_that_names_a_province_now_and_then_is_about_the_country():
    text = ("通讯：沙漠光伏映照中乌合作\n新华社塔什干6月20日电（记者李毅）\n"
            "乌兹别克斯坦布哈拉州的光伏电站日前并网发电。乌兹别克斯坦能源部在塔什干举行仪式。\n沙漠里建起“光伏海”\n"
            "项目总投资约4.3亿美元，占地约1100公顷。\n"
            "乌兹别克斯坦与中国贸易增长。中吉乌铁路东起中国新疆喀什，经吉尔吉斯斯坦抵达乌兹别克斯坦。"
            "新疆乌鲁木齐的班列开往塔什干。新疆企业在塔什干设厂。")
    assert _claims(text, "place")["约4.3亿美元"] == "乌兹别克斯坦"  # not 新疆, named three times among many places abroad


def test_a_report_from_abroad_naming_the_country_more_often_than_a_province_places_figures_in_the_country():
    text = ("中企承建的哈萨克斯坦风电项目见闻\n新华社阿拉木图10月16日电　题：中企承建的哈萨克斯坦风电项目见闻\n"
            "十月中旬的哈萨克斯坦杰特苏州，戈壁上风机林立。这里是中国电力建设集团有限公司承建的风电项目。\n"
            "项目共安装60台风电机组，年发电量约11亿千瓦时。\n"
            "哈萨克斯坦能源部表示，哈萨克斯坦可再生能源装机持续增长。哈萨克斯坦计划进一步扩大风电规模。\n"
            "项目设备从新疆霍尔果斯口岸出境，部分员工在新疆哈密培训，新疆木垒的风电基地也提供了经验，新疆乌鲁木齐的企业参与配套。\n"
            "阿斯塔纳的专家说，项目为哈萨克斯坦带来了就业。中国电建在哈萨克斯坦还有多个项目。")
    # not 新疆 (named four times where the turbines left and crews trained), and not "" for a central company's figures there
    assert _claims(text, "place")["60台"] == "哈萨克斯坦"


def test_a_source_a_sentence_cites_after_the_body_the_reporter_learnt_from_gives_all_its_figures():
    text = "秋粮\n记者从省农业农村厅获悉，据省统计局测算，2025年全省秋粮播种面积6262.5万亩，总产502.3亿斤，比上年增加8.1亿斤。"
    assert set(_claims(text, "actor").values()) == {"省统计局"}


def test_a_national_sector_work_conference_in_the_lead_is_its_ministrys_report():
    text = ("去年全国完成水利建设投资1.2万亿元\n新华社北京1月9日电（记者孙一）记者从9日召开的全国水利工作会议上获悉，2025年全国完成水利建设"
            "投资12035亿元，较上年增长4.6%。\n——防洪减灾底线牢牢守住。去年汛期，全国主要江河共发生编号洪水23次。")
    assert set(_claims(text, "actor").values()) == {"水利部"}
    text = "标题\n记者从全国组织工作会议上获悉，全年培训干部5万人次。"  # no organ named for the field: none
    assert set(_claims(text, "actor").values()) == {""}
    text = "我省作典型发言\n本报讯 在日前召开的全国水利工作会议上，我省作典型发言。去年全省完成水利建设投资860亿元。"
    assert set(_claims(text, "actor").values()) == {""}  # the province's own figures, not learnt from the conference
    text = "全国卫生健康工作会议召开\n本报讯 记者日前从全国卫生健康工作会议上得知，全国人均预期寿命达到79岁。"
    assert set(_claims(text, "actor").values()) == {"国家卫生健康委员会"}
    text = ("全国水利工作会议召开\n本报讯 2026年全国水利工作会议9日在京召开。会议指出，2025年全国完成水利建设投资1.2万亿元，"
            "12个省份实现全省域水网规划全覆盖。")
    assert set(_claims(text, "actor").values()) == {"水利部"}  # 全省域: no province's own unit
    for text in ("我省水利\n本报讯 记者从2026年全国水利工作会议江苏分会场获悉，2025年全省完成水利建设投资860亿元。",
                 "我省水利\n本报讯 2026年全国水利工作会议在京召开。我省在分会场参加会议。2025年全省完成水利建设投资860亿元。"):
        assert set(_claims(text, "actor").values()) == {""}  # the province's own figures


def test_a_level_that_a_name_abroad_repeats_names_no_government_at_home():
    text = ("马来西亚东海岸铁路见闻\n新华社吉隆坡9月2日电（记者孙一）马来西亚东海岸铁路全线铺轨完成。马来西亚交通部表示满意。\n"
            "彭亨州州政府秘书法鲁克介绍，关丹站周边约480公顷土地将规划为开发区。马来西亚各界期待铁路通车。")
    assert _claims(text, "actor")["约480公顷"] == "彭亨州州政府"  # 彭亨州|州政府, a state's government abroad, whole
    orgs = extract.extract_document(_doc("标题\n我县县委、县政府出台意见，全县新增就业5000人。"))["organizations"]
    assert {"县委", "县政府"} <= {o["mention"] for o in orgs}  # 我县|县委: a level at home after a pronoun


def test_a_body_that_only_helps_in_a_zai_xia_frame_opens_no_sentence_as_its_actor():
    assert _claims("新闻\n在市农业农村局的支持下，红星村流转土地800余亩。") == {"800余亩": ""}
    assert _claims("新闻\n在省委坚强领导下，省人社厅新增就业岗位12万个。")["12万个"] == "省人社厅"


def test_a_dispatch_filed_at_home_about_trade_with_a_neighbour_stays_about_its_province():
    text = ("吉林边贸\n新华社长春7月5日电 朝鲜平壤、朝鲜新义州、朝鲜罗先的贸易代表团近日访问吉林珲春、图们。韩国首尔、韩国釜山的"
            "客商也来到现场。\n据省商务厅介绍，今年上半年，对朝鲜半岛进出口额达到60亿元，同比增长8%。")
    assert _claims(text, "place")["60亿元"] == "吉林省" and _claims(text)["60亿元"] == "吉林省商务厅"



PREAMBLE_CITING = "据{body}，{lead}。现将有关情况{verb}如下。\n一、总体情况\n上半年，全省一般公共预算收入2683.5亿元，同比增长2.9%。"


@pytest.mark.parametrize("source, body, lead, verb, actor", [
    ("湖南省财政厅", "省统计局初步核算", "前三季度全省地区生产总值增长5.1%", "通报", "湖南省财政厅"),  # the issuer's own report
    ("湖南日报", "省统计局初步核算", "前三季度全省地区生产总值增长5.1%", "介绍", "湖南省统计局"),  # a medium: no issuer
    ("湖南省人民政府门户网站", "省统计局统计", "上半年全省地区生产总值增长5.6%", "报告", "湖南省统计局"),  # a portal posts it
    ("中共平江县委办公室", "省统计局统计", "上半年全省地区生产总值增长5.2%", "通报", "湖南省统计局"),  # an office posts it
])
def test_a_preamble_that_cites_a_body_gives_it_the_figures_unless_a_department_issues_its_own_report(
        source, body, lead, verb, actor):
    text = f"上半年全省财政运行情况\n发布日期：2025-10-24　来源：{source}\n" + PREAMBLE_CITING.format(body=body, lead=lead, verb=verb)
    assert _claims(text)["2683.5亿元"] == actor


def test_a_report_built_on_a_cited_bodys_data_is_the_cited_bodys():
    text = ("上半年全省经济运行情况\n来源：湖南省发展和改革委员会\n据省统计局数据，现将上半年全省经济运行情况通报如下：\n"
            "一、总体情况\n上半年，全省地区生产总值25365亿元，增长5.5%。")
    assert _claims(text)["25365亿元"] == "湖南省统计局"


def test_places_named_as_where_someone_comes_from_or_as_a_distance_mark_place_no_figures():
    text = ("安徽来安：产业园里链出新动能\n\n园区紧邻南京江北新区，距南京主城不到30公里。\n\n"
            "董事长王德新是浙江宁波人，2022年把工厂从宁波搬到了汊河。公司员工从最初的80人增加到420人。\n\n"
            "工程师马骁来自江苏盐城，园区今年产值突破800亿元。")
    got = _claims(text, "place")
    assert (got["不到30公里"], got["420人"], got["突破800亿元"]) == ("安徽省", "安徽省", "安徽省")


def test_a_universitys_city_is_part_of_its_name_and_places_no_partners_figures():
    got = _claims("标题\n\n园区与南京工业大学、合肥工业大学共建新能源技术研究院，累计引进博士23名。武汉理工大学共有毕业生13603人。", "place")
    assert (got["23名"], got["13603人"]) == ("", "湖北省")  # its own figures are its campus's


def test_a_provincial_department_speaking_of_its_whole_province_places_its_figures_there():
    text = ("教育部举行新闻发布会\n\n教育部高校学生司司长李向东介绍，今年全国高校毕业生预计1268万人。\n\n"
            "四川省教育厅副厅长张丽表示，四川毕业生约62万人，将面向凉山州昭觉、布拖等县和甘孜州招募志愿者2600名。"
            "成都、绵阳、宜宾等地高校组织专场招聘会120场。\n\n"
            "江苏省教育厅副厅长王建华介绍，江苏毕业生预计达71.5万人。全省168所普通高校全部设立就业指导中心。")
    assert _claims(text, "place")["168所"] == "江苏省"


def test_the_market_a_company_is_listed_on_does_not_report_its_results():
    text = ("恒川精密2025年归母净利润增长逾三成\n\n证券时报记者 周春媚\n\n"
            "3月26日晚间，深交所创业板上市公司恒川精密（301562）披露2025年年度报告。报告期内，公司实现营业收入48.63亿元。")
    assert _claims(text)["48.63亿元"] == "恒川精密"


def test_a_body_whose_short_name_a_text_defines_reports_what_its_data_show():
    text = ("交通运输部：春运客流平稳有序\n\n本报北京2月20日电 交通运输部数据显示，春运前20天全社会跨区域人员流动量累计45亿人次。\n\n"
            "中国民用航空局（以下简称“民航局”）数据显示，春运以来，民航日均执行客运航班1.68万班。")
    assert _claims(text)["1.68万班"] == "中国民用航空局"


def test_an_answer_labelled_with_its_officials_post_and_name_speaks_for_that_body():
    text = ("国家卫生健康委举行新闻发布会\n\n国家卫生健康委今天举行新闻发布会，介绍县域医共体建设进展。\n\n问：各地推进情况如何？\n\n"
            "答（浙江省卫生健康委副主任 陈海燕）：浙江自2017年起在全省推开县域医共体建设，目前70个县（市、区）组建医共体161家。")
    assert _claims(text)["161家"] == "浙江省卫生健康委员会"


def test_an_answer_by_an_official_of_two_posts_speaks_for_the_body_of_the_post_next_to_the_name():
    text = ("新闻发布会实录\n\n国务院新闻办公室今天举行新闻发布会，介绍能源保供情况。\n\n问：装机情况如何？\n\n"
            "答（国家发展改革委副主任、国家能源局局长 章建华）：今年全国发电装机容量达到31亿千瓦。")
    assert _claims(text)["31亿千瓦"] == "国家能源局"


BRIEFING_BY_NAMES = ("四川省政府新闻办举行新闻发布会\n\n5月20日上午，四川省人民政府新闻办公室举行新闻发布会，省教育厅党组成员、副厅长李志刚，"
                     "省教育考试院院长张红梅，省人力资源社会保障厅副厅长赵建国介绍有关情况，并回答记者提问。\n\n"
                     "问（四川日报记者）：今年高考报名情况如何？\n\n答（张红梅）：2026年全省普通高考报名人数为87.6万人。\n\n"
                     "问（川观新闻记者）：职业教育发展如何？\n\n答（李志刚）：目前，全省共有中等职业学校412所。\n\n"
                     "问（封面新闻记者）：技能人才培养情况如何？\n\n答（赵建国）：2025年，全省新增技能人才48.7万人。")


@pytest.mark.parametrize("figure,body", [("87.6万人", "四川省教育考试院"), ("412所", "四川省教育厅"), ("48.7万人", "四川省人力资源和社会保障厅")])
def test_an_answer_labelled_with_a_name_alone_speaks_for_the_body_the_lead_named_with_it(figure, body):
    assert _claims(BRIEFING_BY_NAMES)[figure] == body



@pytest.mark.parametrize("frame", ["经安徽省人民政府批复同意，", "经安徽省人民政府同意，", "经安徽省人民政府批准，", "经省委、省政府研究同意，"])
def test_a_body_that_approves_what_another_publishes_does_not_report_its_figures(frame):
    text = (f"事故调查报告公布\n\n近日，{frame}安徽省应急管理厅公布了某公司爆炸事故调查报告。\n\n"
            "事故造成9人死亡、14人受伤，直接经济损失约4871.6万元。")
    assert _claims(text)["约4871.6万元"] == "安徽省应急管理厅"


def test_an_answer_by_name_of_an_official_of_two_posts_speaks_for_the_body_of_the_post_next_to_the_name():
    text = ("县政府新闻办举行发布会\n\n县政府新闻办举行新闻发布会。出席发布会的有：县委常委、县委宣传部部长王丽；县政府副县长、县公安局局长陈刚。\n\n"
            "问（县融媒体中心记者）：治安情况如何？\n\n答（陈刚）：今年全县共破获刑事案件860起。\n\n问（记者）：宣传情况？\n\n"
            "答（王丽）：全县开展宣讲活动360场。")
    actors = _claims(text)
    assert (actors["860起"], actors["360场"]) == ("县公安局", "县委宣传部")


def test_a_rate_per_head_is_not_the_population_a_note_sources():
    text = ("2025年安徽省卫生健康事业发展统计公报\n安徽省卫生健康委员会\n全省常住人口6121万人。每千人口医疗卫生机构床位数达到7.45张，"
            "居民人均预期寿命达到79.6岁。\n注：人口数据来源于省统计局。")
    rows = _claims(text)
    assert rows["6121万人"] == "安徽省统计局"  # the population itself is the noted figure
    assert rows["7.45张"] == rows["79.6岁"] == "安徽省卫生健康委员会"  # 每千人口 is only the base a rate is reckoned per


def test_a_towns_report_lies_in_the_province_of_the_county_its_lead_names():
    text = ("青石镇人民政府2025年工作总结\n2025年，在隆回县委、县政府的坚强领导下，青石镇人民政府坚持稳中求进，扎实做好各项工作。\n"
            "一、主要工作成效\n（一）经济运行稳中向好。全镇实现地区生产总值12.6亿元，同比增长6.2%；完成固定资产投资4.3亿元。\n"
            "（二）产业提质增效。全镇金银花种植面积稳定在2.1万亩左右，年产干花约1600吨。\n"
            "（三）劳务输出稳定。全年组织劳务输出1.2万人，主要流向浙江温州、广东东莞等地。")
    places = _claims(text, "place")
    assert places["12.6亿元"] == places["6.2%"] == "湖南省"  # 隆回县's, whatever places its workers go to later (a
    # heading between: no paragraph's place carries over it)


def test_the_issuer_of_a_document_cited_as_the_basis_does_not_report_the_texts_figures():
    text = ("芜湖市住房公积金2025年年度报告（摘要）\n根据国务院《住房公积金管理条例》和住房城乡建设部、财政部《关于健全住房公积金"
            "信息披露制度的通知》规定，经芜湖市住房公积金管理委员会审议通过，现将芜湖市住房公积金2025年年度报告公布如下。\n"
            "一、机构概况\n芜湖市住房公积金管理中心（以下简称市公积金中心）内设7个科室。\n二、业务运行情况\n"
            "2025年，新开户单位2316家，实缴单位1.94万家。市公积金中心全年归集资金120亿元。")
    actors = _claims(text)
    assert actors["2316家"] != "国务院" and actors["1.94万家"] != "国务院"


def test_list_items_after_a_lead_in_that_a_colon_closes_are_each_places_part_of_its_figure():
    text = ("江西省养老服务资金下达\n省财政厅、省民政厅全年统筹资金8.64亿元。其中，县域养老服务体系建设补助资金3.2亿元，主要分配情况为：\n"
            "（一）南昌县2150万元，用于新建养老服务中心；\n（二）于都县1870万元，用于改造互助养老服务点；\n"
            "（三）鄱阳县1630万元。")
    subjects = _claims(text, "subject")
    assert [subjects[v] for v in ("2150万元", "1870万元", "1630万元")] == \
        [p + "县域养老服务体系建设补助资金" for p in ("南昌县", "于都县", "鄱阳县")]
    alone = text.replace("主要分配情况为：", "分配情况如下。")  # no lead-in: each county's amount alone
    assert _claims(alone, "subject")["1870万元"] == "于都县"


@pytest.mark.parametrize("text, value, subject", [
    ("江西省补助资金\n下达县域养老服务体系建设补助资金3亿元，其中中央资金2亿元、省级资金1亿元，分配如下：\n"
     "（一）南昌县3000万元；\n（二）于都县2500万元。", "2500万元", "于都县下达县域养老服务体系建设补助资金"),  # the whole
    ("江西省资金\n全市去年发放创业担保贷款12亿元。\n今年各县区高标准农田建设资金安排如下：\n（一）南昌县1.2亿元；\n"
     "（二）新建区9000万元。", "9000万元", "新建区"),  # a lead-in of no figure: no earlier one's measure
    ("江西省旅游\n全年接待游客5200万人次，主要景区接待情况：\n——滕王阁景区接待游客320万人次；\n——南昌县接待游客280万人次。",
     "280万人次", "南昌县接待游客"),  # no earlier item's measure
])
def test_list_items_take_the_measure_of_their_lead_ins_largest_figure_only(text, value, subject):
    assert _claims(text, "subject")[value] == subject


def test_a_document_cited_as_the_basis_after_an_adverb_still_names_no_reporting_body():
    text = ("芜湖市住房公积金2025年年度报告\n现根据国务院《住房公积金管理条例》规定，将芜湖市住房公积金2025年年度报告公布如下。\n"
            "一、业务运行情况\n2025年，新开户单位2316家，实缴单位1.94万家。")
    assert _claims(text)["2316家"] != "国务院"


def test_a_ministry_cited_for_the_countrys_figures_does_not_report_a_provinces_text():
    text = ("前三季度全省完成交通投资820亿元\n来源：湖北省交通运输厅　发布时间：2025-10-20\n"
            "10月18日，省交通运输厅召开全省交通建设推进视频调度会。会议通报，前三季度，全省完成交通投资820亿元，同比增长9.1%。"
            "交通运输部日前发布的数据显示，前三季度全国完成交通固定资产投资2.8万亿元。\n"
            "今年全省新开工高速公路项目12个，完成投资310亿元。")
    actors = _claims(text)
    assert actors["820亿元"] == actors["12个"] == actors["310亿元"] == "湖北省交通运输厅"
    national = text.replace("省交通运输厅召开全省交通建设推进视频调度会。会议通报，", "").replace("来源：湖北省交通运输厅　发布时间：2025-10-20\n", "")
    assert _claims(national)["12个"] == "交通运输部"  # no provincial body that reports: the ministry's data still frame it


def test_a_body_that_holds_a_working_meeting_of_another_kind_reports_its_figures():
    text = ("全市农业生产推进\n5月8日，市农业农村局召开全市春耕生产现场推进会。全市已完成春播面积86万亩，占计划的92%。")
    assert _claims(text)["86万亩"] == "市农业农村局"


def test_a_bodys_name_that_goes_on_into_a_session_number_names_the_session_not_the_reporter():
    text = ("关于政协荆门市第五届委员会第三次会议提案办理情况的通报\n各县市区政协，各提案承办单位：\n"
            "政协荆门市第五届委员会第三次会议以来，广大委员积极建言。会议期间共收到提案420件，经审查立案376件，立案率89.5%。现将有关情况通报如下。\n"
            "一、基本情况\n委员个人提案301件。\n特此通报。\n政协荆门市委员会办公室\n2025年12月10日")
    actors = _claims(text)
    assert actors["420件"] == actors["301件"] == "政协荆门市委员会办公室"


def test_an_office_word_alone_is_the_one_body_of_that_office_the_text_names_in_full():
    text = ("社区治理见成效\n来源：武汉市江岸区丹水池街道办事处　发布时间：2025-09-01\n"
            "今年以来，丹水池街道把辖区划分为41个网格。据街道办事处主任王磊介绍，今年1至8月共收集居民诉求8600件，办结率97.5%。")
    assert _claims(text)["8600件"] == "武汉市江岸区丹水池街道办事处"
    two = text.replace("今年以来，", "今年以来，与二七街道办事处一道，").replace("丹水池街道把", "二七街道和丹水池街道办事处把")
    assert _claims(two)["8600件"] == "街道办事处"  # two street offices named in full: the word alone says not which


def test_an_areas_departments_named_as_one_give_their_figures_to_the_body_of_their_field_that_reports():
    text = ("全省审计工作情况\n本报南昌3月2日电 江西省审计厅2日召开新闻发布会。2025年，全省审计机关共审计单位1860个，"
            "查出问题金额126亿元。全省生态环境部门共办理案件320件。")
    actors = _claims(text)
    assert actors["1860个"] == actors["126亿元"] == "江西省审计厅"
    assert actors["320件"] == "全省生态环境部门"  # another field's departments act for themselves


def test_an_aspect_naming_a_rate_per_head_gives_the_values_listed_after_it_their_measure():
    text = ("全国卫生资源统计\n每千人口执业医师数方面，广东、江苏、浙江分别为3.4人、3.6人和3.9人。")
    subjects = _claims(text, "subject")
    assert subjects["3.6人"].endswith("每千人口执业医师数") and subjects["3.9人"].endswith("每千人口执业医师数")


def test_a_place_that_names_a_model_places_no_figures():
    text = ("沂水县人民法院工作报告\n一、工作情况\n坚持和发展新时代“枫桥经验”，推动法官进网格在全县18个乡镇全覆盖。开展巡回审判230场次。\n"
            "全年审结案件1.3万件。")
    places = _claims(text, "place")
    assert places["230场"] == places["1.3万件"] == "山东省"  # 沂水县's, not 枫桥's 浙江


def test_a_body_that_yous_passive_names_as_builder_acts_for_the_things_figures():
    text = ("城市管理工作\n济南市城市管理局召开新闻发布会。"
            "项目由山东水发环境科技有限公司（以下简称水发环境）投资建设，总投资约12.4亿元，新增处理能力2000吨/日。"
            "活动由县文旅局主办，吸引游客5万人次。")
    actors = _claims(text)
    assert actors["约12.4亿元"] == actors["2000吨"] == "山东水发环境科技有限公司"
    assert actors["5万人次"] == "县文旅局"
    assert _claims(text.replace("投资建设", "批准"))["约12.4亿元"] == "济南市城市管理局"  # approving builds nothing


@pytest.mark.parametrize("text, value, field, want", [
    ("湖北精神文明建设\n2023年，湖北省精神文明建设取得新成效，评选出省级文明村镇1200个、文明单位850个。", "850个", "place", "湖北省"),
    ("市公安局通报\n本报讯 市公安局召开新闻发布会。全省公安机关共破获刑事案件5.2万起。", "5.2万起", "actor", "全省公安机关"),
    ("典型案例发布\n最高人民法院发布10起典型案例。在一起案件中，法院判决被告赔偿28万元。", "28万元", "actor", "法院"),
    ("春耕生产进展\n农业农村部3月21日举行新闻发布会，介绍全国春耕生产进展。全国已春播粮食1.5亿亩。黑龙江省农业农村厅通报，全省已备种120万吨。",
     "1.5亿亩", "actor", "农业农村部"),
    ("民营经济座谈会\n市工商联召开民营企业家座谈会。与会企业营业收入增长20%，新增就业岗位300个。", "300个", "actor", ""),
])
def test_the_sessions_rules_leave_their_near_misses_alone(text, value, field, want):
    assert _claims(text, field)[value] == want  # 精神文明 is no model; a wider area's police; another level's court;
    # a ministry's own briefing; a symposium's host listens


@pytest.mark.parametrize("text, value, actor", [
    ("县城建设\n县第二实验小学由中铁建工集团承建，建筑面积3.2万平方米，可提供学位2700个。", "2700个", "县第二实验小学"),  # a contractor
    ("招商推介\n在由省商务厅主办的招商推介会上，县政府签约项目12个，总金额85亿元。", "85亿元", "县政府"),  # 由…主办的: a modifier
    ("项目建设\n县发改局局长张明介绍，该项目由县城投公司投资建设，总投资3.5亿元。", "3.5亿元", "县发改局"),  # the bureau reports
])
def test_a_builder_named_by_you_leaves_others_figures_alone(text, value, actor):
    assert _claims(text)[value] == actor


def test_a_governments_report_that_a_departments_head_delivers_is_that_departments():
    text = ("湖南省人民政府关于2024年度省级预算执行和其他财政收支的审计工作报告（摘要）\n"
            "——2025年7月29日在湖南省第十四届人民代表大会常务委员会第十七次会议上\n湖南省审计厅厅长　周文彬\n"
            "2024年，全省审计机关共审计单位1286个，查出主要问题金额约217.6亿元。")
    assert _claims(text)["1286个"] == "湖南省审计厅"  # not the government the title names


def test_a_body_and_a_date_under_the_title_sign_the_analysis_below():
    text = ("前三季度湖南消费市场稳中向好\n国家统计局湖南调查总队　2025年10月22日\n"
            "前三季度，全省社会消费品零售总额15120.6亿元，同比增长5.4%。")
    rows = extract.extract_document(_doc(text))["quantities"]
    assert {q["actor"] for q in rows if q["claim"]} == {"国家统计局湖南调查总队"}
