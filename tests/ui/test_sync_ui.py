"""The till window synced from a real hub (embedded, loopback HTTP): the status bar says online,
last sync and records waiting; the endless aisle shows this store first, the other stores
and the web warehouse, live, and with the age of each figure once the hub is gone."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, QTimer
from pytestqt.qtbot import QtBot

from pos.hub.embedded import RunningHub
from pos.store import OutboxRepository
from pos.sync.events import SyncProgress
from pos.ui.app import TillWindow
from pos.ui.features.payment.payment_dialog import PaymentDialog
from pos.ui.features.selling.search_dialog import SearchDialog
from pos.ui.features.selling.selling import Selling
from pos.ui.features.stock.stock_dialog import StockDialog
from pos.ui.features.sync_records.rejected_dialog import RejectedRecordsDialog
from tests.ui.conftest import answer_dialog, demo_barcode
from tests.ui.test_printer_trouble import pay_exact
from tests.ui.test_whole_sale import scan, sign_in


def read_stock_dialog(found: dict[str, Any]) -> None:
    """Answer the next stock dialog once its figures arrived: keep its rows, close it."""

    def handler(dialog: StockDialog) -> None:
        def poll() -> None:
            if dialog.view is None:
                QTimer.singleShot(20, poll)
                return
            found["online"] = dialog.view.online
            found["state"] = dialog.state.text()
            found["rows"] = [
                [dialog.cell(r, c) for c in range(4)] for r in range(dialog.table.rowCount())
            ]
            dialog.accept()

        poll()

    answer_dialog(StockDialog, handler)


def ctrl(qtbot: QtBot, window: TillWindow, key: Qt.Key) -> None:
    qtbot.keyClick(window.till_screen.scan, key, Qt.KeyboardModifier.ControlModifier)


def test_status_bar_and_endless_aisle_follow_the_hub(
    qtbot: QtBot, synced_window: TillWindow, hub: RunningHub
) -> None:
    window = synced_window
    status = window.status
    assert status.sync.state.text().startswith("Online · last sync ")
    assert status.outbox.text() == "Waiting to sync: 0"
    assert status.outbox.isHidden()  # nothing waits: the bar leaves room for the rest

    sign_in(qtbot, window, "1111")
    screen = window.till_screen
    qtbot.waitUntil(lambda: window.stack.currentWidget() is screen, timeout=5000)
    scan(qtbot, window, demo_barcode(window))  # a product the till got from the hub
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1, timeout=5000)

    live: dict[str, Any] = {}
    read_stock_dialog(live)
    ctrl(qtbot, window, Qt.Key.Key_E)
    qtbot.waitUntil(lambda: "rows" in live, timeout=10_000)
    assert live["online"] and live["state"] == "Live figures from the hub."
    names = [row[0] for row in live["rows"]]
    assert names[0] == "Omnitill Demo Market, Warsaw (this store)"
    assert {"Omnitill Kraków", "Omnitill Gdańsk", "Web warehouse"} <= set(names[1:])

    # A sale the hub has not acknowledged yet counts against this store's figure.
    answer_dialog(PaymentDialog, pay_exact)
    qtbot.keyClick(screen.scan, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 0, timeout=10_000)

    hub.stop()  # the hub is gone: the till keeps selling and says so
    ctrl(qtbot, window, Qt.Key.Key_S)  # sync now
    qtbot.waitUntil(
        lambda: status.sync.status is not None and status.sync.status.state == "offline",
        timeout=15_000,
    )
    assert status.sync.state.text().startswith("Offline (hub unreachable) · last sync ")
    assert status.outbox.text() == "Waiting to sync: 1"
    assert not status.outbox.isHidden()

    scan(qtbot, window, demo_barcode(window))
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1, timeout=5000)
    offline: dict[str, Any] = {}
    read_stock_dialog(offline)
    ctrl(qtbot, window, Qt.Key.Key_E)
    qtbot.waitUntil(lambda: "rows" in offline, timeout=20_000)
    assert not offline["online"] and offline["state"].startswith("Offline:")
    own = offline["rows"][0]
    assert own[0] == names[0]
    assert "sold here, not yet synced" in own[1]
    assert all(row[3].endswith("ago") for row in offline["rows"])  # the age of each figure


def test_initial_sync_progress_shows_count_and_eta(synced_window: TillWindow) -> None:
    indicator = synced_window.status.sync
    fmt = synced_window.till.formatter  # numbers in the store's locale (pl_PL: 250 000)
    indicator.show_progress(SyncProgress("catalog", 250_000, 1_000_000, 7.6))
    assert indicator.progress.isVisible()
    assert indicator.progress.format() == (
        f"Catalog: {fmt.quantity(Decimal(250_000))} of {fmt.quantity(Decimal(1_000_000))}"
        " · about 8 s left"
    )
    indicator.show_progress(SyncProgress("catalog", 1_000_000, 1_000_000, 0.0, finished=True))
    assert not indicator.progress.isVisible()
    # After a snapshot the till can sell; it says while search is still being indexed.
    indicator.show_progress(SyncProgress("search_index", 400_000, 1_000_000, 6.2))
    assert indicator.progress.isVisible()
    assert indicator.progress.format().startswith("Search index building: ")
    indicator.show_progress(SyncProgress("search_index", 1_000_000, 1_000_000, 0, finished=True))
    assert not indicator.progress.isVisible()


def test_a_manager_sees_records_the_hub_refused_and_can_send_one_again(
    qtbot: QtBot, synced_window: TillWindow
) -> None:
    window = synced_window
    screen = window.till_screen
    assert window.till.db is not None
    outbox = OutboxRepository(window.till.db)
    outbox.enqueue("sale", "not-a-sale", {"document": {"sale_id": "not-a-sale"}})
    indicator = window.status.sync
    qtbot.mouseClick(indicator.sync_button, Qt.MouseButton.LeftButton)  # the hub refuses it
    qtbot.waitUntil(
        lambda: indicator.status is not None and indicator.status.poisoned == 1, timeout=15_000
    )
    assert indicator.rejected.isVisible()
    assert indicator.rejected.text() == "Refused by hub: 1  Ctrl+R"

    sign_in(qtbot, window, "1111")  # Anna, a cashier
    qtbot.waitUntil(lambda: window.stack.currentWidget() is screen, timeout=5000)
    ctrl(qtbot, window, Qt.Key.Key_R)
    assert screen.banner.text() == "Only a manager can see records the hub refused."
    ctrl(qtbot, window, Qt.Key.Key_L)  # sign out
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.login, timeout=5000)
    sign_in(qtbot, window, "3333", user_index=2)  # Olga, the manager
    qtbot.waitUntil(lambda: window.stack.currentWidget() is screen, timeout=5000)

    seen: dict[str, Any] = {}

    def handler(dialog: RejectedRecordsDialog) -> None:
        def poll() -> None:
            if not dialog.items:
                QTimer.singleShot(20, poll)
                return
            seen["rows"] = [
                [dialog.table.item(0, c).text() for c in range(1, 4)]  # type: ignore[union-attr]
            ]
            dialog.send_again()
            QTimer.singleShot(300, dialog.accept)

        poll()

    answer_dialog(RejectedRecordsDialog, handler)
    ctrl(qtbot, window, Qt.Key.Key_R)
    qtbot.waitUntil(lambda: "rows" in seen, timeout=10_000)
    kind, ref, reason = seen["rows"][0]
    assert (kind, ref) == ("sale", "not-a-sale")
    assert reason.startswith("invalid_document")
    # Sent again: the hub refuses it again (it is still not a sale), one more attempt counted.
    qtbot.waitUntil(lambda: outbox.poisoned()[0].attempts == 2, timeout=15_000)


def test_the_endless_aisle_opens_from_the_product_search(
    qtbot: QtBot, synced_window: TillWindow
) -> None:
    window = synced_window
    screen = window.till_screen
    sign_in(qtbot, window, "1111")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is screen, timeout=5000)
    found: dict[str, Any] = {}
    read_stock_dialog(found)

    def search(dialog: SearchDialog) -> None:
        def ask() -> None:
            if dialog.table.rowCount() == 0:
                QTimer.singleShot(20, ask)
                return
            found["product"] = dialog.table.item(0, 0).text()  # type: ignore[union-attr]
            qtbot.keyClick(dialog.field, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
            QTimer.singleShot(0, dialog.reject)  # after the stock dialog closed

        ask()

    answer_dialog(SearchDialog, search)
    screen.feature(Selling).open_search("jabłk")
    assert "rows" in found, "the stock dialog did not open from the search"
    assert found["rows"][0][0].endswith("(this store)")
    assert screen.model.rowCount() == 0  # looking at stock sells nothing
