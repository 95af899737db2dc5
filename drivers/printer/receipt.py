"""The receipt document: plain data with already-localised strings.

The caller formats money, quantities and dates and translates the labels; the driver only lays
the strings out in columns. Nothing here knows about ESC/POS.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

CodeKind = Literal["qr", "code128"]


@dataclass(frozen=True)
class Row:
    """A label on the left and a value on the right, e.g. ``Row("Cashier", "Anna")``."""

    label: str
    value: str


@dataclass(frozen=True)
class ReceiptItem:
    """One sold (or returned) line.

    ``detail`` is the quantity line such as ``"2 x 1.99"`` or ``"0.250 kg x 12.99/kg"``;
    ``amount`` the line total; ``tax_code`` a short code matching the tax table (``"A"``);
    ``discount`` an optional line discount (label, amount); ``marker`` an optional note printed
    under the item (e.g. ``"RETURN"`` or ``"Age checked"``).
    """

    name: str
    amount: str
    detail: str = ""
    tax_code: str = ""
    discount: Row | None = None
    marker: str = ""


@dataclass(frozen=True)
class TaxRow:
    """One row of the tax table: rate label, net, tax and gross amounts."""

    rate: str
    net: str
    tax: str
    gross: str


@dataclass(frozen=True)
class TaxTable:
    """The tax summary: a header row (column titles) and one row per rate."""

    header: TaxRow
    rows: tuple[TaxRow, ...]


@dataclass(frozen=True)
class Receipt:
    """A receipt ready to print.

    ``header[0]`` is the store name (printed bold and double size); further header lines are
    the address, tax id and so on. ``title`` is an optional banner such as ``"COPY"``.
    ``meta`` holds receipt no., till, cashier, date. ``summary`` holds subtotal, cart
    discount... printed above ``total`` (printed big). ``tenders`` lists payments and change.
    ``code`` is the sale id encoded as ``code_kind`` ("qr" or "code128") near the end.
    ``slips`` are texts printed by others, each on its own piece after a cut: the card
    terminal's customer (and merchant) receipt, already laid out in lines by the terminal.
    """

    header: tuple[str, ...]
    items: tuple[ReceiptItem, ...]
    total: Row
    title: str = ""
    meta: tuple[Row, ...] = ()
    summary: tuple[Row, ...] = ()
    tax_table: TaxTable | None = None
    tenders: tuple[Row, ...] = ()
    code: str = ""
    code_kind: CodeKind = "qr"
    footer: tuple[str, ...] = ()
    slips: tuple[tuple[str, ...], ...] = ()
