"""Quotations and who said them: “……”X说, X说：“……”, transcript turns (李超：……), and a role written before the name."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..codebook import yaml_book

_PUNCT = re.compile(r"[，。！？!?…]")
_COLLOQUIAL = re.compile(r"我|咱|你们|了$|吗$|呢$|吧$|啊$")


def _speechy(content: str) -> bool:
    """Sounds like someone talking, not a campaign name in quotation marks (“我为群众办实事”)."""
    return bool(_PUNCT.search(content)) or (len(content) >= 10 and bool(_COLLOQUIAL.search(content)))


@dataclass
class Quote:
    start: int
    end: int
    quote: str
    speaker: str
    role: str


@lru_cache(maxsize=1)
def _cues():
    p = yaml_book(__package__, "people.yml")
    surnames = set(p["surnames"])
    compound = tuple(p["compound_surnames"])
    titles = "|".join(p["titles"])
    verbs = sorted(p["speech_verbs"], key=len, reverse=True)
    verb_re = re.compile("|".join(re.escape(v) for v in verbs))
    # a form of address makes any one character before it a surname (裘先生), bar a few function words
    titled = re.compile(rf"(?:{'|'.join(compound)}|[^\W\d的位名个老这那该此每_a-zA-Z])(?:{titles})")
    spokes = ("负责人", "发言人", "新闻发言人", "专家", "有关人士", "工作人员")
    return surnames, compound, verb_re, titled, spokes


@lru_cache(maxsize=1)
def _post_titles() -> tuple[str, ...]:
    return tuple(sorted(yaml_book(__package__, "people.yml")["post_titles"], key=len, reverse=True))


_UNNAMED = re.compile(r"(?:一位|一名|有位|这位|那位|该|一个)?(?P<who>[\u4e00-\u9fff]{2,10}?)(?:这样|如是|如此|笑着|激动地|感慨地|动情地)?$")


@lru_cache(maxsize=1)
def _role_words() -> tuple[str, ...]:
    classes = yaml_book(__package__, "people.yml")["role_classes"]
    return tuple(w for words in classes.values() for w in words if len(w) >= 2)


def _unnamed(text: str) -> str:
    """An unnamed speaker described by role (一位基层干部这样说): the role, or "" when it is no role."""
    tail = re.split(r"[，。；：、“”]", text)[-1]
    m = _UNNAMED.search(tail)
    return m.group("who") if m and m.group("who").endswith(_role_words()) else ""


def _speaker_before(text: str, pos: int) -> tuple[int, str, str] | None:
    """A name ending at ``pos``, or a name followed by a title (习近平总书记): start, name, title."""
    for title in _post_titles():
        if text.endswith(title, 0, pos):
            hit = _name_before(text, pos - len(title))
            if hit:
                return hit[0], hit[1], title
    hit = _name_before(text, pos)
    return (hit[0], hit[1], "") if hit else None


def _name_before(text: str, pos: int) -> tuple[int, str] | None:
    """A person name ending at ``pos``: surname + title, or surname + one or two given-name characters."""
    surnames, compound, _, titled, _ = _cues()
    for m in titled.finditer(text, max(0, pos - 5), pos):
        if m.end() == pos:
            return m.start(), m.group()
    for length in (3, 2, 4):
        s = pos - length
        if s < 0:
            continue
        cand = text[s:pos]
        if not all("\u4e00" <= c <= "\u9fff" for c in cand):
            continue
        if length == 4 and cand[:2] in compound:
            return s, cand
        if length in (2, 3) and cand[0] in surnames:
            return s, cand
    return None


def _role(text: str, lo: int, name_start: int) -> str:
    role = text[lo:name_start].strip("，,、 ”“")
    role = re.split(r"[，,；;]", role)[-1]
    return role.removesuffix("的").strip()


_TURN = re.compile(r"[ \u3000]*(?P<who>[\u4e00-\u9fff·]{2,20})[：:](?![“「\s])")
_ASKER = ("记者", "主持人")
_NOT_A_PERSON = tuple("省市县区州盟旗镇乡村局部委厅办院校")


def turn(view: str, start: int, end: int) -> Quote | None:
    """A transcript turn (李超：今年以来…; 新华社记者：…): the whole paragraph after the colon is the speaker's."""
    m = _TURN.match(view, start, end)
    if m is None or end - m.end() < 8:
        return None
    who = m.group("who")
    if who.endswith(_NOT_A_PERSON):  # 安吉县：一片叶子… is a headline, not a turn
        return None
    if who.endswith(_ASKER):
        speaker, role = who, who
    else:
        hit = _name_before(who, len(who))
        if hit is None:
            return None
        speaker, role = hit[1], who[: hit[0]] or _earlier_role(view, hit[1], start)
    content_end = len(view[m.end() : end].rstrip()) + m.end()
    return Quote(m.end(), content_end, view[m.end() : content_end], speaker, role)


def find(view: str, start: int, end: int, sentence_end) -> list[Quote]:
    """Quotations in ``view[start:end]``; ``sentence_end(pos)`` gives the end of the sentence at pos."""
    _, _, verb_re, titled, _ = _cues()
    out = []
    for m in re.finditer(r"[“「]([^“”「」]{2,400})[”」]", view[start:end]):
        qs, qe = start + m.start(1), start + m.end(1)
        content = m.group(1)
        if len(content) < 6 or not _speechy(content) and len(content) < 12:
            continue  # “税务驿站”, “灵魂砍价”: terms in quotation marks, not speech
        speaker = role = ""
        stop = sentence_end(qe)
        after = view[qe + 1 : stop]
        for v in verb_re.finditer(after):
            hit = _speaker_before(after, v.start())
            if hit:
                speaker = hit[1]
                role = _role(after, 0, hit[0]) + hit[2]
                break
        if not speaker:
            v = verb_re.search(after)
            if v is not None:
                speaker = role = _unnamed(after[: v.start()])
        if not speaker:
            t = titled.match(after.lstrip("，,"))
            if t:
                speaker = t.group()
                rest = after.lstrip("，,")[t.end():]
                role = re.split(r"[，。；]", rest)[0].removeprefix("在") if rest else ""
                role = ("在" + role) if rest.startswith("在") else role
        if not speaker:
            before = view[start : qs - 1].rstrip("：:，, ")
            v = next(reversed(list(verb_re.finditer(before))), None)
            if v is not None and v.end() == len(before):
                hit = _speaker_before(before, v.start())
                lo = max(before.rfind("，", 0, v.start()), before.rfind("。", 0, v.start())) + 1
                if hit:
                    speaker = hit[1]
                    role = _role(before, lo, hit[0]) + hit[2]
                elif before[lo : v.start()].endswith(_cues()[4]):
                    speaker = role = before[lo : v.start()]  # 国家医保局有关负责人表示：“……”
                else:
                    speaker = role = _unnamed(before[lo : v.start()])  # 一位村民说：“……”
        if speaker and not role:
            role = _earlier_role(view, speaker, qs)
        if speaker or _speechy(content):
            out.append(Quote(qs, qe, content, speaker, role))
    return out


def _earlier_role(view: str, speaker: str, before: int) -> str:
    """The role written before the speaker's name where the text first introduced them (人社部副部长李忠)."""
    at = view.find(speaker, 0, before)
    if at <= 0:
        return ""
    lo = max(view.rfind(c, 0, at) for c in "，。；：“”\n\u3000") + 1
    role = view[lo:at].strip()
    return role if 2 <= len(role) <= 30 else ""
