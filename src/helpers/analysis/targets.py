"""Headline targets side by side: GDP growth, new urban jobs, consumer prices and grain output as each
document sets them, with the sentence behind each (the indicators and their wording are in ``indicators.yml``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pandas as pd

from ..codebook import alternation, yaml_book
from . import claims
from .labels import in_units

_CLAUSE_START = re.compile(r"[，,；;。：:！？]")


@dataclass(frozen=True)
class Indicator:
    id: str
    label_zh: str
    label_en: str
    cues: re.Pattern
    exclude: re.Pattern | None
    units: tuple[str, ...]
    common_unit: str = ""
    per_unit: tuple[tuple[str, float], ...] = ()

    def in_common_unit(self, value: float, unit: str) -> str:
        """The value in the indicator's common unit when written in another (305亿斤 -> 1,525万吨), so the documents'
        targets can be compared; empty when it is written in the common unit or there is none."""
        factor = dict(self.per_unit).get(unit)
        if not self.common_unit or unit == self.common_unit or factor is None or value != value:
            return ""
        return in_units(value * factor) + self.common_unit


@lru_cache(maxsize=1)
def indicators() -> tuple[Indicator, ...]:
    book = yaml_book(__package__, "indicators.yml")["indicators"]
    return tuple(Indicator(key, spec["label"][0], spec["label"][1], re.compile(alternation(spec["cues"])),
                           re.compile(alternation(spec["exclude"])) if spec["exclude"] else None, tuple(spec["units"]),
                           spec.get("common_unit", ""), tuple(spec.get("per_unit", {}).items()))
                 for key, spec in book.items())


def _clause(sentence: str, start: int) -> str:
    """The text from the start of the number's clause up to the number."""
    opened = [m.end() for m in _CLAUSE_START.finditer(sentence, 0, start)]
    return sentence[opened[-1] if opened else 0 : start]


def matches(indicator: Indicator, sentence: str, start: int, unit: str) -> bool:
    """Whether the number at ``start`` in ``sentence`` (in ``unit``) states this indicator."""
    clause = _clause(sentence, start)
    return (unit in indicator.units and bool(indicator.cues.search(clause))
            and not (indicator.exclude and indicator.exclude.search(clause)))


def _for_the_year(targets: pd.DataFrame, years: dict[str, str]) -> pd.DataFrame:
    """The targets a document sets for its own year, those in a part whose heading names the year first: none dated
    to a later year (粮食综合生产能力2030年达到…), and none in a part about a plan period (“十五五”时期主要目标任务)
    unless its heading also names the year, because a report's outlook sets figures in target wording too."""
    year = targets["doc"].map(years).fillna("")
    dated = targets["time"].fillna("").str.extract(r"^(\d{4})", expand=False).fillna("")
    names_year = pd.Series([bool(y) and y in part for y, part in zip(year, targets["part"])], index=targets.index)
    outlook = targets["part"].str.contains(_outlook(), regex=True)
    kept = ~((dated > year) & (year != "")) & ~(outlook & ~names_year)
    return targets[kept].assign(this_year=names_year[kept]).sort_values(
        ["doc", "this_year", "para", "sent", "start"], ascending=[True, False, True, True, True], kind="stable")


@lru_cache(maxsize=1)
def _outlook() -> str:
    return alternation(yaml_book(__package__, "indicators.yml")["outlook_parts"])


def headline_targets(led, names: dict[str, str], years: dict[str, str]) -> pd.DataFrame:
    """One row per document and indicator it sets: doc, document, indicator, target as written, the sentence with
    the target marked (mark_start, mark_end): the first of the targets set for the document's year (``years``).
    Only targets in an indicator's units are read from the ledger (a DataFrame or a ``Ledger``)."""
    units = sorted({unit for indicator in indicators() for unit in indicator.units})
    targets = _for_the_year(claims.rows(led, where="claim_class = 'target or plan' AND list_contains($units, unit)",
                                        params={"units": units}), years)
    rows = []
    for indicator in indicators():
        hits = targets[np.array([matches(indicator, s, m, u) for s, m, u in zip(targets["source"], targets["mark_start"], targets["unit"])],
                                dtype=bool)]
        for doc, first in hits.groupby("doc", sort=True).head(1).set_index("doc").iterrows():
            common = indicator.in_common_unit(first["value"], first["unit"])
            rows.append((doc, names.get(doc, doc), f"{indicator.label_zh} {indicator.label_en}",
                         first["text"] + (f"（{common}）" if common else ""), first["source"], first["mark_start"], first["mark_end"]))
    return pd.DataFrame(rows, columns=["doc", "document", "indicator", "target", "source", "mark_start", "mark_end"])


def side_by_side(found: pd.DataFrame, names: dict[str, str]) -> pd.DataFrame:
    """Documents (rows) by indicator (columns), each cell the target as written; '—' where a document sets none."""
    columns = [f"{i.label_zh} {i.label_en}" for i in indicators()]
    table = found.pivot_table(index="document", columns="indicator", values="target", aggfunc="first")
    table = table.reindex(index=sorted(set(names.values())), columns=columns).astype(object).fillna("—")
    table.index.name, table.columns.name = "文档 document", None
    return table.reset_index()


def spread_finding(found: pd.DataFrame, led) -> str:
    """How far the documents' GDP growth targets (the first indicator) range, naming every document at each end."""
    first = f"{indicators()[0].label_zh} {indicators()[0].label_en}"
    gdp = found[found["indicator"] == first].merge(claims.first_values(led, found[["doc", "target"]]),
                                                    left_on=["doc", "target"], right_on=["doc", "text"])
    if gdp.empty:
        return f"{found['document'].nunique()} document(s) set at least one headline target; none sets a GDP growth target."
    low, high = gdp["value"].min(), gdp["value"].max()
    lowest = "、".join(gdp.loc[gdp["value"] == low, "document"])
    highest = "、".join(gdp.loc[gdp["value"] == high, "document"])
    return (f"{len(gdp)}份文档设定了地区生产总值增长目标，从{low:g}%（{lowest}）到{high:g}%（{highest}）。 "
            f"GDP growth targets range from {low:g}% to {high:g}% (lower bound of a range).")
