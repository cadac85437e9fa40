"""The claims ledger and the checks a fact-checker runs on it.

One record per quantitative claim (value, unit, hedge, what it measures, who, where,
when, baseline, source sentence), classified by how it can be checked, flagged for
missing context, and tested against reference data and against the other claims.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pandas as pd

from ..codebook import alternation, yaml_book
from ..extract import divisions
from ..extract.lexicon import claim_words
from ..store import tables
from ..store.facts import Facts
from ..store.query import _identifier, _literal, relation
from . import labels

VAGUE = {"approx", "more_than", "less_than"}
_NON_CJK = re.compile(r"[^\u4e00-\u9fff]")
UNIT_LEVELS = {"prefecture": "prefecture-level units", "county": "county-level units", "province": "mainland province-level units"}


CLASSES = tables.CLAIM_CLASSES
_CLAUSE_END = re.compile(r"[，,；;。！？!?]")
_COLON = re.compile("[：:]")
_QUOTED = re.compile("“[^”]{1,12}”|「[^」]{1,12}」")  # a name or slogan, not quoted speech


@dataclass(frozen=True)
class LedgerWords:
    """``ledger.yml``, typed: the cues that class claims and the words the checks read."""

    rules: re.Pattern
    rule_duration_qualifiers: frozenset[str]
    anecdotes: re.Pattern
    lead_in_chars: int
    targets: re.Pattern
    achieved: re.Pattern
    not_cues: re.Pattern
    weak_targets: re.Pattern
    weak_achieved: re.Pattern
    relative_units: list[str]
    scope: re.Pattern
    national: str
    unit_words: dict[str, tuple[str, ...]]
    mainland_provinces: int
    part_cues: re.Pattern
    respectively: str
    of_which: str
    whole: re.Pattern
    people_units: frozenset


@lru_cache(maxsize=1)
def words() -> LedgerWords:
    c = yaml_book(__package__, "ledger.yml")
    return LedgerWords(
        rules=re.compile(alternation(c["rule_cues"])), rule_duration_qualifiers=frozenset(c["rule_duration_qualifiers"]),
        anecdotes=re.compile(alternation(c["anecdote_cues"])), lead_in_chars=int(c["lead_in_chars"]), targets=re.compile(alternation(c["target_cues"])),
        achieved=re.compile(f"{alternation(c['achieved_cues'])}|{c['achieved_pattern']}"),
        not_cues=re.compile(alternation(c["not_cues"])), weak_targets=re.compile(alternation(c["weak_target_cues"])),
        weak_achieved=re.compile(alternation(c["weak_achieved_cues"])), relative_units=list(c["relative_units"]),
        scope=re.compile(f"^(?:{alternation(c['scope_prefixes'])})"), national=c["national"],
        unit_words={k: tuple(v) for k, v in c["unit_words"].items()}, mainland_provinces=int(c["mainland_provinces"]),
        part_cues=re.compile(alternation(c["part_cues"])), respectively=c["respectively"], of_which=c["of_which"],
        whole=re.compile(alternation(c["whole_words"])), people_units=frozenset(c["people_units"]))


def _offset(sentence: str, text: str, hint: int) -> int:
    if 0 <= hint and sentence[hint : hint + len(text)] == text:
        return hint
    return sentence.find(text)


def _last(pattern: re.Pattern, text: str) -> int:
    """Where the last match of ``pattern`` in ``text`` starts (-1: none)."""
    found = -1
    for m in pattern.finditer(text):
        found = m.start()
    return found


def _lead_in(sentence: str, before: int, longest: int) -> str:
    """What opens the sentence and leads into the clause at ``before``: everything up to a colon
    (主要预期目标是：…), else a short first clause (据统计，…); '' when there is none."""
    colon = _COLON.search(sentence, 0, before)
    if colon:
        return sentence[: colon.start()]
    stop = _CLAUSE_END.search(sentence, 0, before)
    return sentence[: stop.start()] if stop and stop.start() <= longest else ""


def claim_class(sentence: str, start: int, end: int, kind: str, qualifier: str, period_year: str, doc_year: str,
                role: str) -> str:
    """What kind of statement the number at ``sentence[start:end]`` makes (see ``ledger.yml`` for the order).

    Cues are read in the number's clause and in a lead-in that opens the sentence (据统计，…; 主要预期目标是：…);
    the cue nearest the number wins.
    """
    w = words()
    stop = _CLAUSE_END.search(sentence, end)
    clause_end = stop.start() if stop else len(sentence)
    clause_start = max((m.end() for m in _CLAUSE_END.finditer(sentence[:start])), default=0)
    sentence = _QUOTED.sub(lambda m: "　" * len(m.group()), sentence)  # a name in quotation marks is no cue
    clause = w.not_cues.sub("　", sentence[clause_start:clause_end])
    if w.rules.search(clause) or (kind == "duration" and qualifier in w.rule_duration_qualifiers):
        return "rule or standard"
    if w.anecdotes.search(sentence):
        return "anecdote"
    lead = w.not_cues.sub("　", _lead_in(sentence, clause_start, w.lead_in_chars))
    read = lead + "　" + clause
    target, achieved = _last(w.targets, read), _last(w.achieved, read)
    if target >= 0 or achieved >= 0:
        return "target or plan" if target > achieved else "achieved result"
    if period_year and doc_year and period_year != doc_year:
        return "target or plan" if period_year > doc_year else "achieved result"
    if role in ("review", "plan"):
        return "achieved result" if role == "review" else "target or plan"
    target, achieved = _last(w.weak_targets, clause), _last(w.weak_achieved, clause)
    if target >= 0 or achieved >= 0:
        return "target or plan" if target > achieved else "achieved result"
    return "other" if kind in ("duration", "age") else "achieved result"


def _column_values(frame: pd.DataFrame, columns: list[str]):
    """The values of ``columns``, row by row, as Python values: iterating a column of strings held by Arrow
    costs about ten times as much per value as iterating its list (a minute for the ledger of 10,000 documents)."""
    return zip(*(frame[c].tolist() for c in columns))


def classified(q: pd.DataFrame) -> pd.DataFrame:
    """Ledger rows (``tables.columns("ledger")``) for claims: quantities rows with the start of their sentence
    (``sent_start``), their part and its role, and their document's year (``doc_year``)."""
    q = q.reset_index(drop=True)
    offsets = [_offset(sent, text, st - s0) for sent, text, st, s0 in _column_values(q, ["sentence", "text", "start", "sent_start"])]
    q["source"] = q["sentence"]  # the claim's sentence, with the claim at [mark_start, mark_end)
    q["mark_start"] = [max(off, 0) for off in offsets]
    q["mark_end"] = [off + len(text) if off >= 0 else 0 for off, text in zip(offsets, q["text"].tolist())]
    q["claim_class"] = [claim_class(*args) for args in zip(*(c.tolist() for c in (
        q["sentence"], q["mark_start"], q["mark_end"], q["kind"], q["qualifier"],
        q["time"].str.extract(r"^(\d{4})", expand=False).fillna(""), q["doc_year"], q["role"])))]
    q["no_time"] = q["time"] == ""
    q["no_comparison"] = ((q["change"] != "") | (q["unit"].isin(words().relative_units))) & (q["comparison"] == "")
    q["vague_qualifier"] = q["qualifier"].isin(VAGUE)
    q["no_actor"] = q["actor"] == ""
    return q[tables.columns("ledger")]


