"""The discourse state: what earlier sentences and paragraphs establish for later claims."""

import pytest

from helpers import extract, ingest
from helpers.extract.discourse import Discourse
from support import claims


def test_later_numbers_of_a_sentence_share_its_subject_and_actor():
    got = claims("财政部安排补助资金约300亿元，比上年增加20亿元。")
    assert got["20亿元"]["actor"] == "财政部"
    assert got["20亿元"]["subject"] == got["约300亿元"]["subject"] + "增加"  # the same thing, and its change


def test_a_clause_that_opens_with_another_place_shares_no_actor_of_the_one_before():
    got = claims("洛阳市住房和城乡建设局发布工作情况\n其中，涧西区改造127个、惠及1.62万户，西工区改造68个、惠及8960户。")
    assert got["1.62万户"]["actor"] == "涧西区" and got["68个"]["actor"] != "涧西区"
    got = claims("市住建局发布数据\n市住建局介绍，今年全市开工保障房5000套，江岸区开工1200套。")
    assert got["1200套"]["actor"] == "市住建局"  # a department reports for the districts


def test_a_reporting_body_speaks_on_in_its_next_sentences():
    got = claims("人社部新闻发言人介绍，全国城镇新增就业1352万人。全年城镇调查失业率为5.2%。")
    assert got["5.2%"]["actor"] == "人力资源和社会保障部"


def test_the_body_that_brings_others_into_its_count_reports_it_not_the_bodies_it_brings():
    got = claims("经省文化和旅游厅会同中国移动江西公司、中国银联江西分公司综合测算，全省累计接待游客4786.35万人次。"
                 "全省营业性演出1186场。")
    assert got["4786.35万人次"]["actor"] == got["1186场"]["actor"] == "江西省文化和旅游厅"  # the province of its partners
    got = claims("市统计局联合国家统计局市调查队测算，全市生产总值增长5.1%。全市居民收入增长4.8%。")
    assert got["4.8%"]["actor"] == "市统计局"


def test_a_figure_after_a_slash_is_the_same_measure_in_another_unit():
    got = claims("截至9月底，全区新型储能装机规模达到1856万千瓦/4820万千瓦时，是去年同期的2.3倍。")
    assert got["4820万千瓦时"]["subject"] == got["1856万千瓦"]["subject"] == "全区新型储能装机规模"
    assert claims("全市新建公共充电桩1.2万台/2.4万个充电枪。")["2.4万个"]["subject"] == "充电枪"  # it names its own


def test_a_continuation_cue_carries_the_reporting_body_into_the_next_paragraph():
    got = claims("人社部新闻发言人介绍，全国城镇新增就业1352万人。\n据介绍，失业率为5.2%。")
    assert got["5.2%"]["actor"] == "人力资源和社会保障部"


def test_a_new_paragraph_without_a_cue_silences_the_reporting_body():
    got = claims("标题\n今年就业形势总体稳定。\n人社部新闻发言人介绍，全国城镇新增就业1352万人。\n失业率为5.2%。")
    assert got["5.2%"]["actor"] == ""


def test_a_source_the_paragraph_cites_first_frames_it_past_a_source_cited_in_passing():
    got = claims("湖南省生态环境厅发布会\n据省生态环境监测中心监测，全省PM2.5平均浓度为31.2微克/立方米。据生态环境部通报，"
                 "全国PM2.5平均浓度为29.3微克/立方米。全省可吸入颗粒物平均浓度为46微克/立方米。")
    assert got["31.2微克/立方米"]["actor"] == got["46微克/立方米"]["actor"] == "省生态环境监测中心"
    assert got["29.3微克/立方米"]["actor"] == "生态环境部"


def test_a_source_cited_in_passing_leaves_a_plan_to_the_text_s_own_body():
    got = claims("湖北省生态环境厅召开2025年第一季度例行新闻发布会\n据省生态环境监测中心监测，一季度全省PM2.5平均浓度为42微克/"
                 "立方米。据生态环境部通报，全国PM2.5平均浓度为44微克/立方米。下一步，全省将完成钢铁企业超低排放改造12家。")
    assert got["12家"]["actor"] != "省生态环境监测中心"  # no plan of the monitoring centre's


def test_a_source_that_framed_a_paragraph_does_not_frame_the_next():
    text = ("全省生态环境质量持续改善\n来源：湖南省生态环境厅\n1月22日，湖南省生态环境厅召开新闻发布会，通报2025年全省生态环境"
            "质量状况，9项约束性指标全部达标。\n一、环境空气质量\n据省生态环境监测中心监测，全省PM2.5平均浓度为31.2微克/立方米。\n"
            "全年全市共受理大气污染类环境信访投诉1860件，办结率为100%，群众满意率为96%。")
    assert claims(text)["1860件"]["actor"] != "省生态环境监测中心"  # the next paragraph may turn to the body's own work


def test_a_subtitle_line_that_opens_with_a_local_organ_sums_up_its_work():
    text = ("一朵菇带富一个村（党旗在基层一线高高飘扬）\n湖北随州广水市郝店镇关店村党支部推动香菇产业发展——\n本报记者  范昊天\n"
            "走进关店村香菇种植基地，一排排标准化大棚里菌棒排列整齐。\n去年村里卖香菇收入10多万元。")
    assert claims(text)["10多万元"]["actor"] == "湖北随州广水市郝店镇关店村党支部"


def test_an_anecdote_keeps_the_place_of_the_previous_paragraph():
    got = claims("在江西省上高县，村民种植水稻。\n当地医保局为村民报销医药费3万元。")
    assert got["3万元"]["place"] == "江西省"


def test_a_heading_ends_the_place_a_paragraph_carried():
    state = Discourse()
    state.close_paragraph("body", ["江西省"], [])
    assert state.place == "江西省"
    state.close_paragraph("heading", [], [])
    assert state.place == ""


def test_only_body_paragraphs_set_the_carried_place():
    state = Discourse(place="江西省")
    state.close_paragraph("subhead", ["浙江省"], [])
    assert state.place == "江西省"


def test_a_heading_that_names_one_year_dates_the_claims_under_it():
    got = claims("某省政府工作报告\n一、2025年工作回顾\n城镇新增就业21万人。\n二、2026年工作安排\n城镇新增就业20万人以上。\n"
                 "三、“十五五”时期目标任务\n城镇新增就业累计100万人。")
    assert (got["21万人"]["time"], got["20万人以上"]["time"], got["100万人"]["time"]) == ("2025", "2026", "")


def test_a_heading_that_names_several_times_dates_nothing():
    state = Discourse(period="2025")
    state.close_paragraph("heading", [], ["2025", "2021/2025"])
    assert state.period == ""


def test_the_body_that_reports_in_the_lead_acts_for_the_whole_text():
    got = claims("就业形势总体稳定\n人社部新闻发布会显示，2019年就业形势总体稳定。\n全年城镇新增就业1352万人。\n"
                 "城镇登记失业率为3.62%。")
    assert got["1352万人"]["actor"] == got["3.62%"]["actor"] == "人力资源和社会保障部"


def test_a_press_office_that_hosts_the_conference_does_not_outrank_the_body_that_speaks():
    got = claims("国务院新闻办公室举行新闻发布会介绍就业情况\n人力资源和社会保障部副部长李忠在发布会上介绍，全国城镇新增就业1244万人。\n"
                 "基本养老保险参保人数达10.66亿人。")
    assert got["10.66亿人"]["actor"] == "人力资源和社会保障部"


def test_an_official_who_speaks_makes_their_body_the_source():
    got = claims("春耕\n天津市财政局局长王某说，目前安排补助资金3000万元，惠及农户1.2万户。")
    assert got["3000万元"]["actor"] == "天津市财政局" and got["1.2万户"]["actor"] == "天津市财政局"


def test_a_figure_quoted_from_a_resident_is_not_the_reporting_bodys():
    got = claims("便民\n人社部新闻发布会显示，就业形势稳定。\n“以前吃饭要走二十多分钟，现在一顿饭才12元。”72岁的居民刘大爷笑着说。")
    assert got["12元"]["actor"] == ""


def test_a_figure_quoted_from_an_official_is_their_bodys():
    got = claims("标题\n“今年我们将力争城镇新增就业1200万人以上。”人力资源和社会保障部副部长李忠表示。")
    assert got["1200万人以上"]["actor"] == "人力资源和社会保障部"


def test_a_provincial_report_places_figures_in_its_province():
    text = ("2026年云南省政府工作报告\n过去一年，昆明、大理、丽江等地加快发展。\n全年地区生产总值增长4.7%。")
    assert claims(text)["4.7%"]["place"] == "云南省"


def test_a_national_text_places_nothing_by_default():
    got = claims("就业形势\n人社部新闻发布会显示，全年城镇新增就业1352万人，北京、上海、广东等地表现突出。\n失业率为5.2%。")
    assert got["5.2%"]["place"] == ""


def test_a_subject_is_given_as_the_text_writes_it():
    assert claims("施政報告\n政府建議預留 100億元的資金，資助扶貧項目。")["100億元"]["subject"] == "預留資金"  # not 预留资金
    wrapped = ("施政報告\n\n我們已撥出關愛基金 \n5億元，資助扶貧項目，並會繼續\n檢討計劃的成效，以及在\n有需要時作出調整\n\n"
               "我們也會研究其他的\n措施，以協助有需要的\n家庭改善生活。")
    backward = claims(wrapped)["5億元"]["subject"]
    assert "關愛基金" in backward and " " not in backward and "\n" not in backward  # across the print's line break


def test_the_bodies_a_list_item_names_as_responsible_act_for_its_claims():
    got = claims("标题\n1.新增就业18万人以上；提供岗位2万个（牵头单位：人社厅、教育厅）。\n2.改造农村公路1500公里。")
    assert got["18万人以上"]["actor"] == got["2万个"]["actor"] == "人社厅"
    assert got["1500公里"]["actor"] == ""  # the next item names none
    led = claims("标题\n新建学校30所（省教育厅、省财政厅牵头，各市按职责分工负责）。")
    assert led["30所"]["actor"] == "省教育厅"
    own = claims("标题\n财政部安排资金300亿元（牵头单位：教育厅）。")
    assert own["300亿元"]["actor"] == "财政部"  # a body in the claim's own clause still acts


def test_each_list_item_keeps_its_own_lead_unit():
    got = claims("标题\n1.新增城镇就业10万人（牵头单位：人社厅）。2.新建幼儿园50所（牵头单位：教育厅）。")
    assert (got["10万人"]["actor"], got["50所"]["actor"]) == ("人社厅", "教育厅")
    got = claims("标题\n新增就业10万人（人社厅牵头）；新建幼儿园50所，改造校舍200间（教育厅牵头）。")
    assert (got["10万人"]["actor"], got["50所"]["actor"], got["200间"]["actor"]) == ("人社厅", "教育厅", "教育厅")


def test_the_units_a_task_assignment_makes_responsible_act_for_its_targets():
    got = claims("标题\n（一）地区生产总值增长11%左右。（省发改委负责）（二）公共财政收入增长13%左右。（省财政厅主办，省国税局、地税局协办）"
                 "\n（三）农民人均纯收入增长12%以上。（省发改委、农委、统计局分别负责）")
    assert (got["11%左右"]["actor"], got["13%左右"]["actor"], got["12%以上"]["actor"]) == ("省发改委", "省财政厅", "省发改委")
    shared = claims("标题\n一、对地区生产总值增长5%以上等预期目标进行监测。(省发展改革委、省财政厅等按职责分工负责)"
                    "\n二、新建医院3所。（省卫健委等部门依职责分工负责）\n三、改造公路100公里。（省交通厅根据职责分工各负其责）")
    assert [shared[v]["actor"] for v in ("5%以上", "3所", "100公里")] == ["省发展改革委", "省卫健委", "省交通厅"]
    hosted = claims("标题\n今年全市接待游客5000万人次。第十届旅游发展大会（省文化和旅游厅主办）于5月举行。")
    assert hosted["5000万人次"]["actor"] == ""  # an event's host, in news, leads no item


