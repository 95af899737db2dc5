"""Sales, returns and voids uploaded in batches, each record under its till-generated id.

``POST /v1/documents/batches`` takes up to ``MAX_BATCH`` records and answers one result per
record, in order: ``accepted`` (applied now), ``duplicate`` (that id was applied before; it is
acknowledged and never applied twice) or ``rejected`` with a ``code`` and ``reason`` (the
record can never be accepted as it is: the till sets it aside for a person and goes on with
the rest). A record is checked as the domain would have made it (quantities, amounts,
totals, tenders, what a return may take back, the customer block; see ``RejectCode``), and a
rejected one changes nothing. A batch is never rejected whole for one bad record; only a
malformed envelope gets a ``422``. Record kinds are an open set: a kind the hub does not
know is rejected with ``unknown_kind``, so a newer till never blocks its queue on an older
hub.

Effects at the hub, exactly once per record id: a sale takes its non-voided lines off the
stock of the till's store location; a return puts back the lines marked ``restock``; a void
(a sale abandoned before payment) is kept for the audit trail only; a ``shift`` record
(``pos.api.shifts``) moves its till's shift on, in the batch's order, when it is the next step
a till could take (``pos.hub.shifts``; refusals ``unknown_shift``, ``shift_closed``, ...).

The document models mirror ``pos.domain.sale_document`` (the till's journal and outbox hold the
very same JSON); a test keeps the field sets equal.
"""

from __future__ import annotations

from typing import Any, Final, Literal

from pydantic import Field

from pos.api.common import MAX_INT32, DecimalStr, Id, QuantityStr, UtcDateTime, WireModel
from pos.api.customers import CustomerDocument

MAX_BATCH = 1_000
MAX_LINES = 1_000  # lines of one document: far more than a basket, bounds its stock effect


class RecordKind:
    """Known record kinds (an open set)."""

    SALE = "sale"
    RETURN = "return"
    VOID = "void"
    PICKUP_EVENT = "pickup_event"  # pos.api.pickup.PickupEventDocument
    SHIFT = "shift"  # pos.api.shifts.ShiftEventDocument


class RecordStatus:
    ACCEPTED: Final = "accepted"
    DUPLICATE: Final = "duplicate"
    REJECTED: Final = "rejected"


class RejectCode:
    """Why a record was rejected (an open set)."""

    UNKNOWN_KIND = "unknown_kind"
    INVALID_DOCUMENT = "invalid_document"  # fails the document schema; see reason
    ID_MISMATCH = "id_mismatch"  # record id differs from the document's own id
    WRONG_STORE = "wrong_store"  # the document names another store or till than the device
    UNKNOWN_PRODUCT = "unknown_product"
    CURRENCY_MISMATCH = "currency_mismatch"
    # documents no till could produce (pos.hub.document_rules checks them as the domain makes
    # them; the record changes nothing at the hub):
    QUANTITY_OUT_OF_RANGE = "quantity_out_of_range"  # not positive, beyond bounds, part piece
    AMOUNT_OUT_OF_RANGE = "amount_out_of_range"  # a negative price, discount or amount
    TOTALS_MISMATCH = "totals_mismatch"  # lines, discounts, taxes and total do not add up
    TENDERS_MISMATCH = "tenders_mismatch"  # tenders negative or not settling the amount due
    TIME_OUT_OF_RANGE = "time_out_of_range"  # completed before it started, or in the future
    UNKNOWN_SALE = "unknown_sale"  # a return of no sale or collected order the hub has
    RETURN_TOO_MUCH = "return_too_much"  # more than is left to return, or to refund
    APPROVAL_MISSING = "approval_missing"  # a return without a receipt no supervisor approved
    STOCK_OUT_OF_RANGE = "stock_out_of_range"  # the store's level would leave its bounds
    PROMO_TOKEN_INVALID = "promo_token_invalid"  # no such token, or another customer's/promotion's
    PROMO_WRONG_STORE = "promo_wrong_store"  # the token or promotion does not cover this store
    PROMO_NOT_VALID = "promo_not_valid"  # the sale is outside the token's or promotion's time
    POINTS_MISMATCH = "points_mismatch"  # more points than the hub computes for the sale
    # pickup events: see pos.api.pickup.PickupReject (pickup_claimed, pickup_state, ...)
    # shift events (pos.api.shifts; pos.hub.shifts checks them):
    UNKNOWN_DENOMINATION = "unknown_denomination"  # a count piece no note or coin of the currency
    UNKNOWN_SHIFT = "unknown_shift"  # an event of a shift the hub holds no 'opened' of
    SHIFT_CLOSED = "shift_closed"  # an event of a shift its Z has closed
    SHIFT_OPEN = "shift_open"  # 'opened' while the till has a shift open, or the shift exists
    Z_NUMBER_OUT_OF_ORDER = "z_number_out_of_order"  # a Z that is not the till's last Z + 1
    UNKNOWN_COUNT = "unknown_count"  # a Z closing on what is not the shift's last count
    APPROVAL_MISMATCH = "approval_mismatch"  # a Z approval of no variance, or of another action


