"""Store: the facts on disk. Runs extraction over a corpus (with its cache), writes validated tables
atomically, and reads them back with their declared types.

Declares every table once (``tables``). Imports ``helpers.ingest`` and ``helpers.extract``.
"""
