"""``GET /v1/sales/{id}``: a till takes back an in-store sale made at another till of its store.

The hub answers the sale by its id with what has been returned of it so far - per original
line, summed over the returns of every till - and how many returns name it, so the till
offers no more than is left. A sale of another store, or of no store, is not found.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import httpx
import pytest

from pos.api.documents import ReturnedLine, SaleDocument
from pos.hub.embedded import RunningHub
from pos.sync.client import HubClient
from pos.sync.errors import Refused
from tests.hub.builders import catalog_products, record, sale_document
from tests.hub.conftest import STORE, pair
from tests.hub.test_pairing import assert_problem


def client(hub: RunningHub, store: str, till: str) -> httpx.Client:
    headers = {"Authorization": f"Bearer {pair(hub, store=store, till=till)['token']}"}
    return httpx.Client(base_url=hub.url, headers=headers, timeout=30)


@pytest.fixture
def till_b(hub: RunningHub) -> Iterator[httpx.Client]:
    """Another till (TILL-02) of the same store as ``till``."""
    with client(hub, STORE, "TILL-02") as other:
        yield other


@pytest.fixture
def other_store(hub: RunningHub) -> Iterator[httpx.Client]:
    """A till of STORE-002."""
    with client(hub, "STORE-002", "TILL-05") as other:
        yield other


def upload(till: httpx.Client, records: list[dict[str, Any]]) -> None:
    response = till.post("/v1/documents/batches", json={"records": records})
    assert response.status_code == 200, response.text
    assert response.json()["accepted"] == len(records), response.text


def a_sale(till: httpx.Client) -> dict[str, Any]:
    """A sale by TILL-01 of three pieces of one product and two of another, uploaded."""
    a, b = [row for row in catalog_products(till, 200) if row[5] == "piece"][:2]
    sale: dict[str, Any] = sale_document([(a, "3"), (b, "2")])
    upload(till, [record(sale)])
    return sale


def return_of(
    sale: dict[str, Any],
    till_id: str,
    taken: dict[int, str],
    amounts: dict[int, str] | None = None,
) -> dict[str, Any]:
    """A return by ``till_id`` of ``quantity`` pieces of each sale line ``line_no`` (refunded
    at the line's unit price, or the amount ``amounts`` names for the line, in cash)."""
    lines = []
    for n, (line_no, quantity) in enumerate(sorted(taken.items()), start=1):
        sold = sale["lines"][line_no - 1]
        amount = (amounts or {}).get(line_no) or str(
            Decimal(sold["unit_price"]) * Decimal(quantity)
        )
        lines.append(
            {"line_no": n, "product_id": sold["product_id"], "sku": sold["sku"],
             "name": sold["name"], "sold_by": sold["sold_by"], "quantity": quantity,
             "amount": amount, "tax_code": sold["tax_code"], "tax_rate": sold["tax_rate"],
             "original_line_no": line_no, "restock": True}
        )  # fmt: skip
    total = str(sum(Decimal(line["amount"]) for line in lines))
    return {
        "schema": 1,
        "return_id": str(uuid.uuid4()),
        "original_sale_id": sale["sale_id"],
        "store_id": STORE,
        "till_id": till_id,
        "cashier_id": "c-1",
        "currency": "PLN",
        "returned_at": "2026-01-02T10:00:00+00:00",
        "lines": lines,
        "total": total,
        "refunds": [{"tender_id": str(uuid.uuid4()), "kind": "cash", "amount": total,
                     "received": total, "details": {}}],
        "approvals": [],
    }  # fmt: skip


def as_served(sale: dict[str, Any]) -> dict[str, Any]:
    """The sale as the contract reads it back (times in UTC, unknown fields dropped)."""
    served: dict[str, Any] = SaleDocument.model_validate(sale).model_dump(
        mode="json", by_alias=True
    )
    return served


def test_another_till_of_the_store_finds_a_sale_with_nothing_returned_yet(
    till: httpx.Client, till_b: httpx.Client
) -> None:
    sale = a_sale(till)
    response = till_b.get(f"/v1/sales/{sale['sale_id']}")
    assert response.status_code == 200, response.text
    assert response.json() == {"sale": as_served(sale), "returned": [], "returns": 0}


def test_returns_of_every_till_are_summed_per_original_line(
    till: httpx.Client, till_b: httpx.Client
) -> None:
    sale = a_sale(till)
    price = [Decimal(line["unit_price"]) for line in sale["lines"]]
    upload(till, [record(return_of(sale, "TILL-01", {1: "1"}), "return")])
    upload(till_b, [record(return_of(sale, "TILL-02", {1: "1", 2: "2"}), "return")])
    body = till.get(f"/v1/sales/{sale['sale_id']}").json()
    assert body["returns"] == 2
    assert body["returned"] == [
        {"line_no": 1, "quantity": "2", "amount": str(price[0] * 2)},
        {"line_no": 2, "quantity": "2", "amount": str(price[1] * 2)},
    ]
    assert body["sale"] == as_served(sale)


def test_a_till_of_another_store_is_told_no_such_sale(
    till: httpx.Client, other_store: httpx.Client
) -> None:
    sale = a_sale(till)
    body = assert_problem(other_store.get(f"/v1/sales/{sale['sale_id']}"), 404, "not_found")
    unknown = assert_problem(other_store.get(f"/v1/sales/{uuid.uuid4()}"), 404, "not_found")
    assert body["title"] == unknown["title"]  # the same answer as for no sale at all


def test_an_unknown_sale_is_not_found_and_a_malformed_id_is_refused(till: httpx.Client) -> None:
    assert_problem(till.get(f"/v1/sales/{uuid.uuid4()}"), 404, "not_found")
    assert_problem(till.get("/v1/sales/no%20such%20id"), 422, "validation_failed")


def test_the_till_client_reads_a_sale_with_its_returns_over_http(
    hub: RunningHub, till: httpx.Client, device: dict[str, Any]
) -> None:
    sale = a_sale(till)
    upload(till, [record(return_of(sale, "TILL-01", {2: "1"}), "return")])
    with HubClient(hub.url, device["token"]) as hub_client:
        found = hub_client.sale(sale["sale_id"], timeout=10)
        assert found.sale == SaleDocument.model_validate(sale)
        amount = sale["lines"][1]["unit_price"]
        assert found.returned == [ReturnedLine(line_no=2, quantity="1", amount=amount)]
        assert found.returns == 1
        with pytest.raises(Refused) as refused:
            hub_client.sale(str(uuid.uuid4()))
    assert (refused.value.status, refused.value.problem_code) == (404, "not_found")


def test_a_return_in_the_same_batch_as_its_sale_is_checked_against_it(
    till: httpx.Client,
) -> None:
    a, b = [row for row in catalog_products(till, 200) if row[5] == "piece"][:2]
    sale: dict[str, Any] = sale_document([(a, "3"), (b, "2")])
    upload(till, [record(sale), record(return_of(sale, "TILL-01", {1: "1"}), "return")])
    too_much = return_of(sale, "TILL-01", {1: "3"})
    response = till.post("/v1/documents/batches", json={"records": [record(too_much, "return")]})
    assert response.json()["results"][0]["code"] == "return_too_much"


def test_a_till_cannot_take_back_another_stores_sale(
    till: httpx.Client, other_store: httpx.Client
) -> None:
    sale = a_sale(till)
    theirs = return_of(sale, "TILL-05", {1: "1"}) | {"store_id": "STORE-002"}
    response = other_store.post(
        "/v1/documents/batches", json={"records": [record(theirs, "return")]}
    )
    assert response.json()["results"][0]["code"] == "unknown_sale"