def ledger(facts: Facts) -> pd.DataFrame:
    """One row per claim with its context, class (achieved result, target or plan …) and context flags, as one
    DataFrame (a report on a large corpus asks ``helpers.analysis.ledger.Ledger`` instead)."""
    from .ledger import Ledger

    return Ledger(facts.query).frame()


FLAGS = ("no_time", "no_comparison", "vague_qualifier", "no_actor")


def _relation(led):
    """The query and the name under which the ledger's rows can be asked in SQL, each with ``row``, its place
    in the ledger: a ``Ledger``'s own view, or a DataFrame ledger registered for the question."""
    return relation(led.assign(row=np.arange(len(led))) if isinstance(led, pd.DataFrame) else led)


def _blocks(led):
    """The ledger's rows in blocks of whole documents (a DataFrame ledger is one block)."""
    return [led] if isinstance(led, pd.DataFrame) else led.blocks()


def rows(led, columns: list[str] | None = None, where: str | None = None, params: dict | None = None) -> pd.DataFrame:
    """Some columns (default all) of the claims that satisfy ``where`` (SQL over the ledger's columns), in ledger
    order: what a figure or a table needs of a ledger too large to hold."""
    select = ", ".join(_identifier(c) for c in columns) if columns else "* EXCLUDE (row)"
    with _relation(led) as (q, rel):
        return q.sql(f"SELECT {select} FROM {rel}" + (f" WHERE {where}" if where else "") + " ORDER BY row", params)


