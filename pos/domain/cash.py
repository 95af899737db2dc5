"""Banknotes and coins: the denominations a drawer holds, and a count of them.

A drawer is counted by denomination (the way a cashier counts: "seven 20s, three 5s"), so a
count keeps how many pieces of each and its total follows from them; a total typed alone
would hide a miscount. Values are integer minor units, so summing a count is exact.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType

from pos.domain.errors import InvalidCashCount, NoDenominations
from pos.domain.money import Currency, Money

MAX_PIECES = 99_999  # of one denomination in one count: more is a typing slip, not a drawer


class Form(StrEnum):
    COIN = "coin"
    NOTE = "note"


@dataclass(frozen=True, slots=True)
class Denomination:
    minor: int  # face value in minor units (grosze, cents, kopecks)
    form: Form


def _series(coins: tuple[int, ...], notes: tuple[int, ...]) -> tuple[Denomination, ...]:
    return tuple(Denomination(m, Form.COIN) for m in coins) + tuple(
        Denomination(m, Form.NOTE) for m in notes
    )


# In circulation in 2026, smallest first. Withdrawn pieces that are still legal tender but no
# longer seen in drawers (Ukraine's 1-25 kopiyok, the 5 and 10 rouble notes) are left out.
DENOMINATIONS: Mapping[str, tuple[Denomination, ...]] = MappingProxyType(
    {
        "PLN": _series(
            (1, 2, 5, 10, 20, 50, 100, 200, 500), (1_000, 2_000, 5_000, 10_000, 20_000, 50_000)
        ),
        "EUR": _series(
            (1, 2, 5, 10, 20, 50, 100, 200), (500, 1_000, 2_000, 5_000, 10_000, 20_000, 50_000)
        ),
        "RUB": _series(
            (1, 5, 10, 50, 100, 200, 500, 1_000),
            (5_000, 10_000, 20_000, 50_000, 100_000, 200_000, 500_000),
        ),
        "UAH": _series(
            (10, 50, 100, 200, 500, 1_000), (2_000, 5_000, 10_000, 20_000, 50_000, 100_000)
        ),
    }
)


def denominations(currency: Currency) -> tuple[Denomination, ...]:
    """The drawer's denominations for ``currency`` (raises NoDenominations when unknown)."""
    found = DENOMINATIONS.get(currency.code)
    if found is None:
        raise NoDenominations(currency.code)
    return found


@dataclass(frozen=True)
class CashCount:
    """Pieces per denomination (keyed by face value in minor units); zero counts dropped."""

    currency: Currency
    pieces: Mapping[int, int] = field(default_factory=dict, hash=False)

    def __post_init__(self) -> None:
        known = {d.minor for d in denominations(self.currency)}
        kept: dict[int, int] = {}
        for minor, count in self.pieces.items():
            if isinstance(count, bool) or not isinstance(count, int):
                raise InvalidCashCount(str(count))
            if minor not in known:
                raise InvalidCashCount(Money.from_minor(minor, self.currency).amount)
            if not 0 <= count <= MAX_PIECES:
                raise InvalidCashCount(count)
            if count:
                kept[minor] = count
        object.__setattr__(self, "pieces", MappingProxyType(dict(sorted(kept.items()))))

    @classmethod
    def empty(cls, currency: Currency) -> CashCount:
        return cls(currency)

    @property
    def total(self) -> Money:
        return Money.from_minor(
            sum(minor * count for minor, count in self.pieces.items()), self.currency
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CashCount):
            return NotImplemented
        return self.currency == other.currency and dict(self.pieces) == dict(other.pieces)

    def __hash__(self) -> int:
        return hash((self.currency, tuple(self.pieces.items())))
