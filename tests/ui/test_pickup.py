"""Click & collect end to end: a real hub (embedded, loopback HTTP), a real till window, the
pickup screen driven as a clerk would (typed scans, buttons, the dialogs it opens). After
each flow the stock at the hub is checked against what left the store."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from drivers.printer import VirtualConnection
from pos.hub.embedded import RunningHub
from pos.hub.stock import product_stock
from pos.store.db import connect_plain
from pos.ui.app import TillWindow
from pos.ui.features.payment.payment import Payment
from pos.ui.features.payment.payment_dialog import PaymentDialog
from pos.ui.features.pickup.code_dialogs import PickupCodeDialog
from pos.ui.features.pickup.pickup import Pickup
from pos.ui.features.pickup.pickup_dialog import PickupDialog
from pos.ui.widgets.dialogs import NumberDialog, PinDialog
from tests.services.test_pickup_service import arrived, start_till
from tests.ui.conftest import answer_dialog
from tests.ui.test_printer_trouble import pay_exact
from tests.ui.test_whole_sale import sign_in

WAIT = 20_000


@pytest.fixture
def window(qtbot: QtBot, synced_window: TillWindow) -> TillWindow:
    """The till window synced with the test's hub (``conftest.synced_window``), signed in."""
    window = synced_window
    sign_in(qtbot, window, "1111")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.till_screen, timeout=5000)
    return window


@pytest.fixture
def screen(qtbot: QtBot, window: TillWindow) -> Iterator[PickupDialog]:
    """The pickup screen as Ctrl+O opens it (shown without exec() so the test drives it)."""
    dialog = window.till_screen.feature(Pickup).pickup_dialog()
    assert dialog is not None
    dialog.show()
    qtbot.waitExposed(dialog)
    yield dialog
    if isValid(dialog) and dialog.isVisible():  # a handover for payment deletes it
        dialog.reject()


def products(window: TillWindow, n: int) -> list[tuple[str, str, str]]:
    """(product id, barcode, name) of ``n`` piece products with stock at this store."""
    with connect_plain(window.till.paths.database) as conn:
        rows = conn.execute(
            "SELECT p.id, min(b.code), p.name FROM products p"
            " JOIN barcodes b ON b.product_id = p.id"
            " JOIN stock_levels s ON s.product_id = p.id AND s.location = 'STORE-001'"
            " WHERE p.sold_by = 'piece' AND length(b.code) = 13"
            " AND CAST(s.quantity AS REAL) >= 5"
            " GROUP BY p.id ORDER BY p.id LIMIT ?",
            (n,),
        ).fetchall()
    return [(str(r[0]), str(r[1]), str(r[2])) for r in rows]


def place(hub: RunningHub, items: list[tuple[str, str]], *, paid: bool = True) -> dict[str, Any]:
    """The web shop places an order for pickup at STORE-001 (admin API over HTTP)."""
    headers = {"Authorization": f"Bearer {hub.admin_token}"}
    with httpx.Client(base_url=hub.url, headers=headers, timeout=10) as admin:
        answer = admin.post(
            "/v1/admin/pickup-orders",
            json={
                "order_id": f"WEB-{len(items)}-{id(items)}",
                "store_id": "STORE-001",
                "customer_first_name": "Zofia",
                "customer_surname": "Dąbrowska",
                "contact": "zofia@example.com",
                "lines": [{"product_id": p, "quantity": q} for p, q in items],
                "paid_online": paid,
            },
        )
    assert answer.status_code == 201, answer.text
    placed: dict[str, Any] = answer.json()
    return placed


def hub_level(hub: RunningHub, product_id: str) -> tuple[Decimal, Decimal]:
    """(on hand, reserved) of a product at STORE-001, read at the hub."""
    here = next(
        loc for loc in product_stock(hub.db, product_id).locations if loc.location_id == "STORE-001"
    )
    return Decimal(here.on_hand), Decimal(here.reserved)


def hub_order(hub: RunningHub, order_id: str) -> dict[str, Any]:
    from pos.hub.pickup import get_order

    return get_order(hub.db, order_id).model_dump(mode="json")


def type_scan(qtbot: QtBot, dialog: PickupDialog, text: str) -> None:
    qtbot.keyClicks(dialog.scan, text)
    qtbot.keyClick(dialog.scan, Qt.Key.Key_Return)


def open_order(qtbot: QtBot, dialog: PickupDialog, number: str) -> None:
    qtbot.waitUntil(lambda: number in dialog.queue_numbers(), timeout=WAIT)
    assert dialog.select_order_number(number)
    dialog.pick_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == dialog.PICKING, timeout=WAIT)


