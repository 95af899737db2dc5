"""Properties of whole sales built from random operations.

Whatever a cashier does, in any order: a refused operation changes nothing, totals equal
the sum of the lines, per-rate taxes reconcile, cart discount shares add up exactly and stay
within their lines, change is never negative, and the completed document reads back exactly.
"""

from __future__ import annotations

import copy
import json
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from pos.domain.cart import Sale
from pos.domain.catalog import ProductInfo, SoldBy
from pos.domain.discounts import Discount
from pos.domain.documents import CompletedSale
from pos.domain.errors import DomainError
from pos.domain.money import CHF, EUR, PLN, Currency, Money
from pos.domain.roles import Action, Role
from pos.domain.tax import Pricing
from pos.domain.tenders import TenderKind

from .builders import VAT_A, VAT_B, VAT_C, VAT_ZERO, approval, new_sale

RATES = [VAT_A, VAT_B, VAT_C, VAT_ZERO]


@st.composite
def products(draw: st.DrawFn, currency: Currency) -> list[ProductInfo]:
    count = draw(st.integers(1, 5))
    return [
        ProductInfo(
            product_id=f"p{i}",
            sku=f"S{i}",
            name=f"Product {i}",
            unit_price=Money.from_minor(draw(st.integers(0, 99_999)), currency),
            tax=draw(st.sampled_from(RATES)),
            sold_by=draw(st.sampled_from(list(SoldBy))),
        )
        for i in range(count)
    ]


def quantities(sold_by: SoldBy) -> st.SearchStrategy[Decimal]:
    if sold_by is SoldBy.PIECE:
        return st.integers(-2, 30).map(Decimal) | st.just(Decimal("1.5"))
    return st.integers(-5, 50_000).map(lambda g: Decimal(g).scaleb(-3)) | st.just(Decimal("0.0001"))


def discounts(currency: Currency) -> st.SearchStrategy[Discount]:
    percents = st.integers(1, 10_000).map(lambda bp: Discount.of_percent(Decimal(bp).scaleb(-2)))
    amounts = st.integers(1, 50_000).map(
        lambda m: Discount.of_amount(Money.from_minor(m, currency))
    )
    return percents | amounts


def apply_random_operation(data: st.DataObject, sale: Sale, catalog: list[ProductInfo]) -> None:
    """Run one random operation; if it is refused, the sale must be unchanged."""
    line_nos = [line.line_no for line in sale.lines] or [1]
    kind = data.draw(
        st.sampled_from(
            ["add", "add", "add", "qty", "void", "override", "line_disc", "cart_disc", "uncart"]
        )
    )
    role = data.draw(st.sampled_from(list(Role)))
    maybe_approval = data.draw(
        st.none() | st.sampled_from(list(Action)).map(lambda a: approval(a, Role.MANAGER))
    )
    before = copy.deepcopy(sale)
    try:
        if kind == "add":
            item = data.draw(st.sampled_from(catalog))
            sale.add(item, data.draw(quantities(item.sold_by)))
        elif kind == "qty":
            line_no = data.draw(st.sampled_from(line_nos))
            sold_by = sale.line(line_no).product.sold_by if sale.lines else SoldBy.PIECE
            sale.set_quantity(line_no, data.draw(quantities(sold_by)))
        elif kind == "void":
            sale.void_line(data.draw(st.sampled_from(line_nos)), "test", maybe_approval)
        elif kind == "override":
            price = Money.from_minor(data.draw(st.integers(-10, 99_999)), sale.currency)
            sale.override_price(data.draw(st.sampled_from(line_nos)), price, maybe_approval)
        elif kind == "line_disc":
            discount = data.draw(discounts(sale.currency))
            sale.discount_line(data.draw(st.sampled_from(line_nos)), discount, role, maybe_approval)
        elif kind == "cart_disc":
            sale.discount_cart(data.draw(discounts(sale.currency)), role, maybe_approval)
        else:
            sale.remove_cart_discount()
    except DomainError:
        assert sale == before, f"refused {kind} changed the sale"


