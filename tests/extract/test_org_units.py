"""A group's unit in a place (中国石油新疆油田, 工商银行深圳分行), and the unit named again by its place and kind."""

from helpers import ingest
from helpers.extract import organizations, places


def _orgs(text):
    view = ingest.build("t", "t", text, "utf-8", b"").view
    found, abroad = places.find_with_bodies_abroad(view)
    return organizations.find(view, 0, len(view), found, None, abroad=abroad)


def test_a_groups_unit_in_a_place_is_a_body_named_again_by_its_place_and_kind():
    text = "中国石油新疆油田迎来勘探开发70周年。70年来，新疆油田累计生产原油4.7亿吨。工商银行深圳分行新增贷款10亿元。"
    found = [(o.mention, o.name, o.type) for o in _orgs(text)]
    assert "central" not in {o.level for o in _orgs(text)}  # a unit in a province or city, not its central group
    field = "中国石油天然气集团有限公司新疆油田"  # the group's canonical name, the place and the kind
    assert found == [("中国石油新疆油田", field, "soe"), ("新疆油田", field, "soe"),
                     ("工商银行深圳分行", "中国工商银行深圳分行", "financial_soe")]
    other = "工商银行深圳分行新增贷款10亿元。建设银行的深圳分行新增贷款8亿元。"  # another bank's branch
    assert [(o.mention, o.name) for o in _orgs(other)][1:] == [("建设银行", "中国建设银行"), ("深圳分行", "深圳分行")]  # not 工行's
    assert [o.mention for o in _orgs("大庆油田生产原油3000万吨。")] == []  # no group named: a field, not its company



def test_a_branch_named_by_its_own_name_is_its_groups_unit():
    names = {o.mention: o.name for o in _orgs("由工商银行格尔木支行的青年员工组成。工商银行北京地安门支行副行长说。")}
    assert names["工商银行格尔木支行"] == "中国工商银行格尔木支行"
    assert names["工商银行北京地安门支行"] == "中国工商银行北京地安门支行"
    assert {o.name for o in _orgs("建设银行的深圳分行，中国银行贷款支持分行。")} == {"中国建设银行", "深圳分行", "中国银行"}  # 的; a verb
    counted = "工商银行各分行、建设银行多家分行、中国银行海外分行、农业银行县域支行和工商银行城市分行参与。"
    assert {o.mention for o in _orgs(counted)} == {"工商银行", "建设银行", "中国银行", "农业银行"}  # counts and scopes
    assert {o.name for o in _orgs("华为公司西安分公司成立。")} == {"华为投资控股有限公司西安分公司"}  # not …公司公司西安…


def test_a_department_named_right_after_its_company_or_university_is_its_unit():
    found = _orgs("工商银行金融科技部副总经理金海旻说，工商银行网络金融部也参与了。")
    assert [(o.mention, o.name) for o in found] == [("工商银行金融科技部", "中国工商银行金融科技部"),
                                                   ("工商银行网络金融部", "中国工商银行网络金融部")]  # not 科技部, a ministry
    assert [o.name for o in _orgs("中国银行联合科技部发布报告。")] == ["中国银行", "科学技术部"]  # a verb between: two bodies
    assert [o.name for o in _orgs("工商银行和科技部签约。")] == ["中国工商银行", "科学技术部"]
    assert [o.mention for o in _orgs("同济大学结构理论研究所所长吕西林说。")] == ["同济大学结构理论研究所"]  # 所 ends its name
    assert [o.name for o in _orgs("工商银行公司金融业务部副总经理说。")] == ["中国工商银行公司金融业务部"]
    assert [o.name for o in _orgs("小米集团人工智能实验室主任说。")] == ["小米集团人工智能实验室"]  # not 小米|集团…
    assert [o.name for o in _orgs("华为公司中层干部说，工商银行广大干部职工参加。")] == ["华为投资控股有限公司", "中国工商银行"]  # people
    assert [o.name for o in _orgs("阿里巴巴集团总部位于杭州。")] == ["阿里巴巴集团控股有限公司"]  # its own name, then its seat


def test_a_local_banks_branch_named_after_it_is_one_body_and_no_scope_or_count_is_a_branch():
    found = [(o.mention, o.type) for o in _orgs("瑞金农商银行壬田支行发放贷款3000万元。瑞金农商银行各支行加大投放。"
                                                "瑞金农商银行旗下支行增加网点。")]
    assert found == [("瑞金农商银行壬田支行", "company"), ("瑞金农商银行", "company"), ("瑞金农商银行", "company")]


def test_the_central_banks_provincial_branches_are_its_units():
    from helpers import extract, ingest

    text = "金融新闻\n中国人民银行四川省分行发布数据，人民银行浙江省分行表示，贷款增长。"
    names = [o["name"] for o in extract.extract_document(ingest.build("t", "t", text, "utf-8", b""))["organizations"]]
    assert names == ["中国人民银行四川省分行", "中国人民银行浙江省分行"]


def test_the_armed_polices_provincial_and_city_units_are_its_units_at_their_places_level():
    found = {o.mention: o for o in _orgs("武警四川省总队出动官兵1200余人次，中国银行贵州省分行发放贷款。")}
    assert found["武警四川省总队"].name == "中国人民武装警察部队四川省总队"
    assert (found["武警四川省总队"].level, found["中国银行贵州省分行"].level) == ("provincial", "provincial")  # as bodies' levels are
    assert [o.mention for o in _orgs("武警官兵1200余人次参与抢险。")] == ["武警"]  # no unit named


def test_a_company_named_in_full_then_a_place_and_a_units_kind_is_its_unit_there():
    found = {o.mention: o for o in _orgs("中铁国际多式联运有限公司哈萨克斯坦分公司总经理说。中国工商银行股份有限公司苏州分行起诉。"
                                         "宁波市轨道交通集团有限公司运营分公司负责人说。")}
    assert found["中铁国际多式联运有限公司哈萨克斯坦分公司"].type == "soe"  # not 国际多式联运…分公司 after the group's 中铁
    assert found["中国工商银行股份有限公司苏州分行"].level == "prefecture"
    assert "宁波市轨道交通集团有限公司运营分公司" in found  # a unit by its work, as before
