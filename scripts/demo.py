#!/usr/bin/env python3
"""`make demo`: the main np6 job against the embedded fake NP6 on 127.0.0.1. No account, no network.

It finds and updates targets, adds 10,000 ids to a segment in batches, runs an email action
through its test, validation and sends, reads a target's hits and archives, and rides out a storm
of HTTP 429 answers with retries.
"""

from __future__ import annotations

import logging
import time

from np6_api.models import Action, ActionValidation, TargetMessageRequest
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

import np6
from np6.testing import DEMO_SEGMENT, FakeNP6, seed_demo

KEY = "demo-key"
console = Console(highlight=False, soft_wrap=True)


class _Retries(logging.Handler):
    """Counts np6's retry log records (np6 logs each retry at DEBUG)."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def action_workflow(fake: FakeNP6, client: np6.Client) -> None:
    """Create an email action, test it, validate it, send it to each target of a segment."""
    welcome = fake.add_segment(name="Welcome list")  # seeded directly in the fake
    client.segments.add_targets_raw(welcome, ["000T001", "000T002", "000T003"])
    action = client.actions.create(body=Action(type_="mailMessage", name="Welcome"))
    assert isinstance(action.id, str)
    client.actions.validate(action.id, body=ActionValidation(fortest=True, test_segments=[welcome]))
    states = [_state(client, action.id)]
    fake.clock.advance(fake.action_test_delay)  # NP6 takes its time; the fake's clock jumps
    states.append(_state(client, action.id))
    client.actions.validate(action.id, body=ActionValidation(fortest=False))
    targets = client.segments.targets(welcome)
    for target_id in targets:
        client.actions.send_to_target(action.id, target_id, body=TargetMessageRequest())
    console.print(
        f"3. email action {action.id}: test requested (state {states[0]}), "
        f"{fake.action_test_delay:.0f} s later on the fake clock tested (state {states[1]}), "
        f"validated, sent to the {len(targets)} targets of segment {welcome}: "
        f"{len(fake.requests.of('sendActionToTarget'))} sends, "
        f"{len([a for a in fake.archives if a['action'] == action.id])} archives"
    )


def _state(client: np6.Client, action_id: str) -> object:
    return client.actions.get(action_id).to_dict()["informations"]["state"]


def main() -> int:
    fake = FakeNP6(api_key=KEY)  # validates every request and answer against openapi/np6.yaml
    seed_demo(fake)
    retries = _Retries()
    logging.getLogger("np6").addHandler(retries)
    logging.getLogger("np6").setLevel(logging.DEBUG)

    with fake.serve() as url, np6.Client(api_key=KEY, base_url=url) as client:
        console.print(f"[bold]np6 demo[/bold] against a fake NP6 at {url}")

        ada = client.targets.find(unicity=("FR", 12345))
        assert isinstance(ada.id, str)  # the reference marks no field required: narrow Unset
        console.print(f"1. found target {ada.id} by unicity FR+12345: {ada.to_dict()['fields']}")
        linus = client.targets.update({"unicity": "FR99999", "firstname": "Linus"})
        console.print(f"   created or updated target {linus.id} (unicity FR99999)")

        ids = [f"0{n:07d}" for n in range(10_000)] + ["00000007", "00000042"]  # 2 duplicates
        with Progress(
            TextColumn("2. adding ids to the segment"), BarColumn(), MofNCompleteColumn()
        ) as bar:
            task = bar.add_task("ids", total=10_000)
            started = time.perf_counter()
            result = client.segments.add_targets(
                DEMO_SEGMENT,
                ids,
                concurrency=8,
                on_progress=lambda p: bar.update(task, completed=p.ids_done),
            )
            elapsed = time.perf_counter() - started
        console.print(
            f"   {result.added} added in {result.chunks_sent} requests of at most 50 "
            f"({elapsed:.2f} s), {result.chunks_failed} failed, duplicates sent once: "
            f"{result.duplicates}"
        )

        action_workflow(fake, client)

        hits = client.targets.hits(ada.id, sort="asc")
        archives = client.archives.for_target(ada.id)
        console.print(f"4. target {ada.id}: {len(hits)} hit events, {len(archives)} archives")
        for archive in archives:
            console.print(f"   sent {archive.sending_date:%Y-%m-%d} by action {archive.action}")

        fake.faults.rate_limit(times=3, retry_after="0.2")  # short waits, for the demo
        started = time.perf_counter()
        alan = client.targets.find(unicity="FR12346")
        console.print(
            f"5. a 429 storm: {len(retries.messages)} refusals retried after the wait NP6 asked "
            f"for; target {alan.id} found in {time.perf_counter() - started:.1f} s. "
            f"Rate limit now: {client.rate_limit}"
        )
        try:
            client.targets.delete("../../etc")
        except ValueError as exc:
            console.print(f"6. bad input never leaves the machine: {exc}")
    console.print(f"done: {fake.request_count} requests, all validated against the spec")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
