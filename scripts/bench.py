#!/usr/bin/env python3
"""`make bench`: np6 against raw httpx, side by side in one run, on 127.0.0.1 only.

    python scripts/bench.py [--quick] [--out bench-results.md]

1. per-call overhead: `client.targets.get(id)` (sync and async) against httpx GET + json.loads on
   the same server and the same connection pool;
2. bulk: 100,000 ids into a segment with 10 ms of injected latency: sequential, np6 default
   concurrency, np6 at 8, an ideal raw-httpx asyncio pipeline at 8, and np6's AsyncClient at 8;
3. cold import of np6 against httpx, and cold start: a whole process that imports np6 and makes
   its first call against one that imports httpx and makes the same GET;
4. peak RSS growth of `add_targets` fed a generator of 1,000,000 ids;
5. (not with --quick) the rate-limit table of scripts/bench_ratelimit.py.

The fake NP6 runs in another process (spec validation off) so that it does not share the measured
process's interpreter lock or memory. Each figure is the median of several repetitions.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from multiprocessing.connection import Connection
from pathlib import Path

import httpx

import np6

KEY = "bench-key"
TARGET = "000T1"
SEGMENT = 1
COMMAND = "make bench"


@dataclass(frozen=True)
class Sizes:
    calls: int = 2_000
    call_reps: int = 3
    bulk_ids: int = 100_000
    bulk_reps: int = 2
    latency: float = 0.010
    import_runs: int = 10
    memory_ids: int = 1_000_000


QUICK = Sizes(calls=50, call_reps=2, bulk_ids=1_000, bulk_reps=1, import_runs=2, memory_ids=5_000)


# --------------------------------------------------------------------------- the fake, elsewhere


def _serve(conn: Connection, latency: float) -> None:
    from np6.testing import FakeNP6, FakeServer

    fake = FakeNP6(KEY, validate=False, record_requests=False)
    fake.add_target(TARGET, unicity="FR1", fields={"email": "a@example.com", "country": "FR"})
    fake.add_segment(SEGMENT, "bench")
    if latency:
        fake.faults.slow(latency)
    server = FakeServer(fake, "127.0.0.1", 0, verbose=False)
    conn.send(server.url)
    server.serve_forever()


@contextmanager
def spawned(target: Callable[..., None], *args: object) -> Iterator[Connection]:
    """`target(conn, *args)` in a fresh process, which first sends something on `conn` (its URL);
    yields our end of the pipe once it has. The process is ended on exit."""
    ctx = multiprocessing.get_context("spawn")
    parent, child = ctx.Pipe()
    process = ctx.Process(target=target, args=(child, *args), daemon=True)
    process.start()
    try:
        if not parent.poll(60):
            raise RuntimeError("the fake NP6 did not start")
        yield parent
    finally:
        process.terminate()
        process.join(10)


@contextmanager
def fake_server(latency: float = 0.0) -> Iterator[str]:
    with spawned(_serve, latency) as conn:
        yield str(conn.recv())


# --------------------------------------------------------------------------- 1. per call


def _timed(fn: Callable[[], object], n: int) -> float:
    start = time.perf_counter()
    for _ in range(n):
        fn()
    return (time.perf_counter() - start) / n


async def _atimed(fn: Callable[[], Awaitable[object]], n: int) -> float:
    start = time.perf_counter()
    for _ in range(n):
        await fn()
    return (time.perf_counter() - start) / n


def per_call(sizes: Sizes) -> dict[str, float]:
    with fake_server() as url, httpx.Client(base_url=url) as http:
        client = np6.Client(api_key=KEY, base_url=url, http_client=http, max_retries=0)
        path = f"/targets/{TARGET}"

        def raw() -> object:
            return json.loads(http.get(path, headers={"X-Key": KEY}).content)

        def ours() -> object:
            return client.targets.get(TARGET)

        assert client.targets.get(TARGET).id == TARGET
        _timed(raw, 50), _timed(ours, 50)  # warm the pool and the imports
        raw_s, np6_s = [], []
        for _ in range(sizes.call_reps):  # interleaved, so drift hits both alike
            raw_s.append(_timed(raw, sizes.calls))
            np6_s.append(_timed(ours, sizes.calls))

        async def run_async() -> tuple[list[float], list[float]]:
            async with httpx.AsyncClient(base_url=url) as ahttp:
                aclient = np6.AsyncClient(api_key=KEY, base_url=url, http_client=ahttp)

                async def araw() -> object:
                    return json.loads((await ahttp.get(path, headers={"X-Key": KEY})).content)

                async def aours() -> object:
                    return await aclient.targets.get(TARGET)

                await _atimed(araw, 50), await _atimed(aours, 50)
                a_raw, a_np6 = [], []
                for _ in range(sizes.call_reps):
                    a_raw.append(await _atimed(araw, sizes.calls))
                    a_np6.append(await _atimed(aours, sizes.calls))
                return a_raw, a_np6

        a_raw, a_np6 = asyncio.run(run_async())
    med = statistics.median
    return {
        "raw_us": med(raw_s) * 1e6,
        "np6_us": med(np6_s) * 1e6,
        "sync_ratio": med(np6_s) / med(raw_s),
        "araw_us": med(a_raw) * 1e6,
        "anp6_us": med(a_np6) * 1e6,
        "async_ratio": med(a_np6) / med(a_raw),
    }


# --------------------------------------------------------------------------- 2. bulk


async def _ideal(url: str, ids: list[str], concurrency: int) -> float:
    """What a careful hand-written pipeline does: pre-chunked, `concurrency` workers, one pool."""
    chunks = [ids[i : i + 50] for i in range(0, len(ids), 50)]
    queue: asyncio.Queue[list[str]] = asyncio.Queue()
    for chunk in chunks:
        queue.put_nowait(chunk)
    added = 0
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=url, limits=limits) as http:

        async def worker() -> None:
            nonlocal added
            while not queue.empty():
                chunk = queue.get_nowait()
                response = await http.put(
                    f"/segments/{SEGMENT}/targets", json=chunk, headers={"X-Key": KEY}
                )
                response.raise_for_status()
                added += int(response.json())

        start = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        elapsed = time.perf_counter() - start
    assert added == len(ids), (added, len(ids))
    return elapsed


async def add_targets_async(
    url: str, segment: int, ids: list[str], concurrency: int
) -> tuple[float, np6.BatchResult]:
    """`AsyncClient.add_targets`, timed once the client is made and its lazy imports are done
    (also used by scripts/bench_ratelimit.py)."""
    async with np6.AsyncClient(api_key=KEY, base_url=url) as client:
        client.segments.add_targets_raw  # noqa: B018
        start = time.perf_counter()
        result = await client.segments.add_targets(segment, ids, concurrency=concurrency)
        return time.perf_counter() - start, result


def bulk(sizes: Sizes) -> dict[str, float]:
    runs: dict[str, list[float]] = {"seq": [], "default": [], "c8": [], "ideal": [], "a8": []}
    with fake_server(sizes.latency) as url:
        for rep in range(sizes.bulk_reps):
            for name, concurrency in (("seq", 1), ("default", None), ("c8", 8)):
                # Fresh ids each run: the fake counts only ids new to the segment.
                ids = (f"{name}{rep}-{i}" for i in range(sizes.bulk_ids))
                with np6.Client(api_key=KEY, base_url=url) as client:
                    start = time.perf_counter()
                    if concurrency is None:
                        result = client.segments.add_targets(SEGMENT, ids)
                    else:
                        result = client.segments.add_targets(SEGMENT, ids, concurrency=concurrency)
                    runs[name].append(time.perf_counter() - start)
                assert result.ok and result.added == sizes.bulk_ids, result
            ideal_ids = [f"ideal{rep}-{i}" for i in range(sizes.bulk_ids)]
            runs["ideal"].append(asyncio.run(_ideal(url, ideal_ids, 8)))
            async_ids = [f"async{rep}-{i}" for i in range(sizes.bulk_ids)]
            seconds, result = asyncio.run(add_targets_async(url, SEGMENT, async_ids, 8))
            assert result.ok and result.added == sizes.bulk_ids, result
            runs["a8"].append(seconds)
    med = {name: statistics.median(times) for name, times in runs.items()}
    return {
        **{f"{name}_s": t for name, t in med.items()},
        "speedup_default": med["seq"] / med["default"],
        "speedup_c8": med["seq"] / med["c8"],
        "vs_ideal": med["ideal"] / med["c8"],
        "async_vs_ideal": med["ideal"] / med["a8"],
    }


# --------------------------------------------------------------------------- 3. import


@contextmanager
def python_runs() -> Iterator[Callable[..., float]]:
    """Time whole `python -c CODE ARGS...` processes (ms), all from cached bytecode.

    Installed packages come compiled, but np6 runs from source here and PYTHONDONTWRITEBYTECODE may
    be set: without a shared bytecode cache every run would compile np6 while httpx comes compiled.
    Each distinct command runs once untimed to fill the cache.
    """
    with tempfile.TemporaryDirectory() as cache:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = cache
        warm: set[tuple[str, ...]] = set()

        def run(code: str, *args: str) -> float:
            command = (sys.executable, "-c", code, *args)
            if command not in warm:
                subprocess.run(command, check=True, env=env)
                warm.add(command)
            start = time.perf_counter()
            subprocess.run(command, check=True, env=env)
            return (time.perf_counter() - start) * 1000

        yield run


def cold_import(sizes: Sizes) -> dict[str, float]:
    times: dict[str, list[float]] = {"np6": [], "httpx": []}
    with python_runs() as run:
        for _ in range(sizes.import_runs):
            for module in times:
                times[module].append(run(f"import {module}"))
        startup = statistics.mean(run("pass") for _ in range(sizes.import_runs))
    result = {f"{m}_min_ms": min(t) for m, t in times.items()}
    result |= {f"{m}_median_ms": statistics.median(t) for m, t in times.items()}
    result["startup_ms"] = startup
    result["ratio"] = (result["np6_median_ms"] - startup) / (result["httpx_median_ms"] - startup)
    return result


# Whole processes: interpreter start-up, imports and one GET of a target, each way.
_FIRST_RAW = """
import sys, httpx
with httpx.Client() as http:
    http.get(sys.argv[1] + "/targets/" + sys.argv[3], headers={"X-Key": sys.argv[2]}).json()
