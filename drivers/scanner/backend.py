"""The one interface of a scanner that runs on its own (serial, camera), and how kinds are found.

A backend is a small typed config (a dataclass built from the settings' ``options``) plus
``start``/``stop``. It reads on a thread of its own and calls back from that thread; the till
hands reads to its GUI through the one bridge. Kinds are registered as entry points in the
group ``omnitill.scanners`` (like printer connections), not listed in code.

The keyboard wedge is not a backend: its keys arrive as GUI key events, so it is a classifier
fed by the Qt adapter (``drivers.scanner.wedge``).
"""

from __future__ import annotations

import logging
from abc import ABC, abstractmethod
from collections.abc import Callable
from typing import ClassVar

from drivers.plugins import load_kinds
from drivers.scanner.reads import ScannerState, ScanRead

ENTRY_POINT_GROUP = "omnitill.scanners"

OnRead = Callable[[ScanRead], None]
OnState = Callable[[ScannerState, str], None]  # state, a human-readable detail for the log

log = logging.getLogger(__name__)


class ScannerBackend(ABC):
    """Base of every scanner kind; ``name`` is its entry-point name."""

    name: ClassVar[str]

    @classmethod
    def supported(cls) -> bool:
        """Whether the libraries this kind needs are importable on this machine."""
        return True

    @abstractmethod
    def start(self, on_read: OnRead, on_state: OnState) -> None:
        """Begin reading on the backend's own thread; returns at once."""

    @abstractmethod
    def stop(self) -> None:
        """Stop reading and release the device; idempotent; returns when the thread is gone."""

    @abstractmethod
    def describe(self) -> str:
        """Where the scanner is, for messages and the settings screen."""


def available_scanners(*, include_unsupported: bool = False) -> dict[str, type[ScannerBackend]]:
    """Scanner kinds by name from the entry points; a kind that fails to load is logged."""
    return load_kinds(ENTRY_POINT_GROUP, ScannerBackend, include_unsupported=include_unsupported)
