import codecs

import pytest

from helpers.ingest import decode as textio

SAMPLE = "河南全省18.8万个基层党组织、376万名党员参与防汛救灾。国家乡村振兴局调整优化衔接政策30多项。"


@pytest.mark.parametrize(
    "data, encoding",
    [
        (SAMPLE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + SAMPLE.encode("utf-8"), "utf-8-sig"),
        (SAMPLE.encode("gb18030"), "gb18030"),
        (codecs.BOM_UTF16_LE + SAMPLE.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + SAMPLE.encode("utf-16-be"), "utf-16-be"),
    ],
)
def test_encodings_decode_to_the_same_text(data, encoding):
    text, detected = textio.decode_bytes(data, "x.txt")
    assert text == SAMPLE
    assert detected == encoding


def test_gbk_subset_reads_as_gb18030():
    text, detected = textio.decode_bytes(SAMPLE.encode("gbk"), "x.txt")
    assert text == SAMPLE


def test_big5_traditional_text():
    trad = "河南全省十八點八萬個基層黨組織參與防汛救災，國家鄉村振興局調整優化銜接政策三十多項。"
    text, detected = textio.decode_bytes(trad.encode("big5"), "x.txt")
    assert text == trad
    assert detected == "big5"


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
        b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(256)) * 4,
        bytes(range(1, 32)) * 50,
    ],
)
def test_binary_input_is_an_error_naming_the_file(data):
    with pytest.raises(textio.DecodeError, match="photo.jpg"):
        textio.decode_bytes(data, "photo.jpg")


def test_ordinary_ranges_hold_no_control_private_or_unassigned_character():
    # _control_share looks up only the characters outside these ranges
    import unicodedata

    bad = [hex(c) for a, b in textio.ORDINARY for c in range(a, b + 1) if unicodedata.category(chr(c)) in ("Cc", "Co", "Cs", "Cn")]
    assert bad == []


def test_private_use_text_is_an_error_naming_the_file():
    with pytest.raises(textio.DecodeError, match="odd.txt"):
        textio.decode_bytes(("\ue000\ue001" * 200 + SAMPLE).encode("utf-8"), "odd.txt")
