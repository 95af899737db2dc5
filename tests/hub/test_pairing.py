"""Pairing: a one-time code becomes a device token; only a hash of it stays at the hub;
wrong, used, expired codes and missing, unknown or revoked tokens get a clear problem."""

from __future__ import annotations

import logging
from typing import Any

import httpx
import pytest
from sqlalchemy import text

from pos.api import PROBLEM_JSON
from pos.hub.devices import create_pairing_code
from pos.hub.embedded import RunningHub
from tests.hub.conftest import pair


def assert_problem(response: httpx.Response, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == PROBLEM_JSON
    body: dict[str, Any] = response.json()
    assert body["code"] == code
    assert body["type"] == f"urn:omnitill:problem:{code}"
    assert body["status"] == status
    assert body["title"] and body["detail"]
    return body


def test_a_paired_till_learns_its_store_till_and_location(
    hub: RunningHub, till: httpx.Client, device: dict[str, Any]
) -> None:
    assert device["token_type"] == "Bearer"
    me = till.get("/v1/device")
    assert me.status_code == 200
    assert me.json() == {k: v for k, v in device.items() if k not in ("token", "token_type")}
    assert me.json()["store_id"] == me.json()["location_id"] == "STORE-001"
    assert me.json()["till_id"] == "TILL-01"
    assert me.json()["currency"] == "PLN"
    assert me.json()["hub_id"] == hub.db.hub_id


def test_the_code_is_read_forgivingly(hub: RunningHub) -> None:
    code = hub.pairing_code("STORE-002", "TILL-07")
    sloppy = code.lower().replace("-", " ").replace("1", "l").replace("0", "o")
    response = httpx.post(f"{hub.url}/v1/pairing", json={"code": sloppy})
    assert response.status_code == 201, response.text
    assert (response.json()["store_id"], response.json()["till_id"]) == ("STORE-002", "TILL-07")


def test_a_code_pairs_once(hub: RunningHub) -> None:
    code = hub.pairing_code("STORE-001", "TILL-02")
    assert httpx.post(f"{hub.url}/v1/pairing", json={"code": code}).status_code == 201
    again = httpx.post(f"{hub.url}/v1/pairing", json={"code": code})
    assert_problem(again, 409, "pairing_code_used")


def test_a_wrong_code_pairs_nothing(hub: RunningHub) -> None:
    response = httpx.post(f"{hub.url}/v1/pairing", json={"code": "ZZZZ-ZZZZ"})
    assert_problem(response, 400, "pairing_code_invalid")
    with hub.db.read() as conn:
        assert conn.execute(text("SELECT count(*) FROM devices")).scalar_one() == 0


def test_an_expired_code_pairs_nothing(hub: RunningHub) -> None:
    code = create_pairing_code(hub.db, "STORE-001", "TILL-03", ttl_seconds=60)
    with hub.db.write() as conn:
        conn.execute(text("UPDATE pairing_codes SET expires_at = '2000-01-01T00:00:00.000000Z'"))
    response = httpx.post(f"{hub.url}/v1/pairing", json={"code": code.code})
    assert_problem(response, 410, "pairing_code_expired")


def test_a_code_is_only_made_for_a_store(admin: httpx.Client) -> None:
    response = admin.post("/v1/admin/pairing-codes", json={"store_id": "WEB", "till_id": "T"})
    assert_problem(response, 404, "not_found")
    made = admin.post("/v1/admin/pairing-codes", json={"store_id": "STORE-003", "till_id": "T"})
    assert made.status_code == 201
    assert len(made.json()["code"]) == 9


def test_requests_without_or_with_an_unknown_token_are_refused(hub: RunningHub) -> None:
    assert_problem(httpx.get(f"{hub.url}/v1/feeds/catalog"), 401, "token_missing")
    wrong = {"Authorization": "Bearer otd_not-a-token"}
    assert_problem(httpx.get(f"{hub.url}/v1/feeds/catalog", headers=wrong), 401, "token_invalid")


def test_a_revoked_token_is_refused_with_its_own_code(
    hub: RunningHub, till: httpx.Client, device: dict[str, Any], admin: httpx.Client
) -> None:
    assert till.get("/v1/locations").status_code == 200
    revoked = admin.post(f"/v1/admin/devices/{device['device_id']}/revoke")
    assert revoked.status_code == 200
    assert revoked.json()["revoked_at"] is not None
    body = assert_problem(till.get("/v1/locations"), 401, "token_revoked")
    assert "pair it again" in body["detail"]
    other = pair(hub, till="TILL-09")  # other devices go on
    headers = {"Authorization": f"Bearer {other['token']}"}
    assert httpx.get(f"{hub.url}/v1/locations", headers=headers).status_code == 200


def test_a_till_can_unpair_itself(till: httpx.Client) -> None:
    assert till.delete("/v1/device").status_code == 204
    assert_problem(till.get("/v1/device"), 401, "token_revoked")


def test_the_hub_keeps_only_a_hash_of_the_token_and_never_logs_it(
    hub: RunningHub, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    device = pair(hub)
    token = device["token"]
    headers = {"Authorization": f"Bearer {token}"}
    assert httpx.get(f"{hub.url}/v1/device", headers=headers).status_code == 200
    with hub.db.read() as conn:
        stored = conn.execute(text("SELECT token_hash FROM devices")).scalars().all()
    assert len(stored) == 1 and token not in stored[0] and len(stored[0]) == 64
    assert token not in caplog.text


def test_admin_endpoints_need_the_admin_token(hub: RunningHub, till: httpx.Client) -> None:
    response = httpx.get(f"{hub.url}/v1/admin/devices")
    assert_problem(response, 401, "admin_token_invalid")
    # a device token is not an admin token
    assert_problem(till.get("/v1/admin/devices"), 401, "admin_token_invalid")
