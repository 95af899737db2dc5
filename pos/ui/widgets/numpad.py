"""A touch numpad that types into whichever line edit it is bound to."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLineEdit, QPushButton, QSizePolicy, QWidget


class Numpad(QWidget):
    entered = Signal()  # the Enter key was tapped

    def __init__(self, target: QLineEdit | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("numpad")
        self._target = target
        grid = QGridLayout(self)
        grid.setSpacing(6)
        grid.setContentsMargins(0, 0, 0, 0)
        keys = ["7", "8", "9", "4", "5", "6", "1", "2", "3", "0", "00", "."]
        for i, key in enumerate(keys):
            grid.addWidget(self._key(key, key), i // 3, i % 3)
        back = self._key("⌫", "\b")
        back.setToolTip(self.tr("Delete the last character"))
        grid.addWidget(back, 0, 3)
        clear = self._key(self.tr("C"), "clear")
        clear.setToolTip(self.tr("Clear the field"))
        grid.addWidget(clear, 1, 3)
        enter = self._key("⏎", "\n")
        enter.setObjectName("numpadEnter")
        enter.setToolTip(self.tr("Enter"))
        grid.addWidget(enter, 2, 3, 2, 1)

    def bind(self, target: QLineEdit) -> None:
        self._target = target

    def _key(self, label: str, value: str) -> QPushButton:
        button = QPushButton(label)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # tapping must not steal the scan focus
        button.setMinimumSize(56, 48)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        button.clicked.connect(lambda: self._press(value))
        return button

    def _press(self, value: str) -> None:
        target = self._target
        if target is None:
            return
        if value == "\n":
            target.returnPressed.emit()
            self.entered.emit()
        elif value == "\b":
            target.backspace()
        elif value == "clear":
            target.clear()
        else:
            target.insert(value)
