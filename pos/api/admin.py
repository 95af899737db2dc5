"""The admin surface (``/v1/admin``, admin token): what the web shop and the ERP do - create
and change products, prices and stock, issue pairing codes, revoke devices - and the read-outs
tests and operators need (the documents the hub received).
"""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from pydantic import Field

from pos.api.common import (
    MAX_INT32,
    MAX_MINOR,
    Count,
    DecimalStr,
    Id,
    QuantityStr,
    UtcDateTime,
    WireModel,
)
from pos.api.documents import ApprovalDocument
from pos.api.shifts import ZTotalsDocument


class PairingCodeRequest(WireModel):
    store_id: Id
    till_id: Id
    ttl_seconds: int = Field(default=24 * 3600, ge=60, le=30 * 24 * 3600, strict=True)


class PairingCode(WireModel):
    code: str = Field(description="One-time; shown once.")
    store_id: Id
    till_id: Id
    expires_at: UtcDateTime


class AdminDevice(WireModel):
    device_id: str
    store_id: Id
    till_id: Id
    name: str | None
    paired_at: UtcDateTime
    revoked_at: UtcDateTime | None
    last_seen_at: UtcDateTime | None


class DeviceList(WireModel):
    devices: list[AdminDevice]


class LocationUpsert(WireModel):
    name: str = Field(min_length=1, max_length=100)
    kind: str = Field(default="store", description="'store' or 'warehouse'.")


class TaxClassUpsert(WireModel):
    rate: DecimalStr
    label: str | None = None


class CategoryUpsert(WireModel):
    name: str = Field(min_length=1, max_length=200)
    parent_id: Id | None = None
    sort_order: int = Field(default=0, ge=-MAX_INT32, le=MAX_INT32, strict=True)


class ProductUpsert(WireModel):
    sku: str = Field(min_length=1, max_length=64)
    name: str = Field(min_length=1, max_length=200)
    category_id: Id | None = None
    tax_code: str = Field(min_length=1, max_length=8)
    sold_by: Literal["piece", "weight"] = "piece"
    active: bool = Field(default=True, strict=True)
    price_minor: int = Field(
        ge=0, le=MAX_MINOR, strict=True, description="Minor units, tax included."
    )
    barcodes: list[str] = Field(default_factory=list, max_length=50)


class Product(ProductUpsert):
    id: str
    updated_at: UtcDateTime


class PriceChange(WireModel):
    product_id: str
    price_minor: int = Field(ge=0, le=MAX_MINOR, strict=True)


class PriceChanges(WireModel):
    items: list[PriceChange] = Field(min_length=1, max_length=100_000)


class StockChange(WireModel):
    """Set ``on_hand`` to a level (a stock count) or move it by ``delta`` (a delivery)."""

    product_id: str
    location_id: Id
    on_hand: QuantityStr | None = None
    delta: QuantityStr | None = None


class StockChanges(WireModel):
    items: list[StockChange] = Field(min_length=1, max_length=100_000)


class ChangeCount(WireModel):
    changed: Count


class ReceivedDocument(WireModel):
    id: str
    kind: str
    store_id: str
    till_id: str
    device_id: str
    received_at: UtcDateTime
    document: dict[str, Any] | None = Field(
        default=None, description="Only when asked for one document."
    )


class DocumentPage(WireModel):
    cursor: str = Field(description="Ask with this cursor next.")
    has_more: bool
    documents: list[ReceivedDocument]


class ShiftFigure(WireModel):
    count: Count
    amount: DecimalStr


class ShiftSummary(WireModel):
    """One till's shift as the hub holds it: its drawer story in figures, the Z the till
    reported, and the sales the hub itself received from that till in the shift's time."""

    shift_id: str
    store_id: str
    till_id: str
    state: Literal["open", "closed"]
    opened_by: str
    opened_at: UtcDateTime
    holder: str = Field(description="Who has the drawer now (after handovers).")
    opening_float: DecimalStr
    movements: dict[str, ShiftFigure] = Field(
        description="By kind (pay_in, pay_out, safe_drop, pickup, no_sale): count and amount."
    )
    expected: DecimalStr | None = Field(
        description="The Z's; while open, the last count's (when the till sent it)."
    )
    counted: DecimalStr | None = Field(description="The Z's; while open, the last count's.")
    variance: DecimalStr | None = Field(description="counted - expected; negative when short.")
    closed_by: str | None
    closed_at: UtcDateTime | None
    z_number: int | None
    approval: ApprovalDocument | None = Field(description="The variance's, as the till sent it.")
    reported: ZTotalsDocument | None = Field(description="The Z's totals as the till made them.")
    received_sales: ShiftFigure = Field(
        description="Sales the hub received from this till completed in the shift's time."
    )
    sales_mismatch: bool | None = Field(
        description="The Z's sales differ from received_sales (null while open)."
    )


class ShiftList(WireModel):
    store_id: str | None = Field(description="The store asked for; null: every store.")
    date: date
    timezone: str = Field(description="The date's timezone: 'UTC' (the hub keeps no other).")
    shifts: list[ShiftSummary] = Field(description="Opened on that date, oldest first.")
