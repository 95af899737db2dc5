"""Scanners: which kinds this till has, which are configured and how they are doing, and a
"scan something now" test that shows what was read and how the till understands it.

Anyone signed in may test (a cashier checks a scanner that seems dead); only a manager
changes the configured scanners. Saving writes the settings file atomically and restarts
the scanners that run on threads; the wedge's timing settings are read when the till starts.

A camera (a configured one selected in the list, or the one chosen while adding) is shown
live with the codes it finds outlined, to aim it and for the test. A camera the scanner
service already runs is *attached to*, never opened a second time (most cameras cannot be
shared); one nothing runs yet is started by the preview and stopped when it goes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
)

from drivers.scanner import ScanRead, available_scanners
from drivers.scanner.camera import CameraScanner, list_cameras
from pos.config import ScannerDeviceSettings, save_settings
from pos.domain.errors import DomainError
from pos.domain.gs1_codes import GS, is_expired
from pos.domain.scan_meaning import Route, ScanMeaning
from pos.ui.features.scanners.camera_preview import CameraPreview, no_camera_message
from pos.ui.messages import describe

if TYPE_CHECKING:
    from pos.ui.features.scanners.scanners import Scanners

OptionValue = str | int | float | bool


def parse_options(text: str) -> dict[str, OptionValue]:
    """``url=socket://127.0.0.1:9000 baudrate=9600 aim=true`` -> typed options."""
    options: dict[str, OptionValue] = {}
    for part in text.split():
        key, sep, raw = part.partition("=")
        if not sep or not key:
            raise ValueError(part)
        value: OptionValue = raw
        if raw.lower() in ("true", "false"):
            value = raw.lower() == "true"
        else:
            for kind in (int, float):
                try:
                    value = kind(raw)
                    break
                except ValueError:
                    continue
        options[key] = value
    return options


def format_options(options: dict[str, OptionValue]) -> str:
    return " ".join(
        f"{k}={str(v).lower() if isinstance(v, bool) else v}" for k, v in options.items()
    )


def shown(text: str) -> str:
    """A read for the screen: group separators visible."""
    return text.replace(GS, "⟨GS⟩")


