"""Returns this till made (of in-store sales and of collected web orders), as the journal
keeps them.

A return is a ``ReturnDocument`` written to the journal and the outbox in one transaction,
keyed by its till-generated id, so a repeat changes nothing and the hub receives it once.
What a sale or an order gave back so far is read from the journal (append-only), not from a
table that could drift from it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from pos.store.db import Database
from pos.store.journal import append_entry
from pos.store.outbox import enqueue

RETURN_KIND = "return"  # the outbox and journal kind of a return (pos.api.documents)


@dataclass(frozen=True, slots=True)
class LineReturned:
    """What this till's returns took of one original line: quantity and money refunded."""

    quantity: Decimal
    amount: Decimal


def journal_return(session: Session, document: Mapping[str, Any]) -> bool:
    """Journal and queue a return in the caller's transaction (an exchange writes it with its
    sale); False, and nothing written, when that return id is there already."""
    return_id = str(document["return_id"])
    if not enqueue(session, RETURN_KIND, return_id, document):
        return False
    append_entry(session, RETURN_KIND, return_id, document)
    return True


class ReturnRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def record(self, document: dict[str, Any]) -> bool:
        """Journal and outbox, one transaction; False (nothing written) for a repeat."""
        with self._db.write_session() as session:
            return journal_return(session, document)

    def is_return(self, return_id: str) -> bool:
        """Whether ``return_id`` is one of this till's returns (its slip was scanned)."""
        with self._db.raw() as conn:
            row = conn.execute(
                "SELECT 1 FROM journal WHERE kind = ? AND ref = ? LIMIT 1", (RETURN_KIND, return_id)
            ).fetchone()
        return row is not None

    def returned(self, original_id: str) -> dict[int, LineReturned]:
        """Per original line, what this till's returns of ``original_id`` took back."""
        out: dict[int, LineReturned] = {}
        with self._db.raw() as conn:
            rows = conn.execute(
                "SELECT payload FROM journal WHERE kind = ?"
                " AND json_extract(payload, '$.original_sale_id') = ?",
                (RETURN_KIND, original_id),
            ).fetchall()
        for (payload,) in rows:
            for line in json.loads(payload)["lines"]:
                number = line.get("original_line_no")
                if number is None:
                    continue
                before = out.get(int(number), LineReturned(Decimal(0), Decimal(0)))
                out[int(number)] = LineReturned(
                    before.quantity + Decimal(line["quantity"]),
                    before.amount + Decimal(line["amount"]),
                )
        return out
