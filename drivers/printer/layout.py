"""Lay a :class:`~drivers.printer.receipt.Receipt` out on a python-escpos printer object.

Text goes through python-escpos' *magic encoding*: for every character it picks a code page the
capability profile offers and emits ``ESC t n`` when the page changes (on a TM-T88V profile:
Russian -> CP866, Polish -> CP852, Ukrainian ``і`` -> CP855, ``ґ`` -> CP1251). Pass a real
profile: it decides the code pages, the paper width and whether the printer draws QR codes.

Normally the layout is rendered into a :class:`escpos.printer.Dummy` buffer (see
:func:`render_bytes`) and the buffer is sent to the printer in one write.
"""

from __future__ import annotations

import textwrap
from typing import Any

from escpos.printer import Dummy

from drivers.printer.receipt import Receipt, ReceiptItem, Row, TaxTable

DEFAULT_PROFILE = "TM-T88V"
FALLBACK_COLUMNS = 42
FONT_A_DOTS = 12  # font A is 12 dots wide on Epson-compatible printers
QR_MODULE_SIZE = 6
BARCODE_HEIGHT = 64
BARCODE_MODULE_WIDTH = 2  # the narrowest python-escpos accepts
CODE128_QUIET_MODULES = 20


def columns_for(profile: Any) -> int:
    """Characters per line in font A for a python-escpos profile object (fallback 42)."""
    try:
        columns = int(profile.profile_data["fonts"]["0"]["columns"])
        if columns > 0:
            return columns
    except (KeyError, TypeError, ValueError):
        pass
    try:
        pixels = int(profile.profile_data["media"]["width"]["pixels"])
        if pixels >= FONT_A_DOTS * 16:
            return pixels // FONT_A_DOTS
    except (KeyError, TypeError, ValueError):
        pass
    return FALLBACK_COLUMNS


def media_width_dots(profile: Any) -> int | None:
    """Printable width in dots, or ``None`` when the profile does not say."""
    try:
        return int(profile.profile_data["media"]["width"]["pixels"])
    except (KeyError, TypeError, ValueError):
        return None


def wrap(text: str, width: int) -> list[str]:
    """Wrap ``text`` to ``width`` characters; long words are broken. Always at least one line."""
    width = max(width, 1)
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        lines.extend(
            textwrap.wrap(
                paragraph,
                width,
                break_long_words=True,
                break_on_hyphens=False,
                drop_whitespace=True,
            )
            or [""]
        )
    return lines


