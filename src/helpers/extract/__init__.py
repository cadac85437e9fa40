"""Extract: a document becomes rows of every facts table (quantities, organizations, places, quotes).

Numbers, entities and attribution, each with its own codebooks in ``codebooks/``. Imports only
``helpers.ingest`` and ``helpers.codebook`` from the package.
"""

from .document import extract_document, extract_documents

__all__ = ["extract_document", "extract_documents"]
