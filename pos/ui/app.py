"""Starting the till window: Qt application, translations, theme, and the screens."""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QCloseEvent, QFont
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox, QStackedWidget

from pos.config import load_settings, save_settings
from pos.paths import TillPaths
from pos.resource_files import resource
from pos.services.scanning import warm_up_scan_path
from pos.services.sync import SyncOptions
from pos.services.till import Till
from pos.store import UserInfo
from pos.ui.bridge import Bridge
from pos.ui.features.sync_records.sync_records import SyncRecords
from pos.ui.login import LoginScreen
from pos.ui.messages import describe
from pos.ui.shell.status_bar import TillStatusBar
from pos.ui.shell.terminal_status import TerminalStatusIndicator
from pos.ui.shell.till_screen import TillScreen

if TYPE_CHECKING:
    from drivers.payment.sim import TcpSimulator  # the demo's; imported only by a demo

log = logging.getLogger(__name__)

PRINTER_POLL_MS = 30_000  # a status hint for the status bar; printing itself reports errors
# The login screen paints first; then, while the cashier types a PIN, the scan path's parsers
# load and after them (on the printer's worker) python-escpos for the printer's first status.
AFTER_START_MS = 100


def install_translator(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install ``pos/resources/translations/omnitill_<lang>.qm`` and Qt's own ``qtbase``
    catalog (the OK/Cancel of standard buttons, a line edit's menu); English needs none.
    Returns what was installed, for the caller to remove on a change of language."""
    if language == "en":
        return []
    ours = QTranslator(app)
    if not ours.load(f"omnitill_{language}", str(resource("translations"))):
        log.warning("no translation for %s; the till stays in English", language)
        return []
    app.installTranslator(ours)
    installed = [ours]
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    else:
        log.warning("Qt's own %s catalog is missing; standard buttons stay in English", language)
    return installed


def prefer_unshaped_text(app: QApplication) -> None:
    """Skip text shaping where a script does not need it (Latin, Cyrillic: only kerning and
    ligatures are lost; scripts that need shaping keep it). Shaping was about half of a cart
    repaint, and a scan repaints every visible row."""
    font = app.font()
    font.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
    app.setFont(font)


class TillWindow(QMainWindow):
    def __init__(self, till: Till, demo: bool) -> None:
        super().__init__()
        self.till = till
        self.bridge = Bridge(till.bus, self)
        self.setWindowTitle(self.tr("Omnitill — {0}").format(till.settings.store.store_name))
        self.stack = QStackedWidget()
        self.starting = QLabel(self.tr("Starting the till…"))
        self.starting.setObjectName("totalLabel")
        self.login = LoginScreen(till, self.bridge, demo_hint=demo)
        self.till_screen = TillScreen(till, self.bridge)
        for widget in (self.starting, self.login, self.till_screen):
            self.stack.addWidget(widget)
        self.setCentralWidget(self.stack)
        self.status = TillStatusBar(till, self.bridge)
        self.setStatusBar(self.status)
        sync_records = self.till_screen.feature(SyncRecords)
        self.status.sync.sync_requested.connect(sync_records.sync_now)
        self.status.sync.rejected_requested.connect(sync_records.show_rejected)
        self.login.logged_in.connect(self._signed_in)
        self.demo_terminal: TcpSimulator | None = None  # the demo's simulated card terminal
        self.till_screen.lock_requested.connect(self.show_login)
        self.ready = False
        self.terminal_status: TerminalStatusIndicator | None = None  # once a terminal is set up
        self._printer_timer = QTimer(self)
        self._printer_timer.setInterval(PRINTER_POLL_MS)
        self._printer_timer.timeout.connect(self._poll_printer)
        self._after_start_timer = QTimer(self)
        self._after_start_timer.setSingleShot(True)
        self._after_start_timer.timeout.connect(self._after_start)

    def started(self) -> None:
        self.ready = True
        self.show_login()
        self.till.scanners.start()
        self._after_start_timer.start(AFTER_START_MS)
        if self.till.payments is not None:  # beside the printer's: the card terminal's status
            self.terminal_status = TerminalStatusIndicator(self.till.payments, self.bridge)
            self.status.addPermanentWidget(self.terminal_status)
        self.bridge.deliver(
            self.till.outbox_counts(),
            lambda counts: self.status.set_outbox(counts.get("pending", 0)),
        )

    def _after_start(self) -> None:
        """Load what the first scan and the first receipt need while the PIN is typed: the
        scan parsers, then (on the printer's worker) python-escpos for its first status."""
        printing = self.till.printing
        warm_up_scan_path(then=printing.check_status if printing is not None else None)
        self._printer_timer.start()

    def _poll_printer(self) -> None:
        if self.till.printing is not None:
            self.bridge.deliver(self.till.printing.check_status(), lambda _status: None)

    def start_failed(self, exc: BaseException) -> None:
        log.error("till could not start", exc_info=exc)
        self.starting.setText(self.tr("The till could not start: {0}").format(describe(exc)))

    def show_login(self) -> None:
        self.status.set_user("", "")
        self.stack.setCurrentWidget(self.login)
        self.login.reload_users()

    def _signed_in(self, user: UserInfo) -> None:
        self.status.set_user(user.name, user.role)
        self.stack.setCurrentWidget(self.till_screen)
        self.till_screen.start()
        if user.role == "manager":
            self._tell_of_lockouts()

    def _tell_of_lockouts(self) -> None:
        """The manager signing in hears of approvals locked by wrong PINs since the last one
        did (pos.services.approvals; each is in the journal too)."""
        notices = self.till.approvals.take_notices()
        if notices:
            lines = [
                self.tr(
                    "Approvals by {name} were locked at {time} after too many wrong PINs."
                ).format(name=n.approver_name, time=self.till.formatter.datetime(n.at))
                for n in notices
            ]
            self.till_screen.show_message("\n".join(lines), "warning", seconds=30)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._printer_timer.stop()  # the window object may outlive the till's workers
        self._after_start_timer.stop()
        self.till.shutdown()
        if self.demo_terminal is not None:
            self.demo_terminal.stop()
            self.demo_terminal = None
        self.bridge.close()
        super().closeEvent(event)


def build_window(
    paths: TillPaths,
    *,
    demo: bool,
    language: str | None = None,
    sync: SyncOptions | None = None,
) -> TillWindow:
    """Everything but the event loop: used by ``run_till`` and by the UI tests.

    ``sync`` starts the sync engine (``None``: a till that never talks to a hub). A demo with
    sync seeds only the users and gets its catalog from the hub; without, the offline demo
    catalog is written into the cache."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    settings = load_settings(paths.settings)
    simulator = None
    seed = None
    if demo:  # the demo's parts load only for a demo: a store's till starts without them
        from pos.demo import demo_seed, demo_settings, start_demo_terminal

        settings = demo_settings(settings)
        simulator = start_demo_terminal(settings)
        seed = demo_seed(settings, catalog=sync is None)
    if language:
        settings.language = language
    save_settings(settings, paths.settings)
    install_translator(app, settings.language)
    QLocale.setDefault(QLocale(settings.store.locale))
    app.setStyleSheet(resource("themes", "till.qss").read_text(encoding="utf-8"))
    prefer_unshaped_text(app)
    till = Till(paths, settings, translate=QCoreApplication.translate, sync=sync)
    window = TillWindow(till, demo)
    window.demo_terminal = simulator
    window.bridge.deliver(till.start(seed), lambda _r: window.started(), window.start_failed)
    return window


def run_first_run(paths: TillPaths) -> str | None:
    """The set-up of a till that has none (pos.ui.first_run): its mode, None if cancelled."""
    from pos.ui.first_run import FirstRunDialog

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setStyleSheet(resource("themes", "till.qss").read_text(encoding="utf-8"))
    installed: list[QTranslator] = []

    def set_language(language: str) -> None:
        for old in installed:
            app.removeTranslator(old)
        installed.clear()
        installed.extend(install_translator(app, language))

    dialog = FirstRunDialog(paths, set_language)
    dialog.resize(720, 480)
    accepted = dialog.exec()
    for old in installed:  # the till installs its own from the settings just written
        app.removeTranslator(old)
    return dialog.mode if accepted else None


def install_excepthook(window: TillWindow) -> None:
    """An unexpected error is logged in full and shown as a sentence, never a traceback."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        log.critical("unhandled error", exc_info=(kind, exc, tb))
        QMessageBox.critical(
            window, QCoreApplication.translate("TillWindow", "Unexpected error"), describe(exc)
        )

    sys.excepthook = hook


def run_till(
    paths: TillPaths,
    *,
    demo: bool,
    language: str | None,
    screenshot: Path | None = None,
    sync: SyncOptions | None = None,
    smoke: bool = False,
) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Omnitill")
    app.setOrganizationName("Omnitill")
    window = build_window(paths, demo=demo, language=language, sync=sync)
    install_excepthook(window)
    window.resize(1280, 800)
    window.show()
    if screenshot is not None:

        def shoot() -> None:
            if not window.ready:
                QTimer.singleShot(100, shoot)
                return
            window.grab().save(str(screenshot))
            app.quit()

        QTimer.singleShot(300, shoot)
    if smoke:
        _smoke_when_ready(window, app)
    return app.exec()


def _smoke_when_ready(window: TillWindow, app: QApplication) -> None:
    """``pos --demo --smoke``: once the till is ready, a sale through the services
    (pos.services.smoke) on a plain thread, then close and exit 0 (1 with the reason)."""
    outcome: list[str | BaseException] = []

    from pos.services.smoke import smoke_sale

    def sell() -> None:
        try:
            done = smoke_sale(window.till)
            outcome.append(f"smoke: receipt {done.receipt_no} ({done.barcode}, {done.total})")
        except BaseException as exc:  # reported and turned into the exit code below
            outcome.append(exc)

    def check() -> None:
        if window.ready and not thread.is_alive() and not outcome:
            thread.start()
        if not outcome:
            QTimer.singleShot(100, check)
            return
        result = outcome[0]
        if isinstance(result, BaseException):
            log.error("smoke sale failed", exc_info=result)
            print(f"smoke: FAILED: {describe(result)}", file=sys.stderr)
        else:
            print(result)
        window.close()
        app.exit(1 if isinstance(result, BaseException) else 0)

    thread = threading.Thread(target=sell, name="smoke", daemon=True)
    QTimer.singleShot(0, check)
