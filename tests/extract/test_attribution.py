"""Actor, place, time, change and comparison of one number, one behaviour per test."""

from helpers.extract import attribution
from helpers.extract.organizations import Org
from support import claims, sentence

def actor_of(text: str, number: str) -> str:
    view, q, ctx = sentence(text, number)
    return attribution.actor(view, q, ctx)[0]


def test_the_body_that_opens_the_clause_acts():
    assert actor_of("财政部安排补助资金约300亿元。", "约300亿元") == "财政部"


def test_every_department_of_an_area_acting_as_one_acts():
    assert actor_of("全省各级审计机关共审计单位1862个，查出问题金额138.6亿元。", "138.6亿元") == "全省各级审计机关"


def test_a_body_that_suffers_a_passive_clause_acts_for_none_of_its_figures():
    assert actor_of("宏达化工有限公司未按规定进行监测监控，被处以罚款48万元。", "48万元") == ""
    assert actor_of("鑫建建设工程有限公司被市应急管理局罚款150万元。", "150万元") == "市应急管理局"
    assert actor_of("记者从省应急管理厅获悉，金鑫石材有限公司被处以罚款20万元。", "20万元") == "省应急管理厅"


def test_a_body_found_doing_something_acts_for_none_of_it_the_finder_does():
    text = "余杭区市场监管局在网络交易监测中发现，优源电子商务有限公司通过2家网店销售压片糖果。"
    assert actor_of(text, "2家") == "余杭区市场监督管理局"
    assert actor_of("市场监管局经查明，鑫达贸易有限公司销售假冒商品120件。", "120件") == "市场监管局"
    assert actor_of("优源电子商务有限公司通过2家网店销售压片糖果。", "2家") == "优源电子商务有限公司"
    # a finding only after a word of inspection, and only a state organ's: a study or a reporter reports
    assert actor_of("北京大学研究团队发现，协和医院去年接诊患者320万人次。", "320万人次") == "协和医院"
    assert actor_of("新华社记者调查发现，美团平台商户中有30%使用了新系统。", "30%") != "新华社"
    text = "县市场监管局接到群众举报后发现，华丰食品有限公司无证生产月饼3000余盒。"
    assert actor_of(text, "3000余盒") == "县市场监管局"
    assert actor_of("国家统计局调查发现，华丰食品有限公司产量增长3%。", "3%") == "华丰食品有限公司"  # a survey reports
    text = "市税务局通过税收大数据分析发现，鑫源商贸有限公司少缴税款86万元。"
    assert actor_of(text, "86万元") == "市税务局"  # an offence found
    assert actor_of("国家信息中心分析发现，京东集团家电销售额同比增长30%。", "30%") != "国家信息中心"


def test_words_that_open_with_the_passive_marker_are_no_passive():
    view, q, ctx = sentence("县人民法院审理认为，被执行人宏达房地产开发有限公司已履行款项1200万元。", "1200万元")
    assert attribution.patient_start(view, q, ctx) is None
    assert actor_of("国家卫健委介绍，被调查的2000家医院中，有85%开展了日间手术。", "85%") == "国家卫生健康委员会"
    assert actor_of("鑫源化工有限公司因销售过期食品被罚款6万元。", "6万元") == ""  # a marker inside the clause
    assert actor_of("市公安局反诈中心为被骗群众挽回经济损失1200万元。", "1200万元") == "市公安局反诈中心"  # a noun
    assert actor_of("鑫源化工有限公司因违规排污将被罚款20万元。", "20万元") == ""  # a passive to come
    assert actor_of("被告鑫源化工有限公司被判处罚金100万元。", "100万元") == ""  # a verb jieba joins to the marker


def test_a_party_title_before_a_body_leaves_it_heading_its_clause():
    assert actor_of("被告华源建设有限公司赔偿原告经济损失12万元。", "12万元") == "华源建设有限公司"


def test_a_body_that_measures_reports_where_it_closes_its_clause_or_says_what_it_measured():
    assert actor_of("省水文局监测到，长江武汉站水位达27.5米。", "27.5米") == "省水文局"


