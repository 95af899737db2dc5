"""Customer promotions: what a promo code takes off a cart, recomputed on every cart change.

A promotion is percent or amount off, on some products, some categories or the whole basket,
with a minimum spend, a validity window and a store scope. The sale re-evaluates it after every
change (``Sale._shared``), so it drops off when the cart stops qualifying (a line voided, the
spend under the minimum) and comes back when it qualifies again, with no cashier action. The
amount is spread over the eligible lines in exact minor units (largest remainder), like the
cart discount, so per-rate tax stays right and a return refunds what was really paid.

Offline a till may honour a token it verified itself only up to a configured value: the
``cap`` of the :class:`AppliedPromotion`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction

from pos.domain.catalog import ProductInfo
from pos.domain.discounts import HUNDRED, spread
from pos.domain.money import Currency, Money
from pos.domain.tax import round_fraction


class PromoKind(StrEnum):
    PERCENT = "percent"
    AMOUNT = "amount"


class PromoTarget(StrEnum):
    BASKET = "basket"
    PRODUCTS = "products"
    CATEGORIES = "categories"


class Ineligible(StrEnum):
    """Why a promotion takes nothing off right now (the panel says so)."""

    NO_ITEMS = "no_items"  # nothing in the cart it applies to
    MIN_SPEND = "min_spend"  # the basket is under the minimum spend
    NOT_STARTED = "not_started"
    ENDED = "ended"
    OTHER_STORE = "other_store"


@dataclass(frozen=True, slots=True)
class Promotion:
    """A promotion's rules (from the hub; not personal data)."""

    promotion_id: str
    name: str
    kind: PromoKind
    value: Decimal  # percent (0 < v <= 100) or an amount in currency units (> 0)
    target: PromoTarget
    valid_from: datetime
    valid_until: datetime
    product_ids: frozenset[str] = frozenset()
    category_ids: frozenset[str] = frozenset()
    min_spend: Decimal = Decimal(0)  # on the basket, in currency units
    stores: frozenset[str] | None = None  # None: every store
    per_customer_limit: int | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.value, Decimal) or not self.value.is_finite() or self.value <= 0:
            raise ValueError(f"a promotion's value must be a positive Decimal: {self.value!r}")
        if self.kind is PromoKind.PERCENT and self.value > HUNDRED:
            raise ValueError(f"a promotion cannot take {self.value} % off")
        if self.valid_until <= self.valid_from:
            raise ValueError("a promotion must end after it starts")

    def applies_to(self, product: ProductInfo) -> bool:
        if self.target is PromoTarget.BASKET:
            return True
        if self.target is PromoTarget.PRODUCTS:
            return product.product_id in self.product_ids
        return product.category_id is not None and product.category_id in self.category_ids

    def valid_in(self, store_id: str) -> bool:
        return self.stores is None or store_id in self.stores


@dataclass(frozen=True, slots=True)
class AppliedPromotion:
    """A promotion attached to a sale through a customer's verified token.

    ``customer_ref`` is the hub's pseudonymous reference (no name, no contact): it is what the
    sale document carries to link the sale to the customer. ``receipt_name`` is the masked
    name the receipt prints. ``offline``: the hub could not be asked; ``cap`` then limits what
    the till honours on its own.
    """

    promotion: Promotion
    customer_ref: str
    token_id: str
    receipt_name: str
    offline: bool = False
    cap: Money | None = None


@dataclass(frozen=True, slots=True)
class PromoOutcome:
    amount: Money
    shares: tuple[int, ...]  # minor units per line passed in (0 for the ineligible)
    ineligible: Ineligible | None = None
    capped: bool = False  # the offline cap cut the amount


def evaluate(
    applied: AppliedPromotion,
    store_id: str,
    lines: Sequence[tuple[ProductInfo, Money]],
    now: datetime,
    currency: Currency,
) -> PromoOutcome:
    """What the promotion takes off ``lines`` (active lines: product and base after their
    own discounts) at ``now`` in ``store_id``."""
    promo = applied.promotion
    zero = Money.zero(currency)
    none = PromoOutcome(zero, tuple(0 for _ in lines))

    def refuse(reason: Ineligible) -> PromoOutcome:
        return PromoOutcome(zero, none.shares, reason)

    if not promo.valid_in(store_id):
        return refuse(Ineligible.OTHER_STORE)
    if now < promo.valid_from:
        return refuse(Ineligible.NOT_STARTED)
    if now >= promo.valid_until:
        return refuse(Ineligible.ENDED)
    subtotal = sum((base for _, base in lines), zero)
    if subtotal.amount < promo.min_spend:
        return refuse(Ineligible.MIN_SPEND)
    weights = [base.minor if promo.applies_to(p) else 0 for p, base in lines]
    eligible = sum(weights)
    if eligible <= 0:
        return refuse(Ineligible.NO_ITEMS)
    if promo.kind is PromoKind.PERCENT:
        minor = _percent_minor(eligible, promo.value, currency)
    else:
        minor = min(Money.of(promo.value, currency).minor, eligible)
    capped = False
    if applied.cap is not None and minor > applied.cap.minor:
        minor, capped = applied.cap.minor, True
    return PromoOutcome(
        Money.from_minor(minor, currency), tuple(spread(minor, weights)), None, capped
    )


def _percent_minor(eligible_minor: int, percent: Decimal, currency: Currency) -> int:
    base = Money.from_minor(eligible_minor, currency)
    return round_fraction(Fraction(base.amount) * Fraction(percent) / 100, currency).minor


def points_earned(total: Money) -> int:
    """Loyalty points for a sale: one per whole unit of currency paid."""
    return max(0, int(total.amount))


def points_taken_back(
    earned: int, paid: Money, refunded_before: Money, refunded_after: Money
) -> int:
    """Points one return reverses: the earned points' share of the money refunded so far, less
    what earlier returns reversed. Shares round down, so partial returns never reverse more
    than was earned and a sale refunded in full has reversed exactly ``earned``."""
    if earned <= 0 or paid.minor <= 0:
        return 0

    def share(refunded: Money) -> int:
        return min(earned, earned * max(0, refunded.minor) // paid.minor)

    return share(refunded_after) - share(refunded_before)
