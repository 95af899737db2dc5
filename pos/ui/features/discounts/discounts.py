"""Discounts (F4, on a line or the whole sale) and a line's price override (F7), each within
the role's limit or with a supervisor's approval."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from pos.domain.discounts import Discount
from pos.domain.errors import DomainError
from pos.domain.money import Money
from pos.domain.roles import Action
from pos.ui.features.base import Feature, TillAction
from pos.ui.features.discounts.approvals import Approvals
from pos.ui.widgets.dialogs import DiscountDialog, NumberDialog


class Discounts(Feature):
    def actions(self) -> Sequence[TillAction]:
        return [
            TillAction(
                "F4", QCoreApplication.translate("TillScreen", "Discount"), self.give_discount
            ),
            TillAction(
                "F7", QCoreApplication.translate("TillScreen", "Price"), self.override_price
            ),
        ]

    def attach(self) -> None:
        self._approvals = self.screen.feature(Approvals)

    def give_discount(self) -> None:
        sale = self.screen.sale
        if sale is None or not sale.active_lines:
            self.screen.show_message(self.tr("Scan something first."), "warning")
            return
        line_no = self.screen.selected_line_no()
        dialog = DiscountDialog(line_no is not None, self.parent_widget)
        if not dialog.exec() or dialog.value is None:
            self.screen.back_to_scan()
            return
        on_line = dialog.on_line.isChecked() and line_no is not None
        self.apply_discount(line_no if on_line else None, dialog.percent.isChecked(), dialog.value)

    def apply_discount(self, line_no: int | None, percent: bool, value: Decimal) -> None:
        """A discount on line ``line_no`` (None: the whole sale), in percent or an amount."""
        sale = self.screen.require_sale()
        try:
            discount = (
                Discount.of_percent(value)
                if percent
                else Discount.of_amount(Money(value, sale.currency))
            )
        except DomainError as exc:
            self.screen.show_error(exc)
            return
        if line_no is None:
            self._approvals.with_approval(
                Action.DISCOUNT, lambda a: sale.discount_cart(discount, approval=a)
            )
        else:
            self._approvals.with_approval(
                Action.DISCOUNT, lambda a: sale.discount_line(line_no, discount, approval=a)
            )
        self.screen.back_to_scan()

    def override_price(self) -> None:
        line_no = self.screen.need_line()
        sale = self.screen.sale
        if line_no is None or sale is None:
            return
        line = sale.line(line_no)
        dialog = NumberDialog(
            self.tr("Price"),
            self.tr("New unit price for {0}").format(line.product.name),
            str(line.unit_price.amount),
            self.parent_widget,
        )
        if dialog.exec() and dialog.value is not None:
            price = Money(dialog.value, sale.currency)
            self._approvals.with_approval(
                Action.PRICE_OVERRIDE, lambda a: sale.override_price(line_no, price, a)
            )
        self.screen.back_to_scan()
