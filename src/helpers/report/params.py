"""Notebook parameters: the parameters cell is the one declaration of names, types and defaults.

Values come from the report config (YAML, loaded as data) and are checked against
the annotated parameters cell before any kernel starts, so a typo fails in a second
with a message naming the notebook, the parameter and what was expected.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

TYPES = {"str": str, "int": int, "float": float, "bool": bool, "list": list, "dict": dict}


class ParameterError(ValueError):
    pass


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    default: object
    help: str


def declared(notebook: str | Path) -> dict[str, Param]:
    """Parameters declared in a notebook's ``parameters`` cell, with their annotated types."""
    path = Path(notebook).resolve()
    return dict(_declared(str(path), path.stat().st_mtime_ns))


@lru_cache(maxsize=64)
def _declared(notebook: str, _mtime: int) -> tuple[tuple[str, Param], ...]:
    import papermill as pm

    out = {}
    for name, info in pm.inspect_notebook(notebook).items():
        typ = info["inferred_type_name"]
        if typ not in TYPES:
            raise ParameterError(f"{Path(notebook).name}: parameter '{name}' needs a type annotation "
                                 f"({', '.join(TYPES)}), found '{typ}'")
        try:
            default = ast.literal_eval(info["default"])
        except (ValueError, SyntaxError) as exc:
            raise ParameterError(f"{Path(notebook).name}: default of '{name}' must be a literal, got {info['default']}") from exc
        if not _fits(default, typ):
            raise ParameterError(f"{Path(notebook).name}: default of '{name}' is {default!r}, not a {typ}")
        out[name] = Param(name, typ, default, info.get("help", ""))
    if not out:
        raise ParameterError(f"{Path(notebook).name}: no cell tagged 'parameters'")
    return tuple(out.items())


def _fits(value: object, typ: str) -> bool:
    if typ == "float":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if typ == "int":
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, TYPES[typ])


def check(notebook: str | Path, values: dict) -> dict:
    """Validate config values for one notebook; return the full set (defaults filled in)."""
    decl = declared(notebook)
    name = Path(notebook).name
    problems = []
    for key, value in values.items():
        if key not in decl:
            problems.append(f"{name}: unknown parameter '{key}' (declared: {', '.join(decl)})")
        elif not _fits(value, decl[key].type):
            problems.append(f"{name}: parameter '{key}' must be {decl[key].type}, got {type(value).__name__} {value!r}")
    if problems:
        raise ParameterError("; ".join(problems))
    full = {k: p.default for k, p in decl.items()}
    full.update(values)
    return full
