"""Sale completed -> at the hub, against a real ``pos-hub serve`` (its own process) on loopback.

    python -m tests.bench.bench_sale_latency [--sales 40] [--mean-gap 1.5] [--poll 30]

Two running tills (engine threads, event stream, the demo catalog synced) sell at the same
irregular moments (exponential gaps, some bursts): one as the till does now (a committed
outbox record wakes the push, debounced), one the old way (``push_on_queue=False``: the sale
waits for the poll or a hub event) - the baseline of the same run. They are in different
stores, so one till's pushes (the hub's ``stock.changed``) never wake the other.

Latency: the sale's record committed (``record_completed`` returned) -> the hub's
``received_at`` for that document (same machine, same clock). Printed: p50/p95/max and the
push requests each till made, with the target p95 <= 2 s.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from pos.api import routes
from pos.api.documents import BatchResult
from pos.domain.cart import Sale
from pos.domain.catalog import ProductInfo
from pos.domain.money import PLN, Money
from pos.domain.roles import Role
from pos.domain.tenders import TenderKind
from pos.events import EventBus
from pos.store import (
    CatalogRepository,
    Database,
    OutboxRepository,
    SalesRepository,
    TokenFile,
    open_database,
)
from pos.sync.client import HubClient
from pos.sync.engine import SyncEngine
from tests.bench.bench_hub import pct
from tests.bench.served_hub import ServedHub, load, say

TARGET_P95 = 2.0


class Hub(ServedHub):
    """``pos-hub serve --seed`` on a new SQLite file, in its own process."""

    def __init__(self, work: Path) -> None:
        super().__init__(work / "hub.sqlite3", seed=True)

    def received(self) -> dict[str, datetime]:
        """Every document at the hub: id -> when the hub received it."""
        out: dict[str, datetime] = {}
        cursor: str | None = None
        while True:
            params: dict[str, str | int] = {"limit": 1000}
            if cursor is not None:
                params["cursor"] = cursor
            page = self.admin.get(routes.ADMIN_DOCUMENTS, params=params)
            page.raise_for_status()
            body = page.json()
            for doc in body["documents"]:
                out[doc["id"]] = datetime.fromisoformat(doc["received_at"])
            cursor = body["cursor"]
            if not body["has_more"]:
                return out


class CountingClient(HubClient):
    """The till's hub client, counting its push requests."""

    uploads: list[int]

    def upload(self, records: Sequence[Any]) -> BatchResult:  # type: ignore[override]
        self.uploads.append(len(records))
        return super().upload(records)


@dataclass
class Till:
    name: str
    db: Database
    engine: SyncEngine
    products: list[ProductInfo] = field(default_factory=list)
    uploads: list[int] = field(default_factory=list)
    recorded: dict[str, datetime] = field(default_factory=dict)

    def sell(self, rng: random.Random) -> None:
        pairing = self.engine.pairings.get()
        assert pairing is not None
        sale = Sale(
            store_id=pairing.store_id,
            till_id=pairing.till_id,
            cashier_id="bench-cashier",
            cashier_role=Role.CASHIER,
            currency=PLN,
        )
        for product in rng.sample(self.products, rng.randint(1, 3)):
            sale.add(product, Decimal(1))
        sale.add_tender(TenderKind.CASH, sale.cash_due + Money.of("5", PLN))
        SalesRepository(self.db).record_completed(sale.complete().to_document())
        self.recorded[sale.sale_id] = datetime.now(UTC)

    def pending(self) -> int:
        return OutboxRepository(self.db).counts()["pending"]


