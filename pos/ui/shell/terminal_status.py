"""The card terminal's part of the status bar: ready, not ready, unreachable, or busy with a
payment.

It starts the payment service's status polling (on the terminal's own worker, skipped while a
card operation runs) and only listens to ``TerminalStatusChanged`` and ``CardProgress``
events, re-emitted on the GUI thread by the bridge: it never waits on the terminal itself.
"""

from __future__ import annotations

from pos.events import Event
from pos.services.events import CardProgress, TerminalStatusChanged
from pos.services.payments import PaymentService
from pos.ui.bridge import Bridge
from pos.ui.widgets.elided_label import ElidedLabel

POLL_SECONDS = 30.0


class TerminalStatusIndicator(ElidedLabel):
    def __init__(
        self, payments: PaymentService, bridge: Bridge, poll_seconds: float = POLL_SECONDS
    ) -> None:
        super().__init__()
        self.setObjectName("terminalStatus")
        self.state = "checking"
        self._show(self.tr("Terminal: checking…"), "", "ok")
        bridge.core_event.connect(self._on_event)
        payments.start_status_polling(poll_seconds)

    def _show(self, text: str, tooltip: str, kind: str) -> None:
        self.setText(text)
        self.setToolTip(tooltip)
        self.setProperty("kind", kind)
        self.style().unpolish(self)
        self.style().polish(self)

    def show_status(self, event: TerminalStatusChanged) -> None:
        self.state = event.state
        detail = " · ".join(part for part in (event.terminal_id, event.text) if part)
        if event.state == "ready":
            self._show(self.tr("Terminal: ready"), detail, "ok")
        elif event.state == "not_ready":
            self._show(self.tr("Terminal: NOT READY"), detail, "warning")
        else:
            self._show(self.tr("Terminal: UNREACHABLE"), detail, "error")

    def _on_event(self, event: Event) -> None:
        if isinstance(event, TerminalStatusChanged):
            self.show_status(event)
        elif isinstance(event, CardProgress) and self.state != "paying":
            self.state = "paying"  # polling waits until the payment is over
            self._show(self.tr("Terminal: paying…"), "", "ok")
