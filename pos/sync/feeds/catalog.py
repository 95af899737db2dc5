"""The catalog feed: products, barcodes, prices, taxes and categories.

A till without a catalog cursor (new, or the hub was reset) first loads the whole catalog and
the store's stock by snapshot (:mod:`pos.sync.snapshot`), then the feed from the snapshot's
cursor (what changed while it streamed). It runs first in a cycle: a GET, so a wrong or
revoked token is found before any sale leaves the till.
"""

from __future__ import annotations

import logging
import time
from datetime import UTC, datetime

from pos.api.events import EventType
from pos.api.feeds import PRODUCT_COLUMNS, CatalogPage
from pos.store import CATALOG_FEED, FeedStore, Pairing
from pos.store import CatalogPage as CatalogRows
from pos.store.models import utc_text
from pos.sync.client import HubClient
from pos.sync.errors import BadResponse, Refused
from pos.sync.feed import FeedDefaults, SyncContext
from pos.sync.paging import Fetched, publish_progress, pull_pages
from pos.sync.snapshot import SnapshotResult, load_snapshot

log = logging.getLogger(__name__)

# A synced product has exactly one price, current since always (the hub sends the price now).
SYNCED_PRICE_FROM = "1970-01-01T00:00:00.000000Z"


class CatalogFeed(FeedDefaults):
    name = CATALOG_FEED

    def __init__(self, context: SyncContext) -> None:
        self.context = context
        self.cursors = FeedStore(context.db)
        self.last_snapshot: SnapshotResult | None = None

    def sync(self, client: HubClient, pairing: Pairing) -> int:
        """The catalog feed from the stored cursor, after a snapshot when there is none.
        Returns the catalog items applied."""
        currency = pairing.currency
        done = 0
        position = self.cursors.position(CATALOG_FEED)
        if self.context.use_snapshot and position is None:
            done = self.pull_snapshot(client, pairing)
            position = self.cursors.position(CATALOG_FEED)

        def fetch(cursor: str | None, count: bool) -> Fetched[CatalogRows]:
            page = client.catalog_page(cursor, self.context.page_size, count)
            return Fetched(
                page.cursor, page.has_more, page.remaining, page.size, catalog_rows(page, currency)
            )

        cursor = None if position is None else position.cursor
        return done + pull_pages(
            self.context.bus,
            CATALOG_FEED,
            cursor,
            self.context.page_size,
            fetch,
            self.cursors.apply_catalog,
        )

    def pull_snapshot(self, client: HubClient, pairing: Pairing) -> int:
        """Replace the catalog (and the store's stock) with the hub's snapshot, atomically.
        Returns the catalog items loaded (0 when the hub has no snapshot: the feed pages
        then bring everything)."""
        started = time.monotonic()
        bus = self.context.bus

        def progress(done: int, total: int) -> None:
            publish_progress(bus, CATALOG_FEED, done, total, started, finished=False)

        try:
            result = load_snapshot(
                self.context.db, client, pairing.currency, SYNCED_PRICE_FROM, progress=progress
            )
        except Refused as exc:
            if exc.status != 404:
                raise
            log.info("the hub has no snapshot (%s): the feeds bring the catalog", exc)
            return 0
        self.last_snapshot = result
        loaded = result.products + result.stock
        publish_progress(bus, CATALOG_FEED, loaded, loaded, started, finished=True)
        return result.products

    def heard(self, event: str) -> bool:
        return event == EventType.CATALOG_CHANGED

    def restart(self) -> None:
        self.cursors.reset(CATALOG_FEED)


def catalog_rows(page: CatalogPage, currency: str) -> CatalogRows:
    """A validated catalog page as the cache's rows."""
    if tuple(page.product_columns) != PRODUCT_COLUMNS:
        raise BadResponse(f"unknown product row format {page.product_columns!r}")
    now = utc_text(datetime.now(UTC))
    products = page.products
    return CatalogRows(
        taxes=[(t.code, t.rate, t.label) for t in page.tax_classes],
        categories=[(c.id, c.name, c.parent_id, c.sort_order) for c in page.categories],
        products=[(p[0], p[1], p[2], p[3], p[4], p[5], p[6], now) for p in products],
        barcodes=[(code, p[0]) for p in products for code in p[8]],
        prices=[(p[0], p[7], currency, SYNCED_PRICE_FROM) for p in products],
    )
