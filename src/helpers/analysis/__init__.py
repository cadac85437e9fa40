"""Analysis: the facts become DataFrames that answer a researcher's questions (coverage, claims,
actors, language). No HTML here: the report layer presents what these functions return.

Imports ``helpers.store`` (to read the facts), and ``helpers.extract`` for its reference data.
"""
