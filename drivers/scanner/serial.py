"""Serial scanners (USB-CDC, RS-232, or a scanner behind a network bridge) via pyserial's
``serial_for_url``: a device path, ``socket://host:port``, ``loop://``, a pty.

One thread per scanner reads bytes, cuts them into reads at the terminator, strips a leading
AIM symbology identifier (naming the symbology), and hands each read over. Bad input is not
fatal: line noise (NUL, 0xFF, XON/XOFF, stray CR/LF) is dropped, a frame of garbage (bytes
that are not text) is logged and dropped, and a *half scan* — bytes with no terminator for
``half_scan_timeout_s`` — is discarded rather than glued to the next code. When the port
goes away (unplugged, socket closed) the state becomes DISCONNECTED and the thread tries to
open it again every ``reconnect_s`` until it is back (READY), with no restart of the till.
"""

from __future__ import annotations

import codecs
import contextlib
import logging
import threading
import time
from dataclasses import dataclass, field
from typing import Any, ClassVar

import serial

from drivers.scanner.aim import split_aim
from drivers.scanner.backend import OnRead, OnState, ScannerBackend
from drivers.scanner.reads import ScannerState, ScanRead, Symbology

log = logging.getLogger(__name__)

TERMINATORS = {"cr": b"\r", "crlf": b"\r\n", "lf": b"\n", "tab": b"\t", "etx": b"\x03"}
NOISE = b"\x00\xff\x11\x13\r\n"  # NUL, idle-line 0xFF, XON/XOFF, CR/LF left by a terminator
# Control bytes a real code may carry: GS (GS1 FNC1), RS and EOT (ISO/IEC 15434 envelopes).
ALLOWED_CONTROLS = frozenset(b"\x1d\x1e\x04")
READ_TIMEOUT = 0.05


def parse_terminator(name: str) -> bytes:
    """``cr``, ``crlf``, ``lf``, ``tab``, ``etx``, or a custom one with escapes (``\\x03``)."""
    if name.lower() in TERMINATORS:
        return TERMINATORS[name.lower()]
    custom: str = codecs.decode(name, "unicode_escape")
    if not custom:
        raise ValueError("a terminator cannot be empty")
    return custom.encode("latin-1")


def is_noise(frame: bytes) -> bool:
    """Not a code: not UTF-8 text, or control bytes a code never has."""
    try:
        frame.decode("utf-8")
    except UnicodeDecodeError:
        return True
    return any(b < 0x20 and b not in ALLOWED_CONTROLS for b in frame) or b"\x7f" in frame


