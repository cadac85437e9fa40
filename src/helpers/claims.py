"""The claims ledger and the checks a fact-checker runs on it.

One record per quantitative claim (value, unit, hedge, what it measures, who, where,
when, baseline, source sentence), classified by how it can be checked, flagged for
missing context, and tested against reference data and against the other claims.
"""

from __future__ import annotations

import re

import pandas as pd

from . import divisions, show
from .codebooks import yaml_book
from .facts import Facts

VAGUE = {"approx", "more_than", "less_than"}
_NON_CJK = re.compile(r"[^\u4e00-\u9fff]")
_SCOPE = re.compile(r"^(?:全省|全市|全县|全区|全国|我国|全)")
PREFECTURE_WORDS = ("地市", "地级市", "市州", "设区市", "个市", "地级以上城市", "市")
COUNTY_WORDS = ("县", "县区", "区县", "县市区", "县（市、区）", "县(市、区)", "市县")
PROVINCE_WORDS = ("省份", "省区市", "省（区、市）", "省(区、市)", "省")
MAINLAND_PROVINCES = 31


def _cues():
    c = yaml_book("claims.yml")
    return tuple(c["target_cues"]), tuple(c["anecdote_cues"])


def _offset(sentence: str, text: str, hint: int) -> int:
    if 0 <= hint and sentence[hint : hint + len(text)] == text:
        return hint
    return sentence.find(text)


def checkability(row, section: str) -> str:
    """statistic, comparison, target or plan, or anecdote (after Chequeado's checkable-claim classes)."""
    targets, anecdotes = _cues()
    sentence = row["sentence"]
    if any(c in sentence for c in targets) or any(w in section for w in ("目标", "任务", "计划", "规划")):
        return "target or plan"
    if row["change"] or row["comparison"] or row["unit"] in ("百分点", "倍"):
        return "comparison"
    if row["kind"] in ("age", "duration") or any(c in sentence for c in anecdotes):
        return "anecdote"
    return "statistic"


def ledger(facts: Facts) -> pd.DataFrame:
    """One row per claim with its context, checkability class and context flags."""
    q = facts.quantities[facts.quantities["claim"]].copy()
    if q.empty:
        return pd.DataFrame(columns=["doc", "para", "sent", "text", "value", "value_max", "unit", "kind", "hedge", "subject", "actor",
                                     "place", "period", "change", "baseline", "checkability", "no_period", "no_baseline",
                                     "vague_hedge", "no_named_source", "source"])
    sents = facts.sentences.set_index(["doc", "para", "sent"])["start"]
    sections = facts.paragraphs.set_index(["doc", "para"])["section"]
    starts = [sents.get((d, p, s), st) for d, p, s, st in zip(q["doc"], q["para"], q["sent"], q["start"])]
    q["source"] = [show.highlight(sent, off, off + len(text)) if (off := _offset(sent, text, st - s0)) >= 0 else show.highlight(sent, 0, 0)
                   for sent, text, st, s0 in zip(q["sentence"], q["text"], q["start"], starts)]
    q["checkability"] = [checkability(r, sections.get((r["doc"], r["para"]), "")) for _, r in q.iterrows()]
    q["hedge"] = q["qualifier"]
    q["period"] = q["time"]
    q["baseline"] = q["comparison"]
    q["no_period"] = q["time"] == ""
    q["no_baseline"] = ((q["change"] != "") | (q["unit"].isin(["百分点", "倍"]))) & (q["comparison"] == "")
    q["vague_hedge"] = q["qualifier"].isin(VAGUE)
    q["no_named_source"] = q["actor"] == ""
    cols = ["doc", "para", "sent", "text", "value", "value_max", "unit", "kind", "hedge", "subject", "actor", "place", "period",
            "change", "baseline", "checkability", "no_period", "no_baseline", "vague_hedge", "no_named_source", "source"]
    return q[cols].reset_index(drop=True)


FLAG_LABELS = {"no_period": "period", "no_baseline": "baseline", "vague_hedge": "exact value", "no_named_source": "source"}


def display(led: pd.DataFrame) -> pd.DataFrame:
    """The ledger as a reviewer reads it: ranges folded into one value, flags into one 'missing' column."""
    def value(v, vmax):
        return "" if v != v else (f"{v:,.6g}–{vmax:,.6g}" if vmax == vmax and vmax is not None else f"{v:,.6g}")

    missing = led[list(FLAG_LABELS)].apply(lambda r: "、".join(FLAG_LABELS[k] for k, v in r.items() if v), axis=1) if len(led) else []
    return pd.DataFrame({
        "doc": led["doc"], "para": led["para"], "claim": led["text"],
        "value": [value(v, m) for v, m in zip(led["value"], led["value_max"])], "unit": led["unit"], "kind": led["kind"],
        "hedge": led["hedge"], "subject": led["subject"], "actor": led["actor"], "place": led["place"], "period": led["period"],
        "baseline": led["baseline"], "class": led["checkability"], "missing": missing, "source": led["source"],
    })


def flag_summary(led: pd.DataFrame) -> pd.DataFrame:
    """How many claims lack each piece of context."""
    flags = ["no_period", "no_baseline", "vague_hedge", "no_named_source"]
    n = max(1, len(led))
    return pd.DataFrame({"flag": flags, "claims": [int(led[f].sum()) for f in flags],
                         "share": [round(led[f].sum() / n, 3) for f in flags]})


def hedge_mix(led: pd.DataFrame) -> pd.Series:
    return led["hedge"].value_counts().sort_values(ascending=False)


def _norm(subject: str) -> str:
    return _SCOPE.sub("", _NON_CJK.sub("", subject or ""))


