"""GS1 element strings (GS1-128, GS1 DataMatrix, GS1 QR) read by ``biip``.

The till uses: 01 GTIN, 10 batch, 17 expiry (YYMMDD; day 00 is the month's last day), 21
serial, 310x net weight in kg, 392x price payable; 91/92/93 (company internal) mark a
*marking code* (e.g. Russia's "Честный знак": 01 + 21 + GS 91 + GS 92, or 01 + 21 + GS 93),
which must be kept byte-exact with its group separators (0x1D) on the sale line, so the raw
text is kept alongside the parsed fields.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from pos.domain.errors import InvalidGs1Code

GS = "\x1d"
MARKING_AIS = frozenset({"91", "92", "93"})


@dataclass(frozen=True, slots=True)
class Gs1Data:
    raw: str
    gtin14: str | None
    batch: str | None = None
    expiry: date | None = None
    serial: str | None = None
    weight_kg: Decimal | None = None
    price: Decimal | None = None
    marking_code: str | None = None  # ``raw`` itself when the code is a marking code


def looks_like_gs1(text: str) -> bool:
    """An element string starting with AI 01 and a 14-digit GTIN, or one with a GS in it."""
    if GS in text:
        return True
    return len(text) > 16 and text[:2] == "01" and text[2:16].isdigit()


def parse_gs1(text: str) -> Gs1Data:
    """Parse a GS1 element string; InvalidGs1Code when biip cannot (bad AI, bad check digit)."""
    from biip import ParseError  # imported where used: see pos.services.warm_up
    from biip.gs1_messages import GS1Message

    body = text.lstrip(GS)  # an FNC1 in first position may arrive as a leading GS
    try:
        message = GS1Message.parse(body)
    except ParseError:
        raise InvalidGs1Code(printable(text)) from None
    fields: dict[str, str] = {}
    gtin14: str | None = None
    expiry: date | None = None
    weight: Decimal | None = None
    price: Decimal | None = None
    for element in message.element_strings:
        ai = element.ai.ai
        fields[ai] = element.value
        if ai == "01":
            if element.gtin is None:
                raise InvalidGs1Code(printable(text))
            gtin14 = element.gtin.as_gtin_14()
        elif ai == "17":
            expiry = element.date
        elif ai.startswith("310"):
            weight = element.decimal
        elif ai.startswith("392"):
            price = element.decimal
    marking = text if gtin14 and "21" in fields and MARKING_AIS & fields.keys() else None
    return Gs1Data(
        raw=text,
        gtin14=gtin14,
        batch=fields.get("10"),
        expiry=expiry,
        serial=fields.get("21"),
        weight_kg=weight,
        price=price,
        marking_code=marking,
    )


def is_expired(expiry: date | None, today: date) -> bool:
    """Past its expiry date: the item may be sold on the expiry day, not after it."""
    return expiry is not None and expiry < today


def printable(text: str) -> str:
    """A scanned code for a message or a log: GS shown as <GS>, long codes shortened."""
    shown = text.replace(GS, "<GS>")
    return shown if len(shown) <= 40 else shown[:37] + "…"
