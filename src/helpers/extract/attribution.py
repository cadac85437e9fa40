"""Who, where and when for each number: actor, place, time, change and comparison.

Chinese reports drop the subject of a clause when it is the same as the previous one
(国家乡村振兴局会同有关部门…，调整优化…政策30多项), so the actor is looked for in
the number's clause first and then in earlier clauses that the text chains to it.
"""

from __future__ import annotations

from bisect import bisect_left
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import takewhile

from . import quotes
from ..codebook import alternation
from ..ingest.lexicon import lexicon as document_lexicon
from .lexicon import ClaimWords, claim_words, ending
from .org_names import ASIDE_CLOSES, ASIDE_OPENS, DUTY_CLOSE, DUTY_OPEN, ITEM_NUMBER, SUBORDINATE_OPENERS, listed_together, names, role_before
from .organizations import CAMPUS_OPEN, COMPANY_TYPES, FOREIGN_TYPE, Org, campuses, listed_there, past_definition
from .names import cues as people, is_cjk, name_after_title, named_at, speaker_before
from .places import CHINA, Place, deixis_pattern, feature_generics
from .places import find as find_places
from .pointers import MEETING_POINTER, named_for_its_zone
from .quantities import Quantity
from .tokens import tagged, word_bounds
from .sentence import Context
from .subjects import PART_MARK, named_by_ranking, naming_verbs, respective_slot

CENTRAL_LEVELS = {"central", "foreign"}  # bodies whose figures are placed in no province (a state abroad's too)
SITED_TYPES = ("university",)


def campus(org: Org | None) -> str:
    """The province of a university's campus (``campuses.csv``), or "": a university under a ministry (武汉理工大学, a
    部属高校) has its graduates, funds and laboratories there; its level says who governs it, not where its figures are."""
    if org is None or org.type not in SITED_TYPES:
        return ""
    name, province = next(((n, p) for n, p in campuses().items() if org.name.startswith(n)), ("", ""))  # 中南大学|湘雅医院
    rest = org.name[len(name) :] if name else org.name[max(0, org.name.find(CAMPUS_OPEN)) :] if CAMPUS_OPEN in org.name else ""
    elsewhere = [p for p in find_places(rest) if p.province] if rest else []  # 中国地质大学（武汉）: a campus, so named
    return elsewhere[0].province if elsewhere else province  # 北京大学|深圳|研究生院: the unit's own city's


def national(org: Org | None) -> bool:
    """Whether a body's figures are national in scope, placed in no province."""
    return org is not None and org.level in CENTRAL_LEVELS and not campus(org)
# how far an omitted subject is looked for (a news item lists a body's measures in a run of clauses that open with
# verbs); also bounds the work on run-on text
MAX_CLAUSES_BACK = 6
NEARBY = 8  # places and times considered on each side of a number
LIST_MARK = "、"
ITEM_DASH = re.compile(r"——|－－|--")  # the dash a list item opens with (——国家电网全年完成电网投资6526亿元)


def _dash_before_a_body(view: str, pos: int, end: int, ctx: Context) -> re.Match | None:
    """The dash that opens a list item right before a body's name (——中国石化原油加工量2.53亿吨: the company's), or None; a
    place after it (——成都市实施城中村改造项目94个) stays the part of a department's release its figures are about, which
    ``Discourse._reports_for`` gives to the department, not a head that acts."""
    dash = ITEM_DASH.match(view, pos, end)
    return dash if dash is not None and dash.end() in ctx.org_at else None
LEAD_MARKS = "“”\"‘’ \u3000\n\r\t"  # quotation marks and spaces before a clause's subject, a text's hard line wraps included


@lru_cache(maxsize=1)
def _affiliate_openings() -> tuple[str, ...]:
    """What a company is to another (org_names.yml ``affiliate_roles``), alone or after the company it belongs to as the
    text names it (公司控股孙公司, 其全资子公司), longest first."""
    roles = names().affiliate_roles
    return tuple(sorted({owner + r for r in roles for owner in AFFILIATE_OWNERS}, key=len, reverse=True))


AFFILIATE_OWNERS = ("", "公司", "其", "该公司", "公司旗下", "旗下")


def _strip_lead(view: str, pos: int, end: int, ctx: Context) -> int:
    """Skip prepositions, time expressions and time frames (近3年来), quotation marks, spaces, items' numbers (1、,
    （二）) and a party's title or a project role before a body (被告|, 项目承建方|) at a clause start."""
    w = claim_words()
    prepositions = w.prepositions
    moved = True
    while moved and pos < end:
        moved = False
        if view[pos] in LEAD_MARKS:
            pos += 1
            moved = True
            continue
        titles = names().party_titles
        party = next((t for t in titles if view.startswith(t, pos) and pos + len(t) in ctx.org_at
                      and not view.startswith(PARTY_NOT_BEFORE, pos + len(t))), None) if view.startswith(titles, pos) else None
        if party is not None:  # 被告|华源建设有限公司赔偿…: the party's title before the body that acts
            pos += len(party)
            moved = True
            continue
        role = role_before(view, pos, ctx.org_at)
        if role != pos:  # 项目承建方|中铁十二局集团有限公司完成投资…: the role the body that acts plays
            pos, moved = role, True
            continue
        openings = _affiliate_openings()
        related = next((pos + len(r) for r in openings if view.startswith(r, pos) and pos + len(r) in ctx.org_at), pos) \
            if view.startswith(openings, pos) else pos  # one C-level look at all of them first: most clauses open with none
        if related != pos:  # 控股子公司|湖州恒晟…有限公司中标…: what the body that acts is to the text's company
            pos, moved = related, True
            continue
        item = ITEM_NUMBER.match(view, pos, end) or _dash_before_a_body(view, pos, end, ctx)  # 处理结果如下：1、追回…,
        if item is not None:  # ——国家电网全年完成…: an item's number, or its dash before a body, no subject
            pos = item.end()
            moved = True
            continue
        t = ctx.time_at.get(pos)
        if t is not None and t.end <= end:
            pos = t.end
            moved = True
        frame = w.time_frames.match(view, pos, end)
        if frame is not None:
            pos = frame.end()
            moved = True
        for p in prepositions if view.startswith(prepositions, pos) else ():  # most clauses open with none
            if view.startswith(p, pos):
                nxt = pos + len(p)
                if nxt in ctx.org_at or nxt in ctx.place_at:
                    pos = nxt
                    moved = True
                break
        described = view.find(ATTRIBUTIVE, pos, min(end, pos + ATTRIBUTIVE_MAX + 1))
        if described > pos and described + 1 in ctx.org_at and not ctx.orgs_between(pos, described) \
                and not ctx.places_between(pos, described) and not any(c in CLAUSE_MARKS for c in view[pos:described]):
            pos, moved = described + 1, True  # 他所在的|许昌绿野农机专业合作社今年…: what is said of the body that acts
    return pos


ATTRIBUTIVE_MAX = 6  # characters of a short description that 的 closes before a body's name, no body or place among them


def actor(view: str, q: Quantity, ctx: Context) -> tuple[str, Org | None, Place | None]:
    """The acting body for a number: an organization (no medium), or a place acting as a government.

    Failing that, or where only a place heads the clause (记者从南宁海关获悉，…，广西货物贸易进出口总值…: the place is the
    figure's scope), a body that reports earlier in the sentence (国家统计局18日发布数据，…国内生产总值949746亿元;
    天津市农业农村委主任沈欣说，目前…2000亩左右) is the source of the figures it reports, a press office that holds the
    briefing only when no other body reports (省政府新闻办召开发布会，省统计局新闻发言人陈伟进行发布，…).
    """
    name, org, place = _acting(view, q, ctx)
    if not name and (agent := _builder_named_by_you(view, q, ctx)) is not None:
        return agent.name, agent, None  # 项目由济南城建集团投资建设，总投资约18.6亿元: the builder's
    finder = _finder(view, q, ctx, org) if org is not None else None
    if finder is not None:
        return finder.name, finder, None
    patient = patient_start(view, q, ctx) if not name else None
    if org is not None and _carries(view, org):
        name, org = "", None  # 新华社北京12月19日电…财政部长…说: the medium carries the figures, its sources give them
    if not name and (example := _example(view, q, ctx)) is not None:
        return example.name, example, None
    if not name or org is None or named_for_its_zone(view, org):  # a place heading the clause (记者从南宁海关获悉，…，广西货物
        # 贸易进出口总值…), or a zone named for its committee, is the scope of a figure that a body reporting before it gives
        hosts = claim_words().press_hosts  # a press office holds the briefing; the body that speaks there reports
        found = [o for o in ctx.orgs_between(ctx.start, q.start if patient is None else patient)
                 if o.type != "group" and not _carries(view, o) and (patient is None or _frames_a_report(view, o, ctx))]
        found = [o for o in found if not o.name.endswith(hosts)] + [o for o in found if o.name.endswith(hosts)]
        own_part = ctx.segment(q.start)[0]  # one reporting after a semicolon reports its part (国家铁路局发布的数据显示，
        # 铁路…；中国民用航空局数据显示，民航…6.3亿人次: 民航局's), else the first that reports in the sentence
        found = [o for o in found if o.start >= own_part] + [o for o in found if o.start < own_part]
        reporter = next((o for o in found if _reports_before(view, o, q.start)), None)
        if reporter is not None:
            reporter = innermost(first_listed(view, reporter, ctx.orgs), ctx.org_at, view)
            return reporter.name, reporter, None
    return name, org, place


def _units_under(view: str, org: Org, ctx: Context, limit: int) -> bool:
    """Whether a state organ is named only for the institutions under it that its clause is about (教育部直属高校): a word
    of subordination after it and no body named after that in the clause (not 南方电网公司直属单位|南方电网储能股份有限
    公司, whose own name follows)."""
    return org.type in STATE_ORGANS and view.startswith(claim_words().subordinate_words, org.end) \
        and not ctx.orgs_between(org.end, limit)


def _builder_named_by_you(view: str, q: Quantity, ctx: Context) -> Org | None:
    """The body that 由 names, in a clause of the sentence before the number's, as the one that builds, funds or runs the
    thing the sentence is about (项目由|济南城建集团（以下简称…）|投资建设，总投资约18.6亿元; claims.yml ``agent_verbs``),
    or None."""
    cs = ctx.clause(q.start)[0]
    if view.find(PASSIVE_AGENT, ctx.start, cs) < 0:
        return None  # nearly every sentence
    verbs = claim_words().agent_verbs
    for o in reversed(ctx.orgs_between(ctx.start, cs)):
        if o.type in ("group", MEDIUM) or view[o.start - 1 : o.start] != PASSIVE_AGENT:
            continue
        after = past_definition(view, o.end)
        verb = next((v for v in verbs if view.startswith(v, after)), "")
        if verb and view[after + len(verb) : after + len(verb) + 1] in AGENT_CLAUSE_ENDS \
                and not any(_reports_before(view, b, o.start) for b in ctx.orgs_between(ctx.start, o.start)):
            return o  # the verb closes its clause (not 由X主办的|推介会, 由县政府投资|平台公司), and no body reports the
    return None  # sentence before it (县发改局局长张明介绍，该项目由县城投公司投资建设，…: the bureau's report)


AGENT_CLAUSE_ENDS = "，,；;"  # what ends the clause a 由 phrase's verb closes


PASSIVE_AGENT = "由"
MEDIUM = "media"  # the type of a newspaper's, agency's or site's name


def _example(view: str, q: Quantity, ctx: Context) -> Org | None:
    """The body an earlier clause of the sentence holds up as an example, the clause being the frame alone (以|博力威公司|为例，
    …出口占比从近八成降至一半): the figures after it are that body's."""
    for cs, ce in ctx.clauses[: ctx.clause_index(q.start)]:
        for before, after in claim_words().example_frames:
            org = ctx.org_at.get(cs + len(before)) if view.startswith(before, cs) else None
            if org is not None and org.type != "group" and org.end + len(after) == ce and view.startswith(after, org.end):
                return innermost(org, ctx.org_at, view)
    return None


@lru_cache(maxsize=1)
def _carried() -> re.Pattern:
    """What follows a medium that carries a text rather than acting in it: its dateline (新华社北京12月19日电, 新华社
    华盛顿4月12日专电; the endings are ingest's), or a word of reporting (报道, 消息, 记者), after the name of its site
    joined to it (中国证券报·中证网讯)."""
    return re.compile(r"(?:%s[^，。；：,;:\s（(]{1,8}?)?(?:[^，。；：,;:]{0,12}?[0-9０-９一二三四五六七八九十]{1,3}%s|报道|消息|讯|记者)"
                      % (JOINED_MEDIUM, document_lexicon().day_ending))


JOINED_MEDIUM = "·"  # between a paper and its site, named together as one medium (中国证券报·中证网)


CITED = "据"


def _carries(view: str, org: Org) -> bool:
    """Whether a medium is named as carrying a report, in a dispatch's dateline or a citation (新华社北京12月19日电,
    据人民网报道): the figures are its sources', not its own (中国青年报社…调查显示85.3% is its own survey)."""
    return org.type == MEDIUM and (bool(_carried().match(view, org.end)) or view[org.start - 1 : org.start] == CITED)


def innermost(org: Org, org_at: dict[int, Org], view: str = "") -> Org:
    """The department a government names right after it (香港特區政府文化體育及旅遊局局長…, 天津市政府天津市发展改革委):
    it is part of the government, and it acts; and the body a word of subordination in ``view`` names after its parent
    (青岛海关所属|烟台海关副关长…, 省交通运输厅下属|省公路事业发展中心). Bodies of equal standing written together
    (中共中央国务院, 省委省政府, 国家发展改革委财政部) stay as they are: the first acts. ``org_at``: bodies (no groups) by
    where they start."""
    nxt = org_at.get(org.end)
    while nxt is not None and org.name.endswith(claim_words().own_governments) and not nxt.name.endswith(claim_words().own_governments):
        org, nxt = nxt, org_at.get(nxt.end)
    sub = max((w for w in SUBORDINATE_OPENERS if view.startswith(w, org.end)), key=len, default="") if view else ""
    return org_at.get(org.end + len(sub), org) if sub else org




SPEAKER_GAP = 12  # characters of title and name between a body and its official's speech verb
STATE_ORGANS = ("party_central", "state_council_ministry", "state_council_agency", "local_government")


SOURCE_MARK = "据"  # 据拉萨海关统计: the body named is the figures' source