# --- the documents ----------------------------------------------------------------------------


class LineDocument(WireModel):
    line_no: int = Field(ge=1, le=MAX_LINES, strict=True)
    product_id: str = Field(min_length=1, max_length=64)
    sku: str
    name: str
    barcode: str | None
    sold_by: Literal["piece", "weight"]
    quantity: QuantityStr
    unit_price: DecimalStr
    price_override: bool = Field(strict=True)
    line_discount: DecimalStr
    line_discount_label: str | None
    cart_discount_share: DecimalStr
    total: DecimalStr
    tax_code: str
    tax_rate: DecimalStr
    voided: bool = Field(strict=True)
    void_reason: str | None
    marking_code: str | None = Field(
        default=None, description="A marking code exactly as scanned (absent in older tills)."
    )
    promo_discount: DecimalStr | None = Field(
        default=None, description="This line's share of the customer's promotion."
    )


class TaxDocument(WireModel):
    code: str
    rate: DecimalStr
    net: DecimalStr
    tax: DecimalStr
    gross: DecimalStr


class TenderDocument(WireModel):
    tender_id: str
    kind: str = Field(description="'cash', 'card', ... (an open set).")
    amount: DecimalStr
    received: DecimalStr
    details: dict[str, str]


class ApprovalDocument(WireModel):
    action: str
    approver_id: str
    approved_at: UtcDateTime
    detail: str


class _SaleHead(WireModel):
    """What a completed and a voided sale share."""

    schema_: int = Field(alias="schema", ge=1, le=MAX_INT32, strict=True)
    sale_id: str = Field(min_length=1, max_length=64)
    store_id: Id
    till_id: Id
    cashier_id: str
    currency: str = Field(min_length=3, max_length=3)
    pricing: Literal["gross", "net"]
    started_at: UtcDateTime


class SaleDocument(_SaleHead):
    """A completed sale: the till's ``SaleDoc``."""

    completed_at: UtcDateTime
    lines: list[LineDocument] = Field(min_length=1, max_length=MAX_LINES)
    cart_discount: DecimalStr
    cart_discount_label: str | None
    taxes: list[TaxDocument]
    total: DecimalStr
    rounding: DecimalStr
    amount_due: DecimalStr
    tenders: list[TenderDocument]
    change: DecimalStr
    approvals: list[ApprovalDocument]
    customer: CustomerDocument | None = Field(
        default=None, description="The customer (promo code) the sale was made for."
    )


class VoidDocument(_SaleHead):
    """A whole sale voided before payment: the till's ``VoidDoc`` (audit only)."""

    kind: Literal["void"]
    voided_at: UtcDateTime
    reason: str
    lines: list[LineDocument] = Field(max_length=MAX_LINES)
    cart_discount: DecimalStr
    cart_discount_label: str | None
    total: DecimalStr
    approvals: list[ApprovalDocument]


