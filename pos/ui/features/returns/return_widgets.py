"""What the two return screens (with and without a receipt) build alike: the goods table,
its read-only and shelf cells, the reason box and the refund/error labels."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from pos.domain.sale_return import RETURN_REASONS

TOUCH = 44  # px: the smallest target a finger hits reliably


def goods_table(headers: Sequence[str]) -> QTableWidget:
    """The item column stretches, the rest fit their contents; rows are finger-high."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, len(headers)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(TOUCH)
    return table


def read_only(text: str = "") -> QTableWidgetItem:
    cell = QTableWidgetItem(text)
    cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    return cell


def shelf_box() -> QTableWidgetItem:
    """Back on the shelf: ticked unless the clerk says the item is damaged."""
    cell = QTableWidgetItem()
    cell.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
    cell.setCheckState(Qt.CheckState.Checked)
    return cell


def reason_box(parent: QWidget) -> QComboBox:
    """The reasons a return may give, translated, each carrying its code."""
    box = QComboBox(parent)
    for code, text in RETURN_REASONS.items():
        box.addItem(QCoreApplication.translate("ReturnReason", text), code)
    box.setMinimumHeight(TOUCH)
    return box


def labels() -> tuple[QLabel, QLabel]:
    """The refund line (large) and the error line under it."""
    refund, error = QLabel(), QLabel()
    refund.setObjectName("totalValue")
    error.setObjectName("errorText")
    for label in (refund, error):
        label.setWordWrap(True)
    return refund, error
