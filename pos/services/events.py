"""Events the till's services publish on the core ``EventBus``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from drivers.scanner.reads import ScanRead
from pos.events import Event


@dataclass(frozen=True, slots=True)
class PrinterStateChanged(Event):
    state: str  # "ready", "printing", "failed", "unknown", "offline", "paper_out"
    detail: str = ""


@dataclass(frozen=True, slots=True)
class ReceiptPrinted(Event):
    sale_id: str
    receipt_no: int
    data: bytes  # the exact ESC/POS bytes sent


@dataclass(frozen=True, slots=True)
class ReceiptFailed(Event):
    sale_id: str
    receipt_no: int
    message: str


@dataclass(frozen=True, slots=True)
class OutboxChanged(Event):
    pending: int


@dataclass(frozen=True, slots=True)
class ScanReceived(Event):
    """A read from a scanner running on its own thread (serial, camera)."""

    read: ScanRead


@dataclass(frozen=True, slots=True)
class ScannerStateChanged(Event):
    source: str  # the backend's describe()
    state: str  # a drivers.scanner.ScannerState value, or "unavailable"
    detail: str = ""


@dataclass(frozen=True, slots=True)
class CardProgress(Event):
    """What the card terminal shows the customer while a payment runs."""

    payment_id: str
    code: int | None
    text: str


@dataclass(frozen=True, slots=True)
class TerminalStatusChanged(Event):
    """The card terminal's own status, asked while no card operation runs (ZVT 05 01)."""

    state: str  # "ready", "not_ready" (the terminal says so, see text), "unreachable"
    code: int | None = None  # the terminal's status code
    text: str = ""  # the terminal's own words (English log text), for the tooltip
    terminal_id: str = ""


@dataclass(frozen=True, slots=True)
class ApprovalsLocked(Event):
    """Wrong approval PINs locked these approvers (``pos.services.approvals``)."""

    approver_ids: tuple[str, ...]
    until: datetime
