"""The till's status bar: who is signed in, where, printer, scanners, pickups, sync."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QSizePolicy, QStatusBar

from pos.events import Event
from pos.services.events import OutboxChanged, PrinterStateChanged, ScannerStateChanged
from pos.services.till import Till
from pos.store import QueueRow
from pos.sync.events import PickupOrdersChanged, SyncStatus
from pos.ui.bridge import Bridge
from pos.ui.shell.sync_status import SyncIndicator
from pos.ui.widgets.elided_label import ElidedLabel


class TillStatusBar(QStatusBar):
    """User, store and till, printer state, sync state and records waiting to sync."""

    def __init__(self, till: Till, bridge: Bridge) -> None:
        super().__init__()
        self.user = QLabel()
        self.place = ElidedLabel(
            self.tr("{store} · till {till}").format(
                store=till.settings.store.store_name, till=till.settings.store.till_id
            )
        )
        self.printer = ElidedLabel(self.tr("Printer: ready"))
        self.outbox = ElidedLabel()
        self.outbox.hide()
        self.pickup = ElidedLabel()  # the pickup counter, once the hub has sent orders
        self.pickup.hide()
        self._till = till
        self._bridge = bridge
        self.scanners = ElidedLabel()  # shown once a scanner that runs on its own reports
        self.scanners.hide()
        self._scanner_states: dict[str, str] = {}
        self.addWidget(self.user)
        # Store and till give way first (the sign-in screen names them too): printer, records
        # waiting and sync state are what the cashier must read.
        self.place.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.addWidget(self.place, 1)
        self.sync = SyncIndicator(till.formatter, bridge)
        if not till.syncs_with_hub:
            self.sync.show_standalone()
        self.addPermanentWidget(self.scanners)
        self.addPermanentWidget(self.pickup)
        self.addPermanentWidget(self.printer)
        self.addPermanentWidget(self.outbox)
        self.addPermanentWidget(self.sync)
        bridge.core_event.connect(self._on_event)

    def set_scanner(self, source: str, state: str) -> None:
        if state == "closed":
            self._scanner_states.pop(source, None)
        else:
            self._scanner_states[source] = state
        troubled = [
            s for s, st in self._scanner_states.items() if st in ("disconnected", "unavailable")
        ]
        if troubled:
            self.scanners.setText(self.tr("Scanner: NOT CONNECTED — {0}").format(troubled[0]))
        elif any(st == "connecting" for st in self._scanner_states.values()):
            self.scanners.setText(self.tr("Scanner: connecting…"))
        else:
            self.scanners.setText(
                self.tr("Scanners: ready ({0})").format(len(self._scanner_states))
            )
        self.scanners.setVisible(bool(self._scanner_states))

    def set_user(self, name: str, role: str) -> None:
        roles = {
            "cashier": self.tr("cashier"),
            "supervisor": self.tr("supervisor"),
            "manager": self.tr("manager"),
        }
        self.user.setText(
            self.tr("Signed in: {0} ({1})").format(name, roles.get(role, role))
            if name
            else self.tr("Signed out")
        )
        # The permanent widgets (printer, sync) must not squeeze who is signed in away.
        self.user.setMinimumWidth(self.user.sizeHint().width())

    def count_pickups(self) -> None:
        pickup = self._till.pickup
        if pickup is not None:
            self._bridge.deliver(pickup.queue(), self.set_pickups)

    def set_pickups(self, rows: list[QueueRow]) -> None:
        """The counter in the main window: new and ready orders (Ctrl+O shows them)."""
        new = sum(1 for r in rows if r.state == "new")
        ready = sum(1 for r in rows if r.state == "ready")
        self.pickup.setText(self.tr("Pickup: {0} new · {1} ready (Ctrl+O)").format(new, ready))
        self.pickup.setVisible(bool(rows))

    def set_outbox(self, pending: int) -> None:
        """Shown only while records wait: "0 waiting" took a fifth of the bar in Polish and
        Russian and pushed the printer's and terminal's state into an ellipsis."""
        self.outbox.setText(self.tr("Waiting to sync: {0}").format(pending))
        self.outbox.setVisible(pending > 0)

    def _on_event(self, event: Event) -> None:
        if isinstance(event, PrinterStateChanged):
            text = {
                "ready": self.tr("Printer: ready"),
                "printing": self.tr("Printer: printing…"),
                "failed": self.tr("Printer: PROBLEM — {0}").format(event.detail),
                "unknown": self.tr("Printer: no status reply"),
                "offline": self.tr("Printer: OFFLINE"),
                "paper_out": self.tr("Printer: OUT OF PAPER"),
            }.get(event.state, event.state)
            self.printer.setText(text)
        elif isinstance(event, OutboxChanged | SyncStatus):
            self.set_outbox(event.pending if isinstance(event, OutboxChanged) else event.waiting)
            if isinstance(event, SyncStatus) and event.state == "online":
                self.count_pickups()
        elif isinstance(event, PickupOrdersChanged):
            self.count_pickups()
        elif isinstance(event, ScannerStateChanged):
            self.set_scanner(event.source, event.state)
