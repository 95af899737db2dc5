"""The wire contract: document models mirror the till's own documents, quantities stay exact,
problems carry stable codes."""

from __future__ import annotations

import typing
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from pos.api.common import milli_to_quantity, quantity_to_milli
from pos.api.documents import LineDocument, SaleDocument, VoidDocument
from pos.api.feeds import PRODUCT_COLUMNS, STOCK_COLUMNS, CatalogPage, ProductRow, StockRow
from pos.api.problems import Problem, ProblemCode
from pos.domain.sale_document import LineDoc, SaleDoc, VoidDoc


def _wire_names(model: type[SaleDocument] | type[VoidDocument] | type[LineDocument]) -> set[str]:
    return {field.alias or name for name, field in model.model_fields.items()}


@pytest.mark.parametrize(
    ("model", "typed_dict"),
    [(SaleDocument, SaleDoc), (VoidDocument, VoidDoc), (LineDocument, LineDoc)],
)
def test_document_models_have_exactly_the_fields_the_till_writes(
    model: type[SaleDocument], typed_dict: type
) -> None:
    assert _wire_names(model) == set(typing.get_type_hints(typed_dict))


def test_row_columns_name_every_position_of_a_row() -> None:
    assert len(PRODUCT_COLUMNS) == len(typing.get_args(typing.get_args(ProductRow)[0]))
    assert len(STOCK_COLUMNS) == len(typing.get_args(typing.get_args(StockRow)[0]))


@given(st.integers(min_value=-(10**12), max_value=10**12))
def test_quantities_round_trip_exactly_through_text(milli: int) -> None:
    text = milli_to_quantity(milli)
    assert quantity_to_milli(text) == milli
    assert Decimal(text) * 1000 == milli


def test_quantity_text_is_short_and_refuses_a_fourth_decimal() -> None:
    assert [milli_to_quantity(m) for m in (5000, 1250, -500, 0, 1)] == [
        "5",
        "1.25",
        "-0.5",
        "0",
        "0.001",
    ]
    with pytest.raises(ValueError, match="3 decimals"):
        quantity_to_milli("0.0005")
    with pytest.raises(ValueError):
        quantity_to_milli("NaN")


def test_a_page_row_with_a_float_price_or_a_missing_value_is_refused() -> None:
    row = ["id", "SKU", "Name", None, "A", "piece", True, 1299, ["5901234567893"]]
    page = {"cursor": "c", "has_more": False, "tax_classes": [], "categories": []}
    page |= {"product_columns": list(PRODUCT_COLUMNS)}
    assert CatalogPage.model_validate({**page, "products": [row]}).size == 1
    with pytest.raises(ValidationError):
        CatalogPage.model_validate({**page, "products": [[*row[:7], 12.99, row[8]]]})
    with pytest.raises(ValidationError):
        CatalogPage.model_validate({**page, "products": [row[:8]]})


def test_a_problem_names_its_code_in_its_type() -> None:
    problem = Problem.of(401, ProblemCode.TOKEN_REVOKED, "Device token revoked")
    assert problem.type == "urn:omnitill:problem:token_revoked"
    assert problem.model_dump(exclude_none=True) == {
        "type": "urn:omnitill:problem:token_revoked",
        "title": "Device token revoked",
        "status": 401,
        "code": "token_revoked",
    }
