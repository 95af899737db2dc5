"""A simulated terminal on each transport the driver supports, and a driver pointed at it.

``tcp``: raw APDUs on a loopback port; ``socket``: DLE-framed serial through pyserial's
``socket://``; ``pty``: DLE-framed serial on a real pseudo-terminal pair at 115200 8N2.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from drivers.payment.sim import PtySimulator, SimulatedTerminal, TcpSimulator
from drivers.payment.zvt import ZvtConfig, ZvtTerminal

TRANSPORTS = ("tcp", "socket", "pty")
FAST = {"ack_timeout": 1.0, "response_timeout": 1.5, "serial_ack_timeout": 0.5}


@dataclass
class Rig:
    sim: SimulatedTerminal
    terminal: ZvtTerminal
    transport: str

    def fresh_terminal(self) -> ZvtTerminal:
        """A second driver on the same terminal (a till that restarted)."""
        return ZvtTerminal(self.terminal.config)


def config_for(server: TcpSimulator | PtySimulator, transport: str, **extra: object) -> ZvtConfig:
    options: dict[str, object] = {**FAST, **extra}
    if transport == "tcp":
        assert isinstance(server, TcpSimulator)
        options.update(transport="tcp", host=server.host, port=server.port)
    elif transport == "socket":
        assert isinstance(server, TcpSimulator)
        options.update(transport="serial", url=server.url, baudrate=115200)
    else:
        assert isinstance(server, PtySimulator)
        options.update(transport="serial", url=server.device, baudrate=115200)
    return ZvtConfig.from_options(options)


def start_server(sim: SimulatedTerminal, transport: str) -> TcpSimulator | PtySimulator:
    if transport == "tcp":
        return TcpSimulator(sim).start()
    if transport == "socket":
        return TcpSimulator(sim, framing="serial").start()
    return PtySimulator(sim).start()


@pytest.fixture(params=TRANSPORTS)
def rig(request: pytest.FixtureRequest) -> Iterator[Rig]:
    sim = SimulatedTerminal()
    sim.ack_timeout = 2.0
    server = start_server(sim, request.param)
    terminal = ZvtTerminal(config_for(server, request.param))
    try:
        yield Rig(sim, terminal, request.param)
    finally:
        terminal.close()
        server.stop()


@pytest.fixture
def tcp_rig() -> Iterator[Rig]:
    sim = SimulatedTerminal()
    sim.ack_timeout = 2.0
    server = start_server(sim, "tcp")
    terminal = ZvtTerminal(config_for(server, "tcp"))
    try:
        yield Rig(sim, terminal, "tcp")
    finally:
        server.stop()
