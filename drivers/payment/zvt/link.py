"""How APDUs reach the terminal: a tiny byte transport and the two ZVT link layers.

A :class:`Transport` only opens, closes, writes and reads with a timeout. TCP carries raw
APDUs; serial lines (any pyserial URL: a device, ``socket://``, ``loop://``, a pty) carry
DLE-framed APDUs with a CRC, each answered by one ACK/NAK byte and retransmitted on NAK or
silence up to a limit. Links hand whole APDUs up and raise :class:`LinkError` subclasses.
"""

from __future__ import annotations

import importlib.util
import logging
import socket
import time
from abc import ABC, abstractmethod
from typing import Any

from drivers.payment.terminal import TerminalError
from drivers.payment.zvt import apdu as apdus
from drivers.payment.zvt.apdu import Apdu, ApduError
from drivers.payment.zvt.framing import ACK, NAK, FrameDecoder, frame

log = logging.getLogger(__name__)


class LinkError(TerminalError):
    """The link to the terminal failed."""


class LinkClosed(LinkError):
    """The connection is gone (reset, closed by the terminal, device unplugged)."""


class LinkTimeout(LinkError):
    """Something started but did not finish in time (a cut APDU, no ACK)."""


class LinkCorrupt(LinkError):
    """The terminal's bytes make no sense (bad length, CRC errors over and over)."""


class Transport(ABC):
    @abstractmethod
    def open(self) -> None: ...

    @abstractmethod
    def close(self) -> None: ...

    @abstractmethod
    def write(self, data: bytes) -> None: ...

    @abstractmethod
    def read(self, size: int, timeout: float) -> bytes:
        """Up to ``size`` bytes; ``b""`` if none came within ``timeout`` seconds."""

    @abstractmethod
    def describe(self) -> str: ...


class TcpTransport(Transport):
    def __init__(self, host: str, port: int = 20007, connect_timeout: float = 5.0) -> None:
        self.host = host
        self.port = port
        self.connect_timeout = connect_timeout
        self._sock: socket.socket | None = None

    def open(self) -> None:
        try:
            sock = socket.create_connection((self.host, self.port), self.connect_timeout)
        except OSError as exc:
            raise LinkClosed(f"cannot connect to {self.describe()}: {exc}") from exc
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self._sock = sock

    def close(self) -> None:
        if self._sock is not None:
            self._sock.close()
            self._sock = None

    def _socket(self) -> socket.socket:
        if self._sock is None:
            raise LinkClosed("not connected")
        return self._sock

    def write(self, data: bytes) -> None:
        try:
            self._socket().sendall(data)
        except OSError as exc:
            raise LinkClosed(f"write failed: {exc}") from exc

    def read(self, size: int, timeout: float) -> bytes:
        sock = self._socket()
        sock.settimeout(max(timeout, 0.0001))
        try:
            data = sock.recv(size)
        except TimeoutError:
            return b""
        except OSError as exc:
            raise LinkClosed(f"read failed: {exc}") from exc
        if not data:
            raise LinkClosed("the terminal closed the connection")
        return data

    def describe(self) -> str:
        return f"tcp://{self.host}:{self.port}"


class SerialTransport(Transport):
    """Any pyserial URL, 8 data bits, no parity, 2 stop bits (ZVT serial)."""

    def __init__(self, url: str, baudrate: int = 9600) -> None:
        self.url = url
        self.baudrate = baudrate
        self._port: Any = None

    @staticmethod
    def supported() -> bool:
        return importlib.util.find_spec("serial") is not None

    def open(self) -> None:
        import serial

        try:
            port = serial.serial_for_url(
                self.url,
                baudrate=self.baudrate,
                bytesize=serial.EIGHTBITS,
                parity=serial.PARITY_NONE,
                stopbits=serial.STOPBITS_TWO,
                timeout=0,
                do_not_open=True,
            )
            port.open()
        except (serial.SerialException, OSError, ValueError) as exc:
            raise LinkClosed(f"cannot open {self.url}: {exc}") from exc
        sock = getattr(port, "_socket", None)  # socket://: one-byte ACKs must not wait (Nagle)
        if isinstance(sock, socket.socket):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self._port = port

    def close(self) -> None:
        if self._port is not None:
            try:
                self._port.close()
            finally:
                self._port = None

    def _serial(self) -> Any:
        if self._port is None:
            raise LinkClosed("not open")
        return self._port

    def write(self, data: bytes) -> None:
        import serial

        try:
            self._serial().write(data)
        except (serial.SerialException, OSError) as exc:
            raise LinkClosed(f"write failed: {exc}") from exc

    def read(self, size: int, timeout: float) -> bytes:
        import serial

        port = self._serial()
        try:
            port.timeout = max(timeout, 0.0)
            first = bytes(port.read(1))
            if not first:
                return b""
        except (serial.SerialException, OSError) as exc:
            raise LinkClosed(f"read failed: {exc}") from exc
        try:
            waiting = min(port.in_waiting, size - 1)
            return first + (bytes(port.read(waiting)) if waiting > 0 else b"")
        except (serial.SerialException, OSError):
            return first  # the byte we have counts; the next read reports the failure

    def describe(self) -> str:
        return f"{self.url} @ {self.baudrate} 8N2"


