"""A whole trading day at the real till window against the real hub (embedded, loopback HTTP),
driven by keys and dialogs as staff would: yesterday's shift closed and today's opened with a
counted float; sales paid in cash, by card (the demo's simulated ZVT terminal) and split, one
with a customer's promo code; a pay-out; a return by receipt scan (part of a discounted line,
the card share refunded through the terminal); an exchange (the promo sale comes back whole,
other goods go out, the difference paid in one settlement); an X report; a blind Z that is
short, approved by a supervisor. Then the hub has every sale, return and shift event exactly
once, its stock moved by exactly what was sold and restocked, the customer's points are
back where they were and the promo code may be used again, and the Z's expected cash is the
plain sum of the day's documents."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from pos.domain.money import Money
from pos.domain.sale_return import EXCHANGE_RETURN, EXCHANGE_SALE
from pos.hub.embedded import RunningHub
from pos.hub.stock import product_stock
from pos.ui.app import TillWindow
from pos.ui.features.payment.payment import Payment
from pos.ui.features.payment.payment_dialog import PaymentDialog
from pos.ui.features.returns.return_dialog import ReturnDialog
from pos.ui.features.shift.movement_dialog import MovementDialog
from pos.ui.features.shift.report_dialog import ReportDialog
from pos.ui.features.shift.shift import Shifts
from pos.ui.widgets.dialogs import PinDialog
from tests.ui.conftest import answer_dialog, demo_barcode
from tests.ui.test_customer_promo import mint, type_code
from tests.ui.test_pickup import supervisor
from tests.ui.test_printer_trouble import pay_exact
from tests.ui.test_sale_returns import sell_part_by_card
from tests.ui.test_shift_screen import PLN_380, choose, click_in_box, count, press_ctrl
from tests.ui.test_whole_sale import press, scan, sign_in

WAIT = 20_000


def pay(qtbot: QtBot, window: TillWindow, how: Any = pay_exact) -> str:
    """F12 with ``how`` answering the payment dialog; the recorded sale's id."""
    answer_dialog(PaymentDialog, how)
    with qtbot.waitSignal(window.till_screen.feature(Payment).sale_recorded, timeout=WAIT) as done:
        press(qtbot, window, Qt.Key.Key_F12)
    return str(done.args[0].sale.sale_id)


def by_card(qtbot: QtBot) -> Any:
    def answer(dialog: PaymentDialog) -> None:
        dialog.pay_by_card()  # empty field: all that is due
        qtbot.waitUntil(lambda: dialog.result() == 1, timeout=WAIT)

    return answer


def at_hub(hub: RunningHub, kind: str) -> list[dict[str, Any]]:
    from pos.hub.documents import received_document, received_documents

    with hub.db.read() as conn:
        rows, _last, _more = received_documents(conn, 0, 500, kind, None)
        return [(received_document(conn, row["id"]) or {})["document"] for row in rows]


def on_hand(hub: RunningHub, product_ids: set[str]) -> dict[str, Decimal]:
    out = {}
    for pid in product_ids:
        here = product_stock(hub.db, pid).locations
        out[pid] = next(Decimal(loc.on_hand) for loc in here if loc.location_id == "STORE-001")
    return out


def points(hub: RunningHub) -> int:
    with hub.db.read() as conn:
        found = conn.execute(text("SELECT points FROM customers WHERE id = 'CUST-0001'"))
        return int(found.scalar_one())


