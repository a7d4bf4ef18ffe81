"""np6.testing: a fake NP6 for tests, demos and benchmarks (needs the `np6[testing]` extra).

    from np6.testing import FakeNP6
    fake = FakeNP6()                                  # key "test-key", validates against the spec
    http = httpx.Client(transport=fake.transport())   # or httpx.AsyncClient(...): same transport
    with fake.serve() as base_url: ...                # or a real HTTP server on 127.0.0.1
    fake.faults.rate_limit(times=2); fake.faults.latency = 0.01

`python -m np6.testing` runs the server in the foreground.
"""

from ._demo import DEMO_SEGMENT, seed_demo
from ._fake import FakeNP6, RecordedRequest
from ._faults import Fault, Faults, MalformedKind
from ._http import ApiError, FakeBug, Incoming, Reply, Result, SpecViolation
from ._routes import route
from ._server import FakeServer
from ._state import State
from ._transport import FakeTransport

__all__ = [
    "DEMO_SEGMENT",
    "ApiError",
    "FakeBug",
    "FakeNP6",
    "FakeServer",
    "FakeTransport",
    "Fault",
    "Faults",
    "Incoming",
    "MalformedKind",
    "RecordedRequest",
    "Reply",
    "Result",
    "SpecViolation",
    "State",
    "route",
    "seed_demo",
]
