"""Ctrl+G: the manager's settings screen (settings_dialog.py), with the support bundle."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from pos.domain.roles import Role
from pos.ui.features.base import Feature, TillAction
from pos.ui.features.scanners.scanners import Scanners


class TillSettings(Feature):
    def actions(self) -> Sequence[TillAction]:
        label = QCoreApplication.translate("TillScreen", "Settings")
        return [
            TillAction(
                "Ctrl+G",
                label,
                self.open_settings,
                role=Role.MANAGER,
                refused=self.tr("Only a manager changes the till's settings."),
                on_key_row=False,
            )
        ]

    def attach(self) -> None:
        self._scanners = self.screen.feature(Scanners)

    def open_settings(self) -> None:
        # Loaded when first opened: it lists the printer kinds, which loads python-escpos.
        from pos.ui.features.settings.settings_dialog import SettingsDialog

        dialog = SettingsDialog(
            self.till,
            self.bridge,
            self.parent_widget,
            applied=self._scanners.apply_wedge_settings,
            open_scanners=self._scanners.open_scanner_settings,
        )
        if dialog.exec() and dialog.restart_needed:
            self.screen.show_message(
                self.tr(
                    "Settings saved. Printer, card terminal, language and formats change when"
                    " the till is started again."
                ),
                "info",
                seconds=12,
            )
        elif dialog.result():
            self.screen.show_message(self.tr("Settings saved and applied."), "info")
