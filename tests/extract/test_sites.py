"""Sites (wetlands, scenic areas, nature reserves, reservoirs, irrigation areas) named in a text about one unit or after a
province."""

from helpers import extract, ingest


def _places(text: str) -> dict[str, str]:
    doc = ingest.build("t", "t", text, "utf-8", b"")
    return {p["mention"]: p["province"] for p in extract.extract_document(doc)["places"]}


FUJIAN = "福建保护湿地\n福建省林业厅介绍，福建全省重要湿地总面积约9.95万公顷。在福建，三都湾湿地、东山湾湿地和漳江口红树林国家级自然保护区是候鸟越冬地。"


def test_a_proper_name_and_a_kind_of_site_is_a_place_of_the_text_s_unit():
    found = _places(FUJIAN)
    assert found["三都湾湿地"] == found["东山湾湿地"] == found["漳江口红树林国家级自然保护区"] == "福建省"


def test_a_kind_of_site_without_a_name_is_no_place():
    text = ("福建生态建设\n福建省推进山水林田湖草海湿地保护，建设滨水旅游区，打造一批新龙头景区，加强城市湿地保护。"
            "福建全省网红景区、全域旅游区建设加快，五一期间各大景区游客爆满。要保护好每一块湿地，保护红树林湿地和高原湿地。")
    assert not [m for m in _places(text) if m.endswith(("湿地", "旅游区", "景区"))]


def test_a_site_right_after_a_place_that_names_it_is_that_place():
    text = "福建保护湿地\n福建省林业厅介绍，福建全省有闽江河口湿地、泉州湾河口湿地。福建湿地保护成效明显。"
    assert not [m for m in _places(text) if m.endswith("湿地")]


def test_reservoirs_and_irrigation_areas_are_sites_and_kinds_of_them_are_not():
    text = ("山东水利建设\n山东省加快建设老岚水库、位山灌区现代化改造，全面完成病险水库除险加固，新建小型水库12座。"
            "山东水网建设成效明显。")
    found = _places(text)
    assert found["老岚水库"] == found["位山灌区"] == "山东省"
    assert not [m for m in found if m.endswith("水库") and m != "老岚水库"]


def test_a_site_after_a_province_s_short_name_is_in_that_province_in_any_text():
    text = "水利建设提速\n水利部介绍，一季度开工陕西蒋家窑则水库、湖南梅山灌区等重大工程。全国水利建设投资增长。"
    found = _places(text)
    assert found["蒋家窑则水库"] == "陕西省" and found["梅山灌区"] == "湖南省"


def test_a_reservoir_named_after_one_county_is_in_that_county_in_any_text():
    text = "全国水质状况\n生态环境部介绍，丹江口水库、密云水库水质为优，三峡水库、横山水库、石门水库水质良好。中山广场人流增加。"
    found = _places(text)
    assert found["丹江口水库"] == "湖北省" and found["密云水库"] == "北京市"
    assert not {"三峡水库", "横山水库", "石门水库", "中山广场"} & set(found)  # no unit of that name; a namesake jieba does
    # not know as one reservoir; an everyday word; a square in many cities


def test_a_kind_of_land_jieba_reads_as_a_name_and_a_kind_inside_another_word_are_no_sites():
    text = "水利建设提速\n水利部介绍，四川山区水库、辽宁平原水库、甘肃山塘水库加快建设，全县水库总蓄水库容达到3亿立方米。"
    assert not [m for m in _places(text) if m.endswith(("水库", "蓄水库"))]


def test_a_site_after_its_province_in_a_text_about_a_unit_of_that_province_is_that_unit_s():
    text = "沂水县水利建设\n沂水县加快建设跋山水库，山东跋山水库除险加固完成。沂水县水利局介绍，全县水利投资增长。"
    rows = [p for p in _rows(text) if p["mention"].endswith("跋山水库")]
    assert rows and all(p["county"] == "沂水县" for p in rows)


def _rows(text: str) -> list[dict]:
    doc = ingest.build("t", "t", text, "utf-8", b"")
    return extract.extract_document(doc)["places"]