def first_values(led, claims: pd.DataFrame) -> pd.DataFrame:
    """doc, text and value of the first claim in the ledger with each document and text of ``claims`` (doc, text
    in its second column)."""
    wanted = claims.set_axis(["doc", "text"], axis=1).drop_duplicates()
    with _relation(led) as (q, rel), q.registered(wanted) as w:
        return q.sql(f"SELECT l.doc, l.text, first(l.value ORDER BY l.row) AS value FROM {rel} AS l JOIN {w} USING (doc, text) "
                     "GROUP BY l.doc, l.text")


def class_counts(led) -> dict[str, int]:
    """Claims per class (only the classes that occur)."""
    with _relation(led) as (q, rel):
        counts = q.sql(f"SELECT claim_class, count(*) AS n FROM {rel} GROUP BY claim_class")
    return dict(zip(counts["claim_class"], counts["n"]))


def anchor(doc_number: int, para: int, sent: int) -> str:
    """The page anchor of a claim's sentence in its paragraph (``context`` writes the paragraphs)."""
    return f"s{doc_number}-{para}-{sent}"


def anchor_numbers(led) -> dict[str, int]:
    """Each document's number in the anchors of its claims' sentences: its place among the ledger's documents by id.
    A page that shows the first rows of a large ledger numbers them, and their paragraphs, by the whole ledger."""
    with _relation(led) as (q, rel):
        docs = q.sql(f"SELECT DISTINCT doc FROM {rel} ORDER BY doc")["doc"]
    return {doc: i for i, doc in enumerate(docs)}


def display(led: pd.DataFrame, names: dict[str, str], numbers: dict[str, int] | None = None) -> pd.DataFrame:
    """The ledger as a reader reads it: the document by name, the sentence with the claim marked, the claim as
    written and in readable units, its class, what it measures, who, where, when, and what it does not say.

    ``where`` is the document and paragraph; ``anchor`` the sentence's place in the page's context section
    (documents numbered by ``numbers``, by default ``anchor_numbers(led)``).
    """
    missing = pd.Series("", index=led.index)
    for flag in FLAGS:
        missing = missing.where(~led[flag], missing + "、" + labels.label("missing", flag))
    numbers = anchor_numbers(led) if numbers is None else numbers
    return pd.DataFrame({
        "文档 document": [names.get(d, d) for d in led["doc"]],
        "出处 where": [f"¶{p}" for p in led["para"]],
        "anchor": [anchor(numbers[d], p, s) for d, p, s in zip(led["doc"], led["para"], led["sent"])],
        "句子 sentence": led["source"], "mark_start": led["mark_start"], "mark_end": led["mark_end"],
        "原文 as written": led["text"],
        "数值 value": [labels.readable_value(v, m, u) for v, m, u in zip(led["value"], led["value_max"], led["unit"])],
        "类别 class": led["claim_class"].map(lambda c: CLASS_LABELS[c].split(" ", 1)[0]),
        "指标 measures": led["subject"], "主体 who": led["actor"], "地点 where": led["place"], "时间 when": led["time"],
        "基数 baseline": led["comparison"], "缺少 missing": missing.str.lstrip("、"),
    })


CLASS_LABELS = {"achieved result": "已实现结果 achieved result", "target or plan": "目标或计划 target or plan",
                "rule or standard": "规则或标准 rule or standard", "anecdote": "个例 anecdote", "other": "其他 other"}