def test_an_omitted_subject_is_found_in_an_earlier_clause():
    assert actor_of("国家乡村振兴局会同有关部门，调整优化衔接政策30多项。", "30多项") == "国家乡村振兴局"


def test_a_hard_line_wrap_before_the_subject_does_not_hide_it():
    wrapped = "说明\n\n为加强支援，\n教育局会由下学年开始，将津贴上\n限由每年100万元提升。\n\n另一段。"  # paragraphs apart, lines wrapped
    assert actor_of(wrapped, "100万元") == "教育局"


def test_a_government_named_by_its_common_noun_acts_where_it_is_the_subject():
    assert actor_of("政府去年向医管局增加拨款约25亿元。", "约25亿元") == "政府"  # not the body it gives to
    assert actor_of("政府自2008年起，通过非政府机构为青年提供3000个临时职位。", "3000个") == "政府"
    assert actor_of("政府采购规模达到300亿元。", "300亿元") == ""  # a noun of its own, not the government acting
    assert actor_of("政府与社会资本合作项目落地50个。", "50个") == ""  # a set phrase


def test_a_body_in_its_own_clause_acts_only_where_it_heads_the_clause():
    assert actor_of("省委、省政府16次调度推进重大产业项目。", "16次") == "省委"  # bodies of a list head it
    assert actor_of("提请省人大常委会审议地方性法规15件。", "15件") == ""  # what the clause acts on
    assert actor_of("对国家医保局追回资金200亿元。", "200亿元") == ""  # after a preposition
    assert actor_of("办理省人大代表建议1401件。", "1401件") == ""  # after a verb


def test_a_body_joined_to_a_word_that_is_no_body_is_a_partner_not_a_list():
    assert actor_of("一季度我国与东盟进出口规模占外贸规模的47.2%。", "47.2%") == ""  # 我国|与|东盟: trade with ASEAN
    assert actor_of("商务部与财政部联合下达资金30亿元。", "30亿元") == "商务部"  # two bodies of a list: the first


def test_a_body_introduced_by_the_preposition_of_agency_acts():
    assert actor_of("柬埔寨由中国建筑承建的新机场于2020年初开工，目前整体施工进度已达95.6%。", "95.6%") == "中国建筑集团有限公司"
    assert actor_of("该项目由财政部出资，投入资金50亿元。", "50亿元") == "财政部"
    assert actor_of("该项目由财政部门户网站发布，投入资金50亿元。", "50亿元") == ""  # no body: 财政部门 is a common noun


def test_times_ordinals_adverbs_and_pronouns_before_a_body_leave_it_the_actor():
    assert actor_of("目前国家医保局已累计追回医保基金500亿元。", "500亿元") == "国家医疗保障局"
    assert actor_of("今年以来国家发展改革委下达中央预算内投资5000亿元。", "5000亿元") == "国家发展和改革委员会"
    assert actor_of("十四届全国人大常委会审议通过法律15件。", "15件") == "全国人民代表大会常务委员会"
    assert actor_of("同时省教育厅新建学校20所。", "20所") == "省教育厅"
    assert actor_of("我省教育厅新建学校20所。", "20所") == "省教育厅"
    assert actor_of("新增境内外上市公司45家。", "45家") == ""  # inside a noun phrase


def test_a_clause_with_a_subject_of_its_own_stops_the_search():
    assert actor_of("教育部部署工作，各地学校新增学位12万个。", "12万个") == ""


def test_a_place_that_qualifies_a_noun_does_not_act():
    assert actor_of("河南全省18.8万个基层党组织参与防汛救灾。", "18.8万个") == ""


def test_a_place_with_a_locative_is_where_something_happens_not_who_does_it():
    assert actor_of("我县消费帮扶销售金额4404.85万元，在乌兰察布市境内销售974万元。", "974万元") == ""
    assert actor_of("项目在乌兰察布市境外采购设备974万元。", "974万元") == ""
    assert actor_of("乌兰察布市安排资金974万元。", "974万元") == "乌兰察布市"
    assert actor_of("深圳以外向型经济为主导，实现外贸进出口总额3.5万亿元。", "3.5万亿元") == "深圳市"  # 以|外向型


