"""The Qt binding must not corrupt the interpreter: a canary for a PySide6 defect.

PySide6 6.12.0 dropped one reference to ``None`` on every call of a static void function
(``QCoreApplication.processEvents``, ``QTest.qWait``); after some ten thousand calls the
interpreter aborted with "deallocating None". A till runs all day, so a version with that
defect must fail here before it reaches a counter.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

CALLS = 2000


def test_static_void_calls_keep_none_alive(qtbot: QtBot) -> None:
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        QCoreApplication.processEvents()
    assert sys.getrefcount(None) - before > -CALLS // 2