def test_a_lead_line_under_an_item_names_its_lead_past_the_items_other_fields():
    got = claims("标题\n1.地区生产总值增长6%以上。\n分管省领导：林克庆\n部门分工：省发展改革委牵头，各地、各部门配合。\n"
                 "2.地方一般公共预算收入增长5%左右。\n牵头单位：省财政厅\n3.进出口实现增长3%。\n说明：按现价计算。")
    assert (got["6%以上"]["actor"], got["5%左右"]["actor"]) == ("省发展改革委", "省财政厅")
    assert got["3%"]["actor"] == ""  # a field line that names no lead leads nothing
    helped = claims("标题\n1.新建学校30所。\n部门分工：各地配合，省教育厅牵头。")
    assert helped["30所"]["actor"] != "省教育厅"  # the lead must open the line's value
    labelled = claims("标题\n一、稳定就业\n目标任务：全年城镇新增就业5万人。\n牵头单位：市人社局")
    assert labelled["5万人"]["actor"] == "市人社局"  # an item that opens with a label is no field line


def test_a_body_that_leads_the_making_of_a_thing_leads_no_item():
    got = claims("标题\n全市建成5G基站3万个，国家实验室（中国科学院牵头建设）累计投入50亿元。")
    assert got["3万个"]["actor"] != "中国科学院"


def test_a_place_abroad_places_its_own_measures_and_acts_for_none():
    got = claims("标题\n欧盟统计局公布数据。德国失业率为3.6%，希腊(7月份为21%)和西班牙(16.7%)的失业率更高。美国游客达到5万人次。"
                 "美国订单增长率为12%。捷克共和国失业率为2.7%。")
    assert [got[v]["place"] for v in ("3.6%", "16.7%", "5万人次", "12%", "2.7%")] == ["德国", "西班牙", "", "", "捷克"]
    assert got["21%"]["actor"] == "欧盟统计局"  # the office reports; 希腊 is where, not who
    laos = claims("老挝新闻\n老挝万象电。老挝今年新建学校120所。老挝计划投资5亿美元。")
    assert laos["120所"]["actor"] == "老挝"  # a text about the country: it acts there


def test_a_place_abroad_earlier_in_the_paragraph_places_no_later_claim():
    got = claims("标题\n在江西省上高县，村民种植水稻。与美国开展文化交流。接待游客4.16亿人次。")
    assert got["4.16亿人次"]["place"] == "江西省"


def test_a_rate_of_change_alone_is_the_rate_of_what_changed_before_it_and_one_named_keeps_its_owner():
    from helpers import extract, ingest

    text = "标题\n\n营业性货运量49.7亿吨，同比增长3.4%，增速较上月回升0.5个百分点。全年GDP增长4%，投资、消费增速分别快于全国3.4个、1个百分点。"
    rows = extract.extract_document(ingest.build("t", "t", text, "utf-8", b""))["quantities"]
    subjects = {q["text"]: q["subject"] for q in rows}
    assert subjects["0.5个百分点"] == "营业性货运量增速回升"
    assert subjects["3.4个"] == "投资增速快于全国" and not subjects["1个百分点"].startswith("GDP")  # the gap between the rates


def test_a_persons_age_is_no_subject_of_the_sentences_later_numbers():
    got = claims("60岁的毛丰美操着东北口音批评道，“咱们是1%！”")
    assert got["60岁"]["subject"] == "毛丰美年龄" and got["1%"]["subject"] != "毛丰美年龄"


def test_an_average_age_is_the_subject_of_the_sentences_later_change():
    got = claims("全市常住人口平均年龄为40.5岁，比2010年提高2.3岁。")
    assert got["2.3岁"]["subject"] == "全市常住人口平均年龄提高"


def test_a_later_measure_is_of_the_counted_things_not_of_their_event():
    got = claims("标题\n截至目前，已完成11项任务，完成率79%。已完成12个项目，完成率80%。全年确定改革任务45项，完成率88.9%。")
    assert (got["11项"]["subject"], got["79%"]["subject"], got["80%"]["subject"]) == ("已完成任务", "任务完成率", "项目完成率")
    assert got["88.9%"]["subject"] == "改革任务完成率"  # a verbal noun of the thing stays


def test_a_published_report_speaks_for_its_publisher_in_later_paragraphs():
    text = ("新华社华盛顿3月5日电 美国商务部长罗斯5日表示，美国1月出口额为2000亿美元。\n"
            "联合国贸发会议发布《世界投资报告2018》。\n报告指出，2017年全球外国直接投资下降23%，为1.43万亿美元。")
    got = claims(text)
    assert got["2000亿美元"]["actor"] == "美国商务部"
    assert got["23%"]["actor"] == got["1.43万亿美元"]["actor"] == "联合国贸易和发展会议"
    assert got["23%"]["place"] == got["1.43万亿美元"]["place"] == ""  # the world's figures, not 美国's


def test_a_release_titled_in_quotation_marks_speaks_for_its_publisher():
    got = claims("8月18日，河南省统计局发布“7月份全省经济运行情况”。\n数据显示，7月份，全省工业增加值下降1.0%。\n"
                 "7月份，全省社会消费品零售总额1789.46亿元。")
    assert got["1.0%"]["actor"] == got["1789.46亿元"]["actor"] == "河南省统计局"


def test_a_wider_scope_heads_its_clause_over_an_earlier_place():
    got = claims("在江西省，粮食产量增长5%。\n全国粮食产量达到1.4万亿斤。\n全国重点实验室达8家。")
    assert got["1.4万亿斤"]["place"] == ""
    assert got["8家"]["place"] == "江西省"  # titles a province's own bodies hold


def test_an_official_at_a_press_offices_briefing_reports_for_the_ministry_not_the_host():
    got = claims("中新社北京10月25日电 (记者 陈溯)农业农村部副部长张兴旺25日表示，粮食产量预计将突破1.4万亿斤。\n"
                 "在当天的国新办新闻发布会上，张兴旺介绍，今年夏粮产量2995.6亿斤，比上年增加72.5亿斤。")
    assert got["2995.6亿斤"]["actor"] == got["72.5亿斤"]["actor"] == "农业农村部"


def test_an_interviews_answer_goes_on_in_the_paragraphs_after_it_up_to_the_next_question():
    text = ("亮亮百姓“粮仓家底”——专访国家粮食和物资储备局负责人\n新华社北京8月24日电\n"
            "新华社记者24日专访了国家粮食和物资储备局负责人。\n问：粮食储备保障能力能不能满足需要？\n"
            "答：我国粮食库存构成，主要分三大类。\n近年来，地方储备按照产区保持3个月的市场供应量。\n"
            "问：粮食应急保障体系怎样？\n各地应急供应网点达到44601家。\n"
            "答：应急体系基本建立。\n记者了解到，今年以来，河南省小麦收购量达到500万吨。")
    got = claims(text)
    assert got["3个月"]["actor"] == "国家粮食和物资储备局"
    assert got["44601家"]["actor"] == "" and got["500万吨"]["actor"] == ""  # after a question; the reporter's own account


def test_a_states_economy_measured_over_a_time_is_the_states_figure():
    got = claims("新华社华盛顿2016年4月12日电 国际货币基金组织预计，日本今明两年经济增速分别为0.5%和负0.1%。巴西经济今年预计下降3.8%。")
    assert got["0.5%"]["place"] == got["负0.1%"]["place"] == "日本"
    assert got["3.8%"]["place"] == "巴西"


def test_a_features_company_reports_its_figures():
    text = ("标题\n对一般人来说，位于海阳市凤城街道的烟台枫林新材料有限公司很陌生。但实际上，公司生产的产品与生活息息相关。\n"
            "近年来，产品全部用于出口，年出口量达到两万吨左右，年产值达2.3亿元。")
    assert claims(text)["2.3亿元"]["actor"] == "烟台枫林新材料有限公司"
    other = text.replace("很陌生。", "很陌生，海阳市另有烟台海达化工有限公司。")  # two companies: neither is the feature's
    assert claims(other)["2.3亿元"]["actor"] == ""


def test_a_feature_whose_lead_names_no_body_is_about_the_company_its_title_names():
    text = ("小米集团坚持创新驱动——\n在109平方毫米的空间能够做什么？\n以科技创新赋能高质量发展，小米集团15年发展之路见证创新之力。\n"
            "创业15年，小米智能家居物联网平台连接设备数逾10亿台。")
    assert claims(text)["逾10亿台"]["actor"] == "小米集团"
    ministry = text.replace("在109平方毫米的空间能够做什么？", "工业和信息化部介绍，产业升级加快。")
    assert claims(ministry)["逾10亿台"]["actor"] != "小米集团"  # a lead that names a body of its own decides
    national = claims("比亚迪销量再创新高\n今年以来，新能源汽车产销两旺。\n前10个月，全国新能源汽车销量达到390万辆，同比增长32%。\n"
                      "比亚迪公司表示，将继续扩产。")
    assert national["390万辆"]["actor"] == national["32%"]["actor"] == ""  # the country's, as the sentence's first


def test_a_features_company_is_found_in_its_subtitle_and_named_again_by_its_class_word():
    bank = ("全力服务高质量发展（走企业）\n中国工商银行提高运营效率——\n本报记者  葛孟超\n强大的金融机构，是金融强国的关键。\n"
            "中国工商银行多年位居前列。\n优化业务流程\n智能柜员机已支持350项基础金融服务。")
    assert claims(bank)["350项"]["actor"] == "中国工商银行"
    coop = ("跟着种粮，咱放心\n双兴村的稻田里，玉成现代农机合作社理事长李玉成底气十足。\n"
            "2015年，李玉成牵头成立合作社，当时入社社员只有89户。为了种出优质稻，合作社没少花心思，今年种了4000亩。")
    assert claims(coop)["4000亩"]["actor"] == "玉成现代农机合作社"
    named_once = coop.replace("合作社没少花心思", "大家没少花心思").replace("牵头成立合作社", "牵头成立组织")
    assert claims(named_once)["4000亩"]["actor"] == ""  # a company the text never names again is no feature's


def test_a_source_s_figures_are_the_feature_s_company_s_where_its_class_word_heads_their_measure():
    text = ("拓达电器去年营收首破百亿元\n这家来自浙江慈溪的小家电企业交出了上市以来最好的一份成绩单。\n"
            "3月27日晚间，拓达电器（605999.SH）披露年度报告。报告期内，公司实现营业收入102.36亿元。\n"
            "资料显示，宁波拓达电器股份有限公司成立于2003年。\n"
            "海外市场仍是拓达电器业绩增长的主要引擎。年报显示，2024年公司境外销售收入62.75亿元，同比增长22.7%。")
    got = claims(text)
    assert got["62.75亿元"]["actor"] == got["22.7%"]["actor"] == got["102.36亿元"]["actor"] != ""
    for other in ("2024年公司所在地区的生产总值62.75亿元", "2024年公司所在园区工业总产值62.75亿元", "2024年公司债发行规模62.75亿元"):
        assert claims(text.replace("2024年公司境外销售收入62.75亿元", other))["62.75亿元"]["actor"] == ""
    # the measure of a place the company lies in (所在), or a word the class word opens (公司债): a source's figure


