"""A cashier's whole sale, driven through the real window with keys and taps.

Login, scan, quantity, a discount over the cashier's limit approved by a supervisor PIN, a
split cash payment, then the receipt's ESC/POS bytes and the sale in journal and outbox.
"""

from __future__ import annotations

import json
from decimal import Decimal

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from drivers.printer import VirtualConnection
from pos.store import verify_journal
from pos.store.db import connect_plain
from pos.ui.app import TillWindow
from pos.ui.features.payment.payment import Payment
from pos.ui.features.payment.payment_dialog import PaymentDialog
from pos.ui.features.selling.selling import Selling
from pos.ui.widgets.dialogs import DiscountDialog, NumberDialog, PinDialog
from tests.ui.conftest import answer_dialog, demo_barcode


def sign_in(qtbot: QtBot, window: TillWindow, pin: str, user_index: int = 0) -> None:
    window.login.user_group.buttons()[user_index].click()
    qtbot.keyClicks(window.login.pin, pin)
    qtbot.keyClick(window.login.pin, Qt.Key.Key_Return)


def press(qtbot: QtBot, window: TillWindow, key: Qt.Key) -> None:
    """A function key on the till, as the keyboard sends it to the focused scan field.

    No window manager runs here, so nothing re-activates the window after a dialog: the
    function keys must work anyway (as on a till without a window manager)."""
    qtbot.keyClick(window.till_screen.scan, key)


def scan(qtbot: QtBot, window: TillWindow, code: str) -> None:
    """Type the code into the scan field as a keyboard-wedge scanner would, then Enter."""
    screen = window.till_screen
    rows = screen.model.rowCount()
    qtbot.keyClicks(screen.scan, code)
    qtbot.keyClick(screen.scan, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: screen.model.rowCount() > rows or screen.feature(Selling).pending_lookups == 0,
        timeout=5000,
    )


def test_a_whole_cash_sale_with_approved_discount(qtbot: QtBot, till_window: TillWindow) -> None:
    window = till_window
    screen = window.till_screen
    sign_in(qtbot, window, "1111")  # Anna, cashier
    qtbot.waitUntil(lambda: window.stack.currentWidget() is screen, timeout=5000)
    assert window.till.current_user is not None and window.till.current_user.role == "cashier"

    first, second = demo_barcode(window, offset=3), demo_barcode(window, offset=40)
    scan(qtbot, window, first)
    scan(qtbot, window, second)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 2, timeout=5000)

    # F2: quantity 3 on the selected (last scanned) line.
    def type_quantity(dialog: NumberDialog) -> None:
        dialog.field.setText("3")
        dialog._accept()

    answer_dialog(NumberDialog, type_quantity)
    press(qtbot, window, Qt.Key.Key_F2)
    sale = screen.sale
    assert sale is not None
    qtbot.waitUntil(lambda: sale.line(2).quantity == Decimal(3), timeout=5000)

    # F4: 20 % off the whole sale is over a cashier's 10 %: Marek (supervisor) approves.
    def type_discount(dialog: DiscountDialog) -> None:
        dialog.on_cart.setChecked(True)
        dialog.percent.setChecked(True)
        dialog.field.setText("20")
        answer_dialog(PinDialog, type_supervisor_pin)
        dialog._accept()

    def type_supervisor_pin(dialog: PinDialog) -> None:
        dialog.field.setText("2222")
        dialog._accept()

    answer_dialog(DiscountDialog, type_discount)
    press(qtbot, window, Qt.Key.Key_F4)
    qtbot.waitUntil(lambda: not sale.cart_discount_amount.is_zero(), timeout=5000)
    assert [a.action for a in sale.approvals] == ["discount"]
    total = sale.total

    # F12: pay 10 in cash first, then the rest in cash (a split tender).
    def pay_split(dialog: PaymentDialog) -> None:
        dialog.field.setText("10")
        dialog.add_cash()
        assert not dialog._sale.balance_due.is_zero()
        dialog.field.setText("500")
        dialog.add_cash()

    answer_dialog(PaymentDialog, pay_split)
    with qtbot.waitSignal(screen.feature(Payment).sale_recorded, timeout=10_000) as recorded:
        press(qtbot, window, Qt.Key.Key_F12)
    completion = recorded.args[0]
    assert completion.receipt_no == 1
    assert completion.sale.total == total
    assert completion.sale.change.amount == Decimal(510) - total.amount
    qtbot.waitUntil(lambda: completion.printed.done(), timeout=10_000)
    assert completion.printed.exception() is None

    # The receipt: exact bytes on the virtual printer.
    printing = window.till.printing
    assert printing is not None and isinstance(printing.connection, VirtualConnection)
    jobs = printing.connection.jobs
    receipt = next(job for job in jobs if b"Omnitill Demo Market" in job)
    assert completion.sale.sale_id.encode() in receipt  # the QR that returns will scan
    assert b"\x1dV" in receipt  # cut
    assert b"\x1bp\x00" in b"".join(jobs)  # the cash drawer was kicked
    assert b"000001" in receipt

    # On disk: the sale, its journal entry and its outbox record, all in the same file.
    with connect_plain(window.till.paths.database) as conn:
        status = conn.execute(
            "SELECT status, receipt_no FROM sales WHERE sale_id = ?", (completion.sale.sale_id,)
        ).fetchone()
        journal = conn.execute("SELECT kind, ref FROM journal").fetchall()
        outbox = conn.execute(
            "SELECT kind, ref, payload FROM outbox WHERE kind <> 'shift'"  # the demo's float
        ).fetchall()
    assert status == ("completed", 1)
    assert ("sale", completion.sale.sale_id) in journal
    assert [(k, r) for k, r, _p in outbox] == [("sale", completion.sale.sale_id)]
    payload = json.loads(outbox[0][2])
    assert payload["document"]["approvals"][0]["action"] == "discount"
    assert len(payload["document"]["tenders"]) == 2
    assert window.till.db is not None
    with window.till.db.session() as session:
        assert verify_journal(session).ok

    # The till is ready for the next customer.
    assert screen.sale is not None and not screen.sale.lines
    assert "Change" in screen.banner.text()
    change = window.till.formatter.money(completion.sale.change)
    assert (screen.total_caption.text(), screen.total_label.text()) == ("Change", change)
    scan(qtbot, window, first)  # the next customer: the big figure is a total again
    qtbot.waitUntil(lambda: screen.total_caption.text() == "Total", timeout=5000)
