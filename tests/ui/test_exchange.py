"""An exchange at the till window against the real hub: what the customer brings back is a
credit on the open sale, the payment dialog shows it as the first tender (it cannot be removed
there), and the rest of dearer new goods is paid by card; the return and the new sale reach
the hub together, once. An exchange whose sale ends unpaid (voided, parked) writes nothing."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pos.domain.money import Money
from pos.domain.sale_return import EXCHANGE_RETURN
from pos.hub.embedded import RunningHub
from pos.ui.app import TillWindow
from pos.ui.features.payment.payment import Payment
from pos.ui.features.payment.payment_dialog import PaymentDialog
from pos.ui.features.returns.return_dialog import ReturnDialog
from pos.ui.widgets.dialogs import PinDialog
from tests.ui.conftest import answer_dialog, demo_barcode
from tests.ui.test_pickup import supervisor
from tests.ui.test_printer_trouble import pay_exact
from tests.ui.test_store_day import at_hub, pay
from tests.ui.test_whole_sale import press, scan, sign_in

WAIT = 20_000


def exchange_one(qtbot: QtBot, window: TillWindow, sale_id: str) -> None:
    """Scan the receipt, bring back one piece of its first line, F9 with a supervisor's PIN."""

    def one_back(dialog: ReturnDialog) -> None:
        qtbot.waitUntil(lambda: dialog.found is not None, timeout=WAIT)
        dialog.set_quantity(1, "1", restock=True)
        answer_dialog(PinDialog, supervisor)
        qtbot.keyClick(dialog, Qt.Key.Key_F9)

    answer_dialog(ReturnDialog, one_back)
    scan(qtbot, window, sale_id)
    qtbot.waitUntil(lambda: "Exchange:" in window.till_screen.banner.text(), timeout=WAIT)


def test_dearer_new_goods_pay_the_rest_by_card_after_the_credit(
    qtbot: QtBot, synced_window: TillWindow, hub: RunningHub
) -> None:
    window = synced_window
    screen = window.till_screen
    sign_in(qtbot, window, "1111")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is screen, timeout=5000)
    cheap = demo_barcode(window, offset=20)
    scan(qtbot, window, cheap)
    first = pay(qtbot, window)
    exchange_one(qtbot, window, first)
    scan(qtbot, window, demo_barcode(window, offset=21))
    answer_dialog(PaymentDialog, lambda dialog: dialog.reject())  # not yet: one more item
    press(qtbot, window, Qt.Key.Key_F12)
    assert screen.sale is not None and not screen.sale.tenders  # the credit waits for Pay
    for _ in range(2):
        scan(qtbot, window, demo_barcode(window, offset=21))
    assert screen.sale.item_count == 3
    seen: dict[str, Any] = {}

    def credit_then_card(dialog: PaymentDialog) -> None:
        seen["tenders"] = [dialog.tenders.item(i).text() for i in range(dialog.tenders.count())]
        dialog.tenders.setCurrentRow(0)
        dialog.remove_selected()  # the credit stays
        seen["kept"] = len(dialog._sale.tenders)
        seen["error"] = dialog.error.text()
        dialog.pay_by_card()
        qtbot.waitUntil(lambda: dialog.result() == 1, timeout=WAIT)

    second = pay(qtbot, window, credit_then_card)
    assert seen["tenders"][0].startswith("Exchange credit")
    assert seen["kept"] == 1 and "exchange credit stays" in seen["error"]
    qtbot.waitUntil(lambda: len(at_hub(hub, "return")) == 1, timeout=WAIT)
    qtbot.waitUntil(lambda: len(at_hub(hub, "sale")) == 2, timeout=WAIT)
    [ret] = at_hub(hub, "return")
    sale = next(s for s in at_hub(hub, "sale") if s["sale_id"] == second)
    credit, card = sale["tenders"]
    assert credit["details"][EXCHANGE_RETURN] == ret["return_id"] and card["kind"] == "card"
    pln = window.till.currency
    assert Money.of(credit["amount"], pln) + Money.of(card["amount"], pln) == Money.of(
        sale["total"], pln
    )
    assert ret["original_sale_id"] == first and Money.of(sale["change"], pln).is_zero()


def test_a_voided_exchange_writes_nothing(
    qtbot: QtBot, synced_window: TillWindow, hub: RunningHub
) -> None:
    window = synced_window
    screen = window.till_screen
    sign_in(qtbot, window, "1111")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is screen, timeout=5000)
    scan(qtbot, window, demo_barcode(window, offset=20))
    first = pay(qtbot, window, pay_exact)
    exchange_one(qtbot, window, first)
    scan(qtbot, window, demo_barcode(window, offset=21))

    screen.new_sale()  # the sale ends unpaid, as a void or a park ends it
    qtbot.waitUntil(lambda: "exchange was cancelled" in screen.banner.text(), timeout=WAIT)
    with window.till.db.raw() as conn:
        kept = conn.execute("SELECT count(*) FROM journal WHERE kind = 'return'").fetchone()[0]
    assert kept == 0 and screen.feature(Payment).exchange is None
    assert at_hub(hub, "return") == []
