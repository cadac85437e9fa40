"""Extract: one ingested document becomes rows of every facts table.

This is the per-document unit of work that the local pool and the Dask engine
both run, so it takes a Document and returns plain rows. Entities are found once
over the whole document; each paragraph then gets its facts, with ``Discourse``
carrying what earlier sentences established.
"""

from __future__ import annotations

import bisect
import itertools
from collections import Counter
from dataclasses import replace
from functools import lru_cache
import re
from typing import NamedTuple

import numpy as np

from .. import ingest
from ..codebook import yaml_book
from ..ingest.lexicon import lexicon as document_lexicon
from ..ingest.metadata import infer_year, opening_dateline
from ..ingest.structure import SIGNATURE_DATE
from . import attribution, deixis, org_local, org_names, org_units, organizations, places, pointers, quantities, quotes, sites, tables as cells, timex, tokens, topics, villages
from .discourse import LIST_MARK, Discourse, Scope, a_division_alone, a_lower_body_of_its_system, counterpart
from .lexicon import claim_words
from .names import cues as name_cues, name_before, named_before
from .people import People
from .sentence import QUOTE_CLOSE, QUOTE_OPEN, SentenceContexts

# a place inside a national or international body's name (北京大学, 上海合作组织) is no place the text is about; inside a
# local one (将军澳医院, 昆明国际通信业务出入口局) it is where the body is
NOT_LOCAL_LEVELS = {"central", "international", organizations.FOREIGN_LEVEL}  # a state abroad's: 加拿大|银行
WHITESPACE = re.compile(r"\s+")
QUESTION_ENDS = "？?。！!"


def paragraph_rows(doc: ingest.Document) -> list[dict]:
    rows = []
    for p in doc.paragraphs:
        start, end = doc.original_span(p.start, p.end)
        rows.append(dict(doc=doc.doc, para=p.para, kind=p.kind, section=p.section, start=start, end=end, page=p.page, text=p.text))
    return rows


def sentence_rows(doc: ingest.Document) -> list[dict]:
    rows = []
    for s in doc.sentences:
        start, end = doc.original_span(s.start, s.end)
        rows.append(dict(doc=doc.doc, para=s.para, sent=s.sent, start=start, end=end, text=s.text))
    return rows


def _outside_names(found: list, names: list[tuple[int, int]]) -> list:
    """The quantities that no place's or body's name holds (梨树县四棵树乡三家子村, 东莞市第三人民法院: a name, no
    count of trees or courts)."""
    if not names:
        return found
    names = sorted(names)
    starts = [s for s, _ in names]
    reach = list(itertools.accumulate((e for _, e in names), max))  # the furthest end of the names opened so far
    out = []
    for q in found:
        k = bisect.bisect_right(starts, q.start) - 1
        if k < 0 or reach[k] < q.end or not any(s <= q.start and q.end <= e for s, e in names[max(0, k - NAMES_BACK) : k + 1]):
            out.append(q)
    return out


NAMES_BACK = 8  # names opened before a quantity that may hold it (a chain's names overlap: 梨树县|四棵树乡|…)


def _by_paragraph(doc: ingest.Document, items: list) -> dict[int, list]:
    starts = [p.start for p in doc.paragraphs]
    out: dict[int, list] = {}
    for it in items:
        out.setdefault(bisect.bisect_right(starts, it.start) - 1, []).append(it)
    return out


def _with(items: list, more: list | None) -> list:
    """``items`` with ``more`` among them in order of start."""
    return sorted(items + more, key=lambda it: it.start) if more else items


def extract_document(doc: ingest.Document, thorough: bool = False) -> dict[str, list[dict]]:
    """All facts tables' rows for one document (documents.csv is written by the caller); ``thorough`` adds the
    organizations a statistical tagger finds (slower)."""
    return extract_documents([doc], thorough)[0]


def extract_documents(docs: list[ingest.Document], thorough: bool = False) -> list[dict[str, list[dict]]]:
    """``extract_document`` for each of a batch of documents. The paragraph topics of the batch are coded at once:
    coded one short article at a time, they cost a fifth of its extraction."""
    read = [doc.paragraphs_as_read() for doc in docs]  # traditional characters read as simplified, as the lexicons are
    words = [tokens.words(paragraphs) for paragraphs in read]
    coded = topics.code(read, words)
    return [_tables(doc, w, rows, thorough) for doc, w, rows in zip(docs, words, coded)]


def _tables(doc: ingest.Document, words: dict[int, list[str]], topic_rows: list[dict], thorough: bool) -> dict[str, list[dict]]:
    ref = timex.parse_iso(doc.meta.get("date", "")) or timex.year_end(infer_year(doc.view))
    view = doc.view
    titles = [p for p in doc.paragraphs if p.kind == "title"]
    found, abroad = places.find_with_bodies_abroad(view, headline=(titles[0].start, titles[-1].end) if titles else None,
                                                   lead_end=_lead_end(doc))
    # a region of the world (非洲, 中亚) is a place of the table alone: it places no figure and is no scope of one
    regions_by_para = _by_paragraph(doc, [pl for pl in found if pl.level == places.REGION and places.turned_to(view, pl)])
    found = [pl for pl in found if pl.level != places.REGION]
    if doc.meta.get("dateline_span"):  # 新华社关丹电 … 关丹港位于…: the city it was filed from, named again
        found = sorted(found + places.named_from(view, doc.meta.get("place", ""), found), key=lambda pl: pl.start)
    tables = {"paragraphs": paragraph_rows(doc), "sentences": sentence_rows(doc), "quantities": [],
              "organizations": [], "places": [], "quotes": [],
              "paragraph_topics": [{"doc": doc.doc, **row} for row in topic_rows],
              "tokens": tokens.rows(doc.doc, words)}
    places_by_para = _by_paragraph(doc, found)
    issuer = _issuer(doc, ref)  # read once: it speaks for the text and places it
    countries = places.home_abroad(found)  # a text about a country abroad places figures there (柬埔寨)
    dateline = doc.meta.get("dateline_span")
    if dateline:  # and so does a joint dispatch filed there (新华社万象/金边/利马…电) about the countries its text names
        countries |= places.dateline_countries(doc.meta.get("place", ""), [p for p in found if not dateline[0] <= p.start < dateline[1]])
    filed_abroad = bool(dateline) and places.filed_abroad(doc.meta.get("place", ""))
    found_by_end = {pl.end: pl for pl in found}
    voting = [pl for pl in found if not _named_for_elsewhere(view, pl, found_by_end)]
    place = document_place(doc, voting, issuer, bool(countries) and filed_abroad)  # (新华社长春…电 on trade with 朝鲜: 吉林's)
    beside = places.named_beside_abroad(view, found)  # 德国汉堡, 汉堡、鹿特丹: places of the table, which do not vote for
    if beside:  # the country a text is about (a 新华社阿拉木图 dispatch on trains via 德国汉堡 stays about 哈萨克斯坦)
        found = sorted(found + beside, key=lambda pl: pl.start)
        places_by_para = _by_paragraph(doc, found)
    about = deixis.home_units(_title_twice(doc, found), place, _credited_place(doc))  # its province, prefecture, county
    alone = villages.find(view, found, about.get("county") or about.get("prefecture"))  # not a province: its reports'
    # name villages of many counties, famous ones of other provinces (大寨村) and the ones it helps elsewhere
    # 美丽宜居村, 乡村振兴村 are kinds the name readers would take for villages
    named_villages = alone + villages.listed_after(view, found, alone) + villages.located(view, found, alone)
    named_villages += villages.towns(view, found, named_villages, about.get("county") or villages.towns_holder(about.get("prefecture")))
    town_spans = {(pl.start, pl.end) for pl in named_villages}
    if any((pl.start, pl.end) in town_spans for pl in found):  # 板桥、罗雄…九龙: the county's town, not Hong Kong's 九龙
        found = [pl for pl in found if (pl.start, pl.end) not in town_spans]
        places_by_para = _by_paragraph(doc, found)
    abroad_named = sites.abroad(view, found, places.home_abroad(found))  # 哈利姆站 in a report from 印尼
    # a site the text names abroad (关丹港 in a report from 马来西亚) is no site of the province it also names (广西's investor)
    named_sites = [pl for pl in sites.find(view, found, about) if not any(a.start < pl.end and pl.start < a.end for a in abroad_named)]
    by_home = _by_paragraph(doc, deixis.find(view, found, about) + named_villages + named_sites + abroad_named)
    # a village's committee or party branch is named by the village (官和村党支部, 官和村村委会)
    with_villages = sorted(found + named_villages, key=lambda pl: pl.start)
    abroad = abroad + places.bodies_of_divisions_abroad(view, abroad_named)  # 彭亨州|政府: that state's, no 州政府 at home
    all_orgs = organizations.resolved(organizations.find(view, 0, len(view), with_villages, ref, thorough, abroad,
                                                                   doc.traditional), place, about)
    if issuer is not None and LAYOUT_SPACES.search(issuer.mention) and view[issuer.start : issuer.end] == issuer.mention:
        # 山 东 省 统 计 局: no name the text's words hold; the parts found inside it (统计局) are no bodies of their own
        inside = [o for o in all_orgs if not (o.end <= issuer.start or issuer.end <= o.start)]
        all_orgs = sorted([o for o in all_orgs if o not in inside] + [issuer], key=lambda o: o.start)
    orgs_by_para = _by_paragraph(doc, all_orgs)
    homes = [pl for found_here in by_home.values() for pl in found_here]
    sections = [p.start for p in doc.paragraphs if p.kind == "heading"]
    pointed_orgs, pointed_places = (_by_paragraph(doc, again) for again in pointers.find(view, all_orgs, found + homes, sections))
    named = [(pl.start, pl.end) for pl in with_villages + homes] + [(o.start, o.end) for o in all_orgs]
    found_numbers = quantities.named_by_repetition(view, quantities.find(view, 0, len(view), ref))
    quantities_by_para = _by_paragraph(doc, _outside_names(found_numbers, named))
    table = cells.cells(view, doc.paragraphs, _dropped_spaces(doc))
    for para in table.paragraphs:
        quantities_by_para[para] = [_in_a_table(view, q, para, table, ref) for q in quantities_by_para.get(para, [])]
    sentences: dict[int, list] = {}
    for s in doc.sentences:
        sentences.setdefault(s.para, []).append(s)
    branded = _in_company_names(found, all_orgs) if countries else []
    if branded:  # 宁德时代 in a report from 匈牙利: the company's name, no place the text is about
        found_here = [pl for pl in found if pl not in branded]
        place = document_place(doc, found_here, issuer, True)
    kept = [pl for pl in found if pl not in branded]
    claims_place = place or (next(iter(countries)) if len(countries) == 1
                             and _abroad_outweighs_home(kept, countries, places.home(kept, abroad_counted=filed_abroad), filed_abroad)
                             else "")
    own = document_actor(doc, all_orgs, issuer, ref)
    featured_one = None if own else featured_company(doc, all_orgs, abroad=len(countries) == 1 and claims_place in countries)
    discourse = Discourse(document_actor=own, issued=own is not None and issuer is not None and own.name == issuer.name,
                          document_place=claims_place, home_levels="".join(u.name[-1] for u in about.values()),
                          featured=featured_one, featured_work=built_work(view, featured_one) if featured_one and claims_place in countries
                          else "", own_unit=None if own or featured_one else own_media_unit(doc, all_orgs),
                          publications=attribution.publications(view, all_orgs, sections), sections=sections,
                          documents=attribution.issued_documents(view, all_orgs))
    featured = discourse.featured
    company_sections = {} if about else _company_sections(doc, orgs_by_para)  # a place's report: its figures, its own
    host = own if own is not None and own.name.endswith(claim_words().press_hosts) else None  # 县政府新闻办举行新闻发布会
    briefing = _briefing_speaker_paragraph(doc) if discourse.document_actor is None or host is not None else None
    unreported: list[dict] = []  # claims without an actor up to the briefing's speaker, which nobody is quoted saying
    people = People(transcript=quotes.label_lines(view, doc.paragraphs) >= 2)
    bodies = SpeakerBodies(view, all_orgs, people, [o for again in pointed_orgs.values() for o in again])
    trade_names = TradeNames(all_orgs)
    led_by_line = attribution.line_leads(view, doc.paragraphs, orgs_by_para)
    turns = _speaker_lines(view, doc.paragraphs, orgs_by_para)
    line_turn = told_before = None  # a transcript's turn that a speaker line opened; an official's in a news text
    told_in = (0, 0)  # the paragraph in which the official's turn was told
    officials: dict = {}  # officials named with body and title, by name (商务部电子商务司副司长蔡裕东)
    signed_above, above = False, None  # whether the line above named an author alone; that line
    briefed = _briefing_speaker_paragraph(doc) is not None  # whether the text reports a briefing, whose officials take turns
    for p in doc.paragraphs:
        orgs = orgs_by_para.get(p.para, [])
        here = places_by_para.get(p.para, [])
        para_places = [pl for pl in here if pl.end <= p.end and not _named_in(pl, orgs, here)]
        dateline = _dateline_of(doc, p)
        # a short name after a verb of going or staying (进京销售, 援藏) names where someone goes or comes from as
        # often as where the figures are, and a place before 旅客 where visitors come from: no place of claims
        # and the dateline's place (新华社北京…电) is where the reporter filed, also when the lead runs on after it
        scoped = [pl for pl in para_places if not pl.short and not places.visitors_from(view, pl.end) and not places.came_from(view, pl.start)
                  and not places.native_of(view, pl) and not places.reference_point(view, pl, found_by_end)
                  and not _sent_to(view, pl.start)
                  and not _gone_to(view, pl) and not _trade_partner(view, pl)
                  and not (dateline and dateline[0] <= pl.start < dateline[1])]
        discourse.open_paragraph(p.text, p.start, orgs)
        if p.kind == "heading" and own is None:  # 鲁丰化工：第四季度利润环比减少近四成: the section is that company's
            discourse.featured = company_sections.get(p.para) or featured
        author = _author_line(view, p, orgs) if p.kind != "body" and _titles(view, above) else None
        if author is not None and not signed_above and (own is None or author.name != own.name):  # not the issuer's line;
            discourse.author = author  # of co-authors one to a line (山东省统计局|国家统计局山东调查总队), the first
            # 关于2022年全省国民经济和社会发展计划的报告|省发改委: the report below is its own
        signed_above, above = author is not None, p
        line_turn = turns.get(p.para) or _labelled_turn(view, p, orgs) or _named_answer(view, p, officials) \
            or _turn_goes_on(view, p, line_turn)
        opens = dateline[1] if dateline else p.start  # 新华社北京12月19日电(记者韩洁)|财政部长金人庆…说
        told = attribution.official_opening(view, opens, p.end, orgs, officials) if p.kind == "body" else None
        if told is not None:
            told_in = (p.start, p.end)
        elif told_before and p.kind == "body" and attribution.official_goes_on(view, told_in, p, orgs, told_before):
            told, told_in = told_before, (p.start, p.end)
        discourse.turn, told_before = line_turn or told, told
        if p.kind == "body":  # officials named with body and title here may open a later paragraph by name alone
            attribution.titled_officials(view, p.start, p.end, orgs, officials)
        discourse.leads = attribution.leads(view, p.start, p.end, orgs) + ([led_by_line[p.para]] if p.para in led_by_line else [])
        said = _quotes(doc, p, sentences.get(p.para, []), people)
        again = pointed_orgs.get(p.para), pointed_places.get(p.para)  # 该局, 该镇: read as the body or place they name
        tables["quantities"] += _quantity_rows(doc, p, sentences.get(p.para, []), quantities_by_para.get(p.para, []),
                                               _with(orgs, again[0]), _with(scoped, again[1]), discourse, said, bodies, people,
                                               countries, unreported, trade_names)
        speaking = next((b for q in reversed(said) if (b := bodies.of(q)) is not None), None)
        if speaking is not None:  # “……”自治区统计局副局长宋秀红说。|分行业看，…: the official's body reports on
            discourse.reporter = speaking
        if briefed and speaking is not None and speaking.type in STATE_ORGANS \
                and not counterpart(speaking, discourse.document_actor):  # 深圳海关副关长… in 海关总署's release: its case
            discourse.briefer = speaking
        if p.para == briefing:  # the first state official to speak at the briefing the lead tells of speaks for the text,
            quoted = next((b for q in said if (b := bodies.of(q)) is not None and b.type in STATE_ORGANS), None)
            speaker = quoted or (told[1] if told is not None and told[1].type in STATE_ORGANS else None) \
                or attribution.official_within(view, p.start, p.end, orgs)  # 支持就业……国家发展改革委副主任赵辰昕表示
            discourse.document_actor = speaker or host  # the host holds the event; the body whose official speaks reports
            _reported_before(unreported, speaker)  # and the figures told before them
            if speaker is not None and host is not None:
                _reported_instead(tables["quantities"], host, speaker)
        tables["organizations"] += _span_rows(doc, p, orgs, "mention", ("name", "type", "level"))
        regions = [pl for pl in regions_by_para.get(p.para, []) if not any(o.start <= pl.start and pl.end <= o.end for o in orgs)]
        # (not 非洲开发银行's: a region inside any body's name names the body)
        tables["places"] += _span_rows(doc, p, sorted(para_places + regions + by_home.get(p.para, []), key=lambda pl: pl.start), "mention",
                                       ("province", "city", "county", "level", "code", "country"))
        tables["quotes"] += [{**row, "speaker": _written_before(doc, row["speaker"], q.start), "role": _written_before(doc, row["role"], q.start)}
                             for q, row in zip(said, _span_rows(doc, p, said, "quote", ("speaker", "role")))]
        # an event's host city (出席北京冬奥会开幕式) places its own sentence's figures, not the next paragraphs'; nor do
        # places a list names in several provinces (在江苏、浙江、上海就业的…: the last is no more where the text goes on than
        # the first; 沈阳、大连 are both 辽宁's)
        listed = [pl for pl in scoped if _listed(view, pl)]
        several = len({attribution.where(pl, countries) for pl in listed}) > 1
        carried = [pl for pl in scoped if not view.startswith(claim_words().event_nouns, pl.end) and not (several and pl in listed)
                   and not _registered_elsewhere(pl, orgs, discourse.document_place, countries)
                   and not attribution.names_a_model(view, pl)]  # (由厦门万泰…有限公司生产 in a 赣州 notice: where the
        # maker is registered, no more; “枫桥经验”: a model the text holds up)
        discourse.close_paragraph(p.kind, [u for pl in carried if (u := attribution.where(pl, countries))],
                                  [t.iso for t in timex.find(view, ref, p.start, p.end)] if p.kind == "heading" else [], p.text)
    in_file = {para: [(*doc.original_span(s, e), c) for s, e, c in cs] for para, cs in table.figures.items()}
    for row in tables["quantities"] if table.figures else ():  # rows hold offsets in the file, not the working text
        cell = next((c for s, e, c in in_file.get(row["para"], ()) if s <= row["start"] < e), None) if row["claim"] else None
        if cell is not None:
            row["subject"] = cell.subject  # its row's label and its column's header
            own = discourse.document_actor  # the table's: a row's label (长安镇 | 2150) does not act
            row["actor"] = own.name if own is not None else ""
    _sourced(tables["quantities"], source_notes(view, all_orgs), discourse.document_actor)
    headlines = {p.para for p in doc.paragraphs if p.kind == HEADLINE}
    _headline_reported(tables["quantities"], headlines, {o["name"] for o in tables["organizations"] if o["para"] in headlines})
    return tables


