"""Returns of collected web orders at the till (a page of the pickup screen).

The order is found by its number (typed, or the handover slip's barcode scanned); the clerk
picks the quantities coming back, whether they go back on the shelf, the reason and the
refund tender. Cash is recorded and the drawer opens; a card refund goes to the terminal
first and is recorded only once approved (a declined one changes nothing). The return is a
``ReturnDocument`` in the journal and the outbox (``PickupService.record_return``).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos.domain.errors import DomainError, PermissionDenied
from pos.domain.pickup import ReturnableLine, check_return
from pos.domain.roles import Action, Approval
from pos.services.payments import CardPayment
from pos.services.till import Till
from pos.store import StoredOrder
from pos.ui.bridge import Bridge
from pos.ui.messages import describe
from pos.ui.widgets.dialogs import PinDialog, parse_decimal

Message = Callable[[str, str], None]


class WebReturnPage(QWidget):
    def __init__(
        self, till: Till, bridge: Bridge, message: Message, done: Callable[[], None]
    ) -> None:
        super().__init__()
        self.till = till
        self.bridge = bridge
        self._message = message
        self._done = done
        self.stored: StoredOrder | None = None
        self.returnable: tuple[ReturnableLine, ...] = ()
        self._busy = False
        self._approval: Approval | None = None  # a supervisor's, for this return
        layout = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setObjectName("totalLabel")
        layout.addWidget(self.title)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Item"),
                self.tr("Taken home"),
                self.tr("Returned before"),
                self.tr("Brought back"),
                self.tr("Back on the shelf"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.itemChanged.connect(lambda _item: self._show_total())
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.reason = QComboBox()
        for text in (
            self.tr("Customer changed their mind"),
            self.tr("Damaged"),
            self.tr("Wrong item"),
            self.tr("Not as described"),
        ):
            self.reason.addItem(text)
        self.tender = QComboBox()
        self.tender.addItem(self.tr("Refund in cash"), "cash")
        if till.payments is not None:
            self.tender.addItem(self.tr("Refund to the card"), "card")
        self.total = QLabel()
        self.total.setObjectName("totalValue")
        for widget in (self.reason, self.tender):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.total)
        layout.addLayout(row)
        buttons = QHBoxLayout()
        self.refund_button = QPushButton(self.tr("Refund"))
        self.refund_button.clicked.connect(self.refund)
        back = QPushButton(self.tr("Back to the queue"))
        back.clicked.connect(done)
        buttons.addWidget(self.refund_button)
        buttons.addStretch(1)
        buttons.addWidget(back)
        layout.addLayout(buttons)

    def show_order(self, stored: StoredOrder, lines: tuple[ReturnableLine, ...]) -> None:
        self.stored, self.returnable = stored, lines
        self._busy = False
        self._approval = None
        fmt = self.till.formatter
        self.title.setText(
            self.tr("Return of web order {0} · {1}").format(
                stored.order.number, stored.order.customer_initials
            )
        )
        self.table.blockSignals(True)
        self.table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            places = 3 if line.sold_by == "weight" else 0
            for column, text in enumerate(
                (
                    line.name,
                    fmt.quantity(line.collected, places),
                    fmt.quantity(line.returned, places),
                )
            ):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.table.setItem(row, column, item)
            self.table.setItem(row, 3, QTableWidgetItem("0"))
            shelf = QTableWidgetItem()
            shelf.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            shelf.setCheckState(Qt.CheckState.Checked)
            self.table.setItem(row, 4, shelf)
        self.table.blockSignals(False)
        self.refund_button.setEnabled(True)
        self._show_total()

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        assert item is not None  # every cell is set in show_order
        return item

    def set_quantity(self, line_no: int, quantity: str, restock: bool = True) -> None:
        row = next(i for i, ln in enumerate(self.returnable) if ln.line_no == line_no)
        self._cell(row, 3).setText(quantity)
        state = Qt.CheckState.Checked if restock else Qt.CheckState.Unchecked
        self._cell(row, 4).setCheckState(state)

    def chosen(self) -> dict[int, tuple[Decimal, bool]] | None:
        """Quantity and restock per line; None (and a message) for a quantity that is no
        number."""
        out = {}
        for row, line in enumerate(self.returnable):
            text = self._cell(row, 3).text().strip() or "0"
            quantity = parse_decimal(text)
            if quantity is None or quantity < 0:
                self._message(self.tr("Type a number, e.g. 2 or 0,250."), "error")
                return None
            restock = self._cell(row, 4).checkState() == Qt.CheckState.Checked
            out[line.line_no] = (quantity, restock)
        return out

    def _show_total(self) -> None:
        chosen = self.chosen() if self.returnable else {}
        if chosen is None or self.till.pickup is None:
            return
        total = self.till.pickup.refund_total(
            self.returnable, {n: q for n, (q, _r) in chosen.items()}
        )
        self.total.setText(self.tr("To refund: {0}").format(self.till.formatter.money(total)))

    def refund(self) -> None:
        pickup = self.till.pickup
        chosen = self.chosen()
        if self.stored is None or chosen is None or pickup is None or self._busy:
            return
        quantities = {n: q for n, (q, _r) in chosen.items()}
        try:
            check_return(self.returnable, quantities)  # before a supervisor is called
            pickup.authorize_return(self._approval)
        except PermissionDenied as exc:
            self._ask_approval(exc)
            return
        except DomainError as exc:
            self._message(describe(exc), "error")
            return
        total = pickup.refund_total(self.returnable, quantities)
        return_id = str(uuid.uuid4())
        tender = str(self.tender.currentData())
        try:
            if tender == "card":
                payments = self.till.payments
                assert payments is not None
                self._busy = True
                self._message(self.tr("Follow the card terminal…"), "info")
                self.bridge.deliver(
                    payments.refund(total, return_id),
                    lambda payment: self._card_done(payment, chosen, return_id),
                    self._failed,
                )
                return
            self._record(chosen, "cash", return_id, None, ())
        except DomainError as exc:
            self._message(describe(exc), "error")

    def _ask_approval(self, exc: PermissionDenied) -> None:
        """A cashier pays money back only with a supervisor's PIN (then refund again)."""
        dialog = PinDialog(
            describe(exc) + "\n" + self.tr("A supervisor can approve with their PIN."), self
        )
        if not dialog.exec():
            self._message(self.tr("Not approved; nothing was refunded."), "warning")
            return
        self.bridge.deliver(
            self.till.approve(dialog.pin, Action.RETURN), self._approved, self._failed
        )

    def _approved(self, approval: Approval) -> None:
        self._approval = approval
        self.refund()

    def _card_done(
        self, payment: CardPayment, chosen: dict[int, tuple[Decimal, bool]], return_id: str
    ) -> None:
        if not payment.approved:
            self._busy = False
            self._message(
                self.tr("The card refund was not approved; nothing was refunded or recorded."),
                "error",
            )
            return
        self._record(chosen, "card", return_id, payment.tender_details(), payment.slips(False))

    def _record(
        self,
        chosen: dict[int, tuple[Decimal, bool]],
        tender: str,
        return_id: str,
        details: dict[str, str] | None,
        slips: tuple[tuple[str, ...], ...],
    ) -> None:
        pickup = self.till.pickup
        assert pickup is not None and self.stored is not None
        stored = self.stored
        future = pickup.record_return(
            stored,
            self.returnable,
            chosen,
            self.reason.currentText(),
            tender,
            return_id,
            details,
            self._approval,
        )
        self._busy = True
        self.bridge.deliver(
            future, lambda doc: self._recorded(stored, doc, tender, slips), self._failed
        )

    def _recorded(
        self,
        stored: StoredOrder,
        document: dict[str, Any],
        tender: str,
        slips: tuple[tuple[str, ...], ...],
    ) -> None:
        self._busy = False
        slip = self.till.pickup_slips.web_return(stored.order, document, self.till.now(), slips)
        self.bridge.deliver(self.till.print_documents([slip]), lambda _r: None, self._failed)
        if tender == "cash" and self.till.printing is not None:
            self.bridge.deliver(self.till.printing.open_drawer(), lambda _r: None, self._failed)
        total = self.till.formatter.money(self.till.money(str(document["total"])))
        self._done()
        self._message(
            self.tr("Return of {0} recorded; refunded {1}.").format(stored.order.number, total),
            "info",
        )

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self._message(describe(exc), "error")