def context(facts: Facts, led: pd.DataFrame, names: dict[str, str], numbers: dict[str, int] | None = None) -> pd.DataFrame:
    """The paragraphs that hold the ledger's claims, each sentence holding a claim with its anchor and span in
    the paragraph text: doc name, para, text, and spans (anchor, start, end) for the report to mark. Only these
    sentences and paragraphs are read from the facts."""
    numbers = anchor_numbers(led) if numbers is None else numbers
    q = facts.query
    with q.registered(led[["doc", "para", "sent"]].drop_duplicates()) as wanted:
        sents = q.sql(f"SELECT s.doc, s.para, s.sent, s.text FROM sentences AS s JOIN {wanted} USING (doc, para, sent) "
                      "ORDER BY s.doc, s.para, s.sent")
        paras = q.sql(f"SELECT p.doc, p.para, p.text FROM paragraphs AS p JOIN (SELECT DISTINCT doc, para FROM {wanted}) "
                      "USING (doc, para)")
    spans: dict[tuple, list] = {}
    texts = dict(zip(zip(paras["doc"], paras["para"]), paras["text"]))
    for doc, para, sent, text in sents[["doc", "para", "sent", "text"]].itertuples(index=False):
        where = texts.get((doc, para), "").find(text)
        if where >= 0:
            spans.setdefault((doc, para), []).append((anchor(numbers[doc], para, sent), where, where + len(text)))
    rows = [(names.get(doc, doc), doc, para, texts[(doc, para)], tuple(sorted(spans.get((doc, para), []), key=lambda s: s[1])))
            for doc, para in sorted(texts, key=lambda k: (numbers[k[0]], k[1]))]
    return pd.DataFrame(rows, columns=["document", "doc", "para", "text", "spans"])


def class_accuracy(led: pd.DataFrame, sample: pd.DataFrame) -> pd.DataFrame:
    """The ledger's class of each hand-classed claim (``sample``: doc, sentence, claim, at, class) that is in the
    ledger: doc, claim, coded and predicted. A claim is found by its document, sentence and text (nearest ``at``)."""
    keyed = led.assign(found=led.index)[["doc", "source", "text", "mark_start", "claim_class", "found"]]
    pairs = sample.merge(keyed, left_on=["doc", "sentence", "claim"], right_on=["doc", "source", "text"])
    pairs = pairs.assign(gap=(pairs["mark_start"] - pairs["at"].astype(int)).abs()).sort_values("gap", kind="stable")
    pairs = pairs.drop_duplicates(["doc", "sentence", "claim", "at"])
    return pairs.rename(columns={"class": "coded", "claim_class": "predicted"})[["doc", "claim", "coded", "predicted"]].reset_index(drop=True)


def headline(led, n_docs: int) -> str:
    """How many claims there are, how they divide into classes, and the context they most often lack."""
    if not len(led):
        return "文本中没有数量主张。The texts make no quantitative claim."
    classes = class_counts(led)
    flags = flag_summary(led).iloc[0]
    return (f"{n_docs:,}篇文档共有{len(led):,}项数量主张：{classes.get('achieved result', 0):,}项报告已实现的结果，"
            f"{classes.get('target or plan', 0):,}项为目标或计划；{flags['share']:.0%}的主张{flags['missing']}。"
            f" {len(led):,} quantitative claims: {classes.get('achieved result', 0):,} achieved results, "
            f"{classes.get('target or plan', 0):,} targets or plans; {flags['share']:.0%} state no {labels.label('missing', flags['flag'], True).split(' ', 1)[1]}.")


def flag_summary(led) -> pd.DataFrame:
    """How many claims lack each piece of context, the most often missing first."""
    n = max(1, len(led))
    with _relation(led) as (q, rel):
        sums = q.sql(f"SELECT {', '.join(f'count(*) FILTER ({f}) AS {f}' for f in FLAGS)} FROM {rel}").iloc[0]
    out = pd.DataFrame({"flag": list(FLAGS), "missing": [labels.label("flag", f) for f in FLAGS],
                        "claims": [int(sums[f]) for f in FLAGS], "share": [sums[f] / n for f in FLAGS]})
    return out.sort_values(["claims", "flag"], ascending=[False, True], kind="stable").reset_index(drop=True)


