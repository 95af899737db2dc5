"""Faults between the till and the hub, each followed by recovery and the ledger check.

The hub is the real reference hub over loopback HTTP. Every fault here is INJECTED by the
test's proxy (tests/sync/fault_proxy.py) in front of it - the hub itself answers correctly -
except "hub not running", which is a closed port.
"""

from __future__ import annotations

import json
import random
import socket
import sqlite3
import time
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from pos.hub.embedded import RunningHub
from pos.store import CATALOG_FEED, STOCK_FEED, FeedStore
from pos.sync.events import SyncStatus

from .conftest import paired_till
from .fault_proxy import Fault, FaultProxy
from .kit import HubAdmin, SoldSale, TillSide, ledger_check, sell, sellable

BATCHES = "/v1/documents/batches"
STORE = "STORE-001"


def status(till: TillSide) -> SyncStatus:
    assert till.engine.last_status is not None
    return till.engine.last_status


def sell_some(
    till: TillSide, admin: HubAdmin, count: int = 12, seed: int = 1
) -> tuple[list[SoldSale], dict[str, Decimal]]:
    """Sales recorded at the till, and the hub's stock of their products before any push."""
    products = sellable(till.db)
    sales = sell(till.db, till.pairing, products, count, random.Random(seed))
    touched = {pid for s in sales for pid in s.quantities}
    return sales, admin.stock_of(touched, STORE)


def recover(till: TillSide, proxy: FaultProxy) -> None:
    proxy.clear()
    assert till.engine.run_once() is not None
    assert status(till).state == "online"
    assert till.pending() == 0


def closed_port_url() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}"


def test_hub_not_running_keeps_sales_waiting_then_delivers_them(
    till: TillSide, proxy: FaultProxy, admin: HubAdmin
) -> None:
    sales, start = sell_some(till, admin)
    pairing = till.pairing
    till.engine.pairings.save(replace(pairing, hub_url=closed_port_url()))  # nobody listens
    delay = till.engine.run_once()
    assert status(till).state == "offline" and status(till).problem == "unreachable"
    assert delay is not None and delay <= 0.5
    assert till.pending() == len(sales)
    till.engine.pairings.save(pairing)
    recover(till, proxy)
    ledger_check(admin, sales, start, STORE)


@pytest.mark.parametrize(
    ("fault", "problem"),
    [
        (Fault(BATCHES, "status", status=500), "server_error"),
        (Fault(BATCHES, "truncate"), "bad_response"),
        (Fault(BATCHES, "cut"), "unreachable"),
        (Fault(BATCHES, "malformed"), "bad_response"),
        (Fault(BATCHES, "off_contract"), "bad_response"),
        (Fault(BATCHES, "drop"), "unreachable"),
    ],
    ids=["500", "truncated-json", "cut-mid-body", "malformed-json", "off-contract", "answer-lost"],
)
def test_a_failed_batch_is_sent_again_and_counted_once(
    till: TillSide, proxy: FaultProxy, admin: HubAdmin, fault: Fault, problem: str
) -> None:
    sales, start = sell_some(till, admin)
    proxy.inject(fault)
    till.engine.run_once()
    assert status(till).state == "offline" and status(till).problem == problem
    assert till.pending() == len(sales)  # nothing is taken as sent on a bad answer
    recover(till, proxy)
    ledger_check(admin, sales, start, STORE)


def test_429_retry_after_is_honoured(till: TillSide, proxy: FaultProxy, admin: HubAdmin) -> None:
    sales, start = sell_some(till, admin)
    proxy.inject(Fault(BATCHES, "status", status=429, retry_after="3"))
    delay = till.engine.run_once()
    assert status(till).problem == "busy"
    assert delay is not None and delay >= 3.0  # backoff alone would be <= 0.5 s here
    recover(till, proxy)
    ledger_check(admin, sales, start, STORE)


def test_a_timeout_leaves_the_batch_pending_and_the_repeat_is_a_duplicate(
    hub: RunningHub, proxy: FaultProxy, admin: HubAdmin, tmp_path: Path
) -> None:
    till = paired_till(hub, proxy.url, tmp_path / "slow", timeout=0.5)
    try:
        till.engine.run_once()
        sales, start = sell_some(till, admin)
        # The proxy holds the request 1.5 s, then still forwards it: the hub applies the
        # batch after the till gave up waiting.
        proxy.inject(Fault(BATCHES, "delay", seconds=1.5))
        till.engine.run_once()
        assert status(till).problem == "unreachable"
        assert till.pending() == len(sales)
        time.sleep(1.5)  # let the held request reach the hub
        recover(till, proxy)
        ledger_check(admin, sales, start, STORE)
    finally:
        till.close()


def catalog_snapshot(till: TillSide) -> list[object]:
    with till.db.raw() as conn:
        return [
            conn.execute("SELECT count(*), max(updated_at) FROM products").fetchone(),
            conn.execute("SELECT * FROM sync_cursors WHERE feed = 'catalog'").fetchone(),
            conn.execute("SELECT count(*) FROM product_fts").fetchone(),
        ]


@pytest.mark.parametrize("action", ["truncate", "cut", "malformed", "off_contract", "cursor_back"])
def test_a_bad_feed_answer_changes_nothing(
    till: TillSide, proxy: FaultProxy, admin: HubAdmin, action: str
) -> None:
    product = sellable(till.db, 1)[0]
    admin.http.put(
        f"/v1/admin/products/{product.product_id}",
        json={
            "sku": product.sku,
            "name": "Renamed by the hub",
            "tax_code": product.tax.code,
            "price_minor": 1234,
            "barcodes": [product.barcode],
        },
    ).raise_for_status()
    before = catalog_snapshot(till)
    proxy.inject(Fault("/v1/feeds/catalog", action))
    till.engine.run_once()
    expected = {"cursor_back": "cursor_back", "cut": "unreachable"}.get(action, "bad_response")
    assert status(till).state == "offline" and status(till).problem == expected
    assert catalog_snapshot(till) == before
    recover(till, proxy)
    with till.db.raw() as conn:
        name = conn.execute("SELECT name FROM products WHERE id = ?", (product.product_id,))
        assert name.fetchone() == ("Renamed by the hub",)


