"""The till's function keys, caught at the application level.

``QShortcut`` fires only while Qt has an active window. Tills often run without a window
manager, and there, after a dialog closes, Qt may have no active window even though the keys
still arrive: typing would work but F12 would not. An application event filter sees every
key press, so the function keys work whatever Qt thinks is active, and never while a dialog
is open on top (the dialog handles its own keys).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

Key = tuple[Qt.Key, Qt.KeyboardModifier]
_KEY_PRESS = QEvent.Type.KeyPress


class FunctionKeys(QObject):
    def __init__(self, owner: QWidget) -> None:
        super().__init__(owner)
        self._owner = owner
        self._actions: dict[Key, Callable[[], None]] = {}
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        owner.destroyed.connect(lambda: app.removeEventFilter(self))

    def add(
        self,
        key: Qt.Key,
        action: Callable[[], None],
        modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
    ) -> None:
        self._actions[(key, modifier)] = action

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Every event of every object passes here: the quickest possible "not mine".
        if event.type() != _KEY_PRESS or not isinstance(event, QKeyEvent):
            return False
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        action = self._actions.get((Qt.Key(event.key()), modifiers))
        if (
            action is None
            or event.isAutoRepeat()
            or not self._owner.isVisible()
            or QApplication.activeModalWidget() is not None
        ):
            return super().eventFilter(watched, event)
        action()
        return True
