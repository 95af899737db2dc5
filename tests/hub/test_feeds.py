"""Catalog and stock change feeds: pages after an opaque cursor that only moves forward,
resumable anywhere, complete (every product once), and incremental after a change."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import httpx
import orjson
import pytest
from sqlalchemy import text

from pos.api.common import milli_to_quantity
from pos.api.feeds import PRODUCT_COLUMNS, STOCK_COLUMNS, CatalogPage, StockPage
from pos.api.snapshot import SnapshotHead
from pos.hub import snapshot as hub_snapshot
from pos.hub.embedded import RunningHub
from pos.hub.stock import quantity_sql
from pos.store.demo_catalog import demo_products
from tests.hub.test_pairing import assert_problem


def walk(
    till: httpx.Client, path: str, limit: int, cursor: str | None = None, **params: Any
) -> tuple[list[dict[str, Any]], str]:
    """Every page from ``cursor`` to the end; returns the pages and the final cursor."""
    pages = []
    while True:
        query = {"limit": limit, **params} | ({"cursor": cursor} if cursor else {})
        response = till.get(path, params=query)
        assert response.status_code == 200, response.text
        page = response.json()
        pages.append(page)
        if cursor is not None:
            assert page["cursor"] >= cursor  # fixed-width text: never goes backwards
        cursor = page["cursor"]
        if not page["has_more"]:
            return pages, cursor


def test_the_catalog_feed_delivers_every_demo_product_once_in_small_pages(
    till: httpx.Client,
) -> None:
    pages, _ = walk(till, "/v1/feeds/catalog", limit=700)
    products = [row for page in pages for row in page["products"]]
    expected = {p.id: p for p in demo_products()}
    assert len(products) == len(expected) == len({row[0] for row in products})
    assert len(pages) == -(-len(expected) // 700)
    by_id = {row[0]: dict(zip(PRODUCT_COLUMNS, row, strict=True)) for row in products}
    for pid, demo in expected.items():
        got = by_id[pid]
        assert (got["sku"], got["name"], got["price_minor"]) == (
            demo.sku,
            demo.name,
            demo.price_minor,
        )
        assert (got["tax_code"], got["sold_by"], got["category_id"]) == (
            demo.tax_code,
            demo.sold_by,
            demo.category_id,
        )
        assert got["barcodes"] == list(demo.barcodes)
    for page in pages:  # the contract's own models accept every page
        CatalogPage.model_validate(page)


def test_tax_classes_and_categories_never_come_after_a_product_that_needs_them(
    till: httpx.Client,
) -> None:
    pages, _ = walk(till, "/v1/feeds/catalog", limit=100)
    taxes: set[str] = set()
    categories: set[str] = set()
    for page in pages:
        taxes |= {t["code"] for t in page["tax_classes"]}
        categories |= {c["id"] for c in page["categories"]}
        for row in page["products"]:
            assert row[4] in taxes and row[3] in categories
    assert taxes == {"A", "B", "C", "D"}
    assert len(categories) == 12


def test_a_sync_resumes_from_any_cursor_and_a_cursor_repeats_its_page(
    till: httpx.Client,
) -> None:
    first = till.get("/v1/feeds/catalog", params={"limit": 500}).json()
    second = till.get("/v1/feeds/catalog", params={"limit": 500, "cursor": first["cursor"]})
    again = till.get("/v1/feeds/catalog", params={"limit": 500, "cursor": first["cursor"]})
    assert second.json() == again.json()  # the same cursor gives the same page
    rest, _ = walk(till, "/v1/feeds/catalog", limit=500, cursor=first["cursor"])
    ids = [r[0] for r in first["products"]] + [r[0] for p in rest for r in p["products"]]
    assert len(ids) == len(set(ids)) == len(demo_products())


def test_count_says_how_much_is_left_for_a_progress_bar(till: httpx.Client) -> None:
    total = len(demo_products()) + 4 + 12
    page = till.get("/v1/feeds/catalog", params={"limit": 1000, "count": True}).json()
    assert page["remaining"] == total - 1000 - 4 - 12
    assert till.get("/v1/feeds/catalog", params={"limit": 10}).json()["remaining"] is None


def test_after_the_initial_sync_only_changes_arrive(
    till: httpx.Client, admin: httpx.Client
) -> None:
    _, cursor = walk(till, "/v1/feeds/catalog", limit=5000)
    idle = till.get("/v1/feeds/catalog", params={"cursor": cursor}).json()
    assert (idle["products"], idle["has_more"], idle["cursor"]) == ([], False, cursor)

    product = demo_products()[10]
    changed = admin.post(
        "/v1/admin/prices", json={"items": [{"product_id": product.id, "price_minor": 1234}]}
    )
    assert changed.json() == {"changed": 1}
    page = till.get("/v1/feeds/catalog", params={"cursor": cursor}).json()
    assert [(row[0], row[7]) for row in page["products"]] == [(product.id, 1234)]
    assert page["cursor"] > cursor
    assert page["tax_classes"] == page["categories"] == []


def test_a_new_product_with_a_new_category_arrives_in_one_page(
    till: httpx.Client, admin: httpx.Client
) -> None:
    _, cursor = walk(till, "/v1/feeds/catalog", limit=5000)
    assert admin.put("/v1/admin/categories/garden", json={"name": "Garden"}).status_code == 200
    new = {
        "sku": "GAR-00001",
        "name": "Konewka 5 l",
        "category_id": "garden",
        "tax_code": "A",
        "price_minor": 2499,
        "barcodes": ["5901234123457"],
    }
    put = admin.put("/v1/admin/products/6f1c7a0e-0000-4000-8000-000000000001", json=new)
    assert put.status_code == 200, put.text
    page = till.get("/v1/feeds/catalog", params={"cursor": cursor}).json()
    assert [c["id"] for c in page["categories"]] == ["garden"]
    assert [row[1] for row in page["products"]] == ["GAR-00001"]


def test_bad_and_foreign_cursors_are_refused_clearly(hub: RunningHub, till: httpx.Client) -> None:
    stock_cursor = till.get("/v1/feeds/stock", params={"limit": 1}).json()["cursor"]
    bad = till.get("/v1/feeds/catalog", params={"cursor": "garbage"})
    assert_problem(bad, 400, "cursor_invalid")
    assert_problem(
        till.get("/v1/feeds/catalog", params={"cursor": stock_cursor}), 400, "cursor_invalid"
    )
    other_hub = f"catalog.{'0' * 12}.{1:016x}"
    assert_problem(
        till.get("/v1/feeds/catalog", params={"cursor": other_hub}), 410, "cursor_expired"
    )
    future = f"catalog.{hub.db.hub_id}.{10**9:016x}"  # a hub restored from an older backup
    assert_problem(till.get("/v1/feeds/catalog", params={"cursor": future}), 410, "cursor_expired")


@pytest.mark.parametrize("limit", [0, 50_001, "many"])
def test_page_size_is_bounded(till: httpx.Client, limit: object) -> None:
    response = till.get("/v1/feeds/catalog", params={"limit": limit})
    body = assert_problem(response, 422, "validation_failed")
    assert body["errors"][0]["loc"] == ["query", "limit"]


def test_the_stock_feed_follows_the_tills_store_by_default(
    till: httpx.Client, admin: httpx.Client
) -> None:
    pages, cursor = walk(till, "/v1/feeds/stock", limit=1000)
    rows = [dict(zip(STOCK_COLUMNS, row, strict=True)) for p in pages for row in p["stock"]]
    demo = {p.id: p for p in demo_products()}
    assert {r["location_id"] for r in rows} == {"STORE-001"}
    assert len(rows) == len(demo)
    for r in rows:
        assert Decimal(r["on_hand"]) == Decimal(demo[r["product_id"]].stock["store"])
        assert r["reserved"] == "0"
    for page in pages:
        StockPage.model_validate(page)

    pid = rows[0]["product_id"]
    change = {"product_id": pid, "location_id": "WEB", "delta": "5"}
    assert admin.post("/v1/admin/stock", json={"items": [change]}).status_code == 200
    mine = till.get("/v1/feeds/stock", params={"cursor": cursor}).json()
    assert mine["stock"] == [] and mine["cursor"] > cursor  # another location's change
    change = {"product_id": pid, "location_id": "STORE-001", "on_hand": "7.5"}
    assert admin.post("/v1/admin/stock", json={"items": [change]}).status_code == 200
    mine = till.get("/v1/feeds/stock", params={"cursor": mine["cursor"]}).json()
    assert mine["stock"] == [[pid, "STORE-001", "7.5", "0"]]


def test_the_stock_feed_can_follow_other_locations(till: httpx.Client) -> None:
    pages, _ = walk(till, "/v1/feeds/stock", limit=5000, location=["WEB", "STORE-002"])
    locations = {row[1] for p in pages for row in p["stock"]}
    assert locations == {"WEB", "STORE-002"}
    unknown = till.get("/v1/feeds/stock", params={"location": "MOON"})
    assert_problem(unknown, 404, "not_found")


def test_a_row_keeps_its_types_for_an_inactive_product_without_codes(
    till: httpx.Client, admin: httpx.Client
) -> None:
    _, cursor = walk(till, "/v1/feeds/catalog", limit=5000)
    plain = {"sku": "BAG-1", "name": 'Torba "eko"', "tax_code": "A", "price_minor": 0}
    plain |= {"active": False, "sold_by": "piece"}
    assert admin.put("/v1/admin/products/bag-1", json=plain).status_code == 200
    page = till.get("/v1/feeds/catalog", params={"cursor": cursor}).json()
    assert page["products"] == [["bag-1", "BAG-1", 'Torba "eko"', None, "A", "piece", False, 0, []]]


def test_the_database_writes_quantities_exactly_as_the_contract_does(hub: RunningHub) -> None:
    values = [0, 1, 10, 999, 1000, 1250, 5000, 123456, -1, -500, -2250, 10**12 + 7]
    with hub.db.read() as conn:
        for milli in values:
            sql = f"SELECT {quantity_sql(':m', conn.dialect.name)}"
            assert conn.execute(text(sql), {"m": milli}).scalar_one() == milli_to_quantity(milli)


def snapshot_lines(till: httpx.Client) -> list[dict[str, Any]]:
    response = till.get("/v1/snapshot")
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/x-ndjson")
    assert response.text.endswith("\n")
    return [orjson.loads(line) for line in response.text.splitlines()]


def test_the_snapshot_holds_every_product_and_the_stores_stock_then_the_feeds_continue(
    hub: RunningHub, till: httpx.Client, admin: httpx.Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(hub_snapshot, "CHUNK_ROWS", 400)
    head, *chunks, end = snapshot_lines(till)
    SnapshotHead.model_validate(head)
    assert tuple(head["product_columns"]) == PRODUCT_COLUMNS
    products = [row for c in chunks for row in c.get("products", [])]
    stock = [row for c in chunks for row in c.get("stock", [])]
    expected = {p.id for p in demo_products()}
    assert {row[0] for row in products} == expected and len(products) == len(expected)
    assert all(len(c.get("products", c.get("stock", []))) <= 400 for c in chunks)
    kinds = [next(iter(c)) for c in chunks]  # every product chunk before every stock chunk
    assert kinds == sorted(kinds, key=lambda k: k != "products")
    assert stock and {row[1] for row in stock} == {"STORE-001"}
    assert end == {"end": {"products": len(products), "stock": len(stock)}}
    assert (head["products"], head["stock"]) == (len(products), len(stock))
    # Nothing changed since: the feeds from the snapshot's cursors are empty ...
    catalog = till.get("/v1/feeds/catalog", params={"cursor": head["catalog_cursor"]}).json()
    assert catalog["products"] == [] and not catalog["has_more"]
    # ... and a change made after it is the next page.
    pid = products[0][0]
    admin.post(
        "/v1/admin/prices", json={"items": [{"product_id": pid, "price_minor": 1}]}
    ).raise_for_status()
    catalog = till.get("/v1/feeds/catalog", params={"cursor": head["catalog_cursor"]}).json()
    assert [row[0] for row in catalog["products"]] == [pid]


def test_the_snapshot_needs_a_device_token(hub: RunningHub) -> None:
    response = httpx.get(f"{hub.url}/v1/snapshot")
    assert_problem(response, 401, "token_missing")
