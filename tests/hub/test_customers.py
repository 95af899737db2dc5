"""Customers at the hub: the web shop gets a signed promo token, a paired till presenting it
gets the customer's view (recorded), every bad token or state is refused with its own code,
and a sale with the code links to the customer with exactly one redemption."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import text

from pos.api.customers import PROMO_TOKEN, PromoClaims, PromotionInfo
from pos.api.signed_tokens import SigningKey, issue
from pos.domain.promotions import AppliedPromotion
from pos.hub.customer_seed import AUTUMN10, DAIRY15, SUMMER20
from pos.hub.customers import masked_name
from pos.hub.embedded import RunningHub
from tests.hub.builders import catalog_products, record, sale_document
from tests.hub.conftest import pair
from tests.hub.test_pairing import assert_problem


def mint(admin: httpx.Client, customer: str = "CUST-0001", **extra: Any) -> dict[str, Any]:
    body = {"customer_id": customer, "promotion_id": AUTUMN10, **extra}
    response = admin.post("/v1/admin/promo-tokens", json=body)
    assert response.status_code == 201, response.text
    issued: dict[str, Any] = response.json()
    return issued


def view(till: httpx.Client, token: str, viewer: str = "anna") -> httpx.Response:
    return till.post("/v1/customer-views", json={"token": token, "viewer": viewer})


def test_a_minted_token_shows_the_customers_history_to_a_paired_till(
    hub: RunningHub, admin: httpx.Client, till: httpx.Client, device: dict[str, Any]
) -> None:
    issued = mint(admin)
    assert issued["qr_text"] == "omnitill:promo:" + issued["token"]
    response = view(till, issued["qr_text"])
    assert response.status_code == 200, response.text
    got = response.json()
    assert got["masked_name"] == "Zofia K." and got["tier"] == "gold" and got["points"] == 2450
    assert got["token_id"] == issued["token_id"] and got["uses_left"] == 1
    assert got["promotion"]["promotion_id"] == AUTUMN10
    viewed = [v["viewed_at"] for v in got["viewed"]]
    assert len(viewed) >= 10 and viewed == sorted(viewed, reverse=True)  # newest first
    assert {v["channel"] for v in got["viewed"]} <= {"web", "app"}
    assert "ser gouda" in [s["query"] for s in got["searches"]]
    assert got["cart"] and got["wishlist"] and got["orders"]
    assert {o["status"] for o in got["orders"]} & {"delivered", "ready", "collected", "paid"}
    products = {p["product_id"]: p for p in got["products"]}
    assert {v["product_id"] for v in got["viewed"]} <= set(products)
    for pid in got["suggested"]:  # related and in stock here
        assert pid in products and products[pid]["stock_here"] != "0"
        assert pid not in {v["product_id"] for v in got["viewed"]}
    some = next(iter(products.values()))
    assert {loc["location_id"] for loc in some["stock_elsewhere"]} == {
        "STORE-002",
        "STORE-003",
        "WEB",
    }
    assert "Kowalska" not in response.text and "example.pl" not in response.text
    with hub.db.read() as conn:
        seen = conn.execute(
            text("SELECT device_id, store_id, till_id, viewer, token_id FROM profile_views")
        ).all()
    assert [tuple(r) for r in seen] == [
        (device["device_id"], "STORE-001", "TILL-01", "anna", issued["token_id"])
    ]


def test_the_promotions_list_has_the_current_rules_only(till: httpx.Client) -> None:
    found = {p["promotion_id"] for p in till.get("/v1/promotions").json()["promotions"]}
    assert AUTUMN10 in found and DAIRY15 in found and SUMMER20 not in found


def test_only_a_paired_till_may_ask(hub: RunningHub, admin: httpx.Client) -> None:
    issued = mint(admin)
    anonymous = httpx.post(
        f"{hub.url}/v1/customer-views", json={"token": issued["token"], "viewer": "x"}
    )
    assert_problem(anonymous, 401, "token_missing")


def test_forged_truncated_and_foreign_tokens_are_refused(
    admin: httpx.Client, till: httpx.Client
) -> None:
    token = mint(admin)["token"]
    version, kid, payload, sig = token.split(".")
    other = "A" if sig[5] != "A" else "B"
    forged = ".".join((version, kid, payload, sig[:5] + other + sig[6:]))
    assert_problem(view(till, forged), 422, "token_forged")
    assert_problem(view(till, token[:-10]), 422, "token_malformed")
    assert_problem(view(till, "omnitill:promo:garbage"), 422, "token_malformed")
    now = datetime.now(UTC)
    claims = PromoClaims(customer="cr_x", promotion=AUTUMN10)
    stranger = issue(
        SigningKey.generate("evil"),
        PROMO_TOKEN,
        claims,
        not_before=now,
        expires_at=now + timedelta(hours=1),
    )
    assert_problem(view(till, stranger), 422, "token_unknown_key")


def test_expired_and_not_yet_valid_tokens_are_refused(
    admin: httpx.Client, till: httpx.Client
) -> None:
    past = (datetime.now(UTC) - timedelta(hours=3)).isoformat()
    future = (datetime.now(UTC) + timedelta(hours=3)).isoformat()
    expired = mint(admin, not_before=past, valid_hours=1)["token"]
    assert_problem(view(till, expired), 422, "token_expired")
    early = mint(admin, not_before=future)["token"]
    assert_problem(view(till, early), 422, "token_not_yet_valid")


def test_a_token_for_other_stores_is_refused_here(admin: httpx.Client, till: httpx.Client) -> None:
    token = mint(admin, stores=["STORE-002"])["token"]
    body = assert_problem(view(till, token), 403, "promo_wrong_store")
    assert "STORE-002" in body["detail"]


def test_a_customer_who_withdrew_consent_is_not_shown(
    hub: RunningHub, admin: httpx.Client, till: httpx.Client
) -> None:
    refused = admin.post(
        "/v1/admin/promo-tokens", json={"customer_id": "CUST-0005", "promotion_id": AUTUMN10}
    )
    assert_problem(refused, 403, "consent_withdrawn")
    token = mint(admin, "CUST-0002")["token"]
    with hub.db.write() as conn:  # withdrawn after the code was issued
        conn.execute(text("UPDATE customers SET consent_profile = false WHERE id = 'CUST-0002'"))
    assert_problem(view(till, token), 403, "consent_withdrawn")
    with hub.db.read() as conn:
        assert conn.execute(text("SELECT count(*) FROM profile_views")).scalar_one() == 0


def test_an_ended_promotion_cannot_be_minted(admin: httpx.Client) -> None:
    response = admin.post(
        "/v1/admin/promo-tokens", json={"customer_id": "CUST-0001", "promotion_id": SUMMER20}
    )
    assert_problem(response, 410, "promotion_ended")


def applied(hub_view: dict[str, Any], offline: bool = False) -> AppliedPromotion:
    rule = PromotionInfo.model_validate(hub_view["promotion"]).to_rule()
    return AppliedPromotion(
        rule, hub_view["customer_ref"], hub_view["token_id"], "A*** K.", offline
    )


def test_a_sale_with_the_code_is_linked_and_redeemed_exactly_once(
    hub: RunningHub, admin: httpx.Client, till: httpx.Client
) -> None:
    issued = mint(admin)
    shown = view(till, issued["token"]).json()
    rows = catalog_products(till, 20)
    doc = sale_document([(rows[0], "30"), (rows[1], "2")], promotion=applied(shown))
    assert doc["customer"]["promo_discount"] != "0.00"
    first = till.post("/v1/documents/batches", json={"records": [record(doc)]}).json()
    again = till.post("/v1/documents/batches", json={"records": [record(doc)]}).json()
    assert [(r["status"], r["redemption"]) for r in first["results"]] == [("accepted", "confirmed")]
    assert [(r["status"], r["redemption"]) for r in again["results"]] == [
        ("duplicate", "confirmed")
    ]
    listed = admin.get("/v1/admin/redemptions").json()["redemptions"]
    assert [(r["sale_id"], r["token_id"], r["status"]) for r in listed] == [
        (doc["sale_id"], issued["token_id"], "confirmed")
    ]
    with hub.db.read() as conn:
        order = conn.execute(
            text("SELECT customer_id, channel, status FROM customer_orders WHERE id = :id"),
            {"id": doc["sale_id"]},
        ).one()
        points = conn.execute(text("SELECT points FROM customers WHERE id = 'CUST-0001'"))
        assert tuple(order) == ("CUST-0001", "store", "paid")
        assert points.scalar_one() == 2450 + doc["customer"]["points_earned"]
    assert_problem(view(till, issued["token"]), 409, "promo_token_used")


def test_a_second_use_of_a_single_use_code_is_recorded_as_double_use(
    hub: RunningHub, admin: httpx.Client, till: httpx.Client
) -> None:
    issued = mint(admin)
    shown = view(till, issued["token"]).json()
    rows = catalog_products(till, 20)
    # two tills offline both honoured it: both sales stand, the second is reported
    docs = [sale_document([(rows[2], "40")], promotion=applied(shown, True)) for _ in range(2)]
    result = till.post("/v1/documents/batches", json={"records": [record(d) for d in docs]}).json()
    assert [r["redemption"] for r in result["results"]] == ["confirmed", "double_use"]
    doubles = admin.get("/v1/admin/redemptions", params={"status": "double_use"}).json()
    assert [r["sale_id"] for r in doubles["redemptions"]] == [docs[1]["sale_id"]]
    assert doubles["redemptions"][0]["offline"] is True


def test_names_are_masked() -> None:
    assert masked_name("Anna", "Kowalska") == "Anna K."
    assert masked_name("Cher", "") == "Cher"


def test_a_second_till_sees_the_view_recorded_under_its_own_name(
    hub: RunningHub, admin: httpx.Client
) -> None:
    other = pair(hub, "STORE-002", "TILL-09")
    headers = {"Authorization": f"Bearer {other['token']}"}
    with httpx.Client(base_url=hub.url, headers=headers, timeout=30) as client:
        assert view(client, mint(admin)["token"], "olga").status_code == 200
    with hub.db.read() as conn:
        row = conn.execute(text("SELECT store_id, till_id, viewer FROM profile_views")).one()
    assert tuple(row) == ("STORE-002", "TILL-09", "olga")


@pytest.mark.parametrize("customer", ["CUST-0001", "CUST-0002", "CUST-0003", "CUST-0004"])
def test_every_demo_customer_has_a_rich_history(
    admin: httpx.Client, till: httpx.Client, customer: str
) -> None:
    got = view(till, mint(admin, customer)["token"]).json()
    assert len(got["viewed"]) >= 8 and len(got["searches"]) >= 2 and len(got["orders"]) >= 3
    assert got["suggested"]


def test_the_web_shop_keeps_customers_promotions_and_browsing_through_the_admin_api(
    admin: httpx.Client, till: httpx.Client
) -> None:
    rows = catalog_products(till, 5)
    now = datetime.now(UTC)
    created = admin.put(
        "/v1/admin/customers/CUST-9001",
        json={
            "first_name": "Ewa",
            "last_name": "Mazur",
            "email": "ewa@example.pl",
            "tier": "silver",
            "points": 10,
        },
    )
    assert created.status_code == 200, created.text
    ref = created.json()["customer_ref"]
    assert ref.startswith("cr_") and "Ewa" not in ref
    events = [
        {"kind": "view", "product_id": rows[0][0], "at": (now - timedelta(hours=2)).isoformat()},
        {"kind": "view", "product_id": rows[1][0], "channel": "app", "at": now.isoformat()},
        {"kind": "search", "query": "kawa", "at": now.isoformat()},
        {"kind": "cart", "product_id": rows[2][0], "quantity": "2", "at": now.isoformat()},
    ]
    added = admin.post("/v1/admin/customers/CUST-9001/events", json={"events": events})
    assert added.json() == {"changed": 4}
    promotion = {
        "promotion_id": "WEB5",
        "name": "Web 5 off",
        "kind": "amount",
        "value": "5.00",
        "target": "basket",
        "min_spend": "20",
        "valid_from": now.isoformat(),
        "valid_until": (now + timedelta(days=3)).isoformat(),
    }
    assert admin.put("/v1/admin/promotions/WEB5", json=promotion).status_code == 200
    assert "WEB5" in {p["promotion_id"] for p in till.get("/v1/promotions").json()["promotions"]}
    issued = admin.post(
        "/v1/admin/promo-tokens", json={"customer_id": "CUST-9001", "promotion_id": "WEB5"}
    ).json()
    got = view(till, issued["token"]).json()
    assert got["masked_name"] == "Ewa M." and got["customer_ref"] == ref
    assert [v["product_id"] for v in got["viewed"]] == [rows[1][0], rows[0][0]]  # newest first
    assert [s["query"] for s in got["searches"]] == ["kawa"]
    assert [(c["product_id"], c["quantity"]) for c in got["cart"]] == [(rows[2][0], "2")]
    withdrawn = admin.put(
        "/v1/admin/customers/CUST-9001", json={"first_name": "Ewa", "consent_profile": False}
    )
    assert withdrawn.json()["customer_ref"] == ref  # the same customer
    assert_problem(view(till, issued["token"]), 403, "consent_withdrawn")


def test_bad_admin_input_changes_nothing(admin: httpx.Client, hub: RunningHub) -> None:
    now = datetime.now(UTC).isoformat()
    unknown = admin.post(
        "/v1/admin/customers/NOBODY/events",
        json={"events": [{"kind": "search", "query": "x", "at": now}]},
    )
    assert_problem(unknown, 404, "not_found")
    mixed = admin.post(
        "/v1/admin/customers/CUST-0001/events",
        json={
            "events": [{"kind": "search", "query": "ok", "at": now}, {"kind": "view", "at": now}]
        },
    )
    assert_problem(mixed, 422, "validation_failed")
    no_product = admin.post(
        "/v1/admin/customers/CUST-0001/events",
        json={"events": [{"kind": "view", "product_id": "no-such", "at": now}]},
    )
    assert_problem(no_product, 404, "not_found")
    with hub.db.read() as conn:
        searched = conn.execute(
            text("SELECT count(*) FROM browsing_events WHERE query = 'ok'")
        ).scalar_one()
    assert searched == 0
    broken = {
        "promotion_id": "BAD",
        "name": "x",
        "kind": "percent",
        "value": "150",
        "target": "basket",
        "valid_from": now,
        "valid_until": now,
    }
    assert_problem(admin.put("/v1/admin/promotions/BAD", json=broken), 422, "validation_failed")
    other = {**broken, "value": "10", "valid_until": "2099-01-01T00:00:00Z"}
    assert_problem(admin.put("/v1/admin/promotions/OTHER", json=other), 422, "validation_failed")
