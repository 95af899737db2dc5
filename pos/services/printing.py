"""Receipts and the cash drawer, on the printer's own worker thread.

A sale is on disk before this runs. Each receipt's bytes are queued in SQLite first, then sent;
a failure leaves them queued so "reprint" prints exactly what the customer should have got.
"""

from __future__ import annotations

import logging
import threading
from concurrent.futures import Future
from typing import TYPE_CHECKING

from drivers.printer import PrinterError, PrinterStatus, Receipt
from pos.config import PrinterSettings
from pos.events import EventBus
from pos.services.errors import PrinterProblem
from pos.services.events import PrinterStateChanged, ReceiptFailed, ReceiptPrinted
from pos.services.workers import SerialWorker
from pos.store import SalesRepository

if TYPE_CHECKING:
    from drivers.printer import PrinterConnection, ReceiptPrinter

log = logging.getLogger(__name__)


def make_connection(settings: PrinterSettings) -> PrinterConnection:
    """Build the configured connection; kinds are found by entry point, not a global list."""
    from drivers.printer import available_connections

    kinds = available_connections()
    kind = kinds.get(settings.connection)
    if kind is None:
        raise ValueError(
            f"Unknown printer connection {settings.connection!r}; known: {sorted(kinds)}"
        )
    return kind(**settings.options)


class PrintService:
    def __init__(
        self,
        settings: PrinterSettings,
        sales: SalesRepository,
        db_worker: SerialWorker,
        bus: EventBus,
        connection: PrinterConnection | None = None,
    ) -> None:
        self.settings = settings
        self._connection = connection
        self._printer: ReceiptPrinter | None = None
        self._printer_lock = threading.Lock()
        self._sales = sales
        self._db = db_worker
        self._bus = bus
        self.worker = SerialWorker("printer")

    @property
    def printer(self) -> ReceiptPrinter:
        """Built on first use, usually by the status poll on the printer's worker right after
        the start: python-escpos loads there, not on the way to the login screen. A wrong
        connection or profile in the settings is raised by this first use."""
        from drivers.printer import ReceiptPrinter

        with self._printer_lock:
            if self._printer is None:
                connection = self._connection or make_connection(self.settings)
                self._printer = ReceiptPrinter(connection, self.settings.profile)
                self._connection = connection
            return self._printer

    @property
    def connection(self) -> PrinterConnection:
        return self.printer.connection

    def render(self, receipt: Receipt) -> bytes:
        return self.printer.render(receipt)

    def print_receipt(
        self, sale_id: str, receipt_no: int, data: bytes, *, queued: bool = False
    ) -> Future[None]:
        """Queue (on the DB worker, unless ``queued`` already with the sale) then send (on the
        printer worker); publishes the outcome."""
        done: Future[None] = Future()

        def send() -> None:
            self._bus.publish(PrinterStateChanged("printing"))
            try:
                self.printer.send(data)
            except PrinterError as exc:
                log.warning("receipt %s not printed: %s", receipt_no, exc)
                self._db.submit(self._sales.mark_print_failed, sale_id, str(exc))
                self._bus.publish(PrinterStateChanged("failed", str(exc)))
                self._bus.publish(ReceiptFailed(sale_id, receipt_no, str(exc)))
                done.set_exception(PrinterProblem(str(exc)))
                return
            self._db.submit(self._sales.mark_printed, sale_id)
            self._bus.publish(PrinterStateChanged("ready"))
            self._bus.publish(ReceiptPrinted(sale_id, receipt_no, data))
            done.set_result(None)

        def after_queue(f: Future[None]) -> None:
            exc = f.exception()
            if exc is not None:
                done.set_exception(exc)
            else:
                self.worker.submit(send)

        if queued:
            self.worker.submit(send)
        else:
            self._db.submit(self._sales.queue_receipt, sale_id, data).add_done_callback(after_queue)
        return done

    def print_document(self, data: bytes) -> Future[None]:
        """Send bytes that belong to no sale (a terminal report): nothing is queued."""

        def send() -> None:
            self._bus.publish(PrinterStateChanged("printing"))
            try:
                self.printer.send(data)
            except PrinterError as exc:
                log.warning("document not printed: %s", exc)
                self._bus.publish(PrinterStateChanged("failed", str(exc)))
                raise PrinterProblem(str(exc)) from exc
            self._bus.publish(PrinterStateChanged("ready"))
            self._bus.publish(ReceiptPrinted("", 0, data))

        return self.worker.submit(send)

    def check_status(self) -> Future[PrinterStatus]:
        """Ask the printer how it is (a hint: write errors stay the truth) and publish it."""

        def ask() -> PrinterStatus:
            try:
                printer = self.printer
            except (ValueError, TypeError) as exc:  # the settings name no printer that can be
                log.error("the printer settings are wrong: %s", exc)
                self._bus.publish(PrinterStateChanged("failed", str(exc)))
                raise PrinterProblem(str(exc)) from exc
            status = printer.status()
            state = {
                PrinterStatus.ONLINE: "ready",
                PrinterStatus.UNKNOWN: "unknown",
                PrinterStatus.OFFLINE: "offline",
                PrinterStatus.PAPER_OUT: "paper_out",
            }[status]
            self._bus.publish(PrinterStateChanged(state))
            return status

        return self.worker.submit(ask)

    def open_drawer(self) -> Future[None]:
        def kick() -> None:
            try:
                self.printer.open_drawer(2)
            except PrinterError as exc:
                log.warning("cash drawer not opened: %s", exc)
                self._bus.publish(PrinterStateChanged("failed", str(exc)))
                raise PrinterProblem(str(exc)) from exc

        return self.worker.submit(kick)

    def shutdown(self) -> None:
        self.worker.shutdown()
