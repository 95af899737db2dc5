"""The demo store: settings, the seed of a new cache, and the embedded hub of ``pos --demo``.

Two demos share these definitions, without Qt:

* hub-backed (``pos --demo``): an embedded reference hub on a loopback port keeps its own
  SQLite file in the till's data dir and is seeded with the demo data set; the till seeds only
  its users, pairs with the hub and gets catalog and stock by syncing - the real data flow.
* offline (the UI tests, the kill test's headless till, the benchmarks): the demo catalog is
  written straight into the till's cache (``seed_demo``), no network at all.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from pos.config import Settings, VariableMeasureSettings
from pos.domain.cash import CashCount, Form, denominations
from pos.domain.money import Currency
from pos.paths import TillPaths
from pos.private_files import private_dir
from pos.services.shift_story import Head, opened_doc
from pos.services.sync import SyncOptions
from pos.store import Database
from pos.store.demo_catalog import DEMO_NAMESPACE, seed_demo, seed_demo_users
from pos.store.shifts import ShiftRepository

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
    the hub-backed demo) the users only, and a shift opened with a float for the demo cashier
    so the first sale works at once. A no-op later (after a Z the cashier opens the next)."""
    store = settings.store

    def seed(db: Database) -> None:
        if catalog:
            seed_demo(db, store.currency, store_id=store.store_id, till_id=store.till_id)
        else:
            seed_demo_users(db)
        open_demo_shift(db, settings)

    return seed


def demo_float(currency: Currency) -> CashCount:
    """Ten of each of the two smallest notes and twenty of the largest coin (400 zł)."""
    coins = [d for d in denominations(currency) if d.form is Form.COIN]
    notes = [d for d in denominations(currency) if d.form is Form.NOTE]
    return CashCount(currency, {notes[0].minor: 10, notes[1].minor: 10, coins[-1].minor: 20})


def open_demo_shift(db: Database, settings: Settings) -> None:
    """The demo cashier's shift, on a till that never had one."""
    store = settings.store
    shifts = ShiftRepository(db)
    if shifts.open_shift(store.till_id) is not None or shifts.next_z(store.till_id) > 1:
        return
    currency = Currency(store.currency, store.minor_units, store.cash_rounding)
    head = Head(str(uuid.uuid4()), store.store_id, store.till_id, currency.code)
    cashier = str(uuid.uuid5(DEMO_NAMESPACE, "user:Anna"))
    shifts.open(
        opened_doc(head, str(uuid.uuid4()), cashier, datetime.now(UTC), demo_float(currency))
    )


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
