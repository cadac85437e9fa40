"""Page chrome in text copied from web pages: found, dropped, and accounted for.

A scraped page starts with toolbars (下载 打印 【字号：加大 还原 减小】), a breadcrumb (您的位置：首页 >
要闻) and publication details (来源：北京日报 时间：2026-02-02), and ends with share buttons and
related links. Read as text, these lines become the document's title and its first paragraphs.
They are dropped before structure and metadata are read: a dropped line belongs to no paragraph,
but its span is kept, so every character of the file is still either in a paragraph or in a
dropped span. Chrome is only looked for in the page's head (before the first line of prose) and
its tail (from the first related-links or editor line on), so the article itself is never touched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..codebook import alternation, yaml_book
from . import dates

_EDGE = " \t\u3000\u00a0:：>》"
HEAD_LINES = 40  # a page's head chrome fits in its first lines; a text with no prose is no page


@dataclass(frozen=True)
class PageLexicon:
    words: frozenset
    prefixes: tuple
    crumb_label: re.Pattern
    separators: frozenset
    label: re.Pattern  # 来源：北京日报, （来源：青海日报）, 时间：
    labels: re.Pattern  # every label of a line of several (来源:市统计局 发布日期:2022-06-22 10:02:24)
    credit_labels: frozenset
    credit_not_names: frozenset  # 来源：原创, 来源：本网: a credit that names nobody
    credit_site_words: tuple  # 来源：住房和城乡建设部网站: the body's website credits the body
    site_endings: tuple  # 浙江日报, 证券时报网: how a medium's name before its stamp ends
    site_names: frozenset  # 第一财经, 澎湃新闻: media whose names end otherwise
    statistics_organs: tuple  # 统计局, 调查总队: how a statistics organ's name before its stamp ends
    date_labels: frozenset
    tail_markers: frozenset
    tail_label: re.Pattern
    caption: re.Pattern
    edition: re.Pattern  # 《 人民日报 》（ 2024年07月16日　 第 07 版）


@lru_cache(maxsize=1)
def lexicon() -> PageLexicon:
    book = yaml_book(__package__, "pages.yml")
    labels = alternation(book["date_labels"] + book["info_labels"])
    return PageLexicon(
        words=frozenset(_key(w) for w in book["chrome_lines"]),
        prefixes=tuple(book["chrome_prefixes"]),
        crumb_label=re.compile(rf"^(?:{alternation(book['breadcrumb_labels'])})\s*[:：]"),
        separators=frozenset(book["breadcrumb_separators"]),
        label=re.compile(rf"^[（(【\[]?\s*(?P<label>{labels})\s*[:：]\s*(?P<value>[^（）()]*?)\s*[）)】\]]?$"),
        labels=re.compile(rf"(?P<label>{labels})\s*[:：]"),
        credit_labels=frozenset(book["credit_labels"]),
        credit_not_names=frozenset(book["credit_not_names"]), credit_site_words=tuple(book["credit_site_words"]),
        site_endings=tuple(book["site_endings"]), site_names=frozenset(book["site_names"]), statistics_organs=tuple(book["statistics_organs"]),
        date_labels=frozenset(book["date_labels"]),
        tail_markers=frozenset(book["tail_markers"]),
        tail_label=re.compile(rf"^(?:{alternation(book['tail_markers'])})\s*[:：]"),
        caption=re.compile(rf"(?:{alternation(book['photo_credit_cues'])})[\s\u3000]*[\u4e00-\u9fff·]{{2,5}}[\s\u3000]*摄影?[）)]?$"),
        edition=re.compile(book["edition_line"]),
    )


def _key(line: str) -> str:
    """The line without whitespace (str.split's whitespace is the regex's \\s) and edge punctuation."""
    return "".join(line.split()).strip(_EDGE) or line.strip()


@dataclass
class Chrome:
    dropped: list[tuple[int, int]] = field(default_factory=list)  # spans of dropped lines, in order
    published: str = ""  # ISO date of the page's publication stamp (时间：2026-02-02), "" when it has none
    credited: str = ""  # the body or medium the page credits with the article (来源：市统计局), "" when none
    organ: str = ""  # a statistics organ over the date alone under the headline (湖南省统计局　2025-10-24), credited last
    kept: dict[int, tuple[int, int]] = field(default_factory=dict)  # by line start: the credit kept of a dropped line


@dataclass
class _Line:
    start: int
    end: int
    text: str
    key: str


def _lines(text: str, skip: list[tuple[int, int]]) -> list[_Line]:
    """The text's lines that hold more than whitespace, stripped, with their spans."""
    out = []
    pos = 0
    for raw in text.replace("\r", "\n").split("\n"):  # the runs between line breaks: split in one step, not searched
        s, pos = pos, pos + len(raw) + 1
        stripped = raw.strip()
        if not stripped:
            continue
        s += len(raw) - len(raw.lstrip())
        e = s + len(stripped)
        if skip and any(a <= s and e <= b for a, b in skip):
            continue
        out.append(_Line(s, e, stripped, _key(stripped)))
    return out


