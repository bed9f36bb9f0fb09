# Two commands on a fresh machine: `make report` and `make test`.
# Each creates .venv when missing and installs the project into it; the install is
# skipped when pyproject.toml has not changed since the last one.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: report test lab lint check benchmark clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@echo "Installing nato-readiness-reports into $(VENV) ..."
	@$(BIN)/python -m pip install --quiet --disable-pip-version-check -e ".[dev]"
	@touch $(STAMP)

report: $(STAMP)
	$(BIN)/nato-report build --default

test: $(STAMP)
	$(BIN)/python -m pytest -q

check: $(STAMP)
	$(BIN)/nato-report data check

lint: $(STAMP)
	$(BIN)/ruff check analysis tests benchmarks

lab: $(STAMP)
	$(BIN)/jupyter lab notebooks/

benchmark: $(STAMP)
	$(BIN)/python benchmarks/extract.py

clean:
	rm -rf $(VENV) reports/*/ reports/index.html
