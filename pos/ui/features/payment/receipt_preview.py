"""On-screen receipt: drawn from the exact ESC/POS bytes the printer got, not from the sale.

What the preview shows is what the bytes say (code pages, bold, double size, QR), so a
wrong byte on paper is a wrong glyph here too.
"""

from __future__ import annotations

import html

import qrcode
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from drivers.printer import Barcode, Cut, DrawerKick, Image, Line, QrCode, preview


def _qr_data_uri(data: str) -> str:
    image = qrcode.make(data, box_size=3, border=2).get_image().convert("RGB")
    qimage = QImage(
        image.tobytes(), image.width, image.height, image.width * 3, QImage.Format.Format_RGB888
    )
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    qimage.save(buffer, "PNG")  # type: ignore[call-overload]  # PySide6 stubs miss QIODevice
    encoded = bytes(QByteArray(buffer.data()).toBase64().data()).decode("ascii")
    return f"data:image/png;base64,{encoded}"


def receipt_html(data: bytes, profile: str) -> str:
    """HTML of the receipt for a ``QTextBrowser`` (monospace, paper-like)."""
    parts: list[str] = ["<div style='font-family: DejaVu Sans Mono, monospace; font-size: 12px;'>"]
    for item in preview(data, profile).items:
        if isinstance(item, Line):
            spans = []
            for run in item.runs:
                text = html.escape(run.text).replace(" ", "&nbsp;")
                style = []
                if run.style.bold:
                    style.append("font-weight:bold")
                if run.style.underline:
                    style.append("text-decoration:underline")
                if run.style.height > 1 or run.style.width > 1:
                    style.append(f"font-size:{12 * max(run.style.height, run.style.width)}px")
                spans.append(f"<span style='{';'.join(style)}'>{text}</span>" if style else text)
            parts.append(f"<div align='{item.align}'>{''.join(spans) or '&nbsp;'}</div>")
        elif isinstance(item, QrCode):
            parts.append(f"<div align='{item.align}'><img src='{_qr_data_uri(item.data)}'></div>")
        elif isinstance(item, Barcode):
            code = f"▌▌▌ {html.escape(item.kind)} {html.escape(item.data)} ▌▌▌"
            parts.append(f"<div align='{item.align}'>{code}</div>")
        elif isinstance(item, Image):
            parts.append(f"<div align='{item.align}'>[image {item.width}×{item.height}]</div>")
        elif isinstance(item, Cut):
            parts.append("<hr>")
        elif isinstance(item, DrawerKick):
            continue
    parts.append("</div>")
    return "".join(parts)


class ReceiptPreview(QDialog):
    def __init__(self, data: bytes, profile: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Receipt (virtual printer)"))
        self.resize(460, 760)
        layout = QVBoxLayout(self)
        self.view = QTextBrowser()
        self.view.setObjectName("receiptPaper")
        self.view.setHtml(receipt_html(data, profile))
        layout.addWidget(self.view)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        layout.addWidget(close, alignment=Qt.AlignmentFlag.AlignRight)
