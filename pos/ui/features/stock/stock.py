"""Stock elsewhere (Ctrl+E, the endless aisle): the selected line's product in the other
stores and the warehouse, asked of the hub."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from pos.ui.features.base import Feature, TillAction
from pos.ui.features.stock.stock_dialog import StockDialog
from pos.ui.features.sync_records.sync_records import SyncRecords


class Stock(Feature):
    def actions(self) -> Sequence[TillAction]:
        label = QCoreApplication.translate("TillScreen", "Stock")
        return [TillAction("Ctrl+E", label, self.show_stock)]

    def attach(self) -> None:
        self._sync = self.screen.feature(SyncRecords)

    def show_stock(self) -> None:
        """Endless aisle for the selected line's product."""
        line_no = self.screen.need_line()
        sale = self.screen.sale
        if line_no is None or sale is None:
            return
        product = sale.line(line_no).product
        self.open_stock(product.product_id, product.name)

    def open_stock(self, product_id: str, name: str) -> None:
        sync = self._sync.sync_service()
        if sync is None:
            return
        StockDialog(
            sync,
            self.bridge,
            self.till.formatter,
            product_id,
            name,
            self.parent_widget,
            self.till.settings.language,
        ).exec()
        self.screen.back_to_scan()
