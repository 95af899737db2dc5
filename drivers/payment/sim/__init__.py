"""A simulated ZVT card terminal for the demo and the tests (TCP, ``socket://``, pty)."""

from drivers.payment.sim.servers import PtySimulator, TcpSimulator
from drivers.payment.sim.terminal import SCENARIOS, STEPS, Record, Scenario, SimulatedTerminal

__all__ = [
    "SCENARIOS",
    "STEPS",
    "PtySimulator",
    "Record",
    "Scenario",
    "SimulatedTerminal",
    "TcpSimulator",
]