def test_one_character_before_a_number_is_no_subject_of_its_clause():
    listed = "2017年以来，国家发展改革委、科技部，分两批支持20个城市启动建设。"
    assert actor_of(listed, "两批") == "国家发展和改革委员会"  # 分|两批: the bodies listed before act


def test_a_place_after_from_is_where_things_come_from_not_who_acts():
    assert actor_of("嘉兴市人民政府报告：从上海引进内资项目244个。", "244个") == "嘉兴市人民政府"
    assert actor_of("从上海引进内资项目244个。", "244个") == ""
    assert actor_of("从省统计局获悉，今年全省粮食产量达到500万吨。", "500万吨") == "省统计局"  # a body told it


def test_a_place_at_the_head_of_the_clause_acts_as_its_government():
    assert actor_of("浙江今年新建和改扩建学校120所。", "120所") == "浙江省"


def test_a_reporting_body_is_the_source_of_the_figures_it_reports():
    assert actor_of("国家统计局18日发布数据，国内生产总值949746亿元。", "949746亿元") == "国家统计局"


def test_of_bodies_written_one_after_the_other_the_last_acts():
    said = "天津市政府天津市发展改革委主任张三表示，全市新建项目300个。"
    assert actor_of(said, "300个") == "天津市发展和改革委员会"
    assert actor_of("天津市政府天津市发展改革委安排资金300亿元。", "300亿元") == "天津市发展和改革委员会"
    assert actor_of("中共中央国务院印发意见，安排资金300亿元。", "300亿元") == "中共中央"  # bodies of equal standing


def test_a_term_in_quotation_marks_does_not_end_what_a_body_reports():
    text = "天津市工业和信息化局局长尹继辉表示，“一组两员”专班重点推进50个市级重大工业项目复工。"
    assert actor_of(text, "50个") == "天津市工业和信息化局"


def test_a_closed_quotation_ends_what_a_body_reports():
    assert actor_of("国家统计局表示“经济运行总体平稳，稳中有进”，居民收入增长5%。", "5%") == ""
    assert actor_of("国家统计局指出“数据”，居民收入增长5%。", "5%") == ""  # a reporting verb stops at a term too
    # not at the title of what a body publishes: the figures are its release's
    assert actor_of("国家统计局发布“7月份经济运行情况”，居民收入增长5%。", "5%") == "国家统计局"


def test_a_change_and_its_baseline():
    view, q, ctx = sentence("全国居民人均可支配收入比上年增长9.1%。", "9.1%")
    assert attribution.change_and_comparison(view, q, ctx) == ("增长", "比上年")


def test_a_perfective_particle_does_not_hide_the_change():
    view, q, ctx = sentence("收入增长了5%。", "5%")
    assert attribution.change_and_comparison(view, q, ctx)[0] == "增长"


def test_a_year_after_a_comparison_marker_is_the_baseline_not_the_period():
    view, q, ctx = sentence("2023年，全县农民收入比2018年翻了一番。", "翻了一番")
    assert attribution.time_for(q, ctx) == "2023"


def test_the_period_is_the_nearest_time_before_the_number():
    view, q, ctx = sentence("今年上半年，全市新增就业3万人。", "3万人")
    assert attribution.time_for(q, ctx) == "2021-01-01/2021-06-30"


def test_listed_places_are_origins_not_where_the_number_happened():
    view, q, ctx = sentence("杭州、上海等地游客占比超过六成。", "超过六成")
    assert attribution.place_for(q, ctx, None, None, ctx.segment(q.start)) is None


