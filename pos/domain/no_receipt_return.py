"""Taking back goods without a receipt: what each item refunds, and the limits on it.

There is no sale to say what was paid, so an item refunds its shelf price today (the
catalog's gross unit price times the quantity, rounded once), in cash. Nothing proves the
goods were bought here, so the whole return has its own cap (``ReturnSettings.
no_receipt_cap``, lower than the offline cap), always needs a supervisor's PIN, and is
flagged on the document (``without_receipt``) for the manager to check. Pure, so the rules
read in one place.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from pos.domain.catalog import ProductInfo
from pos.domain.errors import DomainError, PermissionDenied
from pos.domain.i18n import QT_TRANSLATE_NOOP
from pos.domain.lines import validate_quantity
from pos.domain.money import Money
from pos.domain.pickup import NothingToReturn


class OverNoReceiptCap(DomainError):
    code = "return_no_receipt_cap"
    template = QT_TRANSLATE_NOOP(
        "DomainError",
        "Without a receipt at most {cap} can be refunded in one return. Nothing changed.",
    )

    def __init__(self, cap: str) -> None:
        super().__init__(cap=cap)


class NoReceiptNeedsPin(PermissionDenied):
    """Asked of every role: the PIN is the supervisor's signature on the flagged return."""

    code = "return_no_receipt_pin"
    template = QT_TRANSLATE_NOOP(
        "DomainError", "A return without a receipt needs a supervisor's PIN."
    )

    def __init__(self) -> None:
        DomainError.__init__(self)


class NetPricedStore(DomainError):
    code = "return_no_receipt_net"
    template = QT_TRANSLATE_NOOP(
        "DomainError",
        "This store prices net of tax: a return without a receipt cannot tell what was paid.",
    )


@dataclass(frozen=True, slots=True)
class BroughtBack:
    """One item the customer brings back without a receipt."""

    product: ProductInfo
    quantity: Decimal
    restock: bool = True
    marking_code: str | None = None  # as scanned from the item, byte-exact

    def __post_init__(self) -> None:
        validate_quantity(self.quantity, self.product.sold_by)

    @property
    def refund(self) -> Money:
        """Its shelf price for the quantity, rounded once."""
        return self.product.unit_price.times(self.quantity)


def check_no_receipt_return(items: Sequence[BroughtBack], cap: Money) -> Money:
    """The refund of ``items`` (``NothingToReturn`` for none, ``OverNoReceiptCap`` beyond
    ``cap``)."""
    if not items:
        raise NothingToReturn()
    total = sum((item.refund for item in items), Money.zero(cap.currency))
    if total.is_zero():
        raise NothingToReturn()
    if total > cap:
        raise OverNoReceiptCap(str(cap.amount))
    return total
