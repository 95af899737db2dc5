"""Sync benchmarks over loopback HTTP against the real hub (``pos-hub serve``, its own process).

    python -m tests.bench.bench_sync [--products N] [--sales N] [--stock-changes N]
                                     [--skip-ui] [--initial-only]

Parts, each printed with its target:

1. initial sync of N products (barcode, price, stock at the till's store) into an empty till
   cache: products/s and total time, and the ratio to a raw ``sqlite3`` ``executemany`` of the
   very rows the sync wrote (same run, same machine, same schema and FTS trigger);
2. stock changes made at the hub (admin API) applied incrementally at the till;
3. a change at the hub visible at a running till (event stream -> pull -> cache): median/p95;
4. queued sales drained to the hub;
5. the UI event loop's stall during the initial sync, in a real till process
   (``tests/bench/stall_probe.py``): p99 lateness of a 10 ms QTimer.

The hub's database (N generated products) is built once and cached in
``$TMPDIR/omnitill-bench`` (``tests.bench.bench_hub.hub_file``); each run works on a copy.
The machine's load average is printed with the figures: other work on it slows every part.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import TypeVar

from pos.api import routes
from pos.domain.cart import Sale
from pos.domain.money import PLN, Money
from pos.domain.roles import Role
from pos.domain.tenders import TenderKind
from pos.events import EventBus
from pos.store import CatalogRepository, SalesRepository, TokenFile, open_database
from pos.store.db import connect_plain
from pos.sync.engine import SyncEngine
from pos.sync.feeds import CatalogFeed, OutboxPush, SearchIndex, StockFeed
from tests.bench.bench_hub import hub_file, pct
from tests.bench.served_hub import ServedHub, load, say

T = TypeVar("T")
ROOT = Path(__file__).resolve().parents[2]
STORE = "STORE-001"


class Hub(ServedHub):
    """``pos-hub serve`` on a copy of the cached file, in its own process."""

    def __init__(self, source: Path, work: Path) -> None:
        shutil.copyfile(source, work / "hub.sqlite3")
        super().__init__(work / "hub.sqlite3", timeout=120)


def new_till(work: Path, hub: Hub, name: str, use_snapshot: bool = True) -> tuple[SyncEngine, Path]:
    root = work / name
    root.mkdir()
    db = open_database(root / "till.sqlite3")
    engine = SyncEngine(
        db,
        EventBus(),
        TokenFile(root / "device-token"),
        poll_seconds=600,
        use_snapshot=use_snapshot,
    )
    engine.pair(hub.url, hub.pairing_code(STORE, name.upper()))
    return engine, root


def timed(fn: Callable[[], T]) -> tuple[float, T]:
    """Seconds ``fn`` took, and what it returned."""
    started = time.perf_counter()
    result = fn()
    return time.perf_counter() - started, result


# --- parts ---------------------------------------------------------------------------------


def initial_sync(engine: SyncEngine, n: int) -> tuple[float, float]:
    """The initial sync until the till can scan and sell (catalog, prices, stock), then the
    search index build that follows it. Returns both durations."""
    pairing, client = engine.paired_client()
    catalog = engine.feed(CatalogFeed)
    how = "snapshot" if engine.context.use_snapshot else "feed pages"
    seconds, (products, stock) = timed(
        lambda: (catalog.sync(client, pairing), engine.feed(StockFeed).sync(client, pairing))
    )
    if catalog.last_snapshot is not None:  # the snapshot brought the store's stock too
        stock += catalog.last_snapshot.stock
        say(
            "  snapshot phases: "
            + ", ".join(f"{k} {v:.2f} s" for k, v in catalog.last_snapshot.phases.items())
        )
    rate = products / seconds
    verdict = "met" if rate >= 100_000 and (n < 1_000_000 or seconds <= 10) else "MISSED"
    say(
        f"initial sync ({how}): {products:,} catalog items + {stock:,} stock rows in"
        f" {seconds:.2f} s = {rate:,.0f} products/s, till can scan and sell"
        f"   [target >= 100,000/s, 1M <= 10 s: {verdict}]"
    )
    index_seconds, indexed = timed(engine.feed(SearchIndex).build)
    if indexed:
        say(
            f"  search index built after it (short transactions, search scans meanwhile):"
            f" {indexed:,} products in {index_seconds:.2f} s; until search is indexed:"
            f" {seconds + index_seconds:.2f} s"
        )
    return seconds, index_seconds


def raw_baseline(synced: Path, work: Path, sync_seconds: float) -> None:
    """The same rows, written with plain executemany in one transaction into a fresh file."""
    src = connect_plain(synced)
    products = src.execute(
        "SELECT id, sku, name, category_id, tax_code, sold_by, active, updated_at FROM products"
    ).fetchall()
    barcodes = src.execute("SELECT code, product_id FROM barcodes").fetchall()
    prices = src.execute(
        "SELECT product_id, amount_minor, currency, valid_from FROM prices"
    ).fetchall()
    stock = src.execute(
        "SELECT product_id, location, quantity, reserved, as_of, synced_at, via_feed"
        " FROM stock_levels"
    ).fetchall()
    taxes = src.execute("SELECT code, rate, label FROM tax_classes").fetchall()
    categories = src.execute("SELECT id, name, parent_id, sort_order FROM categories").fetchall()
    src.close()
    for fts in (True, False):
        target = work / f"raw-{fts}.sqlite3"
        open_database(target).close()  # migrated: the same schema and triggers
        conn = connect_plain(target)  # the catalog file attached, as the till has it
        conn.isolation_level = None
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA catalog.synchronous=FULL")
        if not fts:  # the floor: the same rows with no search index to keep
            conn.execute("DROP TRIGGER products_fts_ai")

        def write(conn: sqlite3.Connection = conn) -> None:
            conn.execute("BEGIN")
            conn.executemany("INSERT INTO tax_classes VALUES (?, ?, ?)", taxes)
            conn.executemany("INSERT INTO categories VALUES (?, ?, ?, ?)", categories)
            conn.executemany(
                "INSERT INTO products (id, sku, name, category_id, tax_code, sold_by, active,"
                " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                products,
            )
            conn.executemany("INSERT INTO barcodes VALUES (?, ?)", barcodes)
            conn.executemany(
                "INSERT INTO prices (product_id, amount_minor, currency, valid_from)"
                " VALUES (?, ?, ?, ?)",
                prices,
            )
            conn.executemany("INSERT INTO stock_levels VALUES (?, ?, ?, ?, ?, ?, ?)", stock)
            conn.execute("COMMIT")

        seconds, _ = timed(write)
        conn.close()
        for file in work.glob(f"{target.stem}*"):
            file.unlink()
        what = "FTS trigger on" if fts else "NO search index: the floor"
        say(
            f"raw sqlite3 executemany of the same rows (one transaction, {what}):"
            f" {seconds:.2f} s = {len(products) / seconds:,.0f} products/s;"
            f" sync over HTTP / raw = {sync_seconds / seconds:.2f}x"
        )


def stock_changes(engine: SyncEngine, hub: Hub, count: int) -> None:
    pairing, client = engine.paired_client()
    with engine.db.raw() as conn:
        ids = [str(r[0]) for r in conn.execute("SELECT id FROM products LIMIT ?", (count,))]
    items = [
        {"product_id": pid, "location_id": STORE, "on_hand": str(500 + i % 100)}
        for i, pid in enumerate(ids)
    ]
    at_hub, _ = timed(lambda: hub.admin.post(routes.ADMIN_STOCK, json={"items": items}))
    seconds, applied = timed(lambda: engine.feed(StockFeed).sync(client, pairing))
    verdict = "met" if seconds <= 1.0 else "MISSED"
    say(
        f"stock changes: {applied:,} applied at the till in {seconds:.3f} s"
        f" ({applied / seconds:,.0f}/s; the hub took {at_hub:.2f} s to make them)"
        f"   [target 10k <= 1 s: {verdict}]"
    )


def change_visible(engine: SyncEngine, hub: Hub, rounds: int) -> None:
    catalog = CatalogRepository(engine.db, PLN)
    with engine.db.raw() as conn:
        rows = conn.execute(
            "SELECT p.id, min(b.code) FROM products p JOIN barcodes b ON b.product_id = p.id"
            " GROUP BY p.id LIMIT ?",
            (rounds,),
        ).fetchall()
    engine.start()
    time.sleep(1.0)  # the event stream connects
    delays = []
    for i, (pid, code) in enumerate(rows):
        price = 100_000 + i
        started = time.perf_counter()
        hub.admin.post(
            routes.ADMIN_PRICES, json={"items": [{"product_id": pid, "price_minor": price}]}
        ).raise_for_status()
        while True:
            found = catalog.by_barcode(code)
            if found is not None and found.unit_price.minor == price:
                break
            if time.perf_counter() - started > 30:
                raise SystemExit("a change at the hub did not reach the till in 30 s")
            time.sleep(0.002)
        delays.append(time.perf_counter() - started)
    engine.stop()
    median = statistics.median(delays)
    p95 = pct(delays, 0.95)
    verdict = "met" if p95 <= 2.0 else "MISSED"
    say(
        f"change at the hub visible at the till ({rounds} price changes, admin API -> event"
        f" stream -> pull -> cache): median {median * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms,"
        f" max {max(delays) * 1000:.0f} ms   [target <= 2 s: {verdict}]"
    )


def drain_sales(engine: SyncEngine, count: int) -> None:
    pairing, client = engine.paired_client()
    catalog = CatalogRepository(engine.db, PLN)
    with engine.db.raw() as conn:
        codes = [
            str(r[0])
            for r in conn.execute(
                "SELECT b.code FROM barcodes b JOIN products p ON p.id = b.product_id"
                " WHERE p.sold_by = 'piece' LIMIT 200"
            )
        ]
    products = [p for p in (catalog.by_barcode(c) for c in codes) if p is not None]
    rng = random.Random(3)
    repo = SalesRepository(engine.db)
    started = time.perf_counter()
    for _ in range(count):
        sale = Sale(
            store_id=pairing.store_id,
            till_id=pairing.till_id,
            cashier_id="bench-cashier",
            cashier_role=Role.CASHIER,
            currency=PLN,
        )
        for product in rng.sample(products, 2):
            sale.add(product, Decimal(1))
        sale.add_tender(TenderKind.CASH, sale.cash_due + Money.of("1", PLN))
        repo.record_completed(sale.complete().to_document())
    queued = time.perf_counter() - started
    seconds, sent = timed(lambda: engine.feed(OutboxPush).push(client))
    verdict = "met" if seconds <= 10 else "MISSED"
    say(
        f"sales drained: {sent:,} queued sales pushed and acknowledged in {seconds:.2f} s"
        f" ({sent / seconds:,.0f}/s, batches of {engine.context.batch_size}; queueing them took"
        f" {queued:.1f} s)   [target 10k <= 10 s: {verdict}]"
    )


def ui_stall(hub: Hub, work: Path) -> None:
    code = hub.pairing_code(STORE, "TILL-UI")
    out = subprocess.run(
        [sys.executable, "-m", "tests.bench.stall_probe", str(work / "ui-till"), hub.url, code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "STALL_DEBUG": "1"},
    )
    if out.returncode != 0:
        raise SystemExit(f"stall probe failed: {out.stderr[-2000:]}")
    figures = json.loads(out.stdout.strip().splitlines()[-1])
    stalls = [line for line in out.stderr.splitlines() if line.startswith("late ")]
    for line in sorted(stalls, key=lambda x: -float(x.split()[1]))[:5]:
        say(f"  worst stalls: {line}")
    (work / "stall-probe.stderr").write_text(out.stderr)
    verdict = "met" if figures["p99_ms"] <= 50 else "MISSED"
    say(
        f"UI event-loop stall during the initial sync (a real till process, 10 ms QTimer,"
        f" {figures['ticks']:,} ticks over a {figures['sync_s']} s sync): p50"
        f" {figures['p50_ms']} ms, p95 {figures['p95_ms']} ms, p99 {figures['p99_ms']} ms,"
        f" max {figures['max_ms']} ms late   [target p99 <= 50 ms: {verdict}]"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--products", type=int, default=1_000_000)
    parser.add_argument("--stock-changes", type=int, default=10_000)
    parser.add_argument("--sales", type=int, default=10_000)
    parser.add_argument("--visible-rounds", type=int, default=30)
    parser.add_argument("--skip-ui", action="store_true", help="leave out the UI stall part")
    parser.add_argument(
        "--initial-only", action="store_true", help="only part 1 (initial sync, raw baseline)"
    )
    parser.add_argument(
        "--paged", action="store_true", help="also time the initial sync by feed pages"
    )
    args = parser.parse_args(argv)
    say(f"bench_sync: {args.products:,} products, hub = pos-hub serve (own process); {load()}")
    source, built = hub_file(args.products, rebuild=False)  # cached, shared with bench_hub
    if built is not None:
        say(f"(built the hub database with {args.products:,} products in {built:.1f} s)")
    with tempfile.TemporaryDirectory(prefix="omnitill-bench-sync-") as tmp:
        work = Path(tmp)
        hub = Hub(source, work)
        try:
            if args.paged:  # the feed pages path, for comparison in the same run
                paged, paged_root = new_till(work, hub, "till-pages", use_snapshot=False)
                initial_sync(paged, args.products)
                paged.db.close()
                shutil.rmtree(paged_root)
            engine, root = new_till(work, hub, "till-b1")
            sync_seconds, _index_seconds = initial_sync(engine, args.products)
            raw_baseline(root / "till.sqlite3", work, sync_seconds)
            say(f"  ({load()})")
            if args.initial_only:
                engine.db.close()
                return 0
            stock_changes(engine, hub, args.stock_changes)
            change_visible(engine, hub, args.visible_rounds)
            engine = SyncEngine(
                engine.db, EventBus(), TokenFile(root / "device-token"), poll_seconds=600
            )
            drain_sales(engine, args.sales)
            engine.db.close()
            say(f"  ({load()})")
            if not args.skip_ui:
                ui_stall(hub, work)
            say(f"done; {load()}")
        finally:
            hub.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
