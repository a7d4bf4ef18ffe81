"""The fake NP6 on a loopback address, in the foreground, until Ctrl-C.

`python -m np6.testing` and `np6 fake-server` are this one parser; `serve(...)` is what it runs.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from ._clock import FakeClock
from ._demo import DEMO_SEGMENT
from ._demo import seed_demo as seed
from ._fake import FakeNP6
from ._server import FakeServer


def serve(
    *,
    host: str = "127.0.0.1",
    port: int = 8066,
    api_key: str = "test-key",
    seed_demo: bool = True,
    latency: float = 0.0,
    validate: bool = True,
    verbose: bool = True,
    action_test_delay: float = 5.0,
    announce: Callable[[str], None] = print,
) -> int:
    """Run the fake on a loopback address until Ctrl-C. Its clock follows the wall clock here, so
    an action test started by a real client ends `action_test_delay` real seconds later.
    Raises ValueError or OSError when the address cannot be used."""
    fake = FakeNP6(api_key, validate=validate, clock=FakeClock(frozen=False))
    fake.action_test_delay = action_test_delay
    if seed_demo:
        seed(fake)
    if latency:
        fake.faults.slow(latency)
    server = FakeServer(fake, host, port, verbose=verbose)
    announce(f"fake NP6 listening on {server.url}  (X-Key: {api_key})  Ctrl-C stops")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        print("stopped", file=sys.stderr)
    return 0


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
    try:
        return serve(
            host=args.host,
            port=args.port,
            api_key=args.api_key,
            seed_demo=args.seed_demo,
            latency=args.latency,
            validate=not args.no_validate,
            verbose=not args.quiet,
            announce=lambda line: print(line, flush=True),
        )
    except (ValueError, OSError) as exc:
        parser.error(str(exc))


if __name__ == "__main__":
    sys.exit(main())
