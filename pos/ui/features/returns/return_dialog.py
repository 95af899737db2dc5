"""The return screen: an in-store sale found by receipt, what comes back of it, and the refund.

The sale comes from a scanned receipt, a typed receipt number or today's list. The clerk sets
the quantity per line (typed, or +1 / all of the line for touch), whether it goes back on the
shelf and the reason; the screen shows the refund per original tender. A card share goes to
the terminal first and the return is recorded only once it is approved (declined: nothing
changes); cash is recorded and the drawer opens. The rules are ``till.returns``'.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from drivers.scanner import ScanRead
from pos.domain.errors import DomainError, PermissionDenied
from pos.domain.money import Money
from pos.domain.roles import Action, Approval
from pos.domain.sale_document import ReturnDoc
from pos.domain.sale_return import RefundShare, split_refund
from pos.domain.scan_meaning import Route
from pos.services.payments import CardPayment
from pos.services.sale_returns import ExchangeCredit, FoundSale, RecentSale, SaleReturnService
from pos.services.till import Till
from pos.ui.bridge import Bridge
from pos.ui.features.returns.return_widgets import (
    TOUCH,
    goods_table,
    labels,
    read_only,
    reason_box,
    shelf_box,
)
from pos.ui.messages import describe
from pos.ui.widgets.dialogs import PinDialog, parse_decimal

QTY, SHELF = 4, 5
Done = Callable[[str], None]  # the message for the till screen once a return is recorded
Exchanged = Callable[[ExchangeCredit], None]  # an exchange's credit goes to the open sale


class ReturnDialog(QDialog):
    def __init__(
        self,
        till: Till,
        bridge: Bridge,
        done: Done,
        parent: QWidget | None,
        exchanged: Exchanged | None = None,
    ) -> None:
        super().__init__(parent)
        assert till.returns is not None
        self.till = till
        self.service: SaleReturnService = till.returns
        self.bridge = bridge
        self._done = done
        self.found: FoundSale | None = None
        self.shares: tuple[RefundShare, ...] = ()
        self.recorded: ReturnDoc | None = None
        self._busy = False
        self._approval: Approval | None = None
        self._exchanged = exchanged
        self._approved_then: Callable[[], None] = self.refund
        self.wants_no_receipt = False
        self.setWindowTitle(self.tr("Return of a sale"))
        self.resize(1180, 700)
        outer = QHBoxLayout(self)
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("Today's sales")))
        self.today = QListWidget()
        self.today.setMinimumWidth(260)
        self.today.itemActivated.connect(self._picked)
        self.today.itemClicked.connect(self._picked)
        side.addWidget(self.today, 1)
        outer.addLayout(side)
        main = QVBoxLayout()
        outer.addLayout(main, 1)
        find = QHBoxLayout()
        self.wanted = QLineEdit()
        self.wanted.setPlaceholderText(self.tr("Scan the receipt or type its number"))
        self.wanted.returnPressed.connect(self.find_typed)
        find_button = QPushButton(self.tr("Find"))
        find_button.clicked.connect(self.find_typed)
        find.addWidget(self.wanted, 1)
        find.addWidget(find_button)
        main.addLayout(find)
        self.title = QLabel(self.tr("Scan the customer's receipt, or pick today's sale."))
        self.title.setObjectName("totalLabel")
        self.title.setWordWrap(True)
        main.addWidget(self.title)
        self.table = goods_table(
            [
                self.tr("Item"),
                self.tr("Sold"),
                self.tr("Returned before"),
                self.tr("Paid"),
                self.tr("Brought back"),
                self.tr("Back on the shelf"),
            ]
        )
        self.table.itemChanged.connect(lambda _item: self._show_refund())
        main.addWidget(self.table, 1)
        touch = QHBoxLayout()
        more = QPushButton(self.tr("+1"))
        more.clicked.connect(lambda: self._step(Decimal(1)))
        less = QPushButton(self.tr("−1"))
        less.clicked.connect(lambda: self._step(Decimal(-1)))
        whole = QPushButton(self.tr("All of the line"))
        whole.clicked.connect(self._whole_line)
        self.reason = reason_box(self)
        self.to = QComboBox()
        self.to.addItem(self.tr("Refund as paid"), "as_paid")
        self.to.addItem(self.tr("Refund all in cash"), "cash")
        self.to.currentIndexChanged.connect(lambda _i: self._show_refund())
        for widget in (self.wanted, find_button, more, less, whole, self.reason, self.to):
            widget.setMinimumHeight(TOUCH)  # touch-sized: a finger, not a mouse pointer
        self.today.setStyleSheet(f"QListWidget::item {{ min-height: {TOUCH}px; }}")
        for widget in (more, less, whole):
            touch.addWidget(widget)
        touch.addStretch(1)
        touch.addWidget(self.reason)
        touch.addWidget(self.to)
        main.addLayout(touch)
        self.refund_text, self.error = labels()
        main.addWidget(self.refund_text)
        main.addWidget(self.error)
        buttons = QHBoxLayout()
        self.refund_button = QPushButton(self.tr("Refund (F12)"))
        self.refund_button.setObjectName("payButton")
        self.refund_button.setEnabled(False)
        self.refund_button.clicked.connect(self.refund)
        self.exchange_button = QPushButton(self.tr("Exchange (F9)"))
        self.exchange_button.setToolTip(
            self.tr("Take these back and sell other goods: the difference is settled at Pay.")
        )
        self.exchange_button.setEnabled(False)
        self.exchange_button.setVisible(exchanged is not None)
        self.exchange_button.clicked.connect(self.exchange)
        self.no_receipt_button = QPushButton(self.tr("No receipt… (F7)"))
        self.no_receipt_button.setToolTip(
            self.tr("The customer has no receipt: refund at the shelf price, with a PIN.")
        )
        self.no_receipt_button.clicked.connect(self.no_receipt)
        close = QPushButton(self.tr("Close (Esc)"))
        close.clicked.connect(self.reject)
        for widget in (self.refund_button, self.exchange_button, self.no_receipt_button, close):
            widget.setMinimumHeight(TOUCH)
        buttons.addWidget(self.refund_button)
        buttons.addWidget(self.exchange_button)
        buttons.addStretch(1)
        buttons.addWidget(self.no_receipt_button)
        buttons.addWidget(close)
        main.addLayout(buttons)
        self.bridge.deliver(self.service.today(), self._show_today, self._failed)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """F12 refunds, F9 exchanges, F7 goes to a return without a receipt: as key presses
        that reach the dialog from any of its fields, since a QShortcut needs an active window
        that a till without a window manager may not have."""
        if event.key() == Qt.Key.Key_F12:
            self.refund()
        elif event.key() == Qt.Key.Key_F9 and self._exchanged is not None:
            self.exchange()
        elif event.key() == Qt.Key.Key_F7:
            self.no_receipt()
        else:
            super().keyPressEvent(event)

    def no_receipt(self) -> None:
        """F7: this screen closes and the one for goods without a receipt opens."""
        self.wants_no_receipt = True
        self.reject()

    # --- finding -----------------------------------------------------------------------------

    def scanned(self, read: ScanRead) -> None:
        """A scan while the screen is open: a receipt finds its sale; an item's barcode is
        not added to the sale behind this screen."""
        try:
            meaning = self.till.scan_router.interpret(read)
        except DomainError as exc:
            self.error.setText(describe(exc))
            return
        if meaning.route is Route.RECEIPT:
            self.look_up(meaning.value)
        else:
            self.error.setText(
                self.tr("Scan the receipt; for goods without one, choose No receipt (F7).")
            )

    def _show_today(self, sales: list[RecentSale]) -> None:
        fmt = self.till.formatter
        self.today.clear()
        for sale in sales:
            number = f"{sale.receipt_no:06d}" if sale.receipt_no else "—"
            item = QListWidgetItem(
                f"#{number}  {fmt.datetime(sale.completed_at)}\n{fmt.money(sale.total)}"
            )
            item.setData(Qt.ItemDataRole.UserRole, sale.sale_id)
            self.today.addItem(item)

    def _picked(self, item: QListWidgetItem) -> None:
        self.look_up(str(item.data(Qt.ItemDataRole.UserRole)))

    def find_typed(self) -> None:
        text = self.wanted.text().strip()
        if text:
            self.look_up(text)

    def look_up(self, wanted: str) -> None:
        """The sale a receipt names (its id or this till's number)."""
        self.error.clear()
        self.title.setText(self.tr("Looking for the sale…"))
        self.bridge.deliver(self.service.find(wanted), self.show_sale, self._not_found)

    def _not_found(self, exc: BaseException) -> None:
        self.title.setText(self.tr("Scan the customer's receipt, or pick today's sale."))
        self._failed(exc)

    def show_sale(self, found: FoundSale) -> None:
        self.found, self._approval, self._busy = found, None, False
        fmt = self.till.formatter
        sale = found.sale
        number = f"{found.receipt_no:06d}" if found.receipt_no else sale.sale_id[:8]
        title = self.tr("Sale {0} of {1}, till {2}: {3}").format(
            number, fmt.datetime(sale.completed_at), sale.till_id, fmt.money(sale.amount_due)
        )
        if not found.checked_by_hub:
            cap = Money.of(self.till.settings.returns.offline_cap, self.till.currency)
            title += "\n" + self.tr(
                "The hub cannot be reached: other tills' returns are unknown, at most {0} can "
                "be refunded, and the return is flagged for checking."
            ).format(fmt.money(cap))
        self.title.setText(title)
        self.table.blockSignals(True)
        self.table.setRowCount(len(found.lines))
        for row, line in enumerate(found.lines):
            places = 3 if line.sold_by == "weight" else 0
            for column, text in enumerate(
                (
                    line.name,
                    fmt.quantity(line.sold, places),
                    fmt.quantity(line.returned, places),
                    fmt.money(line.paid),
                )
            ):
                self.table.setItem(row, column, read_only(text))
            self.table.setItem(row, QTY, QTableWidgetItem("0"))
            self.table.setItem(row, SHELF, shelf_box())
        self.table.blockSignals(False)
        if found.lines:
            self.table.selectRow(0)
        self._show_refund()

    # --- choosing ------------------------------------------------------------------------------

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        assert item is not None  # every cell is set in show_sale
        return item

    def _row(self, line_no: int) -> int:
        assert self.found is not None
        return next(i for i, ln in enumerate(self.found.lines) if ln.line_no == line_no)

    def set_quantity(self, line_no: int, quantity: str, restock: bool = True) -> None:
        row = self._row(line_no)
        self._cell(row, QTY).setText(quantity)
        state = Qt.CheckState.Checked if restock else Qt.CheckState.Unchecked
        self._cell(row, SHELF).setCheckState(state)

    def _step(self, by: Decimal) -> None:
        row = self.table.currentRow()
        if self.found is None or row < 0:
            return
        current = parse_decimal(self._cell(row, QTY).text()) or Decimal(0)
        left = self.found.lines[row].left
        self._cell(row, QTY).setText(str(max(Decimal(0), min(left, current + by))))

    def _whole_line(self) -> None:
        row = self.table.currentRow()
        if self.found is not None and row >= 0:
            line = self.found.lines[row]
            places = 3 if line.sold_by == "weight" else 0
            self._cell(row, QTY).setText(self.till.formatter.quantity(line.left, places))

    def chosen(self) -> dict[int, tuple[Decimal, bool]] | None:
        """Quantity and restock per line; None (and a message) for a quantity that is no
        number."""
        assert self.found is not None
        out = {}
        for row, line in enumerate(self.found.lines):
            quantity = parse_decimal(self._cell(row, QTY).text() or "0")
            if quantity is None or quantity < 0:
                self.error.setText(self.tr("Type a number, e.g. 2 or 0,250."))
                return None
            restock = self._cell(row, SHELF).checkState() == Qt.CheckState.Checked
            out[line.line_no] = (quantity, restock)
        return out

    def _show_refund(self) -> None:
        self.shares = ()
        self.refund_button.setEnabled(False)
        self.exchange_button.setEnabled(False)
        if self.found is None:
            return
        chosen = self.chosen()
        if chosen is None:
            return
        self.error.clear()
        quantities = {n: q for n, (q, _r) in chosen.items()}
        if not any(q > 0 for q in quantities.values()):
            self.refund_text.setText(self.tr("Choose what the customer brings back."))
            return
        try:
            total = self.service.check(self.found, quantities)
        except DomainError as exc:
            self.refund_text.clear()
            self.error.setText(describe(exc))
            return
        fmt = self.till.formatter
        if self.to.currentData() == "cash":  # the supervisor's choice instead of pro rata
            first = self.found.sale.tenders[0].tender_id
            self.shares = (RefundShare("cash", total, first, {}),)
        else:
            self.shares = split_refund(self.found.sale, total)
        parts = ", ".join(
            (self.tr("card {0}") if s.kind == "card" else self.tr("cash {0}")).format(
                fmt.money(s.amount)
            )
            for s in self.shares
        )
        self.refund_text.setText(self.tr("To refund: {0} ({1})").format(fmt.money(total), parts))
        self.refund_button.setEnabled(True)
        self.exchange_button.setEnabled(True)

    # --- refunding -----------------------------------------------------------------------------

    def refund(self) -> None:
        found, chosen = self.found, self.chosen() if self.found is not None else None
        if found is None or chosen is None or self._busy or not self.shares:
            return
        try:
            self.service.check(found, {n: q for n, (q, _r) in chosen.items()})
            if self.till.shifts is not None:
                self.till.shifts.require_open()
            self.service.authorize(self._approval)
        except PermissionDenied as exc:
            self._ask_approval(exc)
            return
        except DomainError as exc:
            self.error.setText(describe(exc))
            return
        cards = [s for s in self.shares if s.kind == "card"]
        if any(s.kind not in ("card", "cash") for s in self.shares) or (
            cards and self.till.payments is None
        ):
            self.error.setText(
                self.tr(
                    "Part of this sale was paid by card, and this till has no card terminal: "
                    "choose to refund it all in cash."
                )
            )
            return
        return_id = str(uuid.uuid4())
        self._busy = True
        if not cards:
            self._record(chosen, return_id, {}, ())
            return
        if len(cards) > 1:
            self._busy = False
            self.error.setText(
                self.tr("This sale was paid with two cards: choose to refund it all in cash.")
            )
            return
        assert self.till.payments is not None
        self.error.setText(self.tr("Follow the card terminal…"))
        self.bridge.deliver(
            self.till.payments.refund(cards[0].amount, return_id),
            lambda payment: self._card_done(payment, chosen, return_id),
            self._failed,
        )

    def exchange(self) -> None:
        """F9: what is brought back becomes a credit on the open sale; the cashier scans the
        new goods and Pay settles the difference. Nothing is written until that sale is paid."""
        found, chosen = self.found, self.chosen() if self.found is not None else None
        if self._exchanged is None or found is None or chosen is None or self._busy:
            return
        if not self.shares:
            return
        try:
            if self.till.shifts is not None:
                self.till.shifts.require_open()
            reason = str(self.reason.currentData())
            credit = self.service.exchange(found, chosen, reason, self._approval)
        except PermissionDenied as exc:
            self._approved_then = self.exchange
            self._ask_approval(exc)
            return
        except DomainError as exc:
            self.error.setText(describe(exc))
            return
        self._exchanged(credit)
        self.accept()

    def _ask_approval(self, exc: PermissionDenied) -> None:
        """A cashier pays money back only with a supervisor's PIN (then refund again)."""
        dialog = PinDialog(
            describe(exc) + "\n" + self.tr("A supervisor can approve with their PIN."), self
        )
        if not dialog.exec():
            self.error.setText(self.tr("Not approved; nothing was refunded."))
            return
        self.bridge.deliver(
            self.till.approve(dialog.pin, Action.RETURN), self._approved, self._failed
        )

    def _approved(self, approval: Approval) -> None:
        self._approval = approval
        then, self._approved_then = self._approved_then, self.refund
        then()

    def _card_done(
        self, payment: CardPayment, chosen: dict[int, tuple[Decimal, bool]], return_id: str
    ) -> None:
        if not payment.approved:
            self._busy = False
            self.error.setText(
                self.tr("The card refund was not approved; nothing was refunded or recorded.")
            )
            return
        self._record(chosen, return_id, payment.tender_details(), payment.slips(False))

    def _record(
        self,
        chosen: dict[int, tuple[Decimal, bool]],
        return_id: str,
        card_details: dict[str, str],
        slips: tuple[tuple[str, ...], ...],
    ) -> None:
        found = self.found
        assert found is not None
        refunds = [(s, card_details if s.kind == "card" else {}) for s in self.shares]
        try:
            future = self.service.record(
                found, chosen, str(self.reason.currentData()), refunds, return_id, self._approval
            )
        except DomainError as exc:
            self._busy = False
            self.error.setText(describe(exc))
            return
        self.bridge.deliver(future, lambda doc: self._recorded(found, doc, slips), self._failed)

    def _recorded(
        self, found: FoundSale, document: ReturnDoc, slips: tuple[tuple[str, ...], ...]
    ) -> None:
        self._busy = False
        self.recorded = document
        slip = self.till.return_slips.sale_return(
            document, found.sale.till_id, found.receipt_no, self.till.now(), slips
        )
        self.bridge.deliver(self.till.print_documents([slip]), lambda _r: None, self._failed)
        if any(r["kind"] == "cash" for r in document["refunds"]) and self.till.printing:
            self.bridge.deliver(self.till.printing.open_drawer(), lambda _r: None, self._failed)
        total = self.till.formatter.money(self.till.money(document["total"]))
        self._done(self.tr("Return recorded; refunded {0}.").format(total))
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self.error.setText(describe(exc))
