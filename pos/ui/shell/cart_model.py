"""The cart as a Qt table model over the domain ``Sale`` (the sale stays the source of truth).

Why a ``QStandardItemModel``: a scan repaints the whole visible cart (the view lays out its
items again after any insert), and the delegate asks the model for about seven roles per
cell. With ``data`` written in Python that was some 600 calls into Python per paint; here
each line's texts, alignment and font are set once, as C++ items, when the line changes, and
painting never enters Python. Do not override ``data``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel

from pos.domain.cart import Sale
from pos.domain.catalog import SoldBy
from pos.domain.lines import Line
from pos.locale_format import LocaleFormatter


class CartModel(QStandardItemModel):
    """One row per sale line, in the sale's order. Lines are immutable values, so a row is
    rebuilt only when its line is replaced by a different value."""

    COLUMNS = ("no", "item", "qty", "price", "discount", "total")
    _RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    _LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    _FLAGS = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled

    def __init__(self, formatter: LocaleFormatter) -> None:
        super().__init__(0, len(self.COLUMNS))
        self._fmt = formatter
        self._sale: Sale | None = None
        self._lines: tuple[Line, ...] = ()
        self._strike = QFont()
        self._strike.setStrikeOut(True)
        self.setHorizontalHeaderLabels(
            [
                self.tr("#"),
                self.tr("Item"),
                self.tr("Qty"),
                self.tr("Price"),
                self.tr("Discount"),
                self.tr("Total"),
            ]
        )

    def set_sale(self, sale: Sale | None) -> None:
        lines = sale.lines if sale is not None else ()
        self.beginResetModel()
        self.blockSignals(True)  # one reset for the views, not a signal per row
        try:
            self._sale = sale
            self.setRowCount(0)
            for line in lines:
                self.appendRow(self._row_items(line))
            self._lines = lines
        finally:
            self.blockSignals(False)
        self.endResetModel()

    def refresh(self) -> None:
        """Re-read the sale after a change; appends are signalled as inserts (cheap, keeps
        the view's scroll and selection), anything else as a data change."""
        if self._sale is None:
            return
        new = self._sale.lines
        old = self._lines
        if len(new) > len(old) and new[: len(old)] == old:
            self._lines = new
            for line in new[len(old) :]:
                self.appendRow(self._row_items(line))
        elif len(new) == len(old):
            changed = [i for i in range(len(new)) if new[i] is not old[i] and new[i] != old[i]]
            self._lines = new
            if changed:
                self.blockSignals(True)  # one dataChanged for the span, not one per cell
                try:
                    for row in changed:
                        self._fill_row(row, new[row])
                finally:
                    self.blockSignals(False)
                self.dataChanged.emit(
                    self.index(changed[0], 0), self.index(changed[-1], len(self.COLUMNS) - 1)
                )
        else:
            self.set_sale(self._sale)

    def line_at(self, row: int) -> Line | None:
        return self._lines[row] if 0 <= row < len(self._lines) else None

    def _row_items(self, line: Line) -> list[QStandardItem]:
        items = []
        for column in self.COLUMNS:
            item = QStandardItem()
            item.setFlags(self._FLAGS)
            item.setTextAlignment(self._LEFT if column == "item" else self._RIGHT)
            items.append(item)
        self._set_texts(items, line)
        return items

    def _fill_row(self, row: int, line: Line) -> None:
        self._set_texts([self.item(row, c) for c in range(len(self.COLUMNS))], line)

    def _set_texts(self, items: list[QStandardItem], line: Line) -> None:
        tooltip = self.tr("Voided: {0}").format(line.void_reason or "") if line.voided else None
        for item, column in zip(items, self.COLUMNS, strict=True):
            item.setText(self._display(line, column))
            item.setData(self._strike if line.voided else None, Qt.ItemDataRole.FontRole)
            item.setData(tooltip, Qt.ItemDataRole.ToolTipRole)

    def _display(self, line: Line, column: str) -> str:
        fmt = self._fmt
        if column == "no":
            return str(line.line_no)
        if column == "item":
            name = line.product.name
            if line.voided:
                return self.tr("{0} (voided)").format(name)
            if line.price_override:
                return self.tr("{0} (price changed)").format(name)
            if not line.promo.is_zero():
                return self.tr("{0} (promo)").format(name)
            return name
        if column == "qty":
            if line.product.sold_by is SoldBy.WEIGHT:
                return self.tr("{0} kg").format(fmt.quantity(line.quantity, 3))
            return fmt.quantity(line.quantity, 0)
        if column == "price":
            return fmt.money(line.unit_price, symbol=False)
        if column == "discount":
            off = line.line_discount + line.promo + line.share
            return "" if off.is_zero() else "−" + fmt.money(off, symbol=False)
        if column == "total":
            return "" if line.voided else fmt.money(line.total, symbol=False)
        return ""
