"""The CJK web font every page embeds, cut down to the characters that page uses.

Reviewers' machines (and headless browsers) may have no Chinese font at all; a subset keeps
a page self-contained at tens of kilobytes. Cutting from the 16 MB OpenType font means
decompiling every kept glyph's subroutines and hints, about 0.4 s a page; ``prepare`` does
that once for the common blocks (``shishi fonts``, run by ``make setup``), after which a page
takes a third of the time. Both routes give the same bytes, so the prepared font is only a cache.
"""

from __future__ import annotations

import base64
import hashlib
import io
import os
from functools import lru_cache
from pathlib import Path

from .fonts import font_path

# SHISHI_CACHE_DIR moves the cache (a benchmark's cold start, a read-only home).
_CACHE_HOME = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
CACHE = Path(os.environ.get("SHISHI_CACHE_DIR") or _CACHE_HOME / "shishi") / "fonts"
# Latin, punctuation, letterlike symbols, arrows and operators, enclosed numerals, shapes (the ▲▼ of sortable
# tables), CJK punctuation, enclosed CJK and units (㎡), the unified ideographs, full-width forms.
PREPARED_BLOCKS = ((0x20, 0x7F), (0xA0, 0x180), (0x2000, 0x2070), (0x2100, 0x2300), (0x2460, 0x2500),
                   (0x25A0, 0x2600), (0x3000, 0x3040), (0x3200, 0x3400), (0x4E00, 0xA000), (0xFF00, 0xFFF0))


def _options(flavor: str | None):
    from fontTools import subset

    options = subset.Options()
    options.flavor = flavor
    options.layout_features = []
    options.drop_tables += ["GSUB", "GPOS", "GDEF", "BASE", "VORG", "vhea", "vmtx"]  # horizontal text needs none
    options.hinting = False
    options.desubroutinize = True  # cheaper to cut and smaller once cut (82 against 87 kB on a report)
    options.notdef_outline = True
    return options


def _cut(source: str, unicodes: set[int], flavor: str | None):
    from fontTools import subset
    from fontTools.ttLib import TTFont

    # The bounding boxes stay the full font's: recomputing them walks every kept glyph's
    # outline and doubles the time, and browsers take line metrics from hhea anyway.
    font = TTFont(source, lazy=True, recalcTimestamp=False, recalcBBoxes=False)
    subsetter = subset.Subsetter(_options(flavor))
    subsetter.populate(unicodes=unicodes)
    subsetter.subset(font)
    font.flavor = flavor
    return font


CUT = "woff, no layout tables, no hints, no subroutines, bboxes kept"  # change it when _options or _cut change


@lru_cache(maxsize=1)
def _cutter() -> str:
    """The font's bytes, fontTools' version and how we cut: everything a cut font's bytes depend on."""
    from importlib.metadata import version

    h = hashlib.sha256(Path(font_path()).read_bytes())
    h.update(f"{version('fonttools')} {CUT}".encode())
    return h.hexdigest()[:16]


@lru_cache(maxsize=1)
def _prepared_path() -> Path:
    h = hashlib.sha256(f"{_cutter()} {PREPARED_BLOCKS}".encode())
    return CACHE / f"prepared-{h.hexdigest()[:16]}.otf"


def _prepared_chars() -> set[int]:
    return {c for lo, hi in PREPARED_BLOCKS for c in range(lo, hi)}


def prepare() -> Path:
    """Cut the common blocks once, without subroutines or hints (about 12 s); later pages start from it."""
    path = _prepared_path()
    if not path.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        _cut(font_path(), _prepared_chars(), None).save(tmp)
        os.replace(tmp, path)
        for stale in CACHE.glob("prepared-*.otf"):  # from another font or fontTools version
            if stale != path:
                stale.unlink(missing_ok=True)
    return path


def font_face(page: str) -> str:
    """An @font-face rule with the glyphs of every non-ASCII character on the page (and all of ASCII)."""
    wanted = {ord(c) for c in set(page) if ord(c) > 127} | set(range(32, 127))  # set() first: pages run to megabytes
    key = hashlib.sha256((_cutter() + ",".join(map(str, sorted(wanted)))).encode()).hexdigest()
    cached = CACHE / f"{key}.css"
    if cached.exists():  # an unchanged page (a scheduled rerun) needs no new subset
        return cached.read_text(encoding="ascii")
    prepared = _prepared_path()
    source = str(prepared) if prepared.exists() and wanted <= _prepared_chars() else font_path()
    buf = io.BytesIO()
    _cut(source, wanted, "woff").save(buf)
    data = base64.b64encode(buf.getvalue()).decode("ascii")
    css = f'@font-face {{ font-family: "shishi-cjk"; src: url(data:font/woff;base64,{data}) format("woff"); }}'
    try:
        CACHE.mkdir(parents=True, exist_ok=True)
        tmp = cached.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(css, encoding="ascii")
        os.replace(tmp, cached)
    except OSError:  # a read-only home is no reason to fail a report
        pass
    return css