def governs(body: Org) -> bool:
    """Whether the body governs a place, as a government, a party committee, a congress or a conference does (云南省人民
    政府, 天津市委, 县委, 省人大, 省政协; claims.yml ``governing_endings``), not a department of one (合肥市统计局,
    省农业农村厅, 天津市农业农村委, 南宁海关)."""
    return body.name.endswith(claim_words().governing_endings)
NOT_SOURCE = ("根据", "依据")  # a body's rule or plan: no source of figures
SOURCE_NOUN_ENDS = "，,：:"  # what ends the phrase naming a source (根据国家统计局数据，)


def _reports_before(view: str, org: Org, end: int) -> bool:
    """The body frames what follows up to ``end`` as its report: a reporting verb after it, or one of its
    officials speaking (…委主任沈欣说，); a closed quotation in between ends what it reports, except a term in
    quotation marks after an official named in person (局长尹继辉表示，“一组两员”专班…): a reporting verb or an
    unnamed speaker is too often a clause of its own (党中央有部署、省委有要求，…) to be read on past a quotation. A
    source that 据 names with its verb (据拉萨海关统计，…) is read on past a term in quotation marks (“一带一路”)."""
    past = past_definition(view, org.end)  # (据中国铁路南昌局集团有限公司（以下简称“南昌局集团公司”）介绍，…)
    if org.mention == MEETING_POINTER and view.startswith(claim_words().meeting_verbs, org.end):
        return True  # 会议决定，第四批690亿元…: what the meeting decided, read as its body's (pointers.py)
    if view[org.start - 1 : org.start] == SOURCE_MARK and _source_named(view, org) and not _speech_closes(view, past, end):
        return True  # 据拉萨海关统计，…对“一带一路”沿线国家…: a source named so reports, past a term in quotation marks
    if _data_shown(view, past):
        return True  # 中国民用航空局（以下简称“民航局”）数据显示，…: its data, past the name it is defined by
    verb_end = _reporting_verb_end(view, org.end, end)  # (a body a story defines, 浙江龙盛集团股份有限公司（以下简称“公司”）
    # 近日发布年报, is what it goes on about, not the source of what it reports: 行业数据显示，…)
    if verb_end is not None and "”" not in view[org.end : verb_end] and not _words_close(view, verb_end, end) \
            or _forecasts(view, org) and "”" not in view[org.end : end]:
        return True  # 记者从市旅游局获悉，…呈现“提质增效”的特征: a term in quotation marks within what it reports
    if _briefs_on(view, org, end):
        return True  # 聊城市农业农村局局长陈长华就“十三五”时期…进行简要介绍: the body's official briefs on its figures
    if view.endswith(claim_words().invited, 0, org.start) and claim_words().invited_briefs.match(view, org.end, end):
        return True  # 国务院新闻办举行新闻发布会，邀请国家发展改革委有关负责同志…介绍有关情况: the invited body briefs
    closed = "”" in view[org.end : end]
    verb = _official_speech(view, org, end)
    if verb < 0:
        return False
    return not closed or (not _speech_closes(view, org.end, end) and speaker_before(view, verb, org.end) is not None)


def _words_close(view: str, verb_end: int, end: int) -> bool:
    """Whether the words a reporting verb opens are a quotation that closes before ``end`` (国家统计局表示“…”，居民收入
    增长5%): what follows it is no longer the body's report. Not the title of what a body publishes (河南省统计局发布
    “7月份全省经济运行情况”)."""
    if view.endswith(claim_words().publishing_verbs, 0, verb_end):
        return False
    opened = verb_end + (view[verb_end : verb_end + 1] in "：:，,")
    return view.startswith("“", opened) and "”" in view[opened:end]


def _source_named(view: str, org: Org) -> bool:
    """After 据, the body and its reporting verb (据拉萨海关统计) or what it counts (据海关数据, 根据国家统计局的数据); after
    根据 or 依据, only what it counts: 根据国务院部署 names a rule, not a source."""
    end = past_definition(view, org.end)
    after = end + (view[end : end + 1] == "的")
    noun = next((n for n in claim_words().source_nouns if view.startswith(n, after)), "")  # longest first
    if noun and (view[after + len(noun) : after + len(noun) + 1] in SOURCE_NOUN_ENDS
                 or view.startswith(claim_words().reporting_verbs, after + len(noun))):
        return True  # 根据国家统计局数据，; 据海关统计数据显示 — not 数据安全管理办法, 调查研究, 调查组
    surveyed = next((v for v in claim_words().statistics_verbs if view.startswith(v, end)), "")
    if surveyed and view.endswith(NOT_SOURCE, 0, org.start) and view[end + len(surveyed) : end + len(surveyed) + 1] in SOURCE_NOUN_ENDS:
        return True  # 根据国家统计局湖南调查总队抽样调查，…: its survey after 根据, as after 据 (据…抽样调查 is read as 据's)
    return not view.endswith(NOT_SOURCE, 0, org.start) and view.startswith(claim_words().reporting_verbs, end)


def _speech_closes(view: str, start: int, end: int) -> bool:
    """Whether someone's quoted words close in ``view[start:end]``; a term in quotation marks (“一组两员”) does not."""
    close = view.find("”", start, end)
    while close >= 0:
        opened = view.rfind("“", 0, close)
        if opened < 0 or not quotes.is_term(view[opened + 1 : close]):
            return True
        close = view.find("”", close + 1, end)
    return False


def _official_speech(view: str, org: Org, end: int) -> int:
    """Where the speech verb of one of the body's officials starts (人社部就业促进司司长张莹说，… / 天津市农业农村委主任
    沈欣说：…), or -1."""
    gap = view[org.end : min(end, org.end + 2 * SPEAKER_GAP + 6)]
    for m in people().speech_verbs.finditer(gap):
        if m.start() - _titles_before(gap, m.start()) > SPEAKER_GAP or any(c in "，。；：“" for c in gap[: m.start()]):
            return -1
        if gap[m.end() : m.end() + 1] in ("，", "：", ":", ","):
            verb = org.end + m.start()
            return verb if _speaks_for(view, org.end, verb) else -1
    return -1


def _briefs_on(view: str, org: Org, end: int) -> bool:
    """Whether one of the body's officials, named right after it, briefs on a matter before ``end`` (…局长陈长华就“十三五”
    时期农业农村工作推进情况进行简要介绍): 就, the matter, then a light verb and a verb of briefing (``briefing`` in
    ``claims.yml``)."""
    m = claim_words().briefing.match(view, org.end, end)
    return m is not None and speaker_before(view, m.start("on"), org.end) is not None


def _titles_before(gap: str, at: int) -> int:
    """How many characters of ``gap[:at]`` are earlier titles of a chain the official holds (海关总署新闻发言人、
    统计分析司司长李魁文: 新闻发言人、), each ended by a title word and joined by 、, so that only the last title and the
    name count against the gap."""
    cut = gap.rfind("、", 0, at)
    return cut + 1 if cut > 0 and people().title_end.search(gap, 0, cut) else 0


def _speaks_for(view: str, start: int, verb: int) -> bool:
    """Whether the words between a body and a speech verb leave the body speaking (国家统计局今天称，) or name one of its
    people (主任沈欣说，, 有关负责人日前说，), times and adverbs aside: not 党中央部署及省委工作要求，"""
    verb = _past_frame(view, start, verb)
    return verb == start or bool(people().title_end.search(view, start, verb)) or speaker_before(view, verb, start) is not None


def official_opening(view: str, start: int, end: int, orgs: list[Org], officials: dict[str, Org]) -> tuple[str, Org] | None:
    """The official whose turn a paragraph of a news text opens, with their body: one named with body and title who
    speaks (商务部电子商务司副司长蔡裕东表示，…), or one so named before who speaks again by name alone (蔡裕东介绍，…).
    ``officials`` (name -> body) gathers those named so, in text order."""
    at = start + len(view[start:end]) - len(view[start:end].lstrip(LEAD_MARKS))
    first = next((o for o in orgs if o.type not in ("group", MEDIUM)), None)
    if first is not None and first.start == at and first.type in STATE_ORGANS:  # not a company's head
        spoken = _official_speaking(view, first, end, orgs)
        if spoken is not None:
            officials.setdefault(*spoken)
            return spoken
    at = _opening_frame_end(view, at, end)  # 在当天的国新办新闻发布会上，张兴旺介绍，…: where they spoke, then their name
    name = next((n for n in officials if view.startswith(n, at)), None)
    if name is not None and _speaks_at(view, _frame_end(view, at + len(name), end), end):
        return name, officials[name]
    return None


def titled_officials(view: str, start: int, end: int, orgs: list[Org], officials: dict[str, Org]) -> None:
    """Note in ``officials`` the state officials ``view[start:end]`` names with body and title, wherever they stand
    (受省人民政府委托，省财政厅厅长严伟明作…报告): a later paragraph that opens with the name alone and a speech verb
    (严伟明在报告中说，…) is their body's turn."""
    bodies = {o.start: o for o in reversed(orgs) if o.type != "group"}
    for o in orgs:
        if not start <= o.start < end or o.type not in STATE_ORGANS:
            continue
        title = _post_title(view, o.end, min([end] + [b.start for b in orgs if b.start >= o.end]))  # (县委常委、|县委宣传部…)
        name_end = name_after_title(view, title.end()) if title is not None else None
        if name_end is not None and name_end - title.end() > NAME_MIN and view[name_end - 1] == DELIVERS \
                and is_cjk(view[name_end : name_end + 1] or " "):
            name_end -= 1  # 欧阳辉|作|关于…的报告, 刘明|作|专题发言: the verb of delivering a report or a speech, read into
            # a name of three characters
        if name_end is not None and name_end - title.end() >= NAME_MIN:
            officials.setdefault(view[title.end() : name_end], innermost(o, bodies, view))


def _post_title(view: str, at: int, end: int) -> re.Match | None:
    """The title right before an official's name in the posts that follow a body at ``at`` (厅长, 副|厅长, 党组成员、副|厅长:
    an official's rank and party posts stand before the title their name follows), within ``POSTS_MAX`` characters, no
    clause's mark and before ``end`` (the caller's: where the next body starts, 县委常委、|县委宣传部部长王丽, whose posts
    are that body's): the first title a name follows, or one right after the body, or None."""
    stop = min(end, at + POSTS_MAX)
    stop = next((i for i in range(at, stop) if view[i] in CLAUSE_MARKS_OF_POSTS), stop)
    titles = list(people().titles.finditer(view, at, stop))
    named = next((m for m in titles if name_after_title(view, m.end()) is not None), None)
    return named or next((m for m in titles if m.start() == at), None)


POSTS_MAX = 12  # characters of the posts after a body up to the name (党组成员、副厅长)
CLAUSE_MARKS_OF_POSTS = "，,。；;：:（）()“”"


OPENING_CLAUSE_MAX = 30  # characters of a paragraph's first clause read for a speaker (省人大常委会副主任刘芳说，)
NAME_MIN = 2  # characters of a name
DELIVERS = "作"  # 作…报告, 作…发言 (现代汉语词典 作: 进行某种活动)


def _official_speaking(view: str, org: Org, end: int, orgs: list[Org]) -> tuple[str, Org] | None:
    """The official named with the body ``org`` and a title who speaks before ``end`` (商务部电子商务司副司长蔡裕东表示),
    and the body (its innermost office), or None."""
    verb = _official_speech(view, org, end)
    named = speaker_before(view, _past_frame(view, org.end, verb), org.end) if verb >= 0 else None
    if named is None or not named.name or named.familiar:
        return None
    return named.name, innermost(org, {o.start: o for o in reversed(orgs) if o.type != "group"}, view)


def official_within(view: str, start: int, end: int, orgs: list[Org]) -> Org | None:
    """The body of the first state organ's official named with body and title who speaks anywhere in ``view[start:end]``
    (支持就业、稳定外贸发展……国家发展改革委副主任赵辰昕表示，…), or None."""
    spoken = (_official_speaking(view, o, end, orgs) for o in orgs if start <= o.start < end and o.type in STATE_ORGANS)
    return next((body for _, body in filter(None, spoken)), None)


def _opening_frame_end(view: str, pos: int, end: int) -> int:
    """Where the time and place that open a paragraph and its comma end (在当天的国新办新闻发布会上，|张兴旺介绍), or ``pos``."""
    m = OPENING_FRAME.match(view, pos, end)
    return m.end() if m else pos


def _past_frame(view: str, lo: int, verb: int) -> int:
    """Where the words before a speech verb end once the time and place the speaker spoke at and adverbs are passed
    over (金人庆|19日|说, 金人庆|在全国财政工作会议上|指出, 局长|今天|说): the speaker's name or title ends there."""
    while True:
        m = SPEECH_FRAME_END.search(view, lo, verb)
        words = tagged(view[lo:verb]) if m is None else ()
        if m is not None and m.end() == verb and m.start() < verb:
            verb = m.start()
        elif words and words[-1][1].startswith(("t", "d")):
            verb -= len(words[-1][0])
        else:
            return verb


def _frame_end(view: str, pos: int, end: int) -> int:
    """Where the time and place a named speaker spoke at end (金人庆|在全国财政工作会议上|指出), or ``pos``."""
    m = SPEECH_FRAME.match(view, pos, end)
    return m.end() if m else pos


SPEECH_TIME = r"[0-9０-９]{1,2}日|今天|昨天|前天|近日|日前"  # when a speaker spoke (金人庆19日说)
SPEECH_PLACE = r"在[^，。；：“”,;:在]{1,24}?(?:上|中|时|期间)"  # where (在全国财政工作会议上指出)
SPEECH_FRAME = re.compile(rf"(?:{SPEECH_TIME})?(?:{SPEECH_PLACE})?")
SPEECH_FRAME_END = re.compile(rf"(?:{SPEECH_TIME}|{SPEECH_PLACE})$")
OPENING_FRAME = re.compile(rf"(?:{SPEECH_PLACE})[，,]")


def _speaks_at(view: str, pos: int, end: int) -> bool:
    """Whether a speech or reporting verb follows a name at ``pos`` and ends its clause (蔡裕东介绍，), or words that
    set out figures do (赵辰昕分享了一组数据——)."""
    m = people().speech_verbs.match(view, pos, end) or people().presents_figures.match(view, pos, end)
    verb = m.group() if m else next((v for v in claim_words().reporting_verbs + DELIVERING if view.startswith(v, pos)), "")
    return bool(verb) and view.startswith(SPEECH_CLOSES, pos + len(verb))


