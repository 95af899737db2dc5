"""Catalog lookups: barcodes (with GTIN variants), FTS search, categories."""

from __future__ import annotations

import uuid
from decimal import Decimal

import pytest

from pos.domain.catalog import SoldBy
from pos.domain.money import PLN, Money
from pos.store import CatalogRepository, Database, fts_query, gtin_variants


def _product(
    db: Database,
    name: str,
    *,
    sku: str | None = None,
    codes: tuple[str, ...] = (),
    price: int = 499,
    category: str = "food",
    sold_by: str = "piece",
    active: bool = True,
) -> str:
    pid = str(uuid.uuid4())
    with db.raw() as conn:
        conn.execute("BEGIN")
        conn.execute("INSERT OR IGNORE INTO tax_classes (code, rate) VALUES ('A', '0.23')")
        conn.execute(
            "INSERT OR IGNORE INTO categories (id, name) VALUES (?, ?)", (category, category)
        )
        conn.execute(
            "INSERT INTO products (id, sku, name, category_id, tax_code, sold_by, active)"
            " VALUES (?, ?, ?, ?, 'A', ?, ?)",
            (pid, sku or pid[:8], name, category, sold_by, active),
        )
        conn.executemany(
            "INSERT INTO barcodes (code, product_id) VALUES (?, ?)", [(c, pid) for c in codes]
        )
        conn.execute(
            "INSERT INTO prices (product_id, amount_minor, currency, valid_from)"
            " VALUES (?, ?, 'PLN', '2024-01-01T00:00:00.000000Z')",
            (pid, price),
        )
        conn.execute("COMMIT")
    return pid


@pytest.fixture
def catalog(db: Database) -> CatalogRepository:
    return CatalogRepository(db, PLN)


def test_by_barcode_returns_everything_the_cart_needs(
    db: Database, catalog: CatalogRepository
) -> None:
    pid = _product(db, "Ser żółty Gouda 150 g", sku="DAI-1", codes=("5901234123457",), price=1299)
    info = catalog.by_barcode("5901234123457")
    assert info is not None
    assert info.product_id == pid
    assert info.sku == "DAI-1"
    assert info.name == "Ser żółty Gouda 150 g"
    assert info.unit_price == Money.of("12.99", PLN)
    assert info.tax.code == "A"
    assert info.tax.rate == Decimal("0.23")
    assert info.sold_by is SoldBy.PIECE
    assert info.category == "food"
    assert info.barcode == "5901234123457"


def test_several_barcodes_find_the_same_product(db: Database, catalog: CatalogRepository) -> None:
    pid = _product(db, "Woda 1,5 l", codes=("5900000000017", "5900000000024", "PLU-42"))
    for code in ("5900000000017", "5900000000024", "PLU-42"):
        info = catalog.by_barcode(code)
        assert info is not None and info.product_id == pid
        assert info.barcode == code


def test_unknown_inactive_and_unpriced(db: Database, catalog: CatalogRepository) -> None:
    _product(db, "Old", codes=("111",), active=False)
    assert catalog.by_barcode("111") is None
    assert catalog.by_barcode("5909999999999") is None
    assert catalog.by_barcode("") is None
    pid = str(uuid.uuid4())
    with db.raw() as conn:
        conn.execute(
            "INSERT INTO products (id, sku, name, tax_code, sold_by, active)"
            " VALUES (?, 'NOPRICE', 'No price', 'A', 'piece', 1)",
            (pid,),
        )
        conn.execute("INSERT INTO barcodes (code, product_id) VALUES ('222', ?)", (pid,))
    assert catalog.by_barcode("222") is None


def test_gtin_variants() -> None:
    assert gtin_variants("036000291452") == ["036000291452", "0036000291452", "00036000291452"]
    assert gtin_variants("0036000291452") == ["0036000291452", "036000291452", "00036000291452"]
    assert gtin_variants("5901234123457") == ["5901234123457", "05901234123457"]
    assert gtin_variants("05901234123457") == ["05901234123457", "5901234123457"]
    assert gtin_variants("96385074") == ["96385074", "00000096385074"]
    assert gtin_variants(" ABC-1 ") == ["ABC-1"]


def test_upc_a_scan_finds_the_ean13_stored(db: Database, catalog: CatalogRepository) -> None:
    pid = _product(db, "Imported cola", codes=("0036000291452",))
    for scanned in ("036000291452", "00036000291452", "0036000291452"):
        info = catalog.by_barcode(scanned)
        assert info is not None and info.product_id == pid
        assert info.barcode == scanned


def test_current_price_is_the_newest_not_in_the_future(
    db: Database, catalog: CatalogRepository
) -> None:
    pid = _product(db, "Masło", codes=("333",), price=599)
    with db.raw() as conn:
        conn.executemany(
            "INSERT INTO prices (product_id, amount_minor, currency, valid_from)"
            " VALUES (?, ?, ?, ?)",
            [
                (pid, 649, "PLN", "2025-01-01T00:00:00.000000Z"),
                (pid, 999, "PLN", "2999-01-01T00:00:00.000000Z"),
                (pid, 100, "EUR", "2025-06-01T00:00:00.000000Z"),
            ],
        )
    info = catalog.by_barcode("333")
    assert info is not None and info.unit_price == Money.of("6.49", PLN)


def test_fts_query_is_safe() -> None:
    # ł is folded here; ż/ó are left to the tokenizer (remove_diacritics) on both sides.
    assert fts_query("Żółty ser") == '"żólty"* "ser"*'
    assert fts_query('a"b OR c* NEAR(x) -y ^z col:1') is not None
    assert fts_query("   ") is None
    assert fts_query("a") is None  # one letter: too broad
    assert fts_query("a ser") == '"ser"*'


