"""A supervisor's approval: try the change alone; if the role does not allow it, ask for a
supervisor's PIN (checked on the worker) and try again with the approval it gives.

Used by the discount, price and void actions; nothing changes unless the attempt succeeds.
"""

from __future__ import annotations

from collections.abc import Callable

from pos.domain.errors import DomainError, PermissionDenied
from pos.domain.roles import Action, Approval
from pos.ui.features.base import Feature
from pos.ui.messages import describe
from pos.ui.widgets.dialogs import PinDialog

Attempt = Callable[[Approval | None], object]


class Approvals(Feature):
    def with_approval(self, action: Action, attempt: Attempt) -> None:
        """Try ``attempt``; if the cashier may not do it alone, ask for a supervisor's PIN."""
        screen = self.screen
        try:
            attempt(None)
        except PermissionDenied as exc:
            dialog = PinDialog(
                describe(exc) + "\n" + self.tr("A supervisor can approve with their PIN."),
                self.parent_widget,
            )
            if not dialog.exec():
                screen.show_message(self.tr("Not approved; nothing was changed."), "warning")
                return
            self.bridge.deliver(
                self.till.approve(dialog.pin, action),
                lambda approval: self._approved(attempt, approval),
                screen.show_error,
            )
            return
        except DomainError as exc:
            screen.show_error(exc)
            return
        screen.refresh()

    def _approved(self, attempt: Attempt, approval: Approval) -> None:
        try:
            attempt(approval)
        except DomainError as exc:
            self.screen.show_error(exc)
            return
        self.screen.show_message(self.tr("Approved."), "info", 3)
        self.screen.refresh()
