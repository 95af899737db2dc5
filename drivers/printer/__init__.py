"""Receipt printer and cash drawer driver (ESC/POS via python-escpos). No Qt, no ``pos``."""

from drivers.printer import _escpos_cache  # noqa: F401  # before python-escpos is imported
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
