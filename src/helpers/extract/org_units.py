"""A group's unit in a place, named by the group, the place and the unit's kind (中国石油新疆油田, 中国银行贵州省分行,
工商银行深圳分行): a body of its own, of the group's type, that the text then names by its place and kind alone
(新疆油田 for the rest of a 新华社 item on its 70 years).

State-owned groups name their regional units so (中国石油天然气股份有限公司新疆油田分公司, 中国银行股份有限公司贵州省
分行; 企业名称登记管理规定 2020, 第十五条: a branch's name is its company's name and the branch's own), and news drops
the legal forms. The kinds of unit are listed in ``org_names.yml: group_units``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..codebook import yaml_book
from .lexicon import claim_words
from .org_local import PLACE_LEVEL_TO_ORG
from .places import CHINA
from .tokens import stands_apart, tagged

GROUP_TYPES = ("soe", "financial_soe", "company")  # a registered group whose units a text may name
# A branch's own name (a street, a township, a county's short name) before its kind (企业名称登记管理规定 第十五条: a
# branch is named by its company's name and its own): a few characters, none of them a function word that would make it
# a phrase about another body (建设银行的深圳分行, 工商银行和农业银行分行).
BRANCH = re.compile(r"([\u4e00-\u9fff]{1,6}?)(?:支行|分行|分公司)")
NOT_IN_BRANCH = "的和与及在向对从为是等、各每多所全"
# the group's own word before its place's unit (华为公司西安分公司), and the scopes a bank's units are counted by
# (城市分行, 县域支行, 农村支行, 基层网点), which name no one branch
NOT_BRANCH_WORDS = ("公司", "集团", "城市", "县域", "农村", "城区", "乡镇", "基层", "海外", "境外", "境内")
PROPER_TAGS = ("ns", "nr", "nz")  # jieba's place, person and proper names: a branch's own name right after its group
NOT_NAME_TAGS = ("v", "m", "r", "b", "s", "f", "d", "q")  # verbs, numerals, pronouns, distinctions, places words…


def _branch_name(run: str, after_place: bool) -> bool:
    """Whether ``run`` may be a branch's own name: no function word, count or scope (各分行, 多家分行, 省级分行, 海外
    分行, 中国银行贷款支持分行); right after the group, a proper name as jieba reads it (格尔木); after the group's
    place, any name that is no such word (北京|地安门)."""
    if any(c in NOT_IN_BRANCH for c in run) or any(w in run for w in NOT_BRANCH_WORDS):
        return False
    tags = [flag for _, flag in tagged(run)]
    if after_place:
        return not any(flag.startswith(NOT_NAME_TAGS) for flag in tags)
    return all(flag in PROPER_TAGS for flag in tags)



@lru_cache(maxsize=1)
def unit_words() -> tuple[str, ...]:
    """The kinds of a group's regional unit, longest first (油气田 before 油田)."""
    return tuple(sorted(yaml_book(__package__, "org_names.yml")["group_units"], key=len, reverse=True))


@lru_cache(maxsize=1)
def _unit_parents() -> frozenset[str]:
    """Registered bodies other than groups that name their regional units so (中国人民银行四川省分行)."""
    return frozenset(yaml_book(__package__, "org_names.yml")["unit_parents"])


@lru_cache(maxsize=1)
def _bank_endings() -> tuple[str, ...]:
    return tuple(yaml_book(__package__, "org_names.yml")["bank_endings"])


def of_full_names(view: str, found: list, places: list) -> list:
    """The bodies found, with a company named in full by its legal form (…有限公司, …股份有限公司) and then a place and a
    unit's kind (中铁国际多式联运有限公司|哈萨克斯坦|分公司, 中国工商银行股份有限公司|苏州|分行) read as its unit there: one body,
    of the company's type, at the place's level, as a registered group's unit is read (``find``)."""
    from .org_names import names  # the legal forms; names are read with the bodies in the package's order

    forms = names().legal_forms
    place_at = {p.start: p for p in places}
    taken = {o.start for o in found}
    out = []
    for o in found:
        p = place_at.get(o.end) if o.type in GROUP_TYPES and o.mention.endswith(forms) else None
        unit = next((u for u in unit_words() if view.startswith(u, p.end)), None) if p is not None else None
        if unit is not None and not any(o.end < s < p.end + len(unit) for s in taken):
            end = p.end + len(unit)
            o = replace(o, end=end, mention=view[o.start : end], name=o.name + view[o.end : end],
                        level=PLACE_LEVEL_TO_ORG.get(p.level, "") if p.country == CHINA else o.level)
        out.append(o)
    return out


