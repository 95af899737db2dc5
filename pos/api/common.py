"""Scalar types of the contract: decimal strings, UTC times, ids, and exact quantity codecs."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Annotated

from pydantic import AfterValidator, AwareDatetime, BaseModel, ConfigDict, Field, StringConstraints

DECIMAL_PATTERN = r"^-?\d{1,15}(\.\d{1,6})?$"
ID_PATTERN = r"^[A-Za-z0-9._:-]{1,64}$"
QUANTITY_PATTERN = r"^-?\d{1,12}(\.\d{1,3})?$"

DecimalStr = Annotated[
    str,
    StringConstraints(pattern=DECIMAL_PATTERN),
    Field(description="An exact decimal as text (never a float): '12.30', '-0.05', '0.23'."),
]
QuantityStr = Annotated[
    str,
    StringConstraints(pattern=QUANTITY_PATTERN),
    Field(description="Pieces or kilograms as exact text, at most 3 decimals: '2', '0.250'."),
]
Id = Annotated[
    str,
    StringConstraints(min_length=1, max_length=64, pattern=ID_PATTERN),
    Field(description="An identifier: letters, digits and . _ : - (UUIDs, SKUs, STORE-001)."),
]


def _to_utc(value: datetime) -> datetime:
    return value.astimezone(UTC)


UtcDateTime = Annotated[
    AwareDatetime,
    AfterValidator(_to_utc),
    Field(description="A timezone-aware time, normalised to UTC (ISO 8601, 'Z')."),
]


class WireModel(BaseModel):
    """Base of every contract model: unknown fields are ignored so the other side may add
    fields without breaking this one; instances are immutable."""

    model_config = ConfigDict(extra="ignore", frozen=True)


# --- exact quantities as integer thousandths ------------------------------------------------

MILLI = 1000


def quantity_to_milli(text: str) -> int:
    """'1.25' -> 1250. Raises ValueError for more than 3 decimals or a non-number."""
    value = Decimal(text)
    if not value.is_finite():
        raise ValueError(f"not a finite quantity: {text!r}")
    milli = value * MILLI
    if milli != milli.to_integral_value():
        raise ValueError(f"more than 3 decimals: {text!r}")
    return int(milli)


def milli_to_quantity(milli: int) -> str:
    """1250 -> '1.25', 5000 -> '5', -500 -> '-0.5': the shortest exact text."""
    whole, frac = divmod(abs(milli), MILLI)
    sign = "-" if milli < 0 else ""
    if frac == 0:
        return f"{sign}{whole}"
    return f"{sign}{whole}.{frac:03d}".rstrip("0")
