"""np6.testing: the stateful workflows (actions, imports, subscriptions), the generic answers,
the fake clock, per-operation faults and the request log, through np6.Client."""

from __future__ import annotations

import time
from collections.abc import Iterator, Mapping
from typing import Any

import httpx
import pytest
from np6_api.models import (
    Action,
    ActionValidation,
    ImportDefinition,
    MessageDefinition,
    Receiver,
    TargetMessageRequest,
)
from np6_api.models.action_state import ActionState

import np6
from np6.testing import FakeClock, FakeNP6, FakeTransport, Reply
from np6.testing._samples import Samples

TEST = ActionValidation(fortest=True, test_segments=[1])
VALIDATE = ActionValidation(fortest=False)


@pytest.fixture
def fake() -> FakeNP6:
    return FakeNP6()


@pytest.fixture
def client(fake: FakeNP6) -> Iterator[np6.Client]:
    with fake.client(max_retries=0) as c:
        yield c


def state_of(client: np6.Client, action_id: str) -> Any:
    action = client.actions.get(action_id)
    assert not isinstance(action.informations, type(None))
    return action.to_dict()["informations"]["state"]


def test_action_is_created_tested_validated_and_sent(fake: FakeNP6, client: np6.Client) -> None:
    for n in range(3):
        fake.add_target(f"000T{n}")
    seg = fake.add_segment(1, "Newsletter")
    fake.add_to_segment(seg, ["000T0", "000T1", "000T2"])

    created = client.actions.create(body=Action(type_="mailMessage", name="Welcome"))
    action_id = created.id
    assert isinstance(action_id, str) and fake.actions.get(action_id)["name"] == "Welcome"

    client.actions.validate(action_id, body=TEST)
    assert state_of(client, action_id) == 30
    fake.clock.advance(fake.action_test_delay - 1)
    assert state_of(client, action_id) == 30  # not yet
    fake.clock.advance(1)
    assert state_of(client, action_id) == ActionState.TESTED == 38

    client.actions.validate(action_id, body=VALIDATE)
    assert action_id in fake.validated_actions
    for target in client.segments.targets(seg):
        client.actions.send_to_target(action_id, target, body=TargetMessageRequest())

    assert [s["target"] for s in fake.sends] == ["000T0", "000T1", "000T2"]
    assert len(fake.requests.of("sendActionToTarget")) == 3
    archives = client.archives.for_action(action_id, "000T1")
    assert [a.action for a in archives] == [action_id]


def test_a_failing_test_ends_in_20_and_cannot_be_validated(
    fake: FakeNP6, client: np6.Client
) -> None:
    action = fake.add_action(name="Broken")
    fake.failing_action_tests.add(action["id"])
    fake.add_segment(1)

    with pytest.raises(np6.ConflictError):
        client.actions.validate(action["id"], body=VALIDATE)  # never tested
    client.actions.validate(action["id"], body=TEST)
    with pytest.raises(np6.ConflictError):
        client.actions.validate(action["id"], body=TEST)  # a test is running
    fake.clock.advance(fake.action_test_delay)
    assert state_of(client, action["id"]) == 20
    with pytest.raises(np6.ConflictError):
        client.actions.validate(action["id"], body=VALIDATE)
    assert fake.validated_actions == set()


def test_send_needs_a_validation_and_an_update_withdraws_it(
    fake: FakeNP6, client: np6.Client
) -> None:
    fake.add_target("000T1")
    action = fake.add_action("000A1", state=38, validated=True)
    client.actions.update("000A1", body=Action(name="Renamed"))
    assert fake.actions.get("000A1")["name"] == "Renamed"
    assert state_of(client, "000A1") is None and "000A1" not in fake.validated_actions
    with pytest.raises(np6.BadRequestError, match="not validated"):
        client.actions.send_to_target(action["id"], "000T1", body=TargetMessageRequest())
    assert fake.sends == [] and fake.archives == []


def test_duplicate_and_delete_actions(fake: FakeNP6, client: np6.Client) -> None:
    fake.add_action("000A1", name="Original", state=38, validated=True)
    copy = client.actions.duplicate("000A1", folder=7)
    assert copy.id != "000A1" and copy.name == "Original"
    assert copy.to_dict()["informations"]["folder"] == 7
    assert copy.id not in fake.validated_actions
    client.actions.delete("000A1")
    with pytest.raises(np6.NotFoundError):
        client.actions.get("000A1")
    assert [a.id for a in client.actions.list()] == [copy.id]


