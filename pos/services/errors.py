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


class ApprovalLocked(DomainError):
    """Too many wrong approval PINs: the approvers asked for are locked for a while."""

    code = "approval_locked"
    template = QT_TRANSLATE_NOOP(
        "DomainError",
        "Too many wrong approval PINs. Approvals are locked for {seconds} seconds;"
        " a manager will be told.",
    )

    def __init__(self, seconds: int) -> None:
        super().__init__(seconds=seconds)


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


# --- customers' promo codes (each way a code can be wrong has its own message) ------------


class PromoCodeProblem(DomainError):
    """Base of the promo code refusals: nothing was applied."""

    code = "promo_code_problem"
    template = QT_TRANSLATE_NOOP("DomainError", "This promo code cannot be used. Nothing changed.")


class PromoCodeTooLong(PromoCodeProblem):
    code = "promo_code_too_long"
    template = QT_TRANSLATE_NOOP(
        "DomainError", "This QR code is far too long to be a promo code. Nothing changed."
    )


class PromoCodeMalformed(PromoCodeProblem):
    code = "promo_code_malformed"
    template = QT_TRANSLATE_NOOP(
        "DomainError",
        "This promo code is damaged or incomplete (scan it again, or ask the customer to "
        "open it again). Nothing changed.",
    )


class PromoCodeNewerVersion(PromoCodeProblem):
    code = "promo_code_newer_version"
    template = QT_TRANSLATE_NOOP(
        "DomainError", "This promo code is of a newer kind than this till reads. Nothing changed."
    )


class PromoCodeUnknownKey(PromoCodeProblem):
    code = "promo_code_unknown_key"
    template = QT_TRANSLATE_NOOP(
        "DomainError",
        "This promo code was signed with a key the till does not know (key {key_id}): sync "
        "with the hub and scan again. Nothing changed.",
    )

    def __init__(self, key_id: str) -> None:
        super().__init__(key_id=key_id)


class PromoCodeForged(PromoCodeProblem):
    code = "promo_code_forged"
    template = QT_TRANSLATE_NOOP(
        "DomainError",
        "This promo code is forged or altered: its signature does not match. Nothing changed.",
    )


class PromoCodeNotPromo(PromoCodeProblem):
    code = "promo_code_not_promo"
    template = QT_TRANSLATE_NOOP(
        "DomainError", "This QR code is a genuine code, but not a promo code. Nothing changed."
    )


class PromoCodeNotYetValid(PromoCodeProblem):
    code = "promo_code_not_yet_valid"
    template = QT_TRANSLATE_NOOP(
        "DomainError", "This promo code is valid from {when} only. Nothing changed."
    )

    def __init__(self, when: str) -> None:
        super().__init__(when=when)


class PromoCodeExpired(PromoCodeProblem):
    code = "promo_code_expired"
    template = QT_TRANSLATE_NOOP(
        "DomainError", "This promo code expired on {when}. Nothing changed."
    )

    def __init__(self, when: str) -> None:
        super().__init__(when=when)


class PromoCodeOtherStore(PromoCodeProblem):
    code = "promo_code_other_store"
    template = QT_TRANSLATE_NOOP(
        "DomainError", "This promo code is valid in {stores} only, not here. Nothing changed."
    )

    def __init__(self, stores: str) -> None:
        super().__init__(stores=stores)


class PromoCodeUsed(PromoCodeProblem):
    code = "promo_code_used"
    template = QT_TRANSLATE_NOOP(
        "DomainError", "This promo code has already been used. Nothing changed."
    )


class PromoConsentWithdrawn(PromoCodeProblem):
    code = "promo_consent_withdrawn"
    template = QT_TRANSLATE_NOOP(
        "DomainError",
        "This customer has withdrawn consent to share their data: the code cannot be used "
        "at the till. Nothing changed.",
    )


class PromotionEnded(PromoCodeProblem):
    code = "promotion_ended"
    template = QT_TRANSLATE_NOOP(
        "DomainError", "The promotion of this code is over or was withdrawn. Nothing changed."
    )


class PromoNoKeys(PromoCodeProblem):
    code = "promo_no_keys"
    template = QT_TRANSLATE_NOOP(
        "DomainError",
        "The till has not received the hub's keys yet, so it cannot check promo codes: sync "
        "with the hub and scan again. Nothing changed.",
    )


class PromoUnknownPromotion(PromoCodeProblem):
    code = "promo_unknown_promotion"
    template = QT_TRANSLATE_NOOP(
        "DomainError",
        "The till does not know this code's promotion yet and the hub cannot be reached. "
        "Nothing changed.",
    )


class PromoHubOffline(PromoCodeProblem):
    code = "promo_hub_offline"
    template = QT_TRANSLATE_NOOP(
        "DomainError",
        "The hub cannot be reached, so the customer's history cannot be shown and this code "
        "cannot be honoured offline here. Nothing changed.",
    )


class PromoCustomerAttached(PromoCodeProblem):
    code = "promo_customer_attached"
    template = QT_TRANSLATE_NOOP(
        "DomainError",
        "A customer is already attached to this sale: remove them in the customer panel "
        "first. Nothing changed.",
    )


class ProductNotInCatalog(DomainError):
    code = "product_not_in_catalog"
    template = QT_TRANSLATE_NOOP(
        "DomainError",
        "{name} is not in this till's catalog (yet): sync with the hub, or scan it. "
        "Nothing changed.",
    )

    def __init__(self, name: str) -> None:
        super().__init__(name=name)
