"""What the till keeps of synced data: feed pages applied whole or not at all, the search index
kept right, stock shown less what the hub has not acknowledged, the device token kept secret."""

from __future__ import annotations

import sqlite3
import stat
from decimal import Decimal
from pathlib import Path

import pytest

from pos.store import (
    CATALOG_FEED,
    STOCK_FEED,
    CatalogPage,
    CatalogRepository,
    Database,
    FeedStore,
    InsecureTokenFile,
    OutboxRepository,
    Pairing,
    PairingRepository,
    SalesRepository,
    StaleCursor,
    StockRepository,
    TokenFile,
)

from .builders import SaleFactory, make_line

FROM = "1970-01-01T00:00:00.000000Z"
NOW = "2026-11-25T08:00:00.000000Z"
APPLE = "0190a000-0000-7000-8000-000000000001"
PEAR = "0190a000-0000-7000-8000-000000000002"


def page(name: str = "Golden apple", code: str = "5901234123457", price: int = 349) -> CatalogPage:
    return CatalogPage(
        taxes=[("A", "0.23", "VAT 23%"), ("B", "0.08", None)],
        categories=[("fruit", "Fruit", "fresh", 1), ("fresh", "Fresh", None, 0)],
        products=[
            (APPLE, "SKU-1", name, "fruit", "A", "piece", True, NOW),
            (PEAR, "SKU-2", "Conference pear", "fruit", "B", "weight", True, NOW),
        ],
        barcodes=[(code, APPLE), ("2000", PEAR)],
        prices=[(APPLE, price, "PLN", FROM), (PEAR, 899, "PLN", FROM)],
    )


def snapshot(db: Database) -> list[list[tuple[object, ...]]]:
    with db.raw() as conn:
        return [
            conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
            for table in ("products", "barcodes", "prices", "categories", "sync_cursors")
        ] + [conn.execute("SELECT rowid, * FROM product_fts ORDER BY 1").fetchall()]


def test_a_catalog_page_makes_products_sellable_and_searchable(db: Database) -> None:
    FeedStore(db).apply_catalog(page(), None, "c1")
    catalog = CatalogRepository(db)
    apple = catalog.by_barcode("5901234123457")
    assert apple is not None
    assert (apple.name, str(apple.unit_price.amount), apple.tax.rate) == (
        "Golden apple",
        "3.49",
        Decimal("0.23"),
    )
    assert [p.sku for p in catalog.search("gold")] == ["SKU-1"]
    assert [p.sku for p in catalog.search("pear", category="fresh")] == ["SKU-2"]
    position = FeedStore(db).position(CATALOG_FEED)
    assert position is not None and position.cursor == "c1"


def test_a_changed_product_replaces_name_barcodes_price_and_index(db: Database) -> None:
    feeds = FeedStore(db)
    feeds.apply_catalog(page(), None, "c1")
    feeds.apply_catalog(page("Red apple", code="5900000000008", price=299), "c1", "c2")
    catalog = CatalogRepository(db)
    assert catalog.by_barcode("5901234123457") is None  # the old code no longer sells it
    apple = catalog.by_barcode("5900000000008")
    assert apple is not None and (apple.name, apple.unit_price.amount) == (
        "Red apple",
        Decimal("2.99"),
    )
    assert [p.sku for p in catalog.search("red")] == ["SKU-1"]
    assert catalog.search("golden") == []
    with db.raw() as conn:  # one index row per product, triggers back in place
        assert conn.execute("SELECT count(*) FROM product_fts").fetchone() == (2,)
        triggers = {
            r[0]
            for r in conn.execute("SELECT name FROM catalog.sqlite_master WHERE type='trigger'")
        }
    assert {"products_fts_ai", "products_fts_au", "products_fts_ad"} <= triggers


def test_a_category_moved_in_the_tree_reindexes_its_products(db: Database) -> None:
    feeds = FeedStore(db)
    feeds.apply_catalog(page(), None, "c1")
    moved = CatalogPage(categories=[("deli", "Deli", None, 2), ("fruit", "Fruit", "deli", 1)])
    feeds.apply_catalog(moved, "c1", "c2")
    catalog = CatalogRepository(db)
    assert [p.sku for p in catalog.search("apple", category="deli")] == ["SKU-1"]
    assert catalog.search("apple", category="fresh") == []


def test_a_page_with_a_bad_row_is_rejected_whole(db: Database) -> None:
    feeds = FeedStore(db)
    feeds.apply_catalog(page(), None, "c1")
    before = snapshot(db)
    bad = page("Renamed apple")
    bad.products.append(
        ("0190a000-0000-7000-8000-000000000003", "SKU-3", "Plum", None, "Z", "piece", True, NOW)
    )  # tax class Z does not exist: the foreign key refuses the row
    with pytest.raises(sqlite3.IntegrityError):
        feeds.apply_catalog(bad, "c1", "c2")
    assert snapshot(db) == before


