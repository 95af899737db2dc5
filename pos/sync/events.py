"""Events the sync engine publishes on the core ``EventBus`` (the UI shows them).

Problems travel as stable codes (``unreachable``, ``auth``, ``bad_response``...), never as
English sentences: the UI translates the code.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from pos.events import Event


@dataclass(frozen=True, slots=True)
class SyncStatus(Event):
    """Where sync stands. ``state``: ``unpaired``, ``syncing``, ``online``, ``offline`` or
    ``auth`` (the hub refused the device token: pair again)."""

    state: str
    last_sync: datetime | None
    waiting: int  # outbox records not yet acknowledged by the hub
    poisoned: int  # records the hub refused, set aside for a manager
    problem: str | None = None  # code of the last failure (HubError.code), None when fine
    detail: str = ""  # for the log and the manager (English, technical)


SEARCH_INDEX = "search_index"  # SyncProgress.feed while the search index is built


@dataclass(frozen=True, slots=True)
class SyncProgress(Event):
    """Progress of a long pull (the initial sync): items applied of ``total`` (when the hub
    counted them), and the estimated seconds left. ``feed`` is ``catalog``, ``stock`` or
    :data:`SEARCH_INDEX` (products indexed for search after a snapshot)."""

    feed: str
    done: int
    total: int | None
    eta_seconds: float | None
    finished: bool = False


@dataclass(frozen=True, slots=True)
class PickupOrdersChanged(Event):
    """Pickup orders of this store changed in the cache (a feed page, an answer, this till's
    own event): ``states`` maps each order id to the state now shown."""

    states: dict[str, str]


@dataclass(frozen=True, slots=True)
class PromoDoubleUse(Event):
    """The hub found a promo code used more often than allowed (two tills offline): the
    sale stands, a manager should look. No personal data."""

    sale_id: str
    token_id: str
    promotion_id: str
