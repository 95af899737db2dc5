"""The endless aisle: stock of one product in this store, the other stores and the web warehouse.

The question goes to the hub on the sync-ui worker; the dialog opens at once and fills in when
the answer (or, offline, what the till kept) arrives. Offline, every figure carries its age.
This store's figure is the hub's level less what this till sold that the hub has not
acknowledged yet.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos.locale_format import LocaleFormatter
from pos.services.sync import SyncService
from pos.ui.bridge import Bridge
from pos.ui.messages import describe

if TYPE_CHECKING:
    from pos.sync.endless_aisle import AisleView


class StockDialog(QDialog):
    def __init__(
        self,
        sync: SyncService,
        bridge: Bridge,
        formatter: LocaleFormatter,
        product_id: str,
        product_name: str,
        parent: QWidget | None = None,
        language: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._fmt = formatter
        self._language = language  # ages are words: in the UI's language
        self.view: AisleView | None = None
        self.setWindowTitle(self.tr("Stock of {0}").format(product_name))
        self.resize(760, 420)
        layout = QVBoxLayout(self)
        title = QLabel(product_name)
        title.setObjectName("totalLabel")
        layout.addWidget(title)
        self.state = QLabel(self.tr("Asking the hub…"))
        self.state.setWordWrap(True)
        layout.addWidget(self.state)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Location"), self.tr("On hand"), self.tr("Reserved"), self.tr("Figure from")]
        )
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table, 1)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        layout.addWidget(close, alignment=Qt.AlignmentFlag.AlignRight)
        bridge.deliver(sync.product_stock(product_id), self.show_view, self._failed)

    def show_view(self, view: AisleView) -> None:
        self.view = view
        now = datetime.now(UTC)
        fmt = self._fmt
        if view.online:
            self.state.setText(self.tr("Live figures from the hub."))
        else:
            self.state.setText(
                self.tr("Offline: figures as the till last heard them; see how old each is.")
            )
        self.state.setProperty("kind", "info" if view.online else "warning")
        if not view.figures:
            self.state.setText(self.state.text() + " " + self.tr("No stock figures known."))
        self.table.setRowCount(len(view.figures))
        for row, figure in enumerate(view.figures):
            name = view.names.get(figure.location, figure.location)
            if figure.location == view.own_location:
                name = self.tr("{0} (this store)").format(name)
            on_hand = fmt.quantity(figure.quantity, _places(figure.quantity))
            if figure.unacknowledged:
                on_hand = self.tr("{0} ({1} sold here, not yet synced)").format(
                    on_hand, fmt.quantity(figure.unacknowledged, _places(figure.unacknowledged))
                )
            age = (
                fmt.datetime(figure.confirmed_at)
                if view.online
                else fmt.age(now - figure.confirmed_at, self._language)
            )
            cells = (name, on_hand, fmt.quantity(figure.reserved, _places(figure.reserved)), age)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col in (1, 2):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, col, item)

    def _failed(self, exc: BaseException) -> None:
        self.state.setText(describe(exc))

    def cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return "" if item is None else item.text()


def _places(value: object) -> int:
    """Show kilograms with their decimals and pieces without."""
    text = str(value)
    return len(text.split(".", 1)[1]) if "." in text else 0
