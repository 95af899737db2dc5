"""Till benchmarks on a generated 1,000,000-product catalog (issue: scan, search, start, RSS).

    python -m tests.bench.bench_till [--products N] [--parts lookup,search,scan,start,memory]
                                     [--scans 300] [--starts 5] [--rebuild]

Prints figures and asserts nothing tight. Every figure comes with its ratio to a baseline
measured in the same run on the same file, so a slow or busy machine shows up as a slow
baseline rather than a slow till:

* barcode: raw ``sqlite3`` ``SELECT product_id FROM barcodes WHERE code = ?``;
* search: raw ``sqlite3`` FTS5 prefix ``MATCH`` (the same expression the repository builds)
  ``LIMIT 50``;
* start: ``python -c pass`` (and, for the record, a bare PySide6 window);
* memory: a bare PySide6 window plus raw ``sqlite3`` lookups on the same file.

Parts:

* ``lookup``: ``CatalogRepository.by_barcode`` (and through the DB worker), PIN verify.
* ``search``: typed prefixes of real product-name words, 2..n characters, through
  ``Till.search(text).result()`` (the search worker the UI uses) and the repository.
* ``scan``: a fresh till process (the real window, offscreen) is signed in, then digits +
  Enter are sent as Qt key events into the scan field, as a keyboard-wedge scanner types;
  timed from the first key event until the new row is in the model *and* the cart view has
  painted it; also the GUI thread's CPU time for the same span (``time.thread_time``), which
  other processes on a busy machine do not inflate as much as they inflate wall time. A new
  sale every ``--per-sale`` lines (100), so the figures cover carts of 1..100 lines, broken
  down by cart size (1-12, 13-25, 26-50, 51-100): the cart scrolls from about line 12 on,
  and the target holds at every size.
* ``start``: fresh ``python -c`` processes build the window; from just before the spawn to
  the login screen painted with its users, then PIN typed to the till screen painted.
* ``memory``: resident set of the till process (the ``scan`` one) when ready and after the
  scans, and of the cold-start processes.

Targets: scan->line p99 <= 15 ms (at every cart size), search p95 <= 25 ms, start <= 1 s,
RSS <= 300 MB. A MISS
is reported, not raised; the exit status is 1 only when a gross sanity bound is broken.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pos.store import fts_query
from pos.store.db import connect_plain
from tests.bench.catalog import DEFAULT_PRODUCTS, bench_catalog, describe

ROOT = Path(__file__).resolve().parents[2]
PARTS = ("lookup", "search", "scan", "start", "memory")
CART_SIZES = ((1, 12), (13, 25), (26, 50), (51, 100))  # lines in the cart after the scan
DEMO_CASHIER, DEMO_PIN = "Anna", "1111"

# Targets from the issue, and sanity bounds that fail the run (something is badly broken).
TARGET_SCAN_P99 = 0.015
TARGET_SEARCH_P95 = 0.025
TARGET_START = 1.0
TARGET_RSS_MB = 300.0
SANITY_SCAN_P99 = 1.0
SANITY_SEARCH_P95 = 1.0
SANITY_LOOKUP_P99 = 0.5
SANITY_START = 30.0
SANITY_RSS_MB = 2048.0

# --- statistics and printing ----------------------------------------------------------------


def pct(samples: Sequence[float], q: float) -> float:
    """The q-quantile (0..1) by linear interpolation between closest ranks."""
    ordered = sorted(samples)
    if len(ordered) == 1:
        return ordered[0]
    pos = q * (len(ordered) - 1)
    low = int(pos)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)


@dataclass(slots=True)
class Series:
    name: str
    samples: list[float]

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def p95(self) -> float:
        return pct(self.samples, 0.95)

    @property
    def p99(self) -> float:
        return pct(self.samples, 0.99)

    @property
    def max(self) -> float:
        return max(self.samples)


def fmt_time(seconds: float) -> str:
    if seconds >= 1.0:
        return f"{seconds:.2f} s"
    if seconds >= 0.001:
        return f"{seconds * 1e3:.2f} ms"
    return f"{seconds * 1e6:.1f} µs"


def print_series(series: Series, baseline: Series | None = None) -> None:
    line = (
        f"  {series.name:<44} n={len(series.samples):<5}"
        f" median {fmt_time(series.median):>9}  p95 {fmt_time(series.p95):>9}"
        f"  p99 {fmt_time(series.p99):>9}  max {fmt_time(series.max):>9}"
    )
    if baseline is not None:
        line += (
            f"   x{series.median / baseline.median:,.0f} / x{series.p95 / baseline.p95:,.0f}"
            f" / x{series.p99 / baseline.p99:,.0f} of {baseline.name}"
        )
    print(line, flush=True)


def timed_each(fn: Callable[[Any], object], items: Iterable[Any], name: str) -> Series:
    out = []
    for item in items:
        started = time.perf_counter()
        fn(item)
        out.append(time.perf_counter() - started)
    return Series(name, out)


def peak_rss_mb() -> float:
    """This process's own peak resident set.

    Not ``getrusage(RUSAGE_SELF).ru_maxrss``: Linux carries that figure across ``exec``, so a
    till spawned by this benchmark reported the benchmark's own peak (1 GB right after it
    built a catalog with a 1 GB page cache; 0.2 GB on later runs). ``VmHWM`` belongs to the
    process image that runs now.
    """
    try:
        with Path("/proc/self/status").open(encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024  # kB
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def rss_mb(pid: int | None = None) -> float:
    import psutil

    return float(psutil.Process(pid).memory_info().rss) / 2**20


# --- sample data from the file ------------------------------------------------------------


@dataclass(slots=True)
class Samples:
    lookup_codes: list[str]  # for the repository and raw lookups
    scan_codes: list[str]  # distinct from each other: every scan must add a new line
    queries: list[str]  # what a cashier types, keystroke by keystroke (2..n chars per word)
    words: int


def sample_data(db: Path, rng: random.Random, lookups: int, scans: int, names: int) -> Samples:
    """Random existing barcodes of priced piece goods (weighed goods ask for a weight) and
    typing sequences made of real words from random product names."""
    with connect_plain(db) as conn:
        top = int(conn.execute("SELECT max(num) FROM products").fetchone()[0])
        nums = rng.sample(range(1, top + 1), min(top, 2 * (lookups + scans) + names))
        codes: list[str] = []
        for chunk in range(0, len(nums), 500):
            part = nums[chunk : chunk + 500]
            codes += [
                str(r[0])
                for r in conn.execute(
                    "SELECT min(b.code) FROM products p JOIN barcodes b ON b.product_id = p.id"
                    " WHERE p.sold_by = 'piece' AND p.active = 1"
                    f" AND p.num IN ({','.join('?' * len(part))})"
                    " AND EXISTS (SELECT 1 FROM prices pr WHERE pr.product_id = p.id)"
                    " GROUP BY p.num",
                    part,
                )
            ]
        rng.shuffle(codes)
        picked = nums[-names:]
        name_rows = [
            str(r[0])
            for r in conn.execute(
                f"SELECT name FROM products WHERE num IN ({','.join('?' * len(picked))})", picked
            )
        ]
    if len(codes) < lookups + scans:
        raise SystemExit(f"only {len(codes)} sellable barcodes sampled; use a bigger catalog")
    queries: list[str] = []
    words = 0
    for name in name_rows:
        real = [w for w in name.split() if w.isalpha() and len(w) >= 3]
        typed = ""
        for word in real[: rng.choice((1, 2, 2))]:  # a cashier types one or two words
            words += 1
            for k in range(2, len(word) + 1):
                queries.append(f"{typed} {word[:k]}".strip())
            typed = f"{typed} {word}".strip()
    return Samples(codes[:lookups], codes[lookups : lookups + scans], queries, words)


# --- baselines: raw sqlite3 on the same file ------------------------------------------------

_RAW_ROW = """
SELECT p.id, p.sku, p.name, p.sold_by, c.name, t.code, t.rate,
       (SELECT pr.amount_minor FROM prices pr
         WHERE pr.product_id = p.id AND pr.currency = ? AND pr.valid_from <= ?
         ORDER BY pr.valid_from DESC LIMIT 1)