def test_a_feature_that_opens_with_a_scene_is_about_the_company_its_next_paragraphs_name():
    text = ("小山村的果园\n盛夏时节，寻乌县项山乡福和村的百香果园里，藤蔓爬满架子。\n“这一茬果子品相好。”村民谢美兰笑着说。\n"
            "谢美兰是第一批加入寻乌县福和果业专业合作社的社员。\n如今，合作社种植百香果2300亩、脐橙1600余亩。")
    got = claims(text)
    assert got["2300亩"]["actor"] == got["1600余亩"]["actor"] == "寻乌县福和果业专业合作社"
    late = text.replace("谢美兰是第一批", "村里有了路。\n谢美兰是第一批")
    assert claims(late)["2300亩"]["actor"] == ""  # named after the feature's opening: no feature's company


def test_a_features_company_reports_no_figure_of_the_whole_county():
    text = ("菜园子里的新希望\n清晨，菜地里一片忙碌。\n镇里引进了江西绿萌科技控股有限公司，公司负责人说，要把蔬菜卖到全国。"
            "公司今年投资2亿元建设冷链中心。\n全县蔬菜种植面积达到15万亩，年产值超过30亿元。")
    got = claims(text)
    assert got["2亿元"]["actor"] == "江西绿萌科技控股有限公司"
    assert got["15万亩"]["actor"] == got["超过30亿元"]["actor"] == ""
    market = text.replace("全县蔬菜种植面积达到15万亩，年产值超过30亿元。", "公司产品在全市场的占有率达到15%。")
    assert claims(market)["15%"]["actor"] == "江西绿萌科技控股有限公司"  # 全市场 is no whole unit


def test_a_cited_sources_paragraph_gives_no_plan_of_the_texts_own():
    text = ("南昌市人民政府关于上半年经济运行情况的通报\n\n各县（区）人民政府，市政府各部门：\n\n"
            "据市统计局统计，上半年全市地区生产总值达到3860亿元，同比增长5.6%。下半年，全市将新开工重点项目80个。\n\n"
            "南昌市人民政府\n2024年7月20日")
    got = claims(text)
    assert got["3860亿元"]["actor"] == "南昌市统计局" and got["80个"]["actor"] == "南昌市人民政府"
    words = text.replace("下半年，全市将新开工重点项目80个。", "全市计划总投资亿元以上项目完成投资1250亿元。")
    assert claims(words)["1250亿元"]["actor"] == "南昌市统计局"  # 计划总投资 names a kind of project, no plan


def test_a_survey_cited_to_open_a_sentence_goes_on_and_a_heading_ends_an_officials_turn():
    text = ("前三季度全省经济运行稳中有进\n10月22日上午，省政府新闻办召开新闻发布会，省统计局副局长、新闻发言人龙再春发布全省经济运行情况，"
            "国家统计局湖南调查总队副总队长谭敏出席并回答记者提问。\n居民消费价格温和上涨\n谭敏介绍，前三季度，全省居民消费价格"
            "同比上涨0.2%。\n就业收入总体稳定\n前三季度，全省城镇新增就业62.18万人。据国家统计局湖南调查总队抽样调查，9月份，"
            "全省城镇调查失业率为5.1%。按常住地分，城镇居民人均可支配收入39214元，增长4.3%。")
    got = claims(text)
    assert got["0.2%"]["actor"] == "国家统计局湖南调查总队"
    assert got["62.18万人"]["actor"] == "湖南省统计局"  # a new section: the text's own body again
    assert got["39214元"]["actor"] == got["5.1%"]["actor"] == "国家统计局湖南调查总队"  # the survey's figures go on
    other = text.replace("按常住地分，", "全省社会消费品零售总额1.2万亿元。按常住地分，")
    assert claims(other)["1.2万亿元"]["actor"] != "国家统计局湖南调查总队"  # only its breakdowns go on


def test_a_bulletins_section_is_its_local_counterparts_case():
    text = ("10家医院违规被国家医保局通报\n国家医疗保障局曝光2021年第五期典型案件（10例）。\n一、郑州市第六人民医院骗保案\n"
            "2021年4月，河南省郑州市医保局根据举报线索调查，发现郑州市第六人民医院存在问题，造成医保基金损失174万元。"
            "目前，损失的医保基金174万元已全部退回，罚款870万元已执行完毕。\n二、赤峰市医院违规案\n"
            "2020年8月，查实的违规行为涉及医保基金148万元。")
    got = claims(text)
    assert got["870万元"]["actor"] == "郑州市医疗保障局"  # the section's figures that name no body
    assert got["148万元"]["actor"] == "国家医疗保障局"  # a heading ends the case
    national = text.replace("，罚款870万元已执行完毕。", "。全国共追回医保基金870万元。")
    assert claims(national)["870万元"]["actor"] == "国家医疗保障局"  # the country's figure is no case's
    unheaded = text.replace("\n一、郑州市第六人民医院骗保案\n", "\n")
    assert claims(unheaded)["870万元"]["actor"] == "国家医疗保障局"  # no section, no body of its own
    quoted_later = ("生态环境部召开新闻发布会\n3月28日，生态环境部召开例行新闻发布会。\n一、沙尘天气情况\n今年以来，北方共出现7次沙尘天气过程。\n"
                    "内蒙古自治区生态环境厅的同志跟我们讲，今年已发布预警信息12次。\n"
                    "去年底，国务院印发行动计划，明确到2025年全国PM2.5浓度下降10%。")
    assert claims(quoted_later)["10%"]["actor"] != "内蒙古自治区生态环境厅"  # a section names its case first


def test_bodies_that_publish_together_report_as_the_first_listed():
    text = ("A股半年报长这样\n万得、同花顺联合发布《A股半年报业绩复苏榜》，上榜公司股价平均上涨12.14%。\n"
            "若扣除金融股，上半年A股公司营业收入增长了31.9%。")
    assert claims(text)["31.9%"]["actor"] == "上海万得信息技术股份有限公司"


def test_a_central_bank_abroad_acts_for_its_state_and_rates_are_in_basis_points():
    got = claims("新华社北京4月14日电 加拿大央行13日宣布加息50个基点，将基准利率上调至1%。\n"
                 "新西兰央行数据显示，新西兰目前通胀率为5.9%。")
    assert got["50个基点"]["place"] == got["1%"]["place"] == "加拿大"
    assert got["5.9%"]["place"] == "新西兰"  # a time between the state and its measure


def test_a_briefing_publishes_nothing_and_a_product_is_no_report():
    briefing = claims("标题\n国务院新闻办公室17日举行新闻发布会，国家统计局新闻发言人付凌晖介绍情况。\n数据显示，一季度国内生产总值增长5.3%。")
    assert briefing["5.3%"]["actor"] == "国家统计局"  # 新闻发布会 is an event, not a document the press office published
    product = claims("标题\n工商银行推出“惠农e贷”产品。\n统计显示，全国农户贷款余额增长15%。")
    assert product["15%"]["actor"] == ""


def test_a_cited_document_is_the_one_of_its_kind():
    got = claims("标题\n浙江省统计局发布《2023年浙江省国民经济和社会发展统计公报》。\n国家统计局同日公布全国数据。\n"
                 "公报显示，全省地区生产总值增长6%。")
    assert (got["6%"]["actor"], got["6%"]["place"]) == ("浙江省统计局", "浙江省")


def test_a_wider_scope_that_only_qualifies_keeps_the_place():
    got = claims("记者来到浙江省安吉县余村。\n全国各地的游客纷至沓来，今年已接待游客80万人次。")
    assert got["80万人次"]["place"] == "浙江省"
    share = claims("河南夏粮总产位居全国第一，对全国夏粮增产贡献率达44.9%，优质专用小麦面积达到1204万亩。")
    assert share["44.9%"]["place"] == share["1204万亩"]["place"] == "河南省"  # the province's share of the country's


def test_a_featured_company_reports_no_place_s_measure():
    got = claims("标题\n走进位于宁波的吉利汽车集团，生产线一片繁忙。公司今年扩产。\n"
                 "近年来，宁波市常住人口达到960万人。\n公司年产值达到300亿元。")
    assert got["960万人"]["actor"] == "" and got["300亿元"]["actor"] == "吉利汽车集团"


def test_a_short_measure_in_a_later_clause_is_the_things_the_sentence_opens_with():
    got = claims("标题\n霍山县医院新院区投入使用，编制床位增至800张。庆阳数据中心集群从无到有，算力规模达到11.4万P。")
    assert got["800张"]["subject"] == "霍山县医院编制床位"
    assert got["11.4万"]["subject"] == "庆阳数据中心集群算力规模"
    got = claims("标题\n国家统计局日前发布的数据显示，2025年末全国人口140562万人。"  # a body that reports owns nothing
                 "西安国家版本馆、陕西考古博物馆等投入使用，电视剧《装台》等50部文艺作品获得大奖。")
    assert got["140562万人"]["subject"] == "全国人口"
    assert got["50部"]["subject"] == "获得大奖的文艺作品"


def test_a_part_of_the_sentence_that_opens_with_another_body_measures_that_bodys_own():
    got = claims("标题\n应流集团航空发动机叶片项目一期建成投产，形成年产5万片生产能力，首批产品出口法国；"
                 "迎驾集团实现营业收入73.5亿元，同比增长8.1%。")
    assert "生产能力" not in got["73.5亿元"]["subject"] and got["73.5亿元"]["subject"].endswith("营业收入")
    assert got["8.1%"]["subject"].endswith("营业收入同比增长")


def test_a_feature_s_company_named_by_its_class_word_reports_a_figure_a_source_gives():
    text = ("小山村的“云上”果园\n本报记者　许晗\n盛夏时节，福和村的百香果园里，果子挂满枝头。\n"
            "谢美兰是福和村第一批加入寻乌县福和果业专业合作社的社员。合作社从2018年开始直播。\n"
            "数据显示，去年合作社实现销售额3860万元，同比增长27.5%。")
    got = claims(text)
    assert got["3860万元"]["actor"] == got["27.5%"]["actor"] == "寻乌县福和果业专业合作社"


def test_a_place_that_acts_in_a_national_bodys_release_is_the_actor():
    got = claims("国家卫生健康委举行新闻发布会\n国家卫生健康委举行新闻发布会，介绍托育服务进展。\n"
                 "上海市在全市216个街镇建成社区托育“宝宝屋”1100余个。全国托位总数达到570万个。")
    assert got["1100余个"]["actor"] == "上海市"
    assert got["570万个"]["actor"] == "国家卫生健康委员会"


def test_a_rules_figure_holds_for_those_the_clause_before_names():
    got = claims("标题\n省内异地就医未按规定备案的，支付比例降低10个百分点；跨省临时外出就医未备案的，降低20个百分点。"
                 "年满60周岁的，每人每月发放补贴200元。")
    assert got["10个百分点"]["subject"] == "省内异地就医未按规定备案的支付比例降低"
    assert got["20个百分点"]["subject"] == "跨省临时外出就医未备案的支付比例降低"
    assert got["200元"]["subject"] == "补贴"  # a condition with a number of its own is a figure apart


def test_review_fixes_of_session_66_rules():
    # a breakdown by a dimension goes on with the source; another matter (从利用外资看) does not, 分产业看： does
    text = ("前10个月我省商务运行情况\n发布时间：2024-11-21　来源：湖南省商务厅\n11月20日，省商务厅召开全省商务运行分析调度会。\n"
            "据海关统计，1—10月，全省货物贸易进出口4718.6亿元。\n从利用外资看，实际使用外资12.5亿美元，增长3%。")
    assert claims(text)["12.5亿美元"]["actor"] == "湖南省商务厅"
    # a speaker or an acting body that opens the sentence owns no measure of a later clause
    got = claims("标题\n深圳市市场监督管理局开展食品安全专项检查，检查企业1200家。")
    assert got["1200家"]["subject"] == "检查企业"
    got = claims("标题\n温州市鹿城区人民法院南郊人民法庭庭长说：“要让群众少跑腿。”全省人民法庭共化解矛盾纠纷32万件。")
    assert got["32万件"]["subject"] == "矛盾纠纷"
    # a body's part after ； that names nothing measured counts the same thing
    got = claims("标题\n今年以来，全市共办理政务服务事项120万件；市政务服务中心受理98万件，占81.7%。")
    assert got["98万件"]["subject"] == "政务服务事项"
    # a place that was struck acts for none in a department's release
    got = claims("入汛以来防汛工作\n发布时间：2025-07-14　信息来源：江西省应急管理厅\n江西省应急管理厅召开会议。\n宜春市受灾严重，倒塌房屋120间。")
    assert got["120间"]["actor"] == "江西省应急管理厅"
    got = claims("全省煤炭生产情况\n发布时间：2025-12-14　信息来源：陕西省发展和改革委员会\n全省原煤产量增长3.2%。\n"
                 "延安受部分矿井停产整改影响下降2.1%；榆林原煤产量占全省比重超过76%。")
    assert got["2.1%"]["actor"] == got["超过76%"]["actor"] == "陕西省发展和改革委员会"  # what befell 延安


