"""Click & collect use cases against the real hub over loopback HTTP, without any UI: orders
arrive by the feed, each step is answered by the hub at once, a lost race or a cancelled
order is told plainly, and offline steps are kept and pushed when the hub is back."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest

from pos.demo import demo_seed, demo_settings
from pos.domain.pickup import NotInOrder, OverPick, PickingUnfinished
from pos.hub.embedded import RunningHub, start_hub
from pos.paths import TillPaths
from pos.services.pickup import PickupService, pick_list
from pos.services.pickup_errors import (
    OrderNotReady,
    OrderTakenElsewhere,
    PickupCodeInvalid,
    PickupNeedsHub,
)
from pos.services.sync import SyncOptions
from pos.services.till import Till
from pos.store import StoredOrder
from pos.store.db import connect_plain

TIMEOUT = 20


def wait_for(check: Callable[[], bool], timeout: float = TIMEOUT) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(0.02)


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[RunningHub]:
    running = start_hub(f"sqlite:///{tmp_path / 'hub.sqlite3'}", seed=True)
    yield running
    running.stop()


def start_till(root: Path, hub: RunningHub, till_id: str) -> Till:
    settings = demo_settings()
    settings.store.till_id = till_id
    options = SyncOptions(
        hub_url=hub.url, pairing_code=hub.pairing_code("STORE-001", till_id), poll_seconds=60
    )
    till = Till(TillPaths(root), settings, sync=options)
    till.start(demo_seed(settings, catalog=False)).result(TIMEOUT)
    assert till.sync is not None
    engine = till.sync.engine
    wait_for(lambda: engine.last_status is not None and engine.last_status.state == "online")
    anna = next(u for u in till.users().result(TIMEOUT) if u.name == "Anna")
    assert till.login(anna.id, "1111").result(TIMEOUT) is not None
    return till


@pytest.fixture
def till(tmp_path: Path, hub: RunningHub) -> Iterator[Till]:
    running = start_till(tmp_path / "till1", hub, "TILL-01")
    yield running
    running.shutdown()


def service(till: Till) -> PickupService:
    assert till.pickup is not None
    return till.pickup


def admin(hub: RunningHub) -> httpx.Client:
    headers = {"Authorization": f"Bearer {hub.admin_token}"}
    return httpx.Client(base_url=hub.url, headers=headers, timeout=10)


def place(hub: RunningHub, items: list[tuple[str, str]], paid: bool = True) -> dict[str, Any]:
    """A web order at STORE-001 of (barcode, quantity) items, as the web shop places it."""
    with admin(hub) as client:
        lines = []
        for code, qty in items:
            product = client.get(f"/v1/admin/products/{barcode_product(hub, code)}").json()
            lines.append({"product_id": product["id"], "quantity": qty})
        answer = client.post(
            "/v1/admin/pickup-orders",
            json={
                "order_id": f"WEB-{time.monotonic_ns()}",
                "store_id": "STORE-001",
                "customer_first_name": "Olena",
                "customer_surname": "Kowalczuk",
                "contact": "+48500100200",
                "channel": "sms",
                "lines": lines,
                "paid_online": paid,
            },
        )
    assert answer.status_code == 201, answer.text
    placed: dict[str, Any] = answer.json()
    return placed


def barcode_product(hub: RunningHub, code: str) -> str:
    from pos.hub.catalog import find_product_id

    return find_product_id(hub.db, code)


def piece_barcodes(till: Till, n: int) -> list[str]:
    with connect_plain(till.paths.database) as conn:
        rows = conn.execute(
            "SELECT b.code FROM barcodes b JOIN products p ON p.id = b.product_id"
            " JOIN stock_levels s ON s.product_id = p.id AND s.location = 'STORE-001'"
            " WHERE p.sold_by = 'piece' AND length(b.code) = 13"
            " AND CAST(s.quantity AS REAL) >= 5 ORDER BY b.code LIMIT ?",
            (n,),
        ).fetchall()
    return [r[0] for r in rows]


def arrived(till: Till, order_id: str) -> StoredOrder:
    wait_for(lambda: any(r.order_id == order_id for r in service(till).queue().result(TIMEOUT)))
    return service(till).order(order_id).result(TIMEOUT)


def test_an_order_is_picked_by_scans_made_ready_and_the_customer_notified(
    till: Till, hub: RunningHub
) -> None:
    a, b, other = piece_barcodes(till, 3)
    placed = place(hub, [(a, "2"), (b, "1")])
    order_id = placed["order"]["order_id"]
    stored = arrived(till, order_id)
    assert stored.state == "new" and [ln.quantity for ln in stored.order.lines] == ["2", "1"]

    outcome = service(till).claim(order_id).result(TIMEOUT)
    assert (outcome.result, outcome.order.state) == ("confirmed", "picking")
    picks = pick_list(outcome.order)
    product_a = till.lookup(a).result(TIMEOUT)
    stranger = till.lookup(other).result(TIMEOUT)
    with pytest.raises(NotInOrder) as wrong:
        picks.pick(stranger.product_id, Decimal(1), stranger.name)
    assert stranger.name in wrong.value.message
    picks, _ = picks.pick(product_a.product_id, Decimal(1), product_a.name)
    picks, line = picks.pick(product_a.product_id, Decimal(1), product_a.name)
    assert line.done
    with pytest.raises(OverPick):
        picks.pick(product_a.product_id, Decimal(1), product_a.name)
    with pytest.raises(PickingUnfinished):
        service(till).mark_ready(order_id, picks, bags=1)
    picks = picks.mark_short(2)
    service(till).save_picking(order_id, picks).result(TIMEOUT)
    assert pick_list(service(till).order(order_id).result(TIMEOUT)) == picks  # kept on disk

    ready = service(till).mark_ready(order_id, picks, bags=1).result(TIMEOUT)
    assert (ready.result, ready.order.state) == ("confirmed", "ready")
    with admin(hub) as client:
        notes = client.get("/v1/admin/notifications", params={"order_id": order_id}).json()
    assert [n["channel"] for n in notes["notifications"]] == ["sms"]


def test_two_tills_race_for_one_order_and_the_loser_is_told(
    tmp_path: Path, till: Till, hub: RunningHub
) -> None:
    second = start_till(tmp_path / "till2", hub, "TILL-02")
    try:
        (a,) = piece_barcodes(till, 1)
        order_id = place(hub, [(a, "1")])["order"]["order_id"]
        arrived(till, order_id)
        arrived(second, order_id)
        first = service(till).claim(order_id)
        late = service(second).claim(order_id)
        outcomes = sorted([first.result(TIMEOUT), late.result(TIMEOUT)], key=lambda o: o.result)
        assert [o.result for o in outcomes] == ["confirmed", "refused"]
        loser = outcomes[1]
        assert isinstance(loser.error, OrderTakenElsewhere)
        winner_till = outcomes[0].order.order.claimed_by
        assert winner_till is not None and winner_till in loser.error.message
        assert loser.order.state == "picking" and loser.order.confirmed
    finally:
        second.shutdown()


def test_the_typed_code_hands_over_only_with_the_hub_and_the_right_surname(
    till: Till, hub: RunningHub
) -> None:
    (a,) = piece_barcodes(till, 1)
    placed = place(hub, [(a, "1")])
    order_id, code = placed["order"]["order_id"], placed["short_code"]
    arrived(till, order_id)
    with pytest.raises(OrderNotReady):
        service(till).verify_code(code, "Kowalczuk").result(TIMEOUT)
    service(till).claim(order_id).result(TIMEOUT)
    picks = pick_list(service(till).order(order_id).result(TIMEOUT))
    product = till.lookup(a).result(TIMEOUT)
    picks, _ = picks.pick(product.product_id, Decimal(1), product.name)
    service(till).mark_ready(order_id, picks, bags=1).result(TIMEOUT)
    with pytest.raises(PickupCodeInvalid):
        service(till).verify_code(code, "Nowak").result(TIMEOUT)
    found = service(till).verify_code(code.lower(), "kowalczuk").result(TIMEOUT)
    assert (found.order.order_id, found.order.claimed_by) == (order_id, "TILL-01")
    done = service(till).collect(order_id, {1: Decimal(1)}, None).result(TIMEOUT)
    assert (done.result, done.order.state) == ("confirmed", "collected")

    hub.stop()
    with pytest.raises(PickupNeedsHub):
        service(till).verify_code(code, "Kowalczuk").result(TIMEOUT)


def test_picking_offline_is_kept_and_pushed_when_the_hub_is_back(
    tmp_path: Path, till: Till, hub: RunningHub
) -> None:
    (a,) = piece_barcodes(till, 1)
    order_id = place(hub, [(a, "1")])["order"]["order_id"]
    arrived(till, order_id)
    url = hub.url
    hub.stop()
    offline = service(till).claim(order_id).result(TIMEOUT)
    assert (offline.result, offline.order.state, offline.order.confirmed) == (
        "offline",
        "picking",
        False,
    )
    picks = pick_list(offline.order)
    product = till.lookup(a).result(TIMEOUT)
    picks, _ = picks.pick(product.product_id, Decimal(1), product.name)
    ready = service(till).mark_ready(order_id, picks, bags=2).result(TIMEOUT)
    assert (ready.result, ready.order.state) == ("offline", "ready")

    port = int(url.rsplit(":", 1)[1])
    back = start_hub(f"sqlite:///{tmp_path / 'hub.sqlite3'}", "127.0.0.1", port)
    try:
        assert till.sync is not None
        till.sync.sync_now()
        # Confirmed once the push is answered; the hub's own copy of the order comes with the
        # pickup feed a moment later in the same cycle (until then the cache holds 'new').
        wait_for(
            lambda: (
                (o := service(till).order(order_id).result(TIMEOUT)).confirmed and o.state != "new"
            )
        )
        with admin(back) as client:
            notes = client.get("/v1/admin/notifications", params={"order_id": order_id}).json()
        assert len(notes["notifications"]) == 1
        stored = service(till).order(order_id).result(TIMEOUT)
        assert (stored.state, stored.order.bags) == ("ready", 2)
    finally:
        back.stop()