HEADLINE = "title"
ALIKE = 0.5  # of the shorter subject's characters that the other holds: the same thing (全省外贸进出口, 货物贸易进出口总值)


def _alike(one: str, other: str) -> bool:
    a, b = set(one), set(other)
    return bool(a and b) and len(a & b) >= ALIKE * min(len(a), len(b))


def _headline_reported(rows: list[dict], headlines: set[int], named: set[str]) -> None:
    """Give a headline's figure whose body the headline does not name (广西上半年外贸进出口增长8.2%; one the text's own
    body was given for want of another) the body that reports the same figure in the text (记者从南宁海关获悉，…同比增长
    8.2%; 据济南海关统计，…2.46万亿元): a headline repeats the story's figure, whose source the story names. ``named``
    holds the bodies the headlines name (人社部：前三季度城镇新增就业1056万人 keeps its own)."""
    told = {}  # the first figure of the story with the same value, whoever (or nobody) reports it
    bodies = {}  # every body that reports a figure of that value in the story
    for row in rows if headlines else ():
        if row["claim"] and row["para"] not in headlines:
            key = (row["value"], row["value_max"], row["unit"], row["kind"])
            told.setdefault(key, row)
            bodies.setdefault(key, set()).add(row["actor"])
    for row in rows if headlines else ():
        key = (row["value"], row["value_max"], row["unit"], row["kind"])
        if not row["claim"] or row["para"] not in headlines or key not in told:
            continue
        if len(bodies[key]) > 1 or not _alike(row["subject"], told[key]["subject"]):
            continue  # the story gives the value to several (全国…上涨0.2%, 全省…上涨0.2%), or to another thing (规上工业
            # 增加值增长7.2% over 长沙海关…出口增长7.2%): which one it repeats goes unsaid
        if not row["actor"] or row["actor"] not in named and told[key]["actor"]:
            row["actor"] = told[key]["actor"]


SOURCE_NOTE = re.compile(r"(?:数据|资料)(?:来源于|来自|取自)")
SOURCE_NOTE_WORD = 6  # Chinese characters before 数据 that may name the figures
SOURCE_NOTE_LEAD = re.compile(r"[\u4e00-\u9fff]{1,%d}\Z" % SOURCE_NOTE_WORD)


def source_notes(view: str, orgs: list) -> list[tuple[str, organizations.Org]]:
    """The state bodies a statistical release's notes name as the source of some of its figures, with the word that
    names those figures (3.数据来源|进口数据来源于海关总署: the imports' figures are 海关总署's, not the release's)."""
    at = {o.start: o for o in orgs if o.type in STATE_ORGANS}
    out = []
    for m in SOURCE_NOTE.finditer(view):
        # the Chinese characters right before 数据, read back from it (a scan that opened with them was slow)
        lead = SOURCE_NOTE_LEAD.search(view, max(0, m.start() - SOURCE_NOTE_WORD), m.start())
        if lead is None or m.end() not in at:
            continue
        word = tokens.tagged(lead.group())[-1][0]  # 注：表中|进口数据来源于…: the word right before 数据
        if len(word) >= 2 and word not in SOURCE_NOTE_POINTERS:
            out.append((word, at[m.end()]))
        # and each figure a list before 数据 names whole (居民消费价格、居民人均可支配收入数据来源于…调查队)
        listed = re.split(r"[，。；：:;,\]）)\n]", view[max(0, m.start() - SOURCE_NOTE_LIST) : m.start()])[-1].strip()
        while (opened := NOTE_OPENING.sub("", listed)) != listed:  # 3.本公报中: each opening in turn
            listed = opened
        listed = listed.removesuffix(NOTE_ETC)
        items = [part for item in NOTE_ITEMS.split(listed) for part in _measures_joined(item)]
        out += [(item, at[m.end()]) for item in items if len(item) >= 2 and item != word and len(items) > 1
                and item not in SOURCE_NOTE_POINTERS]
    categories = claim_words().note_categories  # 财政数据来源于市财政局: the figures a bulletin's 财政 chapter gives
    return out + [(term, body) for word, body in out for term in categories.get(word, ())]


def _measures_joined(item: str) -> list[str]:
    """A note's item, or the figures 与 joins in it (居民收入与消费支出 → 居民收入, 消费支出; 存款与贷款); not the words
    of one term (研究与试验发展经费: ``claims.yml joined_terms``)."""
    if any(term in item for term in claim_words().joined_terms):
        return [item]
    return [part for part in item.split(MEASURES_JOINED) if part]


MEASURES_JOINED = "与"


SOURCE_NOTE_LIST = 40  # characters before 数据 read for the figures a note lists
NOTE_OPENING = re.compile(r"^(?:\[\d+\]|\d+[.．、]|[①-⑳]|注[:：]?|本公报中?|本文中?)\s*")  # 1., ①, 本公报中: a note's opening
NOTE_ITEMS = re.compile(r"、|和|及")  # 居民消费价格、工业生产者价格和居民人均可支配收入 (与 joins one item's words: 研究与试验发展)
NOTE_ETC = "等"


SOURCE_NOTE_POINTERS = frozenset({"以上", "上述", "全部", "相关", "有关", "本文", "文中", "表中", "所有", "各项", "其他", "本报告"})
# words that point at figures rather than name them (以上数据来源于…: the whole text's, which 规模以上 must not match)


def _sourced(rows: list[dict], notes: list, own: organizations.Org | None) -> None:
    """Give the claims whose sentence names a noted figure before the number (进口煤炭2.2亿吨，同比增长93.0%; 粮食产量 in
    粮食总产量3098.5万吨) the body the note names as its source, where no other body than the text's own acts for them;
    and the later claims of that paragraph, or of a breakdown paragraph right after it (按收入来源分，…), in sentences
    that give its parts and name the noted figure's kind before their number (居民消费价格…。八大类商品和服务价格中，
    食品烟酒价格下降0.8%; 粮食产量…。其中，早稻产量…) or open with 其中 after a claim in their unit that measured it
    (``_whole_of_the_parts``), not the paragraph's other figures (生猪出栏…, 油料产量…)."""
    mine = own.name if own is not None else ""
    last, para = None, None  # the noted figure's kind and body the paragraph named last
    measures: dict[tuple, list] = {}  # each sentence's claims in order: (unit, the noted figure's body each measured, or None)
    for row in rows if notes else ():
        if not row["claim"]:
            continue
        said = measures.setdefault((row["para"], row["sent"]), [])
        if row["actor"] != mine:
            said.append((row["unit"], None))
            continue
        before = row["sentence"][: max(0, row["sentence"].find(row["text"]))]
        if row["para"] != para:
            last = last if last is not None and attribution.continues(row["sentence"]) else None
            para = row["para"]
        noted = next(((word, b) for word, b in notes if _names_noted(before, word)), None)
        if noted is not None:
            last = (noted[0][-NOTED_EDGE:], noted[1])  # its measure: 价格, 产量, 收入
        parts = last is not None and last[0] in before and bool(NOTED_PARTS.match(row["sentence"]))
        whole = _whole_of_the_parts(row, measures) if row["sentence"].startswith(PARTS_OPENER) else None
        measured = next((b for word, b in notes if _names_noted(row["subject"], word)), None)
        said.append((row["unit"], measured or whole))
        body = noted[1] if noted is not None else last[1] if parts else whole
        if body is not None:
            row["actor"] = body.name


def _whole_of_the_parts(row: dict, measures: dict[tuple, list]):
    """The body a note names for the figure whose parts a sentence opening with 其中 gives: the last claim in the part's
    unit of the sentence before, where it measured a noted figure (经营主体52.86万户…。其中，企业10.37万户;
    市场主体12.83万户，新增城镇就业1.26万人。其中，个体工商户9.12万户: 户, the 市场主体's), or the part right before it in
    its unit, or a share or change of the part right after it (其中，企业14.86万户，占24.2%); None otherwise (…新增城镇就业
    6.8万人。其中，新增就业困难人员就业0.9万人: no noted figure's; …，城镇登记失业率2.9%: a later figure of its own)."""
    here = measures.get((row["para"], row["sent"]), [])
    if here and here[-1][0] == row["unit"]:
        return here[-1][1]  # (其中，企业10.37万户，个体工商户41.65万户: the part before it, in its unit)
    alike = [body for unit, body in measures.get((row["para"], row["sent"] - 1), []) if unit == row["unit"]]
    if alike:
        return alike[-1]
    share = row["unit"] in PART_SHARE_UNITS and row["sentence"][: row["sentence"].find(row["text"])].rstrip().endswith(PART_SHARE_WORDS)
    return here[-1][1] if here and share else None  # (其中，企业14.86万户，占24.2%: the part's share, the part's source)


PER_UNIT_BASE = re.compile(r"(?:每[\d十百千万]*|[十百千万])$")  # 每千人口, 每10万人口, 千人口: the base a rate is reckoned per
NOTED_SPREAD = 3  # times its own length a noted figure's words may spread over (粮食产量 in 粮食总产量)


def _names_noted(text: str, item: str) -> bool:
    """Whether ``text`` names the figure a source note lists: whole, or by its first two and last two characters in
    order close together, the thing and its measure (居民收入 in 居民人均可支配收入, 粮食产量 in 粮食总产量); not as the base
    of a rate per head (人口数据来源于省统计局: 每千人口|医疗卫生机构床位数 is the health body's figure, not population)."""
    at = text.find(item)
    while at >= 0:
        if not PER_UNIT_BASE.search(text, 0, at):
            return True
        at = text.find(item, at + 1)
    if len(item) < 2 * NOTED_EDGE:
        return False
    head, tail = item[:NOTED_EDGE], item[-NOTED_EDGE:]
    at = text.find(head)
    while at >= 0:
        end = text.find(tail, at + len(head))
        if end >= 0 and end + len(tail) - at <= NOTED_SPREAD * len(item) and _ends_the_noun(text, end + len(tail)) \
                and not PER_UNIT_BASE.search(text, 0, at):
            return True
        at = text.find(head, at + 1)
    return False


def _ends_the_noun(text: str, at: int) -> bool:
    """Whether the noun phrase ends at ``at``: no noun goes on from it (粮食总产量|3098.5万吨, not 城镇非私营单位就业|人员
    年平均工资, which measures wages), or only a statistic of it (居民人均可支配收入|中位数)."""
    after = tokens.tagged(text[at : at + NOTED_EDGE * 2])
    return not after or not after[0][1].startswith("n") or after[0][0] in NOTED_STATISTICS


