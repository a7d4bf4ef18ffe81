"""The fake NP6 on a loopback address, in the foreground, until Ctrl-C.

`python -m np6.testing` and `np6 fake-server` are this one parser.
"""

from __future__ import annotations

import argparse
import sys

from ._demo import DEMO_SEGMENT, seed_demo
from ._fake import FakeNP6
from ._server import FakeServer


def main(argv: list[str] | None = None, prog: str = "python -m np6.testing") -> int:
    parser = argparse.ArgumentParser(
        prog=prog,
        description="Run the fake NP6 (np6.testing) on 127.0.0.1 until Ctrl-C: try np6 with no "
        f"account. The demo data: targets 000T001-000T003 (unicity FR12345, FR12346, ES50001), "
        f"static segment {DEMO_SEGMENT}, their hits and archives.",
        formatter_class=argparse.ArgumentDefaultsHelpFormatter,
    )
    parser.add_argument("--host", default="127.0.0.1", help="a loopback address")
    parser.add_argument("--port", type=int, default=8066, help="0 picks a free port")
    parser.add_argument("--api-key", default="test-key", help="the X-Key to accept")
    parser.add_argument(
        "--seed-demo",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="start with the demo data set",
    )
    parser.add_argument("--latency", type=float, default=0.0, help="seconds added to every request")
    parser.add_argument("--no-validate", action="store_true", help="skip the spec checks")
    parser.add_argument("--quiet", action="store_true", help="do not log each request")
    args = parser.parse_args(argv)

    fake = FakeNP6(args.api_key, validate=not args.no_validate)
    if args.seed_demo:
        seed_demo(fake)
    if args.latency:
        fake.faults.slow(args.latency)
    try:
        server = FakeServer(fake, args.host, args.port, verbose=not args.quiet)
    except (ValueError, OSError) as exc:
        parser.error(str(exc))
    print(f"fake NP6 listening on {server.url}  (X-Key: {args.api_key})  Ctrl-C stops", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        print("stopped", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
