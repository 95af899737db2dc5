"""One cold start of the till window, as a child process of the benchmark.

Prints one JSON line: wall-clock time when the login screen was ready (users listed), when a
PIN sign-in finished (ready for scan), and the resident memory then.
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


def main(data_dir: Path) -> None:
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
            print(json.dumps(marks), flush=True)
            app.quit()
            return
        QTimer.singleShot(1, poll)

    poll()
    app.exec()
    window.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
