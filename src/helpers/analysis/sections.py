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


def parts(paragraphs: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """doc, para, part (the heading of the part it sits in, '' before the first) and role of every paragraph."""
    w = words()
    years = dict(zip(documents["doc"], documents["date"].fillna("").str.slice(0, 4)))
    rows = []
    ordered = paragraphs.sort_values(["doc", "para"], kind="stable")
    current = None
    for doc, para, kind, text in zip(*(ordered[c].tolist() for c in ("doc", "para", "kind", "text"))):
        if doc != current:  # each document starts outside any part
            current, part, part_role, near_role = doc, "", "", ""
        if kind == "heading":
            near_role = role(text, years.get(doc, ""))
            # a numbered part always opens one; an unnumbered heading that names a role does too (2026年重点工作)
            if w.part_heading.match(text) or (near_role and not w.subsection.match(text)):
                part, part_role = text, near_role
        rows.append((doc, para, part, near_role or part_role or "other"))
    return pd.DataFrame(rows, columns=["doc", "para", "part", "role"])
