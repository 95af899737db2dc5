"""Customers, their promo codes and the customer view a till shows when one is scanned.

The web shop asks the hub for a promo token for a customer (``POST /v1/admin/promo-tokens``);
the customer shows it as a QR code (``omnitill:promo:<token>``). A till verifies it offline
(``pos.api.signed_tokens`` with the keys of ``GET /v1/signing-keys``), then asks for the
customer view with it (``POST /v1/customer-views``): the hub answers only a paired till
presenting a valid token of that customer, records every view (which device and till, which
cashier, when), and refuses a customer who withdrew consent. Promotions (rules, no personal
data) are a list a till keeps for offline use (``GET /v1/promotions``).

Privacy: the token carries a pseudonymous ``customer_ref``, never a name or contact. The view
carries a masked name only; the till keeps it in memory while the customer is attached.

Redemptions go with the sale: a ``SaleDocument`` with ``customer`` links the sale to the
customer, credits ``points_earned`` and records one redemption of the token, exactly once
(the document's id). The hub believes none of it: a sale whose token it did not issue for that
customer, promotion, store and time, or with more points than it computes for the total, is
rejected (``pos.api.documents.RejectCode``) and nothing is recorded. A use beyond the
token's limit (two tills offline) is still recorded (the money was taken) as ``double_use``,
reported back in the record's result and listed for the manager
(``GET /v1/admin/redemptions``).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Final, Literal

from pydantic import BaseModel, Field

from pos.api.common import (
    MAX_INT32,
    MAX_POINTS,
    Count,
    DecimalStr,
    Id,
    MinorUnits,
    Points,
    QuantityStr,
    UtcDateTime,
    WireModel,
)
from pos.api.signed_tokens import MAX_TOKEN_CHARS, TokenKind
from pos.domain.promotions import PromoKind, PromoTarget, Promotion
from pos.domain.scan_meaning import PROMO_PREFIX


class PromoClaims(BaseModel):
    """What a promo token says (signed by the hub)."""

    customer: str = Field(min_length=1, max_length=64, description="Pseudonymous reference.")
    promotion: str = Field(min_length=1, max_length=64)
    stores: list[str] | None = Field(default=None, description="Store ids; None: any store.")
    uses: int = Field(default=1, ge=1, le=1000, description="How often it may be redeemed.")


PROMO_TOKEN: Final = TokenKind("promo", PromoClaims)
QR_PREFIX: Final = PROMO_PREFIX  # the QR code's text is QR_PREFIX + token


class Channel:
    """Where something happened (an open set)."""

    WEB = "web"
    APP = "app"
    STORE = "store"


class Redemption:
    """A redemption's outcome at the hub (an open set)."""

    CONFIRMED: Final = "confirmed"
    DOUBLE_USE: Final = "double_use"  # the token was used up already: report to a manager
    RELEASED: Final = "released"  # the whole sale came back: the use is given back


class PromotionInfo(WireModel):
    promotion_id: Id
    name: str
    kind: Literal["percent", "amount"]
    value: DecimalStr = Field(description="Percent off, or the amount off in currency units.")
    target: Literal["basket", "products", "categories"]
    product_ids: list[str] = Field(default_factory=list)
    category_ids: list[str] = Field(default_factory=list)
    min_spend: DecimalStr = Field(default="0", description="On the basket, currency units.")
    valid_from: UtcDateTime
    valid_until: UtcDateTime
    stores: list[str] | None = Field(default=None, description="None: every store.")
    per_customer_limit: int | None = Field(default=None, ge=1, le=MAX_INT32)

    def to_rule(self) -> Promotion:
        """The domain's rule (raises ValueError for a promotion that cannot be applied)."""
        return Promotion(
            promotion_id=self.promotion_id,
            name=self.name,
            kind=PromoKind(self.kind),
            value=Decimal(self.value),
            target=PromoTarget(self.target),
            valid_from=self.valid_from,
            valid_until=self.valid_until,
            product_ids=frozenset(self.product_ids),
            category_ids=frozenset(self.category_ids),
            min_spend=Decimal(self.min_spend),
            stores=None if self.stores is None else frozenset(self.stores),
            per_customer_limit=self.per_customer_limit,
        )


class PromotionList(WireModel):
    promotions: list[PromotionInfo]


