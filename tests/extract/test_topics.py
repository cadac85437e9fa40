"""Paragraph topics: the lexicon's evidence, the context a paragraph is read in, one primary row each."""

import numpy as np

from helpers import ingest
from helpers.extract import tokens, topics


def coded(text: str) -> dict[int, list[dict]]:
    doc = ingest.build("t", "t", text, "utf-8", b"")
    out: dict[int, list[dict]] = {}
    for row in topics.code([doc.paragraphs], [tokens.words(doc.paragraphs)])[0]:
        out.setdefault(row["para"], []).append(row)
    return out


def primary(rows: list[dict]) -> dict:
    [row] = [r for r in rows if r["primary"]]
    return row


def test_the_longest_term_counts_and_its_parts_do_not():
    found = topics.evidence(["党史学习教育"])
    assert found[0, topics.lexicon().caps.index(6)] == 0  # 教育 inside 党史学习教育 is no evidence of education


def test_each_text_of_a_batch_gets_only_its_own_terms():
    cap = topics.evidence(["城镇新增就业", "天气晴朗", "义务教育"])
    caps = topics.lexicon().caps
    assert cap[0, caps.index(5)] > 0 and not cap[1].any() and cap[2, caps.index(6)] > 0 and cap[2, caps.index(5)] == 0


def test_a_heading_names_its_sections_topic():
    got = coded("标题\n一、教育\n他说，下一步还要继续努力，把工作做好。")
    assert primary(got[2])["cap_major"] == 6


def test_a_paragraph_is_coded_by_its_own_terms():
    got = coded("标题\n全年城镇新增就业1352万人，城镇调查失业率5.2%。\n义务教育学校新建120所，学前教育毛入园率达到90%。")
    assert primary(got[1])["cap_major"] == 5 and primary(got[2])["cap_major"] == 6
    assert primary(got[1])["gov_class"] == "劳动、人事、监察"


def test_every_coded_paragraph_has_exactly_one_primary_row():
    got = coded("标题\n医保药品目录调整，集中采购药品降价。养老保险基金运行平稳。\n天气晴朗，大家很高兴，一起唱了歌。")
    assert sum(r["primary"] for r in got[1]) == 1 and {r["cap_major"] for r in got[1]} >= {3, 13}


def test_a_paragraph_without_evidence_takes_its_documents_topic():
    got = coded("标题\n全年城镇新增就业1352万人，城镇调查失业率5.2%，就业形势稳定。\n他说，下一步还要继续努力。")
    assert primary(got[2])["cap_major"] == 5


def test_a_text_without_any_evidence_gets_no_rows():
    assert coded("标题\n天气晴朗，大家很高兴，一起唱了歌。") == {}


def test_each_document_of_a_batch_is_coded_as_if_alone():
    texts = ["标题\n一、教育\n他说，下一步还要继续努力，把工作做好。\n义务教育学校新建120所。",
             "标题\n全年城镇新增就业1352万人，城镇调查失业率5.2%。\n他说，下一步还要继续努力。",
             "标题\n天气晴朗，大家很高兴，一起唱了歌。"]
    docs = [ingest.build(f"t{i}", "t", text, "utf-8", b"") for i, text in enumerate(texts)]
    alone = [topics.code([d.paragraphs], [tokens.words(d.paragraphs)])[0] for d in docs]
    together = topics.code([d.paragraphs for d in docs], [tokens.words(d.paragraphs) for d in docs])
    assert together == alone and alone[0] and alone[1] and not alone[2]
    assert primary([r for r in alone[1] if r["para"] == 2])["cap_major"] == 5  # the document's topic, not the first's


def test_a_title_long_enough_to_be_a_sentence_is_coded_and_a_short_one_is_not():
    notice = coded("某县民政局某县财政局关于提高2023年城乡居民最低生活保障和特困人员救助供养标准及孤儿基本生活补助的通知\n"
                   "各乡镇人民政府：现将有关事项通知如下。")
    assert primary(notice[0])["cap_major"] == 13
    assert 0 not in coded("城乡低保标准提高\n全县城乡居民最低生活保障标准提高到每人每月800元。")


