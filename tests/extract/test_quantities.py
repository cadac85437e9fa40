import datetime as dt

import pytest

from helpers import ingest
from helpers.extract import quantities

REF = dt.date(2021, 9, 5)


def find(text):
    doc = ingest.build("t", "t", text, "utf-8", b"")
    return [(doc.text[q.start:q.end], q) for q in quantities.find(doc.view, 0, len(doc.view), REF)]


@pytest.mark.parametrize(
    "text, surface, value, value_max, unit, kind, qualifier",
    [
        ("补助资金约300亿元。", "约300亿元", 3e10, None, "元", "money", "approx"),
        ("单位面积约10平方米至约38平方米。", "约10平方米至约38平方米", 10, 38, "平方米", "measure", "range"),  # the hedge repeated
        ("实用面积约280平方尺。", "约280平方尺", 280, None, "平方英尺", "measure", "approx"),  # Hong Kong's square foot
        ("年产10GWh动力电池。", "10GWh", 10, None, "GWh", "measure", "exact"),  # an SI symbol after digits: no code
        ("硫含量不大于10mg/kg。", "不大于10mg/kg", 10, None, "mg/kg", "measure", "at_most"),
        ("共生产涉案产品3260盒。", "3260盒", 3260, None, "盒", "count", "exact"),
        ("将减少15,831.55万元到15,031.55万元。", "15,831.55万元到15,031.55万元", 150315500.0, 158315500.0, "元", "money", "range"),
        ("年收入突破300万元。", "突破300万元", 3e6, None, "元", "money", "more_than"),
        ("GDP越过70万亿元大关。", "越过70万亿元", 7e13, None, "元", "money", "more_than"),
        ("村集体经济收入冲破百万元。", "冲破百万元", 1e6, None, "元", "money", "more_than"),
        ("27个县全年完成投资过百亿元。", "过百亿元", 1e10, None, "元", "money", "more_than"),  # 过: over a level
        ("他们过3年再来。", "3年", 3, None, "年", "duration", "exact"),  # a time after, no level
        ("月收入不超3万元。", "不超3万元", 3e4, None, "元", "money", "at_most"),  # not 超
        ("占比超过了6成。", "超过了6成", 60, None, "%", "percent", "more_than"),  # 了 between the hedge and its number
        ("每周约有50趟班列。", "约有50趟", 50, None, "趟", "count", "approx"),
        ("至少有3家企业。", "至少有3家", 3, None, "家", "count", "at_least"),
        ("附近有50家商店。", "50家", 50, None, "家", "count", "exact"),  # the 近 of 附近 hedges nothing
        ("红军越过5座雪山。", "5座", 5, None, "座", "count", "exact"),  # a thing passed, no level
        ("他站上3米高的跳台。", "3米", 3, None, "米", "measure", "exact"),
        ("接近一半来自外地。", "接近一半", 50, None, "%", "percent", "approx"),
        ("外贸连续七个季度正增长。", "七个季度", 7, None, "个季度", "duration", "exact"),
        ("经济总量迈上90万亿元台阶。", "迈上90万亿元", 9e13, None, "元", "money", "at_least"),
        ("中国经济总量跃上百万亿元", "跃上百万亿元", 1e14, None, "元", "money", "at_least"),  # a headline's milestone
        ("衔接政策30多项。", "30多项", 30, None, "项", "count", "more_than"),
        ("全省18.8万个基层党组织。", "18.8万个", 188000, None, "个", "count", "exact"),
        ("提供20%至50%的减免。", "20%至50%", 20, 50, "%", "percent", "range"),
        ("城镇新增就业900万人以上。", "900万人以上", 9e6, None, "人", "count", "at_least"),
        ("下降0.5个百分点。", "0.5个百分点", 0.5, None, "百分点", "percent", "exact"),
        ("赤字3.6万亿元。", "3.6万亿元", 3.6e12, None, "元", "money", "exact"),
        ("不到10%的家庭。", "不到10%", 10, None, "%", "percent", "less_than"),
        ("不超过5000元。", "不超过5000元", 5000, None, "元", "money", "at_most"),
        ("装机6000万千瓦。", "6000万千瓦", 6e7, None, "千瓦", "measure", "exact"),
        ("耕地１８．８万亩。", "１８．８万亩", 188000, None, "亩", "measure", "exact"),
        ("办公区不过百余平米。", "百余平米", 100, None, "平方米", "measure", "more_than"),
        ("增长1.5倍。", "1.5倍", 1.5, None, "倍", "ratio", "exact"),
        ("两千三百名志愿者。", "两千三百名", 2300, None, "名", "count", "exact"),
        ("占百分之八十。", "百分之八十", 80, None, "%", "percent", "exact"),
        ("每餐减免3至5元。", "3至5元", 3, 5, "元", "money", "range"),
        ("共3,200户。", "3,200户", 3200, None, "户", "count", "exact"),
        ("鞏固現行制度下的 3根支柱。", "3根", 3, None, "根", "count", "exact"),
        ("开行中欧班列721列。", "721列", 721, None, "列", "count", "exact"),
        ("单桥作业效率达到每小时48自然箱。", "48自然箱", 48, None, "自然箱", "count", "exact"),  # boxes, not 标准箱
        ("签发提单1.3万余票。", "1.3万余票", 13000, None, "票", "count", "more_than"),  # consignments
        ("累计与39个国家缔结118对友城。", "118对", 118, None, "对", "count", "exact"),
        ("细颗粒物年均浓度27微克/立方米。", "27微克/立方米", 27, None, "微克/立方米", "measure", "exact"),
        ("产品中检出西地那非成分，含量为每片12.6毫克。", "12.6毫克", 12.6, None, "毫克", "measure", "exact"),
        # the legal units of a science or energy report (GB 3100): a gas volume at standard conditions, a current, a
        # length below the micrometre, a pressure in its SI symbol
        ("额定产氢量达到每小时500标准立方米。", "500标准立方米", 500, None, "标准立方米", "measure", "exact"),
        ("在每平方厘米2.5安培的高电流密度下运行。", "2.5安培", 2.5, None, "安", "measure", "exact"),
        ("把铱以不到2纳米的薄层包覆在载体表面。", "不到2纳米", 2, None, "纳米", "measure", "less_than"),
        ("单片有效面积扩大到3000平方厘米以上。", "3000平方厘米以上", 3000, None, "平方厘米", "measure", "at_least"),
        ("储氢压力达到70MPa。", "70MPa", 70, None, "MPa", "measure", "exact"),
        ("患者血压140/90mmHg。", "90mmHg", 90, None, "mmHg", "measure", "exact"),  # not 90mm: the longer symbol
        ("设计时速450km/h。", "450km/h", 450, None, "km/h", "measure", "exact"),
        ("我国约有300万帕金森病患者。", "约有300万", 3e6, None, "", "other", "approx"),  # no 帕 of 帕金森
        ("通过人体的电流超过30毫安时就可能危及生命。", "超过30毫安", 30, None, "毫安", "measure", "more_than"),  # 时: when
        ("组网卫星增至144颗。", "144颗", 144, None, "颗", "count", "exact"),
    ],
)
def test_values_units_and_hedges(text, surface, value, value_max, unit, kind, qualifier):
    found = {s: q for s, q in find(text)}
    assert surface in found, found
    q = found[surface]
    assert q.value == pytest.approx(value)
    assert (q.value_max is None and value_max is None) or q.value_max == pytest.approx(value_max)
    assert (q.unit, q.kind, q.qualifier) == (unit, kind, qualifier)


@pytest.mark.parametrize(
    "text",
    ["四川大学向四川凉山州赠书。", "百姓的烦心事", "三农书屋", "队伍肆虐", "千里眼顺风耳", "一线干部", "一度陷入困境",
     "一键申报", "一站式服务", "办好一件事", "发现一户、监测一户", "一批项目", "一系列举措", "3单元201家的厨房",
     "5G基站", "PM2.5浓度", "十分重要", "千家万户", "一方面", "实事求是", "附表3根据实际情况填写",
     "入三伏天气温高", "一瓦一木都是文物", "电价下降5分/千瓦时", "实行一票否决", "推行药品两票制", "落实2票制要求", "三元朱村的冬暖式大棚"],
)
def test_words_with_numerals_are_not_claims(text):
    assert not [s for s, q in find(text) if q.claim], find(text)