def test_a_feature_about_a_universitys_institute_gives_it_the_figures_it_states():
    text = ("一台水泵里的“产学研”协奏曲\n来源：光明网　2024-06-18\n"
            "6月的镇江，江苏大学流体机械工程技术研究中心的试验大厅内机器轰鸣。\n"
            "江苏大学流体机械工程技术研究中心成立于1962年。中心拥有专职科研人员126人，累计获授权发明专利1136件。")
    assert claims(text)["126人"]["actor"] == "江苏大学流体机械工程技术研究中心"


def test_a_quoted_official_s_body_takes_the_words_figures_over_the_sentence_s_earlier_actor():
    text = ("吉林粮食总产达837.3亿斤\n来源：农民日报　2023-12-19\n"
            "12月11日，国家统计局发布2023年全国粮食产量数据，吉林省粮食总产量达到837.3亿斤。\n"
            "在梨树县四棵树乡三家子村，梨树县丰源农机农民专业合作社理事长赵广利算起了细账：“我们社连续8年搞秸秆覆盖免耕播种，"
            "土壤有机质含量从1.8%提高到了2.4%。”")
    got = claims(text)
    assert got["1.8%"]["actor"] == got["2.4%"]["actor"] == "梨树县丰源农机农民专业合作社"
    assert "四棵" not in got  # a number inside a place's name counts nothing


def test_the_texts_own_unit_named_before_a_figure_places_it_whoever_reports():
    text = ("吉林粮食总产达837.3亿斤\n来源：农民日报　2023-12-19\n"
            "12月11日，国家统计局发布2023年全国粮食产量数据，吉林省粮食总产量达到837.3亿斤。\n"
            "截至11月底，全省农民合作社达到8.6万个，家庭农场16.3万个。")
    got = claims(text)
    assert got["8.6万个"]["place"] == got["16.3万个"]["place"] == "吉林省"


def test_second_review_fixes_of_session_66_rules():
    # an overseeing body that opens a relative clause acts; one that founded the next does not
    got = claims("标题\n市审计局审计的市卫生健康委员会，发现违规使用资金2300万元。")
    assert got["2300万元"]["actor"] == "市审计局"
    # a bulletin's note item joined by 与 inside one term is one item, and a noted measure's words do not run on
    text = ("江西省2025年统计公报\n江西省统计局　国家统计局江西调查总队\n全年研究生教育招生2.1万人。"
            "城镇非私营单位就业人员年平均工资98650元。全年粮食总产量2150万吨。油料产量120万吨。\n"
            "注释：本公报中研究与试验发展经费数据来源于省科学技术厅；城镇新增就业、粮食产量数据来源于国家统计局江西调查总队。")
    got = claims(text)
    assert got["2.1万人"]["actor"] == got["98650元"]["actor"] == got["120万吨"]["actor"] == "江西省统计局"
    assert got["2150万吨"]["actor"] == "国家统计局江西调查总队"
    # a word that holds 本市 or 全市 inside another names no unit of the text
    got = claims("浙江省统计局发布\n浙江省统计局发布数据。\n中国证监会数据显示，资本市场全年股权融资规模7200亿元。")
    assert got["7200亿元"]["place"] == ""


def test_third_review_fixes_of_session_66_rules():
    got = claims("江西省统计局发布\n记者从赣州市统计局获悉，前三季度地区生产总值增长5.6%。")
    assert got["5.6%"]["place"] == "江西省"  # a place that opens a body's name after 从 still places
    got = claims("标题\n省委、省政府等16次调度防汛工作。阿里巴巴集团旗下的蚂蚁科技集团股份有限公司服务小微企业5000万家。")
    assert got["16次"]["actor"].endswith("省委")  # how often listed bodies acted: they act
    assert got["5000万家"]["actor"] == "蚂蚁科技集团股份有限公司"
    text = ("赣州粮食总产达90亿斤\n来源：农民日报　2023-12-19\n12月11日，国家统计局发布数据，赣州市粮食总产量达到90亿斤。\n"
            "截至11月底，全市农民合作社达到8600个。")
    assert claims(text)["8600个"]["place"] == "江西省"  # a city's text names its own unit by 全市


def test_a_measure_in_a_later_clause_is_the_body_the_sentence_opens_with():
    got = claims("标题\n七里坪镇中心卫生院过去只能做简单手术，如今能开展的手术种类从12种增加到43种，去年住院4870人次。"
                 "陕西燃气集团有限公司已建成储气调峰设施13座，储气能力达到2.1亿立方米。")
    assert got["4870人次"]["subject"] == "七里坪镇中心卫生院住院"
    assert got["2.1亿立方米"]["subject"] == "陕西燃气集团有限公司储气能力"


def test_what_the_sentence_opens_with_owns_what_later_clauses_do_past_the_source_and_the_time_that_frame_it():
    got = claims("标题\n据市铁路公司统计，截至5月底，城际铁路累计开行列车1.1万列，发送旅客约900万人次，平均上座率超过90%。"
                 "港口集团累计完成吞吐量2亿吨，新增泊位12个。")
    assert got["约900万人次"]["subject"] == "城际铁路发送旅客"  # a verb and its object, said of the topic
    assert got["超过90%"]["subject"] == "城际铁路平均上座率"
    assert got["12个"]["subject"] == "港口集团新增泊位"


def test_a_thing_of_no_name_opening_the_sentence_owns_the_first_measure_of_a_later_clause():
    got = claims("标题\n东关街道是典型的老旧小区聚集街道，常住居民8600余户。全市中小学全部开展课后服务，参与率达到92%。")
    assert got["8600余户"]["subject"] == "东关街道常住居民"
    assert not got["92%"]["subject"].startswith("全市")  # the whole unit is no owner
    got = claims("标题\n集宁经大同至原平高铁正式开通运营，全长290公里。")
    assert got["290公里"]["subject"] == "全长"  # one end of a route's name is no topic
    got = claims("标题\n七里坪镇中心卫生院经过三年改造，床位数达到120张。长寿区至今已建成高速公路3条，总里程186公里。")
    assert got["120张"]["subject"] == "七里坪镇中心卫生院床位数"  # 经过, 至今: no route
    assert got["186公里"]["subject"] == "长寿区总里程"


def test_a_later_clause_keeps_its_own_thing_where_the_sentence_opens_with_a_figure_of_another():
    got = claims("标题\n规上工业企业从4.7万家增加到6.1万家，上市公司从518家增加到731家。"
                 "重点领域支出保障有力：教育支出1068.7亿元，增长5.3%。")
    assert got["731家"]["subject"] == "上市公司"
    assert got["5.3%"]["subject"] == "教育支出增长"


def test_a_zones_figures_are_its_committees_unless_a_body_reports_them():
    got = claims("标题\n青岛西海岸新区扩大开放。去年，新区实际使用外资18.6亿美元。\n"
                 "黄岛海关的数据显示，片区进出口值达到268.4亿元。\n青岛片区管委会主任说，青岛西海岸新区管委会将推进开放。")
    assert got["18.6亿美元"]["actor"] == "青岛西海岸新区管委会"
    assert got["268.4亿元"]["actor"] == "黄岛海关"


def test_investment_completed_after_a_count_of_projects_is_theirs():
    got = claims("标题\n全年实施重点项目126个，完成投资98.6亿元。全省亿元以上在建项目10867个，比上年同期增加312个，"
                 "完成投资增长2.8%。起降设施增至3592个，飞行规模达10万架次。")
    assert got["98.6亿元"]["subject"] == "重点项目投资"
    assert got["2.8%"]["subject"] == "全省亿元以上在建项目投资增长"
    assert not got["10万架次"]["subject"].startswith("起降设施")  # no verb of completing: a new matter


def test_a_source_an_answer_cites_first_gives_the_answers_figures():
    got = claims("商务部召开例行新闻发布会\n何亚东：各位记者朋友，下午好！\n问：请介绍外贸情况。\n"
                 "答：据海关总署统计，1—10月，我国货物贸易进出口总值36.02万亿元。10月当月，进出口3.7万亿元，增长4.6%。")
    assert got["36.02万亿元"]["actor"] == got["3.7万亿元"]["actor"] == "海关总署"


def test_a_breakdown_of_a_survey_an_official_cites_is_the_surveyor_s_in_all_its_numbers_and_keeps_its_period():
    text = ("国新办举行新闻发布会\n国务院新闻办公室于2024年10月23日举行新闻发布会，请商务部副部长周建华介绍情况。\n"
            "主持人 国务院新闻办公室新闻局副局长 邢立言：\n女士们、先生们，大家上午好！今天我们邀请到商务部副部长周建华先生。\n"
            "商务部副部长 周建华：\n一是外贸规模稳中有增。据海关总署统计，前三季度我国货物贸易进出口32.33万亿元，"
            "同比增长5.3%。其中，出口18.62万亿元，增长6.2%。第三季度当季进出口11.26万亿元，增长5.4%。")
    got = claims(text)
    assert got["18.62万亿元"]["actor"] == got["6.2%"]["actor"] == "海关总署"
    assert got["18.62万亿元"]["time"] == got["6.2%"]["time"] == got["32.33万亿元"]["time"]  # 前三季度
    assert got["11.26万亿元"]["actor"] == "商务部"  # no breakdown: the official's own words again
    own = claims(text.replace("其中，出口18.62万亿元", "其中，我部重点监测的零售企业销售额18.62万亿元"))
    assert own["18.62万亿元"]["actor"] == "商务部"  # the ministry's own monitoring, not the survey it cited
    plain = claims("浙江省统计局发布\n前三季度，全省进出口1000亿元，增长5%。其中，出口600亿元。下一步，全省将新增就业10万人。")
    assert plain["600亿元"]["time"] == plain["1000亿元"]["time"] and plain["10万人"]["time"] == ""
    others = claims("市统计局发布\n1-9月，全市进出口总值352亿元。其中，当月出口42亿元。今年以来，全市经济回升向好。其中，工业投资增长12.3%。"
                    "前三季度，消费增长3.3%。其中一个重要原因是以旧换新，补贴申请量超过150万份。")
    assert others["42亿元"]["time"] == others["12.3%"]["time"] == others["超过150万份"]["time"] == ""
    # a period of its own (当月); no figures in the sentence before; a reason, no breakdown


def test_the_body_after_a_project_role_acts_and_is_no_part_of_the_subject():
    got = claims("标题\n项目承建方中铁十二局集团有限公司完成投资3.2亿元。")
    assert got["3.2亿元"]["actor"] == "中铁十二局集团有限公司" and got["3.2亿元"]["subject"] == "投资"


def test_investment_completed_after_a_part_or_a_count_of_no_projects_is_not_theirs():
    got = claims("标题\n全年实施重点项目126个，其中新开工项目56个，完成投资98.6亿元。"
                 "项目建成后新增就业岗位3000个，完成投资86亿元。")
    assert got["98.6亿元"]["subject"] == got["86亿元"]["subject"] == "投资"


