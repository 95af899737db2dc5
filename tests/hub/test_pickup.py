"""Click & collect at the hub: a web order reserves its stock, tills move it through its states
by idempotent events, the customer is notified when it is ready, the typed code is checked
with the surname, and stock reconciles whichever way the order ends."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import httpx
import pytest

from pos.hub.embedded import RunningHub
from pos.hub.pickup import expire_due
from tests.hub.builders import catalog_products, record, sale_document, stock_at
from tests.hub.conftest import pair
from tests.hub.test_pairing import assert_problem


def in_stock(till: httpx.Client, n: int, sold_by: str = "piece") -> list[list[Any]]:
    """``n`` products of the catalog with at least 5 available at STORE-001."""
    found = []
    for row in catalog_products(till, 400):
        if row[5] == sold_by and Decimal(stock_at(till, row[0])["available"]) >= 5:
            found.append(row)
            if len(found) == n:
                return found
    raise AssertionError("the demo data has too little stock")


def web_order(
    admin: httpx.Client, items: list[tuple[str, str]], *, paid: bool = True, **extra: Any
) -> dict[str, Any]:
    body = {
        "order_id": extra.pop("order_id", f"WEB-{uuid.uuid4().hex[:10]}"),
        "store_id": extra.pop("store_id", "STORE-001"),
        "customer_first_name": "Anna",
        "customer_surname": "Wiśniewska",
        "contact": "anna@example.com",
        "lines": [{"product_id": p, "quantity": q} for p, q in items],
        "paid_online": paid,
        **extra,
    }
    response = admin.post("/v1/admin/pickup-orders", json=body)
    assert response.status_code in (200, 201), response.text
    placed: dict[str, Any] = response.json()
    return placed


def event(
    order: dict[str, Any], action: str, till: str = "TILL-01", **fields: Any
) -> dict[str, Any]:
    doc = {
        "schema": 1,
        "event_id": str(uuid.uuid4()),
        "order_id": order["order_id"],
        "action": action,
        "store_id": "STORE-001",
        "till_id": till,
        "clerk_id": "clerk-1",
        "at": datetime.now(UTC).isoformat(),
        **fields,
    }
    return {"id": doc["event_id"], "kind": "pickup_event", "document": doc}


def push(till: httpx.Client, *records: dict[str, Any]) -> list[dict[str, Any]]:
    response = till.post("/v1/documents/batches", json={"records": list(records)})
    assert response.status_code == 200, response.text
    results: list[dict[str, Any]] = response.json()["results"]
    return results


def picked_all(order: dict[str, Any]) -> list[dict[str, Any]]:
    return [{"line_no": ln["line_no"], "picked": ln["quantity"]} for ln in order["lines"]]


def order_now(till: httpx.Client, order: dict[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = till.get(f"/v1/pickup-orders/{order['order_id']}").json()
    return found


def levels(till: httpx.Client, product_id: str) -> tuple[Decimal, Decimal]:
    level = stock_at(till, product_id)
    return Decimal(level["on_hand"]), Decimal(level["reserved"])


def test_a_web_order_reserves_its_stock_and_reaches_the_stores_feed(
    till: httpx.Client, admin: httpx.Client
) -> None:
    a, b = in_stock(till, 2)
    before_a, before_b = levels(till, a[0]), levels(till, b[0])
    placed = web_order(admin, [(a[0], "2"), (b[0], "1")])
    order = placed["order"]
    assert order["state"] == "new" and order["number"].startswith("W-")
    assert len(placed["short_code"]) == 6
    assert order["customer_initials"] == "AW" and order["customer_masked"] == "W********a"
    assert levels(till, a[0]) == (before_a[0], before_a[1] + 2)
    assert levels(till, b[0]) == (before_b[0], before_b[1] + 1)
    page = till.get("/v1/feeds/pickup").json()
    assert [o["order_id"] for o in page["orders"]] == [order["order_id"]]
    assert "Wiśniewska" not in str(page) and "anna@example.com" not in str(page)
    again = till.get("/v1/feeds/pickup", params={"cursor": page["cursor"]}).json()
    assert again["orders"] == []
    repeat = web_order(admin, [(a[0], "2"), (b[0], "1")], order_id=order["order_id"])
    assert repeat["short_code"] == placed["short_code"]
    assert levels(till, a[0]) == (before_a[0], before_a[1] + 2)  # reserved once


def test_an_order_the_store_cannot_fill_is_not_placed(
    till: httpx.Client, admin: httpx.Client
) -> None:
    (a,) = in_stock(till, 1)
    on_hand, reserved = levels(till, a[0])
    too_many = str(int(on_hand - reserved) + 1)
    body = {
        "order_id": "WEB-TOO-MANY",
        "store_id": "STORE-001",
        "customer_first_name": "Jan",
        "customer_surname": "Nowak",
        "contact": "+48500100200",
        "lines": [{"product_id": a[0], "quantity": too_many}],
        "paid_online": True,
    }
    assert_problem(admin.post("/v1/admin/pickup-orders", json=body), 409, "insufficient_stock")
    assert levels(till, a[0]) == (on_hand, reserved)
    assert till.get("/v1/feeds/pickup").json()["orders"] == []


def test_picking_ready_and_collection_paid_online(
    hub: RunningHub, till: httpx.Client, admin: httpx.Client
) -> None:
    a, b = in_stock(till, 2)
    before_a, before_b = levels(till, a[0]), levels(till, b[0])
    order = web_order(admin, [(a[0], "2"), (b[0], "1")])["order"]
    claim = event(order, "claim")
    assert [r["status"] for r in push(till, claim, claim)] == ["accepted", "duplicate"]
    assert order_now(till, order)["claimed_by"] == "TILL-01"

    ready = event(order, "ready", lines=picked_all(order), bags=2)
    assert push(till, ready)[0]["status"] == "accepted"
    now = order_now(till, order)
    assert (now["state"], now["bags"], now["claimed_by"]) == ("ready", 2, None)
    notes = admin.get("/v1/admin/notifications", params={"order_id": order["order_id"]}).json()
    (note,) = notes["notifications"]
    assert note["channel"] == "email" and note["contact"] == "anna@example.com"
    assert order["number"] in note["text"] and "ready" in note["text"]

    collect = event(
        order,
        "collect",
        collected=[{"line_no": 1, "collected": "2"}, {"line_no": 2, "collected": "1"}],
    )
    assert push(till, collect)[0]["status"] == "accepted"
    assert order_now(till, order)["state"] == "collected"
    assert levels(till, a[0]) == (before_a[0] - 2, before_a[1])
    assert levels(till, b[0]) == (before_b[0] - 1, before_b[1])
    assert push(till, collect)[0]["status"] == "duplicate"
    assert levels(till, a[0]) == (before_a[0] - 2, before_a[1])


def test_a_second_till_cannot_claim_or_hand_over_an_order(
    hub: RunningHub, till: httpx.Client, admin: httpx.Client
) -> None:
    other = pair(hub, till="TILL-02")
    headers = {"Authorization": f"Bearer {other['token']}"}
    with httpx.Client(base_url=hub.url, headers=headers, timeout=30) as till2:
        (a,) = in_stock(till, 1)
        order = web_order(admin, [(a[0], "1")])["order"]
        assert push(till, event(order, "claim"))[0]["status"] == "accepted"
        lost = push(till2, event(order, "claim", till="TILL-02"))[0]
        assert (lost["status"], lost["code"]) == ("rejected", "pickup_claimed")
        assert "TILL-01" in lost["reason"]
        push(till, event(order, "ready", lines=picked_all(order)))
        placed_code = web_order(admin, [(a[0], "1")], order_id=order["order_id"])["short_code"]
        check = {"code": placed_code.lower(), "surname": "WISNIEWSKA"}
        assert till2.post("/v1/pickup-orders/verify", json=check).status_code == 200
        assert_problem(till.post("/v1/pickup-orders/verify", json=check), 409, "pickup_claimed")
        late = push(till, event(order, "collect", collected=[{"line_no": 1, "collected": "1"}]))
        assert late[0]["code"] == "pickup_claimed"
        done = push(
            till2,
            event(order, "collect", till="TILL-02", collected=[{"line_no": 1, "collected": "1"}]),
        )
        assert done[0]["status"] == "accepted"
        again = push(till2, event(order, "claim", till="TILL-02"))[0]
        assert (again["code"], "collected" in again["reason"]) == ("pickup_state", True)


def test_the_typed_code_needs_the_surname_and_this_store(
    hub: RunningHub, till: httpx.Client, admin: httpx.Client
) -> None:
    (a,) = in_stock(till, 1)
    placed = web_order(admin, [(a[0], "1")])
    order, code = placed["order"], placed["short_code"]
    early = till.post("/v1/pickup-orders/verify", json={"code": code, "surname": "Wiśniewska"})
    assert "not ready" in assert_problem(early, 409, "pickup_state")["detail"]
    wrong = till.post("/v1/pickup-orders/verify", json={"code": code, "surname": "Nowak"})
    assert_problem(wrong, 404, "pickup_code_invalid")
    other = pair(hub, store="STORE-002", till="TILL-09")
    headers = {"Authorization": f"Bearer {other['token']}"}
    elsewhere = httpx.post(
        f"{hub.url}/v1/pickup-orders/verify",
        json={"code": code, "surname": "Wisniewska"},
        headers=headers,
    )
    assert "STORE-001" in assert_problem(elsewhere, 409, "pickup_wrong_store")["detail"]
    assert order_now(till, order)["claimed_by"] is None


def test_unpaid_orders_are_collected_with_their_sale_which_moves_the_stock_once(
    till: httpx.Client, admin: httpx.Client
) -> None:
    (a,) = in_stock(till, 1)
    on_hand, reserved = levels(till, a[0])
    order = web_order(admin, [(a[0], "2")], paid=False)["order"]
    push(till, event(order, "claim"), event(order, "ready", lines=picked_all(order)))
    lines = [{"line_no": 1, "collected": "2"}]
    refused = push(till, event(order, "collect", collected=lines))[0]
    assert (refused["code"], "unpaid" in refused["reason"]) == ("pickup_state", True)
    sale = sale_document([(a, "2")])
    results = push(
        till, record(sale), event(order, "collect", collected=lines, sale_id=sale["sale_id"])
    )
    assert [r["status"] for r in results] == ["accepted", "accepted"]
    assert order_now(till, order)["sale_id"] == sale["sale_id"]
    assert levels(till, a[0]) == (on_hand - 2, reserved)


def test_a_partial_collection_releases_the_rest(till: httpx.Client, admin: httpx.Client) -> None:
    a, b = in_stock(till, 2)
    before_a, before_b = levels(till, a[0]), levels(till, b[0])
    order = web_order(admin, [(a[0], "3"), (b[0], "1")])["order"]
    picks = [
        {"line_no": 1, "picked": "2", "short": True},
        {"line_no": 2, "picked": "1"},
    ]
    push(till, event(order, "claim"), event(order, "ready", lines=picks))
    now = order_now(till, order)
    assert (now["lines"][0]["picked"], now["lines"][0]["short"]) == ("2", True)
    too_much = push(till, event(order, "collect", collected=[{"line_no": 1, "collected": "3"}]))
    assert too_much[0]["code"] == "pickup_bad_pick"
    collected = [{"line_no": 1, "collected": "2"}, {"line_no": 2, "collected": "0"}]
    assert push(till, event(order, "collect", collected=collected))[0]["status"] == "accepted"
    assert order_now(till, order)["state"] == "partially_collected"
    assert levels(till, a[0]) == (before_a[0] - 2, before_a[1])
    assert levels(till, b[0]) == before_b


def test_a_consented_substitute_leaves_instead_of_the_ordered_item(
    till: httpx.Client, admin: httpx.Client
) -> None:
    a, b = in_stock(till, 2)
    before_a, before_b = levels(till, a[0]), levels(till, b[0])
    order = web_order(admin, [(a[0], "1")])["order"]
    sub = {
        "line_no": 1,
        "picked": "0",
        "short": True,
        "substitute_product_id": b[0],
        "substitute_quantity": "1",
        "substitute_consent": True,
    }
    push(till, event(order, "claim"), event(order, "ready", lines=[sub]))
    line = order_now(till, order)["lines"][0]
    assert (line["substitute_name"], line["substitute_consent"]) == (b[2], True)
    push(till, event(order, "collect", collected=[{"line_no": 1, "collected": "1"}]))
    assert order_now(till, order)["state"] == "collected"
    assert levels(till, a[0]) == before_a
    assert levels(till, b[0]) == (before_b[0] - 1, before_b[1])


def test_cancel_and_expiry_release_the_stock_and_refuse_later_steps(
    hub: RunningHub, till: httpx.Client, admin: httpx.Client
) -> None:
    (a,) = in_stock(till, 1)
    before = levels(till, a[0])
    cancelled = web_order(admin, [(a[0], "1")])["order"]
    push(till, event(cancelled, "claim"))
    assert admin.post(f"/v1/admin/pickup-orders/{cancelled['order_id']}/cancel").status_code == 200
    late = push(till, event(cancelled, "ready", lines=picked_all(cancelled)))[0]
    assert (late["code"], "cancelled" in late["reason"]) == ("pickup_state", True)
    assert levels(till, a[0]) == before

    soon = datetime.now(UTC) + timedelta(minutes=5)
    expiring = web_order(admin, [(a[0], "1")], collect_by=soon.isoformat())["order"]
    assert levels(till, a[0]) == (before[0], before[1] + 1)
    assert expire_due(hub.db, soon + timedelta(seconds=1)) == 1
    assert order_now(till, expiring)["state"] == "expired"
    assert levels(till, a[0]) == before
    states = {o["order_id"]: o["state"] for o in till.get("/v1/feeds/pickup").json()["orders"]}
    assert states == {cancelled["order_id"]: "cancelled", expiring["order_id"]: "expired"}


def test_the_web_shop_commands_place_cancel_and_show_notifications(
    hub: RunningHub, till: httpx.Client, capsys: pytest.CaptureFixture[str]
) -> None:
    from pos.hub.cli import main

    db_url = hub.db.engine.url.render_as_string(hide_password=False)
    a, b = in_stock(till, 2)
    assert main(["--db", db_url, "web-order", f"{a[1]}:2", b[8][0], "--unpaid"]) == 0
    placed = json.loads(capsys.readouterr().out)
    assert placed["state"] == "new" and placed["paid_online"] is False
    assert placed["qr"].startswith("omnitill:pickup:1.") and len(placed["short_code"]) == 6
    assert placed["lines"] == [f"2 x {a[2]}", f"1 x {b[2]}"]
    order = order_now(till, placed)
    push(till, event(order, "claim"), event(order, "ready", lines=picked_all(order)))
    assert main(["--db", db_url, "notifications", "--order", placed["number"]]) == 0
    shown = capsys.readouterr().out
    assert placed["number"] in shown and "anna.kowalska@example.com" in shown

    assert main(["--db", db_url, "cancel-order", placed["number"]]) == 0
    assert json.loads(capsys.readouterr().out)["state"] == "cancelled"
    assert main(["--db", db_url, "cancel-order", placed["number"]]) == 1
    assert "is cancelled" in capsys.readouterr().err
    assert main(["--db", db_url, "web-order", "NO-SUCH-SKU"]) == 1
    assert "Not found" in capsys.readouterr().err


def test_a_till_that_keeps_guessing_codes_is_made_to_wait(
    till: httpx.Client, admin: httpx.Client
) -> None:
    (a,) = in_stock(till, 1)
    placed = web_order(admin, [(a[0], "1")])
    order = placed["order"]
    push(till, event(order, "claim"), event(order, "ready", lines=picked_all(order)))
    for _ in range(5):
        wrong = till.post("/v1/pickup-orders/verify", json={"code": "AAAAAA", "surname": "X"})
        assert_problem(wrong, 404, "pickup_code_invalid")
    right = {"code": placed["short_code"], "surname": "Wiśniewska"}
    blocked = till.post("/v1/pickup-orders/verify", json=right)
    assert_problem(blocked, 429, "too_many_attempts")
    assert 0 < int(blocked.headers["Retry-After"]) <= 600
    assert order_now(till, order)["claimed_by"] is None
