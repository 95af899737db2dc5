"""Click & collect benchmarks: a real till window (offscreen) against ``pos-hub serve`` in its
own process, over loopback HTTP.

    python -m tests.bench.bench_pickup [--rounds N] [--open-orders N] [--probe-seconds S]

Parts, each printed with its target:

1. a web order placed at the hub (admin API) until it shows in the till's pickup queue
   (event stream -> pickup feed pull -> cache -> queue reload on the GUI thread): median and
   p95 over N orders [target <= 2 s], with the placing request alone as the baseline;
2. the queue with many open orders (default 500): the cost of one queue reload (the db
   query on the db worker + the model reset on the GUI thread) and of painting the table,
   each against the same measured with the few orders of part 1 (same run); and the GUI
   event loop's lateness (a 10 ms QTimer) while orders keep changing at the hub and the
   queue reloads itself [target p99 <= 50 ms].

The machine's load average is printed with the figures: other work on it slows every part.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from pos.api import routes
from pos.hub.db import open_hub_database
from pos.hub.seed import seed_demo
from pos.paths import TillPaths
from pos.services.sync import SyncOptions
from pos.store import QueueRow
from pos.ui.app import TillWindow, build_window
from pos.ui.features.pickup.pickup import Pickup
from pos.ui.features.pickup.pickup_dialog import PickupDialog
from tests.bench.bench_hub import pct
from tests.bench.bench_sync import STORE, Hub, load, say

TIMEOUT_S = 60.0


def wait(
    app: QApplication, check: Callable[[], bool], what: str, timeout: float = TIMEOUT_S
) -> None:
    deadline = time.perf_counter() + timeout
    while not check():
        if time.perf_counter() > deadline:
            raise SystemExit(f"timed out waiting for {what}")
        app.processEvents()
        time.sleep(0.001)


def hub_file(work: Path) -> Path:
    """A seeded hub database (the demo data set)."""
    path = work / "seed.sqlite3"
    db = open_hub_database(f"sqlite:///{path}")
    seed_demo(db)
    db.dispose()
    return path


def stocked_products(hub: Hub, n: int) -> list[str]:
    """``n`` piece products with plenty on hand at the store (so hundreds of orders fit)."""
    db = open_hub_database(f"sqlite:///{hub.file}")  # read beside the serving process
    try:
        with db.read() as conn:
            ids = [
                str(r[0])
                for r in conn.execute(
                    text("SELECT id FROM products WHERE sold_by = 'piece' ORDER BY sku LIMIT :n"),
                    {"n": n},
                )
            ]
    finally:
        db.dispose()
    items = [{"product_id": pid, "location_id": STORE, "on_hand": "100000"} for pid in ids]
    hub.admin.post(routes.ADMIN_STOCK, json={"items": items}).raise_for_status()
    return ids


def place(hub: Hub, product_id: str, quantity: str = "1") -> dict[str, Any]:
    answer = hub.admin.post(
        routes.ADMIN_PICKUP_ORDERS,
        json={
            "order_id": f"BENCH-{uuid.uuid4().hex[:16]}",
            "store_id": STORE,
            "customer_first_name": "Bench",
            "customer_surname": "Customer",
            "contact": "bench@example.com",
            "lines": [{"product_id": product_id, "quantity": quantity}],
            "paid_online": True,
        },
    )
    answer.raise_for_status()
    placed: dict[str, Any] = answer.json()
    return placed


def open_till(app: QApplication, work: Path, hub: Hub) -> tuple[TillWindow, PickupDialog]:
    paths = TillPaths(work / "till")
    paths.root.mkdir()
    options = SyncOptions(
        hub_url=hub.url, pairing_code=hub.pairing_code("TILL-B1"), poll_seconds=600
    )
    window = build_window(paths, demo=True, sync=options)
    window.resize(1280, 800)
    window.show()
    wait(app, lambda: window.ready and window.login.user_group.buttons() != [], "the till")
    status = window.status.sync
    wait(app, lambda: status.status is not None and status.status.state == "online", "sync")
    window.login.user_group.buttons()[0].click()
    window.login.pin.setText("1111")
    window.login.pin.returnPressed.emit()
    wait(app, lambda: window.stack.currentWidget() is window.till_screen, "sign-in")
    dialog = window.till_screen.feature(Pickup).pickup_dialog()
    assert dialog is not None
    dialog.resize(1100, 680)
    dialog.show()
    return window, dialog


def visible_latency(
    app: QApplication, hub: Hub, dialog: PickupDialog, products: list[str], rounds: int
) -> None:
    delays, requests = [], []
    time.sleep(1.0)  # the event stream connects
    for i in range(rounds):
        started = time.perf_counter()
        placed = place(hub, products[i % len(products)])
        requests.append(time.perf_counter() - started)
        number = placed["order"]["number"]
        wait(app, lambda number=number: number in dialog.queue_numbers(), f"order {number}")
        delays.append(time.perf_counter() - started)
    median, p95 = statistics.median(delays), pct(delays, 0.95)
    base = statistics.median(requests)
    verdict = "met" if p95 <= 2.0 else "MISSED"
    say(
        f"web order placed -> visible in the till's queue ({rounds} orders; admin API -> event"
        f" stream -> pickup feed -> cache -> queue on the GUI thread): median"
        f" {median * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms, max {max(delays) * 1000:.0f} ms"
        f"   [target <= 2 s: {verdict}]"
    )
    say(
        f"  baseline: the placing request alone, median {base * 1000:.1f} ms"
        f" (visible / placed = {median / base:.1f}x)"
    )


def reload_costs(app: QApplication, dialog: PickupDialog, samples: int) -> dict[str, float]:
    """Median/p95 ms of: the queue query (db worker), the model reset (GUI), a table paint."""
    assert dialog.service is not None
    query, reset, paint = [], [], []
    rows: list[QueueRow] = []
    for _ in range(samples):
        started = time.perf_counter()
        rows = dialog.service.queue().result(30)
        query.append(time.perf_counter() - started)
        started = time.perf_counter()
        dialog.model.set_rows(rows)
        reset.append(time.perf_counter() - started)
        started = time.perf_counter()
        dialog.table.viewport().repaint()
        paint.append(time.perf_counter() - started)
        app.processEvents()
    return {
        "rows": float(len(rows)),
        "query_ms": statistics.median(query) * 1000,
        "query_p95_ms": pct(query, 0.95) * 1000,
        "reset_ms": statistics.median(reset) * 1000,
        "reset_p95_ms": pct(reset, 0.95) * 1000,
        "paint_ms": statistics.median(paint) * 1000,
        "paint_p95_ms": pct(paint, 0.95) * 1000,
    }


def say_costs(label: str, costs: dict[str, float]) -> None:
    say(
        f"  {label} ({costs['rows']:.0f} orders): query median {costs['query_ms']:.2f} ms"
        f" (p95 {costs['query_p95_ms']:.2f}), model reset {costs['reset_ms']:.2f} ms"
        f" (p95 {costs['reset_p95_ms']:.2f}), table paint {costs['paint_ms']:.2f} ms"
        f" (p95 {costs['paint_p95_ms']:.2f})"
    )


def stall_probe(
    app: QApplication, hub: Hub, dialog: PickupDialog, products: list[str], seconds: float
) -> None:
    """A 10 ms QTimer's lateness while orders keep arriving and the queue reloads itself."""
    late: list[float] = []
    state = {"last": time.perf_counter()}

    def tick() -> None:
        now = time.perf_counter()
        late.append(max(0.0, now - state["last"] - 0.010))
        state["last"] = now

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(10)
    reloads_before = dialog.model.rowCount()
    ends = time.perf_counter() + seconds
    placed = 0
    while time.perf_counter() < ends:
        place(hub, products[placed % len(products)])  # the hub is another process
        placed += 1
        pause = time.perf_counter() + 0.2
        while time.perf_counter() < pause:
            app.processEvents()
            time.sleep(0.001)
    timer.stop()
    verdict = "met" if pct(late, 0.99) * 1000 <= 50 else "MISSED"
    say(
        f"GUI event loop with {reloads_before}+ open orders while {placed} more arrive"
        f" ({len(late):,} ticks of a 10 ms QTimer over {seconds:.0f} s): p50"
        f" {statistics.median(late) * 1000:.1f} ms, p95 {pct(late, 0.95) * 1000:.1f} ms,"
        f" p99 {pct(late, 0.99) * 1000:.1f} ms, max {max(late) * 1000:.1f} ms late"
        f"   [target p99 <= 50 ms: {verdict}]"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--open-orders", type=int, default=500)
    parser.add_argument("--probe-seconds", type=float, default=10.0)
    args = parser.parse_args(argv)
    say(f"bench_pickup: hub = pos-hub serve (own process), till window offscreen; {load()}")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory(prefix="omnitill-bench-pickup-") as tmp:
        work = Path(tmp)
        hub = Hub(hub_file(work), work)
        window: TillWindow | None = None
        try:
            products = stocked_products(hub, 20)
            window, dialog = open_till(app, work, hub)
            visible_latency(app, hub, dialog, products, args.rounds)
            few = reload_costs(app, dialog, 30)
            started = time.perf_counter()
            for i in range(args.open_orders - dialog.model.rowCount()):
                place(hub, products[i % len(products)])
            placing = time.perf_counter() - started
            wait(app, lambda: dialog.model.rowCount() >= args.open_orders, "the open orders")
            arrived = time.perf_counter() - started
            say(
                f"{args.open_orders} open orders: placed at the hub in {placing:.1f} s, all in"
                f" the till's queue {arrived:.1f} s after the first was placed"
            )
            many = reload_costs(app, dialog, 30)
            say_costs("baseline queue", few)
            say_costs("full queue", many)
            say(
                f"  ratios full/baseline: query {many['query_ms'] / few['query_ms']:.1f}x,"
                f" model reset {many['reset_ms'] / few['reset_ms']:.1f}x,"
                f" paint {many['paint_ms'] / few['paint_ms']:.1f}x"
            )
            stall_probe(app, hub, dialog, products, args.probe_seconds)
            say(f"done; {load()}")
        finally:
            if window is not None:
                window.close()
                window.deleteLater()
                app.processEvents()
            hub.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
