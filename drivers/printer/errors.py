"""Printer status values and the errors the printer driver raises."""

from __future__ import annotations

import enum


class PrinterStatus(enum.Enum):
    """What the printer says about itself. A hint only: write errors are the truth."""

    ONLINE = "online"
    OFFLINE = "offline"
    PAPER_OUT = "paper_out"
    UNKNOWN = "unknown"


class PrinterError(Exception):
    """The printer could not do what was asked. The message is meant for the cashier."""


class PrinterOffline(PrinterError):
    """The printer cannot be reached or stopped accepting data."""


class PaperOut(PrinterError):
    """The printer reports that its paper roll is empty."""
