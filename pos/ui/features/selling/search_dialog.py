"""Product search: type to search name or SKU, or browse by category; Enter sells.

Searches run on the till's search worker; only the answer to the latest query is shown, so
fast typing never shows stale results.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos.domain.catalog import ProductInfo, SoldBy
from pos.services.till import Till
from pos.store import CategoryInfo
from pos.ui.bridge import Bridge
from pos.ui.messages import describe


class SearchDialog(QDialog):
    """``stock_requested(product)`` on Ctrl+E: the endless aisle for the selected result."""

    stock_requested = Signal(object)

    def __init__(
        self, till: Till, bridge: Bridge, text: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Find product"))
        self.resize(1000, 620)
        self._till = till
        self._bridge = bridge
        self._seq = 0
        self._results: list[ProductInfo] = []
        self.chosen: ProductInfo | None = None
        self._category: str | None = None

        layout = QVBoxLayout(self)
        self.field = QLineEdit(text)
        self.field.setObjectName("scanField")
        self.field.setPlaceholderText(self.tr("Name, SKU or barcode"))
        self.field.textChanged.connect(self._schedule)
        self.field.returnPressed.connect(self._choose_current)
        layout.addWidget(self.field)
        body = QHBoxLayout()
        self.categories = QListWidget()
        self.categories.setMaximumWidth(240)
        self.categories.currentItemChanged.connect(self._category_changed)
        body.addWidget(self.categories)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Product"), self.tr("SKU"), self.tr("Unit"), self.tr("Price")]
        )
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.cellDoubleClicked.connect(lambda row, _col: self._choose(row))
        body.addWidget(self.table, 1)
        layout.addLayout(body)
        self.status = QLabel()
        self.status.setObjectName("muted")
        self.status.setToolTip(self.tr("Ctrl+E: stock of the selected product in every store"))
        layout.addWidget(self.status)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(40)  # coalesce keystrokes; a search answers in a few ms
        self._timer.timeout.connect(self.run_search)
        bridge.deliver(till.categories(), self._show_categories, self._failed)
        if text:
            self.run_search()

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if (
            event.key() == Qt.Key.Key_E
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
            and 0 <= self.table.currentRow() < len(self._results)
        ):
            self.stock_requested.emit(self._results[self.table.currentRow()])
            return
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.field.hasFocus():
            row = self.table.currentRow() + (1 if event.key() == Qt.Key.Key_Down else -1)
            if 0 <= row < self.table.rowCount():
                self.table.selectRow(row)
            return
        super().keyPressEvent(event)

    def _show_categories(self, categories: list[CategoryInfo]) -> None:
        all_item = QListWidgetItem(self.tr("All departments"))
        self.categories.addItem(all_item)
        for category in categories:
            item = QListWidgetItem(category.name)
            item.setData(Qt.ItemDataRole.UserRole, category.id)
            self.categories.addItem(item)

    def _category_changed(self, item: QListWidgetItem | None) -> None:
        self._category = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        self.run_search()

    def _schedule(self) -> None:
        self._timer.start()

    def run_search(self) -> None:
        self._seq += 1
        seq = self._seq
        text = self.field.text().strip()
        if not text and self._category is None:
            self._show(seq, [])
            return
        self._bridge.deliver(
            self._till.search(text, self._category, 100),
            lambda results: self._show(seq, results),
            self._failed,
        )

    def _show(self, seq: int, results: list[ProductInfo]) -> None:
        if seq != self._seq:
            return  # an answer to an older query
        fmt = self._till.formatter
        self._results = results
        self.table.setRowCount(len(results))
        for row, product in enumerate(results):
            unit = self.tr("kg") if product.sold_by is SoldBy.WEIGHT else self.tr("pc")
            cells = (product.name, product.sku, unit, fmt.money(product.unit_price))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 3:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, col, item)
        if results:
            self.table.selectRow(0)
        self.status.setText(
            self.tr("{0} products").format(len(results)) if results else self.tr("Nothing found")
        )

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(describe(exc))

    def _choose_current(self) -> None:
        self._choose(self.table.currentRow())

    def _choose(self, row: int) -> None:
        if 0 <= row < len(self._results):
            self.chosen = self._results[row]
            self.accept()
