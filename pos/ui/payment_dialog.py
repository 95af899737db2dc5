"""Taking payment: cash (with quick amounts and change), split over several tenders.

The dialog only adds tenders to the domain ``Sale``; the sale decides what is due, the change
and the cash rounding. Cancel takes back what this dialog added, so the sale is as it was.
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
from pos.domain.tenders import TenderKind
from pos.locale_format import LocaleFormatter
from pos.ui.dialogs import parse_decimal
from pos.ui.messages import describe
from pos.ui.numpad import Numpad

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
        self, sale: Sale, formatter: LocaleFormatter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Payment"))
        self.setModal(True)
        self.setMinimumWidth(620)
        self._sale = sale
        self._fmt = formatter
        self._added: list[str] = []

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

        buttons = QHBoxLayout()
        cancel = QPushButton(self.tr("Cancel (Esc)"))
        cancel.clicked.connect(self.reject)
        self.cash_button = QPushButton(self.tr("Cash (Enter)"))
        self.cash_button.setObjectName("primary")
        self.cash_button.clicked.connect(self.add_cash)
        buttons.addWidget(cancel)
        buttons.addStretch(1)
        buttons.addWidget(self.cash_button)
        layout.addLayout(buttons)
        QShortcut(QKeySequence(Qt.Key.Key_F12), self).activated.connect(self.add_cash)
        self._refresh()

    # --- actions -------------------------------------------------------------------------

    def add_cash(self) -> None:
        text = self.field.text()
        value = parse_decimal(text) if text.strip() else self._sale.settlement.cash_due.amount
        if value is None:
            self.error.setText(self.tr("Type the amount received, e.g. 50 or 12,30."))
            return
        self.pay(TenderKind.CASH, Money(value, self._sale.currency))

    def pay(self, kind: TenderKind, amount: Money) -> None:
        try:
            tender = self._sale.add_tender(kind, amount)
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
        if row < 0:
            return
        tender = self._sale.tenders[row]
        self._sale.remove_tender(tender.tender_id)
        if tender.tender_id in self._added:
            self._added.remove(tender.tender_id)
        self._refresh()

    def reject(self) -> None:
        for tender_id in self._added:
            self._sale.remove_tender(tender_id)
        self._added.clear()
        super().reject()

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
            label = self.tr("Cash") if tender.kind is TenderKind.CASH else tender.kind.value
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