FROM barcodes b JOIN products p ON p.id = b.product_id
JOIN tax_classes t ON t.code = p.tax_code LEFT JOIN categories c ON c.id = p.category_id
WHERE b.code = ? AND p.active = 1
"""


def match_expression(text: str) -> str | None:
    """The MATCH expression ``CatalogRepository.search`` builds for ``text``."""
    query = fts_query(text)
    return None if query is None else f"{{name sku}} : ({query})"


@dataclass(slots=True)
class Baselines:
    lookup: Series
    lookup_row: Series
    fts: Series


def raw_baselines(db: Path, samples: Samples) -> Baselines:
    conn = connect_plain(db)
    try:

        def lookup(code: str) -> object:
            return conn.execute(
                "SELECT product_id FROM barcodes WHERE code = ?", (code,)
            ).fetchone()

        def row(code: str) -> object:
            now = "9999-12-31T00:00:00.000000Z"
            return conn.execute(_RAW_ROW, ("PLN", now, code)).fetchall()

        def fts(text: str) -> object:
            match = match_expression(text)
            if match is None:
                return []
            return conn.execute(
                "SELECT rowid FROM product_fts WHERE product_fts MATCH ? LIMIT 50", (match,)
            ).fetchall()

        for code in samples.lookup_codes:  # warm the OS page cache: every run starts alike
            row(code)
        for text in samples.queries:
            fts(text)
        return Baselines(
            timed_each(lookup, samples.lookup_codes, "raw sqlite3 barcode lookup"),
            timed_each(row, samples.lookup_codes, "raw sqlite3 product row (repo's SQL)"),
            timed_each(fts, samples.queries, "raw sqlite3 FTS5 prefix MATCH LIMIT 50"),
        )
    finally:
        conn.close()


# --- in-process: repository and worker paths ------------------------------------------------


@dataclass(slots=True)
class RepoFigures:
    by_barcode: Series | None = None
    lookup_worker: Series | None = None
    pin_verify: Series | None = None
    search_repo: Series | None = None
    search_worker: Series | None = None


def repo_figures(catalog_paths: Any, samples: Samples, parts: set[str]) -> RepoFigures:
    from pos.config import load_settings
    from pos.services.till import Till

    till = Till(catalog_paths, load_settings(catalog_paths.settings))
    till.start().result(120)
    out = RepoFigures()
    try:
        if "lookup" in parts:
            out.by_barcode = timed_each(
                till.catalog.by_barcode, samples.lookup_codes, "CatalogRepository.by_barcode"
            )
            out.lookup_worker = timed_each(
                lambda c: till.lookup(c).result(10),
                samples.lookup_codes,
                "Till.lookup(code).result() (DB worker)",
            )
            anna = next(u for u in till.users_repo.list_active() if u.name == DEMO_CASHIER)
            out.pin_verify = timed_each(
                lambda _i: till.users_repo.verify(anna.id, DEMO_PIN),
                range(10),
                "PIN verify (UserRepository.verify)",
            )
        if "search" in parts:
            out.search_repo = timed_each(
                till.catalog.search, samples.queries, "CatalogRepository.search"
            )
            out.search_worker = timed_each(
                lambda q: till.search(q).result(10),
                samples.queries,
                "Till.search(text).result() (search worker)",
            )
    finally:
        till.shutdown()
    return out


# --- child: the running till, scanned through Qt key events --------------------------------


def _wait(app: Any, condition: Callable[[], bool], timeout: float) -> None:
    """Run the Qt event loop (blocking, as the real till does) until ``condition``."""
    from PySide6.QtCore import QEventLoop, QTimer

    if condition():
        return
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(1)
    poll.timeout.connect(lambda: condition() and loop.quit())
    limit = QTimer()
    limit.setSingleShot(True)
    limit.timeout.connect(loop.quit)
    poll.start()
    limit.start(int(timeout * 1000))
    loop.exec()
    poll.stop()
    limit.stop()
    if not condition():
        raise TimeoutError("the till did not get there in time")


def _idle(ms: int) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def child_scan(data_dir: Path, codes: list[str], warmup: int, per_sale: int, gap_ms: int) -> dict:
    from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from pos.paths import TillPaths
    from pos.ui.app import build_window

    app = QApplication(sys.argv[:1])
    window = build_window(TillPaths(data_dir), demo=False)
    window.resize(1280, 800)
    window.show()
    _wait(app, lambda: window.ready and bool(window.login.user_group.buttons()), 120)
    window.repaint()
    _idle(200)  # let start-up stragglers (printer status, outbox count) finish
    rss_ready = rss_mb()

    login = window.login
    for button in login.user_group.buttons():
        if button.text() == DEMO_CASHIER:
            button.click()
    screen = window.till_screen
    started = time.perf_counter()
    QTest.keyClicks(login.pin, DEMO_PIN)
    QTest.keyClick(login.pin, Qt.Key.Key_Return)
    _wait(app, lambda: window.stack.currentWidget() is screen, 30)
    window.repaint()
    sign_in_s = time.perf_counter() - started
    if window.till.current_user is None or window.till.current_user.name != DEMO_CASHIER:
        raise RuntimeError("did not sign in as the demo cashier")

    class Probe(QObject):
        """Row inserted -> next paint of the cart's viewport -> the event loop is back."""

        def __init__(self) -> None:
            super().__init__()
            self.loop = QEventLoop()
            self.inserted_at = 0.0
            self.painted = False
            self.done_at = 0.0
            self.done_cpu = 0.0

        def arm(self) -> None:
            self.inserted_at = self.done_at = self.done_cpu = 0.0
            self.painted = False

        def on_inserted(self, *_args: object) -> None:
            if not self.inserted_at:
                self.inserted_at = time.perf_counter()

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and self.inserted_at and not self.painted:
                self.painted = True
                QTimer.singleShot(0, self.finish)  # runs once this paint pass is over
            return False

        def finish(self) -> None:
            self.done_at = time.perf_counter()
            self.done_cpu = time.thread_time()
            self.loop.quit()

    probe = Probe()
    screen.model.rowsInserted.connect(probe.on_inserted)
    screen.table.viewport().installEventFilter(probe)
    limit = QTimer()
    limit.setSingleShot(True)
    limit.timeout.connect(probe.loop.quit)

    keys, enter_to_row, row_to_paint, total, enter_to_paint = [], [], [], [], []
    gui_cpu: list[float] = []  # CPU time of the GUI thread per scan: what a busy machine hides
    cart_lines: list[int] = []  # lines in the cart after each measured scan
    first_scans: list[float] = []
    for i, code in enumerate(codes):
        if (i - warmup) % per_sale == 0 or i == 0:
            screen.new_sale()
            _idle(30)  # the emptied cart paints before the next customer's first scan
        rows = screen.model.rowCount()
        probe.arm()
        limit.start(10_000)
        t_first = time.perf_counter()
        cpu_first = time.thread_time()
        QTest.keyClicks(screen.scan, code)  # one press + release per digit, as a wedge types
        t_enter = time.perf_counter()
        QTest.keyClick(screen.scan, Qt.Key.Key_Return)
        probe.loop.exec()
        limit.stop()
        if not probe.done_at or screen.model.rowCount() != rows + 1:
            raise RuntimeError(
                f"scan {i} of {code}: no new painted line (rows {rows} -> "
                f"{screen.model.rowCount()}; banner: {screen.banner.text()!r})"
            )
        if i < warmup:
            first_scans.append(probe.done_at - t_first)
        else:
            keys.append(t_enter - t_first)
            enter_to_row.append(probe.inserted_at - t_enter)
            row_to_paint.append(probe.done_at - probe.inserted_at)
            enter_to_paint.append(probe.done_at - t_enter)
            total.append(probe.done_at - t_first)
            gui_cpu.append(probe.done_cpu - cpu_first)
            cart_lines.append(rows + 1)
        if gap_ms:
            _idle(gap_ms)
    rss_after = rss_mb()
    peak = peak_rss_mb()
    window.close()
    return {
        "rss_ready_mb": rss_ready,
        "rss_after_scans_mb": rss_after,
        "rss_peak_mb": peak,
        "sign_in_s": sign_in_s,
        "first_scans": first_scans,
        "keys": keys,
        "enter_to_row": enter_to_row,
        "row_to_paint": row_to_paint,
        "enter_to_paint": enter_to_paint,
        "total": total,
        "gui_cpu": gui_cpu,
        "cart_lines": cart_lines,
    }


