"""A git clean filter for notebooks: outputs and run counts never reach git.

``make setup`` installs it (``git config filter.notebook-outputs.clean``) and ``.gitattributes`` applies it to
``notebooks/*.ipynb``, so a notebook saved in JupyterLab with its outputs is committed without them and the
working copy keeps them. Reads a notebook on stdin, writes it on stdout, formatted as nbformat writes it.
"""

from __future__ import annotations

import json
import sys

RUN_METADATA = ("execution", "ExecuteTime", "collapsed", "scrolled", "papermill")


def clean(text: str) -> str:
    """The notebook without outputs, execution counts or run metadata; anything that is not a notebook passes unchanged."""
    try:
        nb = json.loads(text)
    except ValueError:
        return text
    if not isinstance(nb, dict) or "cells" not in nb:
        return text
    for cell in nb["cells"]:
        if cell.get("cell_type") == "code":
            cell["outputs"], cell["execution_count"] = [], None
        for key in RUN_METADATA:
            cell.get("metadata", {}).pop(key, None)
    for key in ("papermill", "widgets"):
        nb.get("metadata", {}).pop(key, None)
    return json.dumps(nb, sort_keys=True, indent=1, ensure_ascii=False) + "\n"


def main() -> None:
    sys.stdout.write(clean(sys.stdin.read()))


if __name__ == "__main__":
    main()
