"""The simulator's own wire code, written apart from the driver so each checks the other.

Two wires carry APDUs: raw over a TCP socket, or DLE-framed (serial) over any byte stream (a
pty master, or a TCP socket for pyserial ``socket://`` clients). The CRC here is computed bit
by bit; the driver uses a table.
"""

from __future__ import annotations

import contextlib
import os
import select
import socket
import time
from abc import ABC, abstractmethod


class WireClosed(Exception):
    """The ECR went away."""


class Stream(ABC):
    @abstractmethod
    def read(self, timeout: float) -> bytes:
        """Some bytes, ``b""`` on timeout; raises WireClosed at end of stream."""

    @abstractmethod
    def write(self, data: bytes) -> None: ...

    @abstractmethod
    def close(self) -> None: ...


class SocketStream(Stream):
    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock

    def read(self, timeout: float) -> bytes:
        ready, _, _ = select.select([self.sock], [], [], max(timeout, 0))
        if not ready:
            return b""
        try:
            data = self.sock.recv(4096)
        except OSError as exc:
            raise WireClosed(str(exc)) from exc
        if not data:
            raise WireClosed("peer closed")
        return data

    def write(self, data: bytes) -> None:
        try:
            self.sock.sendall(data)
        except OSError as exc:
            raise WireClosed(str(exc)) from exc

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self.sock.shutdown(socket.SHUT_RDWR)
        self.sock.close()


class FdStream(Stream):
    """The master side of a pty (the ECR opens the slave as its serial port)."""

    def __init__(self, fd: int) -> None:
        self.fd = fd

    def read(self, timeout: float) -> bytes:
        ready, _, _ = select.select([self.fd], [], [], max(timeout, 0))
        if not ready:
            return b""
        try:
            data = os.read(self.fd, 4096)
        except OSError as exc:  # EIO: no process has the slave open
            time.sleep(min(timeout, 0.05))
            if exc.errno == 5:
                return b""
            raise WireClosed(str(exc)) from exc
        return data

    def write(self, data: bytes) -> None:
        try:
            os.write(self.fd, data)
        except OSError as exc:
            raise WireClosed(str(exc)) from exc

    def close(self) -> None:
        return None  # the pty's owner closes it


def kermit(data: bytes) -> int:
    crc = 0
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = (crc >> 1) ^ 0x8408 if crc & 1 else crc >> 1
    return crc


def split_apdu(buf: bytearray) -> tuple[bytes, bytes] | None:
    """Take one APDU (command, data) off the front of ``buf`` if it is all there."""
    if len(buf) < 3:
        return None
    head = 3
    size = buf[2]
    if size == 0xFF:
        if len(buf) < 5:
            return None
        head = 5
        size = buf[3] | buf[4] << 8
    if len(buf) < head + size:
        return None
    command, data = bytes(buf[:2]), bytes(buf[head : head + size])
    del buf[: head + size]
    return command, data


def join_apdu(command: bytes, data: bytes = b"") -> bytes:
    n = len(data)
    size = bytes([n]) if n < 255 else bytes([0xFF, n & 0xFF, n >> 8])
    return command + size + data


class Wire(ABC):
    def __init__(self, stream: Stream) -> None:
        self.stream = stream

    @abstractmethod
    def receive(self, timeout: float) -> tuple[bytes, bytes] | None: ...

    @abstractmethod
    def send(self, command: bytes, data: bytes = b"") -> None: ...

    def close(self) -> None:
        self.stream.close()


class RawWire(Wire):
    def __init__(self, stream: Stream) -> None:
        super().__init__(stream)
        self.buf = bytearray()

    def receive(self, timeout: float) -> tuple[bytes, bytes] | None:
        end = time.monotonic() + timeout
        while (apdu := split_apdu(self.buf)) is None:
            left = end - time.monotonic()
            if left <= 0:
                return None
            self.buf += self.stream.read(left)
        return apdu

    def send(self, command: bytes, data: bytes = b"") -> None:
        self.stream.write(join_apdu(command, data))


class FramedWire(Wire):
    """DLE STX ... DLE ETX crc(lo, hi); ACK/NAK per frame, three repeats."""

    def __init__(self, stream: Stream, *, nak_every_frame: bool = False) -> None:
        super().__init__(stream)
        self.pending = bytearray()
        self.nak_every_frame = nak_every_frame

    def _frame(self, apdu: bytes) -> bytes:
        body = bytearray(b"\x10\x02")
        for byte in apdu:
            body += b"\x10\x10" if byte == 0x10 else bytes([byte])
        crc = kermit(apdu + b"\x03")
        return bytes(body) + b"\x10\x03" + bytes([crc & 0xFF, crc >> 8])

    def send(self, command: bytes, data: bytes = b"") -> None:
        frame = self._frame(join_apdu(command, data))
        for _ in range(4):
            self.stream.write(frame)
            end = time.monotonic() + 1.0
            while time.monotonic() < end:
                chunk = self.stream.read(end - time.monotonic())
                if b"\x06" in chunk:
                    self.pending += chunk[chunk.index(b"\x06") + 1 :]
                    return
                if b"\x15" in chunk:
                    break
        raise WireClosed("the ECR never acknowledged a frame")

    def _take_frame(self) -> bytes | bool | None:
        """An APDU, False for a frame with a bad CRC, None if no whole frame is buffered."""
        buf = self.pending
        start = buf.find(b"\x10\x02")
        if start < 0:
            if buf.endswith(b"\x10"):
                del buf[:-1]
            else:
                buf.clear()
            return None
        i = start + 2
        apdu = bytearray()
        while i < len(buf):
            if buf[i] == 0x10:
                if i + 1 >= len(buf):
                    return None
                if buf[i + 1] == 0x10:
                    apdu.append(0x10)
                    i += 2
                    continue
                if buf[i + 1] == 0x03:
                    if i + 4 > len(buf):
                        return None
                    crc = buf[i + 2] | buf[i + 3] << 8
                    del buf[: i + 4]
                    return bytes(apdu) if crc == kermit(bytes(apdu) + b"\x03") else False
                del buf[: i + 1]  # broken frame: resynchronise
                return False
            apdu.append(buf[i])
            i += 1
        return None

    def receive(self, timeout: float) -> tuple[bytes, bytes] | None:
        end = time.monotonic() + timeout
        while True:
            got = self._take_frame()
            if got is False or (got is not None and self.nak_every_frame):
                self.stream.write(b"\x15")
                continue
            if isinstance(got, bytes):
                self.stream.write(b"\x06")
                apdu = split_apdu(bytearray(got))
                if apdu is not None:
                    return apdu
                continue
            left = end - time.monotonic()
            if left <= 0:
                return None
            self.pending += self.stream.read(left)
