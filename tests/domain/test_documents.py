"""Completed, voided and parked sales as JSON documents that read back exactly."""

from __future__ import annotations

import copy
import json
from decimal import Decimal
from typing import Any, get_type_hints

import pytest

from pos.domain.cart import Sale, SaleState
from pos.domain.catalog import SoldBy
from pos.domain.discounts import Discount
from pos.domain.documents import CompletedSale, VoidedSale
from pos.domain.errors import EmptySale, InvalidDocument, PaymentInProgress, SaleNotOpen
from pos.domain.money import CHF, EUR, Currency, Money
from pos.domain.roles import Action, Role
from pos.domain.sale_document import LineDoc, SaleDoc, VoidDoc
from pos.domain.tax import Pricing
from pos.domain.tenders import TenderKind

from .builders import T0, VAT_A, VAT_B, approval, money, new_sale, product


def busy_sale(currency: Currency = EUR) -> Sale:
    sale = new_sale(currency)
    sale.add(product("3.99", product_id="milk", tax=VAT_A, currency=currency), 2)
    sale.add(product("10.00", product_id="wine", tax=VAT_B, currency=currency, barcode="96385074"))
    sale.add(product("1.00", product_id="gum", currency=currency))
    sale.discount_line(2, Discount.of_percent(20, "staff"), Role.CASHIER, approval(Action.DISCOUNT))
    sale.void_line(3, "scan error", approval(Action.VOID_LINE, approver="sup-2"))
    sale.discount_cart(Discount.of_percent(5, "promo QR"))
    return sale


def roundtrip_json(doc: Any) -> Any:
    return json.loads(json.dumps(doc))


def test_completed_document_has_exactly_the_sale_doc_shape() -> None:
    sale = busy_sale()
    sale.add_tender(TenderKind.CASH, money("50.00"))
    doc = sale.complete().to_document()
    assert set(doc) == set(get_type_hints(SaleDoc)) - {"customer"}  # no customer attached
    assert all(
        set(line) == set(get_type_hints(LineDoc)) - {"promo_discount"} for line in doc["lines"]
    )
    assert doc["sale_id"] == sale.sale_id
    assert doc["started_at"] == "2024-05-17T09:30:00+00:00"
    assert doc["completed_at"] == "2024-05-17T09:30:01+00:00"
    assert doc["lines"][0]["quantity"] == "2"
    assert doc["lines"][2]["voided"] is True
    assert doc["lines"][2]["void_reason"] == "scan error"
    assert doc["lines"][1]["line_discount"] == "2.00"
    assert doc["lines"][1]["line_discount_label"] == "staff"
    assert doc["cart_discount_label"] == "promo QR"
    assert doc["pricing"] == "gross"


def test_completed_document_numbers_add_up() -> None:
    sale = busy_sale()
    sale.add_tender(TenderKind.CASH, money("50.00"))
    doc = sale.complete().to_document()
    # lines: 7.98 and 8.00 before the cart discount (5 % of 15.98 = 0.80)
    assert doc["cart_discount"] == "0.80"
    assert [line["total"] for line in doc["lines"]] == ["7.58", "7.60", "1.00"]
    assert doc["total"] == "15.18"
    assert [(t["code"], t["gross"], t["tax"]) for t in doc["taxes"]] == [
        ("A", "7.58", "1.42"),
        ("B", "7.60", "0.56"),
    ]
    assert doc["amount_due"] == "15.18"
    assert doc["change"] == "34.82"
    assert doc["tenders"][0]["amount"] == "15.18"


def test_every_used_approval_appears_in_the_document() -> None:
    sale = busy_sale()
    sale.add_tender(TenderKind.CASH, money("50.00"))
    doc = sale.complete().to_document()
    assert [(a["action"], a["approver_id"]) for a in doc["approvals"]] == [
        ("discount", "sup-1"),
        ("void_line", "sup-2"),
    ]
    assert doc["approvals"][0]["approved_at"] == T0.isoformat()
    assert "supervisor" in doc["approvals"][0]["detail"]


@pytest.mark.parametrize("currency", [EUR, CHF])
@pytest.mark.parametrize("pricing", list(Pricing))
def test_completed_sale_round_trips_through_json(currency: Currency, pricing: Pricing) -> None:
    sale = new_sale(currency, pricing=pricing)
    sale.add(product("24.90", tax=VAT_B, currency=currency), 3)
    cheese = product("7.77", product_id="w", tax=VAT_A, currency=currency, sold_by=SoldBy.WEIGHT)
    sale.add(cheese, Decimal("0.347"))
    sale.discount_cart(Discount.of_amount(Money.of("1.00", currency)), Role.MANAGER)
    sale.add_tender(TenderKind.CARD, Money.of("5.00", currency), {"last4": "4242"})
    sale.add_tender(TenderKind.CASH, Money.of("100", currency))
    record = sale.complete()
    doc = roundtrip_json(record.to_document())
    again = CompletedSale.from_document(doc)
    assert again == record
    assert again.to_document() == record.to_document()


