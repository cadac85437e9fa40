"""The facts tables' schema, declared once: used to validate on write and to document.

Offsets (``start``/``end``) are character offsets into the decoded input file, end
exclusive, so ``text[start:end]`` is the fact's surface form in the original.
"""

from __future__ import annotations

KINDS = ("money", "count", "percent", "ratio", "measure", "duration", "age", "date", "ordinal", "anniversary", "named", "other")
QUALIFIERS = ("exact", "approx", "more_than", "at_least", "less_than", "at_most", "range")
ORG_TYPES = (
    "party_central", "state_council_ministry", "state_council_agency", "soe", "financial_soe", "university",
    "local_government", "company", "media", "group", "other",
)
PARA_KINDS = ("title", "heading", "subhead", "body", "byline")
PLACE_LEVELS = ("province", "prefecture", "county", "township", "village")
STATUSES = ("ok", "warning", "error")

# table -> list of (column, type, allowed values or None, description)
TABLES: dict[str, list[tuple[str, str, tuple | None, str]]] = {
    "documents": [
        ("doc", "str", None, "document id: the file stem"),
        ("path", "str", None, "path of the input file as given"),
        ("title", "str", None, "title (manifest, else the title paragraph)"),
        ("publisher", "str", None, "publisher (manifest, else the dateline, else an official document's signature)"),
        ("place", "str", None, "dateline place"),
        ("date", "str", None, "ISO date (manifest, else the dateline with the year inferred from the text, else the signature)"),
        ("reporters", "str", None, "reporters separated by 、"),
        ("source", "str", None, "where the text came from (manifest)"),
        ("doc_number", "str", None, "file number of an official document (文号), e.g. 国办发〔2022〕30号"),
        ("encoding", "str", None, "detected encoding"),
        ("traditional", "bool", None, "written in traditional characters"),
        ("markup", "bool", None, "HTML markup was stripped before extraction"),
        ("sha256", "str", None, "sha256 of the file's bytes"),
        ("n_chars", "int", None, "characters in the decoded file"),
        ("n_paragraphs", "int", None, "paragraphs found"),
        ("status", "str", STATUSES, "ok; warning (extracted, see error); error (not extracted, see error)"),
        ("error", "str", None, "what went wrong, naming the file"),
    ],
    "paragraphs": [
        ("doc", "str", None, "document id"),
        ("para", "int", None, "paragraph number, from 0"),
        ("kind", "str", PARA_KINDS, "title, section heading, subhead (lead sentence), body or byline"),
        ("section", "str", None, "text of the section heading the paragraph belongs to"),
        ("start", "int", None, "start offset in the file"),
        ("end", "int", None, "end offset in the file (exclusive)"),
        ("text", "str", None, "paragraph text"),
    ],
    "sentences": [
        ("doc", "str", None, "document id"),
        ("para", "int", None, "paragraph number"),
        ("sent", "int", None, "sentence number within the paragraph"),
        ("start", "int", None, "start offset in the file"),
        ("end", "int", None, "end offset in the file (exclusive)"),
        ("text", "str", None, "sentence text"),
    ],
    "quantities": [
        ("doc", "str", None, "document id"),
        ("para", "int", None, "paragraph number"),
        ("sent", "int", None, "sentence number within the paragraph"),
        ("start", "int", None, "start offset in the file"),
        ("end", "int", None, "end offset in the file (exclusive)"),
        ("text", "str", None, "surface form including qualifier and unit (约300亿元)"),
        ("value", "float?", None, "normalized value: money in 元, percent in percent, counts as numbers"),
        ("value_max", "float?", None, "upper bound of a range"),
        ("unit", "str", None, "unit or measure word (元, %, 个百分点, 个, 名, 亩 …)"),
        ("kind", "str", KINDS, "what sort of number"),
        ("qualifier", "str", QUALIFIERS, "hedge or bound"),
        ("claim", "bool", None, "the text asserts a measurement (not a date, ordinal, name or figure of speech)"),
        ("subject", "str", None, "what the number measures"),
        ("actor", "str", None, "the body that acts or reports"),
        ("place", "str", None, "province-level unit, full name; empty when national or unknown"),
        ("time", "str", None, "ISO date, month, year or interval the number refers to"),
        ("change", "str", None, "direction word when the number is a change (增长, 下降 …)"),
        ("comparison", "str", None, "baseline the number is compared with (同比, 比上年 …)"),
        ("sentence", "str", None, "the sentence holding the number"),
    ],
    "organizations": [
        ("doc", "str", None, "document id"),
        ("para", "int", None, "paragraph number"),
        ("start", "int", None, "start offset in the file"),
        ("end", "int", None, "end offset in the file (exclusive)"),
        ("mention", "str", None, "the name as written"),
        ("name", "str", None, "canonical full name as of the document's date"),
        ("type", "str", ORG_TYPES, "organization type"),
        ("level", "str", None, "central, provincial, prefecture, county, township, village or empty"),
    ],
    "places": [
        ("doc", "str", None, "document id"),
        ("para", "int", None, "paragraph number"),
        ("start", "int", None, "start offset in the file"),
        ("end", "int", None, "end offset in the file (exclusive)"),
        ("mention", "str", None, "the place as written"),
        ("province", "str", None, "province-level unit, full name"),
        ("city", "str", None, "prefecture-level unit, full name"),
        ("county", "str", None, "county-level unit, full name"),
        ("level", "str", PLACE_LEVELS, "level of the most specific unit"),
        ("code", "str", None, "GB/T 2260 code of the most specific unit resolved (6 digits)"),
    ],
    "quotes": [
        ("doc", "str", None, "document id"),
        ("para", "int", None, "paragraph number"),
        ("start", "int", None, "start offset of the quotation in the file"),
        ("end", "int", None, "end offset in the file (exclusive)"),
        ("quote", "str", None, "quoted words, without quotation marks"),
        ("speaker", "str", None, "who said it; empty when the text does not say"),
        ("role", "str", None, "the speaker's role or description as written"),
    ],
}


def columns(table: str) -> list[str]:
    return [c[0] for c in TABLES[table]]


def pandera_schema(table: str):
    """A pandera DataFrameSchema for one table (imported lazily: validation is a write-time cost)."""
    import pandera.pandas as pa

    cols = {}
    for name, typ, allowed, desc in TABLES[table]:
        nullable = typ.endswith("?")
        base = typ.rstrip("?")
        dtype = {"str": str, "int": int, "float": float, "bool": bool}[base]
        checks = [pa.Check.isin(list(allowed))] if allowed else []
        if name in ("start", "end", "para", "sent", "n_chars", "n_paragraphs"):
            checks.append(pa.Check.ge(0))
        cols[name] = pa.Column(dtype, checks=checks, nullable=nullable, description=desc, coerce=True)
    return pa.DataFrameSchema(cols, strict=True, ordered=True, name=table)


def markdown() -> str:
    """The schema as Markdown, for ``docs/schema.md`` and ``shishi schema``."""
    lines = ["# Facts tables", "", __doc__.strip(), ""]
    for table, cols in TABLES.items():
        lines += [f"## `{table}.csv`", "", "| column | type | values | meaning |", "|---|---|---|---|"]
        for name, typ, allowed, desc in cols:
            vals = ", ".join(allowed) if allowed else ""
            lines.append(f"| {name} | {typ} | {vals} | {desc} |")
        lines.append("")
    return "\n".join(lines)
