"""The pickup feed: the store's click-and-collect orders. Its cursor lives in the main file
with the orders (:class:`pos.store.PickupRepository`); the UI hears which orders changed."""

from __future__ import annotations

from pos.api.events import EventType
from pos.api.pickup import PickupOrder
from pos.store import PICKUP_FEED, Pairing, PickupRepository
from pos.store.pickup import order_row
from pos.sync.client import HubClient
from pos.sync.events import PickupOrdersChanged
from pos.sync.feed import FeedDefaults, SyncContext
from pos.sync.paging import Fetched, pull_pages


class PickupFeed(FeedDefaults):
    name = PICKUP_FEED

    def __init__(self, context: SyncContext) -> None:
        self.context = context
        self.orders = PickupRepository(context.db)

    def sync(self, client: HubClient, pairing: Pairing) -> int:
        """The store's pickup orders changed since the cursor; the UI hears which."""
        changed: dict[str, str] = {}

        def fetch(cursor: str | None, _count: bool) -> Fetched[list[PickupOrder]]:
            page = client.pickup_page(cursor, self.context.page_size)
            return Fetched(page.cursor, page.has_more, None, len(page.orders), page.orders)

        def apply(orders: list[PickupOrder], expected: str | None, new: str) -> None:
            self.orders.apply_page([order_row(o) for o in orders], expected, new)
            changed.update({o.order_id: o.state for o in orders})

        position = self.orders.position()
        cursor = None if position is None else position.cursor
        done = pull_pages(
            self.context.bus, PICKUP_FEED, cursor, self.context.page_size, fetch, apply
        )
        if changed:
            self.context.bus.publish(PickupOrdersChanged(changed))
        return done

    def heard(self, event: str) -> bool:
        return event == EventType.PICKUP_CHANGED

    def restart(self) -> None:
        self.orders.reset_cursor()
