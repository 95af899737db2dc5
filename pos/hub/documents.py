"""Applying uploaded sales, returns, voids, pickup and shift events exactly once.

One batch is one transaction. Each record is validated on its own (a bad record is rejected
with a reason, the others go on). A valid record whose (kind, id) the hub holds already (or
that came earlier in the same batch) is acknowledged as a duplicate and applied no further;
the others are inserted, and their stock effects applied, in the same transaction. Uploads
are serialised by the ``documents`` counter row taken first (see ``pos.hub.db``), so two
requests racing with the same id cannot both see it as new; the primary key on (kind, id)
would fail the second loudly if they ever did.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime
from typing import Any

import orjson
from pydantic import BaseModel, ValidationError
from sqlalchemy import Connection, bindparam, text

from pos.api.common import milli_to_quantity, quantity_to_milli
from pos.api.documents import (
    BatchResult,
    RecordKind,
    RecordResult,
    RecordStatus,
    RejectCode,
    ReturnDocument,
    ReturnedLine,
    SaleDocument,
    SaleWithReturns,
    UploadRecord,
    VoidDocument,
)
from pos.api.pickup import PickupEventDocument
from pos.api.shifts import ShiftEventDocument
from pos.domain.documents import CompletedSale
from pos.hub.customers import check_redemption, link_sale, redemption_status
from pos.hub.db import HubDatabase, next_seq, now_text
from pos.hub.devices import Device
from pos.hub.document_rules import Rejected, check_return, check_sale, check_void, hub_currency
from pos.hub.errors import not_found
from pos.hub.events import emit_stock_changed
from pos.hub.pickup import PickupRefused, apply_event
from pos.hub.refunds import Refunds, load_sale, returned_so_far
from pos.hub.return_effects import apply_return_effects
from pos.hub.scope import StoreScope
from pos.hub.shifts import apply_event as apply_shift_event
from pos.hub.shifts import check_event as check_shift_event
from pos.hub.stock import apply_deltas, levels, out_of_bounds

FEED = "documents"
MODELS: dict[str, type[BaseModel]] = {
    RecordKind.SALE: SaleDocument,
    RecordKind.RETURN: ReturnDocument,
    RecordKind.VOID: VoidDocument,
    RecordKind.PICKUP_EVENT: PickupEventDocument,
    RecordKind.SHIFT: ShiftEventDocument,
}


Checked = BaseModel | CompletedSale  # a pickup or shift event, return or void; a sale's record


def _validate(record: UploadRecord, device: Device, currency: str, now: datetime) -> Checked:
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
    if isinstance(doc, ReturnDocument):
        own_id: object = doc.return_id
    elif isinstance(doc, PickupEventDocument):
        own_id = doc.event_id
    elif isinstance(doc, ShiftEventDocument):
        own_id = doc.record_id
    else:
        own_id = getattr(doc, "sale_id", None)
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
    if isinstance(doc, SaleDocument):
        return check_sale(record.document, currency, now)
    if isinstance(doc, VoidDocument):
        check_void(record.document, currency, now)
    elif isinstance(doc, ReturnDocument):
        check_return(doc, currency, now)
    elif isinstance(doc, ShiftEventDocument):
        check_shift_event(doc, currency, now)
    return doc


def _stock_effect(doc: Checked) -> dict[str, int]:
    """Thousandths per product this document moves at the till's store (sales take off)."""
    deltas: dict[str, int] = defaultdict(int)
    if isinstance(doc, CompletedSale):
        for line in doc.lines:
            if not line.voided:
                deltas[line.product_id] -= quantity_to_milli(str(line.quantity))
    elif isinstance(doc, ReturnDocument):
        for rline in doc.lines:
            if rline.restock:
                deltas[rline.product_id] += quantity_to_milli(rline.quantity)
    return {pid: d for pid, d in deltas.items() if d != 0}


