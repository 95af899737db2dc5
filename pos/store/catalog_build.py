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

import os
import sqlite3
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pos.store.catalog import FTS_PENDING, search_index_pending_from
from pos.store.db import BUSY_TIMEOUT_MS, CATALOG_SCHEMA, Database, remove_stale_catalogs
from pos.store.feeds import CATALOG_FEED, STOCK_FEED, CategoryRow, TaxRow, fts_rows_sql
from pos.store.models import now_text

_FTS_SHADOW = "product_fts_"

# Staging tables: the wire rows as they come (barcodes as their JSON text), moved into the
# real tables in key order by INSERT ... SELECT (sorted inserts append to every B-tree; the
# stream's order would split pages at random: measured 2x slower for a million rows).
_STAGING = (
    "CREATE TEMP TABLE snap_const (now TEXT, currency TEXT, price_from TEXT)",
    "CREATE TABLE snap_products (id, sku, name, category_id, tax_code, sold_by, active,"
    " price_minor, barcodes)",
    "CREATE TABLE snap_stock (product_id, location, on_hand, reserved)",
)
_STAGE_PRODUCT = "INSERT INTO snap_products VALUES (?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS TEXT))"
_STAGE_STOCK = "INSERT INTO snap_stock VALUES (?, ?, ?, ?)"
_MOVE_PRODUCTS = (
    """INSERT INTO main.products (id, sku, name, category_id, tax_code, sold_by, active,
    updated_at) SELECT id, sku, name, category_id, tax_code, sold_by, active, k.now
FROM snap_products, snap_const k ORDER BY id""",
    """INSERT INTO main.prices (product_id, amount_minor, currency, valid_from)
SELECT id, price_minor, k.currency, k.price_from FROM snap_products, snap_const k ORDER BY id""",
)
_MOVE_BARCODES = """INSERT INTO main.barcodes (code, product_id)
SELECT j.value, s.id FROM snap_products s, json_each(s.barcodes) j WHERE j.type = 'text'
ORDER BY j.value"""
# Codes the products listed: every list must be an array of strings, so the codes moved must
# be exactly the array lengths summed (a non-array counts -1, a non-string was not moved).
_LISTED_CODES = """SELECT coalesce(sum(CASE json_type(barcodes) WHEN 'array'
    THEN json_array_length(barcodes) ELSE -1 END), 0) FROM snap_products"""
_MOVE_STOCK = """INSERT INTO main.stock_levels
    (product_id, location, quantity, reserved, as_of, synced_at, via_feed)
SELECT product_id, location, on_hand, reserved, k.now, k.now, 1 FROM snap_stock, snap_const k
ORDER BY product_id, location"""
# Every product's tax class and category must be in the snapshot (foreign keys are off while
# building; barcodes and prices point at their product by construction).
_ORPHANS = """SELECT 1 FROM main.products
WHERE tax_code NOT IN (SELECT code FROM main.tax_classes)
   OR (category_id IS NOT NULL AND category_id NOT IN (SELECT id FROM main.categories))
UNION ALL SELECT 1 FROM main.categories
WHERE parent_id IS NOT NULL AND parent_id NOT IN (SELECT id FROM main.categories)
LIMIT 1"""
_PRODUCT_TABLES = ("products", "barcodes", "prices")


class SnapshotRefused(Exception):
    """The snapshot broke a rule of the contract or a key of the cache: nothing was changed."""


@dataclass(frozen=True, slots=True)
class BuildCounts:
    products: int
    barcodes: int
    stock: int
    phases: dict[str, float]  # seconds per step of ``finish`` (benchmarks print them)


