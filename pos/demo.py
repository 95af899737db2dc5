"""The demo store: settings and the seed that fills a new cache with the demo catalog.

Shared by ``pos --demo``, the kill test's headless till and the benchmarks, without Qt.
"""

from __future__ import annotations

from collections.abc import Callable

from drivers.payment.sim import SimulatedTerminal, TcpSimulator
from pos.config import Settings, VariableMeasureSettings
from pos.store import Database, seed_demo


def demo_settings(settings: Settings | None = None) -> Settings:
    """A Warsaw shop in PLN with the virtual printer (answering status requests)."""
    settings = settings if settings is not None else Settings()
    settings.store.store_id = "STORE-001"
    settings.store.till_id = "TILL-01"
    settings.store.store_name = "Omnitill Demo Market"
    settings.printer.connection = "virtual"
    settings.printer.options = {"answers_status": True}
    # The demo scales: 28 + PLU (5 digits) + weight in grams (5) + check digit, and price
    # labels 29 + PLU + price in grosze (5) + check digit.
    settings.scanner.variable_measure = [
        VariableMeasureSettings(prefixes=["28"], kind="weight", value_digits=5, value_decimals=3),
        VariableMeasureSettings(prefixes=["29"], kind="price", value_digits=5, value_decimals=2),
    ]
    return settings


def demo_seed(settings: Settings) -> Callable[[Database], object]:
    """What ``Till.start`` runs to fill a new file with the demo catalog (a no-op later)."""
    store = settings.store
    return lambda db: seed_demo(db, store.currency, store_id=store.store_id, till_id=store.till_id)


def start_demo_terminal(settings: Settings) -> TcpSimulator:
    """The simulated ZVT terminal on a free loopback port, and the settings pointing at it.

    Its scenario can be changed while the demo runs (``terminal.set_scenario("decline")``).
    """
    simulator = TcpSimulator(SimulatedTerminal(), host="127.0.0.1", port=0).start()
    settings.payment.terminal = "zvt"
    settings.payment.options = {"transport": "tcp", "host": simulator.host, "port": simulator.port}
    return simulator
