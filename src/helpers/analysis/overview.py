"""Corpus overview: what is in the corpus, how it is built, and what was skipped."""

from __future__ import annotations

import pandas as pd

from ..store.facts import Facts
from .labels import title_lines


def documents_table(facts: Facts) -> pd.DataFrame:
    """One row per extracted document with its source, date and structure counts."""
    docs = facts.ok_documents
    counts = facts.query.sql("""
        WITH kinds AS (SELECT doc, count(*) FILTER (kind = 'heading') AS sections, count(*) FILTER (kind = 'subhead') AS subheads,
                              count(*) FILTER (kind = 'body') AS body_paragraphs FROM paragraphs GROUP BY doc),
             sents AS (SELECT doc, count(*) AS sentences FROM sentences GROUP BY doc)
        SELECT doc, sections, subheads, body_paragraphs, sentences FROM kinds FULL JOIN sents USING (doc)""")
    out = docs.set_index("doc")[["title", "publisher", "date", "place", "n_chars", "n_paragraphs", "reporters", "doc_number"]]
    out = out.join(counts.set_index("doc")).fillna(0)
    out["reporters"] = out["reporters"].map(lambda r: len([x for x in str(r).split("、") if x]))
    out = out.rename(columns={"reporters": "n_reporters"})
    for col in ("sections", "subheads", "body_paragraphs", "sentences"):
        out[col] = out[col].astype(int)
    if not out["doc_number"].astype(bool).any():  # only official documents carry a file number
        out = out.drop(columns="doc_number")
    return out.reset_index().sort_values(["date", "doc"], ascending=[False, True], kind="stable").reset_index(drop=True)


def named(frame: pd.DataFrame, names: dict[str, str]) -> pd.DataFrame:
    """``frame`` with its ``doc`` ids replaced by the documents' names (a reader compares 上海市 with 北京市)."""
    return frame.assign(doc=[names.get(d, d) for d in frame["doc"]]).rename(columns={"doc": "文档 document"})


def sources_finding(src: pd.DataFrame) -> str:
    """Which publisher contributes most, naming every publisher that ties for the most."""
    if src.empty:
        return "No publisher is known."
    top = src[src["documents"] == src["documents"].max()]
    if len(top) == 1:
        return f"{top.iloc[0]['publisher']} contributes the most documents ({top.iloc[0]['documents']:,} of {src['documents'].sum():,})."
    return f"{len(top)} publishers contribute {top.iloc[0]['documents']:,} document(s) each: " + "、".join(top["publisher"].head(8)) + \
        ("…" if len(top) > 8 else "") + "."


def dates(facts: Facts) -> pd.DataFrame:
    """Documents per month of their date (documents without a date as 'unknown')."""
    months = facts.ok_documents["date"].fillna("").str.slice(0, 7).replace("", "unknown")
    out = months.value_counts().rename_axis("month").rename("documents").reset_index()
    return out.sort_values("month", kind="stable").reset_index(drop=True)


def dates_finding(by_month: pd.DataFrame) -> str:
    known = by_month[by_month["month"] != "unknown"]
    if known.empty:
        return "No document has a date."
    span = known["month"].iloc[0] if len(known) == 1 else f"{known['month'].iloc[0]} to {known['month'].iloc[-1]}"
    return f"The documents are dated {span} ({len(known)} month(s))" + (
        f"; {int(by_month.loc[by_month['month'] == 'unknown', 'documents'].sum())} have no date." if len(known) < len(by_month) else ".")


def skipped(facts: Facts) -> pd.DataFrame:
    """Documents that were not extracted (error) or were extracted with a warning, and why."""
    bad = facts.documents[facts.documents["status"] != "ok"]
    return bad[["doc", "path", "status", "error"]].sort_values(["status", "doc"], kind="stable").reset_index(drop=True)


def sources(facts: Facts) -> pd.DataFrame:
    """Documents and characters by publisher."""
    docs = facts.ok_documents.assign(publisher=lambda d: d["publisher"].replace("", "（未知 unknown）"))
    out = docs.groupby("publisher").agg(documents=("doc", "count"), characters=("n_chars", "sum"),
                                        first=("date", "min"), last=("date", "max"))
    return out.sort_values(["documents", "characters"], ascending=False).reset_index()


def reporters(facts: Facts) -> pd.DataFrame:
    """Reporters named in datelines, with how many documents carry their name."""
    rows = [(r, d) for d, rs in zip(facts.ok_documents["doc"], facts.ok_documents["reporters"]) for r in str(rs).split("、") if r]
    frame = pd.DataFrame(rows, columns=["reporter", "doc"])
    if frame.empty:
        return pd.DataFrame(columns=["reporter", "documents"])
    out = frame.groupby("reporter").agg(documents=("doc", "nunique")).reset_index()
    return out.sort_values(["documents", "reporter"], ascending=[False, True], kind="stable").reset_index(drop=True)