def test_a_paragraph_reads_its_neighbours_where_no_heading_gives_it_a_section():
    story = ("标题\n今年全市新增城镇就业5万人，就业形势稳定。\n高校毕业生就业率达到95%，城镇调查失业率5.2%。\n"
             "农民工就业稳定，职业技能培训10万人次。\n全市医保报销比例提高，集中采购药品降价，看病就医负担减轻。\n"
             "他表示，下一步还要继续努力，把这项工作做好。\n医院门诊量回升，医保基金运行平稳。")
    got = coded(story)
    assert primary(got[5])["cap_major"] == 3  # between two paragraphs on health, in a story mostly on jobs
    assert primary(got[1])["cap_major"] == 5  # its own evidence still leads


def test_neighbours_are_the_coded_paragraphs_before_and_after_in_the_same_document():
    own = np.zeros((3, topics.lexicon().width))
    own[0, 0], own[1, 1], own[2, 2] = 1.0, 2.0, 3.0
    near = topics.neighbours_of(own, np.array([0, 0, 1]))
    assert near[0, 1] == near[1, 0] == 1.0  # each is all of the other's evidence, as shares
    assert not near[2].any() and not near[0, 2]  # another document's paragraph is no neighbour


def test_earthquake_monitoring_is_filed_with_weather_and_mapping_and_relief_with_civil_affairs():
    """国务院主题分类 puts 地震 beside 气象、水文、测绘 under 城乡建设、环境保护, and 减灾救灾 under 民政."""
    got = coded("标题\n各地要加强地震监测和震情跟踪，落实抗震设防要求，做好防震减灾工作。\n"
                "抗震救灾物资及时发放到地震灾区，受灾群众得到妥善安置。")
    assert primary(got[1])["gov_class"] == "城乡建设、环境保护" and primary(got[2])["gov_class"] == "民政、扶贫、救灾"


def test_an_agency_named_is_weaker_evidence_than_what_it_works_on():
    caps = topics.lexicon().caps
    found = topics.evidence(["发展改革委研究提出", "支持国有企业发展"])
    assert 0 < found[0, caps.index(1)] < found[1, caps.index(15)]  # the body that handles a matter says less than the matter


def test_river_chiefs_answer_for_the_water_environment_and_channels_are_water_management():
    got = coded("标题\n全面推行河长制，各级河长定期巡河，查找排污口，河湖面貌明显改善。\n"
                "加快水利工程建设，实施灌区续建配套和河道整治，新增灌溉面积10万亩。")
    assert (primary(got[1])["cap_major"], primary(got[1])["gov_class"]) == (7, "城乡建设、环境保护")
    assert (primary(got[2])["cap_major"], primary(got[2])["gov_class"]) == (21, "农业、林业、水利")


def test_how_administrations_inspect_enterprises_is_government_operations():
    got = coded("标题\n严控现场检查。能够通过书面核查、信息共享等方式落实的，不得入企实施现场检查，最大限度减少涉企行政检查的频次。")
    assert primary(got[1])["cap_major"] == 20 and primary(got[1])["gov_class"] == "综合政务"


def test_the_output_indicators_of_a_statistics_release_are_the_economys():
    got = coded("标题\n一季度全县规模以上工业增加值同比增长8.5%。分行业看，采矿业增加值同比增长19.2%，制造业增长5.4%。")
    assert primary(got[1])["cap_major"] == 1


def test_keeping_forests_from_fire_is_forest_management():
    got = coded("标题\n进入森林防火区的车辆和人员，应当自觉接受森林防火安全检查，对携带的火种实行集中保管，任何单位和个人不得拒绝。")
    assert primary(got[1])["cap_major"] == 21


def test_farmland_taken_for_building_and_made_good_is_land_management():
    got = coded("标题\n非农建设占用耕地的，按照“占多少，垦多少”的原则，由占用耕地的单位负责开垦与所占用耕地的数量和质量相当的耕地，"
                "补充耕地要及时验收。")
    assert primary(got[1])["cap_major"] == 21
    assert primary(got[1])["gov_class"] == "国土资源、能源"


def test_enlistment_is_defense_though_it_names_graduates():
    got = coded("标题\n今年征集对象以高中毕业以上文化程度的青年为主，优先批准高校应届毕业生应征入伍，入伍后保留学籍。")
    assert primary(got[1])["cap_major"] == 16


