"""Payment and receipts: take the money (F12), record the sale (retried until it is on disk),
reprint (F10), show the last receipt (F11), and a scanned receipt's barcode looked up.

A card payment found charged later (recovered, or settled by a manager) becomes the open sale's
card tender, so the customer is never charged twice.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QMessageBox

from pos.domain.cart import Sale
from pos.domain.documents import CompletedSale
from pos.domain.errors import DomainError
from pos.domain.money import Money
from pos.domain.sale_return import EXCHANGE_RETURN
from pos.domain.tenders import Tender, TenderKind
from pos.services.events import ReceiptFailed, ReceiptPrinted
from pos.services.payments import CardPayment
from pos.services.sale_returns import ExchangeCredit
from pos.services.till import Completion
from pos.store import CardPaymentInfo
from pos.ui.features.base import Feature, Screen, TillAction
from pos.ui.features.payment.payment_dialog import PaymentDialog
from pos.ui.features.selling.selling import Selling
from pos.ui.messages import describe

log = logging.getLogger(__name__)

Slips = tuple[tuple[str, ...], ...]


class Payment(Feature):
    """Emits ``sale_recorded(Completion)`` once a paid sale is on disk."""

    sale_recorded = Signal(object)

    def __init__(self, screen: Screen) -> None:
        super().__init__(screen)
        self.last_receipt: bytes | None = None
        self.exchange: tuple[str, ExchangeCredit] | None = None  # (sale id, its credit)
        screen.subscribe(ReceiptPrinted, self._printed)
        screen.subscribe(ReceiptFailed, self._print_failed)

    def actions(self) -> Sequence[TillAction]:
        return [
            TillAction("F10", QCoreApplication.translate("TillScreen", "Reprint"), self.reprint),
            TillAction(
                "F11",
                QCoreApplication.translate("TillScreen", "Last receipt"),
                self.show_last_receipt,
            ),
            TillAction(
                "F12", QCoreApplication.translate("TillScreen", "Pay"), self.pay, on_key_row=False
            ),
        ]

    def attach(self) -> None:
        self._selling = self.screen.feature(Selling)

    def signed_in(self) -> None:
        if self.till.payments is not None:  # e.g. the till stopped in the middle of a payment
            self.bridge.deliver(self.till.payments.unresolved(), self._warn_unresolved)

    def _warn_unresolved(self, open_payments: list[CardPaymentInfo]) -> None:
        if open_payments:
            self.screen.show_message(
                self.tr(
                    "A card payment has an unknown outcome. Check it with the terminal "
                    "(payment dialog, or Ctrl+T for a manager) before the next card payment."
                ),
                "warning",
                30,
            )

    def pay(self) -> None:
        screen = self.screen
        sale = screen.sale
        if sale is None or not sale.active_lines:
            screen.show_message(self.tr("Scan something first."), "warning")
            return
        if self._selling.pending_lookups:
            screen.show_message(self.tr("Still looking up a scan; one moment."), "warning", 2)
            return
        credit = self._credit_on(sale)
        if sale.tenders and sale.balance_due.is_zero():  # e.g. a card payment settled later
            self.finish(sale)  # (or an exchange whose credit covers the new goods)
            screen.refresh()
            screen.back_to_scan()
            return
        dialog = PaymentDialog(
            sale, self.till.formatter, self.parent_widget, till=self.till, bridge=self.bridge
        )
        if dialog.exec():
            self.finish(sale, tuple(dialog.card_slips))
        elif credit is not None and any(t.tender_id == credit.tender_id for t in sale.tenders):
            sale.remove_tender(credit.tender_id)  # the goods may change again before Pay
        screen.refresh()
        screen.back_to_scan()

    # --- exchange ----------------------------------------------------------------------------

    def start_exchange(self, credit: ExchangeCredit, sale: Sale) -> None:
        """What the customer brought back pays towards ``sale``: at Pay its credit is the
        first tender, and the return is written with the sale (``Till.record``)."""
        self.exchange = (sale.sale_id, credit)

    def drop_exchange(self, sale_id: str) -> bool:
        """The sale ended unpaid: its exchange is let go (nothing of it was written)."""
        if self.exchange is not None and self.exchange[0] == sale_id:
            self.exchange = None
            return True
        return False

    def _credit_on(self, sale: Sale) -> Tender | None:
        """Put the exchange credit of ``sale`` on it as a cash tender naming the return."""
        if self.exchange is None or self.exchange[0] != sale.sale_id:
            return None
        credit = self.exchange[1]
        for tender in sale.tenders:
            if tender.details.get(EXCHANGE_RETURN) == credit.return_id:
                return tender
        return sale.add_tender(TenderKind.CASH, credit.credit, credit.tender_details())

    def finish(self, sale: Sale, slips: Slips = ()) -> None:
        exchange = None
        if self.exchange is not None and self.exchange[0] == sale.sale_id:
            exchange = self.exchange[1]
        try:
            completed = self.till.complete(sale)
        except DomainError as exc:
            self.screen.show_error(exc)
            return
        change = completed.change
        self.screen.last_change = change
        self.screen.new_sale(paid=True)
        self.exchange = None
        self._record(completed, change, slips, exchange)

    def _record(
        self,
        completed: CompletedSale,
        change: Money,
        slips: Slips = (),
        exchange: ExchangeCredit | None = None,
    ) -> None:
        fmt = self.till.formatter

        def done(result: Completion) -> None:
            text = self.tr("Receipt {0} saved.").format(f"{result.receipt_no:06d}")
            if not change.is_zero():
                text = self.tr("Change: {0}").format(fmt.money(change)) + "   ·   " + text
            printed = result.printed
            if exchange is not None:
                self._print_exchange_slip(exchange, result)
                text = self.tr("Exchange recorded.") + "   ·   " + text
            if not (printed.done() and printed.exception() is not None):
                # (if printing already failed, its warning is on the banner: keep it there)
                self.screen.show_message(text, "info", 30)
            self.sale_recorded.emit(result)

        def failed(exc: BaseException) -> None:
            # The sale is complete in memory but not on disk: never drop it, offer to retry.
            log.error("recording a sale failed", exc_info=exc)
            box = QMessageBox(self.parent_widget)
            box.setIcon(QMessageBox.Icon.Critical)
            box.setWindowTitle(self.tr("Sale not saved"))
            box.setText(
                self.tr("The sale could not be saved ({0}). Retry now?").format(describe(exc))
            )
            box.setStandardButtons(QMessageBox.StandardButton.Retry)
            box.exec()
            self._record(completed, change, slips, exchange)

        self.bridge.deliver(self.till.record(completed, slips, exchange), done, failed)

    def _print_exchange_slip(self, exchange: ExchangeCredit, result: Completion) -> None:
        """The return half of an exchange prints its own slip, naming the original sale."""
        document = exchange.for_sale(result.sale.sale_id)
        slip = self.till.return_slips.sale_return(
            document, exchange.original_till_id, exchange.original_receipt_no, self.till.now()
        )
        self.bridge.deliver(self.till.print_documents([slip]), lambda _r: None, None)

    def card_payment_settled(self, payment: CardPayment) -> None:
        """A card payment of the open sale found charged after all (recovered or settled by a
        manager): it becomes the sale's card tender, so the customer is never charged twice."""
        sale = self.screen.sale
        record = payment.record
        if sale is None or not payment.approved or record.sale_id != sale.sale_id:
            return
        if any(t.details.get("payment_id") == record.payment_id for t in sale.tenders):
            return
        try:
            sale.add_tender(
                TenderKind.CARD,
                Money.from_minor(record.amount_minor, sale.currency),
                payment.tender_details(),
            )
        except DomainError as exc:
            log.error("a charged card payment does not fit the open sale: %s", exc)
            self.screen.show_error(exc)
            return
        self.screen.refresh()

    # --- receipts ------------------------------------------------------------------------

    def reprint(self) -> None:
        self.bridge.deliver(
            self.till.reprint_last(),
            lambda _r: self.screen.show_message(self.tr("Receipt reprinted."), "info", 3),
            self.screen.show_error,
        )

    def show_last_receipt(self) -> None:
        # The preview renders with python-escpos: loaded here, on first use, not at the start.
        from drivers.printer import VirtualConnection
        from pos.ui.features.payment.receipt_preview import ReceiptPreview

        printing = self.till.printing
        connection = printing.connection if printing is not None else None
        data = self.last_receipt
        if data is None and isinstance(connection, VirtualConnection) and connection.jobs:
            data = connection.jobs[-1]
        if data is None:
            self.screen.show_message(self.tr("No receipt printed yet."), "warning")
            return
        ReceiptPreview(data, self.till.settings.printer.profile, self.parent_widget).exec()
        self.screen.back_to_scan()

    def _printed(self, event: ReceiptPrinted) -> None:
        if not event.data.startswith(b"\x1bp"):  # (a drawer kick is no receipt)
            self.last_receipt = event.data

    def _print_failed(self, event: ReceiptFailed) -> None:
        self.screen.show_message(
            self.tr(
                "Receipt {0} was not printed: {1} The sale is saved; press F10 to reprint."
            ).format(f"{event.receipt_no:06d}", event.message),
            "error",
            60,
        )
