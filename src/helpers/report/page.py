"""Reviewer HTML: self-contained pages with a table of contents and a provenance footer.

Everything that reaches a page from the inputs is escaped here or in ``show``; the
pages load nothing from the network, and the same notebook gives the same bytes.
"""

from __future__ import annotations

import copy
import html
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path

TEMPLATES = Path(str(resources.files(__package__) / "templates"))
_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")
_HEADING = re.compile(r'<h([23]) id="([^"]+)">(.*?)</h\1>', re.S)
_TAG = re.compile(r"<[^>]+>")
HIDDEN_TAGS = {"parameters", "injected-parameters"}


def _with_font(page: str) -> str:
    from .webfont import font_face

    return page.replace("/*shishi-font*/", font_face(page), 1)


def asset(name: str) -> str:
    return (TEMPLATES / "shishi" / name).read_text(encoding="utf-8")


def normalize(nb):
    """A copy of an executed notebook with every run-dependent field made stable."""
    nb = copy.deepcopy(nb)
    for key in ("papermill", "widgets"):
        nb.metadata.pop(key, None)
    kept = []
    for i, cell in enumerate(nb.cells):
        tags = set(cell.metadata.get("tags", []))
        if tags & HIDDEN_TAGS:
            continue
        cell.id = f"cell-{i}"
        for key in ("papermill", "execution", "collapsed", "scrolled", "ExecuteTime"):
            cell.metadata.pop(key, None)
        for out in cell.get("outputs", []):
            out.get("metadata", {}).pop("execution", None)
        kept.append(cell)
    nb.cells = kept
    return nb


@lru_cache(maxsize=1)
def _exporter():
    """One HTML exporter per process: building it loads and compiles the templates."""
    from nbconvert import HTMLExporter, TemplateExporter
    from nbconvert.filters.highlight import Highlight2HTML
    from nbconvert.filters.widgetsdatatypefilter import WidgetsDataTypeFilter

    class Exporter(HTMLExporter):
        """nbconvert's exporter without its closing BeautifulSoup pass over the whole page.

        That pass costs a third of the export time and only adds alt text and tabindex; our template
        gives each figure its title as alt text and ``show`` makes scrolling tables focusable.
        """

        def from_notebook_node(self, nb, resources=None, **kw):
            info = nb.metadata.get("language_info", {})
            lexer = info.get("pygments_lexer", info.get("name"))
            self.register_filter("highlight_code", Highlight2HTML(pygments_lexer=lexer, parent=self))
            resources = self._init_resources(resources)
            self.register_filter("filter_data_type",
                                 WidgetsDataTypeFilter(notebook_metadata=self._nb_metadata, parent=self, resources=resources))
            return TemplateExporter.from_notebook_node(self, nb, resources, **kw)

    exporter = Exporter(template_name="shishi", extra_template_basedirs=[str(TEMPLATES)])
    exporter.exclude_input_prompt = True
    exporter.exclude_output_prompt = True
    exporter.language_code = "zh"
    return exporter


def export(nb, title: str, provenance_html: str) -> str:
    """The reviewer page for an executed notebook."""
    nb = normalize(nb)
    nb.metadata["title"] = title
    body, _ = _exporter().from_notebook_node(nb, resources={"shishi_css": asset("shishi.css"), "shishi_js": asset("shishi.js")})
    body = body.replace("<!--shishi-toc-->", toc(body), 1)
    return _with_font(body.replace("<!--shishi-provenance-->", provenance_html, 1))


def toc(page: str) -> str:
    """A table of contents from the page's h2/h3 headings (their ids come from nbconvert)."""
    items = []
    for level, anchor, inner in _HEADING.findall(page):
        text = html.unescape(_TAG.sub("", inner)).replace("¶", "").strip()
        items.append(f'<li class="toc-h{level}"><a href="#{anchor}">{html.escape(text)}</a></li>')
    if not items:
        return ""
    return '<nav class="shishi-toc" aria-label="目录"><strong>目录 Contents</strong><ol>' + "".join(items) + "</ol></nav>"


def provenance(info: dict) -> str:
    """The footer: inputs with hashes, parameters as a table, versions, commit, snapshot date."""
    e = html.escape
    rows = "".join(f"<tr><td>{e(str(k))}</td><td><code>{e(_show(v))}</code></td></tr>" for k, v in info["parameters"].items())
    inputs = "".join(f"<tr><td>{e(i['path'])}</td><td><code>{e(i['sha256'])}</code></td></tr>" for i in info["inputs"])
    versions = ", ".join(f"{e(k)} {e(v)}" for k, v in info["versions"].items())
    return (
        '<footer class="shishi-provenance"><h2 id="provenance">来源与可复现性 Provenance</h2>'
        f"<p>数据快照日期 data snapshot: <strong>{e(info['snapshot'])}</strong> · "
        f"git commit: <code>{e(info['commit'])}</code> · notebook: <code>{e(info['notebook'])}</code></p>"
        f"<h3>参数 Parameters</h3><table>{rows}</table>"
        f"<h3>输入 Inputs (sha256)</h3><table>{inputs}</table>"
        f"<p>软件版本 versions: {versions}</p></footer>"
    )


def _show(value) -> str:
    if isinstance(value, str):
        return value
    return repr(value)


def page(title: str, body_html: str) -> str:
    """A standalone shishi page (index, error report) sharing the report style."""
    return _with_font(
        '<!DOCTYPE html>\n<html lang="zh">\n<head>\n<meta charset="utf-8" />\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1.0">\n'
        f"<title>{html.escape(title)}</title>\n<style>\n/*shishi-font*/\n{asset('shishi.css')}\n</style>\n</head>\n"
        f'<body class="shishi-page">\n<header class="shishi-header"><p class="shishi-kicker"><a href="index.html">shishi 实事</a></p>'
        f'<h1 class="shishi-title">{html.escape(title)}</h1></header>\n<main>\n{body_html}\n</main>\n'
        f"<script>\n{asset('shishi.js')}\n</script>\n</body>\n</html>\n"
    )


def error_page(title: str, failure: dict) -> str:
    """Which cell failed and why, for a notebook whose run raised."""
    e = html.escape
    body = (
        f'<p class="status-failed">运行失败 The run failed in cell {failure.get("cell", "?")}: '
        f"<code>{e(failure.get('ename', ''))}: {e(failure.get('evalue', ''))}</code></p>"
        f"<p>The last good report, if any, stays published as <a href=\"{e(failure['name'])}.html\">{e(failure['name'])}.html</a>. "
        f"The partly executed notebook is <a href=\"failed/{e(failure['name'])}.ipynb\">failed/{e(failure['name'])}.ipynb</a>.</p>"
        f"<h2>Cell source</h2><pre class=\"shishi-traceback\">{e(failure.get('source', ''))}</pre>"
        f"<h2>Traceback</h2><pre class=\"shishi-traceback\">{e(_ANSI.sub('', failure.get('traceback', '')))}</pre>"
    )
    return page(f"{title} — 运行失败 failed", body)
