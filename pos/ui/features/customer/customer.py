"""The customer on the sale: a scanned promo QR attaches them (their promotion applied, their
view in the panel beside the cart), Ctrl+U moves the panel to its own window and back.

The customer's data lives in memory only while they are attached; it leaves when the sale ends
or after a while without a change to the sale.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QTimer

from pos.domain.cart import Sale
from pos.domain.errors import DomainError, PaymentInProgress
from pos.domain.money import Money
from pos.domain.scan_meaning import Route, ScanMeaning
from pos.services.customers import CustomerLookup
from pos.services.errors import PromoCustomerAttached
from pos.ui.features.base import Feature, Screen, TillAction
from pos.ui.features.customer.customer_panel import CustomerPanel
from pos.ui.features.selling.selling import Selling

log = logging.getLogger(__name__)


class Customer(Feature):
    def __init__(self, screen: Screen) -> None:
        super().__init__(screen)
        self.panel = CustomerPanel(self.till.formatter, self.till.currency)
        self.panel.add_requested.connect(self.add_from_customer_view)
        self.panel.detach_requested.connect(self.detach_customer)
        screen.dock_beside_cart(self.panel)
        self._offline_cap: Money | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._timed_out)
        self.till.scan_router.register(Route.PROMO, self._promo_scanned)
        screen.sale_ending.append(lambda _sale, _paid: self._forget())
        screen.sale_changed.append(self._sale_changed)

    def actions(self) -> Sequence[TillAction]:
        label = QCoreApplication.translate("TillScreen", "Customer")
        return [TillAction("Ctrl+U", label, self.toggle_customer_panel)]

    def attach(self) -> None:
        self._selling = self.screen.feature(Selling)

    def _sale_changed(self, sale: Sale) -> None:
        if self.panel.attached:
            self.panel.show_outcome(sale.promo_outcome, self._offline_cap)
            self._timer.start(self.till.settings.customers.attach_minutes * 60_000)

    def _promo_scanned(self, meaning: ScanMeaning) -> None:
        """A customer's promo QR: verified here (no I/O), panel painted from the token, then
        the hub is asked for the customer on the customer worker."""
        sale = self.screen.require_sale()
        if sale.tenders:
            raise PaymentInProgress()
        if sale.promotion is not None or self.panel.attached:
            raise PromoCustomerAttached()
        scanned = self.till.customers.check(meaning.value)
        user = self.till.current_user
        assert user is not None
        self._offline_cap = None
        self.panel.begin(scanned)
        self.bridge.deliver(
            self.till.customers.lookup(scanned, user.name),
            lambda lookup: self._found(lookup, sale),
            lambda exc: self._failed(exc, scanned.token_id),
        )

    def _found(self, lookup: CustomerLookup, sale: Sale) -> None:
        scanned = self.panel.scanned
        if (
            sale is not self.screen.sale
            or scanned is None
            or scanned.token_id != lookup.scanned.token_id
        ):
            log.info(
                "customer answer for token %s came after the sale moved on", lookup.scanned.token_id
            )
            return
        try:
            sale.set_promotion(lookup.applied())
        except DomainError as exc:
            self._forget()
            self.screen.show_error(exc)
            return
        self._offline_cap = lookup.offline_cap
        if lookup.offline and lookup.offline_cap is not None:
            self.screen.show_message(
                self.tr(
                    "The hub cannot be reached: the customer's history is not shown. The promo "
                    "is honoured up to {0} and checked when the hub is back."
                ).format(self.till.formatter.money(lookup.offline_cap)),
                "warning",
                15,
            )
        self.panel.show_view(lookup)
        self.screen.refresh()

    def _failed(self, exc: BaseException, token_id: str) -> None:
        scanned = self.panel.scanned
        if scanned is not None and scanned.token_id == token_id:
            self._forget()
        self.screen.scan_error(exc)

    def _forget(self) -> None:
        self._timer.stop()
        self._offline_cap = None
        self.panel.clear()
        if self.panel.isWindow():
            self.screen.dock_beside_cart(self.panel)

    def detach_customer(self) -> None:
        """Take the customer (and their promotion) off the open sale."""
        sale = self.screen.sale
        if sale is not None and sale.promotion is not None:
            try:
                sale.set_promotion(None)
            except DomainError as exc:
                self.screen.show_error(exc)
                return
        self._forget()
        self.screen.refresh()
        self.screen.back_to_scan()

    def _timed_out(self) -> None:
        if self.panel.attached:
            self.detach_customer()
            self.screen.show_message(
                self.tr("The customer was let go after a while without a sale change."), "info"
            )

    def toggle_customer_panel(self) -> None:
        """Ctrl+U: the customer panel in its own window, or back beside the cart."""
        panel = self.panel
        if not panel.attached:
            self.screen.show_message(
                self.tr("No customer: scan the customer's promo QR code first."), "warning"
            )
            return
        if panel.isWindow():
            self.screen.dock_beside_cart(panel)
        else:
            self.screen.undock(panel, self.tr("Customer"))
        self.screen.back_to_scan()

    def add_from_customer_view(self, product_id: str) -> None:
        """Add: a product from the customer's view, one tap, looked up in the till's cache."""
        view = self.panel.view
        name = next(
            (p.name for p in (view.products if view else ()) if p.product_id == product_id),
            product_id,
        )
        self.bridge.deliver(
            self.till.product(product_id, name),
            self._selling.add_product,
            self.screen.scan_error,
        )
