"""A real hub for every test: uvicorn on a loopback port 0, over a fresh SQLite file - and
over a fresh PostgreSQL database too when ``OMNITILL_TEST_POSTGRES_URL`` names a server (CI
starts one; locally those cases are skipped with the reason)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from pos.hub.embedded import RunningHub, start_hub
from pos.hub.key_file import KEY_DIR_ENV

POSTGRES_ENV = "OMNITILL_TEST_POSTGRES_URL"
STORE = "STORE-001"
TILL = "TILL-01"


@pytest.fixture(params=["sqlite", "postgresql"])
def hub_db_url(
    request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'hub.db'}"
        return
    server = os.environ.get(POSTGRES_ENV)
    if not server:
        pytest.skip(f"no PostgreSQL server: set {POSTGRES_ENV} (CI does) to run these cases")
    import psycopg  # only needed here

    monkeypatch.setenv(KEY_DIR_ENV, str(tmp_path / "keys"))  # no file to keep them next to
    from sqlalchemy.engine import make_url

    url = make_url(server)
    name = f"omnitill_test_{uuid.uuid4().hex[:12]}"
    plain = url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield url.set(database=name).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(plain, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def hub(hub_db_url: str) -> Iterator[RunningHub]:
    running = start_hub(hub_db_url, seed=True)
    try:
        yield running
    finally:
        running.stop()


@pytest.fixture
def admin(hub: RunningHub) -> Iterator[httpx.Client]:
    headers = {"Authorization": f"Bearer {hub.admin_token}"}
    with httpx.Client(base_url=hub.url, headers=headers, timeout=30) as client:
        yield client


def pair(hub: RunningHub, store: str = STORE, till: str = TILL) -> dict[str, Any]:
    """Pair a device the way a till does; returns the pairing answer (with its token)."""
    code = hub.pairing_code(store, till)
    response = httpx.post(f"{hub.url}/v1/pairing", json={"code": code, "device_name": "test"})
    assert response.status_code == 201, response.text
    result: dict[str, Any] = response.json()
    return result


@pytest.fixture
def device(hub: RunningHub) -> dict[str, Any]:
    """The pairing answer of this test's till (STORE-001 / TILL-01), token included."""
    return pair(hub)


@pytest.fixture
def till(hub: RunningHub, device: dict[str, Any]) -> Iterator[httpx.Client]:
    """The paired till's client: every request carries its device token."""
    headers = {"Authorization": f"Bearer {device['token']}"}
    with httpx.Client(base_url=hub.url, headers=headers, timeout=30) as client:
        yield client
