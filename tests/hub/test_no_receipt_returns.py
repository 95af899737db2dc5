"""A return without a receipt at the hub: it names no sale, so the hub holds it to what the
till's domain makes (``pos.domain.no_receipt_return``): goods it sells, refunded in cash, with
a supervisor's approval of exactly that. Stock follows the restocked lines; a resend is a
duplicate."""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import Any

import httpx
import pytest

from pos.hub.embedded import RunningHub
from pos.hub.stock import product_stock
from tests.hub.builders import catalog_products, record
from tests.hub.conftest import STORE


def without_receipt(row: list[Any], quantity: str = "1", **changes: Any) -> dict[str, Any]:
    """What a till writes for one item of catalog ``row`` taken back with no receipt."""
    pid, sku, name, _cat, tax, sold_by, _active, price_minor, _codes = row
    amount = str((Decimal(price_minor) / 100 * Decimal(quantity)).quantize(Decimal("0.01")))
    doc: dict[str, Any] = {
        "schema": 1,
        "return_id": str(uuid.uuid4()),
        "original_sale_id": None,
        "without_receipt": True,
        "store_id": STORE,
        "till_id": "TILL-01",
        "cashier_id": "c-1",
        "currency": "PLN",
        "returned_at": "2026-01-02T10:00:00+00:00",
        "lines": [
            {"line_no": 1, "product_id": pid, "sku": sku, "name": name, "sold_by": sold_by,
             "quantity": quantity, "amount": amount, "tax_code": tax, "tax_rate": "0.23",
             "restock": True, "reason": "defective"}
        ],
        "total": amount,
        "refunds": [{"tender_id": str(uuid.uuid4()), "kind": "cash", "amount": amount,
                     "received": amount, "details": {}}],
        "approvals": [{"action": "return_without_receipt", "approver_id": "s-1",
                       "approved_at": "2026-01-02T09:59:00+00:00",
                       "detail": "return without a receipt"}],
    }  # fmt: skip
    doc.update(changes)
    return doc


def upload(till: httpx.Client, doc: dict[str, Any]) -> dict[str, Any]:
    response = till.post("/v1/documents/batches", json={"records": [record(doc, "return")]})
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()["results"][0]
    return result


def on_hand(hub: RunningHub, product_id: str) -> Decimal:
    here = product_stock(hub.db, product_id).locations
    return next(Decimal(loc.on_hand) for loc in here if loc.location_id == STORE)


@pytest.fixture
def piece(till: httpx.Client) -> list[Any]:
    return next(row for row in catalog_products(till, 200) if row[5] == "piece")


def test_an_approved_cash_return_of_goods_the_hub_sells_is_kept_once_and_restocks(
    hub: RunningHub, till: httpx.Client, piece: list[Any]
) -> None:
    before = on_hand(hub, piece[0])
    doc = without_receipt(piece, "2")

    assert upload(till, doc)["status"] == "accepted"
    assert upload(till, doc)["status"] == "duplicate"
    assert on_hand(hub, piece[0]) == before + 2


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"approvals": []}, "approval_missing"),
        (
            {
                "approvals": [
                    {
                        "action": "return",
                        "approver_id": "s-1",
                        "approved_at": "2026-01-02T09:59:00+00:00",
                        "detail": "x",
                    }
                ]
            },
            "approval_missing",
        ),
        ({"original_sale_id": str(uuid.uuid4())}, "unknown_sale"),
        ({"without_receipt": False}, "unknown_sale"),
    ],
    ids=["no approval", "another action's approval", "names a sale", "not flagged"],
)
def test_a_return_without_a_receipt_the_domain_would_not_make_is_refused(
    hub: RunningHub, till: httpx.Client, piece: list[Any], change: dict[str, Any], code: str
) -> None:
    before = on_hand(hub, piece[0])
    result = upload(till, without_receipt(piece, **change))
    assert (result["status"], result["code"]) == ("rejected", code)
    assert on_hand(hub, piece[0]) == before


def test_a_card_refund_or_goods_the_hub_does_not_sell_so_are_refused(
    till: httpx.Client, piece: list[Any]
) -> None:
    by_card = without_receipt(piece)
    by_card["refunds"][0]["kind"] = "card"
    assert upload(till, by_card)["code"] == "tenders_mismatch"

    unknown = without_receipt(piece)
    unknown["lines"][0]["product_id"] = "no-such-product"
    unknown["lines"][0]["restock"] = False  # not the stock check: the catalog's own
    assert upload(till, unknown)["code"] == "unknown_product"

    weighed = without_receipt(piece)
    weighed["lines"][0] |= {"sold_by": "weight", "quantity": "0.500", "restock": False}
    assert upload(till, weighed)["code"] == "unknown_product"
