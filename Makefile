# Two commands for a fresh machine: `make run` and `make test` (see README.md).
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000

# Django 6.1 needs Python >= 3.12: take the first interpreter on this machine that is new enough.
FIND_PYTHON = for p in $${PYTHON:-} python3.13 python3.12 python3 \
	  $$(ls -d $$(pyenv root 2>/dev/null)/versions/3.1[2-9]*/bin/python3 2>/dev/null | sort -rV); do \
	  [ -n "$$p" ] && "$$p" -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null \
	    && { command -v "$$p"; exit 0; }; \
	done; exit 1

.PHONY: run test lint serve chromium

$(VENV)/bin/python:
	@py=$$($(FIND_PYTHON)) || { echo "Blame to Praise needs Python 3.12 or newer (Django 6.1). Install it, or set PYTHON=/path/to/python3.12." >&2; exit 1; }; \
	echo "Creating $(VENV) with $$py"; "$$py" -m venv $(VENV)
	@$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.run-installed: $(VENV)/bin/python pyproject.toml
	$(PY) -m pip install --quiet --group run
	@touch $@

$(VENV)/.test-installed: $(VENV)/.run-installed
	$(PY) -m pip install --quiet --group test
	@touch $@

run: $(VENV)/.run-installed
	DEBUG=true $(PY) manage.py migrate --no-input
	DEBUG=true $(PY) manage.py seed_demo
	@echo ""
	@echo "Blame to Praise is starting at http://$(HOST):$(PORT)/  (Ctrl+C to stop)"
	DEBUG=true $(PY) manage.py runserver $(HOST):$(PORT)

# Production settings under gunicorn, static files compressed and served by whitenoise.
# Needs SECRET_KEY and DATABASE_URL (and ALLOWED_HOSTS) in the environment; see README.md.
WORKERS ?= $(shell echo $$(( $$(nproc) * 2 + 1 )))
serve: $(VENV)/.run-installed
	@[ -n "$$SECRET_KEY" ] || { echo "make serve needs SECRET_KEY (and DATABASE_URL, ALLOWED_HOSTS): see README.md" >&2; exit 1; }
	DEBUG=false $(PY) manage.py collectstatic --no-input -v0
	DEBUG=false $(PY) manage.py migrate --no-input
	DEBUG=false $(VENV)/bin/gunicorn blametopraise.wsgi --bind $(HOST):$(PORT) --workers $(WORKERS) \
	  --access-logfile - --forwarded-allow-ips="$${FORWARDED_ALLOW_IPS:-127.0.0.1}"

chromium:
	@command -v /usr/bin/chromium >/dev/null && exit 0; \
	if [ "$$(id -u)" = 0 ]; then \
	  echo "Installing Debian's chromium for the browser tests"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	else \
	  echo "The browser tests need Chromium at /usr/bin/chromium: run 'sudo apt-get install chromium'." >&2; exit 1; \
	fi

lint: $(VENV)/.test-installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

test: $(VENV)/.test-installed chromium lint
	$(PY) -m pytest $(PYTEST_ARGS)

