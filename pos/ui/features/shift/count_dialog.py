"""Counting the drawer by denomination: the float at the opening, a count before the Z.

A cashier counts pieces ("seven 20s"), so every denomination has its own field with touch-sized
− and + keys, and the numpad types into the field last touched. The running total is shown;
the expected figure only when the caller passes it (blind counting is the default).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pos.domain.cash import MAX_PIECES, CashCount, denominations
from pos.domain.money import Currency, Money
from pos.locale_format import LocaleFormatter
from pos.ui.widgets.numpad import Numpad

COLUMNS = 3


class _Pieces(QLineEdit):
    """The pieces of one denomination; focusing it points the numpad at it."""

    def __init__(self, minor: int, focused: Numpad) -> None:
        super().__init__()
        self.minor = minor
        self._pad = focused
        self.setObjectName("countField")
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setMaxLength(len(str(MAX_PIECES)))
        self.setMinimumSize(72, 48)
        self.setPlaceholderText("0")

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._pad.bind(self)
        super().focusInEvent(event)

    def pieces(self) -> int | None:
        text = self.text().strip()
        if not text:
            return 0
        return int(text) if text.isdigit() and int(text) <= MAX_PIECES else None


class CountDialog(QDialog):
    """Returns :attr:`count` once accepted. ``expected`` shown beside the total when given."""

    def __init__(
        self,
        title: str,
        prompt: str,
        currency: Currency,
        formatter: LocaleFormatter,
        parent: QWidget | None = None,
        expected: Money | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.currency = currency
        self._fmt = formatter
        self._expected = expected
        self.count: CashCount | None = None
        layout = QVBoxLayout(self)
        head = QLabel(prompt)
        head.setWordWrap(True)
        head.setObjectName("totalLabel")
        layout.addWidget(head)
        body = QHBoxLayout()
        layout.addLayout(body, 1)
        self.pad = Numpad()
        self.pad.setMinimumSize(260, 240)
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        self.fields: list[_Pieces] = []
        pieces = denominations(currency)
        rows = -(-len(pieces) // COLUMNS)
        for i, denomination in enumerate(reversed(pieces)):  # the largest first, as counted
            row, col = i % rows, (i // rows) * 4
            field = _Pieces(denomination.minor, self.pad)
            field.textChanged.connect(self._update)
            field.returnPressed.connect(self._next_field)
            name = QLabel(formatter.money(Money.from_minor(denomination.minor, currency)))
            name.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            name.setBuddy(field)
            grid.addWidget(name, row, col)
            grid.addWidget(self._step("−", field, -1), row, col + 1)
            grid.addWidget(field, row, col + 2)
            grid.addWidget(self._step("+", field, 1), row, col + 3)
            self.fields.append(field)
        body.addLayout(grid, 3)
        body.addWidget(self.pad, 1)
        self.total = QLabel()
        self.total.setObjectName("totalLabel")
        layout.addWidget(self.total)
        self.error = QLabel()
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Confirm the count"))
        box.accepted.connect(self._accept)
        box.rejected.connect(self.reject)
        for button in box.buttons():
            button.setMinimumHeight(48)
        layout.addWidget(box)
        self.fields[0].setFocus()
        self.pad.bind(self.fields[0])
        self._update()

    def _step(self, label: str, field: _Pieces, by: int) -> QPushButton:
        button = QPushButton(label)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setMinimumSize(48, 48)
        button.setAutoRepeat(True)
        button.clicked.connect(lambda: self._add(field, by))
        return button

    def _add(self, field: _Pieces, by: int) -> None:
        now = field.pieces() or 0
        field.setText(str(min(MAX_PIECES, max(0, now + by))))

    def _next_field(self) -> None:
        at = next((i for i, f in enumerate(self.fields) if f.hasFocus()), -1)
        if at + 1 < len(self.fields):
            self.fields[at + 1].setFocus()
        else:
            self._accept()

    def set_pieces(self, pieces: dict[int, int]) -> None:
        """Fill the fields (a recount starts from the last count)."""
        for field in self.fields:
            field.setText(str(pieces[field.minor]) if pieces.get(field.minor) else "")

    def _pieces(self) -> dict[int, int] | None:
        counted: dict[int, int] = {}
        for field in self.fields:
            value = field.pieces()
            if value is None:
                return None
            counted[field.minor] = value
        return counted

    def _update(self) -> None:
        pieces = self._pieces()
        if pieces is None:
            self.total.setText(self.tr("Counted: type whole pieces in every field."))
            return
        total = CashCount(self.currency, pieces).total
        text = self.tr("Counted: {0}").format(self._fmt.money(total))
        if self._expected is not None:
            text += "   " + self.tr("Expected: {0}").format(self._fmt.money(self._expected))
        self.total.setText(text)
        self.error.clear()

    def _accept(self) -> None:
        pieces = self._pieces()
        if pieces is None:
            self.error.setText(
                self.tr("Type how many pieces of each: whole numbers up to {0}.").format(MAX_PIECES)
            )
            return
        self.count = CashCount(self.currency, pieces)
        self.accept()
