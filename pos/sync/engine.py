"""The sync engine: keeps the till's cache in step with the hub and drains the outbox.

Threads (none of them the UI thread):

* ``sync`` - the engine loop. One *cycle* pulls the catalog feed, pushes the outbox, then
  pulls the stock feed (so the stock it brings already includes the sales just pushed). The
  catalog goes first because it is a GET: a wrong or revoked token is found before any sale
  leaves the till. After a good cycle the loop sleeps until the poll interval, an event from
  the hub or "sync now" wakes it; after a failed one, for an exponential backoff with jitter
  (at least the hub's ``Retry-After``).
* ``sync-fetch`` - during a pull, fetches and validates page N+1 while the loop writes page
  N, so the network, the hub and SQLite work at the same time (the initial sync).
* ``sync-events`` - listens to the hub's SSE stream; ``catalog.changed``/``stock.changed``
  wake the loop. Events are hints: a lost one costs latency, never data.

Safety: a page is validated whole before it is written (:mod:`pos.sync.client`), written in
one transaction with its cursor (:mod:`pos.store.feeds`), and a cursor that goes backwards is
refused before anything is written. Pushed records carry the till's ids, so a batch repeated
after a lost answer is acknowledged as ``duplicate`` by the hub, never applied twice.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Generic, TypeVar

from pos.api.customers import CustomerView, PromotionInfo
from pos.api.documents import RecordResult, RecordStatus
from pos.api.events import KEEPALIVE_SECONDS, EventType
from pos.api.feeds import PRODUCT_COLUMNS, STOCK_COLUMNS, CatalogPage, StockPage
from pos.api.pickup import RECORD_KIND, PickupOrder
from pos.api.problems import ProblemCode
from pos.api.signed_tokens import KeyRing, PublicKey
from pos.events import EventBus
from pos.store import (
    CATALOG_FEED,
    PICKUP_FEED,
    STOCK_FEED,
    Database,
    FeedPosition,
    FeedStore,
    OutboxItem,
    OutboxRepository,
    Pairing,
    PairingRepository,
    PickupRepository,
    RedemptionRepository,
    StaleCursor,
    StockFigure,
    StockRepository,
    TokenFile,
)
from pos.store import CatalogPage as CatalogRows
from pos.store.catalog_build import SearchIndexBuilder, SnapshotRefused
from pos.store.feeds import StockRow
from pos.store.models import utc_text
from pos.store.pairing import InsecureTokenFile
from pos.store.pickup import order_row
from pos.sync.backoff import Backoff
from pos.sync.client import AuthRejected, BadResponse, HubClient, HubError, HubUnreachable, Refused
from pos.sync.events import (
    SEARCH_INDEX,
    PickupOrdersChanged,
    PromoDoubleUse,
    SyncProgress,
    SyncStatus,
)
from pos.sync.snapshot import SnapshotResult, load_snapshot

log = logging.getLogger(__name__)

T = TypeVar("T")

# A synced product has exactly one price, current since always (the hub sends the price now).
SYNCED_PRICE_FROM = "1970-01-01T00:00:00.000000Z"
# Outbox kinds and the hub's record kinds.
RECORD_KINDS = {"sale": "sale", "sale_void": "void"}
# A whole batch refused with one of these says something in it cannot be read: resend one
# by one, and set aside the record that is refused on its own.
_RECORD_REFUSALS = frozenset({400, 413, 422})
CUSTOMER_VIEW_TIMEOUT = 3.0  # seconds a scanned customer's view may take before "offline"
AISLE_TIMEOUT = 3.0  # seconds the endless aisle waits for the hub before showing what it kept


class CursorWentBack(HubError):
    """The hub answered a cursor before the one asked with: refused, nothing written."""

    code = "cursor_back"


class CursorExpired(HubError):
    """The hub no longer knows the feed's cursor (``410 cursor_expired``: it was reset)."""

    code = "cursor_expired"

    def __init__(self, feed: str) -> None:
        super().__init__(f"{feed} feed: cursor expired")
        self.feed = feed


