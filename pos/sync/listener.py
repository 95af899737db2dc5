"""The ``sync-events`` thread: listens to the hub's event stream and wakes the engine.

Each event is told to every feed (:meth:`pos.sync.feed.Feed.heard`); the loop wakes when a
feed says it has news, on ``hello`` (connected again: catch up on what was missed) and when
the device was revoked (the next cycle finds out and says so). Events are hints: a lost one
costs latency, never data.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Sequence

from pos.api.events import KEEPALIVE_SECONDS, EventType
from pos.store.pairing import InsecureTokenFile
from pos.sync.backoff import Backoff
from pos.sync.client import HubClient
from pos.sync.connection import HubConnection
from pos.sync.errors import AuthRejected, HubError, NotPaired
from pos.sync.feed import Feed
from pos.sync.wakeup import Wakeup

log = logging.getLogger(__name__)

ALWAYS_WAKE = frozenset({EventType.HELLO, EventType.DEVICE_REVOKED})


class EventListener:
    def __init__(
        self,
        connection: HubConnection,
        feeds: Sequence[Feed],
        wake: Wakeup,
        stopping: threading.Event,
    ) -> None:
        self.connection = connection
        self.feeds = feeds
        self.wake = wake
        self.stopping = stopping
        self._client: HubClient | None = None

    def heard(self, event: str) -> None:
        """Tell every feed; wake the loop when one has news."""
        news = [feed.heard(event) for feed in self.feeds]  # every feed hears it
        if any(news) or event in ALWAYS_WAKE:
            self.wake.set()

    def close(self) -> None:
        """End a blocked read of the stream (the engine stops)."""
        client = self._client
        if client is not None:
            client.close()

    def run(self) -> None:
        backoff = Backoff(base=1.0, cap=30.0)
        last_id: int | None = None
        while not self.stopping.is_set():
            try:
                pairing, token = self.connection.credentials()
            except (NotPaired, InsecureTokenFile, sqlite3.Error):
                self.stopping.wait(1.0)
                continue
            client = self.connection.client_factory(pairing.hub_url, token)
            self._client = client
            try:
                for event in client.events(last_id, read_timeout=3 * KEEPALIVE_SECONDS):
                    backoff.reset()
                    last_id = event.id
                    self.heard(event.type)
                    if self.stopping.is_set():
                        break
                delay = backoff.next_delay()
            except AuthRejected:
                delay = 30.0  # the loop says so; a new pairing changes the token
            except HubError as exc:
                delay = backoff.next_delay(getattr(exc, "retry_after", None))
                log.debug("event stream ended (%s); reconnecting in %.1f s", exc, delay)
            except Exception:
                if self.stopping.is_set():
                    break
                log.exception("event stream failed")
                delay = backoff.next_delay()
            finally:
                self._client = None
                client.close()
            self.stopping.wait(delay)
