"""Places: chains, context and short names resolved to GB/T 2260 units."""

from helpers import ingest
from helpers.extract import places


def _doc(text):
    return ingest.build("t", "t", text, "utf-8", b"")


def test_places_resolve_by_chain_and_context():
    doc = _doc("山东省枣庄市市中区居民；第十四届全运会在西安开幕，西安国际港务区；上海；江西省上高县塔下乡田北村；小岗村。")
    got = {p.mention: p for p in places.find(doc.view)}
    assert got["山东省枣庄市市中区"].city == "枣庄市"
    assert got["西安"].province == "陕西省"
    assert got["西安国际港务区"].city == "西安市"
    assert got["上海"].province == "上海市"
    assert got["江西省上高县塔下乡田北村"].level == "village"
    assert got["江西省上高县塔下乡田北村"].code == "360923"
    assert got["小岗村"].county == "凤阳县"
