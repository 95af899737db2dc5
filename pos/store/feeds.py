"""Applying pages of the hub's change feeds (catalog, stock) to the local cache.

A page arrives already validated (``pos.sync`` checks the whole response against the contract
first) as plain row tuples, and is applied in ONE ``BEGIN IMMEDIATE`` transaction together
with the feed's new cursor: either the page and its cursor are both on disk, or neither is, so
a crash or a bad row (an unknown tax class, say: the foreign key refuses it) leaves the local
data exactly as it was and the same page is fetched again.

Speed (the initial sync writes a million products): raw ``sqlite3`` ``executemany`` upserts,
no ORM objects. The FTS5 search index (``product_fts``) is kept right per page without the
per-row triggers of migration 0001: inside the page's transaction the product insert/update
triggers are dropped, the rows upserted, the index rows of the page's products deleted and
rewritten in two set statements, and the triggers recreated from the SQL SQLite kept for them.
DDL is transactional in SQLite, so a crash mid-page rolls the trigger drop back too. Category
rows are written *before* the triggers are dropped, so a category moved in the tree still
re-indexes its products through ``categories_fts_au``.

``cursor_guard``: the transaction re-reads the stored cursor and refuses the page when it is
not the one the page was requested with (another writer got there first): a page is applied
on top of exactly the state it was computed from.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime

from pos.store.catalog import FOLD_MAP
from pos.store.db import CATALOG_SCHEMA, Database, in_catalog
from pos.store.models import now_text, parse_utc_text

CATALOG_FEED = "catalog"
STOCK_FEED = "stock"
PICKUP_FEED = "pickup"  # rows: pos.store.pickup

# (code, rate as decimal text "0.23", label)
TaxRow = tuple[str, str, str | None]
# (id, name, parent_id, sort_order)
CategoryRow = tuple[str, str, str | None, int]
# (id, sku, name, category_id, tax_code, sold_by "piece"|"weight", active, updated_at UTC text)
ProductRow = tuple[str, str, str, str | None, str, str, bool, str]
# (code, product_id)
BarcodeRow = tuple[str, str]
# (product_id, amount_minor, currency, valid_from UTC text)
PriceRow = tuple[str, int, str, str]
# (product_id, location, on hand, reserved (decimal texts), as_of UTC text)
StockRow = tuple[str, str, str, str, str]


class StaleCursor(Exception):
    """The stored cursor is not the one this page was requested with: page not applied."""


@dataclass(slots=True)
class CatalogPage:
    """One page of the catalog feed as rows. Barcodes and prices are the *whole* current set
    of each product in ``products`` (they replace what the till had for those products)."""

    taxes: list[TaxRow] = field(default_factory=list)
    categories: list[CategoryRow] = field(default_factory=list)
    products: list[ProductRow] = field(default_factory=list)
    barcodes: list[BarcodeRow] = field(default_factory=list)
    prices: list[PriceRow] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class FeedPosition:
    feed: str
    cursor: str
    pulled_at: datetime


def _fold_sql(expr: str) -> str:
    for src, dst in FOLD_MAP.items():
        expr = f"replace({expr}, '{src}', '{dst}')"
    return expr


def fts_rows_sql(where: str) -> str:
    """Index rows for the products matching ``where`` (on ``p``): the same content as the
    products_fts_ai trigger of migration 0001, for a set of rows in one statement."""
    return f"""INSERT INTO product_fts (rowid, name, sku, cats)
SELECT p.num, {_fold_sql("p.name")}, p.sku,
       trim(coalesce(hex(p.category_id), '') || ' ' || coalesce(hex(c.parent_id), '')
            || ' ' || coalesce(hex(g.parent_id), ''))
