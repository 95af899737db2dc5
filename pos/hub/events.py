"""Events: written in the transaction of the change they announce, read by the SSE stream.

Event ids come from the ``events`` feed counter (``next_seq``), so they become visible in
order (see ``pos.hub.db``) and a stream that resumes after id N misses nothing.

Each event names the store whose tills hear it (``store_id``), or none for what every till
needs (catalog, signing keys, promotions); a till's stream reads only its store's and the
chain's (``pos.hub.scope``), so one store's reservation ids and orders never reach another.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import orjson
from sqlalchemy import Connection, text

from pos.api.events import Event, EventType
from pos.hub.db import next_seq, now_text, parse_time

_VISIBLE = "(store_id IS NULL OR store_id = :store)"


def emit(
    conn: Connection, type_: str, data: dict[str, Any] | None = None, store_id: str | None = None
) -> int:
    """Announce a change; ``store_id``: only that store's tills hear it (None: every till)."""
    event_id = next_seq(conn, "events")
    conn.execute(
        text(
            "INSERT INTO events (id, type, at, data, store_id)"
            " VALUES (:id, :type, :at, :data, :store)"
        ),
        {
            "id": event_id,
            "type": type_,
            "at": now_text(),
            "data": orjson.dumps(data or {}).decode(),
            "store": store_id,
        },
    )
    return event_id


def emit_stock_changed(conn: Connection, locations: Iterable[str]) -> None:
    """One ``stock.changed`` per location, each heard only at that location."""
    for location_id in sorted(set(locations)):
        emit(conn, EventType.STOCK_CHANGED, {"locations": [location_id]}, store_id=location_id)


def last_event_id(conn: Connection, store_id: str) -> int:
    """The newest event a till of ``store_id`` may hear (0: none yet)."""
    return int(
        conn.execute(
            text(f"SELECT coalesce(max(id), 0) FROM events WHERE {_VISIBLE}"), {"store": store_id}
        ).scalar_one()
    )


def events_after(conn: Connection, after: int, store_id: str, limit: int = 500) -> list[Event]:
    """The events after ``after`` that a till of ``store_id`` hears, oldest first."""
    rows = conn.execute(
        text(
            f"SELECT id, type, at, data FROM events WHERE id > :after AND {_VISIBLE}"
            " ORDER BY id LIMIT :limit"
        ),
        {"after": after, "store": store_id, "limit": limit},
    ).all()
    return [
        Event(id=r.id, type=r.type, at=parse_time(r.at), data=orjson.loads(r.data)) for r in rows
    ]
