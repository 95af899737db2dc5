"""Taking payment: cash (with quick amounts and change) and card, split over several tenders.

The dialog only adds tenders to the domain ``Sale``; the sale decides what is due, the change
and the cash rounding. Cancel takes back the cash this dialog added. An approved card payment
is money taken: it stays on the sale (only a manager's reversal takes it back).

A card payment runs on the terminal's worker; the terminal's texts arrive as ``CardProgress``
events through the bridge, Cancel sends the terminal an abort, and the dialog cannot close
while the terminal works. An unknown outcome (the link broke after the terminal took the
request) is checked with the terminal at once; until that or a manager settles it, no other
card payment starts.
"""

from __future__ import annotations

from decimal import ROUND_CEILING, Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos.domain.cart import Sale
from pos.domain.errors import DomainError
from pos.domain.money import Money
from pos.domain.roles import Action, Approval, Role
from pos.domain.sale_return import EXCHANGE_RETURN
from pos.domain.tenders import TenderKind
from pos.events import Event
from pos.locale_format import LocaleFormatter
from pos.services.errors import CardPaymentUnresolved
from pos.services.events import CardProgress
from pos.services.payments import CardPayment
from pos.services.till import Till
from pos.store import CardPaymentInfo
from pos.ui.bridge import Bridge
from pos.ui.messages import describe
from pos.ui.widgets.dialogs import ChoiceDialog, PinDialog, parse_decimal
from pos.ui.widgets.numpad import Numpad

NOTE_STEPS = (Decimal(10), Decimal(20), Decimal(50), Decimal(100), Decimal(200))


def quick_amounts(due: Decimal) -> list[Decimal]:
    """Exact, then the next round notes a customer is likely to hand over."""
    amounts = [due]
    for step in NOTE_STEPS:
        value = (due / step).to_integral_value(rounding=ROUND_CEILING) * step
        if value > due and value not in amounts:
            amounts.append(value)
    return amounts[:5]


