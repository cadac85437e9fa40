"""Organizations: dated registries, local bodies by shape, named bodies, and the nouns that only look like bodies."""

import datetime as dt

import pytest

from helpers import extract, ingest
from helpers.extract import organizations, places

ON = dt.date(2024, 1, 1)


def _doc(text):
    return ingest.build("t", "t", text, "utf-8", b"")


def _orgs(text, on=ON):
    doc = _doc(text)
    found, abroad = places.find_with_bodies_abroad(doc.view)
    return organizations.find(doc.view, 0, len(doc.view), found, on, abroad=abroad, traditional=doc.traditional)


def _found(text, on=ON):
    return {o.mention: o for o in _orgs(text, on)}


def test_registry_resolves_as_of_the_document_date():
    text = "国家乡村振兴局会同银保监会印发通知。"
    in_2021 = _found(text, dt.date(2021, 9, 5))
    in_2024 = _found(text, dt.date(2024, 3, 1))
    assert in_2021["国家乡村振兴局"].name == "国家乡村振兴局"
    assert in_2021["国家乡村振兴局"].type == "state_council_agency"
    assert in_2024["国家乡村振兴局"].name == "农业农村部"
    assert in_2024["国家乡村振兴局"].type == "state_council_ministry"
    assert in_2021["银保监会"].name == "中国银行保险监督管理委员会"
    assert in_2024["银保监会"].name == "国家金融监督管理总局"


def test_taiwan_parties_are_bodies_and_the_democratic_party_keeps_its_longer_name():
    found = _found("中国国民党、亲民党和民进党的代表，以及中国国民党革命委员会中央。")
    assert {m: o.name for m, o in found.items() if "党" in m or "委员会" in m} == {
        "中国国民党": "中国国民党", "亲民党": "亲民党", "民进党": "民主进步党", "中国国民党革命委员会": "中国国民党革命委员会"}


def test_a_democratic_partys_local_committee_is_that_partys_body():
    found = _found("民革襄阳市委会、九三学社襄阳市委会提交集体提案。九三学社湖北省委员会主委表示。中共襄阳市委印发通知。村委会主任说。")
    assert {m: o.type for m, o in found.items()} == {
        "民革襄阳市委会": "other", "九三学社襄阳市委会": "other", "九三学社湖北省委员会": "other",
        "中共襄阳市委": "local_government", "村委会": "local_government"}
    found = _found("组织市民进市委机关参观。民盟市委会议审议通过工作要点。")
    assert "民进市委" not in " ".join(found) and "民盟市委" in found  # 市民|进; 市委|会议


def test_a_banks_branch_named_by_its_place_alone_is_a_company():
    found = _found("西安银行新开业汉中分行。宝鸡分行、咸阳分行贷款增速较快。江苏银行苏州分行支付。推动创新联盟，区分行业。")
    assert {m: o.type for m, o in found.items() if "行" in m} == {
        "西安银行": "company", "汉中分行": "company", "宝鸡分行": "company", "咸阳分行": "company",
        "江苏银行苏州分行": "company"}  # no 区分行 (区分|行业), no 苏州分行 inside the bank's branch
    assert not _found("长沙市分行业数据显示，汽车制造业增长12%。长沙县分行政区域统计。")  # by trade, by division


def test_a_places_rural_bank_is_named_by_its_place_or_level_and_a_whole_areas_are_a_group():
    found = _found("县农商银行发放贷款23.5亿元。沂南县农商行投放2亿元。河南农商联合银行累计投放6230亿元。"
                   "市农村信用联社发放贷款。全省农商银行贷款增长5%。各地农商银行加大投放。")
    assert {m: o.type for m, o in found.items()} == {
        "县农商银行": "company", "沂南县农商行": "company", "河南农商联合银行": "company", "市农村信用联社": "company",
        "全省农商银行": "group", "各地农商银行": "group"}


def test_a_rural_bank_named_by_its_level_alone_is_the_home_units_or_every_such_bank():
    county = "沂南县2026年政府工作报告\n沂南县人民政府县长\n　　沂南县经济发展。县农商银行发放贷款23.5亿元。"
    national = "国家金融监督管理总局发布\n　　推动县农商银行坚守支农支小定位，县农商银行覆盖全国90%以上的县域。"
    types = [{o["mention"]: o["type"] for o in extract.extract_document(_doc(t))["organizations"]}["县农商银行"] for t in (county, national)]
    assert types == ["company", "group"]


def test_a_groups_company_registered_in_a_place_is_named_by_both():
    found = _found("隆华科技集团（洛阳）股份有限公司等326家用人单位进场招聘。美的集团（佛山）投资。该集团（天津）有限公司投资。")
    assert "隆华科技集团（洛阳）股份有限公司" in found and "该集团（天津）有限公司" not in found


def test_a_time_and_a_verb_before_a_bodys_word_name_none():
    assert not _found("以前跑银行要好几趟，现在去医院方便多了。")
    assert "明天控股有限公司" in _found("明天控股有限公司曾是包商银行的大股东。")  # a registered name
    assert "今日头条公司" in _found("今日头条公司发布报告。")


def test_a_body_abroad_whose_name_joins_two_fields_by_he_after_its_countrys_name_is_one_body():
    found = _found("据巴基斯坦私营电力和基础设施委员会统计，电站年发电量32亿千瓦时。深圳市商户和物业公司签约。")
    assert "巴基斯坦私营电力和基础设施委员会" in found and "深圳市商户和物业公司" not in found


def test_a_companys_relation_before_its_name_is_no_part_of_it_nor_a_body_alone():
    found = _found("全资子公司德宸储能（常州）有限公司实现营业收入19.6亿元。控股子公司绍兴德宸智能电网科技有限公司中标。公司子公司较多。")
    assert set(found) == {"德宸储能（常州）有限公司", "绍兴德宸智能电网科技有限公司"}


def test_professional_firms_and_partnerships_keep_their_form():
    found = _found("天健会计师事务所（特殊普通合伙）出具了审计报告。北京市中伦律师事务所发表意见。宁波德宸投资合伙企业（有限合伙）签约。")
    assert set(found) == {"天健会计师事务所（特殊普通合伙）", "北京市中伦律师事务所", "宁波德宸投资合伙企业（有限合伙）"}


def test_the_silk_road_fund_is_registered():
    assert _found("丝路基金、国际金融公司等参与投资。")["丝路基金"].name == "丝路基金有限责任公司"


def test_a_places_public_employment_service_is_its_body():
    found = _found("据市公共就业和人才服务中心监测，求人倍率为1.36。洛阳市公共就业和人才服务中心承办。县公共就业服务中心开展培训。")
    assert set(found) == {"市公共就业和人才服务中心", "洛阳市公共就业和人才服务中心", "县公共就业服务中心"}


def test_a_papers_channel_in_its_credit_is_the_paper_not_a_company():
    found = _found("证券时报e公司讯，西安银行（600928）3月28日晚间披露2024年年度报告。")
    assert {m: o.type for m, o in found.items()} == {"证券时报e公司": "media", "西安银行": "company"}


def test_a_credit_line_names_the_medium_by_its_names_ending():
    found = _found("湖南高院报告工作\n来源：人民法院报　　作者：本报记者 周晶　　发布时间：2024-01-23 08:46:12\n"
                   "来源：沈阳市人民政府网站　2025-09-23\n来源：光明网-《光明日报》　2024-06-18\n来源：湖南省统计局")
    assert {m: o.type for m, o in found.items() if m != "湖南高院"} == {
        "人民法院报": "media", "沈阳市人民政府": "local_government", "光明网": "media", "光明日报": "media",
        "湖南省统计局": "local_government"}  # a body's own name there, and its website's, is found as any other
    assert set(_found("标题\n问题线索来源：群众举报\n来源：省应急管理厅工作简报\n来源：国家电网")) == {"省应急管理厅", "国家电网"}
    assert set(_found("标题\n来源：中国人民银行官网\n来源：湖南省人民政府网")) == {"中国人民银行", "湖南省人民政府"}  # its site


def test_a_provincial_police_departments_corps_and_a_courts_environment_tribunal_are_bodies():
    found = _found("湖南省公安厅交警总队发布提示。岳阳中院依托洞庭湖环境资源法庭审理案件。")
    assert {"湖南省公安厅交警总队", "洞庭湖环境资源法庭"} <= set(found)


def test_aliases_and_local_bodies():
    found = _found("住建部、浙江省市场监管局、当地医保局、田北村党支部和中国农业大学。", dt.date(2021, 1, 1))
    assert found["住建部"].name == "住房和城乡建设部"
    assert found["浙江省市场监管局"].name == "浙江省市场监督管理局"
    assert found["浙江省市场监管局"].level == "provincial"
    assert found["当地医保局"].type == "local_government"
    assert found["田北村党支部"].type == "local_government"
    assert found["中国农业大学"].type == "university"


def test_departments_in_general_are_not_ministries():
    assert not _orgs("公安部门和教育部门联合行动。")


def test_local_bodies_chain_and_collective_prefixes():
    found = _found("各区人民政府：请于2月5日前报送市政府办公厅。")
    assert found["市政府办公厅"].type == "local_government"
    assert found["各区人民政府"].type == "group"


@pytest.mark.parametrize("text, mention", [
    ("据曲靖市委消息，", "曲靖市委"),                       # a place + 委: the local party committee
    ("中共宾川县委印发通知。", "中共宾川县委"),
    ("会议由省委主持，", "省委"),                          # a level character alone
    ("并请省政协委员提出意见。", "省政协"),
    ("南平市农业农村委主任说，", "南平市农业农村委"),        # a policy area + a department ending
    ("宁德交通运输委表示，", "宁德交通运输委"),
    ("长春新区发改局局长说，", "长春新区发改局"),            # a development zone before the department
    ("记者从临沂经济技术开发区工信局获悉，", "临沂经济技术开发区工信局"),
    ("选拔为梅溪镇党委委员。", "梅溪镇党委"),                # a town bounded by a function word
    ("福州市道路运输局通报，", "福州市道路运输局"),          # a free name before 局
    ("北京市场监管局提示，", "北京市场监管局"),              # 北京市 and 市场监管局 share 市
    ("省委巡视组进驻后，", "省委巡视组"),                   # an office of a named body
    ("教育部高校学生司负责人介绍，", "教育部高校学生司"),
    ("教育部体育卫生与艺术教育司司长表示，", "教育部体育卫生与艺术教育司"),  # 与 joins two fields of its name
    ("向驻滇解放军指战员致敬。", "驻滇解放军"),              # 驻 + a province's one-character name
    ("（省财政厅主办，省国税局、地税局协办）", "地税局"),    # names from before the 2018 reform, in a list
    ("省物价局、省农委负责。", "省农委"),
    ("（省物价监管局负责）", "省物价监管局"),
    ("听取市外办关于缔结友好城市的报告。", "市外办"),         # 外事办公室 by its short name
    ("省侨办、省台办联合举办。", "省台办"),
    ("听取市人大预算工委的初审意见。", "市人大预算工委"),     # a congress's 工作委员会
    ("市人大常委会委托预算工委开展审查。", "市人大常委会"),     # 委托 acts on the office: no part of its name
    ("宁波海事法院审结海事海商案件6012件。", "宁波海事法院"),  # special courts, a court's tribunals
    ("杭州互联网法院、杭州知识产权法庭审结案件7件。", "杭州知识产权法庭"),
    ("诸暨市人民法院枫桥人民法庭调解纠纷300件。", "枫桥人民法庭"),
    ("记者从泸定县文化广播电视和旅游局获悉，", "泸定县文化广播电视和旅游局"),  # the merged bureaus of the 2019 reforms
    ("湄潭县文化体育广电和旅游局发布。", "湄潭县文化体育广电和旅游局"),
    ("中国（山东）自由贸易试验区烟台片区管理委员会副主任介绍，", "中国（山东）自由贸易试验区烟台片区管理委员会"),  # the
    ("中国(广东)自由贸易试验区前海蛇口片区管委会发布。", "中国（广东）自由贸易试验区前海蛇口片区管委会"),  # zone's whole name
    ("中国（上海）自由贸易试验区管理委员会主任表示，", "中国（上海）自由贸易试验区管理委员会"),
    ("中国（海南）自由贸易港建设工作领导小组办公室发布通知。", "中国（海南）自由贸易港建设工作领导小组"),
    ("县防指实行24小时领导带班值班。", "县防指"),            # 防汛抗旱指挥部 by its short name
    ("县人武部组织民兵抢险。", "县人武部"),                  # 人民武装部 by its short name
])
def test_local_organs_by_shape(text, mention):
    assert mention in _found(text)


def test_a_ministry_office_keeps_the_ministry_type():
    office = _found("教育部高校学生司负责人介绍，")["教育部高校学生司"]
    assert office.type == "state_council_ministry"
    assert office.name == "教育部高校学生司"


def test_short_department_names_get_their_full_form():
    assert _found("南平市农业农村委主任说，")["南平市农业农村委"].name == "南平市农业农村委员会"


def test_a_department_word_stands_alone_only_at_a_clause_start():
    assert "财政局" in _found("牵头单位：财政局、税务局。")
    assert not _orgs("加快交通局面改善。")


@pytest.mark.parametrize("text", [
    "全省要把握新发展格局，服务全国大局。",        # 局 inside another word
    "他委托律师处理，委员们表示赞同。",             # 委 inside another word
    "城市委员会研究通过。",                        # 市 inside 城市
    "加强行政协调，推动财政协同。",                 # 政协 inside 行政协调
    "个人大病保险和成人大专班。",                   # 人大 inside other words
])
def test_office_words_inside_other_words_are_no_bodies(text):
    assert not _orgs(text)


@pytest.mark.parametrize("text", [
    "记者了解到，这家公司营收增长两成。",            # demonstrative
    "个别航空公司航班正常率仍偏低。",               # a few of them, no one named
    "我们公司今年扩大了生产。",                    # pronoun
    "这次游学活动我们合作社收入7万多元。",          # a pronoun right before the ending, after other words
    "大通湖区一合作社组织社员游学。",               # 一 as an article
    "他没想到合作社的效益这么好，村民们觉得合作社好。",  # a verb of thinking, whose object is a clause
    "保险公司和物业公司也加入进来。",               # a trade only
    "跨国公司地区总部数量持续增长。",               # a generic modifier
    "招聘近1800名大学毕业生。",                    # a count, then a split word (大学生)
    "不断加大学习力度。",                          # 加大 + 学习
    "新增12家上市公司。",                          # bodies counted, not named
    "大型国有企业和中小企业集团参加。",
    "他不再是公司员工。",                          # a verb phrase before the ending
    "业务可通过远程银行、手机银行等线上渠道完成。",     # a bank's channels
    "培育苹果专业合作社386家、家庭农场215个。",         # a class counted right after its noun
    "全市商业银行23家，农村信用合作社1家。",
    "全县注册农民专业合作社2860家，家庭农场3100余家。",
    "企业负责人介绍，封关后公司新引进的6艘游艇已投入运营。",  # the time after an act, then the company it speaks of
])
def test_generic_nouns_are_no_companies_or_universities(text):
    assert not [o for o in _orgs(text) if o.type in ("company", "university")]


def test_a_company_named_by_its_trade_name_after_its_full_name_is_the_same_company():
    found = _found("宁海兴达旅游用品有限公司创立于2005年。兴达公司今年产销200万根。")
    assert found["兴达公司"].name == "宁海兴达旅游用品有限公司"
    two = _found("宁海兴达有限公司和宁波兴达旅游有限公司合作。兴达公司产销增长。")
    assert two["兴达公司"].name == "兴达公司"  # two full names hold the trade name: neither is meant
    assert _found("北京京东世纪贸易有限公司成立。北京公司也在扩张。")["北京公司"].name == "北京公司"  # a place, no 字号
    assert _found("中国石油天然气股份有限公司发布。石油公司纷纷跟进。")["石油公司"].name == "石油公司"  # an industry


