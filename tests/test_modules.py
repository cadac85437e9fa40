"""The package's modules bind each of their constants once."""

import ast
from collections import Counter

from support import ROOT


def _constants(tree: ast.Module) -> list[str]:
    names = []
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        for target in targets:
            for name in ast.walk(target):
                if isinstance(name, ast.Name) and name.id.isupper():
                    names.append(name.id)
    return names


def test_no_module_binds_a_constant_twice():
    """A second binding replaces the first for every function of the module, whichever it was written for (subjects.py
    once bound CLAUSE_ENDS to two different sets of marks)."""
    twice = {}
    for path in sorted((ROOT / "src" / "helpers").rglob("*.py")):
        counts = Counter(_constants(ast.parse(path.read_text(encoding="utf-8"))))
        doubled = sorted(name for name, n in counts.items() if n > 1)
        if doubled:
            twice[str(path.relative_to(ROOT))] = doubled
    assert not twice, twice
