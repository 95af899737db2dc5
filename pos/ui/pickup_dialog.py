"""The pickup screen (Ctrl+O): the live queue, scan-verified picking and the handover.

Everything slow runs in ``PickupService`` (db and sync-ui workers) and comes back through the
bridge; the queue reloads when the sync engine or this till changes an order
(``PickupOrdersChanged``), so new web orders appear without a refresh. While the screen is
open every scan comes here (the till screen's ``scan_listener``): a product scan picks, a
pickup QR starts the handover. An unpaid order leaves the screen with a
:class:`PaymentRequest`: the till screen puts its lines into the sale, the normal payment
dialog takes the money, and the collection names that sale.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from drivers.scanner import ScanRead
from pos.domain import pickup as rules
from pos.domain.catalog import ProductInfo
from pos.domain.errors import DomainError
from pos.domain.money import Money
from pos.domain.pickup import PickList, ReturnableLine, Substitute
from pos.domain.scan_meaning import Route, ScanMeaning, scanned_item
from pos.events import Event
from pos.services.pickup import PickupService, StepOutcome, pick_list
from pos.services.pickup_errors import OrderCancelledWhilePicking
from pos.services.till import Till
from pos.store import QueueRow, StoredOrder
from pos.sync import PickupOrdersChanged
from pos.ui.bridge import Bridge
from pos.ui.dialogs import NumberDialog, _Base
from pos.ui.messages import describe
from pos.ui.pickup_queue import PickupQueueModel, state_label
from pos.ui.pickup_return import WebReturnPage

log = logging.getLogger(__name__)

Listener = Callable[[ScanRead], None]
ORDER_NUMBER = re.compile(r"^W-\d{4,9}$")  # what pos.hub.pickup numbers orders
TICK_MS = 30_000  # the queue's ages and overdue badges move on by the half minute


@dataclass(frozen=True, slots=True)
class PaymentRequest:
    """An unpaid order to be paid through the normal sale: what is handed over, per line."""

    stored: StoredOrder
    picks: PickList
    handed: dict[int, Decimal]


class PickupCodeDialog(_Base):
    """The customer's typed pickup code and surname (when the phone is dead)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Hand over by code"),
            self.tr("Type the customer's pickup code and ask for their surname."),
            parent,
        )
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("Pickup code, e.g. 7KQ2MX"))
        self.code.setMaxLength(12)
        self.surname = QLineEdit()
        self.surname.setPlaceholderText(self.tr("Surname"))
        self.surname.returnPressed.connect(self._accept)
        for widget in (self.code, self.surname, self.error, self._buttons()):
            self.layout_.addWidget(widget)

    def _accept(self) -> None:
        if not self.code.text().strip() or not self.surname.text().strip():
            self.error.setText(self.tr("Both the code and the surname are needed."))
            return
        self.accept()


