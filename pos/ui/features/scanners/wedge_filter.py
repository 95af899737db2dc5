"""The keyboard-wedge scanner at the application level (the Qt side of
``drivers.scanner.wedge``).

An application event filter sees every key press before any widget does, so a scan is caught
whichever widget has the focus — the scan field, a dialog's text field, a button — and its
keys never land in that widget. Keys that may start a scan are held for a few tens of ms;
when the classifier decides they were typed by a person they are sent again, unchanged, to
the focused widget (``replay``). Function keys, Ctrl shortcuts and auto-repeat go straight
through, after any held keys.

Timing uses the window system's event timestamps, so a GUI stall that delivers a person's
keys late and all at once does not make them look like a scan. Key events without a
timestamp were synthesized by the program itself (``QTest.keyClicks`` in tests, the replay
here): they pass untouched, so code that types into a field is never taken for a scanner.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from drivers.scanner.reads import ScanRead
from drivers.scanner.wedge import (
    ENTER,
    LAYOUT_MAPS,
    OTHER,
    TAB,
    KeyPress,
    WedgeClassifier,
    WedgeConfig,
    WedgeResult,
)
from pos.config import WedgeSettings

log = logging.getLogger(__name__)

_MODIFIER_KEYS = {
    Qt.Key.Key_Shift,
    Qt.Key.Key_Control,
    Qt.Key.Key_Alt,
    Qt.Key.Key_AltGr,
    Qt.Key.Key_Meta,
    Qt.Key.Key_CapsLock,
    Qt.Key.Key_NumLock,
}
_TERMINATORS = {"enter": ENTER, "tab": TAB, "none": None}
# X11 and Wayland (xkb) report evdev codes plus 8; Windows reports set-1 scan codes.
_SCAN_CODE_OFFSET = 8 if sys.platform.startswith("linux") else 0
_KEY_PRESS = QEvent.Type.KeyPress


class _Original(NamedTuple):
    """What it takes to send a held key again exactly as it came."""

    key: Qt.Key
    modifiers: Qt.KeyboardModifier
    scan_code: int
    virtual_key: int
    native_modifiers: int
    text: str


def wedge_config(settings: WedgeSettings) -> WedgeConfig:
    max_gap = settings.max_gap_ms / 1000
    return WedgeConfig(
        max_gap=max_gap,
        hard_gap=max(max_gap, settings.hard_gap_ms / 1000),
        min_length=settings.min_length,
        terminator=_TERMINATORS[settings.terminator],
        prefix=settings.prefix,
        suffix=settings.suffix,
        physical=settings.keys == "physical",
        layout_map=LAYOUT_MAPS.get(settings.layout, {}),
    )


class WedgeFilter(QObject):
    """Installed on the application while ``owner`` lives; ``on_scan`` runs on the GUI
    thread for every scan, whichever widget had the focus."""

    def __init__(
        self, owner: QWidget, settings: WedgeSettings, on_scan: Callable[[ScanRead], None]
    ) -> None:
        super().__init__(owner)
        self._owner = owner
        self._on_scan = on_scan
        self.classifier = WedgeClassifier(wedge_config(settings))
        self.scans = 0  # how many scans were taken (for the settings screen and tests)
        self._replaying = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._poll)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        owner.destroyed.connect(self.uninstall)

    def uninstall(self) -> None:
        """Stop watching keys; held keys go back to the focused widget first."""
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        deadline = self.classifier.deadline()
        if deadline is not None:
            self._replay(self.classifier.poll(deadline + 1).replay)
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != _KEY_PRESS:  # every event of every object: leave at once
            return False
        if (
            self._replaying
            or not isinstance(event, QKeyEvent)
            or not isinstance(watched, QWidget)  # the QWindow sees the key first: skip it
            or event.timestamp() == 0  # synthesized, not from a keyboard or scanner
            or not self._owner.isVisible()
        ):
            return super().eventFilter(watched, event)
        result = self.classifier.feed(self._key_press(event))
        self._apply(result)
        return result.consumed

    def _key_press(self, event: QKeyEvent) -> KeyPress:
        key = Qt.Key(event.key())
        text = event.text()
        modifiers = event.modifiers()
        control = bool(text) and ord(text[0]) < 0x20
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            kind = ENTER
        elif key == Qt.Key.Key_Tab:
            kind = TAB
        elif key in _MODIFIER_KEYS:
            kind, text = "", ""
        elif (
            event.isAutoRepeat()
            or not text
            or text in ("\x08", "\x1b", "\x7f")
            or (
                modifiers & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
                and not control
            )
        ):
            kind = OTHER
        else:
            kind = ""
        native = event.nativeScanCode()
        return KeyPress(
            text=text,
            at=event.timestamp() / 1000,
            key=kind,
            scan_code=native - _SCAN_CODE_OFFSET if native > _SCAN_CODE_OFFSET else 0,
            shift=bool(modifiers & Qt.KeyboardModifier.ShiftModifier),
            token=_Original(
                key,
                modifiers,
                event.nativeScanCode(),
                event.nativeVirtualKey(),
                event.nativeModifiers(),
                event.text(),
            ),
        )

    def _apply(self, result: WedgeResult) -> None:
        if result.replay:
            self._replay(result.replay)
        if result.scan is not None:
            self.scans += 1
            log.debug("wedge scan of %d bytes", len(result.scan.data))
            self._on_scan(result.scan)
        deadline = self.classifier.deadline()
        if deadline is None:
            self._timer.stop()
        else:
            self._timer.start(int(self.classifier.config.hard_gap * 1000) + 5)

    def _poll(self) -> None:
        deadline = self.classifier.deadline()
        if deadline is not None:
            self._apply(self.classifier.poll(deadline + 0.001))

    def _replay(self, keys: tuple[KeyPress, ...]) -> None:
        """Send held keys to the focused widget as the person typed them."""
        target = QApplication.focusWidget() or self._owner.window()
        self._replaying = True
        try:
            for held in keys:
                o = held.token
                assert isinstance(o, _Original)
                event = QKeyEvent(
                    QEvent.Type.KeyPress,
                    o.key,
                    o.modifiers,
                    o.scan_code,
                    o.virtual_key,
                    o.native_modifiers,
                    o.text,
                )
                QApplication.sendEvent(target, event)
        finally:
            self._replaying = False
