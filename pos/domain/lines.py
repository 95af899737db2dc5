"""Sale lines: the open cart's line and the receipt line a completed sale keeps.

Two types because they remember different things: the cart line keeps the product and the
discount *rule* (10 % stays 10 % when the quantity changes), the receipt line keeps only
what was charged, exactly as the sale document records it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from pos.domain.catalog import ProductInfo, SoldBy, TaxRate
from pos.domain.discounts import Discount
from pos.domain.errors import (
    QuantityNotPositive,
    QuantityNotWhole,
    QuantityTooLarge,
    QuantityTooPrecise,
)
from pos.domain.money import Money

MAX_PIECES = Decimal(9999)
MAX_KILOGRAMS = Decimal("999.999")
PIECE_QUANTUM = Decimal(1)
WEIGHT_QUANTUM = Decimal("0.001")


def validate_quantity(quantity: Decimal | int, sold_by: SoldBy) -> Decimal:
    """Return the quantity at its canonical scale ("2", "0.250") or raise InvalidQuantity.

    Pieces are whole numbers up to 9999; weights are kilograms with at most three decimals
    up to 999.999 kg. Anything bigger is a scanning or typing accident, not a sale.
    """
    if isinstance(quantity, bool) or not isinstance(quantity, Decimal | int):
        raise TypeError(f"A quantity must be a Decimal or int, got {type(quantity).__name__}")
    value = Decimal(quantity)
    if not value.is_finite() or value <= 0:
        raise QuantityNotPositive(value)
    if sold_by is SoldBy.PIECE:
        if value != value.to_integral_value():
            raise QuantityNotWhole(value)
        if value > MAX_PIECES:
            raise QuantityTooLarge(value, MAX_PIECES)
        return value.quantize(PIECE_QUANTUM)
    if value > MAX_KILOGRAMS:
        raise QuantityTooLarge(value, MAX_KILOGRAMS)
    if value != value.quantize(WEIGHT_QUANTUM):
        raise QuantityTooPrecise(value)
    return value.quantize(WEIGHT_QUANTUM)


@dataclass(frozen=True, slots=True)
class Line:
    """A line of the open cart. Immutable: the sale replaces it on every change."""

    line_no: int
    product: ProductInfo
    quantity: Decimal
    unit_price: Money
    price_override: bool = False
    discount: Discount | None = None
    cart_discount_share: Money | None = None  # set by the sale; None means zero
    voided: bool = False
    void_reason: str | None = None
    marking_code: str | None = None  # verbatim (GS separators kept); one marked item a line
    promo_share: Money | None = None  # set by the sale from its promotion; None means zero
    # The amounts below, worked out once per line value (the line never changes): the sale
    # adds up every line's total, base and discount after each change of the cart.
    _amounts: dict[str, Money] = field(default_factory=dict, init=False, repr=False, compare=False)

    @property
    def extended(self) -> Money:
        """Quantity times unit price, rounded half-up once."""
        known = self._amounts.get("extended")
        if known is None:
            known = self._amounts["extended"] = self.unit_price.times(self.quantity)
        return known

    @property
    def line_discount(self) -> Money:
        if self.discount is None:
            return Money.zero(self.unit_price.currency)
        known = self._amounts.get("line_discount")
        if known is None:  # may raise (a fixed discount that no longer fits): not kept
            known = self._amounts["line_discount"] = self.discount.amount_on(self.extended)
        return known

    @property
    def base(self) -> Money:
        """What the line costs before the cart discount (it is the cart discount's weight)."""
        known = self._amounts.get("base")
        if known is None:
            known = self._amounts["base"] = self.extended - self.line_discount
        return known

    @property
    def share(self) -> Money:
        return self.cart_discount_share or Money.zero(self.unit_price.currency)

    @property
    def promo(self) -> Money:
        return self.promo_share or Money.zero(self.unit_price.currency)

    @property
    def total(self) -> Money:
        known = self._amounts.get("total")
        if known is None:
            known = self._amounts["total"] = self.base - self.promo - self.share
        return known

    def to_receipt(self) -> ReceiptLine:
        return ReceiptLine(
            line_no=self.line_no,
            product_id=self.product.product_id,
            sku=self.product.sku,
            name=self.product.name,
            barcode=self.product.barcode,
            sold_by=self.product.sold_by,
            quantity=self.quantity,
            unit_price=self.unit_price,
            price_override=self.price_override,
            line_discount=self.line_discount,
            line_discount_label=self.discount.label if self.discount else None,
            cart_discount_share=self.share,
            tax=self.product.tax,
            voided=self.voided,
            void_reason=self.void_reason,
            marking_code=self.marking_code,
            promo_discount=None if self.promo.is_zero() else self.promo,
        )


@dataclass(frozen=True, slots=True)
class ReceiptLine:
    """A line as charged on a completed (or voided) sale; mirrors ``LineDoc``."""

    line_no: int
    product_id: str
    sku: str
    name: str
    barcode: str | None
    sold_by: SoldBy
    quantity: Decimal
    unit_price: Money
    price_override: bool
    line_discount: Money
    line_discount_label: str | None
    cart_discount_share: Money
    tax: TaxRate
    voided: bool
    void_reason: str | None
    marking_code: str | None = None
    promo_discount: Money | None = None  # this line's share of the customer's promotion

    @property
    def promo(self) -> Money:
        return self.promo_discount or Money.zero(self.unit_price.currency)

    @property
    def total(self) -> Money:
        extended = self.unit_price.times(self.quantity)
        return extended - self.line_discount - self.promo - self.cart_discount_share
