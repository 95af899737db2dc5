"""What every scanner backend hands over: one read, and its state changes.

The bytes are kept exactly as read: GS1 codes carry group separators (0x1D) and marking codes
must be stored byte-exact on the sale, so nothing here decodes, strips or re-encodes them.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import UTC, datetime


class Symbology(enum.Enum):
    """The symbologies a till meets; ``UNKNOWN`` when the scanner does not say."""

    EAN13 = "ean13"
    EAN8 = "ean8"
    UPCA = "upca"
    UPCE = "upce"
    CODE128 = "code128"
    GS1_128 = "gs1-128"
    CODE39 = "code39"
    ITF = "itf"
    QR = "qr"
    DATAMATRIX = "datamatrix"
    GS1_DATAMATRIX = "gs1-datamatrix"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class ScanRead:
    """One code read by a scanner.

    ``source`` names the device for logs and the settings screen (``"wedge"``,
    ``"serial:/dev/ttyACM0"``, ``"camera:0"``).
    """

    data: bytes
    symbology: Symbology = Symbology.UNKNOWN
    source: str = ""
    at: datetime = field(default_factory=lambda: datetime.now(UTC))

    @property
    def text(self) -> str:
        """The read as text for display and lookup; undecodable bytes become U+FFFD."""
        return self.data.decode("utf-8", errors="replace")


class ScannerState(enum.Enum):
    """A backend's connection state, reported on change (UnifiedPOS-style status events)."""

    CLOSED = "closed"
    CONNECTING = "connecting"
    READY = "ready"
    DISCONNECTED = "disconnected"  # unplugged or failed; the backend keeps trying to reconnect
