"""The open sale: adding, merging, quantities, voids, overrides, discounts and approvals.

Every refused operation must leave the sale exactly as it was (compared with a deep copy).
"""

from __future__ import annotations

import copy
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from decimal import Decimal

import pytest

from pos.domain.cart import Sale, SaleState
from pos.domain.discounts import Discount
from pos.domain.errors import (
    CurrencyMismatch,
    DiscountExceedsAmount,
    DiscountOverLimit,
    DomainError,
    InvalidApproval,
    InvalidPrice,
    LineAlreadyVoided,
    LineNotFound,
    PaymentInProgress,
    PermissionDenied,
    QuantityNotPositive,
    QuantityNotWhole,
    QuantityTooLarge,
    QuantityTooPrecise,
    ReasonRequired,
    SaleNotOpen,
)
from pos.domain.money import EUR, PLN, Money
from pos.domain.roles import Action, Role
from pos.domain.tax import Pricing
from pos.domain.tenders import TenderKind

from .builders import T0, VAT_A, VAT_B, approval, money, new_sale, product, weighed


@contextmanager
def unchanged(sale: Sale, error: type[DomainError]) -> Iterator[None]:
    """Assert the block raises ``error`` and the sale is equal to what it was before."""
    before = copy.deepcopy(sale)
    with pytest.raises(error):
        yield
    assert sale == before


# --- creation ------------------------------------------------------------------------------


def test_a_new_sale_gets_a_uuid4_id_and_an_aware_utc_start() -> None:
    sale = Sale(store_id="s", till_id="t", cashier_id="c", currency=EUR, clock=lambda: T0)
    assert uuid.UUID(sale.sale_id).version == 4
    assert sale.started_at == T0
    assert sale.started_at.utcoffset() is not None
    assert sale.state is SaleState.OPEN
    assert sale.pricing is Pricing.GROSS
    assert sale.total == Money.zero(EUR)


def test_a_naive_clock_is_refused() -> None:
    with pytest.raises(ValueError):
        Sale(
            store_id="s",
            till_id="t",
            cashier_id="c",
            currency=EUR,
            clock=lambda: datetime(2024, 1, 1),  # noqa: DTZ001 - deliberately naive
        )


# --- adding and merging --------------------------------------------------------------------


def test_add_one_piece_by_default() -> None:
    sale = new_sale()
    line = sale.add(product("2.49"))
    assert line.line_no == 1
    assert line.quantity == Decimal(1)
    assert sale.total == money("2.49")
    assert sale.item_count == 1


def test_line_total_is_quantity_times_price_rounded_half_up_once() -> None:
    sale = new_sale()
    line = sale.add(weighed("3.99"), Decimal("0.125"))  # 0.49875 -> 0.50
    assert line.total == money("0.50")
    assert line.quantity == Decimal("0.125")


def test_adding_the_same_piece_product_again_merges_into_its_line() -> None:
    sale = new_sale()
    sale.add(product("1.50"))
    sale.add(product("2.00", product_id="other"))
    line = sale.add(product("1.50"), 2)
    assert line.line_no == 1
    assert line.quantity == Decimal(3)
    assert len(sale.lines) == 2
    assert sale.item_count == 4


def test_a_discounted_line_is_not_merged_into() -> None:
    sale = new_sale()
    sale.add(product("10.00"))
    sale.discount_line(1, Discount.of_percent(5))
    line = sale.add(product("10.00"))
    assert line.line_no == 2
    assert sale.line(1).quantity == 1


def test_an_overridden_line_is_not_merged_into() -> None:
    sale = new_sale(role=Role.SUPERVISOR)
    sale.add(product("10.00"))
    sale.override_price(1, money("8.00"))
    assert sale.add(product("10.00")).line_no == 2


def test_a_product_scanned_by_another_barcode_starts_a_new_line() -> None:
    sale = new_sale()
    sale.add(product("1.00", barcode="4006381333931"))
    assert sale.add(product("1.00", barcode="5901234123457")).line_no == 2


def test_weighed_items_never_merge() -> None:
    sale = new_sale()
    sale.add(weighed("10.00"), Decimal("0.5"))
    sale.add(weighed("10.00"), Decimal("0.5"))
    assert [line.line_no for line in sale.lines] == [1, 2]
    assert sale.item_count == 2


