"""The sdist and the wheel are a real distribution: built from the source tree (the wheel from
the sdist, as ``python -m build`` does), they carry the till's data files and migrations, and
the wheel installed into a clean venv starts the demo till and sells (``pos --smoke``) with
no source tree anywhere on its path.

The venv sees the already installed dependencies (``--system-site-packages``) so the test
downloads nothing but the build backend; the wheel itself goes in with ``--no-deps``."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NOT_SOURCE = (".git", "build", "dist", "*.egg-info", "__pycache__", ".*_cache", ".hypothesis")
BUILD_TIMEOUT = 300  # the build backend is installed into an isolated env from the index

# What the till reads at run time (pos.resource_files, pos.store.db): without any of these an
# installed till has no translations, no theme, no API document or cannot create its database.
DATA_FILES = [
    "pos/resources/themes/till.qss",
    "pos/resources/api/openapi.json",
    *(f"pos/resources/translations/omnitill_{lang}.qm" for lang in ("pl", "ru", "uk")),
    "pos/store/migrations/env.py",
    "pos/store/migrations/script.py.mako",
    *(
        str(p.relative_to(ROOT))
        for p in sorted((ROOT / "pos/store/migrations/versions").glob("[0-9]*.py"))
    ),
]


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    source = tmp_path_factory.mktemp("source") / "omnitill"  # the build writes egg-info there
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(*NOT_SOURCE))
    subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(out), str(source)],
        check=True,
        capture_output=True,
        timeout=BUILD_TIMEOUT,
    )
    return out


def clean_env() -> dict[str, str]:
    """The test's environment without the source tree on the path."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


@pytest.mark.slow
def test_the_wheel_carries_the_data_files_and_migrations_and_no_tests(dist: Path) -> None:
    (wheel,) = dist.glob("omnitill-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert [f for f in DATA_FILES if f not in names] == []
    assert not any(n.startswith("tests/") for n in names)
    assert "omnitill-0.1.0.dist-info/entry_points.txt" in names
    print(f"wheel: {wheel.name} {wheel.stat().st_size / 1e6:.2f} MB, {len(names)} files")


@pytest.mark.slow
def test_the_sdist_carries_the_data_files_and_the_install_scripts(dist: Path) -> None:
    (sdist,) = dist.glob("omnitill-*.tar.gz")
    with tarfile.open(sdist) as tar:
        names = {n.removeprefix("omnitill-0.1.0/") for n in tar.getnames()}
    assert [f for f in DATA_FILES if f not in names] == []
    assert {"pyproject.toml", "README.md"} <= names


@pytest.mark.slow
def test_the_installed_wheel_starts_the_demo_and_sells_from_its_own_files(
    dist: Path, tmp_path: Path
) -> None:
    (wheel,) = dist.glob("omnitill-*.whl")
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", str(venv)], check=True)
    python = venv / "bin" / "python"
    subprocess.run(
        [python, "-m", "pip", "install", "-q", "--no-deps", str(wheel)],
        check=True,
        capture_output=True,
        env=clean_env(),
        timeout=BUILD_TIMEOUT,
    )
    where = subprocess.run(
        [python, "-c", "from pos.resource_files import resource; print(resource())"],
        check=True,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=clean_env(),
    ).stdout.strip()
    assert Path(where).is_relative_to(venv), where  # the wheel's copy, not the source tree's

    smoke = subprocess.run(
        [venv / "bin" / "pos", "--demo", "--offline", "--smoke", "--lang", "pl",
         "--data-dir", str(tmp_path / "till")],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=clean_env(),
        timeout=120,
    )  # fmt: skip
    assert smoke.returncode == 0, smoke.stderr
    assert smoke.stdout.startswith("smoke: receipt 1 ")
    log = (tmp_path / "till" / "logs" / "till.log").read_text(encoding="utf-8")
    assert "no translation for pl" not in log  # the .qm came with the wheel