class ScannerDialog(QDialog):
    def __init__(self, scanners: Scanners) -> None:
        screen = scanners.screen
        super().__init__(scanners.parent_widget)
        self.scanners = scanners
        self.till_screen = screen
        self.till = scanners.till
        self.setWindowTitle(self.tr("Scanners"))
        self.setModal(True)
        self.setMinimumWidth(760)
        user = self.till.current_user
        self.can_edit = user is not None and user.role == "manager"
        root = QVBoxLayout(self)

        kinds = QGroupBox(self.tr("Scanners of this till"))
        kinds_layout = QVBoxLayout(kinds)
        self.devices = QListWidget()
        kinds_layout.addWidget(self.devices)
        editor = QHBoxLayout()
        self.kind = QComboBox()
        self.kinds = available_scanners(include_unsupported=True)
        self.kind.addItems(list(self.kinds))
        self.options = QLineEdit()
        self.options.setPlaceholderText(self.tr("options, e.g. url=/dev/ttyACM0 baudrate=9600"))
        self.enabled = QCheckBox(self.tr("on"))
        self.enabled.setChecked(True)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.clicked.connect(self.add_device)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_device)
        for widget in (self.kind, self.options, self.enabled, self.add_button, self.remove_button):
            editor.addWidget(widget, 3 if widget is self.options else 0)
        kinds_layout.addLayout(editor)
        self.wedge_on = QCheckBox(self.tr("Keyboard-wedge scanner on"))
        self.wedge_on.setChecked(self.till.settings.scanner.wedge.enabled)
        self.wedge_on.setEnabled(self.can_edit)
        self.wedge_on.toggled.connect(self._changed)
        kinds_layout.addWidget(self.wedge_on)
        available = [
            name if kind.supported() else self.tr("{0} (missing libraries)").format(name)
            for name, kind in self.kinds.items()
        ]
        kinds_layout.addWidget(
            QLabel(self.tr("Kinds this till can run: {0}").format(", ".join(available)))
        )
        self.note = QLabel(
            self.tr("Only a manager can change the scanners; anyone can test them.")
            if not self.can_edit
            else self.tr("Changes take effect when saved.")
        )
        self.note.setWordWrap(True)
        kinds_layout.addWidget(self.note)
        self.error = QLabel()
        self.error.setObjectName("errorText")
        kinds_layout.addWidget(self.error)
        for widget in (self.kind, self.options, self.enabled, self.add_button, self.remove_button):
            widget.setEnabled(self.can_edit)
        root.addWidget(kinds)

        self.camera_box = QGroupBox(self.tr("Camera"))
        camera_layout = QVBoxLayout(self.camera_box)
        chooser = QFormLayout()
        self.camera = QComboBox()
        typed = QLineEdit()
        typed.setPlaceholderText(self.tr("a camera, a video file or a stream URL"))
        typed.editingFinished.connect(self._preview_new_camera)
        self.camera.setLineEdit(typed)
        cameras, _why_none = list_cameras()  # Linux: reads /sys, opens nothing
        for info in cameras:
            self.camera.addItem(f"{info.name} ({info.index})", info.index)
        self.camera.setCurrentIndex(-1)
        self.camera.setEnabled(self.can_edit)
        self.camera.activated.connect(self._preview_new_camera)
        chooser.addRow(self.tr("Camera to add:"), self.camera)
        camera_layout.addLayout(chooser)
        self.no_camera = QLabel(no_camera_message())
        self.no_camera.setObjectName("errorText")
        self.no_camera.setWordWrap(True)
        self.no_camera.setVisible(not cameras)
        camera_layout.addWidget(self.no_camera)
        self.preview_layout = QVBoxLayout()
        camera_layout.addLayout(self.preview_layout, 1)
        self.preview: CameraPreview | None = None
        self.camera_box.setVisible(False)
        root.addWidget(self.camera_box, 1)
        self.kind.currentTextChanged.connect(self._kind_changed)
        self.devices.currentRowChanged.connect(self._device_selected)

        test = QGroupBox(self.tr("Scan something now"))
        self.form = QFormLayout(test)
        self.prompt = QLabel(self.tr("Waiting for a scan from any scanner…"))
        self.form.addRow(self.prompt)
        root.addWidget(test)

        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setEnabled(False)
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.save)
        close.clicked.connect(self.reject)
        root.addWidget(buttons)

        self._devices = [d.model_copy() for d in self.till.settings.scanner.devices]
        self.reads: list[ScanRead] = []
        self._fill()
        screen.scan_listener = self.show_read
        self._kind_changed(self.kind.currentText())

    # --- the list of scanners --------------------------------------------------------------

    def _fill(self) -> None:
        wedge = self.till.settings.scanner.wedge
        self.devices.clear()
        self.devices.addItem(
            self.tr("Keyboard wedge: {0} (keys ≤ {1} ms apart, at least {2} characters)").format(
                self.tr("on") if wedge.enabled else self.tr("off"),
                wedge.max_gap_ms,
                wedge.min_length,
            )
        )
        states = self.scanners.states
        for device in self._devices:
            kind = self.kinds.get(device.kind)
            if kind is None:
                status = self.tr("not installed")
            elif not kind.supported():
                status = self.tr("missing libraries")
            elif not device.enabled:
                status = self.tr("off")
            else:
                try:
                    where = kind(**device.options).describe()
                except (TypeError, ValueError) as problem:
                    where, status = "", self.tr("bad options: {0}").format(problem)
                else:
                    state = states.get(where, ("", ""))[0]
                    status = self._state_name(state)
            self.devices.addItem(f"{device.kind}  {format_options(device.options)}  —  {status}")

    def _state_name(self, state: str) -> str:
        return {
            "ready": self.tr("ready"),
            "connecting": self.tr("connecting"),
            "disconnected": self.tr("disconnected, retrying"),
            "closed": self.tr("stopped"),
            "unavailable": self.tr("cannot start"),
        }.get(state, self.tr("not started"))

    def _changed(self) -> None:
        self.save_button.setEnabled(True)

    def add_device(self) -> None:
        try:
            options = self._new_options()
            kind = self.kinds[self.kind.currentText()]
            kind(**options)  # refuses unknown or bad options now, not at the next start
        except (KeyError, TypeError, ValueError) as problem:
            self.error.setText(self.tr("These options do not fit: {0}").format(problem))
            return
        self.error.clear()
        self._devices.append(
            ScannerDeviceSettings(
                kind=self.kind.currentText(), options=options, enabled=self.enabled.isChecked()
            )
        )
        self.save_button.setEnabled(True)
        self._fill()

    def remove_device(self) -> None:
        row = self.devices.currentRow() - 1  # row 0 is the wedge
        if 0 <= row < len(self._devices):
            del self._devices[row]
            self.save_button.setEnabled(True)
            self._fill()

    def save(self) -> None:
        # Let go of a camera the preview opened, so the scanner service can open it. Its
        # threads finish on their own; if the camera is still busy the service's first
        # open fails and it tries again after reconnect_s.
        self._drop_preview()
        settings = self.till.settings
        settings.scanner.devices = list(self._devices)
        settings.scanner.wedge.enabled = self.wedge_on.isChecked()
        save_settings(settings, self.till.paths.settings)
        self.till.restart_scanners()
        self.scanners.apply_wedge_settings()
        self.accept()

    # --- the camera -------------------------------------------------------------------------

    def _new_options(self) -> dict[str, OptionValue]:
        """The options typed for a new scanner; for a camera, ``source`` is the camera chosen."""
        options = parse_options(self.options.text())
        source = self._chosen_source()
        if self.kind.currentText() == CameraScanner.name and source is not None:
            options["source"] = source
        return options

    def _chosen_source(self) -> int | str | None:
        text = self.camera.currentText().strip()
        if not text:
            return None
        listed = self.camera.findText(text)
        if listed >= 0:
            return int(self.camera.itemData(listed))
        return int(text) if text.isdigit() else text

    def _kind_changed(self, kind: str) -> None:
        adding_camera = self.can_edit and kind == CameraScanner.name
        self.camera_box.setVisible(adding_camera or self.preview is not None)
        if adding_camera:
            self._preview_new_camera()

    def _preview_new_camera(self) -> None:
        if self.kind.currentText() != CameraScanner.name or self._chosen_source() is None:
            return
        try:
            options = self._new_options()
        except ValueError as problem:
            self.error.setText(self.tr("These options do not fit: {0}").format(problem))
            return
        self._show_camera(options)

    def _device_selected(self, row: int) -> None:
        if 1 <= row <= len(self._devices):  # row 0 is the wedge
            device = self._devices[row - 1]
            if device.kind == CameraScanner.name:
                self._show_camera(dict(device.options))

    def _show_camera(self, options: dict[str, OptionValue]) -> None:
        """Preview this camera: the service's running scanner if it runs it, else our own."""
        try:
            scanner = CameraScanner(**options)  # type: ignore[arg-type]
        except (TypeError, ValueError) as problem:
            self.error.setText(self.tr("These options do not fit: {0}").format(problem))
            return
        if not CameraScanner.supported():
            self.error.setText(self.tr("This till cannot run cameras: libraries are missing."))
            return
        if self.preview is not None and self.preview.scanner.describe() == scanner.describe():
            return  # already on screen
        self.error.clear()
        self._drop_preview()
        running = self.till.scanners.backend(scanner.describe())
        if isinstance(running, CameraScanner):
            self.preview = CameraPreview(running)
            self.preview.attach()  # its reads come through the service, like any scan
        else:
            self.preview = CameraPreview(scanner)
            self.preview.code_read.connect(self.show_read)
            self.preview.start()
        self.preview_layout.addWidget(self.preview)
        self.camera_box.setVisible(True)

    def _drop_preview(self) -> None:
        if self.preview is not None:
            self.preview.release()
            self.preview.setParent(None)
            self.preview.deleteLater()
            self.preview = None

    # --- the test --------------------------------------------------------------------------

    def show_read(self, read: ScanRead) -> None:
        self.reads.append(read)
        while self.form.rowCount() > 1:
            self.form.removeRow(1)
        self.prompt.setText(self.tr("Read from {0}:").format(read.source or "?"))
        for label, value in self.describe_read(read):
            field = QLabel(value)
            field.setWordWrap(True)
            field.setObjectName(f"read_{len(self.reads)}")
            self.form.addRow(label, field)

    def describe_read(self, read: ScanRead) -> list[tuple[str, str]]:
        rows = [
            (self.tr("Symbology"), read.symbology.value),
            (self.tr("Read"), shown(read.text)),
            (self.tr("Bytes"), str(len(read.data))),
        ]
        try:
            meaning = self.till.scan_router.interpret(read)
        except DomainError as exc:
            return [*rows, (self.tr("Problem"), describe(exc))]
        return rows + self._meaning_rows(meaning)

    def _meaning_rows(self, meaning: ScanMeaning) -> list[tuple[str, str]]:
        routes = {
            Route.PRODUCT: self.tr("product"),
            Route.PROMO: self.tr("customer promo code"),
            Route.PICKUP: self.tr("pickup code"),
            Route.RECEIPT: self.tr("receipt"),
            Route.UNKNOWN: self.tr("unknown: nothing will happen"),
        }
        rows = [(self.tr("Meaning"), routes[meaning.route])]
        code = meaning.product
        if code is None:
            if meaning.route is not Route.UNKNOWN:
                rows.append((self.tr("Value"), shown(meaning.value)))
            return rows
        fmt = self.till.formatter
        rows.append((self.tr("Looked up as"), ", ".join(code.keys)))
        if code.gtin14:
            rows.append((self.tr("GTIN-14"), code.gtin14))
        if code.weight_kg is not None:
            rows.append((self.tr("Weight"), f"{fmt.quantity(code.weight_kg, 3)} kg"))
        if code.label_price is not None:
            rows.append((self.tr("Label price"), fmt.amount(code.label_price)))
        if code.expiry is not None:
            text = fmt.date(code.expiry)
            if is_expired(code.expiry, self.till.today()):
                text = self.tr("{0} — EXPIRED").format(text)
            rows.append((self.tr("Expiry"), text))
        gs1 = code.gs1
        if gs1 is not None and gs1.batch:
            rows.append((self.tr("Batch"), gs1.batch))
        if gs1 is not None and gs1.serial:
            rows.append((self.tr("Serial"), gs1.serial))
        if code.marking_code is not None:
            rows.append((self.tr("Marking code (kept verbatim)"), shown(code.marking_code)))
        return rows

    def done(self, result: int) -> None:
        self._drop_preview()
        if self.till_screen.scan_listener == self.show_read:
            self.till_screen.scan_listener = None
        super().done(result)