def test_a_company_named_by_its_trade_name_alone_after_its_name_with_jituan_is_the_same_company():
    orgs = _orgs("三笑集团投资60亿元。去年，三笑牙刷出口额3.5亿元，三笑累计投入30亿元。")
    assert [(o.mention, o.name) for o in orgs] == [("三笑集团", "三笑集团"), ("三笑", "三笑集团"), ("三笑", "三笑集团")]
    assert [o.mention for o in _orgs("星星集团成立。天上的星星闪烁。")] == ["星星集团"]  # an everyday word jieba knows
    assert [o.mention for o in _orgs("美的集团在顺德投资。建设更美的家园。")] == ["美的集团"]
    assert [o.mention for o in _orgs("大数据集团成立。大数据产业增长12%。")] == ["大数据集团"]  # a phrase of a common noun
    assert [o.mention for o in _orgs("白银集团成立。白银价格上涨12%。")] == ["白银集团"]  # a city's name, and a metal's
    assert [o.mention for o in _orgs("去年，三笑牙刷出口增长。三笑集团投资60亿元。")] == ["三笑集团"]  # not before it


def test_the_major_ones_counted_are_no_name():
    assert not _orgs("上海两大研究院累计孵化企业23家。")
    assert "五大连池市第一人民医院" in _found("五大连池市第一人民医院接诊患者3000人次。")  # inside a place's name
    assert "杭州百大集团股份有限公司" in _found("杭州百大集团股份有限公司营收增长12%。")
    assert "三笑集团" in _found("三笑集团出口牙刷。")  # one verb jieba gives a name it does not know (三笑) stays


def test_a_ministers_title_before_the_ministers_name_names_the_ministry():
    assert _found("财政部长金人庆19日说，全国财政收入增长。")["财政部"].type == "state_council_ministry"
    assert "农业部" not in _found("二十国集团农业部长会议召开。")  # a title alone names none


def test_a_short_name_brought_in_by_jiancheng_is_the_name():
    got = _found("德国DBO班列运营有限公司(简称DBO公司)运营班列。")
    assert "DBO公司" in got and "简称DBO公司" not in got


def test_verbs_before_a_name_are_cut_off():
    assert "交通集团" in _found("市里组织交通集团等企业开通专线。")
    assert "赤峰市医院" in _found("经调查，发现赤峰市医院存在违规行为。")  # a verb right before the place a name opens with


@pytest.mark.parametrize("text, names", [
    ("力争昆明理工大学进入“双一流”。", {"昆明理工大学"}),
    ("成功设置重庆工业职业技术大学。", {"重庆工业职业技术大学"}),
    ("海南医学院更名为海南医科大学。", {"海南医学院", "海南医科大学"}),
    ("支持兰州大学建设中国特色世界一流大学。", {"兰州大学"}),
    ("优化重塑大学科技园。", set()),  # 大学 alone is no name
])
def test_a_name_starts_after_the_verb_that_acts_on_it(text, names):
    assert set(_found(text)) == names


def test_a_preposition_before_a_name_is_cut_off_and_a_legal_form_with_a_national_scope_names_a_company():
    found = _found("近年来，以中国建筑股份有限公司为代表的大批中企进入柬埔寨，与中国平安保险有限公司合作。")
    assert {"中国建筑股份有限公司", "中国平安保险有限公司"} <= set(found)
    assert "以色列航空公司" in _found("以色列航空公司开通新航线。")  # a place's name that opens with 以
    assert not [o for o in _orgs("保险公司和中国公司合作。") if o.type == "company"]  # no legal form: a common noun


@pytest.mark.parametrize("text", ["新增境内外上市公司45家。", "吸引更多头部跨国公司落户。", "设立省级征信公司。"])
def test_a_name_that_opens_with_a_class_word_names_a_class(text):
    assert not [o for o in _orgs(text) if o.type != "group"]


def test_a_quoted_formula_of_bodies_is_no_name():
    assert not _orgs("完善“管委会＋公司”运营模式。")


def test_a_building_verb_inside_a_name_ends_what_comes_before_it():
    assert "葵涌医院" in _found("批出土地兴建葵涌医院。")
    assert not [o for o in _orgs("包括批出土地兴建私家医院。") if o.type == "other"]  # build private hospitals: no body
    assert any(m.endswith("市区重建局") for m in _found("香港市区重建局表示，将加快推展重建项目。"))  # 重建 is in names


def test_a_subsidiary_of_a_state_owned_group_is_state_owned():
    assert _found("中铁十一局集团有限公司承建该项目。")["中铁十一局集团有限公司"].type == "soe"


@pytest.mark.parametrize("text", ["企业应当按时上交所有材料。", "较上期所得税费用增加。", "支持中资环保企业走出去。"])
def test_a_short_name_that_starts_a_common_word_is_no_body(text):
    assert not _orgs(text)


def test_a_subsidiary_keeps_its_parent_in_its_name_and_a_township_its_verb_name():
    assert set(_found("中建一局集团建设发展有限公司中标。")) == {"中建一局集团建设发展有限公司"}
    assert set(_found("建设乡人民政府召开会议。")) == {"建设乡人民政府"}


def test_a_sub_body_named_after_its_parent_is_one_body():
    assert set(_found("充分发挥教育部云南高等研究院作用。")) == {"教育部云南高等研究院"}
    assert set(_found("清华大学、北京大学等高等院校。")) == {"清华大学", "北京大学"}  # 等 still closes a list


def test_the_companies_listed_on_an_exchange_are_a_class():
    assert set(_found("北交所上市公司数量居全国第一。")) == {"北交所"}


def test_exchanges_and_new_central_enterprises_are_registered():
    found = _found("支持企业在深交所、北交所上市，中资环在津打造平台，中国盐湖集团组建。", on=dt.date(2026, 1, 1))
    assert (found["深交所"].name, found["北交所"].type) == ("深圳证券交易所", "financial_soe")
    assert found["中资环"].name == "中国资源循环集团有限公司"
    assert found["中国盐湖集团"].type == "soe"


def test_international_organizations_are_registered():
    found = _found("世卫组织、联合国和东盟秘书处代表出席。二十国集团峰会举行。")
    assert found["世卫组织"].name == "世界卫生组织"
    assert {"联合国", "东盟秘书处", "二十国集团"} <= set(found)
    assert found["二十国集团"].type == "other" and found["二十国集团"].level == "international"


def test_hong_kong_bodies_only_in_a_text_about_hong_kong():
    hk = "香港特區政府公布，香港經濟增長。香港社會福利署(社署)與教育局合作。"
    found = _found(hk)  # mentions in the simplified matching view
    assert found["香港社会福利署"].type == "local_government"  # with its region's name, as the text names it
    assert found["香港社会福利署"].name == "社会福利署" and found["社署"].name == "社会福利署"
    assert found["教育局"].level == "provincial"
    assert _found("牵头单位：教育局。")["教育局"].level == ""


def test_a_special_regions_department_goes_with_its_government_and_its_regions_name():
    text = ("香港特区政府运输署数据显示，私家车约13.6万辆。香港入境事务处助理处长何志远介绍，每逢周末旅客超过30万人次。"
            "香港方面表示，香港经济增长。")
    found = _found(text)
    assert found["香港特区政府运输署"].name == "香港特别行政区政府运输署"  # the government's own department, one body
    assert found["香港入境事务处"].name == "入境事务处"  # with the region's name; 助理处长 is a title, no office
    assert not any("助理处" in m for m in found)


def test_an_office_of_a_department_goes_on_before_a_word_that_opens_with_its_titles_character():
    assert "广东省商务厅外资处" in _found("广东省商务厅外资处长期跟踪服务重点外资项目。")  # 长期, not 处长


def test_a_defined_short_name_of_a_market_regulator_names_no_level():
    got = [(o["mention"], o["name"]) for o in extract.extract_document(ingest.build("t", "t", "六安市场监管\n来源：六安市应急管理局\n"
           "市场监督管理局（以下简称市场监管局）检查商户120家。市场监管局表示。", "utf-8", b""))["organizations"]]
    assert all(not name.startswith("六安市场") for _, name in got)  # 市场 is no 市


def test_a_border_inspection_head_station_named_in_full_is_the_administrations():
    found = _found("记者从国家移民管理局深圳出入境边防检查总站（以下简称“深圳边检总站”）获悉，旅客增长。")
    assert "国家移民管理局深圳出入境边防检查总站" in found and "国家移民管理局" not in found


def test_a_macau_body_named_in_full_before_a_title_is_itself_not_its_alias_and_an_office():
    text = "跨部門工作小組記者會\n「今年口岸人流較去年多出約一成。」治安警察局局長梁文傑表示，治警局與珠海邊檢總站保持實時通報。"
    got = [(o["mention"], o["name"]) for o in extract.extract_document(ingest.build("t", "t", text, "utf-8", b""))["organizations"]]
    assert ("治安警察局", "治安警察局") in got and ("治警局", "治安警察局") in got  # not 治安警|察局局


def test_macau_bodies_only_in_a_text_about_macau():
    release = "统计暨普查局资料显示，本澳经济增长。因特区政府推出的措施完结，本澳消费回落。审计署公布报告。"
    found = _found(release)
    assert found["统计暨普查局"].type == "local_government" and found["统计暨普查局"].level == "provincial"
    assert found["特区政府"].name == "澳门特别行政区政府"
    assert found["审计署"].name == "澳门特别行政区审计署"  # in a text about the region, a name it shares is its own
    assert "统计暨普查局" not in _found("统计暨普查局资料显示，经济增长。")  # no text about Macau
    assert _found("审计署公布报告。")["审计署"].level == "central"


def test_taiwans_bodies_only_in_a_text_whose_places_lie_in_taiwan():
    found = _found("(中央社記者陳政偉台北13日電)主計總處發布統計。行政院主計總處召開國民所得統計評審會。")
    assert found["主计总处"].name == found["行政院主计总处"].name == "行政院主计总处"
    assert found["国民所得统计评审会"].type == "other"
    assert "经济部" not in _found("广州市与台北市交流。经济部发布数据。")  # a text not only about Taiwan
    assert "澳门海关" not in {o.name for o in _found("据海关统计，前三季度对澳门出口增长12%。").values()}  # one place
    assert "经济部" not in _found("经济部发布数据。")


def test_a_regions_delegation_visiting_a_mainland_city_is_about_the_region():
    visit = ("香港特区政府发展局局长今日率团访问深圳，与深圳市政府商讨北部都会区发展。双方同意深化深圳前海与香港合作，"
             "深圳河套区建设加快。特区政府将与深圳方面保持沟通。香港与深圳同心。")
    assert _found(visit)["特区政府"].name == "香港特别行政区政府"


def test_a_text_about_both_regions_reads_a_shared_name_as_the_one_it_names_most():
    text = "澳门特区政府今日公布施政报告。澳门经济持续复苏，澳门旅客增加。特区政府将加强与香港合作，香港段客流上升。"
    assert _found(text)["特区政府"].name == "澳门特别行政区政府"


def test_the_state_named_before_a_shared_name_makes_it_the_mainland_body():
    release = "统计暨普查局资料显示，本澳经济增长。本澳消费回落。国家审计署公布报告。"
    assert _found(release)["国家审计署"].name == "审计署"


def test_a_province_that_names_a_region_in_its_plans_is_not_about_it():
    guangdong = ("广东省政府工作报告。广州、深圳、珠海、佛山、东莞、中山、江门、惠州、肇庆协同发展，汕头、湛江加快建设。"
                 "支持澳门经济适度多元发展，深化与澳门合作，横琴与澳门一体化，海关监管创新。")
    customs = _found(guangdong).get("海关")
    assert customs is None or customs.name != "澳门海关"  # 澳门 said three times, but the text is about 广东


def test_a_text_about_places_in_hong_kong_reads_its_bodies_without_saying_hong_kong():
    visit = "勞工處處長與黃大仙區議會主席到訪黃大仙區，探訪黃大仙區內長者。各人轉往黃大仙區廣場，特區政府上下一心。"
    found = _found(visit)
    assert found["劳工处"].level == "provincial" and found["特区政府"].name == "香港特别行政区政府"
    assert "劳工处" not in _found("市劳工处到访区内企业。")  # one mention of a Hong Kong district is not enough
    assert _found("在中国香港举行。中国香港代表团、中国香港。劳工处表示。")["劳工处"].level == "provincial"  # 香港 said


def test_bodies_that_only_hong_kong_has_vouch_for_a_text_about_it():
    release = "運輸及房屋局今天公布，本港私人住宅共有55,000個單位。運輸及房屋局表示，本港落成量減少。"
    assert _found(release, dt.date(2008, 1, 18))["运输及房屋局"].type == "local_government"  # the simplified view's
    assert "运输及房屋局" not in _found("运输及房屋局今天公布数据。", dt.date(2008, 1, 18))  # one name alone is not enough
    assert _found("教育局、税务局、劳工处联合发文。")["教育局"].level == ""  # names a mainland body may bear vouch for nothing
    shenzhen = "深圳市消费者委员会发布报告。消费者委员会表示，教育局、税务局已联合发文。消费者委员会提醒。"
    assert _found(shenzhen)["教育局"].level == ""  # a name Hong Kong shares with mainland bodies says nothing
    speech = "劳工及福利局局长致辞。各位立法会议员、公务员事务局局长：香港经济状况良好，劳工及福利局将继续努力。"
    assert _found(speech)["公务员事务局"].level == "provincial"  # bureaus joined by 及, and 香港 once


def test_names_mainland_bodies_bear_too_do_not_make_a_text_in_traditional_characters_a_regions():
    assert _found("行政院主計總處今日發布統計。環保局表示，空氣品質改善。")["环保局"].level == ""
    assert _found("國家統計局今日發布數據。教育局表示，學校將停課。")["教育局"].level == ""


def test_a_text_in_traditional_characters_reads_its_regions_bodies_however_seldom_it_names_the_region():
    release = "政府統計處今日(一月二日)發表最新的零售業銷貨額數字。零售業總銷貨價值較上年同月上升8.5%。數據包括訪港旅客的開支。"
    found = _found(release)
    assert found["政府统计处"].level == "provincial" and found["政府统计处"].type == "local_government"
    assert "政府统计处" not in _found("政府统计处今日发表最新的零售业销货额数字。零售业总销货价值上升8.5%。")
    taipei = "行政院主計總處今日發布統計。上海市與台北市交流，上海市經濟增長，上海市旅客增加，上海市消費回落。"
    assert "经济部" not in _found(taipei + "經濟部發布數據。")  # a text in traditional characters about another province


def test_a_regions_release_names_its_own_government_as_government_alone():
    release = ("政府今日發表《第三季經濟報告》。根據政府統計處公布的數字，本地生產總值增長1.8%。加上中央政府推出措施，"
               "陳茂波表示：「政府會繼續用好優勢。」")
    found = [(o.mention, o.name) for o in _orgs(release)]
    assert found.count(("政府", "香港特别行政区政府")) == 2  # not 中央政府's 政府, nor 政府統計處's
    assert ("政府统计处", "政府统计处") in [(o.mention, o.name) for o in _orgs("政府統計處今日發表數字。" + release)]
    assert not any(name == "香港特别行政区政府" for _, name in (
        (o.mention, o.name) for o in _orgs("市政府召开常务会议。政府工作报告提出，全市经济增长5%。")))  # the mainland's
    shenzhen = "深圳与香港合作。香港企业来深投资，香港青年来深创业，香港机构增多。政府投资项目完成300亿元。"
    assert not any(o.name == "香港特别行政区政府" for o in _orgs(shenzhen))  # about the region, not its own release


