"""Places: chains, context and short names resolved to GB/T 2260 units; places abroad with their country."""

import re
from itertools import accumulate

import pytest

from helpers import extract, ingest
from helpers.codebook import csv_book
from helpers.extract import divisions, places
from helpers.extract.tokens import tagged

YUNNAN = "云南省召开全省大会。云南加快发展，云南各地响应。"


def _doc(text):
    return ingest.build("t", "t", text, "utf-8", b"")


def _found(text):
    doc = _doc(text)
    return {doc.text[p.start : p.end]: p for p in places.find(doc.view)}


def test_places_resolve_by_chain_and_context():
    got = _found("山东省枣庄市市中区居民；第十四届全运会在西安开幕，西安国际港务区；上海；江西省上高县塔下乡田北村；小岗村。")
    assert got["山东省枣庄市市中区"].city == "枣庄市"
    assert got["西安"].province == "陕西省"
    assert got["西安国际港务区"].city == "西安市"
    assert got["上海"].province == "上海市"
    assert got["江西省上高县塔下乡田北村"].level == "village"
    assert got["江西省上高县塔下乡田北村"].code == "360923"
    assert got["小岗村"].county == "凤阳县"


def test_a_county_short_name_is_a_place_in_a_text_about_its_province():
    got = _found(YUNNAN + "腾冲的旅游业增长较快。")
    assert (got["腾冲"].county, got["腾冲"].city) == ("腾冲市", "保山市")


def test_a_countys_everyday_word_short_name_listed_with_another_of_its_prefecture_is_a_place():
    text = "河北省邢台市人民政府工作报告。全省经济回升。内丘建滔醋酸、沙河闽都紧固件等项目落地，清河中航上大高温合金、隆尧宽衍智能检测装备投产。"
    got = _found(text)
    assert (got["沙河"].county, got["清河"].county) == ("沙河市", "清河县")
    got = _found("河北省邢台市人民政府工作报告。全省经济回升。全市新建和改造高标准农田81万亩，沙河水质改善。")
    assert "沙河" not in got and "新建" not in got  # no other county of 邢台 listed with them


def test_a_county_short_name_needs_its_province_when_the_text_is_about_another():
    got = _found("浙江省召开全省大会。浙江加快发展，浙江各地响应。腾冲的旅游业增长较快。")
    assert "腾冲" not in got


def test_a_county_named_once_with_its_province_is_known_by_its_short_name_elsewhere_in_the_text():
    text = "西安、重庆、成都、郑州、义乌等地的中欧班列枢纽一片繁忙。来自浙江义乌的小商品很多。义乌海关监管的货值增长。"
    found = [(p.mention, p.county) for p in places.find(_doc(text).view)]
    assert [f for f in found if "义乌" in f[0]] == [("义乌", "义乌市"), ("浙江义乌", "义乌市"), ("义乌", "义乌市")]
    alone = text.replace("浙江义乌", "外地").replace("、义乌等地", "等地")  # (listed before 等地 it is a place anywhere)
    assert not any("义乌" in m for m in _found(alone))  # never named with its province
    elsewhere = ("白银市召开会议。白银价格上涨3%。黄金、白银等贵金属走强。福田区召开会议。福田汽车销量增长5%。"
                 "北汽福田、宇通客车等企业参展。")  # a word, a brand, listed beside no place: no place
    assert [p.mention for p in places.find(_doc(elsewhere).view)] == ["白银市", "福田区"]


def test_a_two_character_county_before_its_own_government_or_town_is_a_place_in_any_text():
    got = _found("郏县人民政府与山东天玉建材科技有限公司签约。项目位于郏县黄道镇石望河村。")
    assert got["郏县"].city == "平顶山市" and got["郏县黄道镇石望河村"].level == "village"
    assert not _found("他在郏县工作。")  # alone, in a text about no province, still none
    assert not _found("这次完成县委交办的任务。")  # 完成 runs across 成县 (甘肃)


def test_a_former_name_is_the_unit_it_became():
    got = _found("绥芬河市、抚远县人民政府，省政府各有关直属单位。湖北省襄樊市的农业。")
    assert (got["抚远县"].county, got["抚远县"].code) == ("抚远市", "230883")  # a county until 2016
    assert got["湖北省襄樊市"].city == "襄阳市"  # renamed in 2010 (jionlp's list of changes)
    assert "新建县" not in _found("新建县域医疗次中心50个。")  # 新建 is an everyday word before 县域
    assert _found("上海市宝山县的工业。")["上海市宝山"].county == "宝山区"  # 宝山: 上海 and 双鸭山 have one each


def test_a_town_or_village_of_a_county_the_text_names_stands_alone():
    got = _found("乐山市市中区推进乡村振兴。在水口镇龙窝村，村民种植茶叶。")
    assert (got["水口镇"].county, got["水口镇"].level) == ("市中区", "township")
    got = _found("阳谷县十五里园镇马楼村的梨园丰收了。马楼村党支部书记说，十五里园镇党委以村为单位推进。")
    assert {m: (p.county, p.level) for m, p in got.items() if not m.startswith("阳谷")} == {
        "马楼村": ("阳谷县", "village"), "十五里园镇": ("阳谷县", "township")}
    assert "工业园区" not in _found("杞县加快发展，工业园区扩大。")  # a zone the division list holds as a town is none
    got = _found("江口县官和乡官和村村委会举行分红仪式。")  # 官和侗族土家族苗族乡, named without its ethnic groups
    assert (got["江口县官和乡官和村"].level, got["江口县官和乡官和村"].county) == ("village", "江口县")


def test_a_division_s_short_name_that_opens_a_village_s_name_is_no_place():
    assert not [m for m in _found("九龙塘村美丽乡村建设。在西安村，村民种茶。") if m in ("九龙", "西安")]
    assert "河北西柏坡" in _found("河北西柏坡村纪念馆。")  # a chain's last unit opens the village's name
    got = _found("组建云南农村商业银行。三明中关村科技园。")
    assert {"云南", "三明"} <= set(got)  # 农村 and 中关村: words of their own after the name


def test_a_county_short_name_inside_a_common_word_is_no_place():
    got = _found(YUNNAN + "各乡镇雄心勃勃。")  # 乡镇 + 雄心: 镇雄 (a county of 昭通) is not written here
    assert not any("镇雄" in mention for mention in got)


def test_a_county_short_name_that_is_an_everyday_word_needs_a_chain():
    got = _found(YUNNAN + "落实富民政策。昆明市富民县。")  # 富民 is 昆明's 富民县 and also "enriching the people"
    assert [m for m in got if "富民" in m] == ["昆明市富民县"]


def test_a_lake_belongs_to_its_prefecture():
    got = _found("加强洱海保护治理。")
    assert (got["洱海"].province, got["洱海"].city) == ("云南省", "大理白族自治州")


