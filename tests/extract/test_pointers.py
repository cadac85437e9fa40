"""Bodies and places named again by 该 and the word their name ends with."""

from helpers.extract import organizations, places, pointers
from support import claims


def _pointed(view: str):
    found = places.find(view)
    return pointers.find(view, organizations.find(view, 0, len(view), found, None), found)


def test_a_pointer_names_the_last_body_or_place_before_it_whose_name_ends_with_its_word():
    view = "天门市人社局推动返乡创业。湖北省财政厅拨付资金。该局联动市场监管部门。陇县东南镇召开观摩会。该镇实施项目86个。"
    orgs, found = _pointed(view)
    assert [(view[o.start : o.end], o.name) for o in orgs] == [("该局", "天门市人力资源和社会保障局")]  # not the 厅
    assert [(view[p.start : p.end], p.full_name) for p in found] == [("该镇", "陇县东南镇")]


def test_a_school_is_named_again_as_gai_xiao_and_a_bank_as_gai_hang():
    view = ("在南阳的河南工业职业技术学院，毕业生供不应求。该校招生就业处处长介绍，学校有毕业生6286人。"
            "中国农业银行南阳分行加大投放。该行发放贷款20亿元。该行业发展较快。")
    orgs, _ = _pointed(view)
    assert [(view[o.start : o.end], o.name) for o in orgs if view[o.start] == "该"] == [
        ("该校", "河南工业职业技术学院"), ("该行", orgs[-1].name)]
    assert orgs[-1].name.endswith("南阳分行")
    view = "浙江大学与中国科学院签署合作协议。该校新增专业5个。"  # an academy is no school
    assert [o.name for o in _pointed(view)[0] if view[o.start] == "该"] == ["浙江大学"]


def test_an_association_or_a_federation_is_named_again_as_gai_hui_but_a_meeting_is_no_body():
    view = "市残联在现场设立了专场招聘区。该会相关负责人介绍，共有23家企业参加。市工商联组织会员。该会员企业营收增长。该会议代表300人。"
    assert [(view[o.start : o.end], o.name) for o in _pointed(view)[0] if view[o.start] == "该"] == [("该会", "市残联")]
    view = "市工商联组织会员企业参加。本次发布会由市政府新闻办副主任主持。该会共有12家媒体参加。"
    assert not [o for o in _pointed(view)[0] if view[o.start] == "该"]  # the press conference named since
    for view in ("市残联召开助残就业推进会。该会今年将新增岗位1200个。", "市科协扩大会员规模。该会今年会员增长5%。"):
        assert [o.name for o in _pointed(view)[0] if view[o.start] == "该"] == [view[:3]]  # its own meeting; 扩大会员


def test_a_pointer_names_the_last_body_heading_a_clause_of_the_last_sentence_that_named_one():
    view = "西安银行新开业汉中分行、安康分行。截至2024年末，该行共有营业网点186个。"
    assert [o.name for o in _pointed(view)[0] if view[o.start] == "该"] == ["西安银行"]  # not the branch it opened
    view = "市财政局会同市税务局开展税费宣传，市税务局累计办理退税12亿元。该局负责人介绍，全市新增减税降费8.6亿元。"
    assert [view[o.start : o.end] for o in _pointed(view)[0] if view[o.start] == "该"] == ["该局"]
    assert [o.mention for o in _pointed(view)[0] if view[o.start] == "该"] == ["该局"]
    assert [o.name for o in _pointed(view)[0] if view[o.start] == "该"][0].endswith("税务局")  # it heads the last clause
    view = "县市场监管局在全县开展食品安全检查，县卫健局、县教育局配合开展。该局共检查经营户1200家。"
    assert [o.name for o in _pointed(view)[0] if view[o.start] == "该"][0].endswith("市场监管局")  # the subject
    view = "农业银行与建设银行签署合作协议，建设银行向工商银行转让债权。该行表示将加大投放。"
    assert [o.name for o in _pointed(view)[0] if view[o.start] == "该"][0].endswith("建设银行")  # the last subject


def test_no_pointer_without_a_body_before_it_or_where_a_bodys_name_opens_with_gai():
    assert _pointed("该局联动市场监管部门。天门市人社局推动返乡创业。") == ([], [])
    view = "天门市财政局拨付资金。该市财政局安排资金。"
    assert _pointed(view) == ([], [])  # 该市财政局 is a body of its own: its 该市 points at no place


def test_no_pointer_where_the_word_runs_on_or_the_body_is_far_back_or_before_a_heading():
    for view in ["杭州市召开会议。该市场今年交易额达到50亿元。", "市委宣传部召开会议。该部分资金共计3000万元。",
                 "天门市公安局召开会议。该局面下发案数下降20%。", "杭州市召开会议。该中心城区人口达到120万人。"]:
        assert _pointed(view) == ([], []), view
    far = "天门市人社局推动返乡创业。" + "会议强调要做好各项工作。" * 200 + "该局发放补贴500万元。"
    assert _pointed(far)[0] == []
    view = "天门市人社局推动返乡创业。一、就业工作。该局发放补贴500万元。"
    found = places.find(view)
    orgs = organizations.find(view, 0, len(view), found, None)
    assert pointers.find(view, orgs, found, [view.index("一、")])[0] == []  # a heading starts a new matter
    assert len(pointers.find(view, orgs, found)[0]) == 1