class Link(ABC):
    """Whole APDUs over a transport."""

    def __init__(self, transport: Transport, byte_timeout: float) -> None:
        self.transport = transport
        self.byte_timeout = byte_timeout

    def open(self) -> None:
        self.transport.open()

    def close(self) -> None:
        self.transport.close()

    def describe(self) -> str:
        return self.transport.describe()

    def drain(self) -> int:
        """Drop whatever is waiting from an earlier exchange (a kept-open serial line)."""
        dropped = 0
        while data := self.transport.read(4096, 0.0):
            dropped += len(data)
        return dropped

    @abstractmethod
    def send(self, message: Apdu) -> None: ...

    @abstractmethod
    def receive(self, timeout: float) -> Apdu | None:
        """The next APDU, or ``None`` if none began within ``timeout``."""


class TcpLink(Link):
    def __init__(self, transport: Transport, byte_timeout: float = 5.0) -> None:
        super().__init__(transport, byte_timeout)
        self._buf = bytearray()

    def open(self) -> None:
        self._buf.clear()
        super().open()

    def send(self, message: Apdu) -> None:
        self.transport.write(message.encode())

    def _need(self, n: int) -> None:
        deadline = time.monotonic() + self.byte_timeout
        while len(self._buf) < n:
            left = deadline - time.monotonic()
            if left <= 0:
                raise LinkTimeout(f"APDU cut short ({len(self._buf)} of {n} bytes)")
            self._buf += self.transport.read(65536, left)

    def receive(self, timeout: float) -> Apdu | None:
        if not self._buf:
            data = self.transport.read(65536, timeout)
            if not data:
                return None
            self._buf += data
        self._need(3)
        size = apdus.header_size(bytes(self._buf[:3]))
        self._need(size)
        total = size + apdus.data_length(bytes(self._buf[:size]))
        self._need(total)
        raw = bytes(self._buf[:total])
        del self._buf[:total]
        return apdus.decode(raw)


class SerialLink(Link):
    """DLE framing with ACK/NAK; ``retries`` retransmissions after a NAK or no answer."""

    def __init__(
        self,
        transport: Transport,
        byte_timeout: float = 5.0,
        ack_timeout: float = 1.0,
        retries: int = 3,
    ) -> None:
        super().__init__(transport, byte_timeout)
        self.ack_timeout = ack_timeout
        self.retries = retries
        self._decoder = FrameDecoder()
        self._frames: list[tuple[bytes, bool]] = []
        self._spill = bytearray()  # bytes read after an ACK: the start of the next frame

    def open(self) -> None:
        self._reset()
        super().open()

    def _reset(self) -> None:
        self._decoder = FrameDecoder()
        self._frames.clear()
        self._spill.clear()

    def drain(self) -> int:
        self._reset()
        return super().drain()

    def send(self, message: Apdu) -> None:
        data = frame(message.encode())
        for attempt in range(1 + self.retries):
            self.transport.write(data)
            answer = self._await_ack()
            if answer == ACK:
                return
            log.warning(
                "terminal %s frame %s (attempt %d)",
                "refused (NAK)" if answer == NAK else "did not acknowledge",
                message,
                attempt + 1,
            )
        raise LinkCorrupt(f"frame {message} not acknowledged after {1 + self.retries} attempts")

    def _await_ack(self) -> int | None:
        deadline = time.monotonic() + self.ack_timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            data = self.transport.read(256, left)
            for i, byte in enumerate(data):
                if byte in (ACK, NAK):
                    self._spill += data[i + 1 :]
                    return byte
            # anything else before the ACK is line noise

    def receive(self, timeout: float) -> Apdu | None:
        naks = 0
        quiet_until = time.monotonic() + timeout  # nothing begun by then: None
        deadline: float | None = None  # once a frame began: it must end by then
        while True:
            if self._spill:
                self._frames += self._decoder.feed(bytes(self._spill))
                self._spill.clear()
            while self._frames:
                raw, crc_ok = self._frames.pop(0)
                if not crc_ok:
                    naks += 1
                    self.transport.write(bytes([NAK]))
                    if naks > self.retries:
                        raise LinkCorrupt(f"{naks} frames with a wrong CRC in a row")
                    continue
                self.transport.write(bytes([ACK]))
                try:
                    return apdus.decode(raw)
                except ApduError as exc:
                    raise LinkCorrupt(f"bad APDU in a good frame: {exc}") from exc
            started = naks > 0 or self._decoder.busy
            if started and deadline is None:
                deadline = time.monotonic() + self.byte_timeout
            wait = (quiet_until if deadline is None else deadline) - time.monotonic()
            if wait <= 0:
                if deadline is None:
                    return None
                raise LinkTimeout("frame cut short or never repeated")
            data = self.transport.read(4096, wait)
            if not data:
                if deadline is None:
                    return None
                continue
            self._frames += self._decoder.feed(data)