def test_the_ends_of_a_route_are_places_whatever_word_they_make():
    got = _found("国家铁路局通报，集宁经大同至原平高铁、龙岩至武平段相继建成。")
    assert got["大同"].city == "大同市" and got["原平"].county == "原平市"  # 大同 is an everyday word elsewhere
    assert got["集宁"].province == "内蒙古自治区" and got["武平"].county == "武平县"
    assert "大同" not in _found("各地做法大同小异，至今未变。")  # no route after it
    got = _found("养护工赵永平至今已在这段公路上坚守了32年。一批白银经技术手段鉴定。")
    assert "永平" not in got and "白银" not in got  # 至今 and 经 open words, no other end
    assert "新市" not in _found("德清县加快交通建设，德清至新市公路改造完成。")  # no road to 新疆's 新市区
    got = _found("开工黔江至吉首高铁，建成奉节至建始高速。")
    assert got["吉首"].province == "湖南省" and got["建始"].province == "湖北省"  # provinces that border


def test_the_ends_of_a_route_place_none_of_its_figures():
    doc = _doc("标题\n汶川至马尔康高速公路全长172公里。")
    claims = [q for q in extract.extract_document(doc)["quantities"] if q["claim"]]
    assert [(q["actor"], q["place"]) for q in claims] == [("", "")]
    doc = _doc("四川交通\n汶川至马尔康高速公路全长172公里。内蒙古\n集宁至大同高铁开通后，两地旅行时间缩短至1小时。")
    claims = {q["text"]: q for q in extract.extract_document(doc)["quantities"] if q["claim"]}
    assert claims["172公里"]["actor"] == ""  # read in the text's province, still no body acting
    assert _found("省道太平至新华段改造工程全长18公里。") == {}  # everyday words, towns of the road
    doc = _doc("内蒙古自治区政府工作报告\n加快建设临河至哈密铁路。新开工高速公路1500公里。")
    claims = {q["text"]: q for q in extract.extract_document(doc)["quantities"] if q["claim"]}
    assert claims["1500公里"]["place"] == "内蒙古自治区"  # 哈密 ends the route in a province that does not border


def test_a_zone_named_after_a_place_belongs_to_that_place():
    got = _found("祥云经开区新签约项目20个。")
    assert got["祥云经开区"].county == "祥云县"


def test_a_zone_of_its_own_name_after_a_prefecture_or_province_is_a_place_there():
    got = _found("黔西南州义龙新区楼纳村，贵州贵安新区。")
    assert (got["黔西南州义龙新区"].province, got["黔西南州义龙新区"].city) == ("贵州省", "黔西南布依族苗族自治州")
    assert got["贵州贵安新区"].province == "贵州省"
    assert "云南省" in _found("云南省重点开发区。") and "浙江省" in _found("浙江省级开发区。")  # no name: 重点, 省级
    assert _found("湖北襄阳高新区。")["湖北襄阳高新区"].city == "襄阳市"  # a place's name chains on instead


def test_basins_and_deserts_belong_to_their_province():
    got = _found("位于准噶尔盆地的油田，塔克拉玛干沙漠边缘。")
    assert got["准噶尔盆地"].province == got["塔克拉玛干沙漠"].province == "新疆维吾尔自治区"


def test_sandy_lands_a_national_text_names_belong_to_their_province_and_shared_ones_to_the_texts():
    got = _found("在浑善达克沙地、乌兰布和沙漠实施治沙工程，科尔沁沙地、秦岭生态保护持续加强。")
    assert got["浑善达克沙地"].province == got["乌兰布和沙漠"].province == "内蒙古自治区"
    assert "科尔沁沙地" not in got and "秦岭" not in got  # three provinces share each: only a text about one places it
    assert _found("辽宁省阜新市、朝阳市、锦州市实施科尔沁沙地综合治理。")["科尔沁沙地"].province == "辽宁省"


def test_plains_rivers_and_ports_a_national_text_names_belong_to_their_province():
    got = _found("三江平原、西辽河流域地下水超采治理，北部湾港、平陆运河建设。")
    assert (got["三江平原"].province, got["西辽河"].province) == ("黑龙江省", "内蒙古自治区")
    assert got["北部湾港"].province == got["平陆运河"].province == "广西壮族自治区"


def test_a_zone_suffix_does_not_make_an_everyday_word_a_place():
    got = _found("浙江高质量发展建设共同富裕示范区。")  # 富裕 is also a county of 齐齐哈尔
    assert set(got) == {"浙江"}


def test_a_country_goes_by_the_name_the_foreign_ministry_gives_it():
    assert _found("产品出口阿拉伯联合酋长国和阿联酋迪拜。")["阿拉伯联合酋长国"].country == "阿联酋"


def test_a_foreign_city_gets_its_country():
    got = _found("双方在柬埔寨暹粒和东京举行会谈。")
    assert (got["柬埔寨暹粒"].country, got["柬埔寨暹粒"].city, got["柬埔寨暹粒"].level) == ("柬埔寨", "暹粒", "city")
    assert (got["东京"].country, got["东京"].province) == ("日本", "")


def test_a_capital_that_is_an_everyday_word_needs_its_country():
    got = _found("老挝万象的新气象，万象更新。")
    assert [m for m in got if "万象" in m] == ["老挝万象"]


def test_a_capital_that_is_an_everyday_word_is_a_place_in_a_text_about_its_country():
    text = "在柬埔寨首都金边街头，记者看到新机场。柬埔寨旅游业复苏，柬埔寨民众期待新机场，柬埔寨政府表示欢迎。"
    assert _found(text)["金边"].country == "柬埔寨"
    assert "金边" not in _found("柬埔寨客商来访。这件瓷器镶着金边，金边瓷盘产自广东，广东广州、广东佛山都有。")


def test_a_country_named_now_and_then_in_a_text_about_a_province_makes_no_capital_a_place():
    text = "广西南宁、广西柳州、广西桂林加快发展，广西北海扩大开放。与越南合作，越南客商、越南企业来桂投资。建设智慧边海防。"
    assert "海防" not in _found(text)


def test_a_foreign_statistics_office_is_no_place():
    got = _found("美国劳工部公布的数据显示，美国经济放缓。")
    assert list(got) == ["美国"] and next(iter(got.values())).start > 5
    view = _doc("美国劳工部公布的数据显示，美国经济放缓。").view
    assert [span for *span, _ in places.find_with_bodies_abroad(view)[1]] == [[0, 5]]  # the body, for organizations


def test_a_city_abroad_and_its_government_are_a_body_of_its_country_not_a_place():
    view = _doc("纽约市政府宣布，纽约将新建公寓2万套。").view
    found, abroad = places.find_with_bodies_abroad(view)
    assert abroad == [(0, 5, "美国")] and [p.mention for p in found] == ["纽约"]  # 纽约 after it is a place


def test_a_hong_kong_place_in_traditional_characters():
    doc = _doc("香港特區政府將在將軍澳興建醫院，並檢討屯門及觀塘的設施。香港的長者服務會繼續擴展，香港市民受惠。")
    got = {doc.text[p.start : p.end]: p for p in places.find(doc.view)}
    assert (got["將軍澳"].province, got["將軍澳"].county, got["將軍澳"].country) == ("香港特别行政区", "西贡区", "中国")