def test_line_numbers_are_never_reused() -> None:
    sale = new_sale(role=Role.SUPERVISOR)
    sale.add(product(product_id="a"))
    sale.void_line(1, "wrong item")
    assert sale.add(product(product_id="b")).line_no == 2


# --- bad quantities ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("quantity", "error"),
    [
        (Decimal(0), QuantityNotPositive),
        (Decimal(-1), QuantityNotPositive),
        (Decimal("NaN"), QuantityNotPositive),
        (Decimal("Infinity"), QuantityNotPositive),
        (Decimal("1.5"), QuantityNotWhole),
        (Decimal(10000), QuantityTooLarge),
    ],
)
def test_bad_piece_quantities_are_refused_and_change_nothing(
    quantity: Decimal, error: type[DomainError]
) -> None:
    sale = new_sale()
    sale.add(product(product_id="x"))
    with unchanged(sale, error):
        sale.add(product(), quantity)


@pytest.mark.parametrize(
    ("quantity", "error"),
    [
        (Decimal(0), QuantityNotPositive),
        (Decimal("-0.250"), QuantityNotPositive),
        (Decimal("0.0005"), QuantityTooPrecise),
        (Decimal("1000"), QuantityTooLarge),
    ],
)
def test_bad_weights_are_refused_and_change_nothing(
    quantity: Decimal, error: type[DomainError]
) -> None:
    sale = new_sale()
    with unchanged(sale, error):
        sale.add(weighed("9.99"), quantity)


def test_largest_allowed_quantities() -> None:
    sale = new_sale()
    assert sale.add(product(), 9999).quantity == 9999
    assert sale.add(weighed("1.00"), Decimal("999.999")).quantity == Decimal("999.999")


def test_merging_beyond_the_piece_limit_is_refused() -> None:
    sale = new_sale()
    sale.add(product(), 9000)
    with unchanged(sale, QuantityTooLarge):
        sale.add(product(), 1000)


def test_a_float_quantity_is_a_type_error() -> None:
    sale = new_sale()
    with pytest.raises(TypeError):
        sale.add(product(), 1.0)  # type: ignore[arg-type]
    assert sale.lines == ()


def test_a_product_in_another_currency_is_refused() -> None:
    sale = new_sale()
    with unchanged(sale, CurrencyMismatch):
        sale.add(product("1.00", currency=PLN))


def test_set_quantity_changes_the_line() -> None:
    sale = new_sale()
    sale.add(product("2.00"))
    sale.set_quantity(1, 4)
    assert sale.total == money("8.00")
    with unchanged(sale, QuantityNotPositive):
        sale.set_quantity(1, 0)
    with unchanged(sale, LineNotFound):
        sale.set_quantity(9, 1)


# --- voids and overrides -------------------------------------------------------------------


def test_a_cashier_cannot_void_a_line_without_approval() -> None:
    sale = new_sale()
    sale.add(product("5.00"))
    with unchanged(sale, PermissionDenied):
        sale.void_line(1, "customer changed mind")


def test_a_voided_line_stays_on_the_sale_but_out_of_the_total() -> None:
    sale = new_sale()
    sale.add(product("5.00", product_id="a"))
    sale.add(product("3.00", product_id="b"))
    line = sale.void_line(1, "  customer changed mind ", approval(Action.VOID_LINE))
    assert line.voided and line.void_reason == "customer changed mind"
    assert len(sale.lines) == 2 and len(sale.active_lines) == 1
    assert sale.total == money("3.00")
    assert [a.action for a in sale.approvals] == [Action.VOID_LINE]
    assert sale.approvals[0].approver_id == "sup-1"


def test_voiding_twice_or_editing_a_voided_line_is_refused() -> None:
    sale = new_sale(role=Role.SUPERVISOR)
    sale.add(product())
    sale.void_line(1, "scan error")
    with unchanged(sale, LineAlreadyVoided):
        sale.void_line(1, "again")
    with unchanged(sale, LineAlreadyVoided):
        sale.set_quantity(1, 2)


def test_a_void_needs_a_reason() -> None:
    sale = new_sale(role=Role.SUPERVISOR)
    sale.add(product())
    with unchanged(sale, ReasonRequired):
        sale.void_line(1, "   ")


def test_a_supervisor_at_the_till_voids_without_approval_and_nothing_is_recorded() -> None:
    sale = new_sale(role=Role.SUPERVISOR)
    sale.add(product())
    sale.void_line(1, "scan error")
    assert sale.approvals == ()


