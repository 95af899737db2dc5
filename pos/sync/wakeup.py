"""What the sync loop waits for between cycles: a whole cycle asked for, or records queued in
the outbox that should leave at once.

A whole cycle is asked for by "sync now", a hub event with news, pairing or stopping
(:meth:`Wakeup.set`). A queued record (:meth:`Wakeup.queued`, called by the cache after the
commit) asks only for a push, and not at once: the push waits until no record came for
``debounce`` seconds, and never more than ``max_wait`` after the first one, so a burst of
sales leaves in one request and a busy till still sends about one a ``max_wait`` - while no
sale waits long. Whether a push may run at all is the loop's call (not while it backs off).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from enum import Enum

DEBOUNCE_SECONDS = 0.25
MAX_WAIT_SECONDS = 1.0


class Woken(Enum):
    CYCLE = "cycle"  # run a whole cycle (asked for, or the deadline came)
    PUSH = "push"  # push the outbox only


class Wakeup:
    def __init__(
        self,
        debounce: float = DEBOUNCE_SECONDS,
        max_wait: float = MAX_WAIT_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.debounce = debounce
        self.max_wait = max_wait
        self._clock = clock
        self._changed = threading.Condition()
        self._cycle = False
        self._first: float | None = None  # when the oldest record not yet pushed was queued
        self._last: float | None = None

    def set(self) -> None:
        """Ask for a whole cycle now (it pushes the outbox too)."""
        with self._changed:
            self._cycle = True
            self._changed.notify_all()

    def is_set(self) -> bool:
        """Whether a whole cycle was asked for and has not started yet."""
        with self._changed:
            return self._cycle

    def queued(self) -> None:
        """An outbox record was committed: push it soon (thread-safe, never blocks long)."""
        with self._changed:
            now = self._clock()
            if self._first is None:
                self._first = now
            self._last = now
            self._changed.notify_all()

    def push_due(self) -> float | None:
        """When the records queued so far should be pushed (the clock's time), or None."""
        with self._changed:
            return self._push_due()

    def _push_due(self) -> float | None:
        if self._first is None or self._last is None:
            return None
        return min(self._last + self.debounce, self._first + self.max_wait)

    def wait(self, deadline: float | None, pushes: bool) -> Woken:
        """Block until a cycle is asked for or ``deadline`` (the clock's time; None: never)
        comes, or - when ``pushes`` - queued records are due. A cycle forgets the queued
        records (its own push takes them); a push forgets those it was woken for."""
        with self._changed:
            while True:
                now = self._clock()
                if self._cycle or (deadline is not None and now >= deadline):
                    self._cycle = False
                    self._first = self._last = None
                    return Woken.CYCLE
                due = self._push_due() if pushes else None
                if due is not None and now >= due:
                    self._first = self._last = None
                    return Woken.PUSH
                ends = [t for t in (deadline, due) if t is not None]
                self._changed.wait(min(ends) - now if ends else None)