FROM products p
LEFT JOIN categories c ON c.id = p.category_id
LEFT JOIN categories g ON g.id = c.parent_id
WHERE {where}"""


_FTS_INSERT = fts_rows_sql("p.id IN (SELECT value FROM json_each(?))")

_PRODUCT_TRIGGERS = ("products_fts_ai", "products_fts_au")

_UPSERT_TAX = """INSERT INTO tax_classes (code, rate, label) VALUES (?, ?, ?)
ON CONFLICT (code) DO UPDATE SET rate = excluded.rate, label = excluded.label
WHERE rate IS NOT excluded.rate OR label IS NOT excluded.label"""

_UPSERT_CATEGORY = """INSERT INTO categories (id, name, parent_id, sort_order) VALUES (?, ?, ?, ?)
ON CONFLICT (id) DO UPDATE SET name = excluded.name, parent_id = excluded.parent_id,
    sort_order = excluded.sort_order
WHERE name IS NOT excluded.name OR parent_id IS NOT excluded.parent_id
   OR sort_order IS NOT excluded.sort_order"""

_UPSERT_PRODUCT = """INSERT INTO products
    (id, sku, name, category_id, tax_code, sold_by, active, updated_at)
VALUES (?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (id) DO UPDATE SET sku = excluded.sku, name = excluded.name,
    category_id = excluded.category_id, tax_code = excluded.tax_code,
    sold_by = excluded.sold_by, active = excluded.active, updated_at = excluded.updated_at"""

UPSERT_STOCK = """INSERT INTO stock_levels
    (product_id, location, quantity, reserved, as_of, synced_at, via_feed)
VALUES (?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (product_id, location) DO UPDATE SET quantity = excluded.quantity,
    reserved = excluded.reserved, as_of = excluded.as_of, synced_at = excluded.synced_at,
    via_feed = max(stock_levels.via_feed, excluded.via_feed)"""


# The connection that applies feed pages gets a bigger page cache (the product indexes of a
# large catalog stay in memory) and checkpoints the WAL less often (an index page rewritten
# by many pages is copied to the database file once per checkpoint, not once per page).
# Measured on 1M products (store writes alone): checkpoints every 1,000 pages (SQLite's
# default), 10,000 and 50,000 took the commits from ~25 % to ~16 % to ~11 % of the time.
# 20,000 (an 80 MB WAL, cut back to 64 MB after a checkpoint) is the compromise: a sale
# committed on another connection during an initial sync may have to run that checkpoint.
FEED_PRAGMAS = (
    "PRAGMA cache_size = -65536",
    "PRAGMA wal_autocheckpoint = 20000",
    "PRAGMA journal_size_limit = 67108864",
)


@contextmanager
def write_transaction(db: Database) -> Iterator[sqlite3.Connection]:
    """A pooled raw connection inside ``BEGIN IMMEDIATE``: COMMIT on success, else ROLLBACK."""
    with db.raw() as conn:
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
            conn.execute("COMMIT")  # deferred foreign keys are checked here and may refuse
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise


def _check_and_set_cursor(
    conn: sqlite3.Connection, feed: str, expected: str | None, cursor: str, now: str
) -> None:
    row = conn.execute("SELECT cursor FROM sync_cursors WHERE feed = ?", (feed,)).fetchone()
    stored = None if row is None else str(row[0])
    if stored != expected:
        raise StaleCursor(f"{feed} feed: page requested at {expected!r}, cache is at {stored!r}")
    conn.execute(
        "INSERT INTO sync_cursors (feed, cursor, pulled_at) VALUES (?, ?, ?)"
        " ON CONFLICT (feed) DO UPDATE SET cursor = excluded.cursor,"
        " pulled_at = excluded.pulled_at",
        (feed, cursor, now),
    )


def _ids_json(ids: Sequence[str]) -> str:
    return json.dumps(list(ids))


def _write_products(conn: sqlite3.Connection, page: CatalogPage) -> None:
    ids = _ids_json([p[0] for p in page.products])
    existing = [
        int(r[0])
        for r in conn.execute(
            "SELECT num FROM products WHERE id IN (SELECT value FROM json_each(?))", (ids,)
        )
    ]
    saved = conn.execute(
        f"SELECT name, sql FROM {CATALOG_SCHEMA}.sqlite_master"
        " WHERE type = 'trigger' AND name IN (?, ?)",
        _PRODUCT_TRIGGERS,
    ).fetchall()
    for name, _sql in saved:
        conn.execute(f'DROP TRIGGER {CATALOG_SCHEMA}."{name}"')
    if existing:
        conn.execute(
            "DELETE FROM product_fts WHERE rowid IN (SELECT value FROM json_each(?))",
            (json.dumps(existing),),
        )
    conn.executemany(_UPSERT_PRODUCT, page.products)
    conn.execute(_FTS_INSERT, (ids,))
    for _name, sql in saved:
        conn.execute(in_catalog(sql))
    # Barcodes and prices of the page's products are replaced by the page's set.
    if existing:
        conn.execute(
            "DELETE FROM barcodes WHERE product_id IN (SELECT value FROM json_each(?))", (ids,)
        )
        conn.execute(
            "DELETE FROM prices WHERE product_id IN (SELECT value FROM json_each(?))", (ids,)
        )
    conn.executemany(
        "INSERT INTO barcodes (code, product_id) VALUES (?, ?)"
        " ON CONFLICT (code) DO UPDATE SET product_id = excluded.product_id",
        page.barcodes,
    )
    conn.executemany(
        "INSERT INTO prices (product_id, amount_minor, currency, valid_from) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (product_id, currency, valid_from)"
        " DO UPDATE SET amount_minor = excluded.amount_minor",
        page.prices,
    )


class FeedStore:
    """Cursors of the change feeds and the writes that apply their pages."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def position(self, feed: str) -> FeedPosition | None:
        with self._db.raw() as conn:
            row = conn.execute(
                "SELECT cursor, pulled_at FROM sync_cursors WHERE feed = ?", (feed,)
            ).fetchone()
        if row is None:
            return None
        return FeedPosition(feed, str(row[0]), parse_utc_text(str(row[1])))

    def apply_catalog(
        self, page: CatalogPage, expected_cursor: str | None, new_cursor: str
    ) -> None:
        """Upsert one catalog page and move the catalog cursor, in one transaction."""
        with self.page(CATALOG_FEED, expected_cursor, new_cursor) as (conn, _now):
            # Categories may name a parent later in the page: check the keys at COMMIT.
            conn.execute("PRAGMA defer_foreign_keys = ON")
            conn.executemany(_UPSERT_TAX, page.taxes)
            conn.executemany(_UPSERT_CATEGORY, page.categories)
            if page.products:
                _write_products(conn, page)

    def apply_stock(
        self, rows: Sequence[StockRow], expected_cursor: str | None, new_cursor: str
    ) -> None:
        """Upsert one stock page (absolute levels) and move the stock cursor, atomically."""
        with self.page(STOCK_FEED, expected_cursor, new_cursor) as (conn, now):
            conn.executemany(UPSERT_STOCK, [(*row, now, True) for row in rows])

    @contextmanager
    def page(
        self, feed: str, expected_cursor: str | None, new_cursor: str
    ) -> Iterator[tuple[sqlite3.Connection, str]]:
        """The transaction of one page: the cursor checked and moved first, then the rows."""
        now = now_text()
        with write_transaction(self._db) as conn:
            for pragma in FEED_PRAGMAS:
                conn.execute(pragma)
            _check_and_set_cursor(conn, feed, expected_cursor, new_cursor, now)
            yield conn, now

    def reset(self, feed: str) -> None:
        """Forget the feed's cursor: the next pull starts from the beginning (a new hub)."""
        with write_transaction(self._db) as conn:
            conn.execute("DELETE FROM sync_cursors WHERE feed = ?", (feed,))

    def touch(self, feed: str) -> None:
        """The feed was asked and had nothing new: what the till knows is current as of now."""
        with write_transaction(self._db) as conn:
            conn.execute("UPDATE sync_cursors SET pulled_at = ? WHERE feed = ?", (now_text(), feed))
