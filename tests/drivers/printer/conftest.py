"""Shared receipts for the printer driver tests."""

from __future__ import annotations

import pytest

from drivers.printer import Receipt, ReceiptItem, Row, TaxRow, TaxTable

SALE_ID = "S-2024-000123"


def make_receipt(**changes: object) -> Receipt:
    """A Ukrainian/Polish/Russian mixed receipt touching every section of the layout."""
    fields: dict[str, object] = {
        "header": ("Магазин Ромашка", "вул. Шевченка 1, Київ"),
        "title": "КОПІЯ",
        "meta": (Row("Чек №", "000123"), Row("Касир", "Ґанна Їжакова")),
        "items": (
            ReceiptItem("Молоко пастеризоване, пляшка 0,9 л, жирність 2,5%", "57,90", "", "A"),
            ReceiptItem(
                "Zażółć gęślą jaźń",
                "3,98 zł",
                detail="2 x 1,99",
                tax_code="B",
                discount=Row("Rabat 10%", "-0,40"),
                marker="ZWROT",
            ),
            ReceiptItem("Сыр российский", "311,85", detail="0,450 кг x 693,00/кг", tax_code="A"),
        ),
        "summary": (Row("Сума", "373,33"),),
        "total": Row("РАЗОМ", "373,33"),
        "tax_table": TaxTable(
            TaxRow("ПДВ", "Без ПДВ", "ПДВ", "Всього"),
            (TaxRow("A 20%", "307,96", "61,79", "369,75"), TaxRow("B 0%", "3,58", "0,00", "3,58")),
        ),
        "tenders": (Row("Готівка", "400,00"), Row("Решта", "26,67")),
        "code": SALE_ID,
        "code_kind": "qr",
        "footer": ("Дякуємо за покупку!",),
    }
    fields.update(changes)
    return Receipt(**fields)  # type: ignore[arg-type]


@pytest.fixture
def receipt() -> Receipt:
    return make_receipt()
