# Quick start: `make run` opens the editor on the five-department sample, `make test` runs the suite.
# Both create or update .venv from pyproject.toml first; only Python 3.10+ and make are needed.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SAMPLE ?= samples/ecommerce-departments.en.json

.PHONY: run test lint schema samples clean bench translations install-desktop uninstall-desktop

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Stamps record that the venv matches pyproject.toml; editing it reinstalls on the next run.
$(VENV)/.run-stamp: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	@touch $@

$(VENV)/.test-stamp: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $@ $(VENV)/.run-stamp

run: $(VENV)/.run-stamp
	$(BIN)/orgchart $(SAMPLE)

test: $(VENV)/.test-stamp
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# Regenerate the checked-in JSON Schema and the samples (both are checked by tests).
schema: $(VENV)/.run-stamp
	$(BIN)/python tools/write_schema.py resources/orgchart.schema.json

samples: $(VENV)/.run-stamp
	$(BIN)/python tools/make_samples.py samples

# The UI's German: new strings from the code into orgchart/resources/translations/*.ts (translate them
# there, by hand or with .venv/bin/pyside6-linguist), then compiled to the .qm files it loads.
translations: $(VENV)/.run-stamp
	$(BIN)/python tools/translations.py update
	$(BIN)/python tools/translations.py compile

# orgchart in the desktop's application menu, for this user (its icon too); this checkout's
# .venv/bin/orgchart is what the entry starts. `make uninstall-desktop` takes it out again.
install-desktop: $(VENV)/.run-stamp
	$(BIN)/python tools/install_desktop.py

uninstall-desktop:
	$(PYTHON) tools/install_desktop.py --uninstall

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis build *.egg-info

# Style and import order (ruff); types and layers are checked by the test suite itself.
lint: $(VENV)/.test-stamp
	$(BIN)/ruff check orgchart tests tools bench

# Timing figures for the README (prints Markdown tables; takes a few minutes). The package's
# bytecode is compiled first, as an installed program has it.
bench: $(VENV)/.run-stamp
	$(BIN)/python -m compileall -q orgchart
	$(BIN)/python bench/bench_io.py
	$(BIN)/python bench/bench_export.py
	$(BIN)/python bench/bench_layout.py
	$(BIN)/python bench/bench_editor.py
