"""The claims ledger and the checks a fact-checker runs on it.

One record per quantitative claim (value, unit, hedge, what it measures, who, where,
when, baseline, source sentence), classified by how it can be checked, flagged for
missing context, and tested against reference data and against the other claims.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from ..codebook import alternation, yaml_book
from ..extract import divisions
from ..store import tables
from ..store.facts import Facts

VAGUE = {"approx", "more_than", "less_than"}
_NON_CJK = re.compile(r"[^\u4e00-\u9fff]")
UNIT_LEVELS = {"prefecture": "prefecture-level units", "county": "county-level units", "province": "mainland province-level units"}


@dataclass(frozen=True)
class LedgerWords:
    """``ledger.yml``, typed: the cues that class claims and the words the checks read."""

    targets: re.Pattern
    anecdotes: re.Pattern
    target_sections: re.Pattern
    relative_units: list[str]
    scope: re.Pattern
    national: str
    unit_words: dict[str, tuple[str, ...]]
    mainland_provinces: int
    part_cues: re.Pattern
    respectively: str
    of_which: str
    whole: re.Pattern


@lru_cache(maxsize=1)
def words() -> LedgerWords:
    c = yaml_book(__package__, "ledger.yml")
    return LedgerWords(
        targets=re.compile(alternation(c["target_cues"])), anecdotes=re.compile(alternation(c["anecdote_cues"])),
        target_sections=re.compile(alternation(c["target_sections"])), relative_units=list(c["relative_units"]),
        scope=re.compile(f"^(?:{alternation(c['scope_prefixes'])})"), national=c["national"],
        unit_words={k: tuple(v) for k, v in c["unit_words"].items()}, mainland_provinces=int(c["mainland_provinces"]),
        part_cues=re.compile(alternation(c["part_cues"])), respectively=c["respectively"], of_which=c["of_which"],
        whole=re.compile(alternation(c["whole_words"])))


def _offset(sentence: str, text: str, hint: int) -> int:
    if 0 <= hint and sentence[hint : hint + len(text)] == text:
        return hint
    return sentence.find(text)


def checkability(q: pd.DataFrame, sections: pd.Series) -> pd.Series:
    """statistic, comparison, target or plan, or anecdote (after Chequeado's checkable-claim classes)."""
    w = words()
    target = q["sentence"].str.contains(w.targets) | sections.str.contains(w.target_sections)
    comparison = (q["change"] != "") | (q["comparison"] != "") | q["unit"].isin(w.relative_units)
    anecdote = q["kind"].isin(["age", "duration"]) | q["sentence"].str.contains(w.anecdotes)
    out = pd.Series("statistic", index=q.index)
    out[anecdote] = "anecdote"
    out[comparison] = "comparison"
    out[target] = "target or plan"
    return out


def ledger(facts: Facts) -> pd.DataFrame:
    """One row per claim with its context, checkability class and context flags."""
    cols = tables.columns("ledger")
    q = facts.quantities[facts.quantities["claim"]].copy()
    if q.empty:
        return pd.DataFrame(columns=cols)
    q = q.merge(facts.sentences[["doc", "para", "sent", "start"]].rename(columns={"start": "sent_start"}), on=["doc", "para", "sent"], how="left")
    q = q.merge(facts.paragraphs[["doc", "para", "section"]], on=["doc", "para"], how="left")
    q["sent_start"] = q["sent_start"].fillna(q["start"]).astype(int)
    offsets = [_offset(sent, text, st - s0) for sent, text, st, s0 in zip(q["sentence"], q["text"], q["start"], q["sent_start"])]
    q["source"] = q["sentence"]  # the claim's sentence, with the claim at [mark_start, mark_end)
    q["mark_start"] = [max(off, 0) for off in offsets]
    q["mark_end"] = [off + len(text) if off >= 0 else 0 for off, text in zip(offsets, q["text"])]
    q["checkability"] = checkability(q, q["section"].fillna(""))
    q["no_time"] = q["time"] == ""
    q["no_comparison"] = ((q["change"] != "") | (q["unit"].isin(words().relative_units))) & (q["comparison"] == "")
    q["vague_qualifier"] = q["qualifier"].isin(VAGUE)
    q["no_actor"] = q["actor"] == ""
    return q[cols].reset_index(drop=True)


FLAG_LABELS = {"no_time": "period", "no_comparison": "baseline", "vague_qualifier": "exact value", "no_actor": "source"}


def display(led: pd.DataFrame) -> pd.DataFrame:
    """The ledger as a reviewer reads it: ranges folded into one value, flags into one 'missing' column."""
    def value(v, vmax):
        return "" if v != v else (f"{v:,.6g}–{vmax:,.6g}" if vmax == vmax and vmax is not None else f"{v:,.6g}")

    missing = pd.Series("", index=led.index)
    for flag, label in FLAG_LABELS.items():
        missing = missing.where(~led[flag], missing + "、" + label)
    missing = missing.str.lstrip("、")
    return pd.DataFrame({
        "doc": led["doc"], "para": led["para"], "claim": led["text"],
        "value": [value(v, m) for v, m in zip(led["value"], led["value_max"])], "unit": led["unit"], "kind": led["kind"],
        "qualifier": led["qualifier"], "subject": led["subject"], "actor": led["actor"], "place": led["place"], "time": led["time"],
        "comparison": led["comparison"], "class": led["checkability"], "missing": missing, "source": led["source"],
        "mark_start": led["mark_start"], "mark_end": led["mark_end"],
    })


def headline(led: pd.DataFrame, n_docs: int) -> str:
    """How many claims there are and the context they most often lack."""
    if led.empty:
        return "The texts make no quantitative claim."
    flags = flag_summary(led).sort_values("share", ascending=False, kind="stable").iloc[0]
    return (f"{len(led):,} quantitative claims in {n_docs:,} document(s); {flags['share']:.0%} of them state no "
            f"{FLAG_LABELS[flags['flag']]}.")


def flag_summary(led: pd.DataFrame) -> pd.DataFrame:
    """How many claims lack each piece of context."""
    flags = list(FLAG_LABELS)
    n = max(1, len(led))
    return pd.DataFrame({"flag": flags, "claims": [int(led[f].sum()) for f in flags],
                         "share": [round(led[f].sum() / n, 3) for f in flags]})


def flags_by_document(led: pd.DataFrame) -> pd.DataFrame:
    """Per document, the share of its claims that lack each piece of context."""
    return led.groupby("doc")[list(FLAG_LABELS)].mean().round(2).reset_index()


def qualifier_mix(led: pd.DataFrame) -> pd.Series:
    return led["qualifier"].value_counts()


def _norm(subject: str) -> str:
    """A subject without its scope word and punctuation, so 全省13个地市 and 地市 compare equal."""
    return words().scope.sub("", _NON_CJK.sub("", subject or ""))


def reference_checks(led: pd.DataFrame) -> pd.DataFrame:
    """Counts of administrative units checked against the division data (全省13个地市 → 13 prefectures?)."""
    w = words()
    rows = []
    for r in led[led["kind"] == "count"].itertuples():
        subject = _norm(r.subject)
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
        rows.append(dict(doc=r.doc, para=r.para, claim=r.text, place=r.place or w.national, compared_with=level,
                         claimed=claimed, reference=reference, agrees=agrees, source=r.source, mark_start=r.mark_start,
                         mark_end=r.mark_end))
    return pd.DataFrame(rows, columns=tables.columns("reference_checks"))


def derived(led: pd.DataFrame) -> pd.DataFrame:
    """Ratios a reviewer would compute: two counts in one sentence, same place and period, different units."""
    cols = ["doc", "para", "numerator", "denominator", "ratio", "reading", "place"]
    counts = led[(led["kind"] == "count") & (led["value"] > 0)].reset_index(drop=True).reset_index(names="row")
    keys = ["doc", "para", "sent", "place", "time"]
    pairs = counts.merge(counts, on=keys, suffixes=("_a", "_b"))
    pairs = pairs[(pairs["row_a"] < pairs["row_b"]) & (pairs["unit_a"] != pairs["unit_b"])]
    if pairs.empty:
        return pd.DataFrame(columns=cols)
    a_big = pairs["value_a"] >= pairs["value_b"]
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


def consistency(facts: Facts, led: pd.DataFrame) -> pd.DataFrame:
    """Parts that add up past their whole, shares above 100%, one subject in mismatched units."""
    w = words()
    issues = []
    q = facts.quantities[facts.quantities["claim"]]
    q = q[q["sentence"].str.contains(w.part_cues)]  # only these sentences state parts of a whole
    groups: dict[tuple, list] = {}
    for r in q[["doc", "para", "sent", "text", "value", "unit", "kind", "sentence"]].itertuples(index=False):
        groups.setdefault((r.doc, r.para, r.sent), []).append(r)
    for (doc, para, _), rows in groups.items():
        if len(rows) < 2:
            continue
        sentence = rows[0].sentence
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
            for w in wholes:
                if len(parts) >= 2 and sum(r.value for r in parts) > w.value:
                    issues.append(dict(doc=doc, para=para, issue="parts exceed the whole",
                                       detail=f"{' + '.join(r.text for r in parts)} > {w.text}", sentence=sentence))
    keyed = led.assign(key=led["subject"].map(_norm))
    keyed = keyed[(keyed["key"] != "") & keyed["kind"].isin(["count", "money", "measure"])]
    stats = keyed.groupby(["doc", "key"]).agg(n=("unit", "size"), units=("unit", "nunique"), kinds=("kind", "nunique"),
                                              para=("para", "min"), texts=("text", "、".join))
    for (doc, key), row in stats[(stats["n"] >= 2) & (stats["units"] > 1) & (stats["kinds"] == 1)].iterrows():
        issues.append(dict(doc=doc, para=int(row["para"]), issue="one subject, different units", detail=row["texts"], sentence=key))
    return pd.DataFrame(issues, columns=["doc", "para", "issue", "detail", "sentence"])


def across_documents(led: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Claims repeated in several documents, and claims about one subject, place and period that disagree."""
    led = led.assign(key=led["subject"].map(_norm))
    keyed = led[led["key"] != ""]
    rep = keyed.groupby(["key", "value", "unit"]).agg(documents=("doc", "nunique"), texts=("text", lambda s: "、".join(sorted(set(s)))),
                                                    docs=("doc", lambda s: "、".join(sorted(set(s))))).reset_index()
    repeats = rep[rep["documents"] >= 2].sort_values("documents", ascending=False, kind="stable").reset_index(drop=True)
    rows = []
    for (key, place, time, unit), grp in keyed.groupby(["key", "place", "time", "unit"]):
        if grp["doc"].nunique() >= 2 and grp["value"].nunique() >= 2:
            rows.append(dict(subject=key, place=place, time=time, unit=unit, values="、".join(f"{v:g}" for v in sorted(grp["value"].unique())),
                             docs="、".join(sorted(grp["doc"].unique()))))
    return repeats, pd.DataFrame(rows, columns=["subject", "place", "time", "unit", "values", "docs"])
