"""Quotations and their speakers, with the people the text named before them."""

import pytest

from helpers import extract, ingest
from helpers.extract import quotes
from helpers.extract.people import People


def _doc(text):
    return ingest.build("t", "t", text, "utf-8", b"")


def speakers(text: str) -> dict[str, str]:
    """Each quotation's first four characters → its speaker, the whole document extracted."""
    return {q["quote"][:4]: q["speaker"] for q in extract.extract_document(_doc(text))["quotes"]}


def test_quote_speakers_after_and_before():
    text = "“由于全运村封闭管理，我们无法外出。”匠心艺品全运村店负责人王春莉说。张女士说：“平时我在外工作，很牵挂。”"
    doc = _doc(text)
    ends = lambda pos: next(s.end for s in doc.sentences if s.start <= pos < s.end)  # noqa: E731
    people = People()
    quotes.read(people, doc.view, 0, len(doc.view))
    got = [(q.speaker, q.role) for q in quotes.find(doc.view, 0, len(doc.view), ends, people)]
    assert got == [("王春莉", "匠心艺品全运村店负责人"), ("张女士", "")]


def test_a_title_alone_stands_for_the_person_last_named_with_it():
    text = "李强总理考察了一家农机企业。\n在车间里，总理叮嘱：“要把农民用得上、用得起的农机造出来。”"
    assert speakers(text)["要把农民"] == "李强"


def test_a_pronoun_stands_for_the_person_last_named():
    text = "县农业农村局局长王明介绍了今年的春耕情况。他说：“种子、化肥都已备齐，农民不用再跑远路。”"
    assert speakers(text)["种子、化"] == "王明"


def test_a_pronoun_before_a_quotation_reaches_past_paragraphs_of_figures_to_the_last_one_quoted():
    text = ("国家统计局城市司首席统计师贺晓岚解读称，CPI环比有所回落。\n"
            "从环比看，食品价格下降1.5%。“节后消费需求回落，鲜菜价格下降。”贺晓岚说。\n"
            "从同比看，食品价格下降0.6%。\n八大类价格同比五类上涨、三类下降。\n"
            "“在3月份0.4%的同比涨幅中，翘尾影响约为0.2个百分点。”她介绍。\n"
            "市场人士普遍预期价格回升。\n记者走访了多家超市。\n消费者反映菜价平稳。\n蔬菜供应充足。\n猪肉价格回落。\n水果品种丰富。\n"
            "“这是季节性的变化。”他说。")
    got = speakers(text)
    assert got["在3月份"] == "贺晓岚"  # three paragraphs later, nobody named since
    assert got["这是季节"] == ""  # too far back: six paragraphs of scenes since


def test_a_pronoun_does_not_reach_past_someone_unnamed_who_spoke_since():
    text = ("“今年企业订单饱满。”企业负责人黄磊说。\n近年来，企业营收增长20%。\n企业技术总监介绍，企业共获得专利120项。\n"
            "“我们正在研发新一代产品。”他说。")
    assert speakers(text)["我们正在"] != "黄磊"  # the director spoke since, unnamed


def test_a_pronoun_reaches_back_past_words_that_only_contain_a_speech_verb_and_the_reporters_据介绍():
    text = ("3月份CPI同比上涨0.4%\n“节后消费需求回落，鲜菜价格下降。”国家统计局城市司首席统计师贺晓岚说。\n"
            "从同比看，食品价格下降0.6%，这说明保供稳价成效明显。\n据介绍，八大类价格同比五类上涨。\n"
            "“在3月份0.4%的同比涨幅中，翘尾影响约为0.2个百分点。”她介绍。")
    assert speakers(text)["在3月份"] == "贺晓岚"


def test_an_answer_labels_答_is_no_part_of_the_name_before_it():
    text = ("国新办举行新闻发布会\n问：情况如何？\n商务部副部长韩敏答：全年共受理申请482.6万份。店里的客户近七成选择了新能源车型。"
            "他说：“补贴到账快，一般10个工作日以内就能到手。”")
    assert set(speakers(text).values()) <= {"记者", "韩敏"}  # not 韩敏答


def test_a_farmer_named_by_what_he_grows_is_a_person_the_quote_and_a_later_pronoun_belong_to():
    text = ("县长唐国强说：“要让茶农分红利。”\n“今年春茶价钱好，家里已经卖了18万多元。”茶农何德明一边翻炒新茶，一边给记者算账。\n"
            "夕阳西下，何德明把炒好的新茶装进袋子。“日子越过越有奔头！”他笑着说。")
    got = speakers(text)
    assert got["今年春茶"] == got["日子越过"] == "何德明"


def test_an_adverb_before_the_verb_ends_no_speaker_s_name():
    text = ("河南调研\n种粮大户李红旗告诉我：“今年流转的1200亩玉米，亩产能到1300斤左右。”老李还说：“以前种地最怕老天爷。”"
            "张明也说：“我们很好，明年还要扩大种植。”")
    got = speakers(text)
    assert got["以前种地"] != "李还" and got["我们很好"] == "张明"  # 李|还|说, 张明|也|说
    assert speakers("演出报道\n著名歌唱家张也说：“能为家乡父老演出，我很激动。”")["能为家乡"] == "张也"  # a given name
    assert speakers("采访\n退休教师刘芳说，那是她最难忘的一天。刘芳仍说：“我会一直记得这一天。”")["我会一直"] == "刘芳"


def test_a_surname_that_ends_a_word_before_it_opens_no_name():
    text = "“外贸稳中有进。”成都海关新闻发言人刘文斌说。“全县义诊工作有序推进。”县卫健委主任何红梅说。"
    got = speakers(text)
    assert (got["外贸稳中"], got["全县义诊"]) == ("刘文斌", "何红梅")  # 海关|新闻 is no 关新闻; after 主任, 任何 is no word
    kin = speakers("“孩子终于回家过年了，全家都很高兴。”母亲王秀英说。“今年的收成很不错，大家都满意。”致富带头人马建军说。")
    assert (kin["孩子终于"], kin["今年的收"]) == ("王秀英", "马建军")  # 亲王, 人马 are words, but no title follows the names
    assert speakers("“洪水退了，大家都平安。”抢险人马明亮说。")["洪水退了"] == "马明亮"
    after = speakers("“工作很辛苦但值得。”车间工人马建军师傅说。“项目进展顺利。”副县长江建设同志说。")
    assert (after["工作很辛"], after["项目进展"]) == ("马建军", "江建设")  # forms of address after a name; a title before it
    assert speakers("“今年的脐橙卖了个好价钱！”果农高兴地说。")["今年的脐"] != "高兴地"  # an adverb of manner


def test_a_verb_whose_clause_names_no_one_takes_the_subject_of_the_sentence():
    text = "谈到秸秆利用，县农业农村局局长王明毫不讳言，开门见山地指出：“过去烧掉的秸秆，现在都能卖钱了。”"
    assert speakers(text)["过去烧掉"] == "王明"


def test_a_sentence_that_opens_with_a_circumstance_is_about_the_person_last_named():
    text = ("省委书记陈刚近日到基层调研。\n"
            "在县城一家养老院考察时强调：“养老服务要让老人住得安心，子女放心。”")
    assert speakers(text)["养老服务"] == "陈刚"


def test_a_sentence_that_names_a_body_is_not_about_the_person_last_named():
    text = "省委书记陈刚近日到基层调研。\n会议强调：“养老服务要让老人住得安心，子女放心。”"
    assert speakers(text)["养老服务"] == ""


def test_a_quotation_followed_by_a_role_and_name_is_theirs():
    text = "“以前一年到头忙，收入却不多，如今在家门口就能打工。”村民赵秀兰的这番话，道出了许多人的心声。"
    assert speakers(text)["以前一年"] == "赵秀兰"


def test_a_person_after_a_preposition_is_not_the_speaker():
    text = "村民赵秀兰在合作社上班。\n“活儿不重，离家又近，收入也稳当。”对于和赵秀兰一样的村民来说，这是最实在的变化。"
    assert speakers(text)["活儿不重"] == ""


def test_a_quotation_after_someones_reported_words_is_theirs_too():
    text = "王明认为，今年的粮食生产形势总体平稳。“但是极端天气多发，防灾减灾的任务依然很重。”"
    assert speakers(text)["但是极端"] == "王明"


def test_a_slogan_after_someones_reported_words_is_nobodys():
    text = "王明介绍，近年来全县推行“小事不出村、大事不出镇，矛盾不上交”的做法。"
    assert speakers(text)["小事不出"] == ""


def test_a_quotation_standing_alone_belongs_to_who_the_next_paragraph_credits():
    text = "“绿水青山就是金山银山，这是我们的发展之路。”\n这是浙江省安吉县余村党支部书记汪玉成常挂在嘴边的一句话。"
    assert speakers(text)["绿水青山"] == "汪玉成"


def test_the_person_addressed_may_stand_between_the_verb_and_the_quotation():
    text = "临别时，老支书王德福叮嘱年轻干部“心里要装着群众，脚下要沾满泥土”。"
    assert speakers(text)["心里要装"] == "王德福"


def test_a_colon_after_a_clause_about_someone_gives_them_the_quotation():
    text = "对此，县委书记王明有一段朴素的总结：“老百姓的事再小也是大事，一件一件办好就行。”"
    assert speakers(text)["老百姓的"] == "王明"


def test_an_unnamed_speaker_keeps_a_role_with_a_manner():
    text = "“会少了，文件少了，我们有更多时间走村入户。”一位乡镇干部深有感触地说。"
    assert speakers(text)["会少了，"] == "乡镇干部"


def test_a_qa_answer_belongs_to_whom_the_title_says_answers():
    text = "财政部有关负责人就《意见》答记者问\n问：出台《意见》的背景是什么？\n答：近年来，各地积极探索，积累了不少经验，需要总结推广。"
    got = {q["quote"][:2]: (q["speaker"], q["role"]) for q in extract.extract_document(_doc(text))["quotes"]}
    assert got["近年"] == ("财政部有关负责人", "财政部有关负责人")
    assert got["出台"] == ("记者", "记者")


def test_a_qa_answer_belongs_to_the_person_the_lead_names_in_the_role_the_title_gives_alone():
    text = ("海关总署新闻发言人就前三季度进出口情况答记者问\n10月13日，海关总署新闻发言人、统计分析司司长吕大良介绍前三季度"
            "进出口情况，并回答记者提问。\n问：如何看待前三季度的外贸形势？\n答：前三季度，我国外贸进出口保持平稳增长，好于市场预期。")
    got = {q["quote"][:2]: q["speaker"] for q in extract.extract_document(_doc(text))["quotes"]}
    assert got == {"如何": "记者", "前三": "吕大良"}
    bare = text.replace("海关总署新闻发言人、统计", "新闻发言人、统计")  # the lead names the post without the body
    assert {q["quote"][:2]: q["speaker"] for q in extract.extract_document(_doc(bare))["quotes"]}["前三"] == "吕大良"


def test_a_qa_answer_belongs_to_the_official_the_journalist_interviewed():
    text = "为了解有关情况，记者采访了商务部有关负责人。\n问：这次调整有哪些考虑？\n答：主要是为了稳定外资预期，扩大开放。"
    assert speakers(text)["主要是为"] == "商务部有关负责人"


def test_a_transcript_s_list_of_speakers_gives_each_answerer_s_role_and_their_body_acts():
    text = ("江西省重大项目建设新闻发布会实录\n　　2月26日上午，江西省人民政府新闻办公室举行新闻发布会。\n"
            "　　主持人：省政府新闻办副主任　刘晓岚\n　　发布人：江西省发展和改革委员会党组书记、主任　周建华\n"
            "　　省交通运输厅党组成员、副厅长　熊卫东\n　　江西日报记者：今年交通领域有哪些重点项目？\n"
            "　　熊卫东：今年全省交通重点工程计划完成投资760亿元，比去年增长约4%。\n　　全省经济增长　稳中有进")
    roles = {q["speaker"]: q["role"] for q in extract.extract_document(_doc(text))["quotes"]}
    assert roles["熊卫东"] == "省交通运输厅党组成员、副厅长"
    claims = extract.extract_document(_doc(text))["quantities"]
    assert {q["text"]: q["actor"] for q in claims if q["claim"]}["760亿元"] == "江西省交通运输厅"
    assert quotes._listed_speaker("　　全省经济增长　稳中有进", 0, 11) is None  # a heading of two phrases names no one
    assert quotes._listed_speaker("扎根基层的好书记　王继才", 0, 12) is None  # a headline's praise, no post
    assert quotes._listed_speaker("全国优秀县委书记　廖俊波", 0, 12) is None  # no list's label, no list before it
    assert quotes._listed_speaker("全国优秀县委书记　廖俊波", 0, 12, listing=True) == (9, "廖俊波", "全国优秀县委书记")