def test_a_place_joined_to_a_list_s_last_item_is_an_item_of_the_list_too():
    view, q, ctx = sentence("把应用比率提高至百分之三十以上，厂房主要位于惠州市、江门市及中山市等地。", "百分之三十以上")
    assert attribution.place_for(q, ctx, None, None, ctx.segment(q.start)) is None  # no place of the figure named
    view, q, ctx = sentence("应用比率提高至百分之三十以上，厂房位于广东省惠州及江门。", "百分之三十以上")
    assert attribution.place_for(q, ctx, None, None, ctx.segment(q.start)) == "广东省"  # no list: the place after
    for text in ("湖北省及武汉、宜昌等市共投入配套资金50亿元。", "广东省与香港、澳门等地的跨境贸易额达到1.2万亿元。"):
        view, q, ctx = sentence(text, "50亿元" if "50亿元" in text else "1.2万亿元")
        assert attribution.place_for(q, ctx, None, None, ctx.segment(q.start)) in ("湖北省", "广东省")  # a province and
        # its own cities; a place with others (与)


def test_a_place_another_acts_with_places_none_of_its_figures():
    view, q, ctx = sentence("四川还与重庆共同推动就业协作，今年已联合举办专场招聘会18场。", "18场")
    assert attribution.place_for(q, ctx, None, None, ctx.segment(q.start)) == "四川省"
    view, q, ctx = sentence("与重庆共同举办专场招聘会18场。", "18场")  # no place before it: the one named
    assert attribution.place_for(q, ctx, None, None, ctx.segment(q.start)) == "重庆市"
    view, q, ctx = sentence("全区438所中小学与北京市学校结对办学。", "438所")  # after the figure, a partner too
    assert attribution.place_for(q, ctx, None, None, ctx.segment(q.start)) is None


def test_each_value_after_respectively_is_its_listed_places():
    text = "韩国、日本、美国和德国对华投资分别增长79.6%、6.4%、71.3%和86.1%。"
    places = []
    for number in ("79.6%", "6.4%", "86.1%"):
        view, q, ctx = sentence(text, number)
        places.append(attribution.place_for(q, ctx, None, None, ctx.segment(q.start)))
    assert places == ["韩国", "日本", "德国"]
    view, q, ctx = sentence("北京、上海城镇居民收入分别增长5.1%、4.8%。", "5.1%")
    assert attribution.place_for(q, ctx, None, None, ctx.segment(q.start)) == "北京市"


def test_places_after_a_preposition_before_respectively_are_where_goods_go():
    view, q, ctx = sentence("前三季度，全省对美国、日本出口分别增长5.2%和6.1%。", "5.2%")
    assert attribution.place_for(q, ctx, None, None, ctx.segment(q.start)) != "美国"


def test_places_that_are_fewer_than_the_values_after_respectively_place_none_of_them():
    view, q, ctx = sentence("北京、上海等地游客和消费分别增长5.1%、4.8%、3.2%。", "5.1%")
    assert attribution.place_for(q, ctx, None, None, ctx.segment(q.start)) is None


def test_a_central_body_makes_a_number_national():
    view, q, ctx = sentence("财政部安排补助资金约300亿元。", "约300亿元")
    _, org, place = attribution.actor(view, q, ctx)
    assert attribution.place_for(q, ctx, org, place, ctx.segment(q.start)) == ""


def test_a_body_of_a_state_abroad_places_its_number_in_its_state_not_a_province():
    view, q, ctx = sentence("美国劳工部公布，3月非农就业人口增加23.6万人。", "23.6万人")
    _, org, place = attribution.actor(view, q, ctx)
    assert org.name == "美国劳工部" and attribution.place_for(q, ctx, org, place, ctx.segment(q.start)) == "美国"


def test_the_nearest_place_in_the_segment_places_the_number():
    view, q, ctx = sentence("在黑龙江，新建学校12所；在吉林，新建医院3所。", "3所")
    assert attribution.place_for(q, ctx, None, None, ctx.segment(q.start)) == "吉林省"


def test_a_continuation_cue_opens_a_paragraph_that_goes_on_reporting():
    assert attribution.continues("据介绍，全年新增就业1200万人。") and not attribution.continues("全年新增就业1200万人。")
    assert attribution.continues("从贸易主体看，民营企业进出口3684.5亿元。") and attribution.continues("按常住地分，城镇居民…")


