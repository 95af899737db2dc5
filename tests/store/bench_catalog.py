"""Benchmark of the catalog hot paths on a large generated catalog (prints figures).

Not collected by pytest (no ``test_`` prefix): run it by hand, e.g.

    python -m tests.store.bench_catalog --n 1000000 --path /tmp/omnitill-bench.db

It builds the catalog with ``generate_bulk_catalog`` unless ``--path`` already holds one
(``--reuse``), then times cold-ish ``open_database``, ``by_barcode`` on random known codes and
search-as-you-type (every 2+ character prefix of one or two words of real product names).
"""

from __future__ import annotations

import argparse
import random
import time
from pathlib import Path

from pos.store import CatalogRepository, generate_bulk_catalog, open_database


def _pct(samples: list[float]) -> str:
    s = sorted(samples)
    p = lambda q: s[min(len(s) - 1, int(len(s) * q))] * 1000  # noqa: E731
    return f"n={len(s)} p50={p(0.5):.3f} ms p95={p(0.95):.3f} ms p99={p(0.99):.3f} ms"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=1_000_000)
    parser.add_argument("--path", type=Path, default=Path("/tmp/omnitill-bench.db"))
    parser.add_argument("--reuse", action="store_true")
    args = parser.parse_args()
    if not (args.reuse and args.path.exists()):
        for f in args.path.parent.glob(args.path.name + "*"):
            f.unlink()
        started = time.perf_counter()
        generate_bulk_catalog(
            args.path, n=args.n, progress=lambda p, t: print(f"  {p:<10} {t:6.1f} s")
        )
        print(f"generate_bulk_catalog n={args.n}: {time.perf_counter() - started:.1f} s")
    started = time.perf_counter()
    db = open_database(args.path)
    print(f"open_database (at head): {(time.perf_counter() - started) * 1000:.1f} ms")
    catalog = CatalogRepository(db)
    rng = random.Random(42)
    with db.raw() as conn:
        count = conn.execute("SELECT max(num) FROM products").fetchone()[0]
        nums = [rng.randint(1, count) for _ in range(2000)]
        marks = ",".join("?" * len(nums))
        codes = [
            r[0]
            for r in conn.execute(
                "SELECT b.code FROM barcodes b JOIN products p ON p.id = b.product_id"
                f" WHERE p.num IN ({marks})",
                nums,
            )
        ]
        names = [
            r[0]
            for r in conn.execute(
                f"SELECT name FROM products WHERE num IN ({','.join('?' * 300)})", nums[:300]
            )
        ]
    times = []
    for code in codes:
        t = time.perf_counter()
        assert catalog.by_barcode(code) is not None
        times.append(time.perf_counter() - t)
    print("by_barcode:", _pct(times))
    queries: list[str] = []
    for name in names:
        words = rng.sample(name.split(), min(2, len(name.split())))
        typed = ""
        for word in words:
            for k in range(2, len(word) + 1):
                queries.append(f"{typed} {word[:k]}".strip())
            typed = f"{typed} {word}".strip()
    times = []
    for query in queries:
        t = time.perf_counter()
        catalog.search(query)
        times.append(time.perf_counter() - t)
    print("search (as you type, limit 50):", _pct(times))
    times = []
    for query in queries[:500]:
        t = time.perf_counter()
        catalog.search(query, category="dairy")
        times.append(time.perf_counter() - t)
    print("search in category:", _pct(times))
    db.close()


if __name__ == "__main__":
    main()