PARTS_OPENER = "其中"  # …经营主体52.86万户…。其中，企业10.37万户: the sentence right after the noted figure gives its parts
PART_SHARE_UNITS = ("%", "个百分点")  # a part's share or change right after it (其中，企业14.86万户，占24.2%)
PART_SHARE_WORDS = ("占", "占比", "占比为", "增长", "下降", "提高", "比重为", "，占")
NOTED_EDGE = 2  # characters of a noted figure's thing (粮食) and measure (产量) that stand whole wherever it is named
NOTED_STATISTICS = ("中位数", "平均数", "均值")  # a statistic of the noted figure (居民人均可支配收入中位数) is its own
NOTED_PARTS = re.compile(r"(?:其中|[^，。；]{1,16}中[，,]|(?:按|分)[^，。；：:]{1,10}?(?:分|看|来看)[，,：:])")
# a sentence that gives a figure's parts: 其中，…; 八大类商品和服务价格中，…; 按收入来源分，…


def _dropped_spaces(doc: ingest.Document) -> list[int]:
    """Where the working text left out what the file has before a character: the space it closes between a digit
    and a Chinese character, either way round (1 上海 329, 增长 5). None asked of a web page, whose markup the working
    text leaves out between any two characters (全市<b>GDP</b>)."""
    if doc.markup or doc.origin is None:
        return []
    starts, ends = np.frombuffer(doc.origin, dtype=np.int64), np.frombuffer(doc.origin_end, dtype=np.int64)
    return (np.flatnonzero(starts[1:] > ends[:-1]) + 1).tolist()


def _in_a_table(view: str, q, para: int, table, ref):
    """A table cell's figure read with its table's or column's unit (414.9 in a table of 亿元: 41,490,000,000 元),
    a claim; the words of a unit line (单位:亿元), a header or a row's label (0-14岁) are none; a cell of words (a
    remark: 其中…新种任务1500亩) is read as any sentence."""
    cell = table.figure_at(para, q.start)
    if cell is None:
        return replace(q, claim=False) if table.wordless_at(para, q.start) else q
    number = view[q.start : q.end]
    for unit in (cell.unit, cell.table_unit):  # a column's bracket that names no unit (2023年(预计)): the table's
        read = quantities.find(number + unit, 0, len(number) + len(unit), ref) if unit else []
        whole = next((r for r in read if r.start == 0 and r.end == len(number) + len(unit)), None)
        if whole is not None:
            return replace(whole, start=q.start, end=q.end, numeral_start=q.start, unit_end=q.end, claim=True)
    return replace(q, claim=True)


def _named_for_elsewhere(view: str, pl: places.Place, by_end: dict) -> bool:
    """Whether a place is named only as where someone comes from or what another place is measured from (王德新是浙江宁波人,
    马骁来自江苏盐城, 距南京主城不到30公里): no vote for the province a text is about."""
    return places.native_of(view, pl) or places.came_from(view, pl.start) or places.reference_point(view, pl, by_end)


def _sent_to(view: str, at: int) -> bool:
    """Whether a place starting at ``at`` is where goods are sent (运往重庆, 远销…和安徽蚌埠): a verb of sending stands
    before it in its clause."""
    w = claim_words()
    lo = max(0, at - w.destination_reach)
    clause = max([lo] + [view.rfind(d, lo, at) + 1 for d in "，。；：,;:\n"])
    return w.destination_verbs.search(view, clause, at) is not None


def _trade_partner(view: str, pl: places.Place) -> bool:
    """Whether a place abroad is one a text counts trade with (对美国进出口, 对东盟、美国出口, 自韩国进口, 出口美国): where the
    goods come from or go, not where the figures are; a preposition of the trade's direction before it, over a list of
    partners, or a verb of trade right before it."""
    w = claim_words()
    if pl.country == places.CHINA:
        return False
    if view.endswith(w.trade_verbs, 0, pl.start):
        return True
    before = PARTNER_LIST.search(view, max(0, pl.start - w.trade_reach * 2), pl.start)
    if before is None:
        return False
    reach = re.split(r"[，。；：,;:\n]", view[pl.end : pl.end + w.trade_reach])[0]
    return any(t in reach for t in w.trade_directions.get(before.group("by"), ()))


PARTNER_LIST = re.compile(r"(?P<by>[对向与自从])(?:[\u4e00-\u9fff]{1,8}?[、和及])*$")  # 对|东盟、|美国: partners listed


def _gone_to(view: str, pl: places.Place) -> bool:
    """Whether a place is where someone goes to work or study (一个人到北京打拼, 去广东打工, 去大连建筑工地打工: a few
    characters of where may stand between): they are from elsewhere; not one they come or return to (回到红安县, 来到海南)."""
    w = claim_words()
    verb = next((v for v in w.gone_before if view.endswith(v, 0, pl.start)), None)
    if verb is None or view.endswith(w.gone_not_before, 0, pl.start - len(verb)):
        return False
    for k in range(GONE_GAP + 1):
        if k and view[pl.end + k - 1] in CLAUSE_MARKS:
            return False
        if view.startswith(w.gone_after, pl.end + k):
            return True
    return False


GONE_GAP = 6  # characters between the place and the work (大连|建筑工地|打工)


def _named_in(pl: places.Place, orgs: list, here: list) -> bool:
    """Whether a place is part of a body's name rather than where the body is: any place inside a national,
    international or foreign body's name (北京大学, 上海合作组织, 加拿大银行); inside a local one (将军澳医院), only a place right after another
    that it does not lie in (宁夏|闽江应用技术学院, 海南|洛桑旅游大学: the first says where, the second names the body;
    a branch's place stays, 北京大学口腔医院三亚医院)."""
    body = next((o for o in orgs if o.start <= pl.start and pl.end <= o.end), None)
    if body is None:
        return False
    return body.level in NOT_LOCAL_LEVELS or any(body.start <= other.start and other.end == pl.start for other in here)


def _registered_elsewhere(pl: places.Place, orgs: list, home: str, countries: frozenset[str]) -> bool:
    """Whether a place lies inside a company's or a university's name outside the text's province (a 赣州 notice naming its maker 厦门万泰…
    有限公司), or in a text about no province (a listed company's results naming 四川天宜锂业…有限公司, an affiliate): where
    the company is registered places its own sentence's figures, not the paragraph's later ones nor the next paragraphs'
    (a text about the company itself, 宁波舟山港股份有限公司…。公司完成…, then places its later figures nowhere rather than
    in an affiliate's province)."""
    inside = any(o.type in REGISTERED_TYPES and o.start <= pl.start and pl.end <= o.end for o in orgs)
    return inside and (not home or attribution.where(pl, countries) != home)


REGISTERED_TYPES = (*organizations.COMPANY_TYPES, organizations.UNIVERSITY)  # bodies named by where they are registered or
# sited (园区与南京工业大学共建… in a 安徽 story: 江苏 is no place of the park's later figures)
LEAD_PARAGRAPHS = 1  # body paragraphs of a text's lead (after its headlines), where the body it reports for is named


def document_actor(doc: ingest.Document, orgs: list, issuer: organizations.Org | None, ref=None) -> organizations.Org | None:
    """The body a text speaks for: one that reports in its lead (人社部举行新闻发布会), else the government
    or organ that issues an official document or report (its publisher, when that is a body and not a medium, its
    title's or signature's issuer; a government's report that a department's head delivers, named on a line of its own
    under the title, the department's), else the organ a drafted document names most (``_drafting_organ``), else the body
    a disclosure defines as itself (``_self_defined``). A body a credit line names as the source of the text's figures
    (数据来源：…) reports them when the lead names none that does and the text has no issuer, or when the lead names only
    the press office that holds the briefing (国务院新闻办…举行新闻发布会 under 数据来源：商务部)."""
    lead_end, body_paragraphs, body_start = 0, 0, None
    dateline = _opening_dateline(doc)  # a caption above the dateline (天蓝水清的株洲。) leads nothing
    for p in doc.paragraphs:  # the lead: up to its first few body paragraphs (headlines and 核心阅读 aside)
        if body_paragraphs >= LEAD_PARAGRAPHS:
            break
        body = p.kind == "body" and p.end > dateline
        # a paragraph that asks opens a feature rather than leading it (就业是最基本的民生。如何促进就业创业…？)
        body_paragraphs += body and not p.text.rstrip().endswith(("？", "?"))
        body_start = p.start if body_start is None and body else body_start
        lead_end = p.end
    found = attribution.reporting_body(doc.view, orgs, 0, lead_end, body_start)
    if found is None:  # a news item's summary before its lead (前三季度，安徽…支出进度79.7%。| …记者从安徽省财政厅获悉，…):
        after = next((p for p in doc.paragraphs if p.kind == "body" and p.start >= lead_end), None)  # the source its
        found = attribution.learned_from(doc.view, orgs, after.start, after.end) if after is not None else None  # reporter names
    if found is None:
        found = _headline_briefer(doc, orgs)
    if found is None:
        found = _conference_host(doc.view, lead_end)
    if found is not None and found.name.endswith(claim_words().press_hosts):
        found = _credited_source(doc.view, orgs) or found  # 数据来源：商务部 over 国务院新闻办, which only holds the briefing
    if found is not None and issuer is not None and _cited_in_its_preamble(doc.view, found, issuer, lead_end):
        return issuer  # 据省统计局初步核算，…。现将有关情况通报如下: the issuer's own report, which cites the bureau once
    if found is not None:
        return found
    if issuer is not None and attribution.governs(issuer):
        author = _author_official(doc, orgs)  # 湖南省人民政府关于…审计工作报告 | 湖南省审计厅厅长　周文彬: the department whose
        return author if author is not None and not attribution.governs(author) else issuer  # head delivers the report
    return issuer if issuer is not None else (_credited_department(doc, orgs) or _credited_source(doc.view, orgs)
                                              or _author_official(doc, orgs) or _summarising_organ(doc, orgs, ref)
                                              or _drafting_organ(doc, orgs) or _self_defined(doc, orgs))


def _cited_in_its_preamble(view: str, body: organizations.Org, issuer: organizations.Org, lead_end: int) -> bool:
    """Whether a text's preamble cites ``body`` as a figure's source (据省统计局初步核算，) and closes by bringing in the
    text's body (现将有关情况通报如下。, claims.yml ``drafting_close``), in a department's own report: a government's
    portal or office that posts a department's statistics so (来源：株洲市人民政府 … 据市统计局统计，…现将有关情况报告如下)
    passes them on."""
    general = attribution.governs(issuer) or any(office in issuer.name for office in GOVERNMENTS_OWN)
    close = claim_words().drafting_close.search(view, body.end, lead_end)
    return view.endswith(attribution.SOURCE_MARK, 0, body.start) and not general and close is not None \
        and "。" in view[body.end : close.start()]  # (据省统计局数据，现将…通报如下: the bureau's data are the report)


GOVERNMENTS_OWN = ("人民政府", "政府办公", "委办公")  # a government's or a party committee's own office or portal
# (祁阳市人民政府办公室, 省政府办公厅, 中共平江县委办公室)


def _conference_host(view: str, lead_end: int) -> organizations.Org | None:
    """The national organ that holds the sector's national work conference its lead learns the figures from (记者从…召开的
    2026年全国水利工作会议上获悉，…: 水利部, whose minister delivers the work report; 全国教育工作会议: 教育部): the registered organ named for the
    conference's field as ministries and administrations are (水利部, 国家统计局, 海关总署, 国家卫生健康委员会), or None where no
    one organ is (全国组织工作会议: the party's, named otherwise). The organ is the text's reporting body, not a mention."""
    m = CONFERENCE.search(view, 0, lead_end)
    if m is None or _first_person_unit().search(view, 0, lead_end) or SUB_VENUE in view[m.start() : m.end()]:
        return None  # (记者从…江苏分会场获悉，…; …在京召开。我省在分会场…: a province's own figures; not 贵州全省, 全省域)
    field, registered = m.group("field") or m.group("held"), _central_organs_by_name()
    hosts = {registered[name]["name"] for form in CONFERENCE_HOSTS if (name := form.format(field)) in registered}
    if len(hosts) != 1:
        return None
    row = organizations.registry()[hosts.pop()]
    return organizations.Org(m.start(), m.end(), m.group(), row["name"], row["type"], row["level"])


# the reporter learns the figures from it (记者从9日在京召开的2026年全国水利工作会议上获悉): not a province's or city's own
# report of what it did at or after one (在…全国水利工作会议上，我省作典型发言; 全国水利工作会议召开后，市水务局…)
# or the lead reports the conference itself, held in the capital (2026年全国水利工作会议9日在京召开。会议指出，…)
CONFERENCE = re.compile("[从在][^，。；]{0,24}?全国(?P<field>[\u4e00-\u9fff]{2,10}?)工作会议[^，。；]{0,16}?上?"
                        "(?:获悉|得知|了解到|获知|传出消息)|全国(?P<held>[\u4e00-\u9fff]{2,10}?)工作会议[^，。；]{0,8}?在京召开")
@lru_cache(maxsize=1)
def _central_organs_by_name() -> dict[str, dict]:
    """The registered central state organs by name and by each of their aliases (市场监管总局 → 国家市场监督管理总局)."""
    out = {}
    for row in organizations.registry().values():
        if row["level"] == "central" and row["type"] in organizations.STATE_ORGANS:
            for name in [row["name"], *filter(None, (row.get("aliases") or "").split("|"))]:
                out.setdefault(name, row)
    return out


SUB_VENUE = "分会场"  # a province's or city's venue of a national conference
FIRST_PERSON_PREFIXES = "我本"  # of places.yml's deixis prefixes, those by which a local paper speaks of its own unit


@lru_cache(maxsize=1)
def _first_person_unit() -> re.Pattern:
    """我省, 本市: a local text's own unit in the first person (places.yml ``deixis_levels``); not 全省域, 贵州全省."""
    levels = "".join(yaml_book(__package__, "places.yml")["deixis_levels"])
    return re.compile(f"[{FIRST_PERSON_PREFIXES}][{levels}]")
CONFERENCE_HOSTS = ("{}部", "国家{}局", "国家{}总局", "{}总局", "{}总署", "国家{}委员会")  # how the organs of a field are named


def _credited_department(doc: ingest.Document, orgs: list) -> organizations.Org | None:
    """The ministry's department a page credits by its own name alone (来源：调查统计司, as 中国人民银行's site credits its
    releases), by the full name the text gives it (人民银行调查统计司负责人答记者问), or None: a department's name alone
    says whose it is no more than the page does."""
    credited = doc.meta.get("credited", "")
    if not credited or credited != doc.meta.get("publisher") or not credited.endswith(org_names.names().department_ending):
        return None
    return next((o for o in orgs if o.type in STATE_ORGANS and o.mention.endswith(credited) and len(o.mention) > len(credited)), None)