@pytest.mark.parametrize(
    "text, surface, kind",
    [
        ("践行“两个维护”", "两个维护", "named"),
        ("“十四五”时期", "十四五", "named"),
        ("十大专项行动和百项实践活动", "十大专项行动", "named"),
        ("第十四届全运会", "第十四届", "ordinal"),
        ("十四届全国人大二次会议", "十四届", "ordinal"),
        ("成立100周年", "100周年", "anniversary"),
        ("一角钱、一分钱的计较", "一角钱", "money"),
        ("7月中旬，", "7月中旬", "date"),
        ("过去一年，", "一年", "duration"),
        ("这正是一年来日常工作发生的最大变化。", "一年", "duration"),  # a biggest change sets no record
        ("10年来，周家村最高的楼也只有三层。", "10年", "duration"),  # the record is in another clause
        ("5年来最高人民法院共审结案件120万件。", "5年", "duration"),  # a name that opens with a record word
        ("5年来全市粮食产量创历史新高。", "5年", "duration"),  # the record of all time, not of the five years
        ("3年来我省深化“最多跑一次”改革。", "3年", "duration"),
        ("这是极不平凡的五年。", "五年", "duration"),  # the period, no length of time
        ("这是高质量发展的关键五年。", "五年", "duration"),  # a few characters of modifier after 的
        ("这是新征程的第一个五年。", "五年", "duration"),
        ("跻身全球城市前五位。", "五位", "ordinal"),  # a rank
        ("村里一年到头也见不到几个外地人。", "一年", "duration"),  # a set phrase (jieba: l)
        ("没有十年磨一剑的耐心是不行的。", "十年", "duration"),  # an idiom
        ("这些成绩，是各地十年如一日干出来的。", "十年", "duration"),  # a saying jieba tags as a time word
        ("日子一年比一年甜。", "一年", "duration"),  # a length compared with itself: steadily
        ("那一年，寻乌县商务局在福和村建起电商服务站。", "一年", "duration"),  # that year, as 这一年
        ("如有疑问，可拨打12333人社服务热线咨询。", "12333人", "other"),  # a telephone number, dialled
        ("受理数量居前三位，分别为562件。", "三位", "ordinal"),  # 居前, one word to jieba
        ("近年来位列出境热门目的地前四位。", "四位", "ordinal"),  # 目的地|前, read whole
        ("重点抓好以下14个方面的工作：", "14个", "count"),  # the text's own outline
        ("今年要重点做好十个方面工作：", "十个", "count"),  # so without 以下, when a colon opens it
        ("主要做了6个方面工作：", "6个", "count"),
        ("20.2026年10件民生实事：", "2026年", "date"),  # a list item's number, then a year
        ("深入推进“3个100万”。", "3个100万", "named"),  # a quoted count of targets names a programme
        ("落实“三个80%”要求。", "三个80%", "named"),
        ("实施亿元以上项目2000个。", "亿元以上", "money"),  # the threshold of a class
        ("投资5000万元以上的项目120个。", "5000万元以上", "money"),
        ("增速连续19个季度居全国前5位。", "5位", "ordinal"),
        ("落实中国—东盟自贸区3.0版。", "3.0", "named"),  # a version
        ("加强数字政府2.0建设。", "2.0", "named"),
        ("开工建设滇中引水二期骨干工程。", "二期", "ordinal"),  # a project's phase
        ("建成30万吨级进港航道。", "30万吨", "measure"),  # a class of channel
        ("建成20个500千伏输变电工程。", "500千伏", "measure"),  # a voltage level
    ],
)
def test_non_claim_kinds(text, surface, kind):
    found = {s: q for s, q in find(text)}
    assert surface in found, found
    assert found[surface].kind == kind
    assert not found[surface].claim


@pytest.mark.parametrize("text, surface", [
    ("三次产业比重为4.0∶37.7∶58.3。", "4.0∶37.7∶58.3"),  # a value after 为, not a version
    ("人均受教育年限提升至2025年的10.2年。", "10.2年"),  # a length after 的
    ("将期限延长至现在的五年。", "五年"),  # a length reached
    ("目前5名患者已出院。", "5名"),  # 前 inside 目前: a count
    ("此前3位专家参加会议。", "3位"),  # 此前: a time, no rank
    ("巴塞罗那两年内将限制邮轮停靠。", "两年"),  # 那 ends the city's name
    ("拨打3200个电话，拨通1800个。", "3200个"),  # calls counted, no telephone number
    ("年收入10万元以下3户。", "3户"),  # 以下 closes a threshold
    ("新增投资5000万元以上。", "5000万元以上"),  # a bound before punctuation
    ("城镇新增就业1200万人以上的目标。", "1200万人以上"),  # a noun that frames the number
    ("培育100家以上特色企业。", "100家以上"),  # a count of the noun
    ("覆盖95%以上行政村。", "95%以上"),  # a share of it
    ("为80周岁以上老人提供助餐优惠。", "80周岁以上"),  # whom a measure reaches
    ("省财政安排10亿元以上资金支持中小企业。", "10亿元以上"),  # a target after a verb, no count after it
    ("今年新建100公里以上高速公路。", "100公里以上"),
    ("本期国债的期限三年，票面利率2.5%。", "三年"),  # the length of a term
    ("乡镇以下12个站点全部建成。", "12个"),  # 以下 after a level bounds a class
    ("用了整整五年的时间完成。", "五年"),
    ("已举办两期培训班。", "两期"),  # sessions counted
    ("新增1000千伏输电线路1240公里。", "1240公里"),
    ("全年举办乡村振兴专题培训班三期。", "三期"),  # sessions of a course
    ("项目分三期建设。", "三期"),
    ("新增变电容量1200万千伏安。", "1200万千伏安"),  # a capacity, not a voltage level
    ("全年居民消费价格指数102.0。", "102.0"),  # a value, no version
    ("将保障期限从原来的三年延长至现在的五年。", "五年"),  # a length reached
    ("学制由原来的三年、四年统一为四年。", "三年"),  # a list item, no period named
    ("2017冷年空调销量创下5年来增幅新高。", "5年"),  # the window of a record
    ("全省农业增加值增速7年来最高。", "7年"),
    ("太湖湖体平均水质30年来首次达国家良好湖泊水平。", "30年"),
])
def test_what_looks_like_a_name_or_a_period_but_is_a_claim(text, surface):
    found = {s: q for s, q in find(text)}
    assert surface in found and found[surface].claim, found


def test_traditional_and_fullwidth_give_the_same_values():
    simp = {s: q.value for s, q in find("河南全省18.8万个基层党组织、376万名党员参与防汛救灾，约80%。") if q.claim}
    trad = {s: q.value for s, q in find("河南全省１８．８萬個基層黨組織、３７６萬名黨員參與防汛救災，約８０％。") if q.claim}
    assert sorted(simp.values()) == sorted(trad.values()) == [80, 188000, 3760000]


@pytest.mark.parametrize(
    "text, surface, value, qualifier",
    [("研究生占比约两成。", "约两成", 20, "approx"), ("惠及毕业生百分之六十以上。", "百分之六十以上", 60, "at_least")],
)
def test_percent_in_words(text, surface, value, qualifier):
    found = {s: q for s, q in find(text)}
    assert found[surface].value == value and found[surface].unit == "%" and found[surface].qualifier == qualifier


def test_tenths_after_a_whole_arabic_number_up_to_ten_are_a_percentage():
    found = {s: q for s, q in find("主体工程完成近9成，中间产品贸易超过了6成。")}
    assert (found["近9成"].value, found["近9成"].unit, found["超过了6成"].value) == (90, "%", 60)
    for text in ("有15成员单位。", "全年3成为首选。", "12成熟期。", "成本降低2.5成本。"):
        assert not [s for s, q in find(text) if q.unit == "%"], text


def test_a_rate_named_by_its_count_of_digits_is_the_percentage_it_bounds():
    found = dict(find("进出口增速超两位数。出口保持两位数增长。在晋两院院士突破两位数。托位数达4.2万个。"))
    assert (found["超两位数"].value, found["超两位数"].unit, found["超两位数"].qualifier) == (10, "%", "more_than")
    assert (found["两位数"].value, found["两位数"].unit, found["两位数"].qualifier) == (10, "%", "at_least")
    assert (found["突破两位数"].kind, found["突破两位数"].unit) == ("count", "")  # academicians: ten or more
    assert "两位" not in found and found["4.2万个"].claim
    assert dict(find("出口实现了两位数的增长。"))["两位数"].unit == "%"


def test_a_small_count_describing_a_measured_noun_is_not_a_claim():
    found = {s: q for s, q in find("全年三项社会保险基金总收入7.95万亿元。八成为新增项目。")}
    assert not found["三项"].claim and found["7.95万亿元"].claim
    assert "八成" not in found
    stacked = {s: q for s, q in find("今年实施十个方面30项为民实事。")}  # the groups the 30 fall in: both count
    assert stacked["十个"].claim and stacked["30项"].claim


@pytest.mark.parametrize(
    "text, surface, value, unit, kind, qualifier",
    [
        ("经济总量翻一番。", "翻一番", 2, "倍", "ratio", "exact"),
        ("居民收入翻番。", "翻番", 2, "倍", "ratio", "exact"),
        ("超过三分之一的企业。", "超过三分之一", 100 / 3, "%", "percent", "more_than"),
        ("千分之三的比例。", "千分之三", 0.3, "%", "percent", "exact"),
        ("十几个项目。", "十几个", 10, "个", "count", "more_than"),
        ("最高气温35℃。", "35℃", 35, "℃", "measure", "exact"),
    ],
)
def test_ratios_fractions_and_vague_counts(text, surface, value, unit, kind, qualifier):
    found = {s: q for s, q in find(text)}
    q = found[surface]
    assert (q.value, q.unit, q.kind, q.qualifier) == (pytest.approx(value), unit, kind, qualifier)


def test_a_doubling_stated_ends_its_clause():
    stated = {s: q for s, q in find("国家级创新平台实现倍增，高新技术企业均实现倍增。")}
    assert stated["倍增"].claim and stated["倍增"].value == 2
    for named in ("推进服务业企业倍增计划。", "充分发挥创业带动就业倍增效应。", "科技型企业“双倍增”行动。"):
        assert [(q.kind, q.claim) for _, q in find(named)] == [("named", False)], named


