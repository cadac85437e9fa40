"""What a reader sees instead of stored values: labels for ids, short names for documents, readable numbers.

The facts tables keep ids (``state_council_ministry``, ``approx``) because code compares them; a page
shows ``国务院组成部门`` instead. Every id maps to a Chinese and an English label in ``labels.yml``.
"""

from __future__ import annotations

import math
import re
import textwrap
from functools import lru_cache

import pandas as pd

from ..codebook import yaml_book


@lru_cache(maxsize=1)
def _book() -> dict:
    return {k: v for k, v in yaml_book(__package__, "labels.yml").items() if k != "source"}


def label(field: str, value: str, english: bool = False) -> str:
    """The Chinese label of a stored value (``english``: Chinese and English); an unknown value is shown as is."""
    pair = _book()[field].get(value)
    if pair is None:
        return value
    return f"{pair[0]} {pair[1]}" if english else pair[0]


def column(name: str, table: str = "") -> str:
    """A column's header as a reader sees it (``n_chars`` -> ``字数 characters``); the table's own header for a name that
    means something else there (``target`` in a keyness table); a header already written for readers is kept."""
    pair = _book()["column_in"].get(table, {}).get(name) or _book()["column"].get(name)
    return f"{pair[0]} {pair[1]}" if pair else name


def relabel(frame: pd.DataFrame, fields: dict[str, str], english: bool = False) -> pd.DataFrame:
    """A copy of ``frame`` with each column in ``fields`` (column -> label field) shown by its labels."""
    out = frame.copy()
    for column, field in fields.items():
        out[column] = [label(field, v, english) for v in out[column]]
    return out


def document_names(documents: pd.DataFrame) -> dict[str, str]:
    """A short, unique name per document: its place when every document has its own, else its title.

    Document ids are file stems (``000_db82e49265a602f1``); a reader compares 上海市 with 北京市.
    """
    docs = documents[documents["status"] != "error"]
    for column in ("place", "title"):
        values = docs[column].fillna("")
        if len(docs) and (values != "").all() and values.is_unique:
            return dict(zip(docs["doc"], values))
    names = {}
    for doc, title, date in zip(docs["doc"], docs["title"].fillna(""), docs["date"].fillna("")):
        names[doc] = " ".join(x for x in (title, date) if x) or doc
    if len(set(names.values())) < len(names):  # titles repeat: the id keeps them apart
        return {doc: f"{name} ({doc})" if name != doc else doc for doc, name in names.items()}
    return names


_MAGNITUDES = ((1e12, "万亿"), (1e8, "亿"), (1e4, "万"))


def plain(value: float) -> str:
    """A number as a reader writes it: thousands separators, at most six significant digits, never 3e+06."""
    if value != value:
        return ""
    if float(value).is_integer():
        return f"{value:,.0f}"
    digits = max(0, 5 - math.floor(math.log10(abs(value)))) if value else 0
    return f"{value:,.{digits}f}".rstrip("0").rstrip(".")


def in_units(value: float) -> str:
    """A large number in the units Chinese readers count in: 3000000 -> 300万, 5.5e12 -> 5.5万亿."""
    if value != value:
        return ""
    for size, unit in _MAGNITUDES:
        if abs(value) >= size:
            return f"{plain(round(value / size, 4))}{unit}"
    return plain(value)


def readable_value(value: float, value_max: float, unit: str) -> str:
    """A claim's value (stored in base units: 元, 人, %) in readable units: 300万元, 5.5%, 10万–15万人."""
    if value != value:
        return ""
    shown = in_units(value) + (f"–{in_units(value_max)}" if value_max == value_max and value_max is not None else "")
    return f"{shown}{unit}"


_HAN = re.compile(r"[\u3000-\u9fff\uff00-\uffef]")


def title_lines(title: str, inches: float) -> str:
    """A chart title broken into lines that fit a figure ``inches`` wide, so it is never clipped: Chinese anywhere
    (about 5 characters an inch at title size), English at spaces (about 10); a bilingual title too long for one
    line puts the English on lines of its own."""
    title = str(title)
    if len(title) + len(_HAN.findall(title)) <= inches * 10:  # a Chinese character is as wide as two Latin letters
        return title
    words = title.split(" ")
    split = next((i for i, w in enumerate(words) if i and not _HAN.search(w) and not _HAN.search(" ".join(words[i:]))), len(words))
    zh, en = " ".join(words[:split]), " ".join(words[split:])
    lines = textwrap.wrap(zh, max(8, int(inches * 5))) if zh else []
    return "\n".join(lines + (textwrap.wrap(en, max(16, int(inches * 10))) if en else []))
