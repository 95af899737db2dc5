"""Completed sales are written atomically and once; parked sales; the receipt print queue."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy.exc import IntegrityError

import pos.store.sales as sales_module
from pos.domain.sale_document import SaleDoc, VoidDoc
from pos.store import Database, OutboxRepository, SalesRepository, verify_journal

from .builders import SaleFactory


def _counts(db: Database) -> dict[str, int]:
    with db.raw() as conn:
        return {
            table: int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
            for table in ("sales", "sale_lines", "sale_tenders", "journal", "outbox", "meta")
        }


def test_record_completed_writes_everything(db: Database, make_sale: SaleFactory) -> None:
    repo = SalesRepository(db)
    doc = make_sale(lines=3)
    receipt_no = repo.record_completed(doc)
    assert receipt_no == 1
    counts = _counts(db)
    assert counts["sales"] == 1
    assert counts["sale_lines"] == 3
    assert counts["sale_tenders"] == 1
    assert counts["journal"] == 1
    assert counts["outbox"] == 1
    stored = repo.get(doc["sale_id"])
    assert stored is not None
    assert stored.document == doc
    assert stored.receipt_no == 1
    assert stored.status == "completed"
    assert stored.total_minor == 2100  # 3 lines x 2 x 3.50
    assert stored.completed_at.isoformat() == "2024-05-01T08:02:00+00:00"
    with db.raw() as conn:
        line = conn.execute(
            "SELECT quantity, unit_price_minor, total_minor, tax_rate FROM sale_lines"
            " WHERE sale_id = ? AND line_no = 1",
            (doc["sale_id"],),
        ).fetchone()
        journal = conn.execute("SELECT kind, ref, payload FROM journal").fetchone()
    assert line == ("2", 350, 700, "0.23")
    assert journal[:2] == ("sale", doc["sale_id"])
    assert json.loads(journal[2]) == {"receipt_no": 1, "document": doc}
    [item] = OutboxRepository(db).pending()
    assert (item.kind, item.ref) == ("sale", doc["sale_id"])
    assert item.payload == {"receipt_no": 1, "document": doc}


def test_receipt_numbers_are_sequential_per_till(db: Database, make_sale: SaleFactory) -> None:
    repo = SalesRepository(db)
    numbers = [repo.record_completed(make_sale()) for _ in range(5)]
    assert numbers == [1, 2, 3, 4, 5]
    assert repo.record_completed(make_sale(till_id="TILL-02")) == 1
    assert repo.record_completed(make_sale()) == 6


def test_record_completed_is_idempotent(db: Database, make_sale: SaleFactory) -> None:
    repo = SalesRepository(db)
    doc = make_sale()
    first = repo.record_completed(doc)
    before = _counts(db)
    assert repo.record_completed(doc) == first
    assert _counts(db) == before
    assert repo.record_completed(make_sale()) == first + 1


def test_failure_mid_transaction_writes_nothing(
    db: Database, make_sale: SaleFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = SalesRepository(db)
    repo.record_completed(make_sale())
    before = _counts(db)

    def broken_outbox(*args: Any, **kwargs: Any) -> bool:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(sales_module, "enqueue", broken_outbox)
    doc = make_sale()
    with pytest.raises(RuntimeError, match="disk on fire"):
        repo.record_completed(doc)
    assert _counts(db) == before  # no sale, lines, tenders, journal entry or counter change
    assert repo.get(doc["sale_id"]) is None
    monkeypatch.undo()
    assert repo.record_completed(doc) == 2  # the number was not burnt


def test_duplicate_line_rolls_back_the_whole_sale(db: Database, make_sale: SaleFactory) -> None:
    repo = SalesRepository(db)
    doc = make_sale(lines=2)
    doc["lines"][1]["line_no"] = 1
    with pytest.raises(IntegrityError):
        repo.record_completed(doc)
    assert _counts(db) == {k: 0 for k in _counts(db)}


def test_malformed_amount_is_refused(db: Database, make_sale: SaleFactory) -> None:
    repo = SalesRepository(db)
    doc = make_sale()
    doc["total"] = "7.001"
    with pytest.raises(ValueError, match="minor units"):
        repo.record_completed(doc)
    doc = make_sale()
    doc["till_id"] = ""
    with pytest.raises(ValueError, match="till_id"):
        repo.record_completed(doc)
    assert _counts(db)["sales"] == 0


def test_journal_of_sales_verifies(db: Database, make_sale: SaleFactory) -> None:
    repo = SalesRepository(db)
    for _ in range(3):
        repo.record_completed(make_sale())
    with db.session() as s:
        report = verify_journal(s)
    assert report.ok and report.entries == 3


def void_of(doc: SaleDoc) -> VoidDoc:
    """The void document of the same sale (as ``Sale.void`` would write it)."""
    return {
        "schema": doc["schema"],
        "kind": "void",
        "sale_id": doc["sale_id"],
        "store_id": doc["store_id"],
        "till_id": doc["till_id"],
        "cashier_id": doc["cashier_id"],
        "currency": doc["currency"],
        "pricing": doc["pricing"],
        "started_at": doc["started_at"],
        "voided_at": doc["completed_at"],
        "reason": "customer left",
        "lines": doc["lines"],
        "cart_discount": doc["cart_discount"],
        "cart_discount_label": doc["cart_discount_label"],
        "total": doc["total"],
        "approvals": doc["approvals"],
    }


def test_void_of_a_completed_sale(db: Database, make_sale: SaleFactory) -> None:
    repo = SalesRepository(db)
    doc = make_sale()
    repo.record_completed(doc)
    repo.record_voided(void_of(doc))
    repo.record_voided(void_of(doc))  # idempotent
    stored = repo.get(doc["sale_id"])
    assert stored is not None and stored.status == "voided" and stored.receipt_no == 1
    assert [i.kind for i in OutboxRepository(db).pending()] == ["sale", "sale_void"]
    assert _counts(db)["journal"] == 2
    assert repo.last_completed() is None


def test_void_before_completion(db: Database, make_sale: SaleFactory) -> None:
    repo = SalesRepository(db)
    doc = make_sale()
    repo.record_voided(void_of(doc))
    stored = repo.get(doc["sale_id"])
    assert stored is not None and stored.status == "voided" and stored.receipt_no is None
    assert _counts(db)["sale_tenders"] == 0
    with pytest.raises(ValueError, match="voided"):
        repo.record_completed(doc)
    assert repo.record_completed(make_sale()) == 1


def test_last_completed(db: Database, make_sale: SaleFactory) -> None:
    repo = SalesRepository(db)
    assert repo.last_completed() is None
    first, second = make_sale(), make_sale()
    second["completed_at"] = "2024-05-01T10:05:00+02:00"
    repo.record_completed(first)
    repo.record_completed(second)
    last = repo.last_completed()
    assert last is not None and last.sale_id == second["sale_id"]
    assert repo.last_completed(till_id="TILL-99") is None


def test_park_and_recall(db: Database, make_sale: SaleFactory) -> None:
    repo = SalesRepository(db)
    doc = make_sale()
    parked_id = repo.park(doc)
    other = repo.park({"cashier_id": "c2", "lines": []})
    listed = repo.parked()
    assert [p.id for p in listed] == [parked_id, other]
    assert listed[0].cashier_id == "cashier-1"
    assert repo.recall(parked_id) == doc
    assert repo.recall(parked_id) is None
    assert [p.id for p in repo.parked()] == [other]


def test_receipt_print_queue(db: Database, make_sale: SaleFactory) -> None:
    repo = SalesRepository(db)
    a, b = make_sale(), make_sale()
    repo.record_completed(a)
    repo.record_completed(b)
    repo.queue_receipt(a["sale_id"], b"\x1b@receipt A")
    repo.queue_receipt(b["sale_id"], b"\x1b@receipt B")
    assert [r.sale_id for r in repo.pending_receipts()] == [a["sale_id"], b["sale_id"]]
    repo.mark_print_failed(a["sale_id"], "paper out")
    repo.mark_printed(b["sale_id"])
    [waiting] = repo.pending_receipts()
    assert waiting.sale_id == a["sale_id"]
    assert (waiting.state, waiting.last_error, waiting.attempts) == ("failed", "paper out", 1)
    assert waiting.data == b"\x1b@receipt A"
    repo.mark_printed(a["sale_id"])
    assert repo.pending_receipts() == []
    repo.queue_receipt(a["sale_id"], b"reprint")  # a reprint queues it again
    assert [r.data for r in repo.pending_receipts()] == [b"reprint"]


def test_outbox_states(db: Database, make_sale: SaleFactory) -> None:
    repo = SalesRepository(db)
    outbox = OutboxRepository(db)
    for _ in range(3):
        repo.record_completed(make_sale())
    assert outbox.enqueue("sale", "x", {}) is True
    assert outbox.enqueue("sale", "x", {"again": 1}) is False
    items = outbox.pending(limit=10)
    assert len(items) == 4
    assert [i.id for i in outbox.pending(limit=2)] == [items[0].id, items[1].id]
    outbox.mark_failed(items[0].id, "timeout")
    first = outbox.pending(limit=1)[0]
    assert (first.attempts, first.last_error) == (1, "timeout")
    assert outbox.mark_sent([items[0].id, items[1].id]) == 2
    outbox.poison(items[2].id, "422 invalid document")
    assert outbox.counts() == {"pending": 1, "sent": 2, "poisoned": 1}
    assert [i.id for i in outbox.pending()] == [items[3].id]
    assert outbox.mark_sent([]) == 0


def test_concurrent_writers_and_readers_get_unique_receipt_numbers(
    db: Database, make_sale: SaleFactory
) -> None:
    """BEGIN IMMEDIATE + busy_timeout: parallel writers serialise, readers are not blocked."""
    import threading

    repo = SalesRepository(db)
    numbers: list[int] = []
    errors: list[BaseException] = []
    lock = threading.Lock()

    def writer() -> None:
        try:
            for _ in range(10):
                n = repo.record_completed(make_sale())
                with lock:
                    numbers.append(n)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    def reader() -> None:
        try:
            for _ in range(50):
                repo.last_completed()
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=writer) for _ in range(3)]
    threads += [threading.Thread(target=reader) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert sorted(numbers) == list(range(1, 31))


def test_the_receipt_to_print_is_queued_in_the_sales_transaction(
    db: Database, make_sale: SaleFactory
) -> None:
    repo = SalesRepository(db)
    doc = make_sale()
    receipt_no = repo.record_completed(doc, lambda n: b"RECEIPT %d" % n)
    [queued] = repo.pending_receipts()
    assert (queued.sale_id, queued.data, queued.state) == (doc["sale_id"], b"RECEIPT 1", "pending")
    assert receipt_no == 1


def test_a_receipt_that_cannot_be_rendered_never_costs_the_sale(
    db: Database, make_sale: SaleFactory
) -> None:
    repo = SalesRepository(db)
    doc = make_sale()
    assert repo.record_completed(doc, lambda _n: None) == 1
    assert repo.get(doc["sale_id"]) is not None
    assert repo.pending_receipts() == []