def test_a_record_the_hub_rejects_is_set_aside_and_the_rest_go_on(
    till: TillSide, proxy: FaultProxy, admin: HubAdmin
) -> None:
    sales, start = sell_some(till, admin, count=5)
    bad = sell(till.db, till.pairing, sellable(till.db, 3), 1, random.Random(9))[0]
    with till.db.raw() as conn:  # the hub will not know this product
        doc = conn.execute("SELECT payload FROM outbox WHERE ref = ?", (bad.sale_id,)).fetchone()
    payload = json.loads(doc[0])
    payload["document"]["lines"][0]["product_id"] = "no-such-product"
    with sqlite3.connect(till.db.path) as conn:
        conn.execute(
            "UPDATE outbox SET payload = ? WHERE ref = ?", (json.dumps(payload), bad.sale_id)
        )
    more = sell(till.db, till.pairing, sellable(till.db), 5, random.Random(10))
    start.update(admin.stock_of({p for s in more for p in s.quantities} - set(start), STORE))
    recover(till, proxy)
    (poisoned,) = till.engine.outbox.poisoned()
    assert poisoned.ref == bad.sale_id and "unknown_product" in (poisoned.last_error or "")
    assert status(till).poisoned == 1
    # The refused sale still counts against the shop's stock at the till; the hub never had it.
    ledger_check(admin, sales + more, start, STORE)


def test_a_batch_the_hub_refuses_whole_is_resent_one_by_one_and_the_bad_record_set_aside(
    till: TillSide, proxy: FaultProxy, admin: HubAdmin
) -> None:
    sales, start = sell_some(till, admin, count=4)
    bad = sell(till.db, till.pairing, sellable(till.db, 3), 1, random.Random(11))[0]
    with till.db.raw() as conn:
        doc = conn.execute("SELECT payload FROM outbox WHERE ref = ?", (bad.sale_id,)).fetchone()
    payload = json.loads(doc[0])
    payload["document"] = ["not", "a", "document"]  # the batch's envelope itself is invalid
    with sqlite3.connect(till.db.path) as conn:
        conn.execute(
            "UPDATE outbox SET payload = ? WHERE ref = ?", (json.dumps(payload), bad.sale_id)
        )
    recover(till, proxy)
    (poisoned,) = till.engine.outbox.poisoned()
    assert poisoned.ref == bad.sale_id and "validation_failed" in (poisoned.last_error or "")
    assert status(till).state == "online" and till.pending() == 0
    ledger_check(admin, sales, start, STORE)
    batches = sum(1 for method, path, _ in proxy.log if method == "POST" and path == BATCHES)
    assert till.engine.run_once() is not None  # nothing is left to send: no retry loop
    assert sum(1 for m, p, _ in proxy.log if m == "POST" and p == BATCHES) == batches


def test_a_wrong_token_sends_nothing_and_says_so(
    till: TillSide, proxy: FaultProxy, admin: HubAdmin
) -> None:
    sales, _start = sell_some(till, admin, count=3)
    till.engine.token_file.write("not-the-token")
    assert till.engine.run_once() is None  # no retry loop against a refused token
    assert status(till).state == "auth"
    assert status(till).problem in ("token_invalid", "token_missing")
    assert till.pending() == 3
    assert not any(method == "POST" and path.startswith(BATCHES) for method, path, _ in proxy.log)
    assert all(admin.document_ids()[s.sale_id] == 0 for s in sales)


def test_a_revoked_device_sends_nothing_and_says_so(
    till: TillSide, proxy: FaultProxy, admin: HubAdmin
) -> None:
    sales, _start = sell_some(till, admin, count=3)
    admin.http.post(f"/v1/admin/devices/{till.pairing.device_id}/revoke").raise_for_status()
    proxy.log.clear()
    assert till.engine.run_once() is None
    assert (status(till).state, status(till).problem) == ("auth", "token_revoked")
    assert not any(method == "POST" for method, _path, _ in proxy.log)
    assert all(admin.document_ids()[s.sale_id] == 0 for s in sales)


def test_feeds_resume_from_their_cursors(till: TillSide) -> None:
    feeds = FeedStore(till.db)
    catalog = feeds.position(CATALOG_FEED)
    stock = feeds.position(STOCK_FEED)
    assert catalog is not None and stock is not None
    till.engine.run_once()
    again = feeds.position(CATALOG_FEED)
    assert again is not None and again.cursor == catalog.cursor
    assert again.pulled_at >= catalog.pulled_at


def test_an_expired_cursor_syncs_that_feed_again_from_the_start(
    till: TillSide, proxy: FaultProxy
) -> None:
    feeds = FeedStore(till.db)
    before = catalog_snapshot(till)
    proxy.inject(Fault("/v1/feeds/catalog", "status", status=410, code="cursor_expired"))
    assert till.engine.run_once() == 0.0  # at once: nothing is wrong with the network
    assert feeds.position(CATALOG_FEED) is None
    assert feeds.position(STOCK_FEED) is not None
    assert till.engine.run_once() is not None and status(till).state == "online"
    after = catalog_snapshot(till)
    assert after[0][0] == before[0][0] and after[2] == before[2]  # same catalog, index whole