def test_a_clauses_opening_words_before_a_preposition_are_no_part_of_a_name():
    assert _found("其次為百貨公司貨品(零售量上升9.7%)。") == {}  # and 百货公司 alone is a trade's noun
    assert set(_found("随后为华润公司，其次为保险公司。")) == {"华润公司"}
    assert set(_found("同时为华为公司提供服务。")) == {"华为公司"}


def test_what_a_body_becomes_after_a_standalone_preposition_is_the_name():
    assert _found("支持符合条件的高职高专学校升格为职业本科大学。") == {}  # a class of university, no body
    assert set(_found("该公司更名为深圳市天成科技有限公司。")) == {"深圳市天成科技有限公司"}
    assert set(_found("华为技术有限公司发布新品。")) == {"华为技术有限公司"}  # 为 inside a word stays
    assert set(_found("盐城市人民政府指定市生态环境局开展磋商。")) == {"盐城市人民政府", "市生态环境局"}
    assert "武侯区为老服务协会" in _found("武侯区为老服务协会开展活动。")  # 为X服务: the body's own words
    assert "宁波市以客户为中心企业管理咨询有限公司" in _found("宁波市以客户为中心企业管理咨询有限公司成立。")  # 以…为


def test_a_two_character_trade_name_after_its_place_keeps_its_he():
    # 行政区划 + 字号 + 行业 + 组织形式: jieba splits the trade name 福和 as 福|和
    assert set(_found("加入寻乌县福和果业专业合作社的社员。")) == {"寻乌县福和果业专业合作社"}
    assert "寻乌县福和农业专业合作社" in _found("寻乌县福和农业专业合作社成立于2017年。")
    assert "种植大户和果业专业合作社" not in _found("全县种植大户和果业专业合作社都参与。")  # two, joined


def test_a_company_named_again_by_its_trade_name_and_trade_is_the_same_company():
    text = "走进广东澄远新能源科技股份有限公司展厅。澄远科技主营储能电池。2024年，澄远新能源营收增长。"
    found = [o for o in organizations.find(text, 0, len(text), places.find(text, 0, len(text)), None)]
    assert [(o.mention, o.name) for o in found if o.mention != o.name] == [
        ("澄远科技", "广东澄远新能源科技股份有限公司"), ("澄远新能源", "广东澄远新能源科技股份有限公司")]
    bank = "中国银行股份有限公司发布公告。中国银行表示。"  # no coined trade name: the registry's body
    assert all(o.name != "中国银行股份有限公司" or o.mention == o.name
               for o in organizations.find(bank, 0, len(bank), places.find(bank, 0, len(bank)), None))


def test_a_company_named_again_by_a_trade_name_of_two_words_alone():
    text = "中非泰达投资股份有限公司负责开发运营。据中非泰达介绍，合作区已吸引企业182家。巨石埃及玻璃纤维股份有限公司建成投产，巨石埃及去年销售收入增长。"
    found = [o for o in organizations.find(text, 0, len(text), places.find(text, 0, len(text)), None)]
    assert [(o.mention, o.name) for o in found if o.mention != o.name] == [
        ("中非泰达", "中非泰达投资股份有限公司"), ("巨石埃及", "巨石埃及玻璃纤维股份有限公司")]
    text = "北京城市建设投资集团有限公司承担重点项目。全市城市建设投资完成1280亿元。中国人民财产保险股份有限公司表示，中国人民的生活水平提高。"
    found = [o for o in organizations.find(text, 0, len(text), places.find(text, 0, len(text)), None)]
    assert all(o.mention == o.name for o in found)  # 城市|建设, 中国|人民: everyday words in their own sense


def test_the_central_banks_short_form_names_its_branches_and_alone_is_a_sidewalk():
    found = _found("牵头单位：人行襄阳市分行。人行襄阳市中心支行发布数据。改造人行天桥3座，施划人行横道50处。")
    assert {o.name for o in found.values()} == {"中国人民银行襄阳市分行", "中国人民银行襄阳市中心支行"}


def test_a_state_service_cited_by_its_common_name_for_its_statistics_is_a_body_only_so():
    found = _found("据海关统计，1—10月，全省进出口总值4718.6亿元。旅客通过海关时需申报。")
    assert [o.mention for o in found.values()] == ["海关"] and found["海关"].type == "state_council_agency"
    assert _found("旅客通过海关时需申报。") == {}


def test_collectives_are_groups():
    found = _found("各地区各部门各单位要切实扛起责任，各级政府要协同发力。")
    assert found["各地区各部门各单位"].type == "group"
    assert found["各级政府"].type == "group"


def test_every_department_of_an_area_is_a_body_only_after_the_areas_word():
    found = _found("全省各级应急管理部门全年共检查企业8.63万家次。全省应急管理系统共有执法人员2860名。"
                   "各级审计机关共审计单位1862个。应急管理部门要加强检查。湖南省生态环境部门会同有关方面。")
    assert found["全省各级应急管理部门"].type == "local_government"
    assert found["全省应急管理系统"].type == "local_government"
    assert found["各级审计机关"].type == "group"
    assert not any("部门要" in m or m.startswith(("应急", "湖南省生态")) for m in found)
    found = _found("全县公安机关共破获案件120起。全省金融系统各项贷款余额8.2万亿元。全市能源系统装机规模增长。"
                   "全市医保系统完成升级改造。全省政法系统开展专项行动。")
    assert list(found) == ["全县公安机关", "全省政法系统"]  # 系统 after an administrative system's stem alone


def test_the_media_a_press_conference_names_its_reporters_by_are_bodies_abroad_too():
    found = _found("法新社记者：中方有何评论？路透社记者：有何回应？凤凰卫视记者：是否提供援助？总台央视记者：请介绍。")
    assert {m: (o.type, o.level) for m, o in found.items()} == {
        "法新社": ("media", "foreign"), "路透社": ("media", "foreign"), "凤凰卫视": ("media", "provincial"),
        "总台央视": ("media", "central")}
    assert found["总台央视"].name == "中央广播电视总台"


def test_an_international_bodys_secretariat_is_a_body_and_a_registered_one_keeps_its_name():
    found = _found("记者从东博会秘书处获悉，本届东博会签约486个。东盟秘书处发布报告。")
    assert found["东博会秘书处"].name == "中国－东盟博览会秘书处"
    assert found["东盟秘书处"].name == "东盟秘书处"


def test_a_share_of_the_companys_whole_names_no_company():
    assert _found("出口量占公司总销量的比重提高到34.8%，营收占集团总营收的一半。") == {}


def test_the_government_of_china_is_the_central_peoples_government():
    assert _found("中国政府向黎巴嫩提供紧急人道主义援助。")["中国政府"].name == "国务院"
    assert _found("据中国政府采购网数据，采购规模3.6万亿元，中国政府奖学金名额增加。") == {}


def test_a_universitys_affiliated_hospital_is_a_body_of_its_own():
    found = _found("华中科技大学同济医学院附属协和医院获得结余留用资金2860万元。北京大学附属于教育部。")
    assert found["华中科技大学同济医学院附属协和医院"].type == "other"
    assert found["北京大学"].type == "university"  # 附属于: belongs to, no affiliate named


def test_a_party_title_in_a_case_is_no_part_of_a_name():
    found = _found("上诉人宏达科技有限公司不服，被执行人鑫源房地产开发有限公司已履行。")
    assert set(found) == {"宏达科技有限公司", "鑫源房地产开发有限公司"}
    assert "第三人民医院" in _found("由第三人民医院牵头，新增床位200张。")  # no party's title
    assert "恒达物流有限公司" in _found("第三人恒达物流有限公司未到庭。")


def test_a_regulators_action_is_no_part_of_the_name_of_the_company_it_acts_on():
    found = _found("二、广东省东莞市市场监管局查处东莞市佳味坊餐饮管理有限公司向学校食堂供应过期食材案")
    assert set(found) == {"广东省东莞市市场监管局", "东莞市佳味坊餐饮管理有限公司"}


def test_the_formulaic_collectives_of_official_texts_are_groups():
    found = _found("向各民主党派、工商联和无党派人士，各人民团体，向中央各部门各单位、兄弟省区市表示衷心感谢！")
    assert {m: o.type for m, o in found.items() if m != "工商联"} == dict.fromkeys(
        ["各民主党派", "各人民团体", "中央各部门各单位", "兄弟省区市"], "group")


def test_a_local_party_committee_wins_over_the_party_with_an_office():
    body = _found("根据《中国共产党江西省委员会关于制定规划的建议》，")["中国共产党江西省委员会"]
    assert body.type == "local_government"


@pytest.mark.parametrize("text, body", [
    ("对东盟进出口增长8%。", False),  # a market
    ("一季度我国与东盟进出口1.35万亿元。", False),
    ("扩大与东盟贸易规模。", False),
    ("建设面向东盟的金融开放门户。", False),  # a region
    ("积极开拓东盟、中东等新兴市场。", False),
    ("扩大欧盟市场份额。", False),
    ("深化与东盟交流合作。", True),  # a party
    ("东盟欢迎中方倡议。", True),
    ("中方对东盟提供援助5亿元。", True),  # a party that receives, no market
    ("出席东盟地区论坛外长会。", True),
    ("分阶段淘汰歐盟前期及I至III期柴油车。", False),  # Euro emission standards
    ("淘汰欧盟五期以下车辆。", False),
    ("与欧盟五国合作。", True),  # a number without 期 is no stage
    ("欧盟前期出台了碳边境调节机制。", True),  # 前期: earlier
    ("欧盟二期援助项目启动。", True),  # a phase of a project
])
def test_a_bloc_the_text_turns_to_as_a_market_or_region_is_no_body(text, body):
    assert any(o.name in ("东南亚国家联盟", "欧洲联盟") for o in _orgs(text)) == body


def test_a_body_named_by_its_level_alone_is_the_body_of_the_province_the_text_is_about():
    text = "省委、省政府高度重视，市委、县政府认真落实。"
    named = {o.mention: o for o in organizations.resolved(_orgs(text), "云南省")}
    assert (named["省委"].name, named["省政府"].name) == ("云南省委", "云南省人民政府")
    assert named["市委"].name == "市委"  # which city's, the text does not say
    in_beijing = {o.mention: o for o in organizations.resolved(_orgs("市委、市人大常委会部署。"), "北京市")}
    assert (in_beijing["市委"].name, in_beijing["市委"].level) == ("北京市委", "provincial")
    assert organizations.resolved(_orgs(text), "")[0].name == "省委"  # a text about no one province


def test_a_body_named_by_its_level_keeps_its_full_name_before_its_office_and_a_provinces_court_is_its_high_court():
    named = {o.mention: o.name for o in organizations.resolved(_orgs("省政府办公厅、省检察院第八检察部、省法院负责人说。"), "浙江省")}
    assert named["省政府办公厅"] == "浙江省人民政府办公厅"
    assert named["省检察院第八检察部"] == "浙江省人民检察院第八检察部"
    assert named["省法院"] == "浙江省高级人民法院"
    in_city = {o.mention: o.name for o in organizations.resolved(_orgs("市法院受理案件。"), "北京市")}
    assert in_city["市法院"] == "北京市高级人民法院"  # a municipality's court is a province's
    in_city = {o.mention: o.name for o in organizations.resolved(_orgs("市卫生健康委员会主任说。"), "北京市")}
    assert in_city["市卫生健康委员会"] == "北京市卫生健康委员会"  # a name in full already: nothing to expand


@pytest.mark.parametrize("text, office", [
    ("省人社厅就业促进和失业保险处处长李四说", "省人社厅就业促进和失业保险处"),  # 和 between two of its fields
    ("广东省商务厅对外投资和经济合作处处长说", "广东省商务厅对外投资和经济合作处"),  # 对 opens 对外
    ("苏州中院民二庭受理纠纷86件", "苏州中院民二庭"), ("苏州中院金融审判庭审结50件", "苏州中院金融审判庭"),
    ("市检察院第八检察部办理案件30件", "市检察院第八检察部"),
])
def test_an_office_of_a_body_by_a_longer_name_a_courts_division_and_a_procuratorates_department(text, office):
    assert office in _found(text)


@pytest.mark.parametrize("text, body", [
    ("生态环境部副部长翟青和生态环境监测司司长介绍", "生态环境部"),  # two people, not an office named 副部长翟青和…司
    ("国家统计局总经济师盛来运和城市司司长出席", "国家统计局"),
    ("市公安局对企业和个人开展检查", "市公安局"),  # 对 a preposition
    ("区法院依法开庭审理32件", "区法院"), ("法院家庭纠纷调解率90%", "法院"),
    ("区人社局领导和劳动监察大队负责人走访企业", "区人社局"),  # a leader and an office, no office of both
])
def test_no_office_runs_over_people_prepositions_or_a_courts_hearing(text, body):
    assert body in _found(text) and not any(m.startswith(body) and m != body for m in _found(text))


def test_the_xinjiang_production_and_construction_corps_is_a_provincial_body():
    found = _found("31个省份和新疆生产建设兵团开展集采。")
    assert (found["新疆生产建设兵团"].type, found["新疆生产建设兵团"].level) == ("local_government", "provincial")


@pytest.mark.parametrize("text, mentioned", [
    ("从修订《中国共产党问责条例》做起。", set()),  # the title's own name
    ("学习《联合国气候变化框架公约》。", set()),
    ("根据《中共云南省委关于制定规划的建议》，", {"中共云南省委"}),  # the issuer
    ("印发《中共中央 国务院关于深化改革的意见》。", {"中共中央", "国务院"}),  # co-issuers
    ("印发《国务院办公厅、财政部关于加强管理的通知》。", {"国务院办公厅", "财政部"}),
    ("出台《关于支持浙江大学加快发展的若干措施》。", {"浙江大学"}),  # what the document is about
    ("据《人民日报》报道，", {"人民日报"}),  # the title is the body's name
    ("印发《国家发展改革委等部门关于推动发展的通知》。", {"国家发展改革委"}),  # an issuer with others
    ("《国务院办公厅转发国家发展改革委关于意见的通知》", {"国务院办公厅", "国家发展改革委"}),
    ("《国务院2026年立法工作计划》", {"国务院"}),  # the author of a plan, not a rule
    ("《国务院关于修改规定的规定》", {"国务院"}),  # the issuer of a rule
])
def test_a_body_that_opens_the_title_of_a_rule_named_after_it_is_part_of_the_title(text, mentioned):
    assert set(_found(text)) == mentioned


def test_a_former_site_is_no_mention_of_the_body():
    assert "小榄医院" not in " ".join(_found("把屯门小榄医院旧址重新发展。"))
    assert "小榄医院" in " ".join(_found("扩建小榄医院。"))


@pytest.mark.parametrize("text, body", [
    ("阿根廷外交部发表声明。", "阿根廷外交部"),  # not China's 外交部
    ("据英国国家统计局数据，英国经济增长0.1%。", "英国国家统计局"),  # not China's 国家统计局
    ("日本政府宣布新的措施。", "日本政府"),
    ("柬埔寨旅游部大臣胡海表示，新机场有助于吸引游客。", "柬埔寨旅游部"),  # named as China's organs are: a field + 部
    ("柬埔寨民航局预计，年旅客吞吐量将达5000万人次。", "柬埔寨民航局"),
    ("印度尼西亚海洋与渔业部宣布禁令。", "印度尼西亚海洋与渔业部"),
    ("美国教育部宣布新规。", "美国教育部"),  # a common word, and an organ China has too
    ("根据匈牙利外交与对外经济部公布的信息，", "匈牙利外交与对外经济部"),  # 对 inside 对外经济, no function word
])
def test_a_body_of_a_state_abroad_is_one_foreign_body(text, body):
    found = _found(text)
    assert list(found) == [body] and (found[body].type, found[body].level) == ("foreign_government", "foreign")


