"""Paying for a pickup order at the till: the order's bagged lines go into the open sale at
the order's prices, the normal payment dialog takes the money, and once the sale is on disk
the order is collected naming that sale (whose upload moves the stock, exactly once).

A sale voided or parked instead lets go of the order (another till may hand it over).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from pos.domain.cart import Sale
from pos.domain.catalog import ProductInfo
from pos.services.pickup import StepOutcome
from pos.services.till import Completion, Till
from pos.ui.bridge import Bridge
from pos.ui.features.base import Screen
from pos.ui.features.pickup.common import PaymentRequest
from pos.ui.messages import describe

log = logging.getLogger(__name__)


AddProduct = Callable[[ProductInfo, Decimal], None]


@dataclass(slots=True)
class _Pending:
    request: PaymentRequest
    sale_id: str
    completed: bool = False


class PickupCheckout:
    def __init__(
        self, till: Till, bridge: Bridge, screen: Screen, add: AddProduct, pay: Callable[[], None]
    ) -> None:
        self.till = till
        self.bridge = bridge
        self.screen = screen
        self._add = add
        self._pay = pay
        self.pending: _Pending | None = None

    def start(self, request: PaymentRequest) -> None:
        """The order's lines into the (empty) sale, then the payment dialog."""
        sale = self.screen.sale
        if sale is not None and sale.lines:
            self.screen.show_message(
                QCoreApplication.translate(
                    "Pickup", "Finish or park the current sale before taking a pickup payment."
                ),
                "warning",
            )
            self._let_go(request)
            return
        assert self.till.pickup is not None
        self.bridge.deliver(
            self.till.pickup.sale_items(request.picks, request.handed),
            lambda items: self._fill(request, items),
            lambda exc: self.screen.show_message(describe(exc)),
        )

    def _fill(self, request: PaymentRequest, items: list[tuple[ProductInfo, Decimal]]) -> None:
        for product, quantity in items:
            self._add(product, quantity)
        sale = self.screen.sale
        assert sale is not None
        self.pending = _Pending(request, sale.sale_id)
        log.info(
            "pickup %s: payment at the till, sale %s", request.stored.order.number, sale.sale_id
        )
        self._pay()

    def completed(self, sale_id: str) -> None:
        """The sale was completed (before it is written): keep the order for its record."""
        if self.pending is not None and self.pending.sale_id == sale_id:
            self.pending.completed = True

    def sale_ending(self, sale: Sale | None, paid: bool) -> None:
        """The open sale ends: paid, its order waits for the record; otherwise it lets go."""
        if paid and sale is not None:
            self.completed(sale.sale_id)
        self.sale_replaced()

    def sale_replaced(self) -> None:
        """A new sale started: a pickup sale that was not completed lets the order go."""
        pending = self.pending
        if pending is not None and not pending.completed:
            self.pending = None
            self._let_go(pending.request)

    def recorded(self, result: Completion) -> None:
        """The paid sale is on disk: collect the order naming it, print the handover slip."""
        pending = self.pending
        if pending is None or pending.sale_id != result.sale.sale_id:
            return
        self.pending = None
        assert self.till.pickup is not None
        request = pending.request
        self.bridge.deliver(
            self.till.pickup.collect(
                request.stored.order.order_id, request.handed, result.sale.sale_id
            ),
            lambda outcome: self._collected(outcome, request, result.receipt_no),
            lambda exc: self.screen.show_message(describe(exc)),
        )

    def _collected(self, outcome: StepOutcome, request: PaymentRequest, receipt_no: int) -> None:
        if outcome.result == "refused":
            assert outcome.error is not None
            self.screen.show_message(describe(outcome.error), "error", 30)
            return
        slip = self.till.pickup_slips.handover(
            outcome.order.order, request.picks, request.handed, self.till.now(), receipt_no
        )
        self.bridge.deliver(self.till.print_documents([slip]), lambda _r: None, None)
        self.screen.show_message(
            QCoreApplication.translate("Pickup", "Order {0} paid and handed over.").format(
                outcome.order.order.number
            ),
            "info",
            30,
        )

    def _let_go(self, request: PaymentRequest) -> None:
        assert self.till.pickup is not None
        self.bridge.deliver(
            self.till.pickup.release(request.stored.order.order_id), lambda _o: None, None
        )
