"""Every format researchers bring yields the seed's claims and title, or a clear error naming the file.

The files are made here, from the seed: a Word file with styled headings and a table, a PDF with an
embedded CJK font and a text layer (matplotlib's PDF backend with the Noto font mplfonts bundles),
a scanned PDF (an image only), a saved web page with site navigation, and files that are not text.
"""

from __future__ import annotations

import collections
import html
import io
import zipfile
from pathlib import Path

import pytest

from support import SEED
from helpers import ingest
from helpers.ingest.formats.sniff import sniff
from helpers.store import corpus, facts as store

SEED_TEXT = SEED.read_text(encoding="utf-8")
SEED_DOC = ingest.build("seed", "seed", SEED_TEXT, "utf-8", b"")
TITLE = SEED_DOC.paragraphs[0].text
HEADER = "新华社 · 党史学习教育专题"  # a running header on every page of the PDF
TABLE = [("指标", "数值"), ("新建便民服务点", "1200个"), ("解决群众急难愁盼问题", "8.6万件")]


def _paragraphs():
    return [(p.text, p.kind) for p in SEED_DOC.paragraphs]


def make_docx(path: Path) -> Path:
    import docx

    document = docx.Document()
    styles = {"title": "Title", "heading": "Heading 1", "subhead": "Heading 2"}
    for text, kind in _paragraphs():
        document.add_paragraph(text, style=styles.get(kind))
    table = document.add_table(rows=len(TABLE), cols=2)
    for row, cells in zip(table.rows, TABLE):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    document.save(path)
    return path


def _width(text: str) -> float:
    """Width in em: CJK characters and punctuation are one em, ASCII letters and digits about half."""
    return sum(0.55 if ord(c) < 0x80 else 1.0 for c in text)


def _wrap(text: str, first: float, rest: float) -> list[str]:
    lines, line = [], ""
    for ch in text:
        if line and _width(line + ch) > (first if not lines else rest):
            lines.append(line)
            line = ""
        line += ch
    return lines + [line]


