"""Hub benchmark: how fast the catalog and stock feeds serve a 1,000,000-product catalog.

    python -m tests.bench.bench_hub [--products N] [--page 50000] [--rebuild]

The hub runs as its own process (``pos-hub serve``, SQLite file), as a till would meet it;
this process is the client. Figures, each with its ratio to a baseline measured in the same
run on the same file (raw ``sqlite3`` reading the same product rows, no HTTP, no JSON):

* ``slice``: the hub's own page query (``catalog_slice``: rows as one JSON array), in-process;
* ``http raw``: every catalog page over loopback HTTP, bytes only;
* ``http+orjson``: the same, each page parsed with ``orjson.loads`` (a till's minimum);
* ``http+model``: each page validated by the contract's ``CatalogPage`` (pydantic, from bytes);
* ``stock``: the stock feed of the till's store (1 row per product) over HTTP + orjson;
* ``sales``: 10,000 real sale documents uploaded in batches of 1,000 to a fresh demo hub, then
  again (all duplicates); baseline: raw sqlite3 inserting the same bodies.

The end-to-end sync (into the till's SQLite cache) is benchmarked by the sync engine's own
benchmark; this one shows the hub is not the bottleneck. Nothing is asserted but a gross
sanity bound (exit status 1 when the catalog is served below 20,000 products/s).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import secrets
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import orjson

from pos.api.feeds import CatalogPage
from pos.hub.catalog import catalog_slice
from pos.hub.db import open_hub_database
from pos.hub.schema import SCHEMA_VERSION
from pos.hub.seed import seed_bulk
from pos.store.demo_catalog import demo_products
from tests.hub.builders import record, sale_document

CACHE_ROOT = Path(tempfile.gettempdir()) / "omnitill-bench"
_POS = Path(__file__).resolve().parents[2] / "pos"
_SOURCES = (
    _POS / "hub" / "seed.py",
    _POS / "hub" / "schema.py",
    _POS / "store" / "demo_catalog.py",
    _POS / "store" / "demo_words.py",
)
SANITY_PRODUCTS_PER_S = 20_000


def hub_file(products: int, rebuild: bool) -> tuple[Path, float | None]:
    """The cached hub database with ``products`` bulk products (built when missing)."""
    digest = hashlib.sha256(b"".join(p.read_bytes() for p in _SOURCES)).hexdigest()[:12]
    path = CACHE_ROOT / f"hub-n{products}-s{SCHEMA_VERSION}-{digest}.db"
    if path.exists() and not rebuild:
        return path, None
    CACHE_ROOT.mkdir(parents=True, exist_ok=True)
    scratch = path.with_suffix(".building")
    for stale in (scratch, Path(f"{scratch}-wal"), Path(f"{scratch}-shm")):
        stale.unlink(missing_ok=True)
    started = time.perf_counter()
    db = open_hub_database(f"sqlite:///{scratch}")
    seed_bulk(db, products, progress=lambda n: print(f"  seeded {n:,}", file=sys.stderr))
    with db.engine.connect() as conn:  # fold the WAL in, so the file stands alone
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    scratch.replace(path)
    return path, time.perf_counter() - started


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def pos_hub(db_url: str, *args: str) -> list[str]:
    return [sys.executable, "-m", "pos.hub", "--db", db_url, *args]


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def walk(
    client: httpx.Client, path: str, limit: int, handle: Callable[[bytes], int], **params: Any
) -> tuple[int, float, list[float], int]:
    """Every page of a feed: (rows, seconds, page latencies, bytes)."""
    cursor = None
    rows = total_bytes = 0
    latencies: list[float] = []
    started = time.perf_counter()
    while True:
        query = {"limit": limit, **params} | ({"cursor": cursor} if cursor else {})
        t0 = time.perf_counter()
        response = client.get(path, params=query)
        response.raise_for_status()
        body = response.content
        rows += handle(body)
        latencies.append(time.perf_counter() - t0)
        total_bytes += len(body)
        cursor, has_more = _cursor_and_more(body)
        if not has_more:
            return rows, time.perf_counter() - started, latencies, total_bytes


def _cursor_and_more(body: bytes) -> tuple[str, bool]:
    """The cursor and has_more, read from the page head without parsing the rows."""
    head = body[: body.index(b',"', body.index(b'"has_more"'))] + b"}"
    parsed = orjson.loads(head)
    return str(parsed["cursor"]), bool(parsed["has_more"])


@contextmanager
def serving(db_url: str) -> Iterator[httpx.Client]:
    """``pos-hub serve`` on a free loopback port in its own process, and a paired client."""
    port = free_port()
    env = {**os.environ, "OMNITILL_HUB_ADMIN_TOKEN": secrets.token_urlsafe(16)}
    server = subprocess.Popen(
        pos_hub(db_url, "serve", "--port", str(port)),
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.get(f"{base}/v1/health", timeout=1).raise_for_status()
                break
            except httpx.HTTPError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise RuntimeError("the hub did not start") from None
                time.sleep(0.2)
        made = subprocess.run(
            pos_hub(db_url, "pairing-code", "--store", "STORE-001", "--till", "TILL-01"),
            capture_output=True,
            text=True,
            check=True,
        )
        code = json.loads(made.stdout)["code"]
        token = httpx.post(f"{base}/v1/pairing", json={"code": code}).json()["token"]
        headers = {"Authorization": f"Bearer {token}"}
        with httpx.Client(base_url=base, headers=headers, timeout=120) as client:
            yield client
    finally:
        server.terminate()
        server.wait(30)


def bench_sales(count: int, batch: int = 1_000) -> None:
    """``count`` real sale documents (the domain's, 3 lines each) uploaded in batches to a
    fresh demo hub; then all of them again (every one a duplicate). Baseline: raw sqlite3
    inserting the same document bodies into a scratch table (executemany, one transaction)."""
    with tempfile.TemporaryDirectory(prefix="omnitill-bench-hub-") as tmp:
        url = f"sqlite:///{Path(tmp) / 'hub.db'}"
        subprocess.run(pos_hub(url, "seed"), capture_output=True, check=True)
        products = [p for p in demo_products() if p.sold_by == "piece"][:300]
        rows = [
            [p.id, p.sku, p.name, p.category_id, p.tax_code, p.sold_by, True, p.price_minor,
             list(p.barcodes)]
            for p in products
        ]  # fmt: skip
        records = [
            record(sale_document([(rows[i % 300], "1"), (rows[i * 7 % 300], "2"),
                                  (rows[i * 13 % 300], "1")]))
            for i in range(count)
        ]  # fmt: skip
        raw = sqlite3.connect(Path(tmp) / "baseline.db")
        raw.execute("CREATE TABLE documents (id TEXT PRIMARY KEY, body TEXT)")
        t0 = time.perf_counter()
        with raw:
            raw.executemany(
                "INSERT INTO documents VALUES (?, ?)",
                [(r["id"], orjson.dumps(r["document"]).decode()) for r in records],
            )
        baseline = time.perf_counter() - t0
        raw.close()
        with serving(url) as client:
            for label, expect in (("sales", "accepted"), ("repeated", "duplicates")):
                latencies = []
                t0 = time.perf_counter()
                for start in range(0, count, batch):
                    chunk = records[start : start + batch]
                    t1 = time.perf_counter()
                    answer = client.post("/v1/documents/batches", json={"records": chunk}).json()
                    latencies.append(time.perf_counter() - t1)
                    assert answer[expect] == len(chunk), answer
                seconds = time.perf_counter() - t0
                print(
                    f"{label:12} {count:,} uploaded in batches of {batch:,} in {seconds:.2f} s"
                    f" = {count / seconds:,.0f}/s; batch median"
                    f" {statistics.median(latencies) * 1000:.0f} ms, p95"
                    f" {pct(latencies, 0.95) * 1000:.0f} ms ({seconds / baseline:.0f}x the raw"
                    f" sqlite3 insert of the same bodies, {baseline * 1000:.0f} ms)"
                )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--products", type=int, default=1_000_000)
    parser.add_argument("--page", type=int, default=50_000)
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--sales", type=int, default=10_000, help="sales to upload (0: skip)")
    args = parser.parse_args(argv)

    path, built_s = hub_file(args.products, args.rebuild)
    print(f"hub database: {path.name} ({path.stat().st_size / 1e6:.0f} MB)")
    if built_s is not None:
        print(f"  seeded {args.products:,} products in {built_s:.1f} s")
    url = f"sqlite:///{path}"
    figures: dict[str, float] = {}

    # baseline: the same rows straight from the file
    raw = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    t0 = time.perf_counter()
    n = 0
    for _row in raw.execute(
        "SELECT id, sku, name, category_id, tax_code, sold_by, active, price_minor, barcodes"
        " FROM products ORDER BY seq"
    ):
        n += 1
    baseline = n / (time.perf_counter() - t0)
    raw.close()
    figures["baseline sqlite3 rows/s"] = baseline

    db = open_hub_database(url)
    t0 = time.perf_counter()
    after = 0
    while True:
        with db.read() as conn:
            page = catalog_slice(conn, after, args.page, False)
        after = page.last_seq
        if not page.has_more:
            break
    figures["slice products/s"] = args.products / (time.perf_counter() - t0)
    db.dispose()

    with serving(url) as client:
        runs: dict[str, Callable[[bytes], int]] = {
            "http raw": lambda body: 0,
            "http+orjson": lambda body: len(orjson.loads(body)["products"]),
            "http+model": lambda body: len(CatalogPage.model_validate_json(body).products),
        }
        for name, handle in runs.items():
            rows, seconds, latencies, size = walk(client, "/v1/feeds/catalog", args.page, handle)
            if name != "http raw":
                assert rows == args.products, (name, rows)
            rate = args.products / seconds
            figures[f"{name} products/s"] = rate
            print(
                f"{name:12} {args.products:,} products in {seconds:.2f} s = {rate:,.0f}/s"
                f" ({rate / baseline:.2f}x baseline); page of {args.page:,}: median"
                f" {statistics.median(latencies) * 1000:.0f} ms, p95"
                f" {pct(latencies, 0.95) * 1000:.0f} ms; {size / 1e6:.0f} MB"
            )
        rows, seconds, latencies, size = walk(
            client, "/v1/feeds/stock", args.page, lambda body: len(orjson.loads(body)["stock"])
        )
        print(
            f"{'stock':12} {rows:,} rows in {seconds:.2f} s = {rows / seconds:,.0f}/s"
            f" ({rows / seconds / baseline:.2f}x baseline); page median"
            f" {statistics.median(latencies) * 1000:.0f} ms; {size / 1e6:.0f} MB"
        )
    print(
        f"{'slice':12} {figures['slice products/s']:,.0f} products/s in the hub process "
        f"({figures['slice products/s'] / baseline:.2f}x baseline)"
    )
    print(f"{'baseline':12} raw sqlite3 reads {baseline:,.0f} product rows/s")
    if figures["http+orjson products/s"] < SANITY_PRODUCTS_PER_S:
        print(f"SANITY: catalog served below {SANITY_PRODUCTS_PER_S:,}/s", file=sys.stderr)
        return 1
    if args.sales:
        bench_sales(args.sales)
    return 0


if __name__ == "__main__":
    sys.exit(main())
