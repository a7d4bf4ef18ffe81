"""The wheel as a user gets it: built once, installed with only `[cli]` in a fresh virtualenv.

The venv has no pip of its own (this venv's pip installs into it with `--python`), and mypy runs
from this venv against the fresh one (`--python-executable`), which keeps the test to ~30 s.
"""

from __future__ import annotations

import subprocess
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

import np6

from .conftest import ROOT


def _run(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(a) for a in args], capture_output=True, text=True, timeout=300, check=False, cwd=cwd
    )


@dataclass(frozen=True)
class Installed:
    wheel: Path
    venv: Path

    @property
    def python(self) -> Path:
        return self.venv / "bin" / "python"


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    where = tmp_path_factory.mktemp("wheel")
    pip = [sys.executable, "-m", "pip"]
    built = _run(*pip, "wheel", "-q", "--no-deps", "--no-build-isolation", "-w", where, ROOT)
    assert built.returncode == 0, built.stderr
    (wheel,) = where.glob("np6-*.whl")
    venv = where / "venv"
    made = _run(sys.executable, "-m", "venv", "--without-pip", venv)
    assert made.returncode == 0, made.stderr
    python = venv / "bin" / "python"
    done = _run(*pip, "--python", python, "install", "-q", f"{wheel}[cli]")
    assert done.returncode == 0, done.stderr
    return Installed(wheel, venv)


def test_the_wheel_ships_the_packages_their_type_markers_and_the_license(
    installed: Installed,
) -> None:
    assert installed.wheel.name == f"np6-{np6.__version__}-py3-none-any.whl"
    names = set(zipfile.ZipFile(installed.wheel).namelist())
    dist = f"np6-{np6.__version__}.dist-info"
    for name in (
        "np6/py.typed",
        "np6_api/py.typed",
        "np6/cli.py",
        "np6/testing/np6.yaml",  # the fake validates against the spec it was built from
        "np6_api/models/target.py",
        f"{dist}/licenses/LICENSE",
        f"{dist}/entry_points.txt",
    ):
        assert name in names, name
    assert not {n for n in names if n.startswith(("tests/", "scripts/", "generated/"))}
    metadata = zipfile.ZipFile(installed.wheel).read(f"{dist}/METADATA").decode()
    runtime = [
        line.split(":", 1)[1].strip()
        for line in metadata.splitlines()
        if line.startswith("Requires-Dist:") and "extra ==" not in line
    ]
    # sniffio only spares httpcore a failed import per async lock (see pyproject.toml).
    assert sorted(r.split(">")[0].split("<")[0] for r in runtime) == ["attrs", "httpx", "sniffio"]


# Runs inside the fresh venv: `--help` of every command, in one process to keep the test short.
HELP_ALL = """\
import sys
import typer
from typer.testing import CliRunner
from np6.cli import app

def walk(group, prefix=()):
    yield prefix
    for name, command in getattr(group, "commands", {}).items():
        yield from walk(command, (*prefix, name))

for command in walk(typer.main.get_command(app)):
    result = CliRunner().invoke(app, [*command, "--help"])
    ok = result.exit_code == 0 and "usage:" in result.output.lower()
    status = "ok" if ok else f"FAILED {result.exit_code} {result.output!r}"
    print(" ".join(command) or "np6", status, sep="\t")
spec = sys.argv[1]  # a real run that reads YAML
result = CliRunner().invoke(app, ["spec", "diff", spec, spec])
print("spec diff SPEC SPEC", "ok" if result.exit_code == 0 else result.output, sep="\t")
"""


def test_every_command_runs_with_only_the_cli_extra(installed: Installed) -> None:
    version = _run(installed.venv / "bin" / "np6", "--version")
    assert version.stdout == f"np6 {np6.__version__}\n", version.stderr
    helps = _run(installed.python, "-c", HELP_ALL, ROOT / "openapi" / "np6.yaml")
    assert helps.returncode == 0, helps.stderr
    shown = dict(line.split("\t", 1) for line in helps.stdout.splitlines())
    assert set(shown) >= {"np6", "segments add-targets", "fake-server", "spec diff"}
    assert set(shown.values()) == {"ok"}, helps.stdout


APP = """\
import np6

with np6.Client(api_key="key") as client:
    target = client.targets.get("000T001")
    reveal_type(target)
    print(target.id)
"""


def test_a_typed_app_passes_mypy_strict(installed: Installed, tmp_path: Path) -> None:
    (tmp_path / "app.py").write_text(APP)
    checked = _run(
        sys.executable,
        "-m",
        "mypy",
        "--strict",
        "--no-incremental",
        "--config-file",
        "/dev/null",
        "--python-executable",
        installed.python,
        "app.py",
        cwd=tmp_path,  # away from the checkout, so only the installed np6 is found
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert 'Revealed type is "np6_api.models.target.Target"' in checked.stdout