def _headline_briefer(doc: ingest.Document, orgs: list) -> organizations.Org | None:
    """The state body whose officials a headline has brief (民政部、财政部有关负责人解读残疾人两项补贴新政: 民政部, the first
    of those listed), or None."""
    w = claim_words()
    for p in doc.paragraphs:
        if p.kind != "title":
            continue
        first = next((o for o in orgs if p.start <= o.start < p.end and o.type in STATE_ORGANS), None)
        if first is None or first.start != p.start:
            continue  # the headline opens with the body
        last = first
        while (nxt := next((o for o in orgs if o.start == last.end + 1 and org_names.listed_together(doc.view, last.end, o.start)), None)):
            last = nxt  # 民政部、财政部…
        official = next((t for t in w.briefing_officials if doc.view.startswith(t, last.end)), "")
        if official and doc.view.startswith(w.briefing_verb_list, last.end + len(official)):
            return first
    return None


def _credited_source(view: str, orgs: list) -> organizations.Org | None:
    """The one state body the text's credit lines name as the source of its figures (数据来源：人力资源社会保障部, under
    a 人民日报 page's chart, wherever it stands): the text reports that body's figures."""
    credits = claim_words().data_credits
    named = {o.name: o for o in orgs if o.type in STATE_ORGANS and view.endswith(credits, 0, o.start)}
    return next(iter(named.values())) if len(named) == 1 else None


TIME_FRAME_TAIL = re.compile(r"(?:以来|来|期间|中)?[，,]")  # 2021年,|今年以来，: the time that opens a summary's first sentence


def _summarising_organ(doc: ingest.Document, orgs: list, ref=None) -> organizations.Org | None:
    """The local state organ a text's first sentence opens with as its subject, after the time it tells of (2021年,
    市农业农村局认真落实稳增长工作部署…。全市农林牧渔业总产值295.07亿元): a body summing up its own year's work, whose
    figures the text gives. Not one followed by 的, a conjunction or a group's word (市农业农村局的…, 市教育局和…,
    市农业农村局系统…), which is no subject, nor by an official's title within a post's length (郑州市退役军人事务局
    局长张慧娴…, 市农业农村局副局长张三带队…: the official's visit); not a national body, nor one acting on the text's
    own unit (农业农村部将我县列为…, 省农业农村厅下达我县…: 全县's figures are the county's); and only a sentence that
    sums up, with no claim of its own (宝鸡市财政局安排资金三亿元: a news item's act, whose figures are its sentence's).
    A headline's subtitle line may be that sentence (…关店村党支部推动香菇产业发展——)."""
    first = next((p for p in doc.paragraphs if p.kind == "body"), None)
    subtitles = [p for p in doc.paragraphs if p.kind == "title"][1:]
    return next((o for p in subtitles + ([first] if first is not None else [])
                 if (o := _summing_up(doc, p, orgs, ref)) is not None), None)


def _summing_up(doc: ingest.Document, first, orgs: list, ref=None) -> organizations.Org | None:
    """The local organ that opens the paragraph ``first`` summing up (``_summarising_organ``), or None."""
    view = doc.view
    at = _after_a_lead_quotation(view, first.start, first.end)
    ref = ref or timex.year_end(infer_year(view))  # the text's date, as the caller read it
    times = timex.find(view, ref, at, first.end)
    if times and times[0].start == at and (tail := TIME_FRAME_TAIL.match(view, times[0].end, first.end)):
        at = tail.end()
    elif at > first.start and (opener := name_cues().time_opener.match(view, at, first.end)):
        at = opener.end()  # “…”近日，县扶贫办…: the quotation's source (a news item's own 近日，省政府出台… is its act)
    body = next((o for o in orgs if o.start == at and o.type in STATE_ORGANS), None)
    if body is None or body.level in attribution.CENTRAL_LEVELS or view.startswith(SUBJECT_NOT_AFTER, body.end):
        return None
    if name_cues().titles.search(view, body.end, body.end + AUTHOR_POST_MAX):
        return None  # 县委书记、县长杜伟前往…, 局副局长张三带队…: the official, not the body, heads the sentence
    sentence_end = next((x.end for x in doc.sentences if x.start <= body.start < x.end), first.end)
    if _above_own_unit(body, view, sentence_end) or any(q.claim for q in quantities.find(view, body.end, sentence_end, ref)):
        return None
    return attribution.innermost(body, {o.start: o for o in reversed(orgs) if o.type != "group"}, view)


OWN_UNIT = re.compile("我([省市县区州盟旗镇乡村])")  # the text's own unit, which a body that acts on it is above
# the levels the text's own unit may be: 我区 is a district or an autonomous region, 我市 a county-level city, a prefecture or
# a municipality (北京市发展改革委…对我市: the municipality's own organ)
OWN_UNIT_LEVELS = {"省": ("provincial",), "市": ("county", "prefecture", "provincial"), "州": ("prefecture",),
                   "盟": ("prefecture",), "县": ("county",), "区": ("county", "provincial"), "旗": ("county",),
                   "镇": ("township",), "乡": ("township",), "村": ("village",)}
BODY_LEVELS = ("village", "township", "county", "prefecture", "provincial")  # lowest first


def _above_own_unit(body: organizations.Org, view: str, end: int) -> bool:
    """Whether the body acts on the text's own unit from above (农业农村部将我县列为…, 省农业农村厅下达我县…: 全县's
    figures are then the county's), not as that unit's own organ (县扶贫办对我县…进行回头看: the county's office)."""
    own = OWN_UNIT.search(view, body.end, end)
    if own is None:
        return False
    highest = max(BODY_LEVELS.index(level) for level in OWN_UNIT_LEVELS[own.group(1)])
    return body.level not in BODY_LEVELS or BODY_LEVELS.index(body.level) > highest


def _after_a_lead_quotation(view: str, start: int, end: int) -> int:
    """Where a paragraph's own sentence starts after the quotation a news lead opens with (“去年，我县共完成脱贫3705户…”
    近日，县扶贫办…): the body named next is the quotation's source, and the text's."""
    if start >= end or view[start] not in QUOTE_OPEN:
        return start
    close = view.find(QUOTE_CLOSE[QUOTE_OPEN.index(view[start])], start + 1, end)
    return start if close < 0 else close + 1 + (view.startswith(("，", "。"), close + 1))
SUBJECT_NOT_AFTER = ("的", "和", "与", "及", "、", "，", ",", "：", ":", "一行", "主要负责", "系统", "驻")


AUTHOR_POST_MAX = 8  # characters of an author line's post between the body and the name (副总队长, 党组书记、局长)


def _author_official(doc: ingest.Document, orgs: list) -> organizations.Org | None:
    """The state organ of the official a speech or a signed text names on a line of its own under its title
    (2015年上半年新闻发布辞|国家统计局湖南调查总队副总队长 梁己香): the official speaks for that body, which reports the
    text's figures. Only the one line that is a body, a post and a name before the first body paragraph, in a text
    that is no transcript of turns (周紫霄：…; 【广州海关副关长李明】…), where such a line names a speaker among several."""
    view = doc.view
    if quotes.label_lines(view, doc.paragraphs) >= 2:
        return None
    found = []
    for p in doc.paragraphs:
        if p.kind == "body":
            break
        line_end = p.start + len(view[p.start : p.end].rstrip())
        first = next((o for o in orgs if p.start <= o.start < line_end and o.type not in ("group", "media")), None)
        if first is None or first.start != p.start or first.type not in STATE_ORGANS:
            continue
        named = named_before(view, line_end)
        post = view[first.end : named.start].strip() if named is not None and named.name else ""
        opens_turns = named is not None and any(named.name + mark in view for mark in "：:")  # 周紫霄：…, a turn's label
        hosts = post.endswith(quotes.cues().askers)  # 办公厅副主任、主持人: who asks and introduces, not who reports
        if 0 < len(post) <= AUTHOR_POST_MAX:  # a body's officer named on a line of their own (广州海关副关长 李明)
            author = name_cues().title_end.search(post) and not (opens_turns or hosts)
            found.append(attribution.innermost(first, {o.start: o for o in reversed(orgs) if o.type != "group"}, view) if author else None)
    return found[0] if len(found) == 1 else None


def featured_company(doc: ingest.Document, orgs: list, abroad: bool = False) -> organizations.Org | None:
    """The company a feature is about (位于海阳市凤城街道的烟台枫林新材料有限公司很陌生。…年出口量达到两万吨左右): the
    one company its first body paragraph names, beside no state organ, or its title's lines when that paragraph names no
    body (小米集团坚持创新驱动——, a subtitle 中国工商银行提高运营效率——), or the next body paragraphs' when a scene
    opens the feature (盛夏时节，…百香果园里…。|…加入寻乌县福和果业专业合作社…), that the text names again (by name, as
    该公司, or as 公司 or its own class word heading a clause: 合作社从2018年开始…); its figures are the company's where no
    other body is named."""
    dateline = _opening_dateline(doc)
    body = [p for p in doc.paragraphs if p.kind == "body" and p.end > dateline][:FEATURE_OPENING]
    titles = [p for p in doc.paragraphs if p.kind == "title"]  # the headline, its lead-in and its subtitle
    company = None
    for part in body[:1] + titles + body[1:]:  # the first of them that names a body
        here = [o for o in orgs if part.start <= o.start < part.end and o.type not in ("group", "media")]
        companies = {o.name: o for o in here if o.type in FEATURED_TYPES}
        if len(companies) != 1 or any(o.type in STATE_ORGANS for o in here):
            if here:
                return None
            continue
        company = next(iter(companies.values()))
        if _listed_with_another(doc.view, company, orgs):
            return None  # 数据宝、同花顺联合发布…: one of the bodies that publish together, not what the feature is about
        break
    if company is None:
        return None
    again_by = claim_words().company_again  # 公司 first, then the class words a name may end with (合作社)
    word = next((w for w in again_by if company.mention.endswith(w)), next(iter(again_by)) if company.type in organizations.COMPANY_TYPES else "")
    again = again_by[word].search(doc.view, company.end) if word else None  # (a university is named again by its name)
    named_again = again is not None or any(o.name == company.name and o.start > company.start for o in orgs)
    return company if named_again or abroad and built_work(doc.view, company) else None


def built_work(view: str, company) -> str:
    """The word a feature about a work abroad names the work the company invests in or runs by (园区由…豫赞农业发展有限公司
    投资建设), where the text names it again and again (园区, three times or more) rather than the company: the work's
    figures and its posts (园区总经理) are the company's, as a Chinese company's farm, plant or port abroad is its own. At
    home a work's figures are the place's or its own administration's (赣江新区, a county's park), and a contractor (承建)
    or a developer (开发建设) builds a work it does not report for. "" for none."""
    m = BUILT_BY.search(view, max(0, company.start - BUILT_BY_REACH), company.end + BUILT_VERB_MAX)
    work = m.group("work")[-WORK_HEAD:] if m is not None else ""
    ok = m is not None and m.start("by") <= company.start and company.end == m.start("verb") and view.count(work) >= WORK_NAMED
    return work if ok else ""


BUILT_BY = re.compile(r"(?P<work>[\u4e00-\u9fff]{2,12})由(?P<by>[^，。；]{2,40}?)(?P<verb>投资建设|投资兴建|建设运营|投资运营|运营)")
BUILT_BY_REACH = 60  # characters before a company's name where the work it builds may be named (…园区由总部位于…的)
BUILT_VERB_MAX = 4  # characters of the verb of building after the company's name
WORK_HEAD = 2  # characters of a work's name that a report names it again by (园区, 项目, 铁路)
WORK_NAMED = 3  # times a report names the work, at least, to be about it


def _company_sections(doc: ingest.Document, orgs_by_para: dict) -> dict[int, organizations.Org]:
    """The company each subhead of a report on several companies opens with (远航电池：…, 鲁丰化工：…), by the subhead's
    paragraph: the figures under it are that company's, as a feature's are its company's. Only where two subheads or more
    open with different companies whose sections open with their stock codes (…有限公司（下称“远航电池”，300937.SZ）), in a text
    about no place (``_tables``): a city's report on its projects (宁德时代项目进展顺利, 比亚迪二期项目开工) goes on with the
    city's figures, and an industry roundup's section (长安汽车：… 据中汽协数据，我国汽车出口…) with the market's."""
    found = {}
    for p, after in zip(doc.paragraphs, doc.paragraphs[1:]):
        if p.kind != "heading" or not LISTED_CODE.search(doc.view, after.start, after.end):
            continue
        orgs = orgs_by_para.get(p.para, [])
        companies = {o.name: o for o in orgs if o.type in FEATURED_TYPES}
        first = min(orgs, key=lambda o: o.start, default=None)
        if len(companies) == 1 and first is not None and first.type in FEATURED_TYPES and not doc.view[p.start : first.start].strip() \
                and not any(o.type in STATE_ORGANS for o in orgs):
            found[p.para] = first
    return found if len({o.name for o in found.values()}) >= COMPANY_SECTIONS else {}


COMPANY_SECTIONS = 2  # subheads opening with different companies that make a report on several
LISTED_CODE = re.compile(r"\d{6}\.(?:SH|SZ|BJ)|(?:股票|证券)代码[:：]?\d{6}")  # 上交所, 深交所 and 北交所 codes


FEATURE_OPENING = 3  # body paragraphs a feature may open with before it names what it is about
FEATURED_TYPES = org_units.GROUP_TYPES + ("university",)  # a company, or a university's institute a feature is about


def _listed_with_another(view: str, company, orgs: list) -> bool:
    """Whether another body stands right before or after the company, a list's mark between them (数据宝、同花顺)."""
    return any(o is not company and (org_names.listed_together(view, o.end, company.start)
                                     or org_names.listed_together(view, company.end, o.start)) for o in orgs)


def _dateline_of(doc: ingest.Document, p) -> tuple[int, int] | None:
    """The dateline that opens paragraph ``p``: the text's own (its metadata's), or a later dispatch's in a text of
    several (…。|新华社北京12月19日电(记者韩洁)财政部长金人庆…)."""
    own = doc.meta.get("dateline_span")
    if own and p.start <= own[0] < p.end:
        return own
    return opening_dateline(doc.view, p) if p.kind == "body" else None


def _opening_dateline(doc: ingest.Document) -> int:
    """Where a dateline among the text's first paragraphs starts (红网时刻9月16日讯 under a photo's caption), else 0: a
    综述 signs off with its dateline (（新华社北京1月14日电…）), which opens nothing."""
    at, end = doc.meta.get("dateline_span", (0, 0))
    opening = doc.paragraphs[:DATELINE_PARAGRAPHS]
    told = any(p.kind == "body" and p.end > end + DATELINE_LEAD_MIN for p in doc.paragraphs)  # a lead after it, not a sign-off
    return at if opening and at < opening[-1].end and told else 0


DATELINE_PARAGRAPHS = 3  # paragraphs of a text's head where a dateline opens its lead (headline, caption, dateline)
DATELINE_LEAD_MIN = 10  # characters of body text after a dateline that opens a lead


