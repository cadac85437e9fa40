"""Hostile and awkward input: every file gets a clear status, no input crashes extraction, facts do not
depend on how a text was stored, and nothing published is lost when a run is interrupted."""

from __future__ import annotations

import codecs
import collections
import html
import zipfile
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from support import SEED
from helpers import extract, ingest
from helpers.store import corpus, facts as store, writer

SEED_TEXT = SEED.read_text(encoding="utf-8")


def _claims(tmp_path, name: str, data: bytes):
    folder = tmp_path / name
    folder.mkdir()
    (folder / f"{name}.txt").write_bytes(data)
    out = tmp_path / f"{name}-facts"
    corpus.run([folder], out, jobs=1, quiet=True)
    docs = store.read_table(out, "documents")
    assert list(docs["status"]) == ["ok"], docs["error"].tolist()
    q = store.read_table(out, "quantities")
    return q, folder / f"{name}.txt"


def _signature(q):
    claims = q[q["claim"]]
    return collections.Counter(zip(claims["value"].round(6), claims["value_max"].fillna(-1), claims["unit"], claims["kind"], claims["qualifier"]))


def _fullwidth(text: str) -> str:
    return text.translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789%."})


def _as_web_page(text: str) -> str:
    paras = text.split("\u3000\u3000")
    body = "".join(f"<p>{html.escape(p).replace('“', '&ldquo;').replace('”', '&rdquo;')}</p>\n" for p in paras)
    return ("<!DOCTYPE html><html><head><title>综述</title><style>p{color:red}</style>"
            f"<script>var x = '18.8万个';</script></head><body><div class=\"article\">{body}</div></body></html>")


VARIANTS = {
    "gb18030": lambda t: t.encode("gb18030"),
    "utf16le": lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le"),
    "utf16be": lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"),
    "utf8bom": lambda t: codecs.BOM_UTF8 + t.encode("utf-8"),
    "crlf": lambda t: t.replace("\u3000\u3000", "\r\n").encode("utf-8"),
    "newlines": lambda t: t.replace("\u3000\u3000", "\n\n").encode("utf-8"),
    "fullwidth": lambda t: _fullwidth(t).encode("utf-8"),
    "webpage": lambda t: _as_web_page(t).encode("utf-8"),
}


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    q, _ = _claims(tmp_path_factory.mktemp("ref"), "seed", SEED_TEXT.encode("utf-8"))
    return _signature(q)


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_same_claims_however_the_text_is_stored(tmp_path, reference, variant):
    q, path = _claims(tmp_path, variant, VARIANTS[variant](SEED_TEXT))
    assert _signature(q) == reference
    if variant == "webpage":  # every fact still points into the original file
        original = path.read_text(encoding="utf-8")
        for text, start, end in zip(q["text"], q["start"], q["end"]):
            assert html.unescape(original[start:end]) == text


def test_traditional_characters(tmp_path, reference):
    from opencc import OpenCC

    trad = OpenCC("s2t").convert(SEED_TEXT)
    q, _ = _claims(tmp_path, "traditional", trad.encode("big5", errors="strict") if _big5_ok(trad) else trad.encode("utf-8"))
    assert _signature(q) == reference
    assert "萬" in "".join(q["text"])  # facts keep the original characters
    docs = store.read_table(tmp_path / "traditional-facts", "documents")
    assert bool(docs["traditional"].iloc[0])


def _big5_ok(text: str) -> bool:
    try:
        text.encode("big5")
        return True
    except UnicodeEncodeError:
        return False


