"""The demo store: settings, the seed of a new cache, and the embedded hub of ``pos --demo``.

Two demos share these definitions, without Qt:

* hub-backed (``pos --demo``): an embedded reference hub on a loopback port keeps its own
  SQLite file in the till's data dir and is seeded with the demo data set; the till seeds only
  its users, pairs with the hub and gets catalog and stock by syncing - the real data flow.
* offline (the UI tests, the kill test's headless till, the benchmarks): the demo catalog is
  written straight into the till's cache (``seed_demo``), no network at all.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from pos.config import Settings, VariableMeasureSettings
from pos.paths import TillPaths
from pos.private_files import private_dir
from pos.services.sync import SyncOptions
from pos.store import Database
from pos.store.demo_catalog import seed_demo, seed_demo_users

if TYPE_CHECKING:
    from drivers.payment.sim import TcpSimulator
    from pos.hub.embedded import RunningHub

DEMO_STORE_ID = "STORE-001"
DEMO_TILL_ID = "TILL-01"


def demo_settings(settings: Settings | None = None) -> Settings:
    """A Warsaw shop in PLN with the virtual printer (answering status requests)."""
    settings = settings if settings is not None else Settings()
    settings.store.store_id = DEMO_STORE_ID
    settings.store.till_id = DEMO_TILL_ID
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


def demo_seed(settings: Settings, catalog: bool = True) -> Callable[[Database], object]:
    """What ``Till.start`` runs on a new file: the demo catalog and users, or (``catalog=False``,
    the hub-backed demo) the users only. A no-op later."""
    if not catalog:
        return seed_demo_users
    store = settings.store
    return lambda db: seed_demo(db, store.currency, store_id=store.store_id, till_id=store.till_id)


def start_demo_hub(paths: TillPaths) -> RunningHub:
    """The embedded reference hub of ``pos --demo``: loopback, an ephemeral port, its SQLite
    file under the till's data dir, seeded with the demo data set on first run."""
    from pos.hub.embedded import start_hub  # only the demo runs a hub in the till's process

    private_dir(paths.hub_dir)  # the hub's database and key file: the till user's alone
    return start_hub(f"sqlite:///{paths.hub_dir / 'hub.sqlite3'}", "127.0.0.1", 0, seed=True)


def demo_sync_options(hub: RunningHub) -> SyncOptions:
    """Pair with the embedded hub on first run; later runs find it on a new port."""
    return SyncOptions(
        hub_url=hub.url,
        pairing_code=lambda: hub.pairing_code(DEMO_STORE_ID, DEMO_TILL_ID),
        follow_url=True,
    )


def start_demo_terminal(settings: Settings) -> TcpSimulator:
    """The simulated ZVT terminal on a free loopback port, and the settings pointing at it.

    Its scenario can be changed while the demo runs (``terminal.set_scenario("decline")``).
    """
    from drivers.payment.sim import SimulatedTerminal, TcpSimulator  # demo only: not at start

    simulator = TcpSimulator(SimulatedTerminal(), host="127.0.0.1", port=0).start()
    settings.payment.terminal = "zvt"
    settings.payment.options = {"transport": "tcp", "host": simulator.host, "port": simulator.port}
    return simulator