@pytest.mark.parametrize(
    "text",
    [
        '"',
        '""',
        "'",
        "AND",
        "OR NOT",
        "NEAR(a b)",
        "-ser",
        "ser*",
        "name:ser",
        "^ser",
        "ser)",
        "((",
        "{name}",
    ],
)
def test_search_never_fails_on_fts_syntax(
    db: Database, catalog: CatalogRepository, text: str
) -> None:
    _product(db, "Ser żółty Gouda")
    catalog.search(text)


def test_prefix_search_ignores_case_and_diacritics(
    db: Database, catalog: CatalogRepository
) -> None:
    pid = _product(db, "Ser Żółty Gouda plastry")
    _product(db, "Mleko UHT 3,2%")
    for text in ("zolty", "żółty", "ZÓŁ", "zo", "ser zol", "GOU plas"):
        assert [p.product_id for p in catalog.search(text)] == [pid], text
    assert catalog.search("zolta") == []


def test_letters_without_decomposition_are_folded(db: Database, catalog: CatalogRepository) -> None:
    pid = _product(db, "Łosoś wędzony Smørrebrød Straße")
    for text in ("losos", "Łosoś", "smorrebrod", "strasse", "wedz"):
        assert [p.product_id for p in catalog.search(text)] == [pid], text


def test_cyrillic_search(db: Database, catalog: CatalogRepository) -> None:
    milk = _product(db, "Згущене молоко варене")
    yog = _product(db, "Йогурт натуральний")
    assert [p.product_id for p in catalog.search("мол")] == [milk]
    assert [p.product_id for p in catalog.search("МОЛОКО ЗГУЩ")] == [milk]
    assert [p.product_id for p in catalog.search("йог")] == [yog]


def test_search_by_sku_and_barcode(db: Database, catalog: CatalogRepository) -> None:
    pid = _product(db, "Zeszyt A5", sku="STA-00042", codes=("5901234123457",))
    assert [p.product_id for p in catalog.search("STA-00042")] == [pid]
    assert [p.product_id for p in catalog.search("00042")] == [pid]
    hits = catalog.search("5901234123457")
    assert hits and hits[0].product_id == pid


def test_search_follows_product_changes(db: Database, catalog: CatalogRepository) -> None:
    pid = _product(db, "Herbata czarna")
    with db.raw() as conn:
        conn.execute("UPDATE products SET name = 'Kawa mielona' WHERE id = ?", (pid,))
    assert catalog.search("herbata") == []
    assert [p.product_id for p in catalog.search("kawa")] == [pid]
    with db.raw() as conn:
        conn.execute("UPDATE products SET active = 0 WHERE id = ?", (pid,))
    assert catalog.search("kawa") == []
    with db.raw() as conn:
        conn.execute("DELETE FROM prices WHERE product_id = ?", (pid,))
        conn.execute("DELETE FROM products WHERE id = ?", (pid,))
        assert conn.execute("SELECT count(*) FROM product_fts").fetchone()[0] == 0


def test_search_limit_and_category(db: Database, catalog: CatalogRepository) -> None:
    for i in range(30):
        _product(db, f"Jogurt owocowy {i}", category="dairy" if i % 3 == 0 else "snacks")
    assert len(catalog.search("jogurt", limit=7)) == 7
    in_dairy = catalog.search("jogurt", category="dairy")
    assert len(in_dairy) == 10
    assert all(p.category == "dairy" for p in in_dairy)
    assert catalog.search("jogurt", limit=0) == []


def test_categories_and_products_in_category(db: Database, catalog: CatalogRepository) -> None:
    _product(db, "Banany", category="fruit", sold_by="weight")
    _product(db, "Arbuz", category="fruit", sold_by="weight")
    _product(db, "Chleb", category="bakery")
    with db.raw() as conn:
        conn.execute(
            "INSERT INTO categories (id, name, parent_id) VALUES ('exotic', 'Exotic', 'fruit')"
        )
    _product(db, "Mango", category="exotic")
    assert {c.id for c in catalog.categories()} == {"fruit", "bakery", "exotic"}
    fruit = catalog.products_in_category("fruit")
    assert [p.name for p in fruit] == ["Arbuz", "Banany"]
    assert all(p.sold_by is SoldBy.WEIGHT for p in fruit)
    assert [p.name for p in catalog.products_in_category("fruit", include_subcategories=True)] == [
        "Arbuz",
        "Banany",
        "Mango",
    ]
    assert [p.name for p in catalog.products_in_category("fruit", limit=1, offset=1)] == ["Banany"]
    assert [p.name for p in catalog.search("mango", category="fruit")] == ["Mango"]


def test_category_filter_follows_the_category_tree(
    db: Database, catalog: CatalogRepository
) -> None:
    _product(db, "Mango Alphonso", category="exotic")
    _product(db, "Mango juice", category="drinks")
    assert [p.name for p in catalog.search("mango", category="fruit")] == []
    with db.raw() as conn:
        conn.execute("INSERT INTO categories (id, name) VALUES ('fruit', 'Fruit')")
        conn.execute("INSERT INTO categories (id, name) VALUES ('food', 'Food')")
        conn.execute("UPDATE categories SET parent_id = 'fruit' WHERE id = 'exotic'")
    assert [p.name for p in catalog.search("mango", category="fruit")] == ["Mango Alphonso"]
    with db.raw() as conn:
        conn.execute("UPDATE categories SET parent_id = 'food' WHERE id = 'fruit'")
    assert [p.name for p in catalog.search("mango", category="food")] == ["Mango Alphonso"]
    assert len(catalog.search("mango")) == 2
    token = "65786F746963"  # hex of 'exotic': user words never match category tokens
    assert catalog.search(token) == []
