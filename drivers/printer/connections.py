"""Connection kinds: how the ESC/POS bytes reach the printer.

Each class is a small typed config (a dataclass) plus ``open(profile)``, which returns an
*opened* python-escpos printer object for that transport. The kinds are registered as entry
points in the group ``omnitill.printer_connections`` (see :mod:`drivers.printer.registry`).

``VirtualConnection`` is the simulator used by the demo and the tests: a python-escpos
``Dummy`` that keeps every byte it was sent.
"""

from __future__ import annotations

import errno
import importlib.util
import socket
import threading
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

from escpos.printer import Dummy, File, Network, Serial, Usb

DLE_EOT = b"\x10\x04"
# Replies a status-answering simulator gives (fixed bits 0x12 per the ESC/POS DLE EOT spec).
_STATUS_OK = 0x12
_STATUS_OFFLINE_BIT = 0x08
_PAPER_END_BITS = 0x60


class PrinterConnection(ABC):
    """Base of all connection kinds.

    ``name`` is the entry-point name.
    """

    name: ClassVar[str]

    @classmethod
    def supported(cls) -> bool:
        """Whether the libraries this kind needs are importable."""
        return True

    def answers_status_requests(self) -> bool:
        """Whether the transport can carry the printer's reply to a ``DLE EOT`` request."""
        return True

    @abstractmethod
    def open(self, profile: str) -> Any:
        """Open the transport and return an opened python-escpos printer object."""

    @abstractmethod
    def describe(self) -> str:
        """Where the printer is, for error messages (``"network printer 10.0.0.9:9100"``)."""

    def read_status(self, printer: Any, request: bytes) -> bytes | None:
        """Send a ``DLE EOT n`` request and return the reply.

        ``None`` means the transport cannot answer at all; ``b""`` means no reply came.
        """
        try:
            return bytes(printer.query_status(request))
        except NotImplementedError:
            return None
        except TimeoutError:
            return b""


class _RecordingDummy(Dummy):  # type: ignore[misc]  # escpos has no type information
    """A ``Dummy`` that keeps every byte written (``data``) and reports the job on close."""

    def __init__(self, owner: VirtualConnection, profile: str) -> None:
        super().__init__(profile=profile)
        self._owner = owner
        self._job = bytearray()
        self._pending_reply = b""
        self._closed = False

    @property
    def data(self) -> bytes:
        """All bytes written through this printer object so far."""
        return bytes(self._job)

    def _raw(self, msg: bytes) -> None:
        owner = self._owner
        if owner.offline:
            raise ConnectionResetError(errno.ECONNRESET, "virtual printer is switched off")
        if owner.answers_status and len(msg) == 3 and msg[:2] == DLE_EOT:
            # A real-time status request is answered, not printed.
            self._pending_reply = owner.status_reply(msg[2])
            return
        if owner.paper_out:
            # What the Linux usblp driver reports for a printer without paper.
            raise OSError(errno.ENOSPC, "virtual printer is out of paper")
        super()._raw(msg)
        self._job.extend(msg)

    def _read(self) -> bytes:
        if not self._owner.answers_status:
            raise NotImplementedError("this virtual printer does not answer status requests")
        reply, self._pending_reply = self._pending_reply, b""
        return reply

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        if self._job:
            self._owner.record_job(bytes(self._job))


@dataclass(eq=False)
class VirtualConnection(PrinterConnection):
    """Simulated printer: keeps every job it receives.

    ``jobs`` holds one ``bytes`` per opened session that wrote something; ``data`` is all of them
    joined. The switches ``offline`` / ``paper_out`` / ``answers_status`` can be flipped at run
    time to rehearse failures: offline refuses to open, paper out fails writes with ``ENOSPC``
    (as Linux ``usblp`` does), and with ``answers_status`` it answers ``DLE EOT 1`` and ``4``.
    """

    name: ClassVar[str] = "virtual"

    offline: bool = False
    paper_out: bool = False
    answers_status: bool = False
    jobs: list[bytes] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def data(self) -> bytes:
        """All bytes of all recorded jobs."""
        with self._lock:
            return b"".join(self.jobs)

    def record_job(self, job: bytes) -> None:
        """Store one finished job (called by the printer object on close)."""
        with self._lock:
            self.jobs.append(job)

    def answers_status_requests(self) -> bool:
        return self.answers_status

    def status_reply(self, n: int) -> bytes:
        """The simulated reply byte to ``DLE EOT n``."""
        if n == 1:
            return bytes([_STATUS_OK | (_STATUS_OFFLINE_BIT if self.paper_out else 0)])
        if n == 4:
            return bytes([_STATUS_OK | (_PAPER_END_BITS if self.paper_out else 0)])
        return bytes([_STATUS_OK])

    def open(self, profile: str) -> _RecordingDummy:
        if self.offline:
            raise ConnectionRefusedError(errno.ECONNREFUSED, "virtual printer is switched off")
        return _RecordingDummy(self, profile)

    def describe(self) -> str:
        return "virtual printer"


