"""The one place where core threads meet the GUI thread (as in Electrum).

``Bridge.deliver`` takes a ``Future`` completed on a worker thread and runs the callback on
the GUI thread; ``Bridge.core_event`` re-emits every core ``Event`` from the bus as a Qt signal.
Widgets never touch a worker, a socket or the database themselves.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, Signal, Slot

from pos.events import Event, EventBus

log = logging.getLogger(__name__)
T = TypeVar("T")


class Bridge(QObject):
    core_event = Signal(object)  # a pos.events.Event, delivered on the GUI thread
    # Only an int crosses threads: the future and its callbacks stay in ``_jobs`` on this
    # side, so no Python object's lifetime depends on how the binding copies queued
    # arguments (PySide6 has had reference-counting defects; see tests/ui/test_qt_binding.py).
    _done = Signal(int)

    def __init__(self, bus: EventBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)
        self._unsubscribe = bus.subscribe(Event, self._from_core)
        self._jobs: dict[
            int, tuple[Future[Any], Callable[[Any], None], Callable[[BaseException], None] | None]
        ] = {}
        self._keys = itertools.count()
        self._lock = threading.Lock()

    @property
    def pending(self) -> int:
        with self._lock:
            return len(self._jobs)

    def _from_core(self, event: Event) -> None:
        # Runs in whatever thread published; the queued signal carries it to the GUI thread.
        self.core_event.emit(event)

    def deliver(
        self,
        future: Future[T],
        on_result: Callable[[T], None],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Call ``on_result(value)`` or ``on_error(exc)`` on the GUI thread when done."""
        key = next(self._keys)
        with self._lock:
            self._jobs[key] = (future, on_result, on_error)
        future.add_done_callback(lambda _f: self._done.emit(key))

    @Slot(int)
    def _on_done(self, key: int) -> None:
        with self._lock:
            future, on_result, on_error = self._jobs.pop(key)
        exc = future.exception()
        if exc is None:
            on_result(future.result())
        elif on_error is not None:
            on_error(exc)
        else:
            log.error("background job failed", exc_info=exc)

    def close(self) -> None:
        self._unsubscribe()