def test_a_qa_answer_belongs_to_the_official_the_host_hands_the_question_to():
    text = ("交通运输部春运新闻发布会实录\n主持人：今天我们邀请到交通运输部运输服务司司长韩敬华先生。\n"
            "新华社记者：今年民航运力安排情况如何？\n主持人：请民航局许志远副司长回答。\n答：今年春运民航旅客运输量将达到9500万人次。\n"
            "经济日报记者：服务区充电有哪些安排？\n主持人：请韩敬华司长回答。\n答：全国高速公路服务区累计建成充电桩4.1万个。")
    got = {q["quote"][:2]: (q["speaker"], q["role"]) for q in extract.extract_document(_doc(text))["quotes"]}
    assert got["今年"] == ("许志远", "民航局副司长")  # the body before the name and the title after it
    assert got["全国"] == ("韩敬华", "交通运输部运输服务司司长")  # the role they were introduced with, without 今天我们邀请到
    actors = {q["text"]: q["actor"] for q in extract.extract_document(_doc(text))["quantities"] if q["claim"]}
    assert actors["9500万人次"] == "中国民用航空局"  # the body of the official who answers
    later = text + "\n21世纪经济报道记者：水运有哪些安排？\n答：琼州海峡日均运输旅客约5万人次。"
    got = {q["quote"][:2]: q["speaker"] for q in extract.extract_document(_doc(later))["quotes"]}
    assert got["琼州"] == ""  # a hand-over holds until the next question, not after it
    numbered = ("市政府新闻发布会\n问题一：老旧小区改造情况如何？\n主持人：请市住建局局长王涛回答。\n答：今年全市改造老旧小区412个。\n"
                "问题二：学位供给情况如何？\n答：今年全市新增公办中小学学位3.2万个。")
    got = [(q["speaker"], q["role"]) for q in extract.extract_document(_doc(numbered))["quotes"]]
    assert got[2] == ("王涛", "市住建局局长") and got[3][0] == "记者" and got[4][0] == ""  # 请市|住建局: no 请 in the role;
    # 问题二： is the next question
    posts = text.replace("请民航局许志远副司长回答", "请民航局党组书记、副局长许志远回答")  # one official, two posts
    assert {q["quote"][:2]: q["speaker"] for q in extract.extract_document(_doc(posts))["quotes"]}["今年"] == "许志远"
    for other in ("请韩钧司长和许志远副司长回答", "请韩钧司长、许志远副司长回答", "请王司长回答", "请黄华波先生回答"):  # two officials, a title alone, a form of
        got = {q["quote"][:2]: q["speaker"] for q in extract.extract_document(_doc(text.replace("请民航局许志远副司长回答", other)))["quotes"]}
        assert got["今年"] == "", other  # address: nobody known answers


def test_a_speech_verb_may_take_dao():
    text = "老党员王德福感慨道，“如今的日子，过去想都不敢想。”"
    assert speakers(text)["如今的日"] == "王德福"


def test_a_quotation_a_document_introduces_is_not_carried_on_from_a_speaker():
    text = "王明介绍，全县已建成农村养老服务站120个。《意见》提出，“到2025年，农村养老服务网络基本建成”。"
    assert speakers(text)["到202"] == ""


def test_a_turn_opened_by_its_speaker_in_brackets_is_theirs_and_the_label_is_no_subject():
    text = ("发布会\n\n国务院新闻办举行新闻发布会，请环境保护部副部长吴晓青介绍情况。\n\n"
            "[环境保护部副部长 吴晓青]各位来宾，大家好。今年将新建监测站300个。\n\n【吴晓青】明年还将新建监测站200个。")
    tables = extract.extract_document(_doc(text))
    assert [(q["speaker"], q["role"]) for q in tables["quotes"]] == [("吴晓青", "环境保护部副部长")] * 2
    assert {q["text"]: q["subject"] for q in tables["quantities"] if q["claim"]} == {"300个": "新建监测站", "200个": "新建监测站"}


def test_a_quotation_quoting_a_term_and_a_speaker_after_a_space_are_read():
    text = ("标题\n\n“主要经济指标增速仍处于全国“第一方阵”，结构持续优化。”江西省统计局局长万庆胜说。\n\n"
            "“上半年，全省农林牧渔业总产值966.0亿元，同比增长3.8%。” 万庆胜在新闻发布会上介绍称，投资平稳。")
    quotes_found = extract.extract_document(_doc(text))["quotes"]
    assert [(q["quote"][:4], q["speaker"]) for q in quotes_found] == [("主要经济", "万庆胜"), ("上半年，", "万庆胜")]


def test_a_turn_labelled_by_surname_and_title_is_theirs_and_their_body_reports_its_figures():
    text = ("马局长做客访谈\n记者：请您介绍一下我县工业运行情况？\n马局长：今年我县工业产值53.19亿元，园区拥有15家企业。\n"
            "记者：招商情况怎么样？\n马局长：今年工业和信息化局招商引资签约项目共有10项。")
    tables = extract.extract_document(_doc(text))
    assert [q["speaker"] for q in tables["quotes"]] == ["记者", "马局长", "记者", "马局长"]
    actors = {q["text"]: q["actor"] for q in tables["quantities"] if q["claim"]}
    assert actors == {"53.19亿元": "工业和信息化局", "15家": "工业和信息化局", "10项": "工业和信息化局"}


def test_an_official_the_host_introduced_reports_their_own_bodys_figures_in_their_turn():
    text = ("中国人民银行湖北省分行新闻发布会文字实录\n"
            "主持人（中国人民银行湖北省分行办公室主任周敏）：出席今天发布会的有：中国人民银行湖北省分行副行长陈立新先生，"
            "国家外汇管理局湖北省分局经常项目管理处处长张帆先生。\n陈立新：9月末，全省本外币各项贷款余额8.96万亿元。\n"
            "第一财经记者：外汇管理部门做了哪些工作？\n张帆答：前三季度，全省涉外收支总额1287.5亿美元。")
    tables = extract.extract_document(_doc(text))
    assert [q["speaker"] for q in tables["quotes"]][-1] == "张帆"  # a label of the name and 答
    actors = {q["text"]: q["actor"] for q in tables["quantities"] if q["claim"]}
    assert actors == {"8.96万亿元": "中国人民银行湖北省分行", "1287.5亿美元": "国家外汇管理局湖北省分局"}  # the bureau of
    # the division the roster names him head of


def test_a_role_a_label_gives_goes_on_with_the_bare_name_in_later_labels():
    text = ("茶产业发展新闻发布会文字实录\n记者：茶叶发展情况？\n县委书记周明答：今年全县新建茶园3万亩。\n记者：产值？\n"
            "周明答：全县茶叶种植面积达到26万亩。")
    tables = extract.extract_document(_doc(text))
    assert [q["role"] for q in tables["quotes"] if q["speaker"] == "周明"] == ["县委书记", "县委书记"]
    assert {q["text"]: q["actor"] for q in tables["quantities"] if q["claim"]}["26万亩"] == "县委"


def test_a_verb_or_a_bodys_name_before_an_answer_mark_labels_no_ones_turn():
    text = ("新闻发布会文字实录\n主持人：出席今天发布会的有：市人社局局长陈平。\n记者：就业情况如何？\n"
            "陈平回答：今年全市城镇新增就业3.2万人。\n记者：公积金？\n市公积金中心答：目前最高贷款额度为100万元。")
    speakers = [q["speaker"] for q in extract.extract_document(_doc(text))["quotes"]]
    assert "陈平回" not in speakers and "金中心" not in speakers


def test_a_label_of_a_name_and_a_verb_of_answering_opens_that_persons_turn():
    text = ("新闻发布会文字实录\n主持人：出席今天发布会的有：市人社局局长陈平，市税务局局长杨帆。\n记者：就业情况如何？\n"
            "陈平回答：今年全市城镇新增就业3.2万人。\n记者：税收？\n杨帆解答：今年全市减税降费12亿元。")
    quotes = extract.extract_document(_doc(text))["quotes"]
    assert [(q["speaker"], q["role"]) for q in quotes if q["speaker"] in ("陈平", "杨帆")] == [
        ("陈平", "市人社局局长"), ("杨帆", "市税务局局长")]



def test_an_adverb_of_manner_before_a_verb_of_answering_is_no_speaker():
    text = ("新闻发布会文字实录\n主持人：出席今天发布会的有：县农业农村局局长王小回。\n记者：电梯？\n"
            "市长明确回答：每台电梯补贴20万元，全市共改造电梯300台。\n记者：粮食？\n王小回答：今年全县粮食总产量达到42.6万吨。")
    speakers = [q["speaker"] for q in extract.extract_document(_doc(text))["quotes"]]
    assert "明确" not in speakers and "王小回" in speakers  # a name the roster gave keeps its last character


def test_a_division_whose_body_runs_on_past_the_registered_name_is_not_credited_to_that_name():
    text = ("湖北电力市场交易情况发布会文字实录\n主持人：出席今天发布会的有：湖北省能源局副局长李明，"
            "国家能源局湖北监管办公室市场监管处处长周敏。\n记者：交易情况？\n周敏：今年湖北电力市场化交易电量达到1260亿千瓦时。")
    actors = {q["text"]: q["actor"] for q in extract.extract_document(_doc(text))["quantities"] if q["claim"]}
    assert actors["1260亿千瓦时"] != "国家能源局"  # 国家能源局|湖北监管办公室: a regional office, not the bureau


def test_a_bare_title_names_no_body_when_the_text_names_two_of_its_kind():
    text = ("马局长做客访谈\n记者：请您介绍一下工业运行情况？\n马局长：今年工业产值53.19亿元，财政局和商务局各派出15人。")
    actors = {q["text"]: q["actor"] for q in extract.extract_document(_doc(text))["quantities"] if q["claim"]}
    assert actors["53.19亿元"] in ("", None)


def test_brackets_that_name_no_speaker_open_no_turn():
    text = ("发布会\n\n国务院新闻办举行新闻发布会，请环境保护部副部长吴晓青介绍情况。\n\n【政策解读】今年将新建监测站300个，覆盖全省。\n\n"
            "【光明网】今年将新建监测站300个，覆盖全省。\n\n[记者 王晓明]今年将新建监测站300个，覆盖全省。\n\n[吴晓青]今年还将新建监测站200个。")
    assert [q["speaker"] for q in extract.extract_document(_doc(text))["quotes"]] == ["吴晓青"]


def test_only_a_governing_verb_leaves_a_role():
    text = "标题\n\n住建部部长倪虹说，今年将改造老旧小区5万个。请国家统计局副局长盛来运介绍情况。\n\n盛来运说：“今年经济总体平稳。”"
    roles = {q["speaker"]: q["role"] for q in extract.extract_document(_doc(text))["quotes"]}
    assert roles["盛来运"] == "国家统计局副局长"


def test_a_quotation_of_several_paragraphs_opens_each_and_closes_only_the_last():
    text = ("标题\n局长张明在会上说：“今年全市新增就业岗位一万多个，比去年多了不少。\n"
            "“明年我们还要继续扩大就业，让更多人找到工作。\n“这是我们的头等大事。”\n"
            "会后，李华说：“我们很受鼓舞。”")
    got = speakers(text)
    assert (got["今年全市"], got["明年我们"], got["这是我们"], got["我们很受"]) == ("张明", "张明", "张明", "李华")


def test_a_paragraph_of_quotation_only_goes_on_in_the_words_of_the_quotation_before_it():
    text = ("标题\n“我们要把这件事办好，让群众满意。”局长张明说。\n“扶贫、安老、助弱一直是我们的重点工作。”\n"
            "记者来到村里。\n“这里的变化真大啊！”")
    got = speakers(text)
    assert got["扶贫、安"] == "张明"
    assert got["这里的变"] == ""  # a paragraph between them says something else: no one goes on
    asked = speakers("标题\n“您认为明年的就业形势如何？”记者问道。\n“总体稳定，但压力不小。”")
    assert asked["总体稳定"] == ""  # an answer is not the asker's
    vox = speakers("标题\n“菜价比去年便宜了。”市民王女士说。\n“停车还是难一些。”\n“公交线路也多了不少。”")
    assert (vox["停车还是"], vox["公交线路"]) == ("王女士", "")  # carried on once, not down a chain
    assert "一网通办" not in speakers("标题\n会议强调，要推进“一网通办改革，提升服务效率。")  # a mark left open in a clause


def test_a_speaker_is_given_as_the_text_writes_the_name():
    text = "標題\n勞工及福利局局長蕭偉強今日到訪黃大仙區。\n蕭偉強在啟動禮致辭時表示：「黃大仙區內有不少基層市民和長者居住，需要社會各界的關懷。」"
    rows = extract.extract_document(_doc(text))["quotes"]
    assert [(q["speaker"], q["role"]) for q in rows] == [("蕭偉強", "勞工及福利局局長")]


def test_an_official_of_a_state_abroad_titled_as_news_titles_them_speaks_on():
    text = "标题\n柬埔寨旅游部大臣胡海表示，新机场有助于吸引更多国际游客。“2025年是‘柬中旅游年’，我们希望以新机场通航为契机。”"
    assert speakers(text)["2025"] == "胡海"