def new_till(work: Path, hub: Hub, name: str, store: str, poll: float, at_once: bool) -> Till:
    root = work / name
    root.mkdir()
    db = open_database(root / "till.sqlite3")
    uploads: list[int] = []

    def client(url: str, token: str | None) -> HubClient:
        made = CountingClient(url, token)
        made.uploads = uploads
        return made

    engine = SyncEngine(
        db,
        EventBus(),
        TokenFile(root / "device-token"),
        poll_seconds=poll,
        client_factory=client,
        push_on_queue=at_once,
    )
    engine.pair(hub.url, hub.pairing_code(store, name.upper()))
    if engine.run_once() is None:
        raise SystemExit(f"{name}: the first sync failed: {engine.last_status}")
    catalog = CatalogRepository(db, PLN)
    with db.raw() as conn:
        codes = [
            str(r[0])
            for r in conn.execute(
                "SELECT min(b.code) FROM barcodes b JOIN products p ON p.id = b.product_id"
                " WHERE p.active = 1 AND p.sold_by = 'piece' GROUP BY p.id LIMIT 60"
            )
        ]
    products = [p for p in (catalog.by_barcode(c) for c in codes) if p is not None]
    return Till(name, db, engine, products, uploads)


def gaps(count: int, mean: float, rng: random.Random) -> list[float]:
    """Irregular gaps between sales: exponential, a burst now and then, none over 6 s."""
    out = []
    for _ in range(count):
        if rng.random() < 0.2:
            out.append(rng.uniform(0.02, 0.15))  # the next customer was ready
        else:
            out.append(min(6.0, rng.expovariate(1.0 / mean)))
    return out


def report(till: Till, hub: Hub, label: str) -> float:
    received = hub.received()
    delays = [(received[sid] - at).total_seconds() for sid, at in till.recorded.items()]
    p50, p95 = pct(delays, 0.50), pct(delays, 0.95)
    verdict = "met" if p95 <= TARGET_P95 else "MISSED"
    pushes = len([n for n in till.uploads if n])
    say(
        f"{label}: {len(delays)} sales, completed -> at the hub: p50 {p50 * 1000:.0f} ms,"
        f" p95 {p95 * 1000:.0f} ms, max {max(delays) * 1000:.0f} ms; {pushes} push requests"
        f" (records per push: {sorted(till.uploads)})   [target p95 <= {TARGET_P95:.0f} s:"
        f" {verdict}]"
    )
    return p95


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sales", type=int, default=40)
    parser.add_argument("--mean-gap", type=float, default=1.5, help="seconds between sales")
    parser.add_argument("--poll", type=float, default=30.0, help="both tills' poll interval")
    parser.add_argument("--seed", type=int, default=18)
    args = parser.parse_args(argv)
    say(f"bench_sale_latency: {args.sales} sales, poll {args.poll:.0f} s; {load()}")
    work = Path(tempfile.mkdtemp(prefix="omnitill-bench-latency-"))
    hub = Hub(work)
    tills: list[Till] = []
    try:
        now = new_till(work, hub, "till-now", "STORE-001", args.poll, at_once=True)
        old = new_till(work, hub, "till-old", "STORE-002", args.poll, at_once=False)
        tills = [now, old]
        for till in tills:
            till.uploads.clear()  # the first sync's pushes (none) are not the bench's
            till.engine.start()
        time.sleep(1.0)  # the event streams connect
        rng = random.Random(args.seed)
        plan = gaps(args.sales, args.mean_gap, rng)
        say(f"  selling for {sum(plan):.0f} s (both tills at the same moments)")
        for gap in plan:
            time.sleep(gap)
            threads = [
                threading.Thread(target=t.sell, args=(random.Random(rng.random()),)) for t in tills
            ]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
        deadline = time.monotonic() + args.poll + 15
        while any(t.pending() for t in tills):
            if time.monotonic() > deadline:
                raise SystemExit("sales still waiting after a whole poll interval")
            time.sleep(0.05)
        p95 = report(now, hub, "push at once (this branch)")
        report(old, hub, "baseline: poll only (push_on_queue=False)")
        say(f"done; {load()}")
        return 0 if p95 <= TARGET_P95 else 1
    finally:
        for till in tills:
            till.engine.stop()
            till.db.close()
        hub.stop()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
