"""What the pickup screen's pages share: the order number's form, the payment request an
unpaid handover leaves with, and what a page may ask of the pickup screen that holds it."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Protocol

from PySide6.QtWidgets import QWidget

from drivers.scanner import ScanRead
from pos.domain.pickup import PickList
from pos.services.pickup import PickupService
from pos.services.till import Till
from pos.store import StoredOrder
from pos.ui.bridge import Bridge

Listener = Callable[[ScanRead], None]
ORDER_NUMBER = re.compile(r"^W-\d{4,9}$")  # what pos.hub.pickup numbers orders


@dataclass(frozen=True, slots=True)
class PaymentRequest:
    """An unpaid order to be paid through the normal sale: what is handed over, per line."""

    stored: StoredOrder
    picks: PickList
    handed: dict[int, Decimal]


class PickupHost(Protocol):
    """The pickup screen, as its pages see it. ``busy``: a step is on its way to the hub
    (a second tap must not send it twice)."""

    till: Till
    bridge: Bridge
    service: PickupService
    busy: bool

    def show_message(self, text: str, kind: str = "error") -> None: ...
    def hide_message(self) -> None: ...
    def error(self, exc: BaseException) -> None: ...
    def show_queue(self) -> None: ...
    def show_page(self, page: QWidget) -> None: ...
    def request_payment(self, request: PaymentRequest) -> None: ...
    def dialog_parent(self) -> QWidget: ...