LEAD = "（导语 lead）"  # the rows of a text before its first heading
_SECTIONS = """SELECT doc, section, count(*) AS paragraphs, sum(length(text))::BIGINT AS characters, min(para) AS first_para,
                      coalesce(string_agg(text, '；' ORDER BY para) FILTER (kind = 'subhead'), '') AS subheads
               FROM paragraphs WHERE kind IN ('body', 'subhead') GROUP BY doc, section"""


def sections_table(facts: Facts, limit: int | None = None) -> pd.DataFrame:
    """Sections of each document with their subheads and size, documents by id and sections in reading order
    (``limit``: only the first so many, all that a page shows)."""
    out = facts.query.sql(f"SELECT * EXCLUDE (first_para) FROM ({_SECTIONS}) ORDER BY doc, first_para"
                          + (f" LIMIT {int(limit)}" if limit is not None else ""))
    return out.assign(section=out["section"].replace("", LEAD))


def section_count(facts: Facts) -> int:
    """How many rows ``sections_table`` has without a limit."""
    return int(facts.query.sql(f"SELECT count(*) AS n FROM ({_SECTIONS})")["n"].iloc[0])


def headline(facts: Facts) -> str:
    docs = documents_table(facts)
    n_bad = int((facts.documents["status"] == "error").sum())
    if docs.empty:
        return f"No document could be read: all {n_bad} input file(s) were skipped (see below why)."
    if len(docs) == 1:
        d = docs.iloc[0]
        return (f"1 document ({d['publisher'] or 'publisher unknown'}, {d['date'] or 'date unknown'}): "
                f"{d['n_chars']:,} characters, {d['sections']} sections, {d['subheads']} subheads, "
                f"{d['n_paragraphs']} paragraphs; {n_bad} input file(s) skipped.")
    return (f"{len(docs):,} documents from {docs['publisher'].replace('', pd.NA).nunique()} publishers, "
            f"{docs['date'].replace('', pd.NA).min()} to {docs['date'].replace('', pd.NA).max()}, "
            f"{docs['n_chars'].sum():,} characters; {n_bad} input file(s) skipped.")


def length_figure(facts: Facts, names: dict[str, str], top_n: int = 30):
    """Document lengths (top N, by name) or, for a single document, its paragraph lengths by kind."""
    import matplotlib.pyplot as plt

    docs = documents_table(facts)
    bars = min(top_n, len(docs)) if len(docs) > 1 else 0
    fig, ax = plt.subplots(figsize=(8, max(4.5, 0.3 * bars + 1.2)))  # a name per bar, never overlapping
    if docs.empty:
        ax.text(0.5, 0.5, "没有可读的文档 no readable document", ha="center", va="center")
        ax.set_axis_off()
    elif len(docs) == 1:
        paras = facts.query.sql("SELECT para, kind, length(text) AS chars FROM paragraphs")
        colors = {"title": "#6d597a", "heading": "#c8553d", "subhead": "#e9c46a", "body": "#1f5a96", "byline": "#8d99ae"}
        ax.bar(paras["para"], paras["chars"], color=[colors[k] for k in paras["kind"]])
        handles = [plt.Rectangle((0, 0), 1, 1, color=c) for c in colors.values()]
        ax.legend(handles, list(colors), frameon=False, ncols=5, loc="upper center", bbox_to_anchor=(0.5, -0.12))
        ax.set_xlabel("段落 paragraph")
        ax.set_ylabel("字符 characters")
        longest = paras.loc[paras["chars"].idxmax()]
        short = paras[paras["kind"].isin(["title", "heading", "subhead"])]["chars"]
        ax.set_title(title_lines(f"最长段落为第{longest['para']}段（{longest['chars']}字）"
                                 + (f"；标题与小标题不超过{short.max()}字" if len(short) else ""), fig.get_figwidth()))
    else:
        top = docs.nlargest(top_n, "n_chars").iloc[::-1]
        ax.barh([names.get(d, d) for d in top["doc"]], top["n_chars"])
        ax.set_xlabel("字符 characters")
        ax.set_title(title_lines(f"最长的{len(top)}篇文档（共{len(docs):,}篇），中位数{int(docs['n_chars'].median()):,}字",
                                 fig.get_figwidth()))
    fig.tight_layout()
    return fig
