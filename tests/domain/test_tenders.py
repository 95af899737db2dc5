"""Paying: cash and card tenders, cash rounding, change, and completing the sale."""

from __future__ import annotations

import copy
from decimal import Decimal

import pytest

from pos.domain.cart import Sale, SaleState
from pos.domain.errors import (
    CurrencyMismatch,
    EmptySale,
    InsufficientPayment,
    InvalidTender,
    TenderExceedsDue,
    TenderNotFound,
)
from pos.domain.money import CHF, EUR, PLN, Currency, Money
from pos.domain.roles import Role
from pos.domain.tenders import TenderKind

from .builders import money, new_sale, product


def chf(amount: str) -> Money:
    return Money.of(amount, CHF)


def chf_sale(total: str) -> Sale:
    sale = new_sale(CHF)
    sale.add(product(total, currency=CHF))
    return sale


def test_exact_cash_payment_completes_with_no_change() -> None:
    sale = new_sale()
    sale.add(product("12.30"))
    sale.add_tender(TenderKind.CASH, money("12.30"))
    assert sale.balance_due == Money.zero(EUR)
    record = sale.complete()
    assert record.change == Money.zero(EUR)
    assert record.amount_due == money("12.30")
    assert sale.state is SaleState.COMPLETED


def test_cash_over_the_total_gives_change() -> None:
    sale = new_sale()
    sale.add(product("12.30"))
    tender = sale.add_tender(TenderKind.CASH, money("20.00"))
    assert tender.amount == money("12.30")
    assert tender.received == money("20.00")
    assert sale.change == money("7.70")


@pytest.mark.parametrize(
    ("total", "due", "rounding"),
    [
        ("10.02", "10.00", "-0.02"),
        ("10.03", "10.05", "0.02"),
        ("10.025", "10.05", "0.02"),  # price rounds to 10.03 first
        ("10.07", "10.05", "-0.02"),
        ("10.08", "10.10", "0.02"),
        ("10.05", "10.05", "0.00"),
    ],
)
def test_cash_rounding_to_five_cents_rounds_half_up(total: str, due: str, rounding: str) -> None:
    sale = chf_sale(total)
    sale.add_tender(TenderKind.CASH, chf("50.00"))
    assert sale.amount_due == chf(due)
    assert sale.rounding == chf(rounding)
    assert sale.change == chf("50.00") - chf(due)


def test_cash_rounding_exact_half_step_rounds_up() -> None:
    # a 0.05 step never meets an exact half in cents; a 0.10 step does (x.x5)
    dimes = Currency("SEK", 2, cash_rounding=Decimal("0.10"))
    sale = new_sale(dimes)
    sale.add(product("10.05", currency=dimes))
    sale.add_tender(TenderKind.CASH, Money.of("20", dimes))
    assert sale.amount_due == Money.of("10.10", dimes)
    assert sale.rounding == Money.of("0.05", dimes)


def test_a_total_that_rounds_away_in_cash_is_paid_with_nothing() -> None:
    sale = chf_sale("0.02")
    assert sale.cash_due == chf("0.00")
    sale.add_tender(TenderKind.CASH, chf("0"))
    record = sale.complete()
    assert record.amount_due == chf("0.00")
    assert record.rounding == chf("-0.02")


def test_cash_of_nothing_is_refused_while_cash_is_still_due() -> None:
    sale = chf_sale("0.03")  # rounds up to 0.05
    with pytest.raises(InvalidTender):
        sale.add_tender(TenderKind.CASH, chf("0"))
    with pytest.raises(InvalidTender):
        sale.add_tender(TenderKind.CARD, chf("0"))


def test_card_payment_is_never_rounded() -> None:
    sale = chf_sale("10.02")
    assert sale.balance_due == chf("10.02")
    assert sale.cash_due == chf("10.00")
    sale.add_tender(TenderKind.CARD, chf("10.02"), {"auth": "123456"})
    record = sale.complete()
    assert record.rounding == chf("0")
    assert record.amount_due == chf("10.02")
    assert record.tenders[0].details == {"auth": "123456"}


