"""Quotations and who said them: “……”X说, X说：“……”, transcript turns (李超：……), and a role written before the name."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..codebook import alternation, longest_first, yaml_book

_PUNCT = re.compile(r"[，。！？!?…]")


def _speechy(content: str) -> bool:
    """Sounds like someone talking, not a campaign name in quotation marks (“我为群众办实事”)."""
    return bool(_PUNCT.search(content)) or (len(content) >= 10 and bool(cues().colloquial.search(content)))


@dataclass
class Quote:
    start: int
    end: int
    quote: str
    speaker: str
    role: str


@dataclass(frozen=True)
class PeopleCues:
    """``people.yml``, typed: how texts name people, their titles and their speech."""

    surnames: frozenset[str]
    compound: tuple[str, ...]
    speech_verbs: re.Pattern
    titled: re.Pattern  # a surname (or any one character) and a form of address: 张女士, 裘先生
    post_titles: tuple[str, ...]  # 习近平总书记: titles written after a name
    spokespeople: tuple[str, ...]
    unnamed: re.Pattern
    role_words: tuple[str, ...]
    colloquial: re.Pattern
    askers: tuple[str, ...]
    not_a_person: tuple[str, ...]
    attributive: str
    adverbs: re.Pattern  # adverbs ending at a speech verb (不禁, 深情地)


@lru_cache(maxsize=1)
def cues() -> PeopleCues:
    p = yaml_book(__package__, "people.yml")
    compound = tuple(p["compound_surnames"])
    # a form of address makes any one character before it a surname (裘先生), bar a few function words
    titled = re.compile(rf"(?:{alternation(compound)}|[^\W\d{''.join(p['not_surnames'])}_a-zA-Z])(?:{alternation(p['titles'])})")
    unnamed = re.compile(rf"(?:{alternation(p['unnamed_determiners'])})?(?P<who>[\u4e00-\u9fff]{{2,10}}?)(?:{alternation(p['manner_words'])})?$")
    colloquial = re.compile("|".join([alternation(p["colloquial"])] + [f"{re.escape(w)}$" for w in p["colloquial_endings"]]))
    return PeopleCues(
        surnames=frozenset(p["surnames"]), compound=compound, speech_verbs=re.compile(alternation(p["speech_verbs"])),
        titled=titled, post_titles=longest_first(p["post_titles"]), spokespeople=tuple(p["spokespeople"]), unnamed=unnamed,
        role_words=tuple(w for words in p["role_classes"].values() for w in words if len(w) >= 2), colloquial=colloquial,
        askers=tuple(p["askers"]), not_a_person=tuple(p["not_a_person_endings"]), attributive=p["attributive"],
        adverbs=re.compile(rf"(?:{alternation(p['speech_adverbs'])}|[\u4e00-\u9fff]{{1,2}}地)+$"))


def _unnamed(text: str) -> str:
    """An unnamed speaker described by role (一位基层干部这样说): the role, or "" when it is no role."""
    tail = re.split(r"[，。；：、“”]", text)[-1]
    m = cues().unnamed.search(tail)
    return m.group("who") if m and m.group("who").endswith(cues().role_words) else ""


def _speaker_before(text: str, pos: int) -> tuple[int, str, str] | None:
    """A name ending at ``pos``, or a name followed by a title (习近平总书记): start, name, title.

    Adverbs between the name and the verb at ``pos`` are passed over (裘先生不禁感叹).
    """
    hit = _named_before(text, pos)
    adverbs = cues().adverbs.search(text, max(0, pos - 8), pos)
    if hit is None and adverbs is not None:
        hit = _named_before(text, adverbs.start())
    return hit


def _named_before(text: str, pos: int) -> tuple[int, str, str] | None:
    for title in cues().post_titles:
        if text.endswith(title, 0, pos):
            hit = _name_before(text, pos - len(title))
            if hit:
                return hit[0], hit[1], title
    hit = _name_before(text, pos)
    return (hit[0], hit[1], "") if hit else None


def _name_before(text: str, pos: int) -> tuple[int, str] | None:
    """A person name ending at ``pos``: surname + title, or surname + one or two given-name characters."""
    c = cues()
    surnames, compound, titled = c.surnames, c.compound, c.titled
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
    return role.removesuffix(cues().attributive).strip()


_TURN = re.compile(r"[ \u3000]*(?P<who>[\u4e00-\u9fff·]{2,20})[：:](?![“「\s])")


def turn(view: str, start: int, end: int) -> Quote | None:
    """A transcript turn (李超：今年以来…; 新华社记者：…): the whole paragraph after the colon is the speaker's."""
    m = _TURN.match(view, start, end)
    if m is None or end - m.end() < 8:
        return None
    who = m.group("who")
    if who.endswith(cues().not_a_person):  # 安吉县：一片叶子… is a headline, not a turn
        return None
    if who.endswith(cues().askers):
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
    verb_re, titled = cues().speech_verbs, cues().titled
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
                role = re.split(r"[，。；]", rest)[0] if rest else ""
        if not speaker:
            before = view[start : qs - 1].rstrip("：:，, ")
            v = next(reversed(list(verb_re.finditer(before))), None)
            if v is not None and v.end() == len(before):
                hit = _speaker_before(before, v.start())
                lo = max(before.rfind("，", 0, v.start()), before.rfind("。", 0, v.start())) + 1
                if hit:
                    speaker = hit[1]
                    role = _role(before, lo, hit[0]) + hit[2]
                elif before[lo : v.start()].endswith(cues().spokespeople):
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
