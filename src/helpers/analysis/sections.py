"""The part of a report each paragraph belongs to: a review of work done, targets and tasks, or neither.

A claim in 一、2025年工作回顾 reports a result; the same sentence shape under 二、2026年主要目标任务 sets a
target. Which part a paragraph sits in is read from its headings with the words in ``sections.yml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from ..codebook import alternation, yaml_book

ROLES = ("review", "plan", "other")


@dataclass(frozen=True)
class SectionWords:
    review: re.Pattern
    plan: re.Pattern
    year: re.Pattern
    part_heading: re.Pattern
    subsection: re.Pattern


@lru_cache(maxsize=1)
def words() -> SectionWords:
    book = yaml_book(__package__, "sections.yml")
    return SectionWords(re.compile(alternation(book["review"])), re.compile(alternation(book["plan"])), re.compile(book["year"]),
                        re.compile(book["part_heading"]), re.compile(book["subsection_heading"]))


def role(heading: str, year: str = "") -> str:
    """review, plan, or '' when the heading names neither: review words first (工作回顾 is a review), then the
    latest year it names against the text's ``year``, then plan words."""
    w = words()
    if w.review.search(heading):
        return "review"
    years = w.year.findall(heading)
    if years and year:
        return "review" if max(years) < year else "plan"
    if w.plan.search(heading):
        return "plan"
    return ""


def heading_parts(headings: pd.DataFrame, years: dict[str, str]) -> pd.DataFrame:
    """doc, para, part and role from each heading (doc, para, text) on: the part it opens or stays in, and the
    role of the paragraphs under it. A paragraph takes the last heading's at or before it in its document; one
    before the first heading is in no part ('', role other). Only headings are read, never the paragraphs."""
    w = words()
    rows = []
    current = None
    ordered = headings.sort_values(["doc", "para"], kind="stable")
    for doc, para, text in zip(*(ordered[c].tolist() for c in ("doc", "para", "text"))):
        if doc != current:  # each document starts outside any part
            current, part, part_role = doc, "", ""
        near_role = role(text, years.get(doc, ""))
        # a numbered part always opens one; an unnumbered heading that names a role does too (2026年重点工作)
        if w.part_heading.match(text) or (near_role and not w.subsection.match(text)):
            part, part_role = text, near_role
        rows.append((doc, para, part, near_role or part_role or "other"))
    return pd.DataFrame(rows, columns=["doc", "para", "part", "role"])


def register(q) -> str:
    """The name of the table of heading parts (``heading_parts``) in the facts query ``q``, computed once."""
    def build(q):
        headings = q.table("paragraphs", ["doc", "para", "text"], where="kind = 'heading'")
        years = q.sql("SELECT doc, coalesce(substr(date, 1, 4), '') AS year FROM documents")
        return heading_parts(headings, dict(zip(years["doc"], years["year"])))

    return q.derived("heading_parts", build)


def part_join(q, rows: str, docs: str | None = None) -> str:
    """SQL joining the part (``part``, ``role``) to the rows aliased ``rows`` (with doc and para): put
    ``SELECT {PART_COLUMNS}`` and ``FROM … {part_join(q, alias)}``. ``docs``: a relation with the only documents
    the rows come from, so only their headings are read."""
    headings = register(q) if docs is None else f"(SELECT * FROM {register(q)} WHERE doc IN (SELECT doc FROM {docs}))"
    return f"ASOF LEFT JOIN {headings} AS h ON {rows}.doc = h.doc AND {rows}.para >= h.para"


PART_COLUMNS = "coalesce(h.part, '') AS part, coalesce(h.role, 'other') AS role"


def parts(paragraphs: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """doc, para, part (the heading of the part it sits in, '' before the first) and role of every paragraph."""
    from ..store.query import Query

    with Query(frames={"paragraphs": paragraphs, "documents": documents}) as q:
        return q.sql(f"SELECT p.doc, p.para, {PART_COLUMNS} FROM paragraphs AS p {part_join(q, 'p')} ORDER BY p.doc, p.para")