def test_split_tender_rounds_only_the_cash_remainder() -> None:
    sale = chf_sale("10.08")
    sale.add_tender(TenderKind.CARD, chf("5.00"))
    assert sale.balance_due == chf("5.08")
    assert sale.cash_due == chf("5.10")
    sale.add_tender(TenderKind.CASH, chf("10.00"))
    assert sale.rounding == chf("0.02")
    assert sale.amount_due == chf("10.10")
    assert sale.change == chf("4.90")
    record = sale.complete()
    assert [t.amount for t in record.tenders] == [chf("5.00"), chf("5.10")]


def test_partial_cash_then_card_pays_the_exact_rest() -> None:
    sale = chf_sale("10.02")
    sale.add_tender(TenderKind.CASH, chf("5.00"))
    assert sale.balance_due == chf("5.00")
    sale.add_tender(TenderKind.CARD, chf("5.02"))
    record = sale.complete()
    assert record.rounding == chf("0")
    assert record.amount_due == chf("10.02")
    assert record.change == chf("0")


def test_no_rounding_in_a_currency_without_a_cash_step() -> None:
    sale = new_sale()
    sale.add(product("10.02"))
    sale.add_tender(TenderKind.CASH, money("20"))
    assert sale.rounding == Money.zero(EUR)
    assert sale.change == money("9.98")


def test_a_card_tender_may_not_exceed_what_is_left() -> None:
    sale = new_sale()
    sale.add(product("10.00"))
    sale.add_tender(TenderKind.CASH, money("4.00"))
    before = copy.deepcopy(sale)
    with pytest.raises(TenderExceedsDue) as caught:
        sale.add_tender(TenderKind.CARD, money("6.01"))
    assert caught.value.params["due"] == "6.00 EUR"
    assert sale == before


@pytest.mark.parametrize("amount", ["0", "-1.00"])
def test_a_tender_must_be_positive(amount: str) -> None:
    sale = new_sale()
    sale.add(product("1.00"))
    before = copy.deepcopy(sale)
    with pytest.raises(InvalidTender):
        sale.add_tender(TenderKind.CASH, money(amount))
    assert sale == before


def test_no_tender_once_fully_paid() -> None:
    sale = new_sale()
    sale.add(product("1.00"))
    sale.add_tender(TenderKind.CASH, money("1.00"))
    before = copy.deepcopy(sale)
    with pytest.raises(TenderExceedsDue):
        sale.add_tender(TenderKind.CASH, money("1.00"))
    assert sale == before


def test_a_tender_in_another_currency_is_refused() -> None:
    sale = new_sale()
    sale.add(product("1.00"))
    with pytest.raises(CurrencyMismatch):
        sale.add_tender(TenderKind.CASH, Money.of("1", PLN))
    assert sale.tenders == ()


def test_no_tender_on_an_empty_sale() -> None:
    sale = new_sale()
    with pytest.raises(EmptySale):
        sale.add_tender(TenderKind.CASH, money("1.00"))


def test_tender_less_than_total_cannot_complete_and_changes_nothing() -> None:
    sale = new_sale()
    sale.add(product("12.30"))
    sale.add_tender(TenderKind.CASH, money("10.00"))
    before = copy.deepcopy(sale)
    with pytest.raises(InsufficientPayment) as caught:
        sale.complete()
    assert caught.value.params == {"due": "12.30 EUR", "paid": "10.00 EUR", "balance": "2.30 EUR"}
    assert sale == before
    assert sale.state is SaleState.OPEN


def test_an_empty_sale_cannot_complete() -> None:
    sale = new_sale()
    with pytest.raises(EmptySale):
        sale.complete()


def test_a_fully_voided_sale_is_empty() -> None:
    sale = new_sale()
    sale.add(product())
    sale.void_line(1, "x", by_role=Role.MANAGER)
    with pytest.raises(EmptySale):
        sale.complete()


def test_removing_a_tender_reopens_the_balance_and_allows_edits() -> None:
    sale = new_sale()
    sale.add(product("5.00"))
    tender = sale.add_tender(TenderKind.CARD, money("5.00"))
    sale.remove_tender(tender.tender_id)
    assert sale.balance_due == money("5.00")
    sale.add(product("5.00"))
    with pytest.raises(TenderNotFound):
        sale.remove_tender("nope")


def test_tender_ids_are_kept_when_given() -> None:
    sale = new_sale()
    sale.add(product("5.00"))
    assert sale.add_tender(TenderKind.CASH, money("5"), tender_id="t-1").tender_id == "t-1"