def test_a_press_office_that_holds_the_briefing_reports_only_when_no_other_body_does():
    text = "7月18日，省政府新闻办召开经济运行情况发布会，省统计局新闻发言人陈伟进行发布，上半年，全省完成地区生产总值1196.99亿元。"
    assert actor_of(text, "1196.99亿元") == "省统计局"
    assert actor_of("国务院新闻办公室召开新闻发布会，介绍上半年全国国内生产总值增长5.3%。", "5.3%") == "国务院新闻办公室"


def test_a_clause_that_opens_with_a_preposition_takes_the_subject_of_an_earlier_clause():
    text = "活动现场，大兴区委副书记、区长刘学亮代表大兴区，与中国融通、中建市政等14家企业进行了签约。"
    assert actor_of(text, "14家") == "大兴区委"  # not the companies it signs with
    assert actor_of("省委、省政府研究决定，2026年在全省继续实施20项民生工程。", "20项") == "省委"
    assert actor_of("中国融通等企业落户，民营企业数量达到14家。", "14家") == ""  # a subject of its own


def test_a_person_of_a_body_who_estimates_reports_for_it():
    text = "渣打银行东北亚区经济学家符铭财估计，台湾今年上半年经济增长尤其艰困，上半年预估仅增长1.5%。"
    assert actor_of(text, "1.5%") == "渣打银行"


def test_a_place_with_a_time_before_a_noun_qualifies_it():
    text = "台湾经济研究院提供的数据显示，台湾3月出口金额同比减少4.36%。"
    assert actor_of(text, "4.36%") == "台湾经济研究院"  # not 台湾 acting


def test_a_bound_word_that_opens_with_zai_is_no_preposition():
    assert actor_of("全省民营经济持续壮大，华为公司加快布局，在营企业达到150万户。", "150万户") == ""


def test_a_place_before_a_count_qualifies_it_and_the_reporting_body_acts():
    text = "记者从甘肃教育厅获悉，甘肃58个集中连片特困地区中15个县已经启动实施补助工作。"
    assert actor_of(text, "15个") == "甘肃教育厅"


def test_a_place_before_a_time_span_still_acts():
    assert actor_of("湖北3年累计投入资金50亿元。", "50亿元") == "湖北省"


def test_a_clause_that_opens_with_a_verb_or_a_time_frame_goes_on_with_an_earlier_clauses_body():
    text = "今年，市人社局完善返乡创业支持体系，简化申报审批流程，降低创业担保贷款利率，近3年来已发放创业担保贷款4089笔。"
    assert actor_of(text, "4089笔") == "市人社局"
    assert actor_of("今年，市人社局完善返乡创业支持体系，近3年来已发放创业担保贷款4089笔。", "4089笔") == "市人社局"
    assert actor_of("今年，市人社局完善返乡创业支持体系，企业用工成本下降5%。", "5%") == ""  # a subject of its own
    assert actor_of("沂源县实施归雁兴乡计划，吸引外出务工人员返乡创业，近3年累计返乡创业1800余人。", "1800余人") == "沂源县"  # (近: no 来)


def test_a_time_frame_is_passed_over_and_the_subject_after_it_or_a_figure_before_a_verb_is_the_clauses_own():
    assert actor_of("天门市人社局完善创业服务体系，近3年来外资企业新增投资20亿元。", "20亿元") == ""
    assert actor_of("天门市文旅局召开会议，2023年来华游客达到3500万人次。", "3500万人次") == ""  # a year, no frame
    assert actor_of("天门市人社局完善体系，今年，已发放贷款4089笔。", "4089笔").startswith("天门市")  # a clause of a time alone
    assert actor_of("市委书记到阿里巴巴集团调研，入驻企业达到200家，带动就业3000人。", "3000人") == ""
    assert actor_of("北京冬奥组委发布消息，受益群众达5万人。", "5万人") == ""
    assert actor_of("天门市人民检察院聚焦未成年人保护，深入中小学开展法治宣讲45场。", "45场").startswith("天门市")


def test_a_long_opening_verb_is_read_as_jieba_reads_the_clause():
    text = "县信访局全年受理信访事项300件。同时，妥善处置重复信访问题，化解积案120件。"
    assert actor_of("县信访局受理信访事项，妥善处置重复信访问题，化解积案120件。", "120件") == "县信访局"


