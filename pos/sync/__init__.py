"""pos.sync - the till's side of the central omnichannel API: the httpx client, the engine
that pulls the feeds into the cache and pushes the outbox, backoff, and the events it
publishes. No Qt (an import-linter contract)."""

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
from pos.sync.engine import AisleView, CursorWentBack, SyncEngine
from pos.sync.events import PickupOrdersChanged, PromoDoubleUse, SyncProgress, SyncStatus

__all__ = [
    "AisleView",
    "AuthRejected",
    "Backoff",
    "BadResponse",
    "CursorWentBack",
    "HubBusy",
    "HubClient",
    "HubError",
    "HubFailed",
    "HubUnreachable",
    "PickupOrdersChanged",
    "PromoDoubleUse",
    "Refused",
    "SyncEngine",
    "SyncProgress",
    "SyncStatus",
]
