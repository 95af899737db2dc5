"""The JSON snapshot of a parked sale.

Unlike the sale document it keeps the *rules* (the product as sold, discount percents,
the currency's cash rounding), because a recalled sale must behave exactly as before: a
10 % line discount must still be 10 % if the quantity changes after recall.
"""

from __future__ import annotations

from typing import Literal, NotRequired, TypedDict

from pos.domain.catalog import ProductInfo, SoldBy, TaxRate
from pos.domain.discounts import Discount
from pos.domain.documents import parse_decimal, parse_money, sold_by_literal
from pos.domain.errors import InvalidDocument
from pos.domain.money import Currency
from pos.domain.sale_document import ApprovalDoc

PARKED_SCHEMA = 1


class CurrencyDoc(TypedDict):
    code: str
    minor_units: int
    cash_rounding: str | None


class ProductDoc(TypedDict):
    product_id: str
    sku: str
    name: str
    unit_price: str
    tax_code: str
    tax_rate: str
    sold_by: Literal["piece", "weight"]
    category: str | None
    barcode: str | None


class DiscountDoc(TypedDict):
    kind: Literal["percent", "amount"]
    value: str
    label: str | None


class ParkedLineDoc(TypedDict):
    line_no: int
    product: ProductDoc
    quantity: str
    unit_price: str
    price_override: bool
    discount: DiscountDoc | None
    voided: bool
    void_reason: str | None
    marking_code: NotRequired[str | None]


class ParkedSaleDoc(TypedDict):
    schema: int
    kind: Literal["parked"]
    sale_id: str
    store_id: str
    till_id: str
    cashier_id: str
    cashier_role: str
    currency: CurrencyDoc
    pricing: Literal["gross", "net"]
    started_at: str
    parked_at: str
    next_line_no: int
    lines: list[ParkedLineDoc]
    cart_discount: DiscountDoc | None
    approvals: list[ApprovalDoc]


def currency_to_doc(currency: Currency) -> CurrencyDoc:
    step = currency.cash_rounding
    return {
        "code": currency.code,
        "minor_units": currency.minor_units,
        "cash_rounding": None if step is None else str(step),
    }


def currency_from_doc(doc: CurrencyDoc) -> Currency:
    step = doc["cash_rounding"]
    return Currency(doc["code"], doc["minor_units"], None if step is None else parse_decimal(step))


def product_to_doc(product: ProductInfo) -> ProductDoc:
    return {
        "product_id": product.product_id,
        "sku": product.sku,
        "name": product.name,
        "unit_price": str(product.unit_price.amount),
        "tax_code": product.tax.code,
        "tax_rate": str(product.tax.rate),
        "sold_by": sold_by_literal(product.sold_by),
        "category": product.category,
        "barcode": product.barcode,
    }


def product_from_doc(doc: ProductDoc, currency: Currency) -> ProductInfo:
    try:
        sold_by = SoldBy(doc["sold_by"])
        tax = TaxRate(doc["tax_code"], parse_decimal(doc["tax_rate"]))
    except ValueError as error:
        raise InvalidDocument(str(error)) from None
    return ProductInfo(
        product_id=doc["product_id"],
        sku=doc["sku"],
        name=doc["name"],
        unit_price=parse_money(doc["unit_price"], currency),
        tax=tax,
        sold_by=sold_by,
        category=doc["category"],
        barcode=doc["barcode"],
    )


def discount_to_doc(discount: Discount | None) -> DiscountDoc | None:
    if discount is None:
        return None
    if discount.percent is not None:
        return {"kind": "percent", "value": str(discount.percent), "label": discount.label}
    assert discount.amount is not None
    return {"kind": "amount", "value": str(discount.amount.amount), "label": discount.label}


def discount_from_doc(doc: DiscountDoc | None, currency: Currency) -> Discount | None:
    if doc is None:
        return None
    if doc["kind"] == "percent":
        return Discount(percent=parse_decimal(doc["value"]), label=doc["label"])
    if doc["kind"] == "amount":
        return Discount(amount=parse_money(doc["value"], currency), label=doc["label"])
    raise InvalidDocument(f"unknown discount kind {doc['kind']!r}")
