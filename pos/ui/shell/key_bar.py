"""The key row, the function keys and the F1 help list, all made from the features' actions.

One declaration per action (``TillAction``) gives its button, its key and its help line, so the
three can never disagree. Order: the key row in key order (F1..F12, then Ctrl+letter); the help
lists the key row, then the keyboard-only actions in the order the features register them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontInfo, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from pos.ui.features.base import TillAction
from pos.ui.shell.function_keys import FunctionKeys


class KeyBar(QGridLayout):
    """The row of function-key buttons under the cart."""

    def __init__(
        self,
        owner: QWidget,
        actions: Iterable[TillAction],
        run: Callable[[TillAction], None],
    ) -> None:
        super().__init__()
        self.setSpacing(6)
        self.function_keys = FunctionKeys(owner)
        self._by_key: dict[str, TillAction] = {}
        listed = list(actions)
        on_row = sorted((a for a in listed if a.on_key_row), key=lambda a: a.sort_key)
        self.actions = listed
        self.buttons: list[FunctionKeyButton] = []
        self.help_rows: list[tuple[str, str]] = [(a.key, a.label) for a in on_row]
        self.help_rows += [(a.key, a.label) for a in listed if not a.on_key_row]
        for column, action in enumerate(on_row):
            button = FunctionKeyButton(action.label, action.key)
            button.clicked.connect(_runner(run, action))
            self.addWidget(button, 0, column)
            self.buttons.append(button)
        for action in listed:
            if action.key in self._by_key:
                raise ValueError(f"two actions on {action.key}")
            self._by_key[action.key] = action
            key, modifier = action.qt_key()
            self.function_keys.add(key, _runner(run, action), modifier)

    def action(self, key: str) -> TillAction:
        return self._by_key[key]


def _runner(run: Callable[[TillAction], None], action: TillAction) -> Callable[[], None]:
    return lambda: run(action)


MIN_LABEL_PIXELS = 10  # a key's label never shrinks below this to fit its longest word


class FunctionKeyButton(QPushButton):
    """A function key on screen: its label wraps, so the row never widens the window.

    Fourteen keys with Russian or Polish labels would otherwise ask for more than a 1280
    pixel counter screen (tests/ui/test_fits_the_screen.py). A word longer than the key is
    wide ("Количество", "Восстановить") cannot wrap, so the label's font shrinks until the
    longest word fits, down to :data:`MIN_LABEL_PIXELS`."""

    def __init__(self, text: str, key_name: str) -> None:
        super().__init__()
        self.setObjectName("fkey")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(f"{text} {key_name}")
        self.setToolTip(f"{text} ({key_name})")
        policy = self.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
        self.setSizePolicy(policy)
        label = QLabel(f"{text}\n{key_name}")
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(2, 2, 2, 2)
        self._layout.addWidget(label)
        self.label = label
        self._words = [*text.split(), key_name]

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_label()

    def fit_label(self) -> None:
        """The label's font: the button's own, or smaller so its longest word fits."""
        font = QFont(self.font())
        room = self.width() - 8  # the layout's margins and the label's own
        pixels = font.pixelSize() if font.pixelSize() > 0 else QFontInfo(font).pixelSize()
        while pixels > MIN_LABEL_PIXELS and self._widest(font) > room:
            pixels -= 1
            font.setPixelSize(pixels)
        if font != self.label.font():
            self.label.setFont(font)

    def _widest(self, font: QFont) -> int:
        metrics = QFontMetrics(font)
        return max(metrics.horizontalAdvance(word) for word in self._words)

    def sizeHint(self) -> QSize:
        return self._layout.sizeHint()

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self.sizeHint().height())