def test_a_zone_named_for_its_committee_stays_in_the_subject_and_a_national_source_leaves_the_provinces_figures():
    got = claims("标题\n据两江新区统计局统计，去年，新区地区生产总值达到5200亿元。两江新区管委会主任说。\n"
                 "省统计局局长王明答记者问\n答：据国家统计局统计，上半年全国国内生产总值增长5.0%。我省地区生产总值增长5.8%。")
    assert got["5200亿元"]["subject"] == "新区地区生产总值" and got["5200亿元"]["actor"] == "两江新区统计局"
    assert got["5.0%"]["actor"] == "国家统计局" and got["5.8%"]["actor"] != "国家统计局"


def test_an_owner_that_ends_as_the_measure_begins_is_named_once():
    got = claims("标题\n现场签约项目63个，总投资289亿元。已办结3168件，办结率96.2%。")
    assert got["289亿元"]["subject"] == "现场签约项目总投资"
    assert "办结办结" not in got["96.2%"]["subject"]


def test_a_body_after_a_role_that_a_verb_takes_is_no_actor():
    got = claims("标题\n某公司拖欠承建方中铁四局集团有限公司工程款320万元。")
    assert got["320万元"]["actor"] != "中铁四局集团有限公司"


def test_a_zone_named_for_its_committee_stays_before_the_measure_past_a_time():
    got = claims("标题\n两江新区加快发展。新区上半年地区生产总值增长6.1%。两江新区管委会主任说。")
    assert got["6.1%"]["subject"] == "新区地区生产总值增长"


def test_places_a_breakdown_by_place_lists_measure_what_the_largest_total_before_measured():
    got = claims("标题\n全市新认定高新技术企业1386家，有效期内高新技术企业总数达6127家。"
                 "分地区看，武进区1937家、新北区1682家、天宁区563家。")
    assert got["1937家"]["subject"] == "武进区有效期内高新技术企业总数"
    assert got["1682家"]["subject"] == "新北区有效期内高新技术企业总数"  # its own place, not the first one's
    got = claims("标题\n全年筹集保障性租赁住房1.26万套，超额完成省定1万套目标任务。"
                 "分区域看，洛龙区、涧西区分别筹集4120套、2860套。")
    assert got["4120套"]["subject"] == "洛龙区筹集保障性租赁住房"  # the verb the place did, then the total's thing
    got = claims("标题\n全市发放贷款12亿元。分地区看，武进区15亿元、新北区8亿元。")
    assert got["8亿元"]["subject"].startswith("新北区") and got["8亿元"]["subject"].endswith("贷款")
    assert "贷款" not in got["15亿元"]["subject"]  # larger than the total: no part of it
    got = claims("标题\n新能源汽车产量增长58.3%。分县市区看，无为市、湾沚区分别增长13.6%、12.1%。")
    assert "新能源汽车" not in got["12.1%"]["subject"]  # a rate is no part of a larger one


def test_a_breakdown_by_place_whose_parts_exceed_the_last_total_divides_an_earlier_one():
    got = claims("关于下达投资计划的通知\n一、投资安排\n本批次共下达中央预算内投资50亿元，较上年增加3亿元。对安置规模较大的安置区，"
                 "后续扶持项目投资不少于5亿元。\n分省份看，四川省12亿元、云南省10亿元、贵州省9亿元，其余省份合计19亿元。")
    assert got["12亿元"]["subject"] == "四川省中央预算内投资"  # the parts add up to 50亿元: not 5亿元's 后续扶持项目投资
    assert got["9亿元"]["subject"] == "贵州省中央预算内投资"
    for tail in ("雁塔区1.2万人，比上年增加0.3万人；未央区1万人。", "雁塔区1.2万人、未央区1万人，两区合计2.2万人。"):
        got = claims("标题\n上半年，全市城镇新增就业人数12.5万人。全市高校毕业生就业人数3万人。分区县看，" + tail)
        assert got["1.2万人"]["subject"] == "雁塔区高校毕业生就业人数"  # a change or a subtotal is no part


def test_the_departments_of_the_reporting_bodys_field_across_its_area_are_its_own():
    got = claims("常德市卫生健康事业成绩单\n来源：常德市卫生健康委员会\n一年来，全市卫生健康系统统筹推进医疗服务体系建设，"
                 "全市人均预期寿命达到78.9岁。")
    assert got["78.9岁"]["actor"] == "常德市卫生健康委员会"
    got = claims("江西省应急管理厅通报\n来源：江西省应急管理厅\n全省应急管理部门共立案查处安全生产违法行为1376起。")
    assert got["1376起"]["actor"] == "江西省应急管理厅"  # the departments it leads: its report's, as annotators give them
    got = claims("湖南省财政厅发布\n来源：湖南省财政厅\n贺志强表示，全省财政部门要确保地方一般公共预算收入增长6.5%左右。")
    assert got["6.5%左右"]["actor"] == "湖南省财政厅"  # a task the leading body sets for its departments
    got = claims("浙江省公安厅通报\n来源：浙江省公安厅\n全省公安机关应用大数据手段破获案件2600起，将28家企业纳入名单。")
    assert got["2600起"]["actor"] == "浙江省公安厅"  # 应用 is no 应, and 将 before a number is 把: the report's cases
    got = claims("江西省审计厅通报\n来源：江西省审计厅\n全省生态环境部门共立案查处环境违法案件860起。")
    assert got["860起"]["actor"] == "全省生态环境部门"  # another field's departments: their own cases


def test_a_division_named_alone_by_its_heads_title_speaks_for_the_texts_own_body():
    got = claims("安徽省人社厅新闻发布会\n来源：安徽省人力资源和社会保障厅\n养老保险处处长王明介绍，全省基本养老金月人均增加约82元。")
    assert got["约82元"]["actor"] == "安徽省人力资源和社会保障厅"


def test_a_national_totals_parts_in_provinces_and_a_breakdowns_verb_the_measure_holds():
    got = claims("标题\n全国新增本土确诊病例120例，其中广东45例、上海30例。")
    assert got["30例"]["subject"] == "上海新增本土确诊病例"  # each province's part, not the one before
    got = claims("标题\n全市城镇新增就业5.2万人。分地区看，南明区新增就业1.1万人、云岩区新增就业0.9万人。")
    assert got["0.9万人"]["subject"] == "云岩区城镇新增就业"  # not 云岩区新增就业城镇新增就业


def test_a_task_needs_a_modal_verb_and_a_division_after_a_pointer_is_the_pointed_bodys():
    got = claims("浙江省政法工作通报\n来源：浙江省委政法委\n全省公安机关将大数据手段作为重点，破获案件2600起。")
    assert got["2600起"]["actor"] == "全省公安机关"  # 将 as 把: no task (another field's report: the police's own cases)
    got = claims("长沙市人社局发布\n来源：湖南省人力资源和社会保障厅\n长沙市人社局介绍情况。该局就业促进处处长王明说，全市新增就业8.2万人。")
    assert got["8.2万人"]["actor"] != "湖南省人力资源和社会保障厅"


NOTICE = ("关于做好就业补贴工作的通知\n一、一次性吸纳就业补贴\n（一）补贴对象。对吸纳脱贫人口就业的企业，给予补贴。\n"
          "（二）补贴标准。按每吸纳1人1000元的标准给予补贴。\n二、一次性扩岗补助\n（一）补助标准。按每招用1人1500元的标准发放。\n"
          "（二）技能提升补贴。按每人2000元的标准给予补贴。\n")


def test_a_payment_named_by_its_kind_alone_is_the_one_its_heading_or_numbered_label_names():
    found = claims(NOTICE)
    assert found["1000元"]["subject"] == "一次性吸纳就业补贴标准"  # the label is the standard's own: the heading names it
    assert found["1500元"]["subject"] == "一次性扩岗补助标准"  # …的标准发放: no payment named in the clause
    assert found["2000元"]["subject"] == "技能提升补贴标准"  # the numbered label names it, under another heading


def test_a_payment_of_another_kind_than_the_heading_names_keeps_its_kind():
    found = claims("关于做好补贴工作的通知\n一、一次性扩岗补助\n（一）标准。按每户3000元的标准给予奖励。\n")
    assert found["3000元"]["subject"] == "奖励标准"


def test_a_briefing_of_any_name_makes_the_official_quoted_after_it_speak_for_the_text():
    got = claims("医保改革一年交出成绩单\n住院次均费用同比下降6.4%，结算周期压缩至10个工作日以内\n"
                 "南都讯 1月15日，市里召开新闻通报会，介绍全市医保改革情况。\n"
                 "江门市医疗保障局局长吴国强在通报会上表示，改革的目的不是单纯控费。\n"
                 "同时，江门还向37家定点医疗机构预付医保基金3.2亿元。")
    assert got["6.4%"]["actor"] == got["3.2亿元"]["actor"] == "江门市医疗保障局"  # the standfirst's too


def test_a_class_word_names_again_a_company_an_earlier_paragraph_of_the_section_named():
    text = ("秋收工作有序推进\n据县农业农村局统计，今年全县玉米播种面积351.6万亩。\n"
            "记者来到靠山村，梨树县丰穗玉米种植专业合作社的收获机正在作业。\n今年合作社预计实现经营收入1860万元。")
    assert claims(text)["1860万元"]["actor"] == "梨树县丰穗玉米种植专业合作社"
    headed = text.replace("\n今年合作社", "\n二、合作社\n今年合作社")  # a heading opens another section
    assert claims(headed)["1860万元"]["actor"] != "梨树县丰穗玉米种植专业合作社"


def test_a_class_word_for_the_class_at_large_or_公司_names_no_earlier_company():
    generic = ("合作社发展\n县农业农村局负责人介绍，全县已培育国家级示范社5家。\n李家村葡萄专业合作社成立于2016年，带动农户种植葡萄800亩。\n"
               "近年来，县里鼓励合作社规范发展。合作社实现经营收入超过100万元的有46家。")
    assert claims(generic)["46家"]["actor"] != "李家村葡萄专业合作社"
    other = ("科创企业\n市科技局认定高新技术企业326家。\n深圳市大疆创新科技有限公司在我市设立研发中心。\n"
             "另一家本地企业“小蜜蜂”机器人也在快速成长。公司今年实现营收2.3亿元。")
    assert claims(other)["2.3亿元"]["actor"] != "深圳市大疆创新科技有限公司"


def test_a_class_word_inside_the_named_company_or_its_business_is_not_the_class_at_large():
    text = ("秋收\n记者来到梨树县丰穗玉米种植专业合作社的仓库。\n合作社业务不断拓展。今年合作社预计实现经营收入1860万元。")
    assert claims(text)["1860万元"]["actor"] == "梨树县丰穗玉米种植专业合作社"
    counted = text.replace("合作社业务不断拓展。", "全县326家合作社发展良好。")
    assert claims(counted)["1860万元"]["actor"] != "梨树县丰穗玉米种植专业合作社"


def test_a_part_broken_down_in_the_next_sentence_takes_the_wholes_owner():
    got = claims("一季度，义乌市进出口总值1802.3亿元，同比增长19.3%。其中，出口1563.8亿元，增长18.6%；进口238.5亿元。")
    assert (got["1563.8亿元"]["subject"], got["238.5亿元"]["subject"]) == ("义乌市出口", "义乌市进口")
    got = claims("一季度，义乌市进出口总值1802.3亿元。今年以来，出口企业达到1.2万家。")  # no breakdown: its own
    assert got["1.2万家"]["subject"] != "义乌市出口企业"


def test_a_subject_that_opens_with_the_conditions_words_takes_it_once():
    got = claims("对利用存量房屋改建的，5年内可暂不办理土地用途变更手续。")
    assert got["5年"]["subject"] == "利用存量房屋改建"  # not 利用存量房屋改建的利用存量房屋改建


