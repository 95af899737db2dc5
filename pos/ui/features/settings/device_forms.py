"""The receipt printer's and the card terminal's fields, one form each, used by the managers'
settings screen (Ctrl+G) and by the first-run set-up, so both ask the same and check the same.

A form edits nothing: ``printer_settings()`` / ``payment_settings()`` give the settings as the
fields have them, or the first problem as a translated sentence; the caller writes them.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from drivers.payment import available_terminals
from drivers.printer.registry import available_connections
from pos.config import PaymentSettings, PrinterSettings
from pos.ui.features.scanners.scanner_list import format_options, parse_options

NO_TERMINAL = "none"
OptionValue = str | int | float | bool


class PrinterForm(QWidget):
    def __init__(self, current: PrinterSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._current = current
        form = QFormLayout(self)
        self.kind = QComboBox()
        labels = {
            "file": self.tr("file (a device or spool file)"),
            "network": self.tr("network (TCP, port 9100)"),
            "serial": self.tr("serial"),
            "usb": self.tr("USB"),
            "virtual": self.tr("virtual (preview only)"),
        }
        for name in sorted(available_connections(include_unsupported=True)):
            self.kind.addItem(labels.get(name, name), name)  # a plug-in's own name as it is
        self.kind.setCurrentIndex(max(0, self.kind.findData(current.connection)))
        self.options = QLineEdit(format_options(current.options))
        self.options.setPlaceholderText(self.tr("e.g. host=192.168.1.50 port=9100"))
        self.profile = QLineEdit(current.profile)
        self.drawer = QCheckBox(self.tr("Open the cash drawer on cash payments"))
        self.drawer.setChecked(current.open_drawer_on_cash)
        self.code_kind = QComboBox()
        self.code_kind.addItem(self.tr("QR code"), "qr")
        self.code_kind.addItem(self.tr("CODE128 barcode"), "code128")
        self.code_kind.setCurrentIndex(max(0, self.code_kind.findData(current.code_kind)))
        form.addRow(self.tr("Connection"), self.kind)
        form.addRow(self.tr("Options"), self.options)
        form.addRow(self.tr("Printer model (profile)"), self.profile)
        form.addRow(self.tr("The receipt's code (for returns)"), self.code_kind)
        form.addRow(self.drawer)

    def printer_settings(self) -> PrinterSettings | str:
        """The printer as the fields have it, or the first problem (translated)."""
        try:
            options = parse_options(self.options.text())
        except ValueError as exc:
            return self.tr("The printer options do not fit (name=value): {0}").format(exc)
        kind = str(self.kind.currentData())
        if kind == "network" and not options.get("host"):
            return self.tr("A network printer needs its address: host=…")
        needed = {"serial": "url", "file": "path"}.get(kind)
        if needed and not options.get(needed):
            return self.tr("This printer needs its device: {0}=/dev/…").format(needed)
        return self._current.model_copy(
            update={
                "connection": kind,
                "options": options,
                "profile": self.profile.text().strip() or "TM-T88V",
                "open_drawer_on_cash": self.drawer.isChecked(),
                "code_kind": self.code_kind.currentData(),
            }
        )


class TerminalForm(QWidget):
    def __init__(self, current: PaymentSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._current = current
        form = QFormLayout(self)
        options = current.options
        self.kind = QComboBox()
        self.kind.addItem(self.tr("none"), NO_TERMINAL)
        for name in sorted(available_terminals()):
            self.kind.addItem(name, name)
        self.kind.setCurrentIndex(max(0, self.kind.findData(current.terminal)))
        self.transport = QComboBox()
        self.transport.addItem(self.tr("network (TCP)"), "tcp")
        self.transport.addItem(self.tr("serial"), "serial")
        self.transport.setCurrentIndex(max(0, self.transport.findData(options.get("transport"))))
        self.host = QLineEdit(str(options.get("host", "")))
        self.host.setPlaceholderText("10.0.0.5")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(int(options.get("port", 20007)))
        self.url = QLineEdit(str(options.get("url", "")))
        self.url.setPlaceholderText("/dev/ttyUSB0")
        self.baud = QComboBox()
        self.baud.addItems(["9600", "19200", "38400", "57600", "115200"])
        self.baud.setCurrentText(str(options.get("baudrate", 115200)))
        self.merchant_copy = QCheckBox(self.tr("Also print the terminal's merchant receipt"))
        self.merchant_copy.setChecked(current.print_merchant_copy)
        form.addRow(self.tr("Terminal"), self.kind)
        form.addRow(self.tr("Connection"), self.transport)
        form.addRow(self.tr("Host"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Serial port"), self.url)
        form.addRow(self.tr("Baud rate"), self.baud)
        form.addRow(self.merchant_copy)

    def payment_settings(self) -> PaymentSettings | str:
        """The terminal as the fields have it (its other options, the password and timeouts,
        kept), or the first problem (translated)."""
        kind = str(self.kind.currentData())
        options: dict[str, OptionValue] = {}
        if kind != NO_TERMINAL:
            transport = str(self.transport.currentData())
            options = dict(self._current.options)
            for key in ("host", "port", "url", "baudrate"):
                options.pop(key, None)
            options["transport"] = transport
            if transport == "tcp":
                host = self.host.text().strip()
                if not host or " " in host:
                    return self.tr("The card terminal needs its network address (host).")
                options["host"] = host
                options["port"] = self.port.value()
            else:
                url = self.url.text().strip()
                if not url:
                    return self.tr("The card terminal needs its serial port, e.g. /dev/ttyUSB0.")
                options["url"] = url
                options["baudrate"] = int(self.baud.currentText())
        return self._current.model_copy(
            update={
                "terminal": kind,
                "options": options,
                "print_merchant_copy": self.merchant_copy.isChecked(),
            }
        )
