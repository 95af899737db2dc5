"""UI test helpers: a demo till window on a temp data dir, and answering modal dialogs."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from pos.hub.embedded import RunningHub, start_hub
from pos.paths import TillPaths
from pos.services.sync import SyncOptions
from pos.store.db import connect_plain
from pos.ui.app import TillWindow, build_window

W = TypeVar("W", bound=QWidget)


@pytest.fixture
def till_window(qtbot: QtBot, tmp_path: Path) -> Iterator[TillWindow]:
    paths = TillPaths(tmp_path / "till")
    paths.root.mkdir()
    window = build_window(paths, demo=True)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(
        lambda: window.ready and window.login.user_group.buttons() != [], timeout=20_000
    )
    yield window
    close_for_good(window)


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[RunningHub]:
    running = start_hub(f"sqlite:///{tmp_path / 'hub.sqlite3'}", seed=True)
    yield running
    running.stop()


@pytest.fixture
def synced_window(qtbot: QtBot, tmp_path: Path, hub: RunningHub) -> Iterator[TillWindow]:
    paths = TillPaths(tmp_path / "till")
    paths.root.mkdir()
    options = SyncOptions(
        hub_url=hub.url, pairing_code=hub.pairing_code("STORE-001", "TILL-01"), poll_seconds=60
    )
    window = build_window(paths, demo=True, sync=options)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.ready, timeout=20_000)
    indicator = window.status.sync
    qtbot.waitUntil(
        lambda: indicator.status is not None and indicator.status.state == "online",
        timeout=30_000,
    )
    yield window
    close_for_good(window)


def close_for_good(window: QWidget) -> None:
    """Close and delete now, not at some later event loop: a window deleted while the next
    test's window starts crashed Qt (a timer fired on the half-deleted object)."""
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def answer_dialog(kind: type[W], handler: Callable[[W], None]) -> None:
    """Run ``handler`` on the next modal dialog of ``kind`` once it is open (exec() blocks)."""

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if not isinstance(widget, kind):
            QTimer.singleShot(10, poll)
            return
        handler(widget)

    QTimer.singleShot(0, poll)


def demo_barcode(window: TillWindow, sold_by: str = "piece", offset: int = 0) -> str:
    """A barcode of a priced demo product, read straight from the till's SQLite file."""
    with connect_plain(window.till.paths.database) as conn:
        row = conn.execute(
            "SELECT b.code FROM barcodes b JOIN products p ON p.id = b.product_id "
            "WHERE p.sold_by = ? ORDER BY b.code LIMIT 1 OFFSET ?",
            (sold_by, offset),
        ).fetchone()
    assert row is not None
    return str(row[0])
