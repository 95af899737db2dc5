"""The cache tells its outbox watchers (the sync engine) after every commit that queued a
record, whatever the kind, so nothing written to the outbox waits for a poll."""

from __future__ import annotations

import pytest

import pos.store.sales as sales_module
from pos.store import (
    Database,
    OutboxRepository,
    PickupRepository,
    ReturnRepository,
    SalesRepository,
)

from .builders import SaleFactory
from .test_sales import void_of


@pytest.fixture
def told(db: Database) -> list[str]:
    calls: list[str] = []
    db.watch_outbox(lambda: calls.append("queued"))
    return calls


def test_every_kind_of_record_tells_the_watchers_once_per_commit(
    db: Database, make_sale: SaleFactory, told: list[str]
) -> None:
    sales = SalesRepository(db)
    doc = make_sale()
    sales.record_completed(doc)
    assert told == ["queued"]
    sales.record_voided(void_of(doc))
    pickup = PickupRepository(db)
    pickup.record_event({"event_id": "ev-1", "order_id": "order-1"}, "picking", None)
    ReturnRepository(db).record({"return_id": "ret-1", "original_sale_id": "order-1", "lines": []})
    OutboxRepository(db).enqueue("shift", "shift-1", {})
    assert len(told) == 5
    assert sorted(i.kind for i in OutboxRepository(db).pending()) == sorted(
        ["sale", "sale_void", "pickup_event", "return", "shift"]
    )


def test_a_repeat_that_queues_nothing_tells_no_one(
    db: Database, make_sale: SaleFactory, told: list[str]
) -> None:
    sales = SalesRepository(db)
    doc = make_sale()
    sales.record_completed(doc)
    sales.record_completed(doc)  # idempotent: nothing new in the outbox
    assert told == ["queued"]


def test_a_rolled_back_sale_tells_no_one(
    db: Database, make_sale: SaleFactory, told: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def then_fail(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(sales_module, "record_redemption", then_fail)
    doc = make_sale()
    doc["customer"] = {"token_id": "t"}  # type: ignore[typeddict-unknown-key]
    with pytest.raises(RuntimeError):
        SalesRepository(db).record_completed(doc)
    assert told == []
    assert OutboxRepository(db).counts()["pending"] == 0


def test_a_failing_watcher_never_fails_the_committed_sale(
    db: Database, make_sale: SaleFactory, caplog: pytest.LogCaptureFixture
) -> None:
    def broken() -> None:
        raise RuntimeError("watcher bug")

    stop = db.watch_outbox(broken)
    doc = make_sale()
    assert SalesRepository(db).record_completed(doc) == 1
    assert "outbox watcher" in caplog.text
    stop()
    SalesRepository(db).record_completed(make_sale())