def test_other_goods_of_a_flow_are_traded_as_the_first():
    got = claims("前三季度我国进口铁矿砂8.77亿吨，增加6.9%；原油4.22亿吨，增加14.9%。")
    assert (got["4.22亿吨"]["subject"], got["14.9%"]["subject"]) == ("进口原油", "进口原油增加")
    got = claims("全年粮食产量50万吨，蔬菜30万吨。")  # no flow: as before
    assert got["30万吨"]["subject"] == "蔬菜"
    assert claims("进口铁矿砂1.1亿吨；港口库存1.3亿吨。")["1.3亿吨"]["subject"] == "港口库存"  # no goods
    got = claims("全省出口汽车42.6万辆；比亚迪12.3万辆，增长120%。")  # a company's share, no goods
    assert got["12.3万辆"]["subject"] == "比亚迪"


def test_what_a_numbered_item_says_of_its_payment_is_the_payment_of_the_programme_its_label_names():
    got = claims("（三）家电产品以旧换新。对个人消费者购买冰箱等12类家电产品给予补贴，补贴标准为产品最终销售价格的15%，"
                 "每件补贴不超过2000元。\n（四）手机等数码产品购新补贴。按产品销售价格的13%给予补贴，每件补贴不超过500元。\n"
                 "（五）资金来源。每件补贴不超过300元。\n（六）资金审计情况。每户补贴不超过400元。")
    assert got["不超过2000元"]["subject"] == "家电产品以旧换新每件补贴"
    assert got["15%"]["subject"].startswith("家电产品以旧换新补贴标准")
    assert got["不超过500元"]["subject"] == "手机等数码产品购新补贴每件补贴" and got["13%"]["subject"] == "手机等数码产品购新补贴比例"
    assert got["不超过300元"]["subject"] == "每件补贴"  # a label that names an aspect of the payments, no programme
    assert got["不超过400元"]["subject"] == "每户补贴"
    got = claims("（四）补贴上限。每位消费者累计补贴不超过5000元。\n（三）补贴发放。每件补贴不超过500元。\n"
                 "（一）鼓励汽车以旧换新。补贴标准为每辆车2万元。")
    assert got["不超过5000元"]["subject"] == "每位消费者累计补贴" and got["不超过500元"]["subject"] == "每件补贴"
    assert got["2万元"]["subject"].startswith("汽车以旧换新补贴标准")  # the programme the act is about, not 鼓励…
    got = claims("（四）不得重复享受补贴。每位消费者累计补贴不超过2000元。\n（二）补贴标准动态更新。补贴比例为30%。")
    assert got["不超过2000元"]["subject"] == "每位消费者累计补贴" and got["30%"]["subject"] == "补贴比例"  # rules, no programmes


def test_a_clause_that_cites_the_source_first_leaves_the_topic_to_the_next_one():
    got = claims("据介绍，缙云县人民医院新院区一期工程主体结顶，设计床位800张。")
    assert got["800张"]["subject"].startswith("缙云县人民医院") and got["800张"]["subject"].endswith("设计床位")
    got = claims("根据规划，霍山县医院新院区投入使用，编制床位增至800张。")
    assert got["800张"]["subject"].startswith("霍山县医院")


def test_a_place_and_its_change_after_a_measure_in_the_same_unit_is_that_places_measure():
    got = claims("前三季度，江苏规模以上工业增加值同比增长7.9%，浙江增长7.6%，山东增长7.4%。")
    assert got["7.6%"]["subject"] == "浙江规模以上工业增加值增长" and got["7.4%"]["subject"] == "山东规模以上工业增加值增长"
    got = claims("全省地区生产总值增长6.1%，其中南昌增长7.2%。")
    assert "全省" not in got["7.2%"]["subject"]  # no place of the total's to put it in: not the province's own change
    for text, number, kept in [("湖南统计公报\n全省规模以上工业增加值增长7.5%，长沙银行增长12.3%，湘潭增长6.8%。", "6.8%", "湘潭增长"),
                               ("山东经济运行\n全省规模以上工业增加值增长7.1%，其中制造业增长8.0%，青岛增长5.6%。", "5.6%", "青岛增长"),
                               ("黑龙江统计公报\n全省对俄罗斯进出口增长18.5%，哈尔滨增长12.4%。", "12.4%", "哈尔滨增长")]:
        assert claims(text)[number]["subject"] == kept, text  # a body's figure, a part after 其中, a trade with a partner


def test_a_breakdowns_opening_words_are_no_subject_and_a_change_alone_after_them_is_the_wholes():
    got = claims("前三季度，规模以上工业增加值同比增长6.2%。分季度看，一季度增长6.5%。分行业看，制造业增长7.1%。")
    assert got["6.5%"]["subject"] == "规模以上工业增加值增长"  # not 分季度看增长
    assert got["7.1%"]["subject"] == "制造业增长"
    got = claims("全年规模以上工业企业实现营业收入5.2万亿元，增长3.1%；实现利润总额3200亿元，下降2.0%。分季度看，一季度下降8.1%。")
    assert "利润总额" in got["8.1%"]["subject"]  # the last figure before in the number's unit is the one broken down


def test_a_place_a_figure_is_compared_with_is_not_where_the_figure_is():
    got = claims("广西钦州港加快建设\n今年广西进出口增速比广东高2.1个百分点。运河建成后，广西内河船舶经平陆运河入海比经广州出海缩短航程约560公里。"
                 "广州外贸增长5%。")
    assert got["2.1个百分点"]["place"] == got["约560公里"]["place"] == "广西壮族自治区"
    assert got["5%"]["place"] == "广东省"


def test_a_department_named_alone_answers_for_its_ministry_and_one_named_with_it_for_itself():
    got = claims("国家发展改革委举行新闻发布会，介绍有关情况。国家发展改革委政策研究室副主任、新闻发言人李晨阳，固定资产投资司司长"
                 "韩文博出席发布会。\n韩文博：今年安排超长期特别国债1.3万亿元，其中8000亿元用于支持两重建设。")
    assert got["1.3万亿元"]["actor"] == "国家发展和改革委员会"
    got = claims("人社部举行新闻发布会。人社部就业促进司司长张莹介绍，前三季度城镇新增就业1097万人。")
    assert got["1097万人"]["actor"] == "人力资源和社会保障部就业促进司"


def test_a_department_named_alone_by_its_head_s_title_reports_for_its_ministry():
    got = claims("生态环境部举行新闻发布会。生态环境监测司司长柏仇勇介绍，全国地级及以上城市优良天数比例为87.2%。")
    assert got["87.2%"]["actor"] == "生态环境部"


def test_the_standard_of_a_comparison_keeps_its_own_value():
    got = claims("浙江经济运行\n一季度浙江地区生产总值同比增长6.1%，比广东的4.4%高1.7个百分点。浙江城镇居民人均可支配收入74997元，"
                 "较上海（84834元）少9837元。")
    assert got["4.4%"]["place"] == "广东省" and got["84834元"]["place"] == "上海市"
    assert got["1.7个百分点"]["place"] == got["9837元"]["place"] == "浙江省"


def test_the_standard_s_own_value_may_follow_it_after_a_few_words():
    got = claims("安徽经济\n安徽全省GDP增长5.3%，比江苏5.8%的增速低0.5个百分点，比浙江5.6%的增速低0.3个百分点。")
    assert got["5.8%"]["place"] == "江苏省" and got["5.6%"]["place"] == "浙江省"
    assert got["0.5个百分点"]["place"] == got["0.3个百分点"]["place"] == "安徽省"


def test_standards_listed_after_bi_and_one_between_yu_and_chiping_are_no_places_of_the_figures():
    got = claims("湖南经济\n与周边省份相比，湖南增速比广东高1.4个百分点，比广西、贵州分别高0.3个和0.4个百分点，与重庆持平。")
    assert {got[n]["place"] for n in ("1.4个百分点", "0.3个", "0.4个百分点")} == {"湖南省"}


def test_the_text_s_own_province_named_by_its_word_outranks_the_provinces_the_paragraph_named_before():
    got = claims("湖南经济运行\n上半年湖南全省地区生产总值增长5.6%。在中部六省中，湖南增速低于湖北（6.2%），高于山西（4.3%）。"
                 "与周边省份相比，我省增速比广东高1.4个百分点，比广西、贵州分别高0.3个和0.4个百分点，与重庆持平。")
    assert {got[n]["place"] for n in ("1.4个百分点", "0.3个", "0.4个百分点")} == {"湖南省"}


def test_a_standard_of_a_comparison_places_no_figure_of_the_next_sentence():
    got = claims("吉林经济运行\n全年全省规模以上工业增加值增长6.4%，比黑龙江高3.3个百分点。全省固定资产投资比上年下降6.3%，"
                 "降幅比辽宁扩大1.9个百分点。")
    assert got["6.3%"]["place"] != "黑龙江省" and got["1.9个百分点"]["place"] != "黑龙江省"


def test_a_measure_with_no_subject_of_its_own_is_the_thing_the_paragraphs_lead_names():
    text = ("基础设施项目稳中有进。完成投资3012.9亿元，增长6.2%。\n"
            "分领域看，制造业项目投资增势强劲。上半年完成投资4187.5亿元，同比增长11.4%。")
    got = claims(text)
    assert got["3012.9亿元"]["subject"] == "基础设施项目完成投资"
    assert got["6.2%"]["subject"] == "基础设施项目完成投资增长"
    assert got["4187.5亿元"]["subject"] == "制造业项目完成投资"


def test_a_lead_with_a_figure_or_a_clause_with_its_own_subject_owns_nothing_after_it():
    assert claims("基础设施项目投资增长5%。完成投资3012.9亿元。")["3012.9亿元"]["subject"] == "投资"
    assert claims("基础设施项目稳中有进。全省完成投资3012.9亿元。")["3012.9亿元"]["subject"] != "基础设施项目完成投资"
    assert claims("园区发展势头良好。引进企业12家，投资3亿元。")["3亿元"]["subject"] != "园区发展势头投资"


def test_a_lead_owns_no_count_nor_a_places_own_measure():
    assert claims("城乡面貌焕然一新。改造老旧小区28个。")["28个"]["subject"] == "老旧小区"
    assert claims("综合实力大幅跃升。生产总值6.66万亿元。")["6.66万亿元"]["subject"] == "生产总值"


def test_a_bodys_statistics_after_the_paragraphs_figures_give_their_own_sentences_and_breakdowns():
    got = claims("全县粮食产量52万吨。据市统计局抽样调查，全市农村居民人均可支配收入1.8万元。全县新建村道120公里。")
    assert got["1.8万元"]["actor"] == "市统计局" and got["120公里"]["actor"] != "市统计局"


def test_a_lead_that_names_a_quality_owns_no_measure_and_one_that_names_a_sector_owns_it_without_the_quality():
    assert claims("综合实力显著增强。完成投资5120亿元，增长7.1%。")["5120亿元"]["subject"] == "投资"
    assert claims("发展质效稳步提升。营业收入86亿元。")["86亿元"]["subject"] == "营业收入"
    assert claims("民间投资活力增强。实现投资1680亿元。")["1680亿元"]["subject"] == "民间投资"
    assert claims("分行业看，装备制造业增势良好。完成投资658亿元。")["658亿元"]["subject"] == "装备制造业完成投资"


@pytest.mark.parametrize("lead, framed, figure", [
    ("一年来，我们坚持稳中求进。", "成绩来之不易。据市统计局统计，全市规上工业增加值增长8%。我们新建学校12所。", "12所"),
    ("患者王大爷做了心脏支架手术。", "国家医保局数据显示，心脏支架均价降至700元左右。王大爷说，过去做一次手术要花5万元。", "5万元"),
])
def test_a_bodys_statistics_do_not_frame_a_later_sentence_that_someone_else_says_or_does(lead, framed, figure):
    assert claims(f"标题\n{lead}\n这是一个缩影。{framed}")[figure]["actor"] == ""