def _self_defined(doc: ingest.Document, orgs: list) -> organizations.Org | None:
    """In a disclosure (its opening lines carry 证券代码, 公告编号 or 本公告), the body it names as itself right after
    naming it (贵州燃气集团股份有限公司（以下简称“贵州燃气”或“公司”）预计…): its figures are the company's even where
    it says only 公司 or nothing. A news report or a plan that defines a company so (委托…有限公司（以下简称“公司”）) is
    no disclosure of that company's."""
    w = claim_words()
    opening = doc.paragraphs[:DISCLOSURE_LINES]
    if not any(w.disclosure_marks.search(doc.view, p.start, p.end) for p in opening):
        return None
    return next((o for o in orgs if w.self_definition.match(doc.view, o.end)), None)


DISCLOSURE_LINES = 3  # opening lines of a listed company's announcement that carry its codes (证券代码…公告编号)


def _drafting_organ(doc: ingest.Document, orgs: list) -> organizations.Org | None:
    """The issuer of an official document that names none by title, publisher or signature line: its preamble (the
    first body paragraph) closes by bringing in its body (结合我县实际，制定以下方案。), and the local organ it names most,
    twice or more, issues it (平罗县商务局, named with 由 for the vouchers and the budget): a document names its own
    office where it assigns the work it keeps, and a superior organ it obeys once. No organ named more than any other,
    no issuer."""
    # the first body paragraph past the addressees' line (各乡镇人民政府：), which GB/T 9704-2012 7.3.3 sets before it
    preamble = next((p for p in doc.paragraphs if p.kind == "body" and not p.text.rstrip().endswith(ADDRESSEES_END)), None)
    if preamble is None or claim_words().drafting_close.search(doc.view, preamble.start, preamble.end) is None:
        return None
    ranked = Counter(o.name for o in orgs if o.type == "local_government").most_common(2)
    if not ranked or ranked[0][1] < DRAFTER_MENTIONS or (len(ranked) == 2 and ranked[1][1] == ranked[0][1]):
        return None
    return next(o for o in orgs if o.name == ranked[0][0])


ADDRESSEES_END = ("：", ":")
DRAFTER_MENTIONS = 2  # a document names the office that keeps its work more than once; a superior organ it obeys, once


STATE_ORGANS = attribution.STATE_ORGANS


def _briefing_speaker_paragraph(doc: ingest.Document) -> int | None:
    """When the text's first body paragraph (after a one-sentence standfirst, if any) tells of a press conference or
    briefing (记者从…新闻发布会上获悉), the paragraph right after it: a state organ's official quoted there speaks for the text (``document_actor`` when the
    lead names no body). Not a company's or a university's speaker, nor one quoted further on."""
    body = [p for p in doc.paragraphs if p.kind == "body"]
    events = claim_words().report_events
    if len(body) > 2 and _one_sentence(doc, body[0]) and events.search(doc.view, body[0].start, body[0].end) is None:
        body = body[1:]  # a standfirst (一季度，我国货物贸易进出口同比增长超过10%。) before the lead
    if len(body) < 2 or events.search(doc.view, body[0].start, body[0].end) is None:
        return None
    return body[1].para


def _one_sentence(doc: ingest.Document, p) -> bool:
    """Whether paragraph ``p`` is one sentence."""
    return sum(1 for s in doc.sentences if s.para == p.para) == 1


def _reported_instead(rows: list[dict], host: organizations.Org, body: organizations.Org) -> None:
    """Give the body whose official speaks at a briefing the claims given so far to the press office that holds it
    (武义县政府新闻办举行新闻发布会，…。武义县统计局党组书记、局长朱恒平介绍，…)."""
    for row in rows:
        if row["actor"] == host.name:
            row["actor"] = body.name


def _reported_before(rows: list[dict], body: organizations.Org | None) -> None:
    """Give ``body`` the claims that have no actor and that nobody is quoted saying, up to the briefing's speaker: a
    briefing report states figures in its headline and lead (记者从…新闻发布会上获悉：上半年，全区实现生产总值7328.90亿元)
    before it names the official who gave them (“……”自治区统计局副局长宋秀红说), and they are that official's body's
    as much as the figures after. A figure a resident or a company is quoted saying stays theirs."""
    if body is not None:
        for row in rows:
            row["actor"] = body.name


def _issuer(doc: ingest.Document, ref) -> organizations.Org | None:
    """The body that publishes the text, when its publisher is one (an issuing government or organ, not a medium),
    else the body that issues it by its title (陆良县民政局陆良县财政局关于提高…标准的通知)."""
    publisher = doc.meta.get("publisher", "")
    credited = publisher == doc.meta.get("credited")  # only the page's credit line (来源：市统计局) names it
    if publisher and not credited:  # a medium publishes; a signature ingest could not read (山 东 省 农 业 农 村 厅) may still name a body
        return _whole_body(publisher, ref) or _signature_issuer(doc, ref)
    found = _title_issuer(doc.meta.get("title", ""), ref) or _body_line(doc, ref) or _signature_issuer(doc, ref)
    return found or (_whole_body(publisher, ref) or _credited_government(doc) if credited else None)


def _credited_government(doc: ingest.Document) -> organizations.Org | None:
    """The government of the place a page credits alone as its source (信息来源：舒城县干汊河镇): a town's, county's or
    prefecture's site publishes its government's news. Its span is in the credit, which no paragraph holds."""
    place = _credited_place(doc)
    level = org_local.PLACE_LEVEL_TO_ORG.get(place.level) if place is not None else None
    if level is None or place.level == "province":
        return None
    return organizations.Org(0, len(place.mention), place.mention, place.mention, "local_government", level)


def _whole_body(name: str, ref) -> organizations.Org | None:
    """The body, not a medium or a group, that ``name`` names whole."""
    found = organizations.find(name, 0, len(name), places.find(name), ref)
    return next((o for o in found if o.end - o.start == len(name) and o.type not in ("media", "group")), None)


BODY_LINE_MAX = 20  # characters of a line under a title that names the body issuing the text (子洲县统计局)


def _body_line(doc: ingest.Document, ref) -> organizations.Org | None:
    """The body a line right under the title names, alone (子洲县二〇二三年…统计公报|子洲县统计局|2024年4月15日): a
    bulletin's or notice's issuer, as its signature would be at the end."""
    after = next((p for p in doc.paragraphs if p.kind != "title"), None)
    return None if after is None or after.para == 0 else _line_body(doc.view, after, ref)


SIGNATURE_LINES = 3  # lines of issuing bodies before a signature's date: co-issuers sign one to a line
LAYOUT_SPACES = re.compile(r"\s+")


def _signature_issuer(doc: ingest.Document, ref) -> organizations.Org | None:
    """The body named alone on a line right before a date alone on its line: an issuer's signature (GB/T 9704-2012
    7.3.5: 发文机关署名 over 成文日期), under a bulletin's title (山东省统计局|国家统计局山东调查总队|2024年3月3日) or closing
    a cover letter (…现将…印发给你们|西安市人民政府办公厅|2025年4月1日). Of co-issuers one to a line, the first leads.
    Spaces set between a name's characters for layout (山 东 省 统 计 局) are read through; the mention keeps them."""
    paragraphs = doc.paragraphs
    for i, p in enumerate(paragraphs):
        if not SIGNATURE_DATE.match(p.text):
            continue
        signed = None
        for before in reversed(paragraphs[max(0, i - SIGNATURE_LINES) : i]):
            body = _line_body(doc.view, before, ref)
            if body is None:
                break
            signed = body
        if signed is not None:
            return signed
    return None


def _titles(view: str, p) -> bool:
    """Whether paragraph ``p`` (the line above a body's name alone) is a title or a heading that is no numbered item: what
    an author's line stands under (关于…计划的报告|省发改委), where a body's line under an item (一、完成投资增长10%。|省发改委)
    names who carries that item out."""
    return p is not None and p.kind in ("title", "heading") and not document_lexicon().numbered_heading.match(view[p.start : p.end])


def _author_line(view: str, p, orgs: list) -> organizations.Org | None:
    """The state organ a line outside the body text names whole and alone (a report's author under its title, as a 批转
    notice carries it: 关于…计划的报告|省发改委), perhaps with the date it is dated (an analysis's byline: 国家统计局湖南调查
    总队　2025年10月22日): the text below is that body's, up to the next such line; not a press office's, which publishes
    others' releases."""
    line = LAYOUT_SPACES.sub("", p.text.strip())
    line = line[: dated.start()] if (dated := LINE_DATE.search(line)) is not None and dated.start() > 0 else line
    hosts = claim_words().press_hosts  # (a press office's line publishes other bodies' words: 澳门特别行政区政府新闻局)
    return next((o for o in orgs if o.type in STATE_ORGANS and LAYOUT_SPACES.sub("", o.mention) == line
                 and not o.name.endswith(hosts)), None) if line else None


LINE_DATE = re.compile(r"(?:%s|%s)$" % (ingest.dates.HAN_DATE, ingest.dates.ISO_DATE))  # a date that ends a byline


def _line_body(view: str, p, ref) -> organizations.Org | None:
    """The one body a short line names and nothing else, spaces within it aside, with its place in the text."""
    line = p.text.strip()
    compact = LAYOUT_SPACES.sub("", line)
    if not compact or len(compact) > BODY_LINE_MAX:
        return None
    bodies = organizations.find(compact, 0, len(compact), places.find(compact), ref)
    whole = [o for o in bodies if o.start == 0 and o.end == len(compact) and o.type not in ("media", "group", "company", "soe")]
    if not whole:
        return None
    start = view.find(line, p.start)
    return organizations.Org(start, start + len(line), line, whole[0].name, whole[0].type, whole[0].level)


AUTHORED_TITLE = re.compile(r"\d{4}年|工作")  # 岳阳楼区水利局|2022年工作总结, 某局|工作要点: what the author reports on


def _title_issuer(title: str, ref) -> organizations.Org | None:
    """The body a document's title names as its issuer: GB/T 9704-2012 (党政机关公文格式) 7.3.2 gives a title as
    issuer + 关于 + matter + kind, co-issuers' names in a row, the leading body first; the title must open with their
    names and run from them into 关于. A report's title names its author the same way before its year or its work
    (岳阳楼区水利局2022年工作总结)."""
    at = title.find(organizations.titles().issuer_mark)
    authored = AUTHORED_TITLE.search(title) if title.endswith(organizations.titles().report_kinds) else None
    at = at if at > 0 else authored.start() if authored else -1
    if at <= 0:
        return None
    bodies = sorted(organizations.find(title, 0, at, places.find(title[:at]), ref), key=lambda o: o.start)
    pos = 0
    for o in bodies:
        if o.start != pos or o.type in ("media", "group", "company", "soe"):
            return None
        pos = o.end + (title[o.end : o.end + 1] in organizations.BETWEEN_ISSUERS)  # 陆良县民政局|陆良县财政局, or with 、
    return bodies[0] if bodies and pos >= at else None


def _in_company_names(found: list, orgs: list) -> list:
    """The places named only as the opening of a company's name (宁德 of 宁德时代, 青岛 of 青岛啤酒): a short name, no
    division's full one (宁德市海晟水产食品有限公司 lies in 宁德市), inside the name of a company the text names."""
    companies = [o for o in orgs if o.type in organizations.COMPANY_TYPES]
    return [pl for pl in found if pl.mention != pl.full_name and pl.country == places.CHINA
            and any(o.start <= pl.start and pl.end < o.end for o in companies)]


def _abroad_outweighs_home(found: list, countries: frozenset, home: set, filed_abroad: bool) -> bool:
    """Whether a text about a country abroad places its figures there rather than in a province it is about too: it is
    about no province, or it was filed abroad and names the country more often than any such province (新华社阿拉木图…电
    on a wind farm in 哈萨克斯坦, 14 times, that names 新疆 8 times, where its turbines were made and its crews trained)."""
    if not home:
        return True
    named = Counter(pl.country if pl.country != places.CHINA else pl.province for pl in found if not pl.short)
    return filed_abroad and all(named[c] > named[p] for c in countries for p in home)


def document_place(doc: ingest.Document, found: list, issuer: organizations.Org | None = None, abroad: bool = False) -> str:
    """The province a text is about: its metadata place when that is a province, else the one province most of its
    places lie in, those of its title counted twice (a national text about many provinces has none; of two named as
    often, the one its publisher's or credited body's name opens with: 泰和县融媒体中心), else that of the
    place its page credits as the source when it names no other province (信息来源：舒城县干汊河镇), else the province
    of the city or county its title names when the text names no other province and its lead not the nation, else
    the one province it names at all, or whose local organs its lead names (在隆回县委…领导下), when its title or lead speaks of its own unit (全市) or names its own local body
    by its level alone (县农业农村局), else the province its issuing government governs (广东省人民政府 signs a notice
    on the province's targets), else the one its file number's first character names (苏劳社[2007]18号), else that of
    a local paper whose credit opens the lead (东莞日报讯…) when the text names no other province. ``abroad``: the text
    is about a country abroad, whose places count against a province's share (新华社塔什干…电 naming 新疆 three times
    among twenty places of 乌兹别克斯坦 is about no province)."""
    meta = doc.meta.get("place", "")
    named = [p for p in places.find(meta) if p.level == "province" and p.end - p.start == len(meta)] if meta else []
    if named and (not doc.meta.get("dateline_span") or doc.meta.get("dateline_undated")):  # a dateline's place is where
        # the reporter filed, not the topic (本报讯 gives none)
        return named[0].province
    home = places.home(_title_twice(doc, found), abroad_counted=abroad)  # (a text about a country abroad: its places count)
    if len(home) == 1:
        return home.pop()
    if home:  # two provinces as often (a county's investment fair and the province its investors came from): the one
        published = _publisher_province(doc)  # its own publisher lies in (泰和县融媒体中心), if either
        return published if published in home else ""
    named = {p.province for p in found if p.province and p.country == places.CHINA}
    credited = _credited_place(doc)
    if credited is not None and named <= {credited.province}:  # 信息来源：舒城县干汊河镇, and no other province named
        return credited.province
    title_end = _title_end(doc)  # once: a fifty-megabyte file has as many paragraphs as places
    titled = {p.province for p in found if p.end <= title_end and p.level in LOCAL_PLACE_LEVELS and p.country == places.CHINA}
    if len(titled) == 1 and named == titled and not places.nation_named(doc.view, (0, title_end), _lead_end(doc)):  # 曾都工业企业…探访记: a headline
        return titled.pop()  # names the city or county its story is set in, which the story may name no more
    lead_end = _lead_end(doc)
    lead, speaks = [p for p in found if p.end <= lead_end], deixis.speaks_of_its_own_unit(doc.view[:lead_end])
    bodies = organizations.find(doc.view, 0, lead_end, lead, None) if len(named) != 1 or not speaks else []  # read once
    own = named if len(named) == 1 else _organs_provinces(lead, bodies)
    if len(own) == 1 and (speaks or _names_its_own_organ(bodies)):
        return own.pop()  # 一季度全市经济运行…, 县农业农村局召开…: a text about its own city or county, which names it too
        # seldom for the thresholds, lies in the province it names, or whose local organs its lead names (在隆回县委、
        # 县政府…领导下，…全镇…: a town's report, whatever places its workers go to later: 浙江温州, 广东东莞)
    local = issuer is not None and issuer.type == "local_government"  # not 深圳证券交易所, 北京大学 or a ministry
    governed = [p.province for p in places.find(issuer.name) if p.start == 0 and p.province] if local else []
    return governed[0] if governed else (places.file_number_province(doc.meta.get("doc_number", ""))
                                         or _local_paper_province(doc, found))