def test_a_whole_sentence_quoted_after_a_sentence_about_someone_with_a_role_is_theirs():
    text = ("中共杭州市委副书记、代市长张鸿铭在现场给出了一组数字。“前三季度，杭州GDP增长8.0%。”面对台下的企业家，"
            "张鸿铭很骄傲地举起手，“也就是说，10%以上是在杭州的。”")
    assert speakers(text) == {"前三季度": "张鸿铭", "也就是说": "张鸿铭"}


def test_a_saying_that_acts_in_its_clause_is_no_ones_words():
    text = "自治区主席张三对工作给予肯定，“黄河水甜、共产党亲”成为全区各族人民的共同心声。"
    assert speakers(text).get("黄河水甜", "") == ""


def test_a_verb_whose_clause_opens_with_a_preposition_is_the_sentence_subjects():
    text = "研究员李明在探讨社区防疫时，以成都为正面案例说：“我发现，扎根社区的社会组织都很主动。”"
    assert speakers(text) == {"我发现，": "李明"}


def test_short_quoted_questions_that_a_speaker_and_speech_verb_frame_are_speech():
    text = "在冯南垣村，习近平总书记听取汇报。\n“损毁房屋都修好了吗”“冬小麦补种情况如何”……总书记问得很细。"
    assert speakers(text) == {"损毁房屋": "习近平", "冬小麦补": "习近平"}
    assert speakers("“高效办成一件事”、“一业一证”、行政许可告知承诺制等改革效应持续释放。") == {}


def test_a_title_that_opens_a_list_of_roles_is_not_the_speaker_the_name_after_them_is():
    text = "研究员、社会政策中心顾问杨光说：“凡是扎根社区的社会组织，疫情面前就特别主动。”\n\n教授、市政协委员李华表示：“我们要把好事办好。”"
    got = {q["quote"][:4]: (q["speaker"], q["role"]) for q in extract.extract_document(_doc(text))["quotes"]}
    assert got == {"凡是扎根": ("杨光", "研究员、社会政策中心顾问"), "我们要把": ("李华", "教授、市政协委员")}


def test_someone_named_again_by_name_alone_is_who_speaks_there():
    text = ("村党支部书记李春来介绍了合作社的情况。\n"
            "“去年每户分红三千元，今年还要多。”50岁的李春来拍着账本笑道，“大伙的干劲足得很！”")
    got = speakers(text)
    assert got["去年每户"] == "李春来" and got["大伙的干"] == "李春来"


def test_a_clause_that_names_no_one_goes_on_about_the_subject_of_its_sentence():
    text = "“路修好了，果子就好卖了。”村党支部书记李春来眉头舒展，压低声音说道，“明年还要再修一条。”"
    assert speakers(text)["明年还要"] == "李春来"


def test_a_quotation_after_what_someone_does_is_theirs():
    text = "村党支部书记李春来站了起来。他挥着手，声音洪亮，“这条路一定要修！”"
    assert speakers(text)["这条路一"] == "李春来"


def test_a_whole_sentence_quoted_after_one_about_someone_is_theirs():
    text = "村党支部书记李春来站在村口。有时，他也会觉得累，因为事情太多。“可一想到乡亲们，就不累了。”"
    assert speakers(text)["可一想到"] == "李春来"


def test_quotations_that_open_a_report_belong_to_whom_the_next_paragraph_has_speak():
    text = ("标题\n新华社北京3月26日电（记者 李华）“口岸车水马龙。”“前两个月进出口6.6万亿元。”\n"
            "海关总署副署长王明3月26日在发布会上指出，取得这样的成绩难能可贵。")
    got = speakers(text)
    assert got["口岸车水"] == "王明" and got["前两个月"] == "王明"


def test_a_speakers_label_on_a_line_of_its_own_opens_a_turn_to_the_next_label():
    text = ("记者会\n国务院扶贫办主任刘永富就脱贫攻坚回答记者提问。\n主持人:\n欢迎参加记者会。\n刘永富:\n"
            "我国贫困人口减少了8000多万人，主要做法如下：\n产业扶贫带动了大多数贫困户。\n2019-03-07 10:52:37\n主持人:\n请记者朋友们举手提问，每人限提一个问题，谢谢大家的配合。")
    rows = extract.extract_document(_doc(text))["quotes"]
    assert [(q["quote"][:4], q["speaker"]) for q in rows] == [("欢迎参加", "主持人"), ("我国贫困", "刘永富"),
                                                             ("产业扶贫", "刘永富"), ("请记者朋", "主持人")]
    assert not extract.extract_document(_doc("通知\n具体安排如下：\n一、会议时间定于三月。"))["quotes"]  # no one known


def test_a_profiles_name_headings_open_no_turns():
    text = ("标题\n华坪女子高级中学校长张桂梅介绍学校情况。\n张桂梅\n她创办了全国第一所免费女子高中，已有2000多名学生考入大学。\n"
            "张桂梅\n她常年带病坚持工作，被评为全国优秀共产党员。")
    assert not extract.extract_document(_doc(text))["quotes"]


def test_a_phrase_a_preposition_opens_stands_before_the_clause_about_the_speaker():
    text = "标题\n“今年产值突破2亿元，企业发展势头良好。”对于未来的发展，公司厂长李春来信心满满。"
    assert speakers(text)["今年产值"] == "李春来"


def test_a_person_after_a_title_speaks_by_the_name_jieba_reads():
    text = "标题\n“今年产值突破2亿元，企业发展势头良好。”对于未来的发展，公司厂长鄢波信心满满。"
    assert speakers(text)["今年产值"] == "鄢波"
    text = "标题\n俄罗斯游客安吉丽娜谈到此次中国之行的感受时说：“来到珲春旅游，城市非常干净。”"
    assert speakers(text)["来到珲春"] == "安吉丽娜"


def test_a_foreign_name_in_transliteration_speaks():
    text = ("标题\n作为项目一员，32岁的蒂妮深切感受到跨文化交流的氛围。蒂妮说：“彼此的理解拉近了我们的距离。”\n"
            "“雅加达到万隆只需要40分钟。”常往返于两地的乘客塞普提亚万说。")
    got = speakers(text)
    assert got["彼此的理"] == "蒂妮" and got["雅加达到"] == "塞普提亚万"
    assert speakers("标题\n坦桑尼亚表示：“欢迎更多投资。”").get("欢迎更多", "") != "坦桑尼亚"  # a state, no person


def test_a_foreign_name_s_last_part_names_the_person_again_whom_he_then_means():
    text = ("赞比亚农场\n　　园区总经理王建军说，今年园区玉米丰收。29岁的斯蒂芬·姆本加是园区第一批本地农机手之一。“中国师傅手把手教我。”"
            "姆本加说。\n　　傍晚，园区总经理王建军走进仓库。收割机的轰鸣声渐渐停歇。姆本加把最后一车玉米送进烘干塔，擦了擦额头的汗水。"
            "“明年，我想考取园区的高级农机手证书。”他说。")
    assert speakers(text)["明年，我"] == "斯蒂芬·姆本加"  # not 王建军, named before 姆本加 was again
    text = ("摩洛哥\n　　导游穆罕默德·哈桑在卡萨布兰卡工作了10年。中国游客王磊说，这是他第一次来摩洛哥。\n"
            "　　王磊参观了哈桑二世清真寺。“建筑太壮观了。”他说。")
    assert speakers(text)["建筑太壮"] == "王磊"  # the part inside another name, heading no clause


def test_a_foreign_name_of_parts_joined_by_a_dot_speaks_whole():
    text = "标题\n“我们将继续拓展运输网络。”杜伊斯堡港务集团首席执行官埃里希·斯塔克说。"
    assert speakers(text)["我们将继"] == "埃里希·斯塔克"
    assert speakers("标题\n“欢迎更多投资。”德国总理安格拉·默克尔说。")["欢迎更多"] == "安格拉·默克尔"
    said = "我们欢迎更多的外国企业来这里投资兴业，共同发展。"
    assert speakers(f"标题\n“{said}”英国首相鲍里斯·约翰逊说。")["我们欢迎"] == "鲍里斯·约翰逊"  # 翰, 逊 of the table
    assert speakers(f"标题\n“{said}”首相约翰逊说。")["我们欢迎"] == "约翰逊"


def test_no_one_is_read_again_inside_a_word_or_for_a_clause_with_a_subject_of_its_own():
    text = ("标题\n国家电网副总经理高峰介绍了情况。居民代表李娜也参加了座谈。今年用电高峰来得早，她压低声音说道：“今年的电费比去年贵了不少。”\n"
            "村党支部书记王强讲完话，台下一位老人摇摇头说：“修路的钱还没到位。”")
    got = speakers(text)
    assert got["今年的电"] == "李娜" and got["修路的钱"] != "王强"


def test_a_label_turn_ends_where_the_reporter_quotes_someone_and_needs_a_transcript():
    text = ("扶贫办主任答记者问\n国务院扶贫办主任刘永富接受了本报记者专访。\n记者：\n今年脱贫攻坚有哪些新举措？\n刘永富：\n"
            "今年我们将重点解决深度贫困地区的问题。\n采访结束后，记者来到定西。村民王大妈说：“今年家里收入增加了三千元。”\n"
            "据统计，定西市今年农村居民人均可支配收入增长9.5%。")
    rows = extract.extract_document(_doc(text))["quotes"]
    assert [(q["quote"][:4], q["speaker"]) for q in rows] == [("今年脱贫", "记者"), ("今年我们", "刘永富"), ("今年家里", "王大妈")]
    single = "通知\n国务院扶贫办主任刘永富：\n今年我们将重点解决深度贫困地区的问题，确保完成任务。"  # one label: no transcript
    assert not extract.extract_document(_doc(single))["quotes"]


def test_an_opening_quotation_is_theirs_whom_the_sentence_turns_to_after_what_they_do():
    text = "“水泥路修到了家门口，出门再也不怕下雨了。”看着新修的水泥路，村民王大山笑得合不拢嘴。"
    assert speakers(text)["水泥路修"] == "王大山"


def test_a_clause_with_a_subject_of_its_own_after_a_quotation_credits_no_one_after_it():
    text = "“今年收成好，日子越过越红火！”标语挂在村口，村支书王强每天都要看一遍。"
    assert speakers(text)["今年收成"] == ""


def test_an_opening_quotation_followed_by_a_scene_and_no_one_is_nobodys():
    text = "“吃过饭没有？一起吃啊。”锅里飘着肉香，院子里摆满了刚收的玉米。"
    assert speakers(text)["吃过饭没"] == ""


def test_someone_who_spoke_before_is_known_by_name_alone():
    text = ("蒂妮说：“彼此的欣赏与理解，拉近了我们之间的距离。”\n"
            "“对我来说，最直观的变化就是生活更便利了。”作为土生土长的万隆人，蒂妮是这条高铁的直接受益者。")
    assert speakers(text)["对我来说"] == "蒂妮"


def test_a_quotation_that_is_its_own_sentence_is_theirs_whom_the_next_sentence_says_speaks():
    text = "眼下正是秋收的大好季节。“今年菜价高，收成好，日子越过越红火”。村民王道朋数完钞票高兴地说，说起高兴事很有劲儿。"
    assert speakers(text)["今年菜价"] == "王道朋"


def test_the_next_sentence_with_a_quotation_of_its_own_speaks_for_that_one():
    text = "眼下正是秋收的大好季节。“今年菜价高，收成好”。村民王道朋高兴地说：“日子越过越红火。”"
    assert speakers(text) == {"今年菜价": "", "日子越过": "王道朋"}


def test_a_quotation_standing_alone_belongs_to_who_speaks_after_the_next_paragraphs_quotation():
    text = ("农民代表毛丰美发言时毫不留情。\n"
            "“改革开放30年，城里工资涨了50倍，粮价只涨10倍！”\n"
            "“日本给农民的补贴是60%，咱们多少？”60岁的毛丰美操着东北口音批评道，“咱们是1%！”")
    assert speakers(text)["改革开放"] == "毛丰美"


def test_a_name_inside_the_next_paragraphs_quotation_is_not_the_speaker():
    text = ("农民代表毛丰美发言时毫不留情。\n"
            "“改革开放30年，城里工资涨了50倍，粮价只涨10倍！”\n"
            "“毛丰美说得对吗？”记者问一位村民。")
    assert speakers(text)["改革开放"] != "毛丰美"


def test_an_assistant_is_named_with_the_title():
    text = "“效率提高了50%。”站在厂房内，中策橡胶（天津）有限公司总经理助理王小燕指着新设备对记者说。"
    assert speakers(text)["效率提高"] == "王小燕"


def test_a_question_or_a_reply_in_the_next_sentence_is_not_the_quotations_author():
    assert speakers("“这个项目能带来多少就业？”。县发改局局长王军介绍，将带来500个岗位。")["这个项目"] == ""
    assert speakers("“房子是用来住的，不是用来炒的”。对此，中国社会科学院研究员张明表示，要稳地价。")["房子是用"] == ""