def test_a_notices_closing_section_on_leadership_and_responsibility_is_government_operations():
    got = coded("关于做好防汛工作的通知\n八、工作要求。各地要提高政治站位，加强组织领导，明确分管领导和责任处室，"
                "于每季度末将工作进展报送省厅，全年工作总结于12月15日前报送。")
    assert primary(got[1])["cap_major"] == 20


def test_tourism_consumption_is_commerce_though_culture_and_tourism_are_named_together():
    text = ("关于促进文化和旅游消费的通知\n三、开展文旅惠民促消费活动。联合金融机构分批发放文旅消费券，"
            "组织系列促进文旅消费活动，鼓励国有景区在淡季实行首道门票减免，扩大旅游消费。")
    row = primary(coded(text)[1])
    assert (row["cap_major"], row["gov_class"]) == (15, "商贸、海关、旅游")  # CAP 1524 tourism; culture is 23


def test_an_item_titled_for_the_campaigns_organization_is_government_operations():
    text = ("关于开展冬季大气污染防治攻坚行动的通知\n"
            "一、强化燃煤管控。全面排查散煤销售网点，严禁劣质煤流入市场，确保清洁取暖设施稳定运行，减少燃煤污染排放。\n"
            "八、加强组织保障。各区县政府是本行政区域大气污染防治工作的责任主体，要细化任务分工，确保各项措施落实到位。\n"
            "五、教师队伍建设不断加强。新招聘中小学教师1200名，开展教师培训3万人次，师德师风建设持续深化。")
    got = coded(text)
    assert primary(got[2])["cap_major"] == 20  # the item's title, whatever its sector's words
    assert primary(got[2])["gov_class"] == primary(got[1])["gov_class"]  # its class stays the notice's
    assert primary(got[1])["cap_major"] != 20 and primary(got[3])["cap_major"] == 6  # not a sector's people


def test_road_traffic_safety_is_transportation():
    got = coded("标题\n道路交通安全形势总体平稳。全年交通事故起数同比下降，死亡人数减少两成，较大交通事故没有发生。")
    assert primary(got[1])["cap_major"] == 10


def test_only_a_numbered_items_own_title_is_the_campaigns_organization():
    assert primary(coded("标题\n九、强化组织实施。各地要建立工作专班，确保各项任务落地见效。")[1])["cap_major"] == 20
    assert primary(coded("标题\n九、精心组织实施。各地要建立工作专班，确保各项任务落地见效。")[1])["cap_major"] == 20
    assert primary(coded("标题\n我们坚持加强组织领导，压实各方责任。全年新建5G基站1.2万个。")[1])["cap_major"] != 20
    assert primary(coded("标题\n（四）加强医保基金监督检查。全年追回医保基金1.2亿元。")[1])["cap_major"] == 3  # the sector's


def test_a_paragraph_opening_on_the_campaigns_organization_or_its_reporting_is_government_operations():
    text = ("商务部印发行动方案\n在组织实施方面，商务部将会同各成员单位建立部门协同工作机制，加强政策解读和跟踪评估，定期通报各地出口"
            "企业拓展内销渠道的工作进展。\n十、及时报送工作信息。自10月起，各市每月5日前报送秋冬种进度和小麦播种面积。\n"
            "在扩大内销方面，商务部将组织外贸企业参加国内展会，搭建出口产品转内销平台。")
    got = coded(text)
    assert primary(got[1])["cap_major"] == 20 and primary(got[2])["cap_major"] == 20
    assert primary(got[3])["cap_major"] != 20  # an aspect of the sector's own work


def test_a_meeting_s_own_business_is_government_operations():
    got = coded("省政府召开常务会议\n会议传达学习了习近平总书记近期重要讲话精神和国务院常务会议精神，强调要切实把思想和行动统一到"
                "党中央决策部署上来，结合我省实际抓好贯彻落实，确保各项任务不折不扣落地见效。")
    assert primary(got[1])["cap_major"] == 20


def test_a_meeting_item_about_a_sector_keeps_the_sector():
    got = coded("市政府召开常务会议\n市政府常务会议研究部署义务教育优质均衡发展工作，听取全市中小学学位供需情况汇报。\n"
                "市政府常务会议研究旅游市场秩序整治工作。")
    assert primary(got[1])["cap_major"] == 6 and primary(got[2])["cap_major"] == 15
