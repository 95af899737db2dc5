"""The code stays typed, linted and layered: the same checks a reviewer would run."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _run(*cmd: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=600, check=False)


def test_ruff_finds_nothing() -> None:
    result = _run(sys.executable, "-m", "ruff", "check", "pos", "drivers", "tests")
    assert result.returncode == 0, result.stdout + result.stderr


def test_code_is_ruff_formatted() -> None:
    result = _run(sys.executable, "-m", "ruff", "format", "--check", "pos", "drivers", "tests")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict_is_clean_on_pos_and_drivers() -> None:
    result = _run(sys.executable, "-m", "mypy", "pos", "drivers")
    assert result.returncode == 0, result.stdout + result.stderr


def test_import_contracts_hold() -> None:
    """The domain is pure, only pos.ui imports Qt, drivers never import pos."""
    exe = shutil.which("lint-imports")
    if exe is None:
        pytest.fail("import-linter is not installed (it is in the [test] extra)")
    result = _run(exe)
    assert result.returncode == 0, result.stdout + result.stderr
