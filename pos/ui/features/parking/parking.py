"""Park the open sale (F5) and recall a parked one (F6): a queue at the counter never loses a
customer's basket (signing out parks it too)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from pos.domain.cart import Sale
from pos.domain.errors import DomainError
from pos.ui.features.base import Feature, TillAction
from pos.ui.widgets.dialogs import ChoiceDialog


class Parking(Feature):
    def actions(self) -> Sequence[TillAction]:
        return [
            TillAction("F5", QCoreApplication.translate("TillScreen", "Park"), self.park_sale),
            TillAction("F6", QCoreApplication.translate("TillScreen", "Recall"), self.recall_sale),
        ]

    def park_sale(self) -> None:
        screen = self.screen
        sale = screen.sale
        if sale is None or not sale.lines:
            screen.show_message(self.tr("There is nothing to park."), "warning")
            return
        try:
            future = self.till.park(sale)
        except DomainError as exc:
            screen.show_error(exc)
            return
        screen.new_sale()
        self.bridge.deliver(
            future,
            lambda _id: screen.show_message(self.tr("Sale parked. Recall it with F6."), "info"),
            screen.show_error,
        )

    def recall_sale(self) -> None:
        sale = self.screen.sale
        if sale is not None and sale.lines:
            self.screen.show_message(self.tr("Finish or park the current sale first."), "warning")
            return
        self.bridge.deliver(self.till.parked(), self._choose_parked, self.screen.show_error)

    def _choose_parked(self, parked: list[object]) -> None:
        if not parked:
            self.screen.show_message(self.tr("No parked sales."), "warning")
            return
        fmt = self.till.formatter
        rows = []
        for item in parked:
            doc = getattr(item, "document", {})
            count = len(doc.get("lines", [])) if isinstance(doc, dict) else 0
            rows.append(self.tr("{0} — {1} lines").format(fmt.datetime(item.parked_at), count))  # type: ignore[attr-defined]
        dialog = ChoiceDialog(
            self.tr("Recall"), self.tr("Choose a parked sale"), rows, self.parent_widget
        )
        if dialog.exec() and dialog.index >= 0:
            parked_id = parked[dialog.index].id  # type: ignore[attr-defined]
            self.bridge.deliver(self.till.recall(parked_id), self._recalled, self.screen.show_error)
        self.screen.back_to_scan()

    def _recalled(self, sale: Sale) -> None:
        self.screen.replace_sale(sale)
        self.screen.show_message(self.tr("Sale recalled."), "info", 3)