def test_hong_kong_localities_are_places_of_their_districts_only_in_a_text_about_hong_kong():
    doc = _doc("香港特區政府將在上水、厦村興建公營房屋，在牛頭角興建社區中心。香港的房屋供應會繼續增加，香港市民受惠。")
    got = {doc.text[p.start : p.end]: p.county for p in places.find(doc.view)}
    assert (got["上水"], got["牛頭角"], got["厦村"]) == ("北区", "观塘区", "元朗区")
    assert not any(p.mention == "上水" for p in places.find(_doc("陕西省上水村新建项目，全县增收。").view))


def test_a_city_gate_named_like_a_division_elsewhere_is_no_place_of_it():
    beijing = "北京市西城区推进城市更新。西城区在广安门内、椿树等街道改造平房，西城平房区申请式退租。西城区加快发展。"
    got = _found(beijing)
    assert "广安" not in got and "平房区" not in got  # 北京's gate and 街道, and its bungalow quarters: not 四川's, 哈尔滨's
    assert _found("广安市加快发展，广安门诊部开业，广安经济增长。")["广安"].province == "四川省"  # a clinic is no gate
    assert _found("四川省广安市加快发展。广安门户城市建设提速，广安经济增长。")["广安"].province == "四川省"  # nor a gateway
    assert _found("哈尔滨市平房区加快发展。")["哈尔滨市平房区"].province == "黑龙江省"


def test_macau_localities_crossings_and_landmarks_are_places_of_macau():
    doc = _doc("澳門特區政府公布，關閘及青茂口岸出入境人次增加，議事亭前地、大三巴牌坊遊客眾多，新馬路實施人車分流，媽閣一帶"
               "增設巴士站，外港客運碼頭航班加密。澳門酒店入住率上升，澳門經濟回暖。")
    got = {doc.text[p.start : p.end]: (p.province, p.county) for p in places.find(doc.view)}
    assert got["關閘"] == got["青茂口岸"] == ("澳门特别行政区", "花地玛堂区")
    assert (got["議事亭前地"], got["大三巴牌坊"], got["媽閣"]) == (("澳门特别行政区", "大堂区"), ("澳门特别行政区", "圣安多尼堂区"),
                                                             ("澳门特别行政区", "风顺堂区"))
    assert got["新馬路"][0] == got["外港客運碼頭"][0] == "澳门特别行政区"
    # a name that is also a word or a mainland place's is one only in a text about 澳门
    assert not {"新马路", "南湾", "关闸"} & set(_found("深圳市龙岗区南湾街道新马路改造完工，关闸放水后水位下降。深圳加快建设。"))
    shenzhen = "深圳市龙岗区南湾街道今年完成改造项目12个，新马路片区改造投资8.5亿元。深圳加快城市更新，深圳经济稳步增长。"
    assert "新马路片区" not in _found(shenzhen)  # a zone's generic vouches for no locality guarded to 澳门
    visits = "深圳市龙岗区南湾街道接待澳门社团考察团15批次。澳门街坊总会表示，澳门与深圳交流密切，澳门青年赴深就业增加。"
    assert _found(visits)["深圳市龙岗区南湾街道"].province == "广东省"  # not 澳门's, though the text names 澳门 often


def test_all_of_macau_is_macau_in_a_text_about_it_and_australia_elsewhere():
    release = "治安警察局公布，澳門口岸人流增加，全澳自助通道總數增至186條。澳門旅客增長，氹仔客運碼頭繁忙。"
    assert _found(release)["全澳"].province == "澳门特别行政区"
    assert "全澳" not in _found("澳大利亚卫生部说，全澳累计确诊病例超过1万例，悉尼病例增加。")  # Australia's
    assert not _found("当地时间5日，新州和维州山火持续蔓延。全澳已有超过1000万公顷土地过火，全澳消防员连续作战。")  # it makes
    # no text about 澳门


def test_a_text_that_calls_hong_kong_only_this_territory_is_about_it():
    release = "運輸及房屋局今天公布，本港私人住宅共有55,000個單位。本港落成量減少。"
    assert _found(release)["本港"].province == "香港特别行政区"
    assert places.home(places.find(_doc(release).view)) == {"香港特别行政区"}
    assert "本港" not in _found("运输及房屋局今天公布，本港私人住宅共有55,000个单位。")  # once is not enough
    assert not _found("推动上合资本港建设，资本港项目加快。")  # 资本|港: no word of its own
    port = "日照港集团召开分析会。一季度，全港完成货物吞吐量1.5亿吨；全港集装箱吞吐量完成200万标准箱。"
    assert "全港" not in _found(port)  # a port's news names its city: 全港 is the port
    county = "如东经济稳步增长，如东工业提质，如东港口繁荣。全县增长。洋口港全港完成吞吐量，全港集装箱吞吐量增长。"
    assert "全港" not in _found(county)
    assert not _found("澳大利亚卫生部说，全澳累计确诊病例超过1万例。全澳已有5个州实施封锁。").get("全澳")  # Australia


def test_this_territory_names_hong_kong_only_in_a_text_about_it():
    hong_kong = _found("香港经济向好，香港就业稳定，香港旅游回暖。本港失业率下降。")
    yunnan = _found(YUNNAN + "本港货物吞吐量增长。")
    assert hong_kong["本港"].province == "香港特别行政区" and "本港" not in yunnan


def test_gazetteer_rows_name_real_divisions():
    units = {u.code: u for u in divisions.load().units}
    for row in csv_book("helpers.extract", "gazetteer.csv"):
        unit = units[row["code"]]
        assert (unit.province, row["source"] != "") == (row["province"], True), row["mention"]


def test_world_rows_have_a_country_code_or_a_regions_m49_code_and_a_source():
    for row in csv_book("helpers.extract", "world.csv"):
        code = "[0-9]{3}" if row["level"] == "region" else "[A-Z]{2}"
        assert re.fullmatch(code, row["code"]) and row["level"] in ("country", "city", "region") and row["source"], row


def test_a_region_of_the_world_is_a_place_of_its_own_but_places_no_figure():
    text = "江苏外贸\n江苏中亚中心升级为中国—中亚贸易合作平台，对中亚进出口增长12%，对非洲、拉美出口分别增长5%、6%。"
    rows = {p.mention: (p.level, p.country, p.code) for p in places.find(text)}
    assert rows["非洲"] == ("region", "非洲", "002") and rows["拉美"] == ("region", "拉丁美洲", "419")
    assert "中东" not in {p.mention for p in places.find("中东部地区经济增长5%。")}  # 中东部: China's centre and east
    disease = extract.extract_document(ingest.build("t", "t", "防疫\n做好口蹄疫、非洲猪瘟等防控。", "utf-8", b""))["places"]
    assert not disease  # a disease's name, after a list's mark too
    claims = {q["text"]: q["place"] for q in extract.extract_document(ingest.build("t", "t", text, "utf-8", b""))["quantities"] if q["claim"]}
    assert claims["12%"] == "江苏省"  # no text is about a region as it may be about a country
    named = "非洲开发银行表示，中国—中东欧国家合作取得进展，亚洲基础设施投资银行成员增至109个。"
    table = extract.extract_document(ingest.build("t", "t", named, "utf-8", b""))["places"]
    assert not [row for row in table if row["level"] == "region"]  # inside bodies' names, and 中东欧


