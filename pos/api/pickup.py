"""Click & collect: web orders picked up in a store.

The web shop places an order for pickup at a store (``POST /v1/admin/pickup-orders``, admin
token; the order id is the web shop's own, so a repeat is answered with the first order). The
hub reserves its stock at that store at once and gives the customer a short typed code (shown
once, in the answer) for when the phone is dead.

Tills of that store follow the ``pickup`` feed (``GET /v1/feeds/pickup?cursor``: the store's
orders changed after the cursor, whole, oldest change first) and are woken by
``pickup.changed`` events. Every state change a till makes is a :class:`PickupEventDocument`
pushed like a sale (record kind ``pickup_event`` in ``POST /v1/documents/batches``) under a
till-generated ``event_id``: a repeat is a ``duplicate``, a change the order's state forbids
(claimed by another till, already collected, cancelled) is ``rejected`` with a
:class:`PickupReject` code and a readable reason, and nothing changes.

States (an open set; a till treats an unknown state as closed)::

    new -> picking -> ready -> collected | partially_collected
    new | picking | ready -> cancelled (the web shop) | expired (not collected by collect_by)
    picking -> new (the clerk let go of it)

The customer's QR code is a signed token of the generic scheme (``pos.api.signed_tokens``,
purpose ``pickup``, :class:`PickupClaims`), so a till verifies it offline; a promo token can
never pass as a pickup code.

Privacy: tills see the customer's initials and a masked surname, never the full name or the
contact; the handover by typed code sends the code and the surname the customer says, and the
hub compares them (``POST /v1/pickup-orders/verify``).
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from pos.api.common import MAX_INT32, Id, LineNo, MinorUnits, QuantityStr, UtcDateTime, WireModel
from pos.api.signed_tokens import TokenKind
from pos.domain import pickup as rules

RECORD_KIND = "pickup_event"
FEED = "pickup"
SHORT_CODE_LENGTH = 6
SHORT_CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32


class PickupState:
    """Known order states (an open set; the transitions are ``pos.domain.pickup``'s)."""

    NEW = rules.NEW
    PICKING = rules.PICKING
    READY = rules.READY
    COLLECTED = rules.COLLECTED
    PARTIALLY_COLLECTED = rules.PARTIALLY_COLLECTED
    CANCELLED = rules.CANCELLED
    EXPIRED = rules.EXPIRED

    OPEN = rules.OPEN_STATES


class PickupAction:
    """What a till does to an order (the ``action`` of a pickup event)."""

    CLAIM = rules.CLAIM  # new -> picking, the order is this till's to pick
    RELEASE = rules.RELEASE  # picking -> new, another clerk may pick it
    READY = rules.MARK_READY  # picking -> ready, with the pick; the customer is notified
    COLLECT = rules.COLLECT  # ready -> collected / partially_collected (the rest released)


class PickupReject:
    """Why a pickup event or a code check was refused (problem / reject codes)."""

    CLAIMED = "pickup_claimed"  # another till holds the order
    WRONG_STATE = "pickup_state"  # e.g. already collected, cancelled, not ready yet
    WRONG_STORE = "pickup_wrong_store"  # the order is for another store
    BAD_PICK = "pickup_bad_pick"  # a picked line the order does not have, or too much
    CODE_INVALID = "pickup_code_invalid"  # no open order with this code and surname


class NotificationChannel:
    EMAIL = "email"
    SMS = "sms"


# --- the web shop places an order (admin) ------------------------------------------------------


class WebOrderLine(WireModel):
    product_id: str = Field(min_length=1, max_length=64)
    quantity: QuantityStr = Field(description="Positive; kilograms for weighed products.")


class WebOrderRequest(WireModel):
    order_id: Id = Field(description="The web shop's id: a repeat answers the first order.")
    store_id: Id
    customer_first_name: str = Field(min_length=1, max_length=100)
    customer_surname: str = Field(min_length=1, max_length=100)
    channel: Literal["email", "sms"] = "email"
    contact: str = Field(min_length=3, max_length=200, description="E-mail address or phone.")
    lines: list[WebOrderLine] = Field(min_length=1, max_length=200)
    paid_online: bool = Field(strict=True)
    promised_at: UtcDateTime | None = Field(default=None, description="Default: in two hours.")
    collect_by: UtcDateTime | None = Field(default=None, description="Default: in three days.")


class PlacedWebOrder(WireModel):
    order: PickupOrder
    short_code: str = Field(description="For the customer, shown once (never in the feed).")
    qr: str = Field(
        description="The customer's pickup QR code text: 'omnitill:pickup:' + a signed token "
        "(pos.api.signed_tokens, purpose 'pickup', valid until collect_by); tills verify it "
        "offline with the hub's public keys."
    )


class PickupClaims(WireModel):
    """What a pickup QR token says: which order, at which store (nothing personal)."""

    order_id: Id
    store_id: Id
    number: str = Field(max_length=16)


PICKUP_TOKEN = TokenKind("pickup", PickupClaims)
QR_PREFIX = "omnitill:pickup:"


# --- what tills see -----------------------------------------------------------------------------


class PickupLine(WireModel):
    line_no: LineNo
    product_id: str
    sku: str
    name: str
    barcodes: list[str] = Field(default_factory=list)
    sold_by: Literal["piece", "weight"]
    quantity: QuantityStr = Field(description="Ordered.")
    unit_price_minor: MinorUnits = Field(description="The order's price, minor units.")
    tax_code: str
    picked: QuantityStr = "0"
    short: bool = False
    substitute_product_id: str | None = None
    substitute_name: str | None = None
    substitute_quantity: QuantityStr | None = None
    substitute_unit_price_minor: MinorUnits | None = None
    substitute_consent: bool = False
    collected: QuantityStr = "0"


class PickupOrder(WireModel):
    order_id: Id
    number: str = Field(description="What people say: 'W-10042'.")
    store_id: Id
    state: str = Field(description="PickupState (an open set).")
    customer_initials: str
    customer_masked: str = Field(description="The surname masked: 'K*******i'.")
    paid_online: bool
    currency: str
    total_minor: int = Field(ge=0, description="The ordered lines at their order prices.")
    lines: list[PickupLine]
    placed_at: UtcDateTime
    promised_at: UtcDateTime
    collect_by: UtcDateTime
    claimed_by: str | None = Field(default=None, description="The till picking it.")
    bags: int = 0
    ready_at: UtcDateTime | None = None
    closed_at: UtcDateTime | None = None
    sale_id: str | None = Field(default=None, description="The till sale it was paid by.")
    version: int = Field(ge=1, le=MAX_INT32, description="Grows with every change.")


class PickupPage(WireModel):
    feed: Literal["pickup"] = "pickup"
    cursor: str
    has_more: bool
    orders: list[PickupOrder]


# --- what tills do ------------------------------------------------------------------------------


class PickedLine(WireModel):
    line_no: LineNo
    picked: QuantityStr
    short: bool = False
    substitute_product_id: str | None = Field(default=None, max_length=64)
    substitute_quantity: QuantityStr | None = None
    substitute_consent: bool = False


class CollectedLine(WireModel):
    line_no: LineNo
    collected: QuantityStr = Field(description="Handed over (the substitute's, if one).")


class PickupEventDocument(WireModel):
    """One state change by a till; pushed under ``event_id`` (record kind ``pickup_event``)."""

    schema_: int = Field(alias="schema", ge=1, le=MAX_INT32, strict=True)
    event_id: str = Field(min_length=1, max_length=64, description="Till-generated.")
    order_id: Id
    action: str = Field(description="PickupAction.")
    store_id: Id
    till_id: Id
    clerk_id: str
    at: UtcDateTime
    lines: list[PickedLine] = Field(default_factory=list, description="ready: what was picked.")
    bags: int = Field(default=0, ge=0, le=99)
    collected: list[CollectedLine] = Field(default_factory=list, description="collect.")
    sale_id: str | None = Field(
        default=None,
        description="collect: the till sale that took payment; its stock effect moves the "
        "goods, so the collection only ends the reservation.",
    )


class CodeCheck(WireModel):
    code: str = Field(min_length=4, max_length=16)
    surname: str = Field(min_length=1, max_length=100)


class PickupNotification(WireModel):
    id: int
    order_id: Id
    number: str
    channel: str
    contact: str
    text: str
    at: UtcDateTime


class NotificationList(WireModel):
    notifications: list[PickupNotification]


PlacedWebOrder.model_rebuild()
