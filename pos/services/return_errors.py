"""What can stop a return of an in-store sale, each with a message the cashier can act on."""

from __future__ import annotations

from pos.domain.errors import DomainError
from pos.domain.i18n import QT_TRANSLATE_NOOP


class SaleNotFound(DomainError):
    code = "return_sale_not_found"
    template = QT_TRANSLATE_NOOP(
        "DomainError",
        "No sale {wanted} was found at this till or at the hub. Check the receipt number.",
    )

    def __init__(self, wanted: str) -> None:
        super().__init__(wanted=wanted)


class SaleWasVoided(DomainError):
    code = "return_sale_voided"
    template = QT_TRANSLATE_NOOP(
        "DomainError", "Sale {sale} was voided: nothing was paid, so nothing can come back."
    )

    def __init__(self, sale: str) -> None:
        super().__init__(sale=sale)


class ReturnOfReturn(DomainError):
    code = "return_of_return"
    template = QT_TRANSLATE_NOOP(
        "DomainError", "This is the slip of a return: a return cannot be taken back again."
    )


class OverOfflineCap(DomainError):
    code = "return_offline_cap"
    template = QT_TRANSLATE_NOOP(
        "DomainError",
        "The hub cannot be reached to check other tills' returns: at most {cap} can be "
        "refunded now. Nothing changed.",
    )

    def __init__(self, cap: str) -> None:
        super().__init__(cap=cap)
