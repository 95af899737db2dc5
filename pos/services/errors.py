"""Errors of the till's use cases, shown to people the same way as domain errors."""

from __future__ import annotations

from pos.domain.errors import DomainError
from pos.domain.i18n import QT_TRANSLATE_NOOP


class UnknownBarcode(DomainError):
    code = "unknown_barcode"
    template = QT_TRANSLATE_NOOP("DomainError", "Unknown barcode {barcode}: no product has it.")

    def __init__(self, barcode: str) -> None:
        super().__init__(barcode=barcode)


class WrongApprovalPin(DomainError):
    code = "wrong_approval_pin"
    template = QT_TRANSLATE_NOOP(
        "DomainError", "That PIN does not belong to a {role} or higher. Nothing was changed."
    )

    def __init__(self, role: str) -> None:
        super().__init__(role=role)


class NothingToReprint(DomainError):
    code = "nothing_to_reprint"
    template = QT_TRANSLATE_NOOP("DomainError", "There is no receipt to reprint yet.")


class ParkedSaleGone(DomainError):
    code = "parked_sale_gone"
    template = QT_TRANSLATE_NOOP("DomainError", "That parked sale was already recalled.")


class PrinterProblem(DomainError):
    code = "printer_problem"
    template = QT_TRANSLATE_NOOP(
        "DomainError",
        "Printer problem: {detail} The sale is saved; reprint when the printer is back.",
    )

    def __init__(self, detail: str) -> None:
        super().__init__(detail=detail)


class SignInLocked(DomainError):
    code = "sign_in_locked"
    template = QT_TRANSLATE_NOOP(
        "DomainError", "Too many wrong PINs. Try again in {seconds} seconds or ask a manager."
    )

    def __init__(self, seconds: int) -> None:
        super().__init__(seconds=seconds)


class PromoCodesNotSupportedYet(DomainError):
    """Raised by the router's placeholder until the customer-promo feature registers its
    handler for ``Route.PROMO``."""

    code = "promo_not_supported_yet"
    template = QT_TRANSLATE_NOOP(
        "DomainError", "Customer promo codes are not supported by this till yet. Nothing changed."
    )


class PickupCodesNotSupportedYet(DomainError):
    """Raised by the router's placeholder until click-and-collect registers its handler for
    ``Route.PICKUP``."""

    code = "pickup_not_supported_yet"
    template = QT_TRANSLATE_NOOP(
        "DomainError", "Pickup codes are not supported by this till yet. Nothing changed."
    )


class UnknownCode(DomainError):
    code = "unknown_code"
    template = QT_TRANSLATE_NOOP(
        "DomainError", "The scanned code is not a product or a code this till knows: {code}"
    )

    def __init__(self, code: str) -> None:
        super().__init__(code=code)


class UnknownReceipt(DomainError):
    code = "unknown_receipt"
    template = QT_TRANSLATE_NOOP("DomainError", "No receipt of this till has the id {sale_id}.")

    def __init__(self, sale_id: str) -> None:
        super().__init__(sale_id=sale_id)


class NoCardTerminal(DomainError):
    code = "no_card_terminal"
    template = QT_TRANSLATE_NOOP("DomainError", "No card terminal is set up at this till.")


class CardPaymentUnresolved(DomainError):
    code = "card_payment_unresolved"
    template = QT_TRANSLATE_NOOP(
        "DomainError",
        "A card payment of {amount} has an unknown outcome. Check it with the terminal "
        "(or a manager settles it) before taking another card payment.",
    )

    def __init__(self, amount: str) -> None:
        super().__init__(amount=amount)


class TerminalUnreachable(DomainError):
    code = "terminal_unreachable"
    template = QT_TRANSLATE_NOOP(
        "DomainError", "The card terminal cannot be reached ({detail}). Nothing was charged."
    )

    def __init__(self, detail: str) -> None:
        super().__init__(detail=detail)


class CardOutcomeStillUnknown(DomainError):
    code = "card_outcome_still_unknown"
    template = QT_TRANSLATE_NOOP(
        "DomainError",
        "The terminal could not say what became of the payment ({detail}). Try again, or a "
        "manager settles it from the terminal's printout.",
    )

    def __init__(self, detail: str) -> None:
        super().__init__(detail=detail)


class NothingToReverse(DomainError):
    code = "nothing_to_reverse"
    template = QT_TRANSLATE_NOOP("DomainError", "There is no approved card payment to reverse.")