class ReturnLineDocument(WireModel):
    line_no: int = Field(ge=1, le=MAX_LINES, strict=True)
    product_id: str = Field(min_length=1, max_length=64)
    sku: str
    name: str
    sold_by: Literal["piece", "weight"]
    quantity: QuantityStr = Field(description="Returned quantity, positive.")
    amount: DecimalStr = Field(description="Refunded for this line, positive.")
    tax_code: str
    tax_rate: DecimalStr
    original_line_no: int | None = Field(default=None, ge=1, le=MAX_INT32, strict=True)
    restock: bool = Field(strict=True, description="Back on the shelf: adds to the stock.")
    reason: str | None = None
    marking_code: str | None = Field(
        default=None, description="The sold line's marking code, byte-exact (a marked item)."
    )


class ReturnDocument(WireModel):
    """Goods taken back at the till (of an in-store sale, or of a web order)."""

    schema_: int = Field(alias="schema", ge=1, le=MAX_INT32, strict=True)
    return_id: str = Field(min_length=1, max_length=64)
    original_sale_id: str | None = Field(
        default=None, description="The sale (or web order) the goods came from, when known."
    )
    store_id: Id
    till_id: Id
    cashier_id: str
    currency: str = Field(min_length=3, max_length=3)
    returned_at: UtcDateTime
    lines: list[ReturnLineDocument] = Field(min_length=1, max_length=MAX_LINES)
    total: DecimalStr = Field(description="Refunded in all, positive.")
    refunds: list[TenderDocument]
    approvals: list[ApprovalDocument]
    checked_offline: bool = Field(
        default=False,
        strict=True,
        description="The till could not ask the hub what was returned before: reconcile it.",
    )
    without_receipt: bool = Field(
        default=False,
        strict=True,
        description="Taken back with no sale to name (original_sale_id is null): refunded at "
        "the shelf price in cash with a supervisor's approval; flagged for the manager.",
    )


class ReturnedLine(WireModel):
    """What the returns of a sale took back of one of its lines, so a till refunds no more."""

    line_no: int = Field(ge=1, le=MAX_INT32, strict=True, description="The sale's line number.")
    quantity: QuantityStr = Field(description="Returned of the line so far, by every till.")
    amount: DecimalStr = Field(description="Refunded for the line so far, by every till.")


class SaleWithReturns(WireModel):
    """A sale looked up by id, so a till can take back what another till of its store sold."""

    sale: SaleDocument
    returned: list[ReturnedLine] = Field(
        description="Per original line, in line order; a line nothing was returned of is absent."
    )
    returns: int = Field(ge=0, le=MAX_INT32, description="How many return documents name it.")


# --- the batch --------------------------------------------------------------------------------


class UploadRecord(WireModel):
    id: str = Field(
        min_length=1,
        max_length=64,
        description="The till-generated id (the document's sale_id/return_id): idempotency key.",
    )
    kind: str = Field(description="'sale', 'return', 'void' (an open set).")
    document: dict[str, Any] = Field(
        description="SaleDocument, ReturnDocument or VoidDocument by kind; validated per record."
    )


class UploadBatch(WireModel):
    records: list[UploadRecord] = Field(min_length=1)


class RecordResult(WireModel):
    """``redemption`` is sent only for a sale with a promo code (older tills see no change)."""

    id: str
    status: Literal["accepted", "duplicate", "rejected"]
    code: str | None = Field(default=None, description="Why it was rejected (RejectCode).")
    reason: str | None = Field(default=None, description="A readable explanation.")
    redemption: str | None = Field(
        default=None,
        description="A sale with a promo code: 'confirmed' or 'double_use' (Redemption).",
    )


class BatchResult(WireModel):
    results: list[RecordResult] = Field(description="One per record, in the request's order.")
    accepted: int
    duplicates: int
    rejected: int
