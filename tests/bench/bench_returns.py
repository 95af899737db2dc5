"""Receipt scanned -> return screen filled, from the till's own database and from the hub.

    python -m tests.bench.bench_returns [--sales 2000] [--lookups 100] [--local-sales 500]

A real hub (``pos.hub.embedded.start_hub`` on a SQLite file in a temp dir, the demo data) and
real tills of one store paired with it over loopback HTTP:

1. TILL-01 records ``--sales`` sales through ``Till.record`` (1-3 demo items each; cash, card
   or split) and pushes them to the hub. Then for ``--lookups`` random sales of its own the
   bench times ``till.returns.find(sale_id).result()``. A syncing till asks the hub too (every
   till's earlier returns of the sale): that is the real till's path, reported as "local sale
   (till asks the hub too)" [target p95 <= 150 ms]. A standalone till (no hub, ``sync=None``,
   the demo catalog) records ``--local-sales`` sales and is timed the same way, "local only".
2. TILL-02 of the same store finds TILL-01's sales, which are not in its database: the hub
   answers [target p95 <= 300 ms].
3. Baselines of the same run: a plain ``sqlite3`` SELECT of the sale's document by id on
   TILL-01's file, and a plain ``httpx`` GET of ``/v1/sales/{id}`` at the hub with TILL-01's
   device token; the ratios are printed.
4. The Qt side: a ``ReturnDialog`` (not shown in a window; offscreen platform) on TILL-01 and
   TILL-02, timed from ``look_up(sale_id)`` (what a scan calls) until ``show_sale`` has filled
   the table, the GUI event loop turning in between.

No figure is asserted (this is not part of the test suite); each found sale is checked to be
the one asked for, with its lines, so every path measures the same thing.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import httpx

from pos.api import routes
from pos.demo import demo_seed, demo_settings
from pos.domain.catalog import ProductInfo
from pos.hub.embedded import RunningHub, start_hub
from pos.paths import TillPaths
from pos.services.sale_returns import FoundSale, SaleReturnService
from pos.services.sync import SyncOptions
from pos.services.till import Till
from pos.store.db import connect_plain
from tests.bench.bench_hub import pct
from tests.bench.bench_shift_close import one_sale
from tests.bench.served_hub import load, say

LOCAL_TARGET_MS = 150.0
HUB_TARGET_MS = 300.0
TIMEOUT = 120
STORE = "STORE-001"
T = TypeVar("T")


def timed(run: Callable[[], T]) -> tuple[T, float]:
    """``run()`` and how long it took, in ms."""
    started = time.perf_counter()
    out = run()
    return out, (time.perf_counter() - started) * 1000


def figures(values: list[float]) -> str:
    return (
        f"p50 {statistics.median(values):.2f} ms, p95 {pct(values, 0.95):.2f} ms,"
        f" max {max(values):.2f} ms (n={len(values)})"
    )


def verdict(values: list[float], target: float) -> str:
    return f"[target p95 <= {target:.0f} ms: {'MET' if pct(values, 0.95) <= target else 'MISSED'}]"


def wait_for(check: Callable[[], bool], what: str, timeout: float = TIMEOUT) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise SystemExit(f"timed out waiting for {what}")
        time.sleep(0.02)


def sign_in(till: Till) -> None:
    anna = next(u for u in till.users().result(TIMEOUT) if u.name == "Anna")
    if till.login(anna.id, "1111").result(TIMEOUT) is None:
        raise SystemExit("Anna's PIN was refused")


def synced_till(root: Path, hub: RunningHub, till_id: str) -> Till:
    """A till of the store paired with ``hub`` (its catalog from the hub), online, signed in."""
    settings = demo_settings()
    settings.store.till_id = till_id
    options = SyncOptions(
        hub_url=hub.url, pairing_code=hub.pairing_code(STORE, till_id), poll_seconds=600
    )
    till = Till(TillPaths(root), settings, sync=options)
    till.start(demo_seed(settings, catalog=False)).result(TIMEOUT)
    assert till.sync is not None
    engine = till.sync.engine
    wait_for(
        lambda: engine.last_status is not None and engine.last_status.state == "online",
        f"{till_id} online",
    )
    sign_in(till)
    return till


def standalone_till(root: Path) -> Till:
    """A till with no hub (``sync=None``), the demo catalog, signed in."""
    settings = demo_settings()
    till = Till(TillPaths(root), settings)
    till.start(demo_seed(settings)).result(TIMEOUT)
    sign_in(till)
    return till


def piece_products(till: Till, n: int = 40) -> list[ProductInfo]:
    conn = connect_plain(till.paths.database)  # the catalog file attached
    try:
        codes = [
            r[0]
            for r in conn.execute(
                "SELECT b.code FROM barcodes b JOIN products p ON p.id = b.product_id"
                " WHERE p.sold_by = 'piece' AND length(b.code) = 13 ORDER BY b.code LIMIT ?",
                (n,),
            )
        ]
    finally:
        conn.close()
    if not codes:
        raise SystemExit("the till has no piece products")
    return [till.lookup(code).result(TIMEOUT) for code in codes]


def record_sales(till: Till, n: int, rng: random.Random) -> list[str]:
    """``n`` sales through ``Till.record`` (at most 50 in flight); their ids."""
    products = piece_products(till)
    ids: list[str] = []
    pending: list[Any] = []
    printed: list[Any] = []
    for _ in range(n):
        completed = one_sale(till, products, rng)
        ids.append(completed.sale_id)
        pending.append(till.record(completed))
        if len(pending) >= 50:
            printed += [f.result(TIMEOUT).printed for f in pending]
            pending.clear()
    printed += [f.result(TIMEOUT).printed for f in pending]
    for future in printed:
        future.result(TIMEOUT)
    return ids


def pushed(till: Till) -> bool:
    """Nothing of the till's outbox is waiting for the hub."""
    conn = sqlite3.connect(till.paths.database)
    try:
        row = conn.execute("SELECT count(*) FROM outbox WHERE state = 'pending'").fetchone()
    finally:
        conn.close()
    return int(row[0]) == 0


