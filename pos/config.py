"""Typed, versioned till settings, written atomically.

A settings file from an older version is migrated step by step on load; a file from a newer
version or a broken file is never overwritten silently: it is kept aside and defaults are used.
"""

from __future__ import annotations

import json
import logging
from decimal import Decimal
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from pos.domain.variable_measure import MeasureKind, VariableMeasureLayout
from pos.private_files import write_private

log = logging.getLogger(__name__)

SETTINGS_VERSION = 1


class StoreSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    store_id: str = "store-001"
    store_name: str = "Omnitill Store"
    address: list[str] = Field(default_factory=lambda: ["ul. Marszałkowska 1", "00-001 Warszawa"])
    tax_id: str = ""
    till_id: str = "till-01"
    currency: str = "PLN"
    minor_units: int = 2
    cash_rounding: Decimal | None = None
    pricing: Literal["gross", "net"] = "gross"
    locale: str = "pl_PL"  # formats numbers, money and dates; the UI language is separate
    receipt_footer: list[str] = Field(default_factory=lambda: ["Thank you for shopping with us!"])


class PrinterSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    connection: str = "virtual"  # an entry point name in omnitill.printer_connections
    options: dict[str, str | int | float | bool] = Field(default_factory=dict)  # {"host": ...}
    profile: str = "TM-T88V"
    code_kind: Literal["qr", "code128"] = "qr"
    open_drawer_on_cash: bool = True


class VariableMeasureSettings(BaseModel):
    """One layout of the store's weight/price labels (EAN-13, prefixes 20-29), e.g. scales
    printing ``28 IIIII WWWWW C``: prefix 28, 5-digit item code (PLU), weight in grams."""

    model_config = ConfigDict(extra="forbid")

    prefixes: list[str] = Field(min_length=1)  # two digits each, "20".."29"
    item_digits: int = Field(default=5, ge=1, le=9)
    value_check_digit: bool = False  # the GS1 price/weight check digit before the value
    kind: Literal["weight", "price"] = "weight"  # weight in kg, or the label's price
    value_digits: int = Field(default=5, ge=1, le=9)
    value_decimals: int = Field(default=3, ge=0, le=9)

    @model_validator(mode="after")
    def _fits_an_ean13(self) -> VariableMeasureSettings:
        self.layout()  # raises the domain's InvalidLabelLayout (a ValueError)
        return self

    def layout(self) -> VariableMeasureLayout:
        return VariableMeasureLayout(
            prefixes=frozenset(self.prefixes),
            item_digits=self.item_digits,
            kind=MeasureKind(self.kind),
            value_digits=self.value_digits,
            value_decimals=self.value_decimals,
            value_check_digit=self.value_check_digit,
        )


class WedgeSettings(BaseModel):
    """How a keyboard-wedge burst is told from typing (see drivers.scanner.wedge)."""

    model_config = ConfigDict(extra="forbid")

    enabled: bool = True
    max_gap_ms: int = Field(default=30, ge=5, le=200)  # the keys of a scan average at most this
    hard_gap_ms: int = Field(default=60, ge=5, le=400)  # and no pause between them is longer
    min_length: int = Field(default=6, ge=1, le=64)  # shortest code (without prefix/suffix)
    terminator: Literal["enter", "tab", "none"] = "enter"
    prefix: str = ""  # configured in the scanner; stripped
    suffix: str = ""
    # Map keys by their physical position (US layout), so a scan stays digits while a
    # Cyrillic or other layout is active; "text" takes the characters as the layout typed them.
    keys: Literal["physical", "text"] = "physical"
    layout: Literal["", "ru", "uk"] = ""  # the layout typed keys come in without scan codes


class ScannerDeviceSettings(BaseModel):
    """A scanner that runs on its own (serial, camera): a kind from ``omnitill.scanners``."""

    model_config = ConfigDict(extra="forbid")

    kind: str
    options: dict[str, str | int | float | bool] = Field(default_factory=dict)
    enabled: bool = True


class ScannerSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    wedge: WedgeSettings = Field(default_factory=WedgeSettings)
    devices: list[ScannerDeviceSettings] = Field(default_factory=list)
    variable_measure: list[VariableMeasureSettings] = Field(default_factory=list)


class PaymentSettings(BaseModel):
    """The card terminal. ``terminal`` is an entry-point name in omnitill.payment_terminals
    (``"zvt"``) or ``"none"``; ``options`` go to that kind (ZVT: transport, host, port, url,
    baudrate, password, encoding, timeouts)."""

    model_config = ConfigDict(extra="forbid")

    terminal: str = "none"
    options: dict[str, str | int | float | bool] = Field(default_factory=dict)
    print_merchant_copy: bool = False  # also print the terminal's merchant receipt


class CustomerSettings(BaseModel):
    """Customers' promo codes. ``offline_max_discount``: what the till may take off on its
    own when the hub cannot be asked (currency units; 0 honours nothing offline);
    ``attach_minutes``: a customer left attached without a sale change is let go after it
    (their data leaves memory)."""

    model_config = ConfigDict(extra="forbid")

    offline_max_discount: Decimal = Field(default=Decimal("20.00"), ge=0)
    attach_minutes: int = Field(default=10, ge=1, le=240)


class ShiftSettings(BaseModel):
    """Closing the drawer. ``variance_limit``: how far (currency units, either way) a count may
    be off the expected cash before a supervisor must approve the close; ``show_expected_to``:
    the roles that see the expected figure while counting (empty: blind for everyone)."""

    model_config = ConfigDict(extra="forbid")

    variance_limit: Decimal = Field(default=Decimal("5.00"), ge=0, le=Decimal(100_000))
    show_expected_to: list[Literal["cashier", "supervisor", "manager"]] = Field(
        default_factory=list
    )


class ReturnSettings(BaseModel):
    """Taking back in-store sales. ``offline_cap``: the most (currency units) one return may
    refund while the hub cannot say what other tills took back already; such a return is
    flagged for reconciliation. ``no_receipt_cap``: the most a return without a receipt may
    refund (it is flagged too, and always needs a supervisor's PIN)."""

    model_config = ConfigDict(extra="forbid")

    offline_cap: Decimal = Field(default=Decimal("200.00"), ge=0, le=Decimal(100_000))
    no_receipt_cap: Decimal = Field(default=Decimal("50.00"), ge=0, le=Decimal(100_000))


class Settings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: int = SETTINGS_VERSION
    store: StoreSettings = Field(default_factory=StoreSettings)
    printer: PrinterSettings = Field(default_factory=PrinterSettings)
    scanner: ScannerSettings = Field(default_factory=ScannerSettings)
    payment: PaymentSettings = Field(default_factory=PaymentSettings)
    customers: CustomerSettings = Field(default_factory=CustomerSettings)
    shift: ShiftSettings = Field(default_factory=ShiftSettings)
    returns: ReturnSettings = Field(default_factory=ReturnSettings)
    language: str = "en"


def _migrate(raw: dict[str, Any]) -> dict[str, Any]:
    """Bring an older settings dict up to SETTINGS_VERSION, one step per version."""
    version = int(raw.get("version", 1))
    if version > SETTINGS_VERSION:
        raise ValueError(f"settings version {version} is newer than this till ({SETTINGS_VERSION})")
    # No older versions exist yet; future steps go here: if version == 1: ...; version = 2
    raw["version"] = SETTINGS_VERSION
    return raw


def load_settings(path: Path) -> Settings:
    if not path.exists():
        return Settings()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return Settings.model_validate(_migrate(raw))
    except (OSError, ValueError, ValidationError) as exc:
        aside = path.with_suffix(".broken.json")
        log.error("Settings file %s unreadable (%s); kept as %s, using defaults", path, exc, aside)
        path.replace(aside)
        return Settings()


def save_settings(settings: Settings, path: Path) -> None:
    """Write to a temp file in the same dir, fsync, then rename over: never a half file."""
    data = settings.model_dump_json(indent=2)
    write_private(path, data)