def test_a_site_named_after_a_village_the_text_named_lies_there():
    got = _places("农海忠是广西崇左市龙州县逐卜乡弄岗村村民。弄岗村地处弄岗国家级自然保护区腹地，鸟类学家在弄岗自然保护区调查。")
    assert got["弄岗国家级自然保护区"] == got["弄岗自然保护区"] == "广西壮族自治区"


HUNAN = ("岳阳市推进港口建设\n岳阳市人民政府介绍，城陵矶港集装箱吞吐量增长12%。考察团赴多瑙河、莱茵河考察。岳阳市建设智慧口岸，"
         "港口吞吐能力提升，撑起全省外贸半壁江山。太湖湖体水质改善。")


def test_a_lake_river_or_port_that_jieba_names_is_a_place_of_the_text_s_unit():
    lake = _places("新疆博州推进生态保护\n新疆博尔塔拉蒙古自治州介绍，赛里木湖水质稳定，游客增长12%。")
    assert _places(HUNAN)["城陵矶港"] == "湖南省" and lake["赛里木湖"] == "新疆维吾尔自治区"


def test_a_generic_in_a_common_word_or_after_no_place_name_makes_no_place():
    found = _places(HUNAN)
    assert not [m for m in found if m.endswith(("口岸", "港口", "江山", "湖", "河"))]  # 多瑙河 and 莱茵河 lie abroad


def test_a_development_zone_named_by_its_own_name_is_a_place_of_the_text_s_unit():
    text = ("襄阳市人民政府办公室关于印发实施方案的通知\n各县（市、区）人民政府，东津新区（经开区）、高新区、鱼梁洲管委会：现将方案印发给你们。"
            "浙江高质量发展建设共同富裕示范区。")
    found = _places(text)
    assert found["东津新区"] == "湖北省"
    assert _places("襄阳市人民政府办公室关于组织考察的通知\n组织考察团赴贵安新区学习考察。")["贵安新区"] == "贵州省"  # a national new zone
    assert "共同富裕示范区" not in found and "高质量发展建设共同富裕示范区" not in found  # a programme's, no place


def test_a_river_of_one_character_and_its_generic_is_a_place_of_the_text_s_unit():
    got = _places("江西省应急管理厅通报\n受强降雨影响，抚河、信江、修河水位上涨，长江九江段超警戒。")
    assert (got["抚河"], got["信江"], got["长江"]) == ("江西省", "江西省", "江西省")
    assert "一江" not in _places("宜昌市财政局报告\n全市打造一江两岸，加强清江保护。")  # a numeral's, no river
    got = _places("湖南省水利厅通报\n湖南省常德市、怀化市降雨，沅水、澧水水位上涨。守护山水林田湖草，打造滨水空间，中水回用率达30%。")
    assert (got["沅水"], got["澧水"]) == ("湖南省", "湖南省") and not {"山水", "滨水", "中水"} & set(got)  # water, no river
    got = _places("湖南省水利厅通报\n湖南省常德市降雨，沅水水位上涨。城市给水管网改造，上下水管道更新，苦咸水改水，扬水站建设。")
    assert set(got) == {"湖南省", "湖南省常德市", "沅水"}  # water of every kind, one character or more before 水
    assert "沅水" in _places("湖南省水利厅通报\n湖南省常德市开展沅水河道整治。")  # 河道 opens a word of its own


def test_a_river_of_several_provinces_lies_only_in_those_it_flows_through():
    assert _places("宜昌市财政局报告\n全市加强长江、清江生态保护，投入资金5亿元。")["长江"] == "湖北省"
    assert "长江" not in _places("北京市发展改革委通报\n北京市积极服务长江经济带发展，北京市投入资金5亿元。")


def test_a_short_river_s_name_in_another_name_or_a_person_s_is_no_river():
    got = _rows("湖北省通报\n湖北推进长江大保护，长江存储扩产，长江学者来访。")
    assert [p["start"] for p in got if p["mention"] == "长江"] == [10]  # 长江|大保护 only
    assert "黄河" not in _places("甘肃省通报\n记者黄河从兰州市获悉，甘肃原煤产量增长。")
    assert _places("天津市通报\n天津加强海河治理，海河水质提升。")["海河"] == "天津市"  # 海: no foreign name's


