"""Store scope at the hub: a paired device is one till of one store and nothing more.

It holds, reads and releases its own store's reservations only and never the hub's own
(``pickup:*``); it hears its store's events and the chain's; a promo code works only where
its promotion reaches now; and guessing a code (pairing, typed pickup codes) is throttled in
the database, so every hub process counts the same misses.
"""

from __future__ import annotations

import json
import unicodedata
import uuid
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import httpx
import pytest
from fastapi.routing import APIRoute
from sqlalchemy import text

from pos.api.reservations import ReservationLine, ReservationRequest
from pos.hub.customer_seed import AUTUMN10
from pos.hub.db import next_seq, open_hub_database
from pos.hub.devices import create_pairing_code
from pos.hub.devices import pair as pair_device
from pos.hub.embedded import RunningHub, start_hub
from pos.hub.events import emit
from pos.hub.routers import ROUTERS
from pos.hub.schema import SCHEMA_VERSION
from pos.hub.scope import device_scope
from pos.hub.stock import hold, owner
from pos.hub.throttle import PAIRING, PICKUP_CODE
from tests.hub.builders import catalog_products, record, sale_document, stock_at
from tests.hub.conftest import pair
from tests.hub.sse import ServerEvent, events
from tests.hub.test_customers import applied, mint, view
from tests.hub.test_events import TIMEOUT
from tests.hub.test_pairing import assert_problem
from tests.hub.test_pickup import event, picked_all, push, web_order


def client(hub: RunningHub, paired: dict[str, Any]) -> httpx.Client:
    headers = {"Authorization": f"Bearer {paired['token']}"}
    return httpx.Client(base_url=hub.url, headers=headers, timeout=30)


@pytest.fixture
def other_till(hub: RunningHub) -> Any:
    """A till of STORE-002 (TILL-02)."""
    with client(hub, pair(hub, store="STORE-002", till="TILL-02")) as other:
        yield other


def piece_in_stock(till: httpx.Client, store: str, at_least: int = 5) -> str:
    for row in catalog_products(till, 400):
        if row[5] == "piece" and Decimal(stock_at(till, row[0], store)["available"]) >= at_least:
            return str(row[0])
    raise AssertionError(f"the demo data has too little stock at {store}")


def reservation(product_id: str, quantity: str, store: str, **extra: Any) -> dict[str, Any]:
    return {
        "reservation_id": extra.pop("reservation_id", str(uuid.uuid4())),
        "location_id": store,
        "lines": [{"product_id": product_id, "quantity": quantity}],
        **extra,
    }


def reserved(till: httpx.Client, product_id: str, store: str) -> Decimal:
    return Decimal(stock_at(till, product_id, store)["reserved"])


# --- reservations ---------------------------------------------------------------------------


def test_a_device_holds_stock_at_its_own_store_only(till: httpx.Client) -> None:
    pid = piece_in_stock(till, "STORE-002")
    available = Decimal(stock_at(till, pid, "STORE-002")["available"])
    everything = reservation(pid, str(available), "STORE-002", hold_seconds=14 * 24 * 3600)
    body = assert_problem(till.post("/v1/reservations", json=everything), 403, "wrong_store")
    assert body["store_id"] == "STORE-001"
    assert reserved(till, pid, "STORE-002") == 0
    here = reservation(piece_in_stock(till, "STORE-001"), "1", "STORE-001")
    assert till.post("/v1/reservations", json=here).status_code == 201


