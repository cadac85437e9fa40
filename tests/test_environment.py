"""The conda environment and the lock file must pin the same versions."""

import re
import tomllib

import yaml

from support import ROOT


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name.lower())


def _lock() -> dict[str, str]:
    pins = {}
    for line in (ROOT / "requirements.lock").read_text().splitlines():
        line = line.split("#")[0].strip()
        if "==" in line:
            name, version = line.split("==")
            pins[_norm(name)] = version.strip()
    return pins


def _environment() -> dict[str, str]:
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    pip = next(d["pip"] for d in env["dependencies"] if isinstance(d, dict) and "pip" in d)
    pins = {}
    for spec in pip:
        if spec.startswith("-"):
            continue
        name, version = spec.split("==")
        pins[_norm(re.sub(r"\[.*\]", "", name))] = version
    return pins


def test_environment_pins_match_lock():
    lock, env = _lock(), _environment()
    mismatched = {k: (v, lock.get(k)) for k, v in env.items() if lock.get(k) != v}
    assert not mismatched, f"environment.yml disagrees with requirements.lock: {mismatched}"


def test_every_direct_dependency_is_in_environment():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    direct = project["dependencies"] + project["optional-dependencies"]["dev"]
    names = {_norm(re.split(r"[\[<>=]", d)[0]) for d in direct}
    missing = names - set(_environment())
    assert not missing, f"in pyproject.toml but not environment.yml: {sorted(missing)}"
    assert names <= set(_lock()), f"not locked: {sorted(names - set(_lock()))}"


def test_schema_document_matches_the_declaration():
    from helpers.store import tables

    expected = tables.markdown("facts") + "\n" + tables.markdown("analysis") + "\n"
    assert (ROOT / "docs" / "schema.md").read_text(encoding="utf-8") == expected, \
        "docs/schema.md is stale: regenerate it with `shishi schema > docs/schema.md`"