def test_a_gazetteer_row_with_an_unknown_level_is_an_error_naming_the_codebook():
    with pytest.raises(ValueError, match="codebooks/world.csv: '某城' has level 'town'"):
        places._gazetteer_reading("world.csv", {"mention": "某城", "level": "town", "code": "XX"})


def test_a_short_name_inside_a_common_word_yields_to_the_place_it_overlaps():
    assert list(_found("建设美丽江苏。")) == ["江苏"]  # 美丽 runs into 丽江 (a city of 云南)


def test_a_unit_with_two_short_names_goes_by_both():
    got = _found("克州与克孜勒苏")
    assert got["克州"].city == got["克孜勒苏"].city == "克孜勒苏柯尔克孜自治州"


def test_grouping_lines_of_the_division_list_are_no_units():
    from helpers.extract import divisions

    assert divisions.prefecture_count("广东省") == 21  # 东莞市 and 中山市 have no counties but are prefectures
    xiantao = next(u for u in divisions.load().units if u.name == "仙桃市")
    assert xiantao.province == "湖北省" and xiantao.city == ""  # administered by the province directly
    assert not [u for u in divisions.load().units if u.name.endswith("直辖行政区划")]


def test_a_name_that_a_word_runs_into_is_no_place():
    assert not _found("顺应城市发展规律，做好医保定点机构管理，加强太行山东北部生态保护。")
    assert _found("中共云南省委召开全会。")["云南省"].province == "云南省"  # inside a body's name it stays


def test_a_name_at_the_end_of_a_word_made_of_a_common_word_and_the_name_is_a_place():
    assert tagged("首都北京胡同里")[0][0] == "首都北京"  # jieba reads the epithet and the name as one word
    assert _found("少数民族村寨中、首都北京胡同里都留下了身影。")["北京"].province == "北京市"
    assert not _found("祝两国友谊万古长春，早餐吃了火腿三明治。")  # words that only end in a name (idioms, foods)


def test_a_province_and_its_city_read_as_one_word_are_both_names():
    assert tagged("在吉林长春，")[1][0] == "吉林长春"  # jieba reads the two names as one word
    assert _found("在吉林长春，全市社区建立了网格长。")["吉林长春"].city == "长春市"


@pytest.mark.parametrize("text, name", [("吕梁山西麓", "山西"), ("美国马里兰州", "兰州"), ("上海南京路", "南京"),
                                        ("喀纳斯湖北岸", "湖北")])
def test_a_name_that_does_not_chain_with_the_one_before_stays_inside_its_word(text, name):
    assert not [n for n in _found("记者在" + text + "看到") if n.endswith(name)]


@pytest.mark.parametrize("mark", list("、，。；：！？“”‘’《》（）【】…—· \n\u3000"))
def test_no_word_runs_across_punctuation_or_a_space(mark):
    # a place name right after one of them starts a word without being segmented (places._starts_a_word)
    ends = set(accumulate(len(word) for word, _ in tagged("美丽" + mark + "江苏省")))
    assert len("美丽" + mark) in ends


def test_a_level_suffix_that_opens_an_area_word_ends_no_name():
    found = _found("落实西安区域科技创新中心建设，壮大县域经济。")
    assert "西安区" not in found  # the district of 辽源, 吉林
    assert found["西安"].province == "陕西省"


def test_a_river_within_one_province_is_a_place_of_that_province():
    got = _found("九龙江、闽江水质保持优良，汾河生态修复加快。")
    assert {m: p.province for m, p in got.items()} == {"九龙江": "福建省", "闽江": "福建省", "汾河": "山西省"}


def test_the_main_rivers_of_a_province_are_its_places_but_not_inside_other_words():
    got = _found("江西省水利厅消息，饶河、修河和袁河水位上涨，抚河超警戒水位。湖南澧水、沅水出现洪峰。")
    assert {m: p.province for m, p in got.items() if m not in ("江西省", "湖南")} == {
        "饶河": "江西省", "修河": "江西省", "袁河": "江西省", "抚河": "江西省", "澧水": "湖南省", "沅水": "湖南省"}
    got = _found("黑龙江省双鸭山市饶河县加快发展。擦亮“投资江西”品牌，修河道。")
    assert got["黑龙江省双鸭山市饶河县"].county == "饶河县" and got["江西"].province == "江西省" and "修河" not in got


def test_a_river_shared_by_provinces_is_a_place_of_the_one_the_text_is_about():
    guizhou = _found("贵州省加快发展。贵州各地响应，贵州交通提速。大桥飞架乌江。")
    chongqing = _found("重庆市加快发展。重庆各区响应，重庆交通提速。大桥飞架乌江。")
    assert guizhou["乌江"].province == "贵州省" and chongqing["乌江"].province == "重庆市"
    assert "乌江" not in _found("北京市加快发展。北京各区响应，北京交通提速。大桥飞架乌江。")


def test_a_city_goes_by_its_old_name_in_a_text_about_its_province():
    assert _found(YUNNAN + "春城花开。")["春城"].city == "昆明市"
    assert "嘉州" not in _found("北京市加快发展。北京各区响应，春到嘉州。")


def test_the_towns_a_text_names_alone_count_towards_the_province_it_is_about():
    got = _found("春到嘉州。乐山市市中区推进乡村振兴，水口镇、平兴镇和牟子镇各有示范点。")
    assert got["嘉州"].city == "乐山市"


def test_a_gazetteer_name_with_rows_for_several_provinces_must_guard_each(monkeypatch):
    rows = [{"mention": "某江", "province": p, "level": "province", "code": c, "guard": g}
            for p, c, g in (("贵州省", "520000", "home"), ("重庆市", "500000", ""))]
    monkeypatch.setattr(places, "csv_book", lambda package, book: rows)
    with pytest.raises(ValueError, match="codebooks/gazetteer.csv: '某江' has 2 rows, so each must be guarded 'home'"):
        places._gazetteer_readings("gazetteer.csv")


def test_a_provinces_one_character_name_after_a_verb_of_going_or_staying():
    found = lambda text: [(p.mention, p.province) for p in places.find(text)]  # noqa: E731
    assert found("今年访澳旅客突破两千万人次，澳门经济回暖") == [("澳", "澳门特别行政区"), ("澳门", "澳门特别行政区")]
    assert found("全职在琼两院院士增至10人") == [("琼", "海南省")]
    assert found("他赴澳留学") == [] and found("船舶进港1200艘次，离港1150艘次") == []  # Australia, a port
    assert found("驻港部队") == [] and found("在港口装卸") == []  # a word of its own, or a longer word
    assert found("在京津冀地区") == []  # 京 opens the word 京津冀
    assert found("澳丽妃是村里引进的闽籍企业") == [("闽", "福建省")] and found("他的原籍在外地") == []  # native of


