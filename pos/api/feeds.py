"""Change feeds: the catalog and stock as pages after an opaque cursor.

``GET /v1/feeds/catalog?cursor=C&limit=N`` answers the changes after ``C`` (from the start
without one), oldest first, at most ``N`` items, and ``cursor`` to ask with next. An empty
page with ``has_more=false`` means the till is up to date; keep the cursor and ask again
later (or when an event says something changed). Asking again with the same cursor is always
safe: a page is a pure function of the cursor and the hub's data.

Cursors are opaque: a till stores and sends them back, never builds one. They are fixed-width
text, and within one hub a later cursor compares greater as a plain string, so a till can
refuse a cursor that goes backwards. A cursor of another hub database (reset, restored) gets
``410 cursor_expired``: the till syncs that feed again from the start.

Rows are compact arrays rather than objects (the initial sync moves a million products): the
position of each value is given by ``product_columns``/``stock_columns``, constant in ``v1``.
A later row format will be something the till asks for explicitly, so ``v1`` rows never change.
"""

from __future__ import annotations

from typing import Annotated, Final, Literal

from pydantic import Field, WithJsonSchema

from pos.api.common import DecimalStr, Id, QuantityStr, SortOrder, UtcDateTime, WireModel


class FeedKind:
    """Known feeds (an open set: customers, promotions, pickup orders may follow)."""

    CATALOG: Final = "catalog"
    STOCK: Final = "stock"


DEFAULT_PAGE_SIZE = 5_000
MAX_PAGE_SIZE = 50_000

PRODUCT_COLUMNS: tuple[str, ...] = (
    "id",
    "sku",
    "name",
    "category_id",
    "tax_code",
    "sold_by",
    "active",
    "price_minor",
    "barcodes",
)
STOCK_COLUMNS: tuple[str, ...] = ("product_id", "location_id", "on_hand", "reserved")

ProductRow = Annotated[
    tuple[
        str,  # id (UUID)
        str,  # sku
        str,  # name
        str | None,  # category_id
        str,  # tax_code
        Literal["piece", "weight"],  # sold_by
        bool,  # active (an inactive product cannot be sold; products are never deleted)
        int,  # price_minor: current price in minor units of the hub currency, tax included
        list[str],  # barcodes: every code that sells this product (EAN/UPC/PLU)
    ],
    WithJsonSchema(
        {
            "type": "array",
            "minItems": len(PRODUCT_COLUMNS),
            "maxItems": len(PRODUCT_COLUMNS),
            "items": {
                "anyOf": [
                    {"type": "string"},
                    {"type": "integer"},
                    {"type": "boolean"},
                    {"type": "null"},
                    {"type": "array", "items": {"type": "string"}},
                ]
            },
            "description": "[id, sku, name, category_id (or null), tax_code, sold_by"
            " ('piece'|'weight'), active (boolean), price_minor (integer), barcodes (strings)]",
        }
    ),
]
StockRow = Annotated[
    tuple[
        str,  # product_id
        str,  # location_id
        str,  # on_hand: exact decimal text (pieces or kg)
        str,  # reserved: held by open reservations; available = on_hand - reserved
    ],
    WithJsonSchema(
        {
            "type": "array",
            "minItems": len(STOCK_COLUMNS),
            "maxItems": len(STOCK_COLUMNS),
            "items": {"type": "string"},
            "description": "[product_id, location_id, on_hand, reserved] (quantities as"
            " exact decimal text)",
        }
    ),
]
# Rows are described in the OpenAPI document as arrays with a description of each position
# rather than with ``prefixItems``: common OpenAPI tools (schemathesis among them) mishandle
# ``prefixItems``. Validation by these models is still positional and typed.


class TaxClass(WireModel):
    code: str = Field(min_length=1, max_length=8, description="The letter the receipt prints.")
    rate: DecimalStr = Field(description="0.23 for 23 %.")
    label: str | None = None


class Category(WireModel):
    id: Id
    name: str
    parent_id: Id | None = None
    sort_order: SortOrder = 0


class CatalogPage(WireModel):
    feed: Literal["catalog"] = FeedKind.CATALOG
    cursor: str = Field(description="Ask with this cursor next (also when has_more is false).")
    has_more: bool = Field(description="More changes are waiting: ask again at once.")
    remaining: int | None = Field(
        default=None,
        description="Items after this page, when asked with count=true (progress, ETA).",
    )
    tax_classes: list[TaxClass] = Field(description="Changed tax classes, before products.")
    categories: list[Category] = Field(description="Changed categories (parents first).")
    product_columns: list[str] = Field(description="Names of the product row positions.")
    products: list[ProductRow] = Field(description="Changed products, one array per product.")

    @property
    def size(self) -> int:
        return len(self.tax_classes) + len(self.categories) + len(self.products)


class StockPage(WireModel):
    feed: Literal["stock"] = FeedKind.STOCK
    cursor: str
    has_more: bool
    remaining: int | None = None
    stock_columns: list[str] = Field(description="Names of the stock row positions.")
    stock: list[StockRow] = Field(description="Changed stock levels (absolute, not deltas).")


class Location(WireModel):
    id: Id
    name: str
    kind: str = Field(description="'store' or 'warehouse' (an open set).")


class LocationList(WireModel):
    locations: list[Location]


class LocationStock(WireModel):
    location_id: Id
    name: str
    kind: str
    on_hand: QuantityStr
    reserved: QuantityStr
    available: QuantityStr = Field(description="on_hand - reserved (may be negative).")
    updated_at: UtcDateTime | None = Field(default=None, description="Time of the last change.")


class ProductStock(WireModel):
    """Stock of one product in every location: the 'endless aisle'."""

    product_id: str
    sku: str
    name: str
    as_of: UtcDateTime = Field(description="When the hub read these figures.")
    locations: list[LocationStock]
