"""Every table's schema, declared once: used to validate on write, to read with types, and to document."""

from __future__ import annotations

from dataclasses import dataclass

KINDS = ("money", "count", "percent", "ratio", "measure", "duration", "age", "date", "ordinal", "anniversary", "named", "other")
QUALIFIERS = ("exact", "approx", "more_than", "at_least", "less_than", "at_most", "range")
ORG_TYPES = (
    "party_central", "state_council_ministry", "state_council_agency", "soe", "financial_soe", "university",
    "local_government", "company", "media", "group", "foreign_government", "other",
)
PARA_KINDS = ("title", "heading", "subhead", "body", "byline")
PLACE_LEVELS = ("region", "country", "province", "prefecture", "county", "township", "village", "city")
STATUSES = ("ok", "warning", "error")
NON_NEGATIVE = ("start", "end", "para", "sent", "page", "n_chars", "n_paragraphs")  # offsets, numbers and counts
CAP_MAJOR = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 23)
GOV_CLASSES = ("国务院组织机构", "综合政务", "国民经济管理、国有资产监管", "财政、金融、审计", "国土资源、能源", "农业、林业、水利", "工业、交通",
               "商贸、海关、旅游", "市场监管、安全生产监管", "城乡建设、环境保护", "科技、教育", "文化、广电、新闻出版", "卫生、体育",
               "人口与计划生育、妇女儿童工作", "劳动、人事、监察", "公安、安全、司法", "民政、扶贫、救灾", "民族、宗教", "对外事务", "港澳台侨工作",
               "国防", "其他")
CLAIM_CLASSES = ("achieved result", "target or plan", "rule or standard", "anecdote", "other")


INTRO = {
    "facts": "The facts tables' schema, declared once: used to validate on write and to document.\n\n"
             "Offsets (``start``/``end``) are character offsets into the decoded input file, end\n"
             "exclusive, so ``text[start:end]`` is the fact's surface form in the original. For a PDF or\n"
             "Word file they point into the text extracted from it (``helpers.ingest.load(path)``).",
    "analysis": "Tables the report pages compute from the facts and publish (each page offers them as CSV).\n"
                "Their columns keep the facts tables' names.",
}


@dataclass(frozen=True)
class Table:
    name: str
    stage: str  # "facts": written by extraction; "analysis": computed from the facts and published by the reports
    key: tuple[str, ...]  # columns that identify a row
    columns: list[tuple[str, str, tuple | None, str]]