def test_a_doubling_word_inside_another_word_is_no_number():
    assert find("国家高新技术企业数量成倍增长。") == []


def test_a_lower_bound_followed_by_an_upper_one_is_one_range():
    found = dict(find("其中20万以上50万以下的城市为Ⅰ型小城市，年满3年以上5年以下的补助2000元。"))
    assert (found["20万以上50万以下"].value, found["20万以上50万以下"].value_max) == (200000, 500000)
    assert found["20万以上50万以下"].qualifier == "range"
    assert (found["3年以上5年以下"].value_max, found["3年以上5年以下"].unit) == (5, "年")
    apart = dict(find("人口50万以上，收入100万以下。"))  # bounds of two clauses stay two
    assert (apart["50万以上"].qualifier, apart["100万以下"].qualifier) == ("at_least", "at_most")


def test_bare_numbers_listed_before_a_number_with_its_unit_share_it():
    found = find("郑州、焦作、许昌入围最多，分别达6、5、3个。")
    assert [(s, q.unit, q.kind, q.claim) for s, q in found] == [("6", "个", "count", True), ("5", "个", "count", True),
                                                             ("3个", "个", "count", True)]
    assert dict(find("增长1.28万亿、1.18万亿元。"))["1.28万亿"].kind == "money"
    months = dict(find("3、4月份销售额增长。"))  # a list of months is no list of counts
    assert all(q.kind == "date" or q.kind == "other" for q in months.values())


def test_tiers_are_counted():
    assert [(s, q.unit) for s, q in find("将城市划分为五类七档。")] == [("五类", "类"), ("七档", "档")]
    assert all(q.unit != "档" for _, q in find("建立1000档案，安排3档期。"))


def test_orders_and_a_boilers_steam_output_are_units():
    found = dict(find("日常每天发货8000单左右，旺季日发货量突破2万单。淘汰35蒸吨/小时及以下燃煤锅炉。"))
    assert (found["8000单左右"].unit, found["8000单左右"].kind, found["突破2万单"].value) == ("单", "count", 20000)
    bound = found["35蒸吨/小时及以下"]  # a class limit of the boilers, no figure
    assert (bound.unit, bound.claim) == ("蒸吨/小时", False)
    assert dict(find("锅炉总规模达到300蒸吨。"))["300蒸吨"].claim
    assert not any(q.unit == "单" for _, q in find("家住3单元201室，全市单位GDP能耗下降3%。"))


def test_a_numeral_in_words_after_a_name_numbers_its_hospital_and_places_are_still_counted():
    found = dict(find("含中南大学湘雅医院、中南大学湘雅二医院住院的。河南九市受灾。"))
    assert "二医院" not in found and found["九市"].kind == "count"
    assert dict(find("北京协和、华西两医院牵头。"))["两医院"].value == 2  # 两 counts; no name numbers with it


def test_a_length_of_time_in_two_units_is_one_duration():
    found = dict(find("行车间隔将压缩至4分30秒，全程用时1小时20分钟，比分为3分。"))
    assert (found["4分30秒"].value, found["4分30秒"].unit, found["4分30秒"].kind) == (270, "秒", "duration")
    assert (found["1小时20分钟"].value, found["1小时20分钟"].unit) == (80, "分钟")  # exact, in the smaller unit
    assert "3分" not in found


def test_a_finish_time_in_hours_minutes_and_seconds_is_one_duration():
    found = dict(find("他以2小时08分15秒夺冠，另一名跑者以3小时41分完赛，比赛得分41分。"))
    assert (found["2小时08分15秒"].value, found["2小时08分15秒"].unit) == (7695, "秒")
    assert (found["3小时41分"].value, found["3小时41分"].unit) == (221, "分钟")  # bare minutes after hours
    assert "41分" not in found  # a score, no minutes


def test_train_cars_are_counted_and_a_festival_is_not():
    found = dict(find("采用6节编组列车，推广3节能灯。"))
    assert found["6节"].unit == "节" and not any(q.unit == "节" for s, q in found.items() if s != "6节")


def test_a_doubling_before_a_mark_or_a_particle_is_stated():
    for stated in ("企业数量实现“倍增”。", "产值倍增了。", "企业数量倍增和产值翻番。"):
        assert [q.claim for s, q in find(stated) if s == "倍增"] == [True], stated


def test_grades_listed_share_no_unit_and_ratios_do():
    assert dict(find("全省有5、6级风的地区。"))["5"].kind == "other"
    assert dict(find("分别为1.5、2.3倍。"))["1.5"].unit == "倍"


def test_the_first_months_of_a_year_are_a_period_not_a_duration():
    ref = dt.date(2023, 11, 17)
    found = {view[q.start:q.end]: q for view in ["今年前11个月，税收增长。"] for q in quantities.find(view, 0, len(view), ref)}
    assert found["今年前11个月"].kind == "date" and found["今年前11个月"].time == "2023-01-01/2023-11-30"
    view = "提前3个月完成。"
    assert [(view[q.start:q.end], q.kind) for q in quantities.find(view, 0, len(view), ref)] == [("3个月", "duration")]


def test_month_ranges_are_periods():
    found = {s: q for s, q in find("2024年1-10月，进出口增长5%。")}
    assert found["2024年1-10月"].time == "2024-01-01/2024-10-31"


@pytest.mark.parametrize("text", ["办理时间为9:00—17:00。", "开通“7×24小时”热线。", "推进“1+N”政策体系。", "电话：0871-12345678。",
                                  "人民路88号3楼。", "营业时间延长至22时。", "按照国办发〔2022〕30号文件要求。",
                                  "细颗粒物（PM_2.5）年平均浓度下降。", "PM_2.5年均浓度优于全国。"])
def test_times_of_day_phone_numbers_and_notation_are_not_claims(text):
    assert not [s for s, q in find(text) if q.claim], find(text)


def test_a_file_number_is_no_quantity_at_all():
    assert find("国办发〔2024〕5号") == [] and find("财税〔2023〕第12号") == []


def test_undated_texts_resolve_dates_with_the_year_they_mention():
    from helpers import extract

    doc = ingest.build("n", "n", "2024年春节工作通知\n春节期间（2月9日至2月17日），超市延长营业。", "utf-8", b"")
    times = {q["text"]: q["time"] for q in extract.extract_document(doc)["quantities"] if q["kind"] == "date"}
    assert times["2月9日"] == "2024-02-09" and times["2月17日"] == "2024-02-17"


@pytest.mark.parametrize(
    "text, surface, value, value_max, unit",
    [
        ("完成投资：30亿元。", "30亿元", 3e9, None, "元"),
        ("增速为-3.5%。", "-3.5%", -3.5, None, "%"),
        ("用三至五年时间。", "三至五年", 3, 5, "年"),
        ("两到三个月。", "两到三个月", 2, 3, "个月"),
        ("占比两至三成。", "两至三成", 20, 30, "%"),
        ("出生率5-8‰。", "5-8‰", 5, 8, "‰"),  # per mille as written, as a percent is
    ],
)
def test_signs_punctuation_and_chinese_ranges(text, surface, value, value_max, unit):
    found = {s: q for s, q in find(text)}
    q = found[surface]
    assert q.value == pytest.approx(value) and q.unit == unit
    assert (q.value_max is None and value_max is None) or q.value_max == pytest.approx(value_max)


@pytest.mark.parametrize("text, surface, value, value_max, unit, kind, qualifier, claim", [
    ("二氧化碳0.13千克。", "0.13千克", 0.13, None, "千克", "measure", "exact", True),  # a unit inside the magnitude run
    ("用了半个多月。", "半个多月", 0.5, None, "月", "duration", "more_than", True),
    ("只要一个半小时。", "一个半小时", 1.5, None, "小时", "duration", "exact", True),
    ("一半以上的人。", "一半以上", 50, None, "%", "percent", "at_least", True),
    ("用了一个多月。", "一个多月", 1, None, "个月", "duration", "more_than", True),
    ("承办3届大会。", "3届", 3, None, "届", "count", "exact", True),  # editions, where 十四届 is a term
    ("企业数实现倍增。", "倍增", 2, None, "倍", "ratio", "exact", True),
    ("超過 1 700個。", "超過1 700個", 1700, None, "个", "count", "more_than", True),  # spaced thousands (Hong Kong, PDF); the
    # space between 過 and 1 is left out of the working text (ingest.spacing), the one between the digits is not
    ("3,000元至 8,000元。", "3,000元至8,000元", 3000, 8000, "元", "money", "range", True),
])
def test_numbers_in_words_and_in_print(text, surface, value, value_max, unit, kind, qualifier, claim):
    q = dict(find(text))[surface]
    assert (q.value, q.value_max, q.unit, q.kind, q.qualifier, q.claim) == (value, value_max, unit, kind, qualifier, claim)


@pytest.mark.parametrize("text", ["具有里程碑意义的一年。", "他是二级巡视员。", "这是主要挑战之一。", "过去半年，",
                                  "打通服务群众“最后一公里”。", "一年接着一年干，", "一任接着一任干。",
                                  "一年下来他们家享受的红利。", "这不是一天两天的事。", "以一斤两斤的‘斤’来算。",
                                  "发布国内唯一一个日用陶瓷价格成本指数。", "这是目前唯一一份涉及两岸经济合作的协定。"])
