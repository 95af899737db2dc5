"""The pickup screen (Ctrl+O): the live queue, scan-verified picking and the handover.

Everything slow runs in ``PickupService`` (db and sync-ui workers) and comes back through the
bridge; the queue reloads when the sync engine or this till changes an order
(``PickupOrdersChanged``), so new web orders appear without a refresh. While the screen is
open every scan comes here (the till screen's ``scan_listener``): a product scan picks, a
pickup QR starts the handover. An unpaid order leaves the screen with a
:class:`PaymentRequest`: the till screen puts its lines into the sale, the normal payment
dialog takes the money, and the collection names that sale.

This module holds the queue page and routes scans and events; picking, the handover and web
returns are pages of their own (``picking_page``, ``handover_page``, ``return_page``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from drivers.scanner import ScanRead
from pos.domain import pickup as rules
from pos.domain.errors import DomainError
from pos.domain.pickup import ReturnableLine
from pos.domain.scan_meaning import Route
from pos.events import Event
from pos.services.pickup import PickupService, StepOutcome
from pos.services.pickup_errors import OrderCancelledWhilePicking
from pos.services.till import Till
from pos.store import QueueRow, StoredOrder
from pos.sync.events import PickupOrdersChanged
from pos.ui.bridge import Bridge
from pos.ui.features.pickup.code_dialogs import OrderNumberDialog
from pos.ui.features.pickup.common import ORDER_NUMBER, Listener, PaymentRequest
from pos.ui.features.pickup.handover_page import HandoverPage
from pos.ui.features.pickup.picking_page import PickingPage
from pos.ui.features.pickup.queue import PickupQueueModel, state_label
from pos.ui.features.pickup.return_page import WebReturnPage
from pos.ui.messages import describe

log = logging.getLogger(__name__)

TICK_MS = 30_000  # the queue's ages and overdue badges move on by the half minute

__all__ = ["PaymentRequest", "PickupDialog"]


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
        self.payment_request: PaymentRequest | None = None
        self.busy = False
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
        self.picking = PickingPage(self)
        self.handover = HandoverPage(self)
        self.pages.addWidget(self._queue_page())
        self.pages.addWidget(self.picking)
        self.pages.addWidget(self.handover)
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
        self.code_button.clicked.connect(self.handover.by_code)
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

    # --- messages ------------------------------------------------------------------------

    def show_message(self, text: str, kind: str = "error") -> None:
        self.banner.setText(text)
        self.banner.setProperty("kind", kind)
        self.banner.style().unpolish(self.banner)
        self.banner.style().polish(self.banner)
        self.banner.show()

    def hide_message(self) -> None:
        self.banner.hide()

    def error(self, exc: BaseException) -> None:
        self.busy = False
        self.show_message(describe(exc), "error")

    def show_page(self, page: QWidget) -> None:
        self.pages.setCurrentWidget(page)

    def dialog_parent(self) -> QWidget:
        return self

    def request_payment(self, request: PaymentRequest) -> None:
        """An unpaid order is handed on to the till screen, which takes the payment."""
        self.payment_request = request
        self.accept()

    def hand_over_qr(self, token: str) -> None:
        """A scanned pickup QR (here or on the till screen): straight to the handover."""
        self.handover.by_qr(token)

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
        self.error(exc)

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
        self.picking.clear()
        self.handover.clear()
        self.pages.setCurrentIndex(self.QUEUE)
        self.reload()

    def open_selected(self) -> None:
        row = self._selected_row()
        if row is None or self.busy:
            return
        mine = row.claimed_by in (None, self.till.settings.store.till_id) or not row.confirmed
        if row.state == rules.NEW or (row.state == rules.PICKING and mine):
            self.busy = True
            if row.state == rules.NEW:
                self.bridge.deliver(self.service.claim(row.order_id), self._claimed, self.error)
            else:
                self.bridge.deliver(
                    self.service.order(row.order_id), self.picking.start, self.error
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
        self.busy = False
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
        self.picking.start(outcome.order)

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
            self.error,
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
            self.handover.by_qr(meaning.value)
        elif meaning.route is Route.UNKNOWN and ORDER_NUMBER.match(meaning.text.upper()):
            self.open_return(meaning.text.upper())  # a handover slip's barcode
        elif meaning.route is Route.PRODUCT and self.pages.currentIndex() == self.PICKING:
            code = meaning.product
            assert code is not None
            self.bridge.deliver(
                self.till.find_product(code, meaning.text),
                lambda product: self.picking.scanned(product, meaning),
                self.error,
            )
        else:
            self.show_message(
                self.tr("Open an order to pick first, or scan a customer's pickup QR code."),
                "warning",
            )

    def _on_event(self, event: Event) -> None:
        if not isinstance(event, PickupOrdersChanged):
            return
        self.reload()
        page = self.pages.currentWidget()
        stored = page.stored if isinstance(page, PickingPage | HandoverPage) else None
        if stored is None:
            return
        state = event.states.get(stored.order.order_id)
        if state in (rules.CANCELLED, rules.EXPIRED):
            number = stored.order.number
            log.warning("pickup %s %s while this till works on it", number, state)
            self.show_message(describe(OrderCancelledWhilePicking(number)))
            self.picking.set_enabled(False)
            self.handover.hand_button.setEnabled(False)

    def _closing(self) -> None:
        self._closed = True
        self._tick.stop()
        self._set_listener(None)
        self.bridge.core_event.disconnect(self._on_event)

    def queue_numbers(self) -> list[str]:
        """The order numbers the queue shows, top to bottom."""
        return [str(self.model.data(self.model.index(r, 0))) for r in range(self.model.rowCount())]
