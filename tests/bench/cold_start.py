"""One cold start of the till window, as a child process of the benchmark.

Prints one JSON line: wall-clock time when the login screen was ready (users listed), when a
PIN sign-in finished (ready for scan), the resident memory then, and with ``--work N`` the
resident memory after N scans and N searches in that same window (a shift's worth of use).
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from pos.paths import TillPaths
from pos.ui.app import build_window


def main(data_dir: Path, work: int) -> None:
    import sqlite3

    import psutil

    app = QApplication(sys.argv[:1])
    window = build_window(TillPaths(data_dir), demo=False)
    window.resize(1280, 800)
    window.show()
    marks: dict[str, float] = {}

    def poll() -> None:
        if "login" not in marks:
            if window.ready and window.login.user_group.buttons():
                app.processEvents()
                marks["login"] = time.time()
                window.login.pin.setText("1111")  # the first user is Anna, the demo cashier
                window.login.submit()
        elif window.stack.currentWidget() is window.till_screen:
            app.processEvents()
            marks["scan"] = time.time()
            marks["rss_mb"] = psutil.Process().memory_info().rss / 2**20
            if work:
                do_work()
            print(json.dumps(marks), flush=True)
            app.quit()
            return
        QTimer.singleShot(1, poll)

    def do_work() -> None:
        with sqlite3.connect(data_dir / "till.sqlite3") as conn:
            rows = conn.execute(
                "SELECT b.code, p.name FROM barcodes b JOIN products p ON p.id = b.product_id "
                "WHERE p.sold_by = 'piece' ORDER BY random() LIMIT ?",
                (work,),
            ).fetchall()
        screen = window.till_screen
        for i, (code, name) in enumerate(rows):
            if i % 50 == 0:
                screen.new_sale()
            screen.scan_barcode(code)
            while screen._pending_lookups:
                app.processEvents()
            word = name.split()[0]
            for k in range(2, len(word) + 1):
                window.till.search(word[:k]).result(10)
        marks["rss_after_work_mb"] = psutil.Process().memory_info().rss / 2**20

    poll()
    app.exec()
    window.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 0)
