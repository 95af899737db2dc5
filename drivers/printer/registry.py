"""Discovery of connection kinds through the ``omnitill.printer_connections`` entry points."""

from __future__ import annotations

import logging
from importlib.metadata import entry_points

from drivers.printer.connections import PrinterConnection

ENTRY_POINT_GROUP = "omnitill.printer_connections"

log = logging.getLogger(__name__)


def available_connections(
    *, include_unsupported: bool = False
) -> dict[str, type[PrinterConnection]]:
    """Connection classes by name, from the entry points of every installed distribution.

    Kinds whose libraries are missing (``supported()`` is false, e.g. ``usb`` without pyusb) are
    left out unless ``include_unsupported``. An entry point that fails to load is logged and
    skipped: one broken plug-in must not take the printer settings down.
    """
    found: dict[str, type[PrinterConnection]] = {}
    for entry_point in entry_points(group=ENTRY_POINT_GROUP):
        try:
            loaded = entry_point.load()
        except Exception:
            log.exception("Cannot load printer connection %r", entry_point.value)
            continue
        if not (isinstance(loaded, type) and issubclass(loaded, PrinterConnection)):
            log.warning("Printer connection %r is not a PrinterConnection", entry_point.value)
            continue
        if include_unsupported or loaded.supported():
            found[entry_point.name] = loaded
    return dict(sorted(found.items()))