class CatalogBuild:
    """One new catalog generation being built. Use from one thread: ``add_products`` (all
    of them), ``products_done``, ``add_stock``, ``finish``; or ``abandon`` at any point.

    ``add_*`` take the decoded wire rows unchanged, so no Python work per row is spent here.
    ``products_done`` moves and indexes the products while the stock is still arriving
    (SQLite's C code runs without the GIL, so the reader thread keeps decoding meanwhile).
    A row breaking a key raises :class:`SnapshotRefused`.
    """

    def __init__(self, db: Database, *, currency: str, price_from: str) -> None:
        self.db = db
        self.path: Path = db.next_catalog_path()
        # Generations replaced by earlier switches: no connection reads them any more.
        remove_stale_catalogs(db.path, db.catalog.name)
        for stale in (self.path, *(Path(f"{self.path}{s}") for s in ("-wal", "-shm"))):
            stale.unlink(missing_ok=True)  # a build that crashed, or was abandoned
        with db.raw() as live:
            schema = live.execute(
                f"SELECT type, name, tbl_name, sql FROM {CATALOG_SCHEMA}.sqlite_master"
                " WHERE sql IS NOT NULL ORDER BY rowid"
            ).fetchall()
        os.close(os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))  # owner-only
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
        self._indexes: list[tuple[str, str]] = []  # (table, sql), made once the rows are in
        self._triggers: list[str] = []  # last: the bulk rows must not fire them
        for kind, name, table, sql in schema:
            if kind == "table" and name.startswith(_FTS_SHADOW):
                continue  # made by the FTS5 table itself
            if kind == "table":
                conn.execute(sql)
            elif kind == "index":
                self._indexes.append((table, sql))
            else:
                self._triggers.append(sql)
        self._products_moved = False
        self.phases: dict[str, float] = {}
        self._mark = time.perf_counter()
        conn.execute("BEGIN")
        for sql in _STAGING:
            conn.execute(sql)
        conn.execute("INSERT INTO snap_const VALUES (?, ?, ?)", (now_text(), currency, price_from))

    def _phase(self, name: str) -> None:
        now = time.perf_counter()
        self.phases[name] = self.phases.get(name, 0.0) + now - self._mark
        self._mark = now

    def add_products(self, rows: Sequence[Sequence[Any]]) -> None:
        self._conn.executemany(_STAGE_PRODUCT, rows)

    def add_stock(self, rows: Sequence[Sequence[Any]]) -> None:
        self.products_done()
        self._conn.executemany(_STAGE_STOCK, rows)

    def products_done(self) -> None:
        """All products are in: move them (with prices and barcodes) into the catalog's
        tables in key order, check the barcodes, and index those tables."""
        if self._products_moved:
            return
        self._products_moved = True
        self._phase("staged")
        conn = self._conn
        try:
            for sql in _MOVE_PRODUCTS:
                conn.execute(sql)
            moved = conn.execute(_MOVE_BARCODES).rowcount
            if moved != conn.execute(_LISTED_CODES).fetchone()[0]:
                raise SnapshotRefused("a product's barcodes are not a list of codes")
            self._phase("products moved")
            conn.execute("DROP TABLE snap_products")
            for table, sql in self._indexes:
                if table in _PRODUCT_TABLES:
                    conn.execute(sql)
            self._phase("product indexes")
        except sqlite3.IntegrityError as exc:
            raise SnapshotRefused(f"the snapshot breaks a key of the catalog: {exc}") from exc

    def finish(
        self,
        *,
        taxes: Sequence[TaxRow],
        categories: Sequence[CategoryRow],
        catalog_cursor: str,
        stock_cursor: str,
    ) -> BuildCounts:
        """Move the stock, check every key, index, record the cursors and make the file
        ready to attach. Raises :class:`SnapshotRefused` (then call :meth:`abandon`)."""
        self.products_done()
        self._phase("staged")
        conn = self._conn
        try:
            conn.execute(_MOVE_STOCK)
            conn.execute("DROP TABLE snap_stock")
            self._phase("stock moved")
            conn.executemany("INSERT INTO tax_classes VALUES (?, ?, ?)", taxes)
            conn.executemany("INSERT INTO categories VALUES (?, ?, ?, ?)", categories)
            if conn.execute(_ORPHANS).fetchone() is not None:
                raise SnapshotRefused("a product names a tax class or category not sent")
            self._phase("keys checked")
            for table, sql in self._indexes:
                if table not in _PRODUCT_TABLES:
                    conn.execute(sql)
            for sql in self._triggers:
                conn.execute(sql)
            self._phase("other indexes")
            self._keep_aisle_answers()
            now = conn.execute("SELECT now FROM snap_const").fetchone()[0]
            conn.executemany(
                "INSERT INTO sync_cursors (feed, cursor, pulled_at) VALUES (?, ?, ?)",
                [(CATALOG_FEED, catalog_cursor, now), (STOCK_FEED, stock_cursor, now)],
            )
            conn.execute("INSERT INTO catalog_meta (key, value) VALUES (?, '0')", (FTS_PENDING,))
            counts = BuildCounts(
                products=conn.execute("SELECT count(*) FROM main.products").fetchone()[0],
                barcodes=conn.execute("SELECT count(*) FROM main.barcodes").fetchone()[0],
                stock=conn.execute("SELECT count(*) FROM main.stock_levels").fetchone()[0],
                phases=self.phases,
            )
            conn.execute("COMMIT")
            conn.execute("DETACH DATABASE live")
            self._phase("commit")
        except sqlite3.IntegrityError as exc:
            raise SnapshotRefused(f"the snapshot breaks a key of the catalog: {exc}") from exc
        # WAL like the live cache; and every page on disk before the switch can name the file
        # (it was written without a journal or syncs): a power cut after the switch must not
        # find half a catalog.
        conn.execute("PRAGMA main.locking_mode = NORMAL")
        conn.execute("PRAGMA main.synchronous = FULL")
        conn.execute("PRAGMA main.journal_mode = WAL")
        conn.close()
        _fsync(self.path)
        _fsync(self.path.parent)
        self._phase("to WAL, on disk")
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


def _fsync(path: Path) -> None:
    """Flush a file (or a directory's entries) to disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


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
