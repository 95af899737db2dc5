"""The till window: scan field, cart, totals, function keys, status bar.

Keyboard first: the scan field always has the focus back after any action, and every action
has a function key shown on its button. Touch works too (big buttons, numpad).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStatusBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from drivers.printer import VirtualConnection
from drivers.scanner import ScanRead
from pos.domain.cart import Sale
from pos.domain.catalog import ProductInfo, SoldBy
from pos.domain.discounts import Discount
from pos.domain.errors import DomainError, PaymentInProgress, PermissionDenied
from pos.domain.gs1_codes import is_expired
from pos.domain.money import Money
from pos.domain.roles import Action, Approval
from pos.domain.scan_meaning import Route, ScanMeaning, scanned_item
from pos.domain.tax import Pricing
from pos.domain.tenders import TenderKind
from pos.events import Event
from pos.services.customers import CustomerLookup
from pos.services.errors import PromoCustomerAttached
from pos.services.events import (
    OutboxChanged,
    PrinterStateChanged,
    ReceiptFailed,
    ReceiptPrinted,
    ScannerStateChanged,
    ScanReceived,
)
from pos.services.payments import CardPayment
from pos.services.sync import SyncService
from pos.services.till import Completion, Till
from pos.store import CardPaymentInfo, QueueRow, StoredSale
from pos.sync import PickupOrdersChanged, PromoDoubleUse, SyncStatus
from pos.ui.bridge import Bridge
from pos.ui.card_terminal import CardTerminalMenu
from pos.ui.cart_model import CartModel
from pos.ui.customer_panel import CustomerPanel
from pos.ui.dialogs import (
    ChoiceDialog,
    DiscountDialog,
    HelpDialog,
    NumberDialog,
    PinDialog,
    ReasonDialog,
)
from pos.ui.elided_label import ElidedLabel
from pos.ui.function_keys import FunctionKeys
from pos.ui.messages import describe
from pos.ui.numpad import Numpad
from pos.ui.payment_dialog import PaymentDialog
from pos.ui.pickup_checkout import PickupCheckout
from pos.ui.pickup_dialog import PickupDialog
from pos.ui.receipt_preview import ReceiptPreview
from pos.ui.rejected_dialog import RejectedRecordsDialog
from pos.ui.scanner_dialog import ScannerDialog
from pos.ui.search_dialog import SearchDialog
from pos.ui.stock_dialog import StockDialog
from pos.ui.sync_status import SyncIndicator
from pos.ui.wedge_filter import WedgeFilter

log = logging.getLogger(__name__)

# ``3*`` typed into the scan field, waiting for a scanner's read.
TYPED_QUANTITY = re.compile(r"(\d+(?:[.,]\d+)?)\s*\*")
# The totals column's least width (px): with and without the customer panel beside the cart.
SIDE_WIDE = 360
SIDE_NARROW = 280


class TillScreen(QWidget):
    """The selling screen. Emits ``lock_requested`` when the cashier signs out."""

    lock_requested = Signal()
    sale_recorded = Signal(object)  # Completion, for tests and the receipt preview

    def __init__(self, till: Till, bridge: Bridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.till = till
        self.bridge = bridge
        self.sale: Sale | None = None
        self.last_receipt: bytes | None = None
        self.last_change: Money | None = None  # shown big until the next customer's first scan
        self._pending_lookups = 0
        self.model = CartModel(till.formatter)
        self._build()
        bridge.core_event.connect(self._on_event)
        # While the scanner settings test a scanner, reads go there instead of the sale.
        self.scan_listener: Callable[[ScanRead], None] | None = None
        self.scanner_states: dict[str, tuple[str, str]] = {}  # source -> (state, detail)
        till.scan_router.register(Route.PRODUCT, lambda meaning: self._sell(meaning, None))
        till.scan_router.register(Route.RECEIPT, self._show_receipt)
        till.scan_router.register(Route.PICKUP, self._pickup_scanned)
        self.pickup_checkout = PickupCheckout(till, bridge, self)
        till.scan_router.register(Route.PROMO, self._promo_scanned)
        self.wedge: WedgeFilter | None = None
        self.apply_wedge_settings()

    # --- layout --------------------------------------------------------------------------

    def _build(self) -> None:
        root = QVBoxLayout(self)
        root.setContentsMargins(12, 12, 12, 6)
        root.setSpacing(10)

        top = QHBoxLayout()
        self.scan = QLineEdit()
        self.scan.setObjectName("scanField")
        self.scan.setPlaceholderText(
            self.tr("Scan a barcode or type to search  (3*code sells three)")
        )
        self.scan.returnPressed.connect(self.submit_scan)
        top.addWidget(self.scan, 1)
        root.addLayout(top)

        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        root.addWidget(self.banner)
        self._banner_timer = QTimer(self)
        self._banner_timer.setSingleShot(True)
        self._banner_timer.timeout.connect(self.banner.hide)

        body = QHBoxLayout()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(40)
        # Fixed numeric columns sized once from the font: ResizeToContents would measure
        # every row on every scan.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        digits = self.table.fontMetrics().horizontalAdvance("0")
        for column, chars in ((0, 4), (2, 10), (3, 10), (4, 10), (5, 11)):
            header.resizeSection(column, digits * chars + 16)
        self.model.rowsInserted.connect(lambda _p, _f, last: self._select_row(last))
        body.addWidget(self.table, 3)

        self.customer_panel = CustomerPanel(self.till.formatter, self.till.currency)
        self.customer_panel.add_requested.connect(self.add_from_customer_view)
        self.customer_panel.detach_requested.connect(self.detach_customer)
        self._panel_slot = body.count()
        body.addWidget(self.customer_panel, 2)
        self._body = body
        self._customer_offline_cap: Money | None = None
        self._customer_timer = QTimer(self)
        self._customer_timer.setSingleShot(True)
        self._customer_timer.timeout.connect(self._customer_timed_out)

        side = QFrame()
        side.setObjectName("totalsPanel")
        side.setMinimumWidth(SIDE_WIDE)
        side.setMaximumWidth(460)
        side_layout = QVBoxLayout(side)
        self.items_label = QLabel()
        self.discount_label = QLabel()
        self.tax_label = QLabel()
        for label in (self.items_label, self.discount_label, self.tax_label):
            label.setAlignment(Qt.AlignmentFlag.AlignRight)
            side_layout.addWidget(label)
        self.total_caption = QLabel(self.tr("Total"))
        self.total_caption.setObjectName("totalLabel")
        self.total_caption.setAlignment(Qt.AlignmentFlag.AlignRight)
        side_layout.addWidget(self.total_caption)
        self.total_label = QLabel()
        self.total_label.setObjectName("totalValue")
        self.total_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        side_layout.addWidget(self.total_label)
        side_layout.addStretch(1)
        self.numpad = Numpad(self.scan)
        self.numpad.setMinimumHeight(230)
        side_layout.addWidget(self.numpad)
        self.pay_button = QPushButton(self.tr("Pay  F12"))
        self.pay_button.setObjectName("payButton")
        self.pay_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.pay_button.clicked.connect(self.pay)
        side_layout.addWidget(self.pay_button)
        body.addWidget(side, 2)
        self._side = side
        # A docked customer panel takes its room from the totals column, not from the cart:
        # the cashier must still read the item names.
        self.customer_panel.installEventFilter(self)
        root.addLayout(body, 1)

        keys = QGridLayout()
        keys.setSpacing(6)
        self.function_keys = FunctionKeys(self)
        self.shortcuts: list[tuple[str, str]] = []
        ctrl = Qt.KeyboardModifier.ControlModifier
        actions: list[tuple[str, Qt.Key, Qt.KeyboardModifier | None, str, Callable[[], None]]] = [
            ("F1", Qt.Key.Key_F1, None, self.tr("Help"), self.show_help),
            ("F2", Qt.Key.Key_F2, None, self.tr("Quantity"), self.change_quantity),
            ("F3", Qt.Key.Key_F3, None, self.tr("Search"), self.open_search),
            ("F4", Qt.Key.Key_F4, None, self.tr("Discount"), self.give_discount),
            ("F5", Qt.Key.Key_F5, None, self.tr("Park"), self.park_sale),
            ("F6", Qt.Key.Key_F6, None, self.tr("Recall"), self.recall_sale),
            ("F7", Qt.Key.Key_F7, None, self.tr("Price"), self.override_price),
            ("F8", Qt.Key.Key_F8, None, self.tr("Void line"), self.void_line),
            ("F9", Qt.Key.Key_F9, None, self.tr("Void sale"), self.void_sale),
            ("F10", Qt.Key.Key_F10, None, self.tr("Reprint"), self.reprint),
            ("F11", Qt.Key.Key_F11, None, self.tr("Last receipt"), self.show_last_receipt),
            ("Ctrl+E", Qt.Key.Key_E, ctrl, self.tr("Stock"), self.show_stock),
            ("Ctrl+L", Qt.Key.Key_L, ctrl, self.tr("Sign out"), self.sign_out),
            ("Ctrl+T", Qt.Key.Key_T, ctrl, self.tr("Card terminal"), self.card_terminal_menu),
            ("Ctrl+U", Qt.Key.Key_U, ctrl, self.tr("Customer"), self.toggle_customer_panel),
        ]
        for i, (key_name, key, modifier, text, slot) in enumerate(actions):
            button = FunctionKeyButton(text, key_name)
            button.clicked.connect(slot)
            keys.addWidget(button, 0, i)
            self.function_keys.add(key, slot, modifier or Qt.KeyboardModifier.NoModifier)
            self.shortcuts.append((key_name, text))
        self.function_keys.add(Qt.Key.Key_F12, self.pay)
        self.shortcuts.append(("F12", self.tr("Pay")))
        self.function_keys.add(Qt.Key.Key_S, self.sync_now, ctrl)
        self.shortcuts.append(("Ctrl+S", self.tr("Sync with the hub now")))
        self.function_keys.add(Qt.Key.Key_R, self.show_rejected, ctrl)
        self.shortcuts.append(("Ctrl+R", self.tr("Records refused by the hub (manager)")))
        self.function_keys.add(Qt.Key.Key_K, self.open_scanner_settings, ctrl)
        self.shortcuts.append(("Ctrl+K", self.tr("Scanners: choose and test")))
        self.function_keys.add(Qt.Key.Key_O, self.open_pickup, ctrl)
        self.shortcuts.append(("Ctrl+O", self.tr("Pickup orders: queue, picking, handover")))
        self.function_keys.add(Qt.Key.Key_Escape, self._escape)
        self.function_keys.add(Qt.Key.Key_Up, lambda: self._move_selection(-1))
        self.function_keys.add(Qt.Key.Key_Down, lambda: self._move_selection(1))
        root.addLayout(keys)

    # --- sale life -----------------------------------------------------------------------

    def start(self) -> None:
        """A user signed in: start (or keep) a sale and get ready to scan."""
        if self.sale is None:
            self.sale = self.till.new_sale()
            self.model.set_sale(self.sale)
        self.refresh()
        self.back_to_scan()
        if self.till.payments is not None:  # e.g. the till stopped in the middle of a payment
            self.bridge.deliver(self.till.payments.unresolved(), self._warn_unresolved)

    def _warn_unresolved(self, open_payments: list[CardPaymentInfo]) -> None:
        if open_payments:
            self.show_message(
                self.tr(
                    "A card payment has an unknown outcome. Check it with the terminal "
                    "(payment dialog, or Ctrl+T for a manager) before the next card payment."
                ),
                "warning",
                30,
            )

    def new_sale(self) -> None:
        self.pickup_checkout.sale_replaced()
        self._forget_customer()  # the sale ended: the customer's data leaves memory
        self.sale = self.till.new_sale()
        self.model.set_sale(self.sale)
        self.refresh()

    def _require_sale(self) -> Sale:
        if self.sale is None:
            self.new_sale()
        assert self.sale is not None
        return self.sale

    def refresh(self) -> None:
        self.model.refresh()
        sale = self.sale
        fmt = self.till.formatter
        if sale is None:
            return
        self.items_label.setText(self.tr("Items: {0}").format(sale.item_count))
        off = sale.cart_discount_amount + sale.promo_amount
        line_off = sum(
            (line.line_discount for line in sale.active_lines), Money.zero(sale.currency)
        )
        total_off = off + line_off
        self.discount_label.setText(
            self.tr("Discounts: −{0}").format(fmt.money(total_off))
            if not total_off.is_zero()
            else ""
        )
        tax = fmt.money(sale.taxes.tax)
        if sale.pricing is Pricing.GROSS:
            self.tax_label.setText(self.tr("of which VAT: {0}").format(tax))
        else:
            self.tax_label.setText(self.tr("plus VAT: {0}").format(tax))
        if self.last_change is not None and not sale.lines:
            # Between customers the big figure is what the cashier hands back.
            self.total_caption.setText(self.tr("Change"))
            self.total_label.setText(fmt.money(self.last_change))
        else:
            self.total_caption.setText(self.tr("Total"))
            self.total_label.setText(fmt.money(sale.total))
        self.pay_button.setEnabled(bool(sale.active_lines))
        if self.customer_panel.attached:
            self.customer_panel.show_outcome(sale.promo_outcome, self._customer_offline_cap)
            self._customer_timer.start(self.till.settings.customers.attach_minutes * 60_000)

    def back_to_scan(self) -> None:
        """After any dialog: the till window is active again and the scan field has focus.

        Without a window manager nobody else gives the window back its focus; the function
        keys work regardless (``FunctionKeys``), typing needs the scan field focused.
        """
        self.window().activateWindow()
        self.scan.setFocus()

    def show_message(self, text: str, kind: str = "error", seconds: int = 6) -> None:
        self.banner.setProperty("kind", kind)
        self.banner.style().unpolish(self.banner)
        self.banner.style().polish(self.banner)
        self.banner.setText(text)
        self.banner.show()
        self._banner_timer.start(seconds * 1000)
        if kind == "error":
            log.info("shown to cashier: %s", text)

    def show_error(self, exc: BaseException) -> None:
        self.show_message(describe(exc), "error")
        self.back_to_scan()

    # --- scanning ------------------------------------------------------------------------

    def submit_scan(self) -> None:
        text = self.scan.text().strip()
        self.scan.clear()
        if not text:
            return
        quantity: Decimal | None = None
        if "*" in text:
            prefix, _, text = text.partition("*")
            try:
                quantity = Decimal(prefix.replace(",", "."))
            except ArithmeticError:
                quantity = None
            if quantity is None or not quantity.is_finite() or not text:
                self.show_message(self.tr("Type it as quantity*barcode, e.g. 3*5901234123457."))
                return
        if quantity is None and text.lower().startswith("omnitill:"):
            # a QR code's text typed or pasted (promo and pickup codes): read like a scan
            self.handle_read(ScanRead(text.encode(), source="keyboard"))
        elif text.isdigit():
            self.scan_barcode(text, quantity)
        else:
            self.open_search(text)

    def scan_barcode(self, code: str, quantity: Decimal | None = None) -> None:
        """A code typed into the scan field (digits): read like any scan."""
        self.handle_read(ScanRead(code.encode(), source="keyboard"), quantity)

    def handle_read(self, read: ScanRead, quantity: Decimal | None = None) -> None:
        """Every scan ends here on the GUI thread (wedge, serial, camera, typed digits):
        meaning and route (``Till.scan_router``); a bad code is a message, never a line."""
        if self.scan_listener is not None:
            self.scan_listener(read)
            return
        if self.till.current_user is None:
            log.info("scan from %s while signed out; ignored", read.source)
            return
        if quantity is None and read.source != "keyboard":
            quantity = self._typed_quantity()
        try:
            meaning = self.till.scan_router.interpret(read)
            if quantity is None:
                self.till.scan_router.route(meaning)
            elif meaning.route is Route.PRODUCT:
                self._sell(meaning, quantity)
            else:
                self.show_message(self.tr("A quantity goes only with a product's barcode."))
        except DomainError as exc:
            self._scan_error(exc)

    def _typed_quantity(self) -> Decimal | None:
        """A cashier types ``10*`` and then scans: the scanner's read takes that quantity (the
        scan never passes through the field, so the prefix would otherwise be left behind)."""
        match = TYPED_QUANTITY.fullmatch(self.scan.text().strip())
        if match is None:
            return None
        self.scan.clear()
        return Decimal(match.group(1).replace(",", "."))

    def _scan_error(self, exc: BaseException) -> None:
        """A scan's problem on the banner. A scan may come while a dialog is open (the wedge
        works everywhere): then the dialog keeps the focus."""
        if QApplication.activeModalWidget() is None:
            self.show_error(exc)
        else:
            self.show_message(describe(exc), "error")

    def _sell(self, meaning: ScanMeaning, quantity: Decimal | None) -> None:
        code = meaning.product
        assert code is not None
        self._pending_lookups += 1
        self.bridge.deliver(
            self.till.find_product(code, meaning.text),
            lambda product: self._found(product, meaning, quantity),
            self._lookup_failed,
        )

    def _lookup_failed(self, exc: BaseException) -> None:
        self._pending_lookups -= 1
        self._scan_error(exc)

    def _found(self, product: ProductInfo, meaning: ScanMeaning, quantity: Decimal | None) -> None:
        self._pending_lookups -= 1
        if self.till.current_user is None:  # signed out while the lookup ran: sell nothing
            log.info("scan of %s arrived after sign-out; ignored", product.sku)
            return
        if isinstance(QApplication.activeModalWidget(), PaymentDialog):
            # The payment screen shows what is due: a scan must not change it underneath.
            self.show_message(self.tr("Finish or cancel the payment before scanning more."))
            return
        code = meaning.product
        assert code is not None
        try:
            item = scanned_item(product, code, meaning.text)
        except DomainError as exc:
            self._scan_error(exc)
            return
        if quantity is not None and item.quantity is not None:
            self.show_message(self.tr("The label already says how much; scan it on its own."))
            return
        expiry = code.expiry
        if (
            expiry is not None
            and is_expired(expiry, self.till.today())
            and not self._sell_expired(product.name, expiry)
        ):
            return
        self.add_product(
            item.product,
            quantity if quantity is not None else item.quantity,
            marking_code=item.marking_code,
        )

    def _sell_expired(self, name: str, expiry: date) -> bool:
        """Warn about an expired item; sell it only if the cashier says so (default: no)."""
        when = self.till.formatter.date(expiry)
        log.warning("expired item scanned: %s (expiry %s)", name, expiry.isoformat())
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Expired item"))
        box.setText(self.tr("{0} expired on {1}. Sell it anyway?").format(name, when))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        sell = box.exec() == QMessageBox.StandardButton.Yes
        if not sell:
            self.show_message(
                self.tr("{0} expired on {1}: not sold.").format(name, when), "warning"
            )
        self.back_to_scan()
        return sell

    def _show_receipt(self, meaning: ScanMeaning) -> None:
        def found(stored: StoredSale) -> None:
            fmt = self.till.formatter
            number = f"{stored.receipt_no:06d}" if stored.receipt_no else "—"
            total = Money.from_minor(stored.total_minor, self.till.currency)
            status = self.tr("voided") if stored.status == "voided" else self.tr("completed")
            self.show_message(
                self.tr("Receipt {0} of {1}: {2} ({3}).").format(
                    number, fmt.datetime(stored.completed_at), fmt.money(total), status
                ),
                "info",
                15,
            )

        self.bridge.deliver(self.till.find_receipt(meaning.value), found, self._scan_error)

    # --- customers (promo codes) ------------------------------------------------------------

    def _promo_scanned(self, meaning: ScanMeaning) -> None:
        """A customer's promo QR: verified here (no I/O), panel painted from the token, then
        the hub is asked for the customer on the customer worker."""
        sale = self._require_sale()
        if sale.tenders:
            raise PaymentInProgress()
        if sale.promotion is not None or self.customer_panel.attached:
            raise PromoCustomerAttached()
        scanned = self.till.customers.check(meaning.value)
        user = self.till.current_user
        assert user is not None
        self._customer_offline_cap = None
        self.customer_panel.begin(scanned)
        self.bridge.deliver(
            self.till.customers.lookup(scanned, user.name),
            lambda lookup: self._customer_found(lookup, sale),
            lambda exc: self._customer_failed(exc, scanned.token_id),
        )

    def _customer_found(self, lookup: CustomerLookup, sale: Sale) -> None:
        scanned = self.customer_panel.scanned
        if sale is not self.sale or scanned is None or scanned.token_id != lookup.scanned.token_id:
            log.info(
                "customer answer for token %s came after the sale moved on", lookup.scanned.token_id
            )
            return
        try:
            sale.set_promotion(lookup.applied())
        except DomainError as exc:
            self._forget_customer()
            self.show_error(exc)
            return
        self._customer_offline_cap = lookup.offline_cap
        if lookup.offline and lookup.offline_cap is not None:
            self.show_message(
                self.tr(
                    "The hub cannot be reached: the customer's history is not shown. The promo "
                    "is honoured up to {0} and checked when the hub is back."
                ).format(self.till.formatter.money(lookup.offline_cap)),
                "warning",
                15,
            )
        self.customer_panel.show_view(lookup)
        self.refresh()

    def _customer_failed(self, exc: BaseException, token_id: str) -> None:
        scanned = self.customer_panel.scanned
        if scanned is not None and scanned.token_id == token_id:
            self._forget_customer()
        self._scan_error(exc)

    def _forget_customer(self) -> None:
        self._customer_timer.stop()
        self._customer_offline_cap = None
        self.customer_panel.clear()
        self._dock_customer_panel()

    def detach_customer(self) -> None:
        """Take the customer (and their promotion) off the open sale."""
        sale = self.sale
        if sale is not None and sale.promotion is not None:
            try:
                sale.set_promotion(None)
            except DomainError as exc:
                self.show_error(exc)
                return
        self._forget_customer()
        self.refresh()
        self.back_to_scan()

    def _customer_timed_out(self) -> None:
        if self.customer_panel.attached:
            self.detach_customer()
            self.show_message(
                self.tr("The customer was let go after a while without a sale change."), "info"
            )

    def toggle_customer_panel(self) -> None:
        """Ctrl+U: the customer panel in its own window, or back beside the cart."""
        panel = self.customer_panel
        if not panel.attached:
            self.show_message(
                self.tr("No customer: scan the customer's promo QR code first."), "warning"
            )
            return
        if panel.isWindow():
            self._dock_customer_panel()
        else:
            self._body.removeWidget(panel)
            # its own window, owned by the till's window (closes with it)
            panel.setParent(self.window(), Qt.WindowType.Window)
            panel.setWindowTitle(self.tr("Customer"))
            panel.resize(640, 560)
            panel.show()
        self.back_to_scan()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.customer_panel and event.type() in (
            QEvent.Type.Show,
            QEvent.Type.Hide,
            QEvent.Type.ParentChange,
        ):
            docked = self.customer_panel.isVisibleTo(self) and not self.customer_panel.isWindow()
            self._side.setMinimumWidth(SIDE_NARROW if docked else SIDE_WIDE)
            self._body.setStretchFactor(self._side, 1 if docked else 2)
        return super().eventFilter(watched, event)

    def _dock_customer_panel(self) -> None:
        panel = self.customer_panel
        if panel.isWindow():
            was_attached = panel.attached
            panel.setParent(self)
            self._body.insertWidget(self._panel_slot, panel, 2)
            panel.setVisible(was_attached)

    def add_from_customer_view(self, product_id: str) -> None:
        """Add: a product from the customer's view, one tap, looked up in the till's cache."""
        view = self.customer_panel.view
        name = next(
            (p.name for p in (view.products if view else ()) if p.product_id == product_id),
            product_id,
        )
        self.bridge.deliver(self.till.product(product_id, name), self.add_product, self._scan_error)

    def add_product(
        self,
        product: ProductInfo,
        quantity: Decimal | None = None,
        *,
        marking_code: str | None = None,
    ) -> None:
        sale = self._require_sale()
        if quantity is None and product.sold_by is SoldBy.WEIGHT:
            dialog = NumberDialog(
                self.tr("Weight"), self.tr("Weight of {0} in kg").format(product.name), parent=self
            )
            if not dialog.exec() or dialog.value is None:
                self.back_to_scan()
                return
            quantity = dialog.value
        try:
            sale.add(
                product,
                quantity if quantity is not None else Decimal(1),
                marking_code=marking_code,
            )
        except DomainError as exc:
            self._scan_error(exc)
            return
        self.last_change = None
        self.banner.hide()
        self.refresh()

    def open_search(self, text: str = "") -> None:
        dialog = SearchDialog(self.till, self.bridge, text if isinstance(text, str) else "", self)
        dialog.stock_requested.connect(lambda p: self.open_stock(p.product_id, p.name))
        if dialog.exec() and dialog.chosen is not None:
            self.add_product(dialog.chosen)
        self.back_to_scan()

    def _select_row(self, row: int) -> None:
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))

    def _selected_line_no(self) -> int | None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return None
        line = self.model.line_at(indexes[0].row())
        return line.line_no if line is not None else None

    def _move_selection(self, step: int) -> None:
        rows = self.model.rowCount()
        if not rows:
            return
        indexes = self.table.selectionModel().selectedRows()
        current = indexes[0].row() if indexes else rows - 1
        self._select_row(max(0, min(rows - 1, current + step)))

    def _escape(self) -> None:
        self.scan.clear()
        self.banner.hide()

    # --- line actions ----------------------------------------------------------------------

    def _need_line(self) -> int | None:
        line_no = self._selected_line_no()
        if line_no is None:
            self.show_message(self.tr("Select a line first (arrow keys or tap)."), "warning")
        return line_no

    def change_quantity(self) -> None:
        line_no = self._need_line()
        if line_no is None or self.sale is None:
            return
        line = self.sale.line(line_no)
        dialog = NumberDialog(
            self.tr("Quantity"),
            self.tr("New quantity for {0}").format(line.product.name),
            str(line.quantity),
            self,
        )
        if dialog.exec() and dialog.value is not None:
            self.set_quantity(line_no, dialog.value)
        self.back_to_scan()

    def set_quantity(self, line_no: int, quantity: Decimal) -> None:
        assert self.sale is not None
        try:
            self.sale.set_quantity(line_no, quantity)
        except DomainError as exc:
            self.show_error(exc)
            return
        self.refresh()

    def with_approval(self, action: Action, attempt: Callable[[Approval | None], object]) -> None:
        """Try ``attempt``; if the cashier may not do it alone, ask for a supervisor's PIN."""
        try:
            attempt(None)
        except PermissionDenied as exc:
            dialog = PinDialog(
                describe(exc) + "\n" + self.tr("A supervisor can approve with their PIN."), self
            )
            if not dialog.exec():
                self.show_message(self.tr("Not approved; nothing was changed."), "warning")
                return
            self.bridge.deliver(
                self.till.approve(dialog.pin, action),
                lambda approval: self._approved(attempt, approval),
                self.show_error,
            )
            return
        except DomainError as exc:
            self.show_error(exc)
            return
        self.refresh()

    def _approved(self, attempt: Callable[[Approval | None], object], approval: Approval) -> None:
        try:
            attempt(approval)
        except DomainError as exc:
            self.show_error(exc)
            return
        self.show_message(self.tr("Approved."), "info", 3)
        self.refresh()

    def give_discount(self) -> None:
        sale = self.sale
        if sale is None or not sale.active_lines:
            self.show_message(self.tr("Scan something first."), "warning")
            return
        line_no = self._selected_line_no()
        dialog = DiscountDialog(line_no is not None, self)
        if not dialog.exec() or dialog.value is None:
            self.back_to_scan()
            return
        on_line = dialog.on_line.isChecked() and line_no is not None
        self.apply_discount(line_no if on_line else None, dialog.percent.isChecked(), dialog.value)

    def apply_discount(self, line_no: int | None, percent: bool, value: Decimal) -> None:
        sale = self._require_sale()
        try:
            discount = (
                Discount.of_percent(value)
                if percent
                else Discount.of_amount(Money(value, sale.currency))
            )
        except DomainError as exc:
            self.show_error(exc)
            return
        if line_no is None:
            self.with_approval(Action.DISCOUNT, lambda a: sale.discount_cart(discount, approval=a))
        else:
            self.with_approval(
                Action.DISCOUNT, lambda a: sale.discount_line(line_no, discount, approval=a)
            )
        self.back_to_scan()

    def override_price(self) -> None:
        line_no = self._need_line()
        if line_no is None or self.sale is None:
            return
        sale = self.sale
        line = sale.line(line_no)
        dialog = NumberDialog(
            self.tr("Price"),
            self.tr("New unit price for {0}").format(line.product.name),
            str(line.unit_price.amount),
            self,
        )
        if dialog.exec() and dialog.value is not None:
            price = Money(dialog.value, sale.currency)
            self.with_approval(
                Action.PRICE_OVERRIDE, lambda a: sale.override_price(line_no, price, a)
            )
        self.back_to_scan()

    def _reasons(self) -> list[str]:
        return [
            self.tr("Customer changed their mind"),
            self.tr("Scanned by mistake"),
            self.tr("Wrong price"),
            self.tr("Damaged item"),
        ]

    def void_line(self) -> None:
        line_no = self._need_line()
        if line_no is None or self.sale is None:
            return
        sale = self.sale
        dialog = ReasonDialog(
            self.tr("Void line"),
            self.tr("Why is line {0} voided?").format(line_no),
            self._reasons(),
            self,
        )
        if dialog.exec():
            reason = dialog.reason
            self.with_approval(Action.VOID_LINE, lambda a: sale.void_line(line_no, reason, a))
        self.back_to_scan()

    def void_sale(self) -> None:
        sale = self.sale
        if sale is None or not sale.lines:
            self.show_message(self.tr("There is nothing to void."), "warning")
            return
        if any(t.kind is TenderKind.CARD for t in sale.tenders):
            self.show_message(
                self.tr(
                    "A card payment was charged on this sale: finish it, or a manager "
                    "reverses the card payment first."
                ),
                "warning",
            )
            return
        payments = self.till.payments
        if payments is not None:  # its own card payment may be unknown: charged, perhaps
            self.bridge.deliver(
                payments.unresolved(),
                lambda open_payments: self._void_unless_card_unknown(sale, open_payments),
                self.show_error,
            )
            return
        self._void(sale)

    def _void_unless_card_unknown(self, sale: Sale, open_payments: list[CardPaymentInfo]) -> None:
        if sale is not self.sale:
            return
        if any(p.sale_id == sale.sale_id for p in open_payments):
            self.show_message(
                self.tr(
                    "This sale's card payment has an unknown outcome: check it with the "
                    "terminal before voiding the sale."
                ),
                "warning",
            )
            return
        self._void(sale)

    def _void(self, sale: Sale) -> None:
        dialog = ReasonDialog(
            self.tr("Void sale"), self.tr("Why is the whole sale voided?"), self._reasons(), self
        )
        if not dialog.exec():
            self.back_to_scan()
            return
        reason = dialog.reason

        def attempt(approval: Approval | None) -> None:
            future = self.till.void_sale(sale, reason, approval)
            self.bridge.deliver(
                future,
                lambda _r: self.show_message(self.tr("Sale voided."), "info"),
                self.show_error,
            )
            self.new_sale()

        self.with_approval(Action.VOID_SALE, attempt)
        self.back_to_scan()

    # --- park / recall -------------------------------------------------------------------

    def park_sale(self) -> None:
        sale = self.sale
        if sale is None or not sale.lines:
            self.show_message(self.tr("There is nothing to park."), "warning")
            return
        try:
            future = self.till.park(sale)
        except DomainError as exc:
            self.show_error(exc)
            return
        self.new_sale()
        self.bridge.deliver(
            future,
            lambda _id: self.show_message(self.tr("Sale parked. Recall it with F6."), "info"),
            self.show_error,
        )

    def recall_sale(self) -> None:
        if self.sale is not None and self.sale.lines:
            self.show_message(self.tr("Finish or park the current sale first."), "warning")
            return
        self.bridge.deliver(self.till.parked(), self._choose_parked, self.show_error)

    def _choose_parked(self, parked: list[object]) -> None:
        if not parked:
            self.show_message(self.tr("No parked sales."), "warning")
            return
        fmt = self.till.formatter
        rows = []
        for item in parked:
            doc = getattr(item, "document", {})
            count = len(doc.get("lines", [])) if isinstance(doc, dict) else 0
            rows.append(self.tr("{0} — {1} lines").format(fmt.datetime(item.parked_at), count))  # type: ignore[attr-defined]
        dialog = ChoiceDialog(self.tr("Recall"), self.tr("Choose a parked sale"), rows, self)
        if dialog.exec() and dialog.index >= 0:
            parked_id = parked[dialog.index].id  # type: ignore[attr-defined]
            self.bridge.deliver(self.till.recall(parked_id), self._recalled, self.show_error)
        self.back_to_scan()

    def _recalled(self, sale: Sale) -> None:
        self._forget_customer()
        self.sale = sale
        self.model.set_sale(sale)
        self.refresh()
        self.show_message(self.tr("Sale recalled."), "info", 3)

    # --- payment -------------------------------------------------------------------------

    def pay(self) -> None:
        sale = self.sale
        if sale is None or not sale.active_lines:
            self.show_message(self.tr("Scan something first."), "warning")
            return
        if self._pending_lookups:
            self.show_message(self.tr("Still looking up a scan; one moment."), "warning", 2)
            return
        if sale.tenders and sale.balance_due.is_zero():  # e.g. a card payment settled later
            self.finish(sale)
            self.refresh()
            self.back_to_scan()
            return
        dialog = PaymentDialog(sale, self.till.formatter, self, till=self.till, bridge=self.bridge)
        if dialog.exec():
            self.finish(sale, tuple(dialog.card_slips))
        self.refresh()
        self.back_to_scan()

    def finish(self, sale: Sale, slips: tuple[tuple[str, ...], ...] = ()) -> None:
        try:
            completed = self.till.complete(sale)
        except DomainError as exc:
            self.show_error(exc)
            return
        change = completed.change
        self.last_change = change
        self.pickup_checkout.completed(completed.sale_id)
        self.new_sale()
        self._record(completed, change, slips)

    def _record(
        self, completed: object, change: Money, slips: tuple[tuple[str, ...], ...] = ()
    ) -> None:
        fmt = self.till.formatter

        def done(result: Completion) -> None:
            text = self.tr("Receipt {0} saved.").format(f"{result.receipt_no:06d}")
            if not change.is_zero():
                text = self.tr("Change: {0}").format(fmt.money(change)) + "   ·   " + text
            printed = result.printed
            if not (printed.done() and printed.exception() is not None):
                # (if printing already failed, its warning is on the banner: keep it there)
                self.show_message(text, "info", 30)
            self.pickup_checkout.recorded(result)
            self.sale_recorded.emit(result)

        def failed(exc: BaseException) -> None:
            # The sale is complete in memory but not on disk: never drop it, offer to retry.
            log.error("recording a sale failed", exc_info=exc)
            box = QMessageBox(self)
            box.setIcon(QMessageBox.Icon.Critical)
            box.setWindowTitle(self.tr("Sale not saved"))
            box.setText(
                self.tr("The sale could not be saved ({0}). Retry now?").format(describe(exc))
            )
            box.setStandardButtons(QMessageBox.StandardButton.Retry)
            box.exec()
            self._record(completed, change, slips)

        self.bridge.deliver(self.till.record(completed, slips), done, failed)  # type: ignore[arg-type]

    def card_payment_settled(self, payment: CardPayment) -> None:
        """A card payment of the open sale found charged after all (recovered or settled by a
        manager): it becomes the sale's card tender, so the customer is never charged twice."""
        sale = self.sale
        record = payment.record
        if sale is None or not payment.approved or record.sale_id != sale.sale_id:
            return
        if any(t.details.get("payment_id") == record.payment_id for t in sale.tenders):
            return
        try:
            sale.add_tender(
                TenderKind.CARD,
                Money.from_minor(record.amount_minor, sale.currency),
                payment.tender_details(),
            )
        except DomainError as exc:
            log.error("a charged card payment does not fit the open sale: %s", exc)
            self.show_error(exc)
            return
        self.refresh()

    def card_terminal_menu(self) -> None:
        """Manager functions of the card terminal (end-of-day, reversal, unknown payments)."""
        CardTerminalMenu(self.till, self.bridge, self).open()

    # --- printer -------------------------------------------------------------------------

    def reprint(self) -> None:
        self.bridge.deliver(
            self.till.reprint_last(),
            lambda _r: self.show_message(self.tr("Receipt reprinted."), "info", 3),
            self.show_error,
        )

    def show_last_receipt(self) -> None:
        printing = self.till.printing
        connection = printing.connection if printing is not None else None
        data = self.last_receipt
        if data is None and isinstance(connection, VirtualConnection) and connection.jobs:
            data = connection.jobs[-1]
        if data is None:
            self.show_message(self.tr("No receipt printed yet."), "warning")
            return
        ReceiptPreview(data, self.till.settings.printer.profile, self).exec()
        self.back_to_scan()

    def _on_event(self, event: Event) -> None:
        if isinstance(event, ScanReceived):
            self.handle_read(event.read)
        elif isinstance(event, PromoDoubleUse):
            self.show_message(
                self.tr(
                    "The hub reports a promo code used twice (sale {0}, promotion {1}); the "
                    "sale stands. A manager can see it with Ctrl+R."
                ).format(event.sale_id[:8], event.promotion_id),
                "warning",
                30,
            )
        elif isinstance(event, ScannerStateChanged):
            self.scanner_states[event.source] = (event.state, event.detail)
        elif isinstance(event, ReceiptPrinted):
            if not event.data.startswith(b"\x1bp"):
                self.last_receipt = event.data
        elif isinstance(event, ReceiptFailed):
            self.show_message(
                self.tr(
                    "Receipt {0} was not printed: {1} The sale is saved; press F10 to reprint."
                ).format(f"{event.receipt_no:06d}", event.message),
                "error",
                60,
            )
        elif isinstance(event, PrinterStateChanged | OutboxChanged):
            pass  # shown by the status bar

    # --- sync and the endless aisle -------------------------------------------------------

    def _sync_service(self) -> SyncService | None:
        if self.till.sync is None:
            self.show_message(self.tr("This till does not sync with a hub."), "warning")
        return self.till.sync

    def sync_now(self) -> None:
        sync = self._sync_service()
        if sync is not None:
            sync.sync_now()
            self.show_message(self.tr("Syncing with the hub…"), "info", 3)

    def show_stock(self) -> None:
        """Endless aisle for the selected line's product."""
        line_no = self._need_line()
        if line_no is None or self.sale is None:
            return
        product = self.sale.line(line_no).product
        self.open_stock(product.product_id, product.name)

    def open_stock(self, product_id: str, name: str) -> None:
        sync = self._sync_service()
        if sync is None:
            return
        StockDialog(
            sync,
            self.bridge,
            self.till.formatter,
            product_id,
            name,
            self,
            self.till.settings.language,
        ).exec()
        self.back_to_scan()

    def show_rejected(self) -> None:
        user = self.till.current_user
        if user is None or user.role != "manager":
            self.show_message(self.tr("Only a manager can see records the hub refused."), "warning")
            return
        sync = self._sync_service()
        if sync is None:
            return
        RejectedRecordsDialog(
            sync, self.bridge, self.till.formatter, self, self.till.currency
        ).exec()
        self.back_to_scan()

    # --- click & collect -----------------------------------------------------------------

    def open_pickup(self, qr_token: str | None = None) -> None:
        """Ctrl+O: the pickup queue, picking and handover (a scanned pickup QR opens it at
        the handover)."""
        dialog = self.pickup_dialog()
        if dialog is None:
            return
        if qr_token is not None:
            dialog.hand_over_qr(qr_token)
        dialog.exec()
        self.after_pickup(dialog)

    def pickup_dialog(self) -> PickupDialog | None:
        if self.till.pickup is None or self.till.sync is None:
            self.show_message(
                self.tr("Pickup orders come from the hub; this till does not sync with one."),
                "warning",
            )
            return None
        if self.till.current_user is None:
            return None

        def listen(listener: Callable[[ScanRead], None] | None) -> None:
            self.scan_listener = listener

        return PickupDialog(self.till, self.bridge, listen, self)

    def after_pickup(self, dialog: PickupDialog) -> None:
        """The pickup screen closed: an unpaid order it handed on is paid as a sale."""
        request = dialog.payment_request
        dialog.deleteLater()
        if request is not None:
            self.pickup_checkout.start(request)
        self.back_to_scan()

    def _pickup_scanned(self, meaning: ScanMeaning) -> None:
        QTimer.singleShot(0, lambda: self.open_pickup(meaning.value))

    # --- misc ----------------------------------------------------------------------------

    def apply_wedge_settings(self) -> None:
        """(Re)install the keyboard-wedge filter as the settings say (on/off, timing)."""
        if self.wedge is not None:
            self.wedge.uninstall()
            self.wedge = None
        wedge = self.till.settings.scanner.wedge
        if wedge.enabled:
            self.wedge = WedgeFilter(self, wedge, self.handle_read)

    def open_scanner_settings(self) -> None:
        ScannerDialog(self).exec()
        self.back_to_scan()

    def show_help(self) -> None:
        HelpDialog(self.shortcuts, self).exec()
        self.back_to_scan()

    def sign_out(self) -> None:
        """Lock the till. A sale in progress is parked, never dropped; a paid one must finish."""
        sale = self.sale
        if sale is not None and sale.tenders:
            self.show_message(self.tr("Finish the payment before signing out."), "warning")
            return
        if sale is not None and sale.lines:
            self.park_sale()
        self._forget_customer()
        self.sale = None
        self.model.set_sale(None)
        self.till.logout()
        self.lock_requested.emit()