def test_the_body_a_sentence_holds_up_as_an_example_acts_for_its_figures():
    assert actor_of("以国家电网公司为例，2020年至今，出口占比从近八成降至一半。", "一半") == "国家电网有限公司"
    assert actor_of("国家电网公司为例，出口占比降至一半。", "一半") == ""  # no frame: a clause with a subject of its own
    assert actor_of("以国家电网公司的数据为例，出口占比降至一半。", "一半") == ""  # the body's data, not the body


def test_the_bodies_a_disposal_preposition_brings_before_the_verb_are_acted_on():
    text = "联合国经济和社会事务部发布报告，将美国和欧盟的经济增长预期上调至1.1%。"
    assert actor_of(text, "1.1%") == "联合国经济和社会事务部"  # not 欧盟, whose growth it is
    assert actor_of("将欧盟的经济增长预期上调至1.1%。", "1.1%") == ""


def test_a_body_that_opens_a_relative_clause_qualifies_the_body_that_acts():
    view, q, ctx = sentence("岫云村党支部领办的岫云猕猴桃专业合作社，把全村312户中的287户吸纳为社员。", "287户")
    assert attribution.actor(view, q, ctx)[0] == "岫云猕猴桃专业合作社"
    view, q, ctx = sentence("省财政厅下达资金3亿元。", "3亿元")
    assert attribution.actor(view, q, ctx)[0] == "省财政厅"


def test_a_list_the_number_counts_acts_for_none_and_a_place_goods_come_from_places_nothing():
    view, q, ctx = sentence("宁波市第一医院、宁波大学附属人民医院等11家医院食堂今年完成改造。", "11家")
    assert attribution.actor(view, q, ctx)[0] == ""
    view, q, ctx = sentence("国家卫生健康委、财政部等10部门联合印发意见。", "10部门")
    assert attribution.actor(view, q, ctx)[0] == "国家卫生健康委员会"  # bodies counted as they act together
    view, q, ctx = sentence("经查，该公司从山东省潍坊市一家供货商处购进冻品共计18.6吨。", "18.6吨")
    assert attribution.place_for(q, ctx, None, None, ctx.segment(q.start)) is None


def test_features_of_the_listed_places_before_respectively_are_in_those_places():
    text = "大连港、烟台港、厦门港集装箱吞吐量分别为1020万、460万和1250万标准箱。"
    places = []
    for number in ("1020万", "460万"):
        view, q, ctx = sentence(text, number)
        places.append(attribution.place_for(q, ctx, None, None, ctx.segment(q.start)))
    assert places == ["辽宁省", "山东省"]
    view, q, ctx = sentence("大连港、烟台集装箱吞吐量分别为1020万、460万标准箱。", "1020万")  # one generic, not the other's
    assert attribution.place_for(q, ctx, None, None, ctx.segment(q.start)) != "辽宁省"


def test_a_listed_companys_reporting_period_opens_a_clause_as_a_time_does():
    text = "半年报显示，报告期内比亚迪新能源汽车实现销售收入29.7亿元。"
    view, q, ctx = sentence(text, "29.7亿元")
    assert attribution.actor(view, q, ctx)[0] == "比亚迪股份有限公司"


def test_a_body_abroad_after_a_locative_is_where_the_clause_acts():
    assert actor_of("省商务厅实施外贸企业培育工程，近3年在东盟国家新设境外营销网点120个。", "120个") == "省商务厅"


def test_a_universitys_campus_places_its_figures_in_the_campuss_province():
    assert attribution.campus(Org(0, 10, "中国地质大学（武汉）", "中国地质大学（武汉）", "university", "central")) == "湖北省"


def test_a_source_whose_short_name_a_bracket_defines_reports_past_the_bracket():
    got = claims("瑞梅高铁开通运营\n据中国铁路南昌局集团有限公司（以下简称“南昌局集团公司”）介绍，线路桥隧比高达78.6%，"
                 "全线新建桥梁112座。")
    assert got["78.6%"]["actor"] == got["112座"]["actor"] == "中国铁路南昌局集团有限公司"


