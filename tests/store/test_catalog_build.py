"""A new catalog generation is built on the side and switched in whole: until the switch the
till sells from the old one, a build that breaks a key or dies half-way changes nothing, and
search works (by scanning) while the index of the new one is still being built."""

from __future__ import annotations

import msgspec
import pytest
from sqlalchemy import text

from pos.domain.money import PLN
from pos.store import CATALOG_FEED, STOCK_FEED, CatalogRepository, Database, FeedStore
from pos.store.catalog_build import CatalogBuild, SearchIndexBuilder, SnapshotRefused
from pos.store.db import open_database

from .test_feeds import APPLE, FROM, page

TAXES = [("A", "0.23", "VAT 23%")]
CATS = [("fresh", "Fresh", None, 0), ("fruit", "Fruit", "fresh", 1)]


def product(n: int, codes: str | None = None, tax: str = "A") -> tuple[object, ...]:
    """A wire product row (barcodes as raw JSON, as the snapshot reader hands them over)."""
    code = f'["59000000{n:05d}"]' if codes is None else codes
    return (
        f"0190b000-0000-7000-8000-{n:012d}",
        f"SNAP-{n}",
        f"Zółta gruszka {n}" if n % 2 else f"Plum {n}",
        "fruit",
        tax,
        "piece",
        True,
        100 + n,
        msgspec.Raw(code.encode()),
    )


def build(db: Database, products: list[tuple[object, ...]]) -> CatalogBuild:
    b = CatalogBuild(db, currency="PLN", price_from=FROM)
    b.add_products(products)
    b.add_stock([(str(products[0][0]), "STORE-001", "7", "0")])
    return b


def finish(b: CatalogBuild) -> None:
    b.finish(taxes=TAXES, categories=CATS, catalog_cursor="cat-9", stock_cursor="stk-9")


def count(db: Database, table: str) -> int:
    with db.raw() as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def test_the_new_catalog_is_invisible_until_switched_then_replaces_the_old_whole(
    db: Database,
) -> None:
    FeedStore(db).apply_catalog(page(), None, "old-cursor")
    b = build(db, [product(n) for n in range(1, 101)])
    finish(b)
    catalog = CatalogRepository(db, PLN)
    assert catalog.get(APPLE) is not None and count(db, "products") == 2  # still the old
    db.switch_catalog(b.path)
    assert catalog.get(APPLE) is None and count(db, "products") == 100
    with db.write_session() as session:  # ORM sessions (sales) attach the new file too
        assert session.execute(text("SELECT count(*) FROM products")).scalar_one() == 100
    found = catalog.by_barcode("5900000000042")
    assert found is not None and found.unit_price.minor == 142 and found.sku == "SNAP-42"
    assert FeedStore(db).position(CATALOG_FEED).cursor == "cat-9"  # type: ignore[union-attr]
    assert FeedStore(db).position(STOCK_FEED).cursor == "stk-9"  # type: ignore[union-attr]
    # Reopening the cache keeps the switch (it is recorded in the main file).
    path = db.path
    db.close()
    with open_database(path) as again:
        assert count(again, "products") == 100
        assert again.catalog_path == b.path


@pytest.mark.parametrize(
    "bad",
    [
        [product(1), product(2, codes='["5900000000001"]')],  # a code of another product
        [product(1), product(1)],  # the same product twice
        [product(1, tax="Z")],  # a tax class the snapshot did not send
        [product(1, codes='"5900000000001"')],  # barcodes not a list
        [product(1, codes="[5900000000001]")],  # a code that is not a string
        [product(1, codes='[["5900000000001"]]')],
    ],
    ids=["shared-code", "same-product", "unknown-tax", "not-a-list", "number", "nested"],
)
def test_a_snapshot_breaking_a_rule_is_refused_whole(
    db: Database, bad: list[tuple[object, ...]]
) -> None:
    FeedStore(db).apply_catalog(page(), None, "old-cursor")
    live = db.catalog_path
    b = CatalogBuild(db, currency="PLN", price_from=FROM)
    with pytest.raises(SnapshotRefused):
        b.add_products(bad)
        finish(b)
    b.abandon()
    assert db.catalog_path == live and not b.path.exists()
    assert count(db, "products") == 2
    assert FeedStore(db).position(CATALOG_FEED).cursor == "old-cursor"  # type: ignore[union-attr]


def test_a_build_that_died_half_way_leaves_the_old_catalog_and_is_replaced_next_time(
    db: Database,
) -> None:
    FeedStore(db).apply_catalog(page(), None, "old-cursor")
    dead = build(db, [product(n) for n in range(1, 50)])
    dead._conn.close()  # the process died here: no finish, no abandon, no switch
    path = db.path
    db.close()
    with open_database(path) as again:
        assert count(again, "products") == 2
        assert CatalogRepository(again, PLN).by_barcode("5901234123457") is not None
        b = build(again, [product(n) for n in range(1, 10)])  # same file name: started anew
        assert b.path == dead.path
        finish(b)
        again.switch_catalog(b.path)
        assert count(again, "products") == 9


def test_search_scans_while_the_index_is_built_and_uses_the_index_after(db: Database) -> None:
    b = build(db, [product(n) for n in range(1, 201)])
    finish(b)
    db.switch_catalog(b.path)
    catalog = CatalogRepository(db, PLN)
    assert not catalog.search_index_ready() and count(db, "product_fts") == 0
    assert {p.sku for p in catalog.search("plum 12")} == {"SNAP-12", "SNAP-120", "SNAP-122"} | {
        f"SNAP-12{d}" for d in (4, 6, 8)
    }
    builder = SearchIndexBuilder(db, chunk=70)
    steps = []
    while (step := builder.step()) is not None:
        steps.append(step)
        # Half indexed: still every match, from the index or the scan.
        assert len(catalog.search("plum", limit=500)) == 100
    assert [s.finished for s in steps] == [False, False, True]
    assert catalog.search_index_ready() and count(db, "product_fts") == 200
    # The index holds what the triggers would have written (folded ł, category tokens).
    assert {p.sku for p in catalog.search("zolta gruszka 11")} >= {"SNAP-11", "SNAP-111"}
    assert len(catalog.search("gruszka", category="fresh", limit=500)) == 100
