# Cultuuroptil: `make run` serves the app with demo data, `make test` runs the whole suite.
# The project needs Python 3.11 (Django 5.2 LTS as pinned); prefer it when several exist.
PYTHON ?= $(shell command -v python3.11 2>/dev/null || echo python3)
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
DEMO_CODE ?=

.PHONY: run test install install-test system-deps lint format fixtures clean bench bench-kort bench-deps

$(VENV)/bin/python:
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' || \
		{ echo "Cultuuroptil heeft Python 3.11 nodig (gevonden: $$($(PYTHON) --version))."; \
		  echo "Geef het pad mee: make run PYTHON=/pad/naar/python3.11"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

# Stamp files: reinstall only when the dependencies or the lock change.
$(VENV)/.installed: $(VENV)/bin/python pyproject.toml requirements.lock
	$(PY) -m pip install --quiet -c requirements.lock -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(PY) -m pip install --quiet -c requirements.lock -e ".[test]"
	touch $@

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test system-deps

# Browser tests need Debian's Chromium and the PDF checks need pdftotext.
system-deps:
	@if [ ! -x "$${CHROMIUM_PATH:-/usr/bin/chromium}" ] || ! command -v pdftotext >/dev/null; then \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
				--no-install-recommends chromium poppler-utils >/dev/null; \
		else \
			echo "Installeer chromium en poppler-utils (als root: apt-get install chromium poppler-utils)."; \
			exit 1; \
		fi; \
	fi

# Served as in production (DEBUG off: Dutch error pages, no debug output), with the secret key
# kept in an ignored file, static files straight from static/ and cookies over plain http.
RUN_ENV := DEBUG=false SECRET_KEY_FILE=.secret_key STATIC_FINDERS=true STATIC_MANIFEST=false \
	SESSION_COOKIE_SECURE=false

run: install
	$(RUN_ENV) $(PY) manage.py migrate --no-input
	$(RUN_ENV) $(PY) manage.py loaddata gemeenten inspiratie
	$(RUN_ENV) $(PY) manage.py demo --url http://127.0.0.1:$(PORT) $(if $(DEMO_CODE),--code $(DEMO_CODE))
	@echo "Cultuuroptil draait op http://127.0.0.1:$(PORT)/ (stoppen met Ctrl+C)"
	$(RUN_ENV) $(PY) manage.py runserver 127.0.0.1:$(PORT)

test: install-test
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports
	# No persistent connections in tests: the browser tests' server threads would keep the
	# test database open and PostgreSQL could not drop it afterwards.
	DJANGO_ALLOW_ASYNC_UNSAFE=true DB_CONN_MAX_AGE=0 $(VENV)/bin/pytest $(PYTEST_ARGS)

# The load benchmark (benchmarks/README.md): floors, ratios and the largest room on one core,
# on SQLite and on PostgreSQL (database cu_bench_load). At most about 15 minutes; bench-kort 2-5.
bench: install-test bench-deps
	$(PY) benchmarks/belasting.py --alles

bench-kort: install-test bench-deps
	$(PY) benchmarks/belasting.py --alles --kort

# wrk (Debian) measures the closed-loop maxima; without it the script's own client does, slower.
bench-deps:
	@command -v wrk >/dev/null || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null && \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; } || \
		echo "wrk ontbreekt (apt-get install wrk): de eigen klant meet dan de maxima."

lint: install-test
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

fixtures: install-test
	$(PY) scripts/maak_gemeenten_fixture.py

clean:
	rm -rf $(VENV) staticfiles
