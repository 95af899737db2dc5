"""What a till feature is, and what it may ask of the till screen.

A feature (selling, discounts, payment, pickup...) is one ``Feature`` subclass: it declares its
actions (key, label, the role it needs, its handler), opens its own dialogs and subscribes to the
events and scan routes it cares about. The screen (``pos.ui.shell``) builds the key row, the
function keys and the F1 help from the declared actions, so a new feature is one module plus one
line in ``pos.ui.features.registry`` — never three key tables kept in step by hand.

Features see the screen only through ``Screen``: the shell imports the features, never the other
way round (no import cycle, and a feature can be read without the 400 lines of the shell).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Protocol, TypeVar

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget

from drivers.scanner import ScanRead
from pos.domain.cart import Sale
from pos.domain.money import Money
from pos.domain.roles import Role
from pos.events import Event
from pos.services.till import Till
from pos.ui.bridge import Bridge

F = TypeVar("F", bound="Feature")
E = TypeVar("E", bound=Event)

SaleEnding = Callable[[Sale | None, bool], None]  # the sale that ends, and whether it was paid
SaleChanged = Callable[[Sale], None]
MODIFIERS = {
    "Ctrl": Qt.KeyboardModifier.ControlModifier,
    "Shift": Qt.KeyboardModifier.ShiftModifier,
    "Alt": Qt.KeyboardModifier.AltModifier,
}


@dataclass(frozen=True, slots=True)
class TillAction:
    """One thing the cashier can do from the till screen with a key.

    ``key`` is written as printed on the keyboard ("F8", "Ctrl+E"); ``label`` is already
    translated. Key-row labels are translated in the ``TillScreen`` context, wherever the feature
    lives, so a translator sees the whole key row together (its labels must stay short).
    ``role`` is the least role of the signed-in user that may run it; below it ``refused`` is
    shown and the handler never runs (actions a supervisor's PIN can allow keep ``CASHIER`` and
    ask for the PIN themselves). ``on_key_row`` False: keyboard only, listed in the F1 help.
    """

    key: str
    label: str
    handler: Callable[[], None]
    role: Role = Role.CASHIER
    refused: str = ""
    on_key_row: bool = True

    @property
    def sort_key(self) -> tuple[int, int, str]:
        """Key-row order: F1..F12, then Ctrl+letter alphabetically."""
        if self.key.startswith("F") and self.key[1:].isdigit():
            return (0, int(self.key[1:]), "")
        return (1, 0, self.key)

    def qt_key(self) -> tuple[Qt.Key, Qt.KeyboardModifier]:
        """The key press that runs it: "Ctrl+E" -> (Key_E, ControlModifier)."""
        *held, name = self.key.split("+")
        modifier = Qt.KeyboardModifier.NoModifier
        for part in held:
            modifier |= MODIFIERS[part]
        return Qt.Key[f"Key_{name}"], modifier


class Screen(Protocol):
    """What the till screen offers its features."""

    till: Till
    bridge: Bridge
    sale: Sale | None
    last_change: Money | None
    sale_ending: list[SaleEnding]
    sale_changed: list[SaleChanged]
    scan_listener: Callable[[ScanRead], None] | None

    def feature(self, kind: type[F]) -> F: ...
    def subscribe(self, kind: type[E], handler: Callable[[E], None]) -> None: ...
    def handle_read(self, read: ScanRead, quantity: Decimal | None = None) -> None: ...
    def new_sale(self, *, paid: bool = False) -> None: ...
    def replace_sale(self, sale: Sale | None) -> None: ...
    def require_sale(self) -> Sale: ...
    def refresh(self) -> None: ...
    def back_to_scan(self) -> None: ...
    def show_message(self, text: str, kind: str = "error", seconds: int = 6) -> None: ...
    def hide_message(self) -> None: ...
    def show_error(self, exc: BaseException) -> None: ...
    def scan_error(self, exc: BaseException) -> None: ...
    def selected_line_no(self) -> int | None: ...
    def need_line(self) -> int | None: ...
    def dock_beside_cart(self, panel: QWidget) -> None: ...
    def undock(self, panel: QWidget, title: str) -> None: ...
    def widget(self) -> QWidget: ...


class Feature(QObject):
    """One feature of the till screen. Subclasses declare ``actions()`` and wire themselves up
    in ``__init__`` (events from ``screen.bridge.core_event``, routes on ``till.scan_router``,
    sale hooks). ``attach()`` runs once every feature exists, for features that use another."""

    def __init__(self, screen: Screen) -> None:
        super().__init__(screen.widget())
        self.screen = screen
        self.till = screen.till
        self.bridge = screen.bridge

    @property
    def parent_widget(self) -> QWidget:
        """The parent for this feature's dialogs: the till screen."""
        return self.screen.widget()

    def actions(self) -> Sequence[TillAction]:
        return ()

    def attach(self) -> None:
        """Every feature exists now: look up the ones this one works with."""

    def signed_in(self) -> None:
        """A user signed in and the screen is ready to scan."""
