"""The feeds and duties of a sync cycle, one module each, and their registration.

:data:`CYCLE` is the registration: the engine builds each feed from its
:class:`~pos.sync.feed.SyncContext` and runs their turns in this order, every cycle:

* the catalog first - a GET, so a wrong or revoked token is found before any sale leaves;
* the token keys and promotions, when due (start, reconnect, the hub changed them);
* the outbox push, before the stock feed, so the stock pulled includes the sales just pushed;
* stock, then pickup orders;
* last the search index a snapshot left to build (the till sells meanwhile).

A new record kind (shifts, returns, loyalty, fiscal state) is a module here with a class that
follows :class:`~pos.sync.feed.Feed` and one line in :data:`CYCLE`.
"""

from pos.sync.feed import FeedFactory
from pos.sync.feeds.catalog import CatalogFeed
from pos.sync.feeds.keys import SigningKeys
from pos.sync.feeds.outbox_push import OutboxPush
from pos.sync.feeds.pickup import PickupFeed
from pos.sync.feeds.promotions import Promotions
from pos.sync.feeds.search_index import SearchIndex
from pos.sync.feeds.stock import StockFeed

CYCLE: tuple[FeedFactory, ...] = (
    CatalogFeed,
    SigningKeys,
    Promotions,
    OutboxPush,
    StockFeed,
    PickupFeed,
    SearchIndex,
)

__all__ = [
    "CYCLE",
    "CatalogFeed",
    "OutboxPush",
    "PickupFeed",
    "Promotions",
    "SearchIndex",
    "SigningKeys",
    "StockFeed",
]