# Every table shishi writes, declared once: the facts tables that extraction writes, and the analysis
# tables that the report pages publish. Each column is (name, type, allowed values or None, meaning);
# a type ending in "?" may be empty. Every list of tables elsewhere derives from this one.
DECLARED: tuple[Table, ...] = (
    Table("documents", "facts", ("doc",), [
        ("doc", "str", None, "document id: the file stem"),
        ("path", "str", None, "path of the input file as given"),
        ("title", "str", None, "title (manifest, else the web page's title, else the line above a speech's or report's subtitle, else the title paragraph)"),
        ("publisher", "str", None, "publisher (manifest, else the dateline, else who delivers a report, else an official document's signature)"),
        ("place", "str", None, "place (manifest, else the dateline, else the region of a report's congress)"),
        ("date", "str", None, "ISO date of the document (manifest, dateline, speech or report subtitle, signature, page stamp, file name; "
                              "never a date only the body mentions, never before 1949-10-01 or after the run)"),
        ("reporters", "str", None, "reporters separated by 、"),
        ("source", "str", None, "where the text came from (manifest)"),
        ("doc_number", "str", None, "file number of an official document (文号), e.g. 国办发〔2022〕30号"),
        ("format", "str", None, "what the file is: txt, html, pdf, docx; for an error row, what its bytes say (ofd, ole2, png …)"),
        ("encoding", "str", None, "detected encoding (empty for PDF and Word, whose text is extracted)"),
        ("traditional", "bool", None, "written in traditional characters"),
        ("markup", "bool", None, "HTML markup was stripped before extraction"),
        ("sha256", "str", None, "sha256 of the file's bytes"),
        ("n_chars", "int", None, "characters in the decoded file (or in the text extracted from a PDF or Word file)"),
        ("n_paragraphs", "int", None, "paragraphs found"),
        ("status", "str", STATUSES, "ok; warning (extracted, see error); error (not extracted, see error)"),
        ("error", "str", None, "what went wrong, naming the file"),
    ]),
    Table("paragraphs", "facts", ("doc", "para"), [
        ("doc", "str", None, "document id"),
        ("para", "int", None, "paragraph number, from 0"),
        ("kind", "str", PARA_KINDS, "title, section heading, subhead (lead sentence), body or byline"),
        ("section", "str", None, "text of the section heading the paragraph belongs to"),
        ("start", "int", None, "start offset in the file"),
        ("end", "int", None, "end offset in the file (exclusive)"),
        ("page", "int", None, "page of a PDF the paragraph starts on, from 1; 0 when the format has no pages"),
        ("text", "str", None, "paragraph text"),
    ]),
    Table("sentences", "facts", ("doc", "para", "sent"), [
        ("doc", "str", None, "document id"),
        ("para", "int", None, "paragraph number"),
        ("sent", "int", None, "sentence number within the paragraph"),
        ("start", "int", None, "start offset in the file"),
        ("end", "int", None, "end offset in the file (exclusive)"),
        ("text", "str", None, "sentence text"),
    ]),
    Table("quantities", "facts", ("doc", "start", "end"), [
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
        ("place", "str", None, "province-level unit, full name, or the country of a place abroad in a text about that country; empty when national or unknown"),
        ("time", "str", None, "ISO date, month, year or interval the number refers to"),
        ("change", "str", None, "direction word when the number is a change (增长, 下降 …)"),
        ("comparison", "str", None, "baseline the number is compared with (同比, 比上年 …)"),
        ("sentence", "str", None, "the sentence holding the number"),
    ]),
    Table("organizations", "facts", ("doc", "start", "end"), [
        ("doc", "str", None, "document id"),
        ("para", "int", None, "paragraph number"),
        ("start", "int", None, "start offset in the file"),
        ("end", "int", None, "end offset in the file (exclusive)"),
        ("mention", "str", None, "the name as written"),
        ("name", "str", None, "canonical full name as of the document's date"),
        ("type", "str", ORG_TYPES, "organization type"),
        ("level", "str", None, "international, central, provincial, prefecture, county, township, village, foreign (a state abroad's) or empty"),
    ]),
    Table("places", "facts", ("doc", "start", "end"), [
        ("doc", "str", None, "document id"),
        ("para", "int", None, "paragraph number"),
        ("start", "int", None, "start offset in the file"),
        ("end", "int", None, "end offset in the file (exclusive)"),
        ("mention", "str", None, "the place as written"),
        ("province", "str", None, "province-level unit, full name"),
        ("city", "str", None, "prefecture-level unit, full name"),
        ("county", "str", None, "county-level unit, full name"),
        ("level", "str", PLACE_LEVELS, "level of the most specific unit; country or city for a place abroad, region for a region of the world (非洲, 中亚)"),
        ("code", "str", None, "GB/T 2260 code of the most specific unit resolved (6 digits); abroad, the country's GB/T 2659 code (2 letters); a region's UN M49 code (3 digits)"),
        ("country", "str", None, "the country (中国 for places in China, Hong Kong, Macao and Taiwan included); for a region of the world, the region itself"),
    ]),
    Table("quotes", "facts", ("doc", "start", "end"), [
        ("doc", "str", None, "document id"),
        ("para", "int", None, "paragraph number"),
        ("start", "int", None, "start offset of the quotation in the file"),
        ("end", "int", None, "end offset in the file (exclusive)"),
        ("quote", "str", None, "quoted words, without quotation marks"),
        ("speaker", "str", None, "who said it; empty when the text does not say"),
        ("role", "str", None, "the speaker's role or description as written"),
    ]),
    Table("paragraph_topics", "facts", ("doc", "para", "cap_major"), [
        ("doc", "str", None, "document id"),
        ("para", "int", None, "paragraph number (body paragraphs and subheads; titles and headings over 40 characters)"),
        ("theme", "str", None, "the topic's name in the codebook (Chinese label of the CAP major topic)"),
        ("cap_major", "int", CAP_MAJOR, "Comparative Agendas Project major topic code"),
        ("gov_class", "str", GOV_CLASSES, "国务院主题分类 first-level class (the paragraph's own on its primary row)"),
        ("score", "float", None, "weighted evidence for the topic: the paragraph's own terms plus its section's, document's and neighbouring paragraphs'"),
        ("primary", "bool", None, "the paragraph's main topic (one row per coded paragraph)"),
    ]),
    Table("tokens", "facts", ("doc", "para"), [
        ("doc", "str", None, "document id"),
        ("para", "int", None, "paragraph number (body paragraphs and subheads with content words)"),
        ("tokens", "str", None, "the paragraph's content words in reading order, separated by a space: jieba segmentation "
                                "with the policy dictionary (helpers/extract/codebooks/policy_terms.txt), words of two or "
                                "more characters with a Han character, jionlp's stopwords left out"),
    ]),
    Table("ledger", "analysis", ("doc", "start", "end"), [
        ("doc", "str", None, "document id"),
        ("para", "int", None, "paragraph number"),
        ("sent", "int", None, "sentence number within the paragraph"),
        ("start", "int", None, "start offset in the file"),
        ("end", "int", None, "end offset in the file (exclusive)"),
        ("text", "str", None, "the claim as written"),
        ("value", "float?", None, "normalized value (as in quantities)"),
        ("value_max", "float?", None, "upper bound of a range"),
        ("unit", "str", None, "unit or measure word"),
        ("kind", "str", KINDS, "what sort of number"),
        ("qualifier", "str", QUALIFIERS, "hedge or bound"),
        ("subject", "str", None, "what the number measures"),
        ("actor", "str", None, "the body that acts or reports"),
        ("place", "str", None, "province-level unit, or a country abroad (as in quantities); empty when national or unknown"),
        ("time", "str", None, "ISO date, month, year or interval the number refers to"),
        ("change", "str", None, "direction word when the number is a change"),
        ("comparison", "str", None, "baseline the number is compared with"),
        ("claim_class", "str", CLAIM_CLASSES, "what the number's clause and the report's part make it: an achieved result, a target or "
                                              "plan, a rule or standard, an anecdote, or other"),
        ("part", "str", None, "heading of the part of the report the claim sits in (一、2025年工作回顾); empty before the first"),
        ("no_time", "bool", None, "the claim states no period"),
        ("no_comparison", "bool", None, "a change or ratio with no baseline"),
        ("vague_qualifier", "bool", None, "an approximate or open-ended value"),
        ("no_actor", "bool", None, "no body acts or reports"),
        ("source", "str", None, "the sentence holding the claim"),
        ("mark_start", "int", None, "where the claim starts in the sentence"),
        ("mark_end", "int", None, "where the claim ends in the sentence (exclusive)"),
    ]),
    Table("reference_checks", "analysis", ("doc", "para", "claim"), [
        ("doc", "str", None, "document id"),
        ("para", "int", None, "paragraph number"),
        ("claim", "str", None, "the claim as written"),
        ("place", "str", None, "the province it is about, or 全国"),
        ("compared_with", "str", None, "the reference count it was checked against"),
        ("claimed", "float", None, "the value the text gives"),
        ("reference", "float", None, "the value in the reference data"),
        ("agrees", "bool", None, "the claim, with its qualifier, agrees with the reference"),
        ("source", "str", None, "the sentence holding the claim"),
        ("mark_start", "int", None, "where the claim starts in the sentence"),
        ("mark_end", "int", None, "where the claim ends in the sentence (exclusive)"),
    ]),
)


