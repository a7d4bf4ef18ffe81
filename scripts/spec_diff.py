#!/usr/bin/env python3
"""Breaking-change diff of two OpenAPI specs: `python scripts/spec_diff.py OLD NEW [options]`.

The implementation ships in the package (`np6.spec_diff`) so that `np6 spec diff` works from an
installed np6 too; this file is the entry point used in CI jobs and by `make diff-spec`.
"""

from np6.spec_diff import main

if __name__ == "__main__":
    raise SystemExit(main())
