"""What a page's layout adds to a text, for the PDF reader and for wrapped plain text (a PDF saved as text): line
breaks inside paragraphs, and furniture, the lines a page carries that are no part of the text (page numbers,
running headers and footers)."""

from __future__ import annotations

import re

PAGE_NUMBER = re.compile(r"^[-—–\s]*(?:第\s*)?\d{1,4}\s*(?:页)?(?:\s*/\s*(?:共\s*)?\d{1,4}\s*页?)?[-—–\s]*$"
                          r"|^[-—–\s]*[ivxlcIVXLC]{1,6}[-—–\s]*$")


def furniture_key(line: str) -> str:
    """A line as running furniture repeats it: without spaces, any number for its digits (page 12, page 13)."""
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", line))


LATIN = re.compile(r"[A-Za-z0-9]")


def joint(before: str, after: str) -> str:
    """What goes between two lines of one paragraph, given the last character of one and the first of the next: a
    space between Latin words; nothing between Chinese characters, or between digits of one number."""
    return " " if LATIN.match(before) and LATIN.match(after) and not (before.isdigit() and after.isdigit()) else ""
