"""Panels docked beside the cart (the customer's view), or in a window of their own.

While a panel shows beside the cart it takes its room from the totals column, not from the
cart: the cashier must still read the item names.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QHBoxLayout, QWidget

# The totals column's least width (px): with and without a panel docked beside the cart.
SIDE_WIDE = 360
SIDE_NARROW = 280


class PanelDock(QObject):
    def __init__(self, owner: QWidget, body: QHBoxLayout, side: QWidget) -> None:
        super().__init__(owner)
        self._owner = owner
        self._body = body
        self._side = side
        self._panels: list[QWidget] = []
        side.setMinimumWidth(SIDE_WIDE)

    def dock(self, panel: QWidget) -> None:
        """The panel between the cart and the totals (again), as visible as it was."""
        if panel not in self._panels:
            self._panels.append(panel)
            panel.installEventFilter(self)
        was_visible = panel.isVisible()
        if panel.isWindow():
            panel.setParent(self._owner)
        self._body.insertWidget(self._body.indexOf(self._side), panel, 2)
        panel.setVisible(was_visible)

    def undock(self, panel: QWidget, title: str) -> None:
        """The panel in its own window, owned by the till's window (closes with it)."""
        self._body.removeWidget(panel)
        panel.setParent(self._owner.window(), Qt.WindowType.Window)
        panel.setWindowTitle(title)
        panel.resize(640, 560)
        panel.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched in self._panels and event.type() in (
            QEvent.Type.Show,
            QEvent.Type.Hide,
            QEvent.Type.ParentChange,
        ):
            docked = any(p.isVisibleTo(self._owner) and not p.isWindow() for p in self._panels)
            self._side.setMinimumWidth(SIDE_NARROW if docked else SIDE_WIDE)
            self._body.setStretchFactor(self._side, 1 if docked else 2)
        return super().eventFilter(watched, event)