ANHUI_LAKES = ("安徽省生态环境厅通报水质\n安徽省生态环境厅介绍，安徽全省水质稳定，安徽17个国控湖库中，太平湖、龙河口水库、花亭湖、沙河集水库等"
               "9个湖库水质为优，瓦埠湖、女山湖、城西湖等6个为良好。安徽将聚焦奎河、惠济河等河流，整治人工湖、景观湖。")


def test_sites_and_features_in_a_list_of_them_are_places_of_the_text_s_unit():
    found = _places(ANHUI_LAKES)
    listed = ("龙河口水库", "花亭湖", "沙河集水库", "瓦埠湖", "城西湖", "惠济河")
    assert {m: found.get(m) for m in listed} == dict.fromkeys(listed, "安徽省")


def test_the_items_of_a_list_that_names_their_kind_after_deng_beside_places_found_are_sites_of_their_province():
    got = {p["mention"]: (p["province"], p["city"]) for p in _rows(
        "九江市文化广电旅游局发布\n九江市文旅局说，省政府将庐山、三清山、龙虎山等景区纳入重点，九江市游客增多。")}
    assert got["龙虎山"] == ("江西省", "")  # 庐山 is 九江's, 三清山 上饶's: the province's, no city's
    assert "省政府将龙虎山" not in got  # the words that open the clause are no part of the first item
    got = _places("江西省旅游统计公报\n江西省统计局发布。红色旅游、研学游等景区接待游客增长。赣南脐橙、南丰蜜桔等景区特产畅销。"
                  "江西游客出省游热门目的地为西湖、乌镇、张家界等景区，乌镇、西塘等古镇游客增多。")
    assert not {"研学游", "南丰蜜桔", "乌镇", "西塘"} & set(got)  # no place found among them, or places of two provinces'
    got = _places("九江市统计局发布\n九江市统计局说，庐山、九江、开元、华美达等景区酒店入住率达到85%。九江市游客增多。")
    assert not {"开元", "华美达"} & set(got)  # a city's own name is no site that vouches for the list



def test_an_archaeological_park_is_a_site_of_the_text_s_unit_and_a_person_s_home_town_is_none():
    got = _places("西安市文物局发布\n西安市文物局说，在大明宫国家遗址公园周边打造街区。组织党员赴湖南韶山参观毛泽东同志故居，"
                  "退役军人荣归故里。西安市游客增多。")
    assert got.get("大明宫国家遗址公园") == "陕西省"
    assert not any("故居" in m or "故里" in m for m in got)  # visited elsewhere, or an idiom


def test_a_zone_named_by_the_short_name_of_the_county_the_text_is_about_lies_in_it():
    text = ("民权县冷链产业调查\n3月17日，民权高新技术产业开发区，凌冰制冷科技有限公司总装车间里一片繁忙。民权县县长说，民权县去年"
            "产值增长。全县冷链企业超过100家。")
    got = {p["mention"]: p["county"] for p in _rows(text)}
    assert got.get("民权高新技术产业开发区") == "民权县"
    assert "民权高新技术产业开发区" not in _places("保障民权\n河南省人大常委会表示，民权高新技术产业开发区一片繁忙。")  # no text about it
    got = _places("无锡市滨湖区招商工作通报\n无锡市滨湖区商务局说，滨湖区赴合肥滨湖新区开展招商推介6场。中山市民参观孙中山故居。")
    assert "滨湖新区" not in got and "中山故居" not in got  # another place's zone; the short name inside another name


def test_a_street_named_by_a_name_and_a_direction_is_a_place_of_the_text_s_unit():
    text = ("西安市新城区城市更新\n西安市新城区住建局表示，韩森东路78号院改造完工。在周边和长乐中路沿线打造一批街区。"
            "新城区群众走好振兴路。")
    got = _places(text)
    assert got.get("韩森东路") == got.get("长乐中路") == "陕西省"  # 长乐中路|沿线: jieba ends the street before 沿线
    assert "振兴路" not in got  # a road of speech, no direction
    assert "韩森东路" not in _places("国家统计局发布\n韩森东路78号院改造完工。")  # a text about no unit
    got = _places("西安市碑林区商务局工作总结\n西安市碑林区商务局说，碑林区组织商户赴上海考察，学习淮海中路、南京西路商圈经验。")
    assert "淮海中路" not in got and "南京西路" not in got  # another city's streets, that city named in the sentence


