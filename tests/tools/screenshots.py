"""Screenshots of the demo till: ``python -m tests.tools.screenshots OUT_DIR [LANG]``.

Runs the real window (under Xvfb or offscreen), signs in, sells a few demo products and saves
PNGs at 1280×800 and 1920×1080, plus the receipt preview of a finished sale.
"""

from __future__ import annotations

import sys
import tempfile
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from pos.paths import TillPaths
from pos.store.db import connect_plain
from pos.ui.app import build_window
from pos.ui.features.customer.customer import Customer
from pos.ui.features.discounts.discounts import Discounts
from pos.ui.features.payment.payment import Payment
from pos.ui.features.payment.receipt_preview import ReceiptPreview
from pos.ui.features.selling.lines import Lines
from pos.ui.features.selling.selling import Selling


def wait(app: QApplication, condition: object, timeout_ms: int = 10_000) -> None:
    waited = 0
    while not condition():  # type: ignore[operator]
        loop = QEventLoop()
        QTimer.singleShot(20, loop.quit)
        loop.exec()
        waited += 20
        if waited > timeout_ms:
            raise TimeoutError("the till did not get there in time")
    app.processEvents()


def main(out: Path, language: str | None = None) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory() as tmp:
        paths = TillPaths(Path(tmp))
        window = build_window(paths, demo=True, language=language)
        window.resize(1280, 800)
        window.show()
        wait(app, lambda: window.ready and window.login.user_group.buttons())
        window.grab().save(str(out / "login-1280x800.png"))
        window.login.pin.setText("1111")
        window.login.submit()
        screen = window.till_screen
        wait(app, lambda: window.stack.currentWidget() is screen)
        with connect_plain(paths.database) as conn:
            codes = [
                r[0]
                for r in conn.execute(
                    "SELECT b.code FROM barcodes b JOIN products p ON p.id = b.product_id "
                    "WHERE p.sold_by = 'piece' ORDER BY b.code LIMIT 6 OFFSET 120"
                )
            ]
            weighed = conn.execute(
                "SELECT b.code FROM barcodes b JOIN products p ON p.id = b.product_id "
                "WHERE p.sold_by = 'weight' LIMIT 1"
            ).fetchone()
        for code in codes:
            screen.scan_barcode(code)
            wait(app, lambda: screen.feature(Selling).pending_lookups == 0)
        wait(app, lambda: screen.model.rowCount() == len(codes))
        assert screen.sale is not None
        screen.feature(Lines).set_quantity(2, Decimal(2))
        if weighed:
            product = window.till.lookup(weighed[0]).result()
            screen.feature(Selling).add_product(product, Decimal("0.742"))
        screen.feature(Discounts).apply_discount(1, True, Decimal(10))
        screen.refresh()
        window.grab().save(str(out / "sale-1280x800.png"))
        window.resize(1920, 1080)
        wait(app, lambda: True)
        window.grab().save(str(out / "sale-1920x1080.png"))
        window.resize(1280, 800)
        sale = screen.sale
        sale.add_tender(sale.tenders[0].kind if sale.tenders else _cash(), _money(sale, "500"))
        screen.feature(Payment).finish(sale)
        wait(app, lambda: screen.feature(Payment).last_receipt is not None)
        preview = ReceiptPreview(
            screen.feature(Payment).last_receipt or b"",
            window.till.settings.printer.profile,
            window,
        )
        preview.show()
        wait(app, lambda: True)
        preview.grab().save(str(out / "receipt-preview.png"))
        window.grab().save(str(out / "change-1280x800.png"))
        preview.close()
        window.close()
    customer_panel(app, out, language)


def customer_panel(app: QApplication, out: Path, language: str | None) -> None:
    """A scanned customer's promo code: the panel beside the cart (needs the hub: a real
    one runs embedded on a loopback port for this)."""
    from pos.api.customers import PromoTokenRequest
    from pos.hub import customers
    from pos.hub.customer_seed import AUTUMN10
    from pos.hub.embedded import start_hub
    from pos.services.sync import SyncOptions

    with tempfile.TemporaryDirectory() as tmp:
        hub = start_hub(f"sqlite:///{tmp}/hub.db", seed=True)
        try:
            paths = TillPaths(Path(tmp, "till"))
            paths.root.mkdir()
            sync = SyncOptions(hub.url, hub.pairing_code("STORE-001", "TILL-01"))
            window = build_window(paths, demo=True, language=language, sync=sync)
            window.resize(1280, 800)
            window.show()
            wait(app, lambda: window.ready and window.login.user_group.buttons(), 60_000)
            status = window.status.sync
            wait(app, lambda: status.status is not None and status.status.state == "online", 60_000)
            window.login.pin.setText("1111")
            window.login.submit()
            screen = window.till_screen
            wait(app, lambda: window.stack.currentWidget() is screen)
            request = PromoTokenRequest(customer_id="CUST-0001", promotion_id=AUTUMN10)
            screen.scan.setText(customers.issue_token(hub.db, request).qr_text)
            screen.submit_scan()
            panel = screen.feature(Customer).panel
            wait(app, lambda: panel.view is not None)
            for row in (0, 1):
                panel.viewed_table.cellWidget(row, 0).click()
                wait(app, lambda r=row: screen.model.rowCount() == r + 1)
            screen.feature(Lines).set_quantity(1, Decimal(10))
            wait(app, lambda: True)
            window.grab().save(str(out / "customer-1280x800.png"))
            window.till.shutdown()
            window.close()
        finally:
            hub.stop()


def _cash():  # type: ignore[no-untyped-def]
    from pos.domain.tenders import TenderKind

    return TenderKind.CASH


def _money(sale, amount: str):  # type: ignore[no-untyped-def]
    from pos.domain.money import Money

    return Money.of(amount, sale.currency)


if __name__ == "__main__":
    main(
        Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"),
        sys.argv[2] if len(sys.argv) > 2 else None,
    )