def test_a_run_of_one_speakers_quotations_is_theirs_not_the_next_speakers():
    text = ("村支书李强说：“以前路难走，雨天出不了门。”\n“现在好了，水泥路通到了家门口。”\n"
            "“我家的玉米再也不愁卖了。”村民张华接过话头说。")
    assert speakers(text)["现在好了"] == "李强"


def test_past_the_next_paragraphs_quotation_only_someone_who_spoke_before_is_credited():
    text = "记者见到了种粮大户张建国。\n“今年每亩多收了200斤。”\n“张建国种地是把好手。”村支书刘明告诉记者。"
    assert speakers(text)["今年每亩"] != "刘明"


def test_someone_who_spoke_named_again_as_an_object_is_not_whom_a_pronoun_means():
    text = "张伟说：“我们要扩大生产。”\n县长李强在调研时表示，要支持张伟这样的创业者。他说：“政府会提供贴息贷款。”"
    assert speakers(text)["政府会提"] == "李强"


def test_an_opening_quotation_is_theirs_whose_age_opens_the_next_clause_or_who_follows_a_time_of_day():
    text = "“这次我们乘坐了海上大游轮，真是太难忘了。”50岁的邹新军玩得像个孩子。"
    assert speakers(text)["这次我们"] == "邹新军"
    text = "“这次真是大开眼界啊。”12月16日晚，结束完广西北海的旅游行程，种福村村民臧永丰还在回味中。"
    assert speakers(text)["这次真是"] == "臧永丰"


def test_an_opening_quotation_is_theirs_whom_a_description_names_in_a_later_clause():
    text = "“刚才洪鑫说到村里的产业，我就来汇报下桃子产业情况。”见大家发言踊跃，返乡创业的欧祖兵站了起来。"
    assert speakers(text)["刚才洪鑫"] == "欧祖兵"
    text = "“标语挂在村口，很醒目。”返乡创业的青年越来越多。"  # no name after the description: no one
    assert speakers(text)["标语挂在"] == ""
    text = "“人员排查到位、防控措施到位、安全生产到位。”疫情防控的关口没有撤销。"  # 关口 is an everyday word, no 关 by name
    assert "关口" not in speakers(text).values()


def test_a_person_named_between_two_quotations_says_both():
    text = "几年前，欧祖兵流转了村里的桃园。“9万多斤桃子总共卖了29万多元。”欧祖兵掰着指头算着账，“今年只要天气给力，产量还会更高。”"
    assert speakers(text) == {"9万多斤": "欧祖兵", "今年只要": "欧祖兵"}
    assert speakers("“吃过饭没有？”锅里飘着肉香，“来尝尝。”")["吃过饭没"] == ""  # no one named between them


def test_a_speaker_may_say_in_which_turn_they_speak():
    assert speakers("80岁的老党员邱明秀第一个发言：“现在村里很多年轻人出去了。”") == {"现在村里": "邱明秀"}


def test_no_speaker_between_a_quotation_and_a_term_nor_a_name_inside_a_word():
    got = speakers("他说：“要想富，先修路。”高速公路通车后，“出行难”成为历史。")
    assert got.get("要想富，") == "" or "高速公" not in got.values()
    assert "王家" not in speakers("“我们要加油。”王家村的村民们一片欢腾，“终于通路了！”").values()


def test_a_familiar_form_quoted_speaks_for_the_full_name():
    text = ("傍晚，老周还在菜地里。老周名叫周长顺，是村里的菜农。\n"
            "“今年的白菜卖了3万元。”老周坐在地头跟记者聊。\n"
            "“种菜比打工强。”歇了一会儿，老周很认真地讲。")
    got = speakers(text)
    assert (got["今年的白"], got["种菜比打"]) == ("周长顺", "周长顺")


def test_a_one_character_speech_verb_reports_speech_only_before_its_clause_ends():
    assert speakers("“今年的白菜卖了3万元。”张伟讲究的是实效。")["今年的白"] == ""  # 讲究 is no 讲
    assert speakers("“今年的白菜卖了3万元。”坐在地头，张伟很认真地讲。")["今年的白"] == "张伟"


def test_the_one_spoken_to_is_not_the_speaker():
    text = "“今年的白菜卖了3万元。”村民王大山向记者说。\n“种菜比打工强。”一位村民跟记者说。"
    assert speakers(text) == {"今年的白": "王大山", "种菜比打": "村民"}


def test_a_quotation_under_a_caption_line_that_names_its_speaker_is_theirs():
    text = ("昭通之变新闻发布会举行。\n昭通市交运局副局长李建梅\n“全市累计实施综合交通项目9561个，完成投资1658亿元。”\n"
            "“十四五”期间，昭通市工信局将继续加大建设。")
    assert speakers(text)["全市累计"] == "李建梅"
    assert speakers("发布会举行。\n交通运输新成就\n“全市累计实施项目9561个。”")["全市累计"] == ""  # a heading names no one


def test_a_byline_is_no_caption_and_a_speaker_named_after_comes_first():
    text = "村里的新变化\n新华社记者王飞\n“今年的白菜卖了3万元，比去年多了一倍。”\n村民王大山笑着说。"
    assert speakers(text)["今年的白"] == "王大山"


def _roles(text: str) -> dict[str, tuple[str, str]]:
    return {q["quote"][:4]: (q["speaker"], q["role"]) for q in extract.extract_document(_doc(text))["quotes"]}


def test_a_name_the_text_repeats_whole_is_one_name_of_four_characters():
    text = ("满族乡乌兰敖都嘎查(嘎查,蒙语,意为村)牧民白吉仁台说：“今年接了600多只羊羔。”"
            "白吉仁台从苫布下抓出一把饲料，“接羔季得多花1万元。”白吉仁台的账算得很细。")
    got = _roles(text)
    assert got["今年接了"] == ("白吉仁台", "牧民")  # the name whole; a gloss in brackets is no part of the role
    assert got["接羔季得"][0] == "白吉仁台"


def test_a_name_whose_next_character_varies_keeps_its_length():
    text = "村民张丽向记者介绍：“合作社今年分红了。”张丽说：“大家都满意。”"
    assert speakers(text)["合作社今"] == "张丽"


def test_a_quotation_before_a_clause_without_subject_is_the_earlier_clauses_person():
    text = "“以前这时候，早就让牛羊出去啃青了！”嘎查(嘎查，蒙语，意为村)牧民巴特尔搓了搓手上的草屑，高兴地说，“今年接了600多只羊羔！”"
    got = speakers(text)
    assert got["以前这时"] == "巴特尔"
    assert got["今年接了"] == "巴特尔"


def test_a_verb_after_a_name_in_every_mention_is_no_part_of_it():
    text = "“今年的日子好过多了。”村民杨秀兰望着新房说。杨秀兰望着远处的果园，又说：“明年还要扩大种植。”"
    assert set(speakers(text).values()) == {"杨秀兰"}
    assert speakers("“今年收成不错。”村民张桂英边干活边说。张桂英边说边笑。")["今年收成"] == "张桂英"


def test_a_clause_opening_with_a_speech_verb_after_a_quotation_gives_no_one_named_before_it():
    text = ("医保专家和药企间的“灵魂砍价”火了。\n“多亏了现在医保政策好，我又有了活下去的勇气和希望。”谈到如今的治病情况，"
            "山东省枣庄市市中区居民张忠娥竖起了大拇指。")
    assert speakers(text)["多亏了现"] == "张忠娥"


def test_a_cooperatives_member_is_named_with_her_role_and_speaks_on_after_what_she_does():
    text = ("社员艾梅芳加入合作社已八年，全程机械化让她省心又省力。“一亩地流转费450元，一年能收六千多。”她笑着数钱，"
            "“农闲时在合作社务工，一天150元，比外出打工轻松！”")
    assert speakers(text) == {"一亩地流": "艾梅芳", "农闲时在": "艾梅芳"}


def test_a_name_or_an_asker_alone_on_a_line_labels_a_turn_without_a_colon():
    text = ("标题\n记者会邀请商务部部长高虎城回答中外记者的提问。\n记者\n今年1月中国进出口的增速出现了大幅下滑，请问如何评价当前的外贸形势？\n"
            "高虎城\n2014年我们剔除不可比因素之后，中国进出口贸易增长6.1%，其中出口增长了8.7%。\n"
            "在这个前提之下，国际需求仍将维持一个微弱的增长，我们对完成今年的目标是有信心的。")
    tables = extract.extract_document(_doc(text))
    assert [(q["quote"][:4], q["speaker"]) for q in tables["quotes"]] == [
        ("今年1月", "记者"), ("2014", "高虎城"), ("在这个前", "高虎城")]
    assert {q["text"]: q["actor"] for q in tables["quantities"] if q["claim"]} == {"6.1%": "商务部", "8.7%": "商务部"}
    headings = "标题\n工作目标\n全年粮食产量稳定。\n主要措施\n加强耕地保护。"  # short headings label nobody
    assert not extract.extract_document(_doc(headings))["quotes"]


def test_a_named_person_who_sets_out_figures_says_what_follows_a_dash_or_a_comma():
    view = "统计局局长李明列举了一组数据——全年粮食产量达到1300万吨。"
    people = People()
    quotes.read(people, view, 0, len(view))
    said = quotes.reported(view, 0, view.index("1300"), people)
    assert (said.speaker, said.quote) == ("李明", "全年粮食产量达到")
    view = "统计局局长李明用数据说话，全年粮食产量达到1300万吨。"
    assert quotes.reported(view, 0, view.index("1300"), people).speaker == "李明"
    view = "统计局局长李明利用大数据，全年粮食产量达到1300万吨。"  # using big data sets no figures out
    assert quotes.reported(view, 0, view.index("1300"), people) is None


def test_words_quoted_before_the_speakers_name_leave_the_reported_words_after_the_verb_theirs():
    text = ("标题\n“今年收入翻了一番。”东岭村党支部书记陈国华翻着账本告诉记者，村里的变化很大。\n"
            "“以前没人愿意回来。”陈国华说，目前全村有60多名青年返乡创业。")
    got = {q["text"]: q["actor"] for q in extract.extract_document(_doc(text))["quantities"] if q["claim"]}
    assert got["60多名"] == "东岭村党支部"  # the role he was given in the paragraph before
    text = ("宁波东岭电器股份有限公司去年营业收入增长20%\n宁波东岭电器股份有限公司发布年报，营业收入12.6亿元。"
            "公司董事长、总经理陈国良在会上表示，海外需求复苏是增长的主要原因。\n"
            "“我们更看重利润的质量。”陈国良表示，公司将保持现金分红比例不低于30%。")
    got = {q["text"]: q["actor"] for q in extract.extract_document(_doc(text))["quantities"] if q["claim"]}
    assert got["不低于30%"] == "宁波东岭电器股份有限公司"  # the head of the company the feature is about


def test_reported_words_go_on_past_a_term_in_quotation_marks_but_not_past_quoted_words():
    view = "副厅长郭道忠说，大熊猫栖息地“岛屿化”现象不断得到消除，种群数量增加至345只。"
    people = People()
    quotes.read(people, view, 0, len(view))
    assert quotes.reported(view, 0, view.index("345"), people).speaker == "郭道忠"
    view = "副厅长郭道忠说，“我们要继续加强保护，让大熊猫种群不断壮大。”种群数量增加至345只。"
    assert quotes.reported(view, 0, view.index("345"), people) is None


def test_a_person_of_a_rarer_surname_heads_the_clause_around_a_quotation():
    text = ("标题\n“这是两万元，表哥你点点。”农海忠把手里的钱递出去，神情轻松，“家里改建民宿时借了18万元。”\n"
            "当年底，农海忠一家顺利脱贫。“这几年收入年年上台阶。”对眼下的日子，农海忠感到满意。")
    got = speakers(text)
    assert got["这是两万"] == got["家里改建"] == "农海忠"  # not 钱递出: the clause is 农海忠's, not one describing 钱
    assert got["这几年收"] == "农海忠"  # the one the clause after the quotation is about


def test_an_answer_goes_on_until_the_next_question():
    text = ("专访国家粮食和物资储备局负责人\n新华社记者24日专访了国家粮食和物资储备局负责人。\n问：储备能不能满足需要？\n"
            "答：我国粮食库存构成，主要分三大类。\n近年来，地方储备按照产区保持3个月的供应量。\n问：应急保障体系怎样？")
    got = speakers(text)
    assert got["我国粮食"] == got["近年来，"] == "国家粮食和物资储备局负责人"
    assert got["应急保障"] == "记者"


def test_a_concession_and_a_topic_of_talk_stand_aside_before_the_speaker():
    text = ("标题\n“我总共领了1620多块呢，那可是我活这么大以来的第一次。”虽然时间已过去了两个月，但说起那次“盛况”，"
            "83岁的王素珍老人还是笑得合不拢嘴。")
    assert speakers(text)["我总共领"] == "王素珍"


