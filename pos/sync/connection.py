"""The till's way to the hub: its pairing, its device token and one client kept for both.

Kept apart from the engine so the feeds' neighbours (the endless aisle, the event listener,
a clerk's push) reach the hub the same way without importing the scheduler.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from pos.store import Pairing, PairingRepository, TokenFile
from pos.sync.client import HubClient
from pos.sync.errors import NotPaired

ClientFactory = Callable[[str, str | None], HubClient]


class HubConnection:
    """The pairing and token as stored now, and a client that follows them (a new pairing or
    token gets a new client; the old one is closed)."""

    def __init__(
        self, pairings: PairingRepository, token_file: TokenFile, client_factory: ClientFactory
    ) -> None:
        self.pairings = pairings
        self.token_file = token_file
        self.client_factory = client_factory
        self._client: tuple[tuple[str, str], HubClient] | None = None
        self._lock = threading.Lock()

    def credentials(self) -> tuple[Pairing, str]:
        """The pairing and device token (raises NotPaired, InsecureTokenFile)."""
        pairing = self.pairings.get()
        if pairing is None:
            raise NotPaired("the till is not paired with a hub")
        token = self.token_file.read()
        if token is None:
            raise NotPaired("the device token is missing; pair the till again")
        return pairing, token

    def paired_client(self) -> tuple[Pairing, HubClient]:
        """The pairing and a client with its token (raises NotPaired, InsecureTokenFile)."""
        pairing, token = self.credentials()
        key = (pairing.hub_url, token)
        with self._lock:
            if self._client is None or self._client[0] != key:
                if self._client is not None:
                    self._client[1].close()
                self._client = (key, self.client_factory(pairing.hub_url, token))
            return pairing, self._client[1]

    def close(self) -> None:
        with self._lock:
            if self._client is not None:
                self._client[1].close()
                self._client = None
