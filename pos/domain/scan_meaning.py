"""What a scanned code means for the till, decided without I/O.

``interpret(text, symbology, layouts)`` turns one read into a :class:`ScanMeaning`: a product
to sell (with the catalog keys to try, and what the code adds: weight, label price, expiry,
batch, serial, marking code) or another *route* for payloads the till handles elsewhere.

Products (``Route.PRODUCT``):

* GTINs: EAN-13, EAN-8, UPC-A, UPC-E (6, 7 or 8 digits; expanded to UPC-A) and GTIN-14, check
  digits verified by ``biip``; a wrong one raises ``InvalidBarcode``. The catalog is tried with
  the code as scanned first (that is how the catalog and older sales keep codes), then as
  GTIN-14, so UPC-A, EAN-13 and GTIN-14 spellings of one article find it.
* Variable-measure codes (prefixes 20-29) in a configured layout: the item code (the PLU the
  catalog keeps) plus a weight or a label price. A 20-29 code no layout claims is an in-store
  code and is looked up as it is.
* GS1 element strings (GS1-128, GS1 DataMatrix, GS1 QR, or digits starting with AI 01):
  ``pos.domain.gs1_codes``.
* GS1 Digital Link URIs (``https://id.gs1.org/01/<gtin>/...``) in a QR code.
* Any other string of digits (a PLU typed at the till): looked up exactly as typed.

Other routes (QR payloads; each later feature plugs its handler into the services' router):

==========  ===========================================  ================================
route        payload                                       example
==========  ===========================================  ================================
RECEIPT      a sale id (UUID) — what receipts print         ``0b6e...-...``
             or ``omnitill:receipt:<sale id>``
PROMO        ``omnitill:promo:<token>``                     a customer's signed promo token
PICKUP       ``omnitill:pickup:<code>``                     a click-and-collect pickup code
UNKNOWN      anything else (other URLs, text, SSCC...)
==========  ===========================================  ================================

Scheme names are matched without regard to case; the value after the scheme is kept as is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from enum import StrEnum

from pos.domain.catalog import ProductInfo, SoldBy
from pos.domain.errors import InvalidBarcode, InvalidMeasureLabel, MeasureNotForPieces
from pos.domain.gs1_codes import Gs1Data, looks_like_gs1, parse_gs1
from pos.domain.money import Money
from pos.domain.variable_measure import (
    MeasureKind,
    VariableMeasure,
    VariableMeasureLayout,
    layout_for,
    read_variable_measure,
)

SCHEME = "omnitill:"
PROMO_PREFIX = SCHEME + "promo:"
PICKUP_PREFIX = SCHEME + "pickup:"
RECEIPT_PREFIX = SCHEME + "receipt:"
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.IGNORECASE)


def is_sale_id(text: str) -> bool:
    """Whether typed text is a sale id as a receipt prints it (a pasted or typed receipt code
    is then read like a scan of it)."""
    return _UUID.fullmatch(text) is not None


GS1_SYMBOLOGIES = frozenset({"gs1-128", "gs1-datamatrix"})


class Route(StrEnum):
    PRODUCT = "product"
    PROMO = "promo"
    PICKUP = "pickup"
    RECEIPT = "receipt"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class ProductCode:
    """A code that names a product: the keys to find it by and what the code itself says."""

    keys: tuple[str, ...]  # catalog lookup keys, best first
    gtin14: str | None = None
    measure: VariableMeasure | None = None
    gs1: Gs1Data | None = None

    @property
    def weight_kg(self) -> Decimal | None:
        if self.measure is not None and self.measure.kind is MeasureKind.WEIGHT:
            return self.measure.value
        return self.gs1.weight_kg if self.gs1 is not None else None

    @property
    def label_price(self) -> Decimal | None:
        if self.measure is not None and self.measure.kind is MeasureKind.PRICE:
            return self.measure.value
        return self.gs1.price if self.gs1 is not None else None

    @property
    def expiry(self) -> date | None:
        return self.gs1.expiry if self.gs1 is not None else None

    @property
    def marking_code(self) -> str | None:
        return self.gs1.marking_code if self.gs1 is not None else None


@dataclass(frozen=True, slots=True)
class ScanMeaning:
    route: Route
    text: str  # the read as received (group separators kept)
    value: str  # payload: the first catalog key (product), token, pickup code, sale id, text
    product: ProductCode | None = None
    symbology: str = "unknown"


def interpret(
    text: str,
    symbology: str = "unknown",
    layouts: tuple[VariableMeasureLayout, ...] = (),
) -> ScanMeaning:
    """The meaning of one read; raises a DomainError for a code that is damaged (a wrong check
    digit, an unreadable GS1 string), never guesses a product from it."""
    if not text:
        return ScanMeaning(Route.UNKNOWN, text, text, symbology=symbology)
    gs1_symbology = symbology in GS1_SYMBOLOGIES
    digits = text.isascii() and text.isdigit()
    if digits and not gs1_symbology and not (len(text) > 16 and text[:2] == "01"):
        product = _digits(text, symbology, layouts)
        return ScanMeaning(Route.PRODUCT, text, product.keys[0], product, symbology)
    if gs1_symbology or looks_like_gs1(text):
        gs1 = parse_gs1(text)
        if gs1.gtin14 is None:
            return ScanMeaning(Route.UNKNOWN, text, text, symbology=symbology)
        product = ProductCode(_gtin_keys(gs1.gtin14), gs1.gtin14, gs1=gs1)
        return ScanMeaning(Route.PRODUCT, text, gs1.gtin14, product, symbology)
    return _route_payload(text, symbology)


def _route_payload(text: str, symbology: str) -> ScanMeaning:
    folded = text.casefold()
    for prefix, route in (
        (PROMO_PREFIX, Route.PROMO),
        (PICKUP_PREFIX, Route.PICKUP),
        (RECEIPT_PREFIX, Route.RECEIPT),
    ):
        if folded.startswith(prefix) and len(text) > len(prefix):
            value = text[len(prefix) :]
            if route is Route.RECEIPT and not _UUID.fullmatch(value):
                break
            return ScanMeaning(route, text, value, symbology=symbology)
    if _UUID.fullmatch(text):
        return ScanMeaning(Route.RECEIPT, text, text.lower(), symbology=symbology)
    if folded.startswith(("https://", "http://")):
        from biip import ParseError  # biip is imported where it is used (pos.services.warm_up)
        from biip.gs1_digital_link_uris import GS1DigitalLinkURI

        try:
            link = GS1DigitalLinkURI.parse(text)
        except ParseError:
            link = None
        element = link.element_strings.get(ai="01") if link is not None else None
        if element is not None and element.gtin is not None:
            gtin14 = element.gtin.as_gtin_14()
            product = ProductCode(_gtin_keys(gtin14), gtin14)
            return ScanMeaning(Route.PRODUCT, text, gtin14, product, symbology)
    return ScanMeaning(Route.UNKNOWN, text, text, symbology=symbology)


def _digits(text: str, symbology: str, layouts: tuple[VariableMeasureLayout, ...]) -> ProductCode:
    length = len(text)
    upce = _upce_gtin14(text) if length in (6, 7, 8) else None
    if symbology == "upce" and length == 8:
        if upce is None:
            raise InvalidBarcode(text)
        return ProductCode((text, upce), upce)
    if length in (6, 7):  # an in-store code typed at the till, or a UPC-E without its check
        return ProductCode((text, upce) if upce else (text,), upce)
    if length not in (8, 12, 13, 14):
        return ProductCode((text,))  # a PLU or another in-store number: exactly as typed
    from biip import ParseError
    from biip.gtin import Gtin

    try:
        gtin14 = Gtin.parse(text).as_gtin_14()
    except ParseError:
        if length == 8 and upce is not None and symbology in ("unknown", "upca", "ean13"):
            return ProductCode((text, upce), upce)  # a UPC-E the scanner did not name
        raise InvalidBarcode(text) from None
    layout = layout_for(text, layouts)
    if layout is not None:
        measure = read_variable_measure(text, layout)
        return ProductCode((measure.item_code,), measure=measure)
    keys = [text, gtin14]
    if length == 8 and upce is not None and symbology == "unknown":
        keys.append(upce)  # valid as EAN-8 and as UPC-E: the catalog decides
    return ProductCode(tuple(dict.fromkeys(keys)), gtin14)


def _gtin_keys(gtin14: str) -> tuple[str, ...]:
    """Catalog keys for a GTIN-14 from a GS1 string or link: as EAN-13 (how the catalog keeps
    most codes) when it fits, else the GTIN-14 itself."""
    return (gtin14[1:], gtin14) if gtin14.startswith("0") else (gtin14,)


def _upce_gtin14(text: str) -> str | None:
    from biip import ParseError
    from biip.upc import Upc

    try:
        return Upc.parse(text).as_gtin_14()
    except ParseError:
        return None


@dataclass(frozen=True, slots=True)
class ScannedItem:
    """What to put on the sale for a found product and the code it was scanned by."""

    product: ProductInfo
    quantity: Decimal | None  # None: the code says nothing (a weighed item is weighed/asked)
    marking_code: str | None = None
    label_code: str | None = None  # a weight/price label: kept as the line's barcode


def scanned_item(product: ProductInfo, code: ProductCode, scanned: str) -> ScannedItem:
    """The line a scan sells. A label price sells one piece at that price (the label is the
    item); a label weight is the quantity of a product sold by weight (a piece product with
    a weight label is refused rather than sold as 1.250 pieces)."""
    label = scanned if code.measure is not None else None
    if label is not None:
        product = replace(product, barcode=label)
    price = code.label_price
    if price is not None:
        amount = Money(price, product.unit_price.currency)
        if amount.amount != price or amount.amount <= 0:
            raise InvalidMeasureLabel(scanned)
        product = replace(product, unit_price=amount, sold_by=SoldBy.PIECE)
        return ScannedItem(product, Decimal(1), code.marking_code, label)
    weight = code.weight_kg
    if weight is not None:
        if product.sold_by is not SoldBy.WEIGHT:
            raise MeasureNotForPieces(product.name)
        return ScannedItem(product, weight, code.marking_code, label)
    return ScannedItem(product, None, code.marking_code, label)