def run_child_scan(
    data_dir: Path, codes: list[str], warmup_codes: list[str], gap_ms: int, per_sale: int
) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="omnitill-bench-") as tmp:
        codes_file = Path(tmp) / "codes.json"
        codes_file.write_text(json.dumps(warmup_codes + codes), encoding="utf-8")
        cmd = [sys.executable, "-m", "tests.bench.bench_till", "--child-scan", str(data_dir)]
        cmd += ["--codes-file", str(codes_file), "--warmup", str(len(warmup_codes))]
        cmd += ["--gap-ms", str(gap_ms), "--per-sale", str(per_sale)]
        done = subprocess.run(
            cmd, cwd=ROOT, capture_output=True, text=True, timeout=1800, check=False
        )
    if done.returncode != 0:
        raise RuntimeError(f"the scanning till failed:\n{done.stdout}\n{done.stderr}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


# --- cold starts: fresh python -c processes -------------------------------------------------

COLD_START = """
import os, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from pathlib import Path
from PySide6.QtCore import QTimer, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pos.paths import TillPaths
from pos.ui.app import build_window

app = QApplication(sys.argv[:1])
window = build_window(TillPaths(Path(sys.argv[1])), demo=False)
window.resize(1280, 800)
window.show()
state = {}

def poll():
    if "ready" not in state:
        if window.ready and window.login.user_group.buttons():
            window.repaint()
            state["ready"] = time.monotonic()
            print("READY", state["ready"], flush=True)
            import psutil
            print("RSS", psutil.Process().memory_info().rss, flush=True)
            for button in window.login.user_group.buttons():
                if button.text() == sys.argv[2]:
                    button.click()
            state["pin"] = time.monotonic()
            QTest.keyClicks(window.login.pin, sys.argv[3])
            QTest.keyClick(window.login.pin, Qt.Key.Key_Return)
    elif window.stack.currentWidget() is window.till_screen:
        window.repaint()
        now = time.monotonic()
        print("SIGNED", now, now - state["pin"], flush=True)
        app.quit()
        return
    QTimer.singleShot(1, poll)

QTimer.singleShot(0, poll)
app.exec()
window.close()
"""

BARE_QT = """
import os, sys, time, sqlite3, json
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
import psutil
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("ready"))
window.resize(1280, 800)
window.show()
app.processEvents()
window.repaint()
print("READY", time.monotonic(), flush=True)
from pos.store.db import connect_plain

conn = connect_plain(sys.argv[1])
for code in json.loads(sys.argv[2]):
    conn.execute("SELECT product_id FROM barcodes WHERE code = ?", (code,)).fetchone()
print("RSS", psutil.Process().memory_info().rss, flush=True)
"""


def _spawn(args: list[str]) -> tuple[float, dict[str, list[str]]]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
    )
    if done.returncode != 0:
        raise RuntimeError(f"{args[:2]} failed:\n{done.stdout}\n{done.stderr}")
    marks = {}
    for line in done.stdout.splitlines():
        key, *values = line.split()
        marks[key] = values
    return started, marks