def check_invariants(sale: Sale) -> None:
    zero = Money.zero(sale.currency)
    active = sale.active_lines
    lines_total = sum((line.total for line in active), zero)
    taxes = sale.taxes
    expected_total = lines_total if sale.pricing is Pricing.GROSS else lines_total + taxes.tax
    assert sale.total == expected_total
    assert taxes.gross == sale.total
    for tax_line in taxes.lines:
        assert tax_line.net + tax_line.tax == tax_line.gross
    codes = [t.code for t in taxes.lines]
    assert codes == sorted(codes)
    shares = [line.share for line in active]
    assert sum(shares, zero) == sale.cart_discount_amount
    if sale.cart_discount is not None:
        assert sale.cart_discount_amount == sale.cart_discount.amount_on(sale.subtotal)
    else:
        assert sale.cart_discount_amount == zero
    for line in sale.lines:
        assert zero <= line.share <= line.base
        assert line.total == line.unit_price.times(line.quantity) - line.line_discount - line.share
        assert not line.total.is_negative()
        if line.voided:
            assert line.share == zero
    assert sale.subtotal - sale.cart_discount_amount == lines_total


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_random_sales_keep_every_invariant_and_round_trip(data: st.DataObject) -> None:
    currency = data.draw(st.sampled_from([EUR, CHF, PLN]))
    sale = new_sale(currency, pricing=data.draw(st.sampled_from(list(Pricing))))
    catalog = data.draw(products(currency))
    for _ in range(data.draw(st.integers(1, 15))):
        apply_random_operation(data, sale, catalog)
        check_invariants(sale)

    if not sale.active_lines:
        return
    # pay: some card tenders up to what is left, then cash for the rest (or none if paid)
    for _ in range(data.draw(st.integers(0, 2))):
        left = sale.balance_due
        if left.is_zero():
            break
        card = Money.from_minor(data.draw(st.integers(1, left.minor)), currency)
        sale.add_tender(TenderKind.CARD, card)
        assert sale.change == Money.zero(currency)
    if not sale.balance_due.is_zero():
        extra = Money.from_minor(data.draw(st.integers(0, 10_000)), currency)
        sale.add_tender(TenderKind.CASH, sale.cash_due + extra)
    settlement = sale.settlement
    assert not settlement.change.is_negative()
    assert settlement.balance_due.is_zero()
    record = sale.complete()

    assert sum((t.amount for t in record.tenders), Money.zero(currency)) == record.amount_due
    assert record.amount_due == record.total + record.rounding
    if currency.cash_rounding is not None:
        assert abs(record.rounding.amount) <= currency.cash_rounding / 2
    else:
        assert record.rounding.is_zero()
    doc = json.loads(json.dumps(record.to_document()))
    again = CompletedSale.from_document(doc)
    assert again == record
    assert again.to_document() == doc


@settings(max_examples=100, deadline=None)
@given(st.data())
def test_park_and_recall_round_trip_any_open_sale(data: st.DataObject) -> None:
    currency = data.draw(st.sampled_from([EUR, CHF]))
    sale = new_sale(currency, pricing=data.draw(st.sampled_from(list(Pricing))))
    catalog = data.draw(products(currency))
    for _ in range(data.draw(st.integers(1, 10))):
        apply_random_operation(data, sale, catalog)
    if not sale.lines:
        return
    before = copy.deepcopy(sale)
    recalled = Sale.recall(json.loads(json.dumps(sale.park())))
    assert recalled == before


@settings(max_examples=200)
@given(
    st.integers(1, 10**6),
    st.lists(st.integers(1, 10**6), max_size=3),
    st.integers(0, 10**6),
    st.sampled_from([EUR, CHF]),
)
def test_change_is_never_negative_and_comes_only_from_cash(
    price_minor: int, cards: list[int], cash_extra: int, currency: Currency
) -> None:
    sale = new_sale(currency)
    sale.add(ProductInfo("p", "S", "P", Money.from_minor(price_minor, currency), VAT_A))
    for card in cards:
        left = sale.balance_due
        if left.is_zero():
            break
        sale.add_tender(TenderKind.CARD, Money.from_minor(min(card, left.minor), currency))
    non_cash_change = sale.change
    assert non_cash_change.is_zero()
    if not sale.balance_due.is_zero():
        sale.add_tender(TenderKind.CASH, Money.from_minor(cash_extra + 1, currency))
    assert not sale.change.is_negative()
    assert not sale.balance_due.is_negative()
    cash_received = sum(
        (t.received for t in sale.tenders if t.kind is TenderKind.CASH), Money.zero(currency)
    )
    assert sale.change <= cash_received
