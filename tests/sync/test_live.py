"""A running till: initial sync with progress, a change made with the hub's admin command shows
up within seconds (the event stream wakes the engine), and the endless aisle online/offline."""

from __future__ import annotations

import subprocess
import sys
import time
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

from pos.hub.embedded import RunningHub
from pos.store import CatalogRepository
from pos.sync.events import SyncProgress

from .conftest import paired_till
from .fault_proxy import FaultProxy
from .kit import TillSide, sellable

POS_HUB = str(Path(sys.executable).parent / "pos-hub")


def test_the_initial_sync_reports_progress_with_count_and_eta(
    hub: RunningHub, tmp_path: Path
) -> None:
    till = paired_till(hub, hub.url, tmp_path / "till", page_size=500, use_snapshot=False)
    try:
        till.engine.run_once()
        progress = [e for e in till.events if isinstance(e, SyncProgress)]
        catalog = [p for p in progress if p.feed == "catalog"]
        assert len(catalog) >= 5
        assert all(p.total == catalog[0].total for p in catalog)
        assert [p.done for p in catalog] == sorted(p.done for p in catalog)
        assert catalog[-1].finished and catalog[-1].done == catalog[-1].total
        assert all(p.eta_seconds is not None and p.eta_seconds >= 0 for p in catalog)
        with till.db.raw() as conn:
            products = conn.execute("SELECT count(*) FROM products").fetchone()[0]
        assert products >= 2_500 and catalog[-1].total >= products
    finally:
        till.close()


def wait_until(predicate, timeout: float) -> float:  # type: ignore[no-untyped-def]
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        if predicate():
            return time.monotonic() - started
        time.sleep(0.02)
    raise AssertionError(f"not within {timeout} s")


def test_a_change_made_with_the_admin_command_appears_at_a_running_till_within_seconds(
    hub: RunningHub, till: TillSide
) -> None:
    product = sellable(till.db, 1)[0]
    assert product.barcode is not None
    till.engine.poll_seconds = 3600.0  # only the event stream can bring the change quickly
    till.engine.start()
    time.sleep(0.5)  # the event stream connects
    db_url = hub.db.engine.url.render_as_string(hide_password=False)
    subprocess.run(
        [POS_HUB, "--db", db_url, "price", product.sku, "77.77"],
        check=True,
        capture_output=True,
        timeout=60,
    )
    catalog = CatalogRepository(till.db)

    def shows_new_price() -> bool:
        found = catalog.by_barcode(product.barcode or "")
        return found is not None and found.unit_price.amount == Decimal("77.77")

    seconds = wait_until(shows_new_price, timeout=10.0)
    print(f"admin change visible at the till after {seconds:.2f} s")


def test_the_endless_aisle_online_and_offline(
    hub: RunningHub, proxy: FaultProxy, till: TillSide
) -> None:
    product = sellable(till.db, 1)[0]
    view = till.engine.product_stock(product.product_id)
    assert view.online
    assert view.own_location == "STORE-001"
    locations = [f.location for f in view.figures]
    assert locations[0] == "STORE-001"
    assert {"STORE-002", "STORE-003", "WEB"} <= set(locations)
    assert view.names["WEB"]
    proxy.upstream = "http://127.0.0.1:9"  # the hub is gone (discard port: nothing answers)
    offline = till.engine.product_stock(product.product_id)
    assert not offline.online
    assert [f.location for f in offline.figures] == locations
    assert all(f.confirmed_at <= datetime.now(UTC) for f in offline.figures)
    assert {f.location: f.hub_quantity for f in offline.figures} == {
        f.location: f.hub_quantity for f in view.figures
    }