def service(till: Till) -> SaleReturnService:
    assert till.returns is not None
    return till.returns


def time_finds(till: Till, ids: list[str], *, from_this_till: bool, hub: bool) -> list[float]:
    """``returns.find(id).result()`` per id, in ms; each answer checked."""
    out = []
    for sale_id in ids:
        found, took = timed(lambda s=sale_id: service(till).find(s).result(TIMEOUT))
        check(found, sale_id, from_this_till=from_this_till, hub=hub)
        out.append(took)
    return out


def check(found: FoundSale, sale_id: str, *, from_this_till: bool, hub: bool) -> None:
    if found.sale.sale_id != sale_id or not found.lines:
        raise SystemExit(f"sale {sale_id}: found {found.sale.sale_id} with {found.lines}")
    if found.from_this_till != from_this_till or found.checked_by_hub != hub:
        raise SystemExit(
            f"sale {sale_id}: from this till {found.from_this_till}, checked by the hub"
            f" {found.checked_by_hub}"
        )


def raw_sqlite(database: Path, ids: list[str]) -> list[float]:
    """A plain SELECT of the sale document by id on an open connection, per id, in ms."""
    conn = sqlite3.connect(database)
    try:
        out = []
        for sale_id in ids:
            row, took = timed(
                lambda s=sale_id: conn.execute(
                    "SELECT document FROM sales WHERE sale_id = ?", (s,)
                ).fetchone()
            )
            if row is None:
                raise SystemExit(f"sale {sale_id} is not in {database}")
            out.append(took)
        return out
    finally:
        conn.close()


def raw_http(hub: RunningHub, token: str, ids: list[str]) -> list[float]:
    """A plain GET of ``/v1/sales/{id}`` with the device token (one keep-alive client), in ms."""
    headers = {"Authorization": f"Bearer {token}"}
    with httpx.Client(base_url=hub.url, headers=headers, timeout=30) as client:
        client.get(routes.path(routes.SALE, sale_id=ids[0])).raise_for_status()  # connect
        out = []
        for sale_id in ids:
            answer, took = timed(lambda s=sale_id: client.get(routes.path(routes.SALE, sale_id=s)))
            answer.raise_for_status()
            out.append(took)
        return out


def qt_fills(till: Till, ids: list[str]) -> list[float] | None:
    """``ReturnDialog.look_up(id)`` -> ``show_sale`` has filled the table, in ms."""
    try:
        from PySide6.QtWidgets import QApplication

        from pos.ui.bridge import Bridge
        from pos.ui.features.returns.return_dialog import ReturnDialog
    except ImportError as exc:  # pragma: no cover - Qt missing
        say(f"  (Qt side skipped: {exc})")
        return None
    app = QApplication.instance() or QApplication([])
    bridge = Bridge(till.bus)
    dialog = ReturnDialog(till, bridge, lambda _message: None, None)
    out = []
    try:
        for sale_id in ids:
            started = time.perf_counter()
            dialog.look_up(sale_id)
            deadline = started + TIMEOUT
            while dialog.found is None or dialog.found.sale.sale_id != sale_id:
                if time.perf_counter() > deadline:
                    raise SystemExit(f"the return dialog did not show sale {sale_id}")
                app.processEvents()
                time.sleep(0.0005)
            out.append((time.perf_counter() - started) * 1000)
            if dialog.table.rowCount() != len(dialog.found.lines):
                raise SystemExit(f"sale {sale_id}: the table was not filled")
    finally:
        dialog.deleteLater()
        app.processEvents()
    return out