@pytest.mark.parametrize("text", ["柬埔寨西北部地区降雨。", "美国经济陷入衰退局面。", "美国部署导弹。", "美国和欧盟委员会会谈。",
                                  "越南外交部门成立76周年。", "越南外交部长会议召开。",  # as 商务部门 and 农业部长会议 name no body
                                  "美国陷入僵局。", "美国大选结局。", "日本动漫爱好者俱乐部。", "日本游客涌入餐厅。", "美国公司设立研发部。"])
def test_a_country_before_a_part_a_situation_or_another_body_names_no_body_of_its_state(text):
    assert not [o for o in _orgs(text) if o.type == "foreign_government"]


def test_china_s_mission_abroad_is_no_body_of_the_host_state():
    assert not [o for o in _orgs("中国驻美国大使馆、驻大阪总领事馆发出提醒。") if o.type == "foreign_government"]



def test_ministries_of_earlier_reforms_are_found_and_followed_to_their_successors():
    text = "据劳动和社会保障部消息，卫生部、铁道部和国家环保总局联合部署。"
    in_2004 = _found(text, dt.date(2004, 10, 28))
    assert [in_2004[m].name for m in ("劳动和社会保障部", "卫生部", "铁道部", "国家环保总局")] == [
        "劳动和社会保障部", "卫生部", "铁道部", "国家环境保护总局"]
    in_2015 = _found(text, dt.date(2015, 1, 1))  # after 2008 and 2013, before 2018
    assert [in_2015[m].name for m in ("劳动和社会保障部", "卫生部", "国家环保总局")] == [
        "人力资源和社会保障部", "国家卫生和计划生育委员会", "环境保护部"]
    assert _found(text, dt.date(2020, 1, 1))["卫生部"].name == "国家卫生健康委员会"


def test_a_ministrys_name_inside_a_common_word_is_no_body():
    assert _found("做好人事部署工作。", dt.date(2006, 1, 1)) == {}


def test_a_short_ministry_name_after_a_body_is_its_department_and_a_ministry_still_acts_before_a_verb():
    found = _found("集团人事部统计，中国银行人事部通知，后勤部卫生部部署。", dt.date(2020, 1, 1))
    assert found.keys() == {"中国银行人事部"} and found["中国银行人事部"].type == "financial_soe"  # the bank's department
    found = _found("建设部分析指出，交通部分别安排资金，会同财政部、卫生部。", dt.date(2005, 1, 1))
    assert {"建设部", "交通部", "财政部", "卫生部"} <= found.keys()


@pytest.mark.parametrize("text, name", [
    ("（二〇一六年七月八日中国共产党天津市第十届委员会第九次全体会议通过）", "中国共产党天津市第十届委员会"),
    ("2016年7月8日中国共产党天津市第十届委员会第九次全体会议通过", "中国共产党天津市第十届委员会"),
])
def test_a_date_that_runs_into_a_name_is_no_part_of_it(text, name):
    assert name in _found(text)


def test_a_month_alone_is_no_date_before_a_name():
    assert "五月花公司" in _found("五月花公司发布年报。")


@pytest.mark.parametrize("text", ["缉捕电信网络诈骗集团重大头目和骨干。", "依法打掉一个跨境走私集团。", "摧毁贩毒集团3个。"])
def test_a_criminal_group_is_no_company(text):
    assert not [o for o in _orgs(text) if o.type == "company"]


def test_a_company_group_stays_one():
    assert _found("由山东高速集团承建。")["山东高速集团"].type == "company"


def test_a_congress_named_with_its_term_is_a_body_and_the_term_vouches_for_its_level():
    found = _found("省第十三届人民代表大会选举产生的代表，由省十四届人大常委会公告。")
    assert found["省第十三届人民代表大会"].level == "provincial"
    assert found["省十四届人大常委会"].type == "local_government"
    session = _found("全面落实省第十三届人民代表大会第四次会议通过的报告，在省十四届人大一次会议上。")
    assert not session  # the session a report was made at: a meeting, as the development set's annotators read it
    assert not any("\n" in m for m in _found("在广东省第十四届\n人民代表大会第四次会议上"))  # a term ends no line


def test_a_place_that_repeats_its_level_before_an_office_word_names_the_body():
    found = _found("近年来，郏县县委、县政府始终坚持项目为王。")
    assert found["郏县县委"].level == "county"


def test_a_stop_character_inside_a_place_name_does_not_cut_a_bodys_name():
    assert "成都市新冠肺炎疫情防控领导小组" in _found("成都市新冠肺炎疫情防控领导小组发布通告。")
    assert "大同市第一人民医院" in _found("他在大同市第一人民医院就诊。")


@pytest.mark.parametrize("place", ["安徽省", "新疆维吾尔自治区", "黔东南苗族侗族自治州"])
def test_a_long_name_keeps_the_place_it_opens_with_whole(place):
    name = f"{place}新能源汽车产业集群建设战略咨询委员会"
    assert name in _found(f"不仅组建了{name}，还成立了研究院。"), _found(f"不仅组建了{name}，还成立了研究院。")


@pytest.mark.parametrize("text, name", [("记者8日从福州机场边检站获悉，", "福州机场边检站"), ("福州出入境边防检查站表示，", "福州出入境边防检查站"),
                                        ("据上海边检总站统计，", "上海边检总站"), ("深圳罗湖口岸边检站民警介绍，", "深圳罗湖口岸边检站")])
def test_border_inspection_stations_are_state_bodies(text, name):
    assert _found(text)[name].type == "local_government"


@pytest.mark.parametrize("text, name", [("市疫情防控指挥部召开会议。", "市疫情防控指挥部"),
                                        ("杭州市城市大脑建设指挥部成立。", "杭州市城市大脑建设指挥部")])
def test_a_local_headquarters_is_a_body(text, name):
    assert _found(text)[name].type == "local_government"


@pytest.mark.parametrize("text, name", [
    ("其中北京协和医院12名。", "北京协和医院"),  # what a named body has, counted
    ("杭州银行42个、宁波银行38个。", "宁波银行"),
    ("鞍钢集团、本钢集团2家。", "本钢集团"),  # a list of names, counted
    ("中标供应商：浙江大华技术股份有限公司1家。", "浙江大华技术股份有限公司"),  # a full registered name
    ("北方导航公司今年研发投入达4.2亿元。", "北方导航公司"),  # a localizer of place opens the name
])
def test_a_named_body_before_a_count_stays_a_body(text, name):
    assert name in _found(text)


@pytest.mark.parametrize("name", ["哈尔滨工业大学（深圳）", "中国地质大学（武汉）", "北京师范大学（珠海）"])
def test_a_universitys_campus_in_another_city_is_named_with_the_city_in_brackets(name):
    assert name in _found(f"{name}今年招收本科生1200人。")


def test_a_city_in_the_province_of_a_universitys_one_campus_is_where_it_is_not_a_campus():
    found = _found("贵州省与北京大学（北京）、浙江大学（杭州）等12所高校签约。")
    assert "北京大学" in found and "浙江大学" in found


def test_a_verb_of_command_after_a_headquarters_word_names_none():
    assert not [o for o in _orgs("在县指挥部统一指挥部署下，各乡镇全力抢险。") if o.mention.endswith("指挥部")]


def test_a_dash_or_an_ellipsis_ends_a_bodys_name_to_the_left():
    assert "湖南长沙市比亚迪汽车有限公司" in _found("开年即满产——湖南长沙市比亚迪汽车有限公司总装车间产线上。")
    assert "中国建设银行" in _found("他说……中国建设银行将加大投入。")


def test_a_mediums_news_app_and_a_quoted_lab_are_bodies():
    assert _found("中国青年报客户端合肥6月30日电（记者 宁迪）")["中国青年报客户端"].type == "media"
    assert _found("支持奇瑞集团牵头建设“开阳实验室”，加强攻关。")["开阳实验室"].type == "other"
    assert not any("实验室" in m for m in _found("构建开放型汽车生态实验室体系，建设重点实验室。"))


def test_a_mediums_news_site_and_hong_kongs_district_councils_are_bodies():
    assert _found("据中国日报网报道，中国日报网站发布。")["中国日报网"].type == "media"
    hk = _found("香港特区政府拨款。香港经济向好。香港市民满意。黃大仙區議會通過撥款。")
    assert hk["黄大仙区议会"].level == "county"  # the text is read in simplified characters


def test_a_newspaper_that_credits_itself_at_the_head_of_a_line_is_a_medium():
    got = _found("时报讯 昨天，洽谈会在杭州召开。\n\u2003\u2003星报记者：今年有哪些新举措？\n本报讯 会议召开。\n"
                 "他对本报记者说。\n通报记者会的安排。\n各地上报消息：\n年报记者 \n每日甘肃网9月12日讯 据报道。\n本网讯 会议召开。\n")
    assert (got["时报"].type, got["星报"].type, got["每日甘肃网"].type) == ("media", "media", "media")
    assert not {"本报", "他对本报", "通报", "各地上报", "年报", "本网"} & set(got)


def test_the_medium_in_a_reporters_credit_after_a_dispatch_is_a_medium():
    got = _found("中新网北京3月26日电(中新财经记者 宋宇晟)“如果各位媒体朋友到国门口岸”。")
    assert got["中新财经"].type == "media"
    assert not set(_found("新华社北京3月26日电（记者 张三）会议召开。\n他说（本报记者 李四）。")) - {"新华社"}
    assert not set(_found("新华社北京3月26日电（实习记者 张三）会议召开。\n北京3月1日电（通讯员李四记者张三）")) - {"新华社"}
    assert not set(_found("本网北京3月9日电(特派记者 李旭丽 胡晓峰)日前，记者进行了专访。"))  # a special correspondent
    got = _found("据人民网消息：会议召开。\n全网讯 会议召开。")
    assert "人民网" in got and "全网" not in got and "据人民网" not in got


def test_a_reporters_credit_at_the_head_of_a_line_names_a_medium_whatever_its_name_ends_with():
    got = _found("会议召开。\n封面新闻记者滕晗 摄\n(中央社記者陳政偉台北13日電)主計總處發布統計。\n")
    assert got["封面新闻"].type == got["中央社"].type == "media"
    assert not set(_found("会议召开。\n今天记者从会上获悉，全市增产。\n日前记者了解到，会议召开。\n实习记者王五报道。\n"
                          "体育记者刘建宏报道，比赛结束。\n北京记者王伟报道，会议召开。\n"))  # a beat or a place names no medium


def test_a_news_app_and_the_paper_a_joint_credit_names_last_are_media():
    got = _found("新甘肃客户端讯(新甘肃·甘肃农民报记者 杨万明 文/图)6月20日，发布会在甘肃省广播电视总台举行。")
    assert got["新甘肃客户端"].type == got["甘肃农民报"].type == got["甘肃省广播电视总台"].type == "media"


def test_yu_joins_two_fields_inside_a_name_not_two_bodies():
    def names(text):
        return [o["mention"] for o in extract.extract_document(ingest.build("t", "t", "标题\n" + text, "utf-8", b""))["organizations"]]
    assert "中国科学院东莞材料科学与技术研究所" in names("中国科学院东莞材料科学与技术研究所建成投用。")
    assert "科技与产业融合创新协会" in names("成立科技与产业融合创新协会。")
    assert not [n for n in names("推动企业与研究院合作。") if "与" in n]


def test_a_verb_of_resuming_opens_no_name_but_stays_inside_one():
    assert not _found("文化和旅游部印发通知，即日起恢复全国旅行社经营入境团队旅游业务。").keys() - {"文化和旅游部"}
    assert "甘肃省地震灾后恢复重建领导小组" in _found("甘肃省地震灾后恢复重建领导小组召开会议。")


def test_a_travel_agency_is_named_by_more_than_its_place():
    got = _found("由珲春宇通国际旅行社、珲春国际旅行社、延边远东国际旅行社负责接待。")
    assert {got.get(n) and got[n].type for n in ("珲春宇通国际旅行社", "珲春国际旅行社", "延边远东国际旅行社")} == {"company"}
    assert not [n for n in _found("海南省旅行社接待游客100万人次，多家旅行社推出线路，即日起恢复全国旅行社经营。"
                                  "组团旅行社和地接旅行社签订合同。") if "旅行社" in n]


def test_a_companys_name_holds_the_place_of_its_branch_in_brackets():
    found = extract.extract_document(_doc("中策橡胶（天津）有限公司总经理助理介绍，华润电力(泰州)有限公司已接入16家热用户。"))
    assert [o["mention"] for o in found["organizations"]] == ["中策橡胶（天津）有限公司", "华润电力(泰州)有限公司"]


def test_a_bracketed_place_after_a_stop_a_whole_name_or_no_name_opens_no_longer_name():
    found = extract.extract_document(_doc("项目落户在（天津）有限公司集中的园区。该公司（天津）有限公司负责运营。"))
    assert not any("天津" in o["mention"] for o in found["organizations"])
    found = extract.extract_document(_doc("签约企业为美的集团（佛山）股份有限公司。"))
    assert [o["mention"] for o in found["organizations"]] == ["美的集团"]


def test_a_delegation_is_a_body_and_who_joins_or_leads_it_is_no_part_of_its_name():
    def names(text):
        return [o["mention"] for o in extract.extract_document(_doc("标题\n" + text))["organizations"]]
    assert names("毛丰美参加辽宁代表团审议政府工作报告。") == ["辽宁代表团"]
    assert names("澜湄合作中国秘书处欢迎湄公河国家代表团。") == ["湄公河国家代表团"]
    assert names("在第九届亚冬会上为中国体育代表团取得佳绩。") == ["中国体育代表团"]
    assert not [n for n in names("收官之年亲率中央代表团赴藏。率中央代表团出席大会。") if "率" in n]
    assert names("国防科工委组团参加第九届深圳高交会筹备领导小组会议。")[-1] == "第九届深圳高交会筹备领导小组"


@pytest.mark.parametrize("text, mention", [("中國網記者提問：今年情况如何？", "中国网"), ("据中国西藏网报道，西藏发展很快。", "中国西藏网"),
                                           ("光明网评论员文章。", "光明网")])
def test_central_news_websites_are_media(text, mention):
    assert _found(text)[mention].type == "media"


@pytest.mark.parametrize("text", ["中国网民规模达10亿。", "推进光明网格化管理。", "中国网络文明大会召开。"])
def test_a_websites_name_inside_a_longer_word_is_none(text):
    assert not [o for o in _orgs(text) if o.type == "media"]


def test_he_inside_a_name_that_opens_with_a_national_scope_joins_two_fields():
    assert "中国劳动和社会保障科学研究院" in _found("中国劳动和社会保障科学研究院研究员说，就业形势稳定。")


@pytest.mark.parametrize("text", ["推进中国企业和研究院合作。", "加强全国工商联和商会建设。"])
def test_he_between_two_bodies_or_things_joins_no_name(text):
    assert not [m for m in _found(text) if "和" in m]


@pytest.mark.parametrize("text, names", [
    ("在中国石化和中国石油天然气集团公司的支持下举办。", {"中国石化", "中国石油天然气集团公司"}),
    ("全国工商联和商会共同主办。", {"全国工商联"}),
    ("中国银行和银行业协会联合发布报告。", {"中国银行", "银行业协会"}),
])
def test_he_after_a_registered_body_or_before_a_national_name_joins_no_name(text, names):
    assert set(_found(text)) == names


def test_yanjiuhui_ends_an_associations_name():
    assert "中国城市规划研究会" in _found("中国城市规划研究会发布报告。")


@pytest.mark.parametrize("text, name", [("霍建国接受第一财经记者采访时表示。", "第一财经"), ("据澎湃新闻报道，销量增长。", "澎湃新闻"),
                                        ("大河报记者走访了工厂。", "大河报")])
def test_news_sources_of_the_national_list_are_media(text, name):
    assert _found(text)[name].type == "media"


def test_a_short_news_source_inside_a_longer_phrase_is_none():
    assert not [o for o in _orgs("浪潮新闻发言人表示，公司营收增长10%。长江上游新闻发布会召开。") if o.type == "media"]


