"""Endless aisle and reservations: one product's stock everywhere; held stock shows as
reserved (at the till's own store), is refused when short, and comes back on release or expiry."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import httpx

from pos.hub.embedded import RunningHub
from pos.hub.stock import expire_due
from tests.hub.builders import catalog_products, stock_at
from tests.hub.test_pairing import assert_problem


def test_the_endless_aisle_shows_every_location(till: httpx.Client) -> None:
    row = catalog_products(till, 1)[0]
    aisle = till.get(f"/v1/products/{row[0]}/stock").json()
    assert (aisle["product_id"], aisle["sku"], aisle["name"]) == (row[0], row[1], row[2])
    assert [loc["location_id"] for loc in aisle["locations"]] == [
        "STORE-001",
        "STORE-002",
        "STORE-003",
        "WEB",
    ]
    kinds = {loc["location_id"]: loc["kind"] for loc in aisle["locations"]}
    assert kinds["WEB"] == "warehouse" and kinds["STORE-002"] == "store"
    for loc in aisle["locations"]:
        assert Decimal(loc["available"]) == Decimal(loc["on_hand"]) - Decimal(loc["reserved"])
        assert loc["updated_at"].endswith("Z")
    assert aisle["as_of"].endswith("Z")


def test_the_endless_aisle_of_an_unknown_product_is_not_found(till: httpx.Client) -> None:
    assert_problem(till.get(f"/v1/products/{uuid.uuid4()}/stock"), 404, "not_found")


def test_a_location_without_stock_shows_zero(till: httpx.Client, admin: httpx.Client) -> None:
    new = {"sku": "NEW-1", "name": "New thing", "tax_code": "A", "price_minor": 100}
    pid = str(uuid.uuid4())
    assert admin.put(f"/v1/admin/products/{pid}", json=new).status_code == 200
    levels = till.get(f"/v1/products/{pid}/stock").json()["locations"]
    assert {(loc["on_hand"], loc["available"], loc["updated_at"]) for loc in levels} == {
        ("0", "0", None)
    }


def reservation(product_id: str, quantity: str, location: str = "STORE-001") -> dict[str, Any]:
    return {
        "reservation_id": str(uuid.uuid4()),
        "location_id": location,
        "lines": [{"product_id": product_id, "quantity": quantity}],
        "note": "customer collects tomorrow",
    }


def first_in_stock(till: httpx.Client) -> tuple[str, Decimal]:
    for row in catalog_products(till, 100):
        level = stock_at(till, row[0], "STORE-001")
        if row[5] == "piece" and Decimal(level["available"]) >= 3:
            return row[0], Decimal(level["available"])
    raise AssertionError("no product in stock at the till's store")


def test_a_reservation_holds_stock_and_a_repeat_is_the_same_reservation(
    till: httpx.Client,
) -> None:
    pid, available = first_in_stock(till)
    request = reservation(pid, "2")
    made = till.post("/v1/reservations", json=request)
    assert made.status_code == 201, made.text
    assert made.json()["state"] == "held"
    assert made.json()["lines"] == request["lines"]
    level = stock_at(till, pid, "STORE-001")
    assert (Decimal(level["reserved"]), Decimal(level["available"])) == (2, available - 2)

    repeat = till.post("/v1/reservations", json=request)
    assert repeat.status_code == 200
    assert repeat.json() == made.json()
    assert Decimal(stock_at(till, pid, "STORE-001")["reserved"]) == 2

    seen = till.get(f"/v1/reservations/{request['reservation_id']}")
    assert seen.json() == made.json()
    here = till.get("/v1/feeds/stock", params={"limit": 50_000}).json()
    assert [pid, "STORE-001", level["on_hand"], "2"] in here["stock"]


def test_a_reservation_for_more_than_is_free_holds_nothing(till: httpx.Client) -> None:
    pid, available = first_in_stock(till)
    too_much = reservation(pid, str(available + 1))
    body = assert_problem(till.post("/v1/reservations", json=too_much), 409, "insufficient_stock")
    assert body["shortages"] == [
        {"product_id": pid, "requested": str(available + 1), "available": str(available)}
    ]
    assert Decimal(stock_at(till, pid, "STORE-001")["reserved"]) == 0
    assert_problem(till.get(f"/v1/reservations/{too_much['reservation_id']}"), 404, "not_found")


def test_releasing_gives_the_stock_back_once(till: httpx.Client) -> None:
    pid, available = first_in_stock(till)
    request = reservation(pid, "3")
    till.post("/v1/reservations", json=request)
    released = till.delete(f"/v1/reservations/{request['reservation_id']}")
    assert released.json()["state"] == "released"
    again = till.delete(f"/v1/reservations/{request['reservation_id']}")
    assert again.json()["state"] == "released"
    level = stock_at(till, pid, "STORE-001")
    assert (Decimal(level["reserved"]), Decimal(level["available"])) == (0, available)


def test_an_expired_reservation_gives_the_stock_back(hub: RunningHub, till: httpx.Client) -> None:
    pid, available = first_in_stock(till)
    request = reservation(pid, "1") | {"hold_seconds": 60}
    till.post("/v1/reservations", json=request)
    assert expire_due(hub.db) == 0  # not yet
    assert expire_due(hub.db, datetime.now(UTC) + timedelta(seconds=61)) == 1
    assert till.get(f"/v1/reservations/{request['reservation_id']}").json()["state"] == "expired"
    assert Decimal(stock_at(till, pid, "STORE-001")["available"]) == available


def test_reservations_of_unknown_things_are_not_found(till: httpx.Client) -> None:
    pid, _ = first_in_stock(till)
    unknown_product = reservation(str(uuid.uuid4()), "1")
    assert_problem(till.post("/v1/reservations", json=unknown_product), 404, "not_found")
    nowhere = reservation(pid, "1", location="MOON")
    assert_problem(till.post("/v1/reservations", json=nowhere), 404, "not_found")
    negative = reservation(pid, "-1")
    assert_problem(till.post("/v1/reservations", json=negative), 422, "validation_failed")
