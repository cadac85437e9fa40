"""全省, 我县, 本市: the unit a text is about, named by where the text stands."""

import pytest

from helpers import extract, ingest
from helpers.extract import deixis, places


def _places(text):
    return [(p["mention"], p["province"], p["city"], p["county"]) for p in
            extract.extract_document(ingest.build("t", "t", text, "utf-8", b""))["places"] if p["mention"][0] in "全我本"]


def test_a_provincial_text_names_its_province_by_quan_sheng():
    text = "云南省政府工作报告\n\n过去一年，云南经济稳步增长。全省地区生产总值增长5%，云南各地积极作为，我省就业稳定。"
    assert _places(text) == [("全省", "云南省", "", ""), ("我省", "云南省", "", "")]


def test_a_city_or_county_text_names_its_own_unit_and_a_municipality_names_its_province():
    city = "成都市社区防疫\n\n成都社区发挥作用。成都的社工参与防疫。全市共有社区3000个。成都市民支持。"
    county = "化德县工信局访谈\n\n化德县工业发展迅速。化德县招商引资成效明显，我县新增企业12家，化德县就业稳定。"
    capital = "北京市政府工作报告\n\n北京经济稳定。北京就业稳定。全市新增就业26万人，北京市民满意。"
    assert _places(city) == [("全市", "四川省", "成都市", "")]
    assert _places(county) == [("我县", "内蒙古自治区", "乌兰察布市", "化德县")]
    assert _places(capital) == [("全市", "北京市", "", "")]


def test_an_autonomous_region_is_named_by_quan_qu():
    text = "广西壮族自治区政府工作报告\n\n广西经济稳步增长。广西外贸增长。全区粮食产量增长2%，广西各地积极作为。"
    assert _places(text) == [("全区", "广西壮族自治区", "", "")]


@pytest.mark.parametrize("text", [
    "云南省政府工作报告\n\n云南经济稳步增长。云南推进全市场监管，云南各地积极作为。",  # 全|市场监管
    "云南省政府工作报告\n\n云南经济稳步增长。全县粮食产量增长，云南各地积极作为。",  # no county it is about
    "国务院政府工作报告\n\n全国经济稳步增长。全省粮食产量增长2%。",  # no province it is about
])
def test_no_unit_is_named_where_the_word_is_part_of_another_or_the_text_is_about_no_unit_of_its_level(text):
    assert _places(text) == []


def test_home_units_need_enough_of_the_texts_places():
    found = places.find("成都。成都。成都。北京。上海。广州。深圳。杭州。南京。武汉。")  # 3 of 10
    assert "prefecture" not in deixis.home_units(found, "四川省")
    assert deixis.home_units(places.find("成都。成都。成都。四川。"), "四川省")["prefecture"].name == "成都市"