def test_another_stores_reservation_is_not_found_and_stays_held(
    till: httpx.Client, other_till: httpx.Client
) -> None:
    pid = piece_in_stock(other_till, "STORE-002")
    theirs = reservation(pid, "2", "STORE-002")
    assert other_till.post("/v1/reservations", json=theirs).status_code == 201
    path = f"/v1/reservations/{theirs['reservation_id']}"
    unknown = f"/v1/reservations/{uuid.uuid4()}"
    nothing = assert_problem(till.get(unknown), 404, "not_found")
    for response in (till.get(path), till.delete(path)):
        body = assert_problem(response, 404, "not_found")  # as for an id nobody uses
        assert body["detail"] == nothing["detail"].replace(unknown[17:], theirs["reservation_id"])
    taken = assert_problem(
        till.post("/v1/reservations", json={**theirs, "location_id": "STORE-001"}),
        409,
        "reservation_id_taken",
    )
    assert "STORE-002" not in str(taken)
    assert other_till.get(path).json()["state"] == "held"
    assert reserved(till, pid, "STORE-002") == 2
    assert other_till.delete(path).json()["state"] == "released"


def test_a_web_orders_reservation_is_the_hubs_alone(
    till: httpx.Client, other_till: httpx.Client, admin: httpx.Client
) -> None:
    pid = piece_in_stock(other_till, "STORE-002")
    before = reserved(other_till, pid, "STORE-002")
    placed = web_order(admin, [(pid, "2")], store_id="STORE-002")
    path = f"/v1/reservations/pickup:{placed['order']['order_id']}"
    assert_problem(till.delete(path), 404, "not_found")  # another store's
    assert_problem(till.get(path), 404, "not_found")
    assert_problem(other_till.delete(path), 403, "reservation_hub_owned")  # its own store's
    assert other_till.get(path).json()["state"] == "held"
    assert reserved(other_till, pid, "STORE-002") == before + 2


def test_a_device_cannot_take_a_pickup_reservation_id(till: httpx.Client) -> None:
    pid = piece_in_stock(till, "STORE-001")
    request = reservation(pid, "1", "STORE-001", reservation_id="pickup:WEB-NEXT")
    assert_problem(till.post("/v1/reservations", json=request), 403, "reservation_hub_owned")
    assert_problem(till.get("/v1/reservations/pickup:WEB-NEXT"), 404, "not_found")
    assert reserved(till, pid, "STORE-001") == 0


def test_placing_an_order_does_not_trust_a_reservation_it_did_not_make(
    hub: RunningHub, till: httpx.Client, admin: httpx.Client, device: dict[str, Any]
) -> None:
    """A ``pickup:`` reservation a device made before they were refused (as the attack in
    issue 21 did): the order holds its own units, and the stranger's are given back."""
    pid = piece_in_stock(till, "STORE-001")
    before = reserved(till, pid, "STORE-001")
    order_id = f"WEB-{uuid.uuid4().hex[:10]}"
    scope = device_scope(
        _device(device["device_id"], store="STORE-001", till="TILL-01")  # the old path
    )
    premade = ReservationRequest(
        reservation_id=f"pickup:{order_id}",
        location_id="STORE-001",
        lines=[ReservationLine(product_id=pid, quantity="1")],
        hold_seconds=60,
    )
    with hub.db.write() as conn:
        hold(conn, premade, scope)
    placed = web_order(admin, [(pid, "3")], order_id=order_id)
    assert placed["order"]["state"] == "new"
    assert reserved(till, pid, "STORE-001") == before + 3
    with hub.db.read() as conn:
        found = owner(conn, f"pickup:{order_id}")
        lines = conn.execute(
            text("SELECT quantity_milli FROM reservation_lines WHERE reservation_id = :r"),
            {"r": f"pickup:{order_id}"},
        ).all()
    assert found is not None and found.device_id is None and found.store_id == "STORE-001"
    assert [int(r[0]) for r in lines] == [3000]


def _device(device_id: str, store: str, till: str) -> Any:
    from pos.hub.devices import Device

    return Device(id=device_id, store_id=store, till_id=till)