def _in_chunks(conn: Connection, sql: str, keys: list[str]) -> set[tuple[Any, ...]]:
    """Rows of ``sql`` (an ``IN :keys`` query) over ``keys``, 500 keys per statement."""
    statement = text(sql).bindparams(bindparam("keys", expanding=True))
    found: set[tuple[Any, ...]] = set()
    for start in range(0, len(keys), 500):
        found.update(
            tuple(row) for row in conn.execute(statement, {"keys": keys[start : start + 500]})
        )
    return found


def apply_batch(db: HubDatabase, device: Device, records: list[UploadRecord]) -> BatchResult:
    """Validate, deduplicate and apply a batch in one transaction (a handful of statements
    for the whole batch, not per record: 1,000 sales are one round of queries). A record
    refused by any check changes nothing: its stock, points and redemption are never applied.
    """
    now = now_text()
    moment = datetime.now(UTC)
    checked: list[tuple[UploadRecord, Checked | Rejected]] = []
    for record in records:
        try:
            checked.append((record, _validate(record, device, db.currency, moment)))
        except Rejected as rejected:
            checked.append((record, rejected))
    valid = [(r, doc) for r, doc in checked if not isinstance(doc, Rejected)]
    effects = {id(doc): _stock_effect(doc) for _, doc in valid}
    results: list[RecordResult] = []
    store_moves: dict[str, int] = defaultdict(int)
    with db.write() as conn:
        # Taking the seqs first also serialises concurrent uploads (the counter row stays
        # locked until commit, see pos.hub.db), so the duplicate check below cannot race
        # another upload of the same id.
        first_seq = next_seq(conn, FEED, max(1, len(valid)))
        ids = sorted({r.id for r, _ in valid})
        existing = _in_chunks(conn, "SELECT kind, id FROM documents WHERE id IN :keys", ids)
        wanted = sorted({pid for effect in effects.values() for pid in effect})
        known = {row[0] for row in _in_chunks(conn, _KNOWN_PRODUCTS, wanted)}
        level = levels(conn, device.store_id, wanted)  # as the accepted records leave it
        refunds = Refunds(conn, db.currency, device.store_id)
        seen: set[tuple[str, str]] = set()
        inserts: list[dict[str, Any]] = []
        for record, outcome in checked:
            key = (record.kind, record.id)
            if isinstance(outcome, Rejected):
                results.append(_rejected(record.id, outcome))
                continue
            if key in existing or key in seen:
                redemption = None
                if isinstance(outcome, CompletedSale) and outcome.customer is not None:
                    redemption = redemption_status(conn, record.id)
                results.append(
                    RecordResult(id=record.id, status=RecordStatus.DUPLICATE, redemption=redemption)
                )
                continue
            effect = effects[id(outcome)]
            try:
                customer_id = _check_in_store(conn, device, outcome, effect, known, level, refunds)
            except Rejected as rejected:
                results.append(_rejected(record.id, rejected))
                continue
            if isinstance(outcome, PickupEventDocument) and (
                refused := _apply_pickup(conn, outcome)
            ):
                results.append(_rejected(record.id, refused))
                continue
            if isinstance(outcome, ShiftEventDocument) and (
                refused := _apply_shift(conn, outcome, db.currency, now)
            ):
                results.append(_rejected(record.id, refused))
                continue
            seen.add(key)
            if isinstance(outcome, ReturnDocument):
                if (taken := refunds.keep(outcome)) is not None:
                    apply_return_effects(conn, taken, refunds.currency)
            elif isinstance(outcome, CompletedSale):
                refunds.sold(record.id, record.document)
            for pid, delta in effect.items():
                store_moves[pid] += delta
                level[pid] = level.get(pid, 0) + delta
            inserts.append(
                {
                    "kind": record.kind,
                    "id": record.id,
                    "store": device.store_id,
                    "till": device.till_id,
                    "device": device.id,
                    "now": now,
                    "body": orjson.dumps(record.document).decode(),
                    "seq": first_seq + len(inserts),
                }
            )
            redemption = None
            if isinstance(outcome, CompletedSale) and customer_id is not None:
                redemption = link_sale(conn, device, outcome, customer_id, now)
            results.append(
                RecordResult(id=record.id, status=RecordStatus.ACCEPTED, redemption=redemption)
            )
        if inserts:  # a plain INSERT: a key that slipped through would fail the batch loudly
            conn.execute(
                text(
                    "INSERT INTO documents (kind, id, store_id, till_id, device_id, received_at,"
                    " body, seq) VALUES (:kind, :id, :store, :till, :device, :now, :body, :seq)"
                ),
                inserts,
            )
        moves = {pid: d for pid, d in store_moves.items() if d != 0}
        if moves:
            apply_deltas(conn, device.store_id, moves)
            emit_stock_changed(conn, [device.store_id])
    counts: dict[str, int] = defaultdict(int)
    for r in results:
        counts[r.status] += 1
    return BatchResult(
        results=results,
        accepted=counts[RecordStatus.ACCEPTED],
        duplicates=counts[RecordStatus.DUPLICATE],
        rejected=counts[RecordStatus.REJECTED],
    )


