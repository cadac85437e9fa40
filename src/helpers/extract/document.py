"""Extract: one ingested document becomes rows of every facts table.

This is the per-document unit of work that the local pool and the Dask engine
both run, so it takes a Document and returns plain rows.
"""

from __future__ import annotations

import bisect

from .. import ingest
from ..ingest.metadata import infer_year
from . import attribution, organizations, places, quantities, quotes, timex

LOCAL_ORG_TYPES = {"local_government", "company"}


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


def extract_document(doc: ingest.Document) -> dict[str, list[dict]]:
    """All facts tables' rows for one document (documents.csv is written by the caller)."""
    ref = timex.parse_iso(doc.meta.get("date", "")) or timex.year_end(infer_year(doc.view))
    view = doc.view
    found = places.find(view)
    sent_starts = [s.start for s in doc.sentences]
    by_para: dict[int, list] = {}
    for s in doc.sentences:
        by_para.setdefault(s.para, []).append(s)
    tables = {"paragraphs": paragraph_rows(doc), "sentences": sentence_rows(doc), "quantities": [],
              "organizations": [], "places": [], "quotes": []}
    last_place = prev_subject = prev_actor = ""
    prev_org = reporter = None
    prev_sent = -1
    dateline = doc.meta.get("dateline_span")
    para_starts = [p.start for p in doc.paragraphs]
    all_orgs = organizations.find(view, 0, len(view), found, ref)
    all_quantities = quantities.find(view, 0, len(view), ref)

    def bucket(items):
        out: dict[int, list] = {}
        for it in items:
            out.setdefault(bisect.bisect_right(para_starts, it.start) - 1, []).append(it)
        return out

    places_by_para, orgs_by_para, quantities_by_para = bucket(found), bucket(all_orgs), bucket(all_quantities)
    for p in doc.paragraphs:
        para_places = [pl for pl in places_by_para.get(p.para, []) if pl.end <= p.end]
        orgs = orgs_by_para.get(p.para, [])
        para_places = [pl for pl in para_places
                       if not any(o.start <= pl.start and pl.end <= o.end and o.type not in LOCAL_ORG_TYPES for o in orgs)]
        # the dateline's place (新华社北京…电) says where the reporter filed, not where facts happened
        scope_places = [pl for pl in para_places if not (dateline and dateline[0] <= pl.start < dateline[1])]
        qs = quantities_by_para.get(p.para, [])
        times = [q for q in qs if q.kind == "date"]
        para_sents = by_para.get(p.para, [])
        # an anecdote continued from the previous paragraph (当地医保局…) keeps its place
        inherited = last_place if not para_places and all(o.type in LOCAL_ORG_TYPES for o in orgs) else ""
        contexts: dict[int, attribution.Context] = {}
        if not attribution.continues(p.text):
            reporter = None  # a reporting source speaks on only where the text says so (据介绍，…)
        for q in qs:
            sent = doc.sentences[bisect.bisect_right(sent_starts, q.start) - 1]
            ctx = contexts.get(sent.start)
            if ctx is None:
                lo = sent.start  # a dateline opening the sentence is not part of what it asserts
                if dateline and lo <= dateline[0] < sent.end:
                    lo = max(lo, dateline[1])
                ctx = contexts[sent.start] = attribution.Context(
                    view, lo, sent.end, [o for o in orgs if lo <= o.start < sent.end],
                    [pl for pl in scope_places if lo <= pl.start < sent.end],
                    [t for t in times if lo <= t.start < sent.end])
            subject = actor = place = time = change = comparison = ""
            if q.claim:
                actor, acting_org, acting_place = attribution.actor(view, q, ctx)
                subject = q.subject or attribution.subject(view, q, ctx)
                if prev_sent == sent.start:  # later numbers of a sentence share its subject and actor when they state none
                    subject, actor = subject or prev_subject, actor or prev_actor
                    acting_org = acting_org or prev_org
                elif not actor and reporter is not None and not ctx.orgs:  # the reporting body speaks on
                    actor, acting_org = reporter.name, reporter
                if acting_org is not None and attribution.reports(view, acting_org, ctx):
                    reporter = acting_org
                prev_subject, prev_actor, prev_org, prev_sent = subject, actor, acting_org, sent.start
                seg = ctx.segment(q.start)
                place = attribution.place_for(q, ctx, acting_org, acting_place, seg)
                if place is None:
                    earlier = [pl for pl in scope_places if pl.end <= sent.start]
                    place = earlier[-1].province if earlier else inherited
                time = attribution.time_for(q, ctx)
                change, comparison = attribution.change_and_comparison(view, q, ctx)
            elif q.kind == "date":
                time = q.time
            else:
                subject = q.subject
            start, end = doc.original_span(q.start, q.end)
            tables["quantities"].append(dict(
                doc=doc.doc, para=p.para, sent=sent.sent, start=start, end=end, text=doc.text[q.start:q.end],
                value=q.value, value_max=q.value_max, unit=q.unit, kind=q.kind, qualifier=q.qualifier, claim=q.claim,
                subject=subject, actor=actor, place=place, time=time, change=change, comparison=comparison, sentence=sent.text))
        for o in orgs:
            start, end = doc.original_span(o.start, o.end)
            tables["organizations"].append(dict(doc=doc.doc, para=p.para, start=start, end=end, mention=doc.text[o.start:o.end],
                                                name=o.name, type=o.type, level=o.level))
        for pl in para_places:
            start, end = doc.original_span(pl.start, pl.end)
            tables["places"].append(dict(doc=doc.doc, para=p.para, start=start, end=end, mention=doc.text[pl.start:pl.end],
                                         province=pl.province, city=pl.city, county=pl.county, level=pl.level, code=pl.code))
        sentence_end = lambda pos: next((s.end for s in para_sents if s.start <= pos < s.end), p.end)  # noqa: E731
        # 新华社记者：下一步…？ reads like a byline but asks a question: a journalist's turn in a transcript
        asks = p.kind == "byline" and view[p.end - 1] in "？?。！!"
        spoken = quotes.turn(view, p.start, p.end) if p.kind == "body" or asks else None
        for qt in ([spoken] if spoken else []) + quotes.find(view, p.start, p.end, sentence_end):
            start, end = doc.original_span(qt.start, qt.end)
            tables["quotes"].append(dict(doc=doc.doc, para=p.para, start=start, end=end, quote=doc.text[qt.start:qt.end],
                                         speaker=qt.speaker, role=qt.role))
        if para_places and p.kind == "body":
            last_place = para_places[-1].province
        elif p.kind == "heading":
            last_place = ""
    return tables
