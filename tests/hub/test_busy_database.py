"""A stuck hub process cannot block the others indefinitely: PostgreSQL sessions carry a
lock timeout and a statement timeout, and a request that runs into one is answered
``503 unavailable`` with ``Retry-After`` (the till backs off and comes again), never 500.
Real PostgreSQL (skipped with the reason when the suite has none): another connection holds
the row lock every upload takes, as a stuck hub process would."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from pos.hub.db import LOCK_TIMEOUT_ENV, STATEMENT_TIMEOUT_ENV, open_hub_database
from pos.hub.embedded import RunningHub, start_hub
from tests.hub.builders import catalog_products, record, sale_document
from tests.hub.conftest import pair

postgresql_only = pytest.mark.parametrize("hub_db_url", ["postgresql"], indirect=True)


def settings(url: str) -> tuple[str, str]:
    db = open_hub_database(url)
    try:
        with db.read() as conn:
            row = conn.execute(
                text("SELECT current_setting('lock_timeout'), current_setting('statement_timeout')")
            ).one()
        return str(row[0]), str(row[1])
    finally:
        db.dispose()


@postgresql_only
def test_hub_sessions_get_a_lock_timeout_and_a_statement_timeout_by_default(
    hub_db_url: str,
) -> None:
    assert settings(hub_db_url) == ("5s", "30s")


@postgresql_only
def test_the_timeouts_are_configurable(hub_db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(LOCK_TIMEOUT_ENV, "1.5")
    monkeypatch.setenv(STATEMENT_TIMEOUT_ENV, "0")  # off
    assert settings(hub_db_url) == ("1500ms", "0")


@contextmanager
def documents_lock_held(url: str) -> Iterator[None]:
    """Another session holding the ``documents`` feed counter's row lock (every upload
    takes it) in an open transaction, as a stuck hub process would."""
    plain = make_url(url).set(drivername="postgresql").render_as_string(False)
    with psycopg.connect(plain) as conn:
        conn.execute("SELECT seq FROM feed_counters WHERE feed = 'documents' FOR UPDATE")
        yield
        conn.rollback()


@postgresql_only
@pytest.mark.parametrize(
    ("lock_timeout", "statement_timeout"), [("1", "30"), ("0", "1")], ids=["lock", "statement"]
)
def test_an_upload_waiting_on_a_stuck_lock_is_answered_503_with_retry_after_in_time(
    hub_db_url: str,
    monkeypatch: pytest.MonkeyPatch,
    lock_timeout: str,
    statement_timeout: str,
) -> None:
    monkeypatch.setenv(LOCK_TIMEOUT_ENV, lock_timeout)
    monkeypatch.setenv(STATEMENT_TIMEOUT_ENV, statement_timeout)
    hub: RunningHub = start_hub(hub_db_url, seed=True)
    try:
        device = pair(hub)
        headers = {"Authorization": f"Bearer {device['token']}"}
        with httpx.Client(base_url=hub.url, headers=headers, timeout=30) as till:
            row = next(r for r in catalog_products(till, 200) if r[5] == "piece")
            batch = {"records": [record(sale_document([(row, "1")]))]}
            with documents_lock_held(hub_db_url):
                started = time.monotonic()
                busy = till.post("/v1/documents/batches", json=batch)
                waited = time.monotonic() - started
            assert busy.status_code == 503, busy.text
            assert busy.headers["content-type"].startswith("application/problem+json")
            assert busy.json()["code"] == "unavailable"
            assert int(busy.headers["Retry-After"]) >= 1
            assert 0.9 <= waited < 5.0
            again = till.post("/v1/documents/batches", json=batch)  # the lock is gone
            assert again.status_code == 200, again.text
            assert [r["status"] for r in again.json()["results"]] == ["accepted"]
    finally:
        hub.stop()