def test_a_place_that_a_person_is_native_of_places_none_of_the_texts_figures():
    got = claims("无锡马拉松开跑\n本报讯 2025无锡马拉松在太湖之滨开跑。国内选手中，云南籍运动员吴向东获得男子全程第三名，比其个人"
                  "此前最好成绩快了51秒。\n全程马拉松完赛率为96.8%，较上届提高1.2个百分点。")
    assert got["51秒"]["place"] == got["96.8%"]["place"] == "江苏省"


def test_a_group_native_of_a_province_is_its_statistic():
    got = claims("返乡创业\n去年以来，河南籍农民工返乡创业人数累计达到38万人，带动就业210万人。")
    assert got["38万人"]["place"] == "河南省"


def test_a_body_s_sample_survey_after_genju_is_the_source_of_the_figures():
    text = ("2025年全省粮食产量再创新高\n湖南省统计局\u30002025-12-12 15:30\n根据国家统计局湖南调查总队抽样调查，2025年全省粮食"
            "播种面积7135.6万亩，比上年增加12.3万亩。")
    assert claims(text)["7135.6万亩"]["actor"] == "国家统计局湖南调查总队"  # not the statistics bureau that publishes the page


def test_a_body_named_after_its_parent_with_a_word_of_subordination_acts():
    got = claims("烟台口岸\n青岛海关所属烟台海关副关长李宏涛介绍，车辆过卡时间由原来的3分钟缩短至30秒左右。")
    assert got["30秒左右"]["actor"] == "烟台海关"  # 所属: the customs house under 青岛海关, whose official speaks


def test_an_official_named_with_body_and_title_anywhere_opens_a_later_paragraph_by_name_alone():
    text = ("管好钱袋子\n　　7月22日上午，省人大常委会会议在长沙举行全体会议。受省人民政府委托，省财政厅厅长严伟明作关于2024年"
            "省级决算的报告，省审计厅厅长欧阳辉作关于2024年度省级预算执行的审计工作报告，会议听取了报告并进行了审议。\n"
            "决算报告：民生支出占比保持在七成以上\n　　严伟明在报告中说，2024年全省经济运行稳中有进，全省一般公共预算收入"
            "3261.4亿元，完成调整预算的100.3%，同口径增长2.1%。\n　　全省一般公共预算支出9127.6亿元，增长3.5%，其中民生支出"
            "6609.5亿元，占比72.4%。\n审计报告：问题整改到位\n　　欧阳辉报告，去年审计发现问题金额12亿元，已整改10亿元，"
            "整改率达到83%以上。\n")
    got = claims(text)
    assert got["9127.6亿元"]["actor"].endswith("省财政厅")  # his turn goes on in the section
    assert got["12亿元"]["actor"].endswith("省审计厅")



def test_an_officials_turn_ends_where_another_person_speaks_and_a_body_under_its_parent_acts_without_its_kind_word():
    text = ("市人大常委会审议教育工作\n　　6月28日，市十七届人大常委会第二十次会议召开，市教育局局长陈静作关于全市教育事业发展"
            "情况的报告，市人大常委会委员刘明作专题发言，会议进行了分组审议。\n　　陈静指出，今年全市新增公办学位8600个，"
            "义务教育巩固率达到99.2%，各项指标均好于预期。\n　　刘明说，建议加大投入力度，明年全市新增公办学位不少于1.2万个，"
            "切实缓解入学难问题。\n")
    got = claims(text)
    assert got["8600个"]["actor"] == "市教育局" and got["不少于1.2万个"]["actor"] == "市人大常委会"
    got = claims("电网建设\n南方电网公司直属单位南方电网储能股份有限公司新增装机120万千瓦。")
    assert (got["120万千瓦"]["actor"], got["120万千瓦"]["subject"]) == ("南方电网储能股份有限公司", "新增装机")


