"""Returns of in-store sales: what is left to take back, and never a cent more than was paid."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from pos.domain.cart import Sale
from pos.domain.discounts import Discount
from pos.domain.documents import CompletedSale
from pos.domain.money import EUR, PLN, Money
from pos.domain.pickup import NothingToReturn
from pos.domain.roles import Action, Role
from pos.domain.sale_return import (
    NetPricedSale,
    ReturnedSoFar,
    SaleReturnLine,
    SaleReturnTooMuch,
    WrongCurrency,
    check_sale_return,
    returnable_lines,
    split_refund,
)
from pos.domain.tax import Pricing
from pos.domain.tenders import TenderKind

from .builders import approval, money, new_sale, product, weighed


def discounted_sale() -> Sale:
    """3 mugs at 10.00 with 20 % off the line, a 5.00 towel, a voided pen, 10 % off the cart."""
    sale = new_sale()
    sale.add(product("10.00", product_id="mug"), 3)
    sale.add(product("5.00", product_id="towel"))
    sale.add(product("2.00", product_id="pen"))
    sale.discount_line(1, Discount.of_percent(20, "staff"), Role.CASHIER, approval(Action.DISCOUNT))
    sale.void_line(3, "scan error", approval(Action.VOID_LINE))
    sale.discount_cart(Discount.of_percent(10, "promo"), Role.MANAGER)
    return sale


def paid(sale: Sale, *tenders: tuple[TenderKind, str]) -> CompletedSale:
    for kind, amount in tenders or ((TenderKind.CASH, str(sale.amount_due.amount)),):
        sale.add_tender(kind, money(amount))
    return sale.complete()


def lines_of(sale: CompletedSale, **returned: tuple[str, str]) -> tuple[SaleReturnLine, ...]:
    before = {int(no[1:]): ReturnedSoFar(Decimal(q), money(a)) for no, (q, a) in returned.items()}
    return returnable_lines(sale, before, EUR)


def test_a_line_refunds_what_was_paid_for_it_not_the_shelf_price() -> None:
    sale = paid(discounted_sale())
    mugs, towel = lines_of(sale)
    # 30.00 - 20 % = 24.00; the cart's 10 % takes 2.40 of it: 21.60 paid for three mugs
    assert mugs.paid == money("21.60") and towel.paid == money("4.50")
    assert check_sale_return(lines_of(sale), {1: Decimal(1)}) == money("7.20")
    assert check_sale_return(lines_of(sale), {1: Decimal(3), 2: Decimal(1)}) == money("26.10")


def test_voided_lines_cannot_come_back() -> None:
    assert [line.product_id for line in lines_of(paid(discounted_sale()))] == ["mug", "towel"]


def test_the_last_part_of_a_line_refunds_exactly_what_is_left_of_its_money() -> None:
    sale = new_sale()
    sale.add(product("10.00"), 3)
    sale.discount_line(1, Discount.of_amount(money("0.01")), Role.MANAGER)  # 29.99 for three
    done = paid(sale)
    first = check_sale_return(lines_of(done), {1: Decimal(1)})
    assert first == money("9.99")  # 9.996..., rounded down
    second = check_sale_return(lines_of(done, l1=("1", str(first.amount))), {1: Decimal(1)})
    after_two = first + second
    last = check_sale_return(lines_of(done, l1=("2", str(after_two.amount))), {1: Decimal(1)})
    assert first + second + last == money("29.99")


def test_more_than_is_left_is_refused_naming_what_is_left() -> None:
    sale = paid(discounted_sale())
    with pytest.raises(SaleReturnTooMuch) as refused:
        check_sale_return(lines_of(sale, l1=("2", "14.40")), {1: Decimal(2)})
    assert refused.value.params == {"name": "Product mug", "left": "1"}


def test_part_of_a_piece_and_nothing_at_all_are_refused() -> None:
    lines = lines_of(paid(discounted_sale()))
    with pytest.raises(SaleReturnTooMuch):
        check_sale_return(lines, {2: Decimal("0.5")})
    with pytest.raises(NothingToReturn):
        check_sale_return(lines, {1: Decimal(0)})


def test_part_of_a_weighed_line_may_come_back() -> None:
    sale = new_sale()
    sale.add(weighed("20.00"), Decimal("1.250"))
    lines = lines_of(paid(sale))
    assert check_sale_return(lines, {1: Decimal("0.500")}) == money("10.00")


def test_a_sale_in_another_currency_or_priced_net_is_refused() -> None:
    sale = paid(discounted_sale())
    with pytest.raises(WrongCurrency):
        returnable_lines(sale, {}, PLN)
    net = new_sale(pricing=Pricing.NET)
    net.add(product("10.00"))
    with pytest.raises(NetPricedSale):
        returnable_lines(paid(net), {}, EUR)


def test_a_split_sale_refunds_each_tender_pro_rata_to_the_cent() -> None:
    sale = new_sale()
    sale.add(product("10.00"), 3)
    done = paid(sale, (TenderKind.CARD, "20.00"), (TenderKind.CASH, "50.00"))  # 40.00 change
    shares = split_refund(done, money("10.00"))
    assert [(s.kind, s.amount) for s in shares] == [
        ("card", money("6.66")),
        ("cash", money("3.34")),
    ]
    assert shares[0].original_tender_id == done.tenders[0].tender_id


@given(
    prices=st.lists(st.integers(1, 99_999), min_size=1, max_size=4),
    counts=st.lists(st.integers(1, 7), min_size=4, max_size=4),
    off=st.integers(1, 9_999),
    takes=st.lists(st.tuples(st.integers(0, 3), st.integers(1, 3)), max_size=12),
    card=st.integers(0, 100),
)
def test_no_series_of_returns_refunds_more_than_was_paid(
    prices: list[int],
    counts: list[int],
    off: int,
    takes: list[tuple[int, int]],
    card: int,
) -> None:
    sale = new_sale()
    for i, price in enumerate(prices):
        sale.add(product(str(Money.from_minor(price, EUR).amount), product_id=f"p{i}"), counts[i])
    sale.discount_cart(Discount.of_percent(Decimal(off).scaleb(-2)), Role.MANAGER)
    due = sale.amount_due
    assume(not due.is_zero())
    card_part = Money((due.amount * card / 100).quantize(EUR.quantum), EUR)
    tenders = [(TenderKind.CARD, str(card_part.amount))] if not card_part.is_zero() else []
    if card_part != due:
        tenders.append((TenderKind.CASH, str((due - card_part).amount)))
    done = paid(sale, *tenders)
    returned: dict[int, ReturnedSoFar] = {}
    refunded = Money.zero(EUR)
    for index, quantity in takes:
        lines = returnable_lines(done, returned, EUR)
        line = lines[index % len(lines)]
        if line.left == 0:
            continue
        quantity_ = min(Decimal(quantity), line.left)
        amount = check_sale_return(lines, {line.line_no: quantity_})
        assert not amount.is_negative()
        shares = split_refund(done, amount)
        assert sum((s.amount for s in shares), Money.zero(EUR)) == amount
        assert all(not s.amount.is_negative() for s in shares)
        returned[line.line_no] = ReturnedSoFar(line.returned + quantity_, line.refunded + amount)
        refunded += amount
        assert line.refunded + amount <= line.paid
    assert refunded <= done.amount_due
    every_line_back = all(
        line.line_no in returned and returned[line.line_no].quantity == line.quantity
        for line in done.lines
    )
    if every_line_back:
        assert refunded == done.total