class PromoTokenRequest(WireModel):
    """What the web shop asks for (admin token)."""

    customer_id: Id
    promotion_id: Id
    stores: list[Id] | None = Field(default=None, description="None: every store.")
    valid_hours: int = Field(default=72, ge=1, le=24 * 90, strict=True)
    uses: int = Field(default=1, ge=1, le=1000, strict=True)
    not_before: UtcDateTime | None = Field(default=None, description="Default: now.")


class PromoTokenIssued(WireModel):
    token_id: str
    token: str = Field(max_length=MAX_TOKEN_CHARS)
    qr_text: str = Field(description="What the QR code holds: 'omnitill:promo:<token>'.")
    customer_ref: str
    promotion_id: Id
    not_before: UtcDateTime
    expires_at: UtcDateTime


class CustomerViewRequest(WireModel):
    token: str = Field(min_length=1, max_length=MAX_TOKEN_CHARS + len(QR_PREFIX))
    viewer: str = Field(min_length=1, max_length=64, description="The cashier looking.")


class LocationQuantity(WireModel):
    location_id: Id
    on_hand: QuantityStr


class ViewProduct(WireModel):
    """A product the view mentions, with its price and stock here and elsewhere."""

    product_id: str
    sku: str
    name: str
    price_minor: MinorUnits
    barcode: str | None
    category_id: str | None
    stock_here: QuantityStr
    stock_elsewhere: list[LocationQuantity] = Field(description="Other stores and the web.")


class ViewedProduct(WireModel):
    product_id: str
    viewed_at: UtcDateTime
    channel: str


class Search(WireModel):
    query: str
    searched_at: UtcDateTime
    channel: str


class BasketItem(WireModel):
    product_id: str
    quantity: QuantityStr
    added_at: UtcDateTime


class OrderSummary(WireModel):
    order_id: str
    channel: str
    store_id: str | None
    placed_at: UtcDateTime
    status: str = Field(description="'placed', 'ready', 'collected', 'delivered', 'paid'...")
    total_minor: MinorUnits
    item_count: Count


class CustomerView(WireModel):
    """What a till shows of a customer (newest first in every list)."""

    customer_ref: str
    masked_name: str = Field(description="E.g. 'Anna K.': never the full name.")
    tier: str
    points: Points
    token_id: str
    uses_left: Count
    promotion: PromotionInfo
    viewed: list[ViewedProduct]
    searches: list[Search]
    cart: list[BasketItem]
    wishlist: list[BasketItem]
    orders: list[OrderSummary]
    suggested: list[str] = Field(description="Product ids: related and in stock here.")
    products: list[ViewProduct] = Field(description="Every product the lists mention.")


class CustomerDocument(WireModel):
    """A sale's customer (the till's ``CustomerDoc``)."""

    customer_ref: str = Field(min_length=1, max_length=64)
    token_id: str = Field(min_length=1, max_length=64)
    promotion_id: str = Field(min_length=1, max_length=64)
    promo_discount: DecimalStr
    offline: bool = Field(strict=True)
    points_earned: int = Field(ge=0, le=MAX_POINTS, strict=True)


class CustomerUpsert(WireModel):
    """A customer as the web shop keeps it (admin): personal data stays at the hub."""

    first_name: str = Field(min_length=1, max_length=100)
    last_name: str = Field(default="", max_length=100)
    email: str | None = Field(default=None, max_length=200)
    tier: str = Field(default="basic", min_length=1, max_length=16)
    points: int = Field(default=0, ge=0, le=MAX_POINTS)
    consent_profile: bool = Field(
        default=True, description="Shares their history with stores; false withdraws it."
    )


class CustomerRecord(WireModel):
    customer_id: Id
    customer_ref: str = Field(description="Pseudonymous: what tokens and sales carry.")


class BrowsingEvent(WireModel):
    kind: Literal["view", "search", "cart", "wishlist"]
    product_id: str | None = Field(default=None, description="view, cart, wishlist")
    query: str | None = Field(default=None, max_length=200, description="search")
    quantity: QuantityStr | None = Field(default=None, description="cart, wishlist")
    channel: str = Field(default=Channel.WEB, max_length=16)
    at: UtcDateTime


class BrowsingEvents(WireModel):
    events: list[BrowsingEvent] = Field(min_length=1, max_length=1000)


class RedemptionRecord(WireModel):
    token_id: str
    sale_id: str
    customer_ref: str
    promotion_id: str
    store_id: str
    till_id: str
    discount_minor: MinorUnits
    offline: bool
    status: str
    redeemed_at: UtcDateTime


class RedemptionList(WireModel):
    redemptions: list[RedemptionRecord]
