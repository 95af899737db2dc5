"""The X and Z reports: recomputed from the shift's documents, per tender and per VAT rate,
with the counts of sales, returns, voids, discounts and no-sales, and the drawer's figures."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import pytest

from pos.domain.cash import CashCount
from pos.domain.discounts import Discount
from pos.domain.money import PLN, Money
from pos.domain.roles import Role
from pos.domain.sale_document import ReturnDoc, SaleDoc, VoidDoc
from pos.domain.shift import CashMovement, CashPolicy, CashRefund, CashSale, MovementKind, Shift
from pos.domain.shift_report import Figure, ReportKind, build_report
from pos.domain.tenders import TenderKind

from .builders import T0, VAT_A, VAT_B, new_sale, product


def pln(amount: str) -> Money:
    return Money.of(amount, PLN)


def as_read_back(document: Any) -> Any:
    return json.loads(json.dumps(document))


def sold(sale_id: str, *prices: str, card: str | None = None, cash: str | None = None) -> SaleDoc:
    sale = new_sale(PLN, role=Role.MANAGER, sale_id=sale_id)
    for i, price in enumerate(prices):
        sale.add(
            product(price, product_id=f"p{i}", currency=PLN, tax=VAT_A if i % 2 == 0 else VAT_B)
        )
    if card:
        sale.add_tender(TenderKind.CARD, pln(card))
    if cash:
        sale.add_tender(TenderKind.CASH, pln(cash))
    doc: SaleDoc = as_read_back(sale.complete().to_document())
    return doc


def returned(amount: str, refund_kind: str = "cash") -> ReturnDoc:
    return {
        "schema": 1,
        "return_id": "ret-1",
        "original_sale_id": None,
        "store_id": "store-1",
        "till_id": "till-1",
        "cashier_id": "anna",
        "currency": "PLN",
        "returned_at": T0.isoformat(),
        "lines": [
            {
                "line_no": 1,
                "product_id": "p0",
                "sku": "SKU-p0",
                "name": "Product p0",
                "sold_by": "piece",
                "quantity": "1",
                "amount": amount,
                "tax_code": "A",
                "tax_rate": "0.23",
                "original_line_no": 1,
                "restock": True,
                "reason": "defective",
            }
        ],
        "total": amount,
        "refunds": [
            {
                "tender_id": "t",
                "kind": refund_kind,
                "amount": amount,
                "received": amount,
                "details": {},
            }
        ],
        "approvals": [],
    }


@pytest.fixture
def day() -> tuple[Shift, list[SaleDoc], list[VoidDoc], list[ReturnDoc]]:
    shift = Shift("shift-1", "till-1", "anna", T0, CashCount(PLN, {10_000: 2}), "float")
    cash_sale = sold("s1", "12.30", "7.70", cash="50.00")  # 20.00, 30.00 change
    split = sold("s2", "100.00", card="60.00", cash="40.00")
    discounted_sale = new_sale(PLN, role=Role.MANAGER, sale_id="s3")
    discounted_sale.add(product("50.00", currency=PLN))
    discounted_sale.add(product("9.99", product_id="gone", currency=PLN))
    discounted_sale.void_line(2, "wrong item")
    discounted_sale.discount_cart(Discount(percent=Decimal(10), label="staff"))
    discounted_sale.add_tender(TenderKind.CARD, pln("45.00"))
    discounted: SaleDoc = as_read_back(discounted_sale.complete().to_document())
    sales = [cash_sale, split, discounted]
    for doc in sales:
        cash = CashSale.of_sale(doc, PLN)
        if cash is not None:
            shift.record(cash)
    voided = new_sale(PLN, role=Role.MANAGER, sale_id="s4")
    voided.add(product("5.00", currency=PLN))
    voids: list[VoidDoc] = [as_read_back(voided.void("customer left").to_document())]
    returns = [returned("12.30")]
    shift.record(CashRefund("ret-1", pln("12.30")))
    shift.record(
        CashMovement("m1", MovementKind.PAY_OUT, pln("15.00"), "anna", T0, "window cleaner")
    )
    shift.record(CashMovement("m2", MovementKind.SAFE_DROP, pln("100.00"), "anna", T0))
    shift.record(CashMovement("m3", MovementKind.NO_SALE, pln("0"), "anna", T0, "change"))
    return shift, sales, voids, returns


def test_an_x_report_adds_up_the_day_from_its_documents(day: Any) -> None:
    shift, sales, voids, returns = day
    report = build_report(ReportKind.X, shift, T0, sales, voids, returns)
    assert report.sales == Figure(3, pln("165.00"))  # 20.00 + 100.00 + 45.00
    assert report.returns == Figure(1, pln("12.30"))
    assert report.net == pln("152.70")
    assert report.voided_sales == Figure(1, pln("5.00"))
    assert report.voided_lines == Figure(1, pln("9.99"))
    assert report.discounts == Figure(1, pln("5.00"))
    assert report.no_sales == 1
    assert dict(report.tenders) == {
        "card": Figure(2, pln("105.00")),
        "cash": Figure(2, pln("60.00")),
    }
    assert dict(report.refunds) == {"cash": Figure(1, pln("12.30"))}
    assert dict(report.movements) == {
        MovementKind.OPENING_FLOAT: Figure(1, pln("200.00")),
        MovementKind.PAY_OUT: Figure(1, pln("15.00")),
        MovementKind.SAFE_DROP: Figure(1, pln("100.00")),
    }
    # 200 float + 20 + 40 kept - 12.30 refunded - 15 paid out - 100 dropped
    assert report.expected == pln("132.70") == shift.expected
    assert (report.counted, report.variance, report.z_number) == (None, None, None)


def test_per_vat_rate_the_report_is_sales_minus_returns_and_reconciles(day: Any) -> None:
    shift, sales, voids, returns = day
    report = build_report(ReportKind.X, shift, T0, sales, voids, returns)
    for tax in report.taxes:
        assert tax.net + tax.tax == tax.gross
    assert sum((t.gross for t in report.taxes), Money.zero(PLN)) == report.net
    rate_a = next(t for t in report.taxes if t.code == "A")
    sold_a = sum(
        (Money(Decimal(t["gross"]), PLN) for s in sales for t in s["taxes"] if t["code"] == "A"),
        Money.zero(PLN),
    )
    assert rate_a.gross == sold_a - pln("12.30")


def test_a_z_report_is_made_of_a_closed_shift_with_its_number_and_closing_count(day: Any) -> None:
    shift, sales, voids, returns = day
    with pytest.raises(ValueError, match="closed shift"):
        build_report(ReportKind.Z, shift, T0, sales, voids, returns)
    shift.count(
        "c1", CashCount(PLN, {10_000: 1, 2_000: 1, 1_000: 1, 200: 1, 50: 1, 20: 1}), "anna", T0
    )
    shift.close(12, "anna", T0, CashPolicy())
    report = build_report(ReportKind.Z, shift, T0, sales, voids, returns)
    assert report.z_number == 12
    assert report.counted == pln("132.70") and report.variance == pln("0.00")
    assert report.counts == 1


def test_an_x_report_changes_nothing(day: Any) -> None:
    shift, sales, voids, returns = day
    before = (shift.expected, len(shift.events), shift.state)
    build_report(ReportKind.X, shift, T0, sales, voids, returns)
    build_report(ReportKind.X, shift, T0, sales, voids, returns)
    assert (shift.expected, len(shift.events), shift.state) == before
