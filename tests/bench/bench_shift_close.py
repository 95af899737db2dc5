"""The Z of a big shift: count confirmed -> Z report printed, after a restart of the till.

    python -m tests.bench.bench_shift_close [--sales 5000] [--returns 500] [--rounds 3]

A real ``Till`` on a temp data dir (a real SQLite file, the demo catalog, a ``VirtualConnection``
printer) opens a shift and records ``--sales`` sales through ``Till.record`` (1-3 demo items
each; paid in cash with change, by card, or split card + cash) and ``--returns`` cash refunds
of web-order returns among them: each return document is built as ``PickupService.
record_return`` builds it, checked against the hub's ``ReturnDocument``, written with the same
``PickupRepository.record_return`` call and told to ``shifts.recorded_return`` on the db
worker. (The pickup service itself is not called: it needs a collected web order in the
pickup cache for every return; the journal and outbox rows are the same.)

Then the till is shut down and its data dir copied ``--rounds`` times. On each copy a fresh
``Till`` starts (``ShiftService.load`` replays the open shift from the journal), the cashier
signs in and counts the drawer at exactly the expected cash, and the bench times from the
count confirmed (the call to ``shifts.close()``) until ``till.print_shift_report(report)``
returns on the virtual printer [target <= 1000 ms]. A Z closes the shift, so each round needs
its own copy; the X report + print on the warm till (before the restart) is timed too, as a
repeatable proxy, labelled as such.

Baselines of the same run: a raw ``sqlite3`` aggregation of the same journal rows (the
shift's seq range, tenders and refunds summed per kind with ``json_extract``/``json_each``)
and the start of a till whose open shift holds no sales. The till's start (open + replay of
the open shift) is printed as well, since it is on the start path. No figure is asserted;
the report's totals are checked against the raw SQL so the two measure the same thing.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar, cast

from drivers.printer import VirtualConnection
from pos.api.documents import ReturnDocument
from pos.config import Settings
from pos.demo import demo_settings
from pos.domain.cash import CashCount
from pos.domain.catalog import ProductInfo
from pos.domain.money import Money
from pos.domain.sale_document import ReturnDoc
from pos.domain.shift_report import ShiftReport
from pos.domain.tenders import TenderKind
from pos.paths import TillPaths
from pos.services.shifts import ShiftService
from pos.services.till import Completion, Till
from pos.store.demo_catalog import demo_products, seed_demo
from pos.store.shifts import ShiftRepository
from tests.bench.served_hub import load, say

TARGET_MS = 1000.0
TIMEOUT = 600
CASHIER, PIN = "Anna", "1111"
T = TypeVar("T")


def timed(run: Callable[[], T]) -> tuple[T, float]:
    """``run()`` and how long it took, in ms."""
    started = time.perf_counter()
    out = run()
    return out, (time.perf_counter() - started) * 1000


def ms(values: list[float]) -> str:
    if len(values) == 1:
        return f"{values[0]:.1f} ms"
    return (
        f"median {statistics.median(values):.1f} ms (min {min(values):.1f}, max {max(values):.1f})"
    )


def settings_for_bench() -> Settings:
    settings = demo_settings()
    settings.store.store_name = "Omnitill Bench Market"
    return settings


def seeded(settings: Settings) -> Callable[[Any], object]:
    store = settings.store

    def seed(db: Any) -> None:  # the demo catalog and users; the bench opens the shift itself
        seed_demo(db, store.currency, store_id=store.store_id, till_id=store.till_id)

    return seed


def start_till(root: Path, settings: Settings) -> tuple[Till, VirtualConnection, float]:
    """A till on ``root`` started (timed: open, migrate check, shift replay) and signed in."""
    printer = VirtualConnection(answers_status=True)
    till = Till(TillPaths(root), settings, printer_connection=printer)
    _none, start_ms = timed(lambda: till.start(seeded(settings)).result(TIMEOUT))
    user = next(u for u in till.users().result(TIMEOUT) if u.name == CASHIER)
    if till.login(user.id, PIN).result(TIMEOUT) is None:
        raise SystemExit(f"{CASHIER}'s PIN was refused")
    return till, printer, start_ms


def service(till: Till) -> ShiftService:
    assert till.shifts is not None
    return till.shifts


def exact_count(till: Till) -> CashCount:
    """The expected cash as 100 zł notes and 1-grosz coins: a count with no variance."""
    view = service(till).require_open()
    minor = view.expected.minor
    if minor < 0:
        raise SystemExit(f"the drawer's expected cash is negative: {view.expected}")
    return CashCount(till.currency, {10_000: minor // 10_000, 1: minor % 10_000})


def piece_products(till: Till, n: int = 40) -> list[ProductInfo]:
    codes = [p.barcodes[0] for p in demo_products() if p.sold_by == "piece" and p.barcodes]
    return [till.lookup(code).result(TIMEOUT) for code in codes[:n]]


def one_sale(till: Till, products: list[ProductInfo], rng: random.Random) -> Any:
    sale = till.new_sale()
    for product in rng.sample(products, rng.randint(1, 3)):
        sale.add(product, rng.randint(1, 2))
    kind = rng.random()
    if kind < 0.5:  # cash, exact or with change
        extra = Money.of(rng.choice(("0", "0", "0.50", "5", "20")), till.currency)
        sale.add_tender(TenderKind.CASH, sale.cash_due + extra)
    elif kind < 0.8:  # card
        sale.add_tender(TenderKind.CARD, sale.balance_due)
    else:  # split: part by card, the rest in cash
        part = Money.of(str(rng.randint(1, 5)), till.currency)
        if part < sale.balance_due:
            sale.add_tender(TenderKind.CARD, part)
        sale.add_tender(TenderKind.CASH, sale.cash_due)
    return till.complete(sale)


def return_doc(till: Till, product: ProductInfo, rng: random.Random) -> dict[str, Any]:
    """A web order's return refunded in cash, as ``PickupService.record_return`` builds it."""
    store = till.settings.store
    assert till.current_user is not None
    cashier = till.current_user.id
    quantity = rng.randint(1, 2)
    amount = product.unit_price.times(Decimal(quantity))
    now = till.now().astimezone(UTC).isoformat()
    doc: dict[str, Any] = {
        "schema": 1,
        "return_id": str(uuid.uuid4()),
        "original_sale_id": f"BENCH-ORDER-{uuid.uuid4().hex[:12]}",
        "store_id": store.store_id,
        "till_id": store.till_id,
        "cashier_id": cashier,
        "currency": till.currency.code,
        "returned_at": now,
        "lines": [
            {
                "line_no": 1,
                "product_id": product.product_id,
                "sku": product.sku,
                "name": product.name,
                "sold_by": "piece",
                "quantity": str(quantity),
                "amount": str(amount.amount),
                "tax_code": product.tax.code,
                "tax_rate": str(product.tax.rate),
                "original_line_no": 1,
                "restock": rng.random() < 0.5,
                "reason": "damaged",
            }
        ],
        "total": str(amount.amount),
        "refunds": [
            {
                "tender_id": str(uuid.uuid4()),
                "kind": "cash",
                "amount": str(amount.amount),
                "received": str(amount.amount),
                "details": {},
            }
        ],
        "approvals": [],
    }
    ReturnDocument.model_validate(doc)  # the hub's contract, as the pickup service checks it
    return doc


