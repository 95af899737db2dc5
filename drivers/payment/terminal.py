"""The payment-terminal interface the till programs against, whatever the protocol.

A terminal runs one transaction at a time on the caller's thread (the till gives each
terminal its own worker) and reports progress through a callback from that thread. Every
operation returns a :class:`CardResult`; only a terminal that said so yields ``APPROVED``.
``UNKNOWN`` means the terminal accepted the request and then the link broke: the money may
have moved, so the caller must not retry but ask the terminal (:meth:`recover_last`).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, ClassVar

from drivers.plugins import load_kinds

ENTRY_POINT_GROUP = "omnitill.payment_terminals"


class Outcome(StrEnum):
    APPROVED = "approved"
    DECLINED = "declined"  # the card, the issuer or the terminal refused; nothing charged
    ABORTED = "aborted"  # cancelled by the customer, the cashier or a terminal timeout
    FAILED = "failed"  # never accepted by the terminal (offline, refused the command)
    UNKNOWN = "unknown"  # accepted, then the link broke: ask the terminal before anything else


class Operation(StrEnum):
    SALE = "sale"
    REFUND = "refund"
    REVERSAL = "reversal"
    END_OF_DAY = "end_of_day"
    RECOVERY = "recovery"


@dataclass(frozen=True, slots=True)
class Progress:
    """What the terminal shows the customer right now (``code`` is the protocol's)."""

    code: int | None
    text: str


OnProgress = Callable[[Progress], None]


def _ignore(_progress: Progress) -> None:
    return None


@dataclass(frozen=True, slots=True)
class PrintedReceipt:
    """One receipt the terminal asked the till to print: ``kind`` customer/merchant/admin."""

    kind: str
    lines: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CardResult:
    """The outcome of one terminal operation. Card data is masked by the terminal."""

    outcome: Outcome
    operation: Operation
    amount_minor: int | None = None
    currency: str | None = None
    result_code: int | None = None
    result_text: str = ""
    auth_code: str = ""
    trace_no: int | None = None
    receipt_no: int | None = None
    terminal_id: str = ""
    card_brand: str = ""
    masked_pan: str = ""
    when: str = ""  # the terminal's own date/time text (MMDD HHMMSS), for the record
    receipts: tuple[PrintedReceipt, ...] = field(default=())

    @property
    def approved(self) -> bool:
        return self.outcome is Outcome.APPROVED

    def receipt_lines(self, kind: str = "customer") -> tuple[str, ...]:
        """The lines of the receipt of ``kind`` (empty if the terminal printed none)."""
        for receipt in self.receipts:
            if receipt.kind == kind:
                return receipt.lines
        return ()


@dataclass(frozen=True, slots=True)
class TerminalStatus:
    ready: bool
    code: int
    text: str
    terminal_id: str = ""
    software: str = ""


class TerminalError(Exception):
    """The terminal could not be reached or spoke nonsense outside a transaction."""


class TerminalBusy(TerminalError):
    """A second operation was started while one runs (one transaction at a time)."""


class PaymentTerminal(ABC):
    """Base of every terminal kind; ``name`` is its entry-point name."""

    name: ClassVar[str]

    @classmethod
    def supported(cls) -> bool:
        """Whether the libraries this kind needs are importable on this machine."""
        return True

    @classmethod
    @abstractmethod
    def from_options(cls, options: dict[str, Any]) -> PaymentTerminal:
        """Build from the settings' ``options`` (a plain dict)."""

    @abstractmethod
    def describe(self) -> str:
        """Where the terminal is, for messages and logs."""

    @abstractmethod
    def sale(
        self, amount_minor: int, currency: str, reference: str, on_progress: OnProgress = _ignore
    ) -> CardResult:
        """Charge ``amount_minor`` (e.g. 1299 = 12.99). ``reference`` is the till's id for it."""

    @abstractmethod
    def refund(
        self, amount_minor: int, currency: str, reference: str, on_progress: OnProgress = _ignore
    ) -> CardResult:
        """Pay ``amount_minor`` back to a card."""

    @abstractmethod
    def reversal(self, receipt_no: int, on_progress: OnProgress = _ignore) -> CardResult:
        """Cancel an earlier payment of this batch by the terminal's receipt number."""

    @abstractmethod
    def end_of_day(self, on_progress: OnProgress = _ignore) -> CardResult:
        """Close the batch; the result carries the totals and the report's lines."""

    @abstractmethod
    def status(self) -> TerminalStatus:
        """Ask whether the terminal is ready (raises TerminalError if it cannot be reached)."""

    @abstractmethod
    def recover_last(self, on_progress: OnProgress = _ignore) -> CardResult:
        """What became of the terminal's last transaction (after an UNKNOWN outcome).

        ``FAILED`` if the terminal could not say; otherwise the recovered transaction's own
        outcome and data (the caller checks that it is the transaction it lost).
        """

    @abstractmethod
    def abort(self) -> None:
        """Ask the terminal to abort the running transaction; safe from any thread."""

    def close(self) -> None:
        """Release the connection, if one is kept."""
        return None


def available_terminals(*, include_unsupported: bool = False) -> dict[str, type[PaymentTerminal]]:
    """Terminal kinds by name from the entry points; a kind that fails to load is logged."""
    return load_kinds(ENTRY_POINT_GROUP, PaymentTerminal, include_unsupported=include_unsupported)
