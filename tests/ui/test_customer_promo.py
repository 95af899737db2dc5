"""A customer's promo QR at a real till against the real hub (embedded, loopback HTTP): the
scan opens the customer panel with the seeded history, staff add a viewed product in one
tap, the promotion follows the cart and goes on the receipt, and the sale reaches the hub
linked to the customer with exactly one redemption. A second use is refused; bad codes are
refused with their own message and change nothing; no personal data lands on disk or in
the log."""

from __future__ import annotations

import logging
import math
import os
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import cv2
import pytest
from PySide6.QtCore import Qt, QTimer
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from drivers.printer.preview import preview
from drivers.scanner import ScanRead, Symbology
from drivers.scanner.serial import SerialScanner
from pos.api.customers import PromoTokenIssued, PromoTokenRequest
from pos.config import ScannerDeviceSettings
from pos.domain.sale_document import CustomerDoc
from pos.hub import customers
from pos.hub.customer_seed import AUTUMN10, DAIRY15
from pos.hub.embedded import RunningHub
from pos.services.till import Completion
from pos.store import RedemptionRepository
from pos.store.redemptions import record_redemption
from pos.sync.events import PromoDoubleUse
from pos.ui.app import TillWindow
from pos.ui.features.customer.customer import Customer
from pos.ui.features.payment.payment import Payment
from pos.ui.features.payment.payment_dialog import PaymentDialog
from pos.ui.features.scanners.scanners import Scanners
from pos.ui.features.selling.lines import Lines
from pos.ui.features.sync_records.rejected_dialog import RejectedRecordsDialog
from pos.ui.features.sync_records.sync_records import SyncRecords
from tests.drivers.scanner.images import on_frame, qr_image
from tests.ui.conftest import answer_dialog
from tests.ui.test_printer_trouble import pay_exact
from tests.ui.test_scanning import SCAN_MS, type_keys
from tests.ui.test_whole_sale import sign_in

PERSONAL = ("Zofia", "Kowalska", "zofia.kowalska@example.pl", "ser gouda", "kawa ziarnista")


def mint(
    hub: RunningHub, promotion: str = AUTUMN10, customer: str = "CUST-0001", **extra: object
) -> PromoTokenIssued:
    request = PromoTokenRequest(customer_id=customer, promotion_id=promotion, **extra)  # type: ignore[arg-type]
    return customers.issue_token(hub.db, request)


def signed_in(qtbot: QtBot, window: TillWindow) -> None:
    sign_in(qtbot, window, "1111")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.till_screen, timeout=5000)


def type_code(qtbot: QtBot, window: TillWindow, code: str) -> None:
    """Type (or paste) a QR code's text into the scan field and press Enter."""
    screen = window.till_screen
    screen.scan.setText(code)
    screen.submit_scan()


