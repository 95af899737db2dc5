"""Building a whole new catalog generation on the side (the initial sync's snapshot), and the
search index afterwards.

Why on the side: writing a million products into the live cache costs tens of seconds of
write-locked WAL traffic, and a crash half-way would leave half a catalog. Here the new
generation is a separate SQLite file (``Database.next_catalog_path``) that nothing else opens:
journal off, synchronous off, one transaction, rows into plain staging tables first, then
moved into the real tables in key order by ``INSERT ... SELECT`` (in C, sorted: B-tree pages
are appended, not split at random), secondary indexes and triggers created last. Nothing of
it is live until :meth:`Database.switch_catalog` records the finished file in one small
transaction; until then the old catalog serves scans, and a failure (a bad chunk, a row
breaking a key, a stream cut short, a crash) only leaves a file the next build deletes.

The schema is not written down here: it is copied from the live generation's own
``sqlite_master``, so migrations stay the one owner of the catalog's schema.

The search index (FTS5) is left empty and marked as still to build (``catalog_meta``
``fts_pending_from``): building it for a million rows takes longer than all the rest, and a
till can scan and sell without it. :class:`SearchIndexBuilder` then fills it on the live
catalog in short transactions; until it is done, search falls back to a plain scan
(``pos.store.catalog``) and the till says so.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pos.store.catalog import FTS_PENDING, search_index_pending_from
from pos.store.db import BUSY_TIMEOUT_MS, CATALOG_SCHEMA, Database, remove_stale_catalogs
from pos.store.feeds import CATALOG_FEED, STOCK_FEED, CategoryRow, TaxRow, fts_rows_sql
from pos.store.models import now_text

_FTS_SHADOW = "product_fts_"

# Staging tables: the wire rows as they come (barcodes as their JSON text).
_STAGING = (
    "CREATE TABLE snap_products (id, sku, name, category_id, tax_code, sold_by, active,"
    " price_minor, barcodes)",
    "CREATE TABLE snap_stock (product_id, location, on_hand, reserved)",
)
_STAGE_PRODUCT = "INSERT INTO snap_products VALUES (?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS TEXT))"
_STAGE_STOCK = "INSERT INTO snap_stock VALUES (?, ?, ?, ?)"

# What a staged row must be to enter the catalog (beyond the types the decoder checked).
_BAD_BARCODES = """SELECT count(*) FROM snap_products
WHERE json_valid(barcodes) = 0 OR json_type(barcodes) <> 'array'
   OR EXISTS (SELECT 1 FROM json_each(barcodes) WHERE type <> 'text')"""


class SnapshotRefused(Exception):
    """The snapshot broke a rule of the contract or a key of the cache: nothing was changed."""


@dataclass(frozen=True, slots=True)
class BuildCounts:
    products: int
    barcodes: int
    stock: int


class CatalogBuild:
    """One new catalog generation being built. Use from one thread; ``finish`` or ``abandon``.

    ``add_products``/``add_stock`` take the decoded wire rows unchanged (the staging tables
    have the wire's columns), so no Python work per row is spent here.
    """

    def __init__(self, db: Database) -> None:
        self.db = db
        self.path: Path = db.next_catalog_path()
        # Generations replaced by earlier switches: no connection reads them any more.
        remove_stale_catalogs(db.path, db.catalog.name)
        for stale in (self.path, *(Path(f"{self.path}{s}") for s in ("-wal", "-shm"))):
            stale.unlink(missing_ok=True)  # a build that crashed, or was abandoned
        with db.raw() as live:
            schema = live.execute(
                f"SELECT type, name, sql FROM {CATALOG_SCHEMA}.sqlite_master"
                " WHERE sql IS NOT NULL ORDER BY rowid"
            ).fetchall()
        self._conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        conn = self._conn
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        # The live catalog is attached read-only in spirit (endless-aisle answers are copied
        # from it at the end); every pragma below names ``main``, the new file, only.
        conn.execute("ATTACH DATABASE ? AS live", (str(db.catalog_path),))
        for pragma in (
            "main.journal_mode = OFF",
            "main.synchronous = OFF",
            "main.locking_mode = EXCLUSIVE",
            "main.cache_size = -262144",
            "temp_store = MEMORY",
            "foreign_keys = OFF",
        ):
            conn.execute(f"PRAGMA {pragma}")
        self._later: list[str] = []
        for kind, name, sql in schema:
            if kind == "table" and name.startswith(_FTS_SHADOW):
                continue  # made by the FTS5 table itself
            if kind == "table":
                conn.execute(sql)
            else:
                self._later.append(sql)  # indexes and triggers once the rows are in
        conn.execute("BEGIN")
        for sql in _STAGING:
            conn.execute(sql)

    def add_products(self, rows: Sequence[Sequence[Any]]) -> None:
        self._conn.executemany(_STAGE_PRODUCT, rows)

    def add_stock(self, rows: Sequence[Sequence[Any]]) -> None:
        self._conn.executemany(_STAGE_STOCK, rows)

    def finish(
        self,
        *,
        taxes: Sequence[TaxRow],
        categories: Sequence[CategoryRow],
        currency: str,
        price_from: str,
        catalog_cursor: str,
        stock_cursor: str,
    ) -> BuildCounts:
        """Move the staged rows into the catalog's tables, check every key, index, and make
        the file ready to attach. Raises :class:`SnapshotRefused` (the file is left for the
        caller to :meth:`abandon`)."""
        conn = self._conn
        now = now_text()
        try:
            if conn.execute(_BAD_BARCODES).fetchone()[0]:
                raise SnapshotRefused("a product's barcodes are not a list of codes")
            conn.executemany("INSERT INTO tax_classes VALUES (?, ?, ?)", taxes)
            conn.executemany("INSERT INTO categories VALUES (?, ?, ?, ?)", categories)
            conn.execute(
                "INSERT INTO products (id, sku, name, category_id, tax_code, sold_by, active,"
                " updated_at) SELECT id, sku, name, category_id, tax_code, sold_by, active, ?"
                " FROM snap_products ORDER BY id",
                (now,),
            )
            conn.execute(
                "INSERT INTO barcodes (code, product_id) SELECT j.value, s.id"
                " FROM snap_products s, json_each(s.barcodes) j ORDER BY j.value"
            )
            conn.execute(
                "INSERT INTO prices (product_id, amount_minor, currency, valid_from)"
                " SELECT id, price_minor, ?, ? FROM snap_products ORDER BY id",
                (currency, price_from),
            )
            conn.execute(
                "INSERT INTO stock_levels (product_id, location, quantity, reserved, as_of,"
                " synced_at, via_feed) SELECT product_id, location, on_hand, reserved, ?, ?, 1"
                " FROM snap_stock ORDER BY product_id, location",
                (now, now),
            )
            counts = BuildCounts(
                products=conn.execute("SELECT count(*) FROM products").fetchone()[0],
                barcodes=conn.execute("SELECT count(*) FROM barcodes").fetchone()[0],
                stock=conn.execute("SELECT count(*) FROM stock_levels").fetchone()[0],
            )
            conn.execute("DROP TABLE snap_products")
            conn.execute("DROP TABLE snap_stock")
            for sql in self._later:
                conn.execute(sql)
            if conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
                raise SnapshotRefused("a product names a tax class or category not sent")
            self._keep_aisle_answers()
            conn.executemany(
                "INSERT INTO sync_cursors (feed, cursor, pulled_at) VALUES (?, ?, ?)",
                [(CATALOG_FEED, catalog_cursor, now), (STOCK_FEED, stock_cursor, now)],
            )
            conn.execute("INSERT INTO catalog_meta (key, value) VALUES (?, '0')", (FTS_PENDING,))
            conn.execute("COMMIT")
            conn.execute("DETACH DATABASE live")
        except sqlite3.IntegrityError as exc:
            raise SnapshotRefused(f"the snapshot breaks a key of the catalog: {exc}") from exc
        # WAL like the live cache; the switch must find every page on disk.
        conn.execute("PRAGMA main.locking_mode = NORMAL")
        conn.execute("PRAGMA main.synchronous = FULL")
        conn.execute("PRAGMA main.journal_mode = WAL")
        conn.close()
        return counts

    def _keep_aisle_answers(self) -> None:
        """Stock the till kept from endless-aisle answers (other locations) stays (answers
        that arrive between this copy and the switch are lost: they are asked again)."""
        self._conn.execute(
            "INSERT OR IGNORE INTO stock_levels SELECT * FROM live.stock_levels WHERE via_feed = 0"
        )

    def abandon(self) -> None:
        """Forget the build: the live catalog never saw it."""
        try:
            self._conn.close()
        finally:
            for stale in (self.path, *(Path(f"{self.path}{s}") for s in ("-wal", "-shm"))):
                stale.unlink(missing_ok=True)


@dataclass(frozen=True, slots=True)
class IndexProgress:
    done: int
    total: int
    finished: bool


class SearchIndexBuilder:
    """Fills the live catalog's search index after a snapshot, ``chunk`` products per short
    transaction (a sale waiting for the write lock waits for one chunk at most)."""

    def __init__(self, db: Database, chunk: int = 20_000) -> None:
        self.db = db
        self.chunk = chunk

    def pending(self) -> bool:
        with self.db.raw() as conn:
            return search_index_pending_from(conn) is not None

    def step(self) -> IndexProgress | None:
        """Index the next chunk; None when there was nothing left to do."""
        with self.db.raw() as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                row = conn.execute(
                    "SELECT value FROM catalog_meta WHERE key = ?", (FTS_PENDING,)
                ).fetchone()
                if row is None:
                    conn.execute("ROLLBACK")
                    return None
                start = int(row[0])
                last = conn.execute("SELECT max(num) FROM products").fetchone()[0] or 0
                cut = conn.execute(
                    "SELECT num FROM products WHERE num > ? ORDER BY num LIMIT 1 OFFSET ?",
                    (start, self.chunk - 1),
                ).fetchone()
                end = last if cut is None else int(cut[0])
                conn.execute(
                    fts_rows_sql(
                        "p.num > ? AND p.num <= ? AND p.num NOT IN (SELECT rowid"
                        " FROM product_fts WHERE rowid > ? AND rowid <= ?)"
                    ),
                    (start, end, start, end),
                )
                finished = end >= last
                if finished:
                    conn.execute("DELETE FROM catalog_meta WHERE key = ?", (FTS_PENDING,))
                else:
                    conn.execute(
                        "UPDATE catalog_meta SET value = ? WHERE key = ?", (str(end), FTS_PENDING)
                    )
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
        return IndexProgress(done=end, total=last, finished=finished)
