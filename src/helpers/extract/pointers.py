"""Bodies and places a text names again by 该 and the word their name ends with (该局, 该中心, 该镇): the last one
named before, anywhere earlier in the text. A news item names its subject once and then says 该局 or 该镇 sentences
or paragraphs later (市人社局完善…体系。…该局联动市场监管部门…; 陇县东南镇…。该镇2023年实施项目86个), where a
sentence's own bodies (``attribution._named_again``) do not reach. The pointers are read as mentions of what they name
for the claims around them; the organizations and places tables keep the names as written."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from functools import lru_cache

from .lexicon import claim_words
from .organizations import Org
from .places import Place
from .tokens import word_bounds


@lru_cache(maxsize=1)
def _pointer() -> re.Pattern:
    w = claim_words()
    heads = "|".join(map(re.escape, sorted(set(w.pointed_heads) | set(w.pointed_places), key=len, reverse=True)))
    return re.compile(f"{re.escape(w.body_head_pointer)}(?:{heads})")


MEETING_WORD = "会"  # 该会: an association named before, or a meeting named since
POINTER_REACH = 2000  # characters back from a pointer within which what it names is looked for (a feature's length)


def find(view: str, orgs: list[Org], places: list[Place], sections: list[int] = ()) -> tuple[list[Org], list[Place]]:
    """The pointers of ``view`` as mentions of the body or place each names again, at the pointer's span. None where a
    body's name itself opens with 该 (该市财政局), where the word runs on into another (该市场, 该局面, 该中心城区), or
    where nothing ends with the word within ``POINTER_REACH`` characters before it, for a body also since the last of
    ``sections`` (where headings start) before it: a place a feature is about goes on under its subheads."""
    w = claim_words()
    local = _local_pointers(view, orgs) + _host_pointers(view, orgs) + _zone_pointers(view, orgs, places) \
        + _meeting_pointers(view, orgs)
    if w.body_head_pointer not in view:  # most texts
        return local, []
    named_orgs = sorted((o for o in orgs if o.type != "group"), key=lambda o: o.end)
    named_places = sorted((p for p in places if not p.short), key=lambda p: p.end)
    org_ends, place_ends = [o.end for o in named_orgs], [p.end for p in named_places]
    opened = {o.start for o in orgs}
    out_orgs: list[Org] = []
    out_places: list[Place] = []
    for m in _pointer().finditer(view):
        word = m.group()[len(w.body_head_pointer):]
        if m.start() in opened or view.startswith(w.not_pointers, m.start() + len(w.body_head_pointer)) \
                or m.end() not in word_bounds(view, m.start(), m.end()):
            continue
        floor = m.start() - POINTER_REACH
        if word in w.pointed_heads:
            before = named_orgs[: bisect_left(org_ends, m.start() + 1)]
            found = next((o for o in reversed(before) if w.stands_for(word, o) or o.mention.endswith(word)), None)  # 该校: a university
            if found is not None and not _a_subject(view, found):  # where the nearest is no clause's subject, or one of a
                # list, the last body its sentence names that is: 西安银行新开业汉中分行、安康分行。…该行 is the bank, not a branch
                # it opened; 建设银行向工商银行转让债权。该行 the seller (市税务局…，市税务局累计办理退税…。该局: the nearest)
                opens = max(view.rfind(end, 0, found.start) for end in SENTENCE_ENDS + "\n") + 1
                heads = [o for o in before if o.start >= opens and _a_subject(view, o) and not _qualifies_the_next(view, o, w)
                         and (w.stands_for(word, o) or o.mention.endswith(word))]
                found = heads[-1] if heads else found
            if found is not None and word == MEETING_WORD and _a_meeting_since(view, found, m.start(), w.meeting_nouns):
                found = None  # 市工商联…。本次发布会由…主持。该会共有12家媒体参加: the meeting named since
            if found is not None and found.start >= max([floor] + [s for s in sections if s <= m.start()]):
                out_orgs.append(replace(found, start=m.start(), end=m.end(), mention=m.group()))
        if word in w.pointed_places:  # 该县 under a subhead of a feature about the county is still the county
            before = named_places[: bisect_left(place_ends, m.start() + 1)]
            found = next((p for p in reversed(before) if p.mention.endswith(word) or p.full_name.endswith(word)), None)
            if found is not None and found.start >= floor:
                out_places.append(replace(found, start=m.start(), end=m.end()))  # its name: a township's is its mention
    return sorted(out_orgs + local, key=lambda o: o.start), out_places


def _a_meeting_since(view: str, body: Org, at: int, meetings: tuple[str, ...]) -> bool:
    """Whether a meeting is named as a word of its own between the body and the pointer at ``at``, in a sentence that
    does not name the body (本次发布会由…主持。该会…: the press conference; not 市残联召开…推进会。该会…, the federation's
    own meeting, nor 扩大会员, 今年会, where the words run across)."""
    for meeting in meetings:
        k = view.find(meeting, body.end, at)
        while k >= 0:
            opens = max(view.rfind(end, 0, k) for end in SENTENCE_ENDS + "\n") + 1
            bounds = word_bounds(view, k, k + len(meeting))
            if body.start < opens and k in bounds and k + len(meeting) in bounds:
                return True
            k = view.find(meeting, k + 1, at)
    return False


@lru_cache(maxsize=1)
def _local_pointer() -> re.Pattern:
    w = claim_words()
    heads = "|".join(map(re.escape, w.local_pointer_heads))
    return re.compile(f"{re.escape(w.local_pointer)}(?P<field>[\\u4e00-\\u9fff]{{1,{w.local_pointer_field_max}}}?)(?:{heads})")


def _local_pointers(view: str, orgs: list[Org]) -> list[Org]:
    """当地医保部门, 当地公安机关: the local body of the field that a sentence of its paragraph before it named (郑州市医保局,
    赤峰市医疗保障局 for 当地医保部门), not a government (人民政府 holds 民政 too) nor one inside a document's title, within
    ``POINTER_REACH``. One its own sentence names is the body that acts on the local one (河南省医保局督促当地医保部门)."""
    w = claim_words()
    if w.local_pointer not in view:
        return []
    local = sorted((o for o in orgs if o.type == "local_government" and not o.name.endswith(GOVERNMENT)), key=lambda o: o.end)
    ends = [o.end for o in local]
    titles = [(m.start(), m.end()) for m in TITLE.finditer(view)]
    opened = {o.start for o in orgs}
    out = []
    for m in _local_pointer().finditer(view):
        if m.start() in opened:
            continue
        field = m.group("field")
        reach = max(0, m.start() - POINTER_REACH)
        floor = max(view.rfind("\n", reach, m.start()), reach - 1)  # within its paragraph
        sentence = max(view.rfind(end, reach, m.start()) for end in SENTENCE_ENDS)
        for o in reversed(local[: bisect_left(ends, sentence + 1)]):
            if o.start <= floor:
                break
            if _holds(o.mention, field) and not _inside(titles, o.start):
                out.append(replace(o, start=m.start(), end=m.end(), mention=m.group()))
                break
    return out


def _host_pointers(view: str, orgs: list[Org]) -> list[Org]:
    """主办方, 主办单位: the first body of the list that its verb of hosting follows before it within ``POINTER_REACH``
    (由湖北省教育厅、湖北省人力资源和社会保障厅…联合主办的…双选会…。据主办方介绍，… → 湖北省教育厅), where those bodies
    share the verb's sentence and the last stands right before it; none where the text names no host so, and none for a
    national host (商务部主办的博览会在南宁举行: the figures stay the place's)."""
    w = claim_words()
    pointers = [p for p in w.host_pointers if p in view]
    if not pointers:  # most texts
        return []
    named = sorted((o for o in orgs if o.type != "group"), key=lambda o: o.start)
    opened = {o.start for o in orgs}
    out = []
    for m in re.finditer("|".join(map(re.escape, sorted(pointers, key=len, reverse=True))), view):
        if m.start() in opened:
            continue
        verb = w.host_pointers[m.group()]
        at = next((at for at in _verb_places(view, verb, max(0, m.start() - POINTER_REACH), m.start())), -1)
        if at < 0:
            continue
        opens = max(view.rfind(end, 0, at) for end in SENTENCE_ENDS + "\n") + 1
        hosts = [o for o in named if opens <= o.start and o.end <= at]
        if not hosts or not HOSTING_GAP.fullmatch(view, hosts[-1].end, at):
            continue  # 由县农业农村局主办、县文化馆承办: the 承办 body is not found, the 主办 one does not run it
        head = _list_head(view, hosts)
        if head.start > 0 and view[head.start - 1] in LIST_MARKS:
            continue  # …部门及|东盟秘书处: the list opens with bodies not found
        if head.level != CENTRAL:  # a national body hosts events in places, whose figures are the place's
            out.append(replace(head, start=m.start(), end=m.end(), mention=m.group()))
    return out


def _meeting_pointers(view: str, orgs: list[Org]) -> list[Org]:
    """会议 opening a clause with what a meeting decided or said (会议指出, 会议决定, 会议要求): the body that held the
    meeting the text last told of within ``POINTER_REACH``, by its name that opens the meeting's (李强主持召开|国务院|常务会议)
    or, failing that, the body that opens the sentence of the verb of holding (省政府召开常务会议), as a 国务院常务会议 or a
    government's 常务会议 readout gives the meeting's decisions (claims.yml ``meeting_verbs``)."""
    w = claim_words()
    if MEETING_POINTER not in view:  # most texts
        return []
    named = sorted((o for o in orgs if o.type != "group"), key=lambda o: o.start)
    out = []
    for m in re.finditer(re.escape(MEETING_POINTER) + "(?=%s)" % "|".join(map(re.escape, w.meeting_verbs)), view):
        if not _opens_clause(view, m.start()):
            continue
        held = [h for h in re.finditer(HOLDING, view[max(0, m.start() - POINTER_REACH) : m.start()])]
        if not held:
            continue
        at = max(0, m.start() - POINTER_REACH) + held[-1].end()
        body = next((o for o in named if o.start == at and view.find(MEETING_POINTER, o.end, m.start()) >= 0), None)
        if body is None:
            opens = max(view.rfind(end, 0, at) for end in SENTENCE_ENDS + "\n") + 1
            body = next((o for o in named if opens <= o.start < at), None)
        if body is not None:
            out.append(replace(body, start=m.start(), end=m.end(), mention=m.group()))
    return out


MEETING_POINTER = "会议"
HOLDING = "(?:主持)?(?:召开|举行)(?:了)?"  # the verbs by which a body holds a meeting (主持召开国务院常务会议)


def _zone_pointers(view: str, orgs: list[Org], places: list[Place]) -> list[Org]:
    """A development zone that opens a clause, by its name (青岛片区以…) or by its class word alone (去年，|新区|实际使用
    外资…), as the committee that administers it (claims.yml ``zone_committees``), where the text names one anywhere: the
    committee whose name is the zone's name and an ending (青岛片区管委会). The class word names the last zone before it
    within ``POINTER_REACH`` whose name ends with it, as a place or inside a body's name. None in most texts, which name
    no committee."""
    committees = _zone_committees(orgs)
    if not committees:  # most texts
        return []
    w = claim_words()
    opened = {o.start for o in orgs}
    named = sorted([(p.start, p.end) for p in places] + [(o.start, o.end) for o in orgs], key=lambda span: span[1])
    spans = [(start, end) for start, end in named if view.endswith(w.zone_words, start, end)]  # 青岛片区, 西海岸新区
    inside = {i for start, end in named for i in range(start, end)}
    alone = [(m.start(), m.end()) for m in re.finditer("|".join(map(re.escape, w.zone_words)), view)
             if m.start() not in inside and m.end() in word_bounds(view, m.start(), m.end())]  # 新区 alone
    out = []
    for start, end in sorted(set(spans + alone)):
        if start in opened or not _opens_clause(view, start):
            continue
        zone = view[start:end] if (start, end) in spans else _zone_before(view, start, end, spans, len(committees) == 1)
        committee = next((c for name, c in committees.items() if zone and (name.endswith(zone) or zone.endswith(name))), None)
        if committee is not None:
            out.append(replace(committee, start=start, end=end, mention=view[start:end]))
    return out


def named_for_its_zone(view: str, org: Org) -> bool:
    """Whether ``org`` is a zone's committee that the text names by the zone (片区|累计形成…: ``_zone_pointers``): the
    zone is the figures' scope, whoever reports them."""
    committees = claim_words().zone_committees
    return org.name.endswith(committees) and not view.endswith(committees, org.start, org.end)


def _zone_committees(orgs: list[Org]) -> dict[str, Org]:
    """The committees the text names that administer a zone, by the zone's name (青岛片区 → 青岛片区管委会)."""
    w = claim_words()
    out = {}
    for o in orgs:
        end = next((e for e in w.zone_committees if o.name.endswith(e)), "") if o.type != "group" else ""
        if end and o.name[: -len(end)].endswith(w.zone_words):
            out[o.name[: -len(end)]] = o
    return out


def _opens_clause(view: str, at: int) -> bool:
    """Whether ``at`` opens a clause: the text's start, or after a comma or a sentence's end."""
    return at == 0 or view[at - 1] in CLAUSE_OPENERS + "，,"


def _zone_before(view: str, start: int, end: int, spans: list[tuple[int, int]], one_committee: bool = False) -> str:
    """The last zone named before ``start`` within ``POINTER_REACH`` whose name ends with the class word at
    ``start``-``end`` (新区 → 青岛西海岸新区), or of any kind for 园区 where the text names one zone's committee only
    (园区 → 赣州经开区; not where a partner zone's committee is named too: 云山工业园区…与九江经开区…), else ""."""
    word = view[start:end]
    return next((view[s:e] for s, e in reversed(spans) if e <= start and start - e <= POINTER_REACH
                 and (view.endswith(word, s, e) or word == ANY_ZONE and one_committee)), "")


ANY_ZONE = "园区"  # the class word of every kind of zone: 园区 names the last zone before it, 经开区 or 高新区 alike


HOSTING_GAP = re.compile("(?:联合|共同|等单位|等部门|等)*")  # between the last host and its verb (…、共青团湖北省委联合|主办)
CENTRAL = "central"


def _verb_places(view: str, verb: str, lo: int, hi: int) -> list[int]:
    """Where ``verb`` stands between ``lo`` and ``hi`` as a verb, not as the host's noun (主办方), last first."""
    found, at = [], view.find(verb, lo, hi)
    while at >= 0:
        if not view.startswith(HOST_NOUN_ENDS, at + len(verb)):
            found.append(at)
        at = view.find(verb, at + 1, hi)
    return found[::-1]


HOST_NOUN_ENDS = ("方", "单位")  # 主办方, 主办单位: the noun, not the verb


def _qualifies_the_next(view: str, org: Org, w) -> bool:
    """Whether a body opens a phrase that names another after it (中国长江三峡集团|控股的|秘鲁路德斯电力公司): the one
    after, which it founded, holds or leads, is the phrase's head and the clause's subject."""
    return any(view.startswith(verb + w.attributive, org.end) for verb in w.founding_verbs)


def _list_head(view: str, bodies: list[Org]) -> Org:
    """The first body of the list of bodies that ends with the last of ``bodies`` (A、B、C联合主办: A), joined by list marks."""
    k = len(bodies) - 1
    while k > 0 and view[bodies[k - 1].end : bodies[k].start] in LIST_MARKS:
        k -= 1
    return bodies[k]


GOVERNMENT = "政府"
CLAUSE_OPENERS = "，。；：！？\n"


def _a_subject(view: str, org: Org) -> bool:
    """Whether a body's name opens its clause (…，市税务局累计办理…; 西安银行新开业…), where the subject stands, alone: not
    the first of a list (县卫健局、县教育局配合…), whose bodies help."""
    return (org.start == 0 or view[org.start - 1] in CLAUSE_OPENERS) and view[org.end : org.end + 1] not in LIST_MARKS


LIST_MARKS = "、和与及"
SENTENCE_ENDS = "。！？；"
TITLE = re.compile("《[^《》]*》")


def _inside(spans: list[tuple[int, int]], at: int) -> bool:
    """Whether ``at`` lies inside one of the sorted ``spans`` (a document's title: 《成都市医疗保险管理局关于…》)."""
    k = bisect_left(spans, (at + 1,)) - 1
    return k >= 0 and spans[k][0] < at < spans[k][1]


def _holds(name: str, field: str) -> bool:
    """Whether a body's name holds the field's words, whole or by the first characters of its words (医保 in
    赤峰市医疗保障局: 医疗 + 保障), each within ``ABBREVIATED`` characters of the one before."""
    at = name.find(field[0])
    if at < 0:
        return False
    for ch in field[1:]:
        nxt = name.find(ch, at + 1, at + 1 + ABBREVIATED)
        if nxt < 0:
            return False
        at = nxt
    return True


ABBREVIATED = 2  # 医|疗|保: the next character of an abbreviated field within two of the one before