def _local_paper_province(doc: ingest.Document, found: list) -> str:
    """The province a local paper's name opens with (东莞日报讯, 湖北日报), when its lead credits it and the text names no
    other province and no place abroad: its own news (湖北日报讯…日本今年出生人口… is none)."""
    published = _publisher_province(doc) if doc.meta.get("dateline_undated") else ""
    elsewhere = [p for p in found if p.country != places.CHINA or p.province and p.province != published]
    return "" if elsewhere else published


def own_media_unit(doc: ingest.Document, orgs: list) -> places.Place | None:
    """The unit a local medium's text calls its own (我县, 我市) in its title or lead, when the medium that publishes it is
    that unit's (来源：泰和县融媒体中心 … 我县2024年重大项目集中签约活动举行): the county or city acts in its own news where
    no body is named (此次共签约项目21个), as its government's medium reports them; None otherwise."""
    publisher = doc.meta.get("publisher", "") or doc.meta.get("credited", "")
    if not publisher or not any(o.type == MEDIA and o.mention == publisher for o in orgs) and not publisher.endswith(LOCAL_MEDIA):
        return None
    own = OWN_UNIT.search(doc.view, 0, _lead_end(doc))
    named = places.find(publisher)
    if own is None or not named or named[0].start != 0 or named[0].country != places.CHINA:
        return None
    unit = named[0]
    return unit if org_local.PLACE_LEVEL_TO_ORG.get(unit.level) in OWN_UNIT_LEVELS[own.group(1)] else None


MEDIA = "media"
LOCAL_MEDIA = ("融媒体中心", "日报", "广播电视台", "新闻网")  # a local medium's name after its place (泰和县融媒体中心)


def _publisher_province(doc: ingest.Document) -> str:
    """The province of the place a publisher's or credited body's name opens with (泰和县融媒体中心, 湖南日报), or ""."""
    for name in (doc.meta.get("publisher", ""), doc.meta.get("credited", "")):
        named = places.find(name) if name else []
        if named and named[0].start == 0 and named[0].province and named[0].country == places.CHINA:
            return named[0].province
    return ""


def _names_its_own_organ(bodies: list) -> bool:
    """Whether the bodies of a text's title and lead name a local body by its level alone, without a place
    (县农业农村局认真传达…, 市政府召开…, 区委书记): a county's or a city's own news, which says whose organs they are no
    more than 全县 does."""
    return any(o.type == "local_government" and o.mention.startswith(deixis.LOCAL_LEVELS) for o in bodies)


def _organs_provinces(lead: list, bodies: list) -> set[str]:
    """The provinces of the places of a text's title and lead whose local organs it names there (在隆回县委、县政府的
    坚强领导下: 湖南省): the unit a town's or county's report answers to, not a place it names for another reason
    (对口支援新疆, 在上海举办推介会, 学习浙江经验)."""
    return {p.province for p in lead if p.province and p.country == places.CHINA
            and any(o.type == "local_government" and o.start == p.start for o in bodies)}


LOCAL_PLACE_LEVELS = ("prefecture", "county", "township", "village")  # a headline's place that sets a story there; a province's name may only
# say whose it is (杭州亚运会中国代表团, 广东经验)
OWN_UNIT_LEAD = 2  # body paragraphs of the lead in which a text that is about its own unit says so (全市, 我县)


def _lead_end(doc: ingest.Document) -> int:
    """Where a text's title and first body paragraphs end: a national report that turns to 深圳's 全市 later is no
    text about its own city."""
    bodies = [p for p in doc.paragraphs if p.kind == "body"][:OWN_UNIT_LEAD]
    return max([p.end for p in bodies] + [p.end for p in doc.paragraphs if p.kind == "title"] + [0])


def _title_end(doc: ingest.Document) -> int:
    return max((p.end for p in doc.paragraphs if p.kind == "title"), default=0)


def _title_twice(doc: ingest.Document, found: list) -> list:
    """A text's places, those of its title counted twice: what the title names, the text is about; and twice the
    place a page credits as the article's source when the credit is a place alone (信息来源：舒城县干汊河镇: the town's
    own news, though the text names it without its county)."""
    title_end = _title_end(doc)
    credited = _credited_place(doc)
    return found + [p for p in found if p.end <= title_end] + ([credited] * 2 if credited is not None else [])


def _credited_place(doc: ingest.Document) -> places.Place | None:
    """The place a page credits as the article's source when the credit is one Chinese place alone (舒城县干汊河镇) and
    the text names it, whole or by its own last unit (干汊河镇): a county's site also carries national news
    (信息来源：舒城县 over 全国居民人均可支配收入…) and other counties', which name it not."""
    credit = doc.meta.get("credited", "")
    return _credited_in(credit, doc.view) if credit else None


@lru_cache(maxsize=4)
def _credited_in(credit: str, view: str) -> places.Place | None:
    """``_credited_place`` of a credit and a text, read once per document though asked four times."""
    credited = places.find(credit)
    if len(credited) != 1 or credited[0].start != 0 or credited[0].end != len(credit) or credited[0].country != places.CHINA:
        return None
    place = credited[0]
    own = credit[len(place.county) :] if place.county and credit.startswith(place.county) else credit
    return place if len(own) >= CREDITED_NAME_MIN and (own in view or credit in view) else None


CREDITED_NAME_MIN = 2  # characters of the credited place's own name that the text must say


TRADE_NAME = 2  # characters of a company's trade name (字号) read at a paragraph's start
COMPANY_TOPIC_SENTENCES = 2  # sentences after a later sentence's opening company that may still be about it
LISTED_REACH, LIST_CLOSE, CLAUSE_END = 24, "等", "[，,。；;：:]"  # companies listed at a sentence's start
PROPER_TAGS = ("nr", "nz", "nt", "ns")  # jieba's tags of names: a trade name tagged so is no common word


def _company_measure(subject: str, actor: str, trade_names: "TradeNames") -> str:
    """A company's own measure stated bare, completed with the company that reports it (公司实现产值 → 贵州森环活性炭
    有限公司产值 when the company reports it): the measure alone, or after the general words for the company itself."""
    w = claim_words()
    if not subject or actor not in trade_names.companies:
        return subject
    own = next((word for word in w.company_self_words if subject.startswith(word)), "")
    rest = subject[len(own) :]
    measure = next((m for m in w.company_measures if rest.endswith(m)), "")
    lead = rest[: len(rest) - len(measure)]
    if not measure or lead and tokens.tagged(lead) != ((lead, VERB),):
        return subject  # 日产量, 亩均产值, 全县税收, 行业产能: a measure of its own, or another's
    return actor + measure


VERB = "v"  # jieba's verb: 实现|产值, 达到|产量 (a verb before the company's measure, which the measure goes without)


class TradeNames:
    """The companies of a text by their trade name (字号), the part of a company's name after its place
    (企业名称登记管理规定 第六条: 行政区划 + 字号 + 行业 + 组织形式; 山东|天玉|建材科技|有限公司). A paragraph that opens
    with it (天玉绿色装配式建材项目位于…) is about the company's own project or product, so the company reports its
    figures, as it does when the paragraph opens with its whole name; so is a later sentence's (``_quantity_rows``).
    A trade name that is a common word (北京|银行, 中国|建筑) or a place opens too many paragraphs to say so."""

    def __init__(self, orgs: list):
        self.by_trade: dict[str, organizations.Org] = {}
        self.by_initial: dict[str, list[organizations.Org]] = {}  # each company once, by its name's first character
        seen: set[str] = set()
        self.companies = frozenset(o.name for o in orgs if o.type in ("company", "soe"))
        for o in orgs:  # a name once, as first mentioned: a long text names its companies thousands of times
            if o.type not in ("company", "soe") or o.name in seen:
                continue
            seen.add(o.name)
            self.by_initial.setdefault(o.name[:1], []).append(o)
            lead = places.find(o.name)
            words = tokens.tagged(o.name)
            at = lead[0].end if lead and lead[0].start == 0 else len(words[0][0]) if words[0][1] == "ns" else 0  # 中国|铁建
            trade = o.name[at : at + TRADE_NAME]
            words = tokens.tagged(trade)
            if len(trade) == TRADE_NAME and (len(words) > 1 or words[0][1] in PROPER_TAGS and words[0][1] != "ns"):
                self.by_trade.setdefault(trade, o)

    def opening(self, text: str) -> organizations.Org | None:
        """The company a paragraph or sentence opens with: its trade name, or its whole name (中国铁建港航局集团承建的…项目，
        …); none when it opens a list of companies (珍宝岛药业、乌苏里江制药等老牌企业裂变项目4个)."""
        if not self.by_initial:
            return None
        text = text.lstrip()
        found = self.by_trade.get(text[:TRADE_NAME]) or next((o for o in self.by_initial.get(text[:1], ()) if text.startswith(o.name)), None)
        head = re.split(CLAUSE_END, text[:LISTED_REACH], maxsplit=1)[0]
        listed = LIST_MARK in head and LIST_CLOSE in head[head.find(LIST_MARK) :]
        return None if listed else found  # 珍宝岛药业、乌苏里江制药等老牌企业…: no one company's matter (天玉一期、二期项目 is)


MAX_BODY_NAME = 24  # characters of the longest body name looked for in a speaker's role


SPEAKER_LINE_MAX = 30  # characters of a line that introduces a speaker by body, title and name


def _speaker_lines(view: str, paragraphs: list, orgs_by_para: dict) -> dict[int, tuple[str, organizations.Org]]:
    """The lines that introduce a speaker's turn, by paragraph, with the person and their body: a line of body, title
    and name alone (广东省卫生健康委副主任周紫霄) that the turn follows, labelled with the name (周紫霄：…), as transcripts
    on government sites head each turn; not a list of those attending, nor a line in a news text."""
    out = {}
    for p, after in zip(paragraphs, paragraphs[1:]):
        person = _speaker_line(view, p, orgs_by_para.get(p.para, []))
        label = view[after.start : after.start + len(person[0]) + 1] if person else ""
        if person and label[:-1] == person[0] and label[-1] in "：:":
            out[p.para] = person
    return out


def _speaker_line(view: str, p, orgs: list) -> tuple[str, organizations.Org] | None:
    """The person and body of a line that names only a body, a title and a person (广东省卫生健康委副主任周紫霄)."""
    text = view[p.start : p.end].strip()
    at = p.start + len(view[p.start : p.end]) - len(view[p.start : p.end].lstrip())
    if not orgs or len(text) > SPEAKER_LINE_MAX or orgs[0].start != at:
        return None
    hit = name_before(text, len(text))
    if hit is None or not name_cues().title_end.search(text, 0, hit[0]):
        return None
    named = [o for o in orgs if o.end <= at + hit[0] and o.type in STATE_ORGANS]
    return (hit[1], max(named, key=lambda o: o.end - o.start)) if named else None


def _labelled_turn(view: str, p, orgs: list) -> tuple[str, organizations.Org] | None:
    """The speaker and body of a turn whose label gives a person's name and, in brackets, their body and post (赵明（市发展和
    改革委员会副主任）：…, as local press conference transcripts set each answer; 答（浙江省卫生健康委副主任 陈海燕）：…, as
    national ones do); None for any other line."""
    m = quotes.role_turn(view, p.start, p.end) or quotes.answer_turn(view, p.start, p.end)  # (or 答（…副主任 陈海燕）：)
    if m is None or name_before(m.group("who"), len(m.group("who"))) is None:
        return None
    inside = [o for o in orgs if m.start("role") <= o.start and o.end <= m.end("role") and o.type in STATE_ORGANS]
    return (m.group("who"), max(inside, key=lambda o: (o.start, o.end - o.start))) if inside else None  # the body of the
    # post nearest the name (国家发展改革委副主任、国家能源局局长 章建华: 国家能源局's), the longest where several start there


def _named_answer(view: str, p, officials: dict) -> tuple[str, organizations.Org] | None:
    """The speaker and body of an answer whose label names the official alone (答（张红梅）：…), whom the lead named with
    body and title (省教育考试院院长张红梅: ``officials``, name -> body); None for any other line or a name the text gave
    no body."""
    m = quotes.named_answer(view, p.start, p.end)
    return (m.group("who"), officials[m.group("who")]) if m is not None and m.group("who") in officials else None


def _turn_goes_on(view: str, p, turn: tuple[str, organizations.Org] | None) -> tuple[str, organizations.Org] | None:
    """The turn a speaker line opened, until a line opens with another speaker's label (记者：…, 【…副关长李明】)."""
    return None if turn is None or quotes.opens_another_turn(view, p.start, p.end, turn[0]) else turn


def _kind_word(name: str) -> str:
    """The word that ends a body's name and says its kind (黔农农机专业|合作社, 官和村|党支部), as jieba reads it: a
    speaker's words name their body by it."""
    words = tokens.tagged(name)
    return words[-1][0] if len(words) > 1 and len(words[-1][0]) >= KIND_WORD_MIN else name


KIND_WORD_MIN = 2  # characters of a kind word (合作社, 公司); a one-character ending (局, 委) names no kind alone


ATTRIBUTIVE = "的"
COUNTED_BODIES = re.compile(r"[两二三四五六七八九十几多]+个?部(?:门|委)")  # 三部门, 两部委: the bodies a text listed, by count


def _after_last_verb(role: str, bodies: list) -> int:
    """Where the words of a role after its last verb outside the bodies it names start (湖南省第十四届人民代表大会…听取并审议
    了|湖南省高级人民法院院长): a role that runs on from a clause holds the post the words after its verb name."""
    at, after = 0, 0
    for word, flag in tokens.tagged(role):
        at += len(word)
        if flag == VERB_FLAG and not any(s < at <= e for s, e, _ in bodies):
            after = at
    return after


VERB_FLAG = "v"


POINTER_NEAR = 40  # characters around a quotation within which its speaker's role stands
MEMBERSHIPS = ("代表", "委员", "社员", "会员", "成员")  # a seat in a body (全国人大代表, 市政协委员), no post that speaks for it


def _a_membership(role: str, end: int) -> bool:
    """Whether the post of ``role`` that names a body ending at ``end`` is a seat in it (全国人大|代表)."""
    stop = role.find(LIST_MARK, end)
    return role[end : stop if stop >= 0 else len(role)].startswith(MEMBERSHIPS)