def record_return(till: Till, doc: dict[str, Any]) -> Any:
    """The pickup service's write and its call to the shift, on the db worker."""
    assert till.pickup is not None
    repo, shifts = till.pickup.returns, service(till)

    def write() -> None:
        repo.record(doc)
        shifts.recorded_return(cast(ReturnDoc, doc))

    return till.db_worker.submit(write)


def fill_shift(till: Till, sales: int, returns: int, seed: int) -> list[float]:
    """Record the sales and returns; returns ms per 1000 sales (the write gets slower?)."""
    rng = random.Random(seed)
    products = piece_products(till)
    return_at = set(rng.sample(range(sales), min(returns, sales))) if sales else set()
    extra_returns = max(0, returns - sales)
    chunks: list[float] = []
    pending: list[Any] = []
    printed: list[Any] = []
    chunk_started = time.perf_counter()
    for n in range(sales):
        completion = till.record(one_sale(till, products, rng))
        pending.append(completion)
        if n in return_at:
            pending.append(record_return(till, return_doc(till, rng.choice(products), rng)))
        if len(pending) >= 50:  # a bounded queue: the GUI would never queue thousands at once
            for future in pending:
                got = future.result(TIMEOUT)
                if isinstance(got, Completion):
                    printed.append(got.printed)
            pending.clear()
        if (n + 1) % 1000 == 0:
            for future in pending:
                got = future.result(TIMEOUT)
                if isinstance(got, Completion):
                    printed.append(got.printed)
            pending.clear()
            now = time.perf_counter()
            chunks.append((now - chunk_started) * 1000)
            chunk_started = now
    for _ in range(extra_returns):
        pending.append(record_return(till, return_doc(till, rng.choice(products), rng)))
    for future in pending:
        got = future.result(TIMEOUT)
        if isinstance(got, Completion):
            printed.append(got.printed)
    for future in printed:  # every receipt is on the virtual printer before anything is timed
        future.result(TIMEOUT)
    return chunks


