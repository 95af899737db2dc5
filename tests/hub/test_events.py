"""The event stream tells a till about changes within seconds: changes made through the API,
sales uploaded by other tills, and changes made by ``pos-hub`` commands in another process."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import httpx

from pos.hub.embedded import RunningHub
from tests.hub.builders import catalog_products, record, sale_document
from tests.hub.conftest import pair
from tests.hub.sse import ServerEvent, events, wait_for
from tests.hub.test_pairing import assert_problem

TIMEOUT = httpx.Timeout(30, read=15)  # the stream sends a keep-alive every 10 s


def stream(hub: RunningHub, token: str, **params: Any) -> Any:
    return httpx.stream(
        "GET",
        f"{hub.url}/v1/events",
        params=params,
        headers={"Authorization": f"Bearer {token}"},
        timeout=TIMEOUT,
    )


def is_type(kind: str) -> Any:
    return lambda event: event.type == kind


def test_a_price_change_reaches_a_listening_till_within_seconds(
    hub: RunningHub, device: dict[str, Any], admin: httpx.Client
) -> None:
    with stream(hub, device["token"]) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        received = events(response)
        hello, _ = wait_for(received, is_type("hub.hello"), timeout=5)
        assert hello.data["hub_id"] == hub.db.hub_id
        product_id = _any_product(hub, device)
        change = {"items": [{"product_id": product_id, "price_minor": 5}]}
        assert admin.post("/v1/admin/prices", json=change).status_code == 200
        event, seconds = wait_for(received, is_type("catalog.changed"), timeout=5)
    assert seconds < 2
    assert int(event.id or 0) > hello.data["last_event_id"]
    assert event.data["type"] == "catalog.changed" and event.data["at"].endswith("Z")


def test_another_tills_sale_announces_a_stock_change_at_its_store(
    hub: RunningHub, till: httpx.Client
) -> None:
    other = pair(hub, store="STORE-002", till="TILL-02")
    listener = pair(hub, store="STORE-002", till="TILL-03")  # a till hears its own store
    row = next(r for r in catalog_products(till, 300) if r[5] == "piece")
    with stream(hub, listener["token"]) as response:
        received = events(response)
        wait_for(received, is_type("hub.hello"), timeout=5)
        sale = sale_document([(row, "1")], store_id="STORE-002", till_id="TILL-02")
        headers = {"Authorization": f"Bearer {other['token']}"}
        uploaded = httpx.post(
            f"{hub.url}/v1/documents/batches", json={"records": [record(sale)]}, headers=headers
        )
        assert uploaded.json()["accepted"] == 1
        event, _ = wait_for(received, is_type("stock.changed"), timeout=5)
    assert event.data["data"] == {"locations": ["STORE-002"]}


def test_a_change_made_by_a_command_in_another_process_is_announced(
    hub: RunningHub, hub_db_url: str, device: dict[str, Any], till: httpx.Client
) -> None:
    sku = catalog_products(till, 1)[0][1]
    with stream(hub, device["token"]) as response:
        received = events(response)
        wait_for(received, is_type("hub.hello"), timeout=5)
        command = [sys.executable, "-m", "pos.hub", "--db", hub_db_url, "price", sku, "3.99"]
        done = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)
        assert done.returncode == 0, done.stderr
        _, seconds = wait_for(received, is_type("catalog.changed"), timeout=10)
    assert seconds < 5  # polled about once a second
    page = till.get("/v1/feeds/catalog", params={"limit": 5000}).json()
    assert next(r for r in page["products"] if r[1] == sku)[7] == 399


def test_a_till_that_reconnects_gets_what_it_missed(
    hub: RunningHub, device: dict[str, Any], admin: httpx.Client
) -> None:
    with stream(hub, device["token"]) as response:
        hello, _ = wait_for(events(response), is_type("hub.hello"), timeout=5)
    last = hello.data["last_event_id"]
    change = {"product_id": _any_product(hub, device), "location_id": "STORE-001", "delta": "1"}
    admin.post("/v1/admin/stock", json={"items": [change]})
    admin.put("/v1/admin/categories/toys", json={"name": "Toys"})
    headers = {"Last-Event-ID": str(last)}
    with httpx.stream(
        "GET",
        f"{hub.url}/v1/events",
        headers={"Authorization": f"Bearer {device['token']}", **headers},
        timeout=TIMEOUT,
    ) as response:
        received = events(response)
        missed: list[ServerEvent] = []
        wait_for(received, lambda e: missed.append(e) or e.type == "catalog.changed", timeout=5)
    assert [e.type for e in missed] == ["hub.hello", "stock.changed", "catalog.changed"]
    assert [int(e.id or 0) for e in missed[1:]] == [last + 1, last + 2]


def _any_product(hub: RunningHub, device: dict[str, Any]) -> str:
    headers = {"Authorization": f"Bearer {device['token']}"}
    page = httpx.get(f"{hub.url}/v1/feeds/catalog", params={"limit": 1}, headers=headers)
    product_id: str = page.json()["products"][0][0]
    return product_id


def test_revoking_a_device_ends_its_stream(
    hub: RunningHub, device: dict[str, Any], admin: httpx.Client
) -> None:
    with stream(hub, device["token"]) as response:
        received = events(response)
        wait_for(received, is_type("hub.hello"), timeout=5)
        admin.post(f"/v1/admin/devices/{device['device_id']}/revoke")
        event, _ = wait_for(received, is_type("device.revoked"), timeout=5)
        assert event.data["data"] == {"device_id": device["device_id"]}
        assert list(received) == []  # the hub closed the stream
    assert_problem(stream_status(hub, device["token"]), 401, "token_revoked")


def stream_status(hub: RunningHub, token: str) -> httpx.Response:
    with stream(hub, token) as response:
        response.read()
        return response
