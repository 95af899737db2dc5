"""The demo data set at the hub, and the bulk catalog for benchmarks.

The products, barcodes, prices and tax classes are the till's own demo catalog
(``pos.store.demo_catalog``): the same generator, the same seed, so a till synced from the
hub sells exactly the products its offline demo had. Locations: the demo till's store
``STORE-001`` (its stock is the till demo's store stock), two more stores and the web
warehouse ``WEB`` (the till demo's web stock).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, text

from pos.api.events import EventType
from pos.api.feeds import PRODUCT_COLUMNS, Location
from pos.hub.catalog import codes_json
from pos.hub.customer_seed import seed_customers
from pos.hub.db import HubDatabase, next_seq, now_text
from pos.hub.events import emit, emit_stock_changed
from pos.store.demo_catalog import (
    DEMO_SEED,
    POLISH_VAT,
    bulk_products,
    demo_products,
)
from pos.store.demo_words import DEPARTMENTS

DEMO_LOCATIONS = (
    Location(id="STORE-001", name="Omnitill Demo Market, Warsaw", kind="store"),
    Location(id="STORE-002", name="Omnitill Kraków", kind="store"),
    Location(id="STORE-003", name="Omnitill Gdańsk", kind="store"),
    Location(id="WEB", name="Web warehouse", kind="warehouse"),
)
DEMO_STORE = "STORE-001"
WEB = "WEB"
_SEEDED_KEY = "demo_seeded"


@dataclass(frozen=True, slots=True)
class SeedReport:
    seeded: bool  # False when the database had the demo data already
    products: int
    locations: int


def _milli(quantity: str) -> int:
    whole, _, frac = quantity.partition(".")
    return int(whole) * 1000 + int((frac + "000")[:3])


def _write_locations(conn: Connection, locations: Sequence[Location]) -> None:
    conn.execute(
        text(
            "INSERT INTO locations (id, name, kind) VALUES (:id, :name, :kind)"
            " ON CONFLICT (id) DO NOTHING"
        ),
        [loc.model_dump() for loc in locations],
    )


def _write_taxes_and_categories(conn: Connection) -> None:
    if conn.execute(text("SELECT count(*) FROM tax_classes")).scalar_one() == 0:
        first = next_seq(conn, "catalog", len(POLISH_VAT))
        conn.execute(
            text("INSERT INTO tax_classes (code, rate, label, seq) VALUES (:c, :r, :l, :s)"),
            [
                {"c": code, "r": str(rate), "l": f"VAT {rate * 100:g} %", "s": first + i}
                for i, (code, rate) in enumerate(POLISH_VAT.items())
            ],
        )
    if conn.execute(text("SELECT count(*) FROM categories")).scalar_one() == 0:
        first = next_seq(conn, "catalog", len(DEPARTMENTS))
        conn.execute(
            text(
                "INSERT INTO categories (id, name, parent_id, sort_order, seq)"
                " VALUES (:id, :n, NULL, :o, :s)"
            ),
            [{"id": d.id, "n": d.name, "o": i, "s": first + i} for i, d in enumerate(DEPARTMENTS)],
        )


def _insert_many(conn: Connection, table: str, columns: Sequence[str], rows: list[Any]) -> None:
    """Driver-level executemany (no per-row SQLAlchemy work): bulk loads only."""
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join([mark] * len(columns))})"
    conn.exec_driver_sql(sql, rows)


PRODUCT_TABLE_COLUMNS = (*PRODUCT_COLUMNS, "updated_at", "seq")
STOCK_TABLE_COLUMNS = (
    "product_id",
    "location_id",
    "on_hand_milli",
    "reserved_milli",
    "updated_at",
    "seq",
)


def seed_demo(db: HubDatabase, seed: int = DEMO_SEED) -> SeedReport:
    """Load the demo data set; a no-op when it is there already."""
    rng = random.Random(seed)
    now = now_text()
    with db.write() as conn:
        done = conn.execute(
            text("SELECT 1 FROM hub_meta WHERE key = :k"), {"k": _SEEDED_KEY}
        ).first()
        if done is None:
            _write_locations(conn, DEMO_LOCATIONS)
            _write_taxes_and_categories(conn)
            products = demo_products(seed)
            first = next_seq(conn, "catalog", len(products))
            _insert_many(
                conn,
                "products",
                PRODUCT_TABLE_COLUMNS,
                [
                    (
                        p.id,
                        p.sku,
                        p.name,
                        p.category_id,
                        p.tax_code,
                        p.sold_by,
                        True,
                        p.price_minor,
                        codes_json(p.barcodes),
                        now,
                        first + i,
                    )
                    for i, p in enumerate(products)
                ],
            )
            _insert_many(
                conn,
                "barcodes",
                ("code", "product_id"),
                [(code, p.id) for p in products for code in p.barcodes],
            )
            levels: list[tuple[str, str, int]] = []
            for p in products:
                store_qty = _milli(p.stock["store"])
                levels.append((p.id, DEMO_STORE, store_qty))
                levels.append((p.id, WEB, _milli(p.stock["web"])))
                for other in ("STORE-002", "STORE-003"):  # other shops: whole units
                    levels.append((p.id, other, rng.randint(0, 150) * 1000))
            first = next_seq(conn, "stock", len(levels))
            _insert_many(
                conn,
                "stock",
                STOCK_TABLE_COLUMNS,
                [(pid, loc, qty, 0, now, first + i) for i, (pid, loc, qty) in enumerate(levels)],
            )
            conn.execute(
                text("INSERT INTO hub_meta (key, value) VALUES (:k, :v)"),
                {"k": _SEEDED_KEY, "v": now},
            )
            emit(conn, EventType.CATALOG_CHANGED)
            emit_stock_changed(conn, [loc.id for loc in DEMO_LOCATIONS])
        n_products = conn.execute(text("SELECT count(*) FROM products")).scalar_one()
        n_locations = conn.execute(text("SELECT count(*) FROM locations")).scalar_one()
    seed_customers(db)
    return SeedReport(done is None, int(n_products), int(n_locations))


def seed_bulk(
    db: HubDatabase,
    n: int,
    *,
    seed: int = 7,
    chunk: int = 50_000,
    stock_locations: Sequence[str] = (DEMO_STORE,),
    progress: Callable[[int], None] | None = None,
) -> int:
    """Add ``n`` generated products (the till's benchmark catalog: SKUs ``B00000001``...,
    EAN-13 ``599...``) with stock at ``stock_locations``, ``chunk`` per transaction.
    Products already there (by SKU numbering) are continued, not repeated."""
    with db.write() as conn:
        _write_locations(conn, DEMO_LOCATIONS)
        _write_taxes_and_categories(conn)
        start = int(
            conn.execute(text("SELECT count(*) FROM products WHERE sku LIKE 'B%'")).scalar_one()
        )
    done = 0
    while done < n:
        size = min(chunk, n - done)
        base = start + done + 1
        rows = bulk_products(seed, base, size)
        now = now_text()
        with db.write() as conn:
            first = next_seq(conn, "catalog", size)
            _insert_many(
                conn,
                "products",
                PRODUCT_TABLE_COLUMNS,
                [
                    (*r[:6], True, r[6], codes_json((r[7],)), now, first + i)
                    for i, r in enumerate(rows)
                ],
            )
            _insert_many(conn, "barcodes", ("code", "product_id"), [(r[7], r[0]) for r in rows])
            if stock_locations:
                first = next_seq(conn, "stock", size * len(stock_locations))
                _insert_many(
                    conn,
                    "stock",
                    STOCK_TABLE_COLUMNS,
                    [
                        (r[0], loc, (base + i) % 200 * 1000, 0, now, first + j * size + i)
                        for j, loc in enumerate(stock_locations)
                        for i, r in enumerate(rows)
                    ],
                )
            emit(conn, EventType.CATALOG_CHANGED)
        done += size
        if progress is not None:
            progress(done)
    return done