def test_kinds_in_a_list_or_a_name_alone_are_no_listed_sites():
    found = _places(ANHUI_LAKES + "\n安徽推进护城河、排水河整治，花亭湖景区建设加快。")
    assert not {"人工湖", "景观湖", "护城河", "排水河", "西湖"} & set(found)
    slogans = _places("安徽省水利厅通报\n安徽省水利厅介绍，安徽建设美丽河湖、幸福河湖，守护和谐海湾、美丽海湾，绿水青山、金山银山。"
                      "安徽打造自贸港、零碳岛、康养山，加固小二型水库、小一型水库。")
    assert not [m for m in slogans if m.endswith(("河湖", "海湾", "银山", "青山", "港", "岛", "山", "型水库"))]
    assert "龙河口水库" not in _places("安徽省水利厅通报\n安徽省水利厅介绍，安徽龙河口水库蓄水稳定。")  # no list, no generic's sibling


def test_a_list_whose_found_place_lies_in_another_province_places_none_of_its_other_items():
    text = ("江苏省水利厅通报河湖治理\n江苏省水利厅介绍，江苏全省河湖治理成效明显，江苏各地加快推进。江苏的洪泽湖、沙河集水库、"
            "龙河口水库等湖库水质改善。江苏考察组还赴安徽考察了巢湖、沙河集水库、龙河口水库等湖库。")
    found = [(p["mention"], p["province"]) for p in _rows(text) if p["mention"] in ("沙河集水库", "龙河口水库")]
    assert found == [("沙河集水库", "江苏省"), ("龙河口水库", "江苏省")]  # the list with 洪泽湖; not the one with 巢湖


def test_a_place_abroad_named_in_foreign_names_characters_before_a_generic_is_of_the_country_the_text_is_about():
    text = ("雅万高铁运营两周年\n新华社雅加达10月17日电　雅万高铁连接印尼首都雅加达和万隆。从雅加达哈利姆站出发，列车停靠帕达拉朗站后抵达"
            "德卡鲁尔站。印尼交通部表示，雅加达至万隆客流持续增长，旅客在安全岛等候。")
    doc = ingest.build("t", "t", text, "utf-8", b"")
    got = {p["mention"]: p["country"] for p in extract.extract_document(doc)["places"]}
    assert got["哈利姆站"] == got["帕达拉朗站"] == got["德卡鲁尔站"] == "印度尼西亚"
    assert "安全岛" not in got  # a common word
    text = ("印尼总统选举\n新华社雅加达10月17日电　印尼首都雅加达选民投票。普拉博沃站在台上讲话，雅加达、万隆选情激烈，印尼选民踊跃。")
    doc = ingest.build("t", "t", text, "utf-8", b"")
    assert "普拉博沃站" not in {p["mention"] for p in extract.extract_document(doc)["places"]}  # 站在: a verb
    text = "印尼经济\n新华社雅加达8月20日电　印度尼西亚万丹省去年经济增长5%。雅加达、万隆发展加快，印尼经济稳定。"
    doc = ingest.build("t", "t", text, "utf-8", b"")
    assert "万丹省" in {p["mention"] for p in extract.extract_document(doc)["places"]}  # 省|去年: no verb
    home = _places("江西省应急管理厅通报\n南昌市哈利姆站附近降雨。")  # a text about China: none abroad
    assert "哈利姆站" not in home


def test_old_towns_quarters_and_squares_by_their_own_names_are_places_not_their_kinds():
    got = _places("江西国庆假期旅游\n江西省文化和旅游厅介绍，南昌市万寿宫历史文化街区、赣州市郁孤台历史文化街区游人如织。"
                  "婺源县晒秋广场举办活动，江西的古村古镇和江南古镇客流增长。")
    assert got["万寿宫历史文化街区"] == got["晒秋广场"] == "江西省"
    assert not {"古村古镇", "江南古镇"} & set(got)  # kinds of old town
    got = _places("西安文旅\n西安市文化和旅游局介绍，易俗社文化街区、老钢厂文创街区游人如织。")
    assert got["易俗社文化街区"] == "陕西省" and got["老钢厂文创街区"] == "陕西省"  # a cultural quarter by its own name


