"""Variable-measure codes: restricted circulation numbers (EAN-13 prefixes 20-29) whose digits
carry an item code and a weight or a price printed by a scale or a labeller.

GS1 leaves the layout to each country and each store's scale setup, so it is a template the
store configures (``pos.config.VariableMeasureSettings``), not a fixed rule: prefix, item-code
digits, an optional price/weight check digit, value digits and decimals. ``biip`` knows a few
national layouts but not arbitrary ones; its GS1 check-digit functions are used here.

    2 8 | 0 1 0 0 1 | 0 1 2 5 0 | 7      prefix 28, item 01001 (PLU 1001), 1.250 kg, check
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from pos.domain.errors import (
    InvalidBarcode,
    InvalidMeasureLabel,
    LabelCheckDigitWrong,
    LabelDecimalsWrong,
    LabelLengthWrong,
    LabelPrefixesWrong,
)

EAN13_LENGTH = 13
RCN_PREFIXES = frozenset(f"2{d}" for d in range(10))


class MeasureKind(StrEnum):
    WEIGHT = "weight"  # kilograms
    PRICE = "price"  # the label's price in the store's currency


@dataclass(frozen=True, slots=True)
class VariableMeasureLayout:
    """Where the item code and the value sit in a 13-digit code with one of ``prefixes``."""

    prefixes: frozenset[str]
    item_digits: int
    kind: MeasureKind
    value_digits: int
    value_decimals: int
    value_check_digit: bool = False  # GS1 price/weight check digit before the value

    def __post_init__(self) -> None:
        """The one place the layout rules live: the settings file and the settings screen
        both build a layout to check one (translated messages, through DomainError)."""
        if not self.prefixes or not self.prefixes <= RCN_PREFIXES:
            raise LabelPrefixesWrong()
        used = 2 + self.item_digits + int(self.value_check_digit) + self.value_digits + 1
        if used != EAN13_LENGTH or self.item_digits < 1 or self.value_digits < 1:
            raise LabelLengthWrong(used)
        if self.value_check_digit and self.value_digits not in (4, 5):
            raise LabelCheckDigitWrong()
        if not 0 <= self.value_decimals <= self.value_digits:
            raise LabelDecimalsWrong()


@dataclass(frozen=True, slots=True)
class VariableMeasure:
    """What a variable-measure code says: which item, and its weight or price."""

    code: str
    item_code: str  # without leading zeros: the PLU the catalog keeps ("1001")
    kind: MeasureKind
    value: Decimal


def layout_for(
    code: str, layouts: tuple[VariableMeasureLayout, ...]
) -> VariableMeasureLayout | None:
    """The first layout whose prefixes include the code's; None for any other code."""
    if len(code) != EAN13_LENGTH:
        return None
    return next((layout for layout in layouts if code[:2] in layout.prefixes), None)


def read_variable_measure(code: str, layout: VariableMeasureLayout) -> VariableMeasure:
    """Split a 13-digit code by ``layout``; raises InvalidBarcode for a wrong check digit
    and InvalidMeasureLabel for a zero value or a wrong value check digit."""
    from biip.checksums import gs1_price_weight_check_digit, gs1_standard_check_digit

    if len(code) != EAN13_LENGTH or not code.isascii() or not code.isdigit():
        raise InvalidBarcode(code)
    if gs1_standard_check_digit(code[:-1]) != int(code[-1]):
        raise InvalidBarcode(code)
    position = 2 + layout.item_digits
    item = code[2:position]
    if layout.value_check_digit:
        expected = int(code[position])
        position += 1
    digits = code[position : position + layout.value_digits]
    if layout.value_check_digit and gs1_price_weight_check_digit(digits) != expected:
        raise InvalidMeasureLabel(code)
    value = Decimal(int(digits)).scaleb(-layout.value_decimals)
    if value <= 0:
        raise InvalidMeasureLabel(code)
    return VariableMeasure(code, item.lstrip("0") or "0", layout.kind, value)
