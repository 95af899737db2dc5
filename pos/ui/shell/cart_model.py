"""The cart as a Qt table model over the domain ``Sale`` (the sale stays the source of truth)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from pos.domain.cart import Sale
from pos.domain.catalog import SoldBy
from pos.domain.lines import Line
from pos.locale_format import LocaleFormatter

_Index = QModelIndex | QPersistentModelIndex


class CartModel(QAbstractTableModel):
    """Display strings are built once per line value (lines are immutable values), so
    painting the table is a list lookup: a scan must paint its row within a few milliseconds."""

    COLUMNS = ("no", "item", "qty", "price", "discount", "total")
    _RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    _LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

    def __init__(self, formatter: LocaleFormatter) -> None:
        super().__init__()
        self._fmt = formatter
        self._sale: Sale | None = None
        self._lines: tuple[Line, ...] = ()
        self._texts: list[tuple[str, ...]] = []
        self._strike = QFont()
        self._strike.setStrikeOut(True)

    def set_sale(self, sale: Sale | None) -> None:
        self.beginResetModel()
        self._sale = sale
        self._set_lines(sale.lines if sale is not None else ())
        self.endResetModel()

    def _set_lines(self, lines: tuple[Line, ...]) -> None:
        old = self._lines
        texts = self._texts
        self._texts = [
            texts[i] if i < len(old) and old[i] == line else self._row_texts(line)
            for i, line in enumerate(lines)
        ]
        self._lines = lines

    def _row_texts(self, line: Line) -> tuple[str, ...]:
        return tuple(self._display(line, column) for column in self.COLUMNS)

    def refresh(self) -> None:
        """Re-read the sale after a change; appends are signalled as inserts (cheap, keeps
        the view's scroll and selection), anything else as a data change."""
        if self._sale is None:
            return
        new = self._sale.lines
        old_count = len(self._lines)
        if len(new) > old_count and new[:old_count] == self._lines:
            self.beginInsertRows(QModelIndex(), old_count, len(new) - 1)
            self._set_lines(new)
            self.endInsertRows()
        elif len(new) == old_count:
            changed = [i for i in range(len(new)) if new[i] != self._lines[i]]
            self._set_lines(new)
            if changed:
                self.dataChanged.emit(
                    self.index(changed[0], 0), self.index(changed[-1], len(self.COLUMNS) - 1)
                )
        else:
            self.beginResetModel()
            self._set_lines(new)
            self.endResetModel()

    def line_at(self, row: int) -> Line | None:
        return self._lines[row] if 0 <= row < len(self._lines) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("#"),
            self.tr("Item"),
            self.tr("Qty"),
            self.tr("Price"),
            self.tr("Discount"),
            self.tr("Total"),
        )[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._LEFT if index.column() == 1 else self._RIGHT
        if role == Qt.ItemDataRole.FontRole and self._lines[index.row()].voided:
            return self._strike
        if role == Qt.ItemDataRole.ToolTipRole and self._lines[index.row()].voided:
            return self.tr("Voided: {0}").format(self._lines[index.row()].void_reason or "")
        return None

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
