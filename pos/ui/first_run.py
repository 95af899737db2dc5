"""The first-run set-up in the window (a till with no settings file yet): language; the hub
and a pairing code, or no hub, or the demo; the store and till as the hub knows them;
printer, card terminal and scanners, each with a test; the first manager when the till has
no users; then everything is written at once.

The work (the hub, the devices, the writing) runs on a worker of its own, never on the GUI
thread (``pos.services.first_run``, which writes nothing before ``finish_first_run``). Each
page is built when it is reached, after the language is chosen, so it is in that language.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from datetime import datetime
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pos.config import PaymentSettings, PrinterSettings, Settings
from pos.domain.errors import InvalidUser
from pos.events import EventBus
from pos.paths import TillPaths
from pos.services.first_run import (
    BAD_URL,
    CODE_EXPIRED,
    CODE_INVALID,
    CODE_USED,
    UNREACHABLE,
    FirstManager,
    PendingPairing,
    SetupProblem,
    ask_hub_to_pair,
    check_terminal,
    finish_first_run,
    print_test_page,
    till_has_users,
)
from pos.services.workers import SerialWorker
from pos.ui.bridge import Bridge
from pos.ui.messages import describe
from pos.ui.widgets.first_manager import FirstManagerForm

if TYPE_CHECKING:
    from pos.ui.features.scanners.scanner_list import ScannerListEditor

T = TypeVar("T")
LANGUAGES = (("en", "English"), ("pl", "Polski"), ("ru", "Русский"), ("uk", "Українська"))
HUB, OFFLINE, DEMO = "hub", "offline", "demo"


class FirstRunDialog(QDialog):
    """``mode`` after ``exec()``: HUB (paired), OFFLINE (no hub) or DEMO (nothing written)."""

    def __init__(self, paths: TillPaths, set_language: Callable[[str], None]) -> None:
        super().__init__()
        self.setObjectName("setUpScreen")  # touch-sized controls (till.qss)
        self.paths = paths
        self._set_language = set_language
        self.worker = SerialWorker("first-run")
        self.bridge = Bridge(EventBus(), self)
        self.settings = Settings()
        self.pending: PendingPairing | None = None
        self.manager: FirstManager | None = None
        self.scanners: ScannerListEditor | None = None  # the scanners page, once reached
        self.mode = HUB
        self.setMinimumWidth(620)
        self.stack = QStackedWidget()
        self.message = QLabel()
        self.message.setObjectName("errorLabel")
        self.message.setWordWrap(True)
        self.next_button = QPushButton("Next")
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self._next)
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.next_button)
        root = QVBoxLayout(self)
        root.addWidget(self.stack, 1)
        root.addWidget(self.message)
        root.addLayout(buttons)
        self.setWindowTitle("Omnitill")
        self._language_page()

    # --- pages ------------------------------------------------------------------------------

    def _page(self, title: str, body: QWidget) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        heading = QLabel(title)
        heading.setObjectName("totalLabel")
        layout.addWidget(heading)
        layout.addWidget(body, 1)
        self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        self.message.clear()
        self.page_name = title

    def _language_page(self) -> None:
        body = QWidget()
        form = QFormLayout(body)
        self.language = QComboBox()
        for code, name in LANGUAGES:  # each in its own name
            self.language.addItem(name, code)
        form.addRow("Language · Język · Язык · Мова", self.language)
        self._page("Omnitill", body)
        self._step = self._after_language

    def _after_language(self) -> None:
        self.settings.language = str(self.language.currentData())
        self._set_language(self.settings.language)
        self.next_button.setText(self.tr("Next"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.setWindowTitle(self.tr("Setting up the till"))
        self._hub_page()

    def _hub_page(self) -> None:
        body = QWidget()
        layout = QVBoxLayout(body)
        self.choice = QButtonGroup(self)
        for mode, label in (
            (HUB, self.tr("Connect to the store's hub (central system)")),
            (OFFLINE, self.tr("No hub: a till on its own")),
            (DEMO, self.tr("Demo: try the till with a demo store")),
        ):
            button = QRadioButton(label)
            button.setProperty("mode", mode)
            button.setChecked(mode == HUB)
            self.choice.addButton(button)
            layout.addWidget(button)
        form = QFormLayout()
        self.hub_url = QLineEdit()
        self.hub_url.setPlaceholderText("http://hub:8765")
        self.pairing_code = QLineEdit()
        self.pairing_code.setPlaceholderText(self.tr("from the hub's manager"))
        form.addRow(self.tr("Hub address"), self.hub_url)
        form.addRow(self.tr("Pairing code"), self.pairing_code)
        layout.addLayout(form)
        layout.addStretch(1)
        self._page(self.tr("Where does this till belong?"), body)
        self.hub_url.setFocus()  # the typing goes to the hub's address
        self._step = self._pair

    def _pair(self) -> None:
        checked = self.choice.checkedButton()
        self.mode = str(checked.property("mode")) if checked else HUB
        if self.mode == DEMO:
            self.accept()
            return
        if self.mode == OFFLINE:
            self._devices_page()
            return
        self._busy(self.tr("Asking the hub…"))
        self._run(ask_hub_to_pair, self._paired, self.hub_url.text(), self.pairing_code.text())

    def _paired(self, pending: PendingPairing) -> None:
        self.pending = pending
        r = pending.result
        body = QWidget()
        form = QFormLayout(body)
        self.confirm_store = QLabel(f"{pending.store_name} ({r.store_id})")
        self.confirm_till = QLabel(r.till_id)
        form.addRow(self.tr("Store"), self.confirm_store)
        form.addRow(self.tr("Till"), self.confirm_till)
        form.addRow(self.tr("Currency"), QLabel(r.currency))
        form.addRow(self.tr("Hub"), QLabel(pending.hub_url))
        note = QLabel(
            self.tr(
                "The pairing code is used now. If this is not your store or till, cancel and"
                " ask the hub's manager for a new code."
            )
        )
        note.setWordWrap(True)
        form.addRow(note)
        self._page(self.tr("Is this the right store and till?"), body)
        self._step = self._devices_page

    def _devices_page(self) -> None:
        """The printer's and the terminal's forms as the settings screen has them, side by
        side, each with its test."""
        from pos.ui.features.settings.device_forms import PrinterForm, TerminalForm

        body = QWidget()
        columns = QHBoxLayout(body)
        self.printer = PrinterForm(self.settings.printer, parent=self)
        self.printer_test = QPushButton(self.tr("Print a test page"))
        self.printer_test.clicked.connect(self.test_printer)
        self.printer_result = QLabel()
        self.printer_result.setWordWrap(True)
        self.terminal = TerminalForm(self.settings.payment, parent=self)
        self.terminal_test = QPushButton(self.tr("Check the terminal"))
        self.terminal_test.clicked.connect(self.test_terminal)
        self.terminal_result = QLabel()
        self.terminal_result.setWordWrap(True)
        for title, form, test, result in (
            (self.tr("Receipt printer"), self.printer, self.printer_test, self.printer_result),
            (self.tr("Card terminal"), self.terminal, self.terminal_test, self.terminal_result),
        ):
            box = QGroupBox(title)
            layout = QVBoxLayout(box)
            layout.addWidget(form)
            layout.addWidget(test)
            layout.addWidget(result)
            layout.addStretch(1)
            columns.addWidget(box, 1)
        self._page(self.tr("Devices"), body)
        self._fit_to_screen(1100, 720)
        self._step = self._after_devices

    def _after_devices(self) -> None:
        if self._printer_settings() is None or self._payment_settings() is None:
            return
        self._scanners_page()

    def _scanners_page(self) -> None:
        """The till's scanners in the one scanner editor (as Ctrl+K), with the editor's own
        wedge for the test; what it edits is kept in memory until Finish."""
        from pos.locale_format import LocaleFormatter
        from pos.services.scanning import ScanRouter
        from pos.ui.features.scanners.scanner_list import ScannerListEditor

        self.scanners = editor = ScannerListEditor(
            self.settings.scanner,
            interpret=ScanRouter(self.settings.scanner).interpret,
            formatter=LocaleFormatter(self.settings.store.locale),
            today=lambda: datetime.now().astimezone().date(),
            wedge_timing=True,
            own_wedge=True,
            columns=True,
            parent=self,  # styled as the set-up screen from the start (touch sizes)
        )
        self._page(self.tr("Scanners"), editor)
        self._fit_to_screen(1100, 720)
        self._step = lambda: self._after_scanners(editor)

    def _fit_to_screen(self, width: int, height: int) -> None:
        """Bigger for a page that needs it (wrapped labels need more than the layout's
        minimum), never beyond the screen, and centred on it."""
        screen = self.screen().availableGeometry()
        self.resize(
            min(max(self.width(), width), screen.width()),
            min(max(self.height(), height), screen.height()),
        )
        frame = self.frameGeometry()
        frame.moveCenter(screen.center())
        self.move(frame.topLeft())

    def _after_scanners(self, editor: ScannerListEditor) -> None:
        self.settings.scanner = editor.scanner_settings()
        editor.release()  # a scanner opened for a test is let go before the next page
        self._busy(self.tr("Looking for the till's users…"))
        self._run(till_has_users, self._manager_page, self.paths)

    def _manager_page(self, has_users: bool) -> None:
        if has_users:  # a till that had users before its settings: nothing to add
            self._finish()
            return
        self.manager_form = FirstManagerForm()
        self._page(self.tr("The first manager"), self.manager_form)
        self.manager_form.name.setFocus()
        self.next_button.setText(self.tr("Finish"))
        self._step = self._finish_with_manager

    def _finish_with_manager(self) -> None:
        try:
            self.manager = self.manager_form.manager()
        except InvalidUser as exc:
            self.message.setText(describe(exc))
            return
        self._finish()

    # --- devices ----------------------------------------------------------------------------

    def _printer_settings(self) -> PrinterSettings | None:
        settings = self.printer.printer_settings()
        if isinstance(settings, str):
            self.message.setText(settings)
            return None
        return settings

    def _payment_settings(self) -> PaymentSettings | None:
        settings = self.terminal.payment_settings()
        if isinstance(settings, str):
            self.message.setText(settings)
            return None
        return settings

    def test_printer(self) -> None:
        settings = self._printer_settings()
        if settings is None:
            return
        self.printer_result.setText(self.tr("Printing…"))
        lines = ("Omnitill", self.tr("Test page: the printer works."))
        self.bridge.deliver(
            self.worker.submit(print_test_page, settings, lines),
            lambda where: self.printer_result.setText(self.tr("Printed on {0}.").format(where)),
            lambda exc: self.printer_result.setText(self.tr("Not printed: {0}").format(exc)),
        )

    def test_terminal(self) -> None:
        settings = self._payment_settings()
        if settings is None:
            return
        self.terminal_result.setText(self.tr("Asking the terminal…"))

        def shown(status: object) -> None:
            if status is None:
                self.terminal_result.setText(self.tr("No card terminal: cash only."))
            elif getattr(status, "ready", False):
                self.terminal_result.setText(self.tr("The terminal is ready."))
            else:
                self.terminal_result.setText(
                    self.tr("The terminal answers but is not ready: {0}").format(
                        getattr(status, "text", "")
                    )
                )

        self.bridge.deliver(
            self.worker.submit(check_terminal, settings),
            shown,
            lambda exc: self.terminal_result.setText(
                self.tr("The terminal does not answer: {0}").format(exc)
            ),
        )

    # --- finishing --------------------------------------------------------------------------

    def _finish(self) -> None:
        printer, payment = self._printer_settings(), self._payment_settings()
        if printer is None or payment is None:
            return
        self.settings.printer = printer
        self.settings.payment = payment
        self._busy(self.tr("Saving the set-up…"))
        self._run(finish_first_run, lambda _r: self.accept(), self.paths, self.settings,
                  self.pending, self.manager)  # fmt: skip

    def _next(self) -> None:
        self._step()

    def _busy(self, text: str) -> None:
        self.message.setText(text)
        self.next_button.setEnabled(False)

    def _run(self, fn: Callable[..., T], done: Callable[[T], None], *args: object) -> None:
        def failed(exc: BaseException) -> None:
            self.next_button.setEnabled(True)
            self.message.setText(self.problem_text(exc))

        def succeeded(value: T) -> None:
            self.next_button.setEnabled(True)
            done(value)

        future: Future[T] = self.worker.submit(fn, *args)
        self.bridge.deliver(future, succeeded, failed)

    def problem_text(self, exc: BaseException) -> str:
        if isinstance(exc, SetupProblem):
            texts = {
                BAD_URL: self.tr("That is not a hub address: write it as http://host:port."),
                UNREACHABLE: self.tr(
                    "The hub cannot be reached at that address. Check the address and the"
                    " network, then try again."
                ),
                CODE_INVALID: self.tr(
                    "The hub does not know this pairing code. Check it, or ask for a new one."
                ),
                CODE_USED: self.tr(
                    "This pairing code was used already. Ask the hub's manager for a new one."
                ),
                CODE_EXPIRED: self.tr(
                    "This pairing code has expired. Ask the hub's manager for a new one."
                ),
            }
            return texts.get(exc.code, self.tr("The hub refused: {0}").format(exc.detail))
        if isinstance(exc, InvalidUser):
            return describe(exc)
        return self.tr("Not saved: {0}. Nothing was written; try again.").format(exc)

    def done(self, result: int) -> None:
        if self.scanners is not None:
            self.scanners.release()
        self.worker.shutdown(wait=False)
        self.bridge.close()
        super().done(result)