def test_bracketed_labels_on_lines_of_their_own_open_turns_and_a_salutation_goes_on_with_the_turn():
    text = ("商务部召开例行新闻发布会\n【王明远】:\n各位记者朋友:\n大家下午好，欢迎参加例行新闻发布会。今天没有需要通报的信息。\n"
            "【人民日报记者】:\n前5月外贸进出口增长2.5%，请问如何看待下一阶段外贸形势?\n"
            "【王明远】:\n今年以来，外贸稳中有进，前5个月出口增长7.2%，民营企业进出口增长7%。\n")
    tables = extract.extract_document(_doc(text))
    assert [(q["quote"][:4], q["speaker"]) for q in tables["quotes"]] == [
        ("各位记者", "王明远"), ("大家下午", "王明远"), ("前5月外", "人民日报记者"), ("今年以来", "王明远")]
    actors = {q["text"]: q["actor"] for q in tables["quantities"] if q["claim"]}
    assert actors["7.2%"] == actors["7%"] == "商务部" and actors["2.5%"] == ""  # the spokesman's turn, not the reporter's
    column = "某市新闻\n【政策解读】:\n今年全市新建学校12所，改扩建学校30所，新增学位2万个。\n【相关链接】:\n全市教育工作会议召开。"
    assert not extract.extract_document(_doc(column))["quotes"]  # a column's label names no one


def test_short_closing_words_of_someones_reported_speech_are_theirs_and_a_bylines_end_is_no_role():
    text = ("粮食丰收\n中新社北京10月25日电 (记者 陈溯)农业农村部副部长张明远25日表示，粮食产量将首次突破1.4万亿斤。\n"
            "张明远介绍，截至24日秋粮收获进度已达82.5%，“又是一个丰收季”。各地推进“放管服”“双减”。\n")
    tables = extract.extract_document(_doc(text))
    assert [(q["quote"], q["speaker"], q["role"]) for q in tables["quotes"]] == [("又是一个丰收季", "张明远", "农业农村部副部长")]
    slogan = "乡村\n村支书王明说，今年村里种了500亩水稻。如今，村里家家户户都挂起了标语，“撸起袖子加油干”。\n"
    assert not extract.extract_document(_doc(slogan))["quotes"]  # the speaker of an earlier sentence says no slogan


def test_a_photos_credit_run_into_a_quotation_ends_the_caption_before_it():
    text = ("推介会\n推介会在郑州举行。韩章云 摄“我们此行希望向河南游客介绍泰国。”泰国国家旅游局东亚司司长李文华在当日推介会上表示，"
            "泰国十分重视中国市场。")
    assert speakers(text) == {"我们此行": "李文华"}
    assert speakers("标题\n他们拍摄“大美河南”宣传片。王强说，很好。") == {}  # a verb before a title, no caption


def test_a_clause_between_two_quotations_that_names_who_says_the_second_names_who_says_the_first():
    call = "“早上起来，发现家里停水了。”电话里，市民刘先生很焦急，“刚过完年，啥时候才能恢复啊？”"
    assert speakers(call) == {"早上起来": "刘先生", "刚过完年": "刘先生"}
    asked = "“今年收成怎么样？”面对记者的提问，村民张明笑着说，“收成很好，比去年多两成。”"
    assert speakers(asked)["收成很好"] == "张明"  # a question is answered: no turn of the answer's speaker
    apart = "“早上起来，发现家里停水了。”电话那头一片嘈杂。市民刘先生很焦急，“刚过完年，啥时候才能恢复啊？”"
    assert speakers(apart).get("早上起来", "") == ""  # a sentence of its own between them
    shout = "“快来帮忙，着火了！”村民们喊道，民警王强赶到现场，“大家别慌，按顺序撤离。”"
    assert speakers(shout).get("快来帮忙", "") == ""  # someone else says the first
    slogan = "该村提出“让村民住上好房子、过上好日子”的目标，村党支部书记李明介绍，“我们已经建了200套新房。”"
    assert "让村民住" not in speakers(slogan)  # a term the clause names


def test_a_speech_verb_before_a_quotation_decides_over_whom_the_next_clause_is_about():
    text = "“南京大学是首批试点单位之一。”朱斌说，“公司一次性买断7项专利，整个评估过程透明合理。”明晰的知识产权归属提升了效率。"
    assert speakers(text) == {"南京大学": "朱斌", "公司一次": "朱斌"}


def test_staff_named_with_their_job_speak_after_a_colon():
    text = "景区入口处，景区工作人员岳文龙忙着核验车票信息：“以前半价票只针对在校学生，现在每天能多售出上千张票。”"
    assert speakers(text) == {"以前半价": "岳文龙"}


def test_whom_the_clause_speaks_or_gives_to_is_no_speaker():
    assert speakers("标题\n“现在卫生室里预备了200多种常用药。”杨芳芳对村民张坤志说。")["现在卫生"] == "杨芳芳"
    assert speakers("标题\n“叔，给你开了7天的药。”杨芳芳把药递给村民张坤志说。")["叔，给你"] == "杨芳芳"
    assert speakers("标题\n“现在方便多了。”村民张坤志对记者说。")["现在方便"] == "张坤志"
    assert speakers("标题\n“现在方便多了。”听了这番话，村民张坤志说。")["现在方便"] == "张坤志"


def test_a_foreign_name_with_its_dot_speaks_and_where_it_spoke_is_no_speaker():
    text = ("中老铁路开通两周年\n“中老铁路让老挝从陆锁国变为陆联国，梦想变成了现实。”老挝副总理兼外交部长沙伦赛·贡玛西日前在万象表示。\n"
            "“过去走公路要四五天，现在坐火车最快26小时就能到达。”一家贸易公司负责人宋蓬·本亚冯说。")
    assert [q["speaker"] for q in extract.extract_document(_doc(text))["quotes"]] == ["沙伦赛·贡玛西", "宋蓬·本亚冯"]


def test_where_or_when_someone_spoke_stands_between_their_name_and_the_verb():
    text = ("标题\n“今年以来，全省经济运行稳中有进。”安徽省统计局新闻发言人、总统计师赵勤在当天举行的新闻发布会上说。\n"
            "“订单排到了明年。”公司总经理刘建伟在接受记者采访时表示。\n“现在方便多了。”他现在说。")
    got = [q["speaker"] for q in extract.extract_document(_doc(text))["quotes"]]
    assert got[:2] == ["赵勤", "刘建伟"]


def test_a_reduplicated_manner_word_before_the_verb_is_no_part_of_the_name():
    text = "标题\n“今年挂果多，收购价每斤比去年高了。”杜长贵乐呵呵地说，“光这一季，毛收入就有10万元出头。”"
    assert [q["speaker"] for q in extract.extract_document(_doc(text))["quotes"]] == ["杜长贵", "杜长贵"]


def test_a_speech_verb_that_opens_the_next_quotation_is_not_the_one_before():
    text = ("标题\n今年73岁的香泉镇村民王振江对我们说：“过去从十几里外的沟里挑水，现在拧开龙头就有水。”"
            "安定区水务局局长马永峰介绍：“全区农村集中供水率已达到98.7%。”")
    assert [q["speaker"] for q in extract.extract_document(_doc(text))["quotes"]] == ["王振江", "马永峰"]


def test_a_quotation_that_closes_a_sentence_of_its_own_is_words_said_whatever_follows():
    text = "标题\n在梨树县，合作社理事长赵广利算起了细账：“我们社连续8年搞秸秆覆盖。”这个合作社有社员286户。"
    assert [q["speaker"] for q in extract.extract_document(_doc(text))["quotes"]] == ["赵广利"]
    text = "标题\n他提出“绿水青山就是金山银山”这一重要理念。"  # a slogan the clause talks about is no one's words
    assert extract.extract_document(_doc(text))["quotes"] == []


def test_a_given_name_jieba_reads_whole_may_open_with_a_numeral_and_degrees_are_titles():
    text = "标题\n32岁的博士后王一凡正在调试系统，这已经是他第三次通宵做试验。“再苦也值得。”他笑着说。局长李二说：“今年增长5%。”"
    assert [q["speaker"] for q in extract.extract_document(_doc(text))["quotes"]] == ["王一凡", "李二"]


def test_words_written_on_a_sign_are_no_ones_speech():
    text = "标题\n标语上写着“安全第一，预防为主。”县应急管理局局长陈刚介绍，今年开展检查1200次。"
    assert [q["speaker"] for q in extract.extract_document(_doc(text))["quotes"] if q["speaker"]] == []


def test_a_surname_and_its_form_of_address_after_a_role_is_the_speaker():
    doc = ingest.build("t", "t", "标题\n“在上海平时很难有机会自己动手做瓷器。”带着女儿从上海来的游客陈女士说，她们住了3晚。", "utf-8", b"")
    [quote] = extract.extract_document(doc)["quotes"]
    assert (quote["speaker"], quote["role"]) == ("陈女士", "带着女儿从上海来的游客")  # not 游客陈, 女士


def test_someone_introduced_with_an_age_is_whom_a_pronoun_after_their_words_means():
    text = ("标题\n“今年前10个月，园区企业实现进出口总额25.7亿美元。”园区公司总经理邓鹏介绍。\n"
            "28岁的女工索蕾在园区一家轮胎企业工作了5年。“我用攒下的钱给家里盖了新房。”她说。\n"
            "“以前一个人在家懒得做饭，现在天天来这儿吃。”今年81岁的独居老人陈桂芳端着餐盘说。")
    got = speakers(text)
    assert (got["今年前1"], got["我用攒下"], got["以前一个"]) == ("邓鹏", "索蕾", "陈桂芳")


def test_a_dotted_foreign_name_keeps_its_first_part_where_its_last_reads_as_a_chinese_name():
    got = speakers("标题\n秘鲁外交部长埃尔默·席亚勒表示：“钱凯港将把秘鲁打造成连接拉美与亚洲的门户。”")
    assert got["钱凯港将"] == "埃尔默·席亚勒"  # 席 is a surname too


def test_a_function_word_after_a_title_opens_no_name():
    text = ("标题\n“水是半夜涨起来的。”68岁的村民陈秋生说，他和老伴行动不便，是村干部和救援队员用门板把他们抬上船的，"
            "“家里的两头猪没保住，但人都平安。”")
    assert speakers(text)["家里的两"] == "陈秋生"  # not 和救援, after the title 干部


def test_someone_introduced_by_what_they_did_before_de_is_whom_a_pronoun_after_their_words_means():
    text = ("标题\n“以前开车上班单程要50分钟。”王女士说。\n"
            "在航空港站，从新郑市赶来“尝鲜”的刘子涵在学院读大三。“学校到市区以前要先坐公交再转城郊线。”他告诉记者。")
    assert speakers(text)["学校到市"] == "刘子涵"  # not the last one who spoke, 王女士


def test_a_foreign_name_of_two_dotted_parts_speaks_after_any_word():
    got = speakers("标题\n“第一次独立驾驶时速350公里的列车，我既紧张又自豪。”25岁的司机西蒂·努尔哈莉莎说。")
    assert got["第一次独"] == "西蒂·努尔哈莉莎"  # after 司机, no title of the list


def test_someone_named_in_what_a_speaker_reports_is_not_whom_a_pronoun_after_means():
    text = ("标题\n镇党委书记刘强介绍，80岁的老党员张德富至今仍坚持义务巡河。“我们要把这种精神传承下去。”他说。\n"
            "区委书记王建军表示，作为全国百强区的萧山在去年实现生产总值2500亿元。“我们将继续努力。”他说。")
    got = speakers(text)
    assert (got["我们要把"], got["我们将继"]) == ("刘强", "王建军")  # not 张德富, nor 萧山 (a place jieba reads as a name)


def test_a_surname_that_is_also_an_adverb_or_preposition_after_a_title_keeps_its_role():
    text = "标题\n市统计局副局长曾志强表示，上半年经济运行平稳。“经济运行总体平稳。”他说。"
    doc = _doc(text)
    got = [(q["speaker"], q["role"]) for q in extract.extract_document(doc)["quotes"]]
    assert got == [("曾志强", "市统计局副局长")]  # jieba splits 曾|志强


def test_whom_a_speaker_told_and_a_note_on_a_names_sound_stand_between_name_and_verb():
    text = ("标题\n“中国始终是韩国最重要的入境旅游市场。”韩国观光公社中国事业团团长崔正勋（音）对中新网记者表示，"
            "“免签政策实施以来，预订量增加了近一倍。”\n县长张明向本报记者介绍：“今年全县粮食再获丰收。”")
    got = speakers(text)
    assert (got["中国始终"], got["免签政策"], got["今年全县"]) == ("崔正勋", "崔正勋", "张明")