def test_a_run_of_countries_short_names_before_a_word_of_relations_names_each_country():
    found = lambda text: [(p.mention, p.country, p.short) for p in places.find(text) if p.country != places.CHINA]  # noqa: E731
    assert found("口岸承担的中俄陆路过货量比重65%") == [("俄", "俄罗斯", True)]
    assert found("匈塞铁路建设") == [("匈", "匈牙利", True), ("塞", "塞尔维亚", True)]
    assert found("中吉乌铁路") == [("吉", "吉尔吉斯斯坦", True)]  # 乌 shorts two countries
    assert found("中泰双方已开设16处水果陆路口岸") == [("泰", "泰国", True)]
    assert found("口岸承担着中俄之间65%的陆路过货量，承担着中蒙之间95%的过货量") == [("俄", "俄罗斯", True), ("蒙", "蒙古国", True)]
    for text in ("中美洲国家", "中老年人", "中英文版本", "心中越来越亮", "其中以合作社为主", "中意的房子", "中欧班列开行"):
        assert found(text) == [], text


def test_shoudu_alone_is_beijing_and_no_place_of_figures():
    found = lambda text: [(p.mention, p.province, p.short) for p in places.find(text) if p.mention == "首都"]  # noqa: E731
    assert found("建设首都南部发展新的增长极") == [("首都", "北京市", True)]
    assert found("塞尔维亚首都贝尔格莱德") == [] and found("该国首都") == [] and found("首都北京") == []
    assert found("塞尔维亚总统在首都会见客人。塞尔维亚经济增长，塞尔维亚旅游业发展") == []  # a text about a country abroad


def test_a_management_district_goes_by_its_short_name_and_qu():
    found = places.find("大通湖区一合作社丰收盈利。湖南各地，湖南农民，湖南益阳。")
    assert [(p.mention, p.county, p.code) for p in found][0] == ("大通湖区", "益阳市大通湖管理区", "430971")
    assert places.find("推动塞北区域经济协调发展") == []  # 塞北 is an everyday word: it needs a chain


def test_a_peach_orchard_is_no_city_of_taiwan():
    assert places.find("欧祖兵流转了村里的桃园") == []
    assert [p.city for p in places.find("台湾桃园市")] == ["桃园市"]


def test_a_text_about_its_own_county_names_it_by_its_short_name_alone():
    text = "全县干部建设美好利辛。利辛之变有目共睹。我县生产总值增长7.4%，养心利辛新名片。"
    assert [p.county for p in places.find(text) if p.mention == "利辛"] == ["利辛县"] * 3
    assert places.find("建设美好利辛。利辛之变有目共睹。养心利辛新名片。") == []  # no 全县: not about its own county
    assert places.find("全县干部建设美好利辛。利辛之变。") == []  # named too seldom


def test_shoudu_inside_another_word_or_after_a_state_abroad_is_no_beijing():
    capital = lambda text: [p.province for p in places.find(text) if p.mention == "首都"]  # noqa: E731
    assert capital("两国元首都高度重视双边关系。") == [] and capital("这些罪魁祸首都已被抓获。") == []
    assert capital("伦敦是英国的首都，也是金融中心。") == []
    assert capital("中国首都的发展日新月异。") == ["北京市"]  # the state is China


def test_a_run_of_short_names_needs_chinas_or_two_countries():
    found = lambda text: [p.country for p in places.find(text) if p.country != places.CHINA]  # noqa: E731
    assert found("全县新老企业协同发展，实现新老交流。") == [] and found("推动老中青年干部交流") == []
    assert found("中老铁路通车") == ["老挝"]


def test_a_place_that_names_a_street_is_no_place():
    found = _found("上海外滩、南京路商业街和南京东路春节接待游客190万人次，中山大道也很热闹。")
    assert set(found) == {"上海"}  # 南京路 is Shanghai's street, not 江苏; 中山 is no place here either
    kept = _found("湖南路桥集团发布路线图，北京路演活动举行。在返回厦门路上，从西安路过的游客达3万人。")
    assert {"湖南", "北京", "厦门", "西安"} <= set(kept)  # 路桥, 路演, 路上 and 路过 are words of their own
    shenyang = _found("沈阳市城市更新\n沈阳市和平区太原街商圈改造完成后，日均客流8万人次。沈阳市民在北京街头购物。")
    assert "太原" not in shenyang and "北京" in shenyang  # another province's city before 街 in a 沈阳 text; 街头 a word
    nanjing = _found("南京市文化和旅游局\n南京市秦淮区老门东不输北京大街，南京市借鉴北京胡同改造经验。")
    assert "北京" in nanjing  # 北京大街, 北京胡同: Beijing's own streets


def test_a_text_that_names_one_province_and_speaks_of_it_as_its_own_unit_is_about_it():
    text = ("重庆农业农村发展稳中有进。2024年全市第一产业增加值2136亿元，全市粮食播种面积稳定。"
            "重庆的巫山脆李、涪陵榨菜、奉节脐橙已成为大产业。巴渝土特产评选启动。")
    got = _found(text)
    assert got["巫山"].province == got["涪陵"].province == got["奉节"].province == got["巴渝"].province == "重庆市"
    assert "巫山" not in _found("重庆农业农村发展稳中有进。巫山脆李、涪陵榨菜、奉节脐橙已成为大产业。")  # no 全市
    liaoning = "深入贯彻习近平总书记在辽宁考察时的重要讲话。全市生产总值增速全省第7位，高于全省0.1个百分点。凌源项目开工。"
    assert _found(liaoning)["凌源"].province == "辽宁省"  # named once, and 全省 twice


def test_a_city_that_names_a_municipality_once_is_not_about_it():
    assert "通州" not in _found("全市实现生产总值5000亿元，全市新增就业5万人。与北京开展合作。通州、海门、如东加快发展。")


@pytest.mark.parametrize("text, county", [
    ("积石山县发生6.2级地震", "积石山保安族东乡族撒拉族自治县"),
    ("鄂温克旗草原", "鄂温克族自治旗"),
])
def test_an_autonomous_county_or_banner_goes_by_its_short_name_and_xian_or_qi(text, county):
    assert county in [p.county for p in places.find(text)]


@pytest.mark.parametrize("text", ["实现效益最大化县域经济", "建立邻里互助县级服务中心"])
def test_a_two_character_short_name_with_xian_is_guarded_as_the_short_name_is(text):
    assert places.find(text) == []


@pytest.mark.parametrize("text, at, expected", [
    ("香港旅客上升", 2, True),
    ("香港及中國台灣旅客佔28.0%", 2, True),  # the first of a list of where visitors come from
    ("中國大陸、香港及中國台灣旅客為主", 4, True),
    ("三亚游客接待量", 2, False),  # visitors counted where they arrive
    ("香港和深圳的经济", 2, False),
])
def test_where_visitors_come_from(text, at, expected):
    assert places.visitors_from(text, at) is expected