def test_every_input_file_gets_a_status(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "good.txt").write_text("某市新建学校12所。", encoding="utf-8")
    (raw / "empty.txt").write_bytes(b"")
    (raw / "blank.txt").write_text(" \n\u3000\u3000\n", encoding="utf-8")
    (raw / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 8)
    with zipfile.ZipFile(raw / "bundle.zip", "w") as z:
        z.writestr("a.txt", "压缩包里的文字" * 50)
    (raw / "english.txt").write_text("The ministry built 12 schools in 2021, about 30% more than in 2020.", encoding="utf-8")
    (raw / "manifest.csv").write_text("file,title,publisher,date,source,place,reporters\n"
                                      "good.txt,好,新华社,2021-13-40,,,\nmissing.txt,不存在,,,,,\n../outside.txt,越界,,,,,\n", encoding="utf-8")
    out = tmp_path / "facts"
    summary = corpus.run([raw], out, jobs=2, quiet=True)
    docs = store.read_table(out, "documents").set_index("doc")
    assert set(docs.index) == {"good", "empty", "blank", "photo", "bundle", "english", "missing"}
    assert docs.loc["good", "status"] == "warning" and "date '2021-13-40' is not a date" in docs.loc["good", "error"]
    assert "manifest.csv line 2" in docs.loc["good", "error"]
    assert docs.loc["missing", "status"] == "error" and "listed in manifest.csv but the file does not exist" in docs.loc["missing", "error"]
    for name in ("empty", "blank"):
        assert docs.loc[name, "status"] == "error" and "empty file" in docs.loc[name, "error"]
    for name in ("photo", "bundle"):
        assert docs.loc[name, "status"] == "error" and f"{name}." in docs.loc[name, "error"]
    assert docs.loc["english", "status"] == "warning" and "not listed in manifest.csv" in docs.loc["english", "error"]
    assert any("points outside the corpus folder" in m for m in summary.messages)
    q = store.read_table(out, "quantities")
    assert set(q[q["doc"] == "english"]["text"]) >= {"30%", "12"}
    assert len(store.read_table(out, "paragraphs")[lambda p: p["doc"] == "good"]) == 1


def test_a_fault_of_the_extractor_in_one_text_costs_only_that_text_and_is_tried_again(tmp_path, monkeypatch):
    raw = tmp_path / "raw"
    raw.mkdir()
    for name, text in (("a", "某市新建学校12所。"), ("bad", "某县新建医院3所。"), ("c", "某区新增就业500人。")):
        (raw / f"{name}.txt").write_text(text, encoding="utf-8")
    real = extract.extract_documents

    def faulty(docs, thorough=False):
        if any("医院" in d.text for d in docs):
            raise ValueError("invalid literal for int() with base 10: '3.85'")
        return real(docs, thorough)

    monkeypatch.setattr(extract, "extract_documents", faulty)
    tasks = corpus.plan([raw])[0]  # one batch of three, as a worker gets it: the two good texts keep their facts
    results = corpus.process(tasks)
    assert [r[0]["status"] for r in results] == ["ok", "error", "ok"]
    assert "bad.txt: extraction failed (ValueError: invalid literal" in results[1][0]["error"]
    assert [q["text"] for r in results for q in r[1]["quantities"]] == ["12所", "500人"]
    out = tmp_path / "facts"
    corpus.run([raw], out, jobs=1, quiet=True)
    assert store.read_table(out, "documents").set_index("doc").loc["bad", "status"] == "error"
    monkeypatch.undo()  # the extractor mended: the next run extracts the failed text again, and only it
    summary = corpus.run([raw], out, jobs=1, quiet=True)
    assert not summary.unchanged and summary.n_extracted == 1
    assert set(store.read_table(out, "quantities")["text"]) == {"12所", "3所", "500人"}


def test_a_fault_of_the_machine_stops_the_run(tmp_path, monkeypatch):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text("某市新建学校12所。", encoding="utf-8")

    def out_of_memory(docs, thorough=False):
        raise MemoryError

    monkeypatch.setattr(extract, "extract_documents", out_of_memory)
    with pytest.raises(MemoryError):
        corpus.process(corpus.plan([raw])[0])