class OrderNumberDialog(_Base):
    """The number of a web order to take goods back from."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Return of a web order"),
            self.tr("Type the order number from the handover slip (or scan its barcode)."),
            parent,
        )
        self.number = QLineEdit()
        self.number.setPlaceholderText("W-10000")
        self.number.returnPressed.connect(self._accept)
        for widget in (self.number, self.error, self._buttons()):
            self.layout_.addWidget(widget)

    def _accept(self) -> None:
        if not ORDER_NUMBER.match(self.number.text().strip().upper()):
            self.error.setText(self.tr("An order number looks like W-10042."))
            return
        self.accept()


class PickupDialog(QDialog):
    QUEUE, PICKING, HANDOVER, RETURN = 0, 1, 2, 3

    def __init__(
        self,
        till: Till,
        bridge: Bridge,
        set_listener: Callable[[Listener | None], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        assert till.pickup is not None
        self.till = till
        self.service: PickupService = till.pickup
        self.bridge = bridge
        self._set_listener = set_listener
        self.stored: StoredOrder | None = None
        self.picks: PickList | None = None
        self.payment_request: PaymentRequest | None = None
        self._substitute_for: int | None = None
        self._busy = False
        self.setWindowTitle(self.tr("Pickup orders"))
        self.resize(1100, 680)
        self._build()
        bridge.core_event.connect(self._on_event)
        self._closed = False  # answers arriving after the screen closed are dropped
        self._loading = False  # a queue read is on its way
        self._again = False  # ...and another change came meanwhile: read once more after
        self._tick = QTimer(self)
        self._tick.timeout.connect(lambda: self.model.tick())
        self._tick.start(TICK_MS)
        set_listener(self.handle_read)
        self.finished.connect(lambda _result: self._closing())
        self.reload()

    # --- layout --------------------------------------------------------------------------

    def _build(self) -> None:
        root = QVBoxLayout(self)
        top = QHBoxLayout()
        self.scan = QLineEdit()
        self.scan.setObjectName("scanField")
        self.scan.setPlaceholderText(
            self.tr("Scan an item or a pickup QR code (or type a barcode)")
        )
        self.scan.returnPressed.connect(self._typed)
        top.addWidget(self.scan, 1)
        root.addLayout(top)
        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        root.addWidget(self.banner)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._queue_page())
        self.pages.addWidget(self._picking_page())
        self.pages.addWidget(self._handover_page())
        self.returns = WebReturnPage(
            self.till,
            self.bridge,
            lambda text, kind: self.show_message(text, kind),
            self.show_queue,
        )
        self.pages.addWidget(self.returns)
        root.addWidget(self.pages, 1)

    def _queue_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        bar = QHBoxLayout()
        self.filter = QComboBox()
        for key, text in (
            ("open", self.tr("Open orders")),
            (rules.NEW, self.tr("New")),
            (rules.PICKING, self.tr("Being picked")),
            (rules.READY, self.tr("Ready for pickup")),
            ("all", self.tr("All, closed too")),
        ):
            self.filter.addItem(text, key)
        self.filter.currentIndexChanged.connect(lambda _i: self.reload())
        bar.addWidget(self.filter)
        self.summary = QLabel()
        bar.addWidget(self.summary, 1)
        layout.addLayout(bar)
        self.model = PickupQueueModel(self.till.formatter, self.till.settings.store.till_id)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(34)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        digits = self.table.fontMetrics().horizontalAdvance("0")
        for column, chars in ((0, 10), (2, 22), (3, 6), (4, 11), (5, 10), (6, 14)):
            header.resizeSection(column, digits * chars + 16)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.pick_button = QPushButton(self.tr("Pick the order"))
        self.pick_button.setDefault(True)
        self.pick_button.clicked.connect(self.open_selected)
        self.code_button = QPushButton(self.tr("Hand over by code…"))
        self.code_button.clicked.connect(self.hand_over_by_code)
        self.return_button = QPushButton(self.tr("Return of a web order…"))
        self.return_button.clicked.connect(self.ask_return)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        for button in (self.pick_button, self.code_button, self.return_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        return page

    def _picking_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
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
        back.clicked.connect(self.show_queue)
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
        return page

    def _handover_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
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
        back.clicked.connect(self._leave_handover)
        buttons.addWidget(self.hand_button)
        buttons.addStretch(1)
        buttons.addWidget(back)
        layout.addLayout(buttons)
        return page

    # --- messages ------------------------------------------------------------------------

    def show_message(self, text: str, kind: str = "error") -> None:
        self.banner.setText(text)
        self.banner.setProperty("kind", kind)
        self.banner.style().unpolish(self.banner)
        self.banner.style().polish(self.banner)
        self.banner.show()

    def _error(self, exc: BaseException) -> None:
        self._busy = False
        self.show_message(describe(exc), "error")

    # --- the queue -----------------------------------------------------------------------

    def reload(self) -> None:
        """Read the queue again; changes arriving while a read is on its way are coalesced
        into one more read (a burst of orders costs two reads, not one per order)."""
        if self.till.pickup is None or self._closed:  # the till is shutting down
            return
        if self._loading:
            self._again = True
            return
        self._loading = True
        key = self.filter.currentData()
        self.bridge.deliver(
            self.service.queue(include_closed=key == "all"),
            self._show_queue_rows,
            self._queue_failed,
        )

    def _queue_failed(self, exc: BaseException) -> None:
        self._loading = self._again = False
        self._error(exc)

    def _show_queue_rows(self, rows: list[QueueRow]) -> None:
        self._loading = False
        if self._closed:
            return
        if self._again:
            self._again = False
            self.reload()
        key = self.filter.currentData()
        if key not in ("open", "all"):
            rows = [r for r in rows if r.state == key]
        selected = self._selected_row()
        self.model.set_rows(rows)
        if selected is not None and (row := self.model.row_of(selected.order_id)) >= 0:
            self.table.selectRow(row)
        elif rows:
            self.table.selectRow(0)
        counts = self.model.counts()
        self.summary.setText(
            self.tr("{0} new · {1} being picked · {2} ready · {3} overdue").format(
                counts.get(rules.NEW, 0),
                counts.get(rules.PICKING, 0),
                counts.get(rules.READY, 0),
                self.model.overdue_count(),
            )
        )

    def _selected_row(self) -> QueueRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def select_order_number(self, number: str) -> bool:
        """Select the queue's row of an order (False when the queue does not show it)."""
        numbers = self.queue_numbers()
        if number not in numbers:
            return False
        self.table.setCurrentIndex(self.model.index(numbers.index(number), 0))
        return True

    def show_queue(self) -> None:
        self.stored = None
        self.picks = None
        self._substitute_for = None
        self.pages.setCurrentIndex(self.QUEUE)
        self.reload()

    def open_selected(self) -> None:
        row = self._selected_row()
        if row is None or self._busy:
            return
        mine = row.claimed_by in (None, self.till.settings.store.till_id) or not row.confirmed
        if row.state == rules.NEW or (row.state == rules.PICKING and mine):
            self._busy = True
            if row.state == rules.NEW:
                self.bridge.deliver(self.service.claim(row.order_id), self._claimed, self._error)
            else:
                self.bridge.deliver(
                    self.service.order(row.order_id), self._start_picking, self._error
                )
        elif row.state == rules.PICKING:
            self.show_message(
                self.tr("Order {0} is being picked at till {1}.").format(row.number, row.claimed_by)
            )
        elif row.state == rules.READY:
            self.show_message(
                self.tr(
                    "Order {0} is ready: scan the customer's pickup QR code or use "
                    "“Hand over by code…”."
                ).format(row.number),
                "info",
            )
        else:
            self.show_message(
                self.tr("Order {0} is {1}.").format(row.number, state_label(row.state)), "info"
            )

    def _claimed(self, outcome: StepOutcome) -> None:
        self._busy = False
        if outcome.result == "refused":
            assert outcome.error is not None
            self.show_message(describe(outcome.error))
            self.reload()
            return
        if outcome.result == "offline":
            self.show_message(
                self.tr("Offline: picking is recorded here and sent when the hub is back."),
                "warning",
            )
        else:
            self.banner.hide()
        self._start_picking(outcome.order)

    # --- picking -------------------------------------------------------------------------

    def _start_picking(self, stored: StoredOrder) -> None:
        self._busy = False
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
        self._set_picking_enabled(True)
        self._show_picks()
        self.pages.setCurrentIndex(self.PICKING)

    def _set_picking_enabled(self, enabled: bool) -> None:
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

    def _pick(self, product: ProductInfo, quantity: Decimal) -> None:
        if self.picks is None or self.stored is None:
            return
        try:
            self.picks, line = self.picks.pick(product.product_id, quantity, product.name)
        except DomainError as exc:
            log.info("pickup %s: scan refused: %s", self.picks.number, exc.code)
            self.show_message(describe(exc))
            return
        self.banner.hide()
        self.service.save_picking(self.stored.order.order_id, self.picks)
        self._show_picks()
        self.lines.selectRow(next(i for i, ln in enumerate(self.picks.lines) if ln == line))

    def _selected_pick_line(self) -> int | None:
        if self.picks is None:
            return None
        row = self.lines.currentRow()
        if row < 0:
            self.show_message(self.tr("Select a line first."), "warning")
            return None
        return self.picks.lines[row].line_no

    def mark_short(self) -> None:
        line_no = self._selected_pick_line()
        if line_no is None or self.picks is None or self.stored is None:
            return
        self.picks = self.picks.mark_short(line_no)
        self.service.save_picking(self.stored.order.order_id, self.picks)
        self._show_picks()

    def offer_substitute(self) -> None:
        line_no = self._selected_pick_line()
        if line_no is None or self.picks is None:
            return
        self._substitute_for = line_no
        self.show_message(
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
        if quantity is None:
            dialog = NumberDialog(
                self.tr("Substitute"),
                self.tr("How much of {0} instead of {1}?").format(product.name, line.name),
                str(line.ordered.normalize()),
                self,
            )
            if not dialog.exec() or dialog.value is None or dialog.value <= 0:
                self.banner.hide()
                return
            quantity = dialog.value
        answer = QMessageBox.question(
            self,
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
        self.service.save_picking(self.stored.order.order_id, self.picks)
        self.banner.hide()
        self._show_picks()

    def print_pick_list(self) -> None:
        if self.stored is None or self.picks is None:
            return
        order = self.stored.order
        codes = {line.line_no: line.barcodes[0] for line in order.lines if line.barcodes}
        slip = self.till.pickup_slips.pick_list(order, self.picks, codes)
        self.bridge.deliver(self.till.print_documents([slip]), lambda _r: None, self._error)

    def mark_ready(self) -> None:
        if self.stored is None or self.picks is None or self._busy:
            return
        try:
            future = self.service.mark_ready(
                self.stored.order.order_id, self.picks, self.bags.value()
            )
        except DomainError as exc:
            self.show_message(describe(exc))
            return
        self._busy = True
        self.bridge.deliver(future, self._readied, self._error)

    def _readied(self, outcome: StepOutcome) -> None:
        self._busy = False
        if outcome.result == "refused":
            assert outcome.error is not None
            self.show_message(describe(outcome.error))
            self._start_picking(outcome.order)
            self._set_picking_enabled(outcome.order.state in rules.OPEN_STATES)
            return
        order = outcome.order.order
        labels = self.till.pickup_slips.bag_labels(order, self.bags.value())
        self.bridge.deliver(self.till.print_documents(labels), lambda _r: None, self._error)
        if outcome.result == "offline":
            text = self.tr(
                "Order {0} is ready here; the hub (and the customer) will hear of it when the "
                "till is back online."
            ).format(order.number)
            self.show_message(text, "warning")
        else:
            text = self.tr("Order {0} is ready; the customer has been notified.").format(
                order.number
            )
            self.show_message(text, "info")
        self.show_queue()

    def release(self) -> None:
        if self.stored is None or self._busy:
            return
        self._busy = True
        self.bridge.deliver(
            self.service.release(self.stored.order.order_id, self.picks),
            lambda _outcome: self._released(),
            self._error,
        )

    def _released(self) -> None:
        self._busy = False
        self.show_queue()

    # --- the handover --------------------------------------------------------------------

    def hand_over_by_code(self) -> None:
        dialog = PickupCodeDialog(self)
        if not dialog.exec():
            return
        self._busy = True
        self.show_message(self.tr("Checking the code with the hub…"), "info")
        self.bridge.deliver(
            self.service.verify_code(dialog.code.text(), dialog.surname.text()),
            self._start_handover,
            self._error,
        )

    def hand_over_qr(self, token: str) -> None:
        """A scanned pickup QR: verified on this till, then the order is taken for the
        handover (the hub refuses a second till)."""
        self._busy = True
        self.bridge.deliver(self.service.verify_qr(token), self._claim_for_handover, self._error)

    def _claim_for_handover(self, stored: StoredOrder) -> None:
        self.bridge.deliver(
            self.service.claim(stored.order.order_id), self._handover_claimed, self._error
        )

    def _handover_claimed(self, outcome: StepOutcome) -> None:
        if outcome.result == "refused":
            assert outcome.error is not None
            self._error(outcome.error)
            return
        self._start_handover(outcome.order)

    def _start_handover(self, stored: StoredOrder) -> None:
        self._busy = False
        self.banner.hide()
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
        self.pages.setCurrentIndex(self.HANDOVER)

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
        if self.stored is None or self.picks is None or self._busy:
            return
        handed = self.handed()
        if not any(q > 0 for q in handed.values()):
            self.show_message(self.tr("Nothing is being handed over."), "warning")
            return
        if not self.stored.order.paid_online:
            self.payment_request = PaymentRequest(self.stored, self.picks, handed)
            self.accept()
            return
        self._busy = True
        order_id = self.stored.order.order_id
        self.bridge.deliver(
            self.service.collect(order_id, handed, None),
            lambda outcome: self._collected(outcome, handed),
            self._error,
        )

    def _collected(self, outcome: StepOutcome, handed: dict[int, Decimal]) -> None:
        self._busy = False
        if outcome.result == "refused":
            assert outcome.error is not None
            self.show_message(describe(outcome.error))
            self.hand_button.setEnabled(False)
            return
        assert self.picks is not None
        order = outcome.order.order
        slip = self.till.pickup_slips.handover(
            order, self.picks, handed, self.till.now(), receipt_no=None
        )
        self.bridge.deliver(self.till.print_documents([slip]), lambda _r: None, self._error)
        if outcome.result == "offline":
            text = self.tr(
                "Order {0} handed over; the hub will hear of it when the till is back online."
            )
        else:
            text = self.tr("Order {0} handed over.")
        self.show_queue()
        self.show_message(text.format(order.number), "info")

    def _leave_handover(self) -> None:
        """Back without handing over: the order is let go, another till may hand it over."""
        if self.stored is not None and self.stored.state == rules.READY:
            self.bridge.deliver(
                self.service.release(self.stored.order.order_id), lambda _o: None, self._error
            )
        self.show_queue()

    # --- returns -------------------------------------------------------------------------

    def ask_return(self) -> None:
        dialog = OrderNumberDialog(self)
        if dialog.exec():
            self.open_return(dialog.number.text().strip().upper())

    def open_return(self, number: str) -> None:
        """A collected order's return page (by number, typed or scanned from the slip)."""
        self.banner.hide()
        self.bridge.deliver(
            self.service.returnable(number),
            lambda found: self._show_return(*found),
            self._error,
        )

    def _show_return(self, stored: StoredOrder, lines: tuple[ReturnableLine, ...]) -> None:
        self.returns.show_order(stored, lines)
        self.pages.setCurrentIndex(self.RETURN)

    # --- scans and events ----------------------------------------------------------------

    def _typed(self) -> None:
        text = self.scan.text().strip()
        self.scan.clear()
        if text:
            self.handle_read(ScanRead(text.encode(), source="keyboard"))

    def handle_read(self, read: ScanRead) -> None:
        try:
            meaning = self.till.scan_router.interpret(read)
        except DomainError as exc:
            self.show_message(describe(exc))
            return
        if meaning.route is Route.PICKUP:
            self.hand_over_qr(meaning.value)
        elif meaning.route is Route.UNKNOWN and ORDER_NUMBER.match(meaning.text.upper()):
            self.open_return(meaning.text.upper())  # a handover slip's barcode
        elif meaning.route is Route.PRODUCT and self.pages.currentIndex() == self.PICKING:
            code = meaning.product
            assert code is not None
            self.bridge.deliver(
                self.till.find_product(code, meaning.text),
                lambda product: self._found(product, meaning),
                self._error,
            )
        else:
            self.show_message(
                self.tr("Open an order to pick first, or scan a customer's pickup QR code."),
                "warning",
            )

    def _found(self, product: ProductInfo, meaning: ScanMeaning) -> None:
        code = meaning.product
        assert code is not None
        try:
            item = scanned_item(product, code, meaning.text)
        except DomainError as exc:
            self.show_message(describe(exc))
            return
        if self._substitute_for is not None:
            self._substitute(item.product, item.quantity)
            return
        quantity = item.quantity
        if quantity is None:
            if product.sold_by.value == "weight":
                self.show_message(self.tr("Scan the weight label of {0}.").format(product.name))
                return
            quantity = Decimal(1)
        self._pick(item.product, quantity)

    def _on_event(self, event: Event) -> None:
        if not isinstance(event, PickupOrdersChanged):
            return
        self.reload()
        if self.stored is None:
            return
        state = event.states.get(self.stored.order.order_id)
        if state in (rules.CANCELLED, rules.EXPIRED) and self.pages.currentIndex() != self.QUEUE:
            number = self.stored.order.number
            log.warning("pickup %s %s while this till works on it", number, state)
            self.show_message(describe(OrderCancelledWhilePicking(number)))
            self._set_picking_enabled(False)
            self.hand_button.setEnabled(False)

    def _closing(self) -> None:
        self._closed = True
        self._tick.stop()
        self._set_listener(None)
        self.bridge.core_event.disconnect(self._on_event)

    def queue_numbers(self) -> list[str]:
        """The order numbers the queue shows, top to bottom."""
        return [str(self.model.data(self.model.index(r, 0))) for r in range(self.model.rowCount())]