def test_import_runs_on_the_clock(fake: FakeNP6, client: np6.Client) -> None:
    created = client.imports.create(body=ImportDefinition(name="Contacts"))
    assert isinstance(created.id, int)
    with pytest.raises(np6.NotFoundError):
        client.imports.last_execution(created.id)  # never started
    client.imports.upload(created.id, b"email\nada@example.com\n")
    assert fake.import_files[created.id][1] == b"email\nada@example.com\n"

    assert client.imports.execute(created.id).to_dict() == {"state": 0}
    assert client.imports.last_execution(created.id).to_dict() == {"state": 0}
    fake.clock.advance(fake.import_delay)
    assert client.imports.last_execution(created.id).to_dict() == {"state": 1}

    other = fake.add_import(name="No file")
    client.imports.execute(other["id"])
    fake.clock.advance(fake.import_delay)
    assert client.imports.last_execution(other["id"]).to_dict() == {"state": 2}


def test_subscriptions_belong_to_their_target(fake: FakeNP6, client: np6.Client) -> None:
    fake.add_target("000T1", unicity="U1")
    fake.add_target("000T2")
    mine = fake.add_subscription(target="000T1")
    fake.add_subscription(target="000T2")

    assert [str(s.id) for s in client.subscriptions.for_target("000T1")] == [mine["id"]]
    assert [str(s.id) for s in client.subscriptions.find(unicity="U1")] == [mine["id"]]
    client.subscriptions.delete_for_target("000T1")
    assert client.subscriptions.for_target("000T1") == []
    assert len(fake.subscriptions) == 1


def test_created_records_carry_what_every_answer_carries(fake: FakeNP6) -> None:
    with fake.client() as client:
        made = client.imports.create(body={"name": "Contacts"})
        assert abs((made.creation_date - fake.clock.now()).total_seconds()) < 1  # set by NP6
        assert client.imports.get(made.id).name == "Contacts"
        app = client.applications.create(body={"type": "native", "name": "App"})
        assert client.applications.get(app.id).name == "App"
        # The answer must carry a name (required in the spec), so the fake refuses to create
        # without one rather than answer what the spec forbids.
        for create in (client.imports.create, client.applications.create):
            with pytest.raises(np6.BadRequestError, match="missing name"):
                create(body={})
    assert len(fake.imports) == 1 and len(fake.applications) == 1


def test_operations_without_a_route_answer_the_spec_example(fake: FakeNP6) -> None:
    op = fake.spec.by_id["listActionActivations"]
    media = op.document["responses"]["200"]["content"]["application/json"]
    with fake.client() as client:
        events = client.actions.activations("000A1")
    assert [e.to_dict() for e in events] == media["example"]
    assert events[0].type_ == "activation" and str(events[0].id) == media["example"][0]["id"]


def test_samples_build_values_from_schemas(fake: FakeNP6) -> None:
    samples = Samples(fake.spec.document)
    segment = samples.build({"$ref": "#/components/schemas/Segment"})
    assert segment["type"] == "static" and segment["isTest"] is False
    assert samples.build({"type": ["null", "integer"], "minimum": 3}) == 3
    assert samples.build({"type": "string", "format": "uuid"}).count("-") == 4
    assert samples.build({"type": "array", "items": {"type": "boolean"}}) == [False]


def test_faults_by_operation(fake: FakeNP6, client: np6.Client) -> None:
    fake.add_action("000A1")
    fake.faults.server_error(times=1, operation="getAction")
    assert client.actions.list()[0].id == "000A1"  # another operation of the same section
    with pytest.raises(np6.InternalServerError):
        client.actions.get("000A1")
    assert client.actions.get("000A1").id == "000A1"
    assert [r.operation_id for r in fake.requests] == ["listActions", "getAction", "getAction"]


def test_waits_pass_on_the_fake_clock(fake: FakeNP6) -> None:
    fake.add_target("000T1")
    fake.faults.rate_limit(times=2, retry_after=30, operation="getTarget")
    before = fake.clock.now()
    with fake.client(max_retries=3) as client:
        assert client.targets.get("000T1").id == "000T1"
    waited = (fake.clock.now() - before).total_seconds()
    assert 60 <= waited <= 66  # two waits of 30 s plus the pacer's jitter (<= 10%), not slept


@pytest.mark.parametrize("reset", ["delta", "epoch"])
@pytest.mark.parametrize("concurrency", [1, 4])
def test_a_rate_limited_job_is_paced_on_the_fake_clock(
    fake: FakeNP6, reset: str, concurrency: int
) -> None:
    # Pacing is on by default; the window, the pacer and the sleeps all run on the fake's clock.
    seg = fake.add_segment()
    window = fake.faults.rate_limit_window(limit=5, reset=reset)  # type: ignore[arg-type]
    ids = [f"T{i}" for i in range(50 * 23)]  # 23 requests: 5 windows of 5
    started, before = time.monotonic(), fake.clock.elapsed()
    with fake.client() as client:
        result = client.segments.add_targets(seg, ids, concurrency=concurrency)
    assert result.ok and result.added == len(ids)
    assert (window.admitted, window.refused) == (23, 0)  # not one 429
    # Four resets waited for, on the fake clock, once each (threads do not add their waits up).
    assert 4.0 <= fake.clock.elapsed() - before <= 4.0 + 5 * 0.1
    assert time.monotonic() - started < 10  # ...not for real


