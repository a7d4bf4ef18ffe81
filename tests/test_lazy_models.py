"""scripts/lazy_models.py: np6_api.models loads each model on first use, names unchanged."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
import lazy_models

GENERATED = (
    '"""Models"""\n\nfrom .a_b import AB\nfrom .target import Target\n\n'
    '__all__ = ("AB", "Target")\n'
)


def test_rewrite_keeps_every_name_and_is_idempotent(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "a_b.py").write_text("class AB: ...\n")
    (package / "target.py").write_text("class Target: ...\n")
    init = package / "__init__.py"
    init.write_text(GENERATED)
    assert lazy_models.main([str(init)]) == 0
    once = init.read_text()
    assert lazy_models.main([str(init)]) == 0
    assert init.read_text() == once
    check = (
        "import sys, pkg; assert 'pkg.target' not in sys.modules; "
        "from pkg import Target; assert Target.__module__ == 'pkg.target'; "
        "assert 'pkg.a_b' not in sys.modules; assert dir(pkg) == ['AB', 'Target']; "
        "import pytest\n"
        "try:\n    pkg.Nope\nexcept AttributeError as e:\n    assert 'Nope' in str(e)\n"
        "else:\n    raise SystemExit('no error')"
    )
    run = subprocess.run([sys.executable, "-c", check], cwd=tmp_path, capture_output=True)
    assert run.returncode == 0, run.stderr.decode()


def test_bad_input_is_refused_and_left_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    init = tmp_path / "__init__.py"
    init.write_text("x = 1\n")
    assert lazy_models.main([str(init)]) == 2
    assert init.read_text() == "x = 1\n"
    assert "not a generated models/__init__.py" in capsys.readouterr().err
    assert lazy_models.main([str(tmp_path / "missing.py")]) == 2


def test_the_generated_package_loads_only_what_is_used() -> None:
    code = (
        "import sys, np6_api.models.target as t; "
        "print(sum(m.startswith('np6_api.models.') for m in sys.modules))"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert int(run.stdout) <= 3  # target.py and what it imports, not ~280 models
