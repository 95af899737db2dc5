"""The open sale (the cart): lines, discounts, approvals, tenders, and how it ends.

Every operation either succeeds completely or raises a :class:`DomainError` and leaves the
sale exactly as it was: the new state is computed first and swapped in only once every rule
has passed. Lines are immutable values; the sale replaces them.

Rules decided here:

* Adding a piece product again merges into that product's last line when that line is
  active, has no discount, no price override, the same unit price and barcode; otherwise a
  new line starts (so an approved discount or override never silently spreads to more
  items). Weighed items never merge: each weighing is its own line. A marked item (with a
  marking code) is one piece on its own line, and its code may be in the sale only once.
* A fixed-amount discount (line or cart) that no longer fits after a change (fewer items,
  a lower price, a voided line) makes that change fail with ``DiscountExceedsAmount``;
  the cashier removes or re-enters the discount. Role limits are checked when a discount is
  given, each discount on its own base (line: quantity × price; cart: the subtotal).
* Once a tender is on the sale the lines and discounts are frozen (``PaymentInProgress``);
  remove the tenders to change them. Parking and voiding the sale also need no tenders.
* Voiding a sale with active lines needs approval like any void; abandoning a sale with no
  active lines does not.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal
from enum import StrEnum
from typing import TypeVar

from pos.domain.catalog import ProductInfo, SoldBy
from pos.domain.discounts import Discount, spread
from pos.domain.documents import (
    ApprovalRecord,
    CompletedSale,
    CustomerLink,
    VoidedSale,
    format_time,
    parse_decimal,
    parse_money,
    parse_time,
    pricing_literal,
)
from pos.domain.errors import (
    CurrencyMismatch,
    DomainError,
    EmptySale,
    InsufficientPayment,
    InvalidDocument,
    InvalidPrice,
    InvalidTender,
    LineAlreadyVoided,
    LineNotFound,
    MarkedItemIsOne,
    MarkingCodeTwice,
    PaymentInProgress,
    ReasonRequired,
    SaleNotOpen,
    TenderExceedsDue,
    TenderNotFound,
)
from pos.domain.lines import Line, validate_quantity
from pos.domain.money import Currency, Money
from pos.domain.parked import (
    PARKED_SCHEMA,
    ParkedLineDoc,
    ParkedSaleDoc,
    currency_from_doc,
    currency_to_doc,
    discount_from_doc,
    discount_to_doc,
    product_from_doc,
    product_to_doc,
)
from pos.domain.promotions import AppliedPromotion, PromoOutcome, evaluate, points_earned
from pos.domain.roles import Action, Approval, Role, RolePolicy, percent_text
from pos.domain.tax import Pricing, TaxSummary, compute_taxes
from pos.domain.tenders import Settlement, Tender, TenderKind, settle

Clock = Callable[[], datetime]
_T = TypeVar("_T")

__all__ = ["Clock", "Sale", "SaleState", "utc_now"]


def utc_now() -> datetime:
    return datetime.now(UTC)


def _utc(moment: datetime) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("Times must be timezone-aware")
    return moment.astimezone(UTC)


class SaleState(StrEnum):
    OPEN = "open"
    PARKED = "parked"
    COMPLETED = "completed"
    VOIDED = "voided"


class Sale:
    """The open cart aggregate. Not thread-safe; one sale belongs to one till."""

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by state

    def __init__(
        self,
        *,
        store_id: str,
        till_id: str,
        cashier_id: str,
        currency: Currency,
        pricing: Pricing = Pricing.GROSS,
        cashier_role: Role = Role.CASHIER,
        policy: RolePolicy | None = None,
        sale_id: str | None = None,
        started_at: datetime | None = None,
        clock: Clock = utc_now,
    ) -> None:
        self.sale_id = sale_id if sale_id is not None else str(uuid.uuid4())
        self.store_id = store_id
        self.till_id = till_id
        self.cashier_id = cashier_id
        self.cashier_role = cashier_role
        self.currency = currency
        self.pricing = pricing
        self.policy = policy if policy is not None else RolePolicy()
        self._clock = clock
        self.started_at = _utc(started_at if started_at is not None else clock())
        self._lines: list[Line] = []
        self._next_line_no = 1
        self._cart_discount: Discount | None = None
        self._promotion: AppliedPromotion | None = None
        self._tenders: list[Tender] = []
        self._approvals: list[ApprovalRecord] = []
        self._state = SaleState.OPEN
        # Figures derived from the lines (totals, taxes, counts), computed once per state of
        # the lines: every change assigns a new ``_lines`` list, so its identity is the key.
        # A 100-line cart would otherwise be re-added several times per scan.
        self._figures_of: tuple[object, ...] = ()
        self._figures: dict[str, object] = {}

    # --- comparison ------------------------------------------------------------------------

    def _key(self) -> tuple[object, ...]:
        return (
            self.sale_id,
            self.store_id,
            self.till_id,
            self.cashier_id,
            self.cashier_role,
            self.currency,
            self.pricing,
            self.policy,
            self.started_at,
            tuple(self._lines),
            self._next_line_no,
            self._cart_discount,
            self._promotion,
            tuple(self._tenders),
            tuple(self._approvals),
            self._state,
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sale):
            return NotImplemented
        return self._key() == other._key()

    def __repr__(self) -> str:
        return f"Sale({self.sale_id}, {self._state}, {len(self._lines)} lines, total {self.total})"

    # --- reading ---------------------------------------------------------------------------

    @property
    def state(self) -> SaleState:
        return self._state

    @property
    def lines(self) -> tuple[Line, ...]:
        return tuple(self._lines)

    @property
    def active_lines(self) -> tuple[Line, ...]:
        return self._figure(
            "active", lambda: tuple(line for line in self._lines if not line.voided)
        )

    @property
    def cart_discount(self) -> Discount | None:
        return self._cart_discount

    @property
    def promotion(self) -> AppliedPromotion | None:
        return self._promotion

    @property
    def promo_outcome(self) -> PromoOutcome | None:
        """What the promotion takes off now and, when nothing, why (None: no promotion)."""
        if self._promotion is None:
            return None
        return evaluate(
            self._promotion,
            self.store_id,
            [(line.product, line.base) for line in self.active_lines],
            self._clock(),
            self.currency,
        )

    @property
    def promo_amount(self) -> Money:
        return self._figure("promo", lambda: self._sum(line.promo for line in self.active_lines))

    @property
    def cart_discount_amount(self) -> Money:
        return self._figure("share", lambda: self._sum(line.share for line in self.active_lines))

    @property
    def line_discount_amount(self) -> Money:
        """What the lines' own discounts take off, together."""
        return self._figure(
            "line_off", lambda: self._sum(line.line_discount for line in self.active_lines)
        )

    @property
    def subtotal(self) -> Money:
        """Active lines after their own discounts, before the cart discount (pricing mode)."""
        return self._figure("subtotal", lambda: self._sum(line.base for line in self.active_lines))

    @property
    def taxes(self) -> TaxSummary:
        return self._figure(
            "taxes",
            lambda: compute_taxes(
                ((line.product.tax, line.total) for line in self.active_lines),
                self.pricing,
                self.currency,
            ),
        )

    @property
    def total(self) -> Money:
        """What the customer pays before cash rounding (tax added when pricing is net)."""

        def compute() -> Money:
            lines_total = self._sum(line.total for line in self.active_lines)
            if self.pricing is Pricing.GROSS:
                return lines_total
            return lines_total + self.taxes.tax

        return self._figure("total", compute)

    @property
    def item_count(self) -> int:
        """Pieces counted one by one; each weighed line counts as one item."""
        return self._figure(
            "items",
            lambda: sum(
                int(line.quantity) if line.product.sold_by is SoldBy.PIECE else 1
                for line in self.active_lines
            ),
        )

    @property
    def tenders(self) -> tuple[Tender, ...]:
        return self.settlement.tenders

    @property
    def settlement(self) -> Settlement:
        return settle(self.total, self._tenders)

    @property
    def rounding(self) -> Money:
        return self.settlement.rounding

    @property
    def amount_due(self) -> Money:
        return self.settlement.amount_due

    @property
    def balance_due(self) -> Money:
        return self.settlement.balance_due

    @property
    def cash_due(self) -> Money:
        """What cash would settle the rest now (cash-rounded where the currency rounds)."""
        return self.settlement.cash_due

    @property
    def change(self) -> Money:
        return self.settlement.change

    @property
    def approvals(self) -> tuple[ApprovalRecord, ...]:
        return tuple(self._approvals)

    def line(self, line_no: int) -> Line:
        return self._lines[self._index(line_no)]

    # --- lines -----------------------------------------------------------------------------

    def add(
        self,
        product: ProductInfo,
        quantity: Decimal | int = Decimal(1),
        *,
        marking_code: str | None = None,
    ) -> Line:
        """Add ``quantity`` of ``product`` (pieces, or kg for weighed items).

        A marked item (``marking_code``, kept verbatim) is one piece on a line of its own;
        the same marking code twice in one sale is refused (each code is one physical item).
        """
        self._require_editable()
        self._same_currency(product.unit_price)
        qty = validate_quantity(quantity, product.sold_by)
        if marking_code is not None:
            if qty != 1:
                raise MarkedItemIsOne()
            for line in self._lines:
                if line.marking_code == marking_code and not line.voided:
                    raise MarkingCodeTwice(line.line_no)
            line = Line(
                self._next_line_no, product, qty, product.unit_price, marking_code=marking_code
            )
            self._commit([*self._lines, line], self._cart_discount)
            self._next_line_no += 1
            return self._lines[-1]
        lines = list(self._lines)
        merge = self._merge_target(product)
        if merge is not None:
            index = self._index(merge.line_no)
            merged_qty = validate_quantity(merge.quantity + qty, product.sold_by)
            lines[index] = replace(merge, quantity=merged_qty)
            self._commit(lines, self._cart_discount)
            return self._lines[index]
        lines.append(Line(self._next_line_no, product, qty, product.unit_price))
        self._commit(lines, self._cart_discount)
        self._next_line_no += 1
        return self._lines[-1]

    def _merge_target(self, product: ProductInfo) -> Line | None:
        if product.sold_by is not SoldBy.PIECE:
            return None
        for line in reversed(self._lines):
            if line.product.product_id == product.product_id and not line.voided:
                mergeable = (
                    line.marking_code is None
                    and line.discount is None
                    and not line.price_override
                    and line.unit_price == product.unit_price
                    and line.product == product
                )
                return line if mergeable else None
        return None

    def set_quantity(self, line_no: int, quantity: Decimal | int) -> Line:
        self._require_editable()
        index, line = self._active(line_no)
        qty = validate_quantity(quantity, line.product.sold_by)
        if line.marking_code is not None and qty != 1:
            raise MarkedItemIsOne()
        lines = list(self._lines)
        lines[index] = replace(line, quantity=qty)
        self._commit(lines, self._cart_discount)
        return self._lines[index]

    def void_line(
        self,
        line_no: int,
        reason: str,
        approval: Approval | None = None,
        *,
        by_role: Role | None = None,
    ) -> Line:
        """Void a line (it stays on the receipt, struck through); needs approval for cashiers."""
        self._require_editable()
        index, line = self._active(line_no)
        reason = _reason(reason)
        lines = list(self._lines)
        lines[index] = replace(line, voided=True, void_reason=reason)
        priced = self._shared(lines, self._cart_discount)
        used = self.policy.authorize(Action.VOID_LINE, by_role or self.cashier_role, approval)
        self._lines = priced
        self._record(used, f"line {line_no}: {reason}")
        return self._lines[index]

    def override_price(
        self,
        line_no: int,
        new_unit_price: Money,
        approval: Approval | None = None,
        *,
        by_role: Role | None = None,
    ) -> Line:
        self._require_editable()
        index, line = self._active(line_no)
        self._same_currency(new_unit_price)
        if new_unit_price.is_negative():
            raise InvalidPrice(new_unit_price)
        lines = list(self._lines)
        lines[index] = replace(line, unit_price=new_unit_price, price_override=True)
        priced = self._shared(lines, self._cart_discount)
        used = self.policy.authorize(Action.PRICE_OVERRIDE, by_role or self.cashier_role, approval)
        self._lines = priced
        self._record(used, f"line {line_no}: {line.unit_price} -> {new_unit_price}")
        return self._lines[index]

    def discount_line(
        self,
        line_no: int,
        discount: Discount,
        by_role: Role | None = None,
        approval: Approval | None = None,
    ) -> Line:
        """Give (or replace) a line's own discount; beyond the role's limit needs approval."""
        self._require_editable()
        index, line = self._active(line_no)
        self._discount_currency(discount)
        discount.amount_on(line.extended)  # raises if a fixed amount exceeds the line
        percent = discount.percent_of(line.extended)
        lines = list(self._lines)
        lines[index] = replace(line, discount=discount)
        priced = self._shared(lines, self._cart_discount)
        used = self.policy.authorize(
            Action.DISCOUNT, by_role or self.cashier_role, approval, percent
        )
        self._lines = priced
        self._record(used, f"line {line_no}: {discount} ({percent_text(percent)} %)")
        return self._lines[index]

    def remove_line_discount(self, line_no: int) -> Line:
        self._require_editable()
        index, line = self._active(line_no)
        lines = list(self._lines)
        lines[index] = replace(line, discount=None)
        self._commit(lines, self._cart_discount)
        return self._lines[index]

    def discount_cart(
        self,
        discount: Discount,
        by_role: Role | None = None,
        approval: Approval | None = None,
    ) -> None:
        """Give (or replace) the whole-cart discount, shared over the active lines."""
        self._require_editable()
        self._discount_currency(discount)
        subtotal = self.subtotal
        discount.amount_on(subtotal)  # raises if a fixed amount exceeds the subtotal
        percent = discount.percent_of(subtotal)
        priced = self._shared(list(self._lines), discount)
        used = self.policy.authorize(
            Action.DISCOUNT, by_role or self.cashier_role, approval, percent
        )
        self._lines, self._cart_discount = priced, discount
        self._record(used, f"cart: {discount} ({percent_text(percent)} %)")

    def remove_cart_discount(self) -> None:
        self._require_editable()
        self._commit(list(self._lines), None)

    def set_promotion(self, promotion: AppliedPromotion | None) -> PromoOutcome | None:
        """Attach (or, with None, detach) a customer's promotion. It needs no approval: the
        hub issued it (or, offline, its signature was verified and a cap applies). From now
        on every change re-evaluates it. Returns what it takes off now."""
        self._require_editable()
        previous = self._promotion
        self._promotion = promotion
        try:
            lines = self._shared(list(self._lines), self._cart_discount)
        except DomainError:
            self._promotion = previous  # e.g. a fixed cart discount no longer fits
            raise
        self._lines = lines
        return self.promo_outcome

    # --- tenders ---------------------------------------------------------------------------

    def add_tender(
        self,
        kind: TenderKind,
        received: Money,
        details: dict[str, str] | None = None,
        *,
        tender_id: str | None = None,
    ) -> Tender:
        """Take a payment. Cash may exceed what is due (change); other kinds may not."""
        self._require_open()
        self._same_currency(received)
        if not self.active_lines:
            raise EmptySale()
        current = self.settlement
        # Cash of nothing is a real tender when the rest rounds away (0.01 CHF in cash is 0.00).
        rounds_away = kind is TenderKind.CASH and current.cash_due.is_zero()
        if received.amount < 0 or (received.amount == 0 and not rounds_away):
            raise InvalidTender(received)
        if current.balance_due.is_zero():
            raise TenderExceedsDue(received, current.balance_due)
        if kind is not TenderKind.CASH:
            exact_left = self.total - self._sum(t.received for t in self._tenders)
            if received > exact_left:
                raise TenderExceedsDue(received, exact_left)
        tender = Tender(
            tender_id=tender_id if tender_id is not None else str(uuid.uuid4()),
            kind=kind,
            amount=received,
            received=received,
            details=dict(details or {}),
        )
        self._tenders.append(tender)
        return next(t for t in self.tenders if t.tender_id == tender.tender_id)

    def remove_tender(self, tender_id: str) -> None:
        self._require_open()
        for index, tender in enumerate(self._tenders):
            if tender.tender_id == tender_id:
                del self._tenders[index]
                return
        raise TenderNotFound(tender_id)

    # --- ending ----------------------------------------------------------------------------

    def complete(self, at: datetime | None = None) -> CompletedSale:
        """Close the sale as paid and return its immutable record."""
        self._require_open()
        if not self.active_lines:
            raise EmptySale()
        settlement = self.settlement
        if not settlement.balance_due.is_zero():
            raise InsufficientPayment(
                settlement.amount_due, settlement.paid, settlement.balance_due
            )
        completed_at = _utc(at if at is not None else self._clock())
        record = CompletedSale(
            sale_id=self.sale_id,
            store_id=self.store_id,
            till_id=self.till_id,
            cashier_id=self.cashier_id,
            currency=self.currency,
            pricing=self.pricing,
            started_at=self.started_at,
            completed_at=completed_at,
            lines=tuple(line.to_receipt() for line in self._lines),
            cart_discount=self.cart_discount_amount,
            cart_discount_label=self._cart_discount.label if self._cart_discount else None,
            taxes=self.taxes,
            total=self.total,
            rounding=settlement.rounding,
            amount_due=settlement.amount_due,
            tenders=settlement.tenders,
            change=settlement.change,
            approvals=tuple(self._approvals),
            customer=self._customer_link(),
        )
        self._state = SaleState.COMPLETED
        return record

    def void(
        self,
        reason: str,
        approval: Approval | None = None,
        *,
        by_role: Role | None = None,
        at: datetime | None = None,
    ) -> VoidedSale:
        """Cancel the whole sale (no tenders allowed); returns the record to journal."""
        self._require_editable()
        reason = _reason(reason)
        used = None
        if self.active_lines:
            used = self.policy.authorize(Action.VOID_SALE, by_role or self.cashier_role, approval)
        voided_at = _utc(at if at is not None else self._clock())
        self._record(used, f"sale: {reason}")
        record = VoidedSale(
            sale_id=self.sale_id,
            store_id=self.store_id,
            till_id=self.till_id,
            cashier_id=self.cashier_id,
            currency=self.currency,
            pricing=self.pricing,
            started_at=self.started_at,
            voided_at=voided_at,
            reason=reason,
            lines=tuple(line.to_receipt() for line in self._lines),
            cart_discount=self.cart_discount_amount,
            cart_discount_label=self._cart_discount.label if self._cart_discount else None,
            total=self.total,
            approvals=tuple(self._approvals),
        )
        self._state = SaleState.VOIDED
        return record

    # --- park / recall ---------------------------------------------------------------------

    def park(self, at: datetime | None = None) -> ParkedSaleDoc:
        """Set the sale aside (no tenders, at least one line); returns a JSON-safe snapshot."""
        self._require_editable()
        if not self._lines:
            raise EmptySale()
        parked_at = _utc(at if at is not None else self._clock())
        snapshot: ParkedSaleDoc = {
            "schema": PARKED_SCHEMA,
            "kind": "parked",
            "sale_id": self.sale_id,
            "store_id": self.store_id,
            "till_id": self.till_id,
            "cashier_id": self.cashier_id,
            "cashier_role": self.cashier_role.value,
            "currency": currency_to_doc(self.currency),
            "pricing": pricing_literal(self.pricing),
            "started_at": format_time(self.started_at),
            "parked_at": format_time(parked_at),
            "next_line_no": self._next_line_no,
            "lines": [_line_to_doc(line) for line in self._lines],
            "cart_discount": discount_to_doc(self._cart_discount),
            "approvals": [a.to_document() for a in self._approvals],
        }
        self._state = SaleState.PARKED
        return snapshot

    @classmethod
    def recall(
        cls,
        snapshot: ParkedSaleDoc,
        *,
        policy: RolePolicy | None = None,
        clock: Clock = utc_now,
    ) -> Sale:
        """Rebuild the open sale a :meth:`park` snapshot describes (same id and lines)."""
        try:
            return cls._recall(snapshot, policy, clock)
        except InvalidDocument:
            raise
        except DomainError as error:  # e.g. a quantity no longer valid: the snapshot is bad
            raise InvalidDocument(f"parked sale breaks a rule ({error.code})") from None
        except (KeyError, TypeError, ValueError) as error:
            raise InvalidDocument(f"malformed parked sale ({error!r})") from None

    @classmethod
    def _recall(cls, snap: ParkedSaleDoc, policy: RolePolicy | None, clock: Clock) -> Sale:
        if snap["schema"] != PARKED_SCHEMA or snap["kind"] != "parked":
            raise InvalidDocument("not a parked sale of a supported schema")
        currency = currency_from_doc(snap["currency"])
        sale = cls(
            store_id=snap["store_id"],
            till_id=snap["till_id"],
            cashier_id=snap["cashier_id"],
            currency=currency,
            pricing=Pricing(snap["pricing"]),
            cashier_role=Role(snap["cashier_role"]),
            policy=policy,
            sale_id=snap["sale_id"],
            started_at=parse_time(snap["started_at"]),
            clock=clock,
        )
        lines = []
        for doc in snap["lines"]:
            product = product_from_doc(doc["product"], currency)
            quantity = validate_quantity(parse_decimal(doc["quantity"]), product.sold_by)
            lines.append(
                Line(
                    line_no=doc["line_no"],
                    product=product,
                    quantity=quantity,
                    unit_price=parse_money(doc["unit_price"], currency),
                    price_override=doc["price_override"],
                    discount=discount_from_doc(doc["discount"], currency),
                    voided=doc["voided"],
                    void_reason=doc["void_reason"],
                    marking_code=doc.get("marking_code"),
                )
            )
        sale._commit(lines, discount_from_doc(snap["cart_discount"], currency))
        sale._next_line_no = snap["next_line_no"]
        sale._approvals = [ApprovalRecord.from_document(a) for a in snap["approvals"]]
        return sale

    # --- internals -------------------------------------------------------------------------

    def _figure(self, name: str, compute: Callable[[], _T]) -> _T:
        """``compute()`` once per state of the lines (and pricing and currency)."""
        of = (self._lines, self.pricing, self.currency)
        known = self._figures_of
        if len(known) != 3 or any(a is not b for a, b in zip(known, of, strict=True)):
            self._figures_of = of
            self._figures = {}
        if name not in self._figures:
            self._figures[name] = compute()
        return self._figures[name]  # type: ignore[return-value]  # stored by name above

    def _sum(self, amounts: Iterable[Money]) -> Money:
        """The amounts added up (in the sale's currency) with one ``Money`` at the end, not
        one per addition: the figures add every line after each change of the cart."""
        total = Decimal(0)
        for money in amounts:
            if money.currency != self.currency:
                raise CurrencyMismatch(self.currency.code, money.currency.code)
            total += money.amount
        return Money(total, self.currency)

    def _require_open(self) -> None:
        if self._state is not SaleState.OPEN:
            raise SaleNotOpen(self._state.value)

    def _require_editable(self) -> None:
        self._require_open()
        if self._tenders:
            raise PaymentInProgress()

    def _same_currency(self, money: Money) -> None:
        if money.currency != self.currency:
            raise CurrencyMismatch(money.currency.code, self.currency.code)

    def _discount_currency(self, discount: Discount) -> None:
        if discount.amount is not None:
            self._same_currency(discount.amount)

    def _index(self, line_no: int) -> int:
        for index, line in enumerate(self._lines):
            if line.line_no == line_no:
                return index
        raise LineNotFound(line_no)

    def _active(self, line_no: int) -> tuple[int, Line]:
        index = self._index(line_no)
        line = self._lines[index]
        if line.voided:
            raise LineAlreadyVoided(line_no)
        return index, line

    def _customer_link(self) -> CustomerLink | None:
        applied = self._promotion
        if applied is None:
            return None
        return CustomerLink(
            customer_ref=applied.customer_ref,
            token_id=applied.token_id,
            promotion_id=applied.promotion.promotion_id,
            promo_discount=self.promo_amount,
            offline=applied.offline,
            points_earned=points_earned(self.total),
            receipt_name=applied.receipt_name,
        )

    def _shared(self, lines: list[Line], cart_discount: Discount | None) -> list[Line]:
        """The lines with the promotion, then the cart discount, spread over the active ones
        (raises if a discount no longer fits)."""
        zero = Money.zero(self.currency)
        active = [i for i, line in enumerate(lines) if not line.voided]
        bases = [lines[i].base for i in active]  # raises if a line discount no longer fits
        promo_shares = [0] * len(active)
        if self._promotion is not None:
            outcome = evaluate(
                self._promotion,
                self.store_id,
                [(lines[i].product, base) for i, base in zip(active, bases, strict=True)],
                self._clock(),
                self.currency,
            )
            promo_shares = list(outcome.shares)
        after_promo = [b.minor - p for b, p in zip(bases, promo_shares, strict=True)]
        rest = Money.from_minor(sum(after_promo), self.currency)
        amount = cart_discount.amount_on(rest) if cart_discount is not None else zero
        shares = spread(amount.minor, after_promo)
        result = [_with_shares(line, zero, None) for line in lines]
        for i, share, promo in zip(active, shares, promo_shares, strict=True):
            result[i] = _with_shares(
                lines[i],
                Money.from_minor(share, self.currency) if share else zero,
                Money.from_minor(promo, self.currency) if promo else None,
            )
        return result

    def _commit(self, lines: list[Line], cart_discount: Discount | None) -> None:
        self._lines = self._shared(lines, cart_discount)
        self._cart_discount = cart_discount

    def _record(self, approval: Approval | None, what: str) -> None:
        if approval is not None:
            detail = f"{what}; approved by {approval.approver_role.value}"
            self._approvals.append(
                ApprovalRecord(approval.action, approval.approver_id, _utc(approval.at), detail)
            )


def _with_shares(line: Line, share: Money, promo: Money | None) -> Line:
    """``line`` with these shares; the same object when it has them already (a scan then
    replaces one line, not every line of the cart)."""
    if line.cart_discount_share == share and line.promo_share == promo:
        return line
    return replace(line, cart_discount_share=share, promo_share=promo)


def _reason(reason: str) -> str:
    text = reason.strip()
    if not text:
        raise ReasonRequired()
    return text


def _line_to_doc(line: Line) -> ParkedLineDoc:
    return {
        "line_no": line.line_no,
        "product": product_to_doc(line.product),
        "quantity": str(line.quantity),
        "unit_price": str(line.unit_price.amount),
        "price_override": line.price_override,
        "discount": discount_to_doc(line.discount),
        "voided": line.voided,
        "void_reason": line.void_reason,
        "marking_code": line.marking_code,
    }