def branches(view: str, found: list) -> list:
    """The bodies found, with each bank's or credit cooperative's branch named right after it by a proper name, as jieba
    reads it (崇义农商银行|思顺支行; not 旗下支行, 各支行), read as one body named by both, its type the bank's; a branch of
    the registry's groups is read already (``find``)."""
    out, taken = [], {o.start for o in found}
    for o in found:
        m = BRANCH.match(view, o.end) if o.type in GROUP_TYPES and o.name.endswith(_bank_endings()) else None
        if m is not None and _branch_name(m.group(1), after_place=False) and not any(o.end <= s < m.end() for s in taken):
            o = replace(o, end=m.end(), mention=view[o.start : m.end()], name=o.name + m.group())
        out.append(o)
    return out


@lru_cache(maxsize=1)
def _departments() -> tuple[re.Pattern, frozenset[str], frozenset[str]]:
    book = yaml_book(__package__, "org_names.yml")
    endings = "|".join(sorted(book["department_endings"], key=len, reverse=True))
    return (re.compile(rf"([\u4e00-\u9fff]{{{DEPARTMENT_NAME[0]},{DEPARTMENT_NAME[1]}}}?)(?:{endings})"),
            frozenset(book["department_parents"]), frozenset(book["department_not_words"]))


DEPARTMENT_NAME = (2, 8)  # characters of a department's own name before its ending (金融科技|部, 人工智能实验|室)
OWN_FORMS = ("公司", "集团")  # the rest of the body's own name (小米|集团…), no department's; but 工商银行|公司金融业务部
DEPARTMENT_TAGS = ("n", "vn", "j", "nz", "eng")  # jieba's nouns and names: what a department's name is made of (金融|科技部)


def departments(view: str, registered: list) -> list[tuple[int, int, str, str, str]]:
    """(start, end, name, type, level) of each department, lab or institute a registered company or university names right
    after its own name (工商银行金融科技部副总经理…, 同济大学结构理论研究所): a noun phrase ending in a unit's word, that
    jieba ends a word with and that holds no verb or function word (中国银行联合科技部, 工商银行和科技部 are two bodies)."""
    pattern, parents, not_units = _departments()
    out = []
    for o in registered:
        if o.type not in parents:
            continue
        m = pattern.match(view, o.end)
        form = next((f for f in OWN_FORMS if m.group(1).startswith(f)), "") if m is not None else ""
        if m is None or any(c in NOT_IN_BRANCH for c in m.group(1)) or form and (o.name.endswith(form) or o.mention + form in o.name) \
                or not stands_apart(view, o.end, m.end()):
            continue  # 小米|集团…, 阿里巴巴|集团总部: the rest of the company's own name
        words = tagged(m.group())
        if not words[-1][0].endswith(tuple(not_units)) and all(flag.startswith(DEPARTMENT_TAGS) for _, flag in words):
            out.append((o.start, m.end(), o.name + m.group(), o.type, o.level))
    return out


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
        if o.type not in GROUP_TYPES and o.name not in _unit_parents():
            continue
        p = place_at.get(o.end)
        unit = next((u for u in unit_words() if view.startswith(u, p.end)), None) if p is not None else None
        if unit is not None:
            stop = p.end + len(unit)
        else:  # a branch named by its own name, after the place or right after the group (格尔木支行, 北京地安门支行)
            branch = BRANCH.match(view, p.end if p is not None else o.end)
            if branch is None or not _branch_name(branch.group(1), after_place=p is not None):
                continue
            stop = branch.end()
        begin = p.start if p is not None else o.end
        name = o.name + view[begin:stop]
        level = PLACE_LEVEL_TO_ORG.get(p.level, "") if p is not None else ""
        out.append((o.start, stop, name, o.type, level))  # the unit's level is its place's, not the group's
        tails.setdefault(view[begin:stop], (stop, name, o.type, level))
    groups_end, attributive = {o.end for o in registered}, claim_words().attributive
    for tail, (after, name, typ, level) in tails.items():  # each tail searched once
        at = view.find(tail, after, end)
        while at >= 0:
            if view[at - 1] != attributive and at not in groups_end and stands_apart(view, at, at + len(tail)):
                out.append((at, at + len(tail), name, typ, level))
            at = view.find(tail, at + len(tail), end)
    return out

