"""The outbox: records waiting to be pushed to the central API.

Rows are written in the same transaction as the business change (see ``SalesRepository``), so
a committed sale always has its outbox record. ``unique(kind, ref)`` makes enqueueing
idempotent; the API treats a repeated ``ref`` (the client-generated id) as a no-op.
States: ``pending`` -> ``sent``; or ``poisoned`` when a record can never be accepted (kept for
a human to look at, never retried automatically). ``mark_failed`` keeps it pending and counts
the attempt; backoff policy belongs to the sync engine.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, text, update
from sqlalchemy.orm import Session

from pos.store.db import OUTBOX_QUEUED, Database
from pos.store.jsonutil import canonical_json
from pos.store.models import OutboxRecord, now_text, parse_utc_text

STATES = ("pending", "sent", "poisoned")


def enqueue(session: Session, kind: str, ref: str, payload: Any) -> bool:
    """Add a record in the caller's transaction. False when (kind, ref) was already there.
    A new record marks the session: its commit tells :meth:`Database.watch_outbox`'s
    watchers (the sync engine pushes it at once)."""
    result = session.execute(
        text(
            "INSERT INTO outbox (kind, ref, payload, created_at, attempts, state) "
            "VALUES (:kind, :ref, :payload, :now, 0, 'pending') "
            "ON CONFLICT (kind, ref) DO NOTHING RETURNING id"
        ),
        {"kind": kind, "ref": ref, "payload": canonical_json(payload), "now": now_text()},
    )
    if result.first() is None:
        return False
    session.info[OUTBOX_QUEUED] = True
    return True


@dataclass(frozen=True, slots=True)
class OutboxItem:
    id: int
    kind: str
    ref: str
    payload: Any
    created_at: datetime
    attempts: int
    last_error: str | None


class OutboxRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def enqueue(self, kind: str, ref: str, payload: Any) -> bool:
        with self._db.write_session() as s:
            return enqueue(s, kind, ref, payload)

    def pending(self, limit: int = 100) -> list[OutboxItem]:
        """Oldest pending records first."""
        return self._in_state("pending", limit)

    def poisoned(self, limit: int = 500) -> list[OutboxItem]:
        """Records the hub refused as invalid, oldest first, each with the hub's reason
        (``last_error``): for the manager to look at."""
        return self._in_state("poisoned", limit)

    def retry_poisoned(self, id: int) -> bool:
        """A manager sends a poisoned record again (e.g. after the hub was fixed)."""
        with self._db.write_session() as s:
            result = s.execute(
                update(OutboxRecord)
                .where(OutboxRecord.id == id, OutboxRecord.state == "poisoned")
                .values(state="pending")
            )
            return int(getattr(result, "rowcount", 0)) == 1

    def _in_state(self, state: str, limit: int) -> list[OutboxItem]:
        with self._db.session() as s:
            rows = s.scalars(
                select(OutboxRecord)
                .where(OutboxRecord.state == state)
                .order_by(OutboxRecord.id)
                .limit(limit)
            ).all()
            return [
                OutboxItem(
                    id=r.id,
                    kind=r.kind,
                    ref=r.ref,
                    payload=json.loads(r.payload),
                    created_at=r.created_at,
                    attempts=r.attempts,
                    last_error=r.last_error,
                )
                for r in rows
            ]

    def mark_sent(self, ids: Iterable[int]) -> int:
        ids = list(ids)
        if not ids:
            return 0
        with self._db.write_session() as s:
            result = s.execute(
                update(OutboxRecord)
                .where(OutboxRecord.id.in_(ids), OutboxRecord.state == "pending")
                .values(state="sent", sent_at=parse_utc_text(now_text()), last_error=None)
            )
            return int(getattr(result, "rowcount", 0))

    def mark_failed(self, id: int, error: str) -> None:
        """A transient failure: count the attempt, remember the error, stay pending."""
        with self._db.write_session() as s:
            s.execute(
                update(OutboxRecord)
                .where(OutboxRecord.id == id)
                .values(attempts=OutboxRecord.attempts + 1, last_error=error)
            )

    def poison(self, id: int, reason: str) -> None:
        """A permanent failure: never retried automatically."""
        with self._db.write_session() as s:
            s.execute(
                update(OutboxRecord)
                .where(OutboxRecord.id == id)
                .values(
                    state="poisoned",
                    attempts=OutboxRecord.attempts + 1,
                    last_error=reason,
                )
            )

    def settle(
        self,
        sent: Iterable[int] = (),
        poisoned: Mapping[int, str] | None = None,
        failed: Iterable[int] = (),
        error: str = "",
    ) -> None:
        """The outcome of one pushed batch, in one transaction (one fsync, not one per record):
        acknowledged records are ``sent``, refused ones ``poisoned`` with their reason, the
        rest stay pending with the attempt counted."""
        now = parse_utc_text(now_text())
        sent_ids = list(sent)
        failed_ids = list(failed)
        with self._db.write_session() as s:
            if sent_ids:
                s.execute(
                    update(OutboxRecord)
                    .where(OutboxRecord.id.in_(sent_ids), OutboxRecord.state == "pending")
                    .values(state="sent", sent_at=now, last_error=None)
                )
            for id, reason in (poisoned or {}).items():
                s.execute(
                    update(OutboxRecord)
                    .where(OutboxRecord.id == id, OutboxRecord.state == "pending")
                    .values(state="poisoned", attempts=OutboxRecord.attempts + 1, last_error=reason)
                )
            if failed_ids:
                s.execute(
                    update(OutboxRecord)
                    .where(OutboxRecord.id.in_(failed_ids), OutboxRecord.state == "pending")
                    .values(attempts=OutboxRecord.attempts + 1, last_error=error)
                )

    def counts(self) -> dict[str, int]:
        """Number of records per state (every state present, zero when none)."""
        with self._db.session() as s:
            rows = s.execute(
                select(OutboxRecord.state, func.count()).group_by(OutboxRecord.state)
            ).all()
        found = {str(state): int(n) for state, n in rows}
        return {state: found.get(state, 0) for state in STATES}