def test_scan_sell_from_the_view_pay_and_the_hub_links_one_redemption(
    qtbot: QtBot, synced_window: TillWindow, hub: RunningHub, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    window = synced_window
    screen = window.till_screen
    panel = screen.feature(Customer).panel
    signed_in(qtbot, window)
    issued = mint(hub)

    # a camera (or serial) scanner's read of the QR
    screen.handle_read(ScanRead(issued.qr_text.encode(), Symbology.QR, source="camera"))
    assert panel.isVisible() and panel.attached  # first paint from the token alone
    assert "Autumn 10 % off from 50" in panel.promo_label.text()
    qtbot.waitUntil(lambda: panel.view is not None, timeout=10_000)
    view = panel.view
    assert view is not None
    assert panel.name_label.text() == "Zofia K."
    assert "gold tier" in panel.loyalty_label.text()
    assert panel.viewed_table.rowCount() == len(view.viewed) >= 10
    newest = view.viewed[0]
    product = next(p for p in view.products if p.product_id == newest.product_id)
    assert panel.viewed_table.item(0, 1).text().split("\n")[0] == product.name
    assert panel.searches_table.rowCount() == len(view.searches)
    assert panel.orders_table.rowCount() == len(view.orders)
    assert panel.suggested_table.rowCount() == len(view.suggested) > 0
    assert screen.sale is not None and screen.sale.promotion is not None

    # one tap sells a product the customer looked at online
    panel.viewed_table.cellWidget(0, 0).click()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1, timeout=5000)
    sale = screen.sale
    assert sale is not None
    assert sale.lines[0].product.product_id == product.product_id
    if product.price_minor < 5000:  # under the minimum spend: not applied, and it says so
        assert sale.promo_amount.is_zero()
        assert "basket must reach" in panel.status_label.text()
    # the promotion follows the cart: over 50.00 it applies
    screen.feature(Lines).set_quantity(1, Decimal(math.ceil(5000 / product.price_minor) + 1))
    assert not sale.promo_amount.is_zero()
    basket = sum(line.base.minor for line in sale.active_lines)
    assert sale.promo_amount.minor == round(basket / 10)  # 10 % (exact halves do not occur)
    assert "Applied" in panel.status_label.text()
    assert "(promo)" in screen.model.data(screen.model.index(0, 1))
    assert screen.model.data(screen.model.index(0, 4)).startswith("−")
    promo_amount = sale.promo_amount

    recorded: list[Completion] = []
    screen.feature(Payment).sale_recorded.connect(recorded.append)
    answer_dialog(PaymentDialog, pay_exact)
    screen.feature(Payment).pay()
    qtbot.waitUntil(lambda: bool(recorded), timeout=10_000)
    assert not panel.isVisible() and panel.view is None  # the customer left with the sale
    done = recorded[0].sale
    assert done.customer is not None and done.customer.promo_discount == promo_amount
    qtbot.waitUntil(lambda: screen.feature(Payment).last_receipt is not None, timeout=5000)
    receipt = "\n".join(preview(screen.feature(Payment).last_receipt or b"").text_lines)
    assert "Z*** K." in receipt and AUTUMN10 in receipt and "Zofia" not in receipt

    # the sale reaches the hub: linked to the customer, exactly one redemption
    screen.feature(SyncRecords).sync_now()
    qtbot.waitUntil(
        lambda: [r.sale_id for r in customers.list_redemptions(hub.db)] == [done.sale_id],
        timeout=15_000,
    )
    with hub.db.read() as conn:
        order = conn.execute(
            text("SELECT customer_id, status FROM customer_orders WHERE id = :id"),
            {"id": done.sale_id},
        ).one()
    assert tuple(order) == ("CUST-0001", "paid")
    assert customers.list_redemptions(hub.db)[0].status == "confirmed"
    till_db = window.till.db
    assert till_db is not None
    qtbot.waitUntil(
        lambda: RedemptionRepository(till_db).listed()[0].state == "confirmed", timeout=10_000
    )

    # the single-use code again: refused, nothing changes
    type_code(qtbot, window, issued.qr_text)
    qtbot.waitUntil(
        lambda: screen.banner.isVisible() and "already been used" in screen.banner.text(),
        timeout=10_000,
    )
    assert not panel.attached and screen.model.rowCount() == 0
    assert len(customers.list_redemptions(hub.db)) == 1

    # privacy: nothing personal in the till's SQLite files or its log
    window.till.sync.engine.stop()  # type: ignore[union-attr]
    blob = b"".join(
        path.read_bytes()
        for path in Path(window.till.paths.database).parent.iterdir()
        if path.name.startswith(Path(window.till.paths.database).name)
    )
    log_text = caplog.text
    for word in (*PERSONAL, view.masked_name):
        assert word.encode() not in blob, word
        assert word not in log_text, word
    assert issued.token.encode() not in blob  # the code itself is not kept either


def forge_signature(token: str) -> str:
    """The token with its signature's first character changed (always to another one)."""
    body, signature = token.rsplit(".", 1)
    return f"{body}.{'B' if signature[0] == 'A' else 'A'}{signature[1:]}"