def raw_totals(database: Path, first: int, last: int) -> dict[str, tuple[int, Decimal]]:
    """The shift's tenders and refunds per kind, summed by SQLite over the same journal rows."""
    conn = sqlite3.connect(database)
    try:
        rows = conn.execute(
            "SELECT 'tender:' || json_extract(t.value, '$.kind'), count(*),"
            " sum(CAST(round(json_extract(t.value, '$.amount') * 100) AS INTEGER))"
            " FROM journal j, json_each(j.payload, '$.document.tenders') t"
            " WHERE j.seq BETWEEN ? AND ? AND j.kind = 'sale' GROUP BY 1"
            " UNION ALL"
            " SELECT 'refund:' || json_extract(r.value, '$.kind'), count(*),"
            " sum(CAST(round(json_extract(r.value, '$.amount') * 100) AS INTEGER))"
            " FROM journal j, json_each(j.payload, '$.refunds') r"
            " WHERE j.seq BETWEEN ? AND ? AND j.kind = 'return' GROUP BY 1"
            " UNION ALL"
            " SELECT 'sales', count(*), sum(CAST(round(json_extract(j.payload,"
            " '$.document.total') * 100) AS INTEGER))"
            " FROM journal j WHERE j.seq BETWEEN ? AND ? AND j.kind = 'sale'",
            (first, last, first, last, first, last),
        ).fetchall()
    finally:
        conn.close()
    return {str(k): (int(n), Decimal(int(s or 0)) / 100) for k, n, s in rows}


def report_totals(report: ShiftReport) -> dict[str, tuple[int, Decimal]]:
    out = {f"tender:{k}": (f.count, f.amount.amount) for k, f in report.tenders}
    out |= {f"refund:{k}": (f.count, f.amount.amount) for k, f in report.refunds}
    out["sales"] = (report.sales.count, report.sales.amount.amount)
    return out


def shift_range(root: Path) -> tuple[int, int]:
    """The journal seqs a closed shift's report reads: its opened .. closed entries."""
    conn = sqlite3.connect(TillPaths(root).database)
    try:
        first, last = conn.execute(
            "SELECT opened_seq, closed_seq FROM shifts WHERE state = 'closed'"
            " ORDER BY z_number DESC LIMIT 1"
        ).fetchone()
    finally:
        conn.close()
    return int(first), int(last)


def z_round(root: Path, settings: Settings) -> dict[str, Any]:
    """A fresh till on ``root``: start (replay), exact count, then Z close -> printed."""
    till, printer, start_ms = start_till(root, settings)
    try:
        shifts = service(till)
        _loaded, load_ms = timed(lambda: till.db_worker.submit(shifts.load).result(TIMEOUT))
        count = exact_count(till)
        counted, count_ms = timed(lambda: shifts.count(count).result(TIMEOUT))
        if counted.needs_approval:
            raise SystemExit(f"the exact count has a variance: {counted.count.variance}")
        jobs = len(printer.jobs)
        started = time.perf_counter()
        report = shifts.close().result(TIMEOUT)
        closed = time.perf_counter()
        till.print_shift_report(report).result(TIMEOUT)
        done = time.perf_counter()
        if len(printer.jobs) != jobs + 1:
            raise SystemExit("the Z report did not reach the printer")
        return {
            "start_ms": start_ms,
            "load_ms": load_ms,
            "count_ms": count_ms,
            "close_ms": (closed - started) * 1000,
            "print_ms": (done - closed) * 1000,
            "total_ms": (done - started) * 1000,
            "report": report,
        }
    finally:
        till.shutdown()