@dataclass(eq=False)
class SerialScanner(ScannerBackend):
    """Settings options: ``url`` (``/dev/ttyACM0``, ``socket://127.0.0.1:9000``, ``loop://``),
    ``baudrate``, ``bytesize``, ``parity`` (N/E/O), ``stopbits``, ``terminator`` (see
    :func:`parse_terminator`), ``aim`` (strip AIM identifiers), ``half_scan_timeout_s``,
    ``reconnect_s``."""

    name: ClassVar[str] = "serial"

    url: str = "/dev/ttyACM0"
    baudrate: int = 9600
    bytesize: int = 8
    parity: str = "N"
    stopbits: float = 1
    terminator: str = "cr"
    aim: bool = True
    half_scan_timeout_s: float = 0.5
    reconnect_s: float = 1.0
    max_length: int = 4096

    _thread: threading.Thread | None = field(default=None, init=False, repr=False)
    _stop: threading.Event = field(default_factory=threading.Event, init=False, repr=False)
    _port: Any = field(default=None, init=False, repr=False)
    _state: ScannerState = field(default=ScannerState.CLOSED, init=False, repr=False)

    def __post_init__(self) -> None:
        """Refuse bad options here, where the settings screen can say so, not at open time."""
        self._terminator = parse_terminator(self.terminator)
        if (
            not isinstance(self.baudrate, int)
            or isinstance(self.baudrate, bool)
            or self.baudrate <= 0
        ):
            raise ValueError(f"baudrate must be a positive whole number, not {self.baudrate!r}")
        if self.bytesize not in (5, 6, 7, 8):
            raise ValueError(f"bytesize must be 5-8, not {self.bytesize!r}")
        if self.parity not in ("N", "E", "O", "M", "S"):
            raise ValueError(f"unknown parity {self.parity!r}")
        if self.stopbits not in (1, 1.5, 2):
            raise ValueError(f"stopbits must be 1, 1.5 or 2, not {self.stopbits!r}")
        if not all(
            isinstance(v, int | float) and v > 0
            for v in (self.half_scan_timeout_s, self.reconnect_s, self.max_length)
        ):
            raise ValueError("timeouts and max_length must be positive numbers")

    @classmethod
    def supported(cls) -> bool:
        return True  # pyserial is a dependency of the till

    def describe(self) -> str:
        return f"serial {self.url} {self.baudrate} {self.bytesize}{self.parity}{self.stopbits:g}"

    @property
    def state(self) -> ScannerState:
        return self._state

    def start(self, on_read: OnRead, on_state: OnState) -> None:
        if self._thread is not None:
            raise RuntimeError(f"{self.describe()} is already running")
        self._stop.clear()
        self._thread = threading.Thread(
            target=self._run, args=(on_read, on_state), name=f"scanner {self.url}", daemon=True
        )
        self._thread.start()

    def stop(self) -> None:
        thread, self._thread = self._thread, None
        if thread is None:
            return
        self._stop.set()
        thread.join()

    # --- the reading thread ----------------------------------------------------------------

    def _set_state(self, on_state: OnState, state: ScannerState, detail: str) -> None:
        if state is not self._state:
            self._state = state
            log.info("%s: %s %s", self.describe(), state.value, detail)
            on_state(state, detail)

    def _open(self) -> Any:
        return serial.serial_for_url(
            self.url,
            baudrate=self.baudrate,
            bytesize=self.bytesize,
            parity=self.parity,
            stopbits=self.stopbits,
            timeout=READ_TIMEOUT,
        )

    def _run(self, on_read: OnRead, on_state: OnState) -> None:
        self._set_state(on_state, ScannerState.CONNECTING, self.describe())
        while not self._stop.is_set():
            try:
                port = self._open()
            except (serial.SerialException, OSError, ValueError) as problem:
                self._set_state(on_state, ScannerState.DISCONNECTED, str(problem))
                self._stop.wait(self.reconnect_s)
                continue
            self._set_state(on_state, ScannerState.READY, self.describe())
            try:
                self._read_until_gone(port, on_read)
            except (serial.SerialException, OSError) as problem:
                self._set_state(on_state, ScannerState.DISCONNECTED, str(problem))
            finally:
                with contextlib.suppress(serial.SerialException, OSError):
                    port.close()
        self._set_state(on_state, ScannerState.CLOSED, "stopped")

    def _read_until_gone(self, port: Any, on_read: OnRead) -> None:
        buffer = bytearray()
        last_byte_at = 0.0
        while not self._stop.is_set():
            chunk = port.read(max(1, port.in_waiting))
            now = time.monotonic()
            if chunk:
                buffer += chunk
                last_byte_at = now
                while (end := buffer.find(self._terminator)) >= 0:
                    frame = bytes(buffer[:end])
                    del buffer[: end + len(self._terminator)]
                    self._deliver(frame, on_read)
                if len(buffer) > self.max_length:
                    log.warning("%s: %d bytes without a terminator dropped", self.url, len(buffer))
                    buffer.clear()
            elif buffer and now - last_byte_at > self.half_scan_timeout_s:
                log.warning("%s: half scan discarded (no terminator): %r", self.url, bytes(buffer))
                buffer.clear()

    def _deliver(self, frame: bytes, on_read: OnRead) -> None:
        frame = frame.strip(NOISE)
        if not frame:
            return
        symbology: Symbology | None = None
        if self.aim:
            symbology, frame = split_aim(frame)
        if not frame or is_noise(frame):
            log.warning("%s: noise discarded: %r", self.url, frame)
            return
        on_read(ScanRead(frame, symbology or Symbology.UNKNOWN, f"serial:{self.url}"))
