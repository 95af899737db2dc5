"""What the engine asks of a feed, and what every feed is given.

A *feed* is one kind of record the till keeps in step with the hub (the catalog, stock,
pickup orders, the token keys, the outbox it pushes...). The engine knows none of them by
name: it runs each registered feed's turn in every cycle (:data:`pos.sync.feeds.CYCLE`),
tells each the hub's events, restarts the one whose cursor the hub forgot and primes them
after pairing. So a new record kind is one module and one line of registration.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from pos.events import EventBus
from pos.store import Database, Pairing
from pos.sync.client import HubClient


@dataclass(frozen=True, slots=True)
class SyncContext:
    """What the feeds share: the cache, the bus, the engine's settings, its stop flag (a long
    turn looks at it between pages or batches) and its status (a push says ``syncing``)."""

    db: Database
    bus: EventBus
    stopping: threading.Event
    publish_status: Callable[[str], None]
    page_size: int = 5_000
    batch_size: int = 500
    use_snapshot: bool = True


class Feed(Protocol):
    """One feed or duty of the sync cycle."""

    @property
    def name(self) -> str:
        """The feed's name (its cursor's key, :class:`pos.sync.paging.CursorExpired`)."""
        ...

    def sync(self, client: HubClient, pairing: Pairing) -> int:
        """This feed's turn in a cycle: pull and apply, or push. Returns the items moved;
        raises :class:`pos.sync.client.HubError` (the engine backs off)."""
        ...

    def heard(self, event: str) -> bool:
        """A hub event arrived; True when it means this feed has news (the loop wakes)."""
        ...

    def restart(self) -> None:
        """Forget the cursor: the next turn starts from the beginning (the hub was reset, or
        the till was paired with another hub database)."""
        ...

    def prime(self, client: HubClient) -> None:
        """Just paired: fetch what the till needs before its first cycle."""
        ...


class FeedDefaults:
    """What a feed does that hears no event, keeps no cursor and needs nothing at pairing."""

    def heard(self, event: str) -> bool:
        return False

    def restart(self) -> None:
        return None

    def prime(self, client: HubClient) -> None:
        return None


FeedFactory = Callable[[SyncContext], Feed]