DELIVERING = ("报告",)  # 欧阳辉报告，…: an official named before delivers a report (no body's verb: 县委…作工作报告)


SPEECH_CLOSES = ("，", "：", ":", ",", "——")  # what ends the clause of a speech verb before what is said


def official_goes_on(view: str, told: tuple[int, int], p, orgs: list[Org], turn: tuple[str, Org]) -> bool:
    """Whether an official's turn, told in the paragraph ``told`` (start, end) in indirect speech, goes on into the
    paragraph ``p`` right after it: one that names no other body (农村快递物流方面，全国已有96.6%…。国家邮政局近期还
    启动了…) and no reporter or source of its own (记者在商场看到，…; 据业内人士估算，…). Words in quotation marks end
    with their paragraph."""
    return "“" not in view[told[0] : told[1]] and not view[told[1] : p.start].strip() \
        and not claim_words().own_sources.search(view, p.start, p.end) \
        and all(o.name == turn[1].name or o.type == "group" for o in orgs) and not _another_speaks(view, p, turn[0])


def _another_speaks(view: str, p, speaker: str) -> bool:
    """Whether the paragraph opens with another person's name and a speech verb (刘明说，建议…): their turn, not the
    official's before."""
    at = p.start + len(p.text) - len(p.text.lstrip(LEAD_MARKS))
    named = named_at(view, at)
    if named is not None and named.name:
        return named.name != speaker and _speaks_at(view, _frame_end(view, named.end, p.end), p.end)
    comma = next((i for i in range(at, min(p.end, at + OPENING_CLAUSE_MAX)) if view[i] in SPEECH_CLOSES), -1)
    verb = next((m for m in people().speech_verbs.finditer(view, at, comma) if m.end() == comma), None) if comma > at else None
    titled = speaker_before(view, verb.start(), at) if verb is not None else None  # 常委会副主任刘芳|说，…: a title before
    return titled is not None and bool(titled.name) and titled.name != speaker  # the name


CITY_ABROAD = "city"  # the level of a place abroad below its country (world.csv's cities, sites abroad)


def _acting(view: str, q: Quantity, ctx: Context) -> tuple[str, Org | None, Place | None]:
    w = claim_words()
    last = ctx.clause_index(q.start)
    parts = ctx.clauses[max(0, last - MAX_CLAUSES_BACK) : last + 1]
    for idx in range(len(parts) - 1, -1, -1):
        cs, ce = parts[idx]
        own_clause = idx == len(parts) - 1
        limit = q.start if own_clause else ce
        if _disposes(view, cs, limit, ctx):
            continue  # 将美国和欧盟的经济增长预期…上调至1.1%: what the clause acts on; who acts is further back
        head = _strip_lead(view, cs, limit, ctx)
        if not own_clause and (_a_condition(view, cs, ce, w) or _a_condition(view, head - 1, ce, w)):
            continue  # 在省人大及其常委会监督下，…受理案件192.4万件: who oversees does not act
        if _passive_at(view, head, limit, ctx):  # 被处以罚款48万元: the subject further back suffers it
            return _passive_agent(view, head, limit, ctx)
        government = _unnamed_government(view, head, limit) if view.startswith(w.unnamed_governments, head) else ""
        if government:
            return government, None, None
        venue = ctx.org_at.get(head)
        if venue is not None and view.endswith(w.locative_prepositions, cs, head) \
                and (_acted_in(view, venue, limit) or venue.level in ABROAD_LEVELS and view.startswith(REGION_NOUNS, venue.end)):
            continue  # 在国际标准化组织提出提案217项, 近3年在东盟国家新设网点…: where the clause's subject acts, not who acts
        if own_clause:  # a body that heads it, after other bodies or places of a list (省委、省政府16次调度…)
            org = next((o for o in ctx.orgs_between(cs, limit) if o.end <= limit and o.type != "group"), None)
            counted = org is not None and COUNTED_LIST.fullmatch(view, org.end, q.start) is not None \
                and not BODY_COUNT.match(view, q.start) and q.unit not in TIMES_UNITS  # not 省委、省政府等16次调度
            if org is not None and _one_of_projects(view, org, ctx):
                continue  # 四川大学华西医院天府医院|二期、…等7个重点项目建成: a project the body names, not the body
            if org is not None and _units_under(view, org, ctx, limit):
                continue  # 教育部直属高校在赣招生计划8460名: the bodies under it that the clause counts, not the body
            lands = MEMBER_LANDS.match(view, org.end) if org is not None and org.level in ABROAD_LEVELS else None
            if lands is not None and q.start - lands.end() <= HEDGE_GAP:
                continue  # 东盟10国约420家企业参会: the members' land qualifies what is counted; who acts is further back (not
                # 欧盟国家今年已向乌克兰提供援助500亿欧元, where the members act)
            if org is not None and _heads(view, head, org, ctx) and not counted:
                org = innermost(_relative_head(view, org, ctx, limit), ctx.org_at, view)
                passive = _passive_within(view, org.end, limit, ctx)  # 该公司(因销售过期食品)被罚款6万元: it suffers
                if passive is not None:
                    return _passive_agent(view, passive, limit, ctx)
                return org.name, org, None
            if counted:
                continue  # 宁波市第一医院、宁波大学附属人民医院等11家医院食堂: the bodies the number counts; who acts is further back
        org = ctx.org_at.get(head) or _named_again(view, head, ctx, w)
        org = _relative_head(view, org, ctx, limit) if org is not None else None
        if org is not None and (_one_of_projects(view, org, ctx) or _units_under(view, org, ctx, limit)):
            continue
        if org is not None and view[head - 1 : head] in PARTNER_PREPOSITIONS:
            continue  # 对东盟进出口892.4亿元: the body the clause trades with or turns to, no body that acts
        if org is not None and not own_clause and org.level in ABROAD_LEVELS:
            return "", None, None  # 东盟继续保持我省第一大贸易伙伴地位，对东盟进出口…: a partner of the text's figures
        if org is not None:
            org = innermost(org, ctx.org_at, view)
            return org.name, org, None
        agent = _agent(view, head, limit, ctx)
        if agent is not None:
            agent = innermost(agent, ctx.org_at, view)
            return agent.name, agent, None
        place = ctx.place_at.get(head)
        if place is not None and view.endswith(w.source_prepositions, cs, head):
            continue  # 从上海引进内资项目244个: where things come from, not who acts
        if place is not None and place.is_area_without_government:
            continue  # （交通局…，）於關閘廣場開設15條巴士路線: where the clause acts, with no government of its own; the body
            # that acts is named before it in the sentence, if any
        if place is not None and (place.is_feature or place.is_region_part or place.is_zone
                                  or place.country != CHINA and place.level == CITY_ABROAD):
            return "", None, None  # 北部湾港已开通集装箱航线75条, 赣南脐橙种植面积193万亩, 安塔利亚接待游客520万人次: a port, a
            # region or a city abroad, no government here (a city abroad's is a body by its name: 纽约市政府)
        if place is not None:
            after = _past_time(place.end, q.start, ctx)
            if view.startswith(w.place_modifiers, place.end) or q.start - place.end <= 2 or COUNT_AFTER.match(view, after) \
                    or _qualifies(view, after, q.start):  # 河南全省18.8万个… / 杭州、上海等地游客 / 福建生产总值达… /
                return "", None, None  # 甘肃58个…地区中15个县: the place qualifies a noun
            if _names_a_subject(view, _past_time(place.end, q.start, ctx), q.start):
                return "", None, None  # 上海邮轮港接待游客…, 本澳经济气氛回暖…: the place qualifies the clause's subject
            return place.full_name, None, place
        if not own_clause and head >= limit:
            continue  # a clause of times alone (今年，, 近3年来，): the subject is further back
        if not w.subjectless.match(view, head) and (not own_clause or head < limit - 1 and head not in ctx.time_at) \
                and not _opens_with_preposition(view, head, limit) and not _opens_with_verb(view, head, limit, own_clause):
            return "", None, None  # a clause with a subject of its own that is no body
    return "", None, None


REGION_NOUNS = ("国家", "地区", "市场", "境内", "成员国", "各国")  # after a body abroad: its members' land (东盟国家, 欧盟市场)
HEDGE_GAP = 2  # characters between the members' land and the number that counts in it (东盟10国|约|420家)
MEMBER_LANDS = re.compile(r"(?:%s|[0-9０-９]{1,3}国|[一二三四五六七八九十]{1,3}国)" % "|".join(REGION_NOUNS))  # and 东盟10国


def _finder(view: str, q: Quantity, ctx: Context, org: Org) -> Org | None:
    """The state organ whose clause before the acting body's ends in finding it out (余杭区市场监管局在网络交易监测中发现，|
    杭州优源…有限公司通过2家网店销售…; 经查明, 查实): what an inspection found a body doing is the inspector's finding, so it
    acts for the figures. 发现 finds after a word of inspection in its clause (检查, 监测, 举报) or before an offence
    (少缴, 无证, 违规); not a survey's finding (国家统计局调查发现, 国家信息中心分析发现…增长30%), which reports."""
    w = claim_words()
    if all(view.find(v, ctx.start, org.start) < 0 for v in w.finding_verbs + w.inspection_finding):
        return None  # most sentences find nothing out
    for cs, ce in ctx.clauses[: ctx.clause_index(org.start)]:
        finder = ctx.org_at.get(_strip_lead(view, cs, ce, ctx))
        if finder is None or finder.type not in STATE_ORGANS or any(o.end <= ce for o in ctx.orgs_between(finder.end, ce)):
            continue
        if view.endswith(w.finding_verbs, finder.end, ce) or view.endswith(w.inspection_finding, finder.end, ce) \
                and not any(word in view[finder.end : ce] for word in w.survey_words) \
                and (any(word in view[finder.end : ce] for word in w.inspection_words)
                     or any(word in view[ce : ctx.end] for word in w.offence_words)):
            return innermost(finder, ctx.org_at, view)
    return None


def _frames_a_report(view: str, org: Org, ctx: Context) -> bool:
    """Whether the body's clause ends in a reporting verb (记者从省应急管理厅获悉，): the frame of what follows, where a
    verb inside the clause (…未按规定进行监测监控) may be what a fined body failed to do."""
    ce = ctx.clause(org.start)[1]
    return view.endswith(claim_words().reporting_verbs, org.end, ce)


def _passive_at(view: str, at: int, limit: int, ctx: Context) -> bool:
    """Whether a passive's marker stands as a word at ``at`` (被|处以罚款, 被|市应急管理局|罚款): a body right after it, or
    jieba reads it alone (not 被告, 被执行人); and no 的 follows before ``limit`` (被调查的2000家医院: a noun, no clause
    whose subject suffers)."""
    w = claim_words()
    if not view.startswith(w.passive_markers, at) or view.startswith(w.passive_lookalikes, at) or view.find(ATTRIBUTIVE, at, limit) >= 0:
        return False
    word, tag = tagged(view[at : at + PASSIVE_READ])[0]
    return at + 1 in ctx.org_at or word == view[at] or tag.startswith(VERB_TAG)  # 被|处以, 被判处 (a verb jieba joins)


def _passive_within(view: str, start: int, limit: int, ctx: Context) -> int | None:
    """Where the first passive marker standing as a word between ``start`` and ``limit`` is (该公司因销售过期食品|被|罚款);
    not one after a preposition or 在, which makes a noun of whom it was done to (为被骗群众挽回…, 对被检查单位, 在被约谈后)."""
    for marker in claim_words().passive_markers:
        at = view.find(marker, start, limit)
        while at >= 0:
            if view[at - 1] not in PASSIVE_NOT_AFTER and _passive_at(view, at, limit, ctx):
                return at
            at = view.find(marker, at + 1, limit)
    return None


ATTRIBUTIVE, PASSIVE_READ = "的", 4
PARTY_NOT_BEFORE = "民"  # 第三人|民医院: no party's title
PASSIVE_NOT_AFTER = "为对给向替帮助在把与和及从"  # 为|被骗群众, 帮助|被侵害妇女, 在|被约谈后: a noun or a time, no clause


def patient_start(view: str, q: Quantity, ctx: Context) -> int | None:
    """Where the body that suffers a passive clause of the number's sentence starts (…有限公司…，被处以罚款48万元), so that
    no reporter is looked for from there on, and only one whose clause frames a report before it (a body that is fined
    reports nothing); None when no clause of the number's is passive."""
    if all(view.find(m, ctx.start, q.start) < 0 for m in claim_words().passive_markers):
        return None  # most sentences have no marker at all
    last = ctx.clause_index(q.start)
    passive = next((k for k in range(last, max(-1, last - MAX_CLAUSES_BACK - 1), -1)
                    if _passive_at(view, _strip_lead(view, ctx.clauses[k][0], q.start, ctx), q.start, ctx)), None)
    if passive is None:
        own = next((o for o in ctx.orgs_between(ctx.clauses[last][0], q.start) if o.end <= q.start), None)
        return own.start if own is not None and _passive_within(view, own.end, q.start, ctx) is not None else None
    for cs, _ in reversed(ctx.clauses[max(0, passive - MAX_CLAUSES_BACK) : passive]):
        org = ctx.org_at.get(_strip_lead(view, cs, q.start, ctx))
        if org is not None and not _frames_a_report(view, org, ctx):
            return org.start
    return ctx.clauses[passive][0]


def _passive_agent(view: str, at: int, limit: int, ctx: Context) -> tuple[str, Org | None, Place | None]:
    """The body a passive names right after its marker (被|市场监管局|罚款), or none: a body that is fined, ordered or
    punished (…有限公司…，被处以罚款48万元) acts for none of it; who does is the text's or the paragraph's reporter."""
    w = claim_words()
    marker = next(m for m in w.passive_markers if view.startswith(m, at))
    agent = ctx.org_at.get(at + len(marker))
    if agent is not None and agent.type != "group" and agent.end < limit:
        agent = innermost(agent, ctx.org_at, view)
        return agent.name, agent, None
    return "", None, None


def _a_condition(view: str, start: int, end: int, w: ClaimWords) -> bool:
    """Whether the clause from ``start`` to ``end`` is framed 在…下 (在省委坚强领导和最高人民法院监督指导下)."""
    opening, closing = w.condition_frame
    return view.startswith(opening, start) and view[start:end].rstrip("，；、").endswith(closing)


