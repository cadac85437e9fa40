# Two commands set up a fresh machine: `make reports` and `make test`.
# Both start with `make setup`, which builds .venv from the pinned lock file once.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
KERNEL := shishi

.PHONY: setup notebook-filter reports test eval eval-dev bench lock clean

setup: $(STAMP) notebook-filter

# Notebooks saved with their outputs are committed without them (.gitattributes applies the filter).
notebook-filter:
	@if git rev-parse --git-dir >/dev/null 2>&1; then \
	  git config filter.notebook-outputs.clean "$(BIN)/python -m helpers.report.nbclean" && \
	  git config filter.notebook-outputs.smudge cat; fi

$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	$(BIN)/python -m ipykernel install --sys-prefix --name $(KERNEL) --display-name "Python (shishi)" >/dev/null
	$(BIN)/shishi fonts
	touch $(STAMP)

reports: setup
	$(BIN)/shishi run

test: setup
	$(BIN)/python -m pytest; rc=$$?; if [ $$rc -eq 5 ]; then echo "no tests collected"; exit 0; fi; exit $$rc

# Scores extraction on every hand-annotated gold file (texts in data/raw and tests/fixtures/texts); a file in data/raw
# named like a fixture is reported by name (rename it), and the other gold files are still scored.
eval: setup
	$(BIN)/shishi extract data/raw tests/fixtures/texts --out build/eval-facts --quiet
	$(BIN)/shishi eval tests/fixtures/gold/*.json --facts build/eval-facts

# Scores the development set (../shared/dev, outside the repository) against the floors in tests/floors.yml.
eval-dev: setup
	$(BIN)/shishi eval-dev

bench: setup
	$(BIN)/python benchmarks/extract_speed.py
	$(BIN)/python benchmarks/report_overhead.py
	$(BIN)/python benchmarks/corpus_scale.py

# Regenerate the lock after editing dependencies in pyproject.toml (needs network).
lock: setup
	$(BIN)/python -m pip install --quiet uv
	$(BIN)/uv pip compile pyproject.toml --extra dev --python-version 3.11 --no-header --annotation-style line -o requirements.lock

clean:
	rm -rf $(VENV) build data/facts/*.csv data/facts/*.parquet data/facts/.cache data/facts/.signature data/facts/.ledger