class SpeakerBodies:
    """The body of a quoted person, named in their role (天津市农业农村委主任 → 天津市农业农村委), looked up by the
    names of the bodies the document mentions; asked only for quotations that hold a claim."""

    def __init__(self, view: str, orgs: list, people: People | None = None, pointed: list | None = None):
        self.view, self.people = view, people
        self.pointed = sorted(pointed or [], key=lambda o: o.start)  # 该公司, 该局: each names the body it points at there
        self.by_name: dict[str, organizations.Org] = {}
        self.placed: list[organizations.Org] = []  # every mention, in text order: the body a bare title's sentence names
        for o in orgs:
            if o.type not in ("group", "media"):
                self.by_name.setdefault(view[o.start : o.end], o)
                self.placed.append(o)
        self.placed.sort(key=lambda o: o.start)
        self.starts = [o.start for o in self.placed]

    def of(self, quote) -> organizations.Org | None:
        """The body named in the speaker's role, the longest, or the first of several when its post is the secretary's
        (市委书记、市人大常委会主任 → 市委: the principal post comes first); none when a state abroad is named before it
        (美國財政部長: the text's 財政部 may be read as China's, the speaker's is not)."""
        if not quote.speaker or not quote.role:
            return None
        role = quote.role
        if COUNTED_BODIES.match(role):  # 三部门相关司局负责同志: the bodies the text listed, of which the first leads
            return self._first_of_list(quote.start)
        found = [(i, i + n, self.by_name[role[i : i + n]]) for i in range(len(role))
                 for n in range(2, min(MAX_BODY_NAME, len(role) - i) + 1) if role[i : i + n] in self.by_name]
        pointer = self._pointed_in(role, quote)
        if not found and pointer is not None:
            return pointer  # “…1.6万吨…”该公司总经理胡文斌介绍: the company the pointer names there
        if not found:  # what the role says of the holder before 的 is no part of their post (今年46岁、…干了20多年的|公司总经理)
            at = self.people.introduced(quote.speaker) if self.people is not None else None
            post = role[max(role.rfind(ATTRIBUTIVE), role.rfind(LIST_MARK)) + 1 :]  # 党组成员、|副主任: the last post
            return self._headed(post, quote.start if at is None else at) or _place_government(post, quote.start)
        whole = [f for f in found if not any(g[0] <= f[0] and f[1] <= g[1] and g[1] - g[0] > f[1] - f[0] for g in found)]
        acted = _after_last_verb(role, whole)
        whole = [f for f in whole if f[0] >= acted] or whole  # 人大…听取并审议了|湖南省高级人民法院院长: the post's own body
        found = [f for f in found if f[0] >= acted] or found
        first = min(whole, key=lambda f: (f[0], -(f[1] - f[0])))
        kinds = [_kind_word(f[2].mention) for f in whole]
        spoken = [f for f, kind in zip(whole, kinds) if kind in quote.quote and sum(k.endswith(kind) for k in kinds) == 1]
        if len(spoken) == 1:
            at, _, body = spoken[0]  # 村党支部书记、合作社理事长吴祥政：“这是合作社…”: the post whose body the words name
        elif len(whole) > 1 and role.startswith(quotes.cues().principal_post, first[1]):
            at, _, body = first  # 市委书记、市人大常委会主任: the secretary's post comes first and leads
        elif LIST_MARK in role and role.startswith(quotes.cues().deputy_party_posts, first[1]):
            return None  # 省委副书记、省长: the deputy's party post is not the one they speak for, nor named as a body
        else:
            at, _, body = max(found, key=lambda f: (f[2].end - f[2].start, -f[2].start))
            other = [f for f in whole if f[2] is not body and not a_division_alone(f[2], self.view)
                     and not _a_membership(role, f[1])]  # (全国人大代表、…处处长: a seat, no post that speaks for it)
            if LIST_MARK in role and a_division_alone(body, self.view) and other:
                at, _, body = other[0]  # 合肥海关新闻发言人、统计分析处处长: the body the division's head also speaks for
        if at == 0:
            return body  # nothing before it to name a state abroad: no place lookup
        named, abroad = places.find_with_bodies_abroad(role)  # 美国商务部部长: the country is read with its body
        foreign = any(p.end == at and p.country != places.CHINA for p in named) or any(s < at < e for s, e, _ in abroad)
        return None if foreign else body

    def _pointed_in(self, role: str, quote) -> organizations.Org | None:
        """The body a pointer in the speaker's role names (该公司总经理 → the company named before), read where the role
        stands: the nearest pointer of that wording around the quotation."""
        near = [o for o in self.pointed if o.mention in role and quote.start - POINTER_NEAR <= o.start <= quote.end + POINTER_NEAR]
        return min(near, key=lambda o: min(abs(o.start - quote.start), abs(o.start - quote.end))) if near else None

    def _first_of_list(self, at: int) -> organizations.Org | None:
        """The first state body of the last list of state bodies named together before ``at`` (人力资源社会保障部、中央组织部、
        财政部1月1日发布…), or None when the text lists none."""
        before = [o for o in self.placed[: bisect.bisect_left(self.starts, at)] if o.type in STATE_ORGANS]
        for last in reversed(before):
            if (first := attribution.first_listed(self.view, last, before)) is not last:
                return first
        return None

    def _headed(self, role: str, at: int) -> organizations.Org | None:
        """The body a bare title heads (``_headed_named``), or, where that finds none, the one body of its kind the text
        names under a full name and a short form (梨树县丰穗玉米种植专业合作社, 丰穗合作社)."""
        found = self._headed_named(role, at)
        if found is not None:
            return found
        cues = quotes.cues()
        noun = next((n for n in cues.role_bodies if role.startswith(n) and role[len(n) :].removeprefix("副") in cues.body_head_titles), None)
        ends = cues.role_bodies[noun] if noun else cues.heads.get(role.removeprefix("副"))
        kind = [o for name, o in self.by_name.items() if ends and name.endswith(ends)]
        bodies = [o for o in kind if not any(_short_form(self.view[o.start : o.end], self.view[x.start : x.end]) for x in kind)]
        return bodies[0] if len(bodies) == 1 and len(kind) > 1 else None

    def _headed_named(self, role: str, at: int) -> organizations.Org | None:
        """The body a bare title heads (马局长, role 局长), or a role that opens with a kind of body (公司厂长): the one body
        of its kind the text names, if only one; of several, the one the sentence where the holder was given the title
        names before them, if it names one. A company's head (副总经理, ``company_heads``) has only the second: their
        sentence names their company (合浦义家人食品有限公司车间里生产如火如荼，副总经理刘莉莉对记者表示). A role that opens
        with its kind and whose sentence names none (公司副总经理陈文杰) is the last such body named within ``KIND_REACH``
        characters, when that body's sentence named no other of its kind. Of several in the sentence, a title listed
        after someone else's (…主任刘晓岚，党组成员、副主任陈国栋) is of the body the one before them holds their post in."""
        cues = quotes.cues()
        noun = next((n for n in cues.role_bodies if role.startswith(n) and role[len(n) :].removeprefix("副") in cues.body_head_titles), None)
        company = cues.company_heads.get(role.removeprefix("副")) if noun is None else None
        ends = cues.role_bodies[noun] if noun else company or cues.heads.get(role.removeprefix("副"))
        kind = {name: o for name, o in self.by_name.items() if ends and name.endswith(ends)}
        if len(kind) <= 1 and not company:
            return next(iter(kind.values()), None)
        lo = max(0, at - SENTENCE_REACH)
        lo = max([lo] + [self.view.rfind(c, lo, at) + 1 for c in SENTENCE_ENDS])
        near = self.placed[bisect.bisect_left(self.starts, lo) : bisect.bisect_left(self.starts, at)]
        here = {o.name: o for o in near if self.view[o.start : o.end].endswith(ends)}
        if len(here) == 1:
            return next(iter(here.values()))
        before = self.people.last(at) if self.people is not None and len(here) > 1 else None
        shared = [o for o in here.values() if before is not None and self.view[o.start : o.end] in before.role]
        if len(shared) == 1:  # 卫健委党组书记、主任刘晓岚，党组成员、副主任陈国栋: the body of the one listed before them
            return shared[0]
        if noun is None or here:
            return None
        # a role that opens with its kind of body and a sentence that names none (…广西慧宝源健康产业有限公司从马来西亚进口
        # 毛燕…。“……”公司副总经理陈文杰告诉记者): the body of that kind the text named last, as 该公司 would say
        # named alone in its sentence: of two (A与B合作), which one is the speaker's is not said
        before = self.placed[bisect.bisect_left(self.starts, at - KIND_REACH) : bisect.bisect_left(self.starts, lo)]
        last = next((o for o in reversed(before) if self.view[o.start : o.end].endswith(ends)), None)
        if last is None:
            return None
        opens = max([0] + [self.view.rfind(c, 0, last.start) + 1 for c in SENTENCE_ENDS])
        closes = min([len(self.view)] + [k for c in SENTENCE_ENDS if (k := self.view.find(c, last.end)) >= 0])
        sentence = self.placed[bisect.bisect_left(self.starts, opens) : bisect.bisect_left(self.starts, closes)]
        return None if any(o.name != last.name and self.view[o.start : o.end].endswith(ends) for o in sentence) else last


def _place_government(post: str, at: int) -> organizations.Org | None:
    """The people's government a post heads (丹棱县副县长 → 丹棱县人民政府): a Chinese place whose name ends as the title
    begins (县长 of a 县) right before the title, which ends the post; at ``at``, where its holder's words are."""
    title = next((t for t in quotes.cues().government_heads if post.endswith(t)), "")
    head = len(post) - len(title) - post[: len(post) - len(title)].endswith(DEPUTY)
    place = next((p for p in places.find(post) if p.end == head), None) if title else None
    level = org_local.PLACE_LEVEL_TO_ORG.get(place.level) if place is not None and place.country == places.CHINA else None
    former = place is not None and any(post.startswith(f) and place.start == len(f) for f in FORMER)  # 原|丹棱县县长, not 原阳县
    if level is None or not place.full_name.endswith(title[0]) or place.province == TAIWAN or former:
        return None  # 县长 of a 县, 市长 of a 市 (丹棱县, 青岛); not a former one (原丹棱县县长), nor 台北市长
    return organizations.Org(at, at, place.mention, place.full_name + PEOPLES_GOVERNMENT, "local_government", level)


DEPUTY = "副"
PEOPLES_GOVERNMENT = "人民政府"
TAIWAN = "台湾省"  # whose local heads head no people's government
FORMER = ("原", "前", "时任", "老")  # one who held the post before


def _short_form(short: str, name: str) -> bool:
    """Whether ``short`` is a short form of the body ``name`` names (丰穗合作社 of 梨树县丰穗玉米种植专业合作社): the same
    kind word ends both, and what comes before it in the short form, two characters or more and no place, stands whole
    inside the full name after its opening (not 北京|大学 of 北京师范大学, 中国|银行 of 中国农业银行, 市中|医院 of 市中心医院:
    siblings); not a name the longer holds whole (国网山东省电力公司 in its 济南供电公司: a parent, not the same body)."""
    kind = next((k for k in range(min(len(short), len(name)) - 1, 1, -1) if name.endswith(short[-k:])), 0)
    own = short[:-kind] if kind else ""
    return len(name) > len(short) and short not in name and len(own) >= SHORT_FORM_MIN and name.find(own) > 0 \
        and not places.find(own)  # (its place and kind dropped; not 市中|医院 of 市中心医院, the same opening: a sibling)


SHORT_FORM_MIN = 2  # characters of a short form's own words before its kind word (丰穗)


SENTENCE_ENDS = "。！？；\n"
SENTENCE_REACH = 120  # characters back from a holder's title to the start of its sentence, at most
KIND_REACH = 400  # characters back from such a title to the body of its kind named last (a news paragraph or two)


def _listed(view: str, place) -> bool:
    """Whether a place is an item of a list, a 、 right before or after it (江苏、浙江、上海)."""
    return view.startswith(LIST_MARK, place.end) or place.start > 0 and view[place.start - 1] == LIST_MARK


HEADLINE_KINDS = ("title", "heading", "subhead")  # paragraphs whose spaces part clauses (湾区跨境流动再创新高 去年…)


def _quantity_rows(doc: ingest.Document, p, para_sents: list, qs: list, orgs: list, para_places: list,
                   discourse: Discourse, said: list, bodies: SpeakerBodies, people: People,
                   countries: frozenset[str], unreported: list[dict], trade_names: TradeNames) -> list[dict]:
    """The paragraph's quantity rows; a claim with no actor that nobody is quoted saying also goes into ``unreported``
    (a body named later may have reported it). A sentence that opens with a company (天玉绿色装配式建材项目位于…，
    总投资17.8亿元; …入驻红安。湖北森峰铝模科技有限公司自主研发的铝合金模板…) is about its own project or product: the
    company reports the figures from there: one that opens the paragraph, to its end; one that opens a later sentence,
    only in a text no body speaks for, its own sentence's, and the next ones' where the paragraph ends soon after (a
    long paragraph lists achievements: 酒钢集团“三化”改造…。开发区工业用地…) until a sentence opens with the text's own
    unit or a place (全县规上工业增加值增长8%)."""
    view = doc.view
    dateline = _dateline_of(doc, p)
    # an anecdote continued from the previous paragraph (当地医保局…, 工商联) keeps its place; a central body may not
    # (nor does a place that only names where a company is registered: 村里与杭州云栖山居…有限公司合作 in a 贵州 story)
    registered = frozenset(id(pl) for pl in para_places if _registered_elsewhere(pl, orgs, discourse.document_place, countries))
    own = [pl for pl in para_places if id(pl) not in registered]
    inherited = discourse.place if not own and all(o.level != "central" or attribution.campus(o) for o in orgs) else ""
    scope = Scope(para_places, inherited, countries, registered)
    contexts = SentenceContexts(view, orgs, para_places, [q for q in qs if q.kind == "date"], p.kind in HEADLINE_KINDS)
    sent_starts = [s.start for s in para_sents]
    opener = _opening_speaker(view, para_sents, orgs, para_places, people, bodies) if any(q.claim for q in qs) else None
    rows = []
    opened, topic = -1, None  # the last sentence asked whether it opens with a company; (company, reporter before, sentence)
    heard = -1  # where the last quotation whose official went on with the figures ended
    for q in qs:
        k = bisect.bisect_right(sent_starts, q.start) - 1
        sent = para_sents[k]
        for j in range(opened + 1, k + 1) if q.claim else ():
            company = trade_names.opening(para_sents[j].text)
            if company is not None and (j == 0 or discourse.document_actor is None):
                topic = (company, topic[1] if topic else discourse.reporter, j) if j else None
                discourse.reporter = company
            elif topic is not None and (len(para_sents) - 1 - topic[2] > COMPANY_TOPIC_SENTENCES
                                        or _own_matter(para_sents[j].text, para_places, para_sents[j].start)):
                discourse.reporter = _after_topic(discourse.reporter, topic)  # 全县规上工业增加值增长8%: the text's own
                topic = None
            opened = k
        facts = {"subject": "", "actor": "", "place": "", "time": "", "change": "", "comparison": ""}
        if q.claim:
            spoke = _spoke_before(said, bodies, sent.start)
            if spoke is not None and spoke[0] > heard and discourse.reporter in (None, discourse.document_actor) \
                    and not a_lower_body_of_its_system(spoke[1], discourse.document_actor):  # (…县人民法院…庭长说 in a
                # 高级人民法院's report: an example of its courts' work)
                discourse.reporter = spoke[1]  # “……”省农业农村厅副厅长杨国华说。目前，全省已累计创建…: the official goes
                # on with the paragraph's figures, once, where no other body (省统计局介绍, a company opening it) reports them
            heard = spoke[0] if spoke is not None else heard
            lo = sent.start  # a dateline opening the sentence is not part of what it asserts, nor a turn's label
            if dateline and lo <= dateline[0] < sent.end:
                lo = max(lo, dateline[1])
            lo = max([lo] + [qt.start for qt in said if qt.turn and lo < qt.start <= q.start])
            ctx = contexts.context(lo, sent.end)
            quote = (next((qt for qt in said if qt.start <= q.start < qt.end), None) or _framing(view, said, lo, q.start, sent.end)
                     or quotes.reported(view, lo, q.start, people) or _official_after_quotation(view, lo, q.start, people, bodies, discourse))
            speaking = opener is not None and opener.start <= q.start < opener.end
            quoted = (quote, _speaking_for(quote, bodies, discourse)) if quote is not None else (opener.speech, opener.body) if speaking else None
            a = discourse.attribute(view, q, ctx, sent.start, scope, quoted)
            subject = _company_measure(a.subject, a.actor, trade_names) if doc.view is doc.text else a.subject
            facts = {"subject": _as_written(doc, subject, sent) if subject == a.subject else subject, "actor": a.actor, "place": a.place, "time": a.time,
                     "change": a.change, "comparison": a.comparison}
        elif q.kind == "date":
            facts["time"] = q.time
        start, end = doc.original_span(q.start, q.end)  # rows are dict displays: dict() with keywords took twice as long
        rows.append({"doc": doc.doc, "para": p.para, "sent": sent.sent, "start": start, "end": end,
                     "text": doc.text[q.start : q.end], "value": q.value, "value_max": q.value_max, "unit": q.unit,
                     "kind": q.kind, "qualifier": q.qualifier, "claim": q.claim, **facts, "sentence": sent.text})
        if q.claim and not facts["actor"] and not (quoted and quoted[0].speaker):
            unreported.append(rows[-1])
    if topic is not None:  # a later sentence's company speaks no further than its paragraph
        discourse.reporter = _after_topic(discourse.reporter, topic)
    _told_before_quoted(qs, rows, said, bodies, unreported, para_sents)
    return rows