class FunctionKeyButton(QPushButton):
    """A function key on screen: its label wraps, so the row never widens the window.

    Fourteen keys with Russian or Polish labels would otherwise ask for more than a 1280
    pixel counter screen (tests/ui/test_fits_the_screen.py)."""

    def __init__(self, text: str, key_name: str) -> None:
        super().__init__()
        self.setObjectName("fkey")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(f"{text} {key_name}")
        self.setToolTip(f"{text} ({key_name})")
        policy = self.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
        self.setSizePolicy(policy)
        label = QLabel(f"{text}\n{key_name}")
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(2, 2, 2, 2)
        self._layout.addWidget(label)
        self.label = label

    def sizeHint(self) -> QSize:
        return self._layout.sizeHint()

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self.sizeHint().height())


class TillStatusBar(QStatusBar):
    """User, store and till, printer state, sync state and records waiting to sync."""

    def __init__(self, till: Till, bridge: Bridge) -> None:
        super().__init__()
        self.user = QLabel()
        self.place = ElidedLabel(
            self.tr("{store} · till {till}").format(
                store=till.settings.store.store_name, till=till.settings.store.till_id
            )
        )
        self.printer = ElidedLabel(self.tr("Printer: ready"))
        self.outbox = ElidedLabel()
        self.pickup = ElidedLabel()  # the pickup counter, once the hub has sent orders
        self.pickup.hide()
        self._till = till
        self._bridge = bridge
        self.scanners = ElidedLabel()  # shown once a scanner that runs on its own reports
        self.scanners.hide()
        self._scanner_states: dict[str, str] = {}
        self.addWidget(self.user)
        # Store and till give way first (the sign-in screen names them too): printer, records
        # waiting and sync state are what the cashier must read.
        self.place.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.addWidget(self.place, 1)
        self.sync = SyncIndicator(till.formatter, bridge)
        if not till.syncs_with_hub:
            self.sync.show_standalone()
        self.addPermanentWidget(self.scanners)
        self.addPermanentWidget(self.pickup)
        self.addPermanentWidget(self.printer)
        self.addPermanentWidget(self.outbox)
        self.addPermanentWidget(self.sync)
        bridge.core_event.connect(self._on_event)

    def set_scanner(self, source: str, state: str) -> None:
        if state == "closed":
            self._scanner_states.pop(source, None)
        else:
            self._scanner_states[source] = state
        troubled = [
            s for s, st in self._scanner_states.items() if st in ("disconnected", "unavailable")
        ]
        if troubled:
            self.scanners.setText(self.tr("Scanner: NOT CONNECTED — {0}").format(troubled[0]))
        elif any(st == "connecting" for st in self._scanner_states.values()):
            self.scanners.setText(self.tr("Scanner: connecting…"))
        else:
            self.scanners.setText(
                self.tr("Scanners: ready ({0})").format(len(self._scanner_states))
            )
        self.scanners.setVisible(bool(self._scanner_states))

    def set_user(self, name: str, role: str) -> None:
        roles = {
            "cashier": self.tr("cashier"),
            "supervisor": self.tr("supervisor"),
            "manager": self.tr("manager"),
        }
        self.user.setText(
            self.tr("Signed in: {0} ({1})").format(name, roles.get(role, role))
            if name
            else self.tr("Signed out")
        )
        # The permanent widgets (printer, sync) must not squeeze who is signed in away.
        self.user.setMinimumWidth(self.user.sizeHint().width())

    def count_pickups(self) -> None:
        pickup = self._till.pickup
        if pickup is not None:
            self._bridge.deliver(pickup.queue(), self.set_pickups)

    def set_pickups(self, rows: list[QueueRow]) -> None:
        """The counter in the main window: new and ready orders (Ctrl+O shows them)."""
        new = sum(1 for r in rows if r.state == "new")
        ready = sum(1 for r in rows if r.state == "ready")
        self.pickup.setText(self.tr("Pickup: {0} new · {1} ready (Ctrl+O)").format(new, ready))
        self.pickup.setVisible(bool(rows))

    def set_outbox(self, pending: int) -> None:
        self.outbox.setText(self.tr("Waiting to sync: {0}").format(pending))

    def _on_event(self, event: Event) -> None:
        if isinstance(event, PrinterStateChanged):
            text = {
                "ready": self.tr("Printer: ready"),
                "printing": self.tr("Printer: printing…"),
                "failed": self.tr("Printer: PROBLEM — {0}").format(event.detail),
                "unknown": self.tr("Printer: no status reply"),
                "offline": self.tr("Printer: OFFLINE"),
                "paper_out": self.tr("Printer: OUT OF PAPER"),
            }.get(event.state, event.state)
            self.printer.setText(text)
        elif isinstance(event, OutboxChanged | SyncStatus):
            self.set_outbox(event.pending if isinstance(event, OutboxChanged) else event.waiting)
            if isinstance(event, SyncStatus) and event.state == "online":
                self.count_pickups()
        elif isinstance(event, PickupOrdersChanged):
            self.count_pickups()
        elif isinstance(event, ScannerStateChanged):
            self.set_scanner(event.source, event.state)
