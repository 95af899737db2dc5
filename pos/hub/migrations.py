"""Moving a hub database of an older schema version on to ``SCHEMA_VERSION``, in place.

Each step is plain SQL that SQLite and PostgreSQL both run, inside the transaction that opens
the database (``pos.hub.db.open_hub_database``): a failed step leaves the old version whole.
New tables need no step (``create_all`` adds them); new columns and what fills them do.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import orjson
from sqlalchemy import Connection, text

log = logging.getLogger(__name__)


def _to_3(conn: Connection) -> None:
    """Reservations and events carry their store (pos.hub.scope). A reservation's store is
    its device's (the hub's own ones: where the stock is held); an old event's store is the
    one its data names, and one naming several locations is heard by no till (events are
    hints: a till that misses one pulls its feeds later anyway)."""
    conn.execute(text("ALTER TABLE reservations ADD COLUMN till_id VARCHAR(64)"))
    conn.execute(text("ALTER TABLE reservations ADD COLUMN store_id VARCHAR(64)"))
    conn.execute(
        text(
            "UPDATE reservations SET"
            " till_id = (SELECT d.till_id FROM devices d WHERE d.id = reservations.device_id),"
            " store_id = coalesce((SELECT d.store_id FROM devices d"
            " WHERE d.id = reservations.device_id), location_id)"
        )
    )
    conn.execute(text("ALTER TABLE events ADD COLUMN store_id VARCHAR(64)"))
    rows = conn.execute(
        text(
            "SELECT id, type, data FROM events"
            " WHERE type IN ('stock.changed', 'reservation.changed', 'pickup.changed',"
            " 'device.revoked')"
        )
    ).all()
    for row in rows:
        conn.execute(
            text("UPDATE events SET store_id = :s WHERE id = :id"),
            {"s": _old_event_store(conn, row.type, orjson.loads(row.data)), "id": row.id},
        )


def _old_event_store(conn: Connection, type_: str, data: dict[str, object]) -> str:
    if type_ == "stock.changed":
        locations = data.get("locations")
        return str(locations[0]) if isinstance(locations, list) and len(locations) == 1 else ""
    if type_ == "reservation.changed":
        return str(data.get("location_id", ""))
    if type_ == "pickup.changed":
        return str(data.get("store_id", ""))
    store = conn.execute(  # device.revoked
        text("SELECT store_id FROM devices WHERE id = :id"), {"id": data.get("device_id")}
    ).scalar_one_or_none()
    return str(store or "")


def _to_4(conn: Connection) -> None:
    """Shifts (issue 13): ``shifts`` and ``shift_events`` are new tables, which
    ``create_all`` has made before the steps run, and there is nothing to fill them from (a
    version 3 hub refused every shift record). The version still moves, so a hub of version
    3 refuses this database instead of serving it while rejecting its tills' shifts."""
    conn.execute(text("SELECT count(*) FROM shifts"))  # there, or the step fails whole


STEPS: dict[str, tuple[str, Callable[[Connection], None]]] = {
    "2": ("3", _to_3),  # from version: (to version, step)
    "3": ("4", _to_4),
}


def migrate(conn: Connection, version: str, target: str) -> bool:
    """Run the steps from ``version`` to ``target``; False when there is no such path."""
    while version != target:
        step = STEPS.get(version)
        if step is None:
            return False
        following, run = step
        log.warning("migrating the hub database from schema %s to %s", version, following)
        run(conn)
        version = following
    conn.execute(text("UPDATE hub_meta SET value = :v WHERE key = 'schema_version'"), {"v": target})
    return True
