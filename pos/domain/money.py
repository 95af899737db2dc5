"""Money as ``Decimal`` amounts tied to a currency.

Floats never enter: constructing ``Money`` from a float raises, so a rounding error cannot
slip in from a careless caller.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from pos.domain.errors import CurrencyMismatch


@dataclass(frozen=True, slots=True)
class Currency:
    """ISO 4217 currency with its minor unit and the cash rounding step used at this till."""

    code: str
    minor_units: int = 2
    cash_rounding: Decimal | None = None  # e.g. Decimal("0.05"); None = no cash rounding

    @property
    def quantum(self) -> Decimal:
        return Decimal(1).scaleb(-self.minor_units)


EUR = Currency("EUR")
PLN = Currency("PLN")
UAH = Currency("UAH")
RUB = Currency("RUB")
CHF = Currency("CHF", cash_rounding=Decimal("0.05"))


_ZEROS: dict[Currency, Money] = {}


@dataclass(frozen=True, slots=True)
class Money:
    """An exact amount in one currency, always held at the currency's minor unit."""

    amount: Decimal
    currency: Currency

    def __post_init__(self) -> None:
        if not isinstance(self.amount, Decimal):
            raise TypeError(f"Money needs a Decimal, got {type(self.amount).__name__}")
        if not self.amount.is_finite():
            raise ValueError("Money must be finite")
        amount = round_half_up(self.amount, self.currency.quantum)
        if amount.is_zero():
            amount = amount.copy_abs()  # "-0.00" would leak into documents and displays
        object.__setattr__(self, "amount", amount)

    @classmethod
    def of(cls, amount: str | int | Decimal, currency: Currency) -> Money:
        if isinstance(amount, float):  # pragma: no cover - guarded by typing too
            raise TypeError("Money never takes a float")
        return cls(Decimal(amount), currency)

    @classmethod
    def zero(cls, currency: Currency) -> Money:
        """One shared zero per currency (Money is immutable): the sale asks for a zero per
        line and figure after every scan."""
        known = _ZEROS.get(currency)
        if known is None:
            known = _ZEROS[currency] = cls(Decimal(0), currency)
        return known

    @classmethod
    def from_minor(cls, minor: int, currency: Currency) -> Money:
        return cls(Decimal(minor).scaleb(-currency.minor_units), currency)

    @property
    def minor(self) -> int:
        """The amount in integer minor units (cents, grosze, kopecks)."""
        return int(self.amount.scaleb(self.currency.minor_units))

    def _same(self, other: Money) -> None:
        if other.currency != self.currency:
            raise CurrencyMismatch(self.currency.code, other.currency.code)

    def __add__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.amount + other.amount, self.currency)

    def __sub__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.amount - other.amount, self.currency)

    def __neg__(self) -> Money:
        return Money(-self.amount, self.currency)

    def __lt__(self, other: Money) -> bool:
        self._same(other)
        return self.amount < other.amount

    def __le__(self, other: Money) -> bool:
        self._same(other)
        return self.amount <= other.amount

    def __gt__(self, other: Money) -> bool:
        self._same(other)
        return self.amount > other.amount

    def __ge__(self, other: Money) -> bool:
        self._same(other)
        return self.amount >= other.amount

    def times(self, factor: Decimal | int) -> Money:
        """Multiply by an exact factor (a quantity, a weight), rounding half-up once."""
        if isinstance(factor, bool) or not isinstance(factor, Decimal | int):
            raise TypeError(f"Money.times needs a Decimal or int, got {type(factor).__name__}")
        return Money(self.amount * Decimal(factor), self.currency)

    def is_zero(self) -> bool:
        return self.amount == 0

    def is_negative(self) -> bool:
        return self.amount < 0

    def __str__(self) -> str:
        return f"{self.amount} {self.currency.code}"


def round_half_up(value: Decimal, quantum: Decimal) -> Decimal:
    """Commercial rounding to ``quantum`` (half away from zero), as tax law expects."""
    return value.quantize(quantum, rounding=ROUND_HALF_UP)


def round_to_step(value: Decimal, step: Decimal) -> Decimal:
    """Round to the nearest multiple of ``step`` (cash rounding: 0.05, 1.00), half-up."""
    units = (value / step).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return units * step
