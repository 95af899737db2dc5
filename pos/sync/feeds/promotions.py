"""The hub's current promotions (rules, no personal data), for promo codes scanned offline.

Fetched at pairing, on start and reconnect and when the hub says they changed; kept in the
cache.
"""

from __future__ import annotations

import logging
import threading

from pos.api.customers import PromotionInfo
from pos.api.events import EventType
from pos.store import Pairing, PairingRepository
from pos.sync.client import HubClient
from pos.sync.feed import FeedDefaults, SyncContext

log = logging.getLogger(__name__)


class Promotions(FeedDefaults):
    name = "promotions"

    def __init__(self, context: SyncContext) -> None:
        self.pairings = PairingRepository(context.db)
        self._due = threading.Event()
        self._due.set()
        self._promotions: list[PromotionInfo] | None = None

    def sync(self, client: HubClient, pairing: Pairing) -> int:
        return len(self.fetch(client)) if self._due.is_set() else 0

    def fetch(self, client: HubClient) -> list[PromotionInfo]:
        """Fetch the hub's current promotions into the cache (due again when it fails)."""
        self._due.clear()
        try:
            found = client.promotions().promotions
        except BaseException:
            self._due.set()
            raise
        self.pairings.save_promotions([p.model_dump(mode="json") for p in found])
        self._promotions = list(found)
        return self._promotions

    def kept(self) -> list[PromotionInfo]:
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

    def heard(self, event: str) -> bool:
        if event in (EventType.HELLO, EventType.PROMOTIONS_CHANGED):
            self._due.set()
            return True
        return False

    def prime(self, client: HubClient) -> None:
        self.fetch(client)