def reference_checks(led: pd.DataFrame) -> pd.DataFrame:
    """Counts of administrative units checked against the division data (全省13个地市 → 13 prefectures?)."""
    rows = []
    for r in led[led["kind"] == "count"].itertuples():
        subject = _norm(r.subject)
        reference = level = None
        if subject in PREFECTURE_WORDS and r.place:
            reference, level = divisions.prefecture_count(r.place), "prefecture-level units"
        elif subject in COUNTY_WORDS and r.place:
            reference, level = divisions.county_count(r.place), "county-level units"
        elif subject in PROVINCE_WORDS and not r.place:
            reference, level = MAINLAND_PROVINCES, "mainland province-level units"
        if reference is None:
            continue
        claimed = r.value
        if r.hedge == "exact":
            agrees = claimed == reference
        elif r.hedge in ("more_than",):
            agrees = reference > claimed
        elif r.hedge in ("at_least",):
            agrees = reference >= claimed
        else:
            agrees = abs(reference - claimed) <= max(1, 0.1 * reference)
        rows.append(dict(doc=r.doc, para=r.para, claim=r.text, place=r.place or "全国", compared_with=level,
                         claimed=claimed, reference=reference, agrees=agrees, source=r.source))
    out = pd.DataFrame(rows, columns=["doc", "para", "claim", "place", "compared_with", "claimed", "reference", "agrees", "source"])
    return out


def derived(led: pd.DataFrame) -> pd.DataFrame:
    """Ratios a reviewer would compute: two counts in one sentence, same place and period, different units."""
    rows = []
    counts = led[(led["kind"] == "count") & led["value"].notna()]
    for (doc, para, _), grp in counts.groupby(["doc", "para", "sent"], sort=False):
        recs = list(grp.itertuples())
        for i, a in enumerate(recs):
            for b in recs[i + 1 :]:
                if a.unit == b.unit or a.place != b.place or a.period != b.period or not a.value or not b.value:
                    continue
                big, small = (a, b) if a.value >= b.value else (b, a)
                ratio = big.value / small.value
                rows.append(dict(doc=doc, para=para, numerator=big.text + big.subject, denominator=small.text + small.subject,
                                 ratio=round(ratio, 2), reading=f"{ratio:,.1f} {big.unit}{big.subject} per {small.unit}{small.subject}",
                                 place=big.place))
    return pd.DataFrame(rows, columns=["doc", "para", "numerator", "denominator", "ratio", "reading", "place"])


_WHOLE = re.compile(r"共|总计|合计|累计|全省|全市|全县|全区|全国|总数|总量")


def consistency(facts: Facts, led: pd.DataFrame) -> pd.DataFrame:
    """Parts that add up past their whole, shares above 100%, one subject in mismatched units."""
    issues = []
    q = facts.quantities[facts.quantities["claim"]]
    for (doc, para, sent), grp in q.groupby(["doc", "para", "sent"], sort=False):
        sentence = grp["sentence"].iloc[0]
        pct = grp[(grp["unit"] == "%") & grp["sentence"].str.contains("分别|占比|构成|其中")]
        if len(pct) >= 2 and pct["value"].sum() > 100.0001 and "分别" not in sentence:
            issues.append(dict(doc=doc, para=para, issue="shares sum past 100%", detail="、".join(pct["text"]), sentence=sentence))
        split = sentence.find("其中")
        for unit, same in grp[grp["kind"].isin(["count", "money", "measure"])].groupby("unit"):
            if len(same) < 3 or split < 0:
                continue
            pos = same["text"].map(sentence.find)
            wholes, parts = same[pos < split], same[pos > split]
            for w in wholes.itertuples():
                if _WHOLE.search(sentence[: sentence.find(w.text)]) and len(parts) >= 2 and parts["value"].sum() > w.value:
                    issues.append(dict(doc=doc, para=para, issue="parts exceed the whole",
                                       detail=f"{' + '.join(parts['text'])} > {w.text}", sentence=sentence))
    led = led.assign(key=led["subject"].map(_norm))
    for (doc, key), grp in led[led["key"] != ""].groupby(["doc", "key"]):
        kinds = set(grp["kind"])
        units = set(grp["unit"])
        if len(grp) >= 2 and len(kinds) == 1 and len(units) > 1 and kinds <= {"count", "money", "measure"}:
            issues.append(dict(doc=doc, para=int(grp["para"].iloc[0]), issue="one subject, different units",
                               detail="、".join(grp["text"]), sentence=key))
    return pd.DataFrame(issues, columns=["doc", "para", "issue", "detail", "sentence"])


def across_documents(led: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Claims repeated in several documents, and claims about one subject, place and period that disagree."""
    led = led.assign(key=led["subject"].map(_norm))
    keyed = led[led["key"] != ""]
    rep = keyed.groupby(["key", "value", "unit"]).agg(documents=("doc", "nunique"), texts=("text", lambda s: "、".join(sorted(set(s)))),
                                                    docs=("doc", lambda s: "、".join(sorted(set(s))))).reset_index()
    repeats = rep[rep["documents"] >= 2].sort_values("documents", ascending=False, kind="stable").reset_index(drop=True)
    rows = []
    for (key, place, period, unit), grp in keyed.groupby(["key", "place", "period", "unit"]):
        if grp["doc"].nunique() >= 2 and grp["value"].nunique() >= 2:
            rows.append(dict(subject=key, place=place, period=period, unit=unit, values="、".join(f"{v:g}" for v in sorted(grp["value"].unique())),
                             docs="、".join(sorted(grp["doc"].unique()))))
    return repeats, pd.DataFrame(rows, columns=["subject", "place", "period", "unit", "values", "docs"])
