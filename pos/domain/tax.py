"""VAT on the whole receipt: one rounding per rate, never per line.

Rounding tax per line and adding up drifts by a cent or more on long receipts, and the
fiscal rule is per rate on the receipt total. Each rate's tax is rounded half-up to the
currency's minor unit, computed exactly (``Fraction``) so no binary or precision error
can tip a half-cent.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction

from pos.domain.catalog import TaxRate
from pos.domain.errors import CurrencyMismatch
from pos.domain.money import Currency, Money

_ZERO = Decimal(0)


class Pricing(StrEnum):
    """Do shelf prices include tax (``GROSS``, the default in retail) or not (``NET``)?"""

    GROSS = "gross"
    NET = "net"


@dataclass(frozen=True, slots=True)
class TaxLine:
    """One rate's totals on a receipt; ``net + tax == gross`` always."""

    code: str
    rate: Decimal
    net: Money
    tax: Money
    gross: Money


@dataclass(frozen=True, slots=True)
class TaxSummary:
    """The per-rate tax breakdown of a receipt, lines sorted by code (then rate)."""

    currency: Currency
    lines: tuple[TaxLine, ...]

    @property
    def net(self) -> Money:
        return _sum((line.net for line in self.lines), self.currency)

    @property
    def tax(self) -> Money:
        return _sum((line.tax for line in self.lines), self.currency)

    @property
    def gross(self) -> Money:
        return _sum((line.gross for line in self.lines), self.currency)


def _sum(amounts: Iterable[Money], currency: Currency) -> Money:
    total = Money.zero(currency)
    for amount in amounts:
        total = total + amount
    return total


def round_fraction(value: Fraction, currency: Currency) -> Money:
    """Round an exact rational amount half-up (away from zero) to the minor unit."""
    scaled = value * 10**currency.minor_units
    units = (abs(scaled.numerator) * 2 + scaled.denominator) // (2 * scaled.denominator)
    return Money.from_minor(units if scaled >= 0 else -units, currency)


def compute_taxes(
    amounts: Iterable[tuple[TaxRate, Money]], pricing: Pricing, currency: Currency
) -> TaxSummary:
    """Per-rate taxes of line ``amounts`` (line totals in ``pricing`` mode).

    Gross: ``tax = round(gross * rate / (1 + rate))``, ``net = gross - tax``.
    Net: ``tax = round(net * rate)``, ``gross = net + tax``.
    """
    exact: dict[tuple[str, Decimal], Decimal] = {}  # Decimals added, one Money per rate
    for rate, amount in amounts:
        if amount.currency != currency:
            raise CurrencyMismatch(currency.code, amount.currency.code)
        key = (rate.code, rate.rate)
        exact[key] = exact.get(key, _ZERO) + amount.amount
    lines = []
    for (code, rate_value), sum_amount in sorted(exact.items()):
        base = Money(sum_amount, currency)
        exact_rate = Fraction(rate_value)
        if pricing is Pricing.GROSS:
            tax = round_fraction(Fraction(base.amount) * exact_rate / (1 + exact_rate), currency)
            lines.append(TaxLine(code, rate_value, net=base - tax, tax=tax, gross=base))
        else:
            tax = round_fraction(Fraction(base.amount) * exact_rate, currency)
            lines.append(TaxLine(code, rate_value, net=base, tax=tax, gross=base + tax))
    return TaxSummary(currency, tuple(lines))