def _prose(line: str, first: bool = False) -> bool:
    """The article has begun: a sentence, or a long clause that is not the text's first line (a news site's headline
    may run to two clauses: 安徽前三季度新增专项债发行超2000亿元，“自审自发”项目占比近三成)."""
    return "。" in line or (len(line) >= 30 and "，" in line and not first)


def _plain_chrome(line: _Line, lex: PageLexicon) -> bool:
    return (line.key in lex.words or line.text.startswith(lex.prefixes) or line.text in lex.separators
            or bool(lex.caption.search(line.text)) or bool(lex.label.match(line.text)) or _rule(line.text))


def _rule(text: str) -> bool:
    """A line that is one symbol repeated, a rule under a release's headline (＊＊＊＊＊＊, as 香港特区政府新闻公报 sets one;
    ——————): no word of the text."""
    key = "".join(text.split())
    return len(key) >= RULE_MIN and key[0] in RULE_CHARS and key == key[0] * len(key)


RULE_MIN = 3  # characters of such a rule
RULE_CHARS = "＊*—－-=＝~～·•━─_＿#＃"


def scan(text: str, skip: list[tuple[int, int]] | tuple = ()) -> Chrome:
    """The chrome lines of a page's text (lines inside ``skip`` spans are already gone).

    A text whose head has none of the page's own furniture (toolbar words, breadcrumbs, publication
    labels or stamps) is no scraped page, and keeps every line of its head.
    """
    lex = lexicon()
    lines = _lines(text, list(skip))
    head = next((i for i, ln in enumerate(lines[:HEAD_LINES]) if _prose(ln.text, i == 0) and not lex.caption.search(ln.text)),
                min(len(lines), HEAD_LINES))
    out = Chrome()
    drop: set[int] = set()
    if any((_plain_chrome(ln, lex) and len(ln.key) > 1) or lex.crumb_label.match(ln.text) or dates.stamp(ln.text)
           or _stamped_labels(ln.text, lex)[0] or _site_stamp(ln.text, lex) or lex.edition.match(ln.text) for ln in lines[:head]):  # 大 中 小 alone could be anything; 【字号 or 来源： is a page
        drop = _head(lines[:head], lex, out)
    end = next((j for j in range(head, len(lines)) if lines[j].key in lex.tail_markers or lex.tail_label.match(lines[j].text)),
               len(lines))
    drop.update(range(end, len(lines)))
    for line in lines[end : end + TAIL_CREDIT_LINES]:  # 责任编辑：…\n来源：…网站: the article's credit
        if line.text.startswith(RELATED):
            break  # 相关链接, 相关报道: other articles, with credits of their own
        out.credited = out.credited or _tail_credit(line.text, lex)
    while end > head and _plain_chrome(lines[end - 1], lex):
        end -= 1
        drop.add(end)
        out.credited = out.credited or _tail_credit(lines[end].text, lex)  # a release's last line: 来源:住房和城乡建设部网站
    out.credited = out.credited or out.organ
    out.dropped = [piece for i in sorted(drop) for piece in _dropped_around(lines[i], out.kept.get(lines[i].start))]
    return out


def _dropped_around(line: _Line, kept: tuple[int, int] | None) -> list[tuple[int, int]]:
    """A dropped line's spans: the whole line, or what stands around the part of it that is kept."""
    if kept is None:
        return [(line.start, line.end)]
    return [(a, b) for a, b in ((line.start, kept[0]), (kept[1], line.end)) if b > a]


