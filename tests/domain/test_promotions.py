"""A customer's promotion on the cart: what it takes off, on which lines, and that it follows
every change of the cart (drops off when the cart no longer qualifies, comes back when it
does), exactly in minor units, and lands in the sale document and back."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos.domain.cart import Sale
from pos.domain.discounts import Discount
from pos.domain.documents import CompletedSale
from pos.domain.errors import DiscountExceedsAmount, InvalidDocument
from pos.domain.money import PLN, Money
from pos.domain.promotions import (
    AppliedPromotion,
    Ineligible,
    PromoKind,
    PromoTarget,
    Promotion,
    points_earned,
    points_taken_back,
)
from pos.domain.roles import Role
from pos.domain.tenders import TenderKind

from .builders import T0, VAT_A, VAT_C, FixedClock, money, product

CHEESE = replace(product("12.00", product_id="cheese", tax=VAT_C), category_id="dairy")
MILK = replace(product("3.00", product_id="milk", tax=VAT_C), category_id="dairy")
SOAP = replace(product("8.00", product_id="soap", tax=VAT_A), category_id="household")


def promo(**changes: object) -> AppliedPromotion:
    rule = Promotion(
        promotion_id="P1",
        name="Ten off",
        kind=PromoKind.PERCENT,
        value=Decimal(10),
        target=PromoTarget.BASKET,
        valid_from=T0 - timedelta(days=1),
        valid_until=T0 + timedelta(days=1),
    )
    rule = replace(rule, **{k: v for k, v in changes.items() if k != "cap"})  # type: ignore[arg-type]
    cap = changes.get("cap")
    return AppliedPromotion(rule, "cr_1", "tok-1", "A*** K.", cap is not None, cap)  # type: ignore[arg-type]


def sale(*items: tuple[object, int]) -> Sale:
    s = Sale(
        store_id="S1",
        till_id="T1",
        cashier_id="c",
        currency=MILK.unit_price.currency,
        clock=FixedClock(),
    )
    for item, qty in items:
        s.add(item, qty)  # type: ignore[arg-type]
    return s


def test_a_basket_percent_is_spread_over_every_line_exactly() -> None:
    s = sale((CHEESE, 1), (MILK, 1), (SOAP, 1))  # 23.00
    outcome = s.set_promotion(promo())
    assert outcome is not None and outcome.amount == money("2.30")
    assert [line.promo for line in s.lines] == [money("1.20"), money("0.30"), money("0.80")]
    assert s.total == money("20.70")
    assert s.taxes.gross == s.total  # per-rate tax on what is really charged


def test_a_category_promotion_takes_off_only_its_lines() -> None:
    s = sale((CHEESE, 2), (SOAP, 1))
    s.set_promotion(promo(target=PromoTarget.CATEGORIES, category_ids=frozenset({"dairy"})))
    assert [line.promo for line in s.lines] == [money("2.40"), money("0.00")]
    assert s.total == money("29.60")


def test_an_amount_off_products_never_exceeds_them() -> None:
    s = sale((MILK, 1), (SOAP, 1))
    applied = promo(
        kind=PromoKind.AMOUNT,
        value=Decimal(5),
        target=PromoTarget.PRODUCTS,
        product_ids=frozenset({"milk"}),
    )
    outcome = s.set_promotion(applied)
    assert outcome is not None and outcome.amount == money("3.00")  # milk costs 3.00
    s.set_quantity(1, 3)
    assert s.promo_amount == money("5.00")


def test_it_follows_the_cart_dropping_off_and_coming_back() -> None:
    s = sale((CHEESE, 1))  # 12.00
    outcome = s.set_promotion(promo(min_spend=Decimal(20)))
    assert outcome is not None and outcome.ineligible is Ineligible.MIN_SPEND
    assert s.promo_amount == money("0.00")
    s.add(SOAP, 1)  # 20.00: qualifies
    assert s.promo_amount == money("2.00")
    s.add(MILK, 1)  # 23.00
    assert s.promo_amount == money("2.30")
    s.void_line(2, "not wanted", by_role=Role.SUPERVISOR)  # 15.00: under the minimum
    assert s.promo_amount == money("0.00")
    assert s.promo_outcome is not None and s.promo_outcome.ineligible is Ineligible.MIN_SPEND
    s.set_quantity(1, 2)  # 27.00: back over it
    assert s.promo_amount == money("2.70")


def test_nothing_in_the_cart_it_applies_to_says_so() -> None:
    s = sale((SOAP, 1))
    outcome = s.set_promotion(promo(target=PromoTarget.PRODUCTS, product_ids=frozenset({"x"})))
    assert outcome is not None and outcome.ineligible is Ineligible.NO_ITEMS


def test_validity_and_store_scope_are_checked_on_the_sales_clock() -> None:
    early = promo(valid_from=T0 + timedelta(hours=1), valid_until=T0 + timedelta(days=1))
    late = promo(valid_from=T0 - timedelta(days=2), valid_until=T0 - timedelta(days=1))
    elsewhere = promo(stores=frozenset({"S9"}))
    for applied, why in (
        (early, Ineligible.NOT_STARTED),
        (late, Ineligible.ENDED),
        (elsewhere, Ineligible.OTHER_STORE),
    ):
        outcome = sale((SOAP, 1)).set_promotion(applied)
        assert outcome is not None and outcome.ineligible is why and outcome.amount.is_zero()


def test_offline_the_cap_limits_what_is_taken_off() -> None:
    s = sale((SOAP, 10))  # 80.00, 10 % = 8.00
    outcome = s.set_promotion(promo(cap=money("5.00")))
    assert outcome is not None and outcome.capped and outcome.amount == money("5.00")
    assert s.total == money("75.00")


def test_a_cart_discount_applies_after_the_promotion() -> None:
    s = sale((SOAP, 5))  # 40.00
    s.set_promotion(promo())  # -4.00
    s.discount_cart(Discount.of_percent(10), by_role=Role.MANAGER)  # 10 % of 36.00
    assert s.promo_amount == money("4.00") and s.cart_discount_amount == money("3.60")
    assert s.total == money("32.40")


def test_detaching_takes_it_off_and_a_misfit_is_refused_whole() -> None:
    s = sale((SOAP, 1))
    s.discount_cart(Discount.of_amount(money("7.50")), by_role=Role.MANAGER)
    before = s.total
    with pytest.raises(DiscountExceedsAmount):  # 8.00 - 0.80 leaves less than 7.50
        s.set_promotion(promo())
    assert s.promotion is None and s.total == before
    s.remove_cart_discount()
    s.set_promotion(promo())
    s.set_promotion(None)
    assert s.promo_amount.is_zero() and s.promo_outcome is None


def test_the_sale_document_carries_the_customer_and_round_trips() -> None:
    s = sale((CHEESE, 1), (SOAP, 1))  # 20.00 - 2.00
    s.set_promotion(promo())
    s.add_tender(TenderKind.CASH, money("20.00"))
    done = s.complete()
    assert done.customer is not None
    assert (done.customer.customer_ref, done.customer.token_id) == ("cr_1", "tok-1")
    assert done.customer.promo_discount == money("2.00")
    assert done.customer.points_earned == points_earned(done.total) == 18
    assert done.customer.receipt_name == "A*** K."
    doc = done.to_document()
    assert doc["customer"] == {
        "customer_ref": "cr_1",
        "token_id": "tok-1",
        "promotion_id": "P1",
        "promo_discount": "2.00",
        "offline": False,
        "points_earned": 18,
    }
    assert [line.get("promo_discount") for line in doc["lines"]] == ["1.20", "0.80"]
    assert "A*** K." not in str(doc)  # the document names no one
    assert CompletedSale.from_document(doc) == done


def test_a_document_whose_promotion_does_not_add_up_is_refused() -> None:
    s = sale((SOAP, 1))
    s.set_promotion(promo())
    s.add_tender(TenderKind.CASH, money("10.00"))
    doc = s.complete().to_document()
    doc["customer"]["promo_discount"] = "0.10"
    with pytest.raises(InvalidDocument):
        CompletedSale.from_document(doc)


@given(
    earned=st.integers(0, 10_000),
    paid_minor=st.integers(1, 10_000_000),
    cuts=st.lists(st.integers(1, 1_000), min_size=1, max_size=8),
)
def test_points_reversed_by_partial_returns_add_up_to_what_was_earned(
    earned: int, paid_minor: int, cuts: list[int]
) -> None:
    """However a sale comes back in parts, no return reverses negative points, the sum never
    passes what was earned, and it is exactly that once everything is refunded."""
    whole = sum(cuts)
    refunded = [paid_minor * sum(cuts[: n + 1]) // whole for n in range(len(cuts))]
    refunded[-1] = paid_minor
    paid = Money.from_minor(paid_minor, PLN)
    reversed_so_far = 0
    before = Money.zero(PLN)
    for minor in refunded:
        after = Money.from_minor(minor, PLN)
        step = points_taken_back(earned, paid, before, after)
        assert step >= 0
        reversed_so_far += step
        assert reversed_so_far <= earned
        before = after
    assert reversed_so_far == earned
