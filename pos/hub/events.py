"""Events: written in the transaction of the change they announce, read by the SSE stream.

Event ids come from the ``events`` feed counter (``next_seq``), so they become visible in
order (see ``pos.hub.db``) and a stream that resumes after id N misses nothing.
"""

from __future__ import annotations

from typing import Any

import orjson
from sqlalchemy import Connection, text

from pos.api.events import Event
from pos.hub.db import next_seq, now_text, parse_time


def emit(conn: Connection, type_: str, data: dict[str, Any] | None = None) -> int:
    event_id = next_seq(conn, "events")
    conn.execute(
        text("INSERT INTO events (id, type, at, data) VALUES (:id, :type, :at, :data)"),
        {
            "id": event_id,
            "type": type_,
            "at": now_text(),
            "data": orjson.dumps(data or {}).decode(),
        },
    )
    return event_id


def last_event_id(conn: Connection) -> int:
    return int(conn.execute(text("SELECT coalesce(max(id), 0) FROM events")).scalar_one())


def events_after(conn: Connection, after: int, limit: int = 500) -> list[Event]:
    rows = conn.execute(
        text("SELECT id, type, at, data FROM events WHERE id > :after ORDER BY id LIMIT :limit"),
        {"after": after, "limit": limit},
    ).all()
    return [
        Event(id=r.id, type=r.type, at=parse_time(r.at), data=orjson.loads(r.data)) for r in rows
    ]