def test_manifest_without_file_column_is_a_clear_error(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text("新建学校12所。", encoding="utf-8")
    (raw / "manifest.csv").write_text("name,title\na.txt,甲\n", encoding="utf-8")
    summary = corpus.run([raw], tmp_path / "facts", jobs=1, quiet=True)
    assert any("missing required column 'file'" in m and "manifest.csv" in m for m in summary.messages)
    assert summary.n_docs == 1


def test_degenerate_shapes(tmp_path):
    huge_paragraph = "河南全省18.8万个基层党组织参与防汛救灾，" * 20000  # 440k characters, no break
    long_lines = "\n".join(["财政部安排补助资金约300亿元，" * 500] * 20)
    mixed = "耕地１８．８万亩，占比８６．４％，增长6.1%，新增１2个。"
    for name, text in (("huge", huge_paragraph), ("lines", long_lines), ("mixed", mixed)):
        doc = ingest.build(name, name, text, "utf-8", text.encode())
        tables = extract.extract_document(doc)
        corpus.reconcile(doc, tables)
        assert tables["quantities"]
    doc = ingest.build("mixed", "mixed", mixed, "utf-8", b"")
    values = [q["value"] for q in extract.extract_document(doc)["quantities"]]
    assert values[:3] == [188000, 86.4, 6.1]


def test_a_fifty_megabyte_file(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    block = SEED_TEXT.encode("utf-8")
    with open(raw / "big.txt", "wb") as fh:
        for _ in range(50 * 2**20 // len(block) + 1):
            fh.write(block + "\u3000\u3000".encode())
    summary = corpus.run([raw], tmp_path / "facts", jobs=1, quiet=True)
    assert summary.n_errors == 0
    docs = store.read_table(tmp_path / "facts", "documents")
    assert docs["n_chars"].iloc[0] > 15_000_000


def test_interrupted_extraction_leaves_previous_tables(tmp_path, monkeypatch):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text("新建学校12所。", encoding="utf-8")
    out = tmp_path / "facts"
    corpus.run([raw], out, jobs=1, quiet=True)
    before = {p.name: p.read_bytes() for p in out.glob("*.csv")}
    (raw / "b.txt").write_text("新建医院3所。", encoding="utf-8")

    def boom(self):
        raise KeyboardInterrupt

    monkeypatch.setattr(writer.TableWriter, "close", boom)
    with pytest.raises(KeyboardInterrupt):
        corpus.run([raw], out, jobs=1, quiet=True)
    monkeypatch.undo()
    after = {p.name: p.read_bytes() for p in out.glob("*.csv")}
    assert after == before
    assert not list(out.glob(".*.part"))
    assert len(store.read_table(out, "documents")) == 1


def test_reconciliation_fails_loudly():
    doc = ingest.build("r", "r", "新建学校12所。", "utf-8", b"")
    tables = extract.extract_document(doc)
    tables["quantities"][0]["end"] = 99
    with pytest.raises(corpus.ReconciliationError, match="outside paragraph"):
        corpus.reconcile(doc, tables)


numbers = st.integers(min_value=1, max_value=10**12)


def _plain(value: Decimal) -> str:
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


@settings(max_examples=200, deadline=None)
@given(numbers, st.sampled_from(["arabic", "chinese", "wan", "yi"]))
def test_numerals_parse_back_to_their_value(n, form):
    import cn2an

    if form == "arabic":
        written = str(n)
    elif form == "chinese":
        n = max(n, 2)  # a bare 一 before a measure word is read as an article (一家, 一批), by design
        written = cn2an.an2cn(n)
    elif form == "wan":
        n = n // 100 * 100 or 100
        written = _plain(Decimal(n) / 10**4) + "万"
    else:
        n = n // 10**6 * 10**6 or 10**6
        written = _plain(Decimal(n) / 10**8) + "亿"
    doc = ingest.build("n", "n", f"全市共有企业{written}家。", "utf-8", b"")
    qs = [q for q in extract.extract_document(doc)["quantities"] if q["unit"] == "家"]
    assert len(qs) == 1 and qs[0]["value"] == pytest.approx(n, rel=1e-9), (written, qs)


@settings(max_examples=150, deadline=None)
@given(st.text(min_size=0, max_size=400))
def test_no_input_crashes_the_extractor(text):
    doc = ingest.build("h", "h", text, "utf-8", text.encode("utf-8", "surrogatepass"))
    tables = extract.extract_document(doc)
    corpus.reconcile(doc, tables)
