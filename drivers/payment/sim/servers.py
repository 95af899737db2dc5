"""Where the simulated terminal listens: a TCP port (raw APDUs like a LAN terminal, or DLE
frames for pyserial ``socket://`` clients) or a pseudo-terminal (a serial port to the ECR).

Each runs on its own daemon thread and serves one connection at a time, as a terminal does.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import tty
from typing import Literal

from drivers.payment.sim.terminal import SimulatedTerminal
from drivers.payment.sim.wire import FdStream, FramedWire, RawWire, SocketStream, Wire

log = logging.getLogger(__name__)


class TcpSimulator:
    """``framing="raw"`` speaks ZVT over TCP; ``"serial"`` DLE-frames it (``socket://``)."""

    def __init__(
        self,
        terminal: SimulatedTerminal | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        framing: Literal["raw", "serial"] = "raw",
    ) -> None:
        self.terminal = terminal or SimulatedTerminal()
        self.framing = framing
        self._listener = socket.create_server((host, port))
        self._listener.settimeout(0.1)
        self.host, self.port = self._listener.getsockname()[:2]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="zvt-sim", daemon=True)

    @property
    def url(self) -> str:
        return f"socket://{self.host}:{self.port}"

    def start(self) -> TcpSimulator:
        self._thread.start()
        return self

    def _wire(self, conn: socket.socket) -> Wire:
        stream = SocketStream(conn)
        return RawWire(stream) if self.framing == "raw" else FramedWire(stream)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                break
            conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            self.terminal.serve(self._wire(conn), self._stop)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=10) if self._thread.is_alive() else None
        self._listener.close()

    def __enter__(self) -> TcpSimulator:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()


class PtySimulator:
    """A pty pair: the simulator owns the master, the ECR opens ``device`` (the slave)."""

    def __init__(self, terminal: SimulatedTerminal | None = None) -> None:
        self.terminal = terminal or SimulatedTerminal()
        self._master, self._slave = os.openpty()
        tty.setraw(self._master)
        tty.setraw(self._slave)
        self.device = os.ttyname(self._slave)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="zvt-sim-pty", daemon=True)

    def start(self) -> PtySimulator:
        self._thread.start()
        return self

    def _run(self) -> None:
        while not self._stop.is_set():
            self.terminal.serve(FramedWire(FdStream(self._master)), self._stop)

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=10)
        os.close(self._master)
        os.close(self._slave)

    def __enter__(self) -> PtySimulator:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()
