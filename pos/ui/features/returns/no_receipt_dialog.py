"""The return screen without a receipt: the items the customer brings, at today's shelf price.

Every scan while it is open comes here (the till screen's ``scan_listener``): an item's
barcode adds it, a weight label with its weight. The clerk sets quantities, the shelf and the
reason; Refund (F12) asks for a supervisor's PIN whoever is signed in, then pays back in cash
and prints the flagged slip. The rules (cap, price, flag) are ``till.returns``'.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from drivers.scanner import ScanRead
from pos.domain.catalog import ProductInfo, SoldBy
from pos.domain.errors import DomainError
from pos.domain.money import Money
from pos.domain.no_receipt_return import BroughtBack, check_no_receipt_return
from pos.domain.roles import Action, Approval
from pos.domain.sale_document import ReturnDoc
from pos.domain.scan_meaning import Route, ScanMeaning, scanned_item
from pos.services.sale_returns import SaleReturnService
from pos.services.till import Till
from pos.ui.bridge import Bridge
from pos.ui.features.returns.return_widgets import (
    TOUCH,
    goods_table,
    labels,
    read_only,
    reason_box,
    shelf_box,
)
from pos.ui.messages import describe
from pos.ui.widgets.dialogs import PinDialog, parse_decimal

PRICE, QTY, SHELF, REFUND = 1, 2, 3, 4
Done = Callable[[str], None]  # the message for the till screen once the return is recorded


@dataclass(slots=True)
class _Row:
    product: ProductInfo
    marking_code: str | None


class NoReceiptDialog(QDialog):
    def __init__(self, till: Till, bridge: Bridge, done: Done, parent: QWidget | None) -> None:
        super().__init__(parent)
        assert till.returns is not None
        self.till = till
        self.service: SaleReturnService = till.returns
        self.bridge = bridge
        self._done = done
        self.rows: list[_Row] = []
        self.recorded: ReturnDoc | None = None
        self._busy = False
        self.cap = Money.of(till.settings.returns.no_receipt_cap, till.currency)
        self.setWindowTitle(self.tr("Return without a receipt"))
        self.resize(1000, 640)
        layout = QVBoxLayout(self)
        rules = QLabel(
            self.tr(
                "Refunded at today's shelf price, in cash, at most {0} in all. A supervisor's "
                "PIN is needed, and the return is flagged for the manager."
            ).format(till.formatter.money(self.cap))
        )
        rules.setWordWrap(True)
        layout.addWidget(rules)
        find = QHBoxLayout()
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("Scan or type the item's barcode"))
        self.code.returnPressed.connect(self._typed)
        add = QPushButton(self.tr("Add"))
        add.clicked.connect(self._typed)
        find.addWidget(self.code, 1)
        find.addWidget(add)
        layout.addLayout(find)
        self.table = goods_table(
            [
                self.tr("Item"),
                self.tr("Shelf price"),
                self.tr("Brought back"),
                self.tr("Back on the shelf"),
                self.tr("Refund"),
            ]
        )
        self.table.itemChanged.connect(lambda _item: self._show_refund())
        layout.addWidget(self.table, 1)
        touch = QHBoxLayout()
        more = QPushButton(self.tr("+1"))
        more.clicked.connect(lambda: self._step(Decimal(1)))
        less = QPushButton(self.tr("−1"))
        less.clicked.connect(lambda: self._step(Decimal(-1)))
        remove = QPushButton(self.tr("Remove the item"))
        remove.clicked.connect(self._remove)
        self.reason = reason_box(self)
        for widget in (self.code, add, more, less, remove):
            widget.setMinimumHeight(TOUCH)
        for widget in (more, less, remove):
            touch.addWidget(widget)
        touch.addStretch(1)
        touch.addWidget(self.reason)
        layout.addLayout(touch)
        self.refund_text, self.error = labels()
        self.refund_text.setText(self.tr("Scan the items the customer brings back."))
        layout.addWidget(self.refund_text)
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        self.refund_button = QPushButton(self.tr("Refund in cash (F12)"))
        self.refund_button.setObjectName("payButton")
        self.refund_button.setEnabled(False)
        self.refund_button.clicked.connect(self.refund)
        close = QPushButton(self.tr("Close (Esc)"))
        close.clicked.connect(self.reject)
        for widget in (self.refund_button, close):
            widget.setMinimumHeight(TOUCH)
        buttons.addWidget(self.refund_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """F12 refunds (a key press, not a QShortcut: see ``ReturnDialog.keyPressEvent``)."""
        if event.key() == Qt.Key.Key_F12:
            self.refund()
        else:
            super().keyPressEvent(event)

    # --- items -------------------------------------------------------------------------------

    def _typed(self) -> None:
        text = self.code.text().strip()
        self.code.clear()
        if text:
            self.scanned(ScanRead(text.encode(), source="keyboard"))

    def scanned(self, read: ScanRead) -> None:
        """A scan while the screen is open: an item's barcode adds the item."""
        try:
            meaning = self.till.scan_router.interpret(read)
        except DomainError as exc:
            self.error.setText(describe(exc))
            return
        if meaning.route is not Route.PRODUCT or meaning.product is None:
            self.error.setText(self.tr("That is not an item's barcode: scan the item itself."))
            return
        self.bridge.deliver(
            self.till.find_product(meaning.product, meaning.text),
            lambda product: self._found(product, meaning),
            self._failed,
        )

    def _found(self, product: ProductInfo, meaning: ScanMeaning) -> None:
        assert meaning.product is not None
        try:
            item = scanned_item(product, meaning.product, meaning.text)
        except DomainError as exc:
            self.error.setText(describe(exc))
            return
        self.error.clear()
        quantity = item.quantity
        if quantity is None:
            quantity = Decimal(1) if item.product.sold_by is SoldBy.PIECE else None
        self.add(item.product, quantity, item.marking_code)

    def add(
        self, product: ProductInfo, quantity: Decimal | None, marking_code: str | None = None
    ) -> None:
        """One more row (a weighed item without a label: the clerk types its weight); the same
        piece scanned again counts up its row."""
        fmt = self.till.formatter
        weighed = product.sold_by is SoldBy.WEIGHT
        for row, entry in enumerate(self.rows):
            same = entry.product.product_id == product.product_id and not weighed
            if same and marking_code is None and entry.marking_code is None:
                self.table.selectRow(row)
                self._step(Decimal(1))
                return
        row = len(self.rows)
        self.rows.append(_Row(product, marking_code))
        self.table.blockSignals(True)
        self.table.setRowCount(row + 1)
        self.table.setItem(row, 0, read_only(product.name))
        self.table.setItem(row, PRICE, read_only(fmt.money(product.unit_price)))
        shown = "" if quantity is None else fmt.quantity(quantity, 3 if weighed else 0)
        self.table.setItem(row, QTY, QTableWidgetItem(shown))
        self.table.setItem(row, SHELF, shelf_box())
        self.table.setItem(row, REFUND, read_only())
        self.table.blockSignals(False)
        self.table.selectRow(row)
        self._show_refund()
        if quantity is None:
            self.table.editItem(self._cell(row, QTY))

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        assert item is not None  # every cell is set in add
        return item

    def _step(self, by: Decimal) -> None:
        row = self.table.currentRow()
        if row < 0 or self.rows[row].product.sold_by is SoldBy.WEIGHT:
            return
        current = parse_decimal(self._cell(row, QTY).text()) or Decimal(0)
        self._cell(row, QTY).setText(str(max(Decimal(1), current + by)))

    def _remove(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            del self.rows[row]
            self.table.removeRow(row)
            self._show_refund()

    def items(self) -> list[BroughtBack] | None:
        """What comes back; None (and a message) for a quantity that is no number."""
        out = []
        for row, entry in enumerate(self.rows):
            text = self._cell(row, QTY).text().strip()
            if not text and entry.product.sold_by is SoldBy.WEIGHT:
                self.error.setText(
                    self.tr("Type the weight of {0} in kg.").format(entry.product.name)
                )
                return None
            quantity = parse_decimal(text)
            restock = self._cell(row, SHELF).checkState() == Qt.CheckState.Checked
            try:
                if quantity is None:
                    raise ValueError
                out.append(BroughtBack(entry.product, quantity, restock, entry.marking_code))
            except (DomainError, ValueError) as exc:
                self.error.setText(
                    describe(exc)
                    if isinstance(exc, DomainError)
                    else self.tr("Type a number, e.g. 2 or 0,250.")
                )
                return None
        return out

    def _show_refund(self) -> None:
        self.refund_button.setEnabled(False)
        items = self.items()
        if items is None:
            self.refund_text.clear()
            return
        self.error.clear()
        fmt = self.till.formatter
        self.table.blockSignals(True)
        for row, item in enumerate(items):
            self._cell(row, REFUND).setText(fmt.money(item.refund))
        self.table.blockSignals(False)
        if not items:
            self.refund_text.setText(self.tr("Scan the items the customer brings back."))
            return
        try:
            total = check_no_receipt_return(items, self.cap)
        except DomainError as exc:
            self.refund_text.clear()
            self.error.setText(describe(exc))
            return
        self.refund_text.setText(self.tr("To refund in cash: {0}").format(fmt.money(total)))
        self.refund_button.setEnabled(True)

    # --- refunding -----------------------------------------------------------------------------

    def refund(self) -> None:
        """F12: a supervisor's PIN, then the cash refund."""
        items = self.items()
        if self._busy or not items or not self.refund_button.isEnabled():
            return
        try:
            if self.till.shifts is not None:
                self.till.shifts.require_open()
        except DomainError as exc:
            self.error.setText(describe(exc))
            return
        dialog = PinDialog(self.tr("A return without a receipt needs a supervisor's PIN."), self)
        if not dialog.exec():
            self.error.setText(self.tr("Not approved; nothing was refunded."))
            return
        self._busy = True
        self.bridge.deliver(
            self.till.approve(dialog.pin, Action.RETURN_WITHOUT_RECEIPT),
            lambda approval: self._approved(approval, items),
            self._failed,
        )

    def _approved(self, approval: Approval, items: list[BroughtBack]) -> None:
        reason = str(self.reason.currentData())
        try:
            future = self.service.without_receipt(items, reason, approval, str(uuid.uuid4()))
        except DomainError as exc:
            self._failed(exc)
            return
        self.bridge.deliver(future, self._recorded, self._failed)

    def _recorded(self, document: ReturnDoc) -> None:
        self._busy = False
        self.recorded = document
        slip = self.till.return_slips.without_receipt(document, self.till.now())
        self.bridge.deliver(self.till.print_documents([slip]), lambda _r: None, self._failed)
        if self.till.printing:
            self.bridge.deliver(self.till.printing.open_drawer(), lambda _r: None, self._failed)
        total = self.till.formatter.money(self.till.money(document["total"]))
        self._done(
            self.tr("Return without a receipt recorded; refunded {0} in cash.").format(total)
        )
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self.error.setText(describe(exc))
