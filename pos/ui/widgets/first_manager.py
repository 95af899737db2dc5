"""The form for a till's first user, a manager: a name and a PIN typed twice. Used by the
first-run set-up and by the sign-in screen of a till with no users; the rules are
``pos user add``'s own (``pos.services.first_run.first_manager``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

if TYPE_CHECKING:  # the set-up service brings the hub client and the printer driver along
    from pos.services.first_run import FirstManager


class FirstManagerForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        note = QLabel(
            self.tr(
                "This till has no users yet. Add its first manager: they sign in with this"
                " PIN and add the other users."
            )
        )
        note.setWordWrap(True)
        form.addRow(note)
        self.name = QLineEdit()
        self.name.setMaxLength(100)
        self.pin = QLineEdit()
        self.again = QLineEdit()
        for field in (self.pin, self.again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setMaxLength(8)
            field.setPlaceholderText(self.tr("4 to 8 digits"))
        form.addRow(self.tr("Manager's name"), self.name)
        form.addRow(self.tr("PIN"), self.pin)
        form.addRow(self.tr("PIN again"), self.again)

    def manager(self) -> FirstManager:
        """The manager typed; an ``InvalidUser`` (``describe`` translates it) if refused."""
        from pos.services.first_run import first_manager

        return first_manager(self.name.text(), self.pin.text(), self.again.text())