def test_a_street_named_after_a_place_is_a_place_of_the_text_s_unit():
    got = _places("沈阳市城市更新\n沈阳市住房和城乡建设局介绍，沈阳市和平区太原街商圈改造完成后，日均客流8万人次。"
                  "中山路历史风貌街区修缮建筑立面3.6万平方米。沈阳市民在北京街头购物，从广州路过。")
    assert got["太原街"] == got["中山路"] == "辽宁省"  # 沈阳's streets
    assert got["北京"] == "北京市" and "北京街" not in got and "广州路" not in got  # 街头, 路过: words of their own
    got = _places("株洲市城市建设\n株洲市走好振兴路，铺就群众平安路。株洲市举办厦门路演推介会，赴广州北京路步行街考察。")
    assert not {"振兴路", "平安路", "厦门路", "北京路"} & set(got)  # roads of speech, 路演, another city's street


def test_a_town_abroad_named_after_a_word_for_a_town_is_of_the_country_and_a_generic_after_a_state_is_that_states():
    text = ("中国企业在匈牙利\n新华社布达佩斯10月16日电　从匈牙利首都布达佩斯向东，便来到匈牙利第二大城市德布勒森。匈牙利政府表示，"
            "比亚迪在南部城市塞格德建厂，在城市建设中加快进度。这是继德国图林根州之后的第二座工厂，匈牙利经济稳定。")
    doc = ingest.build("t", "t", text, "utf-8", b"")
    got = {p["mention"]: p["country"] for p in extract.extract_document(doc)["places"]}
    assert got["德布勒森"] == got["塞格德"] == "匈牙利"
    assert got["图林根州"] == "德国"  # the state named right before it
    assert not any(m.startswith("建设") for m in got)  # 城市|建设: no name in foreign characters


def test_a_run_of_foreign_characters_after_a_word_for_a_town_that_opens_with_a_common_word_is_no_town():
    text = ("布达佩斯马拉松\n新华社布达佩斯10月1日电　布达佩斯城市马拉松赛举行，匈牙利选手夺冠。匈牙利体育部表示，匈牙利将继续办赛。")
    doc = ingest.build("t", "t", text, "utf-8", b"")
    assert "马拉松赛" not in {p["mention"] for p in extract.extract_document(doc)["places"]}


def test_a_river_of_one_character_listed_beside_a_river_found_is_a_river_there():
    text = "湖南省水利厅通报汛情\n湖南省澧水、沅水、酉水、溆水水位上涨，资江、湘江全线超警。山水、泉水很清。"
    doc = ingest.build("t", "t", text, "utf-8", b"")
    got = {p["mention"]: p["province"] for p in extract.extract_document(doc)["places"]}
    assert got["酉水"] == got["溆水"] == "湖南省"
    assert "山水" not in got and "泉水" not in got  # water in general, beside no river


def test_malay_place_names_abroad_are_read_in_their_own_characters():
    text = ("马来西亚东海岸铁路北段铺轨贯通\n本报吉隆坡6月20日电　马来西亚东海岸铁路北起吉兰丹州，途经登嘉楼州、彭亨州，"
            "南至雪兰莪州。马来西亚交通部表示，马来西亚东海岸经济发展加快，关丹港货运量增长，马来西亚青年踊跃参与。")
    got = {p["mention"]: p["country"] for p in _rows(text)}
    port = next(country for mention, country in got.items() if "关丹" in mention)  # 关丹港, or the city 关丹 (world_cities.csv)
    assert got["登嘉楼州"] == got["雪兰莪州"] == port == "马来西亚"


def test_districts_towns_and_seas_abroad_are_read_in_the_characters_of_foreign_names():
    text = ("土耳其港口吞吐量增长\n新华社伊斯坦布尔6月20日电　土耳其伊斯坦布尔阿夫吉拉尔区的码头紧邻马尔马拉海。土耳其交通部表示，"
            "土耳其港口吞吐量增长，土耳其出口增加。赞比亚马扎布卡区也有合作项目。")
    got = {p["mention"]: p["country"] for p in _rows(text)}
    assert got["阿夫吉拉尔区"] == got["马尔马拉海"] == "土耳其"
    assert "欧元区" not in {p["mention"] for p in _rows("德国经济\n德国经济增长放缓。德国出口下降，德国通胀回落，欧元区需求疲软。")}