def _check_in_store(
    conn: Connection,
    device: Device,
    doc: Checked,
    effect: dict[str, int],
    known: set[str],
    level: dict[str, int],
    refunds: Refunds,
) -> str | None:
    """The checks that need the hub's data, in the upload's transaction: the products exist,
    the store's stock stays within bounds, a return takes back no more than is left, a sale's
    customer block is the hub's own. Returns the customer id of a sale with a promo code."""
    if missing := sorted(set(effect) - known):
        raise Rejected(RejectCode.UNKNOWN_PRODUCT, f"the hub has no product {missing[0]}")
    if (beyond := out_of_bounds(level, effect)) is not None:
        raise Rejected(
            RejectCode.STOCK_OUT_OF_RANGE,
            f"the stock of {beyond} at {device.store_id} would leave its bounds",
        )
    if isinstance(doc, ReturnDocument):
        refunds.check(doc)
    if isinstance(doc, CompletedSale) and doc.customer is not None:
        return check_redemption(conn, device, doc)
    return None


_KNOWN_PRODUCTS = "SELECT id FROM products WHERE id IN :keys"


def _apply_pickup(conn: Connection, doc: PickupEventDocument) -> Rejected | None:
    """Apply a pickup event in order with the rest of the batch (a later event of the same
    batch sees its effect); a refused one writes nothing and is rejected with its reason."""
    try:
        with conn.begin_nested():
            apply_event(conn, doc)
    except PickupRefused as refused:
        return Rejected(refused.code, refused.reason)
    return None


def _apply_shift(
    conn: Connection, doc: ShiftEventDocument, currency: str, now: str
) -> Rejected | None:
    """Apply a shift event in the batch's order (an ``opened`` earlier in the batch is held
    when its movements come); a refused one writes nothing (``pos.hub.shifts``)."""
    try:
        with conn.begin_nested():
            apply_shift_event(conn, doc, currency, now)
    except Rejected as rejected:
        return rejected
    return None


def _rejected(record_id: str, rejected: Rejected) -> RecordResult:
    return RecordResult(
        id=record_id, status=RecordStatus.REJECTED, code=rejected.code, reason=rejected.reason
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


def sale_with_returns(db: HubDatabase, sale_id: str, scope: StoreScope) -> SaleWithReturns:
    """An in-store sale of the device's store and what its returns took back so far (another
    store's sale, or none: 404 not_found)."""
    with db.read() as conn:
        found = load_sale(conn, sale_id)
        if found is None:
            raise not_found("sale", sale_id)
        scope.require("sale", sale_id, found.store_id)
        so_far = returned_so_far(conn, sale_id, hub_currency(db.currency))
    returned = [
        ReturnedLine(
            line_no=number,
            quantity=milli_to_quantity(quantity_to_milli(str(quantity))),
            amount=str(amount.amount),
        )
        for number, (quantity, amount) in sorted(so_far.lines.items())
    ]
    return SaleWithReturns(
        sale=SaleDocument.model_validate(found.body), returned=returned, returns=so_far.returns
    )