"""
_FIRST_NP6 = """
import sys, np6
with np6.Client(api_key=sys.argv[2], base_url=sys.argv[1]) as client:
    client.targets.get(sys.argv[3])
"""


def first_call(sizes: Sizes) -> dict[str, float]:
    times: dict[str, list[float]] = {"raw": [], "np6": []}
    with fake_server() as url, python_runs() as run:
        for _ in range(sizes.import_runs):
            for name, code in (("raw", _FIRST_RAW), ("np6", _FIRST_NP6)):
                times[name].append(run(code, url, KEY, TARGET))
    result = {f"{name}_median_ms": statistics.median(t) for name, t in times.items()}
    result["ratio"] = result["np6_median_ms"] / result["raw_median_ms"]
    return result


# --------------------------------------------------------------------------- 4. memory

_MEMORY_CHILD = """
import sys, np6
def status(key):
    with open("/proc/self/status") as f:
        return next(int(l.split()[1]) for l in f if l.startswith(key)) / 1024
url, n = sys.argv[1], int(sys.argv[2])
with np6.Client(api_key=sys.argv[3], base_url=url) as client:
    client.segments.add_targets_raw({segment}, ["warm-up"])
    before = status("VmRSS:")
    result = client.segments.add_targets({segment}, (f"m{{i}}" for i in range(n)), concurrency=8)
    assert result.ok and result.sent == n, result