def _spoke_before(said: list, bodies: SpeakerBodies, start: int) -> tuple[int, organizations.Org] | None:
    """Where the quotation that last ended before ``start`` in the paragraph (not a transcript's turn) ends, and its
    official's state organ, or None."""
    quote = max((qt for qt in said if not qt.turn and qt.end <= start), key=lambda qt: qt.end, default=None)
    body = bodies.of(quote) if quote is not None else None
    return (quote.end, body) if body is not None and body.type in STATE_ORGANS else None


def _official_after_quotation(view: str, lo: int, at: int, people: People, bodies: SpeakerBodies, discourse: Discourse):
    """The reported words of a state organ's official or of the head of the company the text is about, after a quotation
    that opens the sentence (“……”鲍仁杰说，目前全村有40多名村民…: 陈家铺村党支部书记's), or None: an expert, a resident or
    someone whose body the text leaves unnamed does not take the figures from the body that reports them."""
    said = quotes.reported_after_quotation(view, lo, at, people)
    if said is None or said.role.endswith(quotes.cues().experts):
        return None  # (中国宏观经济研究院研究员张长春…说，…增长3.9%: an expert reads the bureau's figures)
    body = _speaking_for(said, bodies, discourse)
    company = discourse.featured or discourse.document_actor
    return said if body is not None and (body.type in STATE_ORGANS or company is not None and body.name == company.name) else None


def _speaking_for(quote, bodies: SpeakerBodies, discourse: Discourse) -> organizations.Org | None:
    """The body a quotation speaks for: its speaker's; in a transcript, a turn of someone the text gives no body
    (【何亚东】: at 商务部's briefing, a spokesman it names without a title) speaks for the state body the text speaks
    for, and one who asks (新华社记者) for none. In a feature about a company, one of whose posts names the company
    by its kind alone (研究院院长、公司副总经理孙浩然) speaks for it."""
    body = bodies.of(quote)
    own = discourse.document_actor
    if body is None and quote.turn and quote.speaker and not quote.speaker.endswith(quotes.cues().askers) \
            and own is not None and own.type in STATE_ORGANS:
        return own
    featured = discourse.featured or (own if own is not None and own.type in organizations.COMPANY_TYPES else None)  # or one reporting
    heads = quotes.cues().company_heads
    kinds = COMPANY_KINDS + ((discourse.featured_work,) if discourse.featured_work else ())  # (园区总经理: the work's)
    if body is None and quote.speaker and featured is not None \
            and any(post.startswith(kinds) or post.removeprefix(DEPUTY) in heads for post in quote.role.split(LIST_MARK)):
        return featured  # (公司董事长、总经理陈国良…“……”陈国良说，…: the head of the company the feature is about)
    return body


COMPANY_KINDS = ("公司",)  # a post of the company a feature is about, named by its kind (公司副总经理; not 集团公司董事长,
# 企业家代表: another company's, or none)


def _told_before_quoted(qs: list, rows: list[dict], said: list, bodies: SpeakerBodies, unreported: list[dict],
                        para_sents: list) -> None:
    """Claims without an actor in the sentence right before an official's quotation are the official's body's: a report
    gives the figures, then the words of the official who gave them (中央对地方转移支付的总量达到10.42万亿元…。“这些资金…”
    财政部部长蓝佛安说). A resident's or a company's quotation gives them nobody, nor does it reach further back."""
    official = next(((qt, body) for qt in said if not qt.turn and (body := bodies.of(qt)) is not None
                     and body.type in STATE_ORGANS), None)
    if official is None:
        return
    before = [s for s in para_sents if s.end <= official[0].start]
    if not before:
        return
    for q, row in zip(qs, rows):
        if before[-1].start <= q.start and q.end <= official[0].start and row["claim"] and not row["actor"]:
            row["actor"] = official[1].name
            if row in unreported:
                unreported.remove(row)


def _own_matter(text: str, here: list, start: int) -> bool:
    """Whether a sentence opens with the text's own unit or a place (全县规上工业增加值…, 其中，全市…, 红安县…): its
    matter is no longer the company a sentence before it opened with."""
    body = text.lstrip()
    lead = len(text) - len(body)
    cue = next((c for c in claim_words().continuation if body.startswith(c)), "")
    at = lead + len(cue) + (len(body[len(cue):]) - len(body[len(cue):].lstrip("，,")))
    return places.deixis_pattern().match(text, at) is not None or any(pl.start == start + at for pl in here)


def _after_topic(reporter, topic: tuple):
    """The reporting body once a company's matter ends: the one before it, unless another has spoken since."""
    return topic[1] if reporter is topic[0] else reporter


class Opener(NamedTuple):
    """An official's reported words that open a sentence, their body, and the stretch they speak for."""

    speech: quotes.Quote
    body: organizations.Org
    start: int
    end: int


def _opening_speaker(view: str, para_sents: list, orgs: list, para_places: list, people: People,
                     bodies: SpeakerBodies) -> Opener | None:
    """An official whose reported words open a sentence of the paragraph (宋虎振指出，今年…丰收年。主要表现在：…749.08亿斤;
    张前锋…做了报告。他说，平山县一季度…。社会消费品零售总额增长15.3%…), with their body and where they speak: from that
    sentence on, as a body that opens a paragraph with its report does, until a later sentence names another body, a
    place or, for a body below the centre, the whole country (…。泰国大米出口商协会发布的数据显示…; 同期，全国…增长5.3%):
    the text has turned to other figures."""
    cues = name_cues()
    verbs = [m.start() for pattern in (cues.speech_verbs, cues.presents_figures)
             for m in pattern.finditer(view, para_sents[0].start, para_sents[-1].end)] if para_sents else []
    for k, sent in enumerate(para_sents):
        if not any(sent.start <= v < sent.end for v in verbs):
            continue  # no speech verb, no reported words: one search of the paragraph, not one reading of every sentence
        speech = quotes.reported(view, sent.start, sent.end - 1, people)
        body = bodies.of(speech) if speech is not None else None
        if body is not None:
            turned = (s.start for s in para_sents[k + 1 :] if _turns_from(view, s, body, orgs, para_places))
            return Opener(speech, body, sent.start, next(turned, para_sents[-1].end))
    return None


def _turns_from(view: str, sent, body: organizations.Org, orgs: list, para_places: list) -> bool:
    """Whether a sentence names another body or a place, or (for a body below the centre) a clause of it opens with the
    whole country (同期，全国国内生产总值增长5.3%; not 占全国夏粮增产贡献率44.9%, the body's own share of it)."""
    within = lambda spans: any(sent.start <= x.start < sent.end for x in spans)  # noqa: E731
    wider = body.level not in attribution.CENTRAL_LEVELS and _opens_a_clause(view, sent.start, sent.end, claim_words().wider_scopes)
    return wider or within(para_places) or within(o for o in orgs if o.name != body.name)


CLAUSE_MARKS = "，。；：,;:"


def _opens_a_clause(view: str, lo: int, hi: int, words: tuple[str, ...]) -> bool:
    """Whether one of ``words`` opens a clause of ``view[lo:hi]``."""
    for word in words:
        at = view.find(word, lo, hi)
        while at >= 0:
            if at == lo or view[at - 1] in CLAUSE_MARKS:
                return True
            at = view.find(word, at + 1, hi)
    return False


def _framing(view: str, said: list, lo: int, at: int, hi: int):
    """The quotation that follows ``at`` in the sentence ``view[lo:hi]``, of someone named before it (沈欣表示，目前已建立
    8个…，“第一批…”): a number between a speaker's name and their quotation is in their words too."""
    return next((qt for qt in said if qt.speaker and at < qt.start < hi and 0 <= view.find(qt.speaker, lo, at)), None)


def _as_written(doc: ingest.Document, phrase: str, sent) -> str:
    """A phrase read in the matching view, as the text writes it (traditional characters, full-width digits):
    the view and the text differ character for character, so the phrase's place in its sentence gives it. A subject
    holds no whitespace, so in a sentence the text writes as the view reads (nearly every one) it is written as read."""
    if not phrase or doc.view is doc.text or doc.text.startswith(doc.view[sent.start : sent.end], sent.start):
        return phrase
    found = _last_match(doc.view, phrase, sent)
    if found is not None:
        return WHITESPACE.sub("", doc.text[found[0] : found[1]])
    return "".join(_piece_as_written(doc, piece, sent) for piece in _pieces(doc.view, phrase, sent))


def _written_before(doc: ingest.Document, phrase: str, at: int) -> str:
    """A name read in the matching view (a speaker, their role), as the text wrote it where it last named it before
    ``at`` (蕭偉強, not 萧伟强), else where it first names it after; as read when the text never writes it whole."""
    if not phrase or doc.view is doc.text:
        return phrase
    i = doc.view.rfind(phrase, 0, at)
    i = i if i >= 0 else doc.view.find(phrase, at)
    return doc.text[i : i + len(phrase)] if i >= 0 else phrase


def _last_match(view: str, phrase: str, sent) -> tuple[int, int] | None:
    """The span of the last of the non-overlapping occurrences of ``phrase`` in the sentence, whitespace allowed
    between its characters. A sentence without whitespace (nearly every one) is searched for the phrase as it is:
    compiling a pattern per phrase was a third of the extraction time of a text with full-width digits."""
    start, end = sent.start, sent.end
    if not phrase or WHITESPACE.search(view, start, end):
        found = None
        for m in re.finditer(r"\s*".join(map(re.escape, phrase)), view[start:end]):
            found = m
        return (start + found.start(), start + found.end()) if found else None
    last, i = -1, view.find(phrase, start, end)
    while i >= 0:
        last, i = i, view.find(phrase, i + len(phrase), end)
    return (last, last + len(phrase)) if last >= 0 else None


def _pieces(view: str, phrase: str, sent) -> list[str]:
    """A subject put together from places apart (地区生产总值 + 年均增长, an owner + 合同金额) as its longest pieces
    found in the sentence, left to right; a character found nowhere (价格 added to 黄瓜) is a piece of its own."""
    pieces, i = [], 0
    while i < len(phrase):
        j = i + 1
        while j < len(phrase) and _last_match(view, phrase[i : j + 1], sent) is not None:
            j += 1
        pieces.append(phrase[i:j])
        i = j
    return pieces


def _piece_as_written(doc: ingest.Document, piece: str, sent) -> str:
    found = _last_match(doc.view, piece, sent)
    return WHITESPACE.sub("", doc.text[found[0] : found[1]]) if found else piece


def _span_rows(doc: ingest.Document, p, items: list, text: str, columns: tuple[str, ...]) -> list[dict]:
    """Rows of entities found in paragraph ``p``: their span in the file, their surface as ``text``, and ``columns``."""
    rows = []
    for it in items:
        start, end = doc.original_span(it.start, it.end)
        rows.append({"doc": doc.doc, "para": p.para, "start": start, "end": end, text: doc.text[it.start : it.end],
                     **{c: getattr(it, c) for c in columns}})
    return rows


def _quotes(doc: ingest.Document, p, para_sents: list, people: People) -> list:
    """Quotations in paragraph ``p``, a transcript turn first; ``people`` remembers who the text has named."""
    view = doc.view
    sentence_end = lambda pos: next((s.end for s in para_sents if s.start <= pos < s.end), p.end)  # noqa: E731
    quotes.read(people, view, p.start, p.end)  # who this paragraph names, for later titles and pronouns
    # 新华社记者：下一步…？ reads like a byline but asks a question: a journalist's turn in a transcript
    asks = p.kind == "byline" and view[p.end - 1] in QUESTION_ENDS
    label = p.kind == "heading" and quotes.is_label(view, p.start, p.end, people)  # 高虎城 on a line of its own
    if p.kind in ("title", "heading"):
        people.turn = None  # a transcript turn opened by a label runs to the next label or heading
    spoken = quotes.turn(view, p.start, p.end, people) if p.kind == "body" or asks or label else None
    dateline = _dateline_of(doc, p)  # 中新网北京3月26日电（记者 宋宇晟）“……”: the paragraph after it
    start = dateline[1] if dateline and p.start <= dateline[0] < p.end else p.start
    return ([spoken] if spoken else []) + quotes.find(view, start, p.end, sentence_end, people)
