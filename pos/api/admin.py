"""The admin surface (``/v1/admin``, admin token): what the web shop and the ERP do - create
and change products, prices and stock, issue pairing codes, revoke devices - and the read-outs
tests and operators need (the documents the hub received).
"""

from __future__ import annotations

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