def test_from_document_refuses_a_tampered_total() -> None:
    sale = busy_sale()
    sale.add_tender(TenderKind.CASH, money("50.00"))
    doc: SaleDoc = sale.complete().to_document()
    bad = copy.deepcopy(doc)
    bad["total"] = "15.19"
    with pytest.raises(InvalidDocument):
        CompletedSale.from_document(bad)
    bad = copy.deepcopy(doc)
    bad["lines"][0]["total"] = "7.59"
    with pytest.raises(InvalidDocument):
        CompletedSale.from_document(bad)


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("schema", 2),
        ("currency", "XXX"),
        ("pricing", "gross-ish"),
        ("completed_at", "yesterday"),
        ("completed_at", "2024-05-17T09:30:00"),
        ("rounding", "0.001"),
        ("change", "abc"),
    ],
)
def test_from_document_refuses_bad_values(key: str, value: object) -> None:
    sale = busy_sale()
    sale.add_tender(TenderKind.CASH, money("50.00"))
    doc: dict[str, Any] = dict(sale.complete().to_document())
    doc[key] = value
    with pytest.raises(InvalidDocument):
        CompletedSale.from_document(doc)  # type: ignore[arg-type]


def test_from_document_refuses_a_missing_key() -> None:
    sale = busy_sale()
    sale.add_tender(TenderKind.CASH, money("50.00"))
    doc: dict[str, Any] = dict(sale.complete().to_document())
    del doc["tenders"]
    with pytest.raises(InvalidDocument):
        CompletedSale.from_document(doc)  # type: ignore[arg-type]


# --- void ----------------------------------------------------------------------------------


def test_voided_sale_document_is_journalled_with_kind_void() -> None:
    sale = busy_sale()
    record = sale.void("customer walked out", approval(Action.VOID_SALE, Role.MANAGER, "mgr-1"))
    doc: VoidDoc = record.to_document()
    assert doc["kind"] == "void"
    assert doc["reason"] == "customer walked out"
    assert doc["total"] == "15.18"
    assert [a["action"] for a in doc["approvals"]] == ["discount", "void_line", "void_sale"]
    assert VoidedSale.from_document(roundtrip_json(doc)) == record
    assert sale.state is SaleState.VOIDED


def test_a_sale_with_tenders_cannot_be_voided() -> None:
    sale = busy_sale()
    sale.add_tender(TenderKind.CASH, money("1.00"))
    before = copy.deepcopy(sale)
    with pytest.raises(PaymentInProgress):
        sale.void("x", approval(Action.VOID_SALE))
    assert sale == before


# --- park / recall -------------------------------------------------------------------------


def test_park_and_recall_rebuild_an_identical_open_sale() -> None:
    sale = busy_sale(CHF)
    before = copy.deepcopy(sale)
    snapshot = roundtrip_json(sale.park())
    assert sale.state is SaleState.PARKED
    recalled = Sale.recall(snapshot)
    assert recalled == before
    assert recalled.state is SaleState.OPEN
    assert recalled.currency == CHF
    # the discount rule survives: changing the quantity keeps 20 % on line 2
    recalled.set_quantity(2, 2)
    assert recalled.line(2).line_discount == Money.of("4.00", CHF)
    assert recalled.add(product("1.00", product_id="new", currency=CHF)).line_no == 4


def test_a_parked_sale_refuses_changes() -> None:
    sale = busy_sale()
    sale.park()
    with pytest.raises(SaleNotOpen):
        sale.add(product())


def test_a_sale_with_tenders_cannot_be_parked() -> None:
    sale = busy_sale()
    sale.add_tender(TenderKind.CASH, money("1.00"))
    before = copy.deepcopy(sale)
    with pytest.raises(PaymentInProgress):
        sale.park()
    assert sale == before


def test_an_empty_sale_cannot_be_parked() -> None:
    with pytest.raises(EmptySale):
        new_sale().park()


def test_recall_refuses_a_broken_snapshot() -> None:
    snapshot = roundtrip_json(busy_sale().park())
    snapshot["lines"][0]["quantity"] = "1.5"
    with pytest.raises(InvalidDocument):
        Sale.recall(snapshot)
    del snapshot["lines"]
    with pytest.raises(InvalidDocument):
        Sale.recall(snapshot)
