"""The initial sync by snapshot, against the real hub over loopback HTTP (through the fault
proxy): a new till gets the whole catalog in one streamed answer, then follows the feeds from
the snapshot's cursors without losing what changed meanwhile; a bad snapshot changes nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from pos.api import routes
from pos.domain.money import PLN
from pos.hub import snapshot as hub_snapshot
from pos.hub.embedded import RunningHub
from pos.store import CATALOG_FEED, CatalogRepository
from pos.sync.events import SyncProgress, SyncStatus

from .conftest import paired_till
from .fault_proxy import Fault, FaultProxy
from .kit import HubAdmin, TillSide, sellable

STORE = "STORE-001"


def status(till: TillSide) -> SyncStatus:
    assert till.engine.last_status is not None
    return till.engine.last_status


def hub_count(hub: RunningHub, sql: str) -> int:
    with hub.db.read() as conn:
        return int(conn.execute(text(sql)).scalar_one())


def till_count(till: TillSide, sql: str) -> int:
    with till.db.raw() as conn:
        return int(conn.execute(sql).fetchone()[0])


def catalog_files(till: TillSide) -> list[str]:
    return sorted(p.name for p in till.root.glob("till.catalog-*.sqlite3"))


def test_a_new_till_loads_the_catalog_by_snapshot_then_follows_the_feeds(
    hub: RunningHub, proxy: FaultProxy, tmp_path: Path
) -> None:
    till = paired_till(hub, proxy.url, tmp_path / "till")
    try:
        assert till.engine.run_once() is not None
        assert status(till).state == "online"
        asked = [path for _method, path, _ in proxy.log]
        assert sum(p.startswith(routes.SNAPSHOT) for p in asked) == 1
        # The feeds continue from the snapshot's cursors (not from the start).
        feed = [p for p in asked if p.startswith(routes.CATALOG_FEED)]
        assert feed and all("cursor=catalog." in p for p in feed)
        products = hub_count(hub, "SELECT count(*) FROM products")
        assert till_count(till, "SELECT count(*) FROM products") == products
        assert till_count(till, "SELECT count(*) FROM prices") == products
        assert till_count(till, "SELECT count(*) FROM barcodes") == hub_count(
            hub, "SELECT count(*) FROM barcodes"
        )
        assert till_count(
            till, f"SELECT count(*) FROM stock_levels WHERE location = '{STORE}'"
        ) == hub_count(hub, f"SELECT count(*) FROM stock WHERE location_id = '{STORE}'")
        # The search index was built after the catalog was live, and is complete.
        assert till_count(till, "SELECT count(*) FROM product_fts") == products
        assert till_count(till, "SELECT count(*) FROM catalog_meta") == 0
        index_progress = [
            e for e in till.events if isinstance(e, SyncProgress) and e.feed == "search_index"
        ]
        assert index_progress and index_progress[-1].finished
        assert till.db.catalog_path.name == "till.catalog-2.sqlite3"  # the replaced one
        assert catalog_files(till) == ["till.catalog-1.sqlite3", "till.catalog-2.sqlite3"]
        product = sellable(till.db, 1)[0]
        catalog = CatalogRepository(till.db, PLN)
        assert product.barcode is not None
        assert catalog.by_barcode(product.barcode) == product
        assert product.product_id in {p.product_id for p in catalog.search(product.name)}
        # A till with a cursor never asks for a snapshot again.
        proxy.log.clear()
        assert till.engine.run_once() is not None
        assert not any(p.startswith(routes.SNAPSHOT) for _m, p, _ in proxy.log)
    finally:
        till.close()


@pytest.fixture
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(hub_snapshot, "CHUNK_ROWS", 300)  # the hub runs in this process
    yield


def test_changes_made_at_the_hub_while_the_snapshot_streams_are_not_lost(
    hub: RunningHub, admin: HubAdmin, tmp_path: Path, small_chunks: None
) -> None:
    with hub.db.read() as conn:
        first, last = (
            conn.execute(text(f"SELECT id FROM products ORDER BY seq {order} LIMIT 1")).scalar_one()
            for order in ("ASC", "DESC")
        )
        template = conn.execute(
            text("SELECT sku, tax_code, barcodes FROM products WHERE id = :id"), {"id": last}
        ).one()
    till = paired_till(hub, hub.url, tmp_path / "till")
    changed: list[int] = []

    def change_at_the_hub(progress: SyncProgress) -> None:
        # After the first chunk is in: one product already sent, one still to come, a new
        # one, and a stock level, all changed at the hub while the snapshot streams.
        if changed or progress.feed != CATALOG_FEED or progress.finished:
            return
        changed.append(progress.done)
        prices = [
            {"product_id": first, "price_minor": 777_01},
            {"product_id": last, "price_minor": 777_02},
        ]
        admin.http.post(routes.ADMIN_PRICES, json={"items": prices}).raise_for_status()
        admin.http.put(
            routes.path(routes.ADMIN_PRODUCT, product_id="11111111-2222-4333-8444-555555555555"),
            json={
                "sku": "NEW-DURING-SNAPSHOT",
                "name": "Arrived during the snapshot",
                "tax_code": template.tax_code,
                "price_minor": 4321,
                "barcodes": ["5901234123457"],
            },
        ).raise_for_status()
        admin.http.post(
            routes.ADMIN_STOCK,
            json={"items": [{"product_id": first, "location_id": STORE, "on_hand": "4242"}]},
        ).raise_for_status()

    till.bus.subscribe(SyncProgress, change_at_the_hub)
    try:
        assert till.engine.run_once() is not None
        assert changed and changed[0] < hub_count(hub, "SELECT count(*) FROM products")
        catalog = CatalogRepository(till.db, PLN)
        sent_early, sent_late = catalog.get(first), catalog.get(last)
        assert sent_early is not None and sent_early.unit_price.minor == 777_01
        assert sent_late is not None and sent_late.unit_price.minor == 777_02
        new = catalog.by_barcode("5901234123457")
        assert new is not None and new.name == "Arrived during the snapshot"
        level = till.engine.stock.figures(first, STORE)
        assert [f.hub_quantity for f in level if f.location == STORE] == [4242]
    finally:
        till.close()


@pytest.mark.parametrize(
    ("action", "problem"),
    [
        ("truncate", "bad_response"),
        ("cut", "unreachable"),
        ("malformed", "bad_response"),
        ("off_contract", "bad_response"),
        ("status", "server_error"),
    ],
)
def test_a_bad_snapshot_changes_nothing(
    till: TillSide, proxy: FaultProxy, action: str, problem: str
) -> None:
    till.engine.feeds.reset(CATALOG_FEED)  # a hub reset, say: the next pull is a snapshot
    current = till.db.catalog_path.name
    with till.db.raw() as conn:
        before = [
            conn.execute("SELECT count(*), max(updated_at) FROM products").fetchone(),
            conn.execute("SELECT * FROM sync_cursors ORDER BY feed").fetchall(),
            conn.execute("SELECT count(*) FROM product_fts").fetchone(),
            conn.execute("SELECT count(*), max(synced_at) FROM stock_levels").fetchone(),
        ]
    proxy.inject(Fault(routes.SNAPSHOT, action))
    till.engine.run_once()
    assert status(till).state == "offline" and status(till).problem == problem
    with till.db.raw() as conn:
        after = [
            conn.execute("SELECT count(*), max(updated_at) FROM products").fetchone(),
            conn.execute("SELECT * FROM sync_cursors ORDER BY feed").fetchall(),
            conn.execute("SELECT count(*) FROM product_fts").fetchone(),
            conn.execute("SELECT count(*), max(synced_at) FROM stock_levels").fetchone(),
        ]
    assert after == before
    # The live generation is the same file; the half-built one is gone.
    assert till.db.catalog_path.name == current
    assert catalog_files(till) == [current]
    proxy.clear()
    assert till.engine.run_once() is not None and status(till).state == "online"
    assert catalog_files(till) == [current, till.db.catalog_path.name]  # replaced + new