def test_an_officials_turn_ends_where_a_titled_person_opens_a_paragraph_and_speaks():
    text = ("省人大常委会审议审计工作报告\n　　7月22日，省人大常委会举行会议，省审计厅厅长何军作关于2024年度省级预算执行的审计"
            "工作报告，会议进行了审议。\n　　何军在报告中说，今年审计发现问题金额120亿元，已整改98亿元，整改率达到81.7%。\n"
            "　　常委会副主任刘芳说，审计报告显示，抽查的128个项目中有36个存在问题，要加大整改力度。\n")
    got = claims(text)
    assert got["120亿元"]["actor"] == "省审计厅" and got["36个"]["actor"] != "省审计厅"


def test_a_sentence_that_opens_with_what_was_done_goes_on_with_the_body_that_acted_before():
    got = claims("法院工作\n全市法院审结刑事案件4127件，判处罪犯5386人。严厉打击电信网络诈骗及其关联犯罪，审结此类案件683件，"
                 "追赃挽损2.17亿元。")
    assert got["683件"]["actor"] == got["2.17亿元"]["actor"] == "全市法院"
    got = claims("市政府\n市住建局改造老旧小区412个。加快推进城市更新，入驻企业达到200家。")
    assert got["200家"]["actor"] != "市住建局"  # 入驻企业达到: a subject of its own in the number's clause
    got = claims("县政府工作报告（摘要）\n　　县交通运输局完成农村公路改造86公里。实施农村饮水安全巩固提升工程，建成集中供水"
                 "工程23处。")
    assert got["23处"]["actor"] != "县交通运输局"  # a department named once: the report's next topic is no longer its


def test_a_company_after_what_it_is_to_the_texts_company_acts():
    assert actor_of("控股子公司湖州恒晟智能电网科技有限公司中标国家电网项目12个。", "12个") == "湖州恒晟智能电网科技有限公司"
    assert actor_of("公司参股公司四川天宜锂业科技有限公司年产能不低于8000吨。", "不低于8000吨") == "四川天宜锂业科技有限公司"


def test_the_body_that_brings_a_list_into_its_work_acts_past_an_aside_on_a_listed_body():
    text = ("经省文化和旅游厅会同中国旅游研究院（文化和旅游部数据中心）、中国联通安徽省分公司综合测算，"
            "国庆假期全省共接待国内游客4862.7万人次。")
    assert actor_of(text, "4862.7万人次") == "省文化和旅游厅"  # not 中国联通安徽省分公司, the last listed


def test_a_body_that_opens_a_dashed_list_item_acts():
    assert actor_of("——国家电网全年完成电网投资6526亿元。", "6526亿元") == "国家电网有限公司"
    assert actor_of("——中国石化原油加工量2.53亿吨。", "2.53亿吨") == "中国石油化工集团有限公司"


def test_a_body_after_a_short_description_of_it_acts():
    assert actor_of("他所在的许昌绿野农机专业合作社今年提供机收服务4.5万亩。", "4.5万亩") == "许昌绿野农机专业合作社"
    assert actor_of("当地的许昌绿野农机专业合作社今年提供机收服务4.5万亩。", "4.5万亩") == "许昌绿野农机专业合作社"


def test_a_body_that_measured_a_harvest_reports_its_yield():
    text = "据商水县农业农村局测产，邓城镇高标准农田示范方平均亩产达到1312斤。"
    assert actor_of(text, "1312斤") == "商水县农业农村局"


def test_a_body_abroad_before_its_member_countries_qualifies_what_is_counted():
    text = "商务部与广西壮族自治区人民政府在南宁共同举办中国—东盟数字贸易对接会，东盟10国约420家企业参会。"
    assert actor_of(text, "约420家") == "商务部"
    assert actor_of("东盟秘书处发布报告，东盟吸引外资2300亿美元。", "2300亿美元") != "商务部"


def test_a_body_named_for_the_units_under_it_does_not_act():
    assert actor_of("教育部直属高校在赣招生计划8460名。", "8460名") == ""
    assert actor_of("南方电网公司直属单位南方电网储能股份有限公司新增装机120万千瓦。", "120万千瓦") == "南方电网储能股份有限公司"


def test_the_members_of_a_body_abroad_act_where_no_figure_counts_in_their_land():
    assert actor_of("据报道，欧盟国家今年已向乌克兰提供援助500亿欧元。", "500亿欧元") == "欧洲联盟"
