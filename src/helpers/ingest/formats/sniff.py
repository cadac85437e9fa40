"""What a file is, from its first bytes: the magic number chooses the reader, never the file name.

A file's extension is often wrong (a .doc that is a saved web page, a .txt that is a PNG), and a
binary file decoded as GB18030 becomes plausible-looking characters (a PNG starts 塒NG), so bytes
are checked before anything is decoded.
"""

from __future__ import annotations

import io
import zipfile

# Signatures at offset 0 (PDF may follow a little junk: readers accept %PDF- in the first 1024 bytes).
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"GIF87a", "gif"),
    (b"GIF89a", "gif"),
    (b"\x1f\x8b", "gzip"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "ole2"),
    (b"{\\rtf", "rtf"),
    (b"PK\x03\x04", "zip"),
    (b"PK\x05\x06", "zip"),
)
# Members that name a ZIP container's format: OOXML's main parts and OFD's entry file (GB/T 33190-2016).
_ZIP_MEMBERS = (("word/document.xml", "docx"), ("xl/workbook.xml", "xlsx"), ("ppt/presentation.xml", "pptx"), ("OFD.xml", "ofd"))


def sniff(data: bytes) -> str:
    """``pdf``, ``docx``, ``ofd``, ``xlsx``, ``pptx``, ``zip``, ``png``, ``jpeg``, ``gif``, ``gzip``, ``ole2``, ``rtf`` or ``text``.

    ``text`` means only that no binary signature was found; decoding decides whether it is text.
    """
    if b"%PDF-" in data[:1024]:
        return "pdf"
    kind = next((name for magic, name in _MAGIC if data.startswith(magic)), "text")
    return _zip_kind(data) if kind == "zip" else kind


def _zip_kind(data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            names = set(z.namelist())
    except zipfile.BadZipFile:
        return "zip"
    return next((kind for member, kind in _ZIP_MEMBERS if member in names), "zip")