@pytest.mark.parametrize(
    ("tamper", "message"),
    [
        (lambda t: t[:-12], "damaged or incomplete"),
        (forge_signature, "forged or altered"),
        (lambda t: "1.unknownkey" + t[t.index(".", 2) :], "key the till does not know"),
        (lambda t: t + "A" * 1300, "far too long"),
    ],
)
def test_bad_codes_are_refused_with_their_own_message_and_change_nothing(
    qtbot: QtBot, synced_window: TillWindow, hub: RunningHub, tamper: object, message: str
) -> None:
    window = synced_window
    screen = window.till_screen
    signed_in(qtbot, window)
    token = mint(hub).token
    bad = tamper(token)  # type: ignore[operator]
    type_code(qtbot, window, "omnitill:promo:" + bad)
    assert screen.banner.isVisible() and message in screen.banner.text(), screen.banner.text()
    assert not screen.feature(Customer).panel.attached and screen.sale is not None
    assert screen.sale.promotion is None


def test_expired_other_store_and_withdrawn_consent_are_named(
    qtbot: QtBot, synced_window: TillWindow, hub: RunningHub
) -> None:
    window = synced_window
    screen = window.till_screen
    signed_in(qtbot, window)
    expired = mint(hub, not_before=datetime.now(UTC) - timedelta(hours=5), valid_hours=1)
    type_code(qtbot, window, expired.qr_text)
    assert "expired on" in screen.banner.text()
    elsewhere = mint(hub, DAIRY15, stores=["STORE-002"])  # a store the promotion covers
    type_code(qtbot, window, elsewhere.qr_text)
    assert "STORE-002" in screen.banner.text() and "not here" in screen.banner.text()
    token = mint(hub)
    with hub.db.write() as conn:
        conn.execute(text("UPDATE customers SET consent_profile = false WHERE id = 'CUST-0001'"))
    type_code(qtbot, window, token.qr_text)
    qtbot.waitUntil(lambda: "withdrawn consent" in screen.banner.text(), timeout=10_000)
    assert not screen.feature(Customer).panel.attached
    assert screen.sale is not None and screen.sale.promotion is None


def test_with_the_hub_gone_a_verified_code_is_honoured_up_to_the_limit(
    qtbot: QtBot, synced_window: TillWindow, hub: RunningHub
) -> None:
    window = synced_window
    screen = window.till_screen
    panel = screen.feature(Customer).panel
    signed_in(qtbot, window)
    issued = mint(hub)
    hub.stop()
    type_code(qtbot, window, issued.qr_text)
    qtbot.waitUntil(lambda: panel.name_label.text() == "Customer (offline)", timeout=15_000)
    assert "cannot be reached" in screen.banner.text()
    sale = screen.sale
    assert sale is not None and sale.promotion is not None and sale.promotion.offline
    assert sale.promotion.cap is not None and str(sale.promotion.cap.amount) == "20.00"


def test_a_double_use_the_hub_reports_is_shown_to_the_manager(
    qtbot: QtBot, synced_window: TillWindow
) -> None:
    window = synced_window
    screen = window.till_screen
    sign_in(qtbot, window, "3333", user_index=2)  # Olga, the manager
    qtbot.waitUntil(lambda: window.stack.currentWidget() is screen, timeout=5000)
    db = window.till.db
    assert db is not None
    customer: CustomerDoc = {
        "customer_ref": "cr_x",
        "token_id": "tok-twice",
        "promotion_id": "PANTRY5",
        "promo_discount": "5.00",
        "offline": True,
        "points_earned": 12,
    }
    with db.write_session() as session:  # as recorded with an offline sale
        record_redemption(session, "sale-twice", customer)
    assert RedemptionRepository(db).settle("sale-twice", "double_use")
    window.till.bus.publish(PromoDoubleUse("sale-twice", "tok-twice", "PANTRY5"))
    qtbot.waitUntil(lambda: "used twice" in screen.banner.text(), timeout=5000)
    assert "Ctrl+R" in screen.banner.text()

    seen: dict[str, list[str]] = {}

    def handler(dialog: RejectedRecordsDialog) -> None:
        def poll() -> None:
            if dialog.double_uses.rowCount() == 0:
                QTimer.singleShot(20, poll)
                return
            seen["row"] = [dialog.double_uses.item(0, c).text() for c in range(1, 4)]  # type: ignore[union-attr]
            dialog.accept()

        poll()

    answer_dialog(RejectedRecordsDialog, handler)
    qtbot.keyClick(screen.scan, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "row" in seen, timeout=10_000)
    sale, promotion, amount = seen["row"]
    assert (sale, promotion) == ("sale-twice", "PANTRY5")
    assert "5,00" in amount and "given offline" in amount


