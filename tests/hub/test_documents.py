"""Sales, returns and voids in batches: each id applied exactly once, a bad record rejected
with its reason while the rest of the batch goes through, stock moved at the till's store."""

from __future__ import annotations

import uuid
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal
from typing import Any

import httpx

from pos.api.documents import MAX_BATCH
from tests.hub.builders import catalog_products, record, sale_document, stock_at
from tests.hub.conftest import pair
from tests.hub.test_pairing import assert_problem


def upload(till: httpx.Client, records: list[dict[str, Any]]) -> dict[str, Any]:
    response = till.post("/v1/documents/batches", json={"records": records})
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def on_hand(till: httpx.Client, product_id: str, location: str = "STORE-001") -> Decimal:
    return Decimal(stock_at(till, product_id, location)["on_hand"])


def pieces(till: httpx.Client, n: int = 3) -> list[list[Any]]:
    return [row for row in catalog_products(till, 200) if row[5] == "piece"][:n]


def test_a_sale_takes_its_lines_off_the_store_stock_once(till: httpx.Client) -> None:
    a, b = pieces(till, 2)
    before = {row[0]: on_hand(till, row[0]) for row in (a, b)}
    web_before = on_hand(till, a[0], "WEB")
    sale = sale_document([(a, "2"), (b, "1"), (a, "1")])

    first = upload(till, [record(sale)])
    assert first == {
        "results": [{"id": sale["sale_id"], "status": "accepted", "code": None, "reason": None}],
        "accepted": 1,
        "duplicates": 0,
        "rejected": 0,
    }
    again = upload(till, [record(sale)])
    assert again["results"][0]["status"] == "duplicate"
    assert (again["accepted"], again["duplicates"]) == (0, 1)

    assert on_hand(till, a[0]) == before[a[0]] - 3
    assert on_hand(till, b[0]) == before[b[0]] - 1
    assert on_hand(till, a[0], "WEB") == web_before  # other locations untouched


def test_a_repeat_inside_one_batch_is_a_duplicate_too(till: httpx.Client) -> None:
    (a,) = pieces(till, 1)
    before = on_hand(till, a[0])
    sale = sale_document([(a, "1")])
    result = upload(till, [record(sale), record(sale)])
    assert [r["status"] for r in result["results"]] == ["accepted", "duplicate"]
    assert on_hand(till, a[0]) == before - 1


def test_a_weighed_sale_moves_exact_kilograms_and_voided_lines_move_nothing(
    till: httpx.Client,
) -> None:
    rows = catalog_products(till, 200)
    weighed = next(row for row in rows if row[5] == "weight")
    (piece,) = pieces(till, 1)
    before = {weighed[0]: on_hand(till, weighed[0]), piece[0]: on_hand(till, piece[0])}
    sale = sale_document([(weighed, "0.375"), (piece, "4")], void_lines=(2,))
    assert upload(till, [record(sale)])["accepted"] == 1
    assert on_hand(till, weighed[0]) == before[weighed[0]] - Decimal("0.375")
    assert on_hand(till, piece[0]) == before[piece[0]]


def test_a_poisoned_record_is_rejected_with_a_reason_and_the_rest_is_accepted(
    till: httpx.Client,
) -> None:
    a, b = pieces(till, 2)
    before = on_hand(till, a[0])
    good1, good2 = sale_document([(a, "1")]), sale_document([(a, "1")])
    broken = sale_document([(b, "1")])
    broken["total"] = "twelve"  # type: ignore[typeddict-item]
    result = upload(till, [record(good1), record(broken), record(good2)])
    assert [r["status"] for r in result["results"]] == ["accepted", "rejected", "accepted"]
    rejected = result["results"][1]
    assert rejected["id"] == broken["sale_id"]
    assert rejected["code"] == "invalid_document"
    assert "total" in rejected["reason"]
    assert on_hand(till, a[0]) == before - 2
    # the hub kept nothing of the rejected record: fixed, the same id is accepted
    broken["total"] = sale_document([(b, "1")])["total"]
    assert upload(till, [record(broken)])["results"][0]["status"] == "accepted"


def test_records_are_rejected_for_what_they_are(hub: Any, till: httpx.Client) -> None:
    (a,) = pieces(till, 1)
    before = on_hand(till, a[0])
    other_store = sale_document([(a, "1")], store_id="STORE-002")
    wrong_id = record(sale_document([(a, "1")]))
    wrong_id["id"] = str(uuid.uuid4())
    ghost = sale_document([(a, "1")])
    ghost["lines"][0]["product_id"] = str(uuid.uuid4())
    future_kind = {"id": str(uuid.uuid4()), "kind": "pickup_handover", "document": {}}
    result = upload(till, [record(other_store), wrong_id, record(ghost), future_kind])
    assert [(r["status"], r["code"]) for r in result["results"]] == [
        ("rejected", "wrong_store"),
        ("rejected", "id_mismatch"),
        ("rejected", "unknown_product"),
        ("rejected", "unknown_kind"),
    ]
    assert all(r["reason"] for r in result["results"])
    assert on_hand(till, a[0]) == before


