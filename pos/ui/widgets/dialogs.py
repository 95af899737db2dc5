"""Small modal dialogs of the till: a number, a reason, a supervisor's PIN, a discount."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from pos.ui.widgets.numpad import Numpad


def parse_decimal(text: str) -> Decimal | None:
    """Accept both decimal separators a cashier may type ("1,5" and "1.5")."""
    cleaned = text.strip().replace(",", ".").replace(" ", "")
    if not cleaned:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


class _Base(QDialog):
    def __init__(self, title: str, prompt: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.layout_ = QVBoxLayout(self)
        label = QLabel(prompt)
        label.setWordWrap(True)
        label.setObjectName("totalLabel")
        self.layout_.addWidget(label)
        self.error = QLabel()
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)

    def _list(self, rows: list[str]) -> QListWidget:
        """A list to pick from; the first row is preselected, activating a row accepts."""
        widget = QListWidget()
        widget.addItems(rows)
        widget.setCurrentRow(0)
        widget.itemActivated.connect(lambda _item: self._accept())
        self.layout_.addWidget(widget)
        return widget

    def _buttons(self) -> QDialogButtonBox:
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        box.accepted.connect(self._accept)
        box.rejected.connect(self.reject)
        return box

    def _accept(self) -> None:
        self.accept()


class NumberDialog(_Base):
    """Asks for a quantity, a weight or an amount, with a numpad for touch."""

    def __init__(
        self, title: str, prompt: str, initial: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(title, prompt, parent)
        self.field = QLineEdit(initial)
        self.field.setObjectName("scanField")
        self.field.selectAll()
        self.field.returnPressed.connect(self._accept)
        self.layout_.addWidget(self.field)
        self.layout_.addWidget(self.error)
        pad = Numpad(self.field)
        pad.setMinimumHeight(220)
        self.layout_.addWidget(pad)
        self.layout_.addWidget(self._buttons())
        self.value: Decimal | None = None

    def _accept(self) -> None:
        value = parse_decimal(self.field.text())
        if value is None:
            self.error.setText(self.tr("Type a number, e.g. 2 or 0,250."))
            return
        self.value = value
        self.accept()


class PinDialog(_Base):
    """A supervisor types their PIN to approve what a cashier may not do alone."""

    def __init__(self, reason: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Supervisor approval"), reason, parent)
        self.field = QLineEdit()
        self.field.setObjectName("pinField")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setMaxLength(8)
        self.field.setPlaceholderText(self.tr("Supervisor PIN"))
        self.field.returnPressed.connect(self._accept)
        self.layout_.addWidget(self.field)
        self.layout_.addWidget(self.error)
        pad = Numpad(self.field)
        pad.setMinimumHeight(200)
        self.layout_.addWidget(pad)
        self.layout_.addWidget(self._buttons())
        self.pin = ""

    def _accept(self) -> None:
        if not self.field.text().isdigit():
            self.error.setText(self.tr("Type the supervisor's PIN."))
            return
        self.pin = self.field.text()
        self.accept()


class ReasonDialog(_Base):
    """Pick a reason for a void (kept in the journal) or type one."""

    def __init__(
        self, title: str, prompt: str, reasons: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(title, prompt, parent)
        self.list = self._list(reasons)
        self.other = QLineEdit()
        self.other.setPlaceholderText(self.tr("Other reason…"))
        self.other.returnPressed.connect(self._accept)
        self.layout_.addWidget(self.other)
        self.layout_.addWidget(self.error)
        self.layout_.addWidget(self._buttons())
        self.reason = ""

    def _accept(self) -> None:
        text = self.other.text().strip()
        if not text and self.list.currentItem() is not None:
            text = self.list.currentItem().text()
        if not text:
            self.error.setText(self.tr("Choose or type a reason."))
            return
        self.reason = text
        self.accept()


class DiscountDialog(_Base):
    """A discount on the selected line or on the whole sale, in percent or as an amount."""

    def __init__(self, has_line: bool, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Discount"), self.tr("Give a discount"), parent)
        scope = QHBoxLayout()
        self.on_line = QRadioButton(self.tr("Selected line"))
        self.on_cart = QRadioButton(self.tr("Whole sale"))
        self.on_line.setEnabled(has_line)
        (self.on_line if has_line else self.on_cart).setChecked(True)
        group1 = QButtonGroup(self)
        group1.addButton(self.on_line)
        group1.addButton(self.on_cart)
        scope.addWidget(self.on_line)
        scope.addWidget(self.on_cart)
        self.layout_.addLayout(scope)
        kind = QHBoxLayout()
        self.percent = QRadioButton(self.tr("Percent %"))
        self.amount = QRadioButton(self.tr("Amount"))
        self.percent.setChecked(True)
        group2 = QButtonGroup(self)
        group2.addButton(self.percent)
        group2.addButton(self.amount)
        kind.addWidget(self.percent)
        kind.addWidget(self.amount)
        self.layout_.addLayout(kind)
        self.field = QLineEdit()
        self.field.setObjectName("scanField")
        self.field.returnPressed.connect(self._accept)
        self.layout_.addWidget(self.field)
        self.layout_.addWidget(self.error)
        pad = Numpad(self.field)
        pad.setMinimumHeight(200)
        self.layout_.addWidget(pad)
        self.layout_.addWidget(self._buttons())
        self.value: Decimal | None = None

    def _accept(self) -> None:
        value = parse_decimal(self.field.text())
        if value is None or value <= 0:
            self.error.setText(self.tr("Type a discount greater than zero."))
            return
        self.value = value
        self.accept()


class ChoiceDialog(_Base):
    """Pick one row from a list (parked sales, categories)."""

    def __init__(
        self, title: str, prompt: str, rows: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(title, prompt, parent)
        self.list = self._list(rows)
        self.layout_.addWidget(self._buttons())
        self.index = -1

    def _accept(self) -> None:
        self.index = self.list.currentRow()
        self.accept()


class HelpDialog(QDialog):
    def __init__(self, shortcuts: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        layout = QVBoxLayout(self)
        for key, text in shortcuts:
            row = QHBoxLayout()
            k = QLabel(f"<b>{key}</b>")
            k.setMinimumWidth(90)
            row.addWidget(k)
            row.addWidget(QLabel(text), 1)
            layout.addLayout(row)
        hint = QLabel(
            self.tr("Type a quantity and * before a barcode to sell several (3*5901234123457).")
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        layout.addWidget(close, alignment=Qt.AlignmentFlag.AlignRight)