print(before, status("VmHWM:"))
"""


def memory(sizes: Sizes) -> dict[str, float]:
    with fake_server() as url:
        out = subprocess.run(
            [
                sys.executable,
                "-c",
                _MEMORY_CHILD.format(segment=SEGMENT),
                url,
                str(sizes.memory_ids),
                KEY,
            ],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.split()
    before, peak = float(out[0]), float(out[1])
    return {"before_mb": before, "peak_mb": peak, "growth_mb": peak - before}


# --------------------------------------------------------------------------- report


def report(sizes: Sizes, figures: dict[str, dict[str, float]], seconds: float) -> str:
    c, b, i, m = figures["per_call"], figures["bulk"], figures["import"], figures["memory"]
    f = figures["first_call"]
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    rows = [
        ("per call, sync: np6 / raw httpx", f"{c['sync_ratio']:.2f}x",
         f"{c['np6_us']:.0f} µs vs {c['raw_us']:.0f} µs per call, {sizes.calls} calls", "≤ 1.3x"),
        ("per call, async: np6 / raw httpx", f"{c['async_ratio']:.2f}x",
         f"{c['anp6_us']:.0f} µs vs {c['araw_us']:.0f} µs per call", "≤ 1.3x"),
        ("bulk: speed-up over sequential, default concurrency (4)",
         f"{b['speedup_default']:.1f}x",
         f"{b['seq_s']:.1f} s → {b['default_s']:.2f} s for {sizes.bulk_ids:,} ids", ""),
        ("bulk: speed-up over sequential, concurrency 8", f"{b['speedup_c8']:.1f}x",
         f"{b['seq_s']:.1f} s → {b['c8_s']:.2f} s", "≥ 6x"),
        ("bulk: np6 at 8 / ideal raw pipeline at 8 (throughput)", f"{b['vs_ideal']:.2f}x",
         f"ideal {b['ideal_s']:.2f} s", "≥ 0.85x"),
        ("bulk: np6 AsyncClient at 8 / ideal raw pipeline at 8 (throughput)",
         f"{b['async_vs_ideal']:.2f}x", f"AsyncClient {b['a8_s']:.2f} s", "≥ 0.85x"),
        ("cold import: np6 / httpx (median, interpreter start-up removed)", f"{i['ratio']:.2f}x",
         f"np6 {i['np6_median_ms']:.0f} ms (min {i['np6_min_ms']:.0f}), httpx "
         f"{i['httpx_median_ms']:.0f} ms (min {i['httpx_min_ms']:.0f}), bare python "
         f"{i['startup_ms']:.0f} ms", "≤ 2x"),
        ("cold start: import np6 + first targets.get / import httpx + one GET (whole processes)",
         f"{f['ratio']:.2f}x",
         f"np6 {f['np6_median_ms']:.0f} ms, httpx {f['raw_median_ms']:.0f} ms (medians)", "≤ 1.3x"),
        (f"memory: peak RSS growth, add_targets of {sizes.memory_ids:,} ids",
         f"{m['growth_mb']:.1f} MB", f"{m['before_mb']:.0f} MB → peak {m['peak_mb']:.0f} MB",
         "< 50 MB"),
    ]  # fmt: skip
    lines = [
        f"Measured {when} on {machine}, in {seconds:.0f} s, with `{COMMAND}`"
        f"{' --quick (tiny sizes: not figures to quote)' if sizes == QUICK else ''}.",
        f"Bulk runs inject {sizes.latency * 1000:.0f} ms of latency per request; medians of "
        f"{sizes.call_reps} (per call) and {sizes.bulk_reps} (bulk) repetitions.",
        "",
        "| measure | result | detail | target |",
        "|---|---|---|---|",
        *(f"| {a} | {b_} | {c_} | {d} |" for a, b_, c_, d in rows),
    ]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="tiny sizes (keeps the script tested)")
    parser.add_argument("--out", type=Path, default=Path("bench-results.md"))
    args = parser.parse_args(argv)
    sizes = QUICK if args.quick else Sizes()
    start = time.perf_counter()
    figures = {}
    for name, measure in (
        ("per_call", per_call),
        ("bulk", bulk),
        ("import", cold_import),
        ("first_call", first_call),
        ("memory", memory),
    ):
        print(f"bench: {name} ...", file=sys.stderr, flush=True)
        figures[name] = measure(sizes)
    text = report(sizes, figures, time.perf_counter() - start)
    if not args.quick:  # ~4 more minutes; tests/test_bench.py runs it small
        from bench_ratelimit import table

        text += "\n" + table()
    args.out.write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