def test_figures_of_speech_titles_and_time_frames_are_no_claims(text):
    assert not [s for s, q in find(text) if q.claim], find(text)


@pytest.mark.parametrize("text, surface", [("相当于20年前我国全年的外贸总值。", "20年"), ("半年前，我们提出了计划。", "半年"),
                                           ("三天以前，", "三天")])
def test_a_length_of_time_back_from_now_is_no_claim(text, surface):
    assert not dict(find(text))[surface].claim


@pytest.mark.parametrize("text, surface", [("5年前后可收回投资。", "5年"), ("企业连续3年前进10个位次。", "3年"),
                                           ("用了20年。", "20年"), ("提前半年完成。", "半年")])
def test_a_length_before_a_word_that_opens_with_qian_stays_a_claim(text, surface):
    assert dict(find(text))[surface].claim


@pytest.mark.parametrize("text, surface, value, value_max, unit, kind, qualifier", [
    ("上百家企业参加。", "上百家", 100, None, "家", "count", "approx"),
    ("吸引游客数万人。", "数万人", 10000, None, "人", "count", "more_than"),
    ("全区几十家企业受益。", "几十家", 10, None, "家", "count", "more_than"),
    ("千余名干部下沉。", "千余名", 1000, None, "名", "count", "more_than"),
    ("建成近百个服务站。", "近百个", 100, None, "个", "count", "approx"),
    ("投资逾百亿元。", "逾百亿元", 1e10, None, "元", "money", "more_than"),
    ("上百万群众受益。", "上百万", 1e6, None, "", "other", "approx"),  # no measure word, as 10万群众
    ("数十万人次。", "数十万人次", 1e5, None, "人次", "count", "more_than"),
])
def test_numbers_written_from_their_magnitude_with_a_hedge(text, surface, value, value_max, unit, kind, qualifier):
    q = dict(find(text))[surface]
    assert (q.value, q.value_max, q.unit, q.kind, q.qualifier, q.claim) == (value, value_max, unit, kind, qualifier, True)


@pytest.mark.parametrize("text, surface, value, value_max, unit", [
    ("每村配备三四个网格员。", "三四个", 3, 4, "个"),
    ("七八成的商户已开业。", "七八成", 70, 80, "%"),
    ("二三十家企业签约。", "二三十家", 20, 30, "家"),
    ("十七八岁的青年。", "十七八岁", 17, 18, "岁"),
    ("三五千元的收入。", "三五千元", 3000, 5000, "元"),
])
def test_two_neighbouring_digits_are_an_approximate_range(text, surface, value, value_max, unit):
    q = dict(find(text))[surface]
    assert (q.value, q.value_max, q.unit, q.qualifier) == (value, value_max, unit, "range")


@pytest.mark.parametrize("text", ["跨越千亿元台阶。", "打造千亿级产业集群。", "实施百万亩造林。", "成千上万的群众", "数以万计的群众",
                                  "千万不要大意。", "上世纪80年代以来，", "七八十年代", "一二线城市", "三五成群"])
def test_magnitudes_that_name_a_class_or_speak_figuratively_are_no_claims(text):
    assert not [s for s, q in find(text) if q.claim], find(text)


@pytest.mark.parametrize("text, surface, value", [
    ("我国培养了两亿七千万接受过高等教育的人才。", "两亿七千万", 2.7e8),
    ("全省共培养三千五百万技术工人。", "三千五百万", 3.5e7),
    ("今年扩招一百万，再加上自然增长。", "一百万", 1e6),
])
def test_a_numeral_in_words_ending_in_its_magnitude_is_an_amount_as_digits_are(text, surface, value):
    q = dict(find(text))[surface]
    assert (q.value, q.unit, q.kind, q.claim) == (value, "", "other", True)


@pytest.mark.parametrize("text", ["今年扩招百万，再加上自然增长。", "情况十万火急。", "千万要注意安全。"])
def test_a_magnitude_alone_or_in_an_idiom_is_no_amount(text):
    assert not [s for s, q in find(text) if q.claim], find(text)


@pytest.mark.parametrize("text, surface, unit", [
    ("全县投放4万尾草鱼。", "4万尾", "尾"), ("家禽出栏3000万羽。", "3000万羽", "羽"), ("新打机井12口。", "12口", "口"),
    ("打井3眼。", "3眼", "眼"), ("安装路灯2000盏。", "2000盏", "盏"), ("创作歌曲30首。", "30首", "首"), ("展出作品100幅。", "100幅", "幅"),
    ("每周约有50趟班列往返。", "约有50趟", "趟"), ("每周航班量达到1530班。", "1530班", "班"),
    ("开行客运班车1200班次。", "1200班次", "班次"), ("共摆宴席28桌。", "28桌", "桌"),
    ("发放救灾帐篷1200顶、棉被6800床。", "1200顶", "顶"), ("发放救灾帐篷1200顶、棉被6800床。", "6800床", "床"),
])
def test_classifiers_of_animals_wells_lamps_songs_and_pictures_count(text, surface, unit):
    q = dict(find(text))[surface]
    assert (q.unit, q.kind, q.claim) == (unit, "count", True)


@pytest.mark.parametrize("text", ["他一口气说完。", "全市有3个口岸。", "看了一眼。", "数据匹配3次。", "实行3班倒。", "配齐5班子成员。",
                                  "采购28桌椅。", "医院有1200床位。", "登上3顶级赛事。"])
def test_words_that_open_with_a_classifier_are_no_counts_of_it(text):
    assert all(q.unit not in ("口", "眼", "匹", "班", "桌", "床", "顶") for _, q in find(text)), find(text)


@pytest.mark.parametrize("text, surface, value, qualifier", [
    ("我国对6国免签。", "6国", 6, "exact"), ("来自59国人员入境。", "59国", 59, "exact"),
    ("覆盖150余国和地区。", "150余国", 150, "more_than"),
])
def test_countries_counted_with_the_classifier_guo(text, surface, value, qualifier):
    q = dict(find(text))[surface]
    assert (q.value, q.unit, q.kind, q.qualifier, q.claim) == (value, "国", "count", qualifier, True)


@pytest.mark.parametrize("text", ["沿331国道行驶。", "在2024国庆期间出游。", "召开6国外长会议。", "参加20国集团峰会。", "中美两国合作。"])
def test_guo_opening_a_word_or_a_name_counts_no_countries(text):
    assert all(q.unit != "国" for _, q in find(text)), find(text)


@pytest.mark.parametrize("text, surface", [("增发1万亿国债。", "1万亿"), ("吸引3万国际游客。", "3万"), ("沿331国道行驶。", "331")])
def test_a_number_before_a_word_guo_opens_keeps_its_value(text, surface):
    assert surface in dict(find(text)), find(text)


def test_a_hedged_magnitude_is_no_programme_name():
    assert dict(find("百项实践活动"))["百项实践活动"].kind == "named"
    assert dict(find("百余项试点任务"))["百余项"].claim


@pytest.mark.parametrize("text, absent", [
    ("经济总量迈上万亿元台阶。", "上万亿元"),  # 迈上: a verb, and the milestone no amount
    ("500万元以上千万元以下的企业", "上千万元以下"),  # the 上 of 以上
    ("举办线上百场直播", "上百场"),
    ("山上万亩茶园", "上万亩"),
])
def test_a_hedge_is_a_word_of_its_own(text, absent):
    assert absent not in dict(find(text)), find(text)


def test_a_hedge_before_a_magnitude_keeps_the_more_than_of_its_infix():
    assert dict(find("加上千余名志愿者"))["千余名"].qualifier == "more_than"


def test_a_decade_is_no_duration_but_years_before_a_word_in_dai_are():
    assert not [s for s, q in find("上世纪80年代以来，七八十年代") if q.claim]
    assert dict(find("连续三年代表我省参加比赛。"))["三年"].kind == "duration"


@pytest.mark.parametrize("text, surface, value, qualifier", [
    ("占全球高铁里程2/3以上。", "2/3以上", 200 / 3, "at_least"),
    ("超过1/3的村庄。", "超过1/3", 100 / 3, "more_than"),
    ("产量稳定在全国1/4。", "1/4", 25, "exact"),
])
def test_a_share_written_with_a_slash(text, surface, value, qualifier):
    q = dict(find(text))[surface]
    assert (q.kind, q.unit, q.qualifier, q.claim) == ("percent", "%", qualifier, True) and q.value == pytest.approx(value)


@pytest.mark.parametrize("text", ["7/24小时服务", "1/2小时", "12/31", "闯入1/4决赛", "地铁2/3号线", "定于2025/1/5召开"])
def test_other_slashes_are_no_shares(text):
    assert not [s for s, q in find(text) if q.kind == "percent"], find(text)


@pytest.mark.parametrize("text, surface, value", [("工期三年半。", "三年半", 3.5), ("用了一年半时间。", "一年半", 1.5), ("三天半", "三天半", 3.5)])
def test_a_duration_and_a_half(text, surface, value):
    q = dict(find(text))[surface]
    assert (q.value, q.kind, q.claim) == (value, "duration", True)


def test_half_in_a_word_after_a_duration_is_no_half():
    assert dict(find("近两年半导体产业"))["两年"].value == 2
    assert not [s for s, q in find("作天心区半年度工作情况通报。") if q.claim]


