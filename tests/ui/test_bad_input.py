"""Bad input at the till gets a clear message and changes nothing."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pos.domain.cart import Sale
from pos.ui.app import TillWindow
from pos.ui.features.discounts.discounts import Discounts
from pos.ui.features.payment.payment_dialog import PaymentDialog
from pos.ui.widgets.dialogs import NumberDialog, PinDialog
from tests.ui.conftest import answer_dialog, demo_barcode
from tests.ui.test_whole_sale import press, scan, sign_in


def signed_in(qtbot: QtBot, window: TillWindow) -> None:
    sign_in(qtbot, window, "1111")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.till_screen, timeout=5000)


def one_line_sale(qtbot: QtBot, window: TillWindow) -> Sale:
    """Signed in as the cashier with one demo product scanned."""
    signed_in(qtbot, window)
    screen = window.till_screen
    scan(qtbot, window, demo_barcode(window))
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1, timeout=5000)
    assert screen.sale is not None
    return screen.sale


def test_a_wrong_pin_keeps_the_till_locked(qtbot: QtBot, till_window: TillWindow) -> None:
    sign_in(qtbot, till_window, "9999")
    qtbot.waitUntil(lambda: "Wrong PIN" in till_window.login.message.text(), timeout=5000)
    assert till_window.stack.currentWidget() is till_window.login
    assert till_window.till.current_user is None


def test_an_unknown_barcode_is_reported_and_adds_nothing(
    qtbot: QtBot, till_window: TillWindow
) -> None:
    signed_in(qtbot, till_window)
    screen = till_window.till_screen
    scan(qtbot, till_window, "4006381333931")  # a valid EAN-13 that the demo catalog lacks
    qtbot.waitUntil(lambda: "Unknown barcode 4006381333931" in screen.banner.text(), timeout=5000)
    assert screen.model.rowCount() == 0


def test_a_wrong_check_digit_is_refused(qtbot: QtBot, till_window: TillWindow) -> None:
    signed_in(qtbot, till_window)
    screen = till_window.till_screen
    good = demo_barcode(till_window)
    bad = good[:-1] + str((int(good[-1]) + 1) % 10)
    scan(qtbot, till_window, bad)
    qtbot.waitUntil(lambda: bad in screen.banner.text(), timeout=5000)
    assert "check digit" in screen.banner.text() or "not a valid" in screen.banner.text()
    assert screen.model.rowCount() == 0


def test_zero_and_absurd_quantities_are_refused(qtbot: QtBot, till_window: TillWindow) -> None:
    screen = till_window.till_screen
    sale = one_line_sale(qtbot, till_window)
    for typed in ("0", "1000000"):

        def type_quantity(dialog: NumberDialog, typed: str = typed) -> None:
            dialog.field.setText(typed)
            dialog._accept()

        answer_dialog(NumberDialog, type_quantity)
        press(qtbot, till_window, Qt.Key.Key_F2)
        qtbot.waitUntil(lambda: screen.banner.isVisible(), timeout=5000)
        assert "quantity" in screen.banner.text().lower()
        assert sale.line(1).quantity == Decimal(1)
        screen.banner.hide()


def test_a_discount_over_the_limit_without_approval_changes_nothing(
    qtbot: QtBot, till_window: TillWindow
) -> None:
    screen = till_window.till_screen
    sale = one_line_sale(qtbot, till_window)
    total = sale.total

    def cancel_pin(dialog: PinDialog) -> None:
        dialog.reject()

    answer_dialog(PinDialog, cancel_pin)
    screen.feature(Discounts).apply_discount(None, True, Decimal(30))
    assert sale.total == total and sale.cart_discount is None
    assert "Not approved" in screen.banner.text()


def test_a_tender_below_the_total_does_not_complete_the_sale(
    qtbot: QtBot, till_window: TillWindow
) -> None:
    screen = till_window.till_screen
    sale = one_line_sale(qtbot, till_window)
    seen: list[str] = []

    def pay_too_little(dialog: PaymentDialog) -> None:
        dialog.field.setText("0,01")
        dialog.add_cash()
        seen.append(dialog.due_label.text())
        dialog.reject()  # the customer walks away: the partial payment is taken back

    answer_dialog(PaymentDialog, pay_too_little)
    press(qtbot, till_window, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert screen.sale is sale and sale.state.value == "open"
    assert sale.tenders == ()
