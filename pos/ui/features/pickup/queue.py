"""The pickup queue as a Qt table model: the store's orders by promised time, with state, item
count, age and an overdue badge.

Rows come from the cache in one query (``PickupService.queue`` on the db worker) whenever the
sync engine or this till changes an order; display strings are built once per row and only
the time-dependent columns (age, overdue) are rebuilt by the minute, so 500 open orders stay
as cheap to paint as 5.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from pos.domain import pickup as rules
from pos.locale_format import LocaleFormatter
from pos.store import QueueRow

_Index = QModelIndex | QPersistentModelIndex


def state_label(state: str) -> str:
    """The state in the UI's language (read at call time: the translator may change)."""
    labels = {
        rules.NEW: QCoreApplication.translate("Pickup", "new"),
        rules.PICKING: QCoreApplication.translate("Pickup", "picking"),
        rules.READY: QCoreApplication.translate("Pickup", "ready"),
        rules.COLLECTED: QCoreApplication.translate("Pickup", "collected"),
        rules.PARTIALLY_COLLECTED: QCoreApplication.translate("Pickup", "partly collected"),
        rules.CANCELLED: QCoreApplication.translate("Pickup", "cancelled"),
        rules.EXPIRED: QCoreApplication.translate("Pickup", "not collected"),
    }
    return labels.get(state, state)


def parse_time(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)


class PickupQueueModel(QAbstractTableModel):
    COLUMNS = ("number", "ready_by", "state", "items", "age", "till", "payment")
    _OVERDUE = QBrush(QColor("#c62828"))
    _MINE = QBrush(QColor("#1565c0"))

    def __init__(self, formatter: LocaleFormatter, till_id: str) -> None:
        super().__init__()
        self._fmt = formatter
        self._till_id = till_id
        self._rows: list[QueueRow] = []
        self._texts: list[list[str]] = []
        self._overdue: list[bool] = []
        # Rows are immutable values: the time-independent strings of a row are built once
        # (Babel's date formatting is ~40 us a call; 500 rows per reload would stall).
        self._static: dict[QueueRow, tuple[list[str], datetime, datetime]] = {}
        self.now = datetime.now(UTC)

    # --- content ---------------------------------------------------------------------------

    def set_rows(self, rows: list[QueueRow], now: datetime | None = None) -> None:
        """Replace the rows (a few hundred at most: one reset is cheaper than diffing)."""
        self.beginResetModel()
        self.now = now or datetime.now(UTC)
        static = {row: self._static.get(row) or self._static_texts(row) for row in rows}
        self._static = static  # rows gone from the queue drop out of the cache
        self._rows = rows
        self._overdue = []
        self._texts = []
        templates = self._templates()
        for row in rows:
            texts, promised, placed = static[row]
            overdue = self._is_overdue(row.state, promised)
            self._overdue.append(overdue)
            self._texts.append(self._timed(texts, promised, placed, overdue, templates))
        self.endResetModel()

    def tick(self, now: datetime | None = None) -> None:
        """Time passed: only the age and overdue columns change."""
        if not self._rows:
            return
        self.now = now or datetime.now(UTC)
        templates = self._templates()
        for i, row in enumerate(self._rows):
            texts, promised, placed = self._static[row]
            self._overdue[i] = self._is_overdue(row.state, promised)
            self._texts[i] = self._timed(texts, promised, placed, self._overdue[i], templates)
        last = self.index(len(self._rows) - 1, len(self.COLUMNS) - 1)
        self.dataChanged.emit(self.index(0, 0), last)

    def row_at(self, row: int) -> QueueRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, order_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.order_id == order_id), -1)

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for row in self._rows:
            out[row.state] = out.get(row.state, 0) + 1
        return out

    def overdue_count(self) -> int:
        return sum(self._overdue)

    def _is_overdue(self, state: str, promised: datetime) -> bool:
        return state in (rules.NEW, rules.PICKING) and promised < self.now

    @staticmethod
    def _templates() -> tuple[str, str, str]:
        return (
            QCoreApplication.translate("Pickup", "{0}  OVERDUE"),
            QCoreApplication.translate("Pickup", "{0} min"),
            QCoreApplication.translate("Pickup", "{0} h {1} min"),
        )

    def _timed(
        self,
        texts: list[str],
        promised: datetime,
        placed: datetime,
        overdue: bool,
        templates: tuple[str, str, str],
    ) -> list[str]:
        """The row's strings with the ready-by badge and the age as of ``self.now``."""
        late, minutes_only, hours = templates
        minutes = max(0, int((self.now - placed).total_seconds() // 60))
        age = (
            minutes_only.format(minutes)
            if minutes < 60
            else hours.format(minutes // 60, minutes % 60)
        )
        out = list(texts)
        out[1] = late.format(texts[1]) if overdue else texts[1]
        out[4] = age
        return out

    def _static_texts(self, row: QueueRow) -> tuple[list[str], datetime, datetime]:
        promised, placed = parse_time(row.promised_at), parse_time(row.placed_at)
        state = state_label(row.state)
        if not row.confirmed:
            state = QCoreApplication.translate("Pickup", "{0} (not sent yet)").format(state)
        payment = (
            QCoreApplication.translate("Pickup", "paid")
            if row.paid_online
            else QCoreApplication.translate("Pickup", "pay at pickup")
        )
        texts = [
            row.number,
            self._fmt.datetime(promised),
            state,
            str(row.items),
            "",
            row.claimed_by or "",
            payment,
        ]
        return texts, promised, placed

    # --- Qt --------------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[row][column]
        if role == Qt.ItemDataRole.ForegroundRole:
            if self._overdue[row] and self.COLUMNS[column] == "ready_by":
                return self._OVERDUE
            if self._rows[row].claimed_by == self._till_id and self.COLUMNS[column] == "till":
                return self._MINE
        if role == Qt.ItemDataRole.TextAlignmentRole and self.COLUMNS[column] == "items":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = {
            "number": QCoreApplication.translate("Pickup", "Order"),
            "ready_by": QCoreApplication.translate("Pickup", "Ready by"),
            "state": QCoreApplication.translate("Pickup", "State"),
            "items": QCoreApplication.translate("Pickup", "Lines"),
            "age": QCoreApplication.translate("Pickup", "Age"),
            "till": QCoreApplication.translate("Pickup", "Till"),
            "payment": QCoreApplication.translate("Pickup", "Payment"),
        }
        return titles[self.COLUMNS[section]]
