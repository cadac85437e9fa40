"""Ingest: files become documents (typed paragraphs and sentences with offsets, and metadata).

The lowest stage: it imports nothing else from ``helpers``.
"""

from .decode import DecodeError
from .document import Document, Paragraph, Sentence, build, from_source, load
from .lexicon import FILE_NUMBER

__all__ = ["DecodeError", "Document", "FILE_NUMBER", "Paragraph", "Sentence", "build", "from_source", "load"]
