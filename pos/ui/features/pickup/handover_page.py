"""Handing a ready order over: found by the customer's pickup QR (verified on this till) or
by code and surname (asked of the hub), taken for this till, the bags' lines ticked off; an
order paid online is collected here, an unpaid one leaves as a :class:`PaymentRequest`."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos.domain import pickup as rules
from pos.domain.money import Money
from pos.domain.pickup import PickList
from pos.services.pickup import StepOutcome, pick_list
from pos.store import StoredOrder
from pos.ui.features.pickup.code_dialogs import PickupCodeDialog
from pos.ui.features.pickup.common import PaymentRequest, PickupHost
from pos.ui.messages import describe


class HandoverPage(QWidget):
    def __init__(self, host: PickupHost) -> None:
        super().__init__()
        self.host = host
        self.till = host.till
        self.stored: StoredOrder | None = None
        self.picks: PickList | None = None
        layout = QVBoxLayout(self)
        self.hand_title = QLabel()
        self.hand_title.setObjectName("totalLabel")
        layout.addWidget(self.hand_title)
        self.bag_lines = QTableWidget(0, 3)
        self.bag_lines.setHorizontalHeaderLabels(
            [self.tr("In the bags"), self.tr("Quantity"), self.tr("Customer takes it")]
        )
        bag_header = self.bag_lines.horizontalHeader()
        bag_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # a few lines
        bag_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.bag_lines.verticalHeader().setVisible(False)
        self.bag_lines.itemChanged.connect(lambda _item: self._show_due())
        layout.addWidget(self.bag_lines, 1)
        self.due = QLabel()
        self.due.setObjectName("totalValue")
        layout.addWidget(self.due)
        buttons = QHBoxLayout()
        self.hand_button = QPushButton()
        self.hand_button.clicked.connect(self.hand_over)
        back = QPushButton(self.tr("Back to the queue"))
        back.clicked.connect(self._leave)
        buttons.addWidget(self.hand_button)
        buttons.addStretch(1)
        buttons.addWidget(back)
        layout.addLayout(buttons)

    def clear(self) -> None:
        self.stored = None
        self.picks = None

    def by_code(self) -> None:
        """The customer's pickup code and surname, checked with the hub."""
        dialog = PickupCodeDialog(self.host.dialog_parent())
        if not dialog.exec():
            return
        self.host.busy = True
        self.host.show_message(self.tr("Checking the code with the hub…"), "info")
        self.host.bridge.deliver(
            self.host.service.verify_code(dialog.code.text(), dialog.surname.text()),
            self._start,
            self.host.error,
        )

    def by_qr(self, token: str) -> None:
        """A scanned pickup QR: verified on this till, then the order is taken for the
        handover (the hub refuses a second till)."""
        self.host.busy = True
        self.host.bridge.deliver(
            self.host.service.verify_qr(token), self._claim_for_handover, self.host.error
        )

    def _claim_for_handover(self, stored: StoredOrder) -> None:
        self.host.bridge.deliver(
            self.host.service.claim(stored.order.order_id), self._claimed, self.host.error
        )

    def _claimed(self, outcome: StepOutcome) -> None:
        if outcome.result == "refused":
            assert outcome.error is not None
            self.host.error(outcome.error)
            return
        self._start(outcome.order)

    def _start(self, stored: StoredOrder) -> None:
        self.host.busy = False
        self.host.hide_message()
        self.stored = stored
        self.picks = pick_list(stored)
        order = stored.order
        self.hand_title.setText(
            self.tr("Handover {0} · {1} {2} · {3} bag(s)").format(
                order.number, order.customer_initials, order.customer_masked, order.bags
            )
        )
        fmt = self.till.formatter
        self.bag_lines.blockSignals(True)
        self.bag_lines.setRowCount(len(self.picks.lines))
        for row, line in enumerate(self.picks.lines):
            places = 3 if line.sold_by == "weight" else 0
            name = line.name
            if line.substitute is not None:
                name = self.tr("{0} (instead of {1})").format(line.substitute.name, line.name)
            elif line.short and line.picked == 0:
                name = self.tr("{0} (not available)").format(line.name)
            self.bag_lines.setItem(row, 0, QTableWidgetItem(name))
            self.bag_lines.setItem(row, 1, QTableWidgetItem(fmt.quantity(line.handed, places)))
            take = QTableWidgetItem()
            if line.handed > 0:
                take.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
                take.setCheckState(Qt.CheckState.Checked)
            else:
                take.setFlags(Qt.ItemFlag.NoItemFlags)
            self.bag_lines.setItem(row, 2, take)
        self.bag_lines.blockSignals(False)
        if order.paid_online:
            self.hand_button.setText(self.tr("Hand over"))
        else:
            self.hand_button.setText(self.tr("Take payment and hand over"))
        self.hand_button.setEnabled(True)
        self._show_due()
        self.host.show_page(self)

    def handed(self) -> dict[int, Decimal]:
        """What the customer takes, per line (0 for lines left behind)."""
        assert self.picks is not None
        out = {}
        for row, line in enumerate(self.picks.lines):
            item = self.bag_lines.item(row, 2)
            taken = item is not None and item.checkState() == Qt.CheckState.Checked
            out[line.line_no] = line.handed if taken else Decimal(0)
        return out

    def set_taken(self, line_no: int, taken: bool) -> None:
        assert self.picks is not None
        row = next(i for i, ln in enumerate(self.picks.lines) if ln.line_no == line_no)
        item = self.bag_lines.item(row, 2)
        if item is not None and item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            item.setCheckState(Qt.CheckState.Checked if taken else Qt.CheckState.Unchecked)

    def _show_due(self) -> None:
        if self.stored is None or self.picks is None:
            return
        handed = self.handed()
        total = Money.zero(self.till.currency)
        for line in self.picks.lines:
            sub = line.substitute
            price = line.unit_price_minor if sub is None else sub.unit_price_minor
            total += Money.from_minor(price, self.till.currency).times(handed[line.line_no])
        fmt = self.till.formatter
        if self.stored.order.paid_online:
            self.due.setText(self.tr("Paid online: {0}").format(fmt.money(total)))
        else:
            self.due.setText(self.tr("To pay now: {0}").format(fmt.money(total)))

    def hand_over(self) -> None:
        host = self.host
        if self.stored is None or self.picks is None or host.busy:
            return
        handed = self.handed()
        if not any(q > 0 for q in handed.values()):
            host.show_message(self.tr("Nothing is being handed over."), "warning")
            return
        if not self.stored.order.paid_online:
            host.request_payment(PaymentRequest(self.stored, self.picks, handed))
            return
        host.busy = True
        order_id = self.stored.order.order_id
        host.bridge.deliver(
            host.service.collect(order_id, handed, None),
            lambda outcome: self._collected(outcome, handed),
            host.error,
        )

    def _collected(self, outcome: StepOutcome, handed: dict[int, Decimal]) -> None:
        host = self.host
        host.busy = False
        if outcome.result == "refused":
            assert outcome.error is not None
            host.show_message(describe(outcome.error))
            self.hand_button.setEnabled(False)
            return
        assert self.picks is not None
        order = outcome.order.order
        slip = self.till.pickup_slips.handover(
            order, self.picks, handed, self.till.now(), receipt_no=None
        )
        host.bridge.deliver(self.till.print_documents([slip]), lambda _r: None, host.error)
        if outcome.result == "offline":
            text = self.tr(
                "Order {0} handed over; the hub will hear of it when the till is back online."
            )
        else:
            text = self.tr("Order {0} handed over.")
        host.show_queue()
        host.show_message(text.format(order.number), "info")

    def _leave(self) -> None:
        """Back without handing over: the order is let go, another till may hand it over."""
        if self.stored is not None and self.stored.state == rules.READY:
            self.host.bridge.deliver(
                self.host.service.release(self.stored.order.order_id),
                lambda _o: None,
                self.host.error,
            )
        self.host.show_queue()
