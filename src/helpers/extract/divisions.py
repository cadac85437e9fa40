"""China's administrative divisions (GB/T 2260 codes), read from jionlp's bundled dictionary.

jionlp is maintained and ships the Ministry of Civil Affairs division list with short
names and towns; we read its data files directly (importing jionlp
itself prints a banner and loads far more than we need). The few names it gets wrong
(奎青区 for 葵青区) are corrected from ``codebooks/divisions.yml``.
"""

from __future__ import annotations

import importlib.util
import re
import zipfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..codebook import yaml_book

_UP_TO_TOWNS = re.compile(r"^\t{0,3}[^\t\n].*$", re.M)


@dataclass(frozen=True)
class Unit:
    name: str
    code: str
    short: str
    level: str
    province: str
    city: str
    county: str


def _dictionary_dir() -> Path:
    spec = importlib.util.find_spec("jionlp")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("jionlp is not installed; run `make setup`")
    return Path(spec.submodule_search_locations[0]) / "dictionary"


def source() -> str:
    from importlib.metadata import version

    return f"jionlp {version('jionlp')} dictionary/china_location.zip (民政部 行政区划代码)"


@dataclass
class Divisions:
    units: list[Unit]
    by_code: dict[str, Unit]
    towns: dict[str, frozenset]  # county code -> township names
    children: dict[str, list[Unit]]  # parent code -> units


@lru_cache(maxsize=1)
def load() -> Divisions:
    """Provinces, prefectures and counties with codes; townships by county (villages are skipped)."""
    raw = zipfile.ZipFile(_dictionary_dir() / "china_location.zip").read("china_location.txt").decode("utf-8")
    book = yaml_book(__package__, "divisions.yml")
    corrections, placeholders = book["corrections"], frozenset(book["placeholders"])
    units: list[Unit] = []
    towns: dict[str, set] = {}
    province = city = ""
    county_code = ""
    parents: dict[str, str] = {}
    parent_code = ["", "", ""]
    for match in _UP_TO_TOWNS.finditer(raw):  # villages (four tabs deep and more) are most of the file
        line = match.group()
        depth = len(line) - len(line.lstrip("\t"))
        parts = line.strip().split("\t")
        if depth == 3:
            if county_code:
                towns.setdefault(county_code, set()).add(parts[0])
            continue
        if len(parts) < 3:
            continue
        name, code, short = parts[0], parts[1], parts[2]
        if name in placeholders:  # a grouping, not a unit: its counties belong to the level above
            if depth == 1:
                parent_code[1], city = parent_code[0], ""
            else:
                county_code = code
            continue
        fix = corrections.get(name, {})
        name, short = fix.get("name", name), fix.get("short", short)
        if depth == 0:
            province, city = name, ""
            parent_code[0] = code
            units.append(Unit(name, code, short, "province", name, "", ""))
        elif depth == 1:
            parent_code[1] = code
            if name == province:  # a municipality (北京市) lists its districts under itself: no prefecture level
                city = ""
                continue
            city = name
            units.append(Unit(name, code, short, "prefecture", province, name, ""))
            parents[code] = parent_code[0]
        else:
            county_code = code
            units.append(Unit(name, code, short, "county", province, city, name))
            parents[code] = parent_code[1] if city else parent_code[0]
    by_code = {u.code: u for u in units}
    children: dict[str, list[Unit]] = {}
    for u in units:
        if u.code in parents:
            children.setdefault(parents[u.code], []).append(u)
    short = _ethnic_short_name(book)
    return Divisions(units, by_code, {k: frozenset(v | {short(t) for t in v} - {""}) for k, v in towns.items()}, children)


def _ethnic_short_name(book: dict):
    """The name a text gives an ethnic township, without its groups (官和侗族土家族苗族乡 → 官和乡), or "" for any
    other township."""
    groups = "|".join(sorted(book["ethnic_groups"], key=len, reverse=True))
    ethnic = r"(?:(?:%s)族)+(?:民族)?|(?:%s)+民族" % (groups, groups)  # 苗族彝族乡, 俄罗斯族民族乡, 达斡尔鄂温克民族乡
    pattern = re.compile(r"(.+?)(?:%s)(%s)" % (ethnic, "|".join(book["ethnic_township_suffixes"])))
    return lambda town: "".join(m.groups()) if (m := pattern.fullmatch(town)) else ""


@lru_cache(maxsize=1)
def former_names() -> dict[str, Unit]:
    """Units by a name they had before a change of status or name, which texts of those years still use: the
    county-level cities and districts that were counties (抚远县, now 抚远市: the short name and 县, unless that is
    another unit's name or the short name of several), and the renamings jionlp lists (china_location_change.txt: 襄樊市, now 襄阳市)."""
    units = load().units
    names = {u.name for u in units}
    by_name: dict[tuple[str, str], list[Unit]] = {}
    for u in units:
        by_name.setdefault((u.province, u.name), []).append(u)
    was_county: dict[str, list[Unit]] = {}
    for u in units:
        if u.level == "county" and u.name.endswith(("市", "区")) and len(u.short) >= 2 and not u.short.endswith("区") \
                and u.short + "县" not in names:
            was_county.setdefault(u.short + "县", []).append(u)
    out = {name: found[0] for name, found in was_county.items() if len(found) == 1}  # 宝山县: 上海 or 双鸭山? neither
    for line in (_dictionary_dir() / "china_location_change.txt").read_text(encoding="utf-8").splitlines():
        old, _, new = line.partition("=>")
        old_parts, new_parts = old.split("\t"), new.split("\t")
        if len(old_parts) < 6 or len(new_parts) < 2:  # date, approval, then each level's full and short name
            continue
        found = by_name.get((new_parts[0], new_parts[-1]), [])
        name = old_parts[-2]
        if len(found) == 1 and name not in names:
            out.setdefault(name, found[0])
    return out


def province_unit(name: str) -> Unit | None:
    """The province-level unit of that full name (云南省), or None."""
    return _provinces().get(name)


@lru_cache(maxsize=1)
def _provinces() -> dict[str, Unit]:
    """Province-level units by full name: asked for a text's home province, a scan of every division was a fiftieth
    of a short article's extraction."""
    return {u.name: u for u in load().units if u.level == "province"}


@lru_cache(maxsize=64)
def counties(province: str) -> tuple[Unit, ...]:
    """County-level units of a province (full name)."""
    return tuple(u for u in load().units if u.level == "county" and u.province == province)


def prefecture_count(province: str) -> int | None:
    """Prefecture-level units of a province in the current division list (None if unknown)."""
    prov = province_unit(province)
    if prov is None:
        return None
    return sum(1 for u in load().children.get(prov.code, []) if u.level == "prefecture")


def county_count(province: str) -> int | None:
    """County-level units of a province in the current division list (None if unknown)."""
    return len(counties(province)) if province_unit(province) else None
