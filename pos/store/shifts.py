"""This till's shifts: each drawer event a journal entry and an outbox record, in one transaction.

A shift event's document is the hub's ``ShiftEventDocument`` (``pos.api.shifts``), journalled
and queued under its record id (kind ``shift``). The shift's row keeps the journal sequence
numbers that bound it, so a shift's sales, voids, returns and drawer events are one range read
of the journal in the order they happened: a report or a restart replays exactly what was
committed, and nothing is added up beside the journal that could drift from it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from pos.domain.errors import ShiftAlreadyOpen, ShiftNotOpen
from pos.store.db import Database
from pos.store.journal import append_entry
from pos.store.models import ShiftRow, iso_to_utc_text, parse_utc_text
from pos.store.outbox import enqueue

SHIFT_KIND = "shift"
# Journal kinds that make up a shift's story, besides its own events.
SHIFT_DOCUMENTS = ("sale", "sale_void", "return")


@dataclass(frozen=True, slots=True)
class StoredShift:
    shift_id: str
    till_id: str
    currency: str
    state: str  # open | closed
    opened_by: str
    opened_seq: int
    z_number: int | None
    closed_seq: int | None
    opened_at: datetime


@dataclass(frozen=True, slots=True)
class JournalItem:
    """One entry of a shift's range: its journal kind and payload."""

    seq: int
    kind: str
    payload: Mapping[str, Any]


def _stored(row: ShiftRow) -> StoredShift:
    return StoredShift(
        row.shift_id,
        row.till_id,
        row.currency,
        row.state,
        row.opened_by,
        row.opened_seq,
        row.z_number,
        row.closed_seq,
        parse_utc_text(row.opened_at),
    )


class ShiftRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def open(self, document: Mapping[str, Any]) -> StoredShift:
        """Record an ``opened`` event and the shift's row. Idempotent on the shift id; a second
        open shift of the till raises ShiftAlreadyOpen and writes nothing."""
        shift_id = str(document["shift_id"])
        try:
            with self._db.write_session() as s:
                existing = s.get(ShiftRow, shift_id)
                if existing is not None:
                    return _stored(existing)
                open_row = s.scalar(
                    select(ShiftRow).where(
                        ShiftRow.till_id == document["till_id"], ShiftRow.state == "open"
                    )
                )
                if open_row is not None:
                    raise ShiftAlreadyOpen()
                seq = self._append(s, document)
                row = ShiftRow(
                    shift_id=shift_id,
                    till_id=str(document["till_id"]),
                    currency=str(document["currency"]),
                    state="open",
                    opened_by=str(document["user_id"]),
                    opened_at=iso_to_utc_text(str(document["at"])),
                    opened_seq=seq,
                )
                s.add(row)
                s.flush()
                return _stored(row)
        except IntegrityError:  # another writer opened one between the check and the insert
            raise ShiftAlreadyOpen() from None

    def append(self, document: Mapping[str, Any]) -> bool:
        """Record a movement, handover or count of the open shift; False when already kept."""
        with self._db.write_session() as s:
            row = s.get(ShiftRow, str(document["shift_id"]))
            if row is None or row.state != "open":
                raise ShiftNotOpen()
            return self._append(s, document) is not None

    def close(self, document: Mapping[str, Any]) -> StoredShift:
        """Record the ``closed`` event (the Z) and close the row, in one transaction."""
        with self._db.write_session() as s:
            row = s.get(ShiftRow, str(document["shift_id"]))
            if row is None:
                raise ShiftNotOpen()
            if row.state == "closed":
                return _stored(row)
            seq = self._append(s, document)
            assert seq is not None
            row.state = "closed"
            row.z_number = int(document["closing"]["z_number"])
            row.closed_at = iso_to_utc_text(str(document["at"]))
            row.closed_seq = seq
            s.flush()
            return _stored(row)

    @staticmethod
    def _append(s: Any, document: Mapping[str, Any]) -> int | None:
        record_id = str(document["record_id"])
        if not enqueue(s, SHIFT_KIND, record_id, dict(document)):
            return None
        return append_entry(s, SHIFT_KIND, record_id, dict(document))

    def open_shift(self, till_id: str) -> StoredShift | None:
        with self._db.session() as s:
            row = s.scalar(
                select(ShiftRow).where(ShiftRow.till_id == till_id, ShiftRow.state == "open")
            )
            return None if row is None else _stored(row)

    def get(self, shift_id: str) -> StoredShift | None:
        with self._db.session() as s:
            row = s.get(ShiftRow, shift_id)
            return None if row is None else _stored(row)

    def last_closed(self, till_id: str) -> StoredShift | None:
        """The till's latest Z, e.g. to print it again."""
        with self._db.session() as s:
            row = s.scalar(
                select(ShiftRow)
                .where(ShiftRow.till_id == till_id, ShiftRow.state == "closed")
                .order_by(ShiftRow.z_number.desc())
                .limit(1)
            )
            return None if row is None else _stored(row)

    def next_z(self, till_id: str) -> int:
        with self._db.session() as s:
            highest = s.scalar(
                select(func.max(ShiftRow.z_number)).where(ShiftRow.till_id == till_id)
            )
            return (highest or 0) + 1

    def story(self, shift: StoredShift) -> list[JournalItem]:
        """The shift's own events and the till's sales, voids and returns while it was open,
        in journal order (one range read on the journal's key)."""
        kinds = (SHIFT_KIND, *SHIFT_DOCUMENTS)
        last = shift.closed_seq if shift.closed_seq is not None else 2**62
        marks = ", ".join("?" for _ in kinds)
        with self._db.raw() as conn:
            rows = conn.execute(
                f"SELECT seq, kind, payload FROM journal WHERE seq >= ? AND seq <= ?"
                f" AND kind IN ({marks}) ORDER BY seq",
                (shift.opened_seq, last, *kinds),
            ).fetchall()
        items = []
        for seq, kind, payload in rows:
            body = json.loads(payload)
            if kind == SHIFT_KIND and body.get("shift_id") != shift.shift_id:
                continue
            items.append(JournalItem(int(seq), str(kind), body))
        return items
