"""A deterministic, realistic demo catalog, and a fast bulk generator for benchmarks.

``seed_demo(db)`` fills an opened cache with ~2,500 products in twelve departments (names
from word lists: kind + variant + brand + size), valid EAN-13 barcodes (GS1 prefix 590 =
Poland; some products carry a second code), weighed goods priced per kg (with a 4-digit PLU
code instead of an EAN), Polish VAT classes (A 23 %, B 8 %, C 5 %, D 0 %; a parameter),
stock levels and three demo users (Anna cashier 1111, Marek supervisor 2222, Olga manager
3333). The same seed always produces the same catalog; seeding twice is a no-op.

``generate_bulk_catalog(path, n)`` fills a (migrated) file with ``n`` products, one barcode
and one price each, and the FTS index, with raw ``sqlite3`` ``executemany`` in big
transactions. It uses ``synchronous=OFF`` and an in-memory rollback journal while loading
(a crash mid-way may corrupt the file: benchmark data only) and puts WAL back at the end.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import random
import sqlite3
import time
import uuid
from collections import deque
from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

from pos.store.catalog import fold_text
from pos.store.db import Database, open_database
from pos.store.demo_words import BULK_LINES, DEPARTMENTS, Department, Kind
from pos.store.models import utc_text
from pos.store.users import UserRepository

POLISH_VAT: Mapping[str, Decimal] = {
    "A": Decimal("0.23"),
    "B": Decimal("0.08"),
    "C": Decimal("0.05"),
    "D": Decimal("0.00"),
}
DEMO_SEED = 20240501
DEMO_NAMESPACE = uuid.UUID("6f1c7a0e-4b8e-4a57-9a55-2f3c1d8e7b10")
PRICES_VALID_FROM = "2024-01-01T00:00:00.000000Z"
DEMO_USERS = (
    ("Anna", "cashier", "1111"),
    ("Marek", "supervisor", "2222"),
    ("Olga", "manager", "3333"),
)
STOCK_LOCATIONS = ("store", "web")
SEEDED_KEY = "demo.seeded"


def ean13_check_digit(first12: str) -> str:
    """GS1 check digit for the first 12 digits of an EAN-13 (weights 1, 3, 1, 3, ...)."""
    total = sum(map(int, first12[0::2])) + 3 * sum(map(int, first12[1::2]))
    return str(-total % 10)


def ean13(first12: str) -> str:
    return first12 + ean13_check_digit(first12)


@dataclass(frozen=True, slots=True)
class DemoProduct:
    id: str
    sku: str
    name: str
    category_id: str
    tax_code: str
    sold_by: str
    price_minor: int
    barcodes: tuple[str, ...]
    stock: dict[str, str]  # location -> quantity (decimal text)


def _price(rng: random.Random, low: int, high: int) -> int:
    """A shelf-looking price ending in 9 (x.x9)."""
    return max(9, (rng.randint(low, high) // 10) * 10 + 9)


def _combos(dept: Department) -> list[tuple[Kind, str, str, str]]:
    out = []
    for kind in dept.kinds:
        for variant in kind.variants:
            for brand in dept.brands:
                for size in kind.sizes or ("",):
                    out.append((kind, variant, brand, size))
    return out


def demo_products(seed: int = DEMO_SEED) -> list[DemoProduct]:
    """The demo catalog as plain data (deterministic for a given seed)."""
    rng = random.Random(seed)
    products: list[DemoProduct] = []
    plu = 1000
    for d_index, dept in enumerate(DEPARTMENTS):
        combos = _combos(dept)
        rng.shuffle(combos)
        chosen = sorted(combos[: dept.quota], key=lambda c: (c[0].name, c[1], c[2], c[3]))
        for i, (kind, variant, brand, size) in enumerate(chosen):
            sku = f"{dept.id[:3].upper()}-{i + 1:05d}"
            weighed = kind.weighed
            name = " ".join(p for p in (kind.name, variant, brand, size) if p)
            if weighed:
                plu += 1
                codes: tuple[str, ...] = (str(plu),)
                stock_qty = f"{rng.randint(0, 80_000) / 1000:.3f}"
            else:
                company = 1000 + d_index * 50 + dept.brands.index(brand)
                codes = (ean13(f"590{company:04d}{i + 1:05d}"),)
                if i % 40 == 7:  # a few products with a second code (new packaging, multipack)
                    codes += (ean13(f"590{company:04d}{90000 + i:05d}"),)
                stock_qty = str(rng.randint(0, 200))
            products.append(
                DemoProduct(
                    id=str(uuid.uuid5(DEMO_NAMESPACE, sku)),
                    sku=sku,
                    name=name,
                    category_id=dept.id,
                    tax_code=kind.tax or dept.tax,
                    sold_by="weight" if weighed else "piece",
                    price_minor=_price(rng, *kind.price),
                    barcodes=codes,
                    stock={"store": stock_qty, "web": str(rng.randint(0, 500))},
                )
            )
    return products


@dataclass(frozen=True, slots=True)
class SeedReport:
    seeded: bool  # False when the demo data was already there
    products: int
    barcodes: int
    categories: int
    users: int


def _write_taxes(conn: sqlite3.Connection, tax_rates: Mapping[str, Decimal]) -> None:
    conn.executemany(
        "INSERT OR REPLACE INTO tax_classes (code, rate, label) VALUES (?, ?, ?)",
        [(code, str(rate), f"VAT {rate * 100:g} %") for code, rate in tax_rates.items()],
    )


def _write_categories(conn: sqlite3.Connection) -> None:
    conn.executemany(
        "INSERT OR IGNORE INTO categories (id, name, parent_id, sort_order) VALUES (?, ?, NULL, ?)",
        [(d.id, d.name, i) for i, d in enumerate(DEPARTMENTS)],
    )


def _counts(conn: sqlite3.Connection) -> tuple[int, int, int, int]:
    def one(sql: str) -> int:
        return int(conn.execute(sql).fetchone()[0])

    return (
        one("SELECT count(*) FROM products"),
        one("SELECT count(*) FROM barcodes"),
        one("SELECT count(*) FROM categories"),
        one("SELECT count(*) FROM users"),
    )


def seed_demo_users(db: Database) -> None:
    """The three demo users (a no-op for those already there). Users are the till's own: the
    hub-backed demo seeds only them and gets the catalog by syncing."""
    users = UserRepository(db)
    for name, role, pin in DEMO_USERS:
        user_id = str(uuid.uuid5(DEMO_NAMESPACE, f"user:{name}"))
        if users.get(user_id) is None:
            users.create(name, role, pin, user_id=user_id)


def seed_demo(
    db: Database,
    currency: str = "PLN",
    tax_rates: Mapping[str, Decimal] = POLISH_VAT,
    seed: int = DEMO_SEED,
    store_id: str = "STORE-001",
    till_id: str = "TILL-01",
) -> SeedReport:
    """Fill the cache with the demo catalog and users; a no-op when already seeded."""
    now = utc_text(datetime.now(UTC))
    seeded = False
    with db.raw() as conn:
        conn.execute("BEGIN IMMEDIATE")
        try:
            done = conn.execute("SELECT 1 FROM meta WHERE key = ?", (SEEDED_KEY,)).fetchone()
            if done is None:
                seeded = True
                _write_taxes(conn, tax_rates)
                _write_categories(conn)
                products = demo_products(seed)
                conn.executemany(
                    "INSERT INTO products (id, sku, name, category_id, tax_code, sold_by, active,"
                    " updated_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?)",
                    [
                        (p.id, p.sku, p.name, p.category_id, p.tax_code, p.sold_by, now)
                        for p in products
                    ],
                )
                conn.executemany(
                    "INSERT INTO barcodes (code, product_id) VALUES (?, ?)",
                    [(code, p.id) for p in products for code in p.barcodes],
                )
                conn.executemany(
                    "INSERT INTO prices (product_id, amount_minor, currency, valid_from)"
                    " VALUES (?, ?, ?, ?)",
                    [(p.id, p.price_minor, currency, PRICES_VALID_FROM) for p in products],
                )
                conn.executemany(
                    "INSERT INTO stock_levels (product_id, location, quantity, as_of, synced_at)"
                    " VALUES (?, ?, ?, ?, ?)",
                    [(p.id, loc, qty, now, now) for p in products for loc, qty in p.stock.items()],
                )
                conn.executemany(
                    "INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)",
                    [
                        ("store_id", store_id),
                        ("till_id", till_id),
                        ("currency", currency),
                        (SEEDED_KEY, now),
                    ],
                )
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    seed_demo_users(db)
    with db.raw() as conn:
        n_products, n_barcodes, n_categories, n_users = _counts(conn)
    return SeedReport(seeded, n_products, n_barcodes, n_categories, n_users)


# --- bulk catalog for benchmarks ------------------------------------------------------------


_UUID7_EPOCH_MS = 1_704_067_200_000  # 2024-01-01T00:00:00Z


def _uuid7(unix_ms: int, rand74: int) -> str:
    """A UUIDv7 (RFC 9562): time-ordered, so ids of consecutive products sort together and
    the id-keyed indexes are appended to rather than updated at random places."""
    value = (unix_ms & (1 << 48) - 1) << 80
    value |= 0x7 << 76 | (rand74 >> 62) << 64  # version 7, rand_a (12 bits)
    value |= 0b10 << 62 | (rand74 & (1 << 62) - 1)  # variant, rand_b (62 bits)
    return str(uuid.UUID(int=value))


def _bulk_rows(
    rng: random.Random, start: int, count: int, weighted: list[tuple[Department, Kind]]
) -> Iterator[tuple[str, str, str, str, str, str, int]]:
    """(id, sku, name, category_id, tax_code, sold_by, price_minor) for products start.."""
    lines = BULK_LINES
    for n in range(start, start + count):
        dept, kind = weighted[rng.randrange(len(weighted))]
        parts = [kind.name, rng.choice(kind.variants), rng.choice(dept.brands)]
        if rng.random() < 0.5:
            parts.append(rng.choice(lines))
        if kind.sizes:
            parts.append(rng.choice(kind.sizes))
        low, high = kind.price
        yield (
            _uuid7(_UUID7_EPOCH_MS + n, rng.getrandbits(74)),
            f"B{n:08d}",
            " ".join(parts),
            dept.id,
            kind.tax or dept.tax,
            "weight" if kind.weighed else "piece",
            (rng.randint(low, high) // 10) * 10 + 9,
        )


_BulkChunk = tuple[
    list[tuple[str, str, str, str, str, str, str]],
    list[tuple[str, str]],
    list[tuple[str, int, str, str]],
]


BulkProduct = tuple[str, str, str, str, str, str, int, str]


def bulk_products(seed: int, base: int, size: int) -> list[BulkProduct]:
    """Bulk products ``base..base+size-1``: (id, sku, name, category_id, tax_code, sold_by,
    price_minor, barcode). The reference hub serves the same benchmark catalog from here.

    Each chunk has its own RNG seeded from (seed, base), so chunks can be generated in any
    process and order and the catalog is still deterministic.
    """
    rng = random.Random(f"{seed}:{base}")
    weighted = [(d, k) for d in DEPARTMENTS for k in d.kinds]
    return [
        (*row, ean13(f"599{base + i:09d}"))
        for i, row in enumerate(_bulk_rows(rng, base, size, weighted))
    ]


def _bulk_chunk(args: tuple[int, int, int, str, str]) -> _BulkChunk:
    """Ready-to-insert parameter lists for products ``base..base+size-1``."""
    seed, base, size, currency, now = args
    rows = bulk_products(seed, base, size)
    return (
        [(r[0], r[1], r[2], r[3], r[4], r[5], now) for r in rows],
        [(r[7], r[0]) for r in rows],
        [(r[0], r[6], currency, PRICES_VALID_FROM) for r in rows],
    )


def _windowed(
    pool: ProcessPoolExecutor, jobs: list[tuple[int, int, int, str, str]], window: int
) -> Iterator[_BulkChunk]:
    """Results in job order with at most ``window`` chunks in flight (bounded memory)."""
    pending: deque[Future[_BulkChunk]] = deque()
    for job in jobs:
        pending.append(pool.submit(_bulk_chunk, job))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


_BULK_TABLES = ("products", "barcodes", "prices")


def generate_bulk_catalog(
    path: Path,
    n: int = 1_000_000,
    seed: int = 7,
    currency: str = "PLN",
    chunk: int = 50_000,
    tax_rates: Mapping[str, Decimal] = POLISH_VAT,
    progress: Callable[[str, float], None] | None = None,
    workers: int = 2,
) -> int:
    """Add ``n`` generated products (barcode, price, FTS) to the cache file at ``path``.

    Migrates the file first. Barcodes are EAN-13 in the 599 range (distinct from the demo
    catalog's 590), SKUs ``B00000001``... Returns the number of products added.
    ``progress(phase, seconds)`` is called after each phase (for benchmarks).

    Speed: rows are generated in ``workers`` separate processes while this one inserts
    (``workers=0`` generates inline - slower, no subprocess); product ids are time-ordered
    UUIDv7 so every unique index is appended to; secondary indexes and the FTS trigger are
    dropped during the load and rebuilt in one pass each; the FTS index is loaded with
    automerge off and merged once at the end. Measured: 1,000,000 products in ~25 s on 2 cores.
    """
    started = time.perf_counter()

    def phase(name: str) -> None:
        if progress is not None:
            progress(name, time.perf_counter() - started)

    with open_database(Path(path)) as db:  # create + migrate through the normal path
        catalog_path = db.catalog_path  # the catalog's tables live in the catalog file
    conn = sqlite3.connect(str(catalog_path), isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=MEMORY")
        conn.execute("PRAGMA synchronous=OFF")
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute("PRAGMA cache_size=-1000000")  # 1 GB page cache while loading
        conn.execute("PRAGMA temp_store=MEMORY")
        conn.create_function("omnitill_fold", 1, fold_text, deterministic=True)
        conn.execute("BEGIN IMMEDIATE")
        _write_taxes(conn, tax_rates)
        _write_categories(conn)
        marks = ", ".join("?" * len(_BULK_TABLES))
        saved = conn.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND ("
            "(type = 'trigger' AND name = 'products_fts_ai') OR "
            f"(type = 'index' AND tbl_name IN ({marks})))",
            _BULK_TABLES,
        ).fetchall()
        for type_, name, _sql in saved:
            conn.execute(f'DROP {type_.upper()} "{name}"')
        first_num = int(conn.execute("SELECT coalesce(max(num), 0) FROM products").fetchone()[0])
        first_sku = int(conn.execute("SELECT count(*) FROM products").fetchone()[0]) + 1
        now = utc_text(datetime.now(UTC))
        jobs = [
            (seed, first_sku + start, min(chunk, n - start), currency, now)
            for start in range(0, n, chunk)
        ]
        done = 0
        with contextlib.ExitStack() as stack:
            chunks: Iterator[_BulkChunk]
            if workers > 0:
                pool = stack.enter_context(
                    ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"))
                )
                chunks = _windowed(pool, jobs, window=2 * workers + 1)
            else:
                chunks = map(_bulk_chunk, jobs)
            for products, barcodes, prices in chunks:
                conn.executemany(
                    "INSERT INTO products (id, sku, name, category_id, tax_code, sold_by,"
                    " active, updated_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?)",
                    products,
                )
                conn.executemany("INSERT INTO barcodes (code, product_id) VALUES (?, ?)", barcodes)
                conn.executemany(
                    "INSERT INTO prices (product_id, amount_minor, currency, valid_from)"
                    " VALUES (?, ?, ?, ?)",
                    prices,
                )
                done += len(products)
        if done != n:
            raise RuntimeError(f"bulk generator produced {done} of {n} products")
        phase("rows")
        for type_, _name, sql in saved:
            if type_ == "index":
                conn.execute(sql)
        phase("indexes")
        # Load the FTS index without incremental merging, then merge once ('optimize').
        conn.execute("INSERT INTO product_fts (product_fts, rank) VALUES ('automerge', 0)")
        conn.execute("INSERT INTO product_fts (product_fts, rank) VALUES ('crisismerge', 1000)")
        conn.execute(  # same content as the products_fts_ai trigger, in one pass
            "INSERT INTO product_fts (rowid, name, sku, cats) "
            "SELECT p.num, omnitill_fold(p.name), p.sku, trim(coalesce(hex(p.category_id), '')"
            " || ' ' || coalesce(hex(c.parent_id), '') || ' ' || coalesce(hex(g.parent_id), ''))"
            " FROM products p LEFT JOIN categories c ON c.id = p.category_id"
            " LEFT JOIN categories g ON g.id = c.parent_id WHERE p.num > ?",
            (first_num,),
        )
        conn.execute("INSERT INTO product_fts (product_fts) VALUES ('optimize')")
        conn.execute("INSERT INTO product_fts (product_fts, rank) VALUES ('automerge', 4)")
        conn.execute("INSERT INTO product_fts (product_fts, rank) VALUES ('crisismerge', 16)")
        for type_, _name, sql in saved:
            if type_ == "trigger":
                conn.execute(sql)
        phase("fts")
        conn.execute("COMMIT")
        phase("commit")
        conn.execute("ANALYZE")
        conn.execute("PRAGMA journal_mode=WAL")
        phase("analyze")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    finally:
        conn.close()
    return n