def x_rounds(till: Till, rounds: int) -> list[tuple[float, float]]:
    """The X report + print on the warm till, ``rounds`` times: (report ms, print ms)."""
    out = []
    for _ in range(rounds):
        report, report_ms = timed(lambda: service(till).report_x().result(TIMEOUT))
        _none, print_ms = timed(lambda r=report: till.print_shift_report(r).result(TIMEOUT))
        out.append((report_ms, print_ms))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sales", type=int, default=5000)
    parser.add_argument("--returns", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=3, help="Z rounds (a data dir copy each)")
    parser.add_argument("--x-rounds", type=int, default=5, help="warm X report + print rounds")
    parser.add_argument("--seed", type=int, default=5)
    args = parser.parse_args(argv)
    say(f"bench_shift_close: {args.sales} sales, {args.returns} cash returns; {load()}")
    settings = settings_for_bench()
    work = Path(tempfile.mkdtemp(prefix="omnitill-bench-shift-"))
    try:
        root = work / "till"
        root.mkdir()
        till, _printer, first_start_ms = start_till(root, settings)
        try:
            service(till).open(CashCount(till.currency, {10_000: 2, 5_000: 2})).result(TIMEOUT)
        finally:
            till.shutdown()
        # Baseline: the start of a till whose open shift holds nothing but its float.
        empty_starts = []
        for _ in range(3):
            till, _printer, empty_ms = start_till(root, settings)
            till.shutdown()
            empty_starts.append(empty_ms)

        till, _printer, _ms = start_till(root, settings)
        try:
            _chunks, fill_ms = timed(lambda: fill_shift(till, args.sales, args.returns, args.seed))
            chunks = _chunks
            view = service(till).require_open()
            xs = x_rounds(till, args.x_rounds)
        finally:
            till.shutdown()
        say(
            f"shift filled through Till.record: {args.sales} sales + {args.returns} returns in"
            f" {fill_ms / 1000:.1f} s; expected cash {view.expected.amount}"
        )
        if chunks:
            say(
                "  ms per 1000 sales recorded, in order: "
                + ", ".join(f"{c:.0f}" for c in chunks)
                + f" (last / first {chunks[-1] / chunks[0]:.2f}x: above 1, a sale costs more"
                " as the shift grows)"
            )
        x_total = [r + p for r, p in xs]
        say(
            f"X report + print, warm till, no restart (a repeatable PROXY, not the Z):"
            f" {ms(x_total)}; report {ms([r for r, _p in xs])}, print {ms([p for _r, p in xs])}"
        )

        copies = []
        for n in range(args.rounds):
            copy = work / f"copy-{n}"
            shutil.copytree(root, copy)
            copies.append(copy)
        rounds = [z_round(copy, settings) for copy in copies]

        first, last = shift_range(copies[0])
        database = TillPaths(copies[0]).database
        raw: dict[str, tuple[int, Decimal]] = {}
        raw_ms = []
        for _ in range(5):
            raw, took = timed(lambda: raw_totals(database, first, last))
            raw_ms.append(took)
        report = rounds[0]["report"]
        agree = raw == report_totals(report)

        totals = [r["total_ms"] for r in rounds]
        verdict = "met" if max(totals) <= TARGET_MS else "MISSED"
        say(
            f"Z after a restart, count confirmed -> printed ({len(rounds)} rounds, one data dir"
            f" copy each): {ms(totals)}   [target <= {TARGET_MS:.0f} ms: {verdict}]"
        )
        say(
            f"  of which shifts.close() {ms([r['close_ms'] for r in rounds])},"
            f" print_shift_report {ms([r['print_ms'] for r in rounds])}"
        )
        base = statistics.median(raw_ms)
        say(
            f"  baseline: raw sqlite3 aggregation of the same {last - first + 1} journal seqs"
            f" (tenders + refunds per kind, json_extract): {ms(raw_ms)};"
            f" Z / raw = {statistics.median(totals) / base:.0f}x;"
            f" totals agree with the Z: {'yes' if agree else 'NO'}"
        )
        if not agree:
            say(f"    raw {raw}\n    Z   {report_totals(report)}")
        say(f"  the count before it (shifts.count, exact): {ms([r['count_ms'] for r in rounds])}")
        starts = [r["start_ms"] for r in rounds]
        ratio = statistics.median(starts) / statistics.median(empty_starts)
        say(
            f"till start with the open shift of {args.sales} sales + {args.returns} returns"
            f" (Till.start: open, migrations, ShiftService.load replay): {ms(starts)};"
            f" ShiftService.load alone {ms([r['load_ms'] for r in rounds])}"
        )
        say(
            f"  baseline: till start with an open shift of no sales {ms(empty_starts)}"
            f" (first start, seeding the catalog: {first_start_ms:.0f} ms);"
            f" start with sales / without = {ratio:.1f}x"
        )
        say(
            f"  Z: {report.sales.count} sales {report.sales.amount.amount},"
            f" {report.returns.count} returns {report.returns.amount.amount},"
            f" expected {report.expected.amount}, variance"
            f" {report.variance.amount if report.variance else 0}"
        )
        repo_check(copies[0])
        say(f"done; {load()}")
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


def repo_check(root: Path) -> None:
    """The Z closed the shift on disk (a sanity check of the bench, not a timing)."""
    from pos.store import open_database

    with open_database(TillPaths(root).database) as db:
        repo = ShiftRepository(db)
        till_id = settings_for_bench().store.till_id
        if repo.open_shift(till_id) is not None or repo.last_closed(till_id) is None:
            raise SystemExit("the Z did not close the shift on disk")


if __name__ == "__main__":
    sys.exit(main())
