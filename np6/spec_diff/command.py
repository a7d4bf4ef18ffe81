"""The command line: `python -m np6.spec_diff`, `scripts/spec_diff.py`, `np6 spec diff`."""

from __future__ import annotations

import argparse
import sys

from .components import diff_specs
from .loading import load_spec, validate_full
from .model import FAIL_ON, SpecError
from .naming import ClientNaming
from .policy import Policy
from .report import FORMATTERS


def main(argv: list[str] | None = None, prog: str | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog, description="Diff two OpenAPI 3.x specs: each change is breaking, warning or info."
    )
    parser.add_argument("old", help="the spec clients were built against (YAML or JSON)")
    parser.add_argument("new", help="the spec to move to")
    parser.add_argument(
        "--format", choices=sorted(FORMATTERS), default="text", help="output (default: text)"
    )
    parser.add_argument(
        "--fail-on",
        default="breaking",
        metavar="LEVEL|CONFIG",
        help=(
            "exit 1 when a change at or above this level exists: breaking (default), warning,"
            " never; or a YAML/JSON rule file with fail-on, levels {id: level} and"
            " ignore [{id, operation?, location?, reason}]"
        ),
    )
    parser.add_argument(
        "--validate",
        action="store_true",
        help="also validate both inputs with openapi-spec-validator (slower)",
    )
    parser.add_argument(
        "--generator-config",
        metavar="PATH",
        help="openapi-python-client config (class_overrides, field_prefix...) for Python names",
    )
    args = parser.parse_args(argv)
    try:
        policy = Policy.parse(args.fail_on)
        naming = ClientNaming.from_config(args.generator_config) if args.generator_config else None
        old, new = load_spec(args.old), load_spec(args.new)
        if args.validate:
            validate_full(old, args.old)
            validate_full(new, args.new)
        changes = diff_specs(old, new, naming)
    except SpecError as exc:
        print(f"spec_diff: {exc}", file=sys.stderr)
        return 2
    except RecursionError:
        print("spec_diff: a schema is nested too deeply to compare", file=sys.stderr)
        return 2
    changes, ignored = policy.apply(changes)
    sys.stdout.write(FORMATTERS[args.format](changes))
    if ignored:
        print(f"spec_diff: {ignored} change(s) ignored by {args.fail_on}", file=sys.stderr)
    return 1 if any(c.level in FAIL_ON[policy.fail_on] for c in changes) else 0


if __name__ == "__main__":
    raise SystemExit(main())
