"""The event stream: ``GET /v1/events`` as Server-Sent Events, so tills learn of changes in
seconds instead of polling the feeds.

Each event is ``id: <n>`` / ``event: <type>`` / ``data: <Event as JSON>``. Ids increase; a till
that reconnects sends ``Last-Event-ID`` (or ``?after=<n>``) and gets what it missed; without
one it starts from now. The first message of every connection is ``hub.hello`` (the hub id and
the latest event id); a comment line (``: keep-alive``) comes every ``KEEPALIVE_SECONDS`` so a
till can tell a quiet hub from a dead connection. Events are hints, not data: on
``catalog.changed`` or ``stock.changed`` the till pulls the feed from its cursor, so a missed
event costs latency, never correctness.

A till hears its own store's events and the chain's (catalog, keys, promotions), never
another store's. Types are an open set (a till ignores types it does not know); customer,
promotion and pickup order events will be added the same way.
"""

from __future__ import annotations

from typing import Any

from pydantic import Field

from pos.api.common import UtcDateTime, WireModel

KEEPALIVE_SECONDS = 10
RETRY_MILLISECONDS = 2_000


class EventType:
    """Known event types (an open set)."""

    HELLO = "hub.hello"  # data: {"hub_id": str, "last_event_id": int}
    CATALOG_CHANGED = "catalog.changed"  # data: {} - pull the catalog feed
    STOCK_CHANGED = "stock.changed"  # data: {"locations": [location ids]} - pull the stock feed
    RESERVATION_CHANGED = "reservation.changed"  # data: {"reservation_id", "state", ...}
    PICKUP_CHANGED = "pickup.changed"  # data: {"order_id", "store_id", "state"} - pull pickup
    SIGNING_KEYS_CHANGED = "signing_keys.changed"  # data: {"key_ids": [...]} - fetch the keys
    PROMOTIONS_CHANGED = "promotions.changed"  # data: {} - fetch the promotions again
    DEVICE_REVOKED = "device.revoked"  # data: {"device_id"} - this stream closes after it


class Event(WireModel):
    id: int = Field(ge=0)
    type: str
    at: UtcDateTime
    data: dict[str, Any] = Field(default_factory=dict)
