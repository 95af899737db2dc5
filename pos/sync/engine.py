"""The sync engine: a scheduler that keeps the till's cache in step with the hub.

It knows no feed by name. One *cycle* runs the turn of every registered feed in order
(:data:`pos.sync.feeds.CYCLE`: catalog, keys, promotions, outbox push, stock, pickup, search
index; each feed is one module behind :class:`pos.sync.feed.Feed`). The engine owns when
cycles run; what their end means (status, backoff) is :mod:`pos.sync.outcome`:

* ``sync`` thread - the loop. After a good cycle it sleeps until the poll interval, an event
  from the hub or "sync now" wakes it; after a failed one, for an exponential backoff with
  jitter (at least the hub's ``Retry-After``). A refused device token stops it until woken.
  A record committed to the outbox (a sale, a void, a pickup event, a return: the cache tells
  :meth:`pos.store.Database.watch_outbox`) wakes it for the outbox push alone, debounced
  (:mod:`pos.sync.wakeup`) - but only after a good cycle: while it backs off, the record
  waits for the retry, so a till selling offline never hammers the hub.
* ``sync-events`` thread - :class:`pos.sync.listener.EventListener`: hub events wake the loop.
* ``sync-fetch`` threads - a paged pull fetches page N+1 while page N is written
  (:mod:`pos.sync.paging`).

Safety: a page is validated whole before it is written (:mod:`pos.sync.client`), written in
one transaction with its cursor (:mod:`pos.store.feeds`), and a cursor that goes backwards is
refused before anything is written. A cursor the hub forgot restarts only that feed.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections.abc import Callable, Sequence
from functools import partial
from typing import TypeVar

from pos.api.customers import CustomerView, PromotionInfo
from pos.api.signed_tokens import KeyRing
from pos.events import EventBus
from pos.store import (
    Database,
    FeedStore,
    OutboxRepository,
    Pairing,
    PairingRepository,
    RedemptionRepository,
    StaleCursor,
    StockRepository,
    TokenFile,
)
from pos.store.catalog_build import SnapshotRefused
from pos.store.pairing import InsecureTokenFile
from pos.sync.backoff import Backoff
from pos.sync.client import HubClient
from pos.sync.connection import ClientFactory, HubConnection
from pos.sync.endless_aisle import AisleView, EndlessAisle
from pos.sync.errors import AuthRejected, HubError, NotPaired
from pos.sync.events import SyncStatus
from pos.sync.feed import Feed, FeedFactory, SyncContext
from pos.sync.feeds import CYCLE, OutboxPush, Promotions, SigningKeys
from pos.sync.listener import EventListener
from pos.sync.outcome import TurnOutcome
from pos.sync.paging import CursorExpired
from pos.sync.pairing import pair_till
from pos.sync.wakeup import DEBOUNCE_SECONDS, MAX_WAIT_SECONDS, Wakeup, Woken

__all__ = ["NotPaired", "SyncEngine"]

log = logging.getLogger(__name__)

F = TypeVar("F")

CUSTOMER_VIEW_TIMEOUT = 3.0  # seconds a scanned customer's view may take before "offline"


class SyncEngine:
    def __init__(
        self,
        db: Database,
        bus: EventBus,
        token_file: TokenFile,
        *,
        poll_seconds: float = 30.0,
        page_size: int = 5_000,
        batch_size: int = 500,
        use_snapshot: bool = True,
        backoff: Backoff | None = None,
        client_factory: ClientFactory = HubClient,
        cycle: Sequence[FeedFactory] = CYCLE,
        push_debounce: float = DEBOUNCE_SECONDS,
        push_max_wait: float = MAX_WAIT_SECONDS,
        push_on_queue: bool = True,
    ) -> None:
        self.db = db
        self.bus = bus
        self.token_file = token_file
        self.poll_seconds = poll_seconds
        self.feeds = FeedStore(db)
        self.outbox = OutboxRepository(db)
        self.outcome = TurnOutcome(self.outbox, bus, backoff or Backoff())
        self.pairings = PairingRepository(db)
        self.stock = StockRepository(db)
        self.redemptions = RedemptionRepository(db)
        self._wake = Wakeup(push_debounce, push_max_wait)
        self.push_on_queue = push_on_queue  # False: sales wait for the poll (the old way)
        self._unwatch: Callable[[], None] | None = None
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self.connection = HubConnection(self.pairings, token_file, client_factory)
        self.context = SyncContext(
            db, bus, self._stop, self.outcome.publish, page_size, batch_size, use_snapshot
        )
        self.cycle: list[Feed] = [make(self.context) for make in cycle]
        self.aisle = EndlessAisle(self.connection, db)
        self.listener = EventListener(self.connection, self.cycle, self._wake, self._stop)

    @property
    def last_status(self) -> SyncStatus | None:
        """The status the engine published last (None before its first turn)."""
        return self.outcome.last_status

    def feed(self, kind: type[F]) -> F:
        """The registered feed of this class (raises LookupError when none is)."""
        for feed in self.cycle:
            if isinstance(feed, kind):
                return feed
        raise LookupError(f"no {kind.__name__} feed is registered")

    # --- life cycle ------------------------------------------------------------------------

    def start(self) -> None:
        """Start the engine loop and the event listener (daemon threads; see :meth:`stop`)."""
        if self.push_on_queue:
            self._unwatch = self.db.watch_outbox(self._wake.queued)
        for name, target in (("sync", self._loop), ("sync-events", self.listener.run)):
            thread = threading.Thread(target=target, name=name, daemon=True)
            thread.start()
            self._threads.append(thread)

    def stop(self, timeout: float = 10.0) -> None:
        if self._unwatch is not None:
            self._unwatch()
            self._unwatch = None
        self._stop.set()
        self._wake.set()
        self.listener.close()
        for thread in self._threads:
            thread.join(timeout)
        self._threads.clear()
        self.connection.close()

    def sync_now(self) -> None:
        """Run a cycle at once (also right after a failure: the cashier asked for it)."""
        self.outcome.backoff.reset()
        self._wake.set()

    # --- the loop --------------------------------------------------------------------------

    def _loop(self) -> None:
        deadline = self._after(self._guarded(self.run_once))
        while not self._stop.is_set():
            woken = self._wake.wait(deadline, pushes=self.outcome.healthy)
            if self._stop.is_set():
                break
            if woken is Woken.PUSH:
                left = None if deadline is None else max(0.0, deadline - time.monotonic())
                deadline = self._after(self._guarded(partial(self.push_queued, left)))
            else:
                deadline = self._after(self._guarded(self.run_once))

    def _guarded(self, turn: Callable[[], float | None]) -> float | None:
        try:
            return turn()
        except Exception:  # never let the thread die: log, back off, go on
            log.exception("sync turn failed unexpectedly")
            return self.outcome.crashed()

    @staticmethod
    def _after(delay: float | None) -> float | None:
        return None if delay is None else time.monotonic() + delay

    def _connect(self) -> tuple[Pairing, HubClient] | None:
        """The pairing and a client, or None after publishing why not (not paired, or the
        token file refused): then only a wake-up goes on."""
        try:
            return self.paired_client()
        except NotPaired as exc:
            self.outcome.unpaired(str(exc))
        except InsecureTokenFile as exc:
            self.outcome.token_file_refused(str(exc))
        return None

    def push_queued(self, next_cycle: float | None) -> float | None:
        """Push the outbox alone (records were queued since the last good turn), in the
        loop's thread. Returns seconds until the next cycle: ``next_cycle`` when the push
        went, a backoff when it failed (the next try is a whole cycle), ``None`` when only a
        wake-up may go on (not paired, the token refused)."""
        paired = self._connect()
        if paired is None:
            return None
        try:
            self.feed(OutboxPush).push(paired[1])
        except AuthRejected as exc:
            self.outcome.refused(exc)
            return None
        except HubError as exc:
            return self.outcome.failed(exc, exc.code, getattr(exc, "retry_after", None))
        self.outcome.publish("online")
        return next_cycle

    def run_once(self) -> float | None:
        """One cycle in the caller's thread. Returns seconds until the next one is due
        (``None``: only when woken - not paired, or the token was refused)."""
        paired = self._connect()
        if paired is None:
            return None
        pairing, client = paired
        try:
            for feed in self.cycle:
                feed.sync(client, pairing)
        except AuthRejected as exc:
            self.outcome.refused(exc)
            return None
        except CursorExpired as exc:
            log.warning("%s cursor expired (hub reset?): pulled again from the start", exc.feed)
            for feed in self.cycle:
                if feed.name == exc.feed:
                    feed.restart()
            self.outcome.healthy = False  # the cycle right away pushes too
            return 0.0
        except HubError as exc:
            retry_after = getattr(exc, "retry_after", None)
            return self.outcome.failed(exc, exc.code, retry_after)
        except (StaleCursor, sqlite3.IntegrityError, SnapshotRefused) as exc:
            # A page that the cache refuses (a row breaking a key) changes nothing.
            return self.outcome.failed(exc, "bad_response")
        self.outcome.synced()
        return self.poll_seconds

    # --- asked from outside the loop (services, off the UI thread) -------------------------

    def paired_client(self) -> tuple[Pairing, HubClient]:
        """The pairing and a client with its token (raises NotPaired, InsecureTokenFile)."""
        return self.connection.paired_client()

    def pair(self, hub_url: str, code: str, device_name: str | None = None) -> Pairing:
        """Exchange a one-time pairing code for a device token (blocking: call off the UI
        thread), then sync at once. A till paired to another hub database restarts its feeds."""
        pairing = pair_till(
            hub_url,
            code,
            device_name,
            client_factory=self.connection.client_factory,
            pairings=self.pairings,
            token_file=self.token_file,
            feeds=self.cycle,
        )
        self.sync_now()
        return pairing

    def push_now(self) -> bool:
        """Push the outbox at once from the caller's thread (a clerk waits for the hub's
        answer to a pickup event); False when the hub cannot be reached or is not paired.
        A record the loop pushes at the same time is answered ``duplicate``: no harm."""
        try:
            _pairing, client = self.paired_client()
            self.feed(OutboxPush).push(client)
        except (NotPaired, InsecureTokenFile, HubError) as exc:
            log.info("pickup event kept for later: %s", exc)
            return False
        self._wake.set()  # the loop pulls the orders' new versions
        return True

    def product_stock(self, product_id: str) -> AisleView:
        """The endless aisle: ask the hub (short timeout); offline, what the till kept."""
        return self.aisle.product_stock(product_id)

    def key_ring(self) -> KeyRing:
        """The token keys kept from the hub, to verify customers' tokens offline."""
        return self.feed(SigningKeys).ring()

    def promotions(self) -> list[PromotionInfo]:
        """The promotions kept from the hub."""
        return self.feed(Promotions).kept()

    def customer_view(self, token: str, viewer: str) -> CustomerView:
        """Ask the hub for the customer a promo token names (raises HubError, NotPaired)."""
        _pairing, client = self.paired_client()
        return client.customer_view(token, viewer, timeout=CUSTOMER_VIEW_TIMEOUT)