def status_of(dialog: PickupDialog, row: int) -> str:
    item = dialog.picking.lines.item(row, 3)
    return "" if item is None else item.text()


def make_ready(qtbot: QtBot, dialog: PickupDialog, bags: int = 1) -> None:
    dialog.picking.bags.setValue(bags)
    dialog.picking.ready_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == dialog.QUEUE, timeout=WAIT)


def printed(window: TillWindow) -> bytes:
    printing = window.till.printing
    assert printing is not None and isinstance(printing.connection, VirtualConnection)
    return b"".join(printing.connection.jobs)


def test_a_web_order_is_picked_by_scans_made_ready_and_handed_over_by_qr(
    qtbot: QtBot, window: TillWindow, screen: PickupDialog, hub: RunningHub
) -> None:
    found = products(window, 4)
    (a, a_code, _), (b, _, b_name), (d, d_code, d_name), (_, x_code, x_name) = found
    before = {p: hub_level(hub, p) for p in (a, b, d)}
    placed = place(hub, [(a, "2"), (b, "1")])
    number = placed["order"]["number"]
    qtbot.waitUntil(lambda: number in screen.queue_numbers(), timeout=WAIT)  # no refresh
    assert "1 new" in screen.summary.text()
    qtbot.waitUntil(lambda: "Pickup: 1 new" in window.status.pickup.text(), timeout=WAIT)
    open_order(qtbot, screen, number)

    type_scan(qtbot, screen, x_code)  # not in the order
    qtbot.waitUntil(lambda: f"{x_name} is not in this order" in screen.banner.text(), timeout=WAIT)
    for _ in range(2):
        type_scan(qtbot, screen, a_code)
    qtbot.waitUntil(lambda: "picked" in status_of(screen, 0), timeout=WAIT)
    type_scan(qtbot, screen, a_code)  # a third: more than ordered
    qtbot.waitUntil(lambda: "2 picked already" in screen.banner.text(), timeout=WAIT)

    screen.picking.lines.selectRow(1)
    screen.picking.mark_short()
    assert status_of(screen, 1) == "short"
    screen.picking.offer_substitute()

    def one(dialog: NumberDialog) -> None:
        dialog.field.setText("1")
        dialog._accept()

    answer_dialog(NumberDialog, one)
    answer_dialog(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    type_scan(qtbot, screen, d_code)
    qtbot.waitUntil(lambda: d_name in status_of(screen, 1), timeout=WAIT)
    assert "customer agreed" in status_of(screen, 1)

    screen.picking.print_pick_list()
    qtbot.waitUntil(lambda: b"PICK LIST" in printed(window), timeout=WAIT)
    make_ready(qtbot, screen, bags=2)
    assert "the customer has been notified" in screen.banner.text()
    qtbot.waitUntil(lambda: printed(window).count(number.encode()) >= 3, timeout=WAIT)
    order = hub_order(hub, placed["order"]["order_id"])
    assert (order["state"], order["bags"]) == ("ready", 2)
    from pos.hub.pickup import notifications

    (note,) = notifications(hub.db, placed["order"]["order_id"]).notifications
    assert number in note.text and note.contact == "zofia@example.com"

    type_scan(qtbot, screen, placed["qr"])
    qtbot.waitUntil(lambda: screen.pages.currentIndex() == screen.HANDOVER, timeout=WAIT)
    assert hub_order(hub, placed["order"]["order_id"])["claimed_by"] == "TILL-01"
    assert screen.handover.bag_lines.rowCount() == 2
    assert f"{d_name} (instead of {b_name})" == screen.handover.bag_lines.item(1, 0).text()
    assert "Paid online" in screen.handover.due.text()
    screen.handover.hand_button.click()
    qtbot.waitUntil(lambda: "handed over" in screen.banner.text(), timeout=WAIT)
    assert hub_order(hub, placed["order"]["order_id"])["state"] == "collected"
    qtbot.waitUntil(lambda: b"PICKUP HANDOVER" in printed(window), timeout=WAIT)
    assert b"Dabrowska" not in printed(window) and "Dąbrowska".encode() not in printed(window)

    # stock: what left the store, nothing reserved any more
    assert hub_level(hub, a) == (before[a][0] - 2, before[a][1])
    assert hub_level(hub, b) == before[b]
    assert hub_level(hub, d) == (before[d][0] - 1, before[d][1])


def test_handover_by_typed_code_checks_the_surname_with_the_hub(
    qtbot: QtBot, window: TillWindow, screen: PickupDialog, hub: RunningHub
) -> None:
    ((a, a_code, _),) = products(window, 1)
    before = hub_level(hub, a)
    placed = place(hub, [(a, "1")])
    number, code = placed["order"]["number"], placed["short_code"]
    open_order(qtbot, screen, number)
    type_scan(qtbot, screen, a_code)
    qtbot.waitUntil(lambda: "picked" in status_of(screen, 0), timeout=WAIT)
    make_ready(qtbot, screen)

    def typed(surname: str) -> None:
        def fill(dialog: PickupCodeDialog) -> None:
            dialog.code.setText(code.lower())
            dialog.surname.setText(surname)
            dialog._accept()

        answer_dialog(PickupCodeDialog, fill)
        screen.code_button.click()

    typed("Nowak")
    qtbot.waitUntil(lambda: "No order has this pickup code" in screen.banner.text(), timeout=WAIT)
    assert screen.pages.currentIndex() == screen.QUEUE
    typed("DABROWSKA")
    qtbot.waitUntil(lambda: screen.pages.currentIndex() == screen.HANDOVER, timeout=WAIT)
    screen.handover.hand_button.click()
    qtbot.waitUntil(lambda: "handed over" in screen.banner.text(), timeout=WAIT)
    assert hub_order(hub, placed["order"]["order_id"])["state"] == "collected"
    assert hub_level(hub, a) == (before[0] - 1, before[1])


def test_an_unpaid_order_is_paid_through_the_normal_sale_at_pickup(
    qtbot: QtBot, window: TillWindow, screen: PickupDialog, hub: RunningHub
) -> None:
    ((a, a_code, a_name),) = products(window, 1)
    before = hub_level(hub, a)
    placed = place(hub, [(a, "2")], paid=False)
    order_id = placed["order"]["order_id"]
    open_order(qtbot, screen, placed["order"]["number"])
    for _ in range(2):
        type_scan(qtbot, screen, a_code)
    qtbot.waitUntil(lambda: "picked" in status_of(screen, 0), timeout=WAIT)
    make_ready(qtbot, screen)
    type_scan(qtbot, screen, placed["qr"])
    qtbot.waitUntil(lambda: screen.pages.currentIndex() == screen.HANDOVER, timeout=WAIT)
    assert "To pay now" in screen.handover.due.text()
    screen.handover.hand_button.click()  # "Take payment and hand over"
    assert screen.payment_request is not None
    till_screen = window.till_screen
    answer_dialog(PaymentDialog, pay_exact)
    with qtbot.waitSignal(till_screen.feature(Payment).sale_recorded, timeout=WAIT) as recorded:
        till_screen.feature(Pickup).after_pickup(screen)
    completion = recorded.args[0]
    assert [(ln.name, ln.quantity) for ln in completion.sale.lines] == [(a_name, Decimal(2))]
    qtbot.waitUntil(lambda: "paid and handed over" in till_screen.banner.text(), timeout=WAIT)
    order = hub_order(hub, order_id)
    assert (order["state"], order["sale_id"]) == ("collected", completion.sale.sale_id)
    assert hub_level(hub, a) == (before[0] - 2, before[1])  # taken off once, by the sale


def test_a_partial_pickup_releases_what_stays_behind(
    qtbot: QtBot, window: TillWindow, screen: PickupDialog, hub: RunningHub
) -> None:
    (a, a_code, _), (b, b_code, _), (c, _c_code, _) = products(window, 3)
    before = {p: hub_level(hub, p) for p in (a, b, c)}
    placed = place(hub, [(a, "1"), (b, "1"), (c, "1")])
    open_order(qtbot, screen, placed["order"]["number"])
    type_scan(qtbot, screen, a_code)
    type_scan(qtbot, screen, b_code)
    qtbot.waitUntil(lambda: "picked" in status_of(screen, 1), timeout=WAIT)
    screen.picking.lines.selectRow(2)
    screen.picking.mark_short()  # c cannot be found
    make_ready(qtbot, screen)
    type_scan(qtbot, screen, placed["qr"])
    qtbot.waitUntil(lambda: screen.pages.currentIndex() == screen.HANDOVER, timeout=WAIT)
    assert screen.handover.bag_lines.item(2, 0).text().endswith("(not available)")
    screen.handover.set_taken(2, False)  # the customer does not want b after all
    screen.handover.hand_button.click()
    qtbot.waitUntil(lambda: "handed over" in screen.banner.text(), timeout=WAIT)
    order = hub_order(hub, placed["order"]["order_id"])
    assert order["state"] == "partially_collected"
    assert [ln["collected"] for ln in order["lines"]] == ["1", "0", "0"]
    assert hub_level(hub, a) == (before[a][0] - 1, before[a][1])
    assert hub_level(hub, b) == before[b]
    assert hub_level(hub, c) == before[c]


def test_an_order_cancelled_while_it_is_picked_stops_the_clerk_at_once(
    qtbot: QtBot, window: TillWindow, screen: PickupDialog, hub: RunningHub
) -> None:
    ((a, a_code, _),) = products(window, 1)
    before = hub_level(hub, a)
    placed = place(hub, [(a, "1")])
    open_order(qtbot, screen, placed["order"]["number"])
    type_scan(qtbot, screen, a_code)
    qtbot.waitUntil(lambda: "picked" in status_of(screen, 0), timeout=WAIT)
    from pos.hub.pickup import cancel

    cancel(hub.db, placed["order"]["order_id"])  # the customer cancelled on the web
    qtbot.waitUntil(lambda: "was cancelled by the web shop" in screen.banner.text(), timeout=WAIT)
    assert not screen.picking.ready_button.isEnabled()
    assert hub_order(hub, placed["order"]["order_id"])["state"] == "cancelled"
    assert hub_level(hub, a) == before


def test_two_tills_race_for_one_order_and_the_second_is_told_who_has_it(
    qtbot: QtBot, tmp_path: Path, window: TillWindow, screen: PickupDialog, hub: RunningHub
) -> None:
    ((a, _a_code, _),) = products(window, 1)
    before = hub_level(hub, a)
    other = start_till(tmp_path / "till2", hub, "TILL-02")
    try:
        placed = place(hub, [(a, "1")])
        order_id = placed["order"]["order_id"]
        number = placed["order"]["number"]
        qtbot.waitUntil(lambda: number in screen.queue_numbers(), timeout=WAIT)
        assert other.pickup is not None
        arrived(other, order_id)  # the other till's clerk gets there first
        assert other.pickup.claim(order_id).result(WAIT / 1000).result == "confirmed"
        assert screen.select_order_number(number)
        screen.pick_button.click()
        qtbot.waitUntil(lambda: "at till TILL-02" in screen.banner.text(), timeout=WAIT)
        assert screen.pages.currentIndex() == screen.QUEUE
        assert hub_order(hub, order_id)["claimed_by"] == "TILL-02"
        assert hub_level(hub, a) == (before[0], before[1] + 1)  # still held for the order
    finally:
        other.shutdown()


def test_ctrl_o_opens_the_pickup_screen(qtbot: QtBot, window: TillWindow) -> None:
    seen: list[str] = []

    def close(dialog: PickupDialog) -> None:
        seen.append(dialog.windowTitle())
        dialog.reject()

    answer_dialog(PickupDialog, close)
    qtbot.keyClick(window.till_screen.scan, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: seen == ["Pickup orders"], timeout=WAIT)
    assert window.till_screen.scan_listener is None


def collected_order(
    qtbot: QtBot, screen: PickupDialog, hub: RunningHub, items: list[tuple[str, str, str]]
) -> dict[str, Any]:
    """A web order of one piece of each item, picked, ready and handed over at this till."""
    placed = place(hub, [(pid, "1") for pid, _code, _name in items])
    open_order(qtbot, screen, placed["order"]["number"])
    for row, (_pid, code, _name) in enumerate(items):
        type_scan(qtbot, screen, code)
        qtbot.waitUntil(lambda row=row: "picked" in status_of(screen, row), timeout=WAIT)
    make_ready(qtbot, screen)
    type_scan(qtbot, screen, placed["qr"])
    qtbot.waitUntil(lambda: screen.pages.currentIndex() == screen.HANDOVER, timeout=WAIT)
    screen.handover.hand_button.click()
    qtbot.waitUntil(lambda: "handed over" in screen.banner.text(), timeout=WAIT)
    return placed


def supervisor(dialog: PinDialog) -> None:
    dialog.field.setText("2222")  # Marek, the demo's supervisor
    dialog._accept()


def returns_at_hub(hub: RunningHub) -> list[dict[str, Any]]:
    from pos.hub.documents import received_document, received_documents

    with hub.db.read() as conn:
        rows, _last, _more = received_documents(conn, 0, 100, "return", None)
        return [received_document(conn, row["id"]) or {} for row in rows]


def test_a_web_order_return_refunds_and_puts_resellable_goods_back(
    qtbot: QtBot, window: TillWindow, screen: PickupDialog, hub: RunningHub
) -> None:
    items = products(window, 2)
    (a, _, _), (b, _, _) = items
    placed = collected_order(qtbot, screen, hub, items)
    after_pickup = {p: hub_level(hub, p) for p in (a, b)}
    number = placed["order"]["number"]

    type_scan(qtbot, screen, number)  # the handover slip's barcode
    qtbot.waitUntil(lambda: screen.pages.currentIndex() == screen.RETURN, timeout=WAIT)
    page = screen.returns
    page.set_quantity(1, "2")  # more than was taken home
    page.refund_button.click()
    qtbot.waitUntil(lambda: "only 1 can still be returned" in screen.banner.text(), timeout=WAIT)
    page.set_quantity(1, "1", restock=True)
    page.set_quantity(2, "1", restock=False)  # damaged: not back on the shelf
    page.reason.setCurrentIndex(1)
    assert page.tender.currentData() == "cash"
    answer_dialog(PinDialog, lambda dialog: dialog.reject())  # a cashier alone may not
    page.refund_button.click()
    qtbot.waitUntil(lambda: "Not approved" in screen.banner.text(), timeout=WAIT)
    answer_dialog(PinDialog, supervisor)
    page.refund_button.click()
    qtbot.waitUntil(lambda: "recorded; refunded" in screen.banner.text(), timeout=WAIT)
    assert screen.pages.currentIndex() == screen.QUEUE
    qtbot.waitUntil(lambda: b"WEB ORDER RETURN" in printed(window), timeout=WAIT)
    assert b"\x1bp" in printed(window)  # the drawer opened for the cash

    qtbot.waitUntil(lambda: len(returns_at_hub(hub)) == 1, timeout=WAIT)
    (returned,) = returns_at_hub(hub)
    doc = returned["document"]
    assert doc["original_sale_id"] == placed["order"]["order_id"]
    assert [(ln["quantity"], ln["restock"]) for ln in doc["lines"]] == [("1", True), ("1", False)]
    assert doc["refunds"][0]["kind"] == "cash"
    assert [a["action"] for a in doc["approvals"]] == ["return"]
    assert hub_level(hub, a) == (after_pickup[a][0] + 1, after_pickup[a][1])
    assert hub_level(hub, b) == after_pickup[b]

    screen.open_return(number)  # everything came back: nothing is left to return
    qtbot.waitUntil(lambda: screen.pages.currentIndex() == screen.RETURN, timeout=WAIT)
    page.set_quantity(1, "1")
    answer_dialog(PinDialog, supervisor)
    page.refund_button.click()
    qtbot.waitUntil(lambda: "only 0 can still be returned" in screen.banner.text(), timeout=WAIT)
    assert len(returns_at_hub(hub)) == 1


def test_a_card_refund_is_recorded_only_once_the_terminal_approves_it(
    qtbot: QtBot, window: TillWindow, screen: PickupDialog, hub: RunningHub
) -> None:
    items = products(window, 1)
    ((a, _, _),) = items
    placed = collected_order(qtbot, screen, hub, items)
    after_pickup = hub_level(hub, a)
    screen.open_return(placed["order"]["number"])
    qtbot.waitUntil(lambda: screen.pages.currentIndex() == screen.RETURN, timeout=WAIT)
    page = screen.returns
    page.tender.setCurrentIndex(page.tender.findData("card"))
    page.set_quantity(1, "1")
    terminal = window.demo_terminal
    assert terminal is not None
    terminal.terminal.set_scenario("decline:05")
    answer_dialog(PinDialog, supervisor)
    page.refund_button.click()
    qtbot.waitUntil(lambda: "was not approved" in screen.banner.text(), timeout=WAIT)
    assert returns_at_hub(hub) == [] and screen.pages.currentIndex() == screen.RETURN

    terminal.terminal.set_scenario("approve")
    page.refund_button.click()
    qtbot.waitUntil(lambda: "recorded; refunded" in screen.banner.text(), timeout=WAIT)
    qtbot.waitUntil(lambda: len(returns_at_hub(hub)) == 1, timeout=WAIT)
    refund = returns_at_hub(hub)[0]["document"]["refunds"][0]
    assert refund["kind"] == "card" and refund["details"]["payment_id"]
    assert hub_level(hub, a) == (after_pickup[0] + 1, after_pickup[1])
