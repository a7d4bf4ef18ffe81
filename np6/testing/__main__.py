"""`python -m np6.testing [--port N] [--api-key K] [--seed-demo]`: the fake NP6, foreground."""

from __future__ import annotations

import argparse
import sys

from ._demo import seed_demo
from ._fake import FakeNP6
from ._server import FakeServer


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m np6.testing", description=__doc__)
    parser.add_argument(
        "--host", default="127.0.0.1", help="a loopback address (default %(default)s)"
    )
    parser.add_argument(
        "--port", type=int, default=8066, help="0 picks a free port (default %(default)s)"
    )
    parser.add_argument(
        "--api-key", default="test-key", help="the X-Key to accept (default %(default)s)"
    )
    parser.add_argument("--seed-demo", action="store_true", help="start with the demo data set")
    parser.add_argument(
        "--latency", type=float, default=0.0, help="seconds added to every request (default 0)"
    )
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