def test_a_headline_names_the_county_its_story_is_set_in_by_its_short_name():
    def found(text):
        return [(p.mention, p.county) for p in places.find_with_bodies_abroad(text, headline=(0, text.index("\n")), lead_end=len(text))[0]]

    assert found("春风里——海阳工业企业开工忙\n记者来到一家企业车间，公司订单已排到3月底。") == [("海阳", "海阳市")]
    assert found("海阳工业企业开工忙\n记者来到一家企业车间，公司订单已排到3月底。") == [("海阳", "海阳市")]  # opening it
    assert places.find("春风里——海阳工业企业开工忙\n记者来到一家企业车间。") == []  # no headline given: none
    for text in ("海阳工业企业开工忙\n广东省一家企业订单已排到3月底。",  # another province
                 "张海阳：把论文写在大地上\n他培育小麦新品种12个。",  # a person's name
                 "海阳籍选手夺冠\n本届比赛设28个项目。", "海阳路沿线改造完工\n新增停车位120个。",  # an origin, a street
                 "赴海阳学习考察有感\n考察组一行12人。",  # where visitors went
                 "海阳企业开工忙\n全国规模以上工业企业复工率达90%。"):  # the nation's story
        assert ("海阳", "海阳市") not in found(text), text



def test_the_names_overseas_chinese_texts_give_countries_are_those_countries_but_not_inside_a_word():
    from helpers import extract

    doc = ingest.build("t", "t", "貿易\n中國與哈薩克、烏茲別克等中亞國家貿易增長，義大利和紐西蘭也在其列。新疆哈萨克族群众喜迎丰收。", "utf-8", b"")
    found = {p["mention"]: p["country"] for p in extract.extract_document(doc)["places"]}
    assert {m: found.get(m) for m in ("哈薩克", "烏茲別克", "義大利", "紐西蘭")} == {
        "哈薩克": "哈萨克斯坦", "烏茲別克": "乌兹别克斯坦", "義大利": "意大利", "紐西蘭": "新西兰"}
    assert "哈萨克" not in found


def test_a_county_named_short_in_a_list_with_its_prefecture_or_a_sibling_is_that_county():
    found = places.find("后在四川广元、青川、苍溪等地完成了223栋房屋的加固。")
    assert [(p.mention, p.county) for p in found if p.level == "county"] == [("青川", "青川县"), ("苍溪", "苍溪县")]
    assert [p.mention for p in places.find("青川、苍溪两县完成加固。")] == []  # no kin named: nothing tells which
    assert [p.mention for p in places.find("青川、苍溪等地完成加固。")] == ["青川", "苍溪"]  # the list says they are places
    assert [p.province for p in places.find("湖北仙桃市和白沙的农户")] == ["湖北省"]  # 海南's 白沙 is no kin of 仙桃


def test_a_prefecture_named_short_in_a_list_of_cities_is_that_prefecture():
    found = places.find("168个重点城市中，海口、福州、贵阳、黄山、珠海等20个城市空气质量相对较好。")
    assert [(p.mention, p.city) for p in found if p.mention == "黄山"] == [("黄山", "黄山市")]
    assert [p.mention for p in places.find("黄山、普洱等地")] == []  # no prefecture found beside them: nothing vouches
    assert "黄山" not in [p.mention for p in places.find("登上黄山、泰山。")]  # beside a mountain, no city
    assert "中山" not in [p.mention for p in places.find("游客在南京、中山陵、夫子庙等地打卡。")]  # an item it only opens


def test_a_prefecture_named_short_beside_one_named_after_its_province_is_that_prefecture():
    found = places.find("廠房主要位於廣東省惠州、江門及中山等地。".translate(str.maketrans("廠於廣東門", "厂于广东门")))
    assert [(p.mention, p.city) for p in found] == [("广东省惠州", "惠州市"), ("江门", "江门市"), ("中山", "中山市")]
    assert "黄山" not in [p.mention for p in places.find("登上山东泰山、黄山。")]  # 泰山 names no prefecture by its own name
    assert [p.mention for p in places.find("四川省成都、安康养老服务中心")] == ["四川省成都"]  # 陕西's 安康: no kin of 四川's


def test_a_division_s_name_that_ends_a_river_s_or_a_mountain_s_name_is_no_place_of_its_own():
    assert [p.mention for p in places.find("浦阳江水位上涨，沿浦阳江两岸排查，仙华山景区关闭。")] == []  # 浦|阳江, 仙|华山
    assert [p.mention for p in places.find("提升芜湖省域副中心能级，实施新一轮巢湖流域治理，赴阳江考察，游华山。")] == \
        ["芜湖", "巢湖", "阳江", "华山"]  # a word before them, or a verb: the places


def test_a_provinces_short_name_and_a_direction_name_a_region_of_it():
    found = places.find("推动豫北、鲁西协同发展，加快鄂北地区水资源配置。")
    assert [(p.mention, p.province) for p in found] == [("豫北", "河南省"), ("鲁西", "山东省"), ("鄂北", "湖北省")]
    assert [(p.mention, p.level) for p in places.find("晋中市")] == [("晋中市", "prefecture")]  # a division's name stands
    assert [p.mention for p in places.find("四川中部")] == ["四川"]  # 川中 runs across 四川


def test_a_provinces_part_named_by_direction_is_no_government_and_acts_for_none():
    from helpers import extract, ingest

    text = "赣州市2025年统计公报\n赣州市统计局\n全年粮食总产量272.6万吨。年末赣南脐橙种植面积193万亩。河南粮食产量增长3%。"
    rows = extract.extract_document(ingest.build("t", "t", text, "utf-8", b""))["quantities"]
    actors = {q["text"]: q["actor"] for q in rows if q["claim"]}
    assert actors["193万亩"] == "赣州市统计局"  # 赣南 is southern Jiangxi, not its government
    assert actors["3%"] == "河南省"  # a province's own name acts
    zones = "陕西经济\n陕西省人民政府\n西咸新区固定资产投资增长10.3%。浦东新区地区生产总值增长5%。"
    rows = extract.extract_document(ingest.build("t", "t", zones, "utf-8", b""))["quantities"]
    assert {q["text"]: q["actor"] for q in rows if q["claim"]}["10.3%"] == "陕西省人民政府"  # a zone is no government


def test_where_someone_came_home_from_places_no_figure():
    from helpers import extract, ingest

    text = "高寨村的茶\n转机始于茶。村党支部书记王德明2015年从广东东莞打工返乡后进入村“两委”班子。\n村里茶园面积达1860亩。"
    rows = extract.extract_document(ingest.build("t", "t", text, "utf-8", b""))["quantities"]
    assert {q["text"]: q["place"] for q in rows if q["claim"]}["1860亩"] != "广东省"


