"""What the till knows about a product at the moment it is sold."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from pos.domain.money import Money


class SoldBy(StrEnum):
    PIECE = "piece"
    WEIGHT = "weight"  # kilograms, three decimals


@dataclass(frozen=True, slots=True)
class TaxRate:
    """A VAT rate as the receipt shows it: ``code`` is the letter/label printed (A, B, ...)."""

    code: str
    rate: Decimal  # 0.23 for 23 %

    def __post_init__(self) -> None:
        if not isinstance(self.rate, Decimal) or not (Decimal(0) <= self.rate < Decimal(1)):
            raise ValueError(f"Tax rate must be a Decimal in [0, 1), got {self.rate!r}")


@dataclass(frozen=True, slots=True)
class ProductInfo:
    """A catalog product as the cart needs it; built by the store from the local cache."""

    product_id: str
    sku: str
    name: str
    unit_price: Money  # per piece or per kg, in the store's pricing mode (gross by default)
    tax: TaxRate
    sold_by: SoldBy = SoldBy.PIECE
    category: str | None = None
    barcode: str | None = None  # the code it was found by, kept on the sale line
    category_id: str | None = None  # the catalog's category id (promotions name categories)
