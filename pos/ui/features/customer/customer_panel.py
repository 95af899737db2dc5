"""The customer panel beside the cart: who scanned their promo code, their promotion and what
they looked at online, with one-tap Add for every product.

Painted in two steps so a scan shows at once: :meth:`CustomerPanel.begin` from the verified
token alone (the promotion and its validity; no I/O), then :meth:`CustomerPanel.show_view`
when the hub's answer arrives (masked name, tier and points, viewed products newest first
with when and where, searches, online cart, wishlist, orders, "suggested here"). The view is
held only by this widget and dropped by :meth:`clear` (sale ended, customer detached, time
out). ``Ctrl+U`` detaches the panel into its own window and docks it back.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pos.api.customers import CustomerView, ViewProduct
from pos.domain.i18n import QT_TRANSLATE_NOOP
from pos.domain.money import Currency, Money
from pos.domain.promotions import Ineligible, PromoKind, PromoOutcome, Promotion
from pos.locale_format import LocaleFormatter
from pos.services.customers import CustomerLookup, ScannedPromo

# The hub's order statuses as shown (an unknown one is shown as the hub sent it).
_ORDER_STATUSES = {
    "placed": QT_TRANSLATE_NOOP("CustomerPanel", "placed"),
    "ready": QT_TRANSLATE_NOOP("CustomerPanel", "ready"),
    "collected": QT_TRANSLATE_NOOP("CustomerPanel", "collected"),
    "delivered": QT_TRANSLATE_NOOP("CustomerPanel", "delivered"),
    "paid": QT_TRANSLATE_NOOP("CustomerPanel", "paid"),
    "returned": QT_TRANSLATE_NOOP("CustomerPanel", "returned"),
    "part_returned": QT_TRANSLATE_NOOP("CustomerPanel", "partly returned"),
}


class CustomerPanel(QFrame):
    """Emits ``add_requested(product_id)`` when staff tap Add, ``detach_requested`` when
    they take the customer off the sale."""

    add_requested = Signal(str)
    detach_requested = Signal()

    def __init__(
        self, formatter: LocaleFormatter, currency: Currency, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("customerPanel")
        self.setMinimumWidth(380)
        self._fmt = formatter
        self._currency = currency
        self.scanned: ScannedPromo | None = None
        self.view: CustomerView | None = None  # personal data: memory only, while attached
        self._names: dict[str, str] = {}  # location id -> name
        self._build()
        self.hide()

    # --- layout --------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        head = QHBoxLayout()
        self.name_label = QLabel()
        self.name_label.setObjectName("customerName")
        head.addWidget(self.name_label, 1)
        self.detach_button = QPushButton(self.tr("Remove customer"))
        self.detach_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.detach_button.clicked.connect(self.detach_requested.emit)
        head.addWidget(self.detach_button)
        layout.addLayout(head)
        self.loyalty_label = QLabel()
        layout.addWidget(self.loyalty_label)
        self.promo_label = QLabel()
        self.promo_label.setObjectName("customerPromo")
        self.promo_label.setWordWrap(True)
        layout.addWidget(self.promo_label)
        self.status_label = QLabel()
        self.status_label.setObjectName("customerPromoStatus")
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        self.tabs = QTabWidget()
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # Add first, so one tap is always in view; the note (when / where) under the name
        product_headers = ["", self.tr("Product")]
        self.viewed_table = self._table(product_headers)
        self.cart_table = self._table(product_headers)
        self.wishlist_table = self._table(product_headers)
        self.suggested_table = self._table(product_headers)
        self.searches_table = self._table([self.tr("Search"), self.tr("When / where")])
        self.orders_table = self._table(
            [self.tr("Order"), self.tr("When / where"), self.tr("Status"), self.tr("Total")]
        )
        fit, stretch = QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch
        product_tables = (
            self.viewed_table,
            self.cart_table,
            self.wishlist_table,
            self.suggested_table,
        )
        for table in product_tables:
            table.ensurePolished()  # the theme's font decides the line height
            rows = table.verticalHeader()
            rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            rows.setDefaultSectionSize(table.fontMetrics().lineSpacing() * 3 + 12)
            table.horizontalHeader().setSectionResizeMode(0, fit)
            table.horizontalHeader().setSectionResizeMode(1, stretch)
        for table, title in (
            (self.viewed_table, self.tr("Viewed")),
            (self.suggested_table, self.tr("Suggested here")),
            (self.cart_table, self.tr("Online cart")),
            (self.wishlist_table, self.tr("Wishlist")),
            (self.searches_table, self.tr("Searches")),
            (self.orders_table, self.tr("Orders")),
        ):
            self.tabs.addTab(table, title)
        layout.addWidget(self.tabs, 1)

    def _table(self, headers: Sequence[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(list(headers))
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        return table

    # --- what it shows --------------------------------------------------------------------

    @property
    def attached(self) -> bool:
        return self.scanned is not None

    def set_location_names(self, names: dict[str, str]) -> None:
        self._names = dict(names)

    def begin(self, scanned: ScannedPromo) -> None:
        """First paint, from the verified token alone (no I/O)."""
        self.clear()
        self.scanned = scanned
        self.name_label.setText(self.tr("Customer (loading…)"))
        self.loyalty_label.setText("")
        self._show_promotion(scanned.promotion, scanned.token.claims.promotion)
        self.validity(scanned.token.expires_at)
        self.status_label.setText(self.tr("Asking the hub for the customer…"))
        self.tabs.setEnabled(False)
        self.show()

    def validity(self, until: datetime) -> None:
        self.promo_label.setText(
            self.promo_label.text()
            + "\n"
            + self.tr("Code valid until {0}").format(self._fmt.datetime(until))
        )

    def _show_promotion(self, promotion: Promotion | None, promotion_id: str) -> None:
        if promotion is None:
            self.promo_label.setText(self.tr("Promotion {0}").format(promotion_id))
            return
        if promotion.kind is PromoKind.PERCENT:
            size = self.tr("{0} % off").format(self._fmt.quantity(promotion.value, 0))
        else:
            size = self.tr("{0} off").format(
                self._fmt.money(Money.of(promotion.value, self._currency))
            )
        self.promo_label.setText(f"{promotion.name} · {size}")

    def show_view(self, lookup: CustomerLookup) -> None:
        """The hub's answer (or, offline, what the till can do without it)."""
        self.scanned = lookup.scanned
        self._show_promotion(lookup.promotion, lookup.promotion.promotion_id)
        self.validity(lookup.scanned.token.expires_at)
        view = lookup.view
        self.view = view
        if view is None:
            self.name_label.setText(self.tr("Customer (offline)"))
            self.loyalty_label.setText(
                self.tr("The hub cannot be reached: the customer's history is not available.")
            )
            self.tabs.setEnabled(False)
            return
        self.name_label.setText(view.masked_name)
        self.loyalty_label.setText(
            self.tr("{0} tier · {1} points · code uses left: {2}").format(
                view.tier, self._fmt.quantity(Decimal(view.points), 0), view.uses_left
            )
        )
        products = {p.product_id: p for p in view.products}
        self._fill_products(
            self.viewed_table,
            [(products.get(v.product_id), self._when(v.viewed_at, v.channel)) for v in view.viewed],
        )
        self._fill_products(
            self.cart_table,
            [
                (products.get(i.product_id), self.tr("{0} pcs").format(i.quantity))
                for i in view.cart
            ],
        )
        self._fill_products(
            self.wishlist_table,
            [(products.get(i.product_id), self._fmt.datetime(i.added_at)) for i in view.wishlist],
        )
        self._fill_products(
            self.suggested_table,
            [(products.get(pid), self.tr("in stock here")) for pid in view.suggested],
        )
        self._fill_rows(
            self.searches_table,
            [(s.query, self._when(s.searched_at, s.channel)) for s in view.searches],
        )
        self._fill_rows(
            self.orders_table,
            [
                (
                    o.order_id,
                    self._when(o.placed_at, self._names.get(o.store_id or "", o.channel)),
                    self._order_status(o.status),
                    self._fmt.money(Money.from_minor(o.total_minor, self._currency)),
                )
                for o in view.orders
            ],
        )
        for index, table in enumerate(
            (
                self.viewed_table,
                self.suggested_table,
                self.cart_table,
                self.wishlist_table,
                self.searches_table,
                self.orders_table,
            )
        ):
            title = self.tabs.tabText(index).split(" (")[0]
            self.tabs.setTabText(index, f"{title} ({table.rowCount()})")
        self.tabs.setEnabled(True)

    def show_outcome(self, outcome: PromoOutcome | None, offline_cap: Money | None) -> None:
        """What the promotion does to the sale now (called after every cart change)."""
        if self.scanned is None or outcome is None:
            return
        fmt = self._fmt
        if outcome.ineligible is None:
            text = self.tr("Applied: −{0} on this sale.").format(fmt.money(outcome.amount))
            if outcome.capped and offline_cap is not None:
                text += " " + self.tr("Offline limit {0} reached.").format(fmt.money(offline_cap))
        else:
            text = self.tr("Not applied now: {0}").format(self._reason(outcome.ineligible))
        if offline_cap is not None:
            text += " " + self.tr(
                "(honoured offline up to {0}; checked when the hub is back)"
            ).format(fmt.money(offline_cap))
        self.status_label.setText(text)

    def _reason(self, why: Ineligible) -> str:
        promotion = self.scanned.promotion if self.scanned is not None else None
        if why is Ineligible.MIN_SPEND and promotion is not None:
            return self.tr("the basket must reach {0}.").format(
                self._fmt.money(Money.of(promotion.min_spend, self._currency))
            )
        return {
            Ineligible.MIN_SPEND: self.tr("the basket is under the minimum spend."),
            Ineligible.NO_ITEMS: self.tr("nothing in the cart it applies to."),
            Ineligible.NOT_STARTED: self.tr("the promotion has not started."),
            Ineligible.ENDED: self.tr("the promotion has ended."),
            Ineligible.OTHER_STORE: self.tr("not valid in this store."),
        }[why]

    def clear(self) -> None:
        """Forget the customer (their data leaves memory) and hide."""
        self.scanned = None
        self.view = None
        for table in (
            self.viewed_table,
            self.cart_table,
            self.wishlist_table,
            self.suggested_table,
            self.searches_table,
            self.orders_table,
        ):
            table.setRowCount(0)
        for label in (self.name_label, self.loyalty_label, self.promo_label, self.status_label):
            label.clear()
        self.hide()

    # --- rows ------------------------------------------------------------------------------

    @staticmethod
    def _order_status(status: str) -> str:
        known = _ORDER_STATUSES.get(status)
        return status if known is None else QCoreApplication.translate("CustomerPanel", known)

    def _when(self, moment: datetime, where: str) -> str:
        local = moment.astimezone(self._fmt.timezone)
        return f"{self._fmt.date(local.date())} · {where}"

    def _level(self, level: Decimal | str) -> str:
        """A stock level in the till's locale: whole pieces, or kilograms to the gram."""
        value = Decimal(level)
        return self._fmt.quantity(value, 3 if value % 1 else 0)

    def _fill_products(
        self, table: QTableWidget, rows: Sequence[tuple[ViewProduct | None, str]]
    ) -> None:
        shown = [(p, note) for p, note in rows if p is not None]
        table.setUpdatesEnabled(False)
        table.setRowCount(len(shown))
        for row, (product, note) in enumerate(shown):
            # the other stores and the web warehouse in all; each one in the tooltip
            elsewhere = sum((Decimal(s.on_hand) for s in product.stock_elsewhere), Decimal(0))
            where = "\n".join(
                f"{self._names.get(s.location_id, s.location_id)}: {self._level(s.on_hand)}"
                for s in product.stock_elsewhere
            )
            stock = self.tr("here {0} · elsewhere {1}").format(
                self._level(product.stock_here), self._level(elsewhere)
            )
            price = self._fmt.money(Money.from_minor(product.price_minor, self._currency))
            # three lines: name / when and where / price and stock (each store in the tooltip)
            item = QTableWidgetItem(f"{product.name}\n{note}\n{price} · {stock}")
            item.setToolTip(f"{product.name}\n{where}")
            table.setItem(row, 1, item)
            button = QPushButton(self.tr("Add"))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setObjectName(f"add-{product.product_id}")
            button.clicked.connect(_emitter(self.add_requested.emit, product.product_id))
            table.setCellWidget(row, 0, button)
        table.setUpdatesEnabled(True)

    def _fill_rows(self, table: QTableWidget, rows: Sequence[tuple[str, ...]]) -> None:
        table.setUpdatesEnabled(False)
        table.setRowCount(len(rows))
        for row, texts in enumerate(rows):
            for column, text in enumerate(texts):
                table.setItem(row, column, QTableWidgetItem(text))
        table.setUpdatesEnabled(True)


def _emitter(emit: Callable[[str], None], product_id: str) -> Callable[[], None]:
    return lambda: emit(product_id)
