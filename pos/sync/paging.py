"""Pulling a paged feed: from a cursor until the hub has no more, page N+1 fetched (on a
``sync-fetch`` thread) while page N is written, so the network, the hub and SQLite work at
the same time (the initial sync). A cursor that goes backwards is refused before anything is
written; a page is applied with its cursor in one transaction by the feed's ``apply``.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Generic, TypeVar

from pos.api.problems import ProblemCode
from pos.events import EventBus
from pos.sync.errors import HubError, Refused
from pos.sync.events import SyncProgress

log = logging.getLogger(__name__)

T = TypeVar("T")


class CursorWentBack(HubError):
    """The hub answered a cursor before the one asked with: refused, nothing written."""

    code = "cursor_back"


class CursorExpired(HubError):
    """The hub no longer knows the feed's cursor (``410 cursor_expired``: it was reset)."""

    code = "cursor_expired"

    def __init__(self, feed: str) -> None:
        super().__init__(f"{feed} feed: cursor expired")
        self.feed = feed


@dataclass(slots=True)
class Fetched(Generic[T]):
    """One fetched, validated page as the cache's rows."""

    cursor: str
    has_more: bool
    remaining: int | None  # items after this page, when the hub counted them
    size: int
    rows: T


def publish_progress(
    bus: EventBus, feed: str, done: int, total: int, started: float, finished: bool
) -> None:
    elapsed = time.monotonic() - started
    eta = None if done == 0 else max(0.0, elapsed / done * (total - done))
    bus.publish(SyncProgress(feed, done, total, eta, finished))


def pull_pages(
    bus: EventBus,
    feed: str,
    cursor: str | None,
    page_size: int,
    fetch: Callable[[str | None, bool], Fetched[T]],
    apply: Callable[[T, str | None, str], None],
) -> int:
    """Pages from ``cursor`` (None: the start) until the hub has no more. ``fetch(cursor,
    count)`` asks for a page (``count``: ask the hub to count what is left, first page only);
    ``apply(rows, expected, new)`` writes it with its cursor. Progress is published when the
    pull is longer than a page. Returns the number of items applied."""
    started = time.monotonic()
    done = 0
    total: int | None = None
    with ThreadPoolExecutor(1, thread_name_prefix="sync-fetch") as pool:
        pending: Future[Fetched[T]] | None = pool.submit(fetch, cursor, True)
        while pending is not None:
            try:
                page = pending.result()
            except Refused as exc:
                if exc.problem_code == ProblemCode.CURSOR_EXPIRED:
                    raise CursorExpired(feed) from exc
                raise
            pending = None
            if cursor is not None and page.cursor < cursor:
                raise CursorWentBack(
                    f"{feed} feed: the hub answered cursor {page.cursor!r} after {cursor!r}"
                )
            if page.has_more:
                pending = pool.submit(fetch, page.cursor, False)
            try:
                apply(page.rows, cursor, page.cursor)
            except BaseException:
                if pending is not None:
                    pending.cancel()
                raise
            cursor = page.cursor
            done += page.size
            if total is None and page.remaining is not None:
                total = done + page.remaining
            if total is not None and total > page_size:
                publish_progress(bus, feed, done, total, started, finished=not page.has_more)
    if done:
        log.info("%s feed: %d items in %.2f s", feed, done, time.monotonic() - started)
    return done
