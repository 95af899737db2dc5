"""What the clerk is told when a pickup step cannot be done (nothing changed in each case)."""

from __future__ import annotations

from pos.domain.errors import DomainError
from pos.domain.i18n import QT_TRANSLATE_NOOP


class UnknownPickupOrder(DomainError):
    code = "pickup_unknown_order"
    template = QT_TRANSLATE_NOOP("DomainError", "No pickup order {key} at this store.")

    def __init__(self, key: str) -> None:
        super().__init__(key=key)


class OrderTakenElsewhere(DomainError):
    code = "pickup_claimed"
    template = QT_TRANSLATE_NOOP(
        "DomainError", "Order {number} is being handled at till {till}. Nothing changed here."
    )

    def __init__(self, number: str, till: str) -> None:
        super().__init__(number=number, till=till)


class PickupNeedsHub(DomainError):
    code = "pickup_needs_hub"
    template = QT_TRANSLATE_NOOP(
        "DomainError",
        "Checking a typed pickup code needs the hub, which cannot be reached now. Nothing was "
        "handed over; try again when the till is back online.",
    )


class PickupCodeInvalid(DomainError):
    code = "pickup_code_invalid"
    template = QT_TRANSLATE_NOOP(
        "DomainError",
        "No order has this pickup code and surname. Check both with the customer.",
    )


class PickupWrongStore(DomainError):
    code = "pickup_wrong_store"
    template = QT_TRANSLATE_NOOP(
        "DomainError", "This order is for pickup at {store}, not at this store."
    )

    def __init__(self, store: str) -> None:
        super().__init__(store=store)


class OrderNotReady(DomainError):
    code = "pickup_not_ready"
    template = QT_TRANSLATE_NOOP(
        "DomainError",
        "Order {number} cannot be handed over now: it is not ready yet, or already closed.",
    )

    def __init__(self, number: str) -> None:
        super().__init__(number=number)


class PickupStepRefused(DomainError):
    code = "pickup_refused"
    template = QT_TRANSLATE_NOOP(
        "DomainError",
        "The hub refused this step for order {number} ({reason}). This till now shows the "
        "order as the hub has it.",
    )

    def __init__(self, number: str, reason: str) -> None:
        super().__init__(number=number, reason=reason)


class OrderCancelledWhilePicking(DomainError):
    code = "pickup_cancelled"
    template = QT_TRANSLATE_NOOP(
        "DomainError",
        "Order {number} was cancelled by the web shop. Stop picking and put the items back.",
    )

    def __init__(self, number: str) -> None:
        super().__init__(number=number)


class PickupQrInvalid(DomainError):
    code = "pickup_qr_invalid"
    template = QT_TRANSLATE_NOOP(
        "DomainError",
        "This is not a valid pickup QR code (damaged, altered, or not one of ours). Nothing "
        "changed; ask for the typed pickup code instead.",
    )


class PickupQrUnknownKey(DomainError):
    code = "pickup_qr_unknown_key"
    template = QT_TRANSLATE_NOOP(
        "DomainError",
        "This till cannot check this pickup QR code yet (the hub's new key has not reached it). "
        "Sync with the hub (Ctrl+S) or use the typed pickup code.",
    )


class PickupQrExpired(DomainError):
    code = "pickup_qr_expired"
    template = QT_TRANSLATE_NOOP(
        "DomainError",
        "This pickup QR code has expired: the order was not collected in time.",
    )


class PickupCodeAttemptsExceeded(DomainError):
    code = "pickup_code_attempts"
    template = QT_TRANSLATE_NOOP(
        "DomainError",
        "Too many wrong pickup codes from this till: wait a few minutes, or scan the "
        "customer's pickup QR code.",
    )
