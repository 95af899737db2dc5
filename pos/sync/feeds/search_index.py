"""Finishing the search index a snapshot left to build: a local duty, no hub involved.

A short transaction per chunk, so scans and searches go on meanwhile; progress is published
(the till says "search index building"). Last in a cycle: the till can sell before it ends.
"""

from __future__ import annotations

import logging
import time

from pos.store import Pairing
from pos.store.catalog_build import SearchIndexBuilder
from pos.sync.client import HubClient
from pos.sync.events import SEARCH_INDEX, SyncProgress
from pos.sync.feed import FeedDefaults, SyncContext

log = logging.getLogger(__name__)


class SearchIndex(FeedDefaults):
    name = SEARCH_INDEX

    def __init__(self, context: SyncContext) -> None:
        self.context = context

    def sync(self, client: HubClient, pairing: Pairing) -> int:
        return self.build()

    def build(self) -> int:
        """Index what is left to index, publishing progress. Returns the products indexed
        now (0: nothing was left)."""
        builder = SearchIndexBuilder(self.context.db)
        started = time.monotonic()
        first: int | None = None
        last = 0
        while not self.context.stopping.is_set():
            step = builder.step()
            if step is None:
                break
            first = step.done if first is None else first
            last = step.done
            elapsed = time.monotonic() - started
            rate = (step.done - (first or 0)) / elapsed if elapsed > 0 else 0
            eta = None if rate <= 0 else (step.total - step.done) / rate
            self.context.bus.publish(
                SyncProgress(SEARCH_INDEX, step.done, step.total, eta, step.finished)
            )
            if step.finished:
                log.info("search index built in %.2f s", time.monotonic() - started)
                break
        return last