class NotPaired(Exception):
    """The till has no pairing (or no device token): nothing can be synced."""


@dataclass(frozen=True, slots=True)
class AisleView:
    """Stock of one product in every location the till knows, for the endless aisle.

    ``online`` tells whether the hub answered just now; when False the figures are what the
    till kept, each with the time it was last confirmed.
    """

    product_id: str
    online: bool
    figures: list[StockFigure]
    names: dict[str, str]  # location id -> name
    own_location: str


@dataclass(slots=True)
class _Fetched(Generic[T]):
    cursor: str
    has_more: bool
    remaining: int | None
    size: int
    rows: T


def utc_now() -> datetime:
    return datetime.now(UTC)


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
        client_factory: Callable[[str, str | None], HubClient] = HubClient,
    ) -> None:
        self.db = db
        self.bus = bus
        self.token_file = token_file
        self.poll_seconds = poll_seconds
        self.page_size = page_size
        self.use_snapshot = use_snapshot
        self.batch_size = batch_size
        self.backoff = backoff or Backoff()
        self._client_factory = client_factory
        self.feeds = FeedStore(db)
        self.outbox = OutboxRepository(db)
        self.pairings = PairingRepository(db)
        self.stock = StockRepository(db)
        self.pickup = PickupRepository(db)
        self.redemptions = RedemptionRepository(db)
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._client: tuple[tuple[str, str], HubClient] | None = None
        self._client_lock = threading.Lock()
        self._events_client: HubClient | None = None
        self._keys_due = threading.Event()  # fetch the signing keys in the next cycle
        self._keys_due.set()
        self._ring: KeyRing | None = None  # the kept keys, loaded on first use
        self._promotions_due = threading.Event()
        self._promotions_due.set()
        self._promotions: list[PromotionInfo] | None = None
        self.last_sync: datetime | None = None
        self.last_snapshot: SnapshotResult | None = None
        self.last_status: SyncStatus | None = None

    # --- life cycle ------------------------------------------------------------------------

    def start(self) -> None:
        """Start the engine loop and the event listener (daemon threads; see :meth:`stop`)."""
        for name, target in (("sync", self._loop), ("sync-events", self._listen)):
            thread = threading.Thread(target=target, name=name, daemon=True)
            thread.start()
            self._threads.append(thread)

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._wake.set()
        events_client = self._events_client
        if events_client is not None:
            events_client.close()  # ends a blocked read of the event stream
        for thread in self._threads:
            thread.join(timeout)
        self._threads.clear()
        with self._client_lock:
            if self._client is not None:
                self._client[1].close()
                self._client = None

    def sync_now(self) -> None:
        """Run a cycle at once (also right after a failure: the cashier asked for it)."""
        self.backoff.reset()
        self._wake.set()

    # --- the loop --------------------------------------------------------------------------

    def _loop(self) -> None:
        while not self._stop.is_set():
            delay: float | None
            try:
                delay = self.run_once()
            except Exception:  # never let the thread die: log, back off, go on
                log.exception("sync cycle failed unexpectedly")
                delay = self.backoff.next_delay()
            self._wake.wait(delay)
            self._wake.clear()

    def run_once(self) -> float | None:
        """One cycle in the caller's thread. Returns seconds until the next one is due
        (``None``: only when woken - not paired, or the token was refused)."""
        try:
            pairing, client = self.paired_client()
        except NotPaired as exc:
            self._publish("unpaired", problem="unpaired", detail=str(exc))
            return None
        except InsecureTokenFile as exc:
            log.error("device token refused: %s", exc)
            self._publish("auth", problem="token_file", detail=str(exc))
            return None
        try:
            self.pull_catalog(client, pairing)
            if self._keys_due.is_set():
                self.fetch_signing_keys(client)
            if self._promotions_due.is_set():
                self.fetch_promotions(client)
            self.push(client)
            self.pull_stock(client)
            self.pull_pickup(client)
            self.build_search_index()
        except AuthRejected as exc:
            log.error("the hub refused the device token (%s); nothing was sent", exc.problem_code)
            self._publish("auth", problem=exc.problem_code, detail=str(exc))
            return None
        except CursorExpired as exc:
            log.warning("%s cursor expired (hub reset?): pulled again from the start", exc.feed)
            if exc.feed == PICKUP_FEED:
                self.pickup.reset_cursor()
            else:
                self.feeds.reset(exc.feed)
            return 0.0
        except HubError as exc:
            retry_after = getattr(exc, "retry_after", None)
            return self._failed(exc, exc.code, retry_after)
        except (StaleCursor, sqlite3.IntegrityError, SnapshotRefused) as exc:
            # A page that the cache refuses (a row breaking a key) changes nothing.
            return self._failed(exc, "bad_response")
        self.backoff.reset()
        self.last_sync = utc_now()
        self._publish("online")
        return self.poll_seconds

    def _failed(self, exc: Exception, code: str, retry_after: float | None = None) -> float:
        delay = self.backoff.next_delay(retry_after)
        log.warning("sync failed (%s: %s); next try in %.1f s", code, exc, delay)
        self._publish("offline", problem=code, detail=str(exc))
        return delay

    def paired_client(self) -> tuple[Pairing, HubClient]:
        """The pairing and a client with its token (raises NotPaired, InsecureTokenFile)."""
        pairing = self.pairings.get()
        if pairing is None:
            raise NotPaired("the till is not paired with a hub")
        token = self.token_file.read()
        if token is None:
            raise NotPaired("the device token is missing; pair the till again")
        key = (pairing.hub_url, token)
        with self._client_lock:
            if self._client is None or self._client[0] != key:
                if self._client is not None:
                    self._client[1].close()
                self._client = (key, self._client_factory(pairing.hub_url, token))
            return pairing, self._client[1]

    def _publish(self, state: str, problem: str | None = None, detail: str = "") -> None:
        counts = self.outbox.counts()
        status = SyncStatus(
            state=state,
            last_sync=self.last_sync,
            waiting=counts["pending"],
            poisoned=counts["poisoned"],
            problem=problem,
            detail=detail,
        )
        self.last_status = status
        self.bus.publish(status)

    # --- pulls -----------------------------------------------------------------------------

    def pull_catalog(self, client: HubClient, pairing: Pairing) -> int:
        """The catalog feed from the stored cursor; without one (a new till, a reset hub)
        first the whole catalog and the store's stock by snapshot, then the feed from the
        snapshot's cursor (what changed while it streamed)."""
        currency = pairing.currency
        done = 0
        if self.use_snapshot and self.feeds.position(CATALOG_FEED) is None:
            done = self.pull_snapshot(client, pairing)

        def fetch(cursor: str | None, count: bool) -> _Fetched[CatalogRows]:
            page = client.catalog_page(cursor, self.page_size, count)
            return _Fetched(
                page.cursor, page.has_more, page.remaining, page.size, catalog_rows(page, currency)
            )

        return done + self._pull(CATALOG_FEED, fetch, self.feeds.apply_catalog)

    def pull_snapshot(self, client: HubClient, pairing: Pairing) -> int:
        """Replace the catalog (and the store's stock) with the hub's snapshot, atomically.
        Returns the catalog items loaded (0 when the hub has no snapshot: the feed pages
        then bring everything)."""
        started = time.monotonic()

        def progress(done: int, total: int) -> None:
            self._progress(CATALOG_FEED, done, total, started, finished=False)

        try:
            result = load_snapshot(
                self.db, client, pairing.currency, SYNCED_PRICE_FROM, progress=progress
            )
        except Refused as exc:
            if exc.status != 404:
                raise
            log.info("the hub has no snapshot (%s): the feeds bring the catalog", exc)
            return 0
        self.last_snapshot = result
        loaded = result.products + result.stock
        self._progress(CATALOG_FEED, loaded, loaded, started, finished=True)
        return result.products

    def build_search_index(self) -> int:
        """Finish the search index a snapshot left to build, a short transaction per chunk,
        publishing progress (the till says "search index building" meanwhile). Returns the
        products indexed now."""
        builder = SearchIndexBuilder(self.db)
        started = time.monotonic()
        first: int | None = None
        last = 0
        while not self._stop.is_set():
            step = builder.step()
            if step is None:
                break
            first = step.done if first is None else first
            last = step.done
            elapsed = time.monotonic() - started
            rate = (step.done - (first or 0)) / elapsed if elapsed > 0 else 0
            eta = None if rate <= 0 else (step.total - step.done) / rate
            self.bus.publish(SyncProgress(SEARCH_INDEX, step.done, step.total, eta, step.finished))
            if step.finished:
                log.info("search index built in %.2f s", time.monotonic() - started)
                break
        return last

    def pull_stock(self, client: HubClient) -> int:
        def fetch(cursor: str | None, count: bool) -> _Fetched[list[StockRow]]:
            page = client.stock_page(cursor, self.page_size, count)
            return _Fetched(
                page.cursor, page.has_more, page.remaining, len(page.stock), stock_rows(page)
            )

        return self._pull(STOCK_FEED, fetch, self.feeds.apply_stock)

    def pull_pickup(self, client: HubClient) -> int:
        """The store's pickup orders changed since the cursor; the UI hears which."""
        changed: dict[str, str] = {}

        def fetch(cursor: str | None, _count: bool) -> _Fetched[list[PickupOrder]]:
            page = client.pickup_page(cursor, self.page_size)
            return _Fetched(page.cursor, page.has_more, None, len(page.orders), page.orders)

        def apply(orders: list[PickupOrder], expected: str | None, new: str) -> None:
            self.pickup.apply_page([order_row(o) for o in orders], expected, new)
            changed.update({o.order_id: o.state for o in orders})

        done = self._pull(PICKUP_FEED, fetch, apply, self.pickup.position)
        if changed:
            self.bus.publish(PickupOrdersChanged(changed))
        return done

    def push_now(self) -> bool:
        """Push the outbox at once from the caller's thread (a clerk waits for the hub's
        answer to a pickup event); False when the hub cannot be reached or is not paired.
        A record the loop pushes at the same time is answered ``duplicate``: no harm."""
        try:
            _pairing, client = self.paired_client()
            self.push(client)
        except (NotPaired, InsecureTokenFile, HubError) as exc:
            log.info("pickup event kept for later: %s", exc)
            return False
        self._wake.set()  # the loop pulls the orders' new versions
        return True

    def _pull(
        self,
        feed: str,
        fetch: Callable[[str | None, bool], _Fetched[T]],
        apply: Callable[[T, str | None, str], None],
        stored: Callable[[], FeedPosition | None] | None = None,
    ) -> int:
        """Pages from the stored cursor (``stored``: where the feed keeps it, default the
        catalog file's cursors) until the hub has no more; page N+1 is fetched while page N
        is written. Returns the number of items applied."""
        position = (stored or (lambda: self.feeds.position(feed)))()
        cursor = None if position is None else position.cursor
        started = time.monotonic()
        done = 0
        total: int | None = None
        with ThreadPoolExecutor(1, thread_name_prefix="sync-fetch") as pool:
            pending: Future[_Fetched[T]] | None = pool.submit(fetch, cursor, True)
            while pending is not None:
                try:
                    page = pending.result()
                except Refused as exc:
                    if exc.problem_code == ProblemCode.CURSOR_EXPIRED:
                        raise CursorExpired(feed) from exc
                    raise
                pending = None
                if cursor is not None and page.cursor < cursor:
                    raise CursorWentBack(
                        f"{feed} feed: the hub answered cursor {page.cursor!r} after {cursor!r}"
                    )
                if page.has_more:
                    pending = pool.submit(fetch, page.cursor, False)
                try:
                    apply(page.rows, cursor, page.cursor)
                except BaseException:
                    if pending is not None:
                        pending.cancel()
                    raise
                cursor = page.cursor
                done += page.size
                if total is None and page.remaining is not None:
                    total = done + page.remaining
                if total is not None and total > self.page_size:
                    self._progress(feed, done, total, started, finished=not page.has_more)
        if done:
            log.info("%s feed: %d items in %.2f s", feed, done, time.monotonic() - started)
        return done

    def _progress(self, feed: str, done: int, total: int, started: float, finished: bool) -> None:
        elapsed = time.monotonic() - started
        eta = None if done == 0 else max(0.0, elapsed / done * (total - done))
        self.bus.publish(SyncProgress(feed, done, total, eta, finished))

    # --- signing keys (customers' QR tokens) ----------------------------------------------

    def fetch_signing_keys(self, client: HubClient) -> list[PublicKey]:
        """Fetch the hub's public token keys into the cache (at pairing, on start, on
        reconnect and when the hub says it rotated them)."""
        self._keys_due.clear()
        try:
            keys = client.signing_keys().keys
        except BaseException:
            self._keys_due.set()
            raise
        self.pairings.save_signing_keys([k.model_dump(mode="json") for k in keys])
        self._ring = KeyRing(keys)
        log.info("token keys from the hub: %s", ", ".join(k.key_id for k in keys) or "none")
        return keys

    def key_ring(self) -> KeyRing:
        """The keys kept from the hub, to verify customers' tokens offline (read from the
        cache once, then replaced whenever keys are fetched)."""
        if self._ring is not None:
            return self._ring
        keys = []
        for raw in self.pairings.signing_keys():
            try:
                keys.append(PublicKey.model_validate(raw))
            except ValueError:
                log.warning("a stored token key does not follow the contract; skipped")
        self._ring = KeyRing(keys)
        return self._ring

    def fetch_promotions(self, client: HubClient) -> list[PromotionInfo]:
        """Fetch the hub's current promotions into the cache (rules, no personal data)."""
        self._promotions_due.clear()
        try:
            found = client.promotions().promotions
        except BaseException:
            self._promotions_due.set()
            raise
        self.pairings.save_promotions([p.model_dump(mode="json") for p in found])
        self._promotions = list(found)
        return self._promotions

    def promotions(self) -> list[PromotionInfo]:
        """The promotions kept from the hub (read from the cache once)."""
        if self._promotions is not None:
            return self._promotions
        kept = []
        for raw in self.pairings.promotions():
            try:
                kept.append(PromotionInfo.model_validate(raw))
            except ValueError:
                log.warning("a stored promotion does not follow the contract; skipped")
        self._promotions = kept
        return kept

    def customer_view(self, token: str, viewer: str) -> CustomerView:
        """Ask the hub for the customer a promo token names (raises HubError, NotPaired)."""
        _pairing, client = self.paired_client()
        return client.customer_view(token, viewer, timeout=CUSTOMER_VIEW_TIMEOUT)

    # --- push ------------------------------------------------------------------------------

    def push(self, client: HubClient) -> int:
        """Send pending outbox records in batches until none is left. Returns how many the hub
        acknowledged. A record the hub rejects is poisoned with its reason and the rest go on.
        """
        acknowledged = 0
        while not self._stop.is_set():
            items = self.outbox.pending(self.batch_size)
            if not items:
                break
            records = [
                {
                    "id": item.ref,
                    "kind": RECORD_KINDS.get(item.kind, item.kind),
                    "document": item.payload.get("document", item.payload)
                    if isinstance(item.payload, dict)
                    else item.payload,
                }
                for item in items
            ]
            try:
                outcomes = self._upload(client, items, records)
            except (HubUnreachable, BadResponse) as exc:
                # The hub may have applied the batch and the answer been lost: the records
                # stay pending and the repeat is acknowledged as duplicates.
                self.outbox.settle(failed=[i.id for i in items], error=str(exc))
                raise
            sent: list[int] = []
            poisoned: dict[int, str] = {}
            for item, outcome in zip(items, outcomes, strict=True):
                if outcome.redemption is not None:
                    self._settle_redemption(item.ref, outcome.redemption)
                if outcome.status == RecordStatus.REJECTED:
                    reason = f"{outcome.code or 'rejected'}: {outcome.reason or ''}".strip()
                    log.error("the hub rejected %s %s: %s", item.kind, item.ref, reason)
                    poisoned[item.id] = reason
                else:
                    sent.append(item.id)
            self.outbox.settle(sent=sent, poisoned=poisoned)
            orders = {
                str(i.payload.get("order_id"))
                for i in items
                if i.kind == RECORD_KIND and isinstance(i.payload, dict)
            }
            if orders:  # answered: the till's own state gives way to the hub's
                self.pickup.settle(orders)
            acknowledged += len(sent)
            self._publish("syncing")
        return acknowledged

    def _upload(
        self, client: HubClient, items: list[OutboxItem], records: list[dict[str, Any]]
    ) -> list[RecordResult]:
        """One result per record. A batch the hub refuses whole for what it holds (a 4xx
        problem: a record it cannot even read) is sent again record by record, so the one
        that is refused alone is set aside with the hub's code and the others go on: a
        refused batch is never retried as it is, forever."""
        try:
            return list(client.upload(records).results)
        except AuthRejected:
            raise
        except Refused as exc:
            if exc.status not in _RECORD_REFUSALS:
                raise
            if len(records) == 1:
                log.error("the hub refused %s %s whole: %s", items[0].kind, items[0].ref, exc)
                return [
                    RecordResult(
                        id=str(records[0]["id"]),
                        status=RecordStatus.REJECTED,
                        code=exc.problem_code,
                        reason=str(exc),
                    )
                ]
        return [
            r
            for item, one in zip(items, records, strict=True)
            for r in self._upload(client, [item], [one])
        ]

    def _settle_redemption(self, sale_id: str, verdict: str) -> None:
        if not self.redemptions.settle(sale_id, verdict) or verdict != "double_use":
            return
        row = next((r for r in self.redemptions.listed("double_use") if r.sale_id == sale_id), None)
        if row is not None:
            log.warning(
                "the hub reports promo token %s used twice (sale %s)", row.token_id, sale_id
            )
            self.bus.publish(PromoDoubleUse(sale_id, row.token_id, row.promotion_id))

    # --- pairing and the endless aisle -----------------------------------------------------

    def pair(self, hub_url: str, code: str, device_name: str | None = None) -> Pairing:
        """Exchange a one-time pairing code for a device token (blocking: call off the UI
        thread). A till paired to another hub database syncs its feeds from the start."""
        with self._client_factory(hub_url, None) as client:
            result = client.pair(code, device_name)
        previous = self.pairings.get()
        pairing = Pairing(
            hub_url=hub_url.rstrip("/"),
            store_id=result.store_id,
            till_id=result.till_id,
            device_id=result.device_id,
            location_id=result.location_id,
            currency=result.currency,
            hub_id=result.hub_id,
            paired_at=utc_text(result.paired_at),
        )
        self.token_file.write(result.token)
        with self._client_factory(pairing.hub_url, result.token) as client:
            try:
                self.fetch_signing_keys(client)
                self.fetch_promotions(client)
            except HubError as exc:  # the next cycle fetches them
                log.warning("token keys or promotions not fetched at pairing: %s", exc)
        if previous is not None and previous.hub_id != pairing.hub_id:
            self.feeds.reset(CATALOG_FEED)
            self.feeds.reset(STOCK_FEED)
            self.pickup.reset_cursor()
        self.pairings.save(pairing)
        self.sync_now()
        return pairing

    def product_stock(self, product_id: str) -> AisleView:
        """The endless aisle: ask the hub (short timeout); offline, what the till kept."""
        try:
            pairing, client = self.paired_client()
        except (NotPaired, InsecureTokenFile):
            pairing = None
        online = False
        names = self.pairings.location_names()
        if pairing is not None:
            try:
                answer = client.product_stock(product_id, timeout=AISLE_TIMEOUT)
            except HubError as exc:
                log.info("endless aisle offline for %s: %s", product_id, exc)
            else:
                online = True
                as_of = utc_text(answer.as_of)
                self.stock.remember(
                    [
                        (product_id, loc.location_id, loc.on_hand, loc.reserved, as_of)
                        for loc in answer.locations
                    ]
                )
                fresh = {loc.location_id: loc.name for loc in answer.locations}
                if any(names.get(k) != v for k, v in fresh.items()):
                    names = {**names, **fresh}
                    self.pairings.save_location_names(names)
        own = pairing.location_id if pairing is not None else ""
        return AisleView(product_id, online, self.stock.figures(product_id, own), names, own)

    # --- the event listener ----------------------------------------------------------------

    def _listen(self) -> None:
        backoff = Backoff(base=1.0, cap=30.0)
        last_id: int | None = None
        while not self._stop.is_set():
            try:
                pairing = self.pairings.get()
                token = self.token_file.read()
            except (InsecureTokenFile, sqlite3.Error):
                pairing, token = None, None
            if pairing is None or token is None:
                self._stop.wait(1.0)
                continue
            client = self._client_factory(pairing.hub_url, token)
            self._events_client = client
            try:
                for event in client.events(last_id, read_timeout=3 * KEEPALIVE_SECONDS):
                    backoff.reset()
                    last_id = event.id
                    if event.type in (EventType.HELLO, EventType.SIGNING_KEYS_CHANGED):
                        self._keys_due.set()
                    if event.type in (EventType.HELLO, EventType.PROMOTIONS_CHANGED):
                        self._promotions_due.set()
                    if event.type in (
                        EventType.HELLO,  # (re)connected: catch up on what was missed
                        EventType.SIGNING_KEYS_CHANGED,
                        EventType.PROMOTIONS_CHANGED,
                        EventType.CATALOG_CHANGED,
                        EventType.STOCK_CHANGED,
                        EventType.PICKUP_CHANGED,
                        EventType.DEVICE_REVOKED,
                    ):
                        self._wake.set()
                    if self._stop.is_set():
                        break
                delay = backoff.next_delay()
            except AuthRejected:
                delay = 30.0  # the loop says so; a new pairing changes the token
            except HubError as exc:
                delay = backoff.next_delay(getattr(exc, "retry_after", None))
                log.debug("event stream ended (%s); reconnecting in %.1f s", exc, delay)
            except Exception:
                if self._stop.is_set():
                    break
                log.exception("event stream failed")
                delay = backoff.next_delay()
            finally:
                self._events_client = None
                client.close()
            self._stop.wait(delay)


def catalog_rows(page: CatalogPage, currency: str) -> CatalogRows:
    """A validated catalog page as the cache's rows."""
    if tuple(page.product_columns) != PRODUCT_COLUMNS:
        raise BadResponse(f"unknown product row format {page.product_columns!r}")
    now = utc_text(utc_now())
    products = page.products
    return CatalogRows(
        taxes=[(t.code, t.rate, t.label) for t in page.tax_classes],
        categories=[(c.id, c.name, c.parent_id, c.sort_order) for c in page.categories],
        products=[(p[0], p[1], p[2], p[3], p[4], p[5], p[6], now) for p in products],
        barcodes=[(code, p[0]) for p in products for code in p[8]],
        prices=[(p[0], p[7], currency, SYNCED_PRICE_FROM) for p in products],
    )


def stock_rows(page: StockPage) -> list[StockRow]:
    if tuple(page.stock_columns) != STOCK_COLUMNS:
        raise BadResponse(f"unknown stock row format {page.stock_columns!r}")
    now = utc_text(utc_now())
    return [(s[0], s[1], s[2], s[3], now) for s in page.stock]
