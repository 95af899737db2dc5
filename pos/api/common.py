"""Scalar types of the contract: decimal strings, UTC times, ids, and exact quantity codecs."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    model_validator,
)

DECIMAL_PATTERN = r"^-?\d{1,15}(\.\d{1,6})?$"
ID_PATTERN = r"^[A-Za-z0-9._:-]{1,64}$"
QUANTITY_PATTERN = r"^-?\d{1,12}(\.\d{1,3})?$"

# Bounds of the integers the contract carries, so that every value it allows fits the hub's
# columns (64-bit, or 32-bit for counts and orders) with room for sums: a number beyond them
# is a 422 at the door, never an overflow in the database.
MAX_INT32 = 2**31 - 1
MAX_MINOR = 10**15  # minor units of one price or amount (10 trillion in currency units)
MAX_POINTS = 10**12  # loyalty points of one customer
MAX_QUANTITY_MILLI = 10**15 - 1  # the largest QuantityStr, and so the largest stock level

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
MinorUnits = Annotated[int, Field(ge=0, le=MAX_MINOR, description="An amount in minor units.")]
Points = Annotated[int, Field(ge=0, le=MAX_POINTS, description="Loyalty points.")]
SortOrder = Annotated[int, Field(ge=-MAX_INT32, le=MAX_INT32, description="Smaller sorts first.")]
Count = Annotated[int, Field(ge=0, le=MAX_INT32)]
LineNo = Annotated[int, Field(ge=1, le=MAX_INT32)]
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


def _has_nul(value: Any) -> bool:
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(_has_nul(k) or _has_nul(v) for k, v in value.items())
    if isinstance(value, list | tuple):
        return any(_has_nul(v) for v in value)
    return False


class WireModel(BaseModel):
    """Base of every contract model: unknown fields are ignored so the other side may add
    fields without breaking this one; instances are immutable. No text of the contract holds
    a NUL character (PostgreSQL cannot store one: it is a 422 at the door, not a 500)."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    @model_validator(mode="before")
    @classmethod
    def _no_nul(cls, data: Any) -> Any:
        if _has_nul(data):
            raise ValueError("text may not contain a NUL character")
        return data


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