def test_a_websites_dateline_names_it():
    assert _found("央广网讯 记者报道。")["央广网"].type == "media"


def test_a_bank_is_a_company_and_a_verb_before_a_place_is_no_part_of_a_name():
    found = _found("渣打银行经济学家表示，甘肃银行和运营甘肃农商银行的网点增加，巩固银行业优势，保持高风险银行机构清零。")
    assert {m: o.type for m, o in found.items()} == {"渣打银行": "company", "甘肃银行": "company", "甘肃农商银行": "company"}
    assert set(_found("各银行加大信贷投放，政策性银行和农商银行跟进。")) == set()  # kinds of bank


def test_a_body_named_again_by_three_of_its_characters_is_the_same_body():
    orgs = _orgs("台湾经济研究院25日公布预测。台经院提供的数据显示，出口减少4.36%。")
    assert [(o.mention, o.name) for o in orgs] == [("台湾经济研究院", "台湾经济研究院"), ("台经院", "台湾经济研究院")]
    assert [o.mention for o in _orgs("中共中央组织部印发通知，中央部署的任务。")] == ["中共中央组织部"]  # 中央|部署


def test_a_body_of_the_taiwan_authorities_is_named_by_its_field():
    found = _found("台湾当局经济事务主管部门近日公布的统计显示，工业生产指数下降9.88%。")
    assert (found["台湾当局经济事务主管部门"].type) == "other"


def test_the_states_name_before_a_central_organ_is_part_of_the_mention():
    found = _found("中国外交部发言人林剑16日主持例行记者会。")
    assert found["中国外交部"].name == "外交部"


def test_a_short_form_takes_the_first_characters_of_the_names_words():
    assert [o.mention for o in _orgs("中国人民银行发布数据。开展“美丽中国行”活动。")] == ["中国人民银行"]
    assert "全委会" not in [o.mention for o in _orgs("全国人大常委会审议。市委召开全委会。")]


def test_no_bank_of_a_kind_and_no_taiwan_body_across_a_conjunction():
    assert set(_found("引导辖区银行保险机构，全省股份制银行、合作银行、数字银行发展。")) == set()
    assert set(_found("推动台湾地区与大陆有关部门加强沟通。")) == set()


def test_a_survey_organization_of_the_statistics_bureau_in_a_province():
    assert [o.mention for o in _orgs("国家统计局山东调查总队发布数据。")] == ["国家统计局山东调查总队"]


def test_a_sampling_notice_names_the_business_that_sold_the_sample_and_the_body_that_tested_it():
    found = _found("(一)儋州那大万鑫农贸市场吴秀阁蔬菜摊销售的小白菜,检验项目啶虫脒不符合规定。检验机构为海南省食品检验检测中心。"
                   "(二)海口美兰陈记海鲜行销售的车螺不合格。检验机构为海南省食品药品检验所三亚分所、海口海关技术中心。")
    assert found["儋州那大万鑫农贸市场吴秀阁蔬菜摊"].type == found["海口美兰陈记海鲜行"].type == "company"
    assert found["海南省食品检验检测中心"].type == found["海南省食品药品检验所三亚分所"].type == "other"
    assert "海口海关技术中心" in found


@pytest.mark.parametrize("text", ["不得对过期食品进行销售的行为依法查处。", "运行销售的平台须备案。"])
def test_a_verb_that_holds_a_shops_ending_names_no_shop(text):
    assert _found(text) == {}


@pytest.mark.parametrize("text", ["鼓励第三方检测机构为小微企业提供检验检测服务。", "督促生产企业为职工缴纳社会保险。",
                                  "本次抽检的生产企业为食品安全第一责任人。", "生产企业自行销售的产品须标注。",
                                  "对新招录人员进行职工岗前培训。", "项目执行负责人张三签字。"])
def test_a_label_inside_a_clause_or_a_word_that_holds_a_shops_ending_names_no_body(text):
    assert _found(text) == {}


def test_a_label_in_a_table_row_names_the_body_without_the_cell_mark():
    found = _found("被抽样单位：海南某某超市 | 标称生产企业：海南某某食品有限公司 |")
    assert "海南某某食品有限公司" in found and not any("|" in m or m != m.strip() for m in found)


def test_a_places_academy_is_its_own_body_not_the_national_academy():
    from helpers.extract import organizations, places
    for text, name in [("浙江省社科院专家表示。", "浙江省社科院"), ("河南省农科院培育新品种。", "河南省农科院"),
                       ("中国社科院发布报告。", "中国社会科学院")]:
        found = organizations.find(text, 0, len(text), places.find(text), None)
        assert [o.name for o in found] == [name]


def test_a_name_a_text_gives_a_body_by_its_shape_names_it_again_where_nothing_shows_its_shape():
    text = "鑫源汽车、庆铃汽车等车企纷纷进入。今年5月，鑫源汽车销量突破1500辆。"
    assert [o.start for o in _orgs(text) if o.mention == "鑫源汽车"] == [0, text.rindex("鑫源汽车")]
    assert [o.mention for o in _orgs("华为公司发布新品。华为公司法务部回应。")] == ["华为公司", "华为公司法务部"]  # its department
    assert "长安汽车" not in [o.mention for o in _orgs("长安汽车站今天开通。")]  # no body named so first
    station = "鑫源汽车、庆铃汽车等车企纷纷进入。市民可在鑫源汽车站乘车。"
    assert [o.mention for o in _orgs(station)].count("鑫源汽车") == 1  # 汽车站 is a word of its own
    assert [o.mention for o in _orgs("中国银行发布报告。中国银行业整体运行稳健。")] == ["中国银行"]


def test_a_townships_agricultural_extension_station_by_its_full_name():
    assert _found("嘎什根乡农业技术推广站站长说。")["嘎什根乡农业技术推广站"].level == "township"


@pytest.mark.parametrize("text, name", [("南宁市气象台发布暴雨预警。", "南宁市气象台"), ("县气象站观测，", "县气象站"),
                                        ("马山县国家基本气象站监测显示，", "马山县国家基本气象站"), ("省水文站数据显示，", "省水文站")])
def test_weather_and_hydrological_stations_of_a_place_are_bodies(text, name):
    assert _found(text)[name].type == "other"


def test_a_ministrys_department_named_by_its_heads_title_is_the_ministrys_named_before():
    text = "在生态环境部召开的新闻发布会上，生态环境监测司司长柏仇勇介绍，该公司负责人说。"
    found = _found(text)
    assert found["生态环境监测司"].name == "生态环境部生态环境监测司" and found["生态环境监测司"].level == "central"
    assert not any(m.endswith("公司") for m in found)  # 公司负责人: no department
    joined = _found("国家发展改革委就业收入分配和消费司司长哈增友表示，")
    assert joined["国家发展改革委就业收入分配和消费司"].name == "国家发展和改革委员会就业收入分配和消费司"  # 和 joins its fields
    assert "生态环境监测司" in _found("会上，生态环境部副部长翟青和生态环境监测司司长柏仇勇介绍")  # not 副部长翟青和…
    assert not [m for m in _found("国家统计局总经济师盛来运和城市司司长王萍萍出席。") if m.endswith("司")]  # an officer's words
    together = _found("财政部、国家税务总局联合发布公告。税政司司长王建凡介绍。")
    assert together["税政司"].name == "税政司"  # under two ministries named together, whose it is goes unsaid
    trade = _found("商务部电子商务司司长李明说。对外贸易司司长王强介绍。")
    assert trade["对外贸易司"].name == "商务部对外贸易司"  # 对 opens its name; the department before names its ministry
    assert _found("国家统计局新闻发言人、国民经济综合统计司司长付凌晖表示")["国民经济综合统计司"].type == "state_council_agency"


def test_a_department_whose_name_joins_two_fields_is_named_whole_after_a_comma():
    found = _found("应急管理部新闻发言人周立峰，风险监测和综合减灾司司长陈广庆，救灾和物资保障司副司长李明出席。")
    assert found["风险监测和综合减灾司"].name == "应急管理部风险监测和综合减灾司"  # not 综合减灾司 alone
    assert found["救灾和物资保障司"].name == "应急管理部救灾和物资保障司"
    assert "人口监测与家庭发展司" in _found("我们请来了人口监测与家庭发展司司长杨金瑞。")  # words about it, not its name
    assert not [m for m in _found("研究室和政策法规司司长出席。") if "研究室和" in m]  # two bodies
    assert "风险监测和综合减灾司" in _found("据了解，现任风险监测和综合减灾司司长陈广庆到任。")  # not 现任…
    assert "职业教育与成人教育司" in _found("会议期间，出席职业教育与成人教育司司长座谈会的代表超过100人。")


@pytest.mark.parametrize("mention", ["中国民用航空中南地区管理局", "民航华东地区管理局", "民航新疆局"])
def test_civil_aviations_regional_administrations_are_registered(mention):
    assert _found(f"{mention}发布数据。")[mention].type == "state_council_agency"


def test_supply_and_marketing_cooperatives_by_level_and_the_national_one_by_name():
    assert _found("市供销社帮助村里销售。")["市供销社"].type == "other"
    assert _found("山东省供销合作社发布通知。")["山东省供销合作社"].level == "provincial"
    assert _found("全国供销合作总社发布数据。")["全国供销合作总社"].name == "中华全国供销合作总社"


def test_international_bodies_by_their_latin_acronyms_standing_apart():
    from helpers.extract import organizations, places
    def names(text):
        return [o.name for o in organizations.find(text, 0, len(text), places.find(text), None)]
    assert names("据WTO统计，全球贸易增长5%。") == ["世界贸易组织"]
    assert names("AMRO的报告认为增长4.5%。") == ["东盟与中日韩宏观经济研究办公室"]
    assert names("NATO成员国增至32个。") == ["北大西洋公约组织"]
    assert names("该村位于县城西北约15公里处。") == []  # 北约 is no alias: it stands in 西北约
    assert names("WHOLE FOODS的销售额增长5%。") == []  # WHO inside a word


def test_a_townships_or_countys_stations_and_offices_are_local_bodies():
    from helpers.extract import organizations, places
    for text, mention in [("县农经站统计，全县17个村集体收入超10万元。", "县农经站"), ("镇司法所调解纠纷12件。", "镇司法所"),
                          ("乡文化站举办活动10场。", "乡文化站")]:
        found = organizations.find(text, 0, len(text), places.find(text), None)
        assert [(o.mention, o.type) for o in found] == [(mention, "local_government")], text


def test_buying_into_or_running_a_cooperative_names_no_cooperative():
    from helpers.extract import organizations, places
    def names(text):
        return [o.name for o in organizations.find(text, 0, len(text), places.find(text), None)]
    assert names("以资金入股的方式入股合作社。") == []
    assert names("推广党支部领办合作社模式。") == []
    assert names("我们考虑到合作社的发展。") == []
    assert names("加入张庄农民专业合作社。") == ["张庄农民专业合作社"]


def test_a_join_that_jieba_reads_inside_a_name_joins_nothing():
    from helpers.extract import organizations, places
    def names(text):
        return [o.name for o in organizations.find(text, 0, len(text), places.find(text), None)]
    assert names("北京协和医院呼吸科主任介绍。") == ["北京协和医院"]
    assert names("学校和医院建设。") == []  # 和 joins two nouns
    assert names("坚持以公益性为导向深化公立医院改革。") == []  # 向 ends what comes before it


def test_no_merged_bodies_across_a_join_jieba_guesses_into_a_word_and_no_acronym_in_a_code():
    from helpers.extract import organizations, places
    def names(text):
        return [o.name for o in organizations.find(text, 0, len(text), places.find(text), None)]
    assert "县卫健委及人民医院" not in names("县卫健委及人民医院共派出医生50人。")
    assert names("型号为WHO-2000的设备。") == [] and names("该村位于县城西北约15公里处。") == []


def test_a_counts_measure_word_opens_no_townships_name():
    from helpers.extract import organizations, places
    for text in ["全县12个乡镇文化站开展活动。", "全县15个乡镇派出所参加。"]:
        assert [o.mention for o in organizations.find(text, 0, len(text), places.find(text), None)] == [], text


def test_a_state_abroads_ministry_named_by_its_ministers_title_and_japans_ministries():
    found = _found("美国商务部长罗斯5日表示，美国出口增长。日本财务省公布，日本贸易逆差扩大。")
    assert found["美国商务部"].type == organizations.FOREIGN_TYPE
    assert found["日本财务省"].type == organizations.FOREIGN_TYPE
    assert list(_found("日本外务大臣表示，越南外交部长裴青山出席。")) == ["越南外交部"]  # 外务大臣 is a title alone
    assert "越南广宁省" not in _found("越南广宁省经济增长。")  # a province of a state abroad is no ministry


def test_a_regions_body_in_a_release_on_visitors_from_another_region():
    text = ("根據統計暨普查局資料顯示，澳門入境旅客增加35.4%。中國大陸旅客上升，香港旅客上升15.4%，香港及中國台灣旅客則分別佔28.0%及8.3%。"
            "上述旅客為澳門三大客源。香港及中國台灣旅客亦分別佔30.7%及7.6%，經外港碼頭入境旅客中香港旅客佔60.7%。"
            "經陸路入境旅客以中國大陸、香港及中國台灣旅客為主。")
    found = _found(text)
    assert found["统计暨普查局"].region == "澳门特别行政区"


def test_a_tourism_development_commission_of_before_2018_is_a_local_organ():
    assert _found("靖西县旅发委副主任黄桂红介绍，全县接待游客6.16万人次。")["靖西县旅发委"].type == "local_government"


def test_central_banks_abroad_named_without_an_organ_word_are_their_states_bodies():
    found = _found("美联储开启加息周期。加拿大银行(加拿大央行)宣布加息。美国银行发布报告。")
    assert (found["美联储"].name, found["美联储"].type, found["美联储"].region) == ("美国联邦储备委员会", "foreign_government", "美国")
    assert (found["加拿大银行"].type, found["加拿大银行"].region) == ("foreign_government", "加拿大")
    assert "美国银行" not in found or found["美国银行"].type != "foreign_government"  # Bank of America is no central bank


def test_a_party_groups_secretary_titles_the_head_of_the_body_itself():
    found = _found("财政部党组书记、部长蓝佛安介绍情况。天津市农业农村委党组成员、副主任李明出席。财政部党组召开会议。")
    assert "财政部" in found and "天津市农业农村委" in found  # the ministry and the bureau their heads lead
    assert "财政部党组" in found  # the party group itself, where it acts


def test_a_company_a_demonstrative_opens_is_described_not_named():
    found = _found("该望远镜生产公司已有80余名工人，本田公司也来了。")
    assert "该望远镜生产公司" not in found and "本田公司" in found


def test_the_agricultural_development_and_civilisation_offices_are_local_bodies():
    found = _found("嘉陵区农业综合开发办负责人说，县文明办和区农开办都来了。")
    assert {"嘉陵区农业综合开发办", "县文明办", "区农开办"} <= set(found)


def test_a_custom_that_reads_like_an_office_is_none_and_a_body_its_holder_describes_is_kept():
    found = _found("婚事新办、文明办丧成为新风。其控股子公司深圳市华强实业有限公司去年盈利。")
    assert "文明办" not in found and any("深圳市华强实业有限公司" in m for m in found)


def test_a_name_that_opens_with_a_place_keeps_the_places_first_character():
    found = _found("3月23日，在横山区赵石畔镇杜羊圈村经济合作社内，人头攒动。临汾分别入选国家公立医院改革示范。")
    assert "横山区赵石畔镇杜羊圈村经济合作社" in found and not any(m.startswith("山区") for m in found)


