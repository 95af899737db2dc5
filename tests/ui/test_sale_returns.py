"""The return screen at the till window, synced with the real hub: the receipt scanned at an
empty cart opens it filled, part of a discounted line comes back, the card share goes through
the demo's simulated ZVT terminal and the rest in cash, and the hub keeps the return once."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from drivers.printer import VirtualConnection
from pos.domain.discounts import Discount
from pos.domain.money import Money
from pos.domain.roles import Role
from pos.hub.embedded import RunningHub
from pos.ui.app import TillWindow
from pos.ui.features.payment.payment import Payment
from pos.ui.features.payment.payment_dialog import PaymentDialog
from pos.ui.features.returns.return_dialog import ReturnDialog
from pos.ui.features.returns.returns import Returns
from pos.ui.widgets.dialogs import PinDialog
from tests.ui.conftest import answer_dialog, demo_barcode
from tests.ui.test_pickup import returns_at_hub, supervisor
from tests.ui.test_whole_sale import press, scan, sign_in

WAIT = 20_000


def sell_part_by_card(qtbot: QtBot, window: TillWindow) -> str:
    """Two of one item and one of another, 10 % off the cart (set as a manager would), 5.00 by
    card and the rest in cash; returns the sale id."""
    screen = window.till_screen
    first = demo_barcode(window, offset=5)
    scan(qtbot, window, first)
    scan(qtbot, window, first)
    scan(qtbot, window, demo_barcode(window, offset=6))
    assert screen.sale is not None
    screen.sale.discount_cart(Discount.of_percent(10, "opening"), Role.MANAGER)
    screen.refresh()

    def split(dialog: PaymentDialog) -> None:
        dialog.field.setText("5")
        dialog.pay_by_card()
        qtbot.waitUntil(lambda: len(dialog._sale.tenders) == 1, timeout=WAIT)
        dialog.add_cash()  # what is left, exactly

    answer_dialog(PaymentDialog, split)
    with qtbot.waitSignal(screen.feature(Payment).sale_recorded, timeout=WAIT) as recorded:
        press(qtbot, window, Qt.Key.Key_F12)
    return str(recorded.args[0].sale.sale_id)


def printed(window: TillWindow) -> bytes:
    printing = window.till.printing
    assert printing is not None and isinstance(printing.connection, VirtualConnection)
    return b"".join(printing.connection.jobs)


def test_a_scanned_receipt_opens_the_return_and_refunds_card_and_cash_pro_rata(
    qtbot: QtBot, synced_window: TillWindow, hub: RunningHub
) -> None:
    window = synced_window
    sign_in(qtbot, window, "1111")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.till_screen, timeout=5000)
    sale_id = sell_part_by_card(qtbot, window)
    seen: dict[str, Any] = {}

    def take_one_back(dialog: ReturnDialog) -> None:
        qtbot.waitUntil(lambda: dialog.found is not None, timeout=WAIT)
        assert dialog.found is not None
        seen["lines"] = dialog.table.rowCount()
        seen["title"] = dialog.title.text()
        dialog.set_quantity(1, "3")  # more than was sold
        seen["too_much"] = dialog.error.text()
        assert not dialog.refund_button.isEnabled()
        dialog.set_quantity(1, "1", restock=True)
        seen["refund"] = dialog.refund_text.text()
        seen["shares"] = [(s.kind, s.amount) for s in dialog.shares]
        answer_dialog(PinDialog, supervisor)  # Anna is a cashier: Marek approves
        dialog.refund_button.click()

    answer_dialog(ReturnDialog, take_one_back)
    scan(qtbot, window, sale_id)  # the receipt's code, at an empty cart
    screen = window.till_screen
    qtbot.waitUntil(lambda: "Return recorded" in screen.banner.text(), timeout=WAIT)
    assert seen["lines"] == 2 and "000001" in seen["title"]
    assert "only 2 can still be returned" in seen["too_much"]
    (card, card_amount), (cash, cash_amount) = seen["shares"]
    assert (card, cash) == ("card", "cash")
    qtbot.waitUntil(lambda: len(returns_at_hub(hub)) == 1, timeout=WAIT)
    doc = returns_at_hub(hub)[0]["document"]
    assert doc["original_sale_id"] == sale_id
    assert [(r["kind"], Money.of(r["amount"], window.till.currency)) for r in doc["refunds"]] == [
        ("card", card_amount),
        ("cash", cash_amount),
    ]
    assert doc["refunds"][0]["details"]["terminal_id"]  # the terminal's approval, recorded
    assert [(ln["original_line_no"], ln["quantity"], ln["restock"]) for ln in doc["lines"]] == [
        (1, "1", True)
    ]
    qtbot.waitUntil(lambda: b"RETURN" in printed(window), timeout=WAIT)
    assert b"\x1bp" in printed(window)  # the drawer opened for the cash share


def test_a_receipt_scanned_during_a_sale_only_says_which_sale_it_was(
    qtbot: QtBot, synced_window: TillWindow
) -> None:
    window = synced_window
    sign_in(qtbot, window, "1111")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.till_screen, timeout=5000)
    sale_id = sell_part_by_card(qtbot, window)
    scan(qtbot, window, demo_barcode(window, offset=7))
    scan(qtbot, window, sale_id)
    screen = window.till_screen
    qtbot.waitUntil(lambda: "Receipt 000001" in screen.banner.text(), timeout=WAIT)
    assert screen.feature(Returns).dialog is None and screen.model.rowCount() == 1