def by_document(led, names: dict[str, str]) -> pd.DataFrame:
    """Per document (by id): claims, claims per class, and the share of its claims lacking each piece of context."""
    if not len(led):
        return pd.DataFrame()
    present = [c for c in CLASSES if c in class_counts(led)]
    per_class = ", ".join(f"count(*) FILTER (claim_class = {_literal(c)}) AS {_identifier(CLASS_LABELS[c])}" for c in present)
    shares = ", ".join(f"avg({f}::DOUBLE) AS {_identifier('缺' + labels.label('flag', f).removeprefix('未说明'))}" for f in FLAGS)
    with _relation(led) as (q, rel):
        out = q.sql(f"SELECT doc, count(*) AS claims, {per_class}, {shares} FROM {rel} GROUP BY doc ORDER BY doc")
    return out.assign(doc=[names.get(d, d) for d in out["doc"]]).rename(columns={"doc": "文档 document"})


def by_period(led, facts: Facts, grain: str) -> pd.DataFrame:
    """Claims per class by the documents' year or month (``grain``), for texts that span time."""
    width = 4 if grain == "year" else 7
    periods = pd.DataFrame({"doc": facts.documents["doc"], "period": facts.documents["date"].fillna("").str.slice(0, width)})
    with _relation(led) as (q, rel), q.registered(periods[periods["period"] != ""]) as dated:
        counts = q.sql(f"SELECT d.period, l.claim_class, count(*) AS n FROM {rel} AS l JOIN {dated} AS d USING (doc) "
                       "GROUP BY d.period, l.claim_class")
    table = counts.pivot_table(index="period", columns="claim_class", values="n", aggfunc="sum", fill_value=0)
    table = table.reindex(columns=[c for c in CLASSES if c in table.columns]).rename(columns=CLASS_LABELS)
    return table.rename_axis(grain).reset_index()


def qualifier_mix(led) -> pd.Series:
    """Claims per qualifier (exact, approx …), most first, ties in order of first appearance."""
    with _relation(led) as (q, rel):
        mix = q.sql(f"SELECT qualifier, count(*) AS count FROM {rel} GROUP BY qualifier ORDER BY count DESC, min(row)")
    return mix.set_index("qualifier")["count"]


def _norm(subject: str) -> str:
    """A subject without its scope word and punctuation, so 全省13个地市 and 地市 compare equal."""
    return words().scope.sub("", _NON_CJK.sub("", subject or ""))


def _keys(subjects: pd.Series) -> list[str]:
    """Each subject's ``_norm``, computed once per distinct subject (a corpus repeats its subjects many times)."""
    distinct = {s: _norm(s) for s in subjects.unique()}
    return [distinct[s] for s in subjects]


WHOLE_BEFORE = 4  # characters before a count where a word stating the whole (全省, 共) stands


def reference_checks(led) -> pd.DataFrame:
    """Counts of administrative units that state the whole (全省13个地市), checked against the division data."""
    return pd.DataFrame([row for block in _blocks(led) for row in _reference_rows(block)], columns=tables.columns("reference_checks"))


def _reference_rows(led: pd.DataFrame):
    w = words()
    read = ["doc", "para", "text", "subject", "place", "value", "value_max", "qualifier", "source", "mark_start", "mark_end"]
    for r in led.loc[led["kind"] == "count", read].itertuples(index=False):  # only what is read: a tenth of the time
        if not w.whole.search(r.source[max(0, r.mark_start - WHOLE_BEFORE) : r.mark_start]):
            continue  # 11个县（市、区）通过评估 counts some of the counties, not all: only 全省13个地市, 共有…个 state the whole
        subject = _reached(_norm(r.subject))
        reference = level = None
        if subject in w.unit_words["prefecture"] and r.place:
            reference, level = divisions.prefecture_count(r.place), UNIT_LEVELS["prefecture"]
        elif subject in w.unit_words["county"] and r.place:
            reference, level = divisions.county_count(r.place), UNIT_LEVELS["county"]
        elif subject in w.unit_words["province"] and not r.place:
            reference, level = w.mainland_provinces, UNIT_LEVELS["province"]
        if reference is None:
            continue
        claimed = r.value
        agrees = {
            "exact": reference == claimed,
            "more_than": reference > claimed,
            "at_least": reference >= claimed,
            "less_than": reference < claimed,
            "at_most": reference <= claimed,
            "range": claimed <= reference <= (r.value_max if r.value_max == r.value_max else claimed),
        }.get(r.qualifier, abs(reference - claimed) <= max(1, 0.1 * reference))  # approx: within 10%
        yield dict(doc=r.doc, para=r.para, claim=r.text, place=r.place or w.national, compared_with=level,
                         claimed=claimed, reference=reference, agrees=agrees, source=r.source, mark_start=r.mark_start,
                         mark_end=r.mark_end)


