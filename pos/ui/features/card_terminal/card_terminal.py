"""The card terminal's manager functions (Ctrl+T): end of day, reversal, unknown payments."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from pos.ui.features.base import Feature, TillAction
from pos.ui.features.card_terminal.menu import CardTerminalMenu
from pos.ui.features.payment.payment import Payment


class CardTerminal(Feature):
    def actions(self) -> Sequence[TillAction]:
        label = QCoreApplication.translate("TillScreen", "Card terminal")
        return [TillAction("Ctrl+T", label, self.card_terminal_menu)]

    def attach(self) -> None:
        self._payment = self.screen.feature(Payment)

    def card_terminal_menu(self) -> None:
        """Manager functions of the card terminal (a manager signed in, or a manager's PIN)."""
        CardTerminalMenu(
            self.till,
            self.bridge,
            self.parent_widget,
            notify=self.screen.show_message,
            settled=self._payment.card_payment_settled,
        ).open()
