"""Evaluate: how good the facts are (scores against hand-annotated gold files) and how fast the
extractor is (a synthetic corpus for benchmarks). Imports ``helpers.store`` and below.
"""