def _reached(subject: str) -> str:
    """What a subject says was reached, after its verb of reaching (户用光伏覆盖|地市, 覆盖|地市: the units counted), else
    the subject."""
    verb = next((v for v in claim_words().reach_verbs if v in subject), "")
    return subject[subject.index(verb) + len(verb) :] if verb else subject


_CLAUSE_BREAK = re.compile(r"[，,；;。：:]")


def _one_clause(sentence: str, end_a: int, start_b: int) -> bool:
    """Whether nothing but a list's 、 and words stand between two numbers of a sentence."""
    return 0 <= start_b - end_a and not _CLAUSE_BREAK.search(sentence, end_a, start_b)


LISTED = 30  # documents a page names in one row of the tables across documents; the rest are counted

DERIVED = ["doc", "para", "numerator", "denominator", "ratio", "reading", "place"]


def derived(led) -> pd.DataFrame:
    """Ratios a reviewer would compute: people per something else counted in one clause (376万名党员 per 18.8万个
    基层党组织), same place and period. Counts in different clauses of a long sentence, or two kinds of things in one
    list, measure unrelated things."""
    found = [ratios for ratios in map(_derived, _blocks(led)) if len(ratios)]
    return pd.concat(found, ignore_index=True) if found else pd.DataFrame(columns=DERIVED)


def _derived(led: pd.DataFrame) -> pd.DataFrame:
    cols = DERIVED
    counts = led[(led["kind"] == "count") & (led["value"] > 0)].reset_index(drop=True).reset_index(names="row")
    keys = ["doc", "para", "sent", "place", "time"]
    pairs = counts.merge(counts, on=keys, suffixes=("_a", "_b"))
    pairs = pairs[(pairs["row_a"] < pairs["row_b"]) & (pairs["unit_a"] != pairs["unit_b"])]
    a_big = pairs["value_a"] >= pairs["value_b"]
    a_people, b_people = pairs["unit_a"].isin(words().people_units), pairs["unit_b"].isin(words().people_units)
    one_clause = [_one_clause(s, a, b) for s, a, b in zip(pairs["source_a"], pairs["mark_end_a"], pairs["mark_start_b"])]
    keep = np.array(one_clause, dtype=bool) & (a_people & a_big | b_people & ~a_big) & ~(a_people & b_people)
    pairs, a_big = pairs[keep], a_big[keep]
    if pairs.empty:
        return pd.DataFrame(columns=cols)
    pick = lambda a, b: a.where(a_big, b)  # noqa: E731
    big_text, small_text = pick(pairs["text_a"], pairs["text_b"]), pick(pairs["text_b"], pairs["text_a"])
    big_subj, small_subj = pick(pairs["subject_a"], pairs["subject_b"]), pick(pairs["subject_b"], pairs["subject_a"])
    big_unit, small_unit = pick(pairs["unit_a"], pairs["unit_b"]), pick(pairs["unit_b"], pairs["unit_a"])
    ratio = pick(pairs["value_a"], pairs["value_b"]) / pick(pairs["value_b"], pairs["value_a"])
    out = pd.DataFrame({
        "doc": pairs["doc"], "para": pairs["para"], "numerator": big_text + big_subj, "denominator": small_text + small_subj,
        "ratio": ratio.round(2),
        "reading": [f"{r:,.1f} {bu}{bs} per {su}{ss}" for r, bu, bs, su, ss in zip(ratio, big_unit, big_subj, small_unit, small_subj)],
        "place": pairs["place"]})
    return out.reset_index(drop=True)[cols]