def _head(lines: list[_Line], lex: PageLexicon, out: Chrome) -> set[int]:
    """Chrome in a page's head: furniture, breadcrumbs (with the items either side of each >), publication
    labels and stamps (their date is the page's), and lines repeating an earlier one (a banner)."""
    drop: set[int] = set()
    crumbs: set[str] = set()
    for i, line in enumerate(lines):  # breadcrumbs first: a separator takes the items on either side
        if line.text in lex.separators:
            for j in (i - 1, i, i + 1):
                if 0 <= j < len(lines):
                    drop.add(j)
                    crumbs.add(lines[j].key)
    seen: set[str] = set()
    kept: dict[int, tuple[int, int]] = {}
    for i, line in enumerate(lines):
        stamped, label = _stamped_labels(line.text, lex)
        if label:
            out.published = out.published or stamped
            site_name = _site(line.text, lex) if stamped else ""  # 第一财经　2025-10-14 19:46:12　作者：…: the site publishes it
            value = label.group("value")
            if not value and i + 1 < len(lines) and _is_value(lines[i + 1].text, label.group("label") in lex.date_labels, lex):
                drop.add(i + 1)
                value = lines[i + 1].text
            for name, value in _labelled(label.group("label"), value, lex):
                if name in lex.date_labels:
                    out.published = out.published or dates.parse(value)
                elif name in lex.credit_labels and _is_credit(value, lex):
                    out.credited = out.credited or _credited(value, lex)
                    if any(j not in drop for j in range(i)):  # under the headline: above it, the headline stays first
                        kept.setdefault(i, _credit_span(line, lex))
            out.credited = out.credited or site_name
            drop.add(i)
        elif edition := lex.edition.match(line.text):  # 《 人民日报 》（ 2024年07月16日　 第 07 版）: dates and credits
            out.published = out.published or dates.parse(edition.group("date"))  # the page, and stays as its byline
            out.credited = out.credited or edition.group("paper")  # (structure.is_byline), which names the paper
        elif published := dates.stamp(line.text) or _site_stamp(line.text, lex):
            out.published = out.published or published
            out.credited = out.credited or _site(line.text, lex)  # 浙江日报　2024-10-28 07:30:00: the paper, and its stamp
            out.organ = out.organ or _organ(line.text, lex)  # credited last: a 来源 label on the page names who published it
            drop.add(i)
        elif _plain_chrome(line, lex) or lex.crumb_label.match(line.text) or line.key in crumbs or line.key in seen:
            drop.add(i)
        if i not in drop:
            seen.add(line.key)
    out.kept = {lines[i].start: span for i, span in kept.items() if span[1] > span[0]}
    return drop


def _credit_span(line: _Line, lex: PageLexicon) -> tuple[int, int]:
    """Where a line's credit label and the name it credits stand (2025-10-22 20:16:08　|来源：新华网|): kept as the
    page's byline, so the body or medium it names is found with its span; the stamp and the widgets around it are not."""
    text = line.text
    label = next((m for m in lex.labels.finditer(text) if m.group("label") in lex.credit_labels), None)
    if label is None:
        return (0, 0)
    stops = [m.start() for m in lex.labels.finditer(text, label.end())] + [i for p in lex.prefixes if (i := text.find(p, label.end())) >= 0]
    gap = FIELD_GAP.search(text, label.end() + 1)
    end = min(stops + ([gap.start()] if gap else []), default=len(text))
    while end > label.end() and text[end - 1] in LABEL_MARKS:
        end -= 1
    if end == label.end():
        return (0, 0)  # 来源：| with the name on the next line: the label alone names no one
    return (line.start + label.start(), line.start + end)


def _stamped_labels(text: str, lex: PageLexicon) -> tuple[str, re.Match | None]:
    """A line's publication labels, and the ISO date of the stamp that opens it when one does, as news sites set
    them (2020-01-14 12:06:41　来源：新华社); ("", None) for a line of neither."""
    label = lex.label.match(text)
    first = None if label else lex.labels.search(text)
    if first is None:
        return "", label
    before = text[: first.start()]
    site = SITE_BEFORE_STAMP.match(before)  # 证券时报网　2025-03-29 08:47　来源：…: the site's name, then its stamp
    stamped = dates.stamp(before) or (dates.stamp(before[site.end() :]) if site else "")
    return (stamped, lex.label.match(text[first.start() :])) if stamped else ("", None)


SITE_BEFORE_STAMP = re.compile(r"[\u4e00-\u9fffA-Za-z·]{2,12}[ \u3000\t]+")  # a site's name and the gap before its stamp


def _site(text: str, lex: PageLexicon) -> str:
    """The medium a stamp line opens with (第一财经　2025-10-14 19:46:12…), by how a medium's name ends or by its name; ""
    for a channel's label (要闻, 国内新闻, 财经频道), a person's name or a line that opens with a label."""
    site = SITE_BEFORE_STAMP.match(text)
    name = site.group().strip() if site is not None and not lex.labels.match(text) else ""
    named = name.endswith(lex.site_endings) or name in lex.site_names
    return name if named and _is_credit(name, lex) else ""


def _organ(text: str, lex: PageLexicon) -> str:
    """The statistics organ a stamp line opens with (湖南省统计局　2025-10-24: its release on its own site, whose figures
    are its own), by how its name ends (pages.yml ``statistics_organs``); no medium's desk (湖南日报社经济部) or channel, and
    no other organ, whose page may carry others' news. "" for any other line."""
    site = SITE_BEFORE_STAMP.match(text)
    name = site.group().strip() if site is not None and not lex.labels.match(text) else ""
    ok = name.endswith(lex.statistics_organs) and len(name) > min(map(len, lex.statistics_organs)) \
        and not any(ending in name for ending in lex.site_endings)
    return name if ok and _is_credit(name, lex) else ""


