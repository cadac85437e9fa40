"""Quotations and their speakers."""

from helpers import ingest
from helpers.extract import quotes


def _doc(text):
    return ingest.build("t", "t", text, "utf-8", b"")


def test_quote_speakers_after_and_before():
    text = "“由于全运村封闭管理，我们无法外出。”匠心艺品全运村店负责人王春莉说。张女士说：“平时我在外工作，很牵挂。”"
    doc = _doc(text)
    ends = lambda pos: next(s.end for s in doc.sentences if s.start <= pos < s.end)  # noqa: E731
    got = [(q.speaker, q.role) for q in quotes.find(doc.view, 0, len(doc.view), ends)]
    assert got == [("王春莉", "匠心艺品全运村店负责人"), ("张女士", "")]