def test_a_dotted_foreign_name_introduced_by_age_is_whole_and_russian_table_names_speak_whole():
    text = ("口岸见闻\n46岁的哈萨克斯坦司机叶尔兰·卡西莫夫每月往返阿拉木图和霍尔果斯四五趟。“现在通关只要半个多小时。”他说。\n"
            "“班列开到哪里，产业就跟到哪里。”哈萨克斯坦总统战略研究所首席研究员阿斯兰·努尔别科夫说。")
    got = speakers(text)
    assert (got["现在通关"], got["班列开到"]) == ("叶尔兰·卡西莫夫", "阿斯兰·努尔别科夫")


def test_a_dotted_foreign_name_is_read_whole_after_an_age_a_description_or_before_a_frame_of_time():
    text = ("铁路见闻\n32岁的孔索拉塔·瓦伊里姆是首批女火车司机之一。“2017年我还是一名实习生。”她说。\n"
            "45岁的芒果种植户约瑟夫·穆蒂索说：“以前芒果运不出去。”\n"
            "“蒙内铁路是最大基础设施项目。”肯尼亚交通和道路部长基普罗诺·切鲁伊约特在接受新华社记者专访时说。")
    got = speakers(text)
    assert (got["2017"], got["以前芒果"]) == ("孔索拉塔·瓦伊里姆", "约瑟夫·穆蒂索")  # 孔, 瑟: the table's too
    assert got["蒙内铁路"] == "基普罗诺·切鲁伊约特"  # …约特|在…时说: jieba reads 特在 as one word
    text = ("电站见闻\n29岁的巴基斯坦籍值长穆罕默德·阿西夫盯着大屏幕。“今天来水不错。”他说。\n"
            "巴基斯坦水电开发署前总工程师塔里克·马哈茂德说：“大坝经受住了洪水的考验。”")
    got = speakers(text)
    assert (got["今天来水"], got["大坝经受"]) == ("穆罕默德·阿西夫", "塔里克·马哈茂德")  # after a description's words; 茂
    titled = ("外交\n老挝外交部长通沙·西萨瓦谈起中老铁路时难掩激动：“铁路开通近3年来，累计发送旅客超过4000万人次。”\n"
              "42岁的泰籍员工颂猜·汶坦已在罗勇工厂工作了3年。“工厂给了我很多培训机会。”他说。")
    got = speakers(titled)
    assert (got["铁路开通"], got["工厂给了"]) == ("通沙·西萨瓦", "颂猜·汶坦")  # after a title or a role, whatever opens a part
    assert speakers("论坛\n论坛上，嘉宾说：“中国市场潜力巨大。”").get("中国市场", "") == ""  # jieba tags 嘉宾 ns: no name


def test_a_feature_s_opening_person_named_again_near_its_end_is_whom_a_pronoun_means():
    middle = "".join(f"“第{k}条航线已开通。”港务集团副总经理彭立新说。\n" for k in range(12))
    text = ("港口见闻\n46岁的集卡司机刘德胜把车停进泊位。\n“以前排队要两三个小时。”刘德胜说。\n" + middle
            + "傍晚时分，刘德胜的集卡驶出港区闸口。“一天能跑两趟。”他说。")
    assert speakers(text)["一天能跑"] == "刘德胜"


def test_a_person_described_before_de_and_then_quoted_whole_says_the_quotation():
    text = "港珠澳大桥通车后，往来更方便。\n在香港从事物流行业的陈志明，几乎每个周末都会驾车带家人北上。“从东涌出发，过桥到珠海不到40分钟。”"
    assert _roles(text)["从东涌出"] == ("陈志明", "在香港从事物流行业")


def test_two_common_words_after_a_title_are_no_name():
    text = "副理事长梁伟文则表示，不少澳门居民习惯周末去中山买菜，“澳门居民的生活圈一下子扩大到了整个珠江西岸”。"
    assert _roles(text)["澳门居民"][0] == "梁伟文"


def test_words_quoted_after_a_speech_verb_and_what_is_to_be_done_are_the_speakers():
    text = "标题\n2025年是收官之年。习近平总书记强调，要“努力让人民群众在每一个司法案件中感受到公平正义”。全市检察机关将继续努力。"
    assert _roles(text)["努力让人"] == ("习近平", "总书记")


def test_short_words_closing_a_sentence_about_someone_introduced_are_theirs():
    text = "标题\n65岁的村民吴家贵和老伴今年靠采茶挣了3.1万元，“比年轻时出去打工还强”。\n挂起了标语，“撸起袖子加油干”。"
    got = _roles(text)
    assert got["比年轻时"][0] == "吴家贵" and "撸起袖子" not in got


def test_a_customs_house_head_is_titled():
    text = "标题\n深圳海关副关长陈志强介绍，深圳市进出口3.3万亿元，增长18.3%，“其中对中东、中亚国家出口增速均超过三成”。"
    assert _roles(text)["其中对中"] == ("陈志强", "深圳海关副关长")


def test_a_pronoun_with_an_adverb_of_addition_before_its_speech_verb_is_the_speaker_before():
    text = ("会议\n镇党委书记刘建华说：“这一年，我们扛住了汛期大考。”他同时指出：“成绩来之不易，必须清醒看到差距。”\n"
            "王骏鹏表示，今年以来市场延续恢复态势，“旅客运输量已连续5个月超过2019年同期水平。”他同时提醒，“当前部分航线运价波动较大。”")
    got = speakers(text)
    assert (got["成绩来之"], got["当前部分"]) == ("刘建华", "王骏鹏")
    assert speakers("会议\n会议同时指出：“要坚持稳中求进，做好各项工作。”").get("要坚持稳", "") == ""  # a meeting, no person
    assert speakers("会见\n王毅会见了布林肯。布林肯同时表示：“美方愿意与中方加强沟通。”")["美方愿意"] == "布林肯"  # not 林肯


def test_a_qa_answer_opening_with_a_bracketed_name_is_that_officials():
    text = ("国新办举行新闻发布会\n2月26日上午，自然资源部副部长陈立新介绍情况，自然资源部海洋战略规划与经济司司长方晓东、"
            "交通运输部水运局副局长梁志刚出席，回答记者提问。\n问：（经济日报记者）2024年港口运行情况如何？\n"
            "答：（梁志刚）2024年，全国港口完成货物吞吐量176亿吨，同比增长3.7%。")
    got = {q["quote"][:4]: (q["speaker"], q["role"]) for q in extract.extract_document(_doc(text))["quotes"]}
    assert got["2024"] == ("梁志刚", "交通运输部水运局副局长")  # his own role, not the list's before him


def test_a_graduate_named_with_their_school_is_whom_he_says_means():
    text = ("公司招聘经理周婷告诉记者，名额增加了。“和去年相比，我们今年名额增加了近三成。”\n"
            "武汉大学2024届硕士毕业生李昊然已经投出了7份简历。“这次来的芯片企业比想象中多。”他说。")
    assert speakers(text)["这次来的"] == "李昊然"


def test_labels_that_set_roles_and_name_apart_by_spaces_open_turns_and_the_name_alone_opens_them_again():
    text = ("国新办举行水利建设新闻发布会\n主持人 国务院新闻办公室新闻局副局长、新闻发言人 陈思远：\n女士们、先生们，大家上午好！欢迎出席发布会。\n"
            "水利部副部长 李国栋：\n各位记者朋友，大家上午好！全年完成水利建设投资13529亿元。\n陈思远：\n谢谢李国栋先生的介绍，下面进入提问环节。\n"
            "人民日报记者：\n去年汛期洪水多发，请问水利部门做了哪些工作？\n李国栋：\n谢谢您的提问。全年启动洪水防御应急响应46次。")
    rows = extract.extract_document(_doc(text))["quotes"]
    assert [(q["quote"][:4], q["speaker"]) for q in rows] == [
        ("女士们、", "陈思远"), ("各位记者", "李国栋"), ("谢谢李国", "陈思远"), ("去年汛期", "人民日报记者"), ("谢谢您的", "李国栋")]
    assert rows[1]["role"] == "水利部副部长"
    assert rows[0]["role"] == "主持人 国务院新闻办公室新闻局副局长、新闻发言人"


def test_a_saying_of_listed_short_phrases_with_its_speaker_is_still_a_quote():
    assert speakers("标题\n“有房住、有活干、有钱赚、有奔头”，搬迁群众王秀芳说。")["有房住、"] == "王秀芳"


def test_a_label_with_the_post_in_brackets_on_a_line_of_its_own_opens_a_turn_and_names_the_host_for_later_labels():
    text = ("发布会实录\n主持人（省政府新闻办副主任　熊伟）：\n各位记者朋友，大家上午好！欢迎参加新闻发布会。\n"
            "何建国（省应急管理厅党委书记、厅长）：\n今年以来，全省共发生生产安全事故58起，同比下降9.4%。\n"
            "江西日报记者：\n主汛期即将到来，请问做了哪些准备？\n何建国（省应急管理厅党委书记、厅长）：\n谢谢您的提问。全省共储备物资价值3.2亿元。\n"
            "主持人：\n谢谢各位记者朋友，今天的发布会到此结束。")
    rows = extract.extract_document(_doc(text))["quotes"]
    assert [(q["quote"][:4], q["speaker"]) for q in rows] == [
        ("各位记者", "熊伟"), ("今年以来", "何建国"), ("主汛期即", "江西日报记者"), ("谢谢您的", "何建国"), ("谢谢各位", "熊伟")]
    assert rows[1]["role"] == "省应急管理厅党委书记、厅长"
    actors = {q["text"]: q["actor"] for q in extract.extract_document(_doc(text))["quantities"] if q["claim"]}
    assert actors["3.2亿元"] == "江西省应急管理厅" or actors["3.2亿元"].endswith("应急管理厅")


def test_a_lead_in_line_goes_on_with_the_turn_and_a_label_with_a_name_jieba_knows_ends_it():
    text = ("发布会\n水利部副部长 李国栋：\n各位记者朋友，大家上午好！\n具体来看：\n全年新开工重大水利工程47项。\n"
            "寿小丽：\n谢谢李国栋先生的介绍。")
    rows = extract.extract_document(_doc(text))["quotes"]
    assert [(q["quote"][:4], q["speaker"]) for q in rows if q["speaker"] == "李国栋"][-1][0] == "全年新开"
    assert all(not q["quote"].startswith("谢谢李国") for q in rows if q["speaker"] == "李国栋")


def test_a_speaker_who_announces_a_quotation_with_a_colon_keeps_it_over_the_next_speaker():
    got = speakers("村民李明说：“今年收成好。”王刚表示，“我们还要扩大种植。”")
    assert (got["今年收成"], got["我们还要"]) == ("李明", "王刚")
    assert speakers("“今年收成好。”王刚表示，“我们还要扩大种植。”")["今年收成"] == "王刚"  # no colon: as before


def test_a_turkic_name_joined_by_a_name_dot_is_one_speaker():
    got = speakers("“一台采棉机一天能采300亩。”合作社负责人吐尔逊·艾力说。“今年收成好。”热合曼·吾斯曼表示。")
    assert (got["一台采棉"], got["今年收成"]) == ("吐尔逊·艾力", "热合曼·吾斯曼")
    got = speakers("乡长库尔班·托合提则表示：“今年我们要继续扩大种植面积。”来自喀什的考生买买提·依明说：“我想回家乡当老师。”")
    assert (got["今年我们"], got["我想回家"]) == ("库尔班·托合提", "买买提·依明")  # no adverb, no word before it
    got = speakers("务工人员阿卜杜拉·买买提就表示：“今年我们要继续扩大种植面积。”护林员阿力木江·吐尔逊说：“我想回家乡当老师。”")
    assert (got["今年我们"], got["我想回家"]) == ("阿卜杜拉·买买提", "阿力木江·吐尔逊")  # the name starts at a word's start


def test_a_colon_after_a_clause_with_no_speech_verb_does_not_keep_a_quotation_from_the_next_speaker():
    got = speakers("王强家的门上贴着一副对联：“脱贫不忘共产党，致富感谢好政策。”王强说，“这是我自己写的。”")
    assert got["脱贫不忘"] == "王强"


def test_a_document_that_announces_a_quotation_with_a_colon_keeps_it_from_the_next_speaker():
    got = speakers("《意见》提出：“到2027年基本建成现代化产业体系。”张三说，这为企业指明了方向。")
    assert got.get("到202", "") == ""  # the document's words, not 张三's


def test_a_person_a_feature_introduces_by_work_speaks_as_he_after_the_quote():
    assert list(speakers("该书店员工李娜正在整理图书。“每天来看书的人很多。”她说。").values()) == ["李娜"]  # not 店员 inside 书店员工
    assert list(speakers("青年文明号集体代表、国网某供电公司班长赵磊说：“我们将继续做好保电工作。”").values()) == ["赵磊"]
    assert list(speakers("外卖员王小明刚刚送完一单。“今年订单多了不少。”他说。").values()) == ["王小明"]
    text = "“今年我们计划新招200名技术工人。”公司招聘主管刘晓燕说。伊川小伙王晨阳一上午投出了5份简历。“这里岗位多。”他说。"
    assert list(speakers(text).values()) == ["刘晓燕", "王晨阳"]  # 小伙, as 小伙子
    assert list(speakers("帅小伙刘畅如今也有了新目标：“明年营收要达到1000万元。”").values()) == ["刘畅"]  # not 刘畅|如
    assert list(speakers("村党支部书记张志明天天泡在茶园里。“收入增加了2600元。”张志明说。").values()) == ["张志明"]  # 天天
    assert list(speakers("小伙伴李明说：“我们一天走了2万步。”").values()) == ["李明"]  # 小伙伴, no 小伙 and 伴李


