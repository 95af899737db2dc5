"""What a scanned code means: GTINs, UPC-E, variable-measure labels, GS1 strings, QR routes.

Golden vectors are the GS1 General Specifications' examples (and biip's, which quote them)
and codes from real products; property tests generate codes with our own check-digit routine
(tests.domain.builders), independent of the library that parses them.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pos.domain.errors import (
    DomainError,
    InvalidBarcode,
    InvalidGs1Code,
    InvalidMeasureLabel,
    LabelCheckDigitWrong,
    LabelDecimalsWrong,
    LabelLengthWrong,
    LabelPrefixesWrong,
)
from pos.domain.gs1_codes import GS, is_expired, parse_gs1
from pos.domain.scan_meaning import Route, interpret
from pos.domain.variable_measure import MeasureKind, VariableMeasureLayout

from .builders import gtin_check_digit

WEIGHT_28 = VariableMeasureLayout(frozenset({"28"}), 5, MeasureKind.WEIGHT, 5, 3)
PRICE_29 = VariableMeasureLayout(frozenset({"29"}), 5, MeasureKind.PRICE, 5, 2)
PRICE_CHECKED_2X = VariableMeasureLayout(
    frozenset({"20", "21"}), 4, MeasureKind.PRICE, 5, 2, value_check_digit=True
)
LAYOUTS = (WEIGHT_28, PRICE_29)


def ean13(first12: str) -> str:
    return first12 + str(gtin_check_digit(first12))


# --- GTINs ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "gtin14"),
    [
        ("4006381333931", "04006381333931"),  # a real EAN-13 (Stabilo)
        ("5901234123457", "05901234123457"),  # GS1 Poland's example
        ("036000291452", "00036000291452"),  # UPC-A, a real product
        ("96385074", "00000096385074"),  # EAN-8, GS1 example
        ("10614141000415", "10614141000415"),  # GTIN-14 (case), GS1 example
    ],
)
def test_a_gtin_is_a_product_found_as_scanned_then_as_gtin14(code: str, gtin14: str) -> None:
    meaning = interpret(code)
    assert meaning.route is Route.PRODUCT
    assert meaning.product is not None
    assert meaning.product.gtin14 == gtin14
    assert meaning.product.keys[0] == code
    assert gtin14 in meaning.product.keys


@pytest.mark.parametrize("code", ["4006381333932", "5901234123450", "96385075", "036000291453"])
def test_a_wrong_check_digit_is_refused_never_looked_up(code: str) -> None:
    with pytest.raises(InvalidBarcode):
        interpret(code)


@pytest.mark.parametrize(
    ("upce", "upca"),
    [
        ("0425261", "042100005264"),  # GS1 General Specifications' UPC-E example (no check)
        ("04252614", "042100005264"),
        ("01234565", "012345000065"),
    ],
)
def test_upc_e_is_expanded_to_its_upc_a(upce: str, upca: str) -> None:
    product = interpret(upce, "upce" if len(upce) == 8 else "unknown").product
    assert product is not None
    assert product.gtin14 == upca.zfill(14)
    assert product.keys[0] == upce  # an in-store code spelled the same still wins


def test_an_eight_digit_code_valid_only_as_upc_e_is_read_as_upc_e() -> None:
    product = interpret("04252614").product  # not a valid EAN-8
    assert product is not None and product.gtin14 == "00042100005264"


def test_a_short_number_is_an_in_store_code_looked_up_as_typed() -> None:
    product = interpret("1001").product
    assert product is not None
    assert product.keys == ("1001",)
    assert product.gtin14 is None


@given(st.text(alphabet="0123456789", min_size=12, max_size=12))
def test_every_ean13_with_its_check_digit_reads_and_every_other_digit_is_refused(
    first12: str,
) -> None:
    code = ean13(first12)
    if code[:2] in ("28", "29"):
        return  # variable-measure prefixes under LAYOUTS; covered below
    product = interpret(code, "ean13", LAYOUTS).product
    assert product is not None and product.gtin14 == code.zfill(14)
    for wrong in "0123456789":
        if wrong != code[-1]:
            with pytest.raises(InvalidBarcode):
                interpret(code[:-1] + wrong, "ean13", LAYOUTS)


# --- variable-measure labels ---------------------------------------------------------------


def test_a_weight_label_gives_the_plu_and_the_weight() -> None:
    code = ean13("280100101250")  # 28 | 01001 | 01250 -> PLU 1001, 1.250 kg
    product = interpret(code, "ean13", LAYOUTS).product
    assert product is not None
    assert product.keys == ("1001",)
    assert product.weight_kg == Decimal("1.250")
    assert product.label_price is None


def test_a_price_label_gives_the_plu_and_the_price() -> None:
    code = ean13("290100200799")  # 29 | 01002 | 00799 -> PLU 1002, 7.99
    product = interpret(code, "ean13", LAYOUTS).product
    assert product is not None
    assert product.keys == ("1002",)
    assert product.label_price == Decimal("7.99")
    assert product.weight_kg is None


def test_a_price_check_digit_is_verified() -> None:
    # GS1 General Specifications, price check digit example: 2875 -> 9 (4-digit value).
    four = VariableMeasureLayout(frozenset({"20"}), 5, MeasureKind.PRICE, 4, 2, True)
    good = ean13("201234592875")  # 20 | 12345 | 9 | 2875
    product = interpret(good, "ean13", (four,)).product
    assert product is not None and product.label_price == Decimal("28.75")
    with pytest.raises(InvalidMeasureLabel):
        interpret(ean13("201234582875"), "ean13", (four,))


def test_a_five_digit_price_check_digit_is_verified() -> None:
    # biip/GS1: the 5-digit value 14685 has price check digit 6.
    product = interpret(ean13("200123614685"), "ean13", (PRICE_CHECKED_2X,)).product
    assert product is not None and product.label_price == Decimal("146.85")
    assert product.keys == ("123",)


def test_a_zero_weight_label_is_refused() -> None:
    with pytest.raises(InvalidMeasureLabel):
        interpret(ean13("280100100000"), "ean13", LAYOUTS)


def test_a_restricted_code_no_layout_claims_is_an_in_store_code() -> None:
    code = ean13("250000012345")
    product = interpret(code, "ean13", LAYOUTS).product
    assert product is not None and product.keys[0] == code and product.measure is None


@given(
    item=st.integers(min_value=1, max_value=99999),
    grams=st.integers(min_value=1, max_value=99999),
)
def test_any_weight_label_reads_back_its_item_and_weight(item: int, grams: int) -> None:
    code = ean13(f"28{item:05d}{grams:05d}")
    product = interpret(code, "ean13", LAYOUTS).product
    assert product is not None
    assert product.keys == (str(item),)
    assert product.weight_kg == Decimal(grams) / 1000


def test_a_layout_that_does_not_fill_an_ean13_is_refused_with_a_translatable_reason() -> None:
    with pytest.raises(LabelLengthWrong) as short:
        VariableMeasureLayout(frozenset({"28"}), 5, MeasureKind.WEIGHT, 4, 3)
    assert short.value.params == {"used": "12"} and isinstance(short.value, ValueError)
    with pytest.raises(LabelPrefixesWrong):
        VariableMeasureLayout(frozenset({"30"}), 5, MeasureKind.WEIGHT, 5, 3)
    with pytest.raises(LabelCheckDigitWrong):
        VariableMeasureLayout(frozenset({"28"}), 3, MeasureKind.PRICE, 6, 2, value_check_digit=True)
    with pytest.raises(LabelDecimalsWrong):
        VariableMeasureLayout(frozenset({"28"}), 5, MeasureKind.WEIGHT, 5, 6)


# --- GS1 element strings -------------------------------------------------------------------


def test_gs1_general_specifications_example_with_batch_expiry_and_serial() -> None:
    # (01)09501101530003 (17)140704 (10)AB-123 GS (21)XYZ
    text = "01095011015300031714070410AB-123" + GS + "21XYZ"
    data = parse_gs1(text)
    assert data.gtin14 == "09501101530003"
    assert data.expiry == date(2014, 7, 4)
    assert data.batch == "AB-123"
    assert data.serial == "XYZ"
    assert data.marking_code is None


def test_net_weight_and_price_from_310x_and_392x() -> None:
    data = parse_gs1("0109501101530003310300125039221299")
    assert data.weight_kg == Decimal("1.250")
    assert data.price == Decimal("12.99")


def test_day_zero_expiry_means_the_last_day_of_the_month() -> None:
    assert parse_gs1("010950110153000317250200").expiry == date(2025, 2, 28)


def test_an_item_is_expired_only_after_its_expiry_day() -> None:
    assert not is_expired(date(2025, 2, 28), date(2025, 2, 28))
    assert is_expired(date(2025, 2, 28), date(2025, 3, 1))
    assert not is_expired(None, date(2025, 3, 1))


MARKING_91_92 = "0104600439931256215Jj:+r/PmQ:c" + GS + "91FFD0" + GS + "92dGVzdHNpZ25hdHVyZQ=="
MARKING_93 = "0104650117240408215'W&dc" + GS + "93dGVz"


@pytest.mark.parametrize("code", [MARKING_91_92, MARKING_93])
def test_a_marking_code_is_kept_verbatim_with_its_group_separators(code: str) -> None:
    meaning = interpret(code, "gs1-datamatrix")
    assert meaning.route is Route.PRODUCT
    assert meaning.product is not None
    assert meaning.product.marking_code == code
    assert meaning.product.keys[0] == meaning.product.gtin14[1:]  # type: ignore[index]


def test_a_gs1_code_with_a_wrong_gtin_check_digit_is_refused() -> None:
    with pytest.raises(InvalidGs1Code):
        interpret("0109501101530004" + "10ABC", "gs1-128")


def test_a_gs1_code_without_a_gtin_is_not_a_product() -> None:
    meaning = interpret("00106141411234567897", "gs1-128")  # an SSCC (pallet label)
    assert meaning.route is Route.UNKNOWN


@given(
    gtin=st.text(alphabet="0123456789", min_size=13, max_size=13),
    batch=st.text(alphabet="ABCXYZ0123456789-", min_size=1, max_size=20),
    serial=st.text(alphabet="abcXYZ0123456789", min_size=1, max_size=20),
)
def test_any_gs1_string_reads_back_its_fields(gtin: str, batch: str, serial: str) -> None:
    gtin14 = gtin + str(gtin_check_digit(gtin))
    text = f"01{gtin14}10{batch}{GS}21{serial}"
    data = parse_gs1(text)
    assert (data.gtin14, data.batch, data.serial) == (gtin14, batch, serial)


# --- QR routes -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "route", "value"),
    [
        ("omnitill:promo:eyJhbGciOi.x.y", Route.PROMO, "eyJhbGciOi.x.y"),
        ("OMNITILL:PICKUP:W-20481", Route.PICKUP, "W-20481"),
        (
            "0b6e4c1a-9d3f-4f7e-8a21-3c5d7e9f1a2b",
            Route.RECEIPT,
            "0b6e4c1a-9d3f-4f7e-8a21-3c5d7e9f1a2b",
        ),
        (
            "omnitill:receipt:0b6e4c1a-9d3f-4f7e-8a21-3c5d7e9f1a2b",
            Route.RECEIPT,
            "0b6e4c1a-9d3f-4f7e-8a21-3c5d7e9f1a2b",
        ),
        ("https://id.gs1.org/01/09506000134352/10/ABC", Route.PRODUCT, "09506000134352"),
        ("https://example.com/hello", Route.UNKNOWN, "https://example.com/hello"),
        ("omnitill:receipt:not-a-uuid", Route.UNKNOWN, "omnitill:receipt:not-a-uuid"),
        ("WIFI:S:shop;T:WPA;P:secret;;", Route.UNKNOWN, "WIFI:S:shop;T:WPA;P:secret;;"),
        ("omnitill:promo:", Route.UNKNOWN, "omnitill:promo:"),
    ],
)
def test_qr_payloads_are_routed(text: str, route: Route, value: str) -> None:
    meaning = interpret(text, "qr")
    assert (meaning.route, meaning.value) == (route, value)


SYMBOLOGIES = ("unknown", "ean13", "ean8", "upce", "upca", "gs1-128", "gs1-datamatrix", "qr")


@given(
    text=st.one_of(
        st.text(max_size=80),
        st.text(alphabet="0123456789", max_size=30),
        st.text(alphabet="0123456789\x1dABC", max_size=60).map(lambda t: "01" + t),
        st.text(max_size=40).map(lambda t: "omnitill:" + t),
        st.text(max_size=40).map(lambda t: "https://id.gs1.org/01/" + t),
    ),
    symbology=st.sampled_from(SYMBOLOGIES),
)
def test_any_input_gives_a_meaning_or_a_clear_refusal_never_a_crash(
    text: str, symbology: str
) -> None:
    try:
        meaning = interpret(text, symbology, LAYOUTS)
    except DomainError:
        return
    assert meaning.text == text
    if meaning.route is Route.PRODUCT:
        assert meaning.product is not None and meaning.product.keys
