"""A scripted terminal for fault tests: a real loopback socket that says exactly the bytes a
test gives it (garbage, cut frames, wrong CRCs, NAKs), so the driver meets them on the wire."""

from __future__ import annotations

import select
import socket
import threading
import time
from collections.abc import Callable

from drivers.payment.sim.wire import kermit
from drivers.payment.zvt import ZvtConfig, ZvtTerminal

Script = Callable[["Peer"], None]


def framed(apdu_hex: str, *, bad_crc: bool = False) -> bytes:
    """A DLE frame built with the simulator's CRC (not the driver's)."""
    apdu = bytes.fromhex(apdu_hex)
    crc = kermit(apdu + b"\x03") ^ (0xFFFF if bad_crc else 0)
    return (
        b"\x10\x02" + apdu.replace(b"\x10", b"\x10\x10") + b"\x10\x03" + crc.to_bytes(2, "little")
    )


class Peer:
    def __init__(self, script: Script) -> None:
        self.script = script
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.conn: socket.socket | None = None
        self.heard = bytearray()
        self.pending = bytearray()
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        try:
            self.listener.settimeout(10)
            conn, _ = self.listener.accept()
            self.conn = conn
            with conn:
                self.script(self)
        except BaseException as exc:  # reported by the test through ``finish``
            self.error = exc
        finally:
            self.listener.close()

    def _recv(self, until: float) -> bool:
        assert self.conn is not None
        left = until - time.monotonic()
        if left <= 0:
            return False
        ready, _, _ = select.select([self.conn], [], [], left)
        if not ready:
            return False
        chunk = self.conn.recv(4096)
        self.heard += chunk
        self.pending += chunk
        return bool(chunk)

    def read_for(self, seconds: float) -> bytes:
        """Everything the driver sends within ``seconds`` (or until it closes)."""
        end = time.monotonic() + seconds
        while self._recv(end):
            pass
        got = bytes(self.pending)
        self.pending.clear()
        return got

    def read_until(self, needle: bytes, seconds: float = 5.0) -> bytes:
        """The driver's bytes up to and including ``needle`` (what is left stays pending)."""
        end = time.monotonic() + seconds
        while needle not in self.pending and self._recv(end):
            pass
        cut = self.pending.find(needle)
        cut = len(self.pending) if cut < 0 else cut + len(needle)
        got = bytes(self.pending[:cut])
        del self.pending[:cut]
        return got

    def send(self, data: bytes) -> None:
        assert self.conn is not None
        self.conn.sendall(data)

    def finish(self) -> None:
        self.thread.join(timeout=15)
        if self.error is not None:
            raise self.error

    def terminal(self, serial: bool = False, **options: object) -> ZvtTerminal:
        base: dict[str, object] = {
            "ack_timeout": 0.5,
            "response_timeout": 1.0,
            "serial_ack_timeout": 0.2,
        }
        if serial:
            base.update(transport="serial", url=f"socket://127.0.0.1:{self.port}")
        else:
            base.update(transport="tcp", port=self.port)
        base.update(options)
        return ZvtTerminal(ZvtConfig.from_options(base))
