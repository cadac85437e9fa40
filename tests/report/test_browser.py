"""A real browser opens the reports offline: index -> report, table of contents, table filter, no script injection.

Uses Debian's chromium (installed by .ci/run) through Playwright; skips with a clear message where it is missing.
"""

from __future__ import annotations

import shutil

import pytest
import yaml

from support import ROOT, hostile_corpus
from helpers.report import runner

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (Debian package 'chromium'; .ci/run installs it)")]
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("browser")
    hostile_corpus(tmp / "corpus")
    notebooks = [ROOT / "notebooks" / "01_corpus_overview.ipynb", ROOT / "notebooks" / "03_quantitative_claims.ipynb"]
    cfg = {"corpus": "corpus", "facts": "facts", "output": "reports",
           "notebooks": [{"path": str(nb), "title": nb.stem} for nb in notebooks]}
    (tmp / "reports.yml").write_text(yaml.safe_dump(cfg), encoding="utf-8")
    assert runner.run(tmp / "reports.yml", jobs=2) == 0
    return tmp / "reports"


def test_index_report_toc_and_filter_offline(reports):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page()
        console_errors, requests, dialogs = [], [], []
        page.on("console", lambda m: console_errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: console_errors.append(str(e)))
        page.on("request", lambda r: requests.append(r.url))
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto((reports / "index.html").as_uri())
        assert "报告索引" in page.title()
        page.click("a[href='03_quantitative_claims.html']")
        page.wait_for_load_state("load")
        assert page.url.endswith("03_quantitative_claims.html")
        toc = page.locator("nav.shishi-toc a").first
        target = toc.get_attribute("href")
        toc.click()
        assert page.url.endswith(target)
        table = page.locator("div.shishi-table-wrap").first
        rows = table.locator("tbody tr")
        total = rows.count()
        assert total >= 10
        table.locator("input.shishi-filter").fill("约300亿元")
        visible = [i for i in range(total) if rows.nth(i).is_visible()]
        assert len(visible) == 1
        header = table.locator("thead th").nth(3)
        header.click()
        assert header.get_attribute("aria-sort") == "ascending"
        page.goto((reports / "01_corpus_overview.html").as_uri())
        assert page.locator("text=<script>alert(1)</script>").count() >= 1  # shown as text
        browser.close()
    assert not console_errors, console_errors
    assert not dialogs, dialogs  # no injected script ran
    assert all(u.startswith(("file://", "data:")) for u in requests), [u for u in requests if not u.startswith(("file://", "data:"))]


def test_summary_links_a_table_download_and_a_sentence_in_context(reports, tmp_path):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(accept_downloads=True)
        errors = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto((reports / "index.html").as_uri())
        links = page.locator("ol.shishi-summary a")
        assert links.count() >= 2
        target = links.nth(1).get_attribute("href")
        links.nth(1).click()
        page.wait_for_load_state("load")
        anchor = target.split("#")[1]
        assert page.url.endswith(target) and page.locator(f"#{anchor}").is_visible()
        page.goto((reports / "03_quantitative_claims.html").as_uri())
        ledger = page.locator('div.shishi-table-wrap[data-name="claims_ledger"]')
        with page.expect_download() as info:
            ledger.locator("button.shishi-download").click()
        download = info.value
        assert download.suggested_filename == "claims_ledger.csv"
        saved = tmp_path / "ledger.csv"
        download.save_as(saved)
        rows = saved.read_text(encoding="utf-8-sig").splitlines()
        assert rows[0].startswith("文档 document,出处 where,句子 sentence") and any("约300亿元" in r for r in rows[1:])
        assert len(rows) == ledger.locator("tbody tr").count() + 1
        link = ledger.locator("tbody tr a").first
        sentence = link.get_attribute("href")
        assert not page.locator(sentence).is_visible()  # folded away until asked for
        link.click()
        assert page.locator(sentence).is_visible() and page.locator("details.shishi-context").get_attribute("open") is not None
        browser.close()
    assert not errors, errors


def test_code_cells_name_the_page_cjk_font_before_any_generic_family(reports):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page()
        page.goto((reports / "03_quantitative_claims.html").as_uri())
        families = page.eval_on_selector(".jp-InputArea pre, .highlight pre", "e => getComputedStyle(e).fontFamily")
        browser.close()
    names = [f.strip().strip('"') for f in families.split(",")]
    assert "shishi-cjk" in names and names.index("shishi-cjk") < names.index("monospace"), families