def test_by_role_overrides_the_sales_role() -> None:
    sale = new_sale()
    sale.add(product())
    sale.void_line(1, "scan error", by_role=Role.MANAGER)
    assert sale.approvals == ()


def test_price_override_needs_approval_for_a_cashier() -> None:
    sale = new_sale()
    sale.add(product("10.00"), 2)
    with unchanged(sale, PermissionDenied):
        sale.override_price(1, money("7.50"))
    with unchanged(sale, InvalidApproval):
        sale.override_price(1, money("7.50"), approval(Action.VOID_LINE))
    line = sale.override_price(1, money("7.50"), approval(Action.PRICE_OVERRIDE))
    assert line.price_override
    assert sale.total == money("15.00")
    assert sale.approvals[0].action is Action.PRICE_OVERRIDE


def test_a_negative_price_is_refused() -> None:
    sale = new_sale(role=Role.MANAGER)
    sale.add(product())
    with unchanged(sale, InvalidPrice):
        sale.override_price(1, money("-0.01"))


# --- discounts -----------------------------------------------------------------------------


def test_a_line_discount_within_the_cashiers_limit_needs_no_approval() -> None:
    sale = new_sale()
    sale.add(product("19.99"))
    line = sale.discount_line(1, Discount.of_percent(10, "loyal"))
    assert line.line_discount == money("2.00")  # 1.999 -> 2.00
    assert line.total == money("17.99")
    assert sale.approvals == ()


def test_a_discount_over_the_cashiers_limit_raises_with_the_limit() -> None:
    sale = new_sale()
    sale.add(product("20.00"))
    with unchanged(sale, DiscountOverLimit):
        sale.discount_line(1, Discount.of_percent(15), Role.CASHIER)
    try:
        sale.discount_line(1, Discount.of_amount(money("2.01")))
    except DiscountOverLimit as error:
        assert error.params["limit"] == "10"
        assert error.params["role"] == "cashier"
    else:  # pragma: no cover
        pytest.fail("an amount over 10 % must need approval")


def test_an_approved_discount_is_applied_and_recorded() -> None:
    sale = new_sale()
    sale.add(product("20.00"))
    sale.discount_line(1, Discount.of_percent(15), Role.CASHIER, approval(Action.DISCOUNT))
    assert sale.total == money("17.00")
    (record,) = sale.approvals
    assert record.action is Action.DISCOUNT and "15" in record.detail


def test_a_supervisor_approval_cannot_cover_more_than_fifty_percent() -> None:
    sale = new_sale()
    sale.add(product("20.00"))
    with unchanged(sale, InvalidApproval):
        sale.discount_line(1, Discount.of_percent(60), Role.CASHIER, approval(Action.DISCOUNT))


def test_an_amount_discount_larger_than_the_line_is_refused() -> None:
    sale = new_sale(role=Role.MANAGER)
    sale.add(product("5.00"))
    with unchanged(sale, DiscountExceedsAmount):
        sale.discount_line(1, Discount.of_amount(money("5.01")))


def test_lowering_the_quantity_below_a_fixed_discount_is_refused() -> None:
    sale = new_sale(role=Role.MANAGER)
    sale.add(product("5.00"), 3)
    sale.discount_line(1, Discount.of_amount(money("12.00")))
    with unchanged(sale, DiscountExceedsAmount):
        sale.set_quantity(1, 2)


def test_a_percent_line_discount_follows_the_quantity() -> None:
    sale = new_sale()
    sale.add(product("10.00"))
    sale.discount_line(1, Discount.of_percent(10))
    sale.set_quantity(1, 3)
    assert sale.line(1).line_discount == money("3.00")
    sale.remove_line_discount(1)
    assert sale.total == money("30.00")


def test_the_cart_discount_is_spread_exactly_over_the_lines() -> None:
    sale = new_sale()
    sale.add(product("1.00", product_id="a", tax=VAT_A))
    sale.add(product("1.00", product_id="b", tax=VAT_B))
    sale.add(product("1.00", product_id="c", tax=VAT_A))
    sale.discount_cart(Discount.of_amount(money("0.10"), "coupon"))
    shares = [line.share for line in sale.lines]
    assert shares == [money("0.04"), money("0.03"), money("0.03")]
    assert sale.cart_discount_amount == money("0.10")
    assert sale.subtotal == money("3.00")
    assert sale.total == money("2.90")
    # tax per rate is computed on what each rate really carries after its shares
    assert [t.gross for t in sale.taxes.lines] == [money("1.93"), money("0.97")]


