"""Policy coverage: paragraphs coded with the theme codebook, coverage shares, and validation.

Coding is a dictionary method (keyword hits per theme), so it is transparent and
reproducible; its accuracy is measured against hand-coded paragraphs kept as data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd

from ..codebook import path as codebook_path, yaml_book
from ..store.facts import Facts


@dataclass(frozen=True)
class Theme:
    id: str
    label: str
    cap: int
    cap_label: str
    gov: str
    keywords: tuple[str, ...]


@lru_cache(maxsize=1)
def codebook() -> tuple[Theme, ...]:
    book = yaml_book(__package__, "themes.yml")
    caps, classes = book["cap_topics"], set(book["gov_classes"])
    bad = {tid: t["gov"] for tid, t in book["themes"].items() if t["gov"] not in classes or int(t["cap"]) not in caps}
    if bad:
        raise ValueError(f"themes.yml: themes mapped to an unknown CAP topic or 国务院主题分类 class: {bad}")
    return tuple(Theme(tid, t["label"], int(t["cap"]), caps[int(t["cap"])], t["gov"], tuple(t["keywords"]))
                 for tid, t in book["themes"].items())


def crosswalk() -> pd.DataFrame:
    """Each theme with its CAP major topic and State Council class."""
    return pd.DataFrame([{"theme": t.id, "label": t.label, "CAP": f"{t.cap} {t.cap_label}", "国务院主题分类": t.gov,
                          "keywords": "、".join(t.keywords)} for t in codebook()])


@lru_cache(maxsize=1)
def _pattern() -> tuple[re.Pattern, dict[str, tuple[str, ...]]]:
    """One alternation of every keyword (longest first) and the themes each keyword signals."""
    owners: dict[str, list[str]] = {}
    for t in codebook():
        for k in t.keywords:
            owners.setdefault(k, []).append(t.id)
    regex = re.compile("|".join(re.escape(k) for k in sorted(owners, key=len, reverse=True)))
    return regex, {k: tuple(v) for k, v in owners.items()}


def code_text(text: str, min_hits: int = 1) -> dict[str, int]:
    """Theme -> keyword occurrences in a text, longest keyword first, no overlaps (乡村振兴 is not also 乡村)."""
    regex, owners = _pattern()
    counts: dict[str, int] = {}
    for word in regex.findall(text):
        for theme in owners[word]:
            counts[theme] = counts.get(theme, 0) + 1
    order = [t.id for t in codebook()]
    return {t: counts[t] for t in order if counts.get(t, 0) >= min_hits}


def code_paragraphs(paragraphs: pd.DataFrame, min_hits: int = 1) -> pd.DataFrame:
    """One row per (paragraph, theme) with a score: keyword hits per 100 characters."""
    rows = []
    body = paragraphs[paragraphs["kind"].isin(["body", "subhead"])]
    for doc, para, section, text in zip(body["doc"], body["para"], body["section"], body["text"]):
        for theme, hits in code_text(text, min_hits).items():
            rows.append((doc, para, section, theme, hits, round(100 * hits / max(1, len(text)), 3), len(text)))
    return pd.DataFrame(rows, columns=["doc", "para", "section", "theme", "hits", "score", "chars"])


def coverage(coded: pd.DataFrame, paragraphs: pd.DataFrame) -> pd.DataFrame:
    """Per theme: share of coded paragraphs and share of body text that carry it."""
    body = paragraphs[paragraphs["kind"].isin(["body", "subhead"])]
    n_paras, n_chars = max(1, len(body)), max(1, int(body["text"].str.len().sum()))
    labels = {t.id: t.label for t in codebook()}
    out = coded.groupby("theme").agg(paragraphs=("para", "size"), characters=("chars", "sum"), hits=("hits", "sum"))
    out["share_of_paragraphs"] = (out["paragraphs"] / n_paras).round(4)
    out["share_of_text"] = (out["characters"] / n_chars).round(4)
    out = out.reset_index()
    out.insert(1, "label", out["theme"].map(labels))
    return out.sort_values(["share_of_text", "theme"], ascending=[False, True], kind="stable").reset_index(drop=True)


LEAD = "（导语 lead）"


def by_column(coded: pd.DataFrame, column: str) -> pd.DataFrame:
    """Paragraph counts of each theme by a paragraph attribute (section, document …), as a wide table."""
    frame = coded.assign(**{column: coded[column].replace("", LEAD)}) if column == "section" else coded
    return frame.pivot_table(index=column, columns="theme", values="para", aggfunc="count", fill_value=0)


def long(table: pd.DataFrame, value: str = "paragraphs") -> pd.DataFrame:
    """A wide count table as readable rows (row, theme, count), zeros dropped, largest first."""
    if table.empty:
        return pd.DataFrame(columns=[table.index.name or "row", "theme", value])
    out = table.stack().rename(value).reset_index()
    out = out[out[value] > 0]
    return out.sort_values([value, out.columns[0]], ascending=[False, True], kind="stable").reset_index(drop=True)


def by_entity(coded: pd.DataFrame, entities: pd.DataFrame, column: str) -> pd.DataFrame:
    """Themes by an entity attribute (organization type, province) over the paragraphs that mention it."""
    if entities.empty or coded.empty:
        return pd.DataFrame()
    pairs = entities[["doc", "para", column]].drop_duplicates()
    pairs = pairs[pairs[column] != ""]
    merged = pairs.merge(coded[["doc", "para", "theme"]], on=["doc", "para"])
    return merged.pivot_table(index=column, columns="theme", values="para", aggfunc="count", fill_value=0)


def load_gold(path: str | Path | None = None) -> pd.DataFrame:
    """Hand-coded paragraphs: doc, para, themes ('|'-separated)."""
    gold = pd.read_csv(path or codebook_path(__package__, "theme_gold.csv"), dtype=str, keep_default_na=False)
    gold["para"] = gold["para"].astype(int)
    return gold


def validate(coded: pd.DataFrame, gold: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Precision, recall and F1 per theme on the hand-coded paragraphs, and a theme confusion matrix.

    The confusion matrix counts, over gold paragraphs, each (gold theme, predicted theme) pair,
    with "(none)" where one side has no theme: its diagonal is agreement.
    """
    predicted = coded.groupby(["doc", "para"])["theme"].apply(set).to_dict()
    ids = [t.id for t in codebook()]
    stats = {t: [0, 0, 0] for t in ids}  # tp, fp, fn
    pairs = []
    for doc, para, themes in zip(gold["doc"], gold["para"], gold["themes"]):
        g = {t for t in themes.split("|") if t}
        p = predicted.get((doc, para), set())
        for t in ids:
            stats[t][0] += t in g and t in p
            stats[t][1] += t not in g and t in p
            stats[t][2] += t in g and t not in p
        for gt in g or {"(none)"}:
            for pt in {gt} if gt in p else (p - g) or {"(none)"}:
                pairs.append((gt, pt))
    rows = []
    for t, (tp, fp, fn) in stats.items():
        if tp + fp + fn == 0:
            continue
        precision = tp / (tp + fp) if tp + fp else float("nan")
        recall = tp / (tp + fn) if tp + fn else float("nan")
        f1 = 2 * precision * recall / (precision + recall) if precision + recall and precision == precision and recall == recall else float("nan")
        rows.append((t, tp, fp, fn, round(precision, 3), round(recall, 3), round(f1, 3)))
    scores = pd.DataFrame(rows, columns=["theme", "tp", "fp", "fn", "precision", "recall", "f1"])
    matrix = pd.DataFrame(pairs, columns=["gold", "predicted"]).pivot_table(index="gold", columns="predicted", aggfunc="size", fill_value=0)
    return scores, matrix


