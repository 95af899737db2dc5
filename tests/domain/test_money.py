"""Money is exact Decimal at the currency's minor unit and never takes a float."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos.domain.errors import CurrencyMismatch, DomainError
from pos.domain.money import CHF, EUR, PLN, Money, round_half_up, round_to_step

minor = st.integers(min_value=-(10**12), max_value=10**12)


def test_money_rounds_half_up_to_the_minor_unit() -> None:
    assert Money(Decimal("1.005"), EUR).amount == Decimal("1.01")
    assert Money(Decimal("-1.005"), EUR).amount == Decimal("-1.01")
    assert Money(Decimal("1.004"), EUR).amount == Decimal("1.00")


def test_money_refuses_a_float_everywhere() -> None:
    with pytest.raises(TypeError):
        Money(1.5, EUR)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Money.of(1.5, EUR)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Money.of("1.50", EUR).times(1.5)  # type: ignore[arg-type]


def test_money_refuses_infinity_and_nan() -> None:
    with pytest.raises(ValueError):
        Money(Decimal("Infinity"), EUR)
    with pytest.raises(ValueError):
        Money(Decimal("NaN"), EUR)


def test_negative_zero_is_stored_as_zero() -> None:
    assert str(-Money.zero(EUR)) == "0.00 EUR"
    assert str(Money(Decimal("-0.001"), EUR).amount) == "0.00"


def test_mixing_currencies_raises_currency_mismatch_which_is_also_a_value_error() -> None:
    with pytest.raises(CurrencyMismatch) as caught:
        Money.of("1", EUR) + Money.of("1", PLN)
    assert isinstance(caught.value, DomainError)
    assert isinstance(caught.value, ValueError)
    assert caught.value.params == {"left": "EUR", "right": "PLN"}


def test_cash_rounding_step_rounds_half_up() -> None:
    assert round_to_step(Decimal("1.025"), Decimal("0.05")) == Decimal("1.05")
    assert round_to_step(Decimal("1.024"), Decimal("0.05")) == Decimal("1.00")
    assert round_half_up(Decimal("2.345"), Decimal("0.01")) == Decimal("2.35")
    assert CHF.cash_rounding == Decimal("0.05")


@given(minor, minor)
def test_addition_and_subtraction_are_exact_in_minor_units(a: int, b: int) -> None:
    x, y = Money.from_minor(a, EUR), Money.from_minor(b, EUR)
    assert (x + y).minor == a + b
    assert (x - y).minor == a - b
    assert (x + y) - y == x


@given(minor)
def test_minor_units_round_trip(a: int) -> None:
    m = Money.from_minor(a, EUR)
    assert m.minor == a
    assert Money.of(str(m.amount), EUR) == m


@given(st.integers(min_value=0, max_value=10**8), st.integers(min_value=1, max_value=9999))
def test_times_an_integer_quantity_is_exact(price_minor: int, qty: int) -> None:
    assert Money.from_minor(price_minor, EUR).times(qty).minor == price_minor * qty


@given(st.floats(allow_nan=False, allow_infinity=False))
def test_no_float_is_ever_accepted(value: float) -> None:
    with pytest.raises(TypeError):
        Money(value, EUR)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Money.of("1.00", EUR).times(value)  # type: ignore[arg-type]