@pytest.mark.parametrize("text, surface", [("一年级学生共有300人。", "一年"), ("小学三年级学生。", "三年"), ("交出一份“半年报”成绩单。", "半年"),
                                           ("推行九年制义务教育。", "九年"), ("一年生草本植物。", "一年")])
def test_a_length_of_time_that_ends_inside_a_name_is_none(text, surface):
    assert surface not in dict(find(text)), find(text)  # a grade, a report, a system: no length of time


@pytest.mark.parametrize("text, surface", [("用了半年时间。", "半年"), ("历时两年，建成大桥。", "两年"), ("干了一个多月。", "一个多月"),
                                           ("訂立3天有薪男士侍產假", "3天")])
def test_a_length_of_time_that_ends_a_word_stays(text, surface):
    assert dict(find(text))[surface].kind == "duration"


def test_more_than_half_a_year():
    q = dict(find("又干了半年多，"))["半年多"]
    assert (q.value, q.qualifier, q.claim) == (0.5, "more_than", True)
    for text in ("半个月多次深入一线督导。", "半年多家企业复工。"):  # 多 of the next word
        assert [(surface, q.qualifier) for surface, q in find(text) if q.kind == "duration"][0][1] == "exact", find(text)


def test_a_grade_however_jieba_reads_past_it_and_a_plan_named_by_its_years():
    assert "一年" not in dict(find("小学一年级新生入学。"))
    assert dict(find("实施城乡居民增收五年计划。"))["五年"].kind == "named"


def test_sessions_listed_before_a_meetings_name_are_ordinals():
    found = {surface: (q.kind, q.claim) for surface, q in find("落实省委十二届十次、十一次全会部署。")}
    assert found["十次"] == found["十一次"] == ("ordinal", False)
    assert find("全年召开会议十次、培训三次。")[0][1].kind != "ordinal"  # counts, no meeting's name after them
    held = {surface: (q.kind, q.claim) for surface, q in find("2023年召开2次会议，共召开了3次全体会议，召开十四届人大二次会议。")}
    assert held["2次"] == held["3次"] == ("count", True) and held["二次"][0] == "ordinal"  # meetings held, and a session


def test_a_secondary_round_and_an_averaging_window_are_names_not_counts_or_durations():
    found = dict(find("年底再按盈余进行二次分红。臭氧日最大8小时平均第90百分位浓度为156微克/立方米。二套住房首付比例不低于25%。"))
    assert found["二次"].kind == found["8小时"].kind == found["二套"].kind == "named"
    assert not any(found[t].claim for t in ("二次", "8小时", "二套"))
    counted = dict(find("全年开展两次分红，检查3次，每天工作8小时，出席省十四届人大二次会议。"))
    assert (counted["两次"].claim, counted["3次"].claim, counted["8小时"].claim) == (True, True, True)
    assert counted["二次"].kind == "ordinal"  # a session
    framed = dict(find("每日二次清扫保洁，中心城区限购二套住房，快递员每天工作12小时平均派送包裹260件，市政协共召开二次常委会议。"))
    assert framed["二套"].claim and framed["12小时"].claim  # a limit, a duration
    assert all(q.claim for t, q in find("每日二次清扫保洁，市政协共召开二次常委会议。") if t == "二次")  # a frequency; meetings held
    assert dict(find("合作社召开二次分红大会。"))["二次"].kind == dict(find("在二次分红会议上宣布。"))["二次"].kind == "named"


def test_every_change_verb_is_removed_from_the_end_of_a_subject():
    """A change verb left at a subject's end is added again as its change (养老金上调上调)."""
    from helpers.extract.lexicon import claim_words

    w = claim_words()
    assert [v for v in w.change_verbs if not w.trailing.search(v)] == []


def test_a_number_within_a_time_is_a_claim_unless_another_figure_of_its_clause_is_framed():
    found = {surface: q.claim for surface, q in find("总容量将于7年内爆满，5年内新建学校100所。")}
    assert found["7年"] is True and found["5年"] is False


def test_numbers_listed_after_an_ordinal_are_ordinals():
    got = {text: (q.kind, q.claim) for text, q in find("已完成11项任务（第2、3、14项），第一、二轮督察问题整改办结，全国第四、突破1万公里。")}
    assert got["11项"] == ("count", True)
    assert got["14项"] == ("ordinal", False) and got["二轮"] == ("ordinal", False)
    assert got["突破1万公里"][1]  # a hedged figure after a rank is no list item


@pytest.mark.parametrize("text", ["钱交到了老两口手上。", "小两口外出打工。", "工人们正在进行二次结构施工。", "推进二次供水改造。",
                                  "发挥三次分配作用。"])
def test_a_couple_and_secondary_or_tertiary_terms_count_nothing(text):
    assert not [s for s, q in find(text) if q.claim], find(text)


def test_the_years_a_growth_rate_is_averaged_over_are_no_claim():
    got = dict(find("规模以上工业增加值同比增长11.4%，两年平均增长8.7%。"))
    assert not got["两年"].claim and got["8.7%"].claim
    assert dict(find("6年平均每年减贫1300多万人。"))["6年"].claim


@pytest.mark.parametrize("text, surface, value, unit", [
    ("城镇居民的人均收入达到1万6千多元。", "1万6千多元", 16000, "元"),
    ("共有3万5千人参加。", "3万5千人", 35000, "人"),
    ("人均2万3千5百元。", "2万3千5百元", 23500, "元"),
    ("总投资1亿5000万元。", "1亿5000万元", 1.5e8, "元"),
    ("总投资1亿2千万元。", "1亿2千万元", 1.2e8, "元"),
    ("每人GDP为2万4337美元。", "2万4337美元", 24337, "美元"),  # the four digits below 万 written out
])
def test_digits_on_both_sides_of_a_magnitude_are_one_number(text, surface, value, unit):
    found = dict(find(text))
    assert list(found) == [surface], found
    assert (found[surface].value, found[surface].unit, found[surface].claim) == (value, unit, True)


@pytest.mark.parametrize("text, ages", [
    ("2019年全国6—22岁学生体质健康达标优良率为23.8%。", ["6—22岁"]),
    ("13—22岁年龄段学生优良率从2014年的14.8%上升到2019年的17.7%。", ["13—22岁"]),
    ("13—15岁、16—18岁学生体质健康达标优良率分别上升5.1、1.8个百分点。", ["13—15岁", "16—18岁"]),
    ("全市60岁以上老年人口占比达20.1%。", ["60岁以上"]),
    ("其中，0-15岁人口占总人口的18.52%，16-59岁人口占57.86%。", ["0-15岁", "16-59岁"]),
])
def test_an_age_before_a_share_is_the_population_of_the_share(text, ages):
    found = find(text)
    assert [s for s, q in found if q.kind == "age"] == ages
    assert not [s for s, q in found if q.kind == "age" and q.claim], found
    assert [s for s, q in found if q.claim]


@pytest.mark.parametrize("text, age", [
    ("為15至29歲青年提供3 000個臨時工作職位。", "15至29歲"),
    ("为80周岁以上老人提供助餐优惠。", "80周岁以上"),
    ("60岁的毛丰美说，收入增长了10%。", "60岁"),
    ("60岁以上老人有2万人，参保率达95%。", "60岁以上"),
])
def test_an_age_before_whom_a_measure_reaches_or_a_person_stays_a_claim(text, age):
    assert dict(find(text))[age].claim


@pytest.mark.parametrize("text", ["万元工业增加值用水量下降16%。", "万元地区生产总值能耗下降3%。", "实施亿元以上项目200个。"])
def test_a_bare_magnitude_before_a_currency_and_an_aggregate_is_a_rates_base_not_an_amount(text):
    assert [q.text for _, q in find(text) if q.claim and q.unit == "元"] == []


@pytest.mark.parametrize("text", ["每户奖励万元。", "全年实现产值亿元，", "企业获得了亿元贷款支持。", "入驻企业实现营收上亿元，"])
def test_a_bare_magnitude_before_a_currency_elsewhere_is_an_amount(text):
    assert [q.claim for _, q in find(text) if q.unit == "元"] == [True]


@pytest.mark.parametrize("text, surface, qualifier", [
    ("每年可节约2.5亿元资金。", "2.5亿元", "exact"), ("集中签约12个项目。", "12个", "exact"),
    ("为用人单位减负约39.13亿元。", "约39.13亿元", "approx"), ("全县近3万人。", "近3万人", "approx"),
    ("项目占地约200亩。", "约200亩", "approx"), ("他身高超1.9米。", "超1.9米", "more_than")])
def test_a_hedge_is_no_last_character_of_a_word_before_the_number(text, surface, qualifier):
    assert dict(find(text))[surface].qualifier == qualifier


def test_generating_units_times_their_capacity_are_the_total_capacity():
    q = dict(find("建设2×100万千瓦煤电机组。"))["2×100万千瓦"]
    assert (q.value, q.unit, q.claim) == (2_000_000, "千瓦", True)
    assert find("提供7×24小时服务，面积3×4米。") == []  # a service's hours, a size: no capacity


def test_a_magnitude_and_a_measure_word_ending_a_clause_are_an_amount():
    q = dict(find("全省强村公司已有千家，平均每家年盈利200多万元。"))["千家"]
    assert (q.value, q.kind, q.claim) == (1000, "count", True)
    assert dict(find("开展百项实践活动。"))["百项实践活动"].kind == "named"
    assert not dict(find("移动电话普及率达113部/百人。"))["百人"].claim  # what the rate is per