def test_a_local_field_body_is_the_one_its_paragraph_named_before_in_that_field():
    view = ("2020年8月，内蒙古自治区赤峰市医疗保障局调查，发现赤峰市医院违规。依据《成都市医疗保险管理局关于加强管理的通知》，"
            "当地医保部门处理结果如下：追回医保基金148万元。\n当地医保部门另行通报。")
    orgs, _ = _pointed(view)
    assert [(view[o.start : o.end], o.name) for o in orgs] == [("当地医保部门", "内蒙古自治区赤峰市医疗保障局")]  # not one in
    # a document's title, nor across a paragraph's end


def test_an_items_number_opens_no_subject_so_the_clause_before_it_acts():
    from helpers import extract, ingest
    text = ("标题\n国家医保局曝光典型案件。\n2021年4月，河南省郑州市医保局调查，发现郑州市第六人民医院存在问题。"
            "依据《郑州市协议》，当地医保部门处理结果如下：1、追回医保基金1741491.50元；2、处5倍罚款。")
    rows = extract.extract_document(ingest.build("t", "t", text, "utf-8", b""))["quantities"]
    assert {q["actor"] for q in rows if q["claim"]} == {"郑州市医疗保障局"}


def test_no_local_pointer_to_a_government_a_body_acting_on_it_or_a_word_that_runs_on():
    for view in ["郑州市人民政府召开会议。当地民政部门发放救助金300万元。", "河南省医保局督促当地医保部门追回资金。",
                 "中牟县人民政府介绍，当地局势总体稳定。", "郑州市医保局召开会议。\n当地医保部门追回资金。"]:
        assert _pointed(view)[0] == [], view


def test_the_host_of_an_event_is_the_first_body_of_the_list_named_hosting_it():
    view = ("当天，由河南省教育厅、河南省人力资源和社会保障厅联合主办的秋季双选会在郑州举行。"
            "据主办方介绍，本场双选会参会单位比去年增加52家。主办单位表示将继续举办。")
    orgs, _ = _pointed(view)
    assert [(view[o.start : o.end], o.name) for o in orgs] == [("主办方", "河南省教育厅"), ("主办单位", "河南省教育厅")]
    assert _pointed("据主办方介绍，本场双选会参会单位增加52家。")[0] == []  # no host named: none


def test_a_host_is_the_body_right_before_the_verb_and_no_national_one():
    view = "本次活动由县农业农村局主办、县文化馆承办。承办方介绍，共设置展位120个。"
    assert _pointed(view)[0] == []  # 县文化馆 is not found: the 主办 body does not run it
    view = "第21届中国—东盟博览会由商务部主办，在南宁举行。据主办方介绍，签约项目金额达1200亿元。"
    assert _pointed(view)[0] == []  # a national host: the figures stay the venue's


def test_a_list_of_hosts_that_opens_with_bodies_not_found_names_no_host():
    view = "博览会由东盟10国政府经贸主管部门及东盟秘书处共同主办。主办方介绍，展览总面积达到16万平方米。"
    assert _pointed(view)[0] == []  # 东盟秘书处 is the last of a list whose first is not found


def test_a_host_named_at_the_texts_start_is_the_host():
    view = "湖北省教育厅主办的秋季双选会在武汉举行。据主办方介绍，参会单位增加52家。"
    assert [o.name for o in _pointed(view)[0]] == ["湖北省教育厅"]


def test_a_zone_that_opens_a_clause_is_named_for_the_committee_that_administers_it():
    view = ("青岛西海岸新区依托青岛片区扩大开放。去年，新区实际使用外资18.6亿美元。青岛片区以全市不到1%的土地贡献外资。"
            "片区累计形成成果386项。新区企业与园区合作。青岛西海岸新区管委会主任王森表示。青岛片区管委会副主任刘晓东说。")
    orgs, _ = _pointed(view)
    pointed = [(view[o.start : o.end], o.name) for o in orgs if not view.endswith("管委会", o.start, o.end)]
    assert pointed == [("青岛西海岸新区", "青岛西海岸新区管委会"), ("新区", "青岛西海岸新区管委会"),
                       ("青岛片区", "青岛片区管委会"), ("片区", "青岛片区管委会"), ("新区", "青岛西海岸新区管委会")]
    # not 依托|青岛片区, which opens no clause, nor 园区: the text names no park's committee
    view = "青岛西海岸新区扩大开放。去年，新区实际使用外资18.6亿美元。"  # no committee named: no pointer
    assert [o for o in _pointed(view)[0] if view[o.start : o.end] == "新区"] == []


def test_yuanqu_names_the_last_zone_of_any_kind_for_its_committee():
    view = "据赣州经开区管委会统计，赣州经开区已集聚企业127家。2024年，园区新能源汽车产量达12.6万辆。"
    orgs, _ = _pointed(view)
    assert [(view[o.start : o.end], o.name) for o in orgs if view[o.start : o.end] == "园区"] == [("园区", "赣州经开区管委会")]
    view = ("南昌高新区管委会与南昌经开区管委会签订协议，南昌高新区企业可共享南昌经开区的中试平台。"
            "园区一季度新增高新技术企业65家。")  # two zones' committees: 园区 names only a zone called so
    assert not [o for o in _pointed(view)[0] if view[o.start : o.end] == "园区"]


def test_a_pointer_names_the_head_of_a_phrase_its_founder_opens():
    got = claims("秘鲁电力\n中国长江三峡集团控股的秘鲁路德斯电力公司新建的变电站已投运。该公司在秘鲁南部投资的光伏电站年发电量约5.4亿千瓦时。")
    assert got["约5.4亿千瓦时"]["actor"] == "秘鲁路德斯电力公司"  # not the group that holds it