def test_a_town_abroad_after_its_state_is_a_place_of_that_state_s_country_whatever_jieba_joins_across_them():
    text = ("马来西亚东海岸铁路北段铺轨贯通\n本报吉隆坡6月20日电　马来西亚东海岸铁路北起吉兰丹州哥打巴鲁，途经登嘉楼州瓜拉登嘉楼，"
            "彭亨州，南至雪兰莪州。马来西亚交通部表示，马来西亚东海岸经济发展加快，雪兰莪州巴士客运量增长。")
    got = {p["mention"]: p["country"] for p in _rows(text)}
    assert got["吉兰丹州"] == got["哥打巴鲁"] == got["瓜拉登嘉楼"] == "马来西亚"  # jieba reads 州哥 as one word
    assert "巴士" not in got and not any(m.startswith("巴士") for m in got)  # a common word opens no town
    text = ("马来西亚雪兰莪州政治\n新华社吉隆坡6月20日电　马来西亚雪兰莪州阿米鲁丁州务大臣20日表示，雪兰莪州阿米鲁丁政府拨款200万"
            "令吉，吉兰丹州巴迪克蜡染出口增长15%，吉兰丹州哥打巴鲁等地暴雨成灾。马来西亚投资部表示支持。")
    got = {p["mention"] for p in _rows(text)}
    assert not {"阿米鲁丁州", "阿米鲁丁", "巴迪克"} & got and "哥打巴鲁" in got  # a person, a product; a town before 等
    text = ("马来西亚东海岸铁路\n新华社吉隆坡6月20日电　马来西亚东海岸铁路北起吉兰丹州哥打巴鲁、登嘉楼州，吉兰丹州巴迪克、宋谷等手工艺"
            "受影响。马来西亚交通部表示支持。")
    got = {p["mention"] for p in _rows(text)}
    assert "哥打巴鲁" in got and "巴迪克" not in got  # before 、 and a place abroad, a town; before 、 and a craft, none


def test_a_common_word_or_a_verb_before_a_generic_abroad_names_no_place():
    text = ("马来西亚楼市回暖\n本报吉隆坡6月20日电　马来西亚楼市回暖。其中，亚庇楼市成交量增长12%，怡保楼市成交均价上涨6.5%。"
            "马来西亚网红打卡岛游客增多，马来西亚经济稳定。")
    got = {p["mention"] for p in _rows(text)}
    assert not {"亚庇楼市", "怡保楼市", "打卡岛"} & got


def test_a_zone_a_province_set_up_by_its_own_name_is_a_place_and_a_kind_of_park_is_not():
    got = _places("福建省公安厅召开发布会。平潭综合实验区破获电诈案件12起，融侨经济开发区协助侦办。全省新建碳纤维制品产业园3个。")
    assert got.get("平潭综合实验区") == got.get("融侨经济开发区") == "福建省"  # zones of the text's unit
    assert "碳纤维制品产业园" not in got
    got = _places("儋州洋浦一季度外贸进出口增长\n海南省儋州市统计局消息，一季度洋浦经济开发区实现外贸进出口总额286.4亿元。")
    assert "洋浦经济开发区" in got and not any(m.startswith("一季度") for m in got)  # a time is no part of its name


def test_java_s_provinces_are_read_in_their_own_characters():
    text = ("雅万高铁通车两周年\n新华社雅加达10月17日电　雅万高铁连接雅加达和万隆。高铁也为沿线城市带来了人气。西爪哇省旅游和文化厅"
            "数据显示，印尼游客增长。KCIC正与西爪哇省政府合作，开发雅加达和万隆沿线。")
    got = {p["mention"]: p["country"] for p in _rows(text)}
    assert got["西爪哇省"] == "印度尼西亚"


