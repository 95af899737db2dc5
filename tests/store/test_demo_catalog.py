"""The demo catalog: realistic, deterministic, valid barcodes; the bulk generator."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal
from pathlib import Path

from pos.domain.catalog import SoldBy
from pos.store import CatalogRepository, Database, UserRepository, open_database, verify_journal
from pos.store.demo_catalog import demo_products, generate_bulk_catalog, seed_demo


def ean13_is_valid(code: str) -> bool:
    """Independent check-digit implementation (weights 1,3,1,3,... over the first 12)."""
    if len(code) != 13 or not code.isdigit():
        return False
    digits = [int(c) for c in code]
    weighted = sum(d * (1 if i % 2 == 0 else 3) for i, d in enumerate(digits[:12]))
    return (10 - weighted % 10) % 10 == digits[12]


def test_ean13_helper_itself() -> None:
    assert ean13_is_valid("5901234123457")
    assert ean13_is_valid("4006381333931")
    assert not ean13_is_valid("5901234123458")


def test_seed_counts(demo_db: Database) -> None:
    with demo_db.raw() as conn:

        def one(sql: str) -> int:
            return int(conn.execute(sql).fetchone()[0])

        assert one("SELECT count(*) FROM products") >= 2000
        assert one("SELECT count(*) FROM categories") >= 9
        assert one("SELECT count(DISTINCT category_id) FROM products") >= 9
        assert one("SELECT count(*) FROM products WHERE sold_by = 'weight'") >= 100
        assert one("SELECT count(*) FROM prices") == one("SELECT count(*) FROM products")
        assert one("SELECT count(*) FROM stock_levels") >= one("SELECT count(*) FROM products")
        assert one("SELECT count(*) FROM product_fts") == one("SELECT count(*) FROM products")
        multi = one(
            "SELECT count(*) FROM (SELECT product_id FROM barcodes GROUP BY product_id"
            " HAVING count(*) > 1)"
        )
        assert multi >= 10
        rates = dict(conn.execute("SELECT code, rate FROM tax_classes").fetchall())
        used = {r[0] for r in conn.execute("SELECT DISTINCT tax_code FROM products")}
        meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    assert rates == {"A": "0.23", "B": "0.08", "C": "0.05", "D": "0.00"}
    assert used == {"A", "B", "C", "D"}
    assert meta["currency"] == "PLN" and meta["store_id"] and meta["till_id"]


def test_every_ean13_is_valid(demo_db: Database) -> None:
    with demo_db.raw() as conn:
        codes = [r[0] for r in conn.execute("SELECT code FROM barcodes")]
    eans = [c for c in codes if len(c) == 13]
    assert len(eans) >= 2000
    assert [c for c in eans if not ean13_is_valid(c)] == []
    others = [c for c in codes if len(c) != 13]
    assert all(c.isdigit() and len(c) == 4 for c in others)  # PLU codes of weighed goods


def test_names_look_real_and_prices_are_sane(demo_db: Database) -> None:
    with demo_db.raw() as conn:
        names = [r[0] for r in conn.execute("SELECT name FROM products")]
        prices = [r[0] for r in conn.execute("SELECT amount_minor FROM prices")]
    assert len(set(names)) == len(names)
    assert all(len(n.split()) >= 2 for n in names)
    assert any("ż" in n or "ł" in n for n in names)
    assert any("молоко" in n for n in names)
    assert all(isinstance(p, int) and 9 <= p < 100_000 for p in prices)


def test_demo_users(demo_db: Database) -> None:
    users = UserRepository(demo_db)
    by_name = {u.name: u for u in users.list_active()}
    assert {n: u.role for n, u in by_name.items()} == {
        "Anna": "cashier",
        "Marek": "supervisor",
        "Olga": "manager",
    }
    assert users.verify(by_name["Anna"].id, "1111") == by_name["Anna"]
    assert users.find_approver("2222", "supervisor") == by_name["Marek"]
    assert users.find_approver("3333", "manager") == by_name["Olga"]


def test_demo_catalog_is_searchable(demo_db: Database) -> None:
    catalog = CatalogRepository(demo_db)
    hits = catalog.search("zolty ser")
    assert hits and all("Ser żółty" in p.name for p in hits)
    weighed = catalog.products_in_category("meat-fish")
    assert any(p.sold_by is SoldBy.WEIGHT for p in weighed)
    with demo_db.raw() as conn:
        code = conn.execute("SELECT code FROM barcodes WHERE length(code) = 13 LIMIT 1").fetchone()
    info = catalog.by_barcode(code[0])
    assert info is not None and info.unit_price.amount > Decimal(0)


def test_seed_is_idempotent_and_deterministic(demo_db: Database) -> None:
    with demo_db.raw() as conn:
        before = conn.execute("SELECT count(*) FROM products").fetchone()[0]
    report = seed_demo(demo_db)
    assert not report.seeded
    assert report.products == before
    assert report.users == 3
    assert demo_products() == demo_products()
    with demo_db.session() as s:
        assert verify_journal(s).ok


def test_tax_rates_are_a_parameter(tmp_path: Path) -> None:
    with open_database(tmp_path / "eu.db") as db:
        rates = {"A": Decimal("0.20"), "B": Decimal("0.10"), "C": Decimal("0.055"), "D": Decimal(0)}
        seed_demo(db, currency="EUR", tax_rates=rates)
        with db.raw() as conn:
            stored = dict(conn.execute("SELECT code, rate FROM tax_classes").fetchall())
            currencies = {r[0] for r in conn.execute("SELECT DISTINCT currency FROM prices")}
    assert stored == {"A": "0.20", "B": "0.10", "C": "0.055", "D": "0"}
    assert currencies == {"EUR"}


def test_bulk_catalog_small(tmp_path: Path) -> None:
    path = tmp_path / "bulk.db"
    assert generate_bulk_catalog(path, n=3000, chunk=1000, workers=0) == 3000
    with open_database(path) as db:
        with db.raw() as conn:
            counts = Counter(
                {
                    t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                    for t in ("products", "barcodes", "prices", "product_fts")
                }
            )
            codes = [r[0] for r in conn.execute("SELECT code FROM barcodes")]
            mode = conn.execute("PRAGMA catalog.journal_mode").fetchone()[0]
            triggers = {
                r[0]
                for r in conn.execute("SELECT name FROM catalog.sqlite_master WHERE type='trigger'")
            }
            indexes = {
                r[0]
                for r in conn.execute("SELECT name FROM catalog.sqlite_master WHERE type='index'")
            }
        assert counts == Counter(products=3000, barcodes=3000, prices=3000, product_fts=3000)
        assert all(ean13_is_valid(c) for c in codes)
        assert mode == "wal"
        assert "products_fts_ai" in triggers
        assert {"ix_barcodes_product_id", "ix_products_category_id_name"} <= indexes
        catalog = CatalogRepository(db)
        assert catalog.by_barcode(codes[0]) is not None
        assert len(catalog.search("ser", limit=10)) == 10
        # the trigger is back: a product added later is searchable
        with db.raw() as conn:
            conn.execute(
                "INSERT INTO products (id, sku, name, tax_code, sold_by, active)"
                " VALUES ('x', 'X1', 'Unikatowy Wihajster', 'A', 'piece', 1)"
            )
            assert (
                conn.execute(
                    "SELECT count(*) FROM product_fts WHERE product_fts MATCH 'wihajster'"
                ).fetchone()[0]
                == 1
            )


def test_bulk_catalog_is_deterministic_across_workers(tmp_path: Path) -> None:
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    generate_bulk_catalog(a, n=1500, chunk=500, workers=0)
    generate_bulk_catalog(b, n=1500, chunk=500, workers=1)
    rows = []
    for path in (a, b):
        with open_database(path) as db, db.raw() as conn:
            rows.append(conn.execute("SELECT id, sku, name FROM products ORDER BY num").fetchall())
    assert rows[0] == rows[1]