@pytest.mark.parametrize("reset", ["delta", "epoch"])
async def test_async_rate_limited_job_is_paced_on_the_fake_clock(fake: FakeNP6, reset: str) -> None:
    seg = fake.add_segment()
    window = fake.faults.rate_limit_window(limit=5, reset=reset)  # type: ignore[arg-type]
    ids = [f"T{i}" for i in range(50 * 23)]
    before = fake.clock.elapsed()
    async with fake.async_client() as client:
        result = await client.segments.add_targets(seg, ids, concurrency=8)
    assert result.ok and result.added == len(ids)
    assert (window.admitted, window.refused) == (23, 0)
    assert 4.0 <= fake.clock.elapsed() - before <= 4.0 + 5 * 0.1  # one wait per window at a time


def test_pacing_is_on_by_default_and_can_be_turned_off() -> None:
    client = np6.Client(api_key="k")
    assert client._paces
    assert not np6.Client(api_key="k", pacing=False)._paces


def test_a_running_clock_follows_the_wall_clock() -> None:
    clock = FakeClock(frozen=False)
    first = clock.now()
    clock.advance(10)
    assert 10 <= (clock.now() - first).total_seconds() < 11
    with pytest.raises(ValueError, match="forward"):
        clock.advance(-1)


def test_the_transport_takes_any_handler() -> None:
    class Teapot:
        def handle(
            self, method: str, url: str, headers: Mapping[str, str], body: bytes = b""
        ) -> Reply:
            return Reply(418, {"X-Seen": f"{method} {url}"}, body)

    with httpx.Client(transport=FakeTransport(Teapot())) as http:
        response = http.post("https://x.invalid/a?b=1", content=b"hi")
    assert response.status_code == 418 and response.content == b"hi"
    assert response.headers["x-seen"] == "POST /a?b=1"


def test_messages_are_sent_all_or_nothing(fake: FakeNP6, client: np6.Client) -> None:
    fake.add_target("000T1", unicity="U1")
    fake.add_target("000T2")
    fake.add_action("000A1", state=38, validated=True)

    def to(*targets: str) -> list[MessageDefinition]:
        return [MessageDefinition(recipient=Receiver(value=t)) for t in targets]

    with pytest.raises(np6.NotFoundError):
        client.actions.send_many("000A1", body=to("000T1", "nobody"))
    assert fake.sends == [] and fake.archives == []
    results = client.actions.send_many("000A1", body=to("000T1", "000T2"))
    assert [(r.type_, r.recipient.id) for r in results] == [
        ("success", "000T1"),
        ("success", "000T2"),
    ]
    assert results[0].recipient.unicity == "U1"
    assert [a["target"] for a in fake.archives] == ["000T1", "000T2"]
    assert client.actions.send("000A1", body=to("000T2")[0]).recipient.id == "000T2"


def test_with_options_and_request_work_on_the_fake(fake: FakeNP6) -> None:
    fake.add_target("000T1")
    fake.faults.rate_limit(times=1, retry_after=20, operation="countTargets")
    before = fake.clock.now()
    with fake.client(max_retries=0) as client:
        patient = client.with_options(max_retries=2)
        assert patient.targets.count().targets_count == 1
        assert client.request("GET", "/targets/count") == {"targetsCount": 1}
    waited = (fake.clock.now() - before).total_seconds()
    assert 20 <= waited <= 22  # the clone waits on the clock too (plus <= 10% jitter)


def test_a_route_without_a_body_gets_the_documented_one(monkeypatch: pytest.MonkeyPatch) -> None:
    from np6.testing._messages import no_content
    from np6.testing.routes import HANDLERS

    monkeypatch.setitem(HANDLERS, ("GET", "/targets/count"), lambda state, request: no_content())
    with FakeNP6().client() as client:
        assert client.targets.count().targets_count == 0  # the spec's example


def test_every_route_module_is_loaded() -> None:
    # A module of routes/ that __init__ forgets to import leaves its section stateless, silently.
    import pkgutil

    from np6.testing import routes

    modules = {m.name for m in pkgutil.iter_modules(routes.__path__) if not m.name.startswith("_")}
    assert modules <= set(routes.__all__)
    assert ("GET", "/parameters/applications/{uuid}") in routes.HANDLERS