def test_a_return_puts_restocked_goods_back(till: httpx.Client) -> None:
    a, b = pieces(till, 2)
    before = {row[0]: on_hand(till, row[0]) for row in (a, b)}
    sale = sale_document([(a, "2"), (b, "1")])
    assert upload(till, [record(sale)])["accepted"] == 1
    paid = [sale["lines"][0]["total"], sale["lines"][1]["total"]]
    line = {"sku": a[1], "name": a[2], "sold_by": "piece", "tax_code": a[4], "tax_rate": "0.23"}
    doc = {
        "schema": 1,
        "return_id": str(uuid.uuid4()),
        "original_sale_id": sale["sale_id"],
        "store_id": "STORE-001",
        "till_id": "TILL-01",
        "cashier_id": "c-1",
        "currency": "PLN",
        "returned_at": "2026-01-02T10:00:00+01:00",
        "lines": [
            {**line, "line_no": 1, "product_id": a[0], "quantity": "2", "amount": paid[0],
             "original_line_no": 1, "restock": True},
            {**line, "line_no": 2, "product_id": b[0], "quantity": "1", "amount": paid[1],
             "original_line_no": 2, "restock": False, "reason": "damaged"},
        ],
        "total": str(Decimal(paid[0]) + Decimal(paid[1])),
        "refunds": [
            {"tender_id": "t-1", "kind": "cash", "amount": str(Decimal(paid[0]) + Decimal(paid[1])),
             "received": str(Decimal(paid[0]) + Decimal(paid[1])), "details": {}}
        ],
        "approvals": [],
    }  # fmt: skip
    assert upload(till, [record(doc, "return")])["accepted"] == 1
    assert upload(till, [record(doc, "return")])["duplicates"] == 1
    assert on_hand(till, a[0]) == before[a[0]]  # sold 2, both back on the shelf
    assert on_hand(till, b[0]) == before[b[0]] - 1  # damaged: not restocked


def test_documents_are_kept_as_sent_for_the_back_office(
    till: httpx.Client, admin: httpx.Client, device: dict[str, Any]
) -> None:
    (a,) = pieces(till, 1)
    sales = [sale_document([(a, "1")]) for _ in range(3)]
    upload(till, [record(s) for s in sales])
    page = admin.get("/v1/admin/documents", params={"kind": "sale", "limit": 2}).json()
    rest = admin.get("/v1/admin/documents", params={"kind": "sale", "cursor": page["cursor"]})
    listed = page["documents"] + rest.json()["documents"]
    assert [d["id"] for d in listed] == [s["sale_id"] for s in sales]
    assert {(d["store_id"], d["till_id"], d["device_id"]) for d in listed} == {
        ("STORE-001", "TILL-01", device["device_id"])
    }
    one = admin.get(f"/v1/admin/documents/{sales[1]['sale_id']}").json()
    assert one["document"] == sales[1]


def test_tills_of_different_stores_move_their_own_stock(hub: Any, till: httpx.Client) -> None:
    (a,) = pieces(till, 1)
    other = pair(hub, store="STORE-002", till="TILL-05")
    headers = {"Authorization": f"Bearer {other['token']}"}
    before = {loc: on_hand(till, a[0], loc) for loc in ("STORE-001", "STORE-002")}
    sale = sale_document([(a, "2")], store_id="STORE-002", till_id="TILL-05")
    with httpx.Client(base_url=hub.url, headers=headers) as krakow:
        assert upload(krakow, [record(sale)])["accepted"] == 1
    assert on_hand(till, a[0], "STORE-002") == before["STORE-002"] - 2
    assert on_hand(till, a[0], "STORE-001") == before["STORE-001"]


def test_an_oversized_or_empty_batch_is_refused_whole(till: httpx.Client) -> None:
    (a,) = pieces(till, 1)
    sale = sale_document([(a, "1")])
    too_many = [record(sale)] * (MAX_BATCH + 1)
    response = till.post("/v1/documents/batches", json={"records": too_many})
    assert_problem(response, 413, "batch_too_large")
    assert_problem(
        till.post("/v1/documents/batches", json={"records": []}), 422, "validation_failed"
    )
    assert_problem(
        till.post("/v1/documents/batches", content=b"{not json"), 422, "validation_failed"
    )


def test_racing_uploads_of_the_same_records_apply_each_once(
    hub: Any, till: httpx.Client, device: dict[str, Any]
) -> None:
    a, b = pieces(till, 2)
    before = {row[0]: on_hand(till, row[0]) for row in (a, b)}
    sales = [record(sale_document([(a, "1"), (b, "2")])) for _ in range(40)]
    headers = {"Authorization": f"Bearer {device['token']}"}

    def push(_: int) -> dict[str, Any]:
        with httpx.Client(base_url=hub.url, headers=headers, timeout=60) as client:
            return upload(client, sales)

    with ThreadPoolExecutor(4) as pool:
        answers = list(pool.map(push, range(4)))
    assert sum(answer["accepted"] for answer in answers) == 40
    assert sum(answer["duplicates"] for answer in answers) == 3 * 40
    assert on_hand(till, a[0]) == before[a[0]] - 40
    assert on_hand(till, b[0]) == before[b[0]] - 80
