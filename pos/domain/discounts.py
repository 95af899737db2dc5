"""Discounts and how a whole-cart discount is shared among the lines.

The cart discount is split over the lines (in minor units, largest remainder) so that every
line carries its exact share: per-rate tax is then computed on what was really charged, and
returns can refund a line at the price actually paid.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from pos.domain.errors import (
    DiscountExceedsAmount,
    DiscountNotPositive,
    DiscountOverHundredPercent,
)
from pos.domain.money import Money
from pos.domain.tax import round_fraction

HUNDRED = Decimal(100)


@dataclass(frozen=True, slots=True)
class Discount:
    """Either ``percent`` (0 < p <= 100) or a fixed ``amount`` (> 0) off, with a label."""

    percent: Decimal | None = None
    amount: Money | None = None
    label: str | None = None

    def __post_init__(self) -> None:
        if (self.percent is None) == (self.amount is None):
            raise TypeError("A discount is either a percent or an amount")
        if self.percent is not None:
            if not isinstance(self.percent, Decimal):
                raise TypeError("A discount percent must be a Decimal")
            if not self.percent.is_finite() or self.percent <= 0:
                raise DiscountNotPositive(self.percent)
            if self.percent > HUNDRED:
                raise DiscountOverHundredPercent(self.percent)
        if self.amount is not None and self.amount.amount <= 0:
            raise DiscountNotPositive(self.amount)

    @classmethod
    def of_percent(cls, percent: Decimal | int | str, label: str | None = None) -> Discount:
        if isinstance(percent, float):
            raise TypeError("A discount percent never takes a float")
        return cls(percent=Decimal(percent), label=label)

    @classmethod
    def of_amount(cls, amount: Money, label: str | None = None) -> Discount:
        return cls(amount=amount, label=label)

    def amount_on(self, base: Money) -> Money:
        """The money taken off ``base``; raises if a fixed amount is more than ``base``."""
        if self.percent is not None:
            return round_fraction(
                Fraction(base.amount) * Fraction(self.percent) / 100, base.currency
            )
        assert self.amount is not None
        if self.amount > base:
            raise DiscountExceedsAmount(self.amount, base)
        return self.amount

    def percent_of(self, base: Money) -> Fraction:
        """The discount's exact size in percent of ``base`` (for role limits)."""
        if self.percent is not None:
            return Fraction(self.percent)
        assert self.amount is not None
        if base.is_zero():
            return Fraction(100)
        return Fraction(self.amount.amount) * 100 / Fraction(base.amount)

    def __str__(self) -> str:
        return f"{self.percent} %" if self.percent is not None else str(self.amount)


def spread(total: int, weights: Sequence[int]) -> list[int]:
    """Split ``total`` minor units proportionally to ``weights`` (largest remainder).

    The shares sum exactly to ``total``; with ``0 <= total <= sum(weights)`` no share is
    negative or exceeds its weight. Ties go to the earlier weight, so the split is stable.
    """
    if any(weight < 0 for weight in weights):
        raise ValueError("weights must not be negative")
    whole = sum(weights)
    if total == 0:
        return [0] * len(weights)
    if not 0 < total <= whole:
        raise ValueError("total must be between 0 and the sum of the weights")
    shares = [total * weight // whole for weight in weights]
    remainders = [total * weight % whole for weight in weights]
    left = total - sum(shares)
    for index in sorted(range(len(weights)), key=lambda i: (-remainders[i], i))[:left]:
        shares[index] += 1
    return shares
