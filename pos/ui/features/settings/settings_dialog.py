"""The manager's settings screen: receipt printer, card terminal, keyboard-wedge timing and
keys, scale-label layouts, locale and language, customers' caps, and the support bundle.

Every field is checked before anything is written (a message names the first problem, in
the till's language); the whole settings file is then replaced atomically on the db worker
(``pos.config.save_settings``), never on the GUI thread. The wedge, the label layouts
and the customers' caps apply at once; printer, terminal, locale and language when the till starts
again (the message says so). Scanner devices keep their own screen (Ctrl+K), one click away.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal, InvalidOperation

from pydantic import ValidationError
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pos.config import Settings, save_settings
from pos.services.scanning import layouts_from
from pos.services.support_bundle import write_support_bundle
from pos.services.till import Till
from pos.ui.bridge import Bridge
from pos.ui.features.settings.device_forms import PrinterForm, TerminalForm
from pos.ui.features.settings.label_layouts import LabelLayoutsEditor
from pos.ui.messages import describe

LANGUAGES = ("en", "pl", "ru", "uk")
LOCALES = ("pl_PL", "en_GB", "en_US", "de_DE", "cs_CZ", "uk_UA", "ru_RU", "lt_LT")


class SettingsDialog(QDialog):
    def __init__(
        self,
        till: Till,
        bridge: Bridge,
        parent: QWidget,
        *,
        applied: Callable[[], None],
        open_scanners: Callable[[], None],
    ) -> None:
        super().__init__(parent)
        self.setObjectName("setUpScreen")  # touch-sized controls (till.qss)
        self.till = till
        self.bridge = bridge
        self._applied = applied
        self.setWindowTitle(self.tr("Settings"))
        self.setModal(True)
        self.setMinimumWidth(640)
        current = till.settings
        tabs = QTabWidget()

        self.printer = PrinterForm(current.printer)
        tabs.addTab(self.printer, self.tr("Receipt printer"))
        self.terminal = TerminalForm(current.payment)
        tabs.addTab(self.terminal, self.tr("Card terminal"))

        scanners = QWidget()
        form = QFormLayout(scanners)
        wedge = current.scanner.wedge
        self.wedge_on = QCheckBox(self.tr("Keyboard-wedge scanner on"))
        self.wedge_on.setChecked(wedge.enabled)
        self.max_gap = self._spin(5, 200, wedge.max_gap_ms, " ms")
        self.hard_gap = self._spin(5, 400, wedge.hard_gap_ms, " ms")
        self.min_length = self._spin(1, 64, wedge.min_length, "")
        self.terminator = QComboBox()
        for label, value in (
            (self.tr("Enter"), "enter"),
            (self.tr("Tab"), "tab"),
            (self.tr("none"), "none"),
        ):
            self.terminator.addItem(label, value)
        self.terminator.setCurrentIndex(self.terminator.findData(wedge.terminator))
        self.prefix = QLineEdit(wedge.prefix)
        self.suffix = QLineEdit(wedge.suffix)
        self.wedge_keys = QComboBox()
        self.wedge_keys.addItem(self.tr("by key position"), "physical")
        self.wedge_keys.addItem(self.tr("as typed"), "text")
        self.wedge_keys.setCurrentIndex(max(0, self.wedge_keys.findData(wedge.keys)))
        self.wedge_layout = QComboBox()
        for label, value in (
            (self.tr("with their key positions (usual)"), ""),
            (self.tr("without positions, in the Russian layout"), "ru"),
            (self.tr("without positions, in the Ukrainian layout"), "uk"),
        ):
            self.wedge_layout.addItem(label, value)
        self.wedge_layout.setCurrentIndex(max(0, self.wedge_layout.findData(wedge.layout)))
        devices = QPushButton(self.tr("Serial and camera scanners…"))
        devices.clicked.connect(open_scanners)
        form.addRow(self.wedge_on)
        form.addRow(self.tr("Average gap between a scan's keys at most"), self.max_gap)
        form.addRow(self.tr("Longest pause inside a scan"), self.hard_gap)
        form.addRow(self.tr("Shortest code"), self.min_length)
        form.addRow(self.tr("Scan ends with"), self.terminator)
        form.addRow(self.tr("Prefix the scanner sends"), self.prefix)
        form.addRow(self.tr("Suffix the scanner sends"), self.suffix)
        form.addRow(self.tr("Read the scanner's keys"), self.wedge_keys)
        form.addRow(self.tr("The keys arrive"), self.wedge_layout)
        form.addRow(devices)
        tabs.addTab(scanners, self.tr("Scanners"))

        self.labels = LabelLayoutsEditor(current.scanner.variable_measure, till.formatter)
        tabs.addTab(self.labels, self.tr("Scale labels"))

        general = QWidget()
        form = QFormLayout(general)
        self.language = QComboBox()
        for code, name in zip(LANGUAGES, self._language_names(), strict=True):
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(current.language)))
        self.formats = QComboBox()
        self.formats.setEditable(True)
        self.formats.addItems(list(LOCALES))
        self.formats.setCurrentText(current.store.locale)
        self.offline_cap = QLineEdit(str(current.customers.offline_max_discount))
        self.attach_minutes = self._spin(1, 240, current.customers.attach_minutes, " min")
        form.addRow(self.tr("Language of the till"), self.language)
        form.addRow(self.tr("Formats (numbers, money, dates)"), self.formats)
        form.addRow(self.tr("Promo discount allowed offline, at most"), self.offline_cap)
        form.addRow(self.tr("A customer stays attached without a change for"), self.attach_minutes)
        tabs.addTab(general, self.tr("Language and store"))

        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        self.bundle_button = QPushButton(self.tr("Support bundle…"))
        self.bundle_button.clicked.connect(self.export_support_bundle)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.bundle_button)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.save_button)
        root = QVBoxLayout(self)
        box = QGroupBox()
        QVBoxLayout(box).addWidget(tabs)
        root.addWidget(box)
        root.addWidget(self.error)
        root.addLayout(buttons)
        self.tabs = tabs

    def _spin(self, low: int, high: int, value: int, suffix: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setValue(value)
        spin.setSuffix(suffix)
        return spin

    def _language_names(self) -> list[str]:
        # Each language in its own name: a manager who cannot read the current one finds theirs.
        return ["English", "Polski", "Русский", "Українська"]

    # --- checking and saving ----------------------------------------------------------------

    def candidate(self) -> Settings | str:
        """The settings as the form has them, or the first problem, translated."""
        printer = self.printer.printer_settings()
        if isinstance(printer, str):
            return printer
        payment = self.terminal.payment_settings()
        if isinstance(payment, str):
            return payment
        if self.hard_gap.value() < self.max_gap.value():
            return self.tr(
                "The longest pause inside a scan cannot be shorter than the average gap."
            )
        try:
            cap = Decimal(self.offline_cap.text().strip().replace(",", "."))
        except InvalidOperation:
            return self.tr("The offline promo discount must be an amount, e.g. 20.00.")
        if not cap.is_finite() or cap < 0 or cap > Decimal("100000"):
            return self.tr("The offline promo discount must be an amount, e.g. 20.00.")
        locale = self.formats.currentText().strip()
        if not _known_locale(locale):
            return self.tr("{0} is not a locale this till knows (e.g. pl_PL).").format(locale)
        layouts = self.labels.layouts()
        if isinstance(layouts, str):
            self.tabs.setCurrentWidget(self.labels)
            return layouts

        data = self.till.settings.model_dump(mode="json")
        data["printer"] = printer.model_dump(mode="json")
        data["payment"] = payment.model_dump(mode="json")
        data["scanner"]["wedge"].update(
            enabled=self.wedge_on.isChecked(),
            max_gap_ms=self.max_gap.value(),
            hard_gap_ms=self.hard_gap.value(),
            min_length=self.min_length.value(),
            terminator=self.terminator.currentData(),
            prefix=self.prefix.text(),
            suffix=self.suffix.text(),
            keys=self.wedge_keys.currentData(),
            layout=self.wedge_layout.currentData(),
        )
        data["scanner"]["variable_measure"] = [layout.model_dump() for layout in layouts]
        data["customers"].update(
            offline_max_discount=str(cap), attach_minutes=self.attach_minutes.value()
        )
        data["store"]["locale"] = locale
        data["language"] = self.language.currentData()
        try:
            return Settings.model_validate(data)
        except ValidationError as exc:  # the checks above should catch it first
            return self.tr("These settings cannot be used: {0}").format(
                "; ".join(str(e["msg"]) for e in exc.errors())
            )

    def save(self) -> None:
        result = self.candidate()
        if isinstance(result, str):
            self.error.setText(result)
            return
        self.error.setText(self.tr("Saving…"))
        self.save_button.setEnabled(False)
        path = self.till.paths.settings
        self.bridge.deliver(
            self.till.db_worker.submit(save_settings, result, path),
            lambda _none: self._saved(result),
            self._not_saved,
        )

    def _saved(self, saved: Settings) -> None:
        live = self.till.settings
        restart = (
            saved.printer != live.printer
            or saved.payment != live.payment
            or saved.store.locale != live.store.locale
            or saved.language != live.language
        )
        live.scanner.wedge = saved.scanner.wedge  # applied now (the wedge filter is rebuilt)
        live.scanner.variable_measure = saved.scanner.variable_measure
        self.till.scan_router.layouts = layouts_from(saved.scanner)  # the next scan reads them
        live.customers.offline_max_discount = saved.customers.offline_max_discount
        live.customers.attach_minutes = saved.customers.attach_minutes
        self.saved_settings = saved
        self.restart_needed = restart
        self._applied()
        self.accept()

    def _not_saved(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.error.setText(self.tr("The settings were not saved: {0}").format(describe(exc)))

    # --- support ----------------------------------------------------------------------------

    def export_support_bundle(self) -> None:
        self.bundle_button.setEnabled(False)
        self.error.setText(self.tr("Writing the support bundle…"))
        self.bridge.deliver(
            self.till.db_worker.submit(write_support_bundle, self.till.paths),
            self._bundle_written,
            self._bundle_failed,
        )

    def _bundle_written(self, path: object) -> None:
        self.bundle_button.setEnabled(True)
        self.bundle_path = str(path)
        self.error.setText(
            self.tr("Support bundle written: {0} (no passwords, PINs or tokens in it)").format(path)
        )

    def _bundle_failed(self, exc: BaseException) -> None:
        self.bundle_button.setEnabled(True)
        self.error.setText(self.tr("The support bundle could not be written: {0}").format(
            describe(exc)
        ))  # fmt: skip


def _known_locale(name: str) -> bool:
    from babel import Locale, UnknownLocaleError

    try:
        Locale.parse(name)
    except (ValueError, UnknownLocaleError):
        return False
    return True