@dataclass(frozen=True)
class FileConnection(PrinterConnection):
    """A device node (``/dev/usb/lp0``) or a plain file (truncated on each job)."""

    name: ClassVar[str] = "file"

    path: str | Path

    def answers_status_requests(self) -> bool:
        return False

    def open(self, profile: str) -> Any:
        printer = File(devfile=str(self.path), auto_flush=True, profile=profile)
        printer.open()
        return printer

    def describe(self) -> str:
        return f"printer file {self.path}"


class _Network(Network):  # type: ignore[misc]  # escpos has no type information
    """python-escpos ``Network`` that does not leak its socket when the connect fails.

    The stock ``open`` drops the half-made socket unclosed (a ``ResourceWarning``) and wraps
    the ``OSError``; ``socket.create_connection`` closes it and keeps the original error.
    """

    def open(self, raise_not_found: bool = True) -> None:
        if self._device:
            self.close()
        self.device = socket.create_connection((self.host, self.port), timeout=self.timeout)


@dataclass(frozen=True)
class NetworkConnection(PrinterConnection):
    """Raw TCP ("JetDirect", port 9100). ``timeout`` bounds connect and each send."""

    name: ClassVar[str] = "network"

    host: str
    port: int = 9100
    timeout: float = 5.0
    status_timeout: float = 0.5

    def open(self, profile: str) -> Any:
        printer = _Network(host=self.host, port=self.port, timeout=self.timeout, profile=profile)
        printer.open()
        return printer

    def read_status(self, printer: Any, request: bytes) -> bytes | None:
        sock: socket.socket = printer.device
        sock.settimeout(self.status_timeout)
        try:
            return super().read_status(printer, request)
        finally:
            sock.settimeout(self.timeout)

    def describe(self) -> str:
        return f"network printer {self.host}:{self.port}"


class _UrlSerial(Serial):  # type: ignore[misc]  # escpos has no type information
    """python-escpos ``Serial`` opened with ``serial_for_url`` and a write timeout.

    The stock class calls ``serial.Serial(port=...)``, which takes no URLs (``loop://``,
    ``socket://``, ``rfc2217://``) and has no write timeout: with flow control and the printer
    off, a write would block forever.
    """

    def __init__(self, *, rtscts: bool, write_timeout: float, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.rtscts = rtscts
        self.write_timeout = write_timeout

    def open(self, raise_not_found: bool = True) -> None:
        import serial

        if self._device:
            self.close()
        self.device = serial.serial_for_url(
            self.devfile,
            baudrate=self.baudrate,
            bytesize=self.bytesize,
            parity=self.parity,
            stopbits=self.stopbits,
            timeout=self.timeout,
            write_timeout=self.write_timeout,
            xonxoff=self.xonxoff,
            rtscts=self.rtscts,
            dsrdtr=self.dsrdtr,
        )


@dataclass(frozen=True)
class SerialConnection(PrinterConnection):
    """RS-232 / USB-CDC printer: a device (``/dev/ttyUSB0``, ``COM3``) or a pyserial URL."""

    name: ClassVar[str] = "serial"

    url: str
    baudrate: int = 9600
    bytesize: int = 8
    parity: str = "N"
    stopbits: float = 1
    timeout: float = 1.0
    write_timeout: float = 10.0
    xonxoff: bool = False
    rtscts: bool = False
    dsrdtr: bool = False

    @classmethod
    def supported(cls) -> bool:
        return importlib.util.find_spec("serial") is not None

    def open(self, profile: str) -> Any:
        printer = _UrlSerial(
            devfile=self.url,
            baudrate=self.baudrate,
            bytesize=self.bytesize,
            parity=self.parity,
            stopbits=self.stopbits,
            timeout=self.timeout,
            xonxoff=self.xonxoff,
            dsrdtr=self.dsrdtr,
            rtscts=self.rtscts,
            write_timeout=self.write_timeout,
            profile=profile,
        )
        printer.open()
        return printer

    def describe(self) -> str:
        return f"serial printer {self.url}"


@dataclass(frozen=True)
class UsbConnection(PrinterConnection):
    """Direct USB via pyusb. ``timeout_ms`` bounds each transfer (python-escpos' 0 = forever)."""

    name: ClassVar[str] = "usb"

    vendor_id: int
    product_id: int
    timeout_ms: int = 5000
    in_ep: int = 0x82
    out_ep: int = 0x01

    def __post_init__(self) -> None:
        if self.timeout_ms <= 0:
            raise ValueError("timeout_ms must be positive: 0 makes pyusb wait forever")

    @classmethod
    def supported(cls) -> bool:
        return importlib.util.find_spec("usb") is not None

    def open(self, profile: str) -> Any:
        printer = Usb(
            idVendor=self.vendor_id,
            idProduct=self.product_id,
            timeout=self.timeout_ms,
            in_ep=self.in_ep,
            out_ep=self.out_ep,
            profile=profile,
        )
        printer.open()
        return printer

    def read_status(self, printer: Any, request: bytes) -> bytes | None:
        try:
            return super().read_status(printer, request)
        except OSError:  # usb.core.USBTimeoutError: the printer did not answer
            return b""

    def describe(self) -> str:
        return f"USB printer {self.vendor_id:04x}:{self.product_id:04x}"