def _disposes(view: str, start: int, limit: int, ctx: Context) -> bool:
    """Whether the clause opens, times aside, with a preposition that brings the verb's object before it (将|美国和欧盟的…,
    把|外贸目标…): one word, before a noun, a name, a pronoun or a time (jieba tags 将 an adverb throughout; it means "will"
    before a verb or a preposition: 将达到, 将于明年)."""
    pos = start
    while pos < limit and (t := ctx.time_at.get(pos)) is not None:
        pos = t.end
    w = claim_words()
    if not view.startswith(w.disposal_prepositions, pos):
        return False
    words = tagged(view[pos : min(limit, pos + DISPOSAL_SPAN)])
    return len(words) > 1 and words[0][0] in w.disposal_prepositions and words[1][1].startswith(OBJECT_TAGS)


DISPOSAL_SPAN = 8  # characters of a clause's opening tagged to read its first words as jieba reads them there
OBJECT_TAGS = ("n", "j", "r", "t")  # jieba's nouns and names, abbreviations, pronouns and times: what 将 brings forward


def opens_sentence(view: str, ctx: Context, named) -> bool:
    """Whether a body or place (``named``) opens the sentence alone, times and prepositions aside (该镇2023年实施项目86个;
    not the first of a list: 珍宝岛药业、乌苏里江制药等老牌企业…)."""
    if named is None or not ctx.clauses:
        return False
    cs, ce = ctx.clauses[0]
    return _strip_lead(view, cs, ce, ctx) == named.start and not view.startswith(LISTED_AFTER, named.end)


ABROAD_LEVELS = ("international", "foreign")  # bodies of the world or of a state abroad
PARTNER_PREPOSITIONS = ("对", "向")  # before a body that heads a clause as what is traded with or turned to
LISTED_AFTER = ("、", "和", "及", "与", "等")  # what follows the first of a list of bodies or places


def sentence_opener(view: str, ctx: Context) -> Org | None:
    """The body that opens the sentence alone, times and prepositions aside (2021年2月，四川省成都市锦江区医保局对…),
    past a clause framed 在…下, whose bodies lead or help but do not act (在省农业农村厅驻村第一书记的牵线下，…)."""
    for cs, ce in ctx.clauses:
        if _a_condition(view, cs, ce, claim_words()):
            continue
        head = _strip_lead(view, cs, ce, ctx)
        if head < ce:
            org = ctx.org_at.get(head)
            return org if org is not None and not view.startswith(LISTED_AFTER, org.end) else None
    return None


def later_opener(view: str, ctx: Context, opener: Org, before: int) -> Org:
    """The body of the opener's kind that opens the last clause between the sentence's opener and the clause at
    ``before`` alone, right at its start, if one does (国航复航…航线，南航开通…航线，航程约14100公里: 南航's route), else
    the opener. Not a body after a preposition or a verb (在深圳证券交易所上市, 结合中国移动…数据), nor one of another
    kind, which the opener's clause is about (…应急管理局在检查中发现，江西华瓷新材料有限公司…)."""
    first, last = ctx.clause_index(opener.start), ctx.clause_index(before)
    for cs, ce in reversed(ctx.clauses[first + 1 : last]):
        org = ctx.org_at.get(cs)
        if org is not None and org.type == opener.type and not view.startswith(LISTED_AFTER + COPULAS, org.end):
            return org  # not 中国铁建为联合体成员: what it is, no act of its own
    return opener


COPULAS = ("为", "是", "系", "作为")  # after a body that a clause describes rather than one that acts


def leaves_subject(view: str, q: Quantity, ctx: Context, acts_on: bool = True) -> bool:
    """Whether every clause of the sentence up to the number ``q`` opens without a subject of its own and names no body
    or place: the sentence goes on with the subject of the one before it. The first clause opens with a word that
    continues (其中…, 截至目前，同时…), a preposition or a time; one between it and the number's clause may open with a verb
    too (not the first: 来自乡下的古丽米拉…工作三年 opens with a verb whose clause qualifies its subject; not the number's:
    入驻企业达到200家). ``acts_on``: a first clause that says what was done may go on too (严厉打击…犯罪，审结此类案件683件),
    not in a government's own text, whose topics it opens so (县交通运输局完成…。实施农村饮水安全工程，建成…: 县政府's)."""
    w = claim_words()
    last = ctx.clause_index(q.start)
    acts = False  # the first clause says what was done, with no subject (严厉打击电信网络诈骗犯罪，|审结此类案件683件)
    for k, (cs, ce) in enumerate(ctx.clauses[: last + 1]):
        limit = min(ce, q.start)
        head = _strip_lead(view, cs, limit, ctx)
        if ctx.orgs_between(cs, limit) or ctx.places_between(cs, limit) or deixis_pattern().match(view, head) \
                or view.startswith(w.wider_scopes, head):
            return False  # 全市新开工项目120个, 全国新开工项目1万个: the whole unit or country, not the one that acted before
        acts = acts or acts_on and k == 0 < last and w.attributive not in view[head:limit] and _opens_with_an_act(view, head, limit)
        if not (w.subjectless.match(view, head) or head >= limit or _opens_with_preposition(view, head, limit)
                or 0 < k < last and _opens_with_verb(view, head, limit) or k == 0 and acts
                or 0 < k == last and acts and _opens_with_verb(view, head, limit, own=True)):
            return False  # (not 来自乡下的古丽米拉…: a verb's clause before 的 qualifies a subject of its own)
    return True


COUNT_AFTER = re.compile(r"\d[\d.]*[万亿]?(?![\d.年天日月周时季])")  # 甘肃58个…: a count; not 湖北3年, 云南3天内 (a time span)
PREPOSITION_TAG = "p"  # jieba's part of speech for a preposition (与, 向, 对, 为, 在, 比)
PREPOSITION_SPAN = 4  # characters jieba reads at a clause's head for its first word


VERB_TAG = "v"  # jieba's part of speech for a verb (not vn, a verb used as a noun: 投资增长, 审批时间)


def _opens_with_verb(view: str, head: int, limit: int, own: bool = False) -> bool:
    """Whether a clause opens with a verb of two characters or more (…，简化申报审批流程，降低创业担保贷款利率; 诉前调解成功
    1900余件, 深入中小学开展法治宣讲45场): it goes on with the subject an earlier clause names, as the words of
    ``subjectless_starts`` do. Not where a noun and then a verb that frames the number follow the verb (入驻企业达到200家,
    受益群众达5万人: the verb and the noun are the subject; asked of the number's ``own`` clause), nor a clause that
    states a figure before ``limit``."""
    words = tagged(view[head : min(limit, head + VERB_SPAN)])
    if not words or words[0][1] != VERB_TAG or len(words[0][0]) < 2 or DIGIT.search(view, head, limit):
        return False
    if not own:
        return True
    words = tagged(view[head:limit])
    nouns = [k for k, (_, flag) in enumerate(words) if flag.startswith("n")]
    w = claim_words()
    return not (nouns and any(_frames_number(word, w) for word, _ in words[nouns[0] + 1 :]))


def _opens_with_an_act(view: str, head: int, limit: int) -> bool:
    """Whether a sentence's first clause says what was done, with no subject: after adverbs of manner (扎实|推进, 持续|深化),
    a verb or a set phrase of doing (严厉打击, 依法惩治, 深入开展: jieba's idioms) of two characters or more, and no
    figure of its own."""
    words = list(tagged(view[head : min(limit, head + VERB_SPAN)]))
    while len(words) > 1 and words[0][1] in MANNER_TAGS:
        words.pop(0)
    return bool(words) and words[0][1] in ACT_TAGS and len(words[0][0]) >= 2 and not DIGIT.search(view, head, limit)


MANNER_TAGS = ("a", "ad", "d", "vd")  # jieba's adjectives and adverbs before a verb (扎实, 积极, 持续)
ACT_TAGS = ("v", "i", "l")  # a verb, an idiom or a set phrase (严厉打击, 齐抓共管)
DIGIT = re.compile(r"\d")
VERB_SPAN = 10  # characters of a clause's head tagged to read its first word as jieba reads it in the whole clause


def _opens_with_preposition(view: str, head: int, limit: int) -> bool:
    """Whether a clause opens with a preposition (…代表大兴区，与中国融通等14家企业进行了签约; 向困难群众发放…): its
    subject is the one an earlier clause names, as after the words of ``subjectless_starts``. jieba tags the 在 of 在营企业
    and 在岗职工 as one too: a preposition is followed by a word of two characters or more."""
    words = tagged(view[head : min(limit, head + PREPOSITION_SPAN)])
    return len(words) > 1 and words[0][1] == PREPOSITION_TAG and len(words[1][0]) > 1  # not 在|营企业, 在|岗职工


AGENT_VERB_SPAN = 4  # characters after a body in which jieba looks for the verb it does


def _acted_in(view: str, org: Org, end: int) -> bool:
    """Whether a verb follows a body that a locative preposition names (在|国际标准化组织|提出): the body is where
    something is done (现代汉语八百词 在: 表示动作发生的处所), by the clause's subject or an earlier clause's."""
    following = tagged(view[org.end : min(end, org.end + AGENT_VERB_SPAN)])
    return bool(following) and following[0][1].startswith("v")


def _agent(view: str, start: int, end: int, ctx: Context) -> Org | None:
    """The body a preposition of agency names in ``view[start:end]`` before a verb (柬埔寨由中国建筑承建的机场…;
    该项目由省交通集团投资建设), or None: whoever the clause is about, that body does it."""
    for marker in claim_words().agent_prepositions:
        at = view.find(marker, start, end)
        while at >= 0:
            org = ctx.org_at.get(at + len(marker))
            if org is not None and org.type != "group" and org.end < end:
                following = tagged(view[org.end : min(end, org.end + AGENT_VERB_SPAN)])
                if following and following[0][1].startswith("v"):
                    return org
            at = view.find(marker, at + len(marker), end)
    return None


def _past_time(at: int, end: int, ctx: Context) -> int:
    """Where the words after a place begin once a time right after it is passed over (臺灣|3月|出口金額…)."""
    t = ctx.time_at.get(at)
    return t.end if t is not None and t.end < end else at


def _qualifies(view: str, at: int, end: int) -> bool:
    """Whether the words from ``at`` (right after a place) to the number at ``end`` are a noun phrase the place
    qualifies and the words that frame the number (福建|生产总值达…, 上海港集装箱吞吐量…), rather than a predicate
    the place or its organ does (天津市|紧急启动…, 广东财政|安排资金…, 湖北|建设高标准农田…): jieba's first word is a
    noun, and no word after it is a verb (nominal ones too) other than the framing words of a number."""
    words = tagged(view[at:end])
    w = claim_words()
    if not words or not words[0][1].startswith(NOUN_PHRASE_TAGS) or w.measure_verbs.fullmatch(words[0][0]):
        return False
    return not any((flag.startswith("v") or w.measure_verbs.match(word)) and not _frames_number(word, w)
                   for word, flag in words[1:])  # 破获案件 is one word to jieba, opening with its verb


def _names_a_subject(view: str, at: int, end: int) -> bool:
    """Whether the words right after a place are a phrase of two nouns or more (邮轮|港|接待, 经济|气氛|回暖, 郊野|公园|
    成为): the place qualifies the clause's subject, a thing, where a single noun names its organ (广东|财政|安排资金,
    陕西|公安机关|破获案件: 破获案件 is one word to jieba, opening with its verb), or a noun and an organ's
    (江苏|农业农村|部门)."""
    words = tagged(view[at:end])
    w = claim_words()
    nouns = list(takewhile(lambda wf: wf[1].startswith(NOUN_PHRASE_TAGS) and not w.measure_verbs.match(wf[0]), words))
    return 1 < len(nouns) < len(words) and not any(word in w.organ_nouns for word, _ in nouns)  # 江苏|农业|农村|部门: its organ


def _frames_number(word: str, w) -> bool:
    return bool(w.trailing.fullmatch(word)) or word in w.change_verbs


NOUN_PHRASE_TAGS = ("n", "vn", "j")


def _heads(view: str, head: int, org: Org, ctx: Context) -> bool:
    """Whether ``org`` heads its clause: between the clause's head and it stand only other bodies and places of a
    list (省委、省政府…), times and words that open a clause without being its subject, by jieba's tags: times, numerals and
    ordinals, adverbs, conjunctions and pronouns (目前国家医保局…, 十四届全国人大常委会…, 同时省教育厅…, 我省教育厅…).
    A body after a verb or a preposition is what the clause acts on (提请省人大常委会审议…8部, 办理省人大代表建议…件,
    对国家医保局…), one inside a noun phrase qualifies its noun (新增境内外上市公司45家)."""
    pos, words, listed = head, [], -1
    while pos < org.start:
        found = ctx.org_at.get(pos) or ctx.place_at.get(pos) or ctx.time_at.get(pos)
        if found is not None and found.end <= org.start:
            pos = found.end
            listed = pos if pos not in ctx.time_at else listed
        elif claim_words().list_separator.match(view, pos) and pos == listed or view[pos] in LEAD_MARKS:
            pos += 1
        else:
            words.append(pos)
            pos += 1
    if pos != org.start:
        return False
    return all(tag.startswith(CLAUSE_OPENING_TAGS) for _, tag in _runs_tagged(view, words))


PROJECT_PHASE = re.compile(r"(?:[一二三四五六七八九十\d]期(?:工程|项目)?|[^，。；、]{0,4}院区)(?=[、等])")  # 医院|二期、…
PROJECTS_COUNTED = re.compile(r"等\d+[个项]")  # …等7个重点项目: the list the number counts
COUNTED_LIST = re.compile(r"(?:、[^，。；、等]{2,20})+等")  # …、宁波大学附属人民医院等|11家: a list the number counts
TIMES_UNITS = ("次", "轮", "遍", "回", "趟")  # how often the listed bodies acted, no count of them
BODY_COUNT = re.compile(r"[^，。；]{0,8}?(?:部门|部委|单位|机构)")  # …等10部门联合印发: the bodies that act together


@lru_cache(maxsize=1)
def _relative() -> re.Pattern:
    return re.compile(r"(?:%s)的" % alternation(claim_words().founding_verbs))


def _relative_head(view: str, org: Org, ctx: Context, limit: int) -> Org:
    """The body a relative clause that ``org`` opens qualifies, when one follows it before ``limit`` and the clause
    says the first founded, leads or holds the second (岫云村党支部领办的|岫云猕猴桃专业合作社，把…吸纳为社员: the
    cooperative acts); else ``org`` (市审计局审计的市卫生健康委员会，发现…: the auditor acts)."""
    m = _relative().match(view, org.end)
    after = ctx.org_at.get(m.end()) if m is not None and m.end() < limit else None
    return after if after is not None and after.type != "group" else org


