"""A till data dir for benchmarks: the demo seed (users, settings, ~2,500 products) plus N
generated products, built once and cached.

    python -m tests.bench.catalog [--products N] [--rebuild]

The cache lives in ``$TMPDIR/omnitill-bench/till-n<N>-r<schema head>-<generator hash>``: a new
migration or a change to the generator (``pos/store/demo_catalog.py``, ``demo_words.py``,
``pos/demo.py``) gives a new key, so a stale file is never reused. It is built in a scratch
dir and renamed into place only when complete, so an interrupted build is never mistaken for
a finished one. ``build.json`` in the dir keeps how long the generation took.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from pos.config import Settings, save_settings
from pos.demo import demo_seed, demo_settings
from pos.paths import TillPaths
from pos.store import head_revision, open_database
from pos.store.demo_catalog import generate_bulk_catalog

DEFAULT_PRODUCTS = 1_000_000
CACHE_ROOT = Path(tempfile.gettempdir()) / "omnitill-bench"
_POS = Path(__file__).resolve().parents[2] / "pos"
_GENERATOR_SOURCES = (
    _POS / "store" / "demo_catalog.py",
    _POS / "store" / "demo_words.py",
    _POS / "demo.py",
)
BUILD_INFO = "build.json"


@dataclass(frozen=True, slots=True)
class BenchCatalog:
    paths: TillPaths
    products: int  # generated products (the demo seed adds its own on top)
    generation_s: float  # how long the build took (when it was built, maybe an earlier run)
    phases: dict[str, float]  # generate_bulk_catalog's phases, seconds since its start
    cached: bool  # True when this run reused an earlier build


def bench_settings() -> Settings:
    """The demo store's settings (virtual printer), named so a screenshot says what it is."""
    settings = demo_settings()
    settings.store.store_name = "Omnitill Bench Market"
    return settings


def cache_key(products: int) -> str:
    digest = hashlib.sha256()
    for source in _GENERATOR_SOURCES:
        digest.update(source.read_bytes())
    return f"till-n{products}-r{head_revision()}-{digest.hexdigest()[:10]}"


def _build(root: Path, products: int) -> tuple[float, dict[str, float]]:
    paths = TillPaths(root)
    started = time.perf_counter()
    settings = bench_settings()
    with open_database(paths.database) as db:
        demo_seed(settings)(db)
    seeded = time.perf_counter() - started
    print(f"  {'demo seed':<12} {seeded:6.1f} s", flush=True)
    phases: dict[str, float] = {}

    def progress(phase: str, seconds: float) -> None:
        phases[phase] = seconds
        print(f"  {phase:<12} {seeded + seconds:6.1f} s", flush=True)

    generate_bulk_catalog(paths.database, n=products, progress=progress)
    save_settings(settings, paths.settings)
    return time.perf_counter() - started, phases


def bench_catalog(products: int = DEFAULT_PRODUCTS, *, rebuild: bool = False) -> BenchCatalog:
    """The cached data dir for ``products`` generated products, building it if needed."""
    root = CACHE_ROOT / cache_key(products)
    if rebuild and root.exists():
        shutil.rmtree(root)
    info_file = root / BUILD_INFO
    if info_file.exists():
        info = json.loads(info_file.read_text(encoding="utf-8"))
        return BenchCatalog(
            TillPaths(root), products, info["generation_s"], info["phases"], cached=True
        )
    if root.exists():  # no build.json: left over from something else; start again
        shutil.rmtree(root)
    CACHE_ROOT.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=f"{root.name}.building-", dir=CACHE_ROOT))
    try:
        print(f"building a bench catalog of {products:,} generated products in {scratch}")
        seconds, phases = _build(scratch, products)
        info = {"products": products, "generation_s": seconds, "phases": phases}
        (scratch / BUILD_INFO).write_text(json.dumps(info, indent=2), encoding="utf-8")
        try:
            scratch.rename(root)
        except OSError:  # another process finished the same build first: use theirs
            if not (root / BUILD_INFO).exists():
                raise
    finally:
        if scratch.exists():
            shutil.rmtree(scratch)
    print(f"built {products:,} products in {seconds:.1f} s -> {root}", flush=True)
    return BenchCatalog(TillPaths(root), products, seconds, phases, cached=False)


def describe(catalog: BenchCatalog) -> str:
    how = "cached; it was generated" if catalog.cached else "generated"
    return (
        f"catalog: {catalog.products:,} generated products + demo seed at {catalog.paths.root}"
        f" ({how} in {catalog.generation_s:.1f} s)"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--products", type=int, default=DEFAULT_PRODUCTS)
    parser.add_argument("--rebuild", action="store_true", help="build again even if cached")
    args = parser.parse_args(argv)
    print(describe(bench_catalog(args.products, rebuild=args.rebuild)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
