"""Receipt printer and cash drawer driver (ESC/POS via python-escpos). No Qt, no ``pos``.

The names below load on first use (PEP 562): python-escpos, Pillow and qrcode cost about a
tenth of a second, and a till reaches its login screen before it prints anything."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from drivers.printer import _escpos_cache  # noqa: F401  # before python-escpos is imported

if TYPE_CHECKING:
    from drivers.printer.connections import (
        FileConnection,
        NetworkConnection,
        PrinterConnection,
        SerialConnection,
        UsbConnection,
        VirtualConnection,
    )
    from drivers.printer.errors import PaperOut, PrinterError, PrinterOffline, PrinterStatus
    from drivers.printer.layout import columns_for, render_bytes, render_receipt
    from drivers.printer.preview import (
        Barcode,
        Cut,
        DrawerKick,
        Image,
        Line,
        Preview,
        PreviewItem,
        QrCode,
        Run,
        Style,
        preview,
    )
    from drivers.printer.printer import ReceiptPrinter, interpret_status
    from drivers.printer.receipt import CodeKind, Receipt, ReceiptItem, Row, TaxRow, TaxTable
    from drivers.printer.registry import ENTRY_POINT_GROUP, available_connections

_HOMES = {
    "FileConnection": "connections",
    "NetworkConnection": "connections",
    "PrinterConnection": "connections",
    "SerialConnection": "connections",
    "UsbConnection": "connections",
    "VirtualConnection": "connections",
    "PaperOut": "errors",
    "PrinterError": "errors",
    "PrinterOffline": "errors",
    "PrinterStatus": "errors",
    "columns_for": "layout",
    "render_bytes": "layout",
    "render_receipt": "layout",
    "Barcode": "preview",
    "Cut": "preview",
    "DrawerKick": "preview",
    "Image": "preview",
    "Line": "preview",
    "Preview": "preview",
    "PreviewItem": "preview",
    "QrCode": "preview",
    "Run": "preview",
    "Style": "preview",
    "preview": "preview",
    "ReceiptPrinter": "printer",
    "interpret_status": "printer",
    "CodeKind": "receipt",
    "Receipt": "receipt",
    "ReceiptItem": "receipt",
    "Row": "receipt",
    "TaxRow": "receipt",
    "TaxTable": "receipt",
    "ENTRY_POINT_GROUP": "registry",
    "available_connections": "registry",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module = importlib.import_module(f"{__name__}.{home}")
    value = getattr(module, name)
    globals()[name] = value
    if _HOMES.get(home) == home:  # importing ``preview`` bound the module over the function
        globals()[home] = getattr(module, home)
    return value


__all__ = [
    "ENTRY_POINT_GROUP",
    "Barcode",
    "CodeKind",
    "Cut",
    "DrawerKick",
    "FileConnection",
    "Image",
    "Line",
    "NetworkConnection",
    "PaperOut",
    "Preview",
    "PreviewItem",
    "PrinterConnection",
    "PrinterError",
    "PrinterOffline",
    "PrinterStatus",
    "QrCode",
    "Receipt",
    "ReceiptItem",
    "ReceiptPrinter",
    "Row",
    "Run",
    "SerialConnection",
    "Style",
    "TaxRow",
    "TaxTable",
    "UsbConnection",
    "VirtualConnection",
    "available_connections",
    "columns_for",
    "interpret_status",
    "preview",
    "render_bytes",
    "render_receipt",
]
