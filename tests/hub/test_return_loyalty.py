"""A return of a sale made with a customer's promo code: the points earned on what came back
are reversed at the hub (their share of the money refunded, so partial returns add up to
exactly what was earned), the customer's order shows the return, and the code's redemption
is released - usable again - only when the whole sale has come back."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import httpx
from sqlalchemy import text

from pos.hub.embedded import RunningHub
from tests.hub.builders import catalog_products, record, sale_document
from tests.hub.test_customers import applied, mint, view
from tests.hub.test_sale_lookup import return_of, upload


def customer_state(hub: RunningHub, sale_id: str) -> tuple[int, str, str]:
    """(points of CUST-0001, the sale's order status, its redemption's status)."""
    with hub.db.read() as conn:
        points = conn.execute(text("SELECT points FROM customers WHERE id = 'CUST-0001'"))
        order = conn.execute(
            text("SELECT status FROM customer_orders WHERE id = :id"), {"id": sale_id}
        )
        redemption = conn.execute(
            text("SELECT status FROM redemptions WHERE sale_id = :id"), {"id": sale_id}
        )
        return int(points.scalar_one()), str(order.scalar_one()), str(redemption.scalar_one())


def a_promo_sale(admin: httpx.Client, till: httpx.Client) -> tuple[dict[str, Any], str]:
    issued = mint(admin)
    shown = view(till, issued["token"]).json()
    rows = [row for row in catalog_products(till, 200) if row[5] == "piece"]
    sale = sale_document([(rows[0], "4"), (rows[1], "2")], promotion=applied(shown))
    upload(till, [record(sale)])
    return sale, issued["token"]


def test_points_go_back_with_the_goods_and_the_code_is_released_when_all_is_back(
    hub: RunningHub, admin: httpx.Client, till: httpx.Client
) -> None:
    sale, token = a_promo_sale(admin, till)
    earned = sale["customer"]["points_earned"]
    assert earned > 0
    before, status, redeemed = customer_state(hub, sale["sale_id"])
    assert (status, redeemed) == ("paid", "confirmed")
    first = sale["lines"][0]
    half = (Decimal(first["total"]) / 2).quantize(Decimal("0.01"))
    upload(till, [record(return_of(sale, "TILL-01", {1: "2"}, {1: str(half)}), "return")])

    after_part, status, redeemed = customer_state(hub, sale["sale_id"])
    share = earned * int(half * 100) // int(Decimal(sale["total"]) * 100)
    assert before - after_part == share
    assert (status, redeemed) == ("part_returned", "confirmed")
    assert view(till, token).status_code == 409  # still used

    rest = {1: str(Decimal(first["total"]) - half), 2: sale["lines"][1]["total"]}
    upload(till, [record(return_of(sale, "TILL-01", {1: "2", 2: "2"}, rest), "return")])
    after_all, status, redeemed = customer_state(hub, sale["sale_id"])
    assert before - after_all == earned  # exactly what the sale earned, over both returns
    assert (status, redeemed) == ("returned", "released")
    assert view(till, token).status_code == 200  # the customer may use the code again


def test_a_refused_return_takes_no_points(
    hub: RunningHub, admin: httpx.Client, till: httpx.Client
) -> None:
    sale, _ = a_promo_sale(admin, till)
    before = customer_state(hub, sale["sale_id"])
    too_much = return_of(sale, "TILL-01", {1: "5"})  # four were sold
    result = till.post("/v1/documents/batches", json={"records": [record(too_much, "return")]})
    assert result.json()["rejected"] == 1
    assert customer_state(hub, sale["sale_id"]) == before
