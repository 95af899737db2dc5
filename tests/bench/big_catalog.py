"""A till data dir with the demo seed plus N generated products, built once and cached.

The cache key holds N and the schema's head revision, so a schema change rebuilds it.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

from pos.config import Settings, save_settings
from pos.demo import demo_seed, demo_settings
from pos.paths import TillPaths
from pos.store import generate_bulk_catalog, head_revision, open_database


def bench_settings() -> Settings:
    settings = demo_settings()
    settings.store.store_name = "Omnitill Bench Market"
    return settings


def big_catalog(products: int, *, rebuild: bool = False) -> TillPaths:
    root = Path(tempfile.gettempdir()) / "omnitill-bench" / f"n{products}-{head_revision()}"
    done = root / "READY"
    if rebuild and root.exists():
        shutil.rmtree(root)
    paths = TillPaths(root)
    if done.exists():
        return paths
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    started = time.perf_counter()
    with open_database(paths.database) as db:
        demo_seed(bench_settings())(db)
    generate_bulk_catalog(
        paths.database,
        n=products,
        progress=lambda phase, seconds: print(f"  {phase:<12} {seconds:6.1f} s", flush=True),
    )
    save_settings(bench_settings(), paths.settings)
    print(f"built {products:,} products in {time.perf_counter() - started:.1f} s -> {root}")
    done.touch()
    return paths
