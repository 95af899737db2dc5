"""The cart's lines: change a quantity (F2), void a line (F8) or the whole sale (F9).

Voids may need a supervisor: they go through ``Approvals``. A sale with a charged (or maybe
charged) card payment is never voided here: the card payment is settled first.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from pos.domain.cart import Sale
from pos.domain.errors import DomainError
from pos.domain.roles import Action, Approval
from pos.domain.tenders import TenderKind
from pos.store import CardPaymentInfo
from pos.ui.features.base import Feature, TillAction
from pos.ui.features.discounts.approvals import Approvals
from pos.ui.widgets.dialogs import NumberDialog, ReasonDialog


class Lines(Feature):
    def actions(self) -> Sequence[TillAction]:
        return [
            TillAction(
                "F2", QCoreApplication.translate("TillScreen", "Quantity"), self.change_quantity
            ),
            TillAction("F8", QCoreApplication.translate("TillScreen", "Void line"), self.void_line),
            TillAction("F9", QCoreApplication.translate("TillScreen", "Void sale"), self.void_sale),
        ]

    def attach(self) -> None:
        self._approvals = self.screen.feature(Approvals)

    def change_quantity(self) -> None:
        line_no = self.screen.need_line()
        sale = self.screen.sale
        if line_no is None or sale is None:
            return
        line = sale.line(line_no)
        dialog = NumberDialog(
            self.tr("Quantity"),
            self.tr("New quantity for {0}").format(line.product.name),
            str(line.quantity),
            self.parent_widget,
        )
        if dialog.exec() and dialog.value is not None:
            self.set_quantity(line_no, dialog.value)
        self.screen.back_to_scan()

    def set_quantity(self, line_no: int, quantity: Decimal) -> None:
        sale = self.screen.sale
        assert sale is not None
        try:
            sale.set_quantity(line_no, quantity)
        except DomainError as exc:
            self.screen.show_error(exc)
            return
        self.screen.refresh()

    def reasons(self) -> list[str]:
        return [
            self.tr("Customer changed their mind"),
            self.tr("Scanned by mistake"),
            self.tr("Wrong price"),
            self.tr("Damaged item"),
        ]

    def void_line(self) -> None:
        line_no = self.screen.need_line()
        sale = self.screen.sale
        if line_no is None or sale is None:
            return
        dialog = ReasonDialog(
            self.tr("Void line"),
            self.tr("Why is line {0} voided?").format(line_no),
            self.reasons(),
            self.parent_widget,
        )
        if dialog.exec():
            reason = dialog.reason
            self._approvals.with_approval(
                Action.VOID_LINE, lambda a: sale.void_line(line_no, reason, a)
            )
        self.screen.back_to_scan()

    def void_sale(self) -> None:
        sale = self.screen.sale
        if sale is None or not sale.lines:
            self.screen.show_message(self.tr("There is nothing to void."), "warning")
            return
        if any(t.kind is TenderKind.CARD for t in sale.tenders):
            self.screen.show_message(
                self.tr(
                    "A card payment was charged on this sale: finish it, or a manager "
                    "reverses the card payment first."
                ),
                "warning",
            )
            return
        payments = self.till.payments
        if payments is not None:  # its own card payment may be unknown: charged, perhaps
            self.bridge.deliver(
                payments.unresolved(),
                lambda open_payments: self._void_unless_card_unknown(sale, open_payments),
                self.screen.show_error,
            )
            return
        self._void(sale)

    def _void_unless_card_unknown(self, sale: Sale, open_payments: list[CardPaymentInfo]) -> None:
        if sale is not self.screen.sale:
            return
        if any(p.sale_id == sale.sale_id for p in open_payments):
            self.screen.show_message(
                self.tr(
                    "This sale's card payment has an unknown outcome: check it with the "
                    "terminal before voiding the sale."
                ),
                "warning",
            )
            return
        self._void(sale)

    def _void(self, sale: Sale) -> None:
        screen = self.screen
        dialog = ReasonDialog(
            self.tr("Void sale"),
            self.tr("Why is the whole sale voided?"),
            self.reasons(),
            self.parent_widget,
        )
        if not dialog.exec():
            screen.back_to_scan()
            return
        reason = dialog.reason

        def attempt(approval: Approval | None) -> None:
            future = self.till.void_sale(sale, reason, approval)
            self.bridge.deliver(
                future,
                lambda _r: screen.show_message(self.tr("Sale voided."), "info"),
                screen.show_error,
            )
            screen.new_sale()

        self._approvals.with_approval(Action.VOID_SALE, attempt)
        screen.back_to_scan()