CLAUSE_OPENING_TAGS = ("t", "f", "m", "d", "c", "r")  # time, locative (以来), numeral, adverb, conjunction, pronoun


def _runs_tagged(view: str, at: list[int]) -> list[tuple[str, str]]:
    """jieba's words and tags of the runs of consecutive positions ``at`` (the words between a clause's head and a body)."""
    out, i = [], 0
    while i < len(at):
        j = i
        while j + 1 < len(at) and at[j + 1] == at[j] + 1:
            j += 1
        out += tagged(view[at[i] : at[j] + 1])
        i = j + 1
    return out


def _named_again(view: str, head: int, ctx: Context, w) -> Org | None:
    """The body a clause names again by the word its name ends with (委员会下设…, 该局…): the last body before it in the
    sentence whose name ends with that word."""
    pointed = view.startswith(w.body_head_pointer, head)
    at, heads = (head + len(w.body_head_pointer), w.pointed_heads) if pointed else (head, w.body_heads)
    if not view.startswith(heads, at):  # most clauses: one test
        return None
    word = next(h for h in heads if view.startswith(h, at))
    if pointed and (view.startswith(w.not_pointers, at) or at + len(word) not in word_bounds(view, head, at + len(word))):
        return None  # 该行业, 该部分: the word runs on into another
    return next((o for o in reversed(ctx.orgs_between(ctx.start, head)) if o.type != "group" and o.end <= head
                 and (w.stands_for(word, o) if pointed else o.name.endswith(word))), None)


def _unnamed_government(view: str, head: int, limit: int) -> str:
    """The government that heads a clause by its common noun (政府去年向…), when the noun is the clause's subject."""
    w = claim_words()
    name = next(n for n in w.unnamed_governments if view.startswith(n, head))
    after = head + len(name)
    following = tagged(view[head : min(limit, after + 4)])
    if after >= limit or len(following) < 2 or following[0][0] != name:
        return ""
    word, tag = following[1]
    if word in w.unnamed_government_not_next:
        return ""
    return name if tag in w.unnamed_government_next_tags or word in w.unnamed_government_next_words else ""


LEAD_OPEN, LEAD_CLOSE, LEAD_COLONS, BETWEEN_LEADS = DUTY_OPEN, DUTY_CLOSE, "：:", "、，, 和及"
ITEM_ENDS = "。；;\n"  # where a list item ends, before the parenthesis that names its lead
NOT_LEADS = ("media", "group")  # bodies alone in a parenthesis after an item that lead none of it
LEAD_VERB_ENDS = "，,、；;）)"  # 牵头 ends its phrase: （省发展改革委牵头，…）; 牵头建设 names who builds a thing
FIELD_VALUE_MAX = 20  # characters of a 分工 item's field value (a leader's name, a deadline)


@dataclass(frozen=True)
class Lead:
    """A body a list item names as responsible for it, and the span of the item's text it covers."""

    start: int  # after the previous lead's parenthesis, or where the paragraph starts
    end: int  # where its own parenthesis opens
    closed: int  # where that parenthesis closes
    org: Org


def leads(view: str, start: int, end: int, orgs: list[Org]) -> list[Lead]:
    """The bodies the parentheses of ``view[start:end]`` name as responsible for the items before them (（牵头单位：农牧厅、
    林草局）, （省发展改革委牵头，…）, or after a numbered item's end the bodies alone: 。（市人社局、市财政局）), the first of each, each covering the text since the previous one. ``orgs`` are the
    bodies found in that span, in order. A body that leads the making of a thing (国家实验室（中国科学院牵头建设）) leads no
    item."""
    w = claim_words()
    out: list[Lead] = []
    # （市人社局、市财政局） after a numbered item: a plan's 分工 alone; after a news paragraph, its credit (（县委宣传部）)
    bare = ITEM_NUMBER.match(view, start) is not None and any(o.start > 0 and view[o.start - 1] in LEAD_OPEN for o in orgs)
    if not orgs or not bare and not any(view.find(v, start, end) >= 0 for v in w.lead_verbs + w.item_lead_verbs + w.lead_units):
        return out  # nearly every paragraph: no lead word, so no body to look around
    for i, o in enumerate(orgs):
        opened = max(view.rfind(c, start, o.start) for c in LEAD_OPEN)
        if opened < 0 or any(view.find(c, opened, o.start) >= 0 for c in LEAD_CLOSE) or (out and opened <= out[-1].closed):
            continue
        head = view[opened + 1 : o.start]
        named = head.rstrip(LEAD_COLONS) in w.lead_units and head[-1:] in LEAD_COLONS
        if not named and not head:
            pos = _listed_end(view, orgs, i)  # （A、B牵头，…）: the bodies run into the verb, which ends its phrase
            after_item = opened == start or view[max(start, opened - 4) : opened].rstrip(" \u3000")[-1:] in ITEM_ENDS  # 。 （…）
            verb = next((v for v in w.lead_verbs + (w.item_lead_verbs if after_item else ()) if view.startswith(v, pos)), "")
            after = pos + len(verb)
            named = bool(verb) and (after >= end or view[after] in LEAD_VERB_ENDS)
            # or the parenthesis after an item holds its bodies and nothing else: the plan's division of labour
            # (a medium's name there credits the text: 。（牟定县融媒体中心）)
            named = named or (bare and after_item and view[pos : pos + 1] in LEAD_CLOSE and o.type not in NOT_LEADS)
        if named:
            closed = min((k for k in (view.find(c, o.end, end) for c in LEAD_CLOSE) if k >= 0), default=end)
            out.append(Lead(out[-1].closed + 1 if out else start, opened, closed, o))
    return out


def line_leads(view: str, paragraphs: list, orgs_by_para: dict[int, list[Org]]) -> dict[int, Lead]:
    """The leads that 分工 lines name for the items above them (1.地区生产总值增长6%以上。|分管省领导：林克庆|部门分工：
    省发展改革委牵头，各地、各部门配合。), by the item's paragraph: a line under an item, past its other field lines, that
    opens with a lead-unit marker and a body (牵头单位：省财政厅), or with a 分工 label and bodies before a lead verb."""
    out: dict[int, Lead] = {}
    for k, p in enumerate(paragraphs):
        lead = _line_lead(view, p, orgs_by_para.get(p.para, []))
        if lead is None:
            continue
        item = k - 1
        while item >= 0 and _field_line(view, paragraphs[item]):
            item -= 1
        if item >= 0 and paragraphs[item].para not in out:
            above = paragraphs[item]
            out[above.para] = Lead(above.start, above.end, above.end, lead)
    return out


def _line_lead(view: str, p, orgs: list[Org]) -> Org | None:
    """The body a 分工 line names as its item's lead, or None when the paragraph is no such line."""
    w = claim_words()
    lo = p.start + len(view[p.start : p.end]) - len(view[p.start : p.end].lstrip())
    colon = min((i for i in (view.find(c, lo, lo + w.field_label_max + 1) for c in LEAD_COLONS) if i >= 0), default=-1)
    label = view[lo:colon] if colon > lo else ""
    if not label or not (label in w.lead_units or label in w.lead_line_labels):
        return None
    after = colon + 1
    first = next((o for o in orgs if o.start >= after), None)
    if first is None or view[after : first.start].strip():
        return None
    if label in w.lead_units:
        return first
    pos = _listed_end(view, orgs, orgs.index(first))  # 部门分工：A、B牵头: the bodies run into the verb
    verb = next((v for v in w.lead_verbs + w.item_lead_verbs if view.startswith(v, pos)), "")
    return first if verb and (pos + len(verb) >= p.end or view[pos + len(verb)] in LEAD_VERB_ENDS + "。") else None


def _field_line(view: str, p) -> bool:
    """A field line of a 分工 item: a short label, a colon and a short value that is no sentence (分管省领导：林克庆;
    完成时限：2021年底), not an item that opens with a label (目标任务：全年城镇新增就业5万人。)."""
    text = view[p.start : p.end].strip()
    colon = min((i for i in (text.find(c, 0, claim_words().field_label_max + 1) for c in LEAD_COLONS) if i >= 0), default=-1)
    value = text[colon + 1 :]
    return (colon >= 2 and all("\u4e00" <= ch <= "\u9fff" for ch in text[:colon]) and len(value) <= FIELD_VALUE_MAX
            and not any(mark in value for mark in ITEM_ENDS))


def _listed_end(view: str, orgs: list[Org], i: int) -> int:
    """Where the list of bodies that starts with ``orgs[i]`` ends (A、B、C牵头): each next one a separator away, and
    past 等 and how they share the work (A、B等按职责分工负责)."""
    pos = orgs[i].end
    while i + 1 < len(orgs) and view[pos : orgs[i + 1].start].strip(BETWEEN_LEADS) == "" and orgs[i + 1].start - pos <= 1:
        i, pos = i + 1, orgs[i + 1].end
    manners = claim_words().lead_manners
    while manner := next((m for m in manners if view.startswith(m, pos)), ""):
        pos += len(manner)
    return pos


def lead_for(found: list[Lead], at: int) -> Org | None:
    """The body that leads the item holding the position ``at``, if a lead parenthesis follows it."""
    return next((lead.org for lead in found if lead.start <= at < lead.end), None)


@dataclass(frozen=True)
class Publication:
    """A document the text tells a body published (联合国贸发会议发布《世界投资报告2018》): where the telling ends, and
    the section it is in."""

    end: int
    section: int
    org: Org
    title: str  # the title or the noun it was told by (《世界投资报告2018》, 数据)


def publications(view: str, orgs: list[Org], sections: list[int]) -> list[Publication]:
    """Every body that heads a clause publishing a document (国家统计局28日发布《…公报》, 世界银行发布报告), in order:
    the body, then a verb of publishing (``publishing_verbs``; not 发布会) with nothing between that ends a clause, then,
    in the same clause, a title in 《》 or “” or a document's or data's noun."""
    w = claim_words()
    out = []
    for o in orgs:
        m = w.publishing.match(view, o.end)
        if m is not None:
            out.append(Publication(m.end(), bisect_left(sections, m.end() + 1), o, m.group("title")))
    return out


def own_account(view: str, q: Quantity, ctx: Context) -> bool:
    """Whether the number's sentence is the reporter's own account from a place (记者在北京多家商场看到，…) or cites
    people as its source (据业内人士估算，…): not the figures of the body the text reports for."""
    cs, ce = ctx.clauses[0]
    head = _strip_lead(view, cs, min(ce, q.start), ctx)
    clause = view[head : min(ce, q.start)]
    if clause.startswith(ON_THE_SPOT) and any(v in clause for v in SEEING) and not any(v in clause for v in LEARNING):
        return True  # 记者在北京多家商场看到; not 记者在采访中了解到 (the body's figures, as told to the reporter)
    return clause.startswith(SOURCE_MARK) and any(p in clause[:PEOPLE_SOURCE_REACH] for p in PEOPLE_SOURCES)


ON_THE_SPOT = ("记者在", "记者走进", "记者来到")  # the reporter at a place
SEEING = ("看到", "见到", "走访", "注意到", "发现", "观察到")  # seeing for themselves
LEARNING = ("获悉", "了解到", "得知", "听到")  # told by someone
LEARNED_FROM = "从"  # 记者从南宁海关获悉: the body told
SHOWING = "显示"  # 南宁海关数据显示
PEOPLE_SOURCES = ("人士", "专家", "分析师")  # 据业内人士估算, 据专家测算: people, not the body (据了解, 据统计 are the body's)
PEOPLE_SOURCE_REACH = 8  # characters after 据, within its clause, where such a source is named


def cites_a_source(view: str, q: Quantity, ctx: Context) -> bool:
    """Whether the number's sentence cites a document or data, its own or a named one's, at the head of its first
    clause or the number's own (报告指出，…; 行业数据显示，…; 海关统计显示，…)."""
    return _cites(view, q, ctx, claim_words().sourced) is not None


def _cites(view: str, q: Quantity, ctx: Context, pattern: re.Pattern) -> re.Match | None:
    heads = {_strip_lead(view, cs, min(ce, q.start), ctx) for cs, ce in (ctx.clauses[0], ctx.clauses[ctx.clause_index(q.start)])}
    return next((m for head in sorted(heads) if (m := pattern.match(view, head))), None)


def cited(view: str, ctx: Context, q: Quantity, found: list[Publication], sections: list[int]) -> Org | None:
    """The body whose published document the number's sentence cites at the head of its first clause or the number's
    own (报告指出，…; 该公报显示，…): the last one published before the sentence, in its section and within
    ``publication_reach`` characters; None when the clause cites none."""
    w = claim_words()
    cites = _cites(view, q, ctx, w.citing) if found else None
    if cites is None:
        return None
    kind = cites.group("kind") if cites.group("kind") in w.published_kinds else ""  # 公报显示: a 公报; 数据显示: any
    section = bisect_left(sections, ctx.start + 1)
    before = [p for p in found if p.end <= ctx.start and p.section == section and ctx.start - p.end <= w.publication_reach
              and kind in p.title]
    return before[-1].org if before else None


CLAUSE_COMMAS = ("，", ",")
OWN_UNIT_WORDS = ("我", "本")  # 我市, 我省, 本区: the unit whose medium or government writes the text


def issued_documents(view: str, orgs: list[Org]) -> list[Publication]:
    """Every policy document the text tells a body issued (民政部、财政部、中国残联联合印发《关于…的通知》): each body of the
    clause that issues it, in order; a medium only where no other body stands between it and the title (新华社北京…电
    财政部近日下发《…》: the agency carries the news)."""
    w = claim_words()
    out = []
    for o in orgs:
        m = w.issuing.match(view, o.end)
        if m is not None and not (o.type == MEDIUM and any(o.end <= x.start < m.start("title") for x in orgs)):
            out.append(Publication(m.end(), 0, o, m.group("title")))  # (not 新华社北京…电　财政部近日下发《…》: the body
    return out  # after the agency's dateline issues it; 人民日报社发布《…报告》 publishes its own)


