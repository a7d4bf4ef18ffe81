# Two commands on a fresh machine: `make setup` then `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(CURDIR)/$(VENV)/bin
# The generator's post hooks call ruff by name: use the pinned one from the venv.
export PATH := $(BIN):$(PATH)

# The spec that `generate` reads (another one only for generate-into, e.g. in tests).
GEN_SPEC ?= $(CURDIR)/openapi/np6.yaml
GEN_ARGS = generate --path $(GEN_SPEC) --config $(CURDIR)/openapi/generator.yaml \
           --meta none --output-path np6_api --fail-on-warning \
           --custom-template-path $(CURDIR)/openapi/templates
# The generator, then models/__init__.py made lazy (see scripts/lazy_models.py), then the facade
# bindings np6_api/bindings/ (see scripts/bindings.py); run in the parent directory of the np6_api output.
GEN = $(BIN)/openapi-python-client $(GEN_ARGS) \
      && $(BIN)/python $(CURDIR)/scripts/lazy_models.py np6_api/models/__init__.py \
      && $(BIN)/python $(CURDIR)/scripts/bindings.py $(GEN_SPEC) np6_api \
      && $(BIN)/ruff format --isolated --no-cache -q np6_api/bindings

.PHONY: setup test lint fmt pytest generate generate-into bump check-generated docs demo bench prism contract diff-spec clean

setup:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e ".[dev]"

# pytest includes the generated-code drift check (tests/test_generated.py) and, when npm is
# available, the Prism contract tests (tests/test_contract_prism.py).
test: lint prism pytest

pytest:
	$(BIN)/python -m pytest

lint:
	$(BIN)/ruff check np6 scripts tests
	$(BIN)/ruff format --check np6 scripts tests
	$(BIN)/mypy np6 generated/np6_api/bindings $(wildcard scripts/*.py)

fmt:
	$(BIN)/ruff check --fix np6 scripts tests
	$(BIN)/ruff format np6 scripts tests

# Rewrites generated/np6_api from the spec. Never edit generated/ by hand.
generate:
	rm -rf generated/np6_api
	mkdir -p generated
	cd generated && $(GEN)

# Writes OUT/np6_api (OUT an empty directory) from GEN_SPEC: make generate-into OUT=/tmp/x GEN_SPEC=new.yaml
generate-into:
	@test -n "$(OUT)" || { echo "usage: make generate-into OUT=DIR [GEN_SPEC=spec.yaml]"; exit 2; }
	cd $(OUT) && $(GEN)

# Puts a new version of the spec in and shows what it changes (spec diff, facade methods, checks):
#   make bump SPEC=path/to/new.yaml     (see scripts/bump.py)
bump:
	@test -n "$(SPEC)" || { echo "usage: make bump SPEC=path/to/new.yaml"; exit 2; }
	$(BIN)/python scripts/bump.py $(SPEC)

# Regenerates into a temporary directory and fails on any difference with generated/.
check-generated:
	@tmp=$$(mktemp -d) && cd $$tmp && ( $(GEN) ) >/dev/null \
	  && diff -r -x __pycache__ $$tmp/np6_api $(CURDIR)/generated/np6_api \
	  && echo "generated/np6_api matches openapi/np6.yaml"; rc=$$?; rm -rf $$tmp; exit $$rc

# docs/reference.md, the API reference, from the spec and the package (tests/test_docs.py checks it).
docs:
	$(BIN)/python scripts/reference_docs.py openapi/np6.yaml docs/reference.md

# The main job against the embedded fake NP6: no account, no network.
demo:
	$(BIN)/python scripts/demo.py

# np6 against raw httpx on 127.0.0.1, then the rate-limit table (scripts/bench_ratelimit.py):
# about 6 minutes in all; the tables also go to bench-results.md.
bench:
	$(BIN)/python scripts/bench.py

# What changed in the spec since a git ref, and whether it breaks clients:
#   make diff-spec BASE=origin/main [ARGS="--format markdown --fail-on warning"]
# Without .venv (a CI job that ran `pip install -e ".[dev]"`), the python on PATH.
BASE ?= HEAD
diff-spec:
	@tmp=$$(mktemp --suffix=.yaml) && git show $(BASE):openapi/np6.yaml > $$tmp \
	  && $(or $(wildcard $(BIN)/python),python3) scripts/spec_diff.py $$tmp openapi/np6.yaml $(ARGS); rc=$$?; rm -f $$tmp; exit $$rc

# Stoplight Prism, pinned, in a project-local folder (never global). Skipped when npm is missing.
PRISM_VERSION := 5.16.0
prism:
	@if command -v npm >/dev/null 2>&1; then \
	  if [ ! -x .prism/node_modules/.bin/prism ]; then \
	    npm install --prefix .prism --no-audit --no-fund --loglevel=error \
	      @stoplight/prism-cli@$(PRISM_VERSION) >/dev/null && echo "prism $(PRISM_VERSION) installed"; \
	  fi; \
	else echo "npm not found: the Prism contract tests will be skipped"; fi

contract: prism
	$(BIN)/python -m pytest -m contract tests/test_contract_prism.py

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
