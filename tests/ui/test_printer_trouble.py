"""Printer offline or out of paper: the sale stays completed, the cashier is told, and the
receipt waits for a reprint that prints exactly the original bytes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from drivers.printer import VirtualConnection
from pos.store.db import connect_plain
from pos.ui.app import TillWindow
from pos.ui.features.payment.payment import Payment
from pos.ui.features.payment.payment_dialog import PaymentDialog
from tests.ui.conftest import answer_dialog, demo_barcode
from tests.ui.test_whole_sale import press, scan, sign_in


def pay_exact(dialog: PaymentDialog) -> None:
    dialog.add_cash()  # empty field: exactly what is due


def test_an_offline_printer_keeps_the_sale_and_the_receipt_waits_for_reprint(
    qtbot: QtBot, till_window: TillWindow
) -> None:
    window = till_window
    screen = window.till_screen
    sign_in(qtbot, window, "1111")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is screen, timeout=5000)
    printing = window.till.printing
    assert printing is not None and isinstance(printing.connection, VirtualConnection)
    printer = printing.connection
    printer.paper_out = True

    scan(qtbot, window, demo_barcode(window))
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1, timeout=5000)
    answer_dialog(PaymentDialog, pay_exact)
    with qtbot.waitSignal(screen.feature(Payment).sale_recorded, timeout=10_000) as recorded:
        press(qtbot, window, Qt.Key.Key_F12)
    completion = recorded.args[0]
    qtbot.waitUntil(lambda: "was not printed" in screen.banner.text(), timeout=10_000)
    # The failed job says PROBLEM; the next status poll may already name the cause.
    assert any(word in window.status.printer.text() for word in ("PROBLEM", "OUT OF PAPER"))
    assert not any(b"Omnitill Demo Market" in job for job in printer.jobs)

    with connect_plain(window.till.paths.database) as conn:
        qtbot.waitUntil(
            lambda: conn.execute("SELECT state FROM receipt_prints").fetchall() == [("failed",)],
            timeout=5000,
        )
        assert conn.execute("SELECT status FROM sales").fetchall() == [("completed",)]

    printer.paper_out = False
    press(qtbot, window, Qt.Key.Key_F10)
    qtbot.waitUntil(
        lambda: any(b"Omnitill Demo Market" in job for job in printer.jobs), timeout=5000
    )
    receipt = next(job for job in printer.jobs if b"Omnitill Demo Market" in job)
    assert completion.sale.sale_id.encode() in receipt
    assert b"COPY" not in receipt  # the customer never got it: this is the original
    qtbot.waitUntil(lambda: "ready" in window.status.printer.text(), timeout=5000)

    # Once printed, F10 prints a marked copy of the last receipt.
    jobs = len(printer.jobs)
    press(qtbot, window, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: len(printer.jobs) > jobs, timeout=5000)
    assert b"COPY" in printer.jobs[-1]
