# Two commands on a fresh machine: `make setup` then `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(CURDIR)/$(VENV)/bin
# The generator's post hooks call ruff by name: use the pinned one from the venv.
export PATH := $(BIN):$(PATH)

GEN_ARGS = generate --path $(CURDIR)/openapi/np6.yaml --config $(CURDIR)/openapi/generator.yaml \
           --meta none --output-path np6_api --fail-on-warning

.PHONY: setup test lint fmt pytest generate check-generated demo bench contract diff-spec clean

setup:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e ".[dev]"

# pytest includes the generated-code drift check (tests/test_generated.py).
test: lint pytest

pytest:
	$(BIN)/python -m pytest

lint:
	$(BIN)/ruff check np6 scripts tests
	$(BIN)/ruff format --check np6 scripts tests
	$(BIN)/mypy np6 $(wildcard scripts/*.py)

fmt:
	$(BIN)/ruff check --fix np6 scripts tests
	$(BIN)/ruff format np6 scripts tests

# Rewrites generated/np6_api from the spec. Never edit generated/ by hand.
generate:
	rm -rf generated/np6_api
	mkdir -p generated
	cd generated && $(BIN)/openapi-python-client $(GEN_ARGS)

# Regenerates into a temporary directory and fails on any difference with generated/.
check-generated:
	@tmp=$$(mktemp -d) && cd $$tmp && $(BIN)/openapi-python-client $(GEN_ARGS) >/dev/null \
	  && diff -r -x __pycache__ $$tmp/np6_api $(CURDIR)/generated/np6_api \
	  && echo "generated/np6_api matches openapi/np6.yaml"; rc=$$?; rm -rf $$tmp; exit $$rc

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
