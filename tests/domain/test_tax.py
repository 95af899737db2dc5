"""Tax per rate on the whole receipt, rounded half-up once per rate."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from pos.domain.catalog import TaxRate
from pos.domain.money import EUR, Money
from pos.domain.tax import Pricing, compute_taxes

from .builders import VAT_A, VAT_B, VAT_C, VAT_ZERO, money

RATES = [VAT_A, VAT_B, VAT_C, VAT_ZERO]


def test_gross_pricing_extracts_tax_from_the_rate_total() -> None:
    summary = compute_taxes([(VAT_A, money("12.30"))], Pricing.GROSS, EUR)
    (line,) = summary.lines
    assert (line.gross, line.tax, line.net) == (money("12.30"), money("2.30"), money("10.00"))


def test_tax_is_rounded_on_the_rate_total_not_per_line() -> None:
    # Ten lines of 0.05: per line 0.0093 -> 0.01 each (0.10); on the total 0.50 -> 0.09.
    summary = compute_taxes([(VAT_A, money("0.05"))] * 10, Pricing.GROSS, EUR)
    assert summary.tax == money("0.09")


def test_gross_tax_rounds_an_exact_half_cent_up() -> None:
    # 0.03 at 20 %: tax = 0.03 * 0.2 / 1.2 = 0.005 exactly -> 0.01
    rate = TaxRate("X", Decimal("0.20"))
    assert compute_taxes([(rate, money("0.03"))], Pricing.GROSS, EUR).tax == money("0.01")


def test_net_pricing_adds_tax_on_top() -> None:
    summary = compute_taxes([(VAT_B, money("10.00")), (VAT_B, money("0.25"))], Pricing.NET, EUR)
    (line,) = summary.lines
    assert (line.net, line.tax, line.gross) == (money("10.25"), money("0.82"), money("11.07"))


def test_net_tax_rounds_half_up() -> None:
    # 0.10 * 0.05 = 0.005 -> 0.01
    assert compute_taxes([(VAT_C, money("0.10"))], Pricing.NET, EUR).tax == money("0.01")


def test_lines_are_sorted_by_code() -> None:
    summary = compute_taxes(
        [(VAT_C, money("1")), (VAT_A, money("1")), (VAT_B, money("1"))], Pricing.GROSS, EUR
    )
    assert [line.code for line in summary.lines] == ["A", "B", "C"]


def test_no_lines_no_taxes() -> None:
    summary = compute_taxes([], Pricing.GROSS, EUR)
    assert summary.lines == ()
    assert summary.gross == Money.zero(EUR)


amounts = st.lists(
    st.tuples(
        st.sampled_from(RATES), st.integers(0, 10**7).map(lambda m: Money.from_minor(m, EUR))
    ),
    max_size=30,
)


@given(amounts, st.sampled_from(list(Pricing)))
def test_per_rate_taxes_reconcile(items: list[tuple[TaxRate, Money]], pricing: Pricing) -> None:
    summary = compute_taxes(items, pricing, EUR)
    base = sum((m for _, m in items), Money.zero(EUR))
    for line in summary.lines:
        assert line.net + line.tax == line.gross
        assert not line.tax.is_negative()
    if pricing is Pricing.GROSS:
        assert summary.gross == base
    else:
        assert summary.net == base
    assert summary.net + summary.tax == summary.gross


@given(st.integers(0, 10**9), st.sampled_from(RATES))
def test_gross_tax_is_within_half_a_cent_of_the_exact_value(
    gross_minor: int, rate: TaxRate
) -> None:
    gross = Money.from_minor(gross_minor, EUR)
    tax = compute_taxes([(rate, gross)], Pricing.GROSS, EUR).tax
    exact_cents = Decimal(gross_minor) * rate.rate / (1 + rate.rate)
    assert abs(Decimal(tax.minor) - exact_cents) <= Decimal("0.5")