@pytest.mark.parametrize("text, surface, value, unit, qualifier", [
    ("在村子尽头还有12栋反季蔬菜大棚。", "12栋", 12, "栋", "exact"),
    ("新增设智能回收箱1000组以上。", "1000组以上", 1000, "组", "at_least"),
    ("全省11市240多万人受灾。", "11市", 11, "市", "exact"),
    ("还有9省市有贫困人口。", "9省市", 9, "省市", "exact"),
    ("走了十来分钟。", "十来分钟", 10, "分钟", "approx"),
    ("来了二十来个人。", "二十来个", 20, "个", "approx"),
])
def test_measure_words_of_buildings_sets_and_cities_and_the_approximate_lai(text, surface, value, unit, qualifier):
    q = dict(find(text))[surface]
    assert (q.value, q.unit, q.qualifier, q.claim) == (value, unit, qualifier, True)


@pytest.mark.parametrize("text", ["住在3栋2单元501室。", "建设四市民驿站。", "统一市场监管。", "一来是为了学习，二来是为了工作。",
                                  "多个组织参与。", "到江湾镇街道第四市民驿站参观。"])
def test_addresses_words_and_firstly_are_no_counts(text):
    assert not [s for s, q in find(text) if q.claim], find(text)
    assert not [s for s, q in find(text) if s.endswith("市")], find(text)


@pytest.mark.parametrize("text, surface, claim", [
    # a tier in words is no amount, a magnitude in digits is (级)
    ("三级公立医院绩效考核。", "三级", False),
    ("全省县、乡、村三级强村公司。", "三级", False),
    ("实现省市县乡村五级全覆盖。", "五级", False),
    ("漾濞发生6.4级地震。", "6.4级", True),
    ("对购买2级及以上能效的冰箱给予补贴。", "2级及以上", False),  # a grade in digits: only a decimal is a magnitude
    ("沿海阵风可达10级。", "10级", True),  # a wind's force, in digits too
    # a length of time right after 前 is a stage or a period, unless it says how far ahead
    ("落实学前一年免费教育政策。", "一年", False),
    ("假期最后一天，游客仍然很多。", "一天", False),  # the last stretch of a period: when, not how long
    ("原计划三年完成的改造任务，最后两年就全部完成。", "两年", True),  # how long it took in the end
    ("相当于前十年总和。", "十年", False),
    ("主要指标比前一年有明显改善。", "一年", False),
    ("提前两年完成病险水库除险加固。", "两年", True),
    ("保交房项目提前3个月实现交付。", "3个月", True),
])
def test_tiers_and_stages_are_no_claims_magnitudes_and_leads_in_time_are(text, surface, claim):
    assert dict(find(text))[surface].claim is claim


@pytest.mark.parametrize("text, items", [
    ("要落实“三个展示、六个确保”的指示精神。", ["三个展示", "六个确保"]),
    ("全力推进“4米改6米、5米改7米”双车道提升。", ["4米改6米", "5米改7米"]),
])
def test_each_item_of_a_quoted_formula_of_numbered_phrases_is_a_name(text, items):
    found = find(text)
    assert [s for s, _ in found] == items and not [s for s, q in found if q.claim]


def test_quoted_figures_listed_stay_claims():
    assert [s for s, q in find("增长“10%、20%”。") if q.claim] == ["10%", "20%"]


@pytest.mark.parametrize("text, surface, value, value_max", [
    ("月薪1万5千至2万元。", "1万5千至2万元", 15000, 20000),
    ("月薪1万5千至2万5千元。", "1万5千至2万5千元", 15000, 25000),
    ("投资1亿5000万至2亿元。", "1亿5000万至2亿元", 1.5e8, 2e8),
    ("补贴标准为8000元至1.5万元。", "8000元至1.5万元", 8000, 15000),  # a lower end with its own unit
    ("补贴3至5万元。", "3至5万元", 30000, 50000),  # one with none takes the upper end's unit and magnitude
    ("接待游客8000至1.2万人次。", "8000至1.2万人次", 8000, 12000),  # unless that would pass the upper end
])
def test_a_range_whose_lower_end_holds_its_magnitudes_takes_none_from_the_upper(text, surface, value, value_max):
    q = dict(find(text))[surface]
    assert (q.value, q.value_max, q.claim) == (value, value_max, True)


def test_a_number_with_magnitudes_in_it_and_no_unit_is_an_amount():
    assert dict(find("全省人口1亿2000万，"))["1亿2000万"].claim


@pytest.mark.parametrize("text, surface, kind, claim", [
    ("县乡村三级、1200个养老服务站点。", "1200个", "count", True),  # a tier opens no list of ordinals
    ("第2、3、14项指标。", "14项", "ordinal", False),
    ("发生七级地震。", "七级", "count", True),
    ("遭遇十二级台风。", "十二级", "count", True),
    ("人均预期寿命达到79.2岁、婴儿死亡率降至3.5‰。", "79.2岁", "age", True),  # a list of claims, not of ages
    ("6组10家省属国企实现战略性重组。", "6组", "count", True),
    ("改造3栋楼。", "3栋", "count", True),
    ("建成12栋1500套住房。", "12栋", "count", True),
])
def test_what_the_lists_tiers_and_measure_words_leave_a_claim(text, surface, kind, claim):
    q = dict(find(text))[surface]
    assert (q.kind, q.claim) == (kind, claim)


@pytest.mark.parametrize("text", ["“两天卖了300斤”", "“3年赚了20万元”", "“3年新增100家”"])
def test_quoted_speech_with_figures_is_no_name(text):
    assert [s for s, q in find(text) if q.kind == "named"] == []


@pytest.mark.parametrize("text", ["栗子坪村三组贫困户", "红星村5组村民", "一企带百户，", "诸子百家，"])
def test_village_groups_and_figures_of_speech_are_no_counts(text):
    assert not [s for s, q in find(text) if q.claim], find(text)


def test_numbers_joined_by_a_ratio_mark_after_a_word_of_proportion_are_one_ratio():
    found = dict(find("三次产业比为14.7:30.9:54.4，与上年的15.7:29.6:54.7相比。城乡居民收入比由2.9∶1缩小至2.5∶1。按1:1比例配套。"))
    assert {surface: (q.kind, q.value, q.claim) for surface, q in found.items() if q.kind == "ratio"} == {
        "14.7:30.9:54.4": ("ratio", 14.7, True), "15.7:29.6:54.7": ("ratio", 15.7, True),
        "2.9∶1": ("ratio", 2.9, True), "2.5∶1": ("ratio", 2.5, True), "1:1": ("ratio", 1.0, True)}
    assert "30.9" not in found and "1" not in found
    assert not [q for _, q in find("比赛于19:30开始，会议于10:30举行。") if q.kind == "ratio"]  # times of day



def test_a_level_after_a_change_is_no_upper_end_of_a_range():
    found = dict(find("入境旅客人次按年增长8.2倍至828.2万。增长5%至8%。"))
    assert "8.2倍" in found and "828.2万" in found and found["828.2万"].value == pytest.approx(8282000)
    assert found["5%至8%"].qualifier == "range"  # each end with the unit, as before
    assert dict(find("投资1.5亿元至2亿。"))["1.5亿元至2亿"].qualifier == "range"  # the upper end leaves its unit out


def test_matters_counted_by_their_aspects():
    found = dict(find("商务部主要做了4方面工作。新增3方案。完成土方3万方。3方共建。"))
    assert found["4方面"].kind == "count"
    assert "3方" not in found and found["3万方"].unit == "立方米"


@pytest.mark.parametrize("text, per, figure", [
    ("一亩地流转费450元，收入不错。", "一亩", "450元"),
    ("农闲时务工，一天150元。", "一天", "150元"),
    ("黄瓜一斤3元。", "一斤", "3元"),
    ("旺季时村里一天要发8万多单。", "一天", "8万多单"),  # what one can or must do in it
    ("一台收割机一天能收300多亩。", "一天", "300多亩"),
    ("他开起了民宿，一年接待游客1.5万人次左右。", "一年", "1.5万人次左右"),  # a count after what is done
    ("在外面打工一个月挣七八千元。", "一个月", "七八千元"),
    ("大棚费用一年1500元。", "一年", "1500元"),  # 费用's 用 is no taking
    ("光伏设备使用一年可节约电费3万元。", "一年", "3万元"),
])
def test_one_unit_before_a_figure_is_what_the_figure_is_per(text, per, figure):
    claims = {surface: q.claim for surface, q in find(text)}
    assert (claims[per], claims[figure]) == (False, True)


@pytest.mark.parametrize("text, per, figure", [
    ("按每招用1人1500元的标准发放。", "1人", "1500元"),
    ("按每吸纳1人1000元的标准给予补贴。", "1人", "1000元"),
])
def test_one_after_per_and_its_verb_is_what_the_amount_is_paid_per(text, per, figure):
    claims = {surface: q.claim for surface, q in find(text)}
    assert (claims[per], claims[figure]) == (False, True)


@pytest.mark.parametrize("text,one", [("每1人次就诊均须登记。", "1人次"), ("每人发放1份价值200元的慰问品。", "1份")])
def test_one_after_per_with_no_amount_right_after_it_stays_a_claim(text, one):
    assert dict(find(text))[one].claim


