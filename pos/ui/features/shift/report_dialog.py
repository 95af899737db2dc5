"""An X or Z report on screen, drawn from the very bytes the printer gets (as F11 shows a
receipt), with a key to print it (again)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from pos.ui.features.payment.receipt_preview import receipt_html


class ReportDialog(QDialog):
    def __init__(
        self,
        title: str,
        data: bytes,
        profile: str,
        print_it: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(480, 720)
        layout = QVBoxLayout(self)
        self.view = QTextBrowser()
        self.view.setObjectName("receiptPaper")
        self.view.setHtml(receipt_html(data, profile))
        layout.addWidget(self.view)
        keys = QHBoxLayout()
        self.print_button = QPushButton(self.tr("Print"))
        self.print_button.setMinimumHeight(48)
        self.print_button.clicked.connect(print_it)
        close = QPushButton(self.tr("Close"))
        close.setMinimumHeight(48)
        close.clicked.connect(self.accept)
        keys.addWidget(self.print_button)
        keys.addStretch(1)
        keys.addWidget(close, alignment=Qt.AlignmentFlag.AlignRight)
        layout.addLayout(keys)
        close.setDefault(True)