def cited_by_title(view: str, ctx: Context, q: Quantity, issued: list[Publication]) -> Org | None:
    """The first of the bodies that issued the document a clause cites by its title or short title at its head (根据《通知》，
    …100元; 《通知》明确，…): a policy's figures are its issuers' (民政部、财政部、中国残联联合印发《关于…的通知》). None
    where the clause cites none, or what it goes on with opens with the text's own unit (根据《方案》，我市…改造386个: its
    own work), or no document the text told of holds that title."""
    cites = _cites(view, q, ctx, claim_words().title_citing) if issued else None
    title = (cites.group("after") or cites.group("titled")) if cites is not None else ""
    if not title:
        return None
    after = _strip_lead(view, cites.end() + view.startswith(CLAUSE_COMMAS, cites.end()), ctx.end, ctx)
    if view.startswith(OWN_UNIT_WORDS, after):
        return None  # 根据《方案》，我市…: the text's own unit acts on it (not 全市…, 北京、上海等15个城市: what it lays down)
    named = [p for p in issued if p.end <= ctx.start and title in p.title]
    if not named:
        return None
    last = named[-1]
    return min((p for p in named if p.end == last.end), key=lambda p: p.org.start).org  # 民政部、财政部…: the first


@lru_cache(maxsize=1)
def breakdown() -> re.Pattern:
    """A figure's breakdown by one of its dimensions (按常住地分，…; 分产业看：…; 从贸易主体看，…), or 其中."""
    dims = alternation(claim_words().breakdown_dimensions)
    return re.compile(r"(?:按|分|从)[^，。；：:]{0,%d}?(?:%s)(?:分|看|来看)[，,：:]|其中[，,]?" % (DIMENSION_QUALIFIER, dims))


DIMENSION_QUALIFIER = 4  # characters before a dimension's word (贸易|主体, 经济|类型, 登记注册|类型)


@lru_cache(maxsize=1)
def place_breakdown() -> re.Pattern:
    """A breakdown of the figures before it by place (分地区看，…; 分县市区看，…; 从地域分布看，…)."""
    dims = alternation(claim_words().place_dimensions)
    return re.compile(r"(?:按|分|从)(?:%s)(?:分布)?(?:分|看|来看)[，,：:]" % dims)


def continues(text: str) -> bool:
    """Whether a paragraph opens as a continuation of reported figures (据介绍，…), or as a breakdown of them by a
    dimension (分产业看，…; 从贸易主体看，…, 从市场看，… after 据海关统计，…: the statistics' parts are the same source's;
    not 从利用外资看，… nor 从全年来看，…, which open another matter or view)."""
    return text.startswith(claim_words().continuation) or bool(breakdown().match(text))


def trailing_source(view: str, q: Quantity, ctx: Context) -> Org | None:
    """The body a sentence names after its figures as the one that published them (…同比增长5.7%——交通运输部发布的最新
    数据，彰显…; …——这是国家统计局日前发布的数据), or None."""
    w = claim_words()
    for mark in w.trailing_source_marks:
        at = view.find(mark, q.end, ctx.end)
        org = ctx.org_at.get(at + len(mark)) if at >= 0 else None
        published = w.publishing.match(view, org.end, ctx.end) if org is not None else None
        if published is not None and published.group("title").endswith(w.source_nouns) \
                and view[published.end() : published.end() + 1] in TRAILING_SOURCE_ENDS:
            return org  # the data end their clause: not ——国家统计局发布的数据显示，…, which opens new figures
    return None


TRAILING_SOURCE_ENDS = ("，", "。", "；", ",", ";", "")


def cited_source(view: str, org: Org) -> bool:
    """Whether a preposition of source names the body (据中国仓储与配送协会测算): a source cited, not a speaker."""
    return view[org.start - 1 : org.start] == SOURCE_MARK


def cited_or_shown(view: str, org: Org) -> bool:
    """Whether the body is named as a source by 据 (据中国仓储与配送协会测算) or by its data showing the figures (国家铁路局
    发布的数据显示): a source the text cites, whose figures it gives, not a body that speaks or acts."""
    return cited_source(view, org) or _data_shown(view, past_definition(view, org.end))


def named_as_source(view: str, org: Org, ctx: Context) -> bool:
    """Whether the sentence names the body as where its figures come from: cited (据南宁海关统计), what the reporter
    learned from it (记者从南宁海关获悉), or its data showing them (南宁海关数据显示); not a body that only speaks or acts."""
    if cited_source(view, org):
        return True
    clause_end = ctx.clause(org.start)[1]
    if view[org.start - 1 : org.start] == LEARNED_FROM and any(verb in view[org.end : clause_end] for verb in LEARNING):
        return True
    return _data_shown(view, past_definition(view, org.end))  # (中国民用航空局（以下简称“民航局”）数据显示，…)


def _data_shown(view: str, at: int) -> bool:
    """Whether a body's data showing something follow ``at``, the end of its name (南宁海关数据显示, 国家统计局的统计显示,
    国家铁路局发布的数据显示)."""
    published = next((v for v in claim_words().publishing_verbs if view.startswith(v + "的", at)), "")
    at += len(published)
    after = at + (view[at : at + 1] == "的")
    noun = next((n for n in claim_words().source_nouns if view.startswith(n, after)), "")
    return bool(noun) and view.startswith(SHOWING, after + len(noun))


def reports(view: str, org: Org | None, ctx: Context) -> bool:
    """Whether the acting organization frames the sentence as a report (人社部…介绍，…, …主任沈欣说，…, 据…抽样调查，…)."""
    return org is not None and (_reporting_verb_between(view, org.end, ctx.end) or _forecasts(view, org)
                                or _official_speech(view, org, ctx.end) >= 0
                                or cited_source(view, org) and view.startswith(claim_words().statistics_verbs, org.end)
                                or org.mention == MEETING_POINTER and view.startswith(claim_words().meeting_verbs, org.end))
    # (会议决定，…: the meeting's decisions, which its paragraph goes on to give, read as the holding body's: pointers.py)


def _forecasts(view: str, org: Org) -> bool:
    """Whether the body's clause is only the body, or one of its people, forecasting (柬埔寨民航局预计，…; 渣打银行东北亚区
    经济学家符铭财估计，…): its figures are its report."""
    gap = view[org.end : org.end + SPEAKER_GAP + FORECAST_VERB_MAX]
    for verb in claim_words().forecast_verbs:
        at = gap.find(verb)
        if 0 <= at <= SPEAKER_GAP and not any(c in "，。；：“" for c in gap[:at]) \
                and gap[at + len(verb) : at + len(verb) + 1] in ("，", ",", "：", ":"):
            return True
    return False


FORECAST_VERB_MAX = 3  # characters of the longest forecast verb, and the comma after it


def _reporting_verb_between(view: str, start: int, end: int) -> bool:
    """Whether a reporting verb lies wholly within ``view[start:end]``."""
    return _reporting_verb_end(view, start, end) is not None


def _reporting_verb_end(view: str, start: int, end: int) -> int | None:
    """Where the first reporting verb to end within ``view[start:end]`` ends, or None."""
    starts, earliest_end = _reporting_verbs(view)
    k = bisect_left(starts, start)
    return earliest_end[k] if k < len(starts) and earliest_end[k] <= end else None


@lru_cache(maxsize=2)
def _reporting_verbs(view: str) -> tuple[list[int], list[int]]:
    """Where a text's reporting verbs start, and from each of those starts on, the earliest end of one. The body
    a text's lead names is asked about every later sentence, so a scan from it to each claim read the whole
    text again and again; with this index a stretch is asked about by one bisection."""
    ends: dict[int, int] = {}
    w = claim_words()
    for verb in w.reporting_verbs:
        naming = [(word, word.index(verb)) for word in w.naming_words if verb in word]  # 称 of 简称 names
        framing = verb in w.framing_only
        at = view.find(verb)
        while at >= 0:
            if not any(view.startswith(word, at - k) for word, k in naming) \
                    and (not framing or view[at + len(verb) : at + len(verb) + 1] in FRAME_CLOSES
                         or view.startswith(w.framing_followers, at + len(verb))):
                ends[at] = min(ends.get(at, at + len(verb)), at + len(verb))
            at = view.find(verb, at + 1)
    starts = sorted(ends)
    earliest_end = [ends[s] for s in starts]
    for k in range(len(earliest_end) - 2, -1, -1):
        earliest_end[k] = min(earliest_end[k], earliest_end[k + 1])
    return starts, earliest_end


REPORT_STOPS = "。！？\n"
FRAME_CLOSES = "，,：:"  # what closes the clause a framing-only verb reports by (经省环境监测站监测，)


def reporting_body(view: str, orgs: list[Org], start: int, end: int, told: int | None = None) -> Org | None:
    """The first body that reports in ``view[start:end]`` (a lead: 人社部举行新闻发布会, 国家统计局发布…, 市教育局召开
    全市教育工作会议); from ``told``
    on (the lead's body paragraphs, not its title), also one whose head delivers its report (县长…作《政府工作报告》)."""
    w = claim_words()
    found = [o for o in orgs if o.type not in ("group", MEDIUM) and start <= o.start < end and not listed_there().match(view, o.end)
             and not approves(view, o) and not issues_the_basis(view, o) and not w.session_numbers.match(view, o.end)]
    candidates = [o for o in found if not o.name.endswith(w.press_hosts)] + [o for o in found if o.name.endswith(w.press_hosts)]
    # a sentence's or a line's end: 河北省人民政府网站|2014年12月18日|17日从市人社局获悉 (a publisher's line reports nothing)
    stops = {o.start: min((i for i in (view.find(c, o.end, end) for c in REPORT_STOPS) if i >= 0), default=end) for o in candidates}
    # a body that reports or whose official speaks outranks the one that only holds the event (国务院新闻办公室), and the
    # body a reporter learned the figures from outranks one that only announced something before it, with no figure
    # (国家自然科学基金委员会公布…评审结果。记者从陕西省科学技术厅获悉，…; not 国家统计局发布数据显示，…上涨0.6%)
    reporting = next((o for o in candidates if _reports_before(view, o, stops[o.start])), None)
    learned = next((o for o in candidates if not o.name.endswith(w.press_hosts) and _learned_from(view, o, stops[o.start])), None)
    if learned is not None and (reporting is None or reporting.start > learned.start
                                or not _states_figures(view, reporting, stops[reporting.start])):
        reporting = learned
    if reporting is not None and _reports_wider(view, reporting, stops[reporting.start]):
        reporting = next((o for o in candidates if o.start < reporting.start and o.level not in CENTRAL_LEVELS
                          and not o.name.endswith(w.press_hosts) and _holds_or_reports(view, o, stops[o.start])), reporting)
    told = end if told is None else told
    found = reporting or next((o for o in candidates if _holds_event(view, o, stops[o.start])
                               or o.start >= told and _delivers_report(view, o, stops[o.start], found)), None)
    return innermost(first_listed(view, found, orgs), {o.start: o for o in reversed(orgs) if o.type != "group"}, view) \
        if found is not None else None


def _reports_wider(view: str, org: Org, end: int) -> bool:
    """Whether a central body's data, cited, show the figures of a scope wider than a province before ``end`` (水利部日前
    发布的数据显示，1—7月全国完成水利建设投资6400多亿元): a local text, whose own body the lead named first (省水利厅召开…
    会议。会议通报，…) and which reports the rest, citing the country's figures; not a ministry's own briefing (农业农村部
    举行新闻发布会，介绍全国春耕生产进展)."""
    if org.level not in CENTRAL_LEVELS:
        return False
    cited = view.find(SHOWING, org.end, end)
    return cited >= 0 and any(view.find(scope, cited, end) >= 0 for scope in claim_words().wider_scopes)


def _holds_or_reports(view: str, org: Org, end: int) -> bool:
    """Whether the body reports before ``end``, or holds the event or the meeting that does."""
    return _reports_before(view, org, end) or _holds_event(view, org, end)


def _holds_event(view: str, org: Org, end: int) -> bool:
    """Whether the body holds, before ``end``, an event at which it reports (新闻发布会) or a meeting of its own."""
    w = claim_words()
    return w.report_events.search(view, org.end, end) is not None or w.held_meetings.match(view, org.end, end) is not None


def issues_the_basis(view: str, org: Org) -> bool:
    """Whether the body only issued a document a clause cites as the basis of what follows (根据|国务院|《住房公积金管理
    条例》和住房城乡建设部、财政部《…通知》规定，现将…年度报告公布如下): the titles follow it in its clause and a citing
    preposition stands before it there (根据, 现根据); not the body that reports."""
    lo, hi = _clause_around(view, org)
    cited = any(0 <= view.find(p, lo, org.start) for p in claim_words().title_citing_prepositions)  # (现根据…)
    return cited and 0 <= view.find(TITLE_OPEN, org.end, hi)


def _clause_around(view: str, org: Org) -> tuple[int, int]:
    """Where the clause that holds the body starts and ends (between commas, stops, semicolons, colons or lines)."""
    lo = max(view.rfind(c, 0, org.start) for c in APPROVAL_CLAUSE_MARKS) + 1
    hi = min((i for i in (view.find(c, org.end) for c in APPROVAL_CLAUSE_MARKS) if i >= 0), default=len(view))
    return lo, hi


TITLE_OPEN = "《"


def approves(view: str, org: Org) -> bool:
    """Whether the body approves what another then does: it stands between 经 and a verb of approval that closes the
    clause (经|安徽省人民政府|批复同意，安徽省应急管理厅公布了…; 经省委、|省政府|研究同意，…), not the body that reports."""
    w = claim_words()
    lo, hi = _clause_around(view, org)
    return view.rfind(w.approving_mark, lo, org.start) >= 0 and w.approving.search(view, org.end, hi) is not None


APPROVAL_CLAUSE_MARKS = "，,。；;：:\n"


def learned_from(view: str, orgs: list[Org], start: int, end: int) -> Org | None:
    """The first body in ``view[start:end]`` that a reporter learns the figures from (第一财经记者从安徽省财政厅获悉，…),
    or None."""
    for o in orgs:
        if start <= o.start < end and o.type not in ("group", MEDIUM):
            stop = min((i for i in (view.find(c, o.end, end) for c in REPORT_STOPS) if i >= 0), default=end)
            if _learned_from(view, o, stop):
                return innermost(o, {b.start: b for b in reversed(orgs) if b.type != "group"}, view)
    return None


def _states_figures(view: str, org: Org, end: int) -> bool:
    """Whether a claim's figure follows the body before ``end`` (…发布数据显示，…上涨0.6%), not only what it announced
    (…公布2023年度…评审结果)."""
    from .quantities import find  # the figures' grammar, read only for a lead with two reporting bodies

    return any(q.claim for q in find(view, org.end, end, None))


def _learned_from(view: str, org: Org, end: int) -> bool:
    """Whether the reporter learns from the body what follows, before ``end`` (记者从南宁海关获悉，…)."""
    return view[org.start - 1 : org.start] == LEARNED_FROM and any(verb in view[org.end : end] for verb in LEARNING)