def test_every_store_scoped_route_takes_the_one_scope_dependency() -> None:
    scoped = {
        "/v1/reservations",
        "/v1/reservations/{reservation_id}",
        "/v1/sales/{sale_id}",
        "/v1/events",
        "/v1/feeds/pickup",
        "/v1/pickup-orders/{order_id}",
        "/v1/pickup-orders/verify",
        "/v1/customer-views",
    }

    def calls(dependant: Any) -> set[Any]:
        found = {dependant.call}
        for sub in dependant.dependencies:
            found |= calls(sub)
        return found

    routes = [r for router in ROUTERS for r in router.routes if isinstance(r, APIRoute)]
    routes = [r for r in routes if r.path in scoped]
    assert {r.path for r in routes} == scoped
    for route in routes:
        assert device_scope in calls(route.dependant), route.path


def test_a_version_2_database_is_moved_on_with_owners_and_stores(hub_db_url: str) -> None:
    db = open_hub_database(hub_db_url)
    try:
        with db.write() as conn:
            conn.execute(text("INSERT INTO locations VALUES ('STORE-001', 'A', 'store')"))
            conn.execute(text("INSERT INTO locations VALUES ('STORE-002', 'B', 'store')"))
        paired = pair_device(db, create_pairing_code(db, "STORE-002", "TILL-07").code, None)
        with db.write() as conn:  # as version 2 made them: no owner's store, no event store
            conn.execute(text("ALTER TABLE reservations DROP COLUMN till_id"))
            conn.execute(text("ALTER TABLE reservations DROP COLUMN store_id"))
            conn.execute(text("ALTER TABLE events DROP COLUMN store_id"))
            conn.execute(text("DROP TABLE failed_attempts"))
            conn.execute(text("UPDATE hub_meta SET value = '2' WHERE key = 'schema_version'"))
            conn.execute(
                text(
                    "INSERT INTO reservations (id, location_id, device_id, state, created_at,"
                    " expires_at) VALUES ('r-dev', 'STORE-002', :d, 'held', :t, :t),"
                    " ('pickup:W1', 'STORE-001', NULL, 'held', :t, :t)"
                ),
                {"d": paired.device_id, "t": "2026-01-01T00:00:00.000000Z"},
            )
            for type_, data in (
                ("reservation.changed", {"reservation_id": "r-dev", "location_id": "STORE-002"}),
                ("stock.changed", {"locations": ["STORE-001", "STORE-002"]}),
                ("catalog.changed", {}),
            ):
                conn.execute(
                    text("INSERT INTO events (id, type, at, data) VALUES (:id, :ty, :t, :d)"),
                    {
                        "id": next_seq(conn, "events"),
                        "ty": type_,
                        "t": "2026-01-01T00:00:00.000000Z",
                        "d": json.dumps(data),
                    },
                )
    finally:
        db.dispose()
    moved = open_hub_database(hub_db_url)
    try:
        with moved.read() as conn:
            version = conn.execute(
                text("SELECT value FROM hub_meta WHERE key = 'schema_version'")
            ).scalar_one()
            owners = conn.execute(
                text("SELECT id, till_id, store_id FROM reservations ORDER BY id")
            ).all()
            stores = conn.execute(text("SELECT type, store_id FROM events ORDER BY id")).all()
            assert conn.execute(text("SELECT count(*) FROM failed_attempts")).scalar_one() == 0
        with moved.write() as conn:
            emit(conn, "catalog.changed")  # the new columns take writes
    finally:
        moved.dispose()
    assert version == SCHEMA_VERSION
    assert [tuple(r) for r in owners] == [
        ("pickup:W1", None, "STORE-001"),
        ("r-dev", "TILL-07", "STORE-002"),
    ]
    assert [tuple(r) for r in stores] == [
        ("reservation.changed", "STORE-002"),
        ("stock.changed", ""),  # several locations: heard by no till
        ("catalog.changed", None),
    ]


# --- events ---------------------------------------------------------------------------------


