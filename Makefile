# Two commands do all set-up on a fresh machine:
#   make demo   installs everything and opens the app on the bundled sample feature
#   make test   installs everything and runs the test suite and the linter
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test lint system-deps bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e ".[test,bench]"
	touch $@

system-deps:
	bash scripts/system-deps.sh

demo: system-deps $(STAMP)
	$(BIN)/photoarchive demo

test: system-deps $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider
	$(BIN)/ruff check src tests benchmarks migrations scripts
	$(BIN)/ruff format --check src tests benchmarks migrations scripts

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks migrations scripts
	$(BIN)/ruff format --check src tests benchmarks migrations scripts

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache
