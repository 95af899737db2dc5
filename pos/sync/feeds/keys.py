"""The hub's public token keys, to verify customers' QR tokens offline.

Fetched at pairing, on start and reconnect (the event stream's ``hello``) and when the hub
says it rotated them; kept in the cache so a till that starts offline still verifies.
"""

from __future__ import annotations

import logging
import threading

from pos.api.events import EventType
from pos.api.signed_tokens import KeyRing, PublicKey
from pos.store import Pairing, PairingRepository
from pos.sync.client import HubClient
from pos.sync.feed import FeedDefaults, SyncContext

log = logging.getLogger(__name__)


class SigningKeys(FeedDefaults):
    name = "signing_keys"

    def __init__(self, context: SyncContext) -> None:
        self.pairings = PairingRepository(context.db)
        self._due = threading.Event()  # fetch the keys in the next cycle
        self._due.set()
        self._ring: KeyRing | None = None  # the kept keys, loaded on first use

    def sync(self, client: HubClient, pairing: Pairing) -> int:
        return len(self.fetch(client)) if self._due.is_set() else 0

    def fetch(self, client: HubClient) -> list[PublicKey]:
        """Fetch the hub's public token keys into the cache (due again when it fails)."""
        self._due.clear()
        try:
            keys = client.signing_keys().keys
        except BaseException:
            self._due.set()
            raise
        self.pairings.save_signing_keys([k.model_dump(mode="json") for k in keys])
        self._ring = KeyRing(keys)
        log.info("token keys from the hub: %s", ", ".join(k.key_id for k in keys) or "none")
        return keys

    def ring(self) -> KeyRing:
        """The keys kept from the hub (read from the cache once, then replaced whenever keys
        are fetched)."""
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

    def heard(self, event: str) -> bool:
        if event in (EventType.HELLO, EventType.SIGNING_KEYS_CHANGED):
            self._due.set()
            return True
        return False

    def prime(self, client: HubClient) -> None:
        self.fetch(client)
