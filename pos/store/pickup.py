"""The store's pickup orders in the till's cache, and this till's work on them.

Orders come from the hub's ``pickup`` feed (:meth:`PickupRepository.apply_page`: a page and
its cursor in one transaction of the main file, where the orders are) or from a single
answer (the code check, a refused event's fresh copy: :meth:`PickupRepository.replace`);
an older version never replaces a newer one. What this till does to an order is a pickup
event written to the outbox *in the same transaction* as the order's ``local_state``
(:meth:`record_event`), so offline work is never lost and is pushed idempotently (the event
id is the outbox ref). The local state is dropped when the hub has answered every event of
the order.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text

from pos.api.pickup import RECORD_KIND, PickupOrder
from pos.store.db import Database
from pos.store.feeds import PICKUP_FEED, FeedPosition, StaleCursor, write_transaction
from pos.store.jsonutil import canonical_json
from pos.store.models import now_text, parse_utc_text
from pos.store.outbox import enqueue

CLOSED_STATES = ("collected", "partially_collected", "cancelled", "expired")


@dataclass(frozen=True, slots=True)
class QueueRow:
    """One order as the queue shows it (the row's columns; no body parsing)."""

    order_id: str
    number: str
    state: str  # this till's unconfirmed state if any, else the hub's
    confirmed: bool  # False while this till's events wait for the hub
    promised_at: str
    placed_at: str
    items: int
    claimed_by: str | None
    paid_online: bool


@dataclass(frozen=True, slots=True)
class StoredOrder:
    order: PickupOrder
    state: str  # as shown (local if unconfirmed)
    confirmed: bool
    picking: dict[str, Any] | None


def order_row(order: PickupOrder) -> tuple[Any, ...]:
    """The cache row of an order (the queue's columns and the body)."""
    return (
        order.order_id,
        order.number,
        order.state,
        order.promised_at.strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
        order.placed_at.strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
        len(order.lines),
        order.claimed_by,
        order.paid_online,
        order.version,
        order.model_dump_json(),
    )


_UPSERT = (
    "INSERT INTO pickup_orders (order_id, number, state, promised_at, placed_at, items,"
    " claimed_by, paid_online, version, body, synced_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    " ON CONFLICT (order_id) DO UPDATE SET number = excluded.number, state = excluded.state,"
    " promised_at = excluded.promised_at, placed_at = excluded.placed_at,"
    " items = excluded.items, claimed_by = excluded.claimed_by,"
    " paid_online = excluded.paid_online, version = excluded.version, body = excluded.body,"
    " synced_at = excluded.synced_at WHERE excluded.version >= pickup_orders.version"
)
# The till's own state stays only while some of its events for the order are unanswered.
_SETTLE_LOCAL = (
    "UPDATE pickup_orders SET local_state = NULL WHERE order_id IN"
    " (SELECT value FROM json_each(?)) AND local_state IS NOT NULL AND NOT EXISTS"
    " (SELECT 1 FROM outbox WHERE kind = ? AND state = 'pending'"
    " AND json_extract(payload, '$.order_id') = pickup_orders.order_id)"
)


def _upsert(conn: sqlite3.Connection, rows: Sequence[tuple[Any, ...]]) -> None:
    now = now_text()
    conn.executemany(_UPSERT, [(*row, now) for row in rows])
    conn.execute(_SETTLE_LOCAL, (json.dumps([row[0] for row in rows]), RECORD_KIND))


class PickupRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    # --- from the hub ----------------------------------------------------------------------

    def position(self) -> FeedPosition | None:
        """The pickup feed's cursor (kept in the main file with the orders)."""
        with self._db.raw() as conn:
            row = conn.execute(
                "SELECT cursor, pulled_at FROM pickup_cursor WHERE id = 1"
            ).fetchone()
        if row is None:
            return None
        return FeedPosition(PICKUP_FEED, str(row[0]), parse_utc_text(str(row[1])))

    def apply_page(
        self, rows: Sequence[tuple[Any, ...]], expected_cursor: str | None, new_cursor: str
    ) -> None:
        """One page and its cursor in one transaction of the main file (a stale page, asked
        at another cursor than the stored one, is refused whole)."""
        with write_transaction(self._db) as conn:
            row = conn.execute("SELECT cursor FROM pickup_cursor WHERE id = 1").fetchone()
            stored = None if row is None else str(row[0])
            if stored != expected_cursor:
                raise StaleCursor(
                    f"pickup feed: page requested at {expected_cursor!r}, cache is at {stored!r}"
                )
            conn.execute(
                "INSERT INTO pickup_cursor (id, cursor, pulled_at) VALUES (1, ?, ?)"
                " ON CONFLICT (id) DO UPDATE SET cursor = excluded.cursor,"
                " pulled_at = excluded.pulled_at",
                (new_cursor, now_text()),
            )
            if rows:
                _upsert(conn, rows)

    def reset_cursor(self) -> None:
        """Pull the pickup feed from the start (a till paired with another hub)."""
        with write_transaction(self._db) as conn:
            conn.execute("DELETE FROM pickup_cursor")

    def replace(self, order: PickupOrder) -> None:
        """One order as the hub answered it just now (not through the feed)."""
        with write_transaction(self._db) as conn:
            _upsert(conn, [order_row(order)])

    def settle(self, order_ids: Iterable[str]) -> None:
        """Drop the local state of orders whose events the hub has all answered."""
        with write_transaction(self._db) as conn:
            conn.execute(_SETTLE_LOCAL, (json.dumps(sorted(set(order_ids))), RECORD_KIND))

    # --- this till's work ------------------------------------------------------------------

    def record_event(
        self, document: dict[str, Any], local_state: str, picking: dict[str, Any] | None
    ) -> None:
        """A pickup event into the outbox and the order's local state, one transaction."""
        with self._db.write_session() as session:
            enqueue(session, RECORD_KIND, str(document["event_id"]), document)
            session.execute(
                text(
                    "UPDATE pickup_orders SET local_state = :state, picking = :picking"
                    " WHERE order_id = :order_id"
                ),
                {
                    "state": local_state,
                    "picking": None if picking is None else canonical_json(picking),
                    "order_id": document["order_id"],
                },
            )

    def save_picking(self, order_id: str, picking: dict[str, Any] | None) -> None:
        with write_transaction(self._db) as conn:
            conn.execute(
                "UPDATE pickup_orders SET picking = ? WHERE order_id = ?",
                (None if picking is None else canonical_json(picking), order_id),
            )

    # --- returns of collected orders -------------------------------------------------------

    # --- reading ---------------------------------------------------------------------------

    def queue(self, include_closed: bool = False) -> list[QueueRow]:
        """The store's orders by promised time (open ones only unless asked)."""
        where = (
            "" if include_closed else f" WHERE coalesce(local_state, state) NOT IN {CLOSED_STATES}"
        )
        with self._db.raw() as conn:
            rows = conn.execute(
                "SELECT order_id, number, coalesce(local_state, state), local_state IS NULL,"
                " promised_at, placed_at, items, claimed_by, paid_online FROM pickup_orders"
                f"{where} ORDER BY promised_at, number"
            ).fetchall()
        return [
            QueueRow(r[0], r[1], r[2], bool(r[3]), r[4], r[5], int(r[6]), r[7], bool(r[8]))
            for r in rows
        ]

    def get(self, order_id: str) -> StoredOrder | None:
        return self._one("order_id = ?", order_id)

    def by_number(self, number: str) -> StoredOrder | None:
        return self._one("number = ?", number.strip().upper())

    def _one(self, where: str, key: str) -> StoredOrder | None:
        with self._db.raw() as conn:
            row = conn.execute(
                "SELECT body, coalesce(local_state, state), local_state IS NULL, picking"
                f" FROM pickup_orders WHERE {where}",
                (key,),
            ).fetchone()
        if row is None:
            return None
        return StoredOrder(
            order=PickupOrder.model_validate_json(row[0]),
            state=str(row[1]),
            confirmed=bool(row[2]),
            picking=None if row[3] is None else json.loads(row[3]),
        )

    def event_outcome(self, event_id: str) -> tuple[str, str | None]:
        """(outbox state, the hub's reason) of a pickup event."""
        with self._db.raw() as conn:
            row = conn.execute(
                "SELECT state, last_error FROM outbox WHERE kind = ? AND ref = ?",
                (RECORD_KIND, event_id),
            ).fetchone()
        if row is None:
            raise KeyError(event_id)
        return str(row[0]), row[1]
