"""The one editor of a till's scanners: the keyboard wedge and the scanners that run on their
own (serial, camera), the ones this machine seems to have, and a "scan something now" test.

It edits an in-memory copy (:meth:`ScannerListEditor.scanner_settings`) and writes nothing:
the Ctrl+K dialog saves and restarts the till's scanners, the first-run set-up writes it with
the rest at Finish. Finding scanners and opening one for a test run on the editor's own
worker, never on the GUI thread; reads come back through a bridge like the till's.

A scanner the till already runs (``running``) is never opened a second time for a test (a
port or camera cannot be shared): its reads reach the test through the till (``show_read``).
A camera is shown live with the codes it finds outlined, to aim it and for the test.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from drivers.scanner import ScannerBackend, ScannerState, ScanRead, available_scanners
from drivers.scanner.camera import CameraScanner
from drivers.scanner.discovery import Discovery, find_scanners
from pos.config import ScannerDeviceSettings, ScannerSettings
from pos.domain.errors import DomainError
from pos.domain.gs1_codes import GS, is_expired
from pos.domain.scan_meaning import Route, ScanMeaning
from pos.events import Event, EventBus
from pos.locale_format import LocaleFormatter
from pos.services.events import ScannerStateChanged, ScanReceived
from pos.services.workers import SerialWorker
from pos.ui.bridge import Bridge
from pos.ui.features.scanners.camera_preview import CameraPreview, no_camera_message
from pos.ui.features.scanners.wedge_filter import WedgeFilter
from pos.ui.messages import describe

OptionValue = str | int | float | bool
Interpret = Callable[[ScanRead], ScanMeaning]


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


def format_options(options: Mapping[str, OptionValue]) -> str:
    return " ".join(
        f"{k}={str(v).lower() if isinstance(v, bool) else v}" for k, v in options.items()
    )


def shown(text: str) -> str:
    """A read for the screen: group separators visible."""
    return text.replace(GS, "⟨GS⟩")


class ScannerListEditor(QWidget):
    """``changed`` when the list or the wedge was edited. ``release()`` before it goes: it
    stops a scanner it opened for a test and a camera it previews."""

    changed = Signal()

    def __init__(
        self,
        scanner: ScannerSettings,
        *,
        interpret: Interpret,
        formatter: LocaleFormatter,
        today: Callable[[], date],
        can_edit: bool = True,
        running: Callable[[str], ScannerBackend | None] = lambda _where: None,
        states: Mapping[str, tuple[str, str]] | None = None,
        wedge_timing: bool = False,
        own_wedge: bool = False,
        columns: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._scanner = scanner.model_copy(deep=True)
        self._devices = [d.model_copy() for d in scanner.devices]
        self._interpret = interpret
        self._formatter = formatter
        self._today = today
        self.can_edit = can_edit
        self._running = running
        self._states = states if states is not None else {}
        self._wedge_timing = wedge_timing
        self._own_wedge = own_wedge
        self._released = False
        self.worker = SerialWorker("scanner-setup")
        self.bus = EventBus()  # reads and states of a scanner opened here for a test
        self.bridge = Bridge(self.bus, self)
        self.bridge.core_event.connect(self._event)
        self.tested: ScannerBackend | None = None  # opened here for a test
        self.tested_state = ""
        self.discovery: Discovery | None = None  # None until the machine was looked at
        self.reads: list[ScanRead] = []
        self.wedge: WedgeFilter | None = None
        # Side by side (the list beside the camera and the test) where the screen is wide and
        # not tall: the first-run set-up on a 1280x800 till.
        outer = QHBoxLayout(self) if columns else QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        root = QVBoxLayout()
        outer.addLayout(root, 1)
        side = QVBoxLayout() if columns else root
        if columns:
            outer.addLayout(side, 1)

        kinds = QGroupBox(self.tr("Scanners of this till"))
        kinds_layout = QVBoxLayout(kinds)
        self.devices = QListWidget()
        self.devices.setMinimumHeight(130)
        self.devices.setWordWrap(True)  # a long row (a translation, a URL) wraps, never hides
        self.devices.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.devices.setResizeMode(QListView.ResizeMode.Adjust)
        kinds_layout.addWidget(self.devices)
        editor = QHBoxLayout()
        self.kind = QComboBox()
        self.kinds = available_scanners(include_unsupported=True)
        self.kind.addItems(list(self.kinds))
        if "serial" in self.kinds:  # the usual one; a camera is chosen, then shown live
            self.kind.setCurrentText("serial")
        self.options = QLineEdit()
        self.options.setPlaceholderText(self.tr("options, e.g. url=/dev/ttyACM0 baudrate=9600"))
        self.enabled = QCheckBox(self.tr("on"))
        self.enabled.setChecked(True)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.clicked.connect(self.add_device)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_device)
        editor.addWidget(self.kind)
        editor.addWidget(self.options, 1)
        kinds_layout.addLayout(editor)
        buttons = QHBoxLayout()
        buttons.addWidget(self.enabled)
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        kinds_layout.addLayout(buttons)

        found_row = QHBoxLayout()
        self.found = QComboBox()
        self.found.setPlaceholderText(self.tr("Looking for scanners…"))
        self.found.activated.connect(self._found_chosen)
        self.look_again = QPushButton(self.tr("Look again"))
        self.look_again.clicked.connect(self.look_for_scanners)
        kinds_layout.addWidget(QLabel(self.tr("Found on this machine:")))
        found_row.addWidget(self.found, 1)
        found_row.addWidget(self.look_again)
        kinds_layout.addLayout(found_row)
        self.found_note = QLabel()
        self.found_note.setWordWrap(True)
        self.found_note.setVisible(False)
        kinds_layout.addWidget(self.found_note)

        self.wedge_on = QCheckBox(self.tr("Keyboard-wedge scanner on"))
        self.wedge_on.setChecked(scanner.wedge.enabled)
        self.wedge_on.toggled.connect(self._wedge_edited)
        wedge_layout = kinds_layout
        if columns:  # the wedge beside the list, above the camera and the test
            wedge_box = QGroupBox()
            wedge_layout = QVBoxLayout(wedge_box)
            side.addWidget(wedge_box)
        wedge_layout.addWidget(self.wedge_on)
        self.max_gap = self._spin(5, 200, scanner.wedge.max_gap_ms, " ms")
        self.min_length = self._spin(1, 64, scanner.wedge.min_length, "")
        timing = QFormLayout()
        timing.addRow(self.tr("Average gap between a scan's keys at most"), self.max_gap)
        timing.addRow(self.tr("Shortest code"), self.min_length)
        for row in range(timing.rowCount()):
            timing.setRowVisible(row, wedge_timing)
        wedge_layout.addLayout(timing)
        available = [
            name if kind.supported() else self.tr("{0} (missing libraries)").format(name)
            for name, kind in self.kinds.items()
        ]
        kinds_line = QLabel(self.tr("Kinds this till can run: {0}").format(", ".join(available)))
        kinds_line.setWordWrap(True)
        kinds_layout.addWidget(kinds_line)
        self.error = QLabel()
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        kinds_layout.addWidget(self.error)
        editing: tuple[QWidget, ...] = (
            self.kind, self.options, self.enabled, self.add_button, self.remove_button,
            self.found, self.look_again, self.wedge_on, self.max_gap, self.min_length,
        )  # fmt: skip
        for part in editing:
            part.setEnabled(can_edit)
        root.addWidget(kinds)

        self.camera_box = QGroupBox(self.tr("Camera"))
        camera_layout = QVBoxLayout(self.camera_box)
        chooser = QFormLayout()
        self.camera = QComboBox()
        typed = QLineEdit()
        typed.setPlaceholderText(self.tr("a camera, a video file or a stream URL"))
        typed.editingFinished.connect(self._preview_new_camera)
        self.camera.setLineEdit(typed)
        self.camera.setCurrentIndex(-1)
        self.camera.setEnabled(can_edit)
        self.camera.activated.connect(self._preview_new_camera)
        chooser.addRow(self.tr("Camera to add:"), self.camera)
        camera_layout.addLayout(chooser)
        self.no_camera = QLabel(no_camera_message())
        self.no_camera.setObjectName("errorText")
        self.no_camera.setWordWrap(True)
        self.no_camera.setVisible(False)
        camera_layout.addWidget(self.no_camera)
        self.preview_layout = QVBoxLayout()
        camera_layout.addLayout(self.preview_layout, 1)
        self.preview: CameraPreview | None = None
        self.camera_box.setVisible(False)
        side.addWidget(self.camera_box, 1)
        self.kind.currentTextChanged.connect(self._kind_changed)
        self.devices.currentRowChanged.connect(self._device_selected)

        test = QGroupBox(self.tr("Scan something now"))
        test_layout = QVBoxLayout(test)
        self.test_button = QPushButton(self.tr("Test the chosen scanner"))
        self.test_button.clicked.connect(self.test_chosen)
        test_layout.addWidget(self.test_button)
        self.form = QFormLayout()
        self.prompt = QLabel(self.tr("Waiting for a scan from any scanner…"))
        self.prompt.setWordWrap(True)
        self.form.addRow(self.prompt)
        test_layout.addLayout(self.form)
        side.addWidget(test)
        if columns:
            side.addStretch(1)

        self._fill()
        self._install_wedge()
        self._kind_changed(self.kind.currentText())
        self.look_for_scanners()

    def _spin(self, low: int, high: int, value: int, suffix: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setValue(value)
        spin.setSuffix(suffix)
        spin.valueChanged.connect(self._wedge_edited)
        return spin

    # --- what was edited ---------------------------------------------------------------------

    def scanner_settings(self) -> ScannerSettings:
        """The scanners as edited (a copy: changing it changes nothing here)."""
        edited = self._scanner.model_copy(deep=True)
        edited.devices = [d.model_copy() for d in self._devices]
        edited.wedge.enabled = self.wedge_on.isChecked()
        if self._wedge_timing:
            edited.wedge.max_gap_ms = self.max_gap.value()
            edited.wedge.hard_gap_ms = max(edited.wedge.hard_gap_ms, self.max_gap.value())
            edited.wedge.min_length = self.min_length.value()
        return edited

    def _wedge_edited(self) -> None:
        self._fill()
        self._install_wedge()
        self.changed.emit()

    def _install_wedge(self) -> None:
        """The editor's own wedge, as edited, where nothing else catches a wedge's keys (the
        first-run set-up); the till's own wedge feeds ``show_read`` in the Ctrl+K dialog."""
        if self.wedge is not None:
            self.wedge.uninstall()
            self.wedge = None
        wedge = self.scanner_settings().wedge
        if self._own_wedge and wedge.enabled:
            self.wedge = WedgeFilter(self, wedge, self.show_read)

    # --- the list of scanners --------------------------------------------------------------

    def _fill(self) -> None:
        row = self.devices.currentRow()
        self.devices.clear()
        self.devices.addItem(
            self.tr("Keyboard wedge: {0} (keys ≤ {1} ms apart, at least {2} characters)").format(
                self.tr("on") if self.wedge_on.isChecked() else self.tr("off"),
                self.max_gap.value(),
                self.min_length.value(),
            )
        )
        for device in self._devices:
            self.devices.addItem(
                f"{device.kind}  {format_options(device.options)}  —  {self._status(device)}"
            )
        self.devices.setCurrentRow(min(max(row, 0), self.devices.count() - 1))

    def _status(self, device: ScannerDeviceSettings) -> str:
        kind = self.kinds.get(device.kind)
        if kind is None:
            return self.tr("not installed")
        if not kind.supported():
            return self.tr("missing libraries")
        if not device.enabled:
            return self.tr("off")
        try:
            where = kind(**device.options).describe()
        except (TypeError, ValueError) as problem:
            return self.tr("bad options: {0}").format(problem)
        return self._state_name(self._states.get(where, ("", ""))[0])

    def _state_name(self, state: str) -> str:
        return {
            "ready": self.tr("ready"),
            "connecting": self.tr("connecting"),
            "disconnected": self.tr("disconnected, retrying"),
            "closed": self.tr("stopped"),
            "unavailable": self.tr("cannot start"),
        }.get(state, self.tr("not started"))

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
        self._fill()
        self.devices.setCurrentRow(len(self._devices))
        self.changed.emit()

    def remove_device(self) -> None:
        row = self.devices.currentRow() - 1  # row 0 is the wedge
        if 0 <= row < len(self._devices):
            del self._devices[row]
            self._fill()
            self.changed.emit()

    # --- finding scanners --------------------------------------------------------------------

    def look_for_scanners(self) -> None:
        """List the serial ports and cameras of this machine, off the GUI thread."""
        self.found.clear()
        self.found.setPlaceholderText(self.tr("Looking for scanners…"))
        self.bridge.deliver(self.worker.submit(find_scanners), self._found, self._not_found)

    def _found(self, discovery: Discovery) -> None:
        self.discovery = discovery
        self.found.clear()
        for item in discovery.found:
            self.found.addItem(f"{item.kind}: {item.name}", item)
        self.found.setCurrentIndex(-1)
        self.found.setPlaceholderText(
            self.tr("{0} found: choose one to add it").format(len(discovery.found))
            if discovery.found
            else self.tr("none found")
        )
        self.found_note.setText(
            self.tr("No serial port or camera found (a keyboard-wedge scanner needs none)")
        )
        self.found_note.setVisible(not discovery.found)
        typed = self.camera.currentText()
        self.camera.clear()
        for index, name in discovery.cameras:
            self.camera.addItem(f"{name} ({index})", index)
        self.camera.setCurrentIndex(-1)
        self.camera.setEditText(typed)
        self.no_camera.setVisible(not discovery.cameras)

    def _not_found(self, exc: BaseException) -> None:
        self.discovery = Discovery(no_camera=str(exc))
        self.found.setPlaceholderText(self.tr("Could not look for scanners: {0}").format(exc))

    def _found_chosen(self, index: int) -> None:
        item = self.found.itemData(index)
        if item is None:
            return
        self.kind.setCurrentText(item.kind)
        if item.kind == CameraScanner.name:
            listed = self.camera.findData(item.options.get("source"))
            self.camera.setCurrentIndex(listed)
            self.options.clear()
            self._preview_new_camera()
        else:
            self.options.setText(format_options(item.options))

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

    def chosen_device(self) -> ScannerDeviceSettings | None:
        """The scanner selected in the list (``None``: the wedge, row 0)."""
        row = self.devices.currentRow()
        return self._devices[row - 1] if 1 <= row <= len(self._devices) else None

    def _device_selected(self, _row: int) -> None:
        device = self.chosen_device()
        if device is not None and device.kind == CameraScanner.name:
            self._show_camera(dict(device.options))

    def _show_camera(self, options: dict[str, OptionValue]) -> None:
        """Preview this camera: the till's running scanner if it runs it, else our own."""
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
        self.drop_preview()
        running = self._running(scanner.describe())
        if isinstance(running, CameraScanner):
            self.preview = CameraPreview(running)
            self.preview.attach()  # its reads come through the till, like any scan
        else:
            self.preview = CameraPreview(scanner)
            self.preview.code_read.connect(self.show_read)
            self.preview.start()
        self.preview_layout.addWidget(self.preview)
        self.camera_box.setVisible(True)

    def drop_preview(self) -> None:
        if self.preview is not None:
            self.preview.release()
            self.preview.setParent(None)
            self.preview.deleteLater()
            self.preview = None

    # --- the test --------------------------------------------------------------------------

    def test_chosen(self) -> None:
        """Get the chosen scanner ready for a scan: the wedge and the till's running scanners
        are ready already; another serial scanner is opened here, off the GUI thread."""
        self._stop_tested()
        device = self.chosen_device()
        if device is None:
            self.prompt.setText(
                self.tr("Scan a code with the keyboard-wedge scanner now.")
                if self.wedge_on.isChecked()
                else self.tr("The keyboard-wedge scanner is off: turn it on to test it.")
            )
            return
        kind = self.kinds.get(device.kind)
        try:
            if kind is None or not kind.supported():
                raise ValueError(self.tr("this kind cannot run here"))
            backend = kind(**device.options)
        except (TypeError, ValueError) as problem:
            self.prompt.setText(self.tr("This scanner cannot be tested: {0}").format(problem))
            return
        where = backend.describe()
        if device.kind == CameraScanner.name:
            self._show_camera(dict(device.options))
            self.prompt.setText(self.tr("Hold a code in front of {0}.").format(where))
            return
        if self._running(where) is not None:
            self.prompt.setText(self.tr("Scan a code with {0} now.").format(where))
            return
        self.prompt.setText(self.tr("Opening {0}…").format(where))
        self.tested, self.tested_state = backend, ""
        bus = self.bus

        def on_read(read: ScanRead) -> None:
            bus.publish(ScanReceived(read))

        def on_state(state: ScannerState, detail: str) -> None:
            bus.publish(ScannerStateChanged(where, state.value, detail))

        self.worker.submit(backend.start, on_read, on_state)

    def _event(self, event: Event) -> None:
        tested = self.tested
        if isinstance(event, ScanReceived):
            self.show_read(event.read)
        elif isinstance(event, ScannerStateChanged) and tested is not None:
            if event.source != tested.describe():
                return
            self.tested_state = event.state
            if event.state == "ready":
                self.prompt.setText(self.tr("Scan a code with {0} now.").format(event.source))
            elif event.state in ("disconnected", "unavailable"):
                self.prompt.setText(
                    self.tr("{0} does not answer: {1}").format(event.source, event.detail)
                )

    def _stop_tested(self) -> None:
        tested, self.tested = self.tested, None
        if tested is not None:
            self.worker.submit(tested.stop)  # stop() waits for its thread: not here

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
            meaning = self._interpret(read)
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
        fmt = self._formatter
        rows.append((self.tr("Looked up as"), ", ".join(code.keys)))
        if code.gtin14:
            rows.append((self.tr("GTIN-14"), code.gtin14))
        if code.weight_kg is not None:
            rows.append((self.tr("Weight"), f"{fmt.quantity(code.weight_kg, 3)} kg"))
        if code.label_price is not None:
            rows.append((self.tr("Label price"), fmt.amount(code.label_price)))
        if code.expiry is not None:
            text = fmt.date(code.expiry)
            if is_expired(code.expiry, self._today()):
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

    def release(self) -> None:
        """Let go of what the editor opened: a previewed camera, a tested scanner, the
        editor's own wedge; then its worker (threads finish on their own). Idempotent."""
        if self._released:
            return
        self._released = True
        self.drop_preview()
        self._stop_tested()
        if self.wedge is not None:
            self.wedge.uninstall()
            self.wedge = None
        self.worker.shutdown(wait=False)
        self.bridge.close()