def test_a_school_a_township_hospital_or_a_museum_is_named_by_a_place_a_proper_name_or_an_ordinal():
    found = [o.mention for o in _orgs("他2023年开始到余江区第五小学跟岗学习，后来走进远安县河口乡小学支教。")]
    assert found == ["余江区第五小学", "远安县河口乡小学"]  # from after the verbs the shape ran back into
    assert _found("参观秦岭博物馆。")["秦岭博物馆"].type == "other"
    assert _orgs("新建普惠性幼儿园12所，改扩建城乡中小学30所。") == []  # kinds, not names
    assert _orgs("村卫生室实现与乡镇卫生院联网。") == []  # a clause before the ending, no name
    assert _orgs("她每个月都要到镇卫生院开药，医共体覆盖乡镇卫生院96个。") == []  # a verb before the town word names none
    assert [o.mention for o in _orgs("前进镇卫生院、南塘镇卫生院开诊。")] == ["前进镇卫生院", "南塘镇卫生院"]
    towns = "望牛墩镇人民政府介绍，出头岭镇政府介绍，站前街道办事处完成改造，隔蒲潭镇党委部署。"  # jieba: 望|牛墩, 出头|岭, 站|前
    assert [o.mention for o in _orgs(towns)] == ["望牛墩镇人民政府", "出头岭镇政府", "站前街道办事处", "隔蒲潭镇党委"]
    assert _orgs("考取香港中學文憑的学生增加。") == []  # 中学文凭: a diploma


def test_a_bureaus_offices_are_read_office_by_office_down_to_a_police_station():
    found = _found("记者从成都市公安局成华区分局青龙派出所获悉，民警调解了纠纷。")
    assert "成都市公安局成华区分局青龙派出所" in found


def test_a_police_brigade_is_an_office_of_its_bureau():
    found = _found("市公安局交警支队民警在路口执勤，县公安局治安管理大队查处2起。")
    assert "市公安局交警支队" in found and "县公安局治安管理大队" in found


def test_an_office_ending_inside_a_verb_ends_no_office():
    found = _found("省公安厅经侦总队查处案件3起。")
    assert not any(m.endswith("查处") for m in found)


@pytest.mark.parametrize("text, body", [
    ("市消防救援支队迅速集中队伍赶赴现场。", "市消防救援支队"),  # 集中队伍: a team, no 中队
    ("县委宣传部着力打造一支队伍。", "县委宣传部"),
    ("市公安局刑侦支队支队长王某到派出所检查工作。", "市公安局刑侦支队"),  # a head's title ends the offices
    ("市人社局就业处处长介绍情况。", "市人社局就业处"),  # jieba tags 就业处 a verb: an office all the same
    ("县政府研究所需资金。", "县政府"),  # 研究|所需, no 研究所
    ("市自然资源局派出所属执法人员。", "市自然资源局"),  # 派出|所属, no 派出所
])
def test_offices_stop_where_a_team_a_title_or_a_verb_phrase_begins(text, body):
    assert sorted(_found(text)) == [body]


def test_the_financial_regulators_offices_are_named_by_their_place_and_level():
    found = _found("国家金融监督管理总局浙江监管局数据显示，宁波监管分局和陕西省洋县金融监管支局发放贷款30万元。")
    assert {"国家金融监督管理总局浙江监管局", "宁波监管分局", "陕西省洋县金融监管支局"} <= set(found)


@pytest.mark.parametrize("text,kept", [
    ("全年新增三级医院7家。", []),                      # a grade of hospitals, counted
    ("全省设置哨点医院98家。", []),                    # their part in a network
    ("紧急调派省人民医院等医疗队52支。", ["省人民医院"]),  # the verb that sends them is no part of the name
    ("两年来公司累计完成投资10亿元。", []),
])
def test_a_work_summarys_counts_and_dispatches_name_no_body(text, kept):
    assert [o.mention for o in _orgs(text)] == kept


def test_standing_coordinating_bodies_and_special_courts_are_local_organs():
    found = _found("省防汛抗旱指挥部先后12次启动应急响应。省安委办、九江市安委会、市减灾委、县防汛办联合检查。"
                   "兰州铁路运输中级法院和甘肃矿区人民法院审结案件。")
    assert {"省防汛抗旱指挥部", "省安委办", "九江市安委会", "市减灾委", "县防汛办", "兰州铁路运输中级法院",
            "甘肃矿区人民法院"} <= set(found)
    assert found["九江市安委会"].level == "prefecture"


def test_a_short_name_the_text_defines_names_the_body_again_over_a_shorter_registered_name():
    found = _orgs("湖南湘芯动力科技股份有限公司（以下简称“湘芯动力”）成立于2009年，旗下拥有湖南湘芯电驱系统有限公司。"
                  "湘芯动力延续增长势头。中远海运集装箱运输有限公司（以下简称中远海运集运）运营，中远海运集运投入9艘船。")
    names = [(o.mention, o.name) for o in found]
    assert names.count(("湘芯动力", "湖南湘芯动力科技股份有限公司")) == 2
    assert names.count(("中远海运集运", "中远海运集装箱运输有限公司")) == 2
    assert ("湖南湘芯电驱系统有限公司", "湖南湘芯电驱系统有限公司") in names  # 旗下拥有 is no part of a name
    assert not any(m == "中远海运" for m, _ in names)


def test_a_two_character_short_name_the_text_defines_from_the_name_names_the_body_again():
    found = _orgs("记者从水利部海河水利委员会（以下简称“海委”）获悉，全线通水。海委副主任王立军说，海委正会同生态环境部编制规划。"
                  "中铁十八局集团有限公司（以下简称“集团”）表示，集团投资增长。")
    names = [(o.mention, o.name) for o in found]
    assert names.count(("海委", "水利部海河水利委员会")) == 3  # the definition's own mention too
    assert not any(m == "集团" for m, _ in names)  # a common word the text calls it by names no body
    found = _orgs("宁德时代新能源科技股份有限公司（以下简称“宁德”）发布年报。宁德市工业和信息化局表示，产值增长20%。")
    assert not any(o.mention == "宁德" for o in found)  # a place's name, no short name of the company
    found = _orgs("华润（集团）有限公司（以下简称“华润”）发布年报。华润董事长王祥明说，华润将加大投资。")
    assert sum(o.mention == "华润" for o in found) >= 2  # a company's own short name, though jieba knows the word


def test_a_short_name_defined_before_a_listed_company_s_stock_code_names_it_again():
    def named(text: str, short: str, full: str) -> int:
        return [(o.mention, o.name) for o in _orgs(text)].count((short, full))

    assert named("安徽远航动力电池股份有限公司（下称“远航电池”，300937.SZ）披露年报。远航电池营收下降。",
                 "远航电池", "安徽远航动力电池股份有限公司") == 2
    assert named("山东鲁丰化工集团股份有限公司（简称“鲁丰化工”，股票代码：600722）净利润下降，鲁丰化工拟派现。",
                 "鲁丰化工", "山东鲁丰化工集团股份有限公司") == 2
    assert named("广东粤海智能装备股份有限公司（粤海智装，002986.SZ）是龙头。粤海智装拟派发红利。",
                 "粤海智装", "广东粤海智能装备股份有限公司") == 2  # no verb: the form alone
    found = _orgs("宁德时代新能源科技股份有限公司（新能源电池龙头，300750.SZ）发布公告。新能源电池龙头地位稳固。")
    assert not any(o.mention == "新能源电池龙头" for o in found)  # a description, no short name drawn from the name


def test_a_type_word_after_a_word_for_a_kind_of_leading_body_is_no_name():
    found = _found("三个赛道的代表公司集中披露年报。链主企业和代表性企业、标杆公司、领军企业加快发展，华为公司发布新品。")
    assert set(found) == {"华为公司"}
    found = _found("链主企业安徽华菱汽车有限公司今年产值增长20%，龙头企业浙江正泰电器股份有限公司增长5%。")
    assert set(found) == {"安徽华菱汽车有限公司", "浙江正泰电器股份有限公司"}  # the class word before a name is cut off
    assert "带动合作社" not in _found("龙头企业带动合作社320家，户均增收5000元。")  # a verb after the class word names nothing


def test_a_latin_acronym_in_brackets_after_a_body_names_it_again():
    found = _orgs("印尼中国高速铁路有限公司（KCIC）16日发布的数据显示，开行列车1.9万列。KCIC总经理介绍，据KCIC统计，"
                  "游客占比约7%。项目（试行）方案（PPP）公布。")
    names = [(o.mention, o.name) for o in found]
    assert names.count(("KCIC", "印尼中国高速铁路有限公司")) == 3
    assert not any(m == "PPP" for m, _ in names)  # after no body


def test_government_debt_and_government_funds_are_no_body():
    found = _found("截至2025年底，全市政府债务余额2168.3亿元，市政府性基金预算收入下降。市政府召开会议。")
    assert set(found) == {"市政府"}


def test_the_central_environmental_inspection_teams_are_a_central_body():
    found = _found("第三轮第一批5个中央生态环境保护督察组分别对福建等5个省开展督察进驻。")
    assert found["中央生态环境保护督察组"].level == "central"


def test_a_short_name_defined_after_a_list_names_the_list_not_its_last_body():
    found = _orgs("国家发展改革委、财政部（以下简称“两部门”）印发通知。两部门明确，今年安排资金3000亿元。")
    assert [o.mention for o in found] == ["国家发展改革委", "财政部"]


def test_bodies_joined_by_he_each_defined_keep_their_own_short_names():
    found = _orgs("记者从广州港集团有限公司（以下简称“广州港集团”）和广州白云国际机场股份有限公司（以下简称“白云机场”）获悉。"
                  "据白云机场统计，国际旅客吞吐量达1038.6万人次。")
    assert [(o.mention, o.name) for o in found][-2:] == [("白云机场", "广州白云国际机场股份有限公司")] * 2
    joint = _orgs("上海证券交易所、深圳证券交易所（以下简称“沪深交易所”）发布通知。沪深交易所表示，将加强监管。")
    assert [o.mention for o in joint] == ["上海证券交易所", "深圳证券交易所"]  # the list's name, drawn from both: no one's
    coded = _orgs("中国工商银行（601398.SH）、中国建设银行（以下简称“两家银行”）发布年报。两家银行理财收益率2.8%。")
    assert [o.mention for o in coded] == ["中国工商银行", "中国建设银行"]  # a stock code defines no short name


def test_a_university_goes_on_into_its_own_units():
    found = _found("江苏大学流体机械工程技术研究中心主任王明说。江苏大学党委书记表示。清华大学教授张三说，北京大学学生参加活动。")
    assert {"江苏大学流体机械工程技术研究中心", "江苏大学党委", "清华大学", "北京大学"} == set(found)


def test_numbered_courts_court_short_names_and_arbitration_bodies_are_local_organs():
    found = _found("东莞中院副院长林志强介绍，东莞市第一人民法院、第二人民法院共审结案件。市劳动人事争议仲裁院受理案件。"
                   "北京市第一中级人民法院审理。法院判决公司支付工资，冻结公司账户112万元。")
    assert {"东莞中院", "东莞市第一人民法院", "第二人民法院", "市劳动人事争议仲裁院", "北京市第一中级人民法院"} <= set(found)
    assert found["东莞中院"].name == "东莞市中级人民法院"
    assert not any(m.endswith("公司") for m in found)  # 判决, 冻结 open no company's name


def test_a_universitys_unit_is_named_by_nouns_and_its_hospitals_by_their_own_names():
    found = _found("南京大学毕业生到县级融媒体中心就业。浙江大学专家团队走进淳安县中医院。北京大学口腔医院三亚医院开诊。")
    assert {"南京大学", "浙江大学", "淳安县中医院", "北京大学口腔医院三亚医院"} <= set(found)
    assert not any("毕业生" in m or "走进" in m for m in found)


def test_a_universitys_unit_may_hold_any_word_but_its_people():
    found = _found("北京大学京津冀生物医学前沿创新中心成立。浙江大学专家团队走进淳安县中医院。")
    assert {"北京大学京津冀生物医学前沿创新中心", "浙江大学", "淳安县中医院"} <= set(found)


def test_the_states_coordinating_headquarters_and_a_provinces_flood_headquarters_are_bodies():
    found = _found("国家防总启动防汛四级应急响应，江西省防汛抗旱总指挥部派出工作组，国家减灾委办公室通报。")
    assert found["国家防总"].name == "国家防汛抗旱总指挥部" and found["江西省防汛抗旱总指挥部"].level == "provincial"



def test_a_county_team_of_the_volunteer_rescue_network_is_a_body():
    found = _found("修水县蓝天救援队12名队员驾驶4艘冲锋舟往返20余趟。")
    assert found["修水县蓝天救援队"].type == "other"


def test_a_citys_metro_and_investment_platform_companies_are_state_owned():
    found = _found("郑州地铁集团有限公司表示，郑州地铁集团运营分公司已就位。长沙市城市建设投资集团有限公司和比亚迪股份有限公司签约。"
                   "省国资运营集团出资。浙江长城投资有限公司成立。北京地铁族文化传媒有限公司开业。")
    assert {n: o.type for n, o in found.items()} == {"郑州地铁集团有限公司": "soe", "郑州地铁集团运营分公司": "soe",
                                                   "长沙市城市建设投资集团有限公司": "soe", "比亚迪股份有限公司": "company",
                                                   "省国资运营集团": "soe", "浙江长城投资有限公司": "company",
                                                   "北京地铁族文化传媒有限公司": "company"}  # 长城|投资, 地铁|族: no trade


def test_a_states_name_before_an_association_or_a_public_corporation_makes_a_name():
    found = _found("韩国贸易协会数据显示，中韩贸易额增长。韩国观光公社发布的统计显示。日本汽车工业协会表示。"
                   "上世纪五十年代的人民公社化运动。全国人民公社数量达2.6万个。法国巴黎公社是第一个无产阶级政权。")
    assert set(found) == {"韩国贸易协会", "韩国观光公社", "日本汽车工业协会"}  # not 人民公社, a kind; nor 巴黎公社, an event


def test_chinas_diplomatic_missions_abroad_are_the_foreign_ministrys_bodies_by_their_full_names():
    found = _found("中国驻哈萨克斯坦大使馆经济商务处参赞说，驻泰国使馆经商处称，中国驻大阪总领事馆表示。美国驻华大使馆称。")
    assert found["中国驻哈萨克斯坦大使馆经济商务处"].name == "中华人民共和国驻哈萨克斯坦大使馆经济商务处"
    assert (found["驻泰国使馆经商处"].type, found["中国驻大阪总领事馆"].level) == ("state_council_ministry", "central")
    assert found["美国驻华大使馆"].type == "foreign_government"  # a state abroad's mission here stays its own
    assert not [o for o in _found("美国驻以色列大使馆迁至耶路撒冷。").values() if o.name.startswith("中华人民共和国")]


def test_the_central_organs_newspapers_are_media_and_their_words_in_other_words_are_none():
    found = _found("据中国环境报报道，检察日报记者获悉，人民日报海外版刊文，健康报记者采访。")
    assert {m: o.type for m, o in found.items()} == {"中国环境报": "media", "检察日报": "media", "人民日报海外版": "media", "健康报": "media"}
    assert not _found("发布国民健康报告，中国旅游报告显示。")  # 健康报|告: a report, no paper


def test_offices_of_one_kind_listed_together_leave_their_joint_figure_to_their_body_and_others_stay_offices():
    found = _found("国家卫生健康委医政司和疾控局负责人介绍。区人社局劳动监察大队和住建局联合开展检查。")
    assert "国家卫生健康委医政司" in found and "区人社局劳动监察大队" in found  # another kind of office, or a body
    assert "区法院" in _found("区法院刑事审判庭和民事审判庭全年共审结案件3200件。")