def test_a_whole_store_day_reaches_the_hub_exactly_once_and_adds_up(
    qtbot: QtBot, synced_window: TillWindow, hub: RunningHub
) -> None:
    window = synced_window
    screen = window.till_screen
    shifts = window.till.shifts
    assert shifts is not None
    pln = window.till.currency
    sign_in(qtbot, window, "1111")  # Anna, a cashier
    qtbot.waitUntil(lambda: window.stack.currentWidget() is screen, timeout=5000)
    feature = screen.feature(Shifts)
    codes = [demo_barcode(window, offset=n) for n in range(10, 14)]
    with window.till.db.raw() as conn:  # the products behind them, to follow their stock
        product_ids = {
            str(conn.execute("SELECT product_id FROM barcodes WHERE code = ?", (c,)).fetchone()[0])
            for c in [*codes, demo_barcode(window, offset=5), demo_barcode(window, offset=6)]
        }
    stock_before = on_hand(hub, product_ids)
    points_before = points(hub)

    # Morning: the demo's shift is closed (its 400 zł float counted right), today's opened.
    choose("Close the shift")
    count({20_000: 2})
    answer_dialog(ReportDialog, lambda dialog: dialog.accept())
    press_ctrl(qtbot, window, Qt.Key.Key_H)
    qtbot.waitUntil(lambda: shifts.view is None and feature.last_report is not None, timeout=WAIT)
    choose("Open the shift")
    count(PLN_380)
    press_ctrl(qtbot, window, Qt.Key.Key_H)
    qtbot.waitUntil(lambda: shifts.view is not None, timeout=WAIT)

    # Sales: cash; card; split with a cart discount; a customer's promo code, in cash.
    scan(qtbot, window, codes[0])
    scan(qtbot, window, codes[1])
    pay(qtbot, window)
    scan(qtbot, window, codes[2])
    pay(qtbot, window, by_card(qtbot))
    split_sale = sell_part_by_card(qtbot, window)
    issued = mint(hub)
    type_code(qtbot, window, issued.qr_text)
    while screen.sale is None or screen.sale.subtotal < Money.of("60", pln):
        scan(qtbot, window, codes[3])
    qtbot.waitUntil(
        lambda: screen.sale is not None and screen.sale.promotion is not None, timeout=WAIT
    )
    promo_sale = pay(qtbot, window)

    # A pay-out of 20 zł.
    def type_pay_out(dialog: MovementDialog) -> None:
        dialog.field.setText("20")
        dialog.reason.setEditText("Window cleaner")
        dialog._accept()

    assert shifts.view is not None
    after_pay_out = shifts.view.expected - Money.of("20", pln)
    choose("Pay-out")
    answer_dialog(MovementDialog, type_pay_out)
    press_ctrl(qtbot, window, Qt.Key.Key_H)
    qtbot.waitUntil(
        lambda: shifts.view is not None and shifts.view.expected == after_pay_out, timeout=WAIT
    )

    # A return by receipt scan: one of the discounted line, card share through the terminal.
    def take_one_back(dialog: ReturnDialog) -> None:
        qtbot.waitUntil(lambda: dialog.found is not None, timeout=WAIT)
        dialog.set_quantity(1, "1", restock=True)
        answer_dialog(PinDialog, supervisor)
        dialog.refund_button.click()

    answer_dialog(ReturnDialog, take_one_back)
    scan(qtbot, window, split_sale)
    qtbot.waitUntil(lambda: "Return recorded" in screen.banner.text(), timeout=WAIT)

    # An exchange: the promo sale comes back whole (restocked), one other item goes out.
    def exchange_all(dialog: ReturnDialog) -> None:
        qtbot.waitUntil(lambda: dialog.found is not None, timeout=WAIT)
        found = dialog.found
        assert found is not None
        for line in found.lines:
            dialog.set_quantity(line.line_no, str(line.left), restock=True)
        answer_dialog(PinDialog, supervisor)
        press_key = dialog.exchange_button
        assert press_key.isEnabled()
        press_key.click()

    answer_dialog(ReturnDialog, exchange_all)
    scan(qtbot, window, promo_sale)
    qtbot.waitUntil(lambda: "Exchange:" in screen.banner.text(), timeout=WAIT)
    scan(qtbot, window, codes[0])
    exchange_sale = pay(qtbot, window)  # the credit first; the rest (or change) settled once

    # X, then the blind Z: counted 10 zł short of what the drawer should hold.
    view = shifts.view
    assert view is not None
    expected = view.expected
    choose("X report")
    answer_dialog(ReportDialog, lambda dialog: dialog.accept())
    press_ctrl(qtbot, window, Qt.Key.Key_H)
    qtbot.waitUntil(
        lambda: feature.last_report is not None and feature.last_report.z_number is None,
        timeout=WAIT,
    )
    short = expected - Money.of("10", pln)
    choose("Close the shift")
    count(pieces_for(short))
    click_in_box("Supervisor approval")
    answer_dialog(PinDialog, supervisor)
    answer_dialog(ReportDialog, lambda dialog: dialog.accept())
    press_ctrl(qtbot, window, Qt.Key.Key_H)
    qtbot.waitUntil(
        lambda: shifts.view is None and getattr(feature.last_report, "z_number", None) == 2,
        timeout=WAIT,
    )
    z = feature.last_report
    assert z is not None and z.z_number == 2
    assert z.variance == Money.of("-10", pln) and z.expected == expected

    # The hub: everything once.
    def everything_there() -> bool:
        return len(at_hub(hub, "sale")) == 5 and len(at_hub(hub, "return")) == 2

    qtbot.waitUntil(everything_there, timeout=WAIT)
    sales = at_hub(hub, "sale")
    returns = at_hub(hub, "return")
    assert Counter(s["sale_id"] for s in sales).most_common(1)[0][1] == 1
    assert {split_sale, promo_sale, exchange_sale} <= {s["sale_id"] for s in sales}
    exchange = next(r for r in returns if r["original_sale_id"] == promo_sale)
    [credit] = [
        t for s in sales if s["sale_id"] == exchange_sale for t in s["tenders"]
        if EXCHANGE_RETURN in t["details"]
    ]  # fmt: skip
    assert credit["details"][EXCHANGE_RETURN] == exchange["return_id"]
    assert credit["received"] == exchange["total"]
    assert exchange["refunds"][0]["details"][EXCHANGE_SALE] == exchange_sale
    new_goods = next(s for s in sales if s["sale_id"] == exchange_sale)
    assert Money.of(new_goods["change"], pln) == Money.of(exchange["total"], pln) - Money.of(
        new_goods["total"], pln
    ), "the cheaper new goods: the difference handed back as change, in the same settlement"
    card_back = next(r for r in returns if r["original_sale_id"] == split_sale)["refunds"][0]
    assert card_back["kind"] == "card" and card_back["details"]["terminal_id"]

    # Stock: sold out, restocked back in, per product.
    moved: Counter[str] = Counter()
    for sale in sales:
        for line in sale["lines"]:
            if not line["voided"] and line["product_id"] in product_ids:
                moved[line["product_id"]] -= Decimal(line["quantity"])
    for ret in returns:
        for line in ret["lines"]:
            if line["restock"]:
                moved[line["product_id"]] += Decimal(line["quantity"])
    after = on_hand(hub, product_ids)
    assert {p: after[p] - stock_before[p] for p in product_ids} == {
        p: moved.get(p, Decimal(0)) for p in product_ids
    }

    # Loyalty: the promo sale came back whole; its points are gone, its code usable again.
    assert points(hub) == points_before
    with hub.db.read() as conn:
        status = conn.execute(
            text("SELECT status FROM redemptions WHERE sale_id = :s"), {"s": promo_sale}
        )
        assert status.scalar_one() == "released"

    # The shift at the hub, once, with the Z's figures; its expected cash is the documents'.
    def shifts_at_hub() -> list[tuple[str, int | None]]:
        with hub.db.read() as conn:
            rows = conn.execute(
                text("SELECT state, z_number FROM shifts WHERE till_id = 'TILL-01'")
            ).all()
        return sorted((str(r.state), r.z_number) for r in rows)

    qtbot.waitUntil(lambda: shifts_at_hub() == [("closed", 1), ("closed", 2)], timeout=WAIT)
    cash = Money.of("380", pln) - Money.of("20", pln)  # the float, less the pay-out
    for sale in sales:  # (the demo's shift sold nothing: every sale is today's)
        for tender in sale["tenders"]:
            if tender["kind"] == "cash":
                cash += Money.of(tender["amount"], pln)
    for ret in returns:
        for refund in ret["refunds"]:
            if refund["kind"] == "cash":
                cash -= Money.of(refund["amount"], pln)
    assert cash == expected


def pieces_for(amount: Money) -> dict[int, int]:
    """A count by denomination (PLN) that adds up to ``amount``: notes and coins, greedy."""
    left = amount.minor
    pieces: dict[int, int] = {}
    for minor in (20_000, 10_000, 5_000, 2_000, 1_000, 500, 200, 100, 50, 20, 10, 5, 2, 1):
        pieces[minor], left = divmod(left, minor)
    return {m: n for m, n in pieces.items() if n}