def ratio(values: list[float], base: list[float]) -> str:
    return f"{statistics.median(values) / statistics.median(base):.1f}x"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sales", type=int, default=2000, help="sales TILL-01 records")
    parser.add_argument("--local-sales", type=int, default=500, help="sales of the lone till")
    parser.add_argument("--lookups", type=int, default=100, help="timed finds per path")
    parser.add_argument("--qt-lookups", type=int, default=30, help="timed dialog fills per till")
    parser.add_argument("--warmup", type=int, default=5)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    say(f"bench_returns: {args.sales} sales at TILL-01, {args.lookups} lookups per path; {load()}")
    work = Path(tempfile.mkdtemp(prefix="omnitill-bench-returns-"))
    hub = start_hub(f"sqlite:///{work / 'hub.sqlite3'}", seed=True)
    tills: list[Till] = []
    try:
        till1 = synced_till(work / "till1", hub, "TILL-01")
        tills.append(till1)
        ids, record_ms = timed(lambda: record_sales(till1, args.sales, rng))
        _none, push_ms = timed(lambda: wait_for(lambda: pushed(till1), "the sales at the hub"))
        say(
            f"TILL-01 recorded {len(ids)} sales through Till.record in {record_ms / 1000:.1f} s;"
            f" all at the hub {push_ms / 1000:.1f} s later"
        )
        picked = rng.sample(ids, min(args.lookups, len(ids)))
        warm = rng.sample(ids, min(args.warmup, len(ids)))
        _pairing, token = till1.sync.engine.connection.credentials()  # type: ignore[union-attr]

        time_finds(till1, warm, from_this_till=True, hub=True)
        local_hub = time_finds(till1, picked, from_this_till=True, hub=True)
        raw_sqlite(till1.paths.database, warm)
        sql = raw_sqlite(till1.paths.database, picked)
        raw_http(hub, token, warm)
        http = raw_http(hub, token, picked)

        till2 = synced_till(work / "till2", hub, "TILL-02")
        tills.append(till2)
        time_finds(till2, warm, from_this_till=False, hub=True)
        from_hub = time_finds(till2, picked, from_this_till=False, hub=True)

        qt_ids = picked[: args.qt_lookups]
        qt1 = qt_fills(till1, qt_ids) if qt_ids else None
        qt2 = qt_fills(till2, qt_ids) if qt_ids else None

        lone = standalone_till(work / "lone")
        tills.append(lone)
        lone_ids, lone_ms = timed(lambda: record_sales(lone, args.local_sales, rng))
        lone_picked = rng.sample(lone_ids, min(args.lookups, len(lone_ids)))
        time_finds(lone, lone_ids[: args.warmup], from_this_till=True, hub=True)
        local_only = time_finds(lone, lone_picked, from_this_till=True, hub=True)
        lone_sql = raw_sqlite(lone.paths.database, lone_picked)
        qt_lone = qt_fills(lone, lone_picked[: args.qt_lookups]) if args.qt_lookups else None

        say("")
        say("Receipt scanned -> return screen filled (SaleReturnService.find(id).result()):")
        say(
            f"  local sale (till asks the hub too), TILL-01, {len(ids)} sales on file:"
            f" {figures(local_hub)}  {verdict(local_hub, LOCAL_TARGET_MS)}"
        )
        say(
            f"  local only (no hub, sync=None), {len(lone_ids)} sales on file"
            f" (recorded in {lone_ms / 1000:.1f} s): {figures(local_only)}"
            f"  {verdict(local_only, LOCAL_TARGET_MS)}"
        )
        say(
            f"  from the hub over loopback, TILL-02 finds TILL-01's sales: {figures(from_hub)}"
            f"  {verdict(from_hub, HUB_TARGET_MS)}"
        )
        say("Baselines of the same run (the raw lookup without the service):")
        say(
            f"  sqlite3 SELECT document FROM sales WHERE sale_id = ? on TILL-01's file:"
            f" {figures(sql)}; local sale via the service / raw = {ratio(local_hub, sql)}"
        )
        say(
            f"  same on the lone till's file: {figures(lone_sql)};"
            f" local only / raw = {ratio(local_only, lone_sql)}"
        )
        say(
            f"  httpx GET {routes.SALE} with the device token: {figures(http)};"
            f" TILL-02 via the service / raw GET = {ratio(from_hub, http)},"
            f" TILL-01 (local + hub) / raw GET = {ratio(local_hub, http)}"
        )
        if qt1 is not None and qt2 is not None:
            say("Qt side: ReturnDialog.look_up(id) -> show_sale filled the table (not shown):")
            say(f"  TILL-01 (local, asks the hub too): {figures(qt1)}")
            if qt_lone is not None:
                say(f"  lone till (local only): {figures(qt_lone)}")
            say(f"  TILL-02 (from the hub): {figures(qt2)}")
        say(f"done; {load()}")
        return 0
    finally:
        for till in reversed(tills):
            till.shutdown()
        hub.stop()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