def test_a_company_whose_trade_name_opens_with_a_great_river_is_named_again_by_it():
    text = "在长江存储科技有限责任公司的展位前排起长队。此次长江存储带来岗位120个。"
    found = [o for o in organizations.find(text, 0, len(text), places.find(text, 0, len(text)), None)]
    assert [(o.mention, o.name) for o in found if o.mention != o.name] == [("长江存储", "长江存储科技有限责任公司")]
    text = "省文化和旅游厅与黄河文化旅游发展有限公司签订协议。黄河文化旅游带接待游客1.2亿人次，黄河文化保护传承加快推进。"
    found = [o for o in organizations.find(text, 0, len(text), places.find(text, 0, len(text)), None)]
    assert all(o.mention == o.name for o in found)  # 黄河|文化: a common noun goes on the river's phrase


def test_the_youth_leagues_local_committees_are_its_bodies_not_the_partys():
    found = _found("共青团湖北省委副书记刘佳说。团县委组织志愿者120人。某集团市委书记到访。中共云南省委召开会议。")
    assert {(o.mention, o.type, o.level) for o in found.values()} == {
        ("共青团湖北省委", "other", "provincial"), ("团县委", "other", "county"), ("市委", "local_government", "prefecture"),
        ("中共云南省委", "local_government", "provincial")}


def test_a_conjunction_right_after_a_registered_body_joins_two_bodies_not_two_fields():
    found = _found("宁德时代与德布勒森大学合作开设课程。北京科技大学材料科学与工程学院发布通知。")
    assert {o.mention for o in found.values()} == {"宁德时代", "德布勒森大学", "北京科技大学材料科学与工程学院"}


def test_a_verb_of_forecasting_or_finding_before_a_bodys_noun_names_no_body():
    found = _found("分析师表示，预计公司创新药收入全年有望达到65亿元。数据显示公司净利润增长。兴达公司开业。")
    assert {o.mention for o in found.values()} == {"兴达公司"}  # 预计|公司, 数据显示|公司: the text's own company


def test_a_clause_ending_in_a_verb_before_a_class_of_bodies_names_none():
    found = _found("目前，全市共有三级医院108家。一些群众反映大医院看病难。宁波明州停车管理有限公司成立。")
    assert {o.mention for o in found.values()} == {"宁波明州停车管理有限公司"}  # 停车|管理: a trade, no class word


def test_a_short_name_alone_in_brackets_after_the_full_name_is_the_same_body_when_it_abbreviates_it():
    found = _found("安徽省交通控股集团有限公司（安徽交控集团）在建项目22个。安徽交控集团表示。"
                   "某某科技有限公司（集团总部）成立。")
    assert found["安徽交控集团"].name == "安徽省交通控股集团有限公司"
    assert "集团总部" not in found  # a gloss, not the name shortened


def test_a_display_makers_name_is_a_body_though_findings_are_shown_so():
    found = _found("乐金显示公司今年在广州投资12亿美元。广东聚华新型显示研究院申请专利120项。数据显示公司净利润增长。")
    assert set(found) == {"乐金显示公司", "广东聚华新型显示研究院"}


def test_a_local_body_after_a_source_preposition_at_a_clause_start_is_named_by_its_level():
    found = _found("据省水文监测中心统计，全省平均降雨量98毫米。根据县气象台预报，将有大雨。市大数据局发布。证据省略。")
    assert {(o.mention, o.level) for o in found.values()} == {
        ("省水文监测中心", "provincial"), ("县气象台", "county"), ("市大数据局", "prefecture")}


def test_the_role_a_company_plays_in_a_project_is_no_part_of_its_name():
    got = _found("据蒙内铁路运营方非洲之星铁路运营有限责任公司统计，项目建设方中交第二航务工程局有限公司表示。")
    assert "非洲之星铁路运营有限责任公司" in got and "中交第二航务工程局有限公司" in got
    assert not any("运营方" in m or "建设方" in m for m in got)


def test_a_public_institution_is_named_by_its_place_and_field():
    got = _found("凤冈县茶产业发展中心主任介绍。县电子商务公共服务中心统计。市公共资源交易中心完成交易。")
    assert {"凤冈县茶产业发展中心", "县电子商务公共服务中心", "市公共资源交易中心"} <= set(got)
    got = _found("全县建成乡镇便民服务中心18个。全市新建党群服务中心。推进乡镇区域养老服务中心建设。")
    assert not any(m.endswith("服务中心") for m in got)  # kinds the units have, and counted ones, are no bodies


def test_a_level_after_a_verb_that_acts_on_bodies_opens_a_bodys_name():
    got = _found("我们联合县公安局开展行动。检察院督促市住建局整改。")
    assert {"县公安局", "市住建局"} <= set(got)


def test_hospitals_of_chinese_medicine_and_of_mothers_and_children_are_named_by_their_level():
    got = _found("县中医医院院长说。市妇幼保健院开展义诊。")
    assert got["县中医医院"].level == "county" and got["市妇幼保健院"].level == "prefecture"


def test_a_role_word_inside_a_name_of_its_own_is_kept():
    got = _found("北京建设方圆工程咨询有限公司完成产值5亿元。湖南开发方正置业有限公司开盘。")
    assert {"北京建设方圆工程咨询有限公司", "湖南开发方正置业有限公司"} <= set(got)


@pytest.mark.parametrize("text, body", [
    ("省劳动保障监察总队负责人说", "省劳动保障监察总队"),  # the labour inspectorate's enforcement unit
    ("市交通运输综合行政执法支队查处案件", "市交通运输综合行政执法支队"),  # a field's enforcement unit
])
def test_enforcement_units_are_bodies(text, body):
    assert body in _found(text)


@pytest.mark.parametrize("text, office", [
    ("养老保险处处长王明介绍", "养老保险处"),  # a department's division, named alone by its head's title
    ("会上，厅执法监督处副处长李四说", "厅执法监督处"),
])
def test_a_division_named_by_its_heads_title_is_a_body(text, office):
    assert office in _found(text)


def test_no_division_without_a_name_of_its_own_before_the_title():
    assert not [m for m in _found("各处处长参加会议，到处处理问题。") if m.endswith("处")]


def test_a_provinces_examination_authority_is_a_body():
    text = "省教育考试院开通8部咨询电话，山东省教育招生考试院、广州市招生考试中心发布通知。"
    names = [o.mention for o in organizations.find(text, 0, len(text), places.find(text), None)]
    assert {"省教育考试院", "山东省教育招生考试院", "广州市招生考试中心"} <= set(names)


def test_a_category_a_statistic_counts_or_covers_is_no_named_body():
    found = _found("全市中医类医院62个，全市医院病床使用率为81.6%。北京协和医院3个院区年门诊量突破400万人次。全国政协委员提出建议。"
                   "全州县人民医院新增床位200张。")
    assert {"北京协和医院", "全国政协", "全州县人民医院"} <= found.keys()
    assert not {"全市中医类医院", "全市医院"} & found.keys()
    assert not _found("第十四届全国人民代表大会第三次会议审议通过。")  # the session, whatever the congress's name


@pytest.mark.parametrize("text,mention", [
    ("县财政每年安排不少于3000万元专项资金。", "县财政"),
    ("自治区财政今年安排汽车产业发展专项资金5亿元。", "自治区财政"),
    ("市级财政按照每户3000元的标准给予奖补。", "市级财政"),
    ("县财政每年拿出2000万元设立科技创新专项资金。", "县财政"),  # 拿出: takes money out to spend it
])
def test_a_governments_finance_that_acts_is_a_body(text, mention):
    assert mention in _found(text)


@pytest.mark.parametrize("text", ["一季度末商业银行不良贷款率为1.49%。", "截至6月末商业银行资本充足率为15%。", "年末商业银行总资产增长。"])
def test_the_end_of_a_period_before_a_class_of_bodies_names_none(text):
    assert not _found(text)  # 金融监管总局's figures of commercial banks as a class, dated by the period's end


def test_national_industry_associations_are_registered_by_their_short_names_too():
    found = _found("据中船协统计，全球新船成交量下降。中国汽车工业协会数据显示，汽车销量增长。据中电联预计，用电量增长5%。")
    assert {o.name for o in found.values()} == {"中国船舶工业行业协会", "中国汽车工业协会", "中国电力企业联合会"}


def test_the_end_of_a_period_before_a_banks_name_is_no_part_of_it():
    assert set(_found("一季度末平安银行净利润140亿元，9月末浙商银行贷款增长。")) == {"平安银行", "浙商银行"}


@pytest.mark.parametrize("text", ["省财政收入增长5%。", "县财政资金使用规范。", "全省财政体制改革深入推进。"])
def test_a_governments_finance_before_a_noun_is_money_not_a_body(text):
    assert not [m for m in _found(text) if m.endswith("财政")]


@pytest.mark.parametrize("text", ["同时缓解医院垫资压力。", "这样可以避免医院过度治疗。", "鼓励学校开设课程。"])
def test_a_verb_before_a_public_institutions_ending_names_none(text):
    assert not _found(text)


def test_a_proper_name_before_a_hospitals_ending_names_it():
    assert {"协和医院", "仁爱医院"} <= set(_found("协和医院、仁爱医院开设专科门诊。"))


@pytest.mark.parametrize("text", ["市财政今年一般公共预算收入预计完成268亿元。", "县财政累计收入10.3亿元。", "今年市财政还本付息支出预计达到46亿元。",
                                  "县财政补助资金1.2亿元已全部拨付到位。"])
def test_a_governments_finance_before_its_money_is_no_body_whatever_adverb_comes_first(text):
    assert not [m for m in _found(text) if m.endswith("财政")]


def test_a_levels_finance_that_acts_is_one_body_and_all_levels_a_group():
    found = _found("省级财政安排教育支出186.4亿元。各级财政要加大投入。")
    assert (found["省级财政"].type, found["各级财政"].type) == ("local_government", "group")


def test_a_hospital_named_by_a_verb_is_a_body_where_its_staff_follow():
    assert "安定医院" in _found("安定医院精神科主任王刚介绍，门诊已累计接诊1.2万人次。")


@pytest.mark.parametrize("text,found", [("县财政每年都要安排资金3000万元。", True), ("县财政再奖补20万元。", True),
                                        ("县财政对上级转移支付的依赖度达到68%。", False), ("县财政补助资金1.2亿元。", False)])
def test_a_governments_finance_acts_past_adverbs_and_not_through_a_nouns_first_word(text, found):
    assert ("县财政" in _found(text)) is found


def test_a_verb_that_counts_bodies_ends_no_name():
    assert not _found("全村共有合作社5家，家庭农场12家。")


@pytest.mark.parametrize("text,found", [("市财政对新认定的高新技术企业给予一次性奖励20万元。", True), ("县财政补助比例为30%。", False)])
def test_a_governments_finance_acts_through_对_only_where_its_act_follows(text, found):
    assert ("市财政" in _found(text) or "县财政" in _found(text)) is found


def test_a_state_banks_two_character_short_name_is_the_bank_where_it_stands_as_a_word():
    found = _found("农行秭归县支行发放贷款3.2亿元。中行、交行也参与。其中行业龙头企业3家。集中行动取得成效。全县建行政村道路。")
    assert found["农行秭归县支行"].name == "中国农业银行秭归县支行"
    assert {o.name for o in found.values()} == {"中国农业银行秭归县支行", "中国银行", "交通银行"}  # not 其中|行业, 集中|行动


def test_a_long_registered_name_that_jieba_ends_before_a_common_word_is_a_body():
    assert _found("郑州商品交易所在洛川设立苹果期货交割库。")["郑州商品交易所"].type == "financial_soe"
    assert _found("上交所有材料需报送。") == {}  # a short name inside 所有: none
    assert _found("湖南省国土资源部门共立案查处土地违法案件3265宗。") == {}  # a department of any government: no ministry
    found = _found("本次集采由国家组织药品联合采购办公室（以下简称联采办）具体实施。国务院抗震救灾指挥部派出工作组。")
    assert found["联采办"].name == "国家组织药品联合采购办公室" and "国务院抗震救灾指挥部" in found


@pytest.mark.parametrize("text, name", [
    ("华友钴业投资建设的锂电池正极材料项目去年动工。", "浙江华友钴业股份有限公司"),
    ("欣旺达的动力电池模组工厂已投入试生产。", "欣旺达电子股份有限公司"),
    ("在成都经开区，中创新航成都基地规划产能50吉瓦时。", "中创新航科技集团股份有限公司"),
])
def test_battery_makers_are_registered_by_their_short_names(text, name):
    assert name in {o.name for o in _orgs(text) if o.type == "company"}


@pytest.mark.parametrize("text, mention", [
    ("贵阳大数据交易所今年1—5月数据交易额达到42.6亿元。", "贵阳大数据交易所"),
    ("北京产权交易所挂牌项目120个。", "北京产权交易所"),
    ("秦始皇帝陵博物院接待观众523.7万人次。", "秦始皇帝陵博物院"),
    ("全国碳排放权交易市场依托上海环境能源交易所运行。", "上海环境能源交易所"),  # not the market that relies on it
    ("成都蓉城足球俱乐部主场设在凤凰山体育公园。", "成都蓉城足球俱乐部"),
])
def test_exchanges_museums_and_clubs_named_by_place_and_trade_are_bodies(text, mention):
    assert _found(text)[mention].type == "other"


@pytest.mark.parametrize("text", ["各交易所积极配合。", "证券交易所的规则。", "省内各地积极筹建数据交易所。", "社区老年人俱乐部开展活动。",
                                  "中国乒乓球俱乐部超级联赛总决赛在深圳举行。", "浙江省篮球俱乐部联赛吸引参赛球队64支。",
                                  "各市依托公共资源交易中心和产权交易所开展国有资产交易。"])
def test_an_exchange_a_museum_or_a_club_by_its_kind_alone_is_no_body(text):
    assert not [m for m in _found(text) if m.endswith(("交易所", "博物院", "俱乐部"))]


def test_hospitals_of_no_grade_in_the_health_statistics_are_a_class_not_a_body():
    found = _found("全省共有三级医院120个，二级医院402个，一级医院395个，未定级医院445个。")
    assert "未定级医院" not in found and "三级医院" not in found


def test_a_department_jieba_reads_as_one_word_with_its_field_is_its_ministry_s_not_an_office_s():
    found = _found("国家发展改革委举行新闻发布会。国家发展改革委政策研究室副主任、新闻发言人李晨阳，固定资产投资司司长韩文博出席发布会。")
    assert found["固定资产投资司"].name == "国家发展和改革委员会固定资产投资司"
    assert not _found("该公司的母公司司长期亏损。子公司司长王某说。")  # 母公司|司, 子公司: no department


def test_hong_kong_s_secretaries_head_no_ministry_s_department():
    found = _found("行政長官施政報告提出，政務司司長和財政司司長將統籌推進，並向財政司司長匯報。")
    assert not any(mention.endswith("司") for mention in found)


def test_a_clause_before_a_department_jieba_joins_to_its_field_is_no_part_of_its_name():
    found = _found("国家发展改革委召开座谈会，出席会议的还有综合司司长王某。水利部举行新闻发布会。发布会上规划计划司司长张祥伟介绍。")
    assert [m for m in found if m.endswith("司")] == ["综合司", "规划计划司"]
    assert found["规划计划司"].name == "水利部规划计划司"


def test_a_department_named_with_its_ministry_names_the_ministry_of_the_next_one_alone():
    found = _found("工业和信息化部运行监测协调局局长陶青介绍情况。国家能源局电力司副司长刘明阳表示，电力供应平稳；综合司副司长张星介绍，"
                   "全社会用电量增长8.1%。")
    assert found["综合司"].name == "国家能源局综合司"


def test_a_department_alone_is_of_the_ministry_its_sentence_names_after_it_or_of_the_one_its_office_belongs_to():
    found = _found("本报北京电 固定资产投资司司长韩文博在国家发展改革委新闻发布会上介绍情况。")
    assert found["固定资产投资司"].name == "国家发展和改革委员会固定资产投资司"
    found = _found("国家能源局电力司司长介绍情况。国家发展改革委经济运行调节局副局长介绍。价格司副司长彭绍宗介绍。")
    assert found["价格司"].name == "国家发展和改革委员会价格司"
    found = _found("国务院国资委举行新闻发布会。财务监管与运行评价司司长黄丹华介绍。")
    assert found["财务监管与运行评价司"].name == "国务院国资委财务监管与运行评价司"