@dataclass(slots=True)
class StartFigures:
    python: Series
    bare_qt: Series
    login_ready: Series
    sign_in: Series
    ready_for_scan: Series
    rss_login_mb: list[float] = field(default_factory=list)
    rss_bare_mb: list[float] = field(default_factory=list)


def cold_starts(data_dir: Path, runs: int, codes: list[str]) -> StartFigures:
    python, bare, login, sign_in, ready = [], [], [], [], []
    rss_login, rss_bare = [], []
    for _ in range(runs):  # interleaved, so a busy moment hits till and baselines alike
        started, _marks = _spawn(["-c", "pass"])
        python.append(time.monotonic() - started)
        started, marks = _spawn(["-c", BARE_QT, str(data_dir / "till.sqlite3"), json.dumps(codes)])
        bare.append(float(marks["READY"][0]) - started)
        rss_bare.append(int(marks["RSS"][0]) / 2**20)
        started, marks = _spawn(["-c", COLD_START, str(data_dir), DEMO_CASHIER, DEMO_PIN])
        login.append(float(marks["READY"][0]) - started)
        sign_in.append(float(marks["SIGNED"][1]))
        ready.append(float(marks["SIGNED"][0]) - started)
        rss_login.append(int(marks["RSS"][0]) / 2**20)
    return StartFigures(
        Series("python -c pass", python),
        Series("bare PySide6 window shown", bare),
        Series("cold start -> login painted with users", login),
        Series("sign-in: PIN + Enter -> till screen painted", sign_in),
        Series("cold start -> signed in, ready to scan", ready),
        rss_login,
        rss_bare,
    )


