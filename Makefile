# Two commands on a fresh machine: `make demo` and `make test`. Both keep their environment in .venv/.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SAMPLE := reportminer/data/sample
DEMO := demo-out

.PHONY: demo demo-hl7 test install clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[test]"
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	@echo "== scan: sample notes -> $(DEMO)/mentions.csv, $(DEMO)/cases.csv"
	$(BIN)/reportminer scan $(SAMPLE)/notes.csv --patients $(SAMPLE)/patients.csv --out $(DEMO)
	@echo "== accuracy on the sample set"
	$(BIN)/reportminer evaluate --gold $(SAMPLE) --pred $(DEMO)
	@echo "== nightly job into an embedded SQLite database, twice: the second run finds nothing to do"
	rm -f $(DEMO)/state.db*
	$(BIN)/reportminer nightly $(SAMPLE)/notes.csv --patients $(SAMPLE)/patients.csv --db $(DEMO)/state.db
	$(BIN)/reportminer nightly $(SAMPLE)/notes.csv --patients $(SAMPLE)/patients.csv --db $(DEMO)/state.db
	$(BIN)/reportminer export --db $(DEMO)/state.db --out $(DEMO)/case-list.xlsx
	@echo "== pseudonymised export beside the plain one: keyed pseudonyms for ids, names and identity numbers masked"
	test -s $(DEMO)/pseudonym.key || head -c 32 /dev/urandom | base64 > $(DEMO)/pseudonym.key
	$(BIN)/reportminer export --db $(DEMO)/state.db --out $(DEMO)/case-list.pseudonymised.xlsx --pseudonymise $(DEMO)/pseudonym.key
	@echo "== quality indicators: sacral workup within 30 days of the first index finding, per year"
	$(BIN)/reportminer indicators --db $(DEMO)/state.db --by year
	$(BIN)/reportminer indicators --db $(DEMO)/state.db --by quarter --by-unit --out $(DEMO)/indicators.html
	@echo "== review workspace: a static HTML case list, and the command that serves the workspace"
	$(BIN)/reportminer report --db $(DEMO)/state.db --out $(DEMO)/cases.html
	@echo "== validation: a stratified sample, labelled from the sample set's gold files as the workspace labels it"
	$(BIN)/reportminer validate sample --db $(DEMO)/state.db --n 5 --seed 1 --by language
	$(BIN)/reportminer validate label-gold --db $(DEMO)/state.db --gold $(SAMPLE)
	$(BIN)/reportminer validate report --db $(DEMO)/state.db --out $(DEMO)/validation.html
	@echo "Open the review workspace on the demo database (then browse http://127.0.0.1:8000/):"
	@echo "  $(BIN)/reportminer serve --db $(DEMO)/state.db"
	@echo "With named users (roles viewer, auditor, admin; every view in the access log), create the first user:"
	@echo "  $(BIN)/reportminer users add admin --role admin --db $(DEMO)/state.db"
	@echo "  $(BIN)/reportminer serve --db $(DEMO)/state.db --users"
	@$(MAKE) --no-print-directory demo-hl7

# The sample notes as HL7 v2 messages to a listener on a free local port, the nightly job on what it stored, and
# the case list compared byte for byte with the CSV path's.
demo-hl7: $(STAMP)
	@echo "== HL7 v2 over MLLP: sample notes -> listener on a free local port -> nightly -> the same case list"
	@mkdir -p $(DEMO) && rm -f $(DEMO)/hl7.db* $(DEMO)/csv.db* $(DEMO)/listener.addr
	$(BIN)/reportminer to-hl7 $(SAMPLE)/notes.csv --patients $(SAMPLE)/patients.csv --out $(DEMO)/sample.hl7
	@$(BIN)/reportminer listen --mllp 127.0.0.1:0 --db $(DEMO)/hl7.db --ready-file $(DEMO)/listener.addr \
	    --log-level warning & pid=$$!; \
	for i in $$(seq 300); do test -s $(DEMO)/listener.addr && break; sleep 0.1; done; \
	echo "listener on $$(cat $(DEMO)/listener.addr)"; \
	$(BIN)/reportminer send $(DEMO)/sample.hl7 --mllp $$(cat $(DEMO)/listener.addr); status=$$?; \
	kill $$pid; wait $$pid; exit $$status
	$(BIN)/reportminer nightly --db $(DEMO)/hl7.db
	$(BIN)/reportminer export --db $(DEMO)/hl7.db --out $(DEMO)/case-list-hl7.csv
	$(BIN)/reportminer nightly $(SAMPLE)/notes.csv --patients $(SAMPLE)/patients.csv --db $(DEMO)/csv.db
	$(BIN)/reportminer export --db $(DEMO)/csv.db --out $(DEMO)/case-list-csv.csv
	cmp $(DEMO)/case-list-hl7.csv $(DEMO)/case-list-csv.csv && echo "HL7 v2 path and CSV path: byte-identical case lists"

test: $(STAMP)
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) $(DEMO) .pytest_cache