def test_a_foreign_name_of_parts_after_de_is_the_person_a_pronoun_later_means():
    text = ("家住雅加达的丽娜·普特丽在万隆一家纺织企业担任财务主管，每周都要往返两地。“以前周五下班开车回万隆，堵在路上是常事，"
            "现在坐高铁不到一个小时就到家。”她说。")
    assert speakers(text)["以前周五"] == "丽娜·普特丽"


@pytest.mark.parametrize("text", [
    "站台上，经理法赫里说：“两年前，很多人还不知道高铁是什么样子。”",
    "站台上，20岁的大学生法赫里背着双肩包准备登车。“两年前，很多人还不知道高铁是什么样子。”",
])
def test_a_transliterated_name_jieba_splits_as_a_classifier_is_still_a_name(text):
    assert speakers(text)["两年前，"] == "法赫里"


@pytest.mark.parametrize("text", [
    "一位82岁的老人东西落在了出租车上。“举手之劳，应该的。”他说。",  # 东西: a word of two, no name
    "新推出的伊利·安慕希在现场吸引了不少观众。“这款产品主打低糖。”她说。",  # a brand's parts, no person's
])
def test_words_and_brands_after_a_description_are_no_speakers(text):
    assert set(speakers(text).values()) == {""}


def test_a_person_named_after_de_keeps_what_the_clause_says_they_do_as_their_role():
    text = "在琅勃拉邦经营民宿的占塔·西萨瓦说，生意变好了。“铁路开通后，客人多了。”她笑着说。"
    doc = extract.extract_document(_doc(text))
    assert [(q["speaker"], q["role"]) for q in doc["quotes"]] == [("占塔·西萨瓦", "在琅勃拉邦经营民宿")]


def test_a_foreign_name_described_after_de_and_called_later_by_one_part_is_one_speaker():
    text = ("在万象从事水果出口生意的老挝商人宋萨·坎塔冯对此深有体会。“以前用卡车把香蕉运到中国边境要走好几天，路上损耗很大。”"
            "宋萨说，今年他的公司出口香蕉1.8万吨。")
    doc = extract.extract_document(_doc(text))
    assert [(q["speaker"], q["role"]) for q in doc["quotes"]] == [("宋萨·坎塔冯", "在万象从事水果出口生意的老挝商人")]


def test_a_later_part_of_a_foreign_name_a_few_paragraphs_on_is_the_person_even_where_jieba_splits_it():
    text = ("标题\n“我们的牛油果能直接摆上中国超市的货架了。”肯尼亚绿原果业公司首席执行官格蕾丝·瓦姆布伊说。\n订单增长。\n"
            "出口商扩大产能。\n包装厂投产。\n“希望明年对华出口量能再增长一半。”瓦姆布伊说。\n"
            "果农彼得·卡马乌的牛油果园里，果子即将采摘。\n“以前中间商每公斤只给15到20先令。”卡马乌说。")
    got = [(q["speaker"], q["role"]) for q in extract.extract_document(_doc(text))["quotes"]]
    assert got[1] == ("格蕾丝·瓦姆布伊", "肯尼亚绿原果业公司首席执行官")  # three paragraphs on
    assert got[2] == ("彼得·卡马乌", "果农")  # 卡马|乌说: not 马乌 in the role 卡


def test_a_surname_with_a_post_title_is_the_person_of_that_surname_holding_it_named_before():
    text = ("标题\n县统计局局长黄立民说：“全县经济总量首次跨上300亿元台阶。”\n"
            "谈及下一步工作，黄局长表示：“我们将围绕规划编制。”\n市交通运输局局长张伟介绍，今年全市新开公交线路20条。\n"
            "“以前等车要半小时，现在十分钟一班。”正在等车的市民张先生说。\n今年72岁的退休职工张桂兰说：“院子里的水能漫过脚脖子。”\n"
            "“改造后出门方便多了。”张大爷笑着说。")
    got = [(q["speaker"], q["role"]) for q in extract.extract_document(_doc(text))["quotes"]]
    assert got[1] == ("黄立民", "县统计局局长")
    assert got[2] == ("张先生", "正在等车的市民")  # a form of address leaves a resident unnamed, with a role of their own
    assert got[4][0] == "张大爷"  # not 张桂兰


def test_one_part_of_a_name_is_the_person_named_before_it_and_a_role_starts_after_the_dateline():
    text = ("新华社开罗3月5日电（记者 李明）在开罗经营纺织品生意的埃及商人穆罕默德·萨利赫很忙。“中国面料质量好、交货快。”穆罕默德说。"
            "他的合伙人、在亚历山大经营服装厂的埃及企业家穆罕默德·法鲁克也计划扩大采购。")
    doc = extract.extract_document(_doc(text))
    assert [(q["speaker"], q["role"]) for q in doc["quotes"]] == [("穆罕默德·萨利赫", "在开罗经营纺织品生意的埃及商人")]


def test_a_name_named_before_is_the_speaker_where_jieba_reads_its_surname_as_an_adverb():
    text = ("标题\n合作社理事长曾桂兰告诉记者，合作社流转土地1860亩。\n“今年我们又新建了20个大棚。”曾桂兰说。\n"
            "“明年还要扩大规模。”合作社理事长曾桂兰表示。")
    got = [(q["speaker"], q["role"]) for q in extract.extract_document(_doc(text))["quotes"]]
    assert got == [("曾桂兰", "合作社理事长"), ("曾桂兰", "合作社理事长")]  # not 桂兰, with a role 曾 (jieba's 曾|桂兰)


@pytest.mark.parametrize("frame", ["在刘局长看来", "在刘局长眼里"])
def test_a_clause_framed_as_someones_view_gives_them_the_quotation_after_it(frame):
    text = ("“企业最盼的是确定性。”滁州市工业和信息化局局长刘振东说，市工信局为规上企业配备了服务专员。\n"
            f"{frame}，滁州的优势在于区位和成本。“我们到南京禄口机场不到1小时车程。”")
    assert speakers(text)["我们到南"] == "刘振东"


def test_a_bare_answer_after_an_answer_a_label_named_is_the_same_officials():
    text = ("发布会实录\n市商务局副局长吴佳、市文化和旅游局二级巡视员马骏分别就促消费、稳外贸和文旅融合发展回答了记者提问。\n"
            "主持人：请提问。\n安徽日报记者问：消费情况如何？\n"
            "市商务局副局长吴佳答：感谢您的提问。一季度共发放以旧换新补贴4.6亿元。\n"
            "合肥广播电视台记者问：外贸表现怎样？\n答：据合肥海关统计，一季度全市进出口总额932.5亿元，增长7.9%。\n"
            "记者追问：在稳外贸方面还有哪些具体支持政策？\n答：今年市级财政安排外经贸发展专项资金3.2亿元。\n"
            "新安晚报记者问：今年一季度文旅市场热度很高，能否介绍一下具体情况？\n"
            "市文化和旅游局二级巡视员马骏答：一季度，全市接待国内游客3215万人次。")
    said = speakers(text)
    assert said["据合肥海"] == said["今年市级"] == "吴佳"
    assert said["今年一季"] == said["在稳外贸"] == "记者"  # a journalist's question ends the answer before it
    assert said["一季度，"] == "马骏"


def test_a_quotation_introduced_by_name_is_not_given_to_those_the_next_sentence_says_answered_questions():
    text = ("标题\n“一季度全市经济延续回升向好态势。”市统计局局长程立新在会上说。\n"
            "他同时提醒，下阶段外部环境依然复杂，“部分行业订单不足的问题仍然存在，巩固向好势头还需持续用力。”"
            "市商务局副局长吴佳、市文化和旅游局二级巡视员马骏分别就促消费和文旅融合发展回答了记者提问。")
    assert speakers(text)["部分行业"] == "程立新"


def test_a_quotation_introduced_by_name_is_still_the_next_speakers_where_their_verb_closes_its_clause():
    text = "标题\n局长李明表示，“今年要稳住外贸基本盘。”副局长王刚说，“消费也要提振。”"
    assert speakers(text)["消费也要"] == "王刚"


@pytest.mark.parametrize("frame, speaker", [
    ("在市场监管局局长王芳看来", "王芳"),  # jieba reads 王芳|看来
    ("在浙江大学教授李强看来", "李强"),
    ("在村民李大爷眼里", "李大爷"),
])
def test_the_person_inside_a_view_frame_is_read_without_the_frame(frame, speaker):
    got = extract.extract_document(_doc(f"标题\n{frame}，这件事意义重大。“我们一定要做好。”"))["quotes"]
    assert [(q["speaker"], q["role"].startswith("在")) for q in got] == [(speaker, False)]


@pytest.mark.parametrize("frame", ["在业内人士看来", "在省统计局看来"])
def test_a_view_frame_of_no_one_named_gives_no_speaker(frame):
    got = extract.extract_document(_doc(f"标题\n{frame}，这件事意义重大。“我们一定要做好。”"))["quotes"]
    assert [q["speaker"] for q in got] == [""]


def test_a_bare_answer_after_a_hosts_hand_over_is_the_one_handed_to():
    text = ("发布会实录\n主持人：请提问。\n湖南日报记者问：今年投资情况如何？\n市发改委主任张伟答：上半年全市固定资产投资增长6.2%。\n"
            "主持人：下面请市财政局局长李红回答。\n红网记者问：财政收入情况怎样？\n答：上半年全市一般公共预算收入186.5亿元。")
    assert speakers(text)["上半年全"] == "李红"


def test_she_says_means_the_person_the_paragraph_shows_doing_something_not_an_earlier_speaker():
    text = ("高铁开通\n“我们从7月起就组织开展联调联试。”南昌局集团公司赣州车务段段长钟志华说。\n"
            "在深圳一家电子厂务工的刘春梅带着两个孩子走出站台。“以前回老家，路上得折腾五六个小时。”她说。")
    assert speakers(text)["以前回老"] == "刘春梅"


def test_a_quotation_that_opens_a_paragraph_is_said_by_the_person_described_right_after_it():
    text = ("无锡马拉松开跑\n“第一次来无锡跑全马，最大的感受是沿途的加油声几乎没有断过。”来自湖北武汉的跑者张晓磊今年38岁，这是他完成的"
            "第27场全程马拉松。“赛前两天就到了，一家三口花了将近6000元。”张晓磊说。")
    got = {q["quote"][:4]: (q["speaker"], q["role"]) for q in extract.extract_document(_doc(text))["quotes"]}
    assert got["第一次来"] == ("张晓磊", "来自湖北武汉的跑者")


def test_an_official_who_answers_a_reporters_question_is_named_without_the_preposition():
    text = ("江西卫健\n省卫生健康委主任曾宪文在发布会上说，“全省投入超过1200亿元。”\n居民健康素养水平也在稳步提高。曾宪文在回答记者"
            "提问时表示，2025年这一指标达到32.6%。“去年我们开展了健康素养监测，有效样本近1.9万份。”他说。")
    assert speakers(text)["去年我们"] == "曾宪文"  # not 曾宪文在


def test_a_person_shown_doing_something_is_no_speaker_where_another_heads_the_clause_and_a_slogan_stays_unsaid():
    text = ("防汛\n站长李建国说：“水位还在上涨。”在大堤上巡查的王建华扛着沙袋。他说：“这几天最辛苦。”")
    assert speakers(text)["这几天最"] == "王建华"  # a verb with 着 that jieba reads as one word
    text = ("慰问\n市长李建国来到村里。李建国拉着他的手说：“有困难就找政府。”随后，李建国又来到在村小学任教的张丽华拿着教案的"
            "教室。他说：“要关心乡村教师。”")
    assert speakers(text)["要关心乡"] == "李建国"  # 张丽华 is what 李建国's clause comes to, not its subject
    text = "健步走活动\n“健康中国，我是行动者。”来自市第一医院的跑者王建华今年45岁，他身穿印有这句口号的T恤走在队伍最前面。"
    assert speakers(text).get("健康中国", "") == ""  # a runner described after a slogan who says nothing in the paragraph


def test_a_given_name_ending_in_zheng_keeps_it_before_zai():
    text = "发布会\n市教育局局长张正在回答记者提问时说：“今年新增学位5000个。”"
    assert speakers(text)["今年新增"] == "张正"