@pytest.mark.parametrize("text", ["这项工程用了一年时间建成。", "判处有期徒刑一年6个月。", "延长一年至2025年底。", "仅用一天就完成3000份问卷。",
                                  "历时一年完成项目30个。", "短短一年新增企业300家。", "仅一年新增电商企业45家。", "他用一年完成论文3篇。"])
def test_one_unit_that_measures_is_a_claim(text):
    assert [q.claim for surface, q in find(text) if surface.startswith(("一年", "一天"))] == [True]  # no rate's figure follows


def test_fewer_than_four_digits_after_wan_or_a_decimal_are_a_number_of_their_own():
    assert list(dict(find("收入2万5000.5元。"))) == ["2万", "5000.5元"]
    assert list(dict(find("收入2万500元。"))) == ["2万", "500元"]
    assert list(dict(find("标准为每人1万0500元。"))) == ["1万", "0500元"]  # a leading zero: two numbers, as before
    assert "2023年末" in dict(find("户籍人口300万2023年末常住人口320万。"))  # four digits before 年 are a year


@pytest.mark.parametrize("text, surface, value, unit", [
    ("以教育(+10.02%)和衣履(+6.63%)的升幅較明顯。", "+10.02%", 10.02, "%"),  # a rise written with its sign
    ("综合消费物价指数(104.80)按年上升0.99%。", "104.80", 104.8, ""),  # a value in brackets, no list number
    ("每月开支介乎12,000至35,999澳门元。", "12,000至35,999澳门元", 12000, "澳门元"),
    ("6月龄以上人群每年接种流感疫苗。", "6月龄以上", 6, "月"),  # an infant's age in months, no date
])
def test_signed_bracketed_and_pataca_figures(text, surface, value, unit):
    found = dict(find(text))
    assert surface in found, found
    assert (float(found[surface].value), found[surface].unit, found[surface].claim) == (value, unit, True)


def test_a_plus_between_numbers_or_letters_is_an_operator_and_list_numbers_stay_out():
    assert "+1" not in dict(find("推行1+1模式，实行N+1服务。"))  # an operator, no signed number
    assert [s for s, q in find("（1）加强管理。\n3.5. 附则。") if q.claim] == []


def test_a_plus_in_a_formula_and_a_section_number_in_brackets_are_no_figures():
    assert "+5个" not in dict(find("建立“党建+5个专项”机制。")) and "+3" not in dict(find("构建“一核+3区”格局。"))
    assert [s for s, q in find("（1.1）加强组织领导。\n(2.1) 总体要求") if q.claim] == []


def test_a_date_that_opens_with_a_relative_year_holds_its_numeral():
    got = {text: (q.kind, q.time, q.claim) for text, q in find("今年3月，出口增长5%。今明两年经济增速为0.5%。")}
    assert got["今年3月"] == ("date", "2021-03", False)  # not a bare 3
    assert got["今明两年"] == ("date", "2021/2022", False)  # not a claim of two years
    assert "3" not in got and "两年" not in got


def test_a_minus_sign_written_as_a_word():
    got = {text: q.value for text, q in find("日本经济增速下调至负0.1%。误差正负2%。为群众减负237亿元。宏观税负18.5%。")}
    assert got["负0.1%"] == -0.1
    assert got["2%"] == 2.0 and got["237亿元"] == 2.37e10  # 正负 is a range either side; 减负 a word before the figure
    assert got["18.5%"] == 18.5  # 税负: a word that ends in 负


def test_people_counted_as_population():
    got = {text: q for text, q in find("提升3061个村、156.3万人口的饮水安全条件。")}
    assert got["156.3万人口"].value == 1563000 and got["156.3万人口"].unit == "人口"  # no 人 with a stray 口


def test_basis_points_are_a_percent_unit():
    got = {text: q for text, q in find("加拿大央行宣布加息50个基点。")}
    assert (got["50个基点"].unit, got["50个基点"].kind) == ("基点", "percent")


def test_a_measure_word_doubled_after_one_counts_nothing():
    got = [text for text, q in find("随着分红大会一天天临近，他一步步走来，一个个项目落地，共建成3个。")]
    assert got == ["3个"]


def test_one_before_a_negation_stresses_not_even_one_and_counts_nothing():
    got = [text for text, q in find("群众的事一天也不能等，一个都不能少，一刻也没停，共调解纠纷3件。")]
    assert got == ["3件"]
    assert [text for text, q in find("这项改革我们花了一年也没完全理顺。")] == ["一年"]  # the length the verb took


def test_a_rate_per_hundred_thousand_is_one_figure_and_a_decimal_before_a_slash_is_no_share():
    got = dict(find("全人口孕产妇死亡率为3.85/10万，肺结核发病率为45.2/10万，满意度评分3.85/5分。"))
    assert (got["3.85/10万"].value, got["3.85/10万"].unit) == (3.85, "/10万")
    assert got["45.2/10万"].unit == "/10万" and "10万" not in got
    assert "3.85" in got  # a score out of five: a number, not a share (a decimal numerator once crashed the reader)


def test_a_space_typed_before_a_percent_sign_keeps_the_sign_with_its_number():
    [(surface, q)] = [(t, q) for t, q in find("收入8820元，增长9.7 %；") if q.unit == "%"]
    assert (surface, q.value) == ("9.7 %", 9.7)


def test_the_new_year_is_no_length_of_time():
    assert find("新的一年，我们希望工程如期完工。") == []
    assert [s for s, _ in find("推出创新的一年期贷款产品。")] == ["一年期"]  # 一年期: a term of one year, its text with 期


def test_a_numeral_in_words_that_opens_a_noun_with_its_measure_word_is_no_count():
    assert find("村民骑着三轮车赶集。") == [] and find("“广德三件套”掀起消费热潮。") == []  # a tricycle, a three-piece set
    for text, count in [("出台三项措施。", "三项"), ("全市共有三所大学。", "三所"), ("共有两人报名。", "两人"),
                        ("发生九起安全生产事故。", "九起"), ("修建九栋安置房。", "九栋"), ("整理八本学术著作。", "八本")]:
        assert [s for s, q in find(text) if q.claim] == [count], text  # jieba's guesses from a few characters (三所大) aside


def test_the_classes_of_demonstration_fields_and_some_day_measure_nothing():
    assert [s for s, _ in find("创建百亩方、千亩方、万亩片120个。")] == ["120个"]  # named by their size
    assert find("我希望有一天能来这里上班。") == [] and [s for s, _ in find("仅有一天时间。")] == ["一天"]
    for text in ("全村停电已有一天。", "每周有一天是集中学习日。", "整个行程有一天半。"):
        assert find(text), text  # how long, one of them, a day and a half
    for text in ("上周有一天，工作人员来到诊所。", "有一天半夜，我被敲门声叫醒。"):
        assert not [q for _, q in find(text) if q.kind == "duration"], text  # some day, after a time or before 半夜


def test_most_of_a_day_or_a_year_is_no_length_of_time():
    assert find("医生忙了大半天才回家。") == [] and find("用了大半年时间。") == []  # 大半: most of, a vague stretch
    assert [s for s, _ in find("用了半年时间。")] == ["半年"]
    assert [s for s, _ in find("进一步扩大半年期以上贷款投放。")] == ["半年"]  # 扩大|半年期: 大 ends a word


def test_a_worked_example_or_a_supposition_holds_no_claims():
    text = ("举例说明：市民购买一台售价5000元的空调，可获补贴1000元；购买一台售价12000元的冰箱，应补贴2400元。\n"
            "全市已发放补贴2.4亿元。假如一户家庭月收入3000元，每月可领取补助500元。全县发放补助300万元。")
    assert [s for s, q in find(text) if q.claim] == ["2.4亿元", "300万元"]


def test_a_temperature_below_zero_in_words_is_negative():
    found = {s: q.value for s, q in find("漠河最低气温零下46℃，哈尔滨零下30℃以下；室内温度不低于18℃。")}
    assert found == {"零下46℃": -46.0, "零下30℃以下": -30.0, "不低于18℃": 18.0}


def test_a_duration_before_the_mark_of_a_term_names_an_instrument_and_is_no_claim():
    got = {t: q.claim for t, q in find("目前，7天期逆回购操作利率为1.5%，发行30年期超长期特别国债，合同3年期满。")}
    assert (got["7天期"], got["30年期"], got["3年"]) == (False, False, True)  # 期满: a term's end, a length measured
    got = {t: q.claim for t, q in find("学报创刊60年期刊累计发表论文1.2万篇，村民们等了20年期盼的大桥通车。")}
    assert got["60年"] and got["20年"]  # 期刊, 期盼: words 期 opens


def test_digits_in_words_one_by_one_name_a_day_and_what_is_named_after_it():
    found = dict(find("村里有五一村和八一路，三四个人、六七家企业参加。"))
    assert (found["五一村"].kind, found["五一村"].claim) == ("named", False)
    assert found["三四个"].claim and found["六七家"].claim  # adjacent digits: a range


def test_a_bare_amount_after_per_is_a_rates_base():
    found = dict(find("每百元营业收入中的成本为85元，每户奖励万元。"))
    assert not any(q.claim for surface, q in found.items() if surface.startswith("百元"))
    assert found["85元"].claim and found["万元"].claim


