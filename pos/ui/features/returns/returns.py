"""Returns of in-store sales (Ctrl+B, "bring back", or a receipt scanned at an empty cart):
the return screen finds the sale, takes back what the customer brings and refunds what was
paid for it - or, as an exchange (F9), credits it to the open sale, whose payment settles the
difference and writes the return with the sale.

A receipt scanned during a sale only says which sale it was (the cart is not disturbed)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QTimer

from pos.domain.cart import Sale
from pos.domain.money import Money
from pos.domain.scan_meaning import Route, ScanMeaning
from pos.services.sale_returns import ExchangeCredit
from pos.store import StoredSale
from pos.ui.features.base import Feature, Screen, TillAction
from pos.ui.features.payment.payment import Payment
from pos.ui.features.returns.no_receipt_dialog import NoReceiptDialog
from pos.ui.features.returns.return_dialog import ReturnDialog


class Returns(Feature):
    def __init__(self, screen: Screen) -> None:
        super().__init__(screen)
        self.till.scan_router.register(Route.RECEIPT, self._receipt_scanned)
        self.dialog: ReturnDialog | None = None  # while the return screen is open
        screen.sale_ending.append(self._sale_ending)

    def actions(self) -> Sequence[TillAction]:
        label = QCoreApplication.translate("TillScreen", "Return of a sale (or scan its receipt)")
        return [TillAction("Ctrl+B", label, self.open_return, on_key_row=False)]

    def return_dialog(self) -> ReturnDialog | None:
        if self.till.returns is None or self.till.current_user is None:
            return None
        if self.screen.sale is not None and self.screen.sale.active_lines:
            self.screen.show_message(
                self.tr("Finish or park the sale first; then take the return."), "warning"
            )
            return None
        return ReturnDialog(
            self.till, self.bridge, self._recorded, self.parent_widget, self._exchanged
        )

    def open_return(self, wanted: str | None = None) -> None:
        """Ctrl+B: the return screen (a scanned receipt opens it with that sale)."""
        dialog = self.return_dialog()
        if dialog is None:
            return
        self.dialog = dialog
        if wanted is not None:
            dialog.look_up(wanted)
        self.screen.scan_listener = dialog.scanned
        try:
            dialog.exec()
        finally:
            self.screen.scan_listener = None
            self.dialog = None
        dialog.deleteLater()
        if dialog.wants_no_receipt:
            self.open_no_receipt()
        self.screen.back_to_scan()

    def open_no_receipt(self) -> None:
        """The return of goods without a receipt (F7 on the return screen)."""
        if self.till.returns is None or self.till.current_user is None:
            return
        dialog = NoReceiptDialog(self.till, self.bridge, self._recorded, self.parent_widget)
        self.screen.scan_listener = dialog.scanned
        try:
            dialog.exec()
        finally:
            self.screen.scan_listener = None
        dialog.deleteLater()

    def _recorded(self, message: str) -> None:
        self.screen.show_message(message, "info", 10)

    def _exchanged(self, credit: ExchangeCredit) -> None:
        sale = self.screen.require_sale()
        self.screen.feature(Payment).start_exchange(credit, sale)
        self.screen.show_message(
            self.tr("Exchange: {0} credit. Scan the new goods, then Pay (F12).").format(
                self.till.formatter.money(credit.credit)
            ),
            "info",
            600,
        )

    def _sale_ending(self, sale: Sale | None, paid: bool) -> None:
        if (
            sale is not None
            and not paid
            and self.screen.feature(Payment).drop_exchange(sale.sale_id)
        ):
            self.screen.show_message(
                self.tr("The exchange was cancelled; nothing was taken back."), "warning", 10
            )

    def _receipt_scanned(self, meaning: ScanMeaning) -> None:
        if self.screen.sale is None or not self.screen.sale.active_lines:
            QTimer.singleShot(0, lambda: self.open_return(meaning.value))
        else:
            self._say_which_sale(meaning.value)

    def _say_which_sale(self, sale_id: str) -> None:
        def found(stored: StoredSale) -> None:
            fmt = self.till.formatter
            number = f"{stored.receipt_no:06d}" if stored.receipt_no else "—"
            total = Money.from_minor(stored.total_minor, self.till.currency)
            status = self.tr("voided") if stored.status == "voided" else self.tr("completed")
            self.screen.show_message(
                self.tr("Receipt {0} of {1}: {2} ({3}).").format(
                    number, fmt.datetime(stored.completed_at), fmt.money(total), status
                ),
                "info",
                15,
            )

        self.bridge.deliver(self.till.find_receipt(sale_id), found, self.screen.scan_error)
