"""Barcode and QR scanners: keyboard wedge, serial and camera. No Qt, no ``pos``.

Every backend delivers a :class:`~drivers.scanner.reads.ScanRead` (the exact bytes the
scanner produced, with the symbology when it is known) to a callback; what the code *means*
is decided in ``pos``, not here.
"""

from drivers.scanner.backend import ENTRY_POINT_GROUP, ScannerBackend, available_scanners
from drivers.scanner.reads import ScannerState, ScanRead, Symbology

__all__ = [
    "ENTRY_POINT_GROUP",
    "ScanRead",
    "ScannerBackend",
    "ScannerState",
    "Symbology",
    "available_scanners",
]
