"""Page furniture, the lines a page carries that are no part of the text: page numbers, running headers and footers.
The PDF reader drops them at a page's edges; wrapped plain text (a PDF saved as text) carries them between its pages."""

from __future__ import annotations

import re

PAGE_NUMBER = re.compile(r"^[-—–\s]*(?:第\s*)?\d{1,4}\s*(?:页)?(?:\s*/\s*(?:共\s*)?\d{1,4}\s*页?)?[-—–\s]*$"
                          r"|^[-—–\s]*[ivxlcIVXLC]{1,6}[-—–\s]*$")


def furniture_key(line: str) -> str:
    """A line as running furniture repeats it: without spaces, any number for its digits (page 12, page 13)."""
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", line))
