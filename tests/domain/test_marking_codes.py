"""Marking codes on sale lines: one marked item per line, each code once, kept byte-exact in
the sale document, its JSON, and a parked sale."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from pos.domain.cart import Sale
from pos.domain.documents import CompletedSale
from pos.domain.errors import MarkedItemIsOne, MarkingCodeTwice
from pos.domain.money import EUR, Money
from pos.domain.roles import Action
from pos.domain.tenders import TenderKind

from .builders import approval, new_sale, product

GS = "\x1d"
CODE_A = "0104600439931256215Jj:+r/PmQ:c" + GS + "91FFD0" + GS + "92dGVzdHNpZ25hdHVyZQ=="
CODE_B = "0104600439931256215Kk:+r/PmQ:c" + GS + "91FFD0" + GS + "92c2lnbmF0dXJlQg=="


def test_each_marked_item_has_its_own_line_with_its_code() -> None:
    sale = new_sale()
    milk = product("3.49")
    first = sale.add(milk, marking_code=CODE_A)
    second = sale.add(milk, marking_code=CODE_B)
    assert (first.line_no, second.line_no) == (1, 2)
    assert [line.marking_code for line in sale.lines] == [CODE_A, CODE_B]
    plain = sale.add(milk)
    assert plain.line_no == 3 and plain.marking_code is None  # never merged into a marked line


def test_the_same_marking_code_twice_is_refused_and_changes_nothing() -> None:
    sale = new_sale()
    sale.add(product("3.49"), marking_code=CODE_A)
    with pytest.raises(MarkingCodeTwice):
        sale.add(product("3.49"), marking_code=CODE_A)
    assert len(sale.lines) == 1


def test_a_voided_marked_line_frees_its_code() -> None:
    sale = new_sale()
    sale.add(product("3.49"), marking_code=CODE_A)
    sale.void_line(1, "Scanned by mistake", approval(Action.VOID_LINE))
    assert sale.add(product("3.49"), marking_code=CODE_A).line_no == 2


def test_a_marked_line_stays_one_piece() -> None:
    sale = new_sale()
    sale.add(product("3.49"), marking_code=CODE_A)
    with pytest.raises(MarkedItemIsOne):
        sale.set_quantity(1, 2)
    with pytest.raises(MarkedItemIsOne):
        sale.add(product("3.49"), 2, marking_code=CODE_B)
    assert sale.lines[0].quantity == Decimal(1)


def test_the_marking_code_survives_the_sale_document_and_its_json_byte_exact() -> None:
    sale = new_sale()
    sale.add(product("3.49"), marking_code=CODE_A)
    sale.add_tender(TenderKind.CASH, Money.of("5", EUR))
    record = sale.complete()
    text = json.dumps(record.to_document())
    assert "\\u001d" in text  # the GS travels escaped, not dropped
    again = CompletedSale.from_document(json.loads(text))
    assert again.lines[0].marking_code == CODE_A
    assert again.lines[0].marking_code.encode() == CODE_A.encode()  # type: ignore[union-attr]


def test_an_older_document_without_marking_codes_still_reads() -> None:
    sale = new_sale()
    sale.add(product("3.49"))
    sale.add_tender(TenderKind.CASH, Money.of("5", EUR))
    doc = sale.complete().to_document()
    del doc["lines"][0]["marking_code"]
    assert CompletedSale.from_document(doc).lines[0].marking_code is None


def test_a_parked_sale_keeps_its_marking_codes() -> None:
    sale = new_sale()
    sale.add(product("3.49"), marking_code=CODE_A)
    snapshot = json.loads(json.dumps(sale.park()))
    recalled = Sale.recall(snapshot)
    assert recalled.lines[0].marking_code == CODE_A
    with pytest.raises(MarkingCodeTwice):
        recalled.add(product("3.49"), marking_code=CODE_A)