def test_a_foreign_surname_alone_before_a_frame_of_where_they_spoke_says_the_quotation():
    text = ("标题\n乌兹别克斯坦能源部第一副部长沙赫佐德·尤苏波夫出席仪式。\n“这座电站让阳光变成了电。”尤苏波夫在致辞中说。")
    assert speakers(text)["这座电站"] == "沙赫佐德·尤苏波夫"


def test_a_pronoun_the_text_cites_with_ju_keeps_the_person_for_a_later_paragraph():
    text = ("标题\n“今年的政策有三个变化。”副局长周明远在接受采访时说。\n据他介绍，2025年全市共发放就业补贴1.93亿元。\n"
            "分地区看，无为市发放2860万元。\n此次调整，补贴由每人1200元提高到2000元。“按测算，今年可惠及企业约5000家。”他说。")
    assert speakers(text)["按测算，"] == "周明远"


def test_a_country_s_name_before_a_title_names_no_one_and_a_pronoun_is_the_official_introduced_before():
    text = ("园区审批提速\n索法拉省省长阿尔米达·尼亚图梅告诉记者，省政府依据莫桑比克部长会议第58/2023号法令推行审批。"
            "“我们希望更多农产品在本地加工后再出口。”她说。")
    assert [(q["speaker"], q["role"]) for q in _quotes(text)] == [("阿尔米达·尼亚图梅", "索法拉省省长")]  # not 桑比克, 部长
    text = "秋粮丰收\n省农业农村厅党组书记、厅长江立群说：“能实现面积、单产、总产‘三增’，实属不易。”"
    assert [q["speaker"] for q in _quotes(text)] == ["江立群"]  # a title before the name jieba reads as 长江


def test_the_part_after_a_name_s_dot_that_jieba_reads_as_a_name_is_the_same_person_s():
    text = ("港口扩建\n26岁的吊机司机多明戈斯·卡济亚熟练地操纵手柄。“三年前我还在街区卖手机卡，现在每个月能拿到1.8万梅蒂卡尔。”他笑着说。")
    assert [q["speaker"] for q in _quotes(text)] == ["多明戈斯·卡济亚"]


def _quotes(text: str) -> list[dict]:
    """The quotations of ``text``, the whole document extracted, in order."""
    return extract.extract_document(_doc(text))["quotes"]


def test_a_place_jieba_reads_across_a_role_and_a_name_or_a_verb_glued_after_a_dotted_name_takes_no_speaker_s_name_apart():
    text = "租房\n“年轻人来深圳打拼不容易，能帮一把是一把。”房东吴建华说。“在家门口就能挣钱，还能照顾孩子。”脱贫户高国强说。"
    assert [q["speaker"] for q in _quotes(text)] == ["吴建华", "高国强"]  # 东吴 ends inside the name; 户高国强 is a guess
    text = "侨乡\n“我的曾祖父就是从这里出发去美国的。”来自旧金山的约翰·李笑着说。"
    assert all("笑" not in q["speaker"] and "说" not in q["speaker"] for q in _quotes(text))


def test_a_part_after_a_name_s_dot_keeps_no_verb_jieba_glues_to_a_chinese_name():
    text = "侨乡行\n“这里变化太大了，我每年都要回来看看。”来自旧金山的华裔约翰·王伟笑着说。"
    assert [q["speaker"] for q in _quotes(text)] == ["约翰·王伟"]


def test_this_and_a_role_speaks_for_the_person_last_named_with_it():
    text = ("标题\n\n公司财务总监沈佳怡介绍，2025年公司研发投入3.05亿元。\n\n“本次分红比例较上一年度明显提高。”这位财务总监说，公司已同步"
            "制定股东回报规划。\n\n教育部高校学生司司长李向东介绍，岗位增加。这位司长强调：“要把就业服务做实。”")
    got = speakers(text)
    assert (got["本次分红"], got["要把就业"]) == ("沈佳怡", "李向东")


def test_this_and_a_role_points_past_deputies_and_chiefs_and_gai_and_a_body_names_no_one():
    text = ("标题\n\n村党支部书记马长林说，村里牢记习近平总书记的嘱托。“今年村集体经济收入达到45万元。”这位书记说。\n\n"
            "教育部高校学生司司长李向东介绍情况。高校学生司副司长陈晓燕介绍，将实施精准帮扶。“对弄虚作假的，绝不姑息。”这位司长强调。\n\n"
            "市生态环境局局长周国平介绍情况。市住房和城乡建设局昨天通报，“今年已对87个工地下达整改通知。”该局局长表示。\n\n"
            "县委书记李国华到村调研。村党总支书记王德顺介绍，“我们村的集体收入涨了。”这位书记说。")
    got = speakers(text)
    assert (got["今年村集"], got["对弄虚作"]) == ("马长林", "李向东")  # not 总书记's, nor the 副司长's
    assert got["今年已对"] != "周国平"  # 该局: the body's
    assert got["我们村的"] == "王德顺"  # of two 书记, the one last named, who was telling


def test_this_and_a_long_title_speaks_for_the_person_named_with_it():
    text = ("标题\n\n国家统计局城市司首席统计师韩立新解读说，“食品价格由上月下降2.9%转为上涨0.2%。”\n\n物价总体平稳。\n\n"
            "“从近几个月走势看，价格运行总体平稳。”这位首席统计师说。")
    assert speakers(text)["从近几个"] == "韩立新"


def test_this_official_of_a_function_speaks_for_the_official_just_named():
    text = ("标题\n\n中国人民银行调查统计司副司长赵立群介绍，11月份新发放企业贷款加权平均利率约为3.1%。"
            "这位负责人表示：“下一步将落实好适度宽松的货币政策。”")
    assert speakers(text)["下一步将"] == "赵立群"


def test_a_verb_after_a_title_is_no_name_that_this_and_the_title_could_point_at():
    text = ("国家统计局城市司首席统计师解读11月份CPI数据\n\n国家统计局城市司首席统计师韩立新表示，CPI同比上涨0.6%。\n\n"
            "“从近几个月走势看，价格运行总体平稳。”这位首席统计师说。")
    assert speakers(text)["从近几个"] == "韩立新"



@pytest.mark.parametrize("text", [
    "标题\n\n副市长陈建华出席会议并讲话。市商务局相关负责人介绍，今年外贸增长5%。这位负责人表示：“外贸企业订单总体饱满。”",
    "标题\n\n县农业农村局局长王强介绍，粮食增产。种粮大户李明说，收成好。“今年粮价稳定。”这位负责人说。",
    "标题\n\n省农业农村厅副厅长刘伟介绍，小麦播种面积增加3%。“今年小麦长势良好。”这位专家说。",
])
def test_this_official_points_at_no_one_but_the_named_head_who_last_spoke(text):
    assert list(speakers(text).values()) in (["这位负责人"], ["这位专家"])


def test_a_pointed_title_that_opens_the_sentence_speaks_the_quotation_after_its_clauses():
    text = ("标题\n工业和信息化部装备工业一司司长郭建平介绍，今年产量增长10%。\n"
            "这位司长坦言，当前行业仍面临一些问题，“要坚决整治无序价格战。”中国汽车工业协会副秘书长陈思远预测，销量有望增长。")
    assert speakers(text)["要坚决整"] == "郭建平"  # not the next sentence's speaker


def test_a_pointed_deputy_title_is_the_deputy_named_before():
    text = ("标题\n财政部预算司副司长孟庆丰介绍，额度增加。\n华瑞证券首席经济学家王敏说，投资将增长。\n"
            "“下一步要加强监测。”这位副司长强调。")
    assert speakers(text)["下一步要"] == "孟庆丰"


def test_a_title_alone_is_not_a_deputy_named_with_it():
    text = ("标题\n市长王建民主持召开市政府常务会议。副市长李卫东汇报了城市更新工作。\n"
            "“老旧小区改造要把群众满意作为第一标准。”市长强调。")
    assert speakers(text)["老旧小区"] == "王建民"


@pytest.mark.parametrize("pointer", ["这位“90后”镇党委书记", "这位年轻的镇党委书记"])
def test_a_pointed_title_after_a_description_is_the_holder_named_before(pointer):
    text = ("标题\n“乡村振兴关键在人。”青山镇党委书记周丽华表示，全镇将培育新型职业农民。"
            f"{pointer}说：“明年我们要新建3个农产品加工厂。”")
    assert speakers(text)["明年我们"] == "周丽华"


@pytest.mark.parametrize("after", ["在会上强调", "强调"])
def test_a_bodys_name_and_a_title_after_a_quotation_are_the_holder_named_before(after):
    text = ("标题\n3月2日，市农业农村局召开全市春耕工作会议。市农业农村局党组书记、局长韩立新出席会议并讲话。\n"
            f"“春耕不等人，要抢抓农时。”市农业农村局局长{after}，要确保粮食播种面积稳定。")
    assert speakers(text)["春耕不等"] == "韩立新"


def test_a_bodys_name_and_a_title_speak_for_no_holder_of_another_body():
    text = ("标题\n市农业农村局党组书记、局长韩立新出席会议。\n“要管住源头。”市生态环境局局长强调。")
    assert speakers(text)["要管住源"] != "韩立新"


@pytest.mark.parametrize("noun", ["退伍老兵", "技术员"])
def test_a_person_a_noun_of_what_they_do_introduces_is_whom_a_later_pronoun_means(noun):
    text = ("标题\n厅长钟立新说，全省就业形势稳定。“我们签订了协议。”钟立新说。\n"
            f"在龙岭镇，{noun}肖卫东在基地创办家具电商企业，销售额突破6000万元。“刚退伍时两眼一抹黑。”他说。")
    assert speakers(text)["刚退伍时"] == "肖卫东"


def test_a_person_described_before_de_whose_name_jieba_splits_is_whom_a_later_pronoun_means():
    text = ("标题\n局长林志勇说，个体工商户持续增长。\n"
            "在中山路经营沙茶面店的黄淑珍给记者算了一笔账，去年店里享受税费优惠近1.8万元。“省下来的钱添了两台新灶。”她说。")
    assert speakers(text)["省下来的"] == "黄淑珍"


def test_a_body_and_title_after_a_quotation_are_not_a_holder_whose_post_is_at_another_body():
    text = ("标题\n市委常委、政法委书记张宏出席会议。\n“平安是发展的前提。”市委书记在会上强调。")
    assert speakers(text)["平安是发"] != "张宏"  # 市委常委 is no 市委书记


@pytest.mark.parametrize("text, opening, speaker", [
    ("标题\n县委书记王刚主持召开会议。“要抓好落实。”县委书记指出。", "要抓好落", "王刚"),  # a title right after the body
    ("标题\n“我们将依法严厉打击。”县公安局局长表示。", "我们将依", "县公安局局长"),  # no holder named: the post speaks
    ("标题\n县委书记张伟走访慰问了老党员张德富。“党和政府不会忘记大家。”他说。", "党和政府", "张伟"),  # the visited is no speaker
    ("标题\n县委副书记周平为先进个人李明颁奖。“希望大家再接再厉。”他说。", "希望大家", "周平"),
    ("标题\n县委书记胡建平带队查看灾情。村党支部书记王强介绍了情况。\n“要防止因灾返贫。”县委书记在会上强调。", "要防止因", "胡建平"),
])
def test_the_sessions_speaker_rules_leave_their_near_misses_alone(text, opening, speaker):
    assert speakers(text)[opening] == speaker


def test_a_pointer_and_a_title_several_held_mean_the_holder_last_named():
    text = ("标题\n公路局副局长孙立新、水运局副局长韩雪出席发布会。\n孙立新介绍了农村公路情况。\n"
            "针对冬季水上运输安全，韩雪介绍，交通运输部已部署专项检查。这位副局长表示：“客渡船要做到该停必停。”")
    assert speakers(text)["客渡船要"] == "韩雪"
    text = ("标题\n公路局副局长孙立新、水运局副局长韩雪出席发布会。\n市民王芳说，路况好多了。“这位副局长讲得很清楚。”她说。")
    assert speakers(text)["这位副局"] == "王芳"  # a pointer inside the words is no speaker's


def test_a_pointer_and_a_description_mean_the_person_last_named_in_the_paragraph():
    text = ("标题\n玉溪市峨山县的果农李春华今年种了30亩柑橘。“今年价格好。”这位果农说。")
    assert speakers(text)["今年价格"] == "李春华"
    text = ("标题\n村民李春华种了30亩柑橘，年收入10万元。“今年价格好。”这位年过六旬的老人说。")
    assert speakers(text)["今年价格"] == "李春华"  # a description no one was named with
    text = ("标题\n村民李春华今年种了30亩柑橘。\n一位老人在地头算账。“今年价格好。”这位老人说。")
    assert speakers(text)["今年价格"] != "李春华"  # named in another paragraph, and someone unnamed since


def test_this_and_a_title_several_held_do_not_mean_a_visitor_who_said_nothing():
    text = ("标题\n村党支部书记马长林带领村民种茶。去年，县委书记李国华到村里调研。“茶叶是我们村的致富叶。”这位书记说。")
    assert speakers(text)["茶叶是我"] != "李国华"
