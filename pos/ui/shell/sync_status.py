"""The sync part of the status bar: online/offline, last sync, the initial sync's progress.

It only listens to ``SyncStatus`` and ``SyncProgress`` events (re-emitted on the GUI thread by
the bridge) and asks the engine to sync now; it never waits on the network.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from pos.events import Event
from pos.locale_format import LocaleFormatter
from pos.sync.events import SyncProgress, SyncStatus
from pos.ui.bridge import Bridge
from pos.ui.widgets.elided_label import ElidedLabel


class SyncIndicator(QWidget):
    """``sync_requested`` when "sync now" is clicked; ``rejected_requested`` for the list of
    records the hub refused (the button shows only when there are some)."""

    sync_requested = Signal()
    rejected_requested = Signal()

    def __init__(self, formatter: LocaleFormatter, bridge: Bridge) -> None:
        super().__init__()
        self._fmt = formatter
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.state = ElidedLabel(self.tr("Sync: starting…"))
        self.state.setObjectName("syncState")
        self.progress = QProgressBar()
        self.progress.setMinimumWidth(160)
        self.progress.hide()
        self.rejected = QPushButton()
        self.rejected.setObjectName("syncRejected")
        self.rejected.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.rejected.clicked.connect(self.rejected_requested)
        self.rejected.hide()
        self.sync_button = QPushButton(self.tr("Sync now  Ctrl+S"))
        self.sync_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.sync_button.clicked.connect(self.sync_requested)
        for widget in (self.progress, self.state, self.rejected, self.sync_button):
            layout.addWidget(widget)
        self.status: SyncStatus | None = None
        bridge.core_event.connect(self._on_event)

    def _problem(self, code: str | None) -> str:
        texts = {
            "unreachable": self.tr("hub unreachable"),
            "busy": self.tr("hub busy"),
            "server_error": self.tr("hub error"),
            "bad_response": self.tr("hub answer refused"),
            "cursor_back": self.tr("hub answer refused"),
            "refused": self.tr("request refused"),
        }
        return texts.get(code or "", code or "")

    def show_status(self, status: SyncStatus) -> None:
        self.status = status
        last = (
            self.tr("last sync {0}").format(self._fmt.recent(status.last_sync, datetime.now(UTC)))
            if status.last_sync is not None
            else self.tr("never synced")
        )
        kind = "ok"
        if status.state == "unpaired":
            text, kind = self.tr("Not paired with a hub"), "warning"
        elif status.state == "auth":
            if status.problem == "token_file":
                text = self.tr("Device token file is not private: pair the till again")
            else:
                text = self.tr("The hub refused this till: pair it again")
            kind = "error"
        elif status.state == "offline":
            text = self.tr("Offline ({0}) · {1}").format(self._problem(status.problem), last)
            kind = "warning"
        elif status.state == "syncing":
            text = self.tr("Syncing… · {0}").format(last)
        else:
            text = self.tr("Online · {0}").format(last)
        self.state.setText(text)
        self.state.setProperty("kind", kind)
        self.state.style().unpolish(self.state)
        self.state.style().polish(self.state)
        if status.poisoned:
            self.rejected.setText(self.tr("Refused by hub: {0}  Ctrl+R").format(status.poisoned))
            self.rejected.show()
        else:
            self.rejected.hide()

    def show_standalone(self) -> None:
        """A till started without a hub (the offline demo) must not look as if it syncs."""
        self.state.setText(self.tr("No hub: this till works on its own"))
        self.sync_button.hide()

    def show_progress(self, progress: SyncProgress) -> None:
        if progress.finished or progress.total is None:
            self.progress.hide()
            return
        feed = {
            "catalog": self.tr("Catalog"),
            "stock": self.tr("Stock"),
            "search_index": self.tr("Search index building"),
        }.get(progress.feed, progress.feed)
        eta = (
            self.tr("about {0} s left").format(int(progress.eta_seconds + 0.5))
            if progress.eta_seconds is not None
            else ""
        )
        self.progress.setRange(0, max(progress.total, 1))
        self.progress.setValue(min(progress.done, progress.total))
        self.progress.setFormat(
            self.tr("{feed}: {done} of {total} · {eta}").format(
                feed=feed,
                done=self._fmt.quantity(Decimal(progress.done)),
                total=self._fmt.quantity(Decimal(progress.total)),
                eta=eta,
            )
        )
        self.progress.show()

    def _on_event(self, event: Event) -> None:
        if isinstance(event, SyncStatus):
            self.show_status(event)
        elif isinstance(event, SyncProgress):
            self.show_progress(event)