def test_cart_percent_discount_over_limit_needs_approval() -> None:
    sale = new_sale()
    sale.add(product("100.00"))
    with unchanged(sale, DiscountOverLimit):
        sale.discount_cart(Discount.of_percent(20))
    sale.discount_cart(Discount.of_percent(20), Role.CASHIER, approval(Action.DISCOUNT))
    assert sale.total == money("80.00")
    sale.remove_cart_discount()
    assert sale.total == money("100.00")
    assert len(sale.approvals) == 1  # the approval stays in the audit trail


def test_a_cart_amount_discount_larger_than_the_subtotal_is_refused() -> None:
    sale = new_sale(role=Role.MANAGER)
    sale.add(product("3.00"))
    with unchanged(sale, DiscountExceedsAmount):
        sale.discount_cart(Discount.of_amount(money("3.01")))


def test_voiding_a_line_that_a_fixed_cart_discount_needs_is_refused() -> None:
    sale = new_sale(role=Role.MANAGER)
    sale.add(product("3.00", product_id="a"))
    sale.add(product("1.00", product_id="b"))
    sale.discount_cart(Discount.of_amount(money("2.00")))
    with unchanged(sale, DiscountExceedsAmount):
        sale.void_line(1, "wrong")
    sale.remove_cart_discount()
    sale.void_line(1, "wrong")


def test_net_pricing_adds_tax_to_the_total() -> None:
    sale = new_sale(pricing=Pricing.NET)
    sale.add(product("10.00", tax=VAT_A))
    sale.add(product("10.00", product_id="b", tax=VAT_B))
    assert sale.subtotal == money("20.00")
    assert sale.taxes.tax == money("3.10")
    assert sale.total == money("23.10")


# --- state ---------------------------------------------------------------------------------

EDITS: list[Callable[[Sale], object]] = [
    lambda s: s.add(product()),
    lambda s: s.set_quantity(1, 2),
    lambda s: s.discount_line(1, Discount.of_percent(5)),
    lambda s: s.discount_cart(Discount.of_percent(5)),
    lambda s: s.remove_cart_discount(),
    lambda s: s.void_line(1, "x", approval(Action.VOID_LINE)),
    lambda s: s.override_price(1, money("0.50"), approval(Action.PRICE_OVERRIDE)),
]


@pytest.mark.parametrize("edit", EDITS)
def test_no_edits_while_a_tender_is_on_the_sale(edit: Callable[[Sale], object]) -> None:
    sale = new_sale()
    sale.add(product("10.00"))
    sale.add_tender(TenderKind.CASH, money("5.00"))
    with unchanged(sale, PaymentInProgress):
        edit(sale)


@pytest.mark.parametrize("edit", EDITS)
def test_a_completed_sale_refuses_changes(edit: Callable[[Sale], object]) -> None:
    sale = new_sale()
    sale.add(product("1.00"))
    sale.add_tender(TenderKind.CASH, money("1.00"))
    sale.complete()
    with unchanged(sale, SaleNotOpen):
        edit(sale)


@pytest.mark.parametrize("edit", EDITS)
def test_a_voided_sale_refuses_changes(edit: Callable[[Sale], object]) -> None:
    sale = new_sale()
    sale.add(product("1.00"))
    sale.void("customer left", approval(Action.VOID_SALE))
    assert sale.state is SaleState.VOIDED
    with unchanged(sale, SaleNotOpen):
        edit(sale)


def test_voiding_a_sale_with_items_needs_approval() -> None:
    sale = new_sale()
    sale.add(product("1.00"))
    with unchanged(sale, PermissionDenied):
        sale.void("customer left")


def test_abandoning_an_empty_sale_needs_no_approval() -> None:
    sale = new_sale()
    record = sale.void("nothing scanned")
    assert record.approvals == ()
    assert sale.state is SaleState.VOIDED


def test_sales_compare_by_state() -> None:
    a, b = new_sale(), new_sale()
    assert a == b
    b.add(product())
    assert a != b
    assert a != "a sale"