def test_a_figure_converted_in_brackets_is_the_same_measure_in_another_unit():
    got = claims("项目建设期间累计为当地缴纳税费约110亿坚戈（约合2100万美元）。投资5亿美元（折合人民币约36亿元）。")
    assert got["2100万美元"]["subject"] == got["约110亿坚戈"]["subject"]
    assert got["约36亿元"]["subject"] == got["5亿美元"]["subject"] == "投资"
    remarked = claims("埃及苏伊士运河去年收入72亿美元（约合人民币520亿元，创历史新高）。")
    assert remarked["520亿元"]["subject"] == remarked["72亿美元"]["subject"]  # a remark after it in the brackets


def test_a_sector_lead_owns_its_sectors_measures_and_not_the_governments():
    assert claims("工业企业生产稳定。财政收入52亿元，增长3%。")["52亿元"]["subject"] == "财政收入"
    assert claims("装备制造业增势良好。实现增加值380亿元。")["380亿元"]["subject"] == "装备制造业实现增加值"
    assert claims("建筑业平稳发展。总产值560亿元。")["560亿元"]["subject"] == "建筑业总产值"


def test_a_measure_a_pointer_names_again_is_the_one_named_before():
    got = claims("江西卫健\n居民健康素养水平也在稳步提高。曾宪文表示，2025年这一指标达到32.6%，比上年提高2.3个百分点。")
    assert got["32.6%"]["subject"] == "居民健康素养水平" and got["2.3个百分点"]["subject"] == "居民健康素养水平提高"
    got = claims("江西卫健\n去年全省居民健康素养水平为30.3%。今年这一比例达到32.6%。")
    assert got["32.6%"]["subject"] == "全省居民健康素养水平"


def test_places_after_the_measure_a_sentence_turns_to_are_that_measures():
    got = claims("江西卫健\n全省人均预期寿命达到79.2岁。婴儿死亡率方面，赣州、上饶分别为3.12‰和3.05‰，仍略高于全省平均水平。")
    assert got["3.12‰"]["subject"] == "赣州婴儿死亡率" and got["3.05‰"]["subject"] == "上饶婴儿死亡率"


def test_a_pointer_falls_back_only_on_a_measure_and_a_share_keeps_its_word():
    got = claims("教育事业\n市委市政府高度重视学前教育发展。2025年这一比例达到92.5%。")
    assert got["92.5%"]["subject"] == "比例"  # the sentence before names no measure: left as it is
    got = claims("统计公报\n全年全市一般公共预算收入为820亿元，增长5.2%。其中税收收入为615亿元，增长4.1%，这一比重为75.0%。")
    assert got["75.0%"]["subject"] == "税收收入比重"


def test_a_measure_a_sentence_turns_to_adds_no_change_it_names_itself():
    got = claims("新闻发布会\n答：增长率方面，南昌、赣州分别增长6.1%和5.8%。质量方面，南昌、九江分别达到96.3%和95.1%。")
    assert got["6.1%"]["subject"] == "南昌增长" and got["96.3%"]["subject"] == "南昌"



def test_the_breakdown_of_a_source_cited_in_passing_is_still_that_sources():
    got = claims("湖南省生态环境厅发布会\n据省生态环境监测中心监测，全省PM2.5平均浓度为31.2微克/立方米。据生态环境部通报，全国PM2.5平均"
                 "浓度为29.3微克/立方米。其中，京津冀及周边地区PM2.5平均浓度为38.5微克/立方米。全省可吸入颗粒物平均浓度为46微克/立方米。")
    assert got["38.5微克/立方米"]["actor"] == "生态环境部" and got["46微克/立方米"]["actor"] == "省生态环境监测中心"


def test_a_breakdown_in_the_next_paragraph_is_not_the_passing_sources():
    text = ("2025年前三季度湖州市经济运行情况\n发布日期：2025-10-27　　来源：湖州市统计局\n前三季度，全市经济运行总体平稳。\n"
            "前三季度全市地区生产总值2986.4亿元，同比增长5.9%。据省统计局发布的数据，全省同期地区生产总值增长5.5%。\n"
            "分区县看，吴兴区、南浔区地区生产总值分别增长5.4%、5.7%。")
    assert claims(text)["5.4%"]["actor"] == "湖州市统计局"


def test_an_average_rate_after_a_level_is_the_rate_of_the_thing_that_level_measured():
    got = _subjects("关丹港\n到2030年关丹港货物吞吐量将达到4500万吨，年均增速保持在6%以上。")
    assert got["6%以上"] == "关丹港货物吞吐量年均增速"
    got = _subjects("四川经济\n经济总量超过6万亿元，实现历史性晋位，年均增速5.7%。")
    assert got["5.7%"] == "经济总量年均增速"  # the figure's thing, not the event the clause before names
    got = _subjects("全市经济\n全市11个县市区中，8个县市区地区生产总值增速超过6%，平均增幅6.8%。")
    assert got["6.8%"] == "平均增幅"  # after a rate: the mean of the rates, no rate of a rate


def _subjects(text: str) -> dict[str, str]:
    return {k: c["subject"] for k, c in claims(text).items()}


def test_places_a_list_names_together_place_no_later_sentence():
    got = claims("秘鲁钱凯港扩建\n新华社利马1月20日电 秘鲁钱凯港19日举行二期工程开工仪式。港口已开通至上海、天津等港口的航线11条。"
                 "二期工程计划投资约13亿美元。")
    assert got["约13亿美元"]["place"] == "秘鲁"  # not 天津, the last of the route's ports


@pytest.mark.parametrize("text, number, actor", [
    ("县财政紧急下拨救灾资金1860万元。", "1860万元", "县财政"),
    ("省财政自2026年起连续3年、每年安排专项资金8亿元。", "8亿元", "省财政"),
])
def test_a_governments_finance_acts_after_adverbs_and_years(text, number, actor):
    assert claims(text)[number]["actor"] == actor



def test_a_province_before_its_levels_or_a_list_closed_by_and_carries_as_a_list_would():
    got = claims("湖北防汛\n湖北省、市、县三级财政累计投入防汛资金12.6亿元。其中，新建堤防加固工程86处。")
    assert got["86处"]["place"] == "湖北省"  # 省、市、县: the province's levels, no list of places
    got = claims("南昌陆港\n南昌国际陆港已开通至上海、宁波和苏州的货运班列。陆港今年完成集装箱吞吐量12万标箱。")
    assert got["12万标箱"]["place"] == "江西省"  # not 苏州's, the last of a list 和 closes


def test_a_central_state_owned_group_building_in_the_country_a_text_is_about_gives_that_countrys_figures():
    for body in ("中国交通建设集团", "中国交通建设集团有限公司负责人介绍，项目"):
        got = claims(f"莫桑比克贝拉港扩建\n新华社贝拉5月10日电　莫桑比克贝拉港扩建工程日前完工。{body}新建泊位2个，码头岸线约650米。")
        assert got["约650米"]["place"] == "莫桑比克"  # not "", a national body's scope


def test_a_second_respectively_list_is_its_own_items_not_the_values_before_it():
    got = claims("全国用电量发布\n一季度全国全社会用电量均实现正增长，其中西藏、新疆、内蒙古增速位居前三，分别增长15.8%、12.3%和"
                 "10.9%；广东、江苏、山东用电量继续位居全国前列，分别达到2210亿千瓦时、2090亿千瓦时和1980亿千瓦时。")
    assert got["2210亿千瓦时"]["subject"] == "广东用电量" and got["1980亿千瓦时"]["subject"] == "山东用电量"
    assert got["2210亿千瓦时"]["place"] == "广东省"
    assert [got[v]["place"] for v in ("15.8%", "12.3%", "10.9%")] == ["西藏自治区", "新疆维吾尔自治区", "内蒙古自治区"]  # 其中: a part
    got = claims("水利投资\n全国实施水利项目2.35万个、在建规模4.7万亿元，同比分别增长15.8%、12.3%。")
    assert got["12.3%"]["subject"].endswith("在建规模增长")  # the values before, where no clause lists items of its own


def test_a_headlines_space_parts_its_clauses():
    got = claims("福建个体工商户突破500万户 民营经济活力持续释放\n本报福州电 全省经营主体增长。")
    assert got["突破500万户"]["subject"] == "福建个体工商户"  # not 民营经济活力持续释放, past the space
    got = claims("南宁地铁2025年运送乘客4.12亿人次 日均客流首破110万\n正文。")
    assert got["4.12亿人次"]["subject"] == "运送乘客"
    got = claims("湾区跨境流动再创新高 去年深珠口岸出入境旅客超4亿人次\n正文。")
    assert got["超4亿人次"]["subject"] == "深珠口岸出入境旅客"  # a predicate closes the clause before the space
    got = claims("全年受理诉求186.4万件 满意率96.8%\n正文。")
    assert got["186.4万件"]["subject"] == "受理诉求"  # the count closes its clause at the space, as at a comma


def test_a_paragraph_that_opens_by_citing_a_bodys_statistics_is_its_report_from_the_first_figure():
    text = ("六安市应对强降雨\n来源：六安市应急管理局　发布时间：2025-07-03\n"
            "市防汛抗旱指挥部（以下简称市防指）于6月29日启动应急响应。\n"
            "据市防指统计，抢险救援工作有序推进：一是全力转移避险。全市累计转移群众2.36万人，开放应急避难场所137处。\n"
            "全市农作物受灾面积12.3万亩。")
    got = claims(text)
    assert got["2.36万人"]["actor"].endswith("防指") and got["137处"]["actor"].endswith("防指")  # not the publisher's
    assert got["12.3万亩"]["actor"] == "六安市应急管理局"  # the next paragraph cites no one: the text's own body again


def test_a_numbered_item_that_opens_with_a_body_gives_its_figures_to_that_body():
    got = claims("学位建设\n今年将集中投用一批学校：\n（1）泉州市第七中学东海校区，位于丰泽区东海街道，新增初中学位1800个，总投资3.9亿元；\n"
                 "（2）全市新建幼儿园，新增学位2000个。")
    assert got["1800个"]["subject"] == "泉州市第七中学东海校区新增初中学位"
    assert got["3.9亿元"]["subject"].startswith("泉州市第七中学东海校区")
    assert not got["2000个"]["subject"].startswith("全市新建幼儿园")  # an item that opens with no body's name
    got = claims("处理意见\n（三）省应急管理厅对华晟公司处以罚款195万元；对公司主要负责人处上一年年收入60%的罚款。\n"
                 "（一）住房公积金管理委员会。管委会有委员25名，召开2次会议。")
    assert not got["60%"]["subject"].startswith("省应急管理厅")  # the first clause says what a body did: no body's item
    assert not got["25名"]["subject"].startswith("住房公积金")  # a label its stop closes: the clause after says whose


def test_partners_after_its_parts_mark_give_no_place_and_ranks_or_times_no_items():
    got = claims("外贸\n全省对东盟出口增长8.5%，其中越南、泰国、马来西亚分别增长12.1%、6.3%、2.1%。")
    assert got["12.1%"]["place"] != "越南"  # whom the province trades with, not where the figure is
    got = claims("经济\n全市地区生产总值、一般公共预算收入分别增长6.2%和7.1%，增速居全省第一、第三位，分别高于全省平均0.8个、"
                 "1.5个百分点。全市用电量412亿千瓦时，增长7.5%，上半年、下半年，分别增长6.1%、8.8%。")
    assert got["0.8个"]["subject"].startswith("全市地区生产总值") and got["1.5个百分点"]["subject"].startswith("一般公共预算收入")
    assert got["6.1%"]["subject"].startswith("全市用电量")  # halves of the year are no items measured


