"""The `np6` command line against the fake NP6 over a real socket."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import typer
from typer.testing import CliRunner

import np6
from np6 import cli
from np6.cli import app, inert
from np6.testing import FakeNP6, seed_demo

runner = CliRunner()


@pytest.fixture
def fake() -> FakeNP6:
    fake = FakeNP6(api_key="cli-key")
    seed_demo(fake)
    fake.add_segment(7, "cli")
    return fake


@pytest.fixture
def url(fake: FakeNP6, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    with fake.serve() as url:
        monkeypatch.setenv("NP6_API_KEY", "cli-key")
        monkeypatch.setenv("NP6_BASE_URL", url)
        yield url


@pytest.fixture
def env(url: str) -> None:
    """The fake is served and NP6_API_KEY / NP6_BASE_URL point at it."""


def test_add_targets_from_a_file(fake: FakeNP6, env: None, tmp_path: Path) -> None:
    ids = tmp_path / "ids.txt"
    ids.write_text("".join(f"C{i}\n" for i in range(130)) + "\nC5\n")
    result = runner.invoke(app, ["segments", "add-targets", "7", str(ids), "--concurrency", "3"])
    assert result.exit_code == 0, result.output
    summary = "130 sent, 130 added, 0 failed, 0 not sent, 1 duplicates (3 requests)"
    assert summary in result.stdout
    # chunks run concurrently, so the segment's order is the arrival order
    assert sorted(fake.segment_targets(7)) == sorted(f"C{i}" for i in range(130))
    assert not (tmp_path / "ids.txt.failed").exists()


def test_failed_ids_are_written_to_a_private_file(fake: FakeNP6, env: None, tmp_path: Path) -> None:
    ids = tmp_path / "ids.txt"
    ids.write_text("".join(f"F{i}\n" for i in range(120)))
    failed_file = tmp_path / "ids.txt.failed"
    failed_file.write_text("old content\n")
    failed_file.chmod(0o644)
    fake.faults.server_error(times=1, status=500)  # 500 is not retried: one chunk fails
    result = runner.invoke(app, ["segments", "add-targets", "7", str(ids), "--concurrency", "1"])
    assert result.exit_code == 1
    failed = failed_file.read_text().split()
    assert failed == [f"F{i}" for i in range(50)]
    assert failed_file.stat().st_mode & 0o777 == 0o600
    assert "50 ids not added" in result.stderr
    assert sorted(fake.segment_targets(7) + failed) == sorted(f"F{i}" for i in range(120))


def test_a_symlinked_failed_file_is_refused_before_sending(
    fake: FakeNP6, env: None, tmp_path: Path
) -> None:
    ids = tmp_path / "ids.txt"
    ids.write_text("S1\nS2\n")
    victim = tmp_path / "victim"
    victim.write_text("keep me\n")
    (tmp_path / "ids.txt.failed").symlink_to(victim)
    fake.clear_requests()
    result = runner.invoke(app, ["segments", "add-targets", "7", str(ids)])
    assert result.exit_code == 1
    assert "symlink" in result.stderr
    assert fake.request_count == 0
    assert victim.read_text() == "keep me\n"
    with pytest.raises(OSError, match="symbolic links"):  # the writer never follows one
        cli.write_private(tmp_path / "ids.txt.failed", ["x"])
    assert victim.read_text() == "keep me\n"


def test_ids_file_with_bom_and_crlf(fake: FakeNP6, env: None, tmp_path: Path) -> None:
    ids = tmp_path / "ids.txt"
    ids.write_bytes("\ufeffB1\r\nB2\r\n\r\n  B3 \r\nÉ4\r\n".encode())
    result = runner.invoke(app, ["--json", "segments", "add-targets", "7", str(ids)])
    assert result.exit_code == 0, result.output
    assert sorted(fake.segment_targets(7)) == ["B1", "B2", "B3", "É4"]
    assert json.loads(result.stdout)["sent"] == 4


def test_invalid_utf8_mid_file_reports_what_was_sent_and_the_line(
    fake: FakeNP6, env: None, tmp_path: Path
) -> None:
    ids = tmp_path / "ids.txt"
    ids.write_bytes(b"".join(b"U%d\n" % i for i in range(120)) + b"bad\xff\nU999\n")
    result = runner.invoke(app, ["segments", "add-targets", "7", str(ids)])
    assert result.exit_code == 1
    assert "120 sent, 120 added" in result.stdout
    assert "line 121 is not UTF-8" in result.stderr
    assert sorted(fake.segment_targets(7)) == sorted(f"U{i}" for i in range(120))


def test_add_targets_json_summary(fake: FakeNP6, env: None, tmp_path: Path) -> None:
    ids = tmp_path / "ids.txt"
    ids.write_text("".join(f"J{i}\n" for i in range(60)) + "J1\n")
    fake.faults.server_error(times=1, status=500)
    result = runner.invoke(
        app, ["--json", "segments", "add-targets", "7", str(ids), "--concurrency", "1"]
    )
    assert result.exit_code == 1
    summary = json.loads(result.stdout)
    assert summary == {
        "segment_id": 7,
        "sent": 60,
        "added": 10,
        "failed": 50,
        "not_sent": 0,
        "skipped": 0,
        "duplicates": 1,
        "requests": 2,
        "interrupted": False,
        "failed_file": f"{ids}.failed",
        "stopped_at_line": None,
    }


def test_targets_get_prints_json(env: None) -> None:
    for args in (["--unicity", "FR12345"], ["000T001"]):
        result = runner.invoke(app, ["targets", "get", *args])
        assert result.exit_code == 0, result.output
        assert json.loads(result.stdout)["id"] == "000T001"
        assert result.stdout.count("\n") > 3  # indented for people
    result = runner.invoke(app, ["--json", "targets", "get", "000T001"])
    assert result.stdout.count("\n") == 1  # one line for machines
    result = runner.invoke(app, ["targets", "get", "000T001", "--hash", "h"])
    assert result.exit_code == 1
    assert "exactly one" in result.stderr


def test_global_options_come_before_the_command(
    url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("NP6_API_KEY")
    monkeypatch.delenv("NP6_BASE_URL")
    key = tmp_path / "key"
    key.write_text("cli-key\n")
    args = ["--base-url", url, "--api-key-file", str(key), "--timeout", "5", "--json"]
    result = runner.invoke(app, [*args, "targets", "get", "000T001"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["id"] == "000T001"
    result = runner.invoke(app, ["--api-key", "k", *args, "targets", "get", "000T001"])
    assert result.exit_code == 2
    assert "not both" in result.output


@pytest.mark.parametrize(
    ("key", "target", "code"),
    [("cli-key", "000T001", 0), ("wrong", "000T001", 3), ("cli-key", "000T999", 4)],
)
def test_exit_codes(
    env: None, monkeypatch: pytest.MonkeyPatch, key: str, target: str, code: int
) -> None:
    monkeypatch.setenv("NP6_API_KEY", key)
    result = runner.invoke(app, ["targets", "get", target])
    assert result.exit_code == code, result.output
    if code:
        assert result.stderr.count("\n") == 1
        assert result.stderr.startswith("error: GET ")
        assert "Traceback" not in result.output


def test_exit_code_network_and_generic(fake: FakeNP6, env: None, unused_port: int) -> None:
    result = runner.invoke(
        app, ["--base-url", f"http://127.0.0.1:{unused_port}", "targets", "get", "000T001"]
    )
    assert result.exit_code == 5, result.output
    assert "could not reach" in result.stderr
    fake.faults.server_error(times=1, status=500)
    assert runner.invoke(app, ["targets", "get", "000T001"]).exit_code == 1


@pytest.fixture
def unused_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_missing_key_and_missing_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NP6_API_KEY", raising=False)
    result = runner.invoke(app, ["targets", "get", "--unicity", "X"])
    assert result.exit_code == 3
    assert "NP6_API_KEY or give --api-key-file" in result.stderr
    result = runner.invoke(app, ["segments", "add-targets", "7", str(tmp_path / "none.txt")])
    assert result.exit_code == 1
    assert "no such file" in result.stderr


def test_server_text_is_inert(monkeypatch: pytest.MonkeyPatch) -> None:
    """Rich markup and terminal control sequences in an answer are printed as plain text."""
    body = "[/bold] [red]x\x1b[2J\x1b]0;pwned\x07\x9b31m\r\nend"

    def client(self: cli.Settings) -> np6.Client:
        transport = httpx.MockTransport(lambda request: httpx.Response(400, text=body))
        return np6.Client(api_key="k", http_client=httpx.Client(transport=transport))

    monkeypatch.setattr(cli.Settings, "client", client)
    result = runner.invoke(app, ["targets", "get", "000T001"])
    assert result.exit_code == 1
    assert "[/bold] [red]x" in result.stderr
    assert not any(c in result.stderr for c in "\x1b\x07\x9b\r")
    assert result.stderr.count("\n") == 1
    assert inert("a\tb\x00c\x1b[1;31md") == "a b c d"


def test_json_output_escapes_control_characters(monkeypatch: pytest.MonkeyPatch) -> None:
    def client(self: cli.Settings) -> np6.Client:
        body = {"id": "000T1", "fields": {"name": "x\x1b[2J\x9by"}}
        transport = httpx.MockTransport(lambda request: httpx.Response(200, json=body))
        return np6.Client(api_key="k", http_client=httpx.Client(transport=transport))

    monkeypatch.setattr(cli.Settings, "client", client)
    result = runner.invoke(app, ["targets", "get", "000T1"])
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.stdout and "\x9b" not in result.stdout
    assert json.loads(result.stdout)["fields"]["name"] == "x\x1b[2J\x9by"


def _commands(group: object, prefix: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    yield prefix
    for name, command in getattr(group, "commands", {}).items():
        yield from _commands(command, (*prefix, name))


def test_every_command_has_short_and_long_help() -> None:
    commands = list(_commands(typer.main.get_command(app)))
    assert ("spec", "diff") in commands
    assert ("fake-server",) in commands
    for command in commands:
        for flag in ("-h", "--help"):
            result = runner.invoke(app, [*command, flag])
            assert result.exit_code == 0, (command, flag, result.output)
            assert "usage:" in result.output.lower()
    diff_help = runner.invoke(app, ["spec", "diff", "--help"]).output
    assert "--fail-on" in diff_help and "--format" in diff_help
    assert diff_help.startswith("usage: np6 spec diff")
    fake_help = runner.invoke(app, ["fake-server", "-h"]).output
    assert "--latency" in fake_help and "(default: 8066)" in fake_help
    root = runner.invoke(app, ["-h"]).output
    for option in ("--base-url", "--api-key-file", "--timeout", "--json", "--debug", "--version"):
        assert option in root
    assert "ps" in root  # --api-key on the command line is discouraged
    assert "[default: 30.0" in root
    assert runner.invoke(app, ["--version"]).output == f"np6 {np6.__version__}\n"


def test_fake_server_and_python_m_share_one_parser() -> None:
    from np6.testing.__main__ import main as testing_main

    source = Path(cli.__file__).read_text()
    assert "--latency" not in source and "--port" not in source
    with pytest.raises(SystemExit):
        testing_main(["--port", "not-a-number"])


def test_spec_diff_command(tmp_path: Path) -> None:
    spec = Path(__file__).resolve().parent.parent / "openapi" / "np6.yaml"
    assert runner.invoke(app, ["spec", "diff", str(spec), str(spec)]).exit_code == 0
    changed = tmp_path / "new.yaml"
    changed.write_text(
        spec.read_text().replace("/targets/{id}/archives:", "/contacts/{id}/archives:")
    )
    result = runner.invoke(app, ["spec", "diff", str(spec), str(changed), "--format", "json"])
    assert result.exit_code == 1
    ids = {c["id"] for c in json.loads(result.stdout)["changes"]}
    assert "path-renamed" in ids


def test_debug_logs_requests_without_the_key(url: str) -> None:
    """A real process: --debug and NP6_LOG=debug log each request line; the key never shows."""
    env = {**os.environ, "NP6_API_KEY": "cli-key", "NP6_BASE_URL": url}
    for args, extra in ((["--debug"], {}), ([], {"NP6_LOG": "debug"})):
        run = subprocess.run(
            [sys.executable, "-m", "np6.cli", *args, "targets", "get", "000T001"],
            env={**env, **extra},
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert run.returncode == 0, run.stderr
        assert "HTTP Request: GET" in run.stderr
        assert "cli-key" not in run.stderr + run.stdout


def test_a_job_stopped_early_writes_what_was_not_sent_and_resumes(
    fake: FakeNP6, env: None, tmp_path: Path
) -> None:
    ids = tmp_path / "ids.txt"
    everyone = [f"R{i}" for i in range(400)]
    ids.write_text("".join(f"{i}\n" for i in everyone))
    fake.faults.server_error(times=1, status=500, path="/segments/7/targets")
    # the 4th request gets a 404 of the segment: fail fast, nothing sent after it
    calls = {"n": 0}
    original = fake.handle

    def handle(method: str, url: str, headers: object, body: bytes = b"") -> object:
        calls["n"] += 1
        if calls["n"] == 4:
            return original(method, url.replace("/segments/7/", "/segments/999/"), headers, body)
        return original(method, url, headers, body)  # type: ignore[arg-type]

    fake.handle = handle  # type: ignore[method-assign]
    args = ["--json", "segments", "add-targets", "7", str(ids), "--concurrency", "1"]
    first = runner.invoke(app, args)
    assert first.exit_code == 4, first.output  # the segment "vanished": not found
    summary = json.loads(first.stdout)
    assert summary["sent"] == 200 and summary["added"] == 100
    assert summary["failed"] == 100 and summary["not_sent"] == 200
    added = set(fake.segment_targets(7))
    not_added = (tmp_path / "ids.txt.failed").read_text().split()
    assert set(not_added) == set(everyone) - added and len(not_added) == 300
    assert (tmp_path / "ids.txt.journal").exists()
    assert "--resume" in first.stderr

    fake.handle = original  # type: ignore[method-assign]
    again = runner.invoke(app, args)
    assert again.exit_code == 2 and "--resume" in again.stderr  # never silently starts over
    resumed = runner.invoke(app, [*args, "--resume"])
    assert resumed.exit_code == 0, resumed.output
    summary = json.loads(resumed.stdout)
    assert summary["skipped"] == 100 and summary["sent"] == 300 and summary["not_sent"] == 0
    assert sorted(set(fake.segment_targets(7))) == sorted(everyone)
    assert not (tmp_path / "ids.txt.journal").exists()  # done: the journal goes away,
    assert not (tmp_path / "ids.txt.failed").exists()  # and so does the stale list


def test_resume_needs_a_file(env: None) -> None:
    result = runner.invoke(app, ["segments", "add-targets", "7", "-", "--resume"], input="A\n")
    assert result.exit_code == 2
    assert "stdin" in result.stderr


def test_ctrl_c_over_a_real_socket(fake: FakeNP6, url: str, tmp_path: Path) -> None:
    """SIGINT to a running `np6 segments add-targets`: it stops within a second, prints the
    usual summary, writes every id not added to FILE.failed, exits 130; --resume finishes."""
    ids = tmp_path / "ids.txt"
    everyone = [f"K{i}" for i in range(5_000)]
    ids.write_text("".join(f"{i}\n" for i in everyone))
    fake.faults.slow(0.05)
    command = [sys.executable, "-m", "np6.cli", "--json", "segments", "add-targets", "7", str(ids)]
    env = {**os.environ, "NP6_API_KEY": "cli-key", "NP6_BASE_URL": url}
    job = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while fake.request_count < 8 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert job.poll() is None, job.communicate()
        job.send_signal(signal.SIGINT)
        interrupted_at = time.monotonic()
        out, errors = job.communicate(timeout=30)
        stopped_in = time.monotonic() - interrupted_at
    finally:
        job.kill()
    assert job.returncode == 130, errors
    assert stopped_in < 1.0
    summary = json.loads(out)
    assert summary["interrupted"] is True
    added = set(fake.segment_targets(7))
    assert summary["added"] == len(added) > 0
    not_added = (tmp_path / "ids.txt.failed").read_text().split()
    assert set(not_added) | added == set(everyone)
    assert not set(not_added) & added
    assert summary["failed"] + summary["not_sent"] == len(not_added)
    assert b"Traceback" not in errors

    fake.faults.slow(0)
    resumed = subprocess.run(
        [*command, "--resume"], env=env, capture_output=True, timeout=120, check=False
    )
    assert resumed.returncode == 0, resumed.stderr
    assert json.loads(resumed.stdout)["skipped"] == len(added)
    assert sorted(set(fake.segment_targets(7))) == sorted(everyone)


def test_without_the_cli_extra_the_command_says_what_to_install() -> None:
    hide_typer = "import sys, runpy; sys.modules['typer'] = None; runpy.run_module('np6.cli')"
    run = subprocess.run(
        [sys.executable, "-c", hide_typer], capture_output=True, text=True, timeout=60, check=False
    )
    assert run.returncode == 1
    assert run.stderr == "np6: the command line needs typer: pip install 'np6[cli]'\n"