def test_a_page_requested_at_another_cursor_is_refused(db: Database) -> None:
    feeds = FeedStore(db)
    feeds.apply_catalog(page(), None, "c1")
    before = snapshot(db)
    with pytest.raises(StaleCursor):
        feeds.apply_catalog(page("Late apple"), None, "c0")
    assert snapshot(db) == before


def test_stock_shown_is_the_hubs_level_less_unacknowledged_sales(
    db: Database, make_sale: SaleFactory
) -> None:
    feeds = FeedStore(db)
    stock = StockRepository(db)
    feeds.apply_stock(
        [(APPLE, "STORE-001", "10", "1", NOW), (APPLE, "WEB", "250.5", "0", NOW)], None, "s1"
    )
    sale = make_sale()
    sale["lines"] = [{**make_line(1, qty="3"), "product_id": APPLE}]
    SalesRepository(db).record_completed(sale)
    figures = stock.figures(APPLE, "STORE-001")
    assert [(f.location, f.quantity, f.hub_quantity, f.reserved) for f in figures] == [
        ("STORE-001", Decimal(7), Decimal(10), Decimal(1)),
        ("WEB", Decimal("250.5"), Decimal("250.5"), Decimal(0)),
    ]
    outbox = OutboxRepository(db)
    outbox.settle(sent=[item.id for item in outbox.pending()])
    assert stock.figures(APPLE, "STORE-001")[0].quantity == Decimal(10)  # the hub has it now


def test_a_poisoned_sale_still_counts_against_stock(db: Database, make_sale: SaleFactory) -> None:
    FeedStore(db).apply_stock([(APPLE, "STORE-001", "5", "0", NOW)], None, "s1")
    sale = make_sale()
    sale["lines"] = [{**make_line(1, qty="2"), "product_id": APPLE}]
    SalesRepository(db).record_completed(sale)
    outbox = OutboxRepository(db)
    (item,) = outbox.pending()
    outbox.settle(poisoned={item.id: "422: line 1 has no such product"})
    assert StockRepository(db).figures(APPLE, "STORE-001")[0].quantity == Decimal(3)
    (poisoned,) = outbox.poisoned()
    assert poisoned.last_error == "422: line 1 has no such product"
    assert outbox.retry_poisoned(poisoned.id) is True
    assert outbox.counts() == {"pending": 1, "sent": 0, "poisoned": 0}


def test_an_answer_kept_for_offline_is_dated_and_a_feed_pull_confirms_feed_figures(
    db: Database,
) -> None:
    feeds = FeedStore(db)
    stock = StockRepository(db)
    feeds.apply_stock([(APPLE, "STORE-001", "4", "0", NOW)], None, "s1")
    stock.remember([(APPLE, "STORE-002", "9", "0", NOW), (APPLE, "STORE-001", "4", "0", NOW)])
    feeds.touch(STOCK_FEED)
    position = feeds.position(STOCK_FEED)
    assert position is not None
    own, other = stock.figures(APPLE, "STORE-001")
    assert own.confirmed_at == position.pulled_at  # followed by the feed
    assert other.location == "STORE-002" and other.confirmed_at <= position.pulled_at


def test_outbox_settles_a_batch_in_one_go(db: Database, make_sale: SaleFactory) -> None:
    repo = SalesRepository(db)
    for _ in range(4):
        repo.record_completed(make_sale())
    outbox = OutboxRepository(db)
    a, b, c, d = (item.id for item in outbox.pending())
    outbox.settle(sent=[a, b], poisoned={c: "invalid"}, failed=[d], error="timeout")
    assert outbox.counts() == {"pending": 1, "sent": 2, "poisoned": 1}
    (left,) = outbox.pending()
    assert (left.id, left.attempts, left.last_error) == (d, 1, "timeout")
    outbox.settle(sent=[c])  # a poisoned record is not "sent" by a late acknowledgement
    assert outbox.counts()["poisoned"] == 1


def test_the_device_token_file_is_owner_only(tmp_path: Path) -> None:
    token = TokenFile(tmp_path / "device-token")
    assert token.read() is None
    token.write("s3cret-token")
    assert stat.S_IMODE(token.path.stat().st_mode) == 0o600
    assert token.read() == "s3cret-token"
    token.path.chmod(0o644)
    with pytest.raises(InsecureTokenFile):
        token.read()
    token.delete()
    assert token.read() is None


def test_pairing_is_kept_without_the_token(db: Database) -> None:
    pairings = PairingRepository(db)
    assert pairings.get() is None
    pairing = Pairing(
        "http://127.0.0.1:8765", "STORE-001", "TILL-01", "dev-1", "STORE-001", "PLN", "hub-1", NOW
    )
    pairings.save(pairing)
    assert pairings.get() == pairing
    with db.raw() as conn:
        assert "token" not in str(conn.execute("SELECT * FROM meta").fetchall())
    pairings.forget()
    assert pairings.get() is None