def test_a_till_hears_its_own_stores_events_and_the_chains_only(
    hub: RunningHub,
    device: dict[str, Any],
    till: httpx.Client,
    other_till: httpx.Client,
    admin: httpx.Client,
) -> None:
    theirs = piece_in_stock(other_till, "STORE-002")
    other_till.post("/v1/reservations", json=reservation(theirs, "1", "STORE-002"))
    web_order(admin, [(theirs, "1")], store_id="STORE-002")
    rows = [r for r in catalog_products(till, 300) if r[5] == "piece"]
    sale = sale_document([(rows[0], "1")], store_id="STORE-002", till_id="TILL-02")
    assert (
        other_till.post("/v1/documents/batches", json={"records": [record(sale)]}).json()[
            "accepted"
        ]
        == 1
    )
    admin.post("/v1/admin/prices", json={"items": [{"product_id": rows[1][0], "price_minor": 7}]})
    mine = reservation(piece_in_stock(till, "STORE-001"), "1", "STORE-001")
    till.post("/v1/reservations", json=mine)
    heard: list[ServerEvent] = []
    with httpx.stream(
        "GET",
        f"{hub.url}/v1/events",
        params={"after": 0},
        headers={"Authorization": f"Bearer {device['token']}"},
        timeout=TIMEOUT,
    ) as response:
        for received in events(response):
            heard.append(received)
            if received.data.get("data", {}).get("reservation_id") == mine["reservation_id"]:
                break
    kinds = {e.type for e in heard}
    assert {"catalog.changed", "stock.changed", "reservation.changed"} <= kinds
    for heard_event in heard[1:]:  # after hub.hello
        data = heard_event.data["data"]
        assert "STORE-002" not in json.dumps(data), heard_event
        for location in data.get("locations", []):
            assert location == "STORE-001", heard_event


# --- promotions' store scope ----------------------------------------------------------------


def narrow(admin: httpx.Client, till: httpx.Client, stores: list[str] | None) -> None:
    """The admin changes AUTUMN10's stores (as the back office would)."""
    promotions = till.get("/v1/promotions").json()["promotions"]
    promotion = next(p for p in promotions if p["promotion_id"] == AUTUMN10)
    changed = admin.put(f"/v1/admin/promotions/{AUTUMN10}", json={**promotion, "stores": stores})
    assert changed.status_code == 200, changed.text


def test_the_customer_view_follows_the_promotions_stores_as_they_are_now(
    admin: httpx.Client, till: httpx.Client, other_till: httpx.Client
) -> None:
    issued = mint(admin)  # good in every store when issued
    narrow(admin, till, ["STORE-002"])
    body = assert_problem(view(till, issued["token"]), 403, "promo_wrong_store")
    assert "STORE-002" in body["detail"]
    assert view(other_till, issued["token"]).status_code == 200


def test_a_code_for_a_store_the_promotion_does_not_cover_is_not_issued(
    hub: RunningHub, admin: httpx.Client, till: httpx.Client, capsys: pytest.CaptureFixture[str]
) -> None:
    from pos.hub.cli import main

    narrow(admin, till, ["STORE-002"])
    body = {"customer_id": "CUST-0001", "promotion_id": AUTUMN10, "stores": ["STORE-001"]}
    refused = admin.post("/v1/admin/promo-tokens", json=body)
    assert "STORE-001" in assert_problem(refused, 403, "promo_wrong_store")["detail"]
    db_url = hub.db.engine.url.render_as_string(hide_password=False)
    command = ["--db", db_url, "promo-token", "--customer", "CUST-0001", "--promotion", AUTUMN10]
    assert main([*command, "--store", "STORE-001"]) == 1
    assert "STORE-001" in capsys.readouterr().err
    assert main([*command, "--store", "STORE-002"]) == 0  # where it runs
    assert mint(admin)["token"]  # no stores asked: the promotion's own