def test_the_countries_of_a_joint_dispatch_abroad_that_its_text_names():
    named = places.find("老挝、柬埔寨、秘鲁和美国")
    assert places.dateline_countries("万象/金边／利马", named) == {"老挝", "柬埔寨", "秘鲁"}  # names that need context elsewhere
    assert places.dateline_countries("万象/金边", places.find("老挝")) == {"老挝"}  # 柬埔寨 not named in the text
    assert places.dateline_countries("华盛顿", named) == frozenset()  # one city: a bureau reports on the world from there
    assert places.dateline_countries("北京/香港", named) == places.dateline_countries("", named) == frozenset()


def test_a_city_abroad_keeps_its_own_level_and_district():
    found = [(p.mention, p.country) for p in places.find("据首尔市中区厅统计，商户已接入移动支付。新加坡山东周等活动举办。")]
    assert ("市中区", "中国") not in found  # 首尔|市中区厅: no county of 乐山
    assert ("山东", "中国") in found  # 新加坡|山东周: a place of its own


def test_a_gazetteer_name_that_jieba_reads_as_the_end_of_another_place_is_not_that_place():
    doc = _doc("安徽省通报水质\n安徽全省湖库中，城西湖水质良好，游客赴杭州西湖游览。")
    lakes = [(doc.text[p.start - 1 : p.end], p.province) for p in places.find(doc.view) if p.mention == "西湖"]
    assert lakes == [("州西湖", "浙江省")]  # 杭州西湖 only, not 城西湖
    doc = _doc("中澳合作\n中国和澳洲加强合作，澳洲企业来华投资。")
    assert [p.mention for p in places.find(doc.view)].count("澳洲") == 2  # 和|澳洲: a conjunction opens no place's name


def test_a_county_that_became_a_city_after_the_division_list_is_found_by_its_city_name():
    found = _found("芜湖市统计局发布数据\n芜湖市统计局介绍，全市工业增长7%，其中无为市增长9.2%，南陵县增长6%。")
    assert (found["无为市"].province, found["无为市"].city) == ("安徽省", "芜湖市")  # the gazetteer's row (2019)
    assert "大城市" not in _found("河北省发展改革委通报\n河北省推动大城市、中小城市协调发展，河北大城市辐射带动。")


def test_hong_kongs_central_and_planned_districts_are_its_places_in_a_text_about_it():
    got = _found("香港零售業\n香港特區政府統計處公布，在銅鑼灣、旺角、尖沙咀及中環等主要購物區客流回升，北部都會區建設加快。")
    assert {got[m].province for m in ("中環", "北部都會區")} == {"香港特别行政区"}
    assert "中环" not in _found("江苏省文化和旅游厅\n南京市中环线改造完成，全省接待游客增长。")  # only about Hong Kong


def test_airports_by_their_names_are_places_of_their_city_for_which_no_government_acts():
    found = {p.mention: p for p in places.find("白云机场旅客吞吐量增长10%，鄂州花湖机场货邮吞吐量31.4万吨，咸阳机场客流增长。")}
    assert (found["白云机场"].city, found["花湖机场"].province, found["咸阳机场"].province) == ("广州市", "湖北省", "陕西省")
    assert all(found[m].is_feature for m in ("白云机场", "花湖机场", "咸阳机场"))
    home = "重庆市经济增长，重庆两江新区发展，江北国际机场年旅客吞吐量首次突破5000万人次。"  # a name that is a district's elsewhere
    assert {p.mention: p.province for p in places.find(home)}["江北国际机场"] == "重庆市"  # in a text about its province only
    assert "凤凰机场" not in {p.mention for p in places.find("湖南凤凰县旅游\n凤凰县今年游客增长，凤凰机场旅客吞吐量增长。")}
    assert not [p for p in places.find("全省新建通用机场3个，支线机场2个。") if p.mention.endswith("机场")]


def test_a_county_abroad_named_in_transliteration_is_its_countrys():
    text = "蒙内铁路\n新华社内罗毕电 肯尼亚蒙内铁路通车。拉穆郡的渔民受益，肯尼亚经济增长5%。"
    table = extract.extract_document(ingest.build("t", "t", text, "utf-8", b""))["places"]
    assert {row["mention"]: row["country"] for row in table}["拉穆郡"] == "肯尼亚"


def test_a_place_name_at_home_inside_a_transliterated_name_is_no_place():
    assert "恩施" not in [p.mention for p in places.find("继德国阿恩施塔特工厂之后，又一座工厂开工。")]  # 阿恩施塔特
    assert "海南" in [p.mention for p in places.find("平安海南根基不断夯实。")]  # jieba reads no foreign name there


def test_a_ministry_abroad_that_lists_its_fields_is_one_body_before_its_ministers_title():
    for text, body in (("肯尼亚交通和道路部长彼得·穆通加表示，铁路很好。", "肯尼亚交通和道路部"),
                       ("肯尼亚投资、贸易和工业部长丽贝卡·万吉鲁说，铁路很好。", "肯尼亚投资、贸易和工业部")):
        found, abroad = places.find_with_bodies_abroad(text)
        assert [text[s:e] for s, e, _ in abroad] == [body] and not found
    found, abroad = places.find_with_bodies_abroad("美国、日本外交部表示。")  # a list of states, then one's ministry
    assert [p.mention for p in found] == ["美国"] and len(abroad) == 1


def test_a_river_inside_another_word_or_of_another_province_is_no_place():
    got = _found("中国电信江苏分公司和重庆电信江北分局开展合作。安抚河北灾民。凤凰古城沱江两岸游人如织。")
    assert "信江" not in got and "抚河" not in got and "沱江" not in got and got["河北"].province == "河北省"
    got = _found("信江流域水质优良，抚河流域治理加快。")  # a word after them is no word into them
    assert got["信江"].province == got["抚河"].province == "江西省"


def test_a_verb_of_acting_together_after_a_body_opens_no_place():
    found = [p.mention for p in places.find("泸定县市场监管局会同县文旅局组成联合检查组。")]
    assert "会同县" not in found  # 会同 the verb after a body's name, not 湖南's 会同县
    assert "会同县" in [p.mention for p in places.find("会同县人民政府发布，会同县新增就业1万人。")]
    assert "会同县" in [p.mention for p in places.find("国家税务总局会同县税务局介绍。")]  # a head office's county branch


def test_a_districts_full_name_that_is_an_everyday_noun_needs_context():
    assert "老城区" not in _found("杭州市新建住宅小区按每百户不少于10个托位配建，老城区和已建成居住区不少于7个。")
    assert _found("洛阳市老城区今年新建托位200个。")["洛阳市老城区"].code == "410302"  # in a chain
    assert _found("老城区人民政府今年新建托位200个。")["老城区"].code == "410302"  # before its own government
    text = "西安市新城区今年新建托位200个。新城区还将新增100个。"  # named in full before: the same district again
    assert [(p.start, p.code) for p in places.find(_doc(text).view)] == [(0, "610102"), (17, "610102")]
    text = "西宁市城东区、城西区、城北区分别新增城镇就业8600人、9200人和7800人。"  # no everyday noun
    assert [p.mention for p in places.find(_doc(text).view)] == ["西宁市城东区", "城西区", "城北区"]
    text = "西安市新城区今年新增市场主体1.2万户，新城区政府投入2亿元，新城区区委书记作报告。"  # before its own bodies
    assert [p.code for p in places.find(_doc(text).view)] == ["610102"] * 3