def consistency(led) -> pd.DataFrame:
    """Parts that add up past their whole, shares above 100% (sentence by sentence, in ledger order), then one
    subject in mismatched units (by document and subject)."""
    sentences, subjects = [], []
    for block in _blocks(led):
        sentences += _sentence_issues(block)
        subjects += _unit_issues(block)
    subjects.sort(key=lambda issue: (issue["doc"], issue["sentence"]))
    return pd.DataFrame(sentences + subjects, columns=["doc", "para", "issue", "detail", "sentence"])


def _sentence_issues(led: pd.DataFrame) -> list[dict]:
    """Shares above 100% and parts that add up past their whole, within a sentence."""
    w = words()
    issues = []
    q = led[led["source"].str.contains(w.part_cues)]  # only these sentences state parts of a whole
    groups: dict[tuple, list] = {}
    for r in q[["doc", "para", "sent", "text", "value", "unit", "kind", "source"]].itertuples(index=False):
        groups.setdefault((r.doc, r.para, r.sent), []).append(r)
    for (doc, para, _), rows in groups.items():
        if len(rows) < 2:
            continue
        sentence = rows[0].source
        pct = [r for r in rows if r.unit == "%"]
        if len(pct) >= 2 and sum(r.value for r in pct) > 100.0001 and w.respectively not in sentence:
            issues.append(dict(doc=doc, para=para, issue="shares sum past 100%", detail="、".join(r.text for r in pct), sentence=sentence))
        split = sentence.find(w.of_which)
        if split < 0:
            continue
        by_unit: dict[str, list] = {}
        for r in rows:
            if r.kind in ("count", "money", "measure"):
                by_unit.setdefault(r.unit, []).append(r)
        for same in by_unit.values():
            wholes = [r for r in same if 0 <= sentence.find(r.text) < split and w.whole.search(sentence[: sentence.find(r.text)])]
            parts = [r for r in same if sentence.find(r.text) > split]
            for whole in wholes:
                if len(parts) >= 2 and sum(r.value for r in parts) > whole.value:
                    issues.append(dict(doc=doc, para=para, issue="parts exceed the whole",
                                       detail=f"{' + '.join(r.text for r in parts)} > {whole.text}", sentence=sentence))
    return issues


def _unit_issues(led: pd.DataFrame) -> list[dict]:
    """One subject of a document counted, priced or measured in different units, by document and subject."""
    keyed = led.assign(key=_keys(led["subject"]))
    keyed = keyed[(keyed["key"] != "") & keyed["kind"].isin(["count", "money", "measure"])]
    stats = keyed.groupby(["doc", "key"]).agg(n=("unit", "size"), units=("unit", "nunique"), kinds=("kind", "nunique"),
                                              para=("para", "min"))
    mixed = stats[(stats["n"] >= 2) & (stats["units"] > 1) & (stats["kinds"] == 1)]
    texts = keyed.merge(mixed.index.to_frame(index=False), on=["doc", "key"]).groupby(["doc", "key"])["text"].agg("、".join)
    return [dict(doc=doc, para=int(para), issue="one subject, different units", detail=texts[(doc, key)], sentence=key)
            for (doc, key), para in mixed["para"].items()]


def _ranked(values: list[str], column: str) -> pd.DataFrame:
    """Each of ``values`` with ``{column}_id``, its place among them in character order, so SQL can group, sort and
    rank by a number and spell the few it shows."""
    order = {v: i for i, v in enumerate(sorted(set(values)))}
    return pd.DataFrame({column: values, f"{column}_id": [order[v] for v in values]})


def _named(q, rows: str, groups: pd.DataFrame, names: str, listed: int | None) -> pd.DataFrame:
    """For each of ``groups`` (its columns name the group), the documents of its distinct (group…, name_id) ``rows``
    by name (``names``: name and name_id): the first ``listed`` by name and how many in all (None: all of them).
    Ranked by a window, which DuckDB spills to disk, rather than gathered by an aggregate, which it cannot."""
    keys = ", ".join(groups.columns)
    more = (f" || CASE WHEN max(n) > {int(listed)} THEN '…（共' || format('{{:,}}', max(n)) || '篇）' ELSE '' END"
            if listed is not None else "")
    with q.registered(groups) as chosen:
        return q.sql(f"""
            SELECT {keys}, string_agg(m.name, '、' ORDER BY r){more} AS docs
            FROM (SELECT *, row_number() OVER (PARTITION BY {keys} ORDER BY name_id) AS r, count(*) OVER (PARTITION BY {keys}) AS n
                  FROM {rows} SEMI JOIN {chosen} USING ({keys}))
            JOIN (SELECT DISTINCT name, name_id FROM {names}) AS m USING (name_id)
            {f"WHERE r <= {int(listed)}" if listed is not None else ""} GROUP BY {keys}""")


