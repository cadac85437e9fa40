"""Who the text has named so far, which later quotations lean on.

News names a speaker once (习近平总书记始终心系基层…) and then writes 总书记深情地表示, 他说, or leaves the subject
out (出席……会议时要求：“……”). ``People`` is that memory for one document: every person named, with the title
written with the name, the role the text gives, where, and whether they were saying something; quotation
finding asks it who a title, a pronoun or a missing subject stands for.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

# How many paragraphs back a pronoun or a missing subject may reach (the paragraph itself and two before):
# further back the person is no longer the one the text is talking about.
RECENT_PARAGRAPHS = 2


@dataclass(frozen=True)
class Person:
    name: str
    title: str = ""  # written with the name: 总书记 in 习近平总书记, 主任 in 天津市农业农村委主任沈欣
    role: str = ""  # the role the text gives: 天津市农业农村委主任
    start: int = 0  # where the mention starts in the document's view
    para: int = 0  # the paragraph it is in, as counted by ``People.open_paragraph``
    spoke: bool = False  # named as saying something (张莹认为，…; a quotation's speaker)


@dataclass
class People:
    """The people one document has named, in document order."""

    named: list[Person] = field(default_factory=list)
    para: int = -1  # the paragraph being read
    answerer: Person | None = None  # who answers a Q&A transcript's 答： turns (from its title or lead)

    def open_paragraph(self) -> None:
        self.para += 1

    def note(self, name: str, start: int, title: str = "", role: str = "", spoke: bool = False) -> Person:
        """Remember a mention in the current paragraph; mentions may be noted out of order."""
        person = Person(name, title, role, start, self.para, spoke)
        bisect.insort(self.named, person, key=lambda p: p.start)
        return person

    def _before(self, before: int):
        """Mentions starting before ``before``, latest first."""
        return reversed(self.named[: bisect.bisect_left(self.named, before, key=lambda p: p.start)])

    def last(self, before: int) -> Person | None:
        """The person last named before ``before`` in the recent paragraphs: whom 他 or a missing subject means."""
        return next((p for p in self._before(before) if p.para >= self.para - RECENT_PARAGRAPHS), None)

    def titled(self, title: str, before: int) -> Person | None:
        """The person last named with ``title`` (or a role ending in it) before ``before``: whom 总书记 alone means."""
        return next((p for p in self._before(before) if p.title.endswith(title) or p.role.endswith(title)), None)

    def first_in(self, lo: int, hi: int) -> Person | None:
        """The first person named in ``[lo, hi)``: whom a clause is about when nothing heads it."""
        at = bisect.bisect_left(self.named, lo, key=lambda p: p.start)
        return self.named[at] if at < len(self.named) and self.named[at].start < hi else None

    def role_of(self, name: str) -> str:
        """The role the text gave ``name`` where it first gave one (人社部副部长李忠 … 李忠表示)."""
        return next((p.role for p in self.named if p.name == name and p.role), "")

    def speaking(self, before: int) -> Person | None:
        """Who was last saying something in the current paragraph before ``before``: a quotation that follows
        their reported words (张莹认为，…。“……”) is theirs too."""
        return next((p for p in self._before(before) if p.para == self.para and p.spoke), None)
