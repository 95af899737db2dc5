"""The till screen as a shell: scan field, cart, totals and the key row; the features do the rest.

Keyboard first: the scan field always has the focus back after any action, and every action
has a function key shown on its button. Touch works too (big buttons, numpad). What each key
does lives in its feature (``pos.ui.features``); the shell builds the key row, the function keys
and the F1 help from the actions the features declare, and hands every scan to the scan router.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from decimal import Decimal
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from drivers.scanner import ScanRead
from pos.domain.cart import Sale
from pos.domain.errors import DomainError
from pos.domain.money import Money
from pos.domain.roles import Role
from pos.domain.scan_meaning import Route, is_sale_id
from pos.domain.tax import Pricing
from pos.events import Event
from pos.services.events import ScanReceived
from pos.services.till import Till
from pos.ui.bridge import Bridge
from pos.ui.features.base import Feature, SaleChanged, SaleEnding, TillAction
from pos.ui.features.parking.parking import Parking
from pos.ui.features.registry import FEATURES
from pos.ui.features.selling.selling import Selling
from pos.ui.messages import describe
from pos.ui.shell.banner import Banner
from pos.ui.shell.cart_model import CartModel
from pos.ui.shell.cart_view import CartView
from pos.ui.shell.key_bar import KeyBar
from pos.ui.shell.panel_dock import PanelDock
from pos.ui.widgets.dialogs import HelpDialog
from pos.ui.widgets.numpad import Numpad

log = logging.getLogger(__name__)

F = TypeVar("F", bound=Feature)
E = TypeVar("E", bound=Event)

# ``3*`` typed into the scan field, waiting for a scanner's read.
TYPED_QUANTITY = re.compile(r"(\d+(?:[.,]\d+)?)\s*\*")


class TillScreen(QWidget):
    """The selling screen. Emits ``lock_requested`` when the cashier signs out."""

    lock_requested = Signal()

    def __init__(self, till: Till, bridge: Bridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.till = till
        self.bridge = bridge
        self.sale: Sale | None = None
        self.last_change: Money | None = None  # shown big until the next customer's first scan
        # While a dialog tests a scanner or hands over an order, reads go there, not the sale.
        self.scan_listener: Callable[[ScanRead], None] | None = None
        # Plain callbacks, not signals: ``sale_changed`` runs on every scan's repaint.
        self.sale_ending: list[SaleEnding] = []
        self.sale_changed: list[SaleChanged] = []
        self._handlers: dict[type[Event], list[Callable[[Event], None]]] = {}
        self.model = CartModel(till.formatter)
        self._build()
        bridge.core_event.connect(self._on_event)
        self.subscribe(ScanReceived, self._scan_received)
        self.features: dict[type[Feature], Feature] = {}
        for kind in FEATURES:
            self.features[kind] = kind(self)
        for feature in self.features.values():
            feature.attach()
        self._selling = self.feature(Selling)
        self.keys = KeyBar(self, self._actions(), self.run)
        self.keys.function_keys.add(Qt.Key.Key_Up, lambda: self.table.move_selection(-1))
        self.keys.function_keys.add(Qt.Key.Key_Down, lambda: self.table.move_selection(1))
        self.keys.function_keys.add(Qt.Key.Key_Escape, self._escape)
        self._root.addLayout(self.keys)

    # --- layout --------------------------------------------------------------------------

    def _build(self) -> None:
        self._root = root = QVBoxLayout(self)
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

        self.banner = Banner()
        root.addWidget(self.banner)

        body = QHBoxLayout()
        self.table = CartView(self.model)
        body.addWidget(self.table, 3)

        side = QFrame()
        side.setObjectName("totalsPanel")
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
        self.pay_button.clicked.connect(lambda: self.run(self.keys.action("F12")))
        side_layout.addWidget(self.pay_button)
        body.addWidget(side, 2)
        self._dock = PanelDock(self, body, side)
        root.addLayout(body, 1)

    def widget(self) -> QWidget:
        return self

    def dock_beside_cart(self, panel: QWidget) -> None:
        self._dock.dock(panel)

    def undock(self, panel: QWidget, title: str) -> None:
        self._dock.undock(panel, title)

    # --- features and their actions ---------------------------------------------------------

    def feature(self, kind: type[F]) -> F:
        """The running instance of a feature (``screen.feature(Payment).pay()``)."""
        found = self.features[kind]
        assert isinstance(found, kind)
        return found

    def _actions(self) -> list[TillAction]:
        own = [
            TillAction("F1", QCoreApplication.translate("TillScreen", "Help"), self.show_help),
            TillAction(
                "Ctrl+L", QCoreApplication.translate("TillScreen", "Sign out"), self.sign_out
            ),
        ]
        return own + [a for feature in self.features.values() for a in feature.actions()]

    def run(self, action: TillAction) -> None:
        """A key or a button: the action runs if the signed-in user's role allows it."""
        if action.role is not Role.CASHIER:
            user = self.till.current_user
            if user is None or not Role(user.role).at_least(action.role):
                self.show_message(action.refused, "warning")
                return
        action.handler()

    def subscribe(self, kind: type[E], handler: Callable[[E], None]) -> None:
        """Run ``handler`` for every core event of exactly this type (on the GUI thread)."""
        self._handlers.setdefault(kind, []).append(handler)  # type: ignore[arg-type]

    def _on_event(self, event: Event) -> None:
        for handler in self._handlers.get(type(event), ()):
            handler(event)

    def _scan_received(self, event: ScanReceived) -> None:
        self.handle_read(event.read)

    # --- sale life -----------------------------------------------------------------------

    def start(self) -> None:
        """A user signed in: start (or keep) a sale and get ready to scan."""
        if self.sale is None:
            self.sale = self.till.new_sale()
            self.model.set_sale(self.sale)
        self.refresh()
        self.back_to_scan()
        for feature in self.features.values():
            feature.signed_in()

    def new_sale(self, *, paid: bool = False) -> None:
        """The sale ended (paid, parked, voided): a fresh one. ``paid``: it was completed."""
        self._ending(paid)
        self.sale = self.till.new_sale()
        self.model.set_sale(self.sale)
        self.refresh()

    def replace_sale(self, sale: Sale | None) -> None:
        """Another sale takes the open one's place (a recalled one, or none at sign-out)."""
        self._ending(False)
        self.sale = sale
        self.model.set_sale(sale)
        if sale is not None:
            self.refresh()

    def _ending(self, paid: bool) -> None:
        for hook in self.sale_ending:
            hook(self.sale, paid)

    def require_sale(self) -> Sale:
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
        total_off = sale.cart_discount_amount + sale.promo_amount + sale.line_discount_amount
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
        for hook in self.sale_changed:
            hook(sale)

    # --- messages ------------------------------------------------------------------------

    def back_to_scan(self) -> None:
        """After any dialog: the till window is active again and the scan field has focus.

        Without a window manager nobody else gives the window back its focus; the function
        keys work regardless (``FunctionKeys``), typing needs the scan field focused.
        """
        self.window().activateWindow()
        self.scan.setFocus()

    def show_message(self, text: str, kind: str = "error", seconds: int = 6) -> None:
        self.banner.say(text, kind, seconds)
        if kind == "error":
            log.info("shown to cashier: %s", text)

    def hide_message(self) -> None:
        self.banner.hide()

    def show_error(self, exc: BaseException) -> None:
        self.show_message(describe(exc), "error")
        self.back_to_scan()

    def scan_error(self, exc: BaseException) -> None:
        """A scan's problem on the banner. A scan may come while a dialog is open (the wedge
        works everywhere): then the dialog keeps the focus."""
        if QApplication.activeModalWidget() is None:
            self.show_error(exc)
        else:
            self.show_message(describe(exc), "error")

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
        if quantity is None and (text.lower().startswith("omnitill:") or is_sale_id(text)):
            # a QR code's text typed or pasted (promo, pickup and receipt codes): a scan
            self.handle_read(ScanRead(text.encode(), source="keyboard"))
        elif text.isdigit():
            self.scan_barcode(text, quantity)
        else:
            self._selling.open_search(text)

    def scan_barcode(self, code: str, quantity: Decimal | None = None) -> None:
        """A code typed into the scan field (digits): read like any scan."""
        self.handle_read(ScanRead(code.encode(), source="keyboard"), quantity)

    def handle_read(self, read: ScanRead, quantity: Decimal | None = None) -> None:
        """Every scan ends here on the GUI thread (wedge, serial, camera, typed digits):
        meaning and route (``Till.scan_router``, whose routes the features register); a bad
        code is a message, never a line."""
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
                self._selling.sell(meaning, quantity)
            else:
                self.show_message(self.tr("A quantity goes only with a product's barcode."))
        except DomainError as exc:
            self.scan_error(exc)

    def _typed_quantity(self) -> Decimal | None:
        """A cashier types ``10*`` and then scans: the scanner's read takes that quantity (the
        scan never passes through the field, so the prefix would otherwise be left behind)."""
        match = TYPED_QUANTITY.fullmatch(self.scan.text().strip())
        if match is None:
            return None
        self.scan.clear()
        return Decimal(match.group(1).replace(",", "."))

    # --- lines ---------------------------------------------------------------------------

    def selected_line_no(self) -> int | None:
        return self.table.selected_line_no()

    def need_line(self) -> int | None:
        line_no = self.table.selected_line_no()
        if line_no is None:
            self.show_message(self.tr("Select a line first (arrow keys or tap)."), "warning")
        return line_no

    def _escape(self) -> None:
        self.scan.clear()
        self.banner.hide()

    # --- the shell's own keys ------------------------------------------------------------

    def show_help(self) -> None:
        HelpDialog(self.keys.help_rows, self).exec()
        self.back_to_scan()

    def sign_out(self) -> None:
        """Lock the till. A sale in progress is parked, never dropped; a paid one must finish."""
        sale = self.sale
        if sale is not None and sale.tenders:
            self.show_message(self.tr("Finish the payment before signing out."), "warning")
            return
        if sale is not None and sale.lines:
            self.feature(Parking).park_sale()
        self.replace_sale(None)
        self.till.logout()
        self.lock_requested.emit()