def make_pdf(path: Path, image_only: bool = False) -> Path:
    """A4 pages: title, paragraphs indented two characters and wrapped at the margin, a running header
    and a page number; headings flush left. The font is embedded (Type 42), so the text layer is real."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import mplfonts
    import numpy as np
    from matplotlib import rcParams
    from matplotlib.backends.backend_pdf import PdfPages
    from matplotlib.font_manager import FontProperties

    font = FontProperties(fname=str(Path(mplfonts.__file__).parent / "fonts" / "NotoSansCJKsc-Regular.otf"), size=10)
    em, left, top, bottom, height = 10 / 842, 72 / 595, 0.92, 0.08, 16 / 842
    column = 42  # em
    rcParams["pdf.fonttype"] = 42
    with PdfPages(path) as pdf:
        if image_only:
            fig = plt.figure(figsize=(8.27, 11.69))
            fig.figimage(np.random.default_rng(0).integers(0, 255, (400, 300)), 50, 50, cmap="gray")
            pdf.savefig(fig)
            plt.close(fig)
            return path
        lines = []
        for text, kind in _paragraphs():
            if kind in ("title", "heading", "subhead"):
                lines.append((text, 0.0))
            else:
                wrapped = _wrap(text, column - 2, column)
                lines += [(wrapped[0], 2.0)] + [(ln, 0.0) for ln in wrapped[1:]]
        per_page = int((top - bottom) / height)
        for n, start in enumerate(range(0, len(lines), per_page), 1):
            fig = plt.figure(figsize=(8.27, 11.69))
            fig.text(left, 0.96, HEADER, fontproperties=font)
            for i, (text, indent) in enumerate(lines[start : start + per_page]):
                fig.text(left + indent * em * 842 / 595, top - i * height, text, fontproperties=font)
            fig.text(0.5, 0.04, f"- {n} -", fontproperties=font)
            pdf.savefig(fig)
            plt.close(fig)
    return path


def make_page(path: Path) -> Path:
    """A saved news page: navigation, breadcrumb, share widgets, related links and footer around the article."""
    nav = "".join(f'<li><a href="/{i}">{w}</a></li>' for i, w in enumerate(["首页", "时政", "国际", "财经", "评论", "图片"]))
    body = "".join(f"<p>{html.escape(text)}</p>\n" for text, _ in _paragraphs()[1:])
    page = (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE}_新华网</title>'
            f'<meta property="og:title" content="{TITLE}"><meta property="article:published_time" content="2021-09-05T17:20:31+08:00">'
            "<script>var stats = '阅读量12万次';</script></head><body>"
            f'<div class="top"><ul class="nav">{nav}</ul><form>搜索</form></div>'
            '<div class="crumb">您的位置：<a href="/">首页</a> &gt; <a href="/politics">时政</a> &gt; 正文</div>'
            f'<div class="article"><h1>{html.escape(TITLE)}</h1><div class="info">2021-09-05 17:20:31 来源：新华网</div>\n{body}</div>'
            '<div class="share">分享到：微信 微博 QQ空间</div>'
            '<div class="related"><h3>相关新闻</h3><ul><li><a href="/a">国务院常务会议部署推进5项重点工作</a></li>'
            '<li><a href="/b">全国新增就业岗位超过300万个</a></li></ul></div>'
            '<div class="footer">版权所有 新华网 京ICP备010042号 违法和不良信息举报电话：010-12345678</div></body></html>')
    path.write_text(page, encoding="utf-8")
    return path


def _run(folder: Path, out: Path):
    corpus.run([folder], out, jobs=1, quiet=True)
    return store.read_table(out, "documents").set_index("doc"), store.read_table(out, "quantities"), store.read_table(out, "paragraphs")


def _claims(q, doc: str) -> collections.Counter:
    return collections.Counter(q[(q["doc"] == doc) & q["claim"]]["text"])


def _recall(reference: collections.Counter, found: collections.Counter) -> float:
    return sum(min(n, found[t]) for t, n in reference.items()) / sum(reference.values())


@pytest.fixture(scope="module")
def mixed(tmp_path_factory):
    """One folder with every format, extracted in one run."""
    folder = tmp_path_factory.mktemp("mixed")
    (folder / "seed.txt").write_text(SEED_TEXT, encoding="utf-8")
    make_docx(folder / "seed_word.docx")
    make_pdf(folder / "seed_print.pdf")
    make_pdf(folder / "scan.pdf", image_only=True)
    make_page(folder / "seed_page.html")
    (folder / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    with zipfile.ZipFile(folder / "invoice.ofd", "w") as z:
        z.writestr("OFD.xml", '<?xml version="1.0"?><ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016"/>')
    (folder / "letters.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + b"just plain letters " * 20)
    out = tmp_path_factory.mktemp("facts")
    docs, q, paras = _run(folder, out)
    return folder, docs, q, paras


@pytest.mark.parametrize("doc,fmt", [("seed_word", "docx"), ("seed_print", "pdf"), ("seed_page", "html")])
def test_each_format_yields_the_seeds_claims_and_title(mixed, doc, fmt):
    _, docs, q, _ = mixed
    assert docs.loc[doc, "format"] == fmt and docs.loc[doc, "status"] == "ok", docs.loc[doc, "error"]
    assert docs.loc[doc, "title"] == TITLE
    reference = _claims(q, "seed")
    assert sum(reference.values()) >= 15
    assert _recall(reference, _claims(q, doc)) >= 0.95, reference - _claims(q, doc)


def test_the_text_is_read_as_before(mixed):
    _, docs, _, paras = mixed
    assert docs.loc["seed", "format"] == "txt" and docs.loc["seed", "title"] == TITLE
    assert list(paras[paras["doc"] == "seed"]["text"]) == [p.text for p in SEED_DOC.paragraphs]
    assert set(paras[paras["doc"] == "seed"]["page"]) == {0}


def test_word_headings_come_from_styles_and_tables_are_rows(mixed):
    _, _, _, paras = mixed
    word = paras[paras["doc"] == "seed_word"]
    assert list(word[word["kind"] == "heading"]["text"]) == [p.text for p in SEED_DOC.paragraphs if p.kind == "heading"]
    assert list(word[word["kind"] == "subhead"]["text"]) == [p.text for p in SEED_DOC.paragraphs if p.kind == "subhead"]
    assert list(word["text"])[-len(TABLE):] == ["\t".join(row) for row in TABLE]


def test_pdf_paragraphs_are_rejoined_with_their_pages_and_without_furniture(mixed):
    import pypdfium2

    folder, _, _, paras = mixed
    pdf = pypdfium2.PdfDocument(folder / "seed_print.pdf")
    assert TITLE[:8] in pdf[0].get_textpage().get_text_range()  # the font is embedded with a real text layer
    n_pages = len(pdf)
    pdf.close()
    rows = paras[paras["doc"] == "seed_print"]
    texts = list(rows["text"])
    seed = [p.text for p in SEED_DOC.paragraphs]
    assert sum(t in texts for t in seed) >= 0.9 * len(seed)  # hard-wrapped lines are joined back
    assert not any(HEADER in t or t.startswith("- ") for t in texts)  # running header and page numbers dropped
    assert n_pages >= 3 and list(rows["page"]) == sorted(rows["page"]) and set(rows["page"]) == set(range(1, n_pages + 1))


def test_offsets_point_into_what_each_reader_gives(mixed):
    folder, _, q, _ = mixed
    page = (folder / "seed_page.html").read_text(encoding="utf-8")
    rows = q[q["doc"] == "seed_page"]
    assert all(html.unescape(page[s:e]) == t for t, s, e in zip(rows["text"], rows["start"], rows["end"]))
    for doc, name in (("seed_word", "seed_word.docx"), ("seed_print", "seed_print.pdf")):
        text = ingest.load(folder / name).text
        rows = q[q["doc"] == doc]
        assert all(text[s:e] == t for t, s, e in zip(rows["text"], rows["start"], rows["end"]))


def test_web_page_loses_its_site_and_keeps_its_date(mixed):
    _, docs, q, paras = mixed
    texts = " ".join(paras[paras["doc"] == "seed_page"]["text"])
    for chrome in ("首页", "分享到", "相关新闻", "国务院常务会议", "版权所有", "阅读量"):
        assert chrome not in texts
    assert docs.loc["seed_page", "date"] == "2021-09-05"
    assert not {"300万个", "12万次"} & set(q[q["doc"] == "seed_page"]["text"])


def test_what_cannot_be_read_says_so_and_the_batch_goes_on(mixed):
    _, docs, _, _ = mixed
    expect = {"scan": ("pdf", "OCR is needed"), "old": ("ole2", "convert it to .docx"), "invoice": ("ofd", "export it to PDF"),
              "letters": ("png", "PNG image")}
    for doc, (fmt, words) in expect.items():
        row = docs.loc[doc]
        assert row["status"] == "error" and row["format"] == fmt, (doc, row["error"])
        assert words in row["error"] and Path(row["path"]).name in row["error"]
    assert (docs.drop(index=list(expect))["status"] == "ok").all()


@pytest.mark.parametrize("data,kind", [
    (b"%PDF-1.7\n", "pdf"), (b"\x89PNG\r\n\x1a\n", "png"), (b"\xff\xd8\xff\xe0", "jpeg"), (b"GIF89a", "gif"),
    (b"\x1f\x8b\x08", "gzip"), (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "ole2"), (b"{\\rtf1", "rtf"),
    ("学史力行践初心".encode("gb18030"), "text"), (b"\x89PNO plain", "text"),
])
def test_sniffing(data, kind):
    assert sniff(data) == kind


def test_zip_containers_are_told_apart():
    def zipped(*names):
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as z:
            for name in names:
                z.writestr(name, "x")
        return buf.getvalue()

    assert sniff(zipped("[Content_Types].xml", "word/document.xml")) == "docx"
    assert sniff(zipped("OFD.xml", "Doc_0/Document.xml")) == "ofd"
    assert sniff(zipped("a.txt")) == "zip"


def test_a_partly_scanned_pdf_is_a_warning_naming_the_pages(tmp_path):
    from pypdfium2 import PdfDocument

    text_pdf, scan_pdf = make_pdf(tmp_path / "t.pdf"), make_pdf(tmp_path / "s.pdf", image_only=True)
    merged = PdfDocument(text_pdf)
    merged.import_pages(PdfDocument(scan_pdf))
    merged.save(tmp_path / "merged.pdf")
    doc = ingest.load(tmp_path / "merged.pdf")
    assert doc.paragraphs and any(f"page(s) {len(merged)} have no text layer" in w and "merged.pdf" in w for w in doc.warnings)


def test_a_page_without_an_article_keeps_its_text_and_says_so(tmp_path):
    path = tmp_path / "empty_page.html"
    path.write_text("<html><body><footer>新建学校12所</footer></body></html>", encoding="utf-8")  # all boilerplate
    doc = ingest.load(path)
    assert [p.text for p in doc.paragraphs] == ["新建学校12所"]
    assert any(str(path) in w and "found no article" in w for w in doc.warnings)
