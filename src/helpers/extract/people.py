"""Who the text has named so far, which later quotations lean on.

News names a speaker once (习近平总书记始终心系基层…) and then writes 总书记深情地表示, 他说, or leaves the subject
out (出席……会议时要求：“……”). ``People`` is that memory for one document: every person named, with the title
written with the name, the role the text gives, where, and whether they were saying something; quotation
finding asks it who a title, a pronoun or a missing subject stands for. Every question is answered by bisection
or within one paragraph, so a document of fifty megabytes costs no more per mention than a page.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from operator import itemgetter
import re

# How many paragraphs back a pronoun or a missing subject may reach (the paragraph itself and two before):
# further back the person is no longer the one the text is talking about.
RECENT_PARAGRAPHS = 2
SPEAKER_PARAGRAPHS = 5  # how far back a pronoun before a quotation may reach for the last person quoted, when no one since
FULL_NAME_MIN, FULL_NAME_MAX = 2, 3  # characters of a Chinese person's full name (surname and given name)
PART_NAME_PARAGRAPHS = 6  # how far back a foreign name of parts is met again by one part (格蕾丝·瓦姆布伊 … 瓦姆布伊说)
RECENT_NAMES = 20  # people a paragraph looks for by name alone (see People.recent_names)
RECENT_NAME_PARAGRAPHS = 20  # a feature comes back to the person it opened with (46岁的集卡司机刘德胜… 傍晚时分，刘德胜的集卡…)
# The longest title that stands alone for a person or that 这位 points back with (国家主席, 首席统计师, 首席经济学家): the
# endings of titles and roles are indexed up to it.
LONGEST_TITLE = 6


def _start(person: Person) -> int:
    return person.start


@dataclass(frozen=True)
class Person:
    name: str
    title: str = ""  # written with the name: 总书记 in 习近平总书记, 主任 in 天津市农业农村委主任沈欣
    role: str = ""  # the role the text gives: 天津市农业农村委主任
    start: int = 0  # where the mention starts in the document's view
    para: int = 0  # the paragraph it is in, as counted by ``People.open_paragraph``
    spoke: bool = False  # named as saying something (张莹认为，…; a quotation's speaker)


ANSWERER_POST = 5  # characters at the end of a title's answerer that name the post (新闻发言人, 有关负责人)


@dataclass
class People:
    """The people one document has named, in document order."""

    named: list[Person] = field(default_factory=list)
    para: int = -1  # the paragraph being read
    answerer: Person | None = None  # who answers a Q&A transcript's 答： turns (from its title or lead)
    designated: Person | None = None  # who a host handed the question to (请…回答), until the next question
    # the speaker and role of the last answer a label named (市商务局副局长吴佳答：…), whom a bare 答： after it goes on with
    answered: tuple[str, str] | None = None
    designated_para: int = -1  # the paragraph that handed it
    # whose quotation ended the previous paragraph, and whether it was left open to go on (GB/T 15834 multi-paragraph quotes)
    quoting: Person | None = None
    quoting_open: bool = False
    turn: tuple[str, str] | None = None  # the speaker and role of a transcript turn a label line opened (劉永富:)
    transcript: bool = False  # the text has two or more label lines: a transcript whose labels open turns
    listing: bool = False  # the paragraph before listed a news conference's speaker (发布人：…主任　周建华), whose list goes on
    played: dict[str, tuple[str, str]] = field(default_factory=dict)  # 主持人 → who a label named in that part, and their role
    _roles: dict[str, str] = field(default_factory=dict)  # name → the role first given
    _introduced: dict[str, int] = field(default_factory=dict)  # name → where that role was given
    _speakers: set[str] = field(default_factory=set)  # the names of those named as saying something
    _first: dict[str, int] = field(default_factory=dict)  # name → where it was first named
    _holders: dict[str, list[Person]] = field(default_factory=dict)  # an ending of a title or role → who holds it
    _speech_at: list[tuple[int, int]] = field(default_factory=list)  # (where, paragraph) of speech verbs outside quotations

    def open_paragraph(self) -> None:
        self.para += 1

    def note(self, name: str, start: int, title: str = "", role: str = "", spoke: bool = False) -> Person:
        """Remember a mention in the current paragraph; mentions may be noted out of order."""
        person = Person(name, title, role, start, self.para, spoke)
        bisect.insort(self.named, person, key=_start)
        self._first[name] = min(start, self._first.get(name, start))
        if role:
            self._roles.setdefault(name, role)
            self._introduced.setdefault(name, start)
        if spoke:
            self._speakers.add(name)
        for ending in {text[-k:] for text in (title, role) for k in range(2, LONGEST_TITLE + 1) if len(text) >= k}:
            bisect.insort(self._holders.setdefault(ending, []), person, key=_start)
        return person

    def last(self, before: int) -> Person | None:
        """The person last named before ``before`` in the recent paragraphs: whom 他 or a missing subject means."""
        at = bisect.bisect_left(self.named, before, key=_start)
        person = self.named[at - 1] if at else None
        return person if person is not None and person.para >= self.para - RECENT_PARAGRAPHS else None

    def spoke_at(self, positions: list[int]) -> None:
        """Remember where the current paragraph has someone speak outside its quotations (介绍, 表示, 说), named or not."""
        self._speech_at += [(at, self.para) for at in positions]

    def last_speaker(self, before: int) -> Person | None:
        """The person last named before ``before``, where they were named as saying something within the last few
        paragraphs (SPEAKER_PARAGRAPHS) and nobody was named or spoke in a later paragraph, by name or not (企业技术总监
        介绍): whom a quotation's 她介绍 means after paragraphs of figures (…”贺晓岚说。[two paragraphs of prices] “……”她介绍).
        Speech in the person's own paragraph is taken for theirs (贺晓岚在接受记者采访时表示)."""
        at = bisect.bisect_left(self.named, before, key=_start)
        person = self.named[at - 1] if at else None
        if person is None or person.name not in self._speakers or person.para < self.para - SPEAKER_PARAGRAPHS:
            return None
        since = bisect.bisect_right(self._speech_at, person.start, key=itemgetter(0))
        return person if all(para == person.para for at, para in self._speech_at[since:] if at < before) else None

    def titled(self, title: str, before: int) -> Person | None:
        """The person last named with ``title`` (or a role ending in it) before ``before``: whom 总书记 alone means; not
        one named with another post the title ends (副市长李卫东 is no 市长 that “……”市长强调 means)."""
        holders = self._holders.get(title, [])
        ranked = tuple(r + title for r in RANK_MARKS)
        at = bisect.bisect_left(holders, before, key=_start)
        return next((p for p in reversed(holders[:at]) if not (p.role or p.title).endswith(ranked)), None)

    def sole_holder(self, title: str, before: int, rank: str = "") -> Person | None:
        """The one person named with ``title`` (or a role ending in it, not a deputy's or a chief's: 副司长, 总书记) before
        ``before``, or with ``rank`` before it (这位副司长: a 副司长's); None when nobody or several people were (村党支部
        书记马长林 and 县委书记李国华: 这位书记 points at neither for sure), unless one of them is the person last named, as
        saying something in the same paragraph (公路局副局长孙立新, 水运局副局长韩雪 … 韩雪介绍，…。这位副局长表示: the one
        who was just speaking; not 县委书记李国华到村里调研…“……”这位书记说, a visitor)."""
        holders = self.holders(title, before, rank)
        if len({p.name for p in holders}) == 1:
            return holders[-1]
        last = self.last(before)
        spoke = last is not None and last.para == self.para and (last.spoke or self.spoke(last.name))
        return next((p for p in reversed(holders) if spoke and p.name == last.name), None)

    def holders(self, title: str, before: int, rank: str = "") -> list[Person]:
        """Everyone named with ``title`` before ``before`` (not a deputy's or a chief's post it ends), or with ``rank``
        before it, in order."""
        holders = self._holders.get(title, [])[: bisect.bisect_left(self._holders.get(title, []), before, key=_start)]
        ranked = tuple(r + title for r in RANK_MARKS)  # 副司长, 总书记: another post, whose holder 这位司长 is not
        return [p for p in holders if (p.role or p.title).endswith(rank + title)] if rank \
            else [p for p in holders if not (p.role or p.title).endswith(ranked)]

    def first_in(self, lo: int, hi: int) -> Person | None:
        """The first person named in ``[lo, hi)``: whom a clause is about when nothing heads it."""
        at = bisect.bisect_left(self.named, lo, key=_start)
        return self.named[at] if at < len(self.named) and self.named[at].start < hi else None

    def named_here(self) -> list[Person]:
        """The mentions noted in the paragraph being read."""
        here = []
        for person in reversed(self.named):
            if person.para != self.para:
                break
            here.append(person)
        return here

    def recent_names(self, spoke: bool = False) -> list[str]:
        """The names, given with a title or role (or, with ``spoke``, given with none by someone who spoke: 蒂妮说：), of
        the people last named (at most ``RECENT_NAMES``, within ``RECENT_NAME_PARAGRAPHS``): whom a text names again by
        name alone. Bounded, so a long text with thousands of names costs no more per paragraph than a short one."""
        names: list[str] = []
        for person in reversed(self.named):
            if person.para < self.para - RECENT_NAME_PARAGRAPHS or len(names) >= RECENT_NAMES:
                break
            wanted = person.spoke and not self._roles.get(person.name) if spoke else person.role or person.title
            if wanted and person.name not in names:
                names.append(person.name)
        return names

    def spoke(self, name: str) -> bool:
        """Whether ``name`` was named as saying something before."""
        return name in self._speakers

    def full_name(self, name: str, dots: str, before: int) -> str:
        """The foreign name of parts the text gave someone in the paragraphs before ``before`` and now calls by one
        part (宋萨·坎塔冯 … 宋萨说), else ``name``: not a namesake named after the mention (…穆罕默德说。他的合伙人穆罕默德·法鲁克)."""
        if any(dot in name for dot in dots):
            return name
        split = re.compile(f"[{re.escape(dots)}]")
        for k in range(bisect.bisect_left(self.named, before, key=_start) - 1, -1, -1):  # back to the recent paragraphs only
            person = self.named[k]
            if person.para < self.para - PART_NAME_PARAGRAPHS:
                break
            if person.name != name and name in split.split(person.name):
                return person.name
        return name

    def by_surname(self, surname: str, title: str, before: int) -> Person | None:
        """The person the text last named in full with ``surname`` before ``before`` (in the recent names' paragraphs)
        who holds ``title``, whom a surname and that post title stand for (黄局长 → 县统计局局长黄立民); None where nobody or
        more than one person fits."""
        fits: set[str] = set()
        people: list[Person] = []
        for person in reversed(self.named[: bisect.bisect_left(self.named, before, key=_start)]):
            if person.para < self.para - RECENT_NAME_PARAGRAPHS:
                break
            full = person.name.startswith(surname) and FULL_NAME_MIN <= len(person.name) <= FULL_NAME_MAX
            if full and title in person.title + (self._roles.get(person.name) or person.role):
                fits.add(person.name)
                people.append(person)
        return people[0] if len(fits) == 1 else None

    def named_before(self, name: str, before: int) -> bool:
        """Whether the text named ``name`` before ``before``."""
        return self._first.get(name, before) < before

    def role_of(self, name: str) -> str:
        """The role the text gave ``name`` where it first gave one (人社部副部长李忠 … 李忠表示)."""
        return self._roles.get(name, "")

    def introduced(self, name: str) -> int | None:
        """Where the text first gave ``name`` a role (合浦义家人食品有限公司车间里…，副总经理刘莉莉), or None."""
        return self._introduced.get(name)

    def question_asked(self) -> None:
        """A journalist's question opens in the current paragraph: a host's hand-over made before it is spent, unless the
        host made it right before the question, for it (主持人：下面请市财政局局长李红回答。|红网记者问：…)."""
        if self.designated_para < self.para - 1:
            self.designated = None

    def answering(self, before: int) -> Person | None:
        """Who answers a transcript's 答： turns before ``before``: the answerer its title or lead named, by name once the
        text has named someone in the role that a title gave alone (国家统计局新闻发言人就…答记者问 … 国家统计局新闻发言人、
        国民经济综合统计司司长付凌晖介绍…): the role is the person's."""
        if self.designated is not None:
            return self.designated
        answerer = self.answerer
        if answerer is None or answerer.name != answerer.role:
            return answerer
        at = bisect.bisect_left(self.named, before, key=_start)
        post = answerer.role[-ANSWERER_POST:]  # 新闻发言人 of 国家统计局新闻发言人: the lead may leave out the body
        return next((p for p in reversed(self.named[:at]) if p.name != p.role and (answerer.role in p.role or post in p.role)),
                    answerer)

    def speaking(self, before: int) -> Person | None:
        """Who was last saying something in the current paragraph before ``before``: a quotation that follows
        their reported words (张莹认为，…。“……”) is theirs too."""
        at = bisect.bisect_left(self.named, before, key=_start) - 1
        while at >= 0 and self.named[at].para == self.para:
            if self.named[at].spoke:
                return self.named[at]
            at -= 1
        return None


RANK_MARKS = ("副", "总")  # before a title, another post (副司长, 总书记, 总经理 of 经理)
