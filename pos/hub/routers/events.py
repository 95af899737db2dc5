"""Events: the Server-Sent Events stream a till listens to for changes (the only ``async``
route; every other endpoint is plain ``def`` so its database work runs in the thread pool).
A till hears its own store's events and the chain's, nothing of other stores
(``pos.hub.scope``)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from typing import Annotated

import orjson
from fastapi import APIRouter, Header, Query
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import StreamingResponse

from pos.api import EVENT_STREAM, routes
from pos.api.events import KEEPALIVE_SECONDS, RETRY_MILLISECONDS, Event, EventType
from pos.hub import devices
from pos.hub.deps import DEVICE_PROBLEMS, HubDep, HubState
from pos.hub.events import events_after, last_event_id
from pos.hub.scope import ScopeDep, StoreScope

EVENT_POLL_SECONDS = 1.0  # how often the stream looks for changes made by other processes

router = APIRouter()


@router.get(
    routes.EVENTS,
    tags=["events"],
    response_class=StreamingResponse,
    responses={
        200: {
            "description": "Server-Sent Events; each data line is an Event as JSON.",
            "content": {EVENT_STREAM: {"schema": {"type": "string"}}},
        },
        **DEVICE_PROBLEMS,
    },
)
async def event_stream(
    scope: ScopeDep,
    hub: HubDep,
    after: Annotated[
        int | None, Query(ge=0, le=2**63 - 1, description="Resume after this id.")
    ] = None,
    last_event_id: Annotated[str | None, Header(alias="Last-Event-ID")] = None,
) -> StreamingResponse:
    start = after
    if start is None and last_event_id and last_event_id.isdigit():
        start = int(last_event_id)
    return StreamingResponse(
        _events(hub, scope, start),
        media_type=EVENT_STREAM,
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
    )


def _sse(event: Event) -> bytes:
    data = orjson.dumps(event.model_dump(mode="json")).decode()
    return f"id: {event.id}\nevent: {event.type}\ndata: {data}\n\n".encode()


async def _events(state: HubState, scope: StoreScope, after: int | None) -> AsyncIterator[bytes]:
    """Events after ``after`` (from now without it) until the client goes, the device is
    revoked or the hub stops. Changes made by this process wake the loop at once (the
    database's change counter); changes by other processes are found by polling."""
    db = state.db

    def read(since: int) -> tuple[list[Event], bool]:
        with db.read() as conn:
            found = events_after(conn, since, scope.store_id)
            return found, devices.is_revoked(conn, scope.device_id)

    def latest() -> int:
        with db.read() as conn:
            return last_event_id(conn, scope.store_id)

    cursor = after if after is not None else await run_in_threadpool(latest)
    hello = {"hub_id": db.hub_id, "last_event_id": cursor}
    yield f"retry: {RETRY_MILLISECONDS}\n".encode()
    yield f"event: {EventType.HELLO}\ndata: {orjson.dumps(hello).decode()}\n\n".encode()
    seen_change = -1
    next_poll = next_keepalive = 0.0
    while not state.stopping.is_set():
        now = time.monotonic()
        if db.changed != seen_change or now >= next_poll:
            seen_change, next_poll = db.changed, now + EVENT_POLL_SECONDS
            found, revoked = await run_in_threadpool(read, cursor)
            for event in found:
                cursor = event.id
                yield _sse(event)
            if revoked:
                return
            if found:
                continue  # there may be more than one read's worth
        if now >= next_keepalive:
            next_keepalive = now + KEEPALIVE_SECONDS
            yield b": keep-alive\n\n"
        await asyncio.sleep(0.05)
