"""A real till process whose UI event loop is timed while it does its initial sync.

``python -m tests.bench.stall_probe DATA_DIR HUB_URL PAIRING_CODE``

It builds the till window exactly as ``pos`` does (``build_window`` with sync options: pair,
then sync on the engine's threads), runs a 10 ms ``QTimer`` on the GUI thread and records how
late each tick is, from the first progress event until the sync is done. It prints one JSON
line: the lateness percentiles in ms, the number of ticks and the sync's duration.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from pos.events import Event
from pos.paths import TillPaths
from pos.services.sync import SyncOptions
from pos.sync.events import SyncProgress, SyncStatus
from pos.ui.app import build_window

TICK_MS = 10
TIMEOUT_S = 600


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def _watch(state: dict[str, float]) -> None:
    """Diagnostics: when the GUI thread has not ticked for 0.5 s, print every thread's stack
    once per stall (the GUI's shows what it is stuck in, if it is not waiting for the GIL)."""
    import threading
    import traceback

    def watch() -> None:
        dumped_for = 0.0
        while True:
            time.sleep(0.1)
            last = state["last"]
            if last and time.perf_counter() - last > 0.5 and dumped_for != last:
                dumped_for = last
                names = {t.ident: t.name for t in threading.enumerate()}
                for ident, frame in sys._current_frames().items():
                    stack = "".join(traceback.format_stack(frame, limit=6))
                    print(f"STACK {names.get(ident, ident)}:\n{stack}", file=sys.stderr)

    threading.Thread(target=watch, name="stall-watch", daemon=True).start()


def main(data_dir: Path, hub_url: str, code: str) -> None:
    app = QApplication(sys.argv[:1])
    paths = TillPaths(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    window = build_window(
        paths, demo=False, sync=SyncOptions(hub_url=hub_url, pairing_code=code, poll_seconds=600)
    )
    window.resize(1280, 800)
    window.show()
    lateness: list[float] = []
    state = {"syncing": False, "started": 0.0, "done": 0.0, "last": 0.0}

    def on_event(event: Event) -> None:
        if isinstance(event, SyncProgress) and not state["syncing"]:
            state["syncing"] = True
            state["started"] = time.perf_counter()
        elif isinstance(event, SyncStatus) and event.state == "online" and state["syncing"]:
            state["done"] = time.perf_counter()
            state["syncing"] = False  # closing the window is not part of the sync
            app.quit()

    window.bridge.core_event.connect(on_event)

    def tick() -> None:
        now = time.perf_counter()
        if state["syncing"] and state["last"]:
            lateness.append((now - state["last"]) * 1000 - TICK_MS)
            if os.environ.get("STALL_DEBUG") and lateness[-1] > 50:
                print(
                    "late",
                    round(lateness[-1]),
                    "at",
                    round(now - state["started"], 3),
                    file=sys.stderr,
                )
        state["last"] = now

    if os.environ.get("STALL_DEBUG"):
        _watch(state)
    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(tick)
    timer.start()
    QTimer.singleShot(TIMEOUT_S * 1000, app.quit)
    app.exec()
    timer.stop()
    window.close()
    late = [max(0.0, x) for x in lateness] or [0.0]
    print(
        json.dumps(
            {
                "ticks": len(lateness),
                "p50_ms": round(statistics.median(late), 2),
                "p95_ms": round(percentile(late, 0.95), 2),
                "p99_ms": round(percentile(late, 0.99), 2),
                "max_ms": round(max(late), 2),
                "sync_s": round(state["done"] - state["started"], 2) if state["done"] else None,
            }
        ),
        flush=True,
    )


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2], sys.argv[3])
