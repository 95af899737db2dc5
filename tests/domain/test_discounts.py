"""Discount values and the exact split of a cart discount over lines."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos.domain.discounts import Discount, spread
from pos.domain.errors import (
    DiscountExceedsAmount,
    DiscountNotPositive,
    DiscountOverHundredPercent,
    InvalidDiscount,
)

from .builders import money


@pytest.mark.parametrize("percent", ["0", "-5", "NaN"])
def test_percent_must_be_positive(percent: str) -> None:
    with pytest.raises(DiscountNotPositive):
        Discount.of_percent(percent)


def test_percent_over_hundred_is_refused() -> None:
    with pytest.raises(DiscountOverHundredPercent) as caught:
        Discount.of_percent("100.01")
    assert isinstance(caught.value, InvalidDiscount)


def test_amount_must_be_positive() -> None:
    with pytest.raises(DiscountNotPositive):
        Discount.of_amount(money("0"))
    with pytest.raises(DiscountNotPositive):
        Discount.of_amount(money("-1"))


def test_discount_never_takes_a_float() -> None:
    with pytest.raises(TypeError):
        Discount.of_percent(5.0)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Discount(percent=5.0)  # type: ignore[arg-type]


def test_percent_discount_rounds_half_up() -> None:
    assert Discount.of_percent(10).amount_on(money("0.05")) == money("0.01")  # 0.005 -> 0.01
    assert Discount.of_percent(100).amount_on(money("7.77")) == money("7.77")


def test_amount_discount_may_not_exceed_its_base() -> None:
    with pytest.raises(DiscountExceedsAmount):
        Discount.of_amount(money("5.01")).amount_on(money("5.00"))


def test_effective_percent_of_an_amount_is_exact() -> None:
    assert Discount.of_amount(money("1")).percent_of(money("3")) * 3 == 100
    assert Discount.of_percent(Decimal("12.5")).percent_of(money("3")) == Decimal("12.5")


def test_spread_gives_the_leftover_cents_to_the_largest_remainders() -> None:
    assert spread(100, [100, 100, 100]) == [34, 33, 33]
    assert spread(10, [100, 200, 700]) == [1, 2, 7]
    assert spread(0, [5, 5]) == [0, 0]
    assert spread(5, [0, 10]) == [0, 5]


def test_spread_refuses_more_than_the_weights() -> None:
    with pytest.raises(ValueError):
        spread(11, [5, 5])


@given(st.data())
def test_spread_shares_sum_exactly_and_stay_within_each_line(data: st.DataObject) -> None:
    weights = data.draw(st.lists(st.integers(0, 10**7), min_size=1, max_size=40))
    total = data.draw(st.integers(0, sum(weights)))
    shares = spread(total, weights)
    assert sum(shares) == total
    assert all(0 <= share <= weight for share, weight in zip(shares, weights, strict=True))
    # proportional: each share is within one minor unit of its exact value
    whole = sum(weights) or 1
    assert all(
        abs(share * whole - total * w) < whole for share, w in zip(shares, weights, strict=True)
    )