TABLES: dict[str, list[tuple[str, str, tuple | None, str]]] = {t.name: t.columns for t in DECLARED}
FACTS: tuple[str, ...] = tuple(t.name for t in DECLARED if t.stage == "facts")  # in writing order, documents first
ROWS_PER_DOCUMENT: tuple[str, ...] = FACTS[1:]  # what extraction returns for one document besides its documents row
# Tables whose rows are spans of a paragraph, each checked to lie inside it.
SPANNED: tuple[str, ...] = tuple(t for t in ROWS_PER_DOCUMENT if {"para", "start", "end"} <= {c[0] for c in TABLES[t]})


def columns(table: str) -> list[str]:
    return [c[0] for c in TABLES[table]]


def key(table: str) -> tuple[str, ...]:
    return next(t.key for t in DECLARED if t.name == table)


def markdown(stage: str = "facts") -> str:
    """The schema of one stage's tables as Markdown (``SCHEMA.md`` beside the facts, ``shishi schema``)."""
    lines = [f"# {stage.capitalize()} tables", "", INTRO[stage], ""]
    for table in DECLARED:
        if table.stage != stage:
            continue
        lines += [f"## `{table.name}.csv`", "", "| column | type | values | meaning |", "|---|---|---|---|"]
        for name, typ, allowed, desc in table.columns:
            vals = ", ".join(map(str, allowed)) if allowed else ""
            lines.append(f"| {name} | {typ} | {vals} | {desc} |")
        lines.append("")
    return "\n".join(lines)