def test_ctrl_u_moves_the_panel_to_its_own_window_and_back(
    qtbot: QtBot, synced_window: TillWindow, hub: RunningHub
) -> None:
    window = synced_window
    screen = window.till_screen
    panel = screen.feature(Customer).panel
    signed_in(qtbot, window)
    screen.feature(Customer).toggle_customer_panel()  # nobody attached: it says so
    assert "scan the customer's promo QR" in screen.banner.text() and not panel.isVisible()
    type_code(qtbot, window, mint(hub).qr_text)
    qtbot.waitUntil(lambda: panel.view is not None, timeout=10_000)
    qtbot.keyClick(screen.scan, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    assert panel.isWindow() and panel.isVisible()
    qtbot.keyClick(screen.scan, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    assert not panel.isWindow() and panel.isVisible()
    qtbot.keyClick(screen.scan, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    panel.detach_button.click()  # removed from the sale while in its own window
    assert not panel.isWindow() and not panel.isVisible() and panel.view is None
    assert screen.sale is not None and screen.sale.promotion is None


def qr_video(path: Path, text_: str) -> Path:
    """A short video (what a camera would see) of the customer's phone showing the QR."""
    frame = on_frame(qr_image(text_, module=3), (640, 480))
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter.fourcc(*"mp4v"), 30, (640, 480))
    for _ in range(20):
        writer.write(frame)
    writer.release()
    return path


def test_the_qr_shown_to_a_camera_opens_the_panel(
    qtbot: QtBot, synced_window: TillWindow, hub: RunningHub, tmp_path: Path
) -> None:
    window = synced_window
    panel = window.till_screen.feature(Customer).panel
    signed_in(qtbot, window)
    video = qr_video(tmp_path / "phone.mp4", mint(hub, customer="CUST-0004").qr_text)
    window.till.settings.scanner.devices = [
        ScannerDeviceSettings(kind="camera", options={"source": str(video), "realtime": False})
    ]
    try:
        window.till.restart_scanners()
        qtbot.waitUntil(lambda: panel.view is not None, timeout=30_000)
    finally:
        window.till.scanners.stop()
    assert panel.name_label.text() == "Tomasz W."


@pytest.mark.parametrize("scanner", ["keyboard wedge", "serial"])
def test_the_qr_from_a_wedge_or_a_serial_scanner_opens_the_panel(
    qtbot: QtBot, synced_window: TillWindow, hub: RunningHub, tmp_path: Path, scanner: str
) -> None:
    window = synced_window
    panel = window.till_screen.feature(Customer).panel
    signed_in(qtbot, window)
    qr = mint(hub, customer="CUST-0002").qr_text
    if scanner == "keyboard wedge":
        type_keys(qr, SCAN_MS)  # 333 characters 10 ms apart, then Enter
    else:
        master, slave = os.openpty()
        link = tmp_path / "ttyScanner"
        link.symlink_to(os.ttyname(slave))
        screen = window.till_screen
        window.till.scanners.start_backend(SerialScanner(url=str(link)))
        try:
            qtbot.waitUntil(
                lambda: any(s == "ready" for s, _ in screen.feature(Scanners).states.values())
            )
            os.write(master, b"]Q1" + qr.encode() + b"\r")  # AIM id of a QR code
            qtbot.waitUntil(lambda: panel.view is not None, timeout=10_000)
        finally:
            window.till.scanners.stop()
            os.close(master)
            os.close(slave)
    qtbot.waitUntil(lambda: panel.view is not None, timeout=10_000)
    assert panel.name_label.text() == "Piotr N."
    assert window.till_screen.scan.text() == ""  # the wedge's keys never reached the field
