"""Shared fixtures: the seed article and its gold annotation, all inside the repo."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from support import FIXTURES, SEED

os.environ.setdefault("MPLBACKEND", "Agg")


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def gold() -> dict:
    return json.loads((FIXTURES / "gold" / "seed.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_doc():
    from helpers import ingest

    return ingest.load(SEED)
