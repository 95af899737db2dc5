"""Completed, voided and parked sales, and the receipt print queue.

``record_completed`` is the till's most important write: in ONE ``BEGIN IMMEDIATE``
transaction it assigns the next receipt number of the till, writes the sale row (with the
SaleDoc as canonical JSON), its lines and tenders (extracted for reporting), a journal entry
and an outbox record. Either all of it is committed (and fsynced: ``synchronous=FULL``) or
none of it. It is idempotent on ``sale_id``.

Journal and outbox payloads are ``{"receipt_no": n, "document": <SaleDoc>}``, the very
document stored in ``sales.document``, so the three never disagree.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import Any, cast

from sqlalchemy import delete, func, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from pos.domain.sale_document import SaleDoc, TenderDoc, VoidDoc
from pos.store.db import Database
from pos.store.journal import append_entry
from pos.store.jsonutil import canonical_json
from pos.store.models import (
    Meta,
    ParkedSale,
    ReceiptPrint,
    Sale,
    SaleLine,
    SaleTender,
    iso_to_utc_text,
    parse_utc_text,
    utc_text,
)
from pos.store.outbox import enqueue
from pos.store.redemptions import record_redemption
from pos.store.returns import journal_return

# ISO 4217 currencies whose minor unit is not 2 digits (the rest default to 2).
MINOR_DIGITS = {"JPY": 0, "KRW": 0, "ISK": 0, "CLP": 0, "BHD": 3, "KWD": 3, "OMR": 3, "TND": 3}


def to_minor(amount: str, currency: str) -> int:
    """A decimal string amount as integer minor units; refuses anything not exact."""
    try:
        value = Decimal(amount)
    except InvalidOperation:
        raise ValueError(f"not a decimal amount: {amount!r}") from None
    if not value.is_finite():
        raise ValueError(f"not a finite amount: {amount!r}")
    scaled = value.scaleb(MINOR_DIGITS.get(currency, 2))
    if scaled != scaled.to_integral_value():
        raise ValueError(f"{amount!r} has more decimals than {currency} minor units")
    return int(scaled)


def _utc(dt: datetime) -> datetime:
    return dt.astimezone(UTC)


def _now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class StoredSale:
    sale_id: str
    receipt_no: int | None
    till_id: str
    store_id: str
    cashier_id: str
    completed_at: datetime
    total_minor: int
    currency: str
    status: str  # "completed" | "voided"
    document: SaleDoc


@dataclass(frozen=True, slots=True)
class ParkedInfo:
    id: int
    parked_at: datetime
    cashier_id: str
    document: dict[str, Any]


@dataclass(frozen=True, slots=True)
class QueuedReceipt:
    sale_id: str
    data: bytes
    state: str  # "pending" | "failed"
    attempts: int
    last_error: str | None


def _stored(row: Sale) -> StoredSale:
    return StoredSale(
        sale_id=row.sale_id,
        receipt_no=row.receipt_no,
        till_id=row.till_id,
        store_id=row.store_id,
        cashier_id=row.cashier_id,
        completed_at=parse_utc_text(row.completed_at),
        total_minor=row.total_minor,
        currency=row.currency,
        status=row.status,
        document=cast(SaleDoc, json.loads(row.document)),
    )


def _queue(s: Session, sale_id: str, data: bytes) -> None:
    """Queue receipt bytes to print (replacing earlier bytes of that sale), state pending."""
    now = _now()
    stmt = sqlite_insert(ReceiptPrint).values(
        sale_id=sale_id,
        data=data,
        state="pending",
        attempts=0,
        last_error=None,
        created_at=now,
        updated_at=now,
    )
    s.execute(
        stmt.on_conflict_do_update(
            index_elements=[ReceiptPrint.sale_id],
            set_={"data": data, "state": "pending", "last_error": None, "updated_at": now},
        )
    )


def _receipt_key(till_id: str) -> str:
    return f"receipt_no:{till_id}"


def _check(doc: SaleDoc | VoidDoc, time_key: str) -> None:
    for key in ("sale_id", "till_id", "store_id", "cashier_id", "currency", time_key):
        if not doc.get(key):
            raise ValueError(f"sale document has no {key}")


class SalesRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    # --- completed / voided -------------------------------------------------------------

    def _next_receipt_no(self, s: Session, till_id: str) -> int:
        counter = s.get(Meta, _receipt_key(till_id))
        highest = s.scalar(select(func.max(Sale.receipt_no)).where(Sale.till_id == till_id))
        next_no = max(int(counter.value) if counter else 0, highest or 0) + 1
        if counter is None:
            s.add(Meta(key=_receipt_key(till_id), value=str(next_no)))
        else:
            counter.value = str(next_no)
        return next_no

    def _write_sale(
        self, s: Session, doc: SaleDoc | VoidDoc, status: str, receipt_no: int | None
    ) -> None:
        """The sale row plus its lines and tenders; a void document has no tenders and its
        ``voided_at`` stands in for the completion time."""
        cur = doc["currency"]
        at = doc["completed_at"] if "completed_at" in doc else doc["voided_at"]  # type: ignore[typeddict-item]
        tenders: list[TenderDoc] = doc.get("tenders", [])  # type: ignore[assignment]
        sale_id = doc["sale_id"]
        s.add(
            Sale(
                sale_id=sale_id,
                receipt_no=receipt_no,
                till_id=doc["till_id"],
                store_id=doc["store_id"],
                cashier_id=doc["cashier_id"],
                completed_at=iso_to_utc_text(at),
                total_minor=to_minor(doc["total"], cur),
                currency=cur,
                status=status,
                document=canonical_json(doc),
            )
        )
        s.flush()  # the sale row first: lines and tenders reference it
        s.add_all(
            SaleLine(
                sale_id=sale_id,
                line_no=line["line_no"],
                product_id=line["product_id"],
                sku=line["sku"],
                name=line["name"],
                barcode=line["barcode"],
                sold_by=line["sold_by"],
                quantity=Decimal(line["quantity"]),
                unit_price_minor=to_minor(line["unit_price"], cur),
                line_discount_minor=to_minor(line["line_discount"], cur),
                cart_discount_share_minor=to_minor(line["cart_discount_share"], cur),
                total_minor=to_minor(line["total"], cur),
                tax_code=line["tax_code"],
                tax_rate=Decimal(line["tax_rate"]),
                voided=line["voided"],
                marking_code=line.get("marking_code"),
            )
            for line in doc["lines"]
        )
        s.add_all(
            SaleTender(
                sale_id=sale_id,
                tender_id=t["tender_id"],
                kind=t["kind"],
                amount_minor=to_minor(t["amount"], cur),
                received_minor=to_minor(t["received"], cur),
            )
            for t in tenders
        )
        s.flush()

    def record_completed(
        self,
        doc: SaleDoc,
        receipt: Callable[[int], bytes | None] | None = None,
        exchange: Mapping[str, Any] | None = None,
    ) -> int:
        """Persist a completed sale atomically; returns its receipt number.

        ``receipt(receipt_no)`` renders the receipt's bytes; they are queued for printing in
        the same transaction, so no crash can leave a recorded sale whose receipt is lost
        (``None`` from it queues nothing: a receipt that cannot be rendered never costs a sale).
        Idempotent: the same ``sale_id`` again returns the existing receipt number and writes
        nothing. Raises ``ValueError`` for a malformed document or a sale_id already recorded
        as voided before completion; on any error nothing is written. ``exchange`` is the
        return document an exchange settles with this sale: both are written or neither.
        """
        _check(doc, "completed_at")
        with self._db.write_session() as s:
            existing = s.get(Sale, doc["sale_id"])
            if existing is not None:
                if existing.receipt_no is None:
                    raise ValueError(f"sale {doc['sale_id']} was voided before completion")
                return existing.receipt_no
            receipt_no = self._next_receipt_no(s, doc["till_id"])
            self._write_sale(s, doc, "completed", receipt_no)
            payload = {"receipt_no": receipt_no, "document": doc}
            append_entry(s, "sale", doc["sale_id"], payload)
            enqueue(s, "sale", doc["sale_id"], payload)
            if "customer" in doc:
                record_redemption(s, doc["sale_id"], doc["customer"])
            if exchange is not None and not journal_return(s, exchange):
                raise ValueError(f"return {exchange['return_id']} was recorded before")
            data = receipt(receipt_no) if receipt is not None else None
            if data is not None:
                _queue(s, doc["sale_id"], data)
            return receipt_no

    def record_voided(self, doc: VoidDoc) -> None:
        """Record a sale voided before payment (journal + outbox ``sale_void``), idempotently.

        It is stored with status ``voided`` and no receipt number; should a completed sale have
        this ``sale_id`` it is marked voided, its original document kept.
        """
        _check(doc, "voided_at")
        with self._db.write_session() as s:
            existing = s.get(Sale, doc["sale_id"])
            if existing is not None and existing.status == "voided":
                return
            if existing is None:
                receipt_no = None
                self._write_sale(s, doc, "voided", None)
            else:
                receipt_no = existing.receipt_no
                existing.status = "voided"
            payload = {"receipt_no": receipt_no, "document": doc}
            s.flush()
            append_entry(s, "sale_void", doc["sale_id"], payload)
            enqueue(s, "sale_void", doc["sale_id"], payload)

    def get(self, sale_id: str) -> StoredSale | None:
        with self._db.session() as s:
            row = s.get(Sale, sale_id)
            return None if row is None else _stored(row)

    def by_receipt_no(self, till_id: str, receipt_no: int) -> StoredSale | None:
        """The sale a receipt of ``till_id`` numbers (what a customer reads out)."""
        stmt = select(Sale).where(Sale.till_id == till_id, Sale.receipt_no == receipt_no)
        with self._db.session() as s:
            row = s.scalars(stmt).first()
            return None if row is None else _stored(row)

    def completed_since(self, since: datetime, limit: int = 200) -> list[StoredSale]:
        """Completed sales from ``since`` on, newest first (today's sales to pick one from)."""
        stmt = (
            select(Sale)
            .where(Sale.status == "completed", Sale.completed_at >= utc_text(since))
            .order_by(Sale.completed_at.desc(), Sale.receipt_no.desc())
            .limit(limit)
        )
        with self._db.session() as s:
            return [_stored(row) for row in s.scalars(stmt)]

    def last_completed(self, till_id: str | None = None) -> StoredSale | None:
        """The most recent completed sale (of ``till_id`` if given), e.g. for a reprint."""
        stmt = select(Sale).where(Sale.status == "completed")
        if till_id is not None:
            stmt = stmt.where(Sale.till_id == till_id)
        stmt = stmt.order_by(Sale.completed_at.desc(), Sale.receipt_no.desc()).limit(1)
        with self._db.session() as s:
            row = s.scalars(stmt).first()
            return None if row is None else _stored(row)

    # --- parked ---------------------------------------------------------------------------

    def park(self, doc: SaleDoc | Mapping[str, Any]) -> int:
        """Keep an unfinished sale aside; returns the parked id."""
        with self._db.write_session() as s:
            row = ParkedSale(
                parked_at=_now(),
                cashier_id=str(doc.get("cashier_id") or ""),
                document=canonical_json(dict(doc)),
            )
            s.add(row)
            s.flush()
            return row.id

    def parked(self) -> list[ParkedInfo]:
        with self._db.session() as s:
            rows = s.scalars(select(ParkedSale).order_by(ParkedSale.id)).all()
            return [
                ParkedInfo(r.id, r.parked_at, r.cashier_id, json.loads(r.document)) for r in rows
            ]

    def recall(self, parked_id: int) -> dict[str, Any] | None:
        """Take a parked sale back: returns its document and deletes it, in one transaction."""
        with self._db.write_session() as s:
            row = s.get(ParkedSale, parked_id)
            if row is None:
                return None
            document: dict[str, Any] = json.loads(row.document)
            s.delete(row)
            return document

    # --- receipt print queue -------------------------------------------------------------

    def queue_receipt(self, sale_id: str, data: bytes) -> None:
        """Store the receipt bytes to print (replacing earlier bytes), state ``pending``."""
        with self._db.write_session() as s:
            _queue(s, sale_id, data)

    def mark_printed(self, sale_id: str) -> None:
        with self._db.write_session() as s:
            s.execute(
                update(ReceiptPrint)
                .where(ReceiptPrint.sale_id == sale_id)
                .values(
                    state="printed",
                    attempts=ReceiptPrint.attempts + 1,
                    last_error=None,
                    updated_at=_now(),
                )
            )

    def mark_print_failed(self, sale_id: str, error: str) -> None:
        with self._db.write_session() as s:
            s.execute(
                update(ReceiptPrint)
                .where(ReceiptPrint.sale_id == sale_id)
                .values(
                    state="failed",
                    attempts=ReceiptPrint.attempts + 1,
                    last_error=error,
                    updated_at=_now(),
                )
            )

    def pending_receipts(self) -> list[QueuedReceipt]:
        """Receipts not yet printed (pending or failed), oldest first."""
        with self._db.session() as s:
            rows = s.scalars(
                select(ReceiptPrint)
                .where(ReceiptPrint.state.in_(("pending", "failed")))
                .order_by(ReceiptPrint.created_at)
            ).all()
            return [
                QueuedReceipt(r.sale_id, r.data, r.state, r.attempts, r.last_error) for r in rows
            ]

    def forget_printed(self, older_than: datetime) -> int:
        """Drop printed receipt bytes last touched before ``older_than``."""
        with self._db.write_session() as s:
            result = s.execute(
                delete(ReceiptPrint).where(
                    ReceiptPrint.state == "printed", ReceiptPrint.updated_at < _utc(older_than)
                )
            )
            return int(getattr(result, "rowcount", 0))