def test_any_space_between_chinese_characters_parts_a_titles_clauses():
    got = claims("聚焦民生实事 全市新增养老床位3000张\n正文。")
    assert got["3000张"]["subject"] == "全市新增养老床位"  # a slogan's noun before the space, in a title


def test_a_space_inside_a_phrase_with_no_figure_before_it_is_prints_not_a_headlines():
    got = claims("统计公报\n全年全市规模以上工业 增加值增长8.2%。福州市 鼓楼区新增就业1.2万人。")
    assert got["8.2%"]["subject"] == "全市规模以上工业增加值增长" and got["1.2万人"]["subject"].startswith("福州市")


def test_a_customs_district_the_lead_cites_counts_its_provinces_trade_not_its_other_news():
    got = claims("广西外贸\n本报南宁4月17日电 记者从南宁海关获悉：据南宁海关统计，一季度广西外贸进出口总值1876.4亿元。\n"
                 "一季度，广西对东盟进出口912.3亿元。凭祥友谊关、东兴两个边境口岸共验放货车约18.6万辆次。\n"
                 "广西新增跨境电商主体3000家。")
    assert got["912.3亿元"]["actor"] == got["约18.6万辆次"]["actor"] == "南宁海关"
    assert got["3000家"]["actor"] != "南宁海关"


def test_a_body_item_names_only_its_first_sentences_short_subjects():
    got = claims("学校\n（1）泉州市第七中学，新增学位1800个。此外，今年全市计划新建学校32所。\n"
                 "（2）泉州港务集团有限公司，该公司员工3200人。\n（3）市发展改革委，牵头推进项目，全年完成投资500亿元。\n"
                 "（4）市委书记李明，主持会议，要求完成投资600亿元。")
    assert got["1800个"]["subject"].startswith("泉州市第七中学") and not got["32所"]["subject"].startswith("泉州市第七中学")
    assert "公司公司" not in got["3200人"]["subject"]  # its class word stands for it: no name before it
    assert not got["500亿元"]["subject"].startswith("市发展改革委")  # a department's work, not its own figures
    assert not got["600亿元"]["subject"].startswith("市委书记")  # a person opens the item


def test_an_enumerated_item_in_its_own_clause_names_what_its_amount_and_share_measure():
    got = claims("专项债券\n上半年资金主要投向以下领域：一是市政和产业园区基础设施，约6420亿元，占29.8%；二是交通基础设施，5127亿元，"
                 "占23.8%；三是保障性安居工程（含城中村改造），3360亿元。")
    assert got["3360亿元"]["subject"] == "保障性安居工程"  # its aside aside
    assert got["约6420亿元"]["subject"] == "市政和产业园区基础设施" and got["5127亿元"]["subject"] == "交通基础设施"
    assert got["23.8%"]["subject"] == "交通基础设施占比"  # (not the first item's, past the semicolon)


def test_second_review_guards():
    got = claims("进出口\n全国进出口总额增长5%，其中广东、江苏、浙江分别增长3%、6%、8%。")
    assert [got[v]["place"] for v in ("3%", "6%", "8%")] == ["广东省", "江苏省", "浙江省"]  # the country's own parts
    got = claims("检查\n本次共检查企业135家，其中：合格的，120家；不合格的，15家。")
    assert got["15家"]["subject"] == "不合格的检查企业"  # a condition after a semicolon, not an item
    got = claims("三次产业\n全省三次产业分别增长3%、5%、6%；第一产业、第二产业、第三产业增加值占比，分别为8%、40%、52%。")
    assert got["40%"]["subject"] == "第二产业增加值占比"  # 第二产业 is no rank
    got = claims("学校\n（1）福州第一中学，在校学生4000人，本科升学率98%。\n（2）泉州港务集团有限公司，公司员工3200人。")
    assert got["98%"]["subject"].startswith("福州第一中学") and "公司公司" not in got["3200人"]["subject"]


def test_a_customs_district_counts_no_figure_of_a_clause_that_is_not_of_trade():
    got = claims("广西外贸\n本报南宁4月17日电 记者从南宁海关获悉：据南宁海关统计，一季度广西外贸进出口总值1876.4亿元。\n"
                 "凭祥市通过口岸通关便利化改革，带动就业2万人。钦州市新增市场主体5000户。")
    assert got["2万人"]["actor"] != "南宁海关" and got["5000户"]["actor"] != "南宁海关"


def test_a_source_whose_data_a_later_sentence_shows_gives_that_sentence_alone():
    got = claims("交通运输部举行新闻发布会\n答：据交通运输部统计，全社会跨区域人员流动量累计完成约559.3亿人次。国家铁路局发布的数据显示，"
                 "铁路完成旅客发送量38.2亿人次；中国民用航空局数据显示，民航完成旅客运输量6.3亿人次左右。货运方面，营业性货运量完成"
                 "466.8亿吨。")
    assert got["38.2亿人次"]["actor"] == "国家铁路局"
    assert got["6.3亿人次左右"]["actor"] == "中国民用航空局"  # the source of its own part of the sentence
    assert got["466.8亿吨"]["actor"] == "交通运输部"  # the paragraph's source again


def test_a_source_whose_data_open_a_sentence_speaks_on_where_no_source_framed_the_paragraph():
    got = claims("铁路运输\n国家铁路局发布的数据显示，铁路完成旅客发送量38.2亿人次。全国铁路完成货物发送量42亿吨。")
    assert got["42亿吨"]["actor"] == "国家铁路局"


def test_places_after_a_total_that_qi_zhong_opens_measure_its_parts():
    got = claims("高新技术企业\n截至2025年底，全省有效期内高新技术企业达2.16万家，较上年净增2468家。其中，合肥市8320家，占全省的38.5%；"
                 "芜湖市2935家。")
    assert got["8320家"]["subject"] == "合肥市有效期内高新技术企业"
    assert got["2935家"]["subject"] == "芜湖市有效期内高新技术企业"


def test_a_paragraphs_opening_qi_zhong_leaves_a_place_alone():
    got = claims("高新技术企业\n全省有效期内高新技术企业达2.16万家。\n其中，合肥市8320家。")
    assert got["8320家"]["subject"] == "合肥市"  # no total of its own paragraph to break down


def test_a_place_and_a_rate_of_change_measure_what_the_places_before_measured():
    got = claims("经济运行\n合肥市一季度实现地区生产总值3302.6亿元，增长6.6%；芜湖市、滁州市增速分别为7.1%、7.4%。")
    assert "地区生产总值增速" in got["7.1%"]["subject"] and got["7.4%"]["subject"].startswith("滁州市")


def test_places_a_colon_lists_measure_what_their_paragraph_named_before_it():
    got = claims("预算执行情况\n一、收入\n2025年，全省一般公共预算收入3186.4亿元，增长2.6%。\n三、分设区市收入情况\n"
                 "11个设区市中，9个市一般公共预算收入实现增长。各市收入及增幅如下：南昌市538.6亿元，增长3.4%；赣州市356.2亿元，"
                 "增长4.1%。")
    assert got["538.6亿元"]["subject"] == "南昌市一般公共预算收入"
    assert got["4.1%"]["subject"] == "赣州市一般公共预算收入增长"
    got = claims("就业\n全省城镇新增就业41.26万人。\n完成情况依次为：南昌市7.82万人；赣州市7.46万人。")
    assert got["7.82万人"]["subject"] == "南昌市"  # the paragraph named no measure before its colon


def test_places_a_later_sentence_lists_alone_measure_what_the_places_a_list_before_measured():
    got = claims("用电量\n分省份看，广东、江苏、山东用电量继续位列全国前三，分别为9680亿千瓦时、8915亿千瓦时和8402亿千瓦时。"
                 "从增速看，西藏、海南、新疆分别增长13.7%、11.2%和10.5%。")
    assert got["13.7%"]["subject"] == "西藏用电量增长" and got["10.5%"]["subject"] == "新疆用电量增长"


def test_the_value_of_goods_counted_before_is_theirs():
    got = claims("贸易\n今年公司向中国出口木薯淀粉约1.2万吨，货值超过3000万元。")
    assert got["超过3000万元"]["subject"].endswith("木薯淀粉货值")


def test_a_breakdown_by_where_the_sellers_are_goes_on_with_the_source():
    got = claims("消费市场\n国家统计局湖南调查总队　2025年10月22日\n据省统计局统计，前三季度全省社会消费品零售总额增长5.4%。\n"
                 "按经营单位所在地分，城镇消费品零售额12967.3亿元，增长5.2%。")
    assert got["12967.3亿元"]["actor"] == "湖南省统计局"  # not the analysis's author


def test_the_items_a_colon_opens_go_on_with_the_lead_ins_source():
    text = ("口岸贸易\n新华社昆明11月28日电 初冬的清晨，磨憨站货场一片繁忙。宋蓬说，公司今年已出口木薯淀粉约1.2万吨。\n"
            "据昆明海关统计，今年1至10月，经磨憨铁路口岸进出口货物486.3万吨。进口以钾肥、水果为主：\n"
            "——进口老挝钾肥约152万吨；\n——进口泰国水果超过21万吨。\n夜色渐深，货场运来货物300吨。")
    got = claims(text)
    assert got["约152万吨"]["actor"] == got["超过21万吨"]["actor"] == "昆明海关"
    assert got["300吨"]["actor"] != "昆明海关"  # a paragraph that is no item of the list


def test_a_place_that_only_opens_a_partner_companys_name_places_nothing():
    text = ("茶乡新貌\n初冬时节，贵州省黔东南苗族侗族自治州雷山县郎德镇杨柳坪村，晨雾散开。全村茶园1200亩。\n"
            "村里与杭州云栖山居文化旅游有限公司合作，将闲置的37栋吊脚楼改造为民宿。")
    assert claims(text)["37栋"]["place"] == "贵州省"
    assert claims("企业\n杭州云栖山居文化旅游有限公司去年营业收入3000万元。")["3000万元"]["place"] == "浙江省"  # its own


def test_a_body_that_reports_after_a_semicolon_reports_its_part_of_the_sentence_alone():
    got = claims("电力\n国家能源局介绍，全社会用电量达到2.5万亿千瓦时；国家电网有限公司表示，经营区新能源装机达到8亿千瓦。"
                 "风电新增装机5000万千瓦。")
    assert got["8亿千瓦"]["actor"] == "国家电网有限公司" and got["5000万千瓦"]["actor"] == "国家能源局"


def test_the_parts_after_qi_zhong_are_of_the_sentence_right_before_and_a_colon_list_of_its_own_paragraphs_figure():
    got = claims("景区\n全省共有A级景区500家。今年新评定4A级景区20家。其中，南昌市5家，赣州市4家。")
    assert got["5家"]["subject"] != "南昌市A级景区"  # not the 500 of the sentence before
    got = claims("人口\n全省常住人口4500万人。\n全省常住人口中，城镇人口2800万人。各市城镇人口如下：南昌市530万人，赣州市420万人。")
    assert got["530万人"]["subject"] == "南昌市城镇人口"


def test_a_company_that_a_clause_fines_is_placed_where_it_is_registered():
    got = claims("执法\n市市场监管局通报。\n——上海某某食品有限公司销售过期食品，被罚款6万元。")
    assert got["6万元"]["place"] == "上海市"


def test_what_a_meeting_decided_is_the_body_that_held_it():
    text = ("国务院常务会议部署工作\n国务院总理李强7日主持召开国务院常务会议，部署做好冬春农业生产工作。\n"
            "会议决定，第四批690亿元超长期特别国债资金于11月底前全部下达地方。补贴标准由2万元提高到2.2万元。")
    got = claims(text)
    assert got["690亿元"]["actor"] == got["2.2万元"]["actor"] == "国务院"
    got = claims("标题\n会议决定，今年新建学校12所。")  # no meeting held before: nobody's
    assert got["12所"]["actor"] == ""
