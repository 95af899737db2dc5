"""What goods brought back without a receipt refund: the shelf price, rounded once, capped."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pos.domain.catalog import ProductInfo, SoldBy, TaxRate
from pos.domain.errors import DomainError
from pos.domain.money import Currency, Money
from pos.domain.no_receipt_return import BroughtBack, OverNoReceiptCap, check_no_receipt_return
from pos.domain.pickup import NothingToReturn

PLN = Currency("PLN", 2)


def product(price: str, sold_by: SoldBy = SoldBy.PIECE) -> ProductInfo:
    return ProductInfo(
        "p-1", "SKU-1", "Cheese", Money.of(price, PLN), TaxRate("A", Decimal("0.05")), sold_by
    )


def test_an_item_refunds_its_shelf_price_times_the_quantity_rounded_once() -> None:
    cheese = BroughtBack(product("39.99", SoldBy.WEIGHT), Decimal("0.333"))
    assert cheese.refund == Money.of("13.32", PLN)  # 13.31667 rounded half up
    two = BroughtBack(product("4.99"), Decimal(2))
    assert check_no_receipt_return([cheese, two], Money.of(50, PLN)) == Money.of("23.30", PLN)


def test_the_cap_and_an_empty_return_refuse() -> None:
    two = BroughtBack(product("30.00"), Decimal(2))
    with pytest.raises(OverNoReceiptCap):
        check_no_receipt_return([two], Money.of("59.99", PLN))
    assert check_no_receipt_return([two], Money.of(60, PLN)) == Money.of(60, PLN)
    with pytest.raises(NothingToReturn):
        check_no_receipt_return([], Money.of(60, PLN))


def test_part_of_a_piece_or_no_quantity_is_refused() -> None:
    with pytest.raises(DomainError):
        BroughtBack(product("4.99"), Decimal("0.5"))
    with pytest.raises(DomainError):
        BroughtBack(product("4.99", SoldBy.WEIGHT), Decimal(0))
