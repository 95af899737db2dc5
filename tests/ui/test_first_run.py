"""The first-run set-up in the window, walked like a technician would against a real hub over
loopback HTTP: language, a wrong address, a wrong code, then the right one; the store and till
the hub names; a printer test page; the first manager; and the till that starts from what was
written is paired and online, and the manager signs in. Nothing is on disk before Finish."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from drivers.scanner.serial import SerialScanner
from pos.config import load_settings
from pos.hub.embedded import RunningHub
from pos.paths import TillPaths
from pos.services.sync import SyncOptions
from pos.store import TokenFile, UserRepository, open_database
from pos.ui.app import build_window, install_translator
from pos.ui.first_run import OFFLINE, FirstRunDialog
from pos.ui.login import FirstManagerDialog
from tests.ui.conftest import answer_dialog, close_for_good
from tests.ui.test_scanning import SCAN_MS, ean13, type_keys

TIMEOUT = 20_000


@pytest.fixture
def languages() -> Iterator[list[QTranslator]]:
    """Translators the set-up installs, taken out again (the application outlives the test)."""
    installed: list[QTranslator] = []
    yield installed
    app = QCoreApplication.instance()
    assert app is not None
    for translator in installed:
        app.removeTranslator(translator)


def open_setup(qtbot: QtBot, paths: TillPaths, installed: list[QTranslator]) -> FirstRunDialog:
    app = QApplication.instance()
    assert isinstance(app, QApplication)

    def set_language(language: str) -> None:
        installed.extend(install_translator(app, language))

    dialog = FirstRunDialog(paths, set_language)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def written(paths: TillPaths) -> list[str]:
    return sorted(p.name for p in paths.root.iterdir())


def users_of(paths: TillPaths) -> list[tuple[str, str]]:
    db = open_database(paths.database)
    try:
        return [(u.name, u.role) for u in UserRepository(db).list_active()]
    finally:
        db.engine.dispose()


def type_manager(dialog: FirstRunDialog, name: str, pin: str, again: str) -> None:
    form = dialog.manager_form
    form.name.setText(name)
    form.pin.setText(pin)
    form.again.setText(again)


def sign_in(qtbot: QtBot, paths: TillPaths, name: str, pin: str) -> None:
    """Start the till from what the set-up wrote and sign in as ``name`` with ``pin``."""
    window = build_window(paths, demo=False)
    qtbot.addWidget(window)
    try:
        login = window.login
        qtbot.waitUntil(lambda: window.ready and login.user_group.buttons() != [], timeout=TIMEOUT)
        assert [b.text() for b in login.user_group.buttons()] == [name]
        assert login.first_manager_button.isHidden()
        login.pin.setText(pin)
        with qtbot.waitSignal(login.logged_in, timeout=TIMEOUT) as signed_in:
            login.submit()
        assert (signed_in.args[0].name, signed_in.args[0].role) == (name, "manager")
    finally:
        close_for_good(window)


def test_the_set_up_pairs_the_till_with_the_hub_in_polish_and_the_till_starts_online(
    qtbot: QtBot, tmp_path: Path, hub: RunningHub, languages: list[QTranslator]
) -> None:
    paths = TillPaths(tmp_path / "till")
    paths.root.mkdir()
    dialog = open_setup(qtbot, paths, languages)
    dialog.language.setCurrentIndex(dialog.language.findText("Polski"))
    dialog.next_button.click()
    assert dialog.next_button.text() == "Dalej"  # the rest is in Polish

    dialog.hub_url.setText("http://127.0.0.1:9")  # nothing listens there
    dialog.pairing_code.setText("ABCD-EFGH")
    dialog.next_button.click()
    qtbot.waitUntil(lambda: dialog.next_button.isEnabled(), timeout=TIMEOUT)
    assert dialog.message.text().startswith("Nie można połączyć się z centralą")

    dialog.hub_url.setText(hub.url)  # the hub, with a code it never issued
    dialog.next_button.click()
    qtbot.waitUntil(lambda: dialog.next_button.isEnabled(), timeout=TIMEOUT)
    assert "nie zna tego kodu" in dialog.message.text()
    assert written(paths) == []

    code = hub.pairing_code("STORE-001", "TILL-07")
    dialog.pairing_code.setText(code)
    dialog.next_button.click()
    qtbot.waitUntil(lambda: hasattr(dialog, "confirm_till"), timeout=TIMEOUT)
    assert dialog.confirm_till.text() == "TILL-07"
    assert "STORE-001" in dialog.confirm_store.text()
    assert written(paths) == []  # the hub said yes; the till has written nothing yet

    dialog.next_button.click()  # the store is right: devices
    dialog.printer.kind.setCurrentIndex(dialog.printer.kind.findData("file"))
    dialog.printer.options.setText(f"path={tmp_path / 'printer.bin'}")
    dialog.printer_test.click()
    qtbot.waitUntil(lambda: dialog.printer_result.text().startswith("Wydrukowano"), timeout=TIMEOUT)
    assert (tmp_path / "printer.bin").read_bytes().count(b"Omnitill") == 1
    dialog.printer.kind.setCurrentIndex(dialog.printer.kind.findData("virtual"))
    dialog.printer.options.clear()
    dialog.next_button.click()  # devices done: scanners
    dialog.next_button.click()  # the scanners as they are: a till with no users gets a manager
    qtbot.waitUntil(lambda: hasattr(dialog, "manager_form"), timeout=TIMEOUT)
    assert dialog.next_button.text() == "Zakończ"
    type_manager(dialog, "Olga", "4321", "4321")
    assert written(paths) == []
    with qtbot.waitSignal(dialog.accepted, timeout=TIMEOUT):
        dialog.next_button.click()  # Finish
    assert users_of(paths) == [("Olga", "manager")]

    settings = load_settings(paths.settings)
    assert (settings.language, settings.store.store_id, settings.store.till_id) == (
        "pl", "STORE-001", "TILL-07",
    )  # fmt: skip
    assert TokenFile(paths.device_token).read()
    for translator in languages:  # as run_first_run does: the till installs its own
        app = QCoreApplication.instance()
        assert app is not None
        app.removeTranslator(translator)
    languages.clear()

    window = build_window(paths, demo=False, sync=SyncOptions(None, None, poll_seconds=60))
    qtbot.addWidget(window)
    try:
        qtbot.waitUntil(lambda: window.ready, timeout=TIMEOUT)
        indicator = window.status.sync
        qtbot.waitUntil(
            lambda: indicator.status is not None and indicator.status.state == "online",
            timeout=30_000,
        )
        assert window.till.settings.store.till_id == "TILL-07"
    finally:
        close_for_good(window)
        app = QCoreApplication.instance()
        assert app is not None
        for translator in app.findChildren(QTranslator):  # the till's Polish, for this test only
            app.removeTranslator(translator)


def test_a_used_pairing_code_is_refused_and_nothing_is_written(
    qtbot: QtBot, tmp_path: Path, hub: RunningHub, languages: list[QTranslator]
) -> None:
    code = hub.pairing_code("STORE-001", "TILL-08")
    first = TillPaths(tmp_path / "first")
    first.root.mkdir()
    from pos.services.first_run import ask_hub_to_pair

    ask_hub_to_pair(hub.url, code)  # another till took it
    paths = TillPaths(tmp_path / "till")
    paths.root.mkdir()
    dialog = open_setup(qtbot, paths, languages)
    dialog.next_button.click()  # English
    dialog.hub_url.setText(hub.url)
    dialog.pairing_code.setText(code)
    dialog.next_button.click()
    qtbot.waitUntil(lambda: dialog.next_button.isEnabled(), timeout=TIMEOUT)
    assert dialog.message.text() == (
        "This pairing code was used already. Ask the hub's manager for a new one."
    )
    dialog.reject()
    assert written(paths) == []


def test_a_till_without_a_hub_is_set_up_with_its_first_manager_who_then_signs_in(
    qtbot: QtBot, tmp_path: Path, languages: list[QTranslator]
) -> None:
    paths = TillPaths(tmp_path / "till")
    paths.root.mkdir()
    dialog = open_setup(qtbot, paths, languages)
    dialog.next_button.click()
    offline = next(b for b in dialog.choice.buttons() if b.property("mode") == OFFLINE)
    offline.setChecked(True)
    dialog.next_button.click()
    dialog.terminal.kind.setCurrentIndex(dialog.terminal.kind.findData("zvt"))
    dialog.next_button.click()  # refused: the terminal has no address
    assert dialog.message.text() == "The card terminal needs its network address (host)."
    dialog.terminal.kind.setCurrentIndex(dialog.terminal.kind.findData("none"))
    dialog.next_button.click()
    dialog.next_button.click()  # the scanners as they are
    qtbot.waitUntil(lambda: hasattr(dialog, "manager_form"), timeout=TIMEOUT)

    refusals = [
        (("", "1234", "1234"), "Type the user's name."),
        (("Olga", "1234", "1243"), "The two PINs differ; type the same PIN twice."),
        (("Olga", "123", "123"), "The PIN must be 4 to 8 digits long."),
        (("Olga", "12a4", "12a4"), "The PIN must contain digits only."),
    ]
    for (name, pin, again), message in refusals:
        type_manager(dialog, name, pin, again)
        dialog.next_button.click()
        assert dialog.message.text() == message
        assert dialog.isVisible()
    assert written(paths) == []  # nothing, not even a database

    type_manager(dialog, " Olga Nowak ", "3141", "3141")
    with qtbot.waitSignal(dialog.accepted, timeout=TIMEOUT):
        dialog.next_button.click()
    assert "settings.json" in written(paths)
    assert dialog.mode == OFFLINE
    assert users_of(paths) == [("Olga Nowak", "manager")]
    sign_in(qtbot, paths, "Olga Nowak", "3141")


def test_a_refused_settings_file_leaves_no_manager_either(
    qtbot: QtBot, tmp_path: Path, languages: list[QTranslator]
) -> None:
    paths = TillPaths(tmp_path / "till")
    paths.root.mkdir()
    dialog = open_setup(qtbot, paths, languages)
    dialog.next_button.click()
    offline = next(b for b in dialog.choice.buttons() if b.property("mode") == OFFLINE)
    offline.setChecked(True)
    dialog.next_button.click()
    dialog.next_button.click()  # devices as they are
    dialog.next_button.click()  # scanners as they are
    qtbot.waitUntil(lambda: hasattr(dialog, "manager_form"), timeout=TIMEOUT)
    type_manager(dialog, "Olga", "3141", "3141")
    paths.settings.mkdir()  # a real failure: the settings file cannot replace a directory
    dialog.next_button.click()
    qtbot.waitUntil(lambda: dialog.next_button.isEnabled(), timeout=TIMEOUT)
    assert dialog.message.text().startswith("Not saved:")
    assert users_of(paths) == []  # the user's transaction rolled back with the file

    paths.settings.rmdir()
    with qtbot.waitSignal(dialog.accepted, timeout=TIMEOUT):
        dialog.next_button.click()  # tried again: both written
    assert users_of(paths) == [("Olga", "manager")]


def test_a_till_with_no_users_adds_its_first_manager_at_the_sign_in_screen(
    qtbot: QtBot, tmp_path: Path
) -> None:
    paths = TillPaths(tmp_path / "till")
    paths.root.mkdir()
    window = build_window(paths, demo=False)  # e.g. `pos --offline`: no set-up, no users
    qtbot.addWidget(window)
    try:
        login = window.login
        qtbot.waitUntil(lambda: window.ready and login.message.text() != "", timeout=TIMEOUT)
        assert login.message.text() == "This till has no users yet: add its first manager."
        assert "pos user" not in login.message.text()
        assert not login.first_manager_button.isHidden()

        def too_short_then_right(dialog: FirstManagerDialog) -> None:
            dialog.form.name.setText("Olga")
            dialog.form.pin.setText("12")
            dialog.form.again.setText("12")
            dialog.add_button.click()
            assert dialog.message.text() == "The PIN must be 4 to 8 digits long."
            dialog.form.pin.setText("2718")
            dialog.form.again.setText("2718")
            dialog.add_button.click()

        answer_dialog(FirstManagerDialog, too_short_then_right)
        login.first_manager_button.click()
        qtbot.waitUntil(lambda: login.user_group.buttons() != [], timeout=TIMEOUT)
        assert login.first_manager_button.isHidden()
        assert window.till.users().result(timeout=10)[0].role == "manager"
        login.pin.setText("2718")
        with qtbot.waitSignal(login.logged_in, timeout=TIMEOUT):
            login.submit()
    finally:
        close_for_good(window)


@pytest.fixture
def scanner_port(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[int, Path]]:
    """A serial scanner on a pty behind a stable link (the scanner's side: ``master``), which
    this machine's port list names as a USB scanner, as pyserial lists a real one."""
    from serial.tools import list_ports, list_ports_common

    master, slave = os.openpty()
    link = tmp_path / "ttyScanner"
    link.symlink_to(os.ttyname(slave))
    port = list_ports_common.ListPortInfo(str(link), skip_link_detection=True)
    port.description, port.hwid = "Honeywell 1470g", "USB VID:PID=0C2E:0B61"
    monkeypatch.setattr(list_ports, "comports", lambda: [port])
    yield master, link
    for fd in (master, slave):
        with contextlib.suppress(OSError):
            os.close(fd)


def reach_scanners(qtbot: QtBot, paths: TillPaths, languages: list[QTranslator]) -> FirstRunDialog:
    dialog = open_setup(qtbot, paths, languages)
    dialog.next_button.click()  # English
    offline = next(b for b in dialog.choice.buttons() if b.property("mode") == OFFLINE)
    offline.setChecked(True)
    dialog.next_button.click()
    dialog.next_button.click()  # printer and terminal as they are
    assert dialog.page_name == "Scanners"
    editor = dialog.scanners
    assert editor is not None
    qtbot.waitUntil(lambda: editor.discovery is not None, timeout=TIMEOUT)
    return dialog


def test_the_set_up_finds_a_serial_scanner_tests_it_and_writes_it_only_at_finish(
    qtbot: QtBot,
    tmp_path: Path,
    languages: list[QTranslator],
    scanner_port: tuple[int, Path],
) -> None:
    master, link = scanner_port
    paths = TillPaths(tmp_path / "till")
    paths.root.mkdir()
    dialog = reach_scanners(qtbot, paths, languages)
    editor = dialog.scanners
    assert editor is not None
    found = [editor.found.itemText(i) for i in range(editor.found.count())]
    assert f"serial: Honeywell 1470g ({link})" in found

    editor.found.setCurrentIndex(found.index(f"serial: Honeywell 1470g ({link})"))
    editor.found.activated.emit(editor.found.currentIndex())  # as a tap on the list does
    assert (editor.kind.currentText(), editor.options.text()) == ("serial", f"url={link}")
    editor.add_button.click()
    assert editor.devices.count() == 2  # the wedge and the new scanner
    assert editor.devices.currentRow() == 1  # the one just added is the one chosen

    editor.test_button.click()  # opened off the GUI thread, the page stays responsive
    qtbot.waitUntil(lambda: editor.tested_state == "ready", timeout=TIMEOUT)
    assert editor.prompt.text() == f"Scan a code with serial {link} 9600 8N1 now."
    code = ean13("590123412345")
    os.write(master, b"]E0" + code.encode() + b"\r")
    qtbot.waitUntil(lambda: len(editor.reads) == 1, timeout=TIMEOUT)
    result = dict(editor.describe_read(editor.reads[0]))
    assert (result["Read"], result["Meaning"], result["GTIN-14"]) == (code, "product", "0" + code)
    assert editor.prompt.text() == f"Read from serial:{link}:"

    gs1 = f"01{code.zfill(14)}17291231" + "10LOT9"  # the wedge: keys, a scanner's speed
    type_keys(gs1, SCAN_MS, target=editor.devices)
    qtbot.waitUntil(lambda: len(editor.reads) == 2, timeout=TIMEOUT)
    result = dict(editor.describe_read(editor.reads[1]))
    assert (result["Batch"], result["Expiry"]) == ("LOT9", "31.12.2029")
    editor.max_gap.setValue(40)
    assert written(paths) == []  # tested and chosen, nothing on disk

    dialog.next_button.click()  # scanners done: the first manager
    qtbot.waitUntil(lambda: hasattr(dialog, "manager_form"), timeout=TIMEOUT)
    assert editor.tested is None  # the tested scanner was let go
    type_manager(dialog, "Olga", "3141", "3141")
    assert written(paths) == []
    with qtbot.waitSignal(dialog.accepted, timeout=TIMEOUT):
        dialog.next_button.click()  # Finish
    scanner = load_settings(paths.settings).scanner
    [device] = scanner.devices
    assert (device.kind, device.options, device.enabled) == ("serial", {"url": str(link)}, True)
    assert (scanner.wedge.enabled, scanner.wedge.max_gap_ms) == (True, 40)
    assert users_of(paths) == [("Olga", "manager")]


def test_cancelling_on_the_scanners_page_writes_nothing_and_lets_the_scanner_go(
    qtbot: QtBot,
    tmp_path: Path,
    languages: list[QTranslator],
    scanner_port: tuple[int, Path],
) -> None:
    _master, link = scanner_port
    paths = TillPaths(tmp_path / "till")
    paths.root.mkdir()
    dialog = reach_scanners(qtbot, paths, languages)
    editor = dialog.scanners
    assert editor is not None
    editor.kind.setCurrentText("serial")
    editor.options.setText(f"url={link} baudrate=115200")
    editor.add_button.click()
    editor.wedge_on.setChecked(False)
    editor.test_button.click()
    qtbot.waitUntil(lambda: editor.tested_state == "ready", timeout=TIMEOUT)
    tested = editor.tested
    assert isinstance(tested, SerialScanner)
    dialog.cancel_button.click()
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: tested.state.value == "closed", timeout=TIMEOUT)  # port let go
    assert written(paths) == []