def across_documents(led, names: dict[str, str] | None = None, listed: int | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Claims repeated in several documents, and claims about one subject, place and period that disagree
    (documents by their ``names``; with ``listed``, a row names that many and counts the rest, so a claim that
    recurs in thousands of documents does not fill a page). Subjects compare without their scope word.

    Subjects and documents travel as numbers, groups are counted over distinct rows before any is listed, only
    the groups kept get their documents and texts listed, and each step is a question of its own, so DuckDB
    can spill every one to disk however large the ledger."""
    names = names or {}
    with _relation(led) as (q, rel):
        subjects = q.sql(f"SELECT DISTINCT subject FROM {rel}")["subject"]
        docs = q.sql(f"SELECT DISTINCT doc FROM {rel}")["doc"]
        keys = _ranked(_keys(subjects), "key").assign(subject=subjects.to_numpy())
        named = _ranked([names.get(d, d) for d in docs], "name").assign(doc=docs.to_numpy())
        with q.registered(keys) as k, q.registered(named) as n:
            claims = (f"(SELECT k.key_id, l.value, l.unit, l.place, l.time, l.text, n.name_id FROM {rel} AS l "
                      f"JOIN {k} AS k USING (subject) JOIN {n} AS n USING (doc) WHERE k.key <> '')")
            pairs = f"(SELECT DISTINCT key_id, value, unit, name_id FROM {claims} WHERE value IS NOT NULL)"
            shared = q.sql(f"SELECT key_id, value, unit, count(*) AS documents FROM {pairs} GROUP BY key_id, value, unit HAVING count(*) >= 2")
            with q.registered(shared[["key_id", "value", "unit"]]) as chosen:
                written = q.sql(f"SELECT key_id, value, unit, string_agg(text, '、' ORDER BY text) AS texts FROM "
                                f"(SELECT DISTINCT key_id, value, unit, text FROM {claims} SEMI JOIN {chosen} USING (key_id, value, unit)) "
                                "GROUP BY key_id, value, unit")
            listing = _named(q, pairs, shared[["key_id", "value", "unit"]], n, listed)
            located = f"(SELECT DISTINCT key_id, place, time, unit, name_id FROM {claims})"
            valued = f"(SELECT DISTINCT key_id, place, time, unit, value FROM {claims} WHERE value IS NOT NULL)"
            stated = q.sql(f"""
                WITH disputed AS (SELECT key_id, place, time, unit FROM {located} GROUP BY key_id, place, time, unit HAVING count(*) >= 2)
                SELECT key_id, place, time, unit, list(value ORDER BY value) AS "values" FROM {valued} SEMI JOIN disputed
                USING (key_id, place, time, unit) GROUP BY key_id, place, time, unit HAVING count(*) >= 2""")
            sources = _named(q, located, stated[["key_id", "place", "time", "unit"]], n, listed)
    spelled = keys[["key_id", "key"]].drop_duplicates()
    repeats = shared.merge(written).merge(listing).merge(spelled)
    repeats = repeats.sort_values(["documents", "key_id", "value", "unit"], ascending=[False, True, True, True], kind="stable")
    disagree = stated.merge(sources).merge(spelled).sort_values(["key_id", "place", "time", "unit"], kind="stable")
    disagree["values"] = ["、".join(labels.in_units(v) for v in values) for values in disagree["values"]]
    return (repeats[["key", "value", "unit", "documents", "texts", "docs"]].reset_index(drop=True),
            disagree.rename(columns={"key": "subject"})[["subject", "place", "time", "unit", "values", "docs"]].reset_index(drop=True))
