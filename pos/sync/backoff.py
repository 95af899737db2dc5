"""Exponential backoff with full jitter and a cap, honouring the hub's ``Retry-After``.

Full jitter (a uniform delay between 0 and the exponential bound, as in the AWS architecture
blog's analysis) spreads a store's tills apart after an outage instead of having them all
retry in the same second. ``Retry-After`` from the hub is a floor: the till never comes back
sooner than it was asked to.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field


@dataclass(slots=True)
class Backoff:
    base: float = 0.5  # seconds: bound of the first retry
    cap: float = 60.0  # seconds: the bound never grows past this
    rng: random.Random = field(default_factory=random.Random)
    failures: int = 0

    def next_delay(self, retry_after: float | None = None) -> float:
        """Seconds to wait before the next attempt; counts one more failure."""
        bound = min(self.cap, self.base * (2.0**self.failures))
        self.failures += 1
        delay = self.rng.uniform(0.0, bound)
        if retry_after is not None:
            delay = max(delay, retry_after)
        return delay

    def reset(self) -> None:
        self.failures = 0
