"""Plain-Python events from the core. The UI subscribes through one Qt adapter
(``pos.ui.bridge``) that re-emits them on the GUI thread; the core never knows about Qt.
"""

from __future__ import annotations

import logging
import threading
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

log = logging.getLogger(__name__)

E = TypeVar("E")


@dataclass(frozen=True, slots=True)
class Event:
    """Base of every core event: a frozen value object."""


class EventBus:
    """Thread-safe publish/subscribe. Handlers run in the publisher's thread; a failing
    handler is logged and does not stop the others (a sale must not fail over a label)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._handlers: dict[type[Any], list[Callable[[Any], None]]] = defaultdict(list)

    def subscribe(self, kind: type[E], handler: Callable[[E], None]) -> Callable[[], None]:
        with self._lock:
            self._handlers[kind].append(handler)

        def unsubscribe() -> None:
            with self._lock:
                if handler in self._handlers[kind]:
                    self._handlers[kind].remove(handler)

        return unsubscribe

    def publish(self, event: Event) -> None:
        with self._lock:
            handlers = [
                h for kind, hs in self._handlers.items() if isinstance(event, kind) for h in hs
            ]
        for handler in handlers:
            try:
                handler(event)
            except Exception:
                log.exception("event handler %r failed on %r", handler, event)