REPORTED_TO = ("在", "于", "向")  # before the meeting or congress where, or to which, a report is delivered


def _delivers_report(view: str, org: Org, end: int, orgs: list[Org]) -> bool:
    """Whether ``org``'s head delivers a report after it, before ``end`` (县长…作《政府工作报告》; 市长…代表市人民政府在市人大
    会议上作…, 向…人民代表大会…作…): no verb of hearing one between (人大…听取并审议了湖南省高级人民法院院长…所作的工作报告: the
    court's), and no other body but the meeting where or to which it is delivered: 人大…批准了长沙市人民政府工作报告 is the
    government's."""
    w = claim_words()
    m = w.report_documents.search(view, org.end, end)
    return m is not None and not _commissions(view, org) and not any(v in view[org.end : m.start()] for v in w.hearing_verbs) \
        and not any(org.end <= o.start < m.start() and not _reported_to(view, o) and not _commissions(view, o) for o in orgs)


def _reported_to(view: str, org: Org) -> bool:
    """Whether a body is the meeting or congress where, or to which, a report is delivered: 在, 于 or 向 before it, past
    the session its name may open with (向|十四届|全国人大常委会第十次会议)."""
    session = SESSION.search(view, max(0, org.start - SESSION_READ), org.start)
    at = session.start() if session is not None else org.start
    return view[at - 1 : at] in REPORTED_TO


SESSION = re.compile(r"第?[一二三四五六七八九十]+届$")  # 十四届, 第十四届: a congress's term before its name
SESSION_READ = 5  # characters before a body read for its term


def _commissions(view: str, org: Org) -> bool:
    """Whether a body is named as the one on whose behalf another's head delivers a report (审计厅厅长…受|省政府|委托所作的
    审计工作报告; 审计署审计长受国务院委托…): the principal, not the body that reports the figures."""
    return view.endswith(COMMISSIONED[0], 0, org.start) and view.startswith(COMMISSIONED[1:], org.end)


COMMISSIONED = ("受", "委托", "的委托")  # 受…(的)委托: on the commission of (现代汉语词典: 委托)


def _aside_start(view: str, start: int) -> int:
    """Where an aside in brackets opens that closes right before the join before ``start`` (中国旅游研究院|（文化和旅游部
    数据中心）、中国联通…), else -1."""
    if start < 3 or view[start - 2] not in ASIDE_CLOSES:
        return -1
    return max(view.rfind(c, 0, start - 2) for c in ASIDE_OPENS)


def first_listed(view: str, org: Org, orgs: list[Org]) -> Org:
    """The first body of the list ``org`` closes, which report together (数据宝、同花顺联合发布…: 数据宝, a medium's
    data column, as well); not a press office listed first, which only holds the briefing; and the body that brings
    the list into its work, before it (省文化和旅游厅会同中国移动江西公司、中国银联江西分公司综合测算: the department)."""
    by_end = {o.end: o for o in orgs if o.type != "group"}
    w = claim_words()  # 省政府新闻办、省人力资源和社会保障厅联合召开新闻发布会: the office holds it
    while ((before := by_end.get(org.start - 1) or by_end.get(_aside_start(view, org.start))) is not None
           and listed_together(view, before.end, org.start) and not before.name.endswith(w.press_hosts)):
        org = before
    word = next((c for c in w.co_acting if view.endswith(c, 0, org.start)), "")
    leader = by_end.get(org.start - len(word)) if word else None
    return first_listed(view, leader, orgs) if leader is not None and not leader.name.endswith(w.press_hosts) else org



def change_and_comparison(view: str, q: Quantity, ctx: Context) -> tuple[str, str]:
    """The direction word of a change (增长) and the baseline it is measured against (比上年)."""
    w = claim_words()
    back = view[ctx.clause(q.start)[0] : q.start]
    bare = back.rstrip(w.aspect_particles)
    change = ending(bare, w.change_verbs)
    found = w.comparison.findall(back)
    return change, (found[-1] if found else "")


def where(p: Place, countries: frozenset[str] = frozenset()) -> str:
    """The unit a place puts a figure in: its province, or its country abroad in a text about that country
    (``countries``, ``places.home_abroad``: 柬埔寨's airport in a report from 柬埔寨); "" for a place abroad in any
    other text (古埃及文明大展 in a museum at home)."""
    return p.province or (p.country if p.country in countries else "")


def measured_abroad(q: Quantity, ctx: Context, subject: str) -> str:
    """The country abroad whose own measure the number is: a place abroad before it in the sentence that the subject
    opens with, alone (德国(3.6%)) or before a measure of a place or a rate (德国失业率, 美国GDP); "" otherwise. Its
    figures are its own in any text, while a place abroad that only qualifies a thing (美国游客, 古埃及文明大展) places
    none in a text about China."""
    w = claim_words()
    for p in _places_abroad(ctx):
        if p.start >= q.start or not subject.startswith(p.mention):
            continue
        rest = subject[len(p.mention) :]
        rest = rest[len(next((f for f in STATE_FORMS if rest.startswith(f)), "")) :]
        said_when = ctx.time_at.get(p.end)  # 日本|今明两年|经济增速, 加拿大|目前|通胀率: a time stands between
        if said_when is not None:
            rest = rest.removeprefix(ctx.view[said_when.start : said_when.end])
        elif rest:
            first = tagged(rest[:TIME_WORD_MAX])[0]
            rest = rest[len(first[0]) :] if first[1] == TIME_TAG and len(first[0]) < len(rest) else rest
        if not rest or ending(rest, w.place_measures) == rest or rest.endswith(RATE) and len(rest) <= RATE_WORD \
                or tagged(rest)[0][0] in w.economy_words:  # 日本经济|增速, not 日本经济学家预计
            return p.country
    return ""


TIME_TAG, TIME_WORD_MAX = "t", 4  # jieba's tag of a time word (目前, 当前), and the characters read for one
STATE_FORMS = ("共和国", "合众国", "王国", "联邦", "公国")  # 捷克|共和国: the state's full name goes on after its short one
RATE = "率"  # 失业率, 通胀率, 增长率: a rate of the place it follows (not 订单增长率: of a thing there)
RATE_WORD = 3  # characters of such a rate


def place_for(q: Quantity, ctx: Context, acting_org: Org | None, acting_place: Place | None, seg: tuple[int, int],
              countries: frozenset[str] = frozenset()) -> str | None:
    """Province of the number (or country abroad, see ``where``): the acting place's, else the nearest place in its
    own segment; for a central body or a state abroad's acting there, "" (national in scope, or no province's) or the
    state's country when the text is about it; None to let the caller look wider."""
    respective = _respective_place(q, ctx)
    if respective is not None:  # 韩国、日本…对华投资分别增长79.6%、6.4%…: each value is its own place's, abroad too
        return respective.province or respective.country
    if acting_place is not None:
        return where(acting_place, countries)
    if acting_org is not None and acting_org.type == FOREIGN_TYPE and acting_org.region:
        return acting_org.region  # 加拿大央行宣布加息50个基点: a state's own body acts for it, in any text
    abroad = _located_abroad(q, ctx)
    if abroad:  # 在泰国罗勇府建设…, 在匈牙利德布勒森投资1.6亿欧元: what happens abroad is placed there
        return abroad
    located = _located(q, ctx, seg, countries)
    if located is not None:
        return where(located, countries)
    markers = claim_words().list_markers
    listed = lambda p: ctx.view.startswith(markers, p.end) or _joined_to_the_last_item(ctx, p) or names_a_model(ctx.view, p) \
        or _source_of(ctx.view, p) and p.start not in ctx.org_at \
        or _seat_abroad(p, ctx, countries) or _standard_of_comparison(ctx, p, seg, q) \
        or _seat_of_partner(p, ctx, acting_org)  # noqa: E731
    # 杭州、上海等地游客: where visitors come from; 从山东省潍坊市…购进冻品18.6吨: where goods come from (not 记者从
    # 赣州市统计局获悉, where the place opens the body's name); “枫桥经验”: a model the text holds up
    for p in reversed(ctx.places_between(seg[0], q.start)[-NEARBY:]):
        if p.end <= q.start and not listed(p) and where(p, countries) and not _a_companion(ctx, p, seg):
            return where(p, countries)  # (a place abroad places no province's figure)
    after = [p for p in ctx.places_between(q.start, seg[1])[:NEARBY] if not listed(p) and where(p, countries)
             and not ctx.view.endswith(COMPANION_PREPOSITIONS, seg[0], p.start)]  # (…，治警局与|珠海边检总站保持通报: a partner)
    if len({where(p, countries) for p in ctx.places_between(q.start, seg[1])[:NEARBY]}) > 1:  # a list of several provinces'
        after = [p for p in after if not _a_later_item(p, ctx)]  # places names no place of the number (…占比达46.5%，
        # 客源地前五位依次为河南、陕西、…、湖北和山东); one province's may (…增长16.4%，马鞍山、宿州获批…)
    if after:
        return where(after[0], countries)
    if campus(acting_org):  # 武汉理工大学共有毕业生13603人: its campus's; 清华大学在全国录取…: the country's
        cs = ctx.clause(q.start)[0]
        said = ctx.view[max(cs, acting_org.end) if acting_org.start < q.start else cs : q.start]  # not its own name
        return "" if any(w in said for w in claim_words().wider_scopes) else campus(acting_org)
    if national(acting_org):
        own = next((c for c in countries if acting_org.name.startswith(c)), "")  # 柬埔寨民航局 in a text about 柬埔寨
        if own or not countries or acting_org.type not in COMPANY_TYPES:
            return own
    return None  # (中国交通建设集团有限公司 building in the country a text is about: that country's figures, as the text's)


def names_a_model(view: str, place: Place) -> bool:
    """Whether the place's name makes a named model or spirit (新时代“枫桥经验”, 延安精神; claims.yml ``model_words``): the
    model a text holds up, not where its figures are; the word a word of its own (not 湖北省|精神文明建设, 精神卫生)."""
    word = next((m for m in claim_words().model_words if view.startswith(m, place.end)), "")
    return bool(word) and place.end + len(word) in word_bounds(view, place.end, place.end + len(word))


def _standard_of_comparison(ctx: Context, place: Place, seg: tuple[int, int], q: Quantity) -> bool:
    """Whether a place is what a figure is compared with, right after 比 or 较 as a word of its own, through a
    preposition of route at most (增速比|广东|高2.1个百分点, 入海比|经|广州|出海缩短航程约560公里), listed after such a place
    (比广西、|贵州分别高), or between 与 and 持平 or 相比 (与|重庆|持平): the standard, not where the figure is; but the
    standard's own value, right after it, is its (比广东的|4.4%高, 较江苏（|5.9%）)."""
    view = ctx.view
    between = view[place.end : q.start]
    if place.end <= q.start and len(between) <= STANDARD_VALUE_GAP and not any(mark in between for mark in CLAUSE_MARKS) \
            and not COMPARISON_RESULTS.search(between):
        return False  # its own value, with no result of the comparison before it (比江苏5.8%的增速, 较吉林增速（-1.2%）)
    lo = max(seg[0], place.start - COMPARISON_WINDOW)
    if not any(ch in COMPARISON_CHARACTERS for ch in view[lo : place.start]):
        return False  # no marker of a comparison or a list before the place (most places): no segmentation spent
    words = tagged(view[lo : place.start])
    if any(word[:1] in COMPARISON_MARKERS and word[1:] in ROUTE_PREPOSITIONS for word, _ in words[-COMPARISON_WORDS:]):
        return True
    if words and words[-1][0] in EQUALLING_PREPOSITIONS and view.startswith(EQUALLED, place.end):
        return True  # 与|重庆|持平
    listed = next((p for p in ctx.places_between(lo, place.start) if p.end == place.start - 1), None)
    return listed is not None and view[listed.end] in LIST_LINKS_OF_STANDARDS and _standard_of_comparison(ctx, listed, seg, q)


EQUALLING_PREPOSITIONS = ("与", "同", "跟", "和")  # 现代汉语八百词: 与…相比, 跟…一样
EQUALLED = ("持平", "相比", "相当", "一样", "相同")
LIST_LINKS_OF_STANDARDS = "、和及与"


STANDARD_VALUE_GAP = 6  # characters between the standard of a comparison and its own value (同期的, 增速（)
CLAUSE_MARKS = "，。；：、,;:"
COMPARISON_RESULTS = re.compile("高|低|多|少|快|慢|增加|增长|减少|下降|提高|降低|上升|缩短|扩大|缩小|节约|节省")
COMPARISON_MARKERS = "比较"  # 现代汉语八百词: 比 and 较 introduce the standard of a comparison
ROUTE_PREPOSITIONS = ("", "经", "经由")  # between the marker and the place, or in one word with it as jieba reads 比经
COMPARISON_WINDOW = 6  # characters read before the place, so that jieba reads the words there as in the sentence
COMPARISON_WORDS = 2  # words read back from the place: the marker, and a preposition between
COMPARISON_CHARACTERS = frozenset(COMPARISON_MARKERS + "".join(EQUALLING_PREPOSITIONS) + LIST_LINKS_OF_STANDARDS)


def after_a_comparison_marker(view: str, place: Place) -> bool:
    """Whether a place stands right after 比 or 较 (比黑龙江高3.3个百分点): a standard, read without segmenting."""
    return place.start > 0 and view[place.start - 1] in COMPARISON_MARKERS


def _joined_to_the_last_item(ctx: Context, place: Place) -> bool:
    """Whether a place is joined by 和 or 及 to a list's last item of its own level, which 等 follows (惠州、江门|及|中山等地):
    an item of that list, as the others are; not a province before its own cities (湖北省及武汉等市), nor a place with
    another (广州与北京等城市)."""
    if ctx.view[place.end : place.end + 1] not in JOINERS:
        return False
    after = next(iter(ctx.places_between(place.end + 1, place.end + 2)), None)
    return after is not None and after.start == place.end + 1 and after.level == place.level \
        and ctx.view.startswith(LIST_END, after.end)


JOINERS = ("和", "及")
LIST_END = "等"  # after a list's last item


