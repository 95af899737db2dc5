"""Discovery of connection kinds through the ``omnitill.printer_connections`` entry points."""

from __future__ import annotations

from drivers.plugins import load_kinds
from drivers.printer.connections import PrinterConnection

ENTRY_POINT_GROUP = "omnitill.printer_connections"


def available_connections(
    *, include_unsupported: bool = False
) -> dict[str, type[PrinterConnection]]:
    """Connection classes by name, from the entry points of every installed distribution.

    Kinds whose libraries are missing (``supported()`` is false, e.g. ``usb`` without pyusb) are
    left out unless ``include_unsupported``. An entry point that fails to load is logged and
    skipped: one broken plug-in must not take the printer settings down.
    """
    return load_kinds(ENTRY_POINT_GROUP, PrinterConnection, include_unsupported=include_unsupported)