def test_a_name_jieba_holds_as_a_frequent_transliterated_name_and_a_valley_abroad_are_places_of_the_country():
    text = ("乌兹别克斯坦光伏电站并网\n新华社塔什干3月5日电　乌兹别克斯坦撒马尔罕州光伏电站并网。项目位于泽拉夫尚河谷南侧，"
            "此前，中企承建的布哈拉州风电项目已投产。乌兹别克斯坦能源部表示欢迎。")
    got = {p["mention"]: p["country"] for p in _rows(text)}
    assert got["泽拉夫尚河谷"] == got["布哈拉州"] == "乌兹别克斯坦"  # 布哈拉: nrt, and frequent
    text = ("哈萨克斯坦海关通关提速\n新华社阿拉木图7月8日电　哈萨克斯坦财政部说，哈萨克斯坦边境海关站全部实现电子化通关。"
            "哈萨克斯坦经济稳定。")
    assert "海关站" not in {p["mention"] for p in _rows(text)}  # a word jieba holds as a place's (ns), no name
    text = "乌兹别克斯坦科普\n新华社塔什干3月5日电　乌兹别克斯坦各地新建科普站30个。乌兹别克斯坦教育部表示欢迎。"
    assert "科普站" not in {p["mention"] for p in _rows(text)}  # a word of two jieba tags nrt, no name
    text = "美国军舰过航\n新华社华盛顿6月20日电　美国军舰曾多次过航曼德海峡。美国国防部表示，美国将继续部署。"
    assert "曼德海峡" not in {p["mention"] for p in _rows(text)}  # a strait lies between countries, in none a text is about


def test_one_word_of_a_name_and_its_generic_abroad_is_a_place_though_its_end_is_a_common_word():
    text = ("赞比亚农业园\n新华社卢萨卡10月5日电　赞比亚南方省的卡富埃河畔一派繁忙。赞比亚农业部表示，"
            "园区还在赞比西河上建设码头。赞比亚经济稳定。")
    got = [(p["mention"], p["country"]) for p in _rows(text)]
    assert ("赞比西河", "赞比亚") in got and ("卡富埃河", "赞比亚") in got  # 赞比西河: one place name to jieba, though 西河 is a common word
    text = "赞比亚水电\n新华社卢萨卡10月5日电　赞比亚政府正在让卡富埃河沿岸的水电站扩容。赞比亚经济稳定，赞比亚能源部表示支持。"
    assert [p["mention"] for p in _rows(text) if "卡富埃" in p["mention"]] == ["卡富埃河"]  # not 让卡富埃河: 让 is the verb


def test_counties_stations_quarters_and_river_mouths_abroad_and_a_town_after_a_word_for_a_capital_are_places_there():
    text = ("贝拉港扩建\n新华社马普托9月15日电　莫桑比克索法拉省贝拉港位于蓬圭河口，港区紧邻蒙哈瓦街区。这条铁路沿线的东多县、"
            "尼亚马塔县，抵达马尼卡省首府希莫约，旅客在希莫约车站候车。莫桑比克交通部表示，莫桑比克物流加快发展。")
    got = {p["mention"]: p["country"] for p in _rows(text)}
    assert got["蓬圭河口"] == got["蒙哈瓦街区"] == got["东多县"] == got["尼亚马塔县"] == "莫桑比克"
    assert got["希莫约"] == got["希莫约车站"] == "莫桑比克"


def test_a_place_abroad_joined_to_another_of_a_country_named_before_it_is_in_that_country_too():
    text = ("秘鲁新港开港\n新华社利马1月20日电　秘鲁新港开港。巴西马托格罗索州和朗多尼亚州的大豆此前经大西洋沿岸港口出口。"
            "秘鲁交通部表示，港口还将扩建。")
    doc = ingest.build("t", "t", text, "utf-8", b"")
    got = {p["mention"]: p["country"] for p in extract.extract_document(doc)["places"]}
    assert got["马托格罗索州"] == got["朗多尼亚州"] == "巴西"  # not 秘鲁, the country the text is about



def test_a_place_abroad_joined_to_a_gazetteers_place_and_its_level_is_in_that_places_country():
    text = ("秘鲁新港开港\n新华社利马1月20日电　秘鲁新港开港。玻利维亚奥鲁罗省、波托西省的矿产也将经此出口。"
            "秘鲁交通部表示，港口还将扩建。")
    doc = ingest.build("t", "t", text, "utf-8", b"")
    got = {p["mention"]: p["country"] for p in extract.extract_document(doc)["places"]}
    assert got["波托西省"] == "玻利维亚"
