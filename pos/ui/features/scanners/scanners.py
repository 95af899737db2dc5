"""Scanners: the keyboard wedge (a scanner that types), the state of every scanner that runs
on its own, and their settings and test (Ctrl+K)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from pos.services.events import ScannerStateChanged
from pos.ui.features.base import Feature, Screen, TillAction
from pos.ui.features.scanners.scanner_dialog import ScannerDialog
from pos.ui.features.scanners.wedge_filter import WedgeFilter


class Scanners(Feature):
    def __init__(self, screen: Screen) -> None:
        super().__init__(screen)
        self.states: dict[str, tuple[str, str]] = {}  # source -> (state, detail)
        self.wedge: WedgeFilter | None = None
        screen.subscribe(ScannerStateChanged, self._state_changed)
        self.apply_wedge_settings()

    def actions(self) -> Sequence[TillAction]:
        label = QCoreApplication.translate("TillScreen", "Scanners: choose and test")
        return [TillAction("Ctrl+K", label, self.open_scanner_settings, on_key_row=False)]

    def apply_wedge_settings(self) -> None:
        """(Re)install the keyboard-wedge filter as the settings say (on/off, timing)."""
        if self.wedge is not None:
            self.wedge.uninstall()
            self.wedge = None
        wedge = self.till.settings.scanner.wedge
        if wedge.enabled:
            self.wedge = WedgeFilter(self.parent_widget, wedge, self.screen.handle_read)

    def open_scanner_settings(self) -> None:
        ScannerDialog(self).exec()
        self.screen.back_to_scan()

    def _state_changed(self, event: ScannerStateChanged) -> None:
        self.states[event.source] = (event.state, event.detail)
