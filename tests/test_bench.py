"""`make bench` stays runnable: the whole script at tiny sizes (figures are not asserted)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_bench_quick_prints_every_figure(tmp_path: Path) -> None:
    out = tmp_path / "bench.md"
    run = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "bench.py"), "--quick", "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    table = out.read_text()
    assert table == run.stdout.rstrip("\n") + "\n"
    rows = [line for line in table.splitlines() if line.startswith("| ") and "---" not in line]
    measures = [row.split(" | ")[0] for row in rows[1:]]
    assert len(measures) == 8, table
    labels = (
        "per call, sync",
        "per call, async",
        "concurrency 8",
        "ideal",
        "import",
        "cold start",
        "memory",
    )
    for label in labels:
        assert any(label in m for m in measures), (label, measures)
    # Every result cell is a number with its unit, not a placeholder.
    for row in rows[1:]:
        assert re.fullmatch(r"\d+(\.\d+)?(x| MB)", row.split(" | ")[1]), row
    assert "--quick" in table
