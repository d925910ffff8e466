# Lotse: every target sets up what it needs (virtual environment, pinned packages).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
SOURCES := $(shell find app -name '*.py' ! -name 'resources_rc.py' | sort)
TYPED := app/domain app/storage app/services app/reports

.PHONY: run test lint format translations bench lock migration clean system-tools

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/lotse

test: lint system-tools
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# Debian tools the tests drive: LibreOffice, to prove that sheets saved again by it import
# unchanged. Installed when missing and this is root with apt (a fresh CI machine);
# otherwise those tests report themselves as skipped.
system-tools:
	@command -v soffice >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
	      apt-get install -y -qq libreoffice-calc-nogui >/dev/null; \
	  else echo "note: LibreOffice (soffice) is missing: its round-trip tests will be skipped"; fi; }

lint: $(STAMP)
	$(BIN)/ruff check app tests
	$(BIN)/ruff format --check app tests
	$(BIN)/mypy $(TYPED)

format: $(STAMP)
	$(BIN)/ruff format app tests
	$(BIN)/ruff check --fix app tests

# Extract strings into the .ts, compile the .qm and embed it with the icons.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate $(SOURCES) -source-language en -target-language de_DE \
		-no-obsolete -locations none -ts translations/lotse_de.ts
	$(BIN)/pyside6-lrelease translations/lotse_de.ts -qm translations/lotse_de.qm
	$(BIN)/pyside6-rcc --no-compress --format-version 1 resources/lotse.qrc -o app/ui/resources_rc.py

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.benchmarks.run_all

# Re-pin dependencies after changing pyproject.toml (needs network).
lock: $(STAMP)
	$(BIN)/python -m pip install --quiet uv
	$(BIN)/uv pip compile pyproject.toml --extra test --extra dev --universal \
		--python-version 3.11 --generate-hashes -o requirements.lock

# New Alembic revision from the model changes: make migration MSG="what changed"
migration: $(STAMP)
	$(BIN)/python -m app.storage.new_revision "$(MSG)"

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
