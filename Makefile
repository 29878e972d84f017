# The two commands: `make demo` runs the pipeline on the bundled corpus; `make test` runs
# the checks and the test suite. Both create .venv from uv.lock first (bootstrapping uv
# into .tools/ when it is not installed).
PYTHON ?= python3
UV_VERSION := 0.13.9
UV := $(or $(shell command -v uv 2>/dev/null),.tools/bin/uv)
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test lint pytest install clean airflow-init airflow-standalone

demo: install
	$(BIN)/newsmon demo

test: lint pytest

lint: install
	$(BIN)/ruff check pipeline dags tests benchmarks scripts
	$(BIN)/ruff format --check pipeline dags tests benchmarks scripts
	$(BIN)/mypy

pytest: install
	$(BIN)/pytest

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml uv.lock | $(UV)
	$(UV) sync --frozen --python $(PYTHON)
	touch $@

.tools/bin/uv:
	$(PYTHON) -m venv .tools
	.tools/bin/pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

clean:
	rm -rf $(VENV) .tools data/demo .pytest_cache .mypy_cache .ruff_cache

# Airflow: a metadata DB and the one-slot pool that guards the store's single writer.
airflow-init: export AIRFLOW_HOME ?= $(CURDIR)/data/airflow
airflow-init: install
	AIRFLOW__CORE__LOAD_EXAMPLES=False $(BIN)/airflow db migrate
	$(BIN)/python -m pipeline.airflow_setup

# Try Airflow locally: LocalExecutor on SQLite, home in data/airflow, the project's DAGs,
# no examples, the pool created. UI and API on http://localhost:8080 (user admin; the
# password is printed at start and kept in data/airflow/simple_auth_manager_passwords.json.generated).
airflow-standalone: export AIRFLOW_HOME ?= $(CURDIR)/data/airflow
airflow-standalone: export AIRFLOW__CORE__DAGS_FOLDER := $(CURDIR)/dags
airflow-standalone: export AIRFLOW__CORE__LOAD_EXAMPLES := False
# LocalExecutor starts one worker process per slot up front (32 by default, ~100 MiB each).
airflow-standalone: export AIRFLOW__CORE__PARALLELISM ?= 4
airflow-standalone: export PYTHONPATH := $(CURDIR)
airflow-standalone: export PATH := $(CURDIR)/$(BIN):$(PATH)
airflow-standalone: airflow-init
	$(BIN)/airflow standalone