def micro_f1(scores: pd.DataFrame) -> float:
    tp, fp, fn = scores["tp"].sum(), scores["fp"].sum(), scores["fn"].sum()
    return round(2 * tp / (2 * tp + fp + fn), 3) if tp else 0.0


def sample(facts: Facts, n: int, seed: int = 1) -> pd.DataFrame:
    """A stratified sample of body paragraphs for hand-coding: spread over documents and sections."""
    body = facts.paragraphs[facts.paragraphs["kind"] == "body"][["doc", "para", "section", "text"]]
    if body.empty:
        return body.assign(themes="")
    strata = [g for _, g in body.groupby(["doc", "section"], sort=True)]
    order = pd.Series(range(len(strata))).sample(frac=1, random_state=seed).tolist()  # strata in a seeded random order
    per = max(1, n // max(1, len(strata)))
    picked = pd.concat([strata[i].sample(n=min(per, len(strata[i])), random_state=seed) for i in order[:n]])
    if len(picked) < n:
        rest = body.drop(picked.index)
        picked = pd.concat([picked, rest.sample(n=min(n - len(picked), len(rest)), random_state=seed)])
    picked = picked.head(n).sort_values(["doc", "para"])
    return picked.assign(themes="").reset_index(drop=True)


def alpha(coder_a: pd.DataFrame, coder_b: pd.DataFrame) -> pd.DataFrame:
    """Krippendorff's alpha (nominal, per theme as present/absent) between two coders' files."""
    import krippendorff
    import numpy as np

    keys = sorted(set(zip(coder_a["doc"], coder_a["para"].astype(int))) | set(zip(coder_b["doc"], coder_b["para"].astype(int))))
    sets = []
    for frame in (coder_a, coder_b):
        lookup = {(d, int(p)): {t for t in str(th).split("|") if t} for d, p, th in zip(frame["doc"], frame["para"], frame["themes"])}
        sets.append([lookup.get(k) for k in keys])
    rows = []
    themes = sorted({t for s in sets for x in s if x for t in x})
    for t in themes:
        data = np.array([[np.nan if x is None else float(t in x) for x in s] for s in sets])
        if np.nanmax(data) == np.nanmin(data):
            value = 1.0  # both coders agree the theme is (absent) everywhere: no variation to measure
        else:
            value = krippendorff.alpha(reliability_data=data, level_of_measurement="nominal")
        rows.append((t, int(np.nansum(data[0])), int(np.nansum(data[1])), round(float(value), 3)))
    out = pd.DataFrame(rows, columns=["theme", "coder_a", "coder_b", "alpha"])
    out["reading"] = pd.cut(out["alpha"], [-np.inf, 0.667, 0.8, np.inf], labels=["unreliable", "tentative", "reliable"], right=False)
    return out
