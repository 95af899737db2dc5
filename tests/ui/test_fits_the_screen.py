"""The till fits a 1280x800 counter screen in every language it ships in."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QFontMetrics
from pytestqt.qtbot import QtBot

from pos.paths import TillPaths
from pos.ui.app import build_window

from .test_whole_sale import sign_in

SCREEN_WIDTH = 1280


@pytest.fixture
def no_translator_left_behind() -> Iterator[None]:
    """build_window installs the language on the application; later tests expect English."""
    yield
    app = QCoreApplication.instance()
    assert app is not None
    for translator in app.findChildren(QTranslator):
        app.removeTranslator(translator)
        translator.deleteLater()


@pytest.mark.usefixtures("no_translator_left_behind")
@pytest.mark.parametrize("language", ["en", "pl", "ru", "uk"])
def test_the_signed_in_till_needs_no_more_than_the_screen_width(
    qtbot: QtBot, tmp_path: Path, language: str
) -> None:
    paths = TillPaths(tmp_path / "till")
    paths.root.mkdir()
    window = build_window(paths, demo=True, language=language)
    qtbot.addWidget(window)
    window.resize(SCREEN_WIDTH, 800)
    window.show()
    qtbot.waitUntil(
        lambda: window.ready and window.login.user_group.buttons() != [], timeout=20_000
    )
    sign_in(qtbot, window, "1111")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.till_screen, timeout=5000)
    assert window.minimumSizeHint().width() <= SCREEN_WIDTH
    assert window.width() == SCREEN_WIDTH
    clipped = [
        word
        for button in window.till_screen.keys.buttons
        for word in button.label.text().split()
        if QFontMetrics(button.label.font()).horizontalAdvance(word) > button.width() - 8
    ]
    assert clipped == [], "function-key words wider than their key"
    window.close()
