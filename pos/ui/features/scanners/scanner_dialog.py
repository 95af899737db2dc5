"""Scanners (Ctrl+K): the till's scanners in the one scanner editor
(:class:`~pos.ui.features.scanners.scanner_list.ScannerListEditor`), and a "scan something
now" test that shows what was read and how the till understands it.

Anyone signed in may test (a cashier checks a scanner that seems dead); only a manager
changes the configured scanners. Saving writes the settings file atomically and restarts
the scanners that run on threads and the wedge. The editor attaches to a camera the scanner
service already runs rather than opening it a second time; every scan the till takes while
the dialog is open comes to its test.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from drivers.scanner import ScanRead
from pos.config import save_settings
from pos.ui.features.scanners.scanner_list import (
    ScannerListEditor,
    format_options,
    parse_options,
    shown,
)

if TYPE_CHECKING:
    from pos.ui.features.scanners.scanners import Scanners

__all__ = ["ScannerDialog", "format_options", "parse_options", "shown"]


class ScannerDialog(QDialog):
    def __init__(self, scanners: Scanners) -> None:
        screen = scanners.screen
        super().__init__(scanners.parent_widget)
        self.scanners = scanners
        self.till_screen = screen
        self.till = scanners.till
        self.setWindowTitle(self.tr("Scanners"))
        self.setModal(True)
        self.setMinimumWidth(760)
        user = self.till.current_user
        self.can_edit = user is not None and user.role == "manager"
        root = QVBoxLayout(self)
        till = self.till
        self.editor = ScannerListEditor(
            till.settings.scanner,
            interpret=till.scan_router.interpret,
            formatter=till.formatter,
            today=till.today,
            can_edit=self.can_edit,
            running=till.scanners.backend,
            states=scanners.states,
        )
        root.addWidget(self.editor, 1)
        self.note = QLabel(
            self.tr("Only a manager can change the scanners; anyone can test them.")
            if not self.can_edit
            else self.tr("Changes take effect when saved.")
        )
        self.note.setWordWrap(True)
        root.addWidget(self.note)

        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setEnabled(False)
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.save)
        close.clicked.connect(self.reject)
        self.editor.changed.connect(lambda: self.save_button.setEnabled(True))
        root.addWidget(buttons)
        screen.scan_listener = self.show_read

    def show_read(self, read: ScanRead) -> None:
        self.editor.show_read(read)

    def save(self) -> None:
        # Let go of a camera the preview opened, so the scanner service can open it. Its
        # threads finish on their own; if the camera is still busy the service's first
        # open fails and it tries again after reconnect_s.
        self.editor.release()
        settings = self.till.settings
        edited = self.editor.scanner_settings()
        settings.scanner.devices = edited.devices
        settings.scanner.wedge.enabled = edited.wedge.enabled
        save_settings(settings, self.till.paths.settings)
        self.till.restart_scanners()
        self.scanners.apply_wedge_settings()
        self.accept()

    def done(self, result: int) -> None:
        self.editor.release()
        if self.till_screen.scan_listener == self.show_read:
            self.till_screen.scan_listener = None
        super().done(result)
