"""The stock feed: on-hand and reserved per product and location. It runs after the push, so
the figures it brings already include the sales this till just sent."""

from __future__ import annotations

from datetime import UTC, datetime

from pos.api.events import EventType
from pos.api.feeds import STOCK_COLUMNS, StockPage
from pos.store import STOCK_FEED, FeedStore, Pairing
from pos.store.feeds import StockRow
from pos.store.models import utc_text
from pos.sync.client import HubClient
from pos.sync.errors import BadResponse
from pos.sync.feed import FeedDefaults, SyncContext
from pos.sync.paging import Fetched, pull_pages


class StockFeed(FeedDefaults):
    name = STOCK_FEED

    def __init__(self, context: SyncContext) -> None:
        self.context = context
        self.cursors = FeedStore(context.db)

    def sync(self, client: HubClient, pairing: Pairing) -> int:
        def fetch(cursor: str | None, count: bool) -> Fetched[list[StockRow]]:
            page = client.stock_page(cursor, self.context.page_size, count)
            return Fetched(
                page.cursor, page.has_more, page.remaining, len(page.stock), stock_rows(page)
            )

        position = self.cursors.position(STOCK_FEED)
        cursor = None if position is None else position.cursor
        return pull_pages(
            self.context.bus,
            STOCK_FEED,
            cursor,
            self.context.page_size,
            fetch,
            self.cursors.apply_stock,
        )

    def heard(self, event: str) -> bool:
        return event == EventType.STOCK_CHANGED

    def restart(self) -> None:
        self.cursors.reset(STOCK_FEED)


def stock_rows(page: StockPage) -> list[StockRow]:
    """A validated stock page as the cache's rows."""
    if tuple(page.stock_columns) != STOCK_COLUMNS:
        raise BadResponse(f"unknown stock row format {page.stock_columns!r}")
    now = utc_text(datetime.now(UTC))
    return [(s[0], s[1], s[2], s[3], now) for s in page.stock]
