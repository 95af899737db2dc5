"""Picking a claimed order: every scan is checked against the order, a line can be marked
short or given a substitute (with or without the customer's consent), then the bags are
labelled and the order is ready; or the order is let go for another till."""

from __future__ import annotations

import logging
from decimal import Decimal

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pos.domain import pickup as rules
from pos.domain.catalog import ProductInfo
from pos.domain.errors import DomainError
from pos.domain.pickup import PickList, Substitute
from pos.domain.scan_meaning import ScanMeaning, scanned_item
from pos.services.pickup import StepOutcome, pick_list
from pos.store import StoredOrder
from pos.ui.features.pickup.common import PickupHost
from pos.ui.messages import describe
from pos.ui.widgets.dialogs import NumberDialog

log = logging.getLogger(__name__)


class PickingPage(QWidget):
    def __init__(self, host: PickupHost) -> None:
        super().__init__()
        self.host = host
        self.till = host.till
        self.stored: StoredOrder | None = None
        self.picks: PickList | None = None
        self._substitute_for: int | None = None
        layout = QVBoxLayout(self)
        self.pick_title = QLabel()
        self.pick_title.setObjectName("totalLabel")
        layout.addWidget(self.pick_title)
        self.lines = QTableWidget(0, 4)
        self.lines.setHorizontalHeaderLabels(
            [self.tr("Item"), self.tr("Ordered"), self.tr("Picked"), self.tr("Status")]
        )
        self.lines.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.lines.verticalHeader().setVisible(False)
        self.lines.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.lines.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        layout.addWidget(self.lines, 1)
        buttons = QHBoxLayout()
        self.short_button = QPushButton(self.tr("Mark short"))
        self.short_button.clicked.connect(self.mark_short)
        self.substitute_button = QPushButton(self.tr("Substitute…"))
        self.substitute_button.clicked.connect(self.offer_substitute)
        self.print_button = QPushButton(self.tr("Print pick list"))
        self.print_button.clicked.connect(self.print_pick_list)
        self.bags = QSpinBox()
        self.bags.setRange(1, 20)
        self.bags.setPrefix(self.tr("Bags: "))
        self.ready_button = QPushButton(self.tr("Ready for pickup"))
        self.ready_button.clicked.connect(self.mark_ready)
        self.release_button = QPushButton(self.tr("Let go of it"))
        self.release_button.clicked.connect(self.release)
        back = QPushButton(self.tr("Back to the queue"))
        back.clicked.connect(host.show_queue)
        for widget in (
            self.short_button,
            self.substitute_button,
            self.print_button,
            self.bags,
            self.ready_button,
            self.release_button,
        ):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(back)
        layout.addLayout(buttons)

    def clear(self) -> None:
        self.stored = None
        self.picks = None
        self._substitute_for = None

    def start(self, stored: StoredOrder) -> None:
        self.host.busy = False
        self.stored = stored
        self.picks = pick_list(stored)
        order = stored.order
        self.pick_title.setText(
            self.tr("Picking {0} · {1} · ready by {2}").format(
                order.number,
                order.customer_initials,
                self.till.formatter.datetime(order.promised_at),
            )
        )
        self.set_enabled(True)
        self._show_picks()
        self.host.show_page(self)

    def set_enabled(self, enabled: bool) -> None:
        for button in (
            self.short_button,
            self.substitute_button,
            self.ready_button,
            self.release_button,
        ):
            button.setEnabled(enabled)

    def _show_picks(self) -> None:
        picks = self.picks
        if picks is None:
            return
        fmt = self.till.formatter
        self.lines.setRowCount(len(picks.lines))
        for row, line in enumerate(picks.lines):
            places = 3 if line.sold_by == "weight" else 0
            if line.substitute is not None:
                status = self.tr("substitute: {0} × {1} ({2})").format(
                    fmt.quantity(line.substitute.quantity, places),
                    line.substitute.name,
                    self.tr("customer agreed")
                    if line.substitute.consent
                    else self.tr("no consent"),
                )
            elif line.short:
                status = self.tr("short")
            elif line.picked_enough:
                status = self.tr("picked ✓")
            else:
                status = self.tr("to pick")
            cells = (
                line.name,
                fmt.quantity(line.ordered, places),
                fmt.quantity(line.picked, places),
                status,
            )
            for column, text in enumerate(cells):
                self.lines.setItem(row, column, QTableWidgetItem(text))
        if self.lines.currentRow() < 0 and picks.lines:
            self.lines.selectRow(0)

    def scanned(self, product: ProductInfo, meaning: ScanMeaning) -> None:
        """A product scanned while picking: picks it (or is the substitute asked for)."""
        code = meaning.product
        assert code is not None
        try:
            item = scanned_item(product, code, meaning.text)
        except DomainError as exc:
            self.host.show_message(describe(exc))
            return
        if self._substitute_for is not None:
            self._substitute(item.product, item.quantity)
            return
        quantity = item.quantity
        if quantity is None:
            if product.sold_by.value == "weight":
                self.host.show_message(
                    self.tr("Scan the weight label of {0}.").format(product.name)
                )
                return
            quantity = Decimal(1)
        self._pick(item.product, quantity)

    def _pick(self, product: ProductInfo, quantity: Decimal) -> None:
        if self.picks is None or self.stored is None:
            return
        try:
            self.picks, line = self.picks.pick(product.product_id, quantity, product.name)
        except DomainError as exc:
            log.info("pickup %s: scan refused: %s", self.picks.number, exc.code)
            self.host.show_message(describe(exc))
            return
        self.host.hide_message()
        self.host.service.save_picking(self.stored.order.order_id, self.picks)
        self._show_picks()
        self.lines.selectRow(next(i for i, ln in enumerate(self.picks.lines) if ln == line))

    def _selected_pick_line(self) -> int | None:
        if self.picks is None:
            return None
        row = self.lines.currentRow()
        if row < 0:
            self.host.show_message(self.tr("Select a line first."), "warning")
            return None
        return self.picks.lines[row].line_no

    def mark_short(self) -> None:
        line_no = self._selected_pick_line()
        if line_no is None or self.picks is None or self.stored is None:
            return
        self.picks = self.picks.mark_short(line_no)
        self.host.service.save_picking(self.stored.order.order_id, self.picks)
        self._show_picks()

    def offer_substitute(self) -> None:
        line_no = self._selected_pick_line()
        if line_no is None or self.picks is None:
            return
        self._substitute_for = line_no
        self.host.show_message(
            self.tr("Scan the substitute for {0} (or pick another action to cancel).").format(
                self.picks.line(line_no).name
            ),
            "info",
        )

    def _substitute(self, product: ProductInfo, quantity: Decimal | None) -> None:
        line_no, self._substitute_for = self._substitute_for, None
        if line_no is None or self.picks is None or self.stored is None:
            return
        line = self.picks.line(line_no)
        parent = self.host.dialog_parent()
        if quantity is None:
            dialog = NumberDialog(
                self.tr("Substitute"),
                self.tr("How much of {0} instead of {1}?").format(product.name, line.name),
                str(line.ordered.normalize()),
                parent,
            )
            if not dialog.exec() or dialog.value is None or dialog.value <= 0:
                self.host.hide_message()
                return
            quantity = dialog.value
        answer = QMessageBox.question(
            parent,
            self.tr("Substitute"),
            self.tr("Did the customer agree to {0} instead of {1}?").format(
                product.name, line.name
            ),
        )
        consent = answer == QMessageBox.StandardButton.Yes
        substitute = Substitute(
            product.product_id, product.name, quantity, product.unit_price.minor, consent
        )
        self.picks = self.picks.offer_substitute(line_no, substitute)
        self.host.service.save_picking(self.stored.order.order_id, self.picks)
        self.host.hide_message()
        self._show_picks()

    def print_pick_list(self) -> None:
        if self.stored is None or self.picks is None:
            return
        order = self.stored.order
        codes = {line.line_no: line.barcodes[0] for line in order.lines if line.barcodes}
        slip = self.till.pickup_slips.pick_list(order, self.picks, codes)
        self.host.bridge.deliver(
            self.till.print_documents([slip]), lambda _r: None, self.host.error
        )

    def mark_ready(self) -> None:
        if self.stored is None or self.picks is None or self.host.busy:
            return
        try:
            future = self.host.service.mark_ready(
                self.stored.order.order_id, self.picks, self.bags.value()
            )
        except DomainError as exc:
            self.host.show_message(describe(exc))
            return
        self.host.busy = True
        self.host.bridge.deliver(future, self._readied, self.host.error)

    def _readied(self, outcome: StepOutcome) -> None:
        host = self.host
        host.busy = False
        if outcome.result == "refused":
            assert outcome.error is not None
            host.show_message(describe(outcome.error))
            self.start(outcome.order)
            self.set_enabled(outcome.order.state in rules.OPEN_STATES)
            return
        order = outcome.order.order
        labels = self.till.pickup_slips.bag_labels(order, self.bags.value())
        host.bridge.deliver(self.till.print_documents(labels), lambda _r: None, host.error)
        if outcome.result == "offline":
            text = self.tr(
                "Order {0} is ready here; the hub (and the customer) will hear of it when the "
                "till is back online."
            ).format(order.number)
            host.show_message(text, "warning")
        else:
            text = self.tr("Order {0} is ready; the customer has been notified.").format(
                order.number
            )
            host.show_message(text, "info")
        host.show_queue()

    def release(self) -> None:
        if self.stored is None or self.host.busy:
            return
        self.host.busy = True
        self.host.bridge.deliver(
            self.host.service.release(self.stored.order.order_id, self.picks),
            lambda _outcome: self._released(),
            self.host.error,
        )

    def _released(self) -> None:
        self.host.busy = False
        self.host.show_queue()
