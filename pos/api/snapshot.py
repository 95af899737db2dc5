"""The initial-sync snapshot: the whole catalog and the till's stock in one streamed answer.

``GET /v1/snapshot`` answers ``application/x-ndjson``, one JSON value per line, in this order:

1. a :class:`SnapshotHead` object: the cursors to continue the catalog and stock feeds with,
   the counts of what follows (for progress), every tax class and category, the row formats;
2. product chunks: each line ``{"products": [row, ...]}`` with product rows in the catalog
   feed's format (``PRODUCT_COLUMNS``);
3. stock chunks: each line ``{"stock": [row, ...]}`` (``STOCK_COLUMNS``) for the till's store;
4. a :class:`SnapshotEnd` line with the counts actually sent (a stream cut short, padded or
   out of order is refused whole). The head's counts are for progress only.

Why a snapshot next to the feeds: paging a million products through the feed costs one
request, one JSON document and one SQLite transaction per page; a snapshot is one request
whose chunks a till can parse while the next ones arrive, into a catalog it builds on the
side (see ``pos.store.catalog_build``).

No gap: every row the snapshot holds has a feed ``seq`` at or below the cursor in the head;
a row changed while the snapshot streams gets a higher ``seq`` (and may or may not be in the
snapshot too), so the feeds continued from the head's cursors bring it. A row is never
deleted (an inactive product is a change), so nothing can be missed.
"""

from __future__ import annotations

from typing import Final, Literal

from pydantic import Field

from pos.api.common import WireModel
from pos.api.feeds import Category, ProductRow, StockRow, TaxClass

NDJSON: Final = "application/x-ndjson"
# Rows per chunk line: a till decodes one line while the next arrives, and decoding a line
# holds the interpreter lock (the till's UI thread waits meanwhile): ~10 ms for 5,000 rows.
SNAPSHOT_CHUNK = 5_000


class SnapshotHead(WireModel):
    snapshot: Literal["v1"] = "v1"
    catalog_cursor: str = Field(description="Continue the catalog feed with this cursor.")
    stock_cursor: str = Field(description="Continue the stock feed with this cursor.")
    locations: list[str] = Field(description="Locations whose stock the snapshot holds.")
    products: int = Field(ge=0, description="Product rows that follow (progress).")
    stock: int = Field(ge=0, description="Stock rows that follow the products (progress).")
    tax_classes: list[TaxClass]
    categories: list[Category] = Field(description="Parents first.")
    product_columns: list[str]
    stock_columns: list[str]


class SnapshotCounts(WireModel):
    products: int = Field(ge=0)
    stock: int = Field(ge=0)


class ProductChunk(WireModel):
    products: list[ProductRow]


class StockChunk(WireModel):
    stock: list[StockRow]


class SnapshotEnd(WireModel):
    end: SnapshotCounts = Field(description="Rows sent: the till refuses a different count.")
