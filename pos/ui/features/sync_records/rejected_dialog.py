"""Records the hub refused (poisoned), for a manager: what, when, and the hub's reason.

They never block the queue; a manager can send one again once the cause is fixed at the hub
(an unknown product created, a store id corrected). Below them, the sales whose promo code
the hub found used up already (honoured at two tills while offline): the sales stand, the
manager decides what to do.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos.domain.money import Currency, Money
from pos.locale_format import LocaleFormatter
from pos.services.sync import SyncService
from pos.store import OutboxItem, RedemptionRow
from pos.ui.bridge import Bridge
from pos.ui.messages import describe


class RejectedRecordsDialog(QDialog):
    def __init__(
        self,
        sync: SyncService,
        bridge: Bridge,
        formatter: LocaleFormatter,
        parent: QWidget | None = None,
        currency: Currency | None = None,
    ) -> None:
        super().__init__(parent)
        self._sync = sync
        self._bridge = bridge
        self._fmt = formatter
        self.items: list[OutboxItem] = []
        self._currency = currency
        self.setWindowTitle(self.tr("Records refused by the hub"))
        self.resize(980, 460)
        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr(
                "The hub refused these records as invalid. They are kept here and do not hold "
                "up the others. Fix the cause at the hub, then send a record again."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Recorded"), self.tr("Kind"), self.tr("Id"), self.tr("Reason")]
        )
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table, 1)
        layout.addWidget(QLabel(self.tr("Promo codes the hub found used twice")))
        self.double_uses = QTableWidget(0, 4)
        self.double_uses.setHorizontalHeaderLabels(
            [self.tr("Recorded"), self.tr("Sale"), self.tr("Promotion"), self.tr("Discount")]
        )
        self.double_uses.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.double_uses.verticalHeader().setVisible(False)
        self.double_uses.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.double_uses, 1)
        self.state = QLabel()
        layout.addWidget(self.state)
        buttons = QHBoxLayout()
        self.retry = QPushButton(self.tr("Send again"))
        self.retry.clicked.connect(self.send_again)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons.addWidget(self.retry)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        self._bridge.deliver(self._sync.poisoned(), self.show_items, self._failed)
        self._bridge.deliver(self._sync.double_uses(), self.show_double_uses, self._failed)

    def show_double_uses(self, rows: list[RedemptionRow]) -> None:
        self.double_uses.setRowCount(len(rows))
        for row, use in enumerate(rows):
            amount = str(use.discount)
            if self._currency is not None:
                amount = self._fmt.money(Money.of(use.discount, self._currency))
            if use.offline_risk:
                amount = self.tr("{0} (given offline)").format(amount)
            cells = (self._fmt.datetime(use.recorded_at), use.sale_id, use.promotion_id, amount)
            for col, text in enumerate(cells):
                self.double_uses.setItem(row, col, QTableWidgetItem(text))

    def show_items(self, items: list[OutboxItem]) -> None:
        self.items = items
        kinds = {"sale": self.tr("sale"), "sale_void": self.tr("voided sale")}
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            cells = (
                self._fmt.datetime(item.created_at),
                kinds.get(item.kind, item.kind),
                item.ref,
                item.last_error or "",
            )
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))
        if items:
            self.table.selectRow(0)
        self.state.setText("" if items else self.tr("No refused records."))
        self.retry.setEnabled(bool(items))

    def send_again(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.items):
            return
        self._bridge.deliver(
            self._sync.retry_poisoned(self.items[row].id), lambda _ok: self.reload(), self._failed
        )

    def _failed(self, exc: BaseException) -> None:
        self.state.setText(describe(exc))
