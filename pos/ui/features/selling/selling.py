"""Selling: a product's scan becomes a line (weight asked, expiry checked), and F3 searches.

The per-scan path is here and in the shell only: route -> ``sell`` -> lookup on the worker ->
``_found`` -> ``add_product`` -> the shell's ``refresh``. Keep it free of extra hops.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from pos.domain.catalog import ProductInfo, SoldBy
from pos.domain.errors import DomainError, ShiftNotOpen
from pos.domain.gs1_codes import is_expired
from pos.domain.scan_meaning import Route, ScanMeaning, scanned_item
from pos.ui.features.base import Feature, Screen, TillAction
from pos.ui.features.payment.payment_dialog import PaymentDialog
from pos.ui.features.selling.search_dialog import SearchDialog
from pos.ui.features.stock.stock import Stock
from pos.ui.widgets.dialogs import NumberDialog

log = logging.getLogger(__name__)


class Selling(Feature):
    def __init__(self, screen: Screen) -> None:
        super().__init__(screen)
        self.pending_lookups = 0  # scans still being looked up (payment waits for them)
        self.till.scan_router.register(Route.PRODUCT, lambda meaning: self.sell(meaning, None))

    def actions(self) -> Sequence[TillAction]:
        return [
            TillAction("F3", QCoreApplication.translate("TillScreen", "Search"), self.open_search)
        ]

    def attach(self) -> None:
        self._stock = self.screen.feature(Stock)

    def sell(self, meaning: ScanMeaning, quantity: Decimal | None) -> None:
        code = meaning.product
        assert code is not None
        self.pending_lookups += 1
        self.bridge.deliver(
            self.till.find_product(code, meaning.text),
            lambda product: self._found(product, meaning, quantity),
            self._lookup_failed,
        )

    def _lookup_failed(self, exc: BaseException) -> None:
        self.pending_lookups -= 1
        self.screen.scan_error(exc)

    def _found(self, product: ProductInfo, meaning: ScanMeaning, quantity: Decimal | None) -> None:
        self.pending_lookups -= 1
        screen = self.screen
        if self.till.current_user is None:  # signed out while the lookup ran: sell nothing
            log.info("scan of %s arrived after sign-out; ignored", product.sku)
            return
        if isinstance(QApplication.activeModalWidget(), PaymentDialog):
            # The payment screen shows what is due: a scan must not change it underneath.
            screen.show_message(self.tr("Finish or cancel the payment before scanning more."))
            return
        code = meaning.product
        assert code is not None
        try:
            item = scanned_item(product, code, meaning.text)
        except DomainError as exc:
            screen.scan_error(exc)
            return
        if quantity is not None and item.quantity is not None:
            screen.show_message(self.tr("The label already says how much; scan it on its own."))
            return
        expiry = code.expiry
        if (
            expiry is not None
            and is_expired(expiry, self.till.today())
            and not self._sell_expired(product.name, expiry)
        ):
            return
        self.add_product(
            item.product,
            quantity if quantity is not None else item.quantity,
            marking_code=item.marking_code,
        )

    def _sell_expired(self, name: str, expiry: date) -> bool:
        """Warn about an expired item; sell it only if the cashier says so (default: no)."""
        when = self.till.formatter.date(expiry)
        log.warning("expired item scanned: %s (expiry %s)", name, expiry.isoformat())
        box = QMessageBox(self.parent_widget)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Expired item"))
        box.setText(self.tr("{0} expired on {1}. Sell it anyway?").format(name, when))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        sell = box.exec() == QMessageBox.StandardButton.Yes
        if not sell:
            self.screen.show_message(
                self.tr("{0} expired on {1}: not sold.").format(name, when), "warning"
            )
        self.screen.back_to_scan()
        return sell

    def add_product(
        self,
        product: ProductInfo,
        quantity: Decimal | None = None,
        *,
        marking_code: str | None = None,
    ) -> None:
        """A line for ``product`` (asks the weight of an item sold by weight)."""
        screen = self.screen
        shifts = self.till.shifts
        if shifts is not None and shifts.view is None:
            screen.scan_error(ShiftNotOpen())  # checked again when the sale is written
            return
        sale = screen.require_sale()
        if quantity is None and product.sold_by is SoldBy.WEIGHT:
            dialog = NumberDialog(
                self.tr("Weight"),
                self.tr("Weight of {0} in kg").format(product.name),
                parent=self.parent_widget,
            )
            if not dialog.exec() or dialog.value is None:
                screen.back_to_scan()
                return
            quantity = dialog.value
        try:
            sale.add(
                product,
                quantity if quantity is not None else Decimal(1),
                marking_code=marking_code,
            )
        except DomainError as exc:
            screen.scan_error(exc)
            return
        screen.last_change = None
        screen.hide_message()
        screen.refresh()

    def open_search(self, text: str = "") -> None:
        """F3 (or letters typed into the scan field): find a product by name."""
        dialog = SearchDialog(
            self.till, self.bridge, text if isinstance(text, str) else "", self.parent_widget
        )
        dialog.stock_requested.connect(lambda p: self._stock.open_stock(p.product_id, p.name))
        if dialog.exec() and dialog.chosen is not None:
            self.add_product(dialog.chosen)
        self.screen.back_to_scan()
