"""Voids need a reason and a supervisor; park/recall and sign-out never lose a sale."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pos.store.db import connect_plain
from pos.ui.app import TillWindow
from pos.ui.widgets.dialogs import ChoiceDialog, PinDialog, ReasonDialog
from tests.ui.conftest import answer_dialog, demo_barcode
from tests.ui.test_whole_sale import press, scan, sign_in


def cashier_with_two_lines(qtbot: QtBot, window: TillWindow) -> None:
    sign_in(qtbot, window, "1111")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.till_screen, timeout=5000)
    scan(qtbot, window, demo_barcode(window, offset=1))
    scan(qtbot, window, demo_barcode(window, offset=2))
    qtbot.waitUntil(lambda: window.till_screen.model.rowCount() == 2, timeout=5000)


def test_voiding_a_line_takes_a_reason_and_a_supervisor(
    qtbot: QtBot, till_window: TillWindow
) -> None:
    window = till_window
    cashier_with_two_lines(qtbot, window)
    sale = window.till_screen.sale
    assert sale is not None
    before = sale.total

    def give_reason(dialog: ReasonDialog) -> None:
        dialog.list.setCurrentRow(1)  # "Scanned by mistake"
        answer_dialog(PinDialog, supervisor)
        dialog._accept()

    def supervisor(dialog: PinDialog) -> None:
        dialog.field.setText("2222")
        dialog._accept()

    answer_dialog(ReasonDialog, give_reason)
    press(qtbot, window, Qt.Key.Key_F8)  # the selected line is the last one scanned
    qtbot.waitUntil(lambda: sale.line(2).voided, timeout=5000)
    assert sale.line(2).void_reason == "Scanned by mistake"
    assert sale.total == before - sale.line(2).extended
    assert [a.action for a in sale.approvals] == ["void_line"]
    assert "voided" in window.till_screen.model.data(window.till_screen.model.index(1, 1))


def test_park_then_recall_brings_the_same_sale_back(qtbot: QtBot, till_window: TillWindow) -> None:
    window = till_window
    screen = window.till_screen
    cashier_with_two_lines(qtbot, window)
    parked = screen.sale
    assert parked is not None
    press(qtbot, window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: "parked" in screen.banner.text(), timeout=5000)
    assert screen.sale is not parked and screen.model.rowCount() == 0

    answer_dialog(ChoiceDialog, lambda dialog: dialog._accept())
    press(qtbot, window, Qt.Key.Key_F6)
    qtbot.waitUntil(
        lambda: screen.sale is not None and screen.sale.sale_id == parked.sale_id, timeout=5000
    )
    assert screen.sale is not None and screen.sale.total == parked.total
    assert screen.model.rowCount() == 2


def test_signing_out_mid_sale_parks_it(qtbot: QtBot, till_window: TillWindow) -> None:
    window = till_window
    cashier_with_two_lines(qtbot, window)
    sale_id = window.till_screen.sale.sale_id  # type: ignore[union-attr]
    window.activateWindow()
    qtbot.keyClick(window.till_screen.scan, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.login, timeout=5000)
    assert window.till.current_user is None

    def parked_ids() -> list[str]:
        with connect_plain(window.till.paths.database) as conn:
            return [
                r[0]
                for r in conn.execute(
                    "SELECT json_extract(document, '$.sale_id') FROM parked_sales"
                )
            ]

    qtbot.waitUntil(lambda: parked_ids() == [sale_id], timeout=5000)
