"""GTIN check digits (EAN-8, UPC-A, EAN-13, GTIN-14) as the till reads them (biip behind
``pos.domain.scan_meaning``), against an independent oracle."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos.domain.errors import InvalidBarcode
from pos.domain.scan_meaning import interpret

from .builders import gtin_check_digit


def gtin14(code: str) -> str | None:
    product = interpret(code).product
    assert product is not None
    return product.gtin14


@pytest.mark.parametrize(
    "code",
    ["96385074", "036000291452", "4006381333931", "5901234123457", "10614141000415"],
)
def test_known_good_codes_are_valid(code: str) -> None:
    assert gtin14(code) == code.zfill(14)


def test_check_digit_of_known_payloads() -> None:
    assert gtin_check_digit("400638133393") == 1
    assert gtin_check_digit("03600029145") == 2
    assert gtin_check_digit("9638507") == 4


@pytest.mark.parametrize("code", ["4006381333932", "40063813339311", "036000291453"])
def test_bad_codes_are_refused(code: str) -> None:
    with pytest.raises(InvalidBarcode):
        interpret(code)


def test_upc_a_and_ean13_forms_have_the_same_gtin14() -> None:
    assert gtin14("036000291452") == gtin14("0036000291452") == "00036000291452"


@given(
    st.text(alphabet="0123456789", min_size=7, max_size=13).filter(
        lambda s: len(s) in (7, 11, 12, 13) and not s.startswith(("28", "29"))
    )
)
def test_appending_the_check_digit_makes_a_valid_code(payload: str) -> None:
    code = payload + str(gtin_check_digit(payload))
    assert gtin14(code) == code.zfill(14)


@given(st.text(alphabet="0123456789", min_size=12, max_size=12), st.integers(0, 12))
def test_any_single_digit_error_is_detected(payload: str, position: int) -> None:
    code = payload + str(gtin_check_digit(payload))
    wrong = str((int(code[position]) + 1) % 10)
    with pytest.raises(InvalidBarcode):
        interpret(code[:position] + wrong + code[position + 1 :])
