"""Paths and corpora the tests share (imported as ``support``; fixtures live in conftest.py)."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "raw" / "000_db82e49265a602f1.txt"
FIXTURES = Path(__file__).parent / "fixtures"
XSS_TITLE = "<script>alert(1)</script>恶意标题"


def hostile_corpus(folder: Path, *extra: Path) -> Path:
    """The seed, any extra texts, and a hostile file (markup in its text, script in its manifest title)."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(SEED, folder / SEED.name)
    for path in extra:
        shutil.copy(path, folder / path.name)
    (folder / "hostile.txt").write_text(
        "地方新闻\n&lt;img src=x onerror=alert(2)&gt;某市今年新建学校12所，投入资金约3亿元。\n", encoding="utf-8")
    rows = [f"{SEED.name},,,,,,"] + [f"{p.name},,,,fixture,," for p in extra] + [f'hostile.txt,"{XSS_TITLE}",测试,2024-01-02,fixture,,']
    (folder / "manifest.csv").write_text("file,title,publisher,date,source,place,reporters\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return folder


REF = dt.date(2021, 9, 5)  # the date extraction tests resolve relative times against


def sentence(text: str, number: str):
    """The context of the sentence holding ``number`` and that number's quantity."""
    from helpers import ingest
    from helpers.extract import organizations, places, quantities
    from helpers.extract.sentence import Context

    doc = ingest.build("t", "t", text, "utf-8", b"")
    view = doc.view
    found, abroad = places.find_with_bodies_abroad(view)
    orgs = organizations.find(view, 0, len(view), found, REF, abroad=abroad)
    qs = quantities.find(view, 0, len(view), REF)
    q = next(q for q in qs if view[q.start : q.end] == number)
    s = next(s for s in doc.sentences if s.start <= q.start < s.end)
    inside = lambda items: [i for i in items if s.start <= i.start < s.end]  # noqa: E731
    ctx = Context(view, s.start, s.end, inside(orgs), inside(found), inside([t for t in qs if t.kind == "date"]))
    return view, q, ctx


def claims(text: str) -> dict[str, dict]:
    """The claims of ``text`` as one document (its first line the title), by their text."""
    from helpers import extract, ingest

    doc = ingest.build("t", "t", text, "utf-8", b"")
    return {q["text"]: q for q in extract.extract_document(doc)["quantities"] if q["claim"]}
