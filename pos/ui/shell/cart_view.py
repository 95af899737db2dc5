"""The cart on screen: one row per line, the newest selected and in view."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from pos.ui.shell.cart_model import CartModel


class CartView(QTableView):
    """Never takes the focus (the scan field keeps it); arrow keys move the selection through
    the till screen's function keys."""

    def __init__(self, model: CartModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cart = model
        self.setModel(model)
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(40)
        # Fixed numeric columns sized once from the font: ResizeToContents would measure
        # every row on every scan.
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        digits = self.fontMetrics().horizontalAdvance("0")
        for column, chars in ((0, 4), (2, 10), (3, 10), (4, 10), (5, 11)):
            header.resizeSection(column, digits * chars + 16)
        model.rowsInserted.connect(lambda _p, _f, last: self.select_row(last))

    def select_row(self, row: int) -> None:
        self.selectRow(row)
        self.scrollTo(self.cart.index(row, 0))

    def selected_line_no(self) -> int | None:
        indexes = self.selectionModel().selectedRows()
        if not indexes:
            return None
        line = self.cart.line_at(indexes[0].row())
        return line.line_no if line is not None else None

    def move_selection(self, step: int) -> None:
        rows = self.cart.rowCount()
        if not rows:
            return
        indexes = self.selectionModel().selectedRows()
        current = indexes[0].row() if indexes else rows - 1
        self.select_row(max(0, min(rows - 1, current + step)))
