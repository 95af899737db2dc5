"""Sales, returns and voids uploaded in batches, each record under its till-generated id.

``POST /v1/documents/batches`` takes up to ``MAX_BATCH`` records and answers one result per
record, in order: ``accepted`` (applied now), ``duplicate`` (that id was applied before; it is
acknowledged and never applied twice) or ``rejected`` with a ``code`` and ``reason`` (the
record can never be accepted as it is: the till sets it aside for a person and goes on with
the rest). A batch is never rejected whole for one bad record; only a malformed envelope gets
a ``422``. Record kinds are an open set: a kind the hub does not know is rejected with
``unknown_kind``, so a newer till never blocks its queue on an older hub.

Effects at the hub, exactly once per record id: a sale takes its non-voided lines off the
stock of the till's store location; a return puts back the lines marked ``restock``; a void
(a sale abandoned before payment) is kept for the audit trail only.

The document models mirror ``pos.domain.sale_document`` (the till's journal and outbox hold the
very same JSON); a test keeps the field sets equal.
"""

from __future__ import annotations

from typing import Any, Final, Literal

from pydantic import Field

from pos.api.common import DecimalStr, Id, QuantityStr, UtcDateTime, WireModel
from pos.api.customers import CustomerDocument

MAX_BATCH = 1_000


class RecordKind:
    """Known record kinds (an open set)."""

    SALE = "sale"
    RETURN = "return"
    VOID = "void"
    PICKUP_EVENT = "pickup_event"  # pos.api.pickup.PickupEventDocument


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
    # pickup events: see pos.api.pickup.PickupReject (pickup_claimed, pickup_state, ...)


# --- the documents ----------------------------------------------------------------------------


class LineDocument(WireModel):
    line_no: int = Field(ge=1, strict=True)
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

    schema_: int = Field(alias="schema", ge=1, strict=True)
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
    lines: list[LineDocument] = Field(min_length=1)
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
    lines: list[LineDocument]
    cart_discount: DecimalStr
    cart_discount_label: str | None
    total: DecimalStr
    approvals: list[ApprovalDocument]


class ReturnLineDocument(WireModel):
    line_no: int = Field(ge=1, strict=True)
    product_id: str = Field(min_length=1, max_length=64)
    sku: str
    name: str
    sold_by: Literal["piece", "weight"]
    quantity: QuantityStr = Field(description="Returned quantity, positive.")
    amount: DecimalStr = Field(description="Refunded for this line, positive.")
    tax_code: str
    tax_rate: DecimalStr
    original_line_no: int | None = None
    restock: bool = Field(strict=True, description="Back on the shelf: adds to the stock.")
    reason: str | None = None


class ReturnDocument(WireModel):
    """Goods taken back at the till (of an in-store sale, or of a web order)."""

    schema_: int = Field(alias="schema", ge=1, strict=True)
    return_id: str = Field(min_length=1, max_length=64)
    original_sale_id: str | None = Field(
        default=None, description="The sale (or web order) the goods came from, when known."
    )
    store_id: Id
    till_id: Id
    cashier_id: str
    currency: str = Field(min_length=3, max_length=3)
    returned_at: UtcDateTime
    lines: list[ReturnLineDocument] = Field(min_length=1)
    total: DecimalStr = Field(description="Refunded in all, positive.")
    refunds: list[TenderDocument]
    approvals: list[ApprovalDocument]


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
