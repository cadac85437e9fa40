"""shishi helpers: ingest Chinese policy texts, extract checked facts, build reports.

The notebooks in ``notebooks/`` import from here so that every piece of logic is
reachable by the tests; nothing in this package needs a notebook to run.
"""

__version__ = "0.1.0"
