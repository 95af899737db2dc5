"""Sales reach the hub at once (issue 18): a record committed to the outbox of a running,
paired till wakes the outbox push - no "sync now", no waiting for the poll - a burst leaves in
few requests, and a till selling offline keeps to its backoff and delivers once the hub is
back. Real hub over loopback HTTP, through the fault proxy (which counts the requests)."""

from __future__ import annotations

import random
import time
from collections.abc import Callable

from pos.api import routes
from pos.sync.backoff import Backoff
from pos.sync.events import SyncStatus

from .fault_proxy import FaultProxy
from .kit import HubAdmin, TillSide, ledger_check, sell, sellable

DEAD = "http://127.0.0.1:9"  # the discard port: nothing answers


class UpperBound(random.Random):
    """Backoff without jitter: always the bound, so a test can count the retries."""

    def uniform(self, a: float, b: float) -> float:
        return b


def wait_until(predicate: Callable[[], bool], timeout: float) -> float:
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        if predicate():
            return time.monotonic() - started
        time.sleep(0.02)
    raise AssertionError(f"not within {timeout} s")


def pushes(proxy: FaultProxy, since: int) -> int:
    return sum(1 for m, p, _ in proxy.log[since:] if m == "POST" and p == routes.DOCUMENT_BATCHES)


def requests(proxy: FaultProxy, since: int) -> int:
    """Requests to the hub apart from the event stream."""
    return sum(1 for _, p, _ in proxy.log[since:] if not p.startswith(routes.EVENTS))


def running(till: TillSide) -> None:
    """The till's engine running with a poll so long only a wake-up can move a sale."""
    till.engine.poll_seconds = 3600.0
    till.engine.start()
    time.sleep(0.5)  # the first cycle and the event stream's hello are over


def test_a_completed_sale_reaches_the_hub_within_two_seconds_without_sync_now(
    admin: HubAdmin, till: TillSide
) -> None:
    products = sellable(till.db)
    running(till)
    sold = sell(till.db, till.pairing, products, 1, random.Random(1))
    seconds = wait_until(lambda: admin.document_ids()[sold[0].sale_id] == 1, timeout=2.0)
    print(f"sale at the hub {seconds:.2f} s after it was recorded")
    wait_until(lambda: till.pending() == 0, timeout=1.0)  # and the till knows it is there


def test_a_burst_of_sales_goes_in_few_push_requests(
    admin: HubAdmin, proxy: FaultProxy, till: TillSide
) -> None:
    products = sellable(till.db)
    start = admin.stock_of([p.product_id for p in products], "STORE-001")
    running(till)
    mark = len(proxy.log)
    sold = sell(till.db, till.pairing, products, 12, random.Random(2))
    wait_until(lambda: till.pending() == 0, timeout=3.0)
    time.sleep(0.5)  # any push still to come would be counted
    assert 1 <= pushes(proxy, mark) <= 3
    ledger_check(admin, sold, start, "STORE-001")


def test_a_sale_made_offline_keeps_to_the_backoff_and_is_pushed_when_the_hub_is_back(
    admin: HubAdmin, proxy: FaultProxy, till: TillSide
) -> None:
    products = sellable(till.db)
    start = admin.stock_of([p.product_id for p in products], "STORE-001")
    till.engine.outcome.backoff = Backoff(base=1.0, cap=1.0, rng=UpperBound())  # 1 s, every time
    running(till)
    proxy.upstream = DEAD
    mark = len(proxy.log)
    rng = random.Random(3)
    sold = []
    for _ in range(8):  # a sale every 0.4 s for 3.2 s, the hub gone all along
        sold += sell(till.db, till.pairing, products, 1, rng)
        time.sleep(0.4)
    tried = requests(proxy, mark)
    print(f"{tried} requests while offline, 8 sales")
    # the first sale's push fails, then one whole cycle a second: ~4, never one per sale
    assert 2 <= tried <= 5, proxy.log[mark:]
    assert till.pending() == 8
    statuses = [e for e in till.events if isinstance(e, SyncStatus)]
    assert statuses[-1].state == "offline"

    proxy.upstream = str(admin.http.base_url).rstrip("/")
    seconds = wait_until(lambda: till.pending() == 0, timeout=5.0)
    print(f"offline sales delivered {seconds:.2f} s after the hub came back")
    ledger_check(admin, sold, start, "STORE-001")
