"""Card payment terminals (ZVT over TCP or serial), with a simulator. No Qt, no ``pos``.

The till programs against :class:`PaymentTerminal`; kinds are found by the entry points in
``omnitill.payment_terminals`` (``available_terminals``).
"""

from drivers.payment.terminal import (
    ENTRY_POINT_GROUP,
    CardResult,
    OnProgress,
    Operation,
    Outcome,
    PaymentTerminal,
    PrintedReceipt,
    Progress,
    TerminalBusy,
    TerminalError,
    TerminalStatus,
    available_terminals,
)

__all__ = [
    "ENTRY_POINT_GROUP",
    "CardResult",
    "OnProgress",
    "Operation",
    "Outcome",
    "PaymentTerminal",
    "PrintedReceipt",
    "Progress",
    "TerminalBusy",
    "TerminalError",
    "TerminalStatus",
    "available_terminals",
]
