"""Cash in or out of the drawer: the amount and its reason, in one dialog with a numpad."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from pos.domain.money import Currency, Money
from pos.ui.widgets.dialogs import parse_decimal
from pos.ui.widgets.numpad import Numpad


class MovementDialog(QDialog):
    """``reasons``: the usual reasons for this movement, already translated; one may be typed."""

    def __init__(
        self,
        title: str,
        currency: Currency,
        reasons: list[str],
        parent: QWidget | None = None,
        *,
        note_required: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.currency = currency
        self.note_required = note_required
        self.amount: Money | None = None
        self.note = ""
        layout = QVBoxLayout(self)
        prompt = QLabel(self.tr("Amount ({0})").format(currency.code))
        prompt.setObjectName("totalLabel")
        layout.addWidget(prompt)
        self.field = QLineEdit()
        self.field.setObjectName("scanField")
        self.field.returnPressed.connect(self._accept)
        layout.addWidget(self.field)
        self.reason = QComboBox()
        self.reason.setEditable(True)
        self.reason.addItems(reasons)
        self.reason.setMinimumHeight(44)
        line = self.reason.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Reason…"))
        layout.addWidget(QLabel(self.tr("Reason")))
        layout.addWidget(self.reason)
        self.error = QLabel()
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        pad = Numpad(self.field)
        pad.setMinimumHeight(220)
        layout.addWidget(pad)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        box.accepted.connect(self._accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.field.setFocus()

    def _accept(self) -> None:
        value = parse_decimal(self.field.text())
        if value is None or value <= Decimal(0):
            self.error.setText(self.tr("Type an amount greater than zero, e.g. 50 or 12,50."))
            return
        exponent = value.normalize().as_tuple().exponent
        if isinstance(exponent, int) and -exponent > self.currency.minor_units:
            self.error.setText(
                self.tr("Use at most {0} decimal places.").format(self.currency.minor_units)
            )
            return
        note = self.reason.currentText().strip()
        if self.note_required and not note:
            self.error.setText(self.tr("Choose or type a reason."))
            return
        self.amount = Money.of(value, self.currency)
        self.note = note
        self.accept()
