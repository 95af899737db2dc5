"""A till feature is one module and one registration: its actions give the key row's buttons,
the function keys and the F1 help, and the role an action needs is checked before it runs."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from pos.domain.roles import Role
from pos.paths import TillPaths
from pos.ui.app import TillWindow, build_window
from pos.ui.features import registry
from pos.ui.features.base import Feature, Screen, TillAction
from pos.ui.shell import till_screen
from pos.ui.shell.key_bar import KeyBar
from pos.ui.widgets.dialogs import HelpDialog
from tests.ui.conftest import answer_dialog, close_for_good
from tests.ui.test_whole_sale import press, sign_in


class StockCount(Feature):
    """A feature a later issue might add: one supervisor's action on Ctrl+J."""

    def __init__(self, screen: Screen) -> None:
        super().__init__(screen)
        self.counted: list[str] = []

    def actions(self) -> Sequence[TillAction]:
        return [
            TillAction(
                "Ctrl+J",
                "Count",
                self.count,
                role=Role.SUPERVISOR,
                refused="Only a supervisor counts the stock.",
            )
        ]

    def count(self) -> None:
        user = self.till.current_user
        assert user is not None
        self.counted.append(user.name)


def open_window(qtbot: QtBot, tmp_path: Path) -> TillWindow:
    paths = TillPaths(tmp_path / "till")
    paths.root.mkdir()
    window = build_window(paths, demo=True)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(
        lambda: window.ready and window.login.user_group.buttons() != [], timeout=20_000
    )
    return window


@pytest.fixture
def with_stock_count(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[TillWindow]:
    monkeypatch.setattr(till_screen, "FEATURES", (*registry.FEATURES, StockCount))
    window = open_window(qtbot, tmp_path)
    yield window
    close_for_good(window)


def test_buttons_keys_and_help_come_from_the_same_actions(
    qtbot: QtBot, till_window: TillWindow
) -> None:
    screen = till_window.till_screen
    keys = screen.keys
    row = [a for a in keys.actions if a.on_key_row]
    assert [b.label.text() for b in keys.buttons] == [
        f"{a.label}\n{a.key}" for a in sorted(row, key=lambda a: a.sort_key)
    ]
    assert [k for k, _ in keys.help_rows][:16] == [
        "F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9", "F10", "F11",
        "Ctrl+E", "Ctrl+H", "Ctrl+L", "Ctrl+T", "Ctrl+U",
    ]  # fmt: skip
    assert [k for k, _ in keys.help_rows][16:] == [
        "F12", "Ctrl+S", "Ctrl+R", "Ctrl+K", "Ctrl+O", "Ctrl+D", "Ctrl+B", "Ctrl+G",
    ]  # fmt: skip
    assert len({a.key for a in keys.actions}) == len(keys.actions) == len(keys.help_rows)

    seen: list[list[tuple[str, str]]] = []

    def read_help(dialog: HelpDialog) -> None:
        seen.append(keys.help_rows)
        dialog.accept()

    sign_in(qtbot, till_window, "1111")
    qtbot.waitUntil(lambda: till_window.stack.currentWidget() is screen, timeout=5000)
    answer_dialog(HelpDialog, read_help)
    press(qtbot, till_window, Qt.Key.Key_F1)
    assert seen == [keys.help_rows]


def test_a_feature_registered_once_gets_its_button_key_and_help_line_and_its_role(
    qtbot: QtBot, with_stock_count: TillWindow
) -> None:
    window = with_stock_count
    screen = window.till_screen
    feature = screen.feature(StockCount)
    assert ("Ctrl+J", "Count") in screen.keys.help_rows
    button = next(b for b in screen.keys.buttons if b.label.text() == "Count\nCtrl+J")

    sign_in(qtbot, window, "1111")  # Anna, cashier: below the action's role
    qtbot.waitUntil(lambda: window.stack.currentWidget() is screen, timeout=5000)
    qtbot.keyClick(screen.scan, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert screen.banner.text() == "Only a supervisor counts the stock."
    button.click()
    assert feature.counted == []

    qtbot.keyClick(screen.scan, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # sign out
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.login, timeout=5000)
    sign_in(qtbot, window, "2222", user_index=1)  # Marek, supervisor
    qtbot.waitUntil(lambda: window.stack.currentWidget() is screen, timeout=5000)
    qtbot.keyClick(screen.scan, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    button.click()
    assert feature.counted == ["Marek", "Marek"]


def test_two_actions_on_one_key_are_refused_when_the_key_row_is_built(qtbot: QtBot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    void_line = TillAction("F8", "Void line", lambda: None)
    also_void = TillAction("F8", "Also void", lambda: None)  # a new feature's, by mistake
    with pytest.raises(ValueError, match="two actions on F8"):
        KeyBar(owner, [void_line, also_void], lambda action: action.handler())
