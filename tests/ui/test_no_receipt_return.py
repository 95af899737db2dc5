"""Goods without a receipt at the till window, synced with the real hub: F7 on the return
screen opens the no-receipt screen, scans there add items (never to a sale behind it), a
supervisor's PIN approves, the cash goes back and the flagged slip prints."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from drivers.scanner import ScanRead
from pos.hub.embedded import RunningHub
from pos.ui.app import TillWindow
from pos.ui.features.returns.no_receipt_dialog import NoReceiptDialog
from pos.ui.features.returns.return_dialog import ReturnDialog
from pos.ui.features.returns.returns import Returns
from pos.ui.widgets.dialogs import PinDialog
from tests.ui.conftest import answer_dialog, demo_barcode
from tests.ui.test_pickup import returns_at_hub, supervisor
from tests.ui.test_sale_returns import printed
from tests.ui.test_whole_sale import sign_in

WAIT = 20_000


def test_goods_without_a_receipt_come_back_for_cash_with_a_supervisors_pin(
    qtbot: QtBot, synced_window: TillWindow, hub: RunningHub
) -> None:
    window = synced_window
    screen = window.till_screen
    sign_in(qtbot, window, "1111")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is screen, timeout=5000)
    code, other = demo_barcode(window, offset=3), demo_barcode(window, offset=4)
    seen: dict[str, Any] = {}

    def to_no_receipt(dialog: ReturnDialog) -> None:
        screen.handle_read(ScanRead(code.encode(), source="serial"))  # an item, not a receipt
        seen["on_return_screen"] = dialog.error.text()
        qtbot.keyClick(dialog.wanted, Qt.Key.Key_F7)

    def bring_back(dialog: NoReceiptDialog) -> None:
        screen.handle_read(ScanRead(code.encode(), source="serial"))  # the hardware scanner
        qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=WAIT)
        dialog.code.setText(code)  # the same item again, typed: its row counts up
        qtbot.keyClick(dialog.code, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dialog.table.item(0, 2).text() == "2", timeout=WAIT)
        dialog.code.setText(other)
        qtbot.keyClick(dialog.code, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=WAIT)
        dialog.table.item(1, 3).setCheckState(Qt.CheckState.Unchecked)  # damaged: not shelved
        seen["refund"] = dialog.refund_text.text()
        answer_dialog(PinDialog, supervisor)  # whoever is signed in, Marek approves
        qtbot.keyClick(dialog.code, Qt.Key.Key_F12)

    answer_dialog(ReturnDialog, to_no_receipt)
    answer_dialog(NoReceiptDialog, bring_back)
    screen.feature(Returns).open_return()

    qtbot.waitUntil(lambda: "without a receipt recorded" in screen.banner.text(), timeout=WAIT)
    assert "choose No receipt (F7)" in seen["on_return_screen"]
    assert screen.sale is None or not screen.sale.active_lines  # no scan went into a sale
    assert "To refund in cash" in seen["refund"]
    qtbot.waitUntil(lambda: len(returns_at_hub(hub)) == 1, timeout=WAIT)
    doc = returns_at_hub(hub)[0]["document"]
    assert doc["without_receipt"] is True and doc["original_sale_id"] is None
    assert [(ln["quantity"], ln["restock"]) for ln in doc["lines"]] == [("2", True), ("1", False)]
    assert [a["action"] for a in doc["approvals"]] == ["return_without_receipt"]
    qtbot.waitUntil(lambda: b"Without a receipt" in printed(window), timeout=WAIT)
    assert b"\x1bp" in printed(window)  # the drawer opened for the cash