# --- the report ------------------------------------------------------------------------------


@dataclass(slots=True)
class Row:
    metric: str
    figure: str
    target: str
    ratio: str
    result: str


def verdict(value: float, target: float) -> str:
    return "PASS" if value <= target else "MISS"


def print_table(rows: list[Row]) -> None:
    header = Row("metric", "figure", "target", "ratio to baseline (same run)", "result")
    cells = [header, *rows]
    names = [f.name for f in fields(Row)]
    widths = [max(len(getattr(r, n)) for r in cells) for n in names]
    rule = "  ".join("-" * w for w in widths)
    print(rule)
    for i, row in enumerate(cells):
        print("  ".join(getattr(row, n).ljust(w) for n, w in zip(names, widths, strict=True)))
        if i == 0:
            print(rule)
    print(rule, flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--products", type=int, default=DEFAULT_PRODUCTS)
    parser.add_argument("--parts", default=",".join(PARTS), help="comma-separated subset")
    parser.add_argument("--lookups", type=int, default=2000)
    parser.add_argument("--scans", type=int, default=300)
    parser.add_argument("--warmup-scans", type=int, default=5)
    parser.add_argument("--gap-ms", type=int, default=5, help="idle time between two scans")
    parser.add_argument("--per-sale", type=int, default=100, help="lines before a new sale")
    parser.add_argument("--names", type=int, default=100, help="product names to type")
    parser.add_argument("--starts", type=int, default=5)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--rebuild", action="store_true", help="rebuild the cached catalog")
    parser.add_argument("--child-scan", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--codes-file", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--warmup", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.child_scan is not None:
        codes = json.loads(args.codes_file.read_text(encoding="utf-8"))
        result = child_scan(args.child_scan, codes, args.warmup, args.per_sale, args.gap_ms)
        print(json.dumps(result), flush=True)
        return 0

    parts = {p.strip() for p in args.parts.split(",") if p.strip()}
    unknown = parts - set(PARTS)
    if unknown:
        parser.error(f"unknown parts {sorted(unknown)}; choose from {', '.join(PARTS)}")

    catalog = bench_catalog(args.products, rebuild=args.rebuild)
    paths = catalog.paths
    print(describe(catalog))
    print(
        f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f};"
        f" python {sys.version.split()[0]}; QT_QPA_PLATFORM={os.environ['QT_QPA_PLATFORM']}"
    )
    rng = random.Random(args.seed)
    samples = sample_data(
        paths.database, rng, args.lookups, args.scans + args.warmup_scans, args.names
    )
    warmup_codes = samples.scan_codes[: args.warmup_scans]
    scan_codes = samples.scan_codes[args.warmup_scans :]
    print(
        f"samples: {len(samples.lookup_codes)} lookup barcodes, {len(scan_codes)} scan barcodes"
        f" (+{len(warmup_codes)} warm-up), {len(samples.queries)} typed prefixes of"
        f" {samples.words} real words"
    )

    print("\nBaselines (raw sqlite3 on the same file, this run):")
    base = raw_baselines(paths.database, samples)
    for series in (base.lookup, base.lookup_row, base.fts):
        print_series(series)

    repo = RepoFigures()
    if parts & {"lookup", "search"}:
        print("\nIn process (no Qt):")
        repo = repo_figures(paths, samples, parts)
        for series, against in (
            (repo.by_barcode, base.lookup),
            (repo.lookup_worker, base.lookup),
            (repo.pin_verify, None),
            (repo.search_repo, base.fts),
            (repo.search_worker, base.fts),
        ):
            if series is not None:
                print_series(series, against)

    scan: dict[str, Any] | None = None
    if parts & {"scan", "memory"}:
        print(f"\nThe running till (fresh process, offscreen), {len(scan_codes)} scans:")
        scan = run_child_scan(paths.root, scan_codes, warmup_codes, args.gap_ms, args.per_sale)
        print(
            "  warm-up scans (first after sign-in first):  "
            + ", ".join(fmt_time(s) for s in scan["first_scans"])
        )
        for key, name in (
            ("total", "scan -> line painted (from 1st key)"),
            ("keys", "  digits as key events (13)"),
            ("enter_to_row", "  Enter -> row in model"),
            ("row_to_paint", "  row in model -> painted"),
            ("enter_to_paint", "scan -> line painted (from Enter)"),
            ("gui_cpu", "GUI thread CPU time per scan (1st key..)"),
        ):
            print_series(Series(name, scan[key]), base.lookup)
        print("  scan -> line painted (from 1st key), by lines in the cart after the scan:")
        for low, high in CART_SIZES:
            bucket = [
                t
                for t, n in zip(scan["total"], scan["cart_lines"], strict=True)
                if low <= n <= high
            ]
            if bucket:
                print_series(Series(f"  {low}-{high} lines", bucket), base.lookup)
        print("  GUI thread CPU time per scan, by lines in the cart after the scan:")
        for low, high in CART_SIZES:
            bucket = [
                t
                for t, n in zip(scan["gui_cpu"], scan["cart_lines"], strict=True)
                if low <= n <= high
            ]
            if bucket:
                print_series(Series(f"  {low}-{high} lines", bucket))
        print(f"  sign-in in that till (PIN keys -> till screen): {fmt_time(scan['sign_in_s'])}")

    starts: StartFigures | None = None
    if "start" in parts or "memory" in parts:
        print(f"\nCold starts ({args.starts} fresh processes each, interleaved):")
        starts = cold_starts(paths.root, args.starts, samples.lookup_codes[:300])
        for series in (starts.python, starts.bare_qt):
            print_series(series)
        for series in (starts.login_ready, starts.sign_in, starts.ready_for_scan):
            print_series(series, starts.python)

    rows: list[Row] = []
    broken: list[str] = []
    lookup = base.lookup
    if repo.by_barcode is not None:
        s = repo.by_barcode
        rows.append(
            Row(
                "by_barcode p99 (median)",
                f"{fmt_time(s.p99)} ({fmt_time(s.median)})",
                "",
                f"x{s.p99 / lookup.p99:,.1f} raw lookup p99 ({fmt_time(lookup.p99)})",
                "",
            )
        )
        if s.p99 > SANITY_LOOKUP_P99:
            broken.append("by_barcode p99")
    if scan is not None and "scan" in parts:
        s = Series("scan", scan["total"])
        rows.append(
            Row(
                "scan->line p99",
                fmt_time(s.p99),
                f"<= {fmt_time(TARGET_SCAN_P99)}",
                f"x{s.p99 / lookup.p99:,.0f} raw lookup p99 ({fmt_time(lookup.p99)})",
                verdict(s.p99, TARGET_SCAN_P99),
            )
        )
        buckets = [
            Series(
                f"{low}-{high} lines",
                [
                    t
                    for t, n in zip(scan["total"], scan["cart_lines"], strict=True)
                    if low <= n <= high
                ],
            )
            for low, high in CART_SIZES
        ]
        worst = max((b for b in buckets if b.samples), key=lambda b: b.p99)
        rows.append(
            Row(
                f"scan->line p99, worst cart size ({worst.name})",
                fmt_time(worst.p99),
                f"<= {fmt_time(TARGET_SCAN_P99)}",
                f"x{worst.p99 / lookup.p99:,.0f} raw lookup p99 ({fmt_time(lookup.p99)})",
                verdict(worst.p99, TARGET_SCAN_P99),
            )
        )
        rows.append(
            Row(
                "scan->line median",
                fmt_time(s.median),
                "",
                f"x{s.median / lookup.median:,.0f} raw lookup median ({fmt_time(lookup.median)})",
                "",
            )
        )
        if s.p99 > SANITY_SCAN_P99:
            broken.append("scan p99")
    if repo.search_worker is not None and repo.search_repo is not None:
        s, r = repo.search_worker, repo.search_repo
        fts = base.fts
        rows.append(
            Row(
                "search p95 (search worker)",
                fmt_time(s.p95),
                f"<= {fmt_time(TARGET_SEARCH_P95)}",
                f"x{s.p95 / fts.p95:,.1f} raw FTS p95 ({fmt_time(fts.p95)})",
                verdict(s.p95, TARGET_SEARCH_P95),
            )
        )
        rows.append(
            Row(
                "search p95 (repository)",
                fmt_time(r.p95),
                f"<= {fmt_time(TARGET_SEARCH_P95)}",
                f"x{r.p95 / fts.p95:,.1f} raw FTS p95",
                verdict(r.p95, TARGET_SEARCH_P95),
            )
        )
        if s.p95 > SANITY_SEARCH_P95:
            broken.append("search p95")
    if starts is not None and "start" in parts:
        py = starts.python.median
        for series, label in (
            (starts.ready_for_scan, "start->ready for scan incl. sign-in"),
            (starts.login_ready, "start->login ready (before sign-in)"),
        ):
            rows.append(
                Row(
                    f"{label} median (max)",
                    f"{fmt_time(series.median)} ({fmt_time(series.max)})",
                    f"<= {fmt_time(TARGET_START)}",
                    f"x{series.median / py:,.0f} python -c pass ({fmt_time(py)}),"
                    f" x{series.median / starts.bare_qt.median:,.1f} bare Qt window",
                    verdict(series.median, TARGET_START),
                )
            )
        rows.append(
            Row(
                "sign-in (argon2 PIN verify) median",
                fmt_time(starts.sign_in.median),
                "",
                f"PIN verify alone {fmt_time(repo.pin_verify.median)}"
                if repo.pin_verify is not None
                else "",
                "",
            )
        )
        if starts.ready_for_scan.median > SANITY_START:
            broken.append("start")
    if "memory" in parts and scan is not None and starts is not None:
        bare_rss = statistics.median(starts.rss_bare_mb)
        for label, value in (
            ("RSS till ready (login shown)", scan["rss_ready_mb"]),
            (
                f"RSS after {len(scan['total']) + len(scan['first_scans'])} scans",
                scan["rss_after_scans_mb"],
            ),
            ("RSS peak of that process", scan["rss_peak_mb"]),
        ):
            rows.append(
                Row(
                    label,
                    f"{value:.0f} MB",
                    f"<= {TARGET_RSS_MB:.0f} MB",
                    f"x{value / bare_rss:.2f} bare Qt window + raw sqlite3 ({bare_rss:.0f} MB)",
                    verdict(value, TARGET_RSS_MB),
                )
            )
            if value > SANITY_RSS_MB:
                broken.append(label)
    print(f"\nSummary ({catalog.products:,} generated products; {describe_load()}):")
    print_table(rows)
    if broken:
        print(f"SANITY BOUND BROKEN: {', '.join(broken)}", flush=True)
        return 1
    return 0


def describe_load() -> str:
    one, five, _ = os.getloadavg()
    return f"load average now {one:.2f}, 5 min {five:.2f}"


if __name__ == "__main__":
    sys.exit(main())
