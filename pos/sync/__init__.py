"""pos.sync - the till's side of the central omnichannel API: the httpx client, the engine
(a scheduler) over one module per feed (:mod:`pos.sync.feeds`) that pulls into the cache or
pushes the outbox, backoff, and the events it publishes. No Qt (an import-linter contract)."""

from pos.sync.backoff import Backoff
from pos.sync.client import (
    AuthRejected,
    BadResponse,
    HubBusy,
    HubClient,
    HubError,
    HubFailed,
    HubUnreachable,
    Refused,
)
from pos.sync.connection import NotPaired
from pos.sync.endless_aisle import AisleView
from pos.sync.engine import SyncEngine
from pos.sync.events import PickupOrdersChanged, PromoDoubleUse, SyncProgress, SyncStatus
from pos.sync.feed import Feed, FeedDefaults, SyncContext
from pos.sync.paging import CursorWentBack

__all__ = [
    "AisleView",
    "AuthRejected",
    "Backoff",
    "BadResponse",
    "CursorWentBack",
    "Feed",
    "FeedDefaults",
    "HubBusy",
    "HubClient",
    "HubError",
    "HubFailed",
    "HubUnreachable",
    "NotPaired",
    "PickupOrdersChanged",
    "PromoDoubleUse",
    "Refused",
    "SyncContext",
    "SyncEngine",
    "SyncProgress",
    "SyncStatus",
]