def two_columns(left: str, right: str, width: int) -> list[str]:
    """``left`` wrapped on the left, ``right`` right-aligned on the last line."""
    if not right:
        return wrap(left, width)
    room = width - len(right) - 1
    if room < min(10, width // 3):
        # The value is too wide to share a line: label lines first, value right-aligned below.
        return [*wrap(left, width), right.rjust(width)]
    lines = wrap(left, room)
    last = lines[-1]
    return [*lines[:-1], last + " " * (width - len(last) - len(right)) + right]


def item_lines(item: ReceiptItem, width: int, tax_width: int) -> list[str]:
    """The plain-text lines of one item (no styling)."""
    suffix_width = tax_width + 1 if tax_width else 0

    def amount_cell(amount: str, tax_code: str) -> str:
        if not tax_width:
            return amount
        return amount + " " + tax_code.ljust(tax_width)

    lines: list[str] = []
    if item.detail:
        lines.extend(wrap(item.name, width))
        lines.extend(
            two_columns("  " + item.detail, amount_cell(item.amount, item.tax_code), width)
        )
    else:
        lines.extend(two_columns(item.name, amount_cell(item.amount, item.tax_code), width))
    if item.discount is not None:
        value = item.discount.value + " " * suffix_width
        lines.extend(two_columns("  " + item.discount.label, value, width))
    if item.marker:
        lines.extend("  " + line for line in wrap(item.marker, width - 2))
    return lines


def tax_table_lines(table: TaxTable, width: int) -> list[str]:
    """Rate left, net/tax/gross right-aligned in equal columns; two lines per row if too narrow."""
    rows = [table.header, *table.rows]
    rate_width = max(len(r.rate) for r in rows)
    number_width = max(max(len(r.net), len(r.tax), len(r.gross)) for r in rows)
    gap = width - rate_width - 3 * number_width
    if gap >= 3:
        cell = number_width + gap // 3
        rate_cell = width - 3 * cell
        return [
            r.rate.ljust(rate_cell) + r.net.rjust(cell) + r.tax.rjust(cell) + r.gross.rjust(cell)
            for r in rows
        ]
    cell = width // 3
    lines: list[str] = []
    for r in rows:
        lines.append(r.rate)
        lines.append(r.net.rjust(cell) + r.tax.rjust(cell) + r.gross.rjust(width - 2 * cell))
    return lines


def _text_lines(printer: Any, lines: list[str]) -> None:
    for line in lines:
        printer.textln(line.rstrip())


def _rows(printer: Any, rows: tuple[Row, ...], width: int) -> None:
    for row in rows:
        _text_lines(printer, two_columns(row.label, row.value, width))


def _code128_fits(data: str, dots: int | None) -> bool:
    """Whether a CODE128 set B symbol of ``data`` fits the paper at the narrowest module."""
    if not data.isascii() or not data.isprintable():
        return False
    # start + data + check + stop: 11 modules each, stop has 2 more, plus the quiet zones
    modules = (len(data) + 3) * 11 + 2 + CODE128_QUIET_MODULES
    return modules * BARCODE_MODULE_WIDTH <= (dots or 512)


def _print_code(printer: Any, receipt: Receipt) -> None:
    profile = printer.profile
    printer.set(align="center")
    if (
        receipt.code_kind == "code128"
        and profile.supports("barcodeB")
        and _code128_fits(receipt.code, media_width_dots(profile))
    ):
        # "{B" selects code set B; function type B sends the data length first (GS k 73 n).
        printer.barcode(
            "{B" + receipt.code,
            "CODE128",
            height=BARCODE_HEIGHT,
            width=BARCODE_MODULE_WIDTH,
            pos="BELOW",
            align_ct=True,
            function_type="B",
        )
        printer.ln()
    else:
        # QR also when CODE128 was asked for but cannot be printed (too long for the paper,
        # non-ASCII data, no barcode support): the receipt must still carry the sale id.
        if profile.supports("qrCode"):
            # Native QR follows the ESC a alignment set above.
            printer.qr(receipt.code, size=QR_MODULE_SIZE, native=True)
        else:
            impl = next(
                (
                    mode
                    for mode in ("bitImageRaster", "graphics", "bitImageColumn")
                    if profile.supports(mode)
                ),
                "bitImageRaster",
            )
            printer.qr(
                receipt.code,
                size=4,
                native=False,
                image_arguments={"impl": impl, "center": media_width_dots(profile) is not None},
            )
        printer.ln()
    printer.set(align="left")


def render_receipt(printer: Any, receipt: Receipt, *, columns: int | None = None) -> None:
    """Emit ``receipt`` onto a python-escpos printer object (normally a ``Dummy``)."""
    width = columns or columns_for(printer.profile)
    rule = "-" * width
    tax_width = max((len(item.tax_code) for item in receipt.items), default=0)

    printer.hw("INIT")  # ESC @: known state (font A, normal size, left, code page 0)
    # ESC @ also resets the printer's code page, but python-escpos' magic encoder still believes
    # the page it last selected is active. Forget it so the next text selects its page again.
    printer.magic.encoding = None
    printer.set(align="center")
    if receipt.header:
        printer.set(double_width=True, double_height=True, bold=True)
        _text_lines(printer, wrap(receipt.header[0], width // 2))
        printer.set(normal_textsize=True, bold=False)
        for line in receipt.header[1:]:
            _text_lines(printer, wrap(line, width))
    if receipt.title:
        printer.ln()
        printer.set(double_height=True, bold=True)
        _text_lines(printer, wrap(receipt.title, width))
        printer.set(normal_textsize=True, bold=False)
    printer.set(align="left")

    if receipt.meta:
        printer.textln(rule)
        _rows(printer, receipt.meta, width)
    printer.textln(rule)
    for item in receipt.items:
        _text_lines(printer, item_lines(item, width, tax_width))
    printer.textln(rule)
    _rows(printer, receipt.summary, width)

    total = receipt.total
    big = len(total.label) + 1 + len(total.value) <= width // 2
    if big:
        printer.set(double_width=True, double_height=True, bold=True)
        _text_lines(printer, two_columns(total.label, total.value, width // 2))
    else:
        printer.set(double_height=True, bold=True)
        _text_lines(printer, two_columns(total.label, total.value, width))
    printer.set(normal_textsize=True, bold=False)

    if receipt.tenders:
        printer.textln(rule)
        _rows(printer, receipt.tenders, width)
    if receipt.tax_table is not None:
        printer.textln(rule)
        _text_lines(printer, tax_table_lines(receipt.tax_table, width))
    if receipt.code:
        printer.ln()
        _print_code(printer, receipt)
    if receipt.footer:
        printer.ln()
        printer.set(align="center")
        for line in receipt.footer:
            _text_lines(printer, wrap(line, width))
        printer.set(align="left")
    for slip in receipt.slips:
        printer.cut()
        for line in slip:
            _text_lines(printer, wrap(line, width))
    printer.cut()


def render_bytes(
    receipt: Receipt, profile: str = DEFAULT_PROFILE, *, columns: int | None = None
) -> bytes:
    """The exact ESC/POS bytes of ``receipt`` for ``profile``, rendered into a ``Dummy``."""
    buffer = Dummy(profile=profile)
    render_receipt(buffer, receipt, columns=columns)
    data: bytes = buffer.output
    return data
