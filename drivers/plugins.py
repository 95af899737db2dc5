"""Device kinds found through entry points: printers, card terminals, scanners, decoders.

Each kind is a class with a ``supported()`` classmethod, registered by any installed
distribution under an entry-point group: the device layer keeps no global lists of kinds.
"""

from __future__ import annotations

import logging
from importlib.metadata import entry_points
from typing import Any

log = logging.getLogger(__name__)


def load_kinds(group: str, base: type, *, include_unsupported: bool) -> dict[str, Any]:
    """The ``base`` subclasses registered in ``group``, by entry-point name, sorted.

    Kinds whose libraries are missing (``supported()`` is false) are left out unless
    ``include_unsupported``. An entry point that fails to load, or is not a ``base``, is logged
    and skipped: one broken plug-in must not take the settings screen down.
    """
    found: dict[str, Any] = {}  # base is abstract: mypy cannot type this as type[base]
    for entry_point in entry_points(group=group):
        try:
            loaded = entry_point.load()
        except Exception:
            log.exception("Cannot load %s %r", group, entry_point.value)
            continue
        if not (isinstance(loaded, type) and issubclass(loaded, base)):
            log.warning("%s %r is not a %s", group, entry_point.value, base.__name__)
            continue
        kind: Any = loaded
        if include_unsupported or kind.supported():
            found[entry_point.name] = kind
    return dict(sorted(found.items()))