def _site_stamp(text: str, lex: PageLexicon) -> str:
    """ISO date of a line that is a name and its stamp alone (浙江日报　2024-10-28 07:30:00, 国内新闻　2024-11-02 09:15:00:
    a medium's or a channel's), else ""."""
    site = SITE_BEFORE_STAMP.match(text)
    return dates.stamp(text[site.end() :]) if site is not None and not lex.labels.match(text) else ""


def _labelled(label: str, value: str, lex: PageLexicon) -> list[tuple[str, str]]:
    """The (label, value) pairs of a label's value that holds further labels, as page templates set them on one line
    (来源:市统计局 发布日期:2022-06-22 10:02:24 字体): each value runs to the next label, and the last to a toolbar
    on the same line (【字体：大 中 小】)."""
    furniture = min((i for i in (value.find(p) for p in lex.prefixes) if i >= 0), default=len(value))
    value = value[:furniture]  # 来源：安徽省教育厅　【字体：大 中 小】: the toolbar after the last label is no value
    pairs, at = [], 0
    for m in lex.labels.finditer(value):
        pairs.append((label, _field(value[at : m.start()])))
        label, at = m.group("label"), m.end()
    return pairs + [(label, _field(value[at:]))]


def _field(value: str) -> str:
    """A label's value up to the gap a template sets before the next field (信息来源：芜湖市统计局　　字体：【大 中 小】;
    来源：光明网-《光明日报》　2024-06-18: a date after one space); one space between two names (国家统计局　湖南调查总队)
    is no gap."""
    value = value.strip(LABEL_MARKS)
    gap = FIELD_GAP.search(value)
    return value[: gap.start()].strip(LABEL_MARKS) if gap else value


FIELD_GAP = re.compile(r"\s{2,}|\s(?=[0-9０-９【\[|｜丨])")  # between a line's fields: spaces, or one before a date or a widget
TAIL_CREDIT_LINES = 6  # lines after the article's end where a credit line may stand among the editor's and the buttons
RELATED = "相关"  # the tail markers that open links to other articles (相关链接, 相关报道, 相关阅读)
LABEL_MARKS = " \u3000【】[]|｜丨"  # spaces and the brackets a template sets each label in (【信息来源:【信息时间:…】)


def _tail_credit(text: str, lex: PageLexicon) -> str:
    """The body or medium a credit line at a page's end names (来源:住房和城乡建设部网站), "" for any other line."""
    label = lex.label.match(text)
    if label is None:
        return ""
    return next((_credited(value, lex) for name, value in _labelled(label.group("label"), label.group("value"), lex)
                 if name in lex.credit_labels and _is_credit(value, lex)), "")


def _credited(value: str, lex: PageLexicon) -> str:
    """A credit's name without the word for its website (住房和城乡建设部网站 → 住房和城乡建设部) or the site's channel
    after a dash (人民网－经济·科技频道 → 人民网); of two names with a space between, the first (江西省统计局　国家统计局
    江西调查总队: the bulletin's first publisher)."""
    value = value.split()[0]
    site = re.match(CHANNEL_DASH, value)
    value = site.group(1) if site else value
    site = next((w for w in lex.credit_site_words if value.endswith(w) and len(value) > len(w) + 1), "")
    return value[: len(value) - len(site)]


CHANNEL_DASH = "(.+?(?:网|报|台|客户端))[－-]"  # a site or paper before its channel (人民网－经济·科技频道, 央视网-新闻频道);
# not a name with a dash of its own (中国-东盟博览会秘书处)


def _is_credit(value: str, lex: PageLexicon) -> bool:
    """A credit line's value that names someone: not empty, not a widget's word (来源: 分享到:) or a word for the site
    itself (原创, 本网), not a web address."""
    names = value.split()  # one name, or a bulletin's two publishers (江西省统计局　国家统计局江西调查总队)
    if len(names) == 2 and not names[1].startswith(SECOND_PUBLISHERS):
        return False  # 国家统计局 湖南调查总队: one body written with a space; 本报记者 王晓东: a reporter
    return 1 <= len(names) <= 2 and all(
        2 <= len(name) <= CREDIT_MAX and _key(name) not in lex.words and name not in lex.credit_not_names
        and not any(c in "/.:：" for c in name) for name in names)


CREDIT_MAX = 20  # characters of a credited body's or medium's name
# How the second of two publishers opens: a national body's survey team or office in the province, which co-publishes
# the province's statistics bulletin with its 统计局 (国家统计局江西调查总队; 统计法 第二十七条, 国家调查队 as 派出机构)
SECOND_PUBLISHERS = ("国家",)


def _is_value(line: str, date: bool, lex: PageLexicon) -> bool:
    """The line after a bare label (来源： / 四川日报) holds its value."""
    if date:
        return bool(dates.parse(line))
    return len(line) <= 20 and not _prose(line) and not lex.label.match(line) and _key(line) not in lex.words