def test_a_levels_own_hospital_is_no_name_that_ends_in_a_bare_level():
    assert "县人民医院" in _found("去年，商城经济开发区建成县人民医院新院区。")  # not 商城经济开发区建成县人民医院
    assert "县人民医院" in _found("该县以县人民医院、县中医院为龙头组建医共体。")  # jieba: 以县
    assert "商城县人民医院" in _found("商城县人民医院院长说。")  # a county the gazetteer knows
    assert "湘潭市中心医院" in _found("湘潭县中医院和湘潭市中心医院。")


@pytest.mark.parametrize("text, name", [
    ("科右前旗人民医院与兴安盟人民医院签订协议。", "科右前旗人民医院"),  # a banner's short form no place reads
    ("甘肃省卫生健康委员会消息，岷县人民医院完成改造。", "岷县人民医院"),  # a county of one character
])
def test_an_institution_named_by_a_county_no_place_reads_keeps_its_name(text, name):
    assert name in _found(text)


def test_a_class_of_institutions_after_a_count_is_no_body():
    assert not [o for o in _orgs("全省832个脱贫县人民医院全部达到二级医院水平。") if o.type == "other"]


def test_a_local_enforcement_bureau_with_a_long_field_is_one_body():
    doc = ingest.build("t", "t", "湖南生态环境\n据省生态环境保护综合行政执法局统计，全年全省共下达环境行政处罚决定书1862份。", "utf-8", b"")
    mentions = [o["mention"] for o in extract.extract_document(doc)["organizations"]]
    assert "省生态环境保护综合行政执法局" in mentions


def test_a_local_unit_named_in_full_once_is_the_same_body_named_alone():
    doc = ingest.build("t", "t", "湖州案例\n2025年3月，湖州市市场监督管理局吴兴分局在抽检中发现问题。\n吴兴分局依据该法，并处罚款18.9万元。",
                       "utf-8", b"")
    tables = extract.extract_document(doc)
    again = [o for o in tables["organizations"] if o["mention"] == "吴兴分局"]
    assert again and again[0]["name"] == "湖州市市场监督管理局吴兴分局"
    assert {q["text"]: q["actor"] for q in tables["quantities"] if q["claim"]}["18.9万元"] == "湖州市市场监督管理局吴兴分局"
    assert organizations_named("县里成立工作专班。分局表示。") == []  # an ending alone names no unit


def organizations_named(text: str) -> list[str]:
    return [o["mention"] for o in extract.extract_document(ingest.build("t", "t", "标题\n" + text, "utf-8", b""))["organizations"]]


def test_a_long_free_name_with_a_count_or_an_order_in_it_is_no_body():
    assert organizations_named("记者来到成都市高新区天府软件园一家初创企业办公室，12名员工已经开始工作。") == []
    assert not any("第三局" in o for o in organizations_named("全市中小学生围棋团体赛第三局，长郡中学队获胜。"))


def test_a_units_name_that_two_bodies_have_names_neither_alone_and_a_room_is_no_body():
    named = organizations_named("湖州市市场监督管理局吴兴分局查办案件126件。湖州市公安局吴兴分局抓获嫌疑人18名。吴兴分局负责人表示。")
    assert named.count("吴兴分局") == 0
    assert organizations_named("在县人民医院急诊科护士站值班办公室，护士长李红介绍。") == ["县人民医院"]


def test_the_organs_of_the_country_a_text_is_about_are_named_by_its_first_character():
    text = ("新华社塔什干电 乌兹别克斯坦能源部表示，撒马尔罕光伏电站并网。乌兹别克斯坦能源部副部长出席。乌兹别克斯坦位于中亚。\n"
            "乌能源部数据显示，乌全国年用电量约820亿千瓦时。乌投资、工业和贸易部将支持项目。")
    named = organizations_named(text)
    assert "乌能源部" in named and "乌投资、工业和贸易部" in named


def test_a_short_name_shared_with_another_country_named_in_the_text_names_no_organ_and_the_short_government_is_one():
    text = ("新华社塔什干电 乌兹别克斯坦农业部说，今年乌兹别克斯坦小麦产量预计达到800万吨。乌兹别克斯坦将减少进口。"
            "乌克兰农业政策和粮食部此前表示，乌粮食出口将下降。乌农业政策和粮食部称，出口量约4000万吨。")
    assert "乌农业政策和粮食部" not in organizations_named(text)  # 乌 is 乌克兰's as much as 乌兹别克斯坦's here
    text = ("新华社塔什干电 乌兹别克斯坦能源部表示，项目进展顺利。乌兹别克斯坦位于中亚，乌兹别克斯坦人口众多。乌政府高度重视。")
    assert "乌政府" in organizations_named(text)  # jieba reads 乌政府 as one word


def test_a_campaigns_headquarters_with_a_long_name_is_a_body():
    assert organizations_named("市新型冠状病毒肺炎疫情防控指挥部办公室发布通告。") == ["市新型冠状病毒肺炎疫情防控指挥部办公室"]


def test_a_levels_own_association_of_a_field_is_one_body():
    named = organizations_named("据省餐饮行业协会统计，全省湘菜门店超过32万家。各地行业协会积极参与。")
    assert named == ["省餐饮行业协会"]  # a region registers one association of a field; a bare 行业协会 is a kind


def test_the_ageing_committees_office_is_a_local_body_by_its_short_name():
    assert organizations_named("据市统计局、市老龄办数据，全市60周岁以上老年人增加。") == ["市统计局", "市老龄办"]


def test_a_count_far_inside_a_registered_company_name_is_part_of_its_name_and_a_count_before_other_endings_is_not():
    got = _mentions("西江苗寨\n西江千户苗寨文化旅游发展有限公司总经理杨光荣介绍，游客增长。")
    assert "西江千户苗寨文化旅游发展有限公司" in got  # 千户苗寨: a village's name, inside the registered name
    assert not _mentions("企业培育\n培育两家国家级专精特新小巨人企业集团。全市12家上市公司营收增长。")  # bodies counted


def _mentions(text: str) -> list[str]:
    return [o["mention"] for o in extract.extract_document(ingest.build("t", "t", text, "utf-8", b""))["organizations"]]


def test_a_conjunction_joins_two_fields_of_a_name_that_a_place_opens():
    assert "莫桑比克港口和铁路公司" in _mentions("贝拉港\n据莫桑比克港口和铁路公司统计，今年前8个月货物吞吐量1870万吨。")
    assert _mentions("合作\n支持长沙企业和湖南大学合作。") == ["湖南大学"]  # two bodies: 企业 ends a kind of body


def test_a_count_after_a_verb_or_opening_a_registered_name_and_a_home_place_s_words_joined_by_a_conjunction_name_no_body():
    assert not _mentions("招商\n今年以来，经开区新引进三家新能源汽车零部件有限公司，总投资12.6亿元。")  # bodies counted
    assert not _mentions("集体经济\n全县组建了十二个乡镇集体经济发展有限公司，带动增收3800万元。")
    assert "山西万家寨水务控股集团有限公司" in _mentions("供水\n山西万家寨水务控股集团有限公司供水4.5亿立方米。")
    assert _mentions("消防\n市住建局组织深圳市商户和物业公司开展检查。") == ["市住建局"]  # a place at home, then two things


def test_a_verb_before_a_university_s_ending_is_going_to_university_no_university():
    assert not _mentions("奖学金\n村里设立奖学金，奖励考上大学的学生。他报考大学时选择了师范专业。")
    assert _mentions("报告\n北京大学和湖南大学联合发布报告。") == ["北京大学", "湖南大学"]


def test_a_group_registered_with_its_legal_form_is_named_without_it():
    got = _found("中国长江三峡集团控股的秘鲁路德斯电力公司为港口新建变电站。")
    assert got["中国长江三峡集团"].name == "中国长江三峡集团有限公司"


def test_a_body_named_after_a_word_of_subordination_opens_its_own_name():
    assert "国网四川省电力公司" in _found("国家电网有限公司所属国网四川省电力公司投资35亿元。")  # not 家电网…所属国网…


def test_a_listed_company_named_by_its_short_name_and_stock_code_is_a_company():
    view = "总部位于浙江宁波的深交所创业板上市公司恒川精密（301562）披露年报。白酒龙头贵州茅台（600519.SH）发布公告。"
    found = {(o.mention, o.type) for o in organizations.find(view, 0, len(view), places.find(view), None)}
    assert {("恒川精密", "company"), ("贵州茅台", "company")} <= found


def test_a_group_a_body_sends_out_is_a_unit_of_it():
    view = "省人大常委会执法检查组抽查企业63个。国务院督查组在江西发现问题12个。市应急管理局事故调查组认定损失500万元。"
    found = {o.mention for o in organizations.find(view, 0, len(view), places.find(view), None)}
    assert {"省人大常委会执法检查组", "国务院督查组", "市应急管理局事故调查组"} <= found


@pytest.mark.parametrize("view", ["午后贵州茅台（600519）拉升。", "邮政编码（330038）覆盖2000余户。", "易方达蓝筹精选（005827）净值下跌12%。"])
def test_a_time_a_code_of_another_kind_or_a_fund_before_a_code_is_no_company(view):
    assert not [o for o in organizations.find(view, 0, len(view), places.find(view), None) if o.type == "company"]


@pytest.mark.parametrize("short,name", [("国家中医药局", "国家中医药管理局"), ("国家移民局", "国家移民管理局")])
def test_a_national_agency_by_the_short_name_its_own_site_uses(short, name):
    view = f"{short}数据显示，全年增长5%。"
    assert [(o.mention, o.name) for o in organizations.find(view, 0, len(view), places.find(view), None)] == [(short, name)]


@pytest.mark.parametrize("name", ["襄阳市政务服务和大数据管理局", "郑州市行政审批和政务信息管理局"])
def test_a_city_bureau_of_government_services_and_data_is_a_body(name):
    view = f"{name}发布报告显示，热线受理诉求186.4万件。"
    assert [o.mention for o in organizations.find(view, 0, len(view), places.find(view), None)] == [name]


@pytest.mark.parametrize("name", ["富平县教育和体育局", "丰都县科学技术和工业信息化局", "南部县商务和经济信息化局", "区科技和工信局"])
def test_a_department_whose_name_joins_two_fields_by_he_is_one_body(name):
    view = f"{name}今年认定企业12家。"
    assert [o.mention for o in organizations.find(view, 0, len(view), places.find(view), None)] == [name]


@pytest.mark.parametrize("view", ["某县住房和城乡建设和交通运输局今年新建道路5条。", "西安市文化和旅游和体育局举办活动3场。"])
def test_a_name_whose_first_field_holds_he_is_read_without_error(view):
    assert organizations.find(view, 0, len(view), places.find(view), None) is not None


def test_short_names_listed_before_he_are_no_joined_department():
    view = "县发改、财政和审计局联合检查项目8个。加强生态环境和自然资源局协同。"
    found = {o.mention for o in organizations.find(view, 0, len(view), places.find(view), None)}
    assert not any("和" in name for name in found)


def test_two_departments_listed_with_he_stay_two_bodies():
    view = "富平县财政局和审计局联合检查项目8个。"
    assert [o.mention for o in organizations.find(view, 0, len(view), places.find(view), None)] == ["富平县财政局", "审计局"]


def test_a_company_named_again_by_its_brand_and_a_word_of_its_trade_is_the_same_company():
    view = ("走进衡阳华研精密传动科技股份有限公司，一批减速器刚刚下线。华研传动成立于2012年。"
            "山东鲁丰化工科技有限公司发布年报。鲁丰化工全年营收增长。")
    found = {o.mention: o.name for o in organizations.find(view, 0, len(view), places.find(view), None)}
    assert found["华研传动"] == "衡阳华研精密传动科技股份有限公司" and found["鲁丰化工"] == "山东鲁丰化工科技有限公司"


def test_a_sector_word_that_opens_a_state_companys_name_is_no_brand_of_it():
    view = "湖南文旅产业投资集团有限公司成立。力争文旅产业增加值突破3000亿元。"
    assert "文旅产业" not in {o.mention for o in organizations.find(view, 0, len(view), places.find(view), None)}


@pytest.mark.parametrize("text, names", [
    ("据中国汽车动力电池产业创新联盟统计，装车量约720吉瓦时。", {"中国汽车动力电池产业创新联盟"}),  # 中国 opens it
    ("长三角先进制造业集群联盟成员达200家。", {"长三角先进制造业集群联盟"}),  # a place opens it
    ("牵头组建“1+5”农业科技创新联盟。", set()),  # a kind of alliance the text sets up
    ("交易服务平台、科技创新联盟与产业链供应链协同。", set()),
    ("推动更多企业加入联盟。", set()),  # the ending alone
])
def test_an_alliance_is_a_body_only_when_a_scope_place_or_proper_name_opens_it(text, names):
    assert {o for o in _found(text) if o.endswith("联盟")} == names


def test_the_development_cooperation_agency_is_named_by_its_short_and_press_names():
    assert {o.name for o in _found("通过中国国际发展合作署提供援助。国合署发布。").values()} == {"国家国际发展合作署"}


@pytest.mark.parametrize("text, names", [
    ("北京西站站长陈志刚表示，车站日均发送旅客约18万人次。", {"北京西站"}),  # a place opens it
    ("省农业机械化技术推广总站站长刘明远介绍，损失率下降。", {"省农业机械化技术推广总站"}),  # a level, a word of its own
    ("市委书记王某在县汽车站站长李某陪同下检查工作。", set()),  # the clause runs on past a person
    ("市交通运输局局长与县客运站站长座谈。", set()),  # a join: no one body
    ("市民服务站站长李某介绍，服务500人次。", set()),  # 市民, no level
    ("省级院士专家工作站站长张某表示。", set()),  # 省级: a kind of station
])
def test_a_station_is_named_by_its_heads_title_after_a_place_or_a_level(text, names):
    assert {m for m, o in _found(text).items() if m.endswith("站")} == names


def test_an_alliance_whose_scope_a_suffix_makes_a_quality_is_a_kind():
    assert not [m for m in _found("全国性产业技术创新联盟达到120家，世界级先进制造业集群联盟新增5家。") if m.endswith("联盟")]


def test_the_mark_of_an_approving_body_is_no_part_of_its_name():
    assert "芜湖市住房公积金管理委员会" in _found("经芜湖市住房公积金管理委员会审议通过，现将年度报告公布如下。")


def test_an_office_word_alone_is_the_one_body_of_that_office_the_text_names_and_its_level_resolved():
    from helpers import extract, ingest

    text = "云南省政府工作报告\n过去一年，省政协积极建言资政。自觉接受人大监督、政协民主监督，全年办理建议提案1200件。"
    rows = extract.extract_document(ingest.build("t", "t", text, "utf-8", b""))["organizations"]
    assert {r["mention"]: r["name"] for r in rows}["政协"] == "云南省政协"


def test_the_customs_administrations_branch_for_a_province_is_one_body():
    assert "海关总署广东分署" in _found("记者从海关总署广东分署获悉，广东外贸进出口增长。")  # not 海关总署 alone


def test_a_conjunction_before_a_places_name_ends_a_companys_name():
    assert "杭州云栖山居文化旅游有限公司" in _found("2021年，村里与杭州云栖山居文化旅游有限公司合作，改造吊脚楼37栋。")
    assert "中国科学院东莞材料科学与技术研究所" in _found("中国科学院东莞材料科学与技术研究所发布报告。")  # two fields


def test_a_conjunction_before_a_common_noun_joins_two_fields_of_one_name():
    assert "中国科学院南京地理与湖泊研究所" in _found("中国科学院南京地理与湖泊研究所发布报告。")
