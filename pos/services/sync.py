"""Sync use cases for the UI: pairing, "sync now", the endless aisle, poisoned records.

The engine (``pos.sync``) runs on its own threads; what the UI asks of it here runs on the
``sync-ui`` worker and comes back as a ``Future``, so a slow or dead hub never holds the UI.
"""

from __future__ import annotations

import logging
import socket
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pos.services.workers import SerialWorker
from pos.store import OutboxItem, Pairing, RedemptionRow

if TYPE_CHECKING:
    from pos.sync.endless_aisle import AisleView
    from pos.sync.engine import SyncEngine

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class SyncOptions:
    """How the till syncs: with ``hub_url`` and ``pairing_code`` it pairs at start (unless
    already paired with that hub); without them it syncs with the hub it was paired with.

    ``pairing_code`` may be a function, called only when a pairing is needed (the demo asks
    its embedded hub for a code). ``follow_url``: a till paired with the hub at another
    address keeps its pairing and token and follows it to ``hub_url`` (the demo's embedded
    hub gets a new port each run).
    """

    hub_url: str | None = None
    pairing_code: str | Callable[[], str] | None = None
    follow_url: bool = False
    poll_seconds: float = 30.0
    page_size: int = 5_000


class SyncService:
    def __init__(self, engine: SyncEngine) -> None:
        self.engine = engine
        self.worker = SerialWorker("sync-ui")

    def start(self) -> None:
        self.engine.start()

    def shutdown(self) -> None:
        self.engine.stop()
        self.worker.shutdown()

    def sync_now(self) -> None:
        self.engine.sync_now()

    def pairing(self) -> Future[Pairing | None]:
        return self.worker.submit(self.engine.pairings.get)

    def pair(self, hub_url: str, code: str) -> Future[Pairing]:
        return self.worker.submit(self.engine.pair, hub_url, code, socket.gethostname())

    def product_stock(self, product_id: str) -> Future[AisleView]:
        return self.worker.submit(self.engine.product_stock, product_id)

    def poisoned(self) -> Future[list[OutboxItem]]:
        return self.worker.submit(self.engine.outbox.poisoned)

    def double_uses(self) -> Future[list[RedemptionRow]]:
        """Sales whose promo code the hub found used up already (for a manager)."""
        return self.worker.submit(self.engine.redemptions.listed, "double_use")

    def retry_poisoned(self, record_id: int) -> Future[bool]:
        def retry() -> bool:
            done = self.engine.outbox.retry_poisoned(record_id)
            if done:
                log.info("poisoned outbox record %s queued again by a manager", record_id)
                self.engine.sync_now()
            return done

        return self.worker.submit(retry)