def test_short_names_in_a_list_the_text_closes_as_counties_are_counties_anywhere():
    found = _found("在太湖流域的宜兴、长兴、苏州市吴江区和巢湖流域的肥西、庐江等县（市、区）推进测土配方施肥。")
    assert {m: found[m].province for m in ("宜兴", "长兴", "肥西", "庐江")} \
        == {"宜兴": "江苏省", "长兴": "浙江省", "肥西": "安徽省", "庐江": "安徽省"}
    assert {"淅川", "郧阳"} <= set(_found("丹江口库区的淅川、郧阳等5个县开展试点。"))
    assert {"晋宁", "呈贡"} <= set(_found("支持滇池流域的晋宁、呈贡等地建设粪污集中收集处理中心。"))


def test_short_names_listed_before_no_counties_word_stay_guarded():
    assert "肥西" not in _found("肥西、庐江等县级医院开展试点。")  # 县级: a level of hospitals, no counties
    assert "宜兴" not in _found("宜兴、长兴两地开展试点。")  # (in a text about no province of theirs)


def test_lakes_and_reservoirs_are_their_provinces():
    found = _found("丹江口库区水质改善，阳澄湖大闸蟹上市，梁子湖和高邮湖开展禁捕。")
    assert {m: found[m].province for m in ("丹江口库区", "阳澄湖", "梁子湖", "高邮湖")} \
        == {"丹江口库区": "湖北省", "阳澄湖": "江苏省", "梁子湖": "湖北省", "高邮湖": "江苏省"}


def test_a_list_of_places_a_unit_acts_in_or_of_plots_names_no_county_elsewhere():
    assert "南江" not in _found("平江县在长寿、安定、南江等地开展油茶种植。")  # 平江县's own towns
    assert "长兴" not in _found("挂牌出让新华、长兴等地块，总面积120亩。")  # plots


def test_a_list_closed_by_places_in_a_text_about_one_province_names_no_county_of_another():
    text = "平江县油茶产业发展纪实\n平江县大力发展油茶。县委书记深入长寿、安定、南江等地调研油茶生产。"
    found = extract.extract_document(_doc(text))["places"]
    assert {p["province"] for p in found if p["mention"] == "南江"} <= {"湖南省"}  # 平江's town, if any
    assert "长兴" not in _found("在解放、长兴等地段设置潮汐车道。")  # road sections


def test_a_town_of_the_province_a_text_is_about_that_one_county_of_it_has_stands_alone():
    text = "安徽省审计厅公布审计结果。安徽环巢湖乡镇污水处理厂负荷率不足60%，最低的长临河镇污水处理厂仅为31.5%。安徽各地要整改。"
    got = _found(text)
    assert (got["长临河镇"].county, got["长临河镇"].level) == ("肥东县", "township")
    text = "四川省政府工作报告。四川要提高城镇化水平，培育文明乡风，建设一批中心镇。四川各地加快发展。"
    assert not {"高城镇", "文明乡", "中心镇"} & set(_found(text))  # inside other words, or a kind of town
    text = "河北省推进小集镇建设。河北省统筹推进县城、中心镇和小集镇建设，沿黄三乡镇群众住进新社区。河北各地响应。"
    assert not {"小集镇", "三乡镇"} & set(_found(text))  # kinds of town (集镇, 乡镇) that a county's town is named alike
    text = "湖南考察团赴浙江学习。湖南省文化和旅游厅考察团先后走访了西塘镇、乌镇。湖南各地借鉴经验，湖南省长沙市派员参加。"
    assert "西塘镇" not in _found(text)  # a town of 岳阳, a prefecture the text names no place of
    text = ("浙江省特色小镇建设推进会召开。各地要学习江苏经验，借鉴锦溪镇古镇保护的做法。丽水市、衢州市要加快推进小镇建设。"
            "浙江各地响应。")
    assert "锦溪镇" not in _found(text)  # another province's, named in its sentence
    text = "江西省旅游发展大会召开。江西要学习借鉴安徽宏村镇发展古村落旅游的经验。江西各地响应。"
    assert "宏村镇" not in _found(text) or _found(text)["宏村镇"].province != "江西省"  # 安徽's, named after it


def test_a_county_name_of_two_provinces_said_alone_after_the_text_named_it_in_a_chain_keeps_that_reading():
    got = [(doc_p.mention, doc_p.province) for doc_p in places.find("我到甘肃临夏州东乡县调研。东乡县教育局局长说，全县学生享受资助。")]
    assert ("东乡县", "甘肃省") in got and ("东乡县", "江西省") not in got  # not 江西 抚州's 东乡县 of old


def test_a_county_name_read_in_two_provinces_keeps_each_chain_s_reading():
    text = "浙江省杭州市西湖区与江西省南昌市西湖区签署协议。南昌市西湖区去年接待游客1200万人次，杭州市西湖区接待游客3500万人次。"
    got = {(p.mention, p.province) for p in places.find(text)}
    assert ("江西省南昌市西湖区", "江西省") in got and ("南昌市西湖区", "江西省") in got and ("杭州市西湖区", "浙江省") in got


def test_a_city_abroad_read_in_datelines_only_is_a_place_after_its_country_or_listed_with_another_abroad():
    text = "新闻发布会\n企业加密至汉堡、鹿特丹等欧洲港口的航线。市长在德国汉堡出席洽谈会。他爱吃汉堡和薯条。"
    found = [(p["mention"], p["country"]) for p in extract.extract_document(_doc(text))["places"]]
    assert found == [("汉堡", "德国"), ("鹿特丹", "荷兰"), ("德国", "德国"), ("汉堡", "德国")]  # not the hamburger
    food = "美食节\n意大利比萨、德国烤肠、美国汉堡、日本寿司受欢迎。日本富士苹果热销。一份意大利比萨68元。德国汉堡包售价25元。"
    assert {p["mention"] for p in extract.extract_document(_doc(food))["places"]} == {"意大利", "德国", "美国", "日本"}
    trip = "旅行\n游览了东京、富士山和大阪。在德国汉堡设立办事处。杜伊斯堡、汉堡等地。"
    assert [p["mention"] for p in extract.extract_document(_doc(trip))["places"]] == ["东京", "大阪", "德国", "汉堡", "杜伊斯堡", "汉堡"]
    port = "新华社阿拉木图6月1日电\n经哈萨克斯坦过境的中欧班列达到6823列。德国汉堡港是欧洲第三大港口。从德国汉堡出发。"
    got = extract.extract_document(_doc(port))
    assert [p["mention"] for p in got["places"]].count("汉堡") == 2  # its port; after 从
