"""A group's unit in a place, named by the group, the place and the unit's kind (中国石油新疆油田, 中国银行贵州省分行,
工商银行深圳分行): a body of its own, of the group's type, that the text then names by its place and kind alone
(新疆油田 for the rest of a 新华社 item on its 70 years).

State-owned groups name their regional units so (中国石油天然气股份有限公司新疆油田分公司, 中国银行股份有限公司贵州省
分行; 企业名称登记管理规定 2020, 第十五条: a branch's name is its company's name and the branch's own), and news drops
the legal forms. The kinds of unit are listed in ``org_names.yml: group_units``.
"""

from __future__ import annotations

from functools import lru_cache

from ..codebook import yaml_book
from .lexicon import claim_words
from .tokens import stands_apart

GROUP_TYPES = ("soe", "financial_soe", "company")  # a registered group whose units a text may name


@lru_cache(maxsize=1)
def unit_words() -> tuple[str, ...]:
    """The kinds of a group's regional unit, longest first (油气田 before 油田)."""
    return tuple(sorted(yaml_book(__package__, "org_names.yml")["group_units"], key=len, reverse=True))


def find(view: str, end: int, registered: list, places: list) -> list[tuple[int, int, str, str, str]]:
    """(start, end, name, type, level) of each unit a registered group's name, a place right after it and a unit's
    kind name (its name: the group's canonical name and the place and kind), and of each later mention of the unit by
    its place and kind (新疆油田) that jieba reads apart, not after 的 (建设银行的深圳分行 is another bank's) nor inside
    another unit's name (建设银行深圳分行: its own unit, the longer name)."""
    place_at = {}
    for p in places:
        if p.start not in place_at or p.end > place_at[p.start].end:
            place_at[p.start] = p
    out, tails = [], {}
    for o in registered:
        p = place_at.get(o.end)
        if o.type not in GROUP_TYPES or p is None:
            continue
        unit = next((u for u in unit_words() if view.startswith(u, p.end)), None)
        if unit is None:
            continue
        stop = p.end + len(unit)
        name = o.name + view[p.start : stop]
        out.append((o.start, stop, name, o.type, p.level))  # the unit's level is its place's, not the group's
        tails.setdefault(view[p.start : stop], (stop, name, o.type, p.level))
    groups_end, attributive = {o.end for o in registered}, claim_words().attributive
    for tail, (after, name, typ, level) in tails.items():  # each tail searched once
        at = view.find(tail, after, end)
        while at >= 0:
            if view[at - 1] != attributive and at not in groups_end and stands_apart(view, at, at + len(tail)):
                out.append((at, at + len(tail), name, typ, level))
            at = view.find(tail, at + len(tail), end)
    return out