def test_a_redemption_at_a_store_the_promotion_no_longer_covers_is_refused(
    admin: httpx.Client, till: httpx.Client
) -> None:
    shown = view(till, mint(admin)["token"]).json()
    narrow(admin, till, ["STORE-002"])
    doc = sale_document([(catalog_products(till, 20)[0], "30")], promotion=applied(shown))
    result = till.post("/v1/documents/batches", json={"records": [record(doc)]}).json()
    assert [(r["status"], r.get("code")) for r in result["results"]] == [
        ("rejected", "promo_wrong_store")
    ]


# --- throttling -----------------------------------------------------------------------------


def test_pairing_is_throttled_after_wrong_codes(hub: RunningHub) -> None:
    right = hub.pairing_code("STORE-001", "TILL-09")
    for _ in range(PAIRING.misses):
        wrong = httpx.post(f"{hub.url}/v1/pairing", json={"code": "AAAA-AAAA"})
        assert_problem(wrong, 400, "pairing_code_invalid")
    blocked = httpx.post(f"{hub.url}/v1/pairing", json={"code": right})
    assert_problem(blocked, 429, "too_many_attempts")
    assert 0 < int(blocked.headers["Retry-After"]) <= PAIRING.window.total_seconds()
    later = datetime.now(UTC) + PAIRING.window + timedelta(seconds=1)
    hub.set_clock(lambda: later)  # the hub's clock, not a sleep
    assert httpx.post(f"{hub.url}/v1/pairing", json={"code": right}).status_code == 201


def test_wrong_pickup_codes_are_counted_by_every_hub_process(
    hub: RunningHub, hub_db_url: str, device: dict[str, Any], till: httpx.Client
) -> None:
    second = start_hub(hub_db_url)  # another pos-hub on the same database
    try:
        guess = {"code": "AAAAAA", "surname": "Nowak"}
        with client(second, device) as there:
            for i in range(PICKUP_CODE.misses):
                guesser = till if i % 2 else there
                assert_problem(
                    guesser.post("/v1/pickup-orders/verify", json=guess),
                    404,
                    "pickup_code_invalid",
                )
            for guesser in (till, there):
                blocked = guesser.post("/v1/pickup-orders/verify", json=guess)
                assert_problem(blocked, 429, "too_many_attempts")
            with hub.db.read() as conn:
                rows = conn.execute(
                    text("SELECT kind, subject FROM failed_attempts ORDER BY id")
                ).all()
            assert [tuple(r) for r in rows] == [("pickup_code", device["device_id"])] * 5
            later = datetime.now(UTC) + PICKUP_CODE.window + timedelta(seconds=1)
            second.set_clock(lambda: later)
            assert_problem(
                there.post("/v1/pickup-orders/verify", json=guess), 404, "pickup_code_invalid"
            )
    finally:
        second.stop()


# --- typed codes with any surname -----------------------------------------------------------


@pytest.mark.parametrize(
    ("stored", "typed"),
    [
        ("Шевченко", "шевченко"),
        ("Шевченко", "ШЕВЧЕНКО"),
        ("Бойко", unicodedata.normalize("NFD", "бойко")),  # й typed decomposed
        ("Łukaszewicz", "LUKASZEWICZ"),
        ("Łukaszewicz", "łukaszewicz"),
        ("Gößmann", "GÖSSMANN"),
    ],
)
def test_a_typed_code_with_a_non_latin_surname_is_checked_not_a_500(
    till: httpx.Client, admin: httpx.Client, stored: str, typed: str
) -> None:
    pid = piece_in_stock(till, "STORE-001")
    placed = web_order(admin, [(pid, "1")], customer_surname=stored)
    order = placed["order"]
    push(till, event(order, "claim"), event(order, "ready", lines=picked_all(order)))
    code = placed["short_code"]
    other = till.post("/v1/pickup-orders/verify", json={"code": code, "surname": "Петренко"})
    assert_problem(other, 404, "pickup_code_invalid")
    right = till.post("/v1/pickup-orders/verify", json={"code": code, "surname": typed})
    assert right.status_code == 200, right.text
    assert right.json()["claimed_by"] == "TILL-01"
