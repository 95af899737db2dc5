"""The small typed questions of the pickup screen: a pickup code with the surname (the
customer's phone is dead), and a web order's number for a return."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from pos.ui.features.pickup.common import ORDER_NUMBER
from pos.ui.widgets.dialogs import _Base


class PickupCodeDialog(_Base):
    """The customer's typed pickup code and surname (when the phone is dead)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Hand over by code"),
            self.tr("Type the customer's pickup code and ask for their surname."),
            parent,
        )
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("Pickup code, e.g. 7KQ2MX"))
        self.code.setMaxLength(12)
        self.surname = QLineEdit()
        self.surname.setPlaceholderText(self.tr("Surname"))
        self.surname.returnPressed.connect(self._accept)
        for widget in (self.code, self.surname, self.error, self._buttons()):
            self.layout_.addWidget(widget)

    def _accept(self) -> None:
        if not self.code.text().strip() or not self.surname.text().strip():
            self.error.setText(self.tr("Both the code and the surname are needed."))
            return
        self.accept()


class OrderNumberDialog(_Base):
    """The number of a web order to take goods back from."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Return of a web order"),
            self.tr("Type the order number from the handover slip (or scan its barcode)."),
            parent,
        )
        self.number = QLineEdit()
        self.number.setPlaceholderText("W-10000")
        self.number.returnPressed.connect(self._accept)
        for widget in (self.number, self.error, self._buttons()):
            self.layout_.addWidget(widget)

    def _accept(self) -> None:
        if not ORDER_NUMBER.match(self.number.text().strip().upper()):
            self.error.setText(self.tr("An order number looks like W-10042."))
            return
        self.accept()
