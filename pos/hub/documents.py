"""Applying uploaded sales, returns and voids exactly once.

One batch is one transaction. Each record is validated on its own (a bad record is rejected
with a reason, the others go on); a valid record is inserted under its (kind, id) with
``ON CONFLICT DO NOTHING``: no row inserted means the id was applied before (or earlier in
this batch), so it is acknowledged as a duplicate and its effects are not applied again. Under
PostgreSQL a concurrent upload of the same id waits on the uncommitted row and then sees the
conflict, so exactly-once holds between two requests racing as well.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import orjson
from pydantic import BaseModel, ValidationError
from sqlalchemy import Connection, text

from pos.api.common import quantity_to_milli
from pos.api.documents import (
    BatchResult,
    RecordKind,
    RecordResult,
    RecordStatus,
    RejectCode,
    ReturnDocument,
    SaleDocument,
    UploadRecord,
    VoidDocument,
)
from pos.api.events import EventType
from pos.hub.db import HubDatabase, next_seq, now_text
from pos.hub.devices import Device
from pos.hub.events import emit
from pos.hub.stock import apply_deltas

FEED = "documents"
MODELS: dict[str, type[BaseModel]] = {
    RecordKind.SALE: SaleDocument,
    RecordKind.RETURN: ReturnDocument,
    RecordKind.VOID: VoidDocument,
}


class Rejected(Exception):
    def __init__(self, code: str, reason: str) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason


def _validate(record: UploadRecord, device: Device, currency: str) -> BaseModel:
    model = MODELS.get(record.kind)
    if model is None:
        raise Rejected(RejectCode.UNKNOWN_KIND, f"this hub does not take {record.kind!r} records")
    try:
        doc = model.model_validate(record.document)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise Rejected(
            RejectCode.INVALID_DOCUMENT,
            f"{exc.error_count()} problem(s), first at {where}: {first['msg']}",
        ) from None
    own_id = doc.return_id if isinstance(doc, ReturnDocument) else getattr(doc, "sale_id", None)
    if own_id != record.id:
        raise Rejected(RejectCode.ID_MISMATCH, f"record id {record.id} but document id {own_id}")
    store_id, till_id = getattr(doc, "store_id", None), getattr(doc, "till_id", None)
    if (store_id, till_id) != (device.store_id, device.till_id):
        raise Rejected(
            RejectCode.WRONG_STORE,
            f"document of {store_id}/{till_id} from a device paired as "
            f"{device.store_id}/{device.till_id}",
        )
    if getattr(doc, "currency", currency) != currency:
        raise Rejected(
            RejectCode.CURRENCY_MISMATCH,
            f"document in {getattr(doc, 'currency', '?')}, the hub keeps {currency}",
        )
    return doc


def _stock_effect(doc: BaseModel) -> dict[str, int]:
    """Thousandths per product this document moves at the till's store (sales take off)."""
    deltas: dict[str, int] = defaultdict(int)
    if isinstance(doc, SaleDocument):
        for line in doc.lines:
            if not line.voided:
                deltas[line.product_id] -= quantity_to_milli(line.quantity)
    elif isinstance(doc, ReturnDocument):
        for rline in doc.lines:
            if rline.restock:
                deltas[rline.product_id] += quantity_to_milli(rline.quantity)
    return {pid: d for pid, d in deltas.items() if d != 0}


def _unknown_products(conn: Connection, deltas: dict[str, int]) -> list[str]:
    if not deltas:
        return []
    ids = sorted(deltas)
    marks = ", ".join(f":p{i}" for i in range(len(ids)))
    known = set(
        conn.execute(
            text(f"SELECT id FROM products WHERE id IN ({marks})"),
            {f"p{i}": pid for i, pid in enumerate(ids)},
        ).scalars()
    )
    return [pid for pid in ids if pid not in known]


def apply_batch(db: HubDatabase, device: Device, records: list[UploadRecord]) -> BatchResult:
    results: list[RecordResult] = []
    store_moves: dict[str, int] = defaultdict(int)
    now = now_text()
    with db.write() as conn:
        for record in records:
            try:
                doc = _validate(record, device, db.currency)
                deltas = _stock_effect(doc)
                unknown = _unknown_products(conn, deltas)
                if unknown:
                    raise Rejected(
                        RejectCode.UNKNOWN_PRODUCT, f"the hub has no product {unknown[0]}"
                    )
            except Rejected as rejected:
                results.append(
                    RecordResult(
                        id=record.id,
                        status=RecordStatus.REJECTED,
                        code=rejected.code,
                        reason=rejected.reason,
                    )
                )
                continue
            inserted = conn.execute(
                text(
                    "INSERT INTO documents (kind, id, store_id, till_id, device_id, received_at,"
                    " body, seq) VALUES (:kind, :id, :store, :till, :device, :now, :body, :seq)"
                    " ON CONFLICT (kind, id) DO NOTHING RETURNING id"
                ),
                {
                    "kind": record.kind,
                    "id": record.id,
                    "store": device.store_id,
                    "till": device.till_id,
                    "device": device.id,
                    "now": now,
                    "body": orjson.dumps(record.document).decode(),
                    "seq": next_seq(conn, FEED),
                },
            ).first()
            if inserted is None:
                results.append(RecordResult(id=record.id, status=RecordStatus.DUPLICATE))
                continue
            for pid, delta in deltas.items():
                store_moves[pid] += delta
            results.append(RecordResult(id=record.id, status=RecordStatus.ACCEPTED))
        moves = {pid: d for pid, d in store_moves.items() if d != 0}
        if moves:
            apply_deltas(conn, device.store_id, moves)
            emit(conn, EventType.STOCK_CHANGED, {"locations": [device.store_id]})
    counts: dict[str, int] = defaultdict(int)
    for r in results:
        counts[r.status] += 1
    return BatchResult(
        results=results,
        accepted=counts[RecordStatus.ACCEPTED],
        duplicates=counts[RecordStatus.DUPLICATE],
        rejected=counts[RecordStatus.REJECTED],
    )


def received_documents(
    conn: Connection, after: int, limit: int, kind: str | None, store_id: str | None
) -> tuple[list[dict[str, Any]], int, bool]:
    """Documents received after seq ``after`` (admin read-out): rows, last seq, has_more."""
    where = ["seq > :after"]
    params: dict[str, Any] = {"after": after, "limit": limit + 1}
    if kind is not None:
        where.append("kind = :kind")
        params["kind"] = kind
    if store_id is not None:
        where.append("store_id = :store")
        params["store"] = store_id
    rows = conn.execute(
        text(
            "SELECT kind, id, store_id, till_id, device_id, received_at, seq FROM documents"
            f" WHERE {' AND '.join(where)} ORDER BY seq LIMIT :limit"
        ),
        params,
    ).all()
    has_more = len(rows) > limit
    rows = rows[:limit]
    last = rows[-1].seq if rows else after
    return [dict(r._mapping) for r in rows], last, has_more


def received_document(conn: Connection, document_id: str) -> dict[str, Any] | None:
    row = conn.execute(
        text(
            "SELECT kind, id, store_id, till_id, device_id, received_at, body FROM documents"
            " WHERE id = :id ORDER BY kind LIMIT 1"
        ),
        {"id": document_id},
    ).first()
    if row is None:
        return None
    out = dict(row._mapping)
    out["document"] = orjson.loads(out.pop("body"))
    return out
