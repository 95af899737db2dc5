"""The hub from the till: sync now (Ctrl+S), the records the hub refused (Ctrl+R, a
manager's), and the hub's word that a promo code was used twice."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from pos.domain.roles import Role
from pos.services.sync import SyncService
from pos.sync.events import PromoDoubleUse
from pos.ui.features.base import Feature, Screen, TillAction
from pos.ui.features.sync_records.rejected_dialog import RejectedRecordsDialog


class SyncRecords(Feature):
    def __init__(self, screen: Screen) -> None:
        super().__init__(screen)
        screen.subscribe(PromoDoubleUse, self._promo_double_use)

    def actions(self) -> Sequence[TillAction]:
        return [
            TillAction(
                "Ctrl+S",
                QCoreApplication.translate("TillScreen", "Sync with the hub now"),
                self.sync_now,
                on_key_row=False,
            ),
            TillAction(
                "Ctrl+R",
                QCoreApplication.translate("TillScreen", "Records refused by the hub (manager)"),
                self.show_rejected,
                role=Role.MANAGER,
                refused=self.tr("Only a manager can see records the hub refused."),
                on_key_row=False,
            ),
        ]

    def sync_service(self) -> SyncService | None:
        """The till's sync, or None with a message: this till works without a hub."""
        if self.till.sync is None:
            self.screen.show_message(self.tr("This till does not sync with a hub."), "warning")
        return self.till.sync

    def sync_now(self) -> None:
        sync = self.sync_service()
        if sync is not None:
            sync.sync_now()
            self.screen.show_message(self.tr("Syncing with the hub…"), "info", 3)

    def show_rejected(self) -> None:
        """The records the hub refused, for a manager (the status bar's link asks too)."""
        user = self.till.current_user
        if user is None or not Role(user.role).at_least(Role.MANAGER):
            self.screen.show_message(
                self.tr("Only a manager can see records the hub refused."), "warning"
            )
            return
        sync = self.sync_service()
        if sync is None:
            return
        RejectedRecordsDialog(
            sync, self.bridge, self.till.formatter, self.parent_widget, self.till.currency
        ).exec()
        self.screen.back_to_scan()

    def _promo_double_use(self, event: PromoDoubleUse) -> None:
        self.screen.show_message(
            self.tr(
                "The hub reports a promo code used twice (sale {0}, promotion {1}); the "
                "sale stands. A manager can see it with Ctrl+R."
            ).format(event.sale_id[:8], event.promotion_id),
            "warning",
            30,
        )