def _a_companion(ctx: Context, place: Place, seg: tuple[int, int]) -> bool:
    """Whether a place is named as the one another place before it acts with (四川还与重庆共同推动…，联合举办招聘会18场:
    四川's figures, with 重庆 as its partner), or opens the name of a university something acts with (园区与南京工业大学
    共建…，累计引进博士23名: the park's figures, not 江苏's; a government partner's place stays: 中国电信与江西省人民政府签署
    …协议，…将投资300亿元 is 江西's)."""
    return ctx.view.endswith(COMPANION_PREPOSITIONS, seg[0], place.start) \
        and (any(p.end < place.start for p in ctx.places_between(seg[0], place.start))
             or (partner := ctx.org_at.get(place.start)) is not None and partner.type in SITED_TYPES)


COMPANION_PREPOSITIONS = ("与", "同", "跟")  # 现代汉语八百词: 与/同/跟 introduce whom one acts with


def _a_later_item(place: Place, ctx: Context) -> bool:
    """Whether a place follows another in a list (陕西|、|山西, 湖北|和|山东)."""
    mark = ctx.view[place.start - 1 : place.start]
    return mark == LIST_MARK or mark in ITEM_LINKS and any(p.end == place.start - 1 for p in ctx.places_between(place.start - LINKED_REACH, place.start))


ITEM_LINKS = ("和", "及", "与")  # before the last item of a list
LINKED_REACH = 12  # characters before the link where the item before it starts


def _one_of_projects(view: str, org: Org, ctx: Context) -> bool:
    """Whether a body's name opens a project's in a list of projects of several bodies, which a number counts
    (四川大学华西医院天府医院二期、成都市第三人民医院蜀汉院区等7个重点项目): the projects are counted, no body acts; not the
    body's own campuses or phases (之江院区、余杭院区; 一期、二期项目), which it runs."""
    m = PROJECT_PHASE.match(view, org.end)
    if m is None:
        return False
    if view.startswith("、", m.end()):
        other = ctx.org_at.get(m.end() + 1)
        return other is not None and other.name != org.name
    return PROJECTS_COUNTED.match(view, m.end()) is not None


def _seat_of_partner(place: Place, ctx: Context, acting_org: Org | None) -> bool:
    """Whether the place only opens the name of a company that the clause names as whom it acts with (村里与|杭州|云栖山居
    文化旅游有限公司合作，将闲置的37栋吊脚楼改造为民宿: where the partner is registered, not where the houses are); not a
    company that acts, suffers (…有限公司被罚款6万元) or receives (向宁波某某机械有限公司发放贷款), whose seat places it."""
    org = ctx.org_at.get(place.start)
    return org is not None and org.type in COMPANY_TYPES and org.end > place.end \
        and ctx.view.endswith(COMPANION_PREPOSITIONS, 0, org.start) and (acting_org is None or org.name != acting_org.name)


def _seat_abroad(place: Place, ctx: Context, countries: frozenset[str]) -> bool:
    """Whether a place at home only opens the name of a company in a text about a state abroad (宁德|时代…在匈牙利的工厂):
    the company's seat, not where the figures of its work there are; unless the sentence trades across the border
    (山东渤海实业集团…从巴西进口大豆: the importer's figure, at home)."""
    org = ctx.org_at.get(place.start)
    if not countries or place.country != CHINA or org is None or org.type not in COMPANY_TYPES or org.end <= place.end:
        return False
    return not any(verb in ctx.view[ctx.start : ctx.end] for verb in claim_words().flow_verbs)


VIEW_FROM = re.compile(r"[^，。；,;]{0,12}?(?:看|来看)[，,：:]")  # 从全省看，…: the scope a view takes, where figures are


def _source_of(view: str, place: Place) -> bool:
    """Whether the place follows a source preposition (从山东省潍坊市一家供货商处购进): where things come from, not where
    the figures are; 从全省看 takes the place's view, which places them."""
    return view.endswith(claim_words().source_prepositions, 0, place.start) and not VIEW_FROM.match(view, place.start)


def of_a_wider_scope(view: str, q: Quantity, ctx: Context, subject: str) -> bool:
    """Whether what the number measures opens with a scope wider than a province (全球外国直接投资下降23%, 全国粮食产量;
    ``wider_scopes``) and heads its clause, times aside: the world's or the country's figure, not that of the place an
    earlier paragraph named. Not where the scope only qualifies (全国各地的游客…接待游客80万人次 measures 接待游客),
    follows a preposition (对全国夏粮增产贡献率达44.9%: the province's share), or counts bodies or projects (个, 家, 项:
    全国重点实验室达8家 counts titles a province's own bodies hold)."""
    w = claim_words()
    if not subject.startswith(w.wider_scopes) or q.unit in w.counted_owners:
        return False
    cs = ctx.clause(q.start)[0]
    at = view.find(subject, cs, q.start)
    return at >= 0 and _strip_lead(view, cs, at, ctx) >= at


def _located(q: Quantity, ctx: Context, seg: tuple[int, int], countries: frozenset[str]) -> Place | None:
    """The place a locative preposition opens in the number's part of the sentence (大约2500名澳門居民長期|在|橫琴生活):
    where its figures happen, before a place after it that only says whose or where from (澳門居民); None when there is
    none, two name different provinces, or another place stands before the number (it says whose the figures are)."""
    key = ("located", seg, countries)
    if key not in ctx.cache:  # once a segment: a sentence of thousands of places and numbers stays linear
        ctx.cache[key] = _segment_located(ctx, seg, countries)
    located, first_other = ctx.cache[key]
    if located is None or first_other < q.start:
        return None  # 安徽全省有500万人在江苏…务工: a place before the number says whose the figures are
    return located


def _segment_located(ctx: Context, seg: tuple[int, int], countries: frozenset[str]) -> tuple[Place | None, float]:
    """A segment's first place a locative preposition opens (None when none, or two name different provinces), and
    where its first other place starts."""
    marks = claim_words().locative_prepositions
    here = ctx.places_between(seg[0], seg[1])
    located = [p for p in here if p.start > seg[0] and ctx.view[p.start - 1] in marks and _word_of_its_own(ctx.view, p.start - 1)
               and where(p, countries)]
    if not located or len({where(p, countries) for p in located}) > 1:
        return None, float("inf")
    chosen = set(map(id, located))
    return located[0], min((p.start for p in here if id(p) not in chosen), default=float("inf"))


def _located_abroad(q: Quantity, ctx: Context) -> str:
    """The country abroad a locative preposition in the number's own clause opens (公司投资约2.3亿美元在泰国罗勇府建设…;
    在匈牙利德布勒森投资1.6亿欧元), one country only: what happens there is placed there in any text. Not one in another
    clause, which frames where someone spoke (市长在德国汉堡出席洽谈会时表示，我市…增长12%)."""
    if not _places_abroad(ctx):
        return ""  # most sentences name no place abroad
    cs, ce = ctx.clause(q.start)
    countries = _countries_located(ctx, cs, ce)
    if not countries and not ctx.places_between(cs, q.start):  # 公司在泰国罗勇府投资…建设基地，一期年产能5吉瓦时: a clause
        seg = ctx.segment(q.start)[0]  # that names no place goes on where the sentence's last part abroad opened, unless
        before = [c for c in ctx.clauses[: ctx.clause_index(q.start)] if c[0] >= seg]  # that clause frames where someone
        at = next((k for k in range(len(before) - 1, -1, -1) if _countries_located(ctx, *before[k])), None)  # spoke (…时表示)
        if at is None or _frames_speech(ctx.view, *before[at]) or any(_opens_new_words(ctx.view, a, b) for a, b in before[at + 1 :]):
            return ""  # or new words are quoted after it (“…在印度尼西亚的工厂投产…。”董事长韦志刚说，“上半年公司出口…”)
        countries = _countries_located(ctx, *before[at])
    return next(iter(countries)) if len(countries) == 1 else ""


def _places_abroad(ctx: Context) -> list[Place]:
    """The sentence's places abroad, found once a sentence: most hold none, some thousands of places at home."""
    if ABROAD_KEY not in ctx.cache:
        ctx.cache[ABROAD_KEY] = [p for p in ctx.places if p.country != CHINA]
    return ctx.cache[ABROAD_KEY]


ABROAD_KEY = "abroad"


def _countries_located(ctx: Context, cs: int, ce: int) -> set[str]:
    """The countries abroad a locative preposition opens in ``view[cs:ce]``, with those listed after it (在德国、法国等)."""
    marks, view = claim_words().locative_prepositions, ctx.view
    here = ctx.places_between(cs, ce)
    countries: set[str] = set()
    for k, p in enumerate(here):
        if p.country != CHINA and p.start > cs and view[p.start - 1] in marks and _word_of_its_own(view, p.start - 1):
            countries.add(p.country)
            for nxt in here[k + 1 :]:  # the list that goes on after it
                if view[nxt.start - 1 : nxt.start] != "、":
                    break
                countries.add(nxt.country)
    return countries


def _opens_new_words(view: str, cs: int, ce: int) -> bool:
    """Whether a clause ends in a speech verb right before a quotation opens (韦志刚说，“…): the words after it are said
    afresh, not where the words before were (据介绍，项目一期…; 按照当地政府要求，…: the same matter goes on)."""
    after = view[ce : ce + 2].lstrip("，,：:")
    if not after or after[0] not in QUOTE_OPENERS:
        return False  # most clauses
    return view[cs:ce].rstrip("，,：: ").endswith(SPEAKING)


QUOTE_OPENERS = "“「"
# verbs that say someone spoke, not what a body requires or proposes (要求, 提出, 说明 keep the matter where it was)
SPEAKING = ("说", "说道", "笑道", "表示", "介绍", "指出", "称", "透露", "强调", "告诉记者", "坦言", "坦承", "直言", "谈到", "感慨", "回忆",
            "认为", "回应", "解释", "表态")


def _frames_speech(view: str, cs: int, ce: int) -> bool:
    """Whether a clause frames where or when someone spoke (市长在德国汉堡出席洽谈会时表示): it ends in 时, 期间, 上 or a
    speech verb."""
    return view[cs:ce].rstrip().endswith(SPEECH_FRAME_ENDS) or bool(people().speech_verbs.search(view, cs, ce))


SPEECH_FRAME_ENDS = ("时", "期间", "上", "表示", "说", "介绍", "指出")


def _word_of_its_own(view: str, at: int) -> bool:
    """Whether the character at ``at`` is a word by jieba (在 of 在橫琴, not the 于 of 高于 or 次于)."""
    lo = max(0, at - 2)
    pos = lo
    for word, _ in tagged(view[lo : at + 1]):
        if pos == at:
            return len(word) == 1
        pos += len(word)
    return False


def _respective_place(q: Quantity, ctx: Context) -> Place | None:
    """The k-th place of a list of n places that opens the clause (after a time, if any) before 分别, for the k-th of
    the n values after it (北京、上海分别增长5%、6%); None when the clause lists no places so."""
    w = claim_words()
    slot = respective_slot(ctx.view, q, ctx, w)
    if slot is None:
        return None
    cs, at, k, n = slot
    listed = ctx.places_between(cs, at)
    if not listed and not ctx.view[cs:at].strip() and cs - 1 > ctx.start and ctx.view[cs - 1] in LIST_CLAUSE_BREAKS:
        cs, at = ctx.clause(cs - 1)[0], cs - 1  # 西藏、内蒙古、新疆增速位列前三，分别为…: the clause before lists them
        listed = ctx.places_between(cs, at)
    generic = _listed_generic(ctx.view, listed, w) if len(listed) == n else ""
    if len(listed) != n or any(not w.list_separator.fullmatch(ctx.view, a.end + len(generic), b.start) for a, b in zip(listed, listed[1:])):
        return None
    if _named_after_a_ranking(ctx.view, cs, at, listed, w):
        return listed[k]  # 新增装机较多的省份是内蒙古、新疆和河北，分别为712万千瓦…: the places a clause ranks
    if ctx.view.startswith(PART_MARK, cs) and _home_parts(listed):
        cs += len(PART_MARK)  # 其中西藏、新疆、内蒙古增速位居前三: parts of the country, listed
    times = {i for t in ctx.times_between(cs, listed[0].start) for i in range(t.start, t.end)}
    if any(i not in times and not ctx.view[i].isspace() for i in range(cs, listed[0].start)):
        return None  # 全省对|美国、日本出口分别增长: the places are where goods go, not whose figures these are
    return listed[k]


def _home_parts(listed: list[Place]) -> bool:
    """Whether places listed after 其中 are parts of the mainland, whose own figures follow (全国进出口…，其中广东、江苏…),
    not states or regions the sentence trades with or draws from (全省对东盟出口增长8.5%，其中越南、泰国…; 实际利用外资…，
    其中香港、台湾…)."""
    return all(p.country == CHINA and p.province not in SPECIAL_REGIONS for p in listed)


SPECIAL_REGIONS = ("香港特别行政区", "澳门特别行政区", "台湾省")


def _listed_generic(view: str, listed: list[Place], w) -> str:
    """The generic of a feature every listed place's name goes on with (天津|港、青岛|港、广州|港集装箱吞吐量: ports), else
    "": the features listed are in those places."""
    after = view[listed[0].end : listed[1].start] if len(listed) > 1 else ""
    generic = after[:-1] if after and w.list_separator.fullmatch(after[-1]) else ""
    ok = generic in feature_generics() and all(view.startswith(generic, p.end) for p in listed)
    return generic if ok else ""


def _named_after_a_ranking(view: str, cs: int, at: int, listed: list[Place], w) -> bool:
    """Whether the places close the clause before 分别's, named after its verb of naming (依次为, 是: 增速最快的是…)."""
    ranked = named_by_ranking(view, cs, listed[0].start, w)  # 是: places at home only (not 澳大利亚和巴西)
    return (view.endswith(naming_verbs(view, cs, listed[0].start, w), cs, listed[0].start) and not view[listed[-1].end : at].strip()
            and not (ranked and any(p.country != CHINA for p in listed)))


LIST_CLAUSE_BREAKS = "，,"  # what parts a clause that lists places from the 分别 clause after it


def _is_baseline(ctx: Context, t: Quantity) -> bool:
    """比2018年, 较上年: the year a change is measured from, not the period the claim is about."""
    return t.start > ctx.start and ctx.view[t.start - 1] in claim_words().baseline_markers


def time_for(q: Quantity, ctx: Context) -> str:
    """The period of a number: the nearest time before it in its sentence (not a baseline), else the first after."""
    for t in reversed(ctx.times_between(ctx.start, q.start)[-NEARBY:]):
        if t.end <= q.start and not _is_baseline(ctx, t):
            return t.time
    after = ctx.times_between(q.end, ctx.end)
    return after[0].time if after else ""
