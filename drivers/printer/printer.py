"""The receipt printer and cash drawer facade.

How a job is sent
-----------------
Every job (receipt, drawer kick) is first rendered completely into a python-escpos ``Dummy``
buffer, then the connection is opened, the whole buffer goes out in **one** write, and the
connection is closed. A rendering problem (bad barcode data, a missing profile feature)
therefore fails before a single byte reaches the paper, and a transport failure surfaces as a
:class:`PrinterError` for the whole job. Nothing is retried here: after an error the caller
decides whether to reprint (and marks the reprint, e.g. with ``Receipt.title = "COPY"``), so a
failure can never silently print the same receipt twice.

Threading
---------
The facade holds no thread affinity: it keeps no open handle between jobs and serialises its
own jobs with a lock, so it can live in the till's dedicated printer worker thread (or any
other single thread). Calls block for at most the connection's timeouts.
"""

from __future__ import annotations

import errno
import logging
import threading
from typing import Any

from escpos.exceptions import Error as EscposError
from escpos.printer import Dummy

from drivers.printer.connections import PrinterConnection
from drivers.printer.errors import PaperOut, PrinterError, PrinterOffline, PrinterStatus
from drivers.printer.layout import DEFAULT_PROFILE, render_bytes
from drivers.printer.receipt import Receipt

log = logging.getLogger(__name__)

DLE_EOT_PRINTER = b"\x10\x04\x01"  # transmit printer status
DLE_EOT_PAPER = b"\x10\x04\x04"  # transmit roll paper sensor status
_FIXED_MASK = 0x93  # bits 0, 1, 4, 7 of every DLE EOT reply are fixed ...
_FIXED_VALUE = 0x12  # ... to 0, 1, 1, 0
_OFFLINE_BIT = 0x08
_PAPER_END_BITS = 0x60


def _valid(reply: bytes | None) -> bool:
    return bool(reply) and reply is not None and reply[0] & _FIXED_MASK == _FIXED_VALUE


def interpret_status(printer_reply: bytes | None, paper_reply: bytes | None) -> PrinterStatus:
    """Turn the replies to ``DLE EOT 1`` and ``DLE EOT 4`` into a :class:`PrinterStatus`.

    No reply or a reply without the fixed bits (noise, an echo) is ``UNKNOWN``; python-escpos'
    own ``is_online``/``paper_status`` read an empty reply as "all fine", which it is not.
    """
    if not _valid(printer_reply):
        return PrinterStatus.UNKNOWN
    assert printer_reply is not None
    if _valid(paper_reply):
        assert paper_reply is not None
        if paper_reply[0] & _PAPER_END_BITS:
            return PrinterStatus.PAPER_OUT
    if printer_reply[0] & _OFFLINE_BIT:
        return PrinterStatus.OFFLINE
    return PrinterStatus.ONLINE


class ReceiptPrinter:
    """Prints receipts and kicks the cash drawer over one connection."""

    def __init__(
        self,
        connection: PrinterConnection,
        profile: str = DEFAULT_PROFILE,
        *,
        columns: int | None = None,
    ) -> None:
        self.connection = connection
        self.profile = profile
        self.columns = columns
        self._lock = threading.Lock()
        try:
            Dummy(profile=profile)  # fail now on an unknown profile name, not at the first sale
        except KeyError:
            raise ValueError(f"Unknown printer capability profile {profile!r}") from None

    def render(self, receipt: Receipt) -> bytes:
        """The exact bytes :meth:`print_receipt` would send."""
        return render_bytes(receipt, self.profile, columns=self.columns)

    def print_receipt(self, receipt: Receipt) -> None:
        """Print ``receipt`` as one job. Raises :class:`PrinterError` on any failure."""
        try:
            data = self.render(receipt)
        except EscposError as exc:
            raise PrinterError(f"The receipt cannot be printed on this printer: {exc}") from exc
        self.send(data)

    def open_drawer(self, pin: int = 2) -> None:
        """Kick the cash drawer on connector pin 2 or 5 (``ESC p m 50 50``)."""
        if pin not in (2, 5):
            raise ValueError("The cash drawer pin must be 2 or 5")
        buffer = Dummy(profile=self.profile)
        buffer.cashdraw(pin)
        self.send(buffer.output)

    def send(self, data: bytes) -> None:
        """Write ready-made ESC/POS bytes in one write, translating transport errors."""
        with self._lock:
            printer = self._open()
            try:
                printer._raw(data)  # the documented way to send a Dummy's output
            except (OSError, EscposError) as exc:
                raise self._translate(exc) from exc
            finally:
                self._close(printer)

    def status(self) -> PrinterStatus:
        """Ask the printer (``DLE EOT 1`` and ``4``). A hint only; never raises.

        Transports that cannot carry a reply (file, plain virtual) give ``UNKNOWN``; a printer
        that cannot be reached gives ``OFFLINE``.
        """
        if not self.connection.answers_status_requests():
            return PrinterStatus.UNKNOWN
        with self._lock:
            try:
                printer = self._open()
            except PrinterError:
                return PrinterStatus.OFFLINE
            try:
                printer_reply = self.connection.read_status(printer, DLE_EOT_PRINTER)
                if not _valid(printer_reply):
                    return PrinterStatus.UNKNOWN
                paper_reply = self.connection.read_status(printer, DLE_EOT_PAPER)
                return interpret_status(printer_reply, paper_reply)
            except (OSError, EscposError) as exc:
                log.info("Status request to %s failed: %s", self.connection.describe(), exc)
                return PrinterStatus.OFFLINE
            finally:
                self._close(printer)

    def _open(self) -> Any:
        try:
            return self.connection.open(self.profile)
        except (OSError, EscposError) as exc:
            raise self._translate(exc) from exc

    def _close(self, printer: Any) -> None:
        try:
            printer.close()
        except (OSError, EscposError) as exc:
            # Everything was handed to the transport already; a failing close is not a failed job.
            log.warning("Closing %s failed: %s", self.connection.describe(), exc)

    def _translate(self, exc: BaseException) -> PrinterError:
        where = self.connection.describe()
        cause: BaseException | None = exc
        while cause is not None and not isinstance(cause, OSError):
            cause = cause.__cause__ or cause.__context__
        if isinstance(cause, OSError) and cause.errno == errno.ENOSPC:
            return PaperOut(f"The receipt printer ({where}) is out of paper.")
        if isinstance(cause, TimeoutError):
            return PrinterOffline(f"The receipt printer ({where}) did not respond in time.")
        if isinstance(exc, OSError | EscposError):
            detail = getattr(cause, "strerror", None) or str(cause or exc)
            return PrinterOffline(f"The receipt printer ({where}) is not reachable: {detail}.")
        return PrinterError(f"The receipt printer ({where}) failed: {exc}.")
