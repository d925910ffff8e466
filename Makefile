# Lotse: every target sets up what it needs (virtual environment, pinned packages).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
SOURCES := $(shell find app -name '*.py' ! -name 'resources_rc.py' | sort)
TYPED := app installer
# Built from the sources by installer/build_qt.py, never committed (see .gitignore).
RESOURCE_MODULE := app/ui/resources_rc.py
QM_FILES := $(patsubst translations/%.ts,app/resources/translations/%.qm,$(wildcard translations/*.ts))
GENERATED := $(RESOURCE_MODULE) $(QM_FILES)

.PHONY: run test test-postgres bench-team postgres-server lint format translations generated bench lock migration dist test-pythons clean system-tools manual-screenshots

$(STAMP): requirements.lock pyproject.toml setup.py
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

# The Qt resource module (icons, stylesheet) and the compiled translations.
generated: $(GENERATED)

$(RESOURCE_MODULE): app/resources/lotse.qrc app/resources/style.qss $(wildcard app/resources/icons/*) | $(STAMP)
	$(BIN)/python installer/build_qt.py

app/resources/translations/%.qm: translations/%.ts | $(STAMP)
	$(BIN)/python installer/build_qt.py

run: $(STAMP) $(GENERATED)
	$(BIN)/lotse

test: lint system-tools $(GENERATED)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# The service, report and import suites, which run on both back ends (make test: SQLite),
# and the tests of what only team mode has; test-postgres runs them on a throwaway
# PostgreSQL server it starts and removes (tests/throwaway_postgres.py).
SHARED_SUITES := $(addprefix tests/,test_services.py test_case_services.py \
	test_volunteer_services.py test_club_lists.py test_appointments.py test_courses.py \
	test_mentorships.py test_recognition.py test_documents.py test_access_request.py \
	test_administration.py test_permissions.py test_role_matrix.py test_privacy_contact.py \
	test_privacy_lifecycle.py test_audit_trail.py test_case_dates.py test_lost_update.py \
	test_simultaneous_saves.py \
	test_search_keys.py test_model_constraints.py test_demo.py \
	test_esf_report.py test_other_reports.py test_outcome_report.py test_events_report.py \
	test_report_kinds.py test_spreadsheet_import.py test_spreadsheet_case_fields.py \
	test_spreadsheet_export.py test_spreadsheet_hostile.py test_export_roundtrip.py)
POSTGRES_SUITES := $(addprefix tests/,test_team_mode.py test_server_transfer.py \
	test_reports_postgres.py test_migrations_postgres.py test_sql_dialect.py \
	test_working_tables.py test_server_script.py test_postgres_services.py \
	ui/test_team_mode_journey.py)

# The shared suites with the fixtures' databases on the server (LOTSE_TEST_BACKEND), then
# the team-mode tests, which set up laptop and server databases of their own.
test-postgres: lint postgres-server $(GENERATED)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.throwaway_postgres sh -c '\
		LOTSE_TEST_BACKEND=postgresql $(BIN)/python -m pytest -m "not laptop_only" $(SHARED_SUITES) \
		&& $(BIN)/python -m pytest $(POSTGRES_SUITES)'

# Debian tools the tests drive: LibreOffice, to prove that sheets saved again by it import
# unchanged. Installed when missing and this is root with apt (a fresh CI machine);
# otherwise those tests report themselves as skipped.
system-tools:
	@command -v soffice >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
	      apt-get install -y -qq libreoffice-calc-nogui >/dev/null; \
	  else echo "note: LibreOffice (soffice) is missing: its round-trip tests will be skipped"; fi; }

# PostgreSQL's server programs for test-postgres and bench-team: Debian's postgresql
# package, installed when missing and this is root with apt (a fresh CI machine).
postgres-server:
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
	      apt-get install -y -qq postgresql >/dev/null; \
	  else echo "PostgreSQL's server programs are missing: install postgresql" >&2; exit 1; fi; }

lint: $(STAMP)
	$(BIN)/ruff check app tests installer setup.py
	$(BIN)/ruff format --check app tests installer setup.py
	$(BIN)/mypy $(TYPED)
	$(BIN)/vulture

format: $(STAMP)
	$(BIN)/ruff format app tests installer setup.py
	$(BIN)/ruff check --fix app tests installer setup.py

# Extract strings into the .ts (committed), then build the .qm and the resource module.
# German is the default. English is the source language: its file holds only the plural
# forms ("%n case(s)" → "1 case", "2 cases").
LANGUAGES := de en ar fa uk ru tr
translations: $(STAMP)
	for lang in $(LANGUAGES); do \
	  $(BIN)/pyside6-lupdate $(SOURCES) -source-language en -target-language $$lang \
		-no-obsolete -locations none -silent $$( [ $$lang = en ] && echo -pluralonly ) \
		-ts translations/lotse_$$lang.ts || exit 1; \
	done
	$(BIN)/python installer/build_qt.py

# Screenshots of the real windows for the user manual (app/resources/manual/img; committed).
manual-screenshots: $(STAMP) $(GENERATED)
	$(BIN)/python installer/manual_screenshots.py

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.benchmarks.run_all

# Team mode under load: five workstation processes doing an advisor's day for two minutes
# on the 50,000-case database moved into a throwaway PostgreSQL server; p95 per action;
# exits 1 on any error or lost update (tests/benchmarks/team_load.py). About 6 minutes.
bench-team: $(STAMP) postgres-server $(GENERATED)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.throwaway_postgres \
		$(BIN)/python -m tests.benchmarks.team_load --server

# Re-pin dependencies after changing pyproject.toml (needs network).
lock: $(STAMP)
	$(BIN)/python -m pip install --quiet uv
	$(BIN)/uv pip compile pyproject.toml --extra test --extra dev --extra build --universal \
		--python-version 3.11 --generate-hashes -o requirements.lock

# New Alembic revision from the model changes: make migration MSG="what changed"
migration: $(STAMP)
	$(BIN)/python -m app.storage.new_revision "$(MSG)"

# The frozen bundle and release packages for this platform, smoke-tested (see installer/).
dist: $(STAMP) $(GENERATED)
	$(BIN)/python installer/build_dist.py

# The test suite on every Python found (3.11 to 3.13), each in its own .venv-3.x; not run in CI.
PYTHON_VERSIONS ?= 3.11 3.12 3.13
test-pythons: $(GENERATED)
	@passed=""; failed=""; missing=""; \
	for version in $(PYTHON_VERSIONS); do \
		interpreter=""; \
		for candidate in $$(ls -d $${PYENV_ROOT:-$$HOME/.pyenv}/versions/$$version*/bin/python$$version 2>/dev/null | sort -V -r) $$(command -v python$$version); do \
			if "$$candidate" -c 'import venv' 2>/dev/null; then interpreter=$$candidate; break; fi; \
		done; \
		if [ -z "$$interpreter" ]; then missing="$$missing $$version"; continue; fi; \
		echo "== Python $$version ($$interpreter)"; \
		if { [ -x .venv-$$version/bin/python ] || $$interpreter -m venv .venv-$$version; } \
			&& .venv-$$version/bin/python -m pip install --quiet --require-hashes -r requirements.lock \
			&& .venv-$$version/bin/python -m pip install --quiet --no-deps --no-build-isolation -e . \
			&& QT_QPA_PLATFORM=offscreen .venv-$$version/bin/python -m pytest -q -p no:cacheprovider; \
		then passed="$$passed $$version"; else failed="$$failed $$version"; fi; \
	done; \
	echo "passed:$${passed:- none}  failed:$${failed:- none}  not found:$${missing:- none}"; \
	[ -z "$$failed" ]

clean:
	rm -rf $(VENV) .venv-* .pytest_cache .mypy_cache .ruff_cache build dist $(GENERATED)
