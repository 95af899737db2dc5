"""Backoff between failed cycles: exponential, full jitter, capped, never sooner than the hub's
Retry-After (in seconds or as an HTTP date)."""

from __future__ import annotations

import random
from datetime import UTC, datetime

from pos.sync.backoff import Backoff
from pos.sync.client import MAX_RETRY_AFTER, retry_after_seconds


def test_delays_are_jittered_below_an_exponential_bound_that_stops_at_the_cap() -> None:
    backoff = Backoff(base=0.5, cap=8.0, rng=random.Random(1))
    bounds = [0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0]
    delays = [backoff.next_delay() for _ in bounds]
    assert all(0.0 <= d <= bound for d, bound in zip(delays, bounds, strict=True))
    assert len(set(delays)) == len(delays)  # jitter: tills after an outage spread out
    many = [Backoff(base=0.5, cap=8.0, rng=random.Random(s)) for s in range(200)]
    for b in many:
        b.failures = 10
    late = [b.next_delay() for b in many]
    assert max(late) <= 8.0 and max(late) > 6.0 and min(late) < 2.0


def test_retry_after_is_a_floor_and_success_starts_over() -> None:
    backoff = Backoff(base=0.5, cap=8.0, rng=random.Random(2))
    assert backoff.next_delay(retry_after=30.0) == 30.0
    backoff.reset()
    assert backoff.failures == 0
    assert backoff.next_delay() <= 0.5


def test_retry_after_header_forms() -> None:
    now = datetime(2026, 11, 25, 8, 0, 0, tzinfo=UTC)
    assert retry_after_seconds("7") == 7.0
    assert retry_after_seconds("Wed, 25 Nov 2026 08:00:12 GMT", now) == 12.0
    assert retry_after_seconds("Wed, 25 Nov 2026 07:00:00 GMT", now) == 0.0  # in the past
    assert retry_after_seconds("999999") == MAX_RETRY_AFTER  # a hub cannot park a till for days
    assert retry_after_seconds("soon") is None
    assert retry_after_seconds(None) is None
