# Two commands on a fresh machine: `make demo` and `make test`. Both keep their environment in .venv/.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test install clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[test]"
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/reportminer scan reportminer/data/sample/notes.csv --patients reportminer/data/sample/patients.csv --out demo-out
	$(BIN)/reportminer evaluate --gold reportminer/data/sample --pred demo-out

test: $(STAMP)
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) demo-out .pytest_cache
