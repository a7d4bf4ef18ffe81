#!/usr/bin/env python3
"""np6 against a server that enforces a rate limit, next to a client that paces from the headers.

    python scripts/bench_ratelimit.py [--quick] [--out bench-ratelimit.md]

The server is the fake NP6 on 127.0.0.1, in another process, with `rate_limit_window`: at most
L = 50 requests per 1 s window, each answer 10 ms late, 429 past the limit, `X-RateLimit-Reset`
as whole seconds ("delta") or epoch milliseconds ("epoch"). Each run sends 20,000 ids into a new
segment (400 requests of 50) at concurrency 1, 4, 8 and 16, first with the reference client, then
with `np6.Client().segments.add_targets` and with `np6.AsyncClient`'s, each with a fresh window and
a fresh client.

The reference is what a careful user writes with raw httpx and threads: one shared budget under a
lock, counting what it sent in the current window and lowering that to `Remaining` when an answer
says less (`Limit - sent` before), refilled to `Limit` once `now + Reset` of the latest answer has
passed; on a 429 it sleeps until the reset and sends the chunk again.

Per run: requests answered 429 (counted by the server), throughput (ids per second), ids the
server never accepted (lost) and ids it accepted more than once (duplicated).
`make bench` runs it after scripts/bench.py; `--quick` (concurrency 8, 1,500 ids, L = 20) keeps
it tested.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Literal

import httpx
from bench import KEY, add_targets_async, spawned

import np6

COMMAND = "make bench"
Style = Literal["delta", "epoch"]
Who = Literal["ref", "np6", "np6-async"]


@dataclass(frozen=True)
class Sizes:
    ids: int = 20_000
    limit: int = 50
    window: float = 1.0
    latency: float = 0.010
    concurrency: tuple[int, ...] = (1, 4, 8, 16)
    styles: tuple[Style, ...] = ("delta", "epoch")


QUICK = Sizes(ids=1_500, limit=20, concurrency=(8,))


# --------------------------------------------------------------------------- the server, elsewhere


def _serve(conn: Connection, sizes: Sizes) -> None:
    from np6.testing import FakeClock, FakeNP6, FakeServer, Reply

    class CountingFake(FakeNP6):
        """The fake, also counting how many times each id was accepted."""

        def __init__(self) -> None:
            # A running clock: the window resets in real time, as the clients wait for real.
            super().__init__(
                KEY, validate=False, record_requests=False, clock=FakeClock(frozen=False)
            )
            self.accepted: Counter[str] = Counter()
            self.count_lock = threading.Lock()

        def handle(
            self, method: str, url: str, headers: Mapping[str, str], body: bytes = b""
        ) -> Reply:
            reply = super().handle(method, url, headers, body)
            if method == "PUT" and 200 <= reply.status < 300:
                with self.count_lock:
                    self.accepted.update(json.loads(body))
            return reply

    fake = CountingFake()
    fake.faults.slow(sizes.latency)
    window = fake.faults.rate_limit_window(sizes.limit, window=sizes.window)
    with FakeServer(fake, "127.0.0.1", 0) as server:
        conn.send(server.url)
        while True:  # ended by the parent
            command = conn.recv()
            if command == "stats":
                conn.send((dict(fake.accepted), window.refused, window.admitted))
                continue
            fake.accepted.clear()  # "delta" or "epoch": a new run, a new window
            window = fake.faults.rate_limit_window(sizes.limit, window=sizes.window, reset=command)
            conn.send(fake.add_segment())


@contextmanager
def server(sizes: Sizes) -> Iterator[tuple[str, Connection]]:
    with spawned(_serve, sizes) as conn:
        yield str(conn.recv()), conn


# --------------------------------------------------------------------------- the reference


def reset_seconds(value: str) -> float:
    """X-RateLimit-Reset as seconds from now: a delay, or an epoch instant in s or ms."""
    number = float(value)
    if number > 1e11:
        return number / 1000 - time.time()
    if number > 1e9:
        return number - time.time()
    return number


class HeaderPaced:
    """The reference: raw httpx, threads, one budget learned from the headers (see the top)."""

    def __init__(self, url: str, concurrency: int) -> None:
        limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
        self.http = httpx.Client(base_url=url, limits=limits, headers={"X-Key": KEY})
        self.concurrency = concurrency
        self.lock = threading.Lock()
        self.limit: int | None = None
        self.remaining: int | None = None  # None: no answer yet, nothing to go by
        self.sent = 0  # in the current window
        self.reset_at = 0.0
        self.window = 0  # answers from an earlier window are not used for the budget

    def _turn(self) -> int:
        with self.lock:  # a sender that must wait holds the lock: the others would wait too
            if self.remaining is not None and self.remaining <= 0:
                time.sleep(max(0.0, self.reset_at - time.monotonic()))
                self.remaining, self.window, self.sent = self.limit, self.window + 1, 0
            if self.remaining is not None:
                self.remaining -= 1
            self.sent += 1
            return self.window

    def _learn(self, window: int, response: httpx.Response) -> None:
        headers = response.headers
        with self.lock:
            if window != self.window or "x-ratelimit-remaining" not in headers:
                return
            self.limit = int(headers["x-ratelimit-limit"])
            remaining = int(headers["x-ratelimit-remaining"])
            if self.remaining is None:
                self.remaining = self.limit - self.sent
            self.remaining = min(self.remaining, remaining)
            self.reset_at = time.monotonic() + reset_seconds(headers["x-ratelimit-reset"])

    def send(self, segment: int, chunk: list[str]) -> int:
        while True:
            window = self._turn()
            response = self.http.put(f"/segments/{segment}/targets", json=chunk)
            self._learn(window, response)
            if response.status_code != 429:
                response.raise_for_status()
                return int(response.json())
            time.sleep(max(0.05, reset_seconds(response.headers["x-ratelimit-reset"])))

    def add_targets(self, segment: int, ids: list[str]) -> None:
        chunks = [ids[i : i + 50] for i in range(0, len(ids), 50)]
        with ThreadPoolExecutor(self.concurrency) as pool:
            list(pool.map(lambda chunk: self.send(segment, chunk), chunks))
        self.http.close()


# --------------------------------------------------------------------------- runs


@dataclass(frozen=True)
class Run:
    seconds: float
    refused: int
    requests: int
    lost: int
    duplicated: int

    @property
    def rate(self) -> float:
        return self.requests / self.seconds


def run(conn: Connection, url: str, style: Style, who: Who, concurrency: int, n: int) -> Run:
    conn.send(style)
    segment = int(conn.recv())
    ids = [f"{who}-{style}-{concurrency}-{i}" for i in range(n)]
    # Clients made (and np6's lazy imports done) before the clock starts: pacing is measured here.
    if who == "np6":
        with np6.Client(api_key=KEY, base_url=url) as client:
            client.segments.add_targets_raw  # noqa: B018
            start = time.perf_counter()
            client.segments.add_targets(segment, ids, concurrency=concurrency)
            seconds = time.perf_counter() - start
    elif who == "np6-async":
        seconds, _ = asyncio.run(add_targets_async(url, segment, ids, concurrency))
    else:
        reference = HeaderPaced(url, concurrency)
        start = time.perf_counter()
        reference.add_targets(segment, ids)
        seconds = time.perf_counter() - start
    conn.send("stats")
    accepted, refused, admitted = conn.recv()
    return Run(
        seconds,
        refused,
        admitted,
        lost=sum(1 for i in ids if i not in accepted),
        duplicated=sum(1 for count in accepted.values() if count > 1),
    )


Row = tuple[Style, int, str, Run, Run]  # Reset style, concurrency, np6 client, np6's run, ref's


def measure(sizes: Sizes) -> list[Row]:
    rows: list[Row] = []
    with server(sizes) as (url, conn):
        for style in sizes.styles:
            for concurrency in sizes.concurrency:
                print(f"bench: rate limit, {style}, concurrency {concurrency}", file=sys.stderr)
                ref = run(conn, url, style, "ref", concurrency, sizes.ids)
                ours = run(conn, url, style, "np6", concurrency, sizes.ids)
                rows.append((style, concurrency, "Client", ours, ref))
                ours = run(conn, url, style, "np6-async", concurrency, sizes.ids)
                rows.append((style, concurrency, "AsyncClient", ours, ref))
    return rows


def report(sizes: Sizes, rows: list[Row], seconds: float) -> str:
    requests = math.ceil(sizes.ids / 50)
    lines = [
        f"Rate limit: L = {sizes.limit} requests per {sizes.window:g} s window, "
        f"{sizes.latency * 1000:.0f} ms latency, {sizes.ids:,} ids = {requests} requests per run, "
        f"in {seconds:.0f} s with `{COMMAND}`"
        f"{' --quick (tiny sizes: not figures to quote)' if sizes == QUICK else ''}. "
        "Reference: raw httpx paced from the headers by hand (scripts/bench_ratelimit.py), "
        "one run per Reset style and concurrency, next to np6's `Client` (threads) and "
        "`AsyncClient` (tasks), both with default settings.",
        "",
        "| Reset | concurrency | np6 | 429s np6 / ref | requests/s np6 / ref "
        "| throughput np6 / ref | ids lost np6 / ref | ids duplicated np6 / ref |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for style, concurrency, client, ours, ref in rows:
        lines.append(
            f"| {style} | {concurrency} | {client} | {ours.refused} / {ref.refused} "
            f"| {ours.rate:.1f} / {ref.rate:.1f} | {ours.rate / ref.rate:.2f}x "
            f"| {ours.lost} / {ref.lost} | {ours.duplicated} / {ref.duplicated} |"
        )
    lines += [
        "",
        "Targets (np6: at most 1% of requests answered 429, throughput ≥ 0.98x the "
        "reference, 0 ids lost or duplicated):",
    ]
    for client in ("Client", "AsyncClient"):
        mine = [(ours, ref) for _, _, who, ours, ref in rows if who == client]
        ok_429 = all(ours.refused <= 0.01 * ours.requests for ours, _ in mine)
        worst = min(ours.rate / ref.rate for ours, ref in mine)
        ok_ids = all(ours.lost == ours.duplicated == 0 for ours, _ in mine)
        verdict = "met" if ok_429 and worst >= 0.98 and ok_ids else "NOT met"
        lines.append(
            f"- {client}: {verdict} (429s {'ok' if ok_429 else 'over'}, throughput {worst:.2f}x "
            f"at worst, ids {'ok' if ok_ids else 'lost or duplicated'})."
        )
    return "\n".join(lines) + "\n"


def table(*, quick: bool = False) -> str:
    """Measure and return the report (scripts/bench.py appends it to its own)."""
    sizes = QUICK if quick else Sizes()
    start = time.perf_counter()
    return report(sizes, measure(sizes), time.perf_counter() - start)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="tiny sizes (keeps the script tested)")
    parser.add_argument("--out", type=Path, default=None, help="also write the table here")
    args = parser.parse_args(argv)
    text = table(quick=args.quick)
    if args.out is not None:
        args.out.write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
