"""A till's data dir is its user's alone: after a demo start (its embedded hub, pairing, a
catalog from the hub, settings, a rotated log) nothing in it is readable by group or others -
and an install made before that rule is tightened on its next start."""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from drivers.printer import VirtualConnection
from pos.config import save_settings
from pos.demo import demo_seed, demo_settings, demo_sync_options, start_demo_hub
from pos.paths import TillPaths, resolve_data_dir
from pos.private_files import PrivateRotatingFileHandler, accessible_to_others
from pos.services.till import Till
from pos.store import open_database
from pos.store.db import connect_plain

TIMEOUT = 60


@pytest.fixture
def permissive_umask() -> Iterator[None]:
    """The umask of a typical login shell: files would be 0644 unless the till sees to it."""
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


def catalog_products(paths: TillPaths) -> int:
    with connect_plain(paths.database) as conn:
        return int(conn.execute("SELECT count(*) FROM products").fetchone()[0])


def wait_for(condition: object, what: str) -> None:
    deadline = time.monotonic() + TIMEOUT
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.1)


@pytest.mark.usefixtures("permissive_umask")
def test_a_demo_till_and_its_hub_leave_nothing_readable_by_others(tmp_path: Path) -> None:
    root = tmp_path / "demo"
    # an install from before: a world-readable dir, database, settings and log
    root.mkdir(mode=0o755)
    open_database(root / "till.sqlite3").close()
    (root / "settings.json").write_text("{}", encoding="utf-8")
    (root / "logs").mkdir()
    (root / "logs" / "till.log").write_text("old\n", encoding="utf-8")
    for path in (root, root / "logs", *root.rglob("*")):
        path.chmod(0o755 if path.is_dir() else 0o644)
    assert accessible_to_others(root)

    paths = TillPaths(resolve_data_dir(root))
    assert accessible_to_others(root) == []  # tightened on start
    handler = PrivateRotatingFileHandler(paths.log_dir / "till.log", maxBytes=200, backupCount=2)
    log = logging.getLogger("test.private_files")
    log.addHandler(handler)
    log.propagate = False
    hub = start_demo_hub(paths)
    till = None
    try:
        for n in range(10):  # rolls the log over: the new files are 0600 too
            log.warning("a line long enough to roll the log over soon: %d %s", n, "x" * 60)
        settings = demo_settings()
        save_settings(settings, paths.settings)
        till = Till(
            paths,
            settings,
            sync=demo_sync_options(hub),
            printer_connection=VirtualConnection(answers_status=True),
        )
        till.start(demo_seed(settings, catalog=False)).result(TIMEOUT)
        wait_for(paths.device_token.exists, "pairing")
        wait_for(lambda: catalog_products(paths) > 0, "the hub's catalog")
        names = {p.name for p in root.rglob("*")}
        assert {"till.sqlite3-wal", "device-token", "hub.sqlite3", "till.log.1"} <= names
        assert any(n.startswith("till.catalog-") for n in names)
        assert any(n.startswith("signing-keys-") for n in names)
        assert accessible_to_others(root) == []
    finally:
        log.removeHandler(handler)
        handler.close()
        if till is not None:
            till.shutdown()
        hub.stop()
    assert accessible_to_others(root) == []


@pytest.mark.usefixtures("permissive_umask")
def test_a_data_dir_holding_other_files_has_only_the_tills_tightened(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"  # --data-dir pointed at a folder with other things in it
    notes.write_text("not the till's", encoding="utf-8")
    script = tmp_path / "tools" / "run.sh"
    script.parent.mkdir()
    script.write_text("#!/bin/sh\n", encoding="utf-8")
    open_database(tmp_path / "till.sqlite3").close()
    for path in (notes, script, *tmp_path.glob("till.*")):
        path.chmod(0o755 if path == script else 0o644)
    resolve_data_dir(tmp_path)
    assert tmp_path.stat().st_mode & 0o777 == 0o700
    assert all(p.stat().st_mode & 0o777 == 0o600 for p in tmp_path.glob("till.*"))
    assert notes.stat().st_mode & 0o777 == 0o644
    assert script.stat().st_mode & 0o777 == 0o755
