"""np6.testing: a fake NP6 for tests, demos and benchmarks (needs the `np6[testing]` extra).

    from np6.testing import FakeNP6
    fake = FakeNP6()                                  # key "test-key", validates against the spec
    client = fake.client()                            # np6.Client in-process (async_client too)
    http = httpx.Client(transport=fake.transport())   # or any httpx client on the same transport
    with fake.serve() as base_url: ...                # or a real HTTP server on 127.0.0.1
    fake.faults.rate_limit(times=2, operation="getAction"); fake.clock.advance(30)

`python -m np6.testing` runs the server in the foreground.
"""

from ._clock import FakeClock
from ._demo import DEMO_SEGMENT, seed_demo
from ._fake import FakeNP6, RecordedRequest, RequestLog
from ._faults import Fault, Faults, MalformedKind
from ._messages import ApiError, FakeBug, Handler, Incoming, Reply, Result, SpecViolation
from ._server import FakeServer
from ._state import Collection, State
from ._transport import FakeTransport
from .routes import route

__all__ = [
    "DEMO_SEGMENT",
    "ApiError",
    "Collection",
    "FakeBug",
    "FakeClock",
    "FakeNP6",
    "FakeServer",
    "FakeTransport",
    "Fault",
    "Faults",
    "Handler",
    "Incoming",
    "MalformedKind",
    "RecordedRequest",
    "Reply",
    "RequestLog",
    "Result",
    "SpecViolation",
    "State",
    "route",
    "seed_demo",
]