def test_a_few_things_counted_before_a_colon_that_opens_an_enumeration_are_the_texts_outline():
    found = [(text, q.claim) for text, q in find("下半年将重点抓好四方面工作：一是强化要素保障。我们采取了三项措施：一是扩充资源。")
             if q.kind == "count"]
    assert found == [("四方面", False), ("三项", False)]
    listed = [(text, q.claim) for text, q in find("全年开工项目三项：分别为甲、乙、丙。") if q.kind == "count"]
    assert listed == [("三项", True)]  # a colon that opens no enumeration: a count


def test_a_year_before_jie_is_a_cohort_not_a_count_of_editions():
    found = {text: (q.kind, q.claim) for text, q in find("2024届高校毕业生预计达46.7万人。已承办3届大会。")}
    assert found["2024届"] == ("date", False) and found["3届"] == ("count", True)


def test_nearly_a_length_a_verb_governs_is_a_claim_where_nearly_a_time_alone_frames_one():
    found = find("他在工厂工作近两年。时间由过去的近2个小时缩短到50分钟。近3年，全镇累计投入1亿元。"
                 "在近5年里新建学校3所。中方宣布未来3年提供资金。")
    got = dict(found)
    assert got["近两年"].claim and got["近2个小时"].claim and got["近2个小时"].qualifier == "approx"
    frames = [q for s, q in found if s in ("3年", "5年")]  # 近3年，…; 在近5年里; 宣布未来3年: frames
    assert len(frames) == 3 and not any(q.claim for q in frames)


def test_a_price_abroad_is_money_in_its_currency():
    got = {s: q for s, q in find("票价1500肯尼亚先令，月薪约为65万福林，订单800万令吉。")}
    assert got["1500肯尼亚先令"].kind == "money" and got["1500肯尼亚先令"].claim
    assert got["约为65万福林"].unit == "福林" and got["800万令吉"].unit == "林吉特"


def test_a_march_of_a_thousand_li_is_no_money():
    assert not any(q.kind == "money" for _, q in find("部队开展千里拉练和百里拉练。"))
    assert any(q.kind == "money" for _, q in find("亏损两亿里拉。"))


def test_a_count_in_words_the_text_repeats_with_its_noun_is_a_name():
    view = "残疾人两项补贴新政出台。两项补贴制度自2016年实施。各地要将两项补贴资金纳入预算。全省新建两项工程。"
    qs = quantities.named_by_repetition(view, quantities.find(view, 0, len(view), REF))
    kinds = {(q.start, view[q.start : q.end]): (q.kind, q.claim) for q in qs}
    assert [k for (at, text), k in sorted(kinds.items()) if text == "两项"] == [("named", False)] * 3 + [("count", True)]


def test_things_counted_again_by_chance_and_a_count_inside_a_larger_one_stay_figures():
    view = "新开工两个项目。竣工两个项目。签约两个项目。出台二十项措施。二十项措施落地。二十项措施见效。新增十项措施。"
    qs = quantities.named_by_repetition(view, quantities.find(view, 0, len(view), REF))
    claims = {view[q.start : q.end] for q in qs if q.claim}
    assert "两个" in claims and "十项" in claims


@pytest.mark.parametrize("text, surface", [("另有12瓶装礼盒45盒。", "45盒"), ("年发电量1.2亿kW·h。", "1.2亿kW·h")])
def test_a_pack_size_is_no_count_and_an_energy_in_symbols_keeps_its_unit(text, surface):
    assert [t for t, q in find(text) if q.claim] == [surface]


@pytest.mark.parametrize("text,first", [("分别快于全部规模以上工业2.9个和2.5个百分点。", "2.9个"), ("分别快于全部规模以上工业4.4和3.2个百分点。", "4.4")])
def test_the_first_of_two_gaps_in_points_is_in_points_too(text, first):
    q = dict(find(text))[first]
    assert (q.unit, q.kind, q.claim) == ("百分点", "percent", True)


def test_a_count_in_ge_before_another_count_keeps_its_unit():
    assert dict(find("全省新建学校3个和医院5个。"))["3个"].unit == "个"


def test_an_amount_in_words_that_opens_a_dictionary_word_is_a_name():
    assert find("广州市白云区三元里村改造项目启动。") == []  # 三元里: a place, not three yuan
    assert [t for t, _ in find("收费三元钱，门票五元一张。")] == ["三元", "五元"]


def test_a_number_in_words_inside_a_proper_name_that_opens_before_it_is_no_figure():
    assert [t for t, q in find("西城区在东四十条片区推进改造。") if q.claim] == []  # 东四十条: 北京's street, not forty
    assert [t for t, q in find("全县三十个乡镇新增就业五千人。") if q.claim] == ["三十个", "五千人"]
    assert [t for t, q in find("今年全市出台了这三项稳就业政策。") if q.claim] == ["三项"]  # jieba's 这三项 is no name


def test_an_amount_in_words_before_a_local_word_stays_an_amount():
    assert [t for t, q in find("每人补贴五元村里统一发放。") if q.claim] == ["五元"]  # 村里 opens with the generic
    assert [t for t, q in find("每月享受八百元驻村生活补助。") if q.claim] == ["八百元"]  # 驻村, a word
    assert [t for t, q in find("拨付两百万元乡镇卫生院设备购置经费。") if q.claim] == ["两百万元"]


def test_a_little_more_than_a_whole_number_is_a_bound_after_its_unit():
    found = dict(find("从深圳北站上车，3个小时出头就能到家门口，他今年40岁出头。有3人出头牵头成立合作社。"))
    assert (found["3个小时出头"].qualifier, found["3个小时出头"].kind) == ("more_than", "duration")
    assert found["40岁出头"].qualifier == "more_than"
    assert found["3人"].qualifier == "exact"  # 出头 as a verb (出头牵头): no bound


def test_a_bound_or_a_hedge_of_a_duration_in_two_units_bounds_or_hedges_the_whole():
    found = dict(find("节省1小时30分钟以上，控制在4分30秒以内，冠军用时约2小时08分15秒，女子组用时3小时41分左右。"))
    assert (found["1小时30分钟以上"].value, found["1小时30分钟以上"].qualifier) == (90, "at_least")
    assert (found["4分30秒以内"].value, found["4分30秒以内"].qualifier) == (270, "at_most")
    assert (found["约2小时08分15秒"].value, found["约2小时08分15秒"].qualifier) == (7695, "approx")
    assert (found["3小时41分左右"].value, found["3小时41分左右"].qualifier) == (221, "approx")


def test_a_range_of_durations_whose_upper_end_has_two_units_is_one_range_and_a_hedged_length_before_a_noun_is_a_figure():
    found = dict(find("部分小区停电时间在2小时至3小时30分钟之间。以前回家要3个小时出头的车程，2小时左右的车程。"))
    ranged = found["2小时至3小时30分钟"]
    assert (ranged.value, ranged.value_max, ranged.unit) == (120, 210, "分钟")
    assert found["3个小时出头"].claim and found["2小时左右"].claim  # a hedge names no class of things, as 以上 does


def test_a_hedged_amount_before_the_things_it_classes_is_no_figure():
    found = dict(find("全年实施5000万元左右的项目86个，全县年收入10万元左右的家庭达到3.2万户。"))
    assert not found["5000万元左右"].claim and not found["10万元左右"].claim and found["86个"].claim


@pytest.mark.parametrize("text,surface,years", [
    ("法院判处汪某有期徒刑三年六个月，并处罚金人民币60万元。", "三年六个月", 3.5),
    ("项目建设工期两年零三个月。", "两年零三个月", 2.25),
    ("判处其有期徒刑1年6个月。", "1年6个月", 1.5),
])
def test_years_and_months_are_one_length_in_years(text, surface, years):
    found = dict(find(text))
    assert (found[surface].value, found[surface].unit, found[surface].kind) == (years, "年", "duration")


@pytest.mark.parametrize("text,surfaces", [
    ("2023年3月签约，前后只用了11个月。", ["2023年3月", "11个月"]),  # a date, then a length of its own
    ("服务期限为3年，试用期6个月。", ["3年", "6个月"]),  # two lengths of two things
    ("约1年18个月。", ["约1年", "18个月"]),  # more months than a year has: no one length
])
def test_a_year_and_months_apart_stay_apart(text, surfaces):
    assert [surface for surface, _ in find(text)] == surfaces


@pytest.mark.parametrize("text,rank", [("排名后三位的依次为：九江市、宜春市、南昌市。", "三位"), ("全省排名前五位的企业。", "五位")])
def test_places_counted_from_either_end_of_a_ranking_are_a_rank(text, rank):
    q = dict(find(text))[rank]
    assert (q.kind, q.claim) == ("ordinal", False)


def test_a_count_after_a_word_ending_in_hou_stays_a_count():
    assert dict(find("最后3名选手晋级。"))["3名"].claim


def test_a_concentration_in_water_is_one_unit():
    q = dict(find("湖体总磷平均浓度为0.061毫克/升。"))["0.061毫克/升"]
    assert (q.unit, q.kind) == ("毫克/升", "measure")


@pytest.mark.parametrize("text,count", [("事故发生后3名伤者被紧急送往医院。", "3名"), ("放学后3名学生在河边玩耍。", "3名")])
def test_a_count_after_an_event_and_hou_stays_a_count(text, count):
    assert dict(find(text))[count].claim