class PaymentDialog(QDialog):
    def __init__(
        self,
        sale: Sale,
        formatter: LocaleFormatter,
        parent: QWidget | None = None,
        *,
        till: Till | None = None,
        bridge: Bridge | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Payment"))
        self.setModal(True)
        self.setMinimumWidth(620)
        self._sale = sale
        self._fmt = formatter
        self._added: list[str] = []
        self._till = till
        self._bridge = bridge
        self._payments = till.payments if till is not None else None
        self._card_running: str | None = None  # payment id while the terminal works
        self._unknown: CardPaymentInfo | None = None  # a payment nobody knows the end of
        self.card_slips: list[tuple[str, ...]] = []  # the terminal's receipts, to print

        layout = QVBoxLayout(self)
        self.due_label = QLabel()
        self.due_label.setObjectName("totalValue")
        self.due_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.info = QLabel()
        self.info.setAlignment(Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.due_label)
        layout.addWidget(self.info)

        body = QHBoxLayout()
        left = QVBoxLayout()
        self.field = QLineEdit()
        self.field.setObjectName("scanField")
        self.field.setPlaceholderText(self.tr("Cash received"))
        self.field.returnPressed.connect(self.add_cash)
        left.addWidget(self.field)
        self.quick = QGridLayout()
        left.addLayout(self.quick)
        self.tenders = QListWidget()
        left.addWidget(QLabel(self.tr("Payments")))
        left.addWidget(self.tenders)
        remove = QPushButton(self.tr("Remove payment"))
        remove.clicked.connect(self.remove_selected)
        left.addWidget(remove)
        body.addLayout(left, 3)
        pad = Numpad(self.field)
        pad.setMinimumSize(260, 260)
        body.addWidget(pad, 2)
        layout.addLayout(body)

        self.error = QLabel()
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        self.card_status = QLabel()
        self.card_status.setObjectName("banner")
        self.card_status.setWordWrap(True)
        self.card_status.hide()
        layout.addWidget(self.card_status)

        unknown_row = QHBoxLayout()
        self.check_button = QPushButton(self.tr("Check with the terminal"))
        self.check_button.clicked.connect(self.check_unknown)
        self.settle_button = QPushButton(self.tr("Settle by hand (manager)"))
        self.settle_button.clicked.connect(self.settle_unknown)
        unknown_row.addWidget(self.check_button)
        unknown_row.addWidget(self.settle_button)
        layout.addLayout(unknown_row)

        buttons = QHBoxLayout()
        self.cancel_button = QPushButton(self.tr("Cancel (Esc)"))
        self.cancel_button.clicked.connect(self.reject)
        self.cash_button = QPushButton(self.tr("Cash (Enter)"))
        self.cash_button.setObjectName("primary")
        self.cash_button.clicked.connect(self.add_cash)
        self.card_button = QPushButton(self.tr("Card (F8)"))
        self.card_button.clicked.connect(self.pay_by_card)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.card_button)
        buttons.addWidget(self.cash_button)
        layout.addLayout(buttons)
        self._remove_button = remove
        QShortcut(QKeySequence(Qt.Key.Key_F12), self).activated.connect(self.add_cash)
        QShortcut(QKeySequence(Qt.Key.Key_F8), self).activated.connect(self.pay_by_card)
        if bridge is not None:
            bridge.core_event.connect(self._on_event)
        self._refresh()
        self._update_card_controls()
        if self._payments is not None and bridge is not None:
            bridge.deliver(self._payments.unresolved(), self._found_unresolved)

    # --- actions -------------------------------------------------------------------------

    def _blocked_by_unknown(self) -> bool:
        """This sale's own card payment is unknown: it may have been charged, so the sale is
        neither paid otherwise nor finished until the terminal or a manager says."""
        return self._unknown is not None and self._unknown.sale_id == self._sale.sale_id

    def add_cash(self) -> None:
        if self._card_running or self._blocked_by_unknown():
            return
        text = self.field.text()
        value = parse_decimal(text) if text.strip() else self._sale.settlement.cash_due.amount
        if value is None:
            self.error.setText(self.tr("Type the amount received, e.g. 50 or 12,30."))
            return
        self.pay(TenderKind.CASH, Money(value, self._sale.currency))

    def pay(self, kind: TenderKind, amount: Money, details: dict[str, str] | None = None) -> None:
        try:
            tender = self._sale.add_tender(kind, amount, details)
        except DomainError as exc:
            self.error.setText(describe(exc))
            return
        self._added.append(tender.tender_id)
        self.error.clear()
        self.field.clear()
        self._refresh()
        if self._sale.balance_due.is_zero():
            self.accept()

    def remove_selected(self) -> None:
        row = self.tenders.currentRow()
        if row < 0 or self._card_running:
            return
        tender = self._sale.tenders[row]
        if EXCHANGE_RETURN in tender.details:
            self.error.setText(
                self.tr("The exchange credit stays on the sale; void the sale to cancel it.")
            )
            return
        if tender.kind is TenderKind.CARD:
            self.error.setText(
                self.tr("A card payment was charged; only a manager's reversal takes it back.")
            )
            return
        self._sale.remove_tender(tender.tender_id)
        if tender.tender_id in self._added:
            self._added.remove(tender.tender_id)
        self._refresh()

    def reject(self) -> None:
        if self._card_running:
            self.cancel_card()  # Esc while the terminal works: ask it to abort, stay open
            return
        for tender_id in self._added:
            tender = next((t for t in self._sale.tenders if t.tender_id == tender_id), None)
            if tender is not None and tender.kind is not TenderKind.CARD:
                self._sale.remove_tender(tender_id)
        self._added.clear()
        super().reject()

    # --- card ----------------------------------------------------------------------------

    def _card_amount(self) -> Money | None:
        """What the card pays: the typed amount, else all that is left (exact, no rounding)."""
        sale = self._sale
        left = sale.total - sum((t.received for t in sale.tenders), Money.zero(sale.currency))
        text = self.field.text()
        if text.strip():
            value = parse_decimal(text)
            if value is None:
                self.error.setText(self.tr("Type the amount received, e.g. 50 or 12,30."))
                return None
            return Money(value, sale.currency)
        return left

    def pay_by_card(self) -> None:
        payments, bridge = self._payments, self._bridge
        if payments is None or bridge is None:
            self.error.setText(self.tr("No card terminal is set up at this till."))
            return
        if self._card_running or self._unknown is not None:
            return
        amount = self._card_amount()
        if amount is None:
            return
        try:  # the same checks the tender will meet, before the customer's card is charged
            probe = self._sale.add_tender(TenderKind.CARD, amount)
            self._sale.remove_tender(probe.tender_id)
        except DomainError as exc:
            self.error.setText(describe(exc))
            return
        self.error.clear()
        self._card_running = "starting"
        self._show_card(
            self.tr("Card payment of {0}: follow the terminal.").format(self._fmt.money(amount))
        )
        self._update_card_controls()
        try:
            future = payments.pay(self._sale.sale_id, amount)
        except DomainError as exc:
            self._card_done()
            self.error.setText(describe(exc))
            return
        bridge.deliver(future, lambda p: self._card_result(p, amount), self._card_failed)

    def cancel_card(self) -> None:
        if self._payments is not None and self._card_running:
            self._payments.abort()
            self._show_card(self.tr("Cancelling at the terminal…"))

    def _on_event(self, event: Event) -> None:
        if isinstance(event, CardProgress) and self._card_running:
            self._card_running = event.payment_id
            self._show_card(self._progress_text(event))

    def _progress_text(self, event: CardProgress) -> str:
        texts = {
            0x01: self.tr("Customer: enter the PIN on the terminal"),
            0x02: self.tr("Customer: enter the PIN on the terminal"),
            0x04: self.tr("Waiting for the bank…"),
            0x0A: self.tr("Customer: insert, tap or swipe the card"),
            0x0B: self.tr("Customer: take the card"),
            0x0E: self.tr("Please wait…"),
            0x15: self.tr("Wrong PIN: the customer tries again"),
            0x17: self.tr("Please wait…"),
        }
        return texts.get(event.code or -1, event.text)

    def _card_result(self, payment: CardPayment, amount: Money) -> None:
        self._card_done()
        state = payment.state
        record = payment.record
        if state == "approved":
            self._take_card(payment, amount)
        elif state == "unknown":
            self._unknown = record
            self._show_card(
                self.tr(
                    "The connection to the terminal broke after it took the payment. "
                    "Checking with the terminal…"
                )
            )
            self._update_card_controls()
            self.check_unknown()
        elif state == "declined":
            code = f"{record.result_code:02X}" if record.result_code is not None else "?"
            self._card_message(
                self.tr("The card was declined (code {0}). Take another payment.").format(code)
            )
        elif state == "aborted":
            self._card_message(self.tr("The card payment was cancelled. Nothing was charged."))
        else:
            self._card_message(
                self.tr("The terminal did not take the payment ({0}). Nothing was charged.").format(
                    record.result_text
                )
            )

    def _card_failed(self, exc: BaseException) -> None:
        self._card_done()
        self._card_message(describe(exc))
        if isinstance(exc, CardPaymentUnresolved) and self._payments and self._bridge:
            self._bridge.deliver(self._payments.unresolved(), self._found_unresolved)

    def _card_done(self) -> None:
        self._card_running = None
        self._update_card_controls()

    def _card_message(self, text: str) -> None:
        self.card_status.hide()
        self.error.setText(text)
        self._update_card_controls()

    def _take_card(self, payment: CardPayment, amount: Money) -> None:
        merchant = self._till.settings.payment.print_merchant_copy if self._till else False
        self.card_slips.extend(payment.slips(merchant))
        self._unknown = None
        self._show_card(self.tr("Card payment approved."))
        self._update_card_controls()
        self.pay(TenderKind.CARD, amount, payment.tender_details())

    def _found_unresolved(self, open_payments: list[CardPaymentInfo]) -> None:
        if open_payments and self._unknown is None and not self._card_running:
            self._unknown = open_payments[0]
            self._show_card(
                self.tr(
                    "An earlier card payment of {0} has an unknown outcome. Check it with the "
                    "terminal before taking another card payment."
                ).format(self._minor_text(self._unknown))
            )
            self._update_card_controls()

    def _minor_text(self, record: CardPaymentInfo) -> str:
        return self._fmt.money(Money.from_minor(record.amount_minor, self._sale.currency))

    def check_unknown(self) -> None:
        record, payments, bridge = self._unknown, self._payments, self._bridge
        if record is None or payments is None or bridge is None or self._card_running:
            return
        self._card_running = record.payment_id
        self._update_card_controls()
        bridge.deliver(payments.recover(record.payment_id), self._settled, self._check_failed)

    def _check_failed(self, exc: BaseException) -> None:
        """Still unknown (the terminal could not say): the cashier may check again later, or
        a manager settles it; card payments stay blocked meanwhile."""
        self._card_done()
        self._show_card(describe(exc))

    def _settled(self, payment: CardPayment) -> None:
        self._card_done()
        record = payment.record
        amount = Money.from_minor(record.amount_minor, self._sale.currency)
        self._unknown = None
        if record.sale_id != self._sale.sale_id:
            self._card_message(
                self.tr("The earlier card payment of {0} is settled as {1}.").format(
                    self._minor_text(record),
                    self.tr("charged") if payment.approved else self.tr("not charged"),
                )
            )
        elif payment.approved:
            self._take_card(payment, amount)
        else:
            self._card_message(
                self.tr("The terminal did not complete the payment. Nothing was charged.")
            )
        self._update_card_controls()

    def settle_unknown(self) -> None:
        record, till, bridge = self._unknown, self._till, self._bridge
        if record is None or till is None or bridge is None or self._card_running:
            return
        choice = ChoiceDialog(
            self.tr("Settle a card payment"),
            self.tr("What does the terminal's printout say about the payment of {0}?").format(
                self._minor_text(record)
            ),
            [self.tr("Approved: the customer was charged"), self.tr("Not charged")],
            self,
        )
        if not choice.exec() or choice.index < 0:
            return
        charged = choice.index == 0
        pin = PinDialog(self.tr("A manager settles unknown card payments."), self)
        if not pin.exec():
            return
        bridge.deliver(
            till.approve(pin.pin, Action.CARD_TERMINAL, Role.MANAGER),
            lambda approval: self._settle_approved(record, charged, approval),
            lambda exc: self.error.setText(describe(exc)),
        )

    def _settle_approved(self, record: CardPaymentInfo, charged: bool, approval: Approval) -> None:
        assert self._payments is not None and self._bridge is not None
        self._bridge.deliver(
            self._payments.settle_by_hand(record.payment_id, charged, approval),
            self._settled,
            lambda exc: self.error.setText(describe(exc)),
        )

    def _show_card(self, text: str) -> None:
        self.card_status.setText(text)
        self.card_status.show()

    def _update_card_controls(self) -> None:
        running = bool(self._card_running)
        unknown = self._unknown is not None
        self.card_button.setEnabled(self._payments is not None and not running and not unknown)
        self.card_button.setVisible(self._payments is not None)
        self.cash_button.setEnabled(not running and not self._blocked_by_unknown())
        self._remove_button.setEnabled(not running)
        self.cancel_button.setText(
            self.tr("Cancel card payment (Esc)") if running else self.tr("Cancel (Esc)")
        )
        self.check_button.setVisible(unknown)
        self.settle_button.setVisible(unknown)
        self.check_button.setEnabled(unknown and not running)
        self.settle_button.setEnabled(unknown and not running)

    # --- view ----------------------------------------------------------------------------

    def _refresh(self) -> None:
        fmt = self._fmt
        settlement = self._sale.settlement
        due = (
            settlement.cash_due
            if settlement.cash_due > Money.zero(self._sale.currency)
            else settlement.balance_due
        )
        self.due_label.setText(self.tr("To pay: {0}").format(fmt.money(settlement.balance_due)))
        parts = [self.tr("Total {0}").format(fmt.money(settlement.total))]
        if not settlement.paid.is_zero():
            parts.append(self.tr("paid {0}").format(fmt.money(settlement.paid)))
        if not settlement.rounding.is_zero():
            parts.append(self.tr("cash rounding {0}").format(fmt.money(settlement.rounding)))
        self.info.setText(" · ".join(parts))
        self.tenders.clear()
        for tender in self._sale.tenders:
            if EXCHANGE_RETURN in tender.details:
                label = self.tr("Exchange credit")
            elif tender.kind is TenderKind.CASH:
                label = self.tr("Cash")
            else:
                card = " ".join(
                    filter(
                        None, (tender.details.get("card_brand"), tender.details.get("masked_pan"))
                    )
                )
                label = self.tr("Card") + (f" ({card})" if card else "")
            self.tenders.addItem(f"{label}  {fmt.money(tender.received)}")
        while self.quick.count():
            item = self.quick.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for i, amount in enumerate(quick_amounts(due.amount)):
            button = QPushButton(fmt.money(Money(amount, self._sale.currency)))
            button.setObjectName("fkey")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(
                lambda _c=False, a=amount: self.pay(TenderKind.CASH, Money(a, self._sale.currency))
            )
            self.quick.addWidget(button, 0, i)
        self.field.setFocus()
