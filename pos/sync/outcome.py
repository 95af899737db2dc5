"""What the end of a sync turn means: the status the till shows, the wait before the next
try, and whether a queued record may be pushed on its own now.

The engine (:mod:`pos.sync.engine`) decides *when* turns run; this decides what their
results say, in one place, so a new turn (or a new way to fail) cannot publish a status the
others would not.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from pos.events import EventBus
from pos.store import OutboxRepository
from pos.sync.backoff import Backoff
from pos.sync.errors import AuthRejected
from pos.sync.events import SyncStatus

log = logging.getLogger("pos.sync.engine")


class TurnOutcome:
    """The last outcome of the engine's turns, published as :class:`SyncStatus`.

    ``healthy`` is true after a good turn with the hub: only then may a record committed to
    the outbox be pushed at once; while the engine backs off it waits for the retry.
    """

    def __init__(self, outbox: OutboxRepository, bus: EventBus, backoff: Backoff) -> None:
        self.outbox = outbox
        self.bus = bus
        self.backoff = backoff
        self.healthy = False
        self.last_sync: datetime | None = None
        self.last_status: SyncStatus | None = None

    def synced(self) -> None:
        """A whole cycle went well: the backoff starts again from its base."""
        self.backoff.reset()
        self.healthy = True
        self.last_sync = datetime.now(UTC)
        self.publish("online")

    def unpaired(self, detail: str) -> None:
        self.healthy = False
        self.publish("unpaired", problem="unpaired", detail=detail)

    def token_file_refused(self, detail: str) -> None:
        self.healthy = False
        log.error("device token refused: %s", detail)
        self.publish("auth", problem="token_file", detail=detail)

    def refused(self, exc: AuthRejected) -> None:
        self.healthy = False
        log.error("the hub refused the device token (%s); nothing was sent", exc.problem_code)
        self.publish("auth", problem=exc.problem_code, detail=str(exc))

    def failed(self, exc: Exception, code: str, retry_after: float | None = None) -> float:
        """Seconds to wait before the next try (at least the hub's ``Retry-After``)."""
        self.healthy = False
        delay = self.backoff.next_delay(retry_after)
        log.warning("sync failed (%s: %s); next try in %.1f s", code, exc, delay)
        self.publish("offline", problem=code, detail=str(exc))
        return delay

    def crashed(self) -> float:
        """A turn raised what nobody expected: it was logged; back off and go on."""
        self.healthy = False
        return self.backoff.next_delay()

    def publish(self, state: str, problem: str | None = None, detail: str = "") -> None:
        counts = self.outbox.counts()
        status = SyncStatus(
            state=state,
            last_sync=self.last_sync,
            waiting=counts["pending"],
            poisoned=counts["poisoned"],
            problem=problem,
            detail=detail,
        )
        self.last_status = status
        self.bus.publish(status)
