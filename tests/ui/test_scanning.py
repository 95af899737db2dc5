"""Scanners at the till window: wedge scans caught wherever the focus is, typing left alone,
weight labels, marked items from a real serial scanner (pty), bad codes, expired items and
the scanner settings' test screen."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from drivers.scanner.serial import SerialScanner
from drivers.scanner.wedge import LAYOUT_MAPS, US_KEYS
from pos.domain.money import Money
from pos.store.db import connect_plain
from pos.ui.app import TillWindow
from pos.ui.features.payment.payment import Payment
from pos.ui.features.payment.payment_dialog import PaymentDialog
from pos.ui.features.scanners.scanner_dialog import ScannerDialog
from pos.ui.features.scanners.scanners import Scanners
from pos.ui.features.selling.search_dialog import SearchDialog
from tests.ui.conftest import answer_dialog, demo_barcode
from tests.ui.test_whole_sale import press, sign_in

GS = "\x1d"
SCAN_MS = 10
HUMAN_MS = 70  # a fast typist
_POSITIONS: dict[str, tuple[int, bool]] = {}  # character -> (scan code, shift)
for _code, (_plain, _shifted) in sorted(US_KEYS.items(), reverse=True):
    _POSITIONS[_shifted] = (_code, True)
    _POSITIONS[_plain] = (_code, False)
for _d in "0123456789":  # the number row, not the keypad
    _POSITIONS[_d] = (2 + (int(_d) - 1) % 10, False)
_clock = [1_000_000]


def type_keys(text: str, gap_ms: int, enter: bool = True, target: QWidget | None = None) -> None:
    """Key presses into whatever has the focus, stamped ``gap_ms`` apart as the window system
    would stamp them (X11 scan codes: evdev + 8)."""
    for char in text + ("\r" if enter else ""):
        if char == "\r":
            key, (scan, shift) = Qt.Key.Key_Return, (28, False)
        else:
            key, (scan, shift) = Qt.Key(ord(char.upper())), _POSITIONS.get(char, (0, False))
        modifiers = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
        event = QKeyEvent(QEvent.Type.KeyPress, key, modifiers, scan + 8, 0, 0, char)
        _clock[0] += gap_ms
        event.setTimestamp(_clock[0])
        QApplication.sendEvent(target or _receiver(), event)
    _clock[0] += 1000


def _receiver() -> QWidget:
    """Where the window system delivers keys: the focus widget, else the till window (no
    window manager runs here to activate it again after a dialog)."""
    focused = QApplication.focusWidget()
    if focused is not None:
        return focused
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, TillWindow))


def ean13(first12: str) -> str:
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(first12))
    return first12 + str(-total % 10)


@pytest.fixture
def till(qtbot: QtBot, till_window: TillWindow) -> Iterator[TillWindow]:
    sign_in(qtbot, till_window, "1111")
    qtbot.waitUntil(lambda: till_window.stack.currentWidget() is till_window.till_screen)
    yield till_window


def lines(window: TillWindow) -> int:
    return window.till_screen.model.rowCount()


def test_a_wedge_scan_lands_in_the_cart_while_a_dialog_field_has_the_focus(
    qtbot: QtBot, till: TillWindow
) -> None:
    screen = till.till_screen
    code = demo_barcode(till, offset=5)
    seen: list[str] = []

    def scan_while_searching(dialog: SearchDialog) -> None:
        dialog.field.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.field)
        type_keys(code, SCAN_MS)
        qtbot.waitUntil(lambda: lines(till) == 1)
        seen.append(dialog.field.text())
        dialog.reject()

    answer_dialog(SearchDialog, scan_while_searching)
    press(qtbot, till, Qt.Key.Key_F3)
    assert seen == [""]  # nothing of the scan leaked into the search field
    assert screen.feature(Scanners).wedge is not None and screen.feature(Scanners).wedge.scans == 1
    assert screen.sale is not None and screen.sale.lines[0].product.barcode == code


def test_fast_typing_in_the_scan_field_is_typing_not_a_scan(qtbot: QtBot, till: TillWindow) -> None:
    screen = till.till_screen
    code = demo_barcode(till, offset=6)
    type_keys(code, HUMAN_MS, enter=False)
    qtbot.waitUntil(lambda: screen.scan.text() == code)  # every key reached the field, in order
    assert screen.feature(Scanners).wedge is not None and screen.feature(Scanners).wedge.scans == 0
    type_keys("", HUMAN_MS)  # Enter, typed
    qtbot.waitUntil(lambda: lines(till) == 1)
    assert screen.feature(Scanners).wedge.scans == 0


def test_a_quantity_typed_before_a_scan_goes_with_the_scanned_item(
    qtbot: QtBot, till: TillWindow
) -> None:
    screen = till.till_screen
    code = demo_barcode(till, offset=7)
    type_keys("3*", HUMAN_MS, enter=False)
    qtbot.waitUntil(lambda: screen.scan.text() == "3*")
    type_keys(code, SCAN_MS)  # the scanner's read never passes through the field
    qtbot.waitUntil(lambda: lines(till) == 1)
    assert screen.sale is not None and screen.sale.lines[0].quantity == Decimal(3)
    assert screen.scan.text() == ""  # the prefix was used, not left for the next scan
    type_keys(code, SCAN_MS)
    qtbot.waitUntil(lambda: screen.sale is not None and screen.sale.lines[-1].quantity == 4)


def test_a_weight_label_sells_the_weight_at_the_price_per_kg(
    qtbot: QtBot, till: TillWindow
) -> None:
    with connect_plain(till.till.paths.database) as conn:
        plu, price = conn.execute(
            "SELECT b.code, pr.amount_minor FROM barcodes b JOIN products p ON p.id = b.product_id"
            " JOIN prices pr ON pr.product_id = p.id WHERE p.sold_by = 'weight' ORDER BY b.code"
        ).fetchone()
    type_keys(ean13(f"28{int(plu):05d}00734"), SCAN_MS)  # 0.734 kg
    qtbot.waitUntil(lambda: lines(till) == 1)
    sale = till.till_screen.sale
    assert sale is not None
    line = sale.lines[0]
    assert line.quantity == Decimal("0.734")
    assert line.total == Money.from_minor(price, till.till.currency).times(Decimal("0.734"))


@pytest.mark.parametrize(
    ("code", "message"),
    [
        ("5901234123458", "not a valid barcode"),  # wrong check digit
        ("WIFI:S:shop;T:WPA;;", "not a product or a code"),
        ("omnitill:promo:abcdef", "cannot check promo codes"),  # an offline till: no keys
        ("omnitill:pickup:W-20481", "this till does not sync with one"),
    ],
)
def test_bad_or_unsupported_codes_say_so_and_add_nothing(
    qtbot: QtBot, till: TillWindow, code: str, message: str
) -> None:
    type_keys(code, SCAN_MS)
    qtbot.waitUntil(lambda: message in till.till_screen.banner.text())
    assert lines(till) == 0


def test_an_expired_item_is_not_sold_unless_the_cashier_says_so(
    qtbot: QtBot, till: TillWindow
) -> None:
    code = demo_barcode(till, offset=7)
    expired = f"01{code.zfill(14)}17200131" + "10LOT1"

    def refuse(box: QMessageBox) -> None:
        assert "expired" in box.text()
        box.button(QMessageBox.StandardButton.No).click()

    answer_dialog(QMessageBox, refuse)
    type_keys(expired, SCAN_MS)
    qtbot.waitUntil(lambda: "not sold" in till.till_screen.banner.text())
    assert lines(till) == 0

    answer_dialog(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    type_keys(expired, SCAN_MS)
    qtbot.waitUntil(lambda: lines(till) == 1)


def test_a_marked_item_from_a_serial_scanner_is_sold_and_stored_verbatim(
    qtbot: QtBot, till: TillWindow, tmp_path: Path
) -> None:
    code = demo_barcode(till, offset=8)
    marking = f"01{code.zfill(14)}215Jj:+r/PmQ:c{GS}91FFD0{GS}92dGVzdHNpZ25hdHVyZQ=="
    master, slave = os.openpty()
    link = tmp_path / "ttyScanner"
    link.symlink_to(os.ttyname(slave))
    screen = till.till_screen
    try:
        till.till.scanners.start_backend(SerialScanner(url=str(link)))
        qtbot.waitUntil(
            lambda: any(s == "ready" for s, _ in screen.feature(Scanners).states.values())
        )
        assert till.status.scanners.text().startswith("Scanners: ready")
        os.write(master, b"]d2" + marking.encode() + b"\r")
        qtbot.waitUntil(lambda: lines(till) == 1)
        os.write(master, b"]d2" + marking.encode() + b"\r")  # the same item scanned twice
        qtbot.waitUntil(lambda: "already in the sale" in screen.banner.text())
        assert lines(till) == 1
        answer_dialog(PaymentDialog, lambda dialog: dialog.add_cash())
        with qtbot.waitSignal(screen.feature(Payment).sale_recorded, timeout=10_000):
            press(qtbot, till, Qt.Key.Key_F12)
    finally:
        till.till.scanners.stop()
        os.close(master)
        os.close(slave)
    with connect_plain(till.till.paths.database) as conn:
        [stored] = conn.execute("SELECT marking_code FROM sale_lines").fetchone()
    assert stored.encode() == marking.encode()


def test_the_scanner_screen_shows_how_a_scan_was_read_and_sells_nothing(
    qtbot: QtBot, till: TillWindow
) -> None:
    code = demo_barcode(till, offset=9)
    gs1 = f"01{code.zfill(14)}17291231" + "10LOT9"
    shown: list[dict[str, str]] = []

    def test_scan(dialog: ScannerDialog) -> None:
        type_keys(gs1, SCAN_MS)
        qtbot.waitUntil(lambda: len(dialog.editor.reads) == 1)
        shown.append(dict(dialog.editor.describe_read(dialog.editor.reads[0])))
        assert not dialog.editor.add_button.isEnabled()  # a cashier may test, not change
        dialog.reject()

    answer_dialog(ScannerDialog, test_scan)
    qtbot.keyClick(till.till_screen.scan, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert shown, "the dialog did not open"
    assert shown[0]["Meaning"] == "product"
    assert shown[0]["GTIN-14"] == code.zfill(14)
    assert shown[0]["Batch"] == "LOT9"
    assert shown[0]["Expiry"] == "31.12.2029"
    assert lines(till) == 0
    assert till.till_screen.scan_listener is None


def test_a_manager_adds_a_serial_scanner_that_survives_unplugging(
    qtbot: QtBot, till_window: TillWindow, tmp_path: Path
) -> None:
    window = till_window
    olga = next(i for i, b in enumerate(window.login.user_group.buttons()) if b.text() == "Olga")
    sign_in(qtbot, window, "3333", olga)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.till_screen)
    master, slave = os.openpty()
    link = tmp_path / "ttyScanner"
    link.symlink_to(os.ttyname(slave))

    def add_scanner(dialog: ScannerDialog) -> None:
        dialog.editor.kind.setCurrentText("serial")
        dialog.editor.options.setText("url=/dev/tty baudrate=nine")  # refused: not a number of baud
        dialog.editor.add_button.click()
        errors.append(dialog.editor.error.text())
        dialog.editor.options.setText(f"url={link} baudrate=115200 reconnect_s=0.1")
        dialog.editor.add_button.click()
        errors.append(str(dialog.editor.devices.count()))
        dialog.save_button.click()

    errors: list[str] = []

    answer_dialog(ScannerDialog, add_scanner)
    qtbot.keyClick(window.till_screen.scan, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert "do not fit" in errors[0]
    assert errors[1] == "2"  # the wedge and the new scanner
    try:
        saved = (window.till.paths.settings).read_text(encoding="utf-8")
        assert '"kind": "serial"' in saved and str(link) in saved
        qtbot.waitUntil(lambda: window.status.scanners.text().startswith("Scanners: ready"))
        os.write(master, demo_barcode(window, offset=11).encode() + b"\r")
        qtbot.waitUntil(lambda: lines(window) == 1)

        os.close(master)  # unplugged
        os.close(slave)
        qtbot.waitUntil(lambda: "NOT CONNECTED" in window.status.scanners.text())
        master, slave = os.openpty()  # plugged back in, behind the same link
        link.unlink()
        link.symlink_to(os.ttyname(slave))
        qtbot.waitUntil(lambda: window.status.scanners.text().startswith("Scanners: ready"))
        os.write(master, demo_barcode(window, offset=12).encode() + b"\r")
        qtbot.waitUntil(lambda: lines(window) == 2)
    finally:
        window.till.scanners.stop()
        for fd in (master, slave):
            with contextlib.suppress(OSError):
                os.close(fd)


def test_a_manager_can_turn_the_wedge_off_and_on_without_a_restart(
    qtbot: QtBot, till_window: TillWindow
) -> None:
    window = till_window
    olga = next(i for i, b in enumerate(window.login.user_group.buttons()) if b.text() == "Olga")
    sign_in(qtbot, window, "3333", olga)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.till_screen)
    screen = window.till_screen

    def toggle(dialog: ScannerDialog) -> None:
        dialog.editor.wedge_on.setChecked(not dialog.editor.wedge_on.isChecked())
        dialog.save_button.click()

    answer_dialog(ScannerDialog, toggle)
    qtbot.keyClick(screen.scan, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert screen.feature(Scanners).wedge is None and not window.till.settings.scanner.wedge.enabled
    code = demo_barcode(window, offset=13)
    type_keys(code, SCAN_MS, enter=False, target=screen.scan)  # no wedge: plain typing
    assert screen.scan.text() == code
    screen.scan.clear()

    answer_dialog(ScannerDialog, toggle)
    qtbot.keyClick(screen.scan, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert screen.feature(Scanners).wedge is not None
    type_keys(code, SCAN_MS)
    qtbot.waitUntil(lambda: lines(window) == 1)
    assert screen.scan.text() == ""


def test_a_scan_during_payment_changes_nothing_and_the_dialog_keeps_its_field(
    qtbot: QtBot, till: TillWindow
) -> None:
    screen = till.till_screen
    type_keys(demo_barcode(till, offset=14), SCAN_MS)
    qtbot.waitUntil(lambda: lines(till) == 1)
    seen: list[str] = []

    def scan_while_paying(dialog: PaymentDialog) -> None:
        dialog.field.setFocus()
        type_keys(demo_barcode(till, offset=15), SCAN_MS, target=dialog.field)
        qtbot.waitUntil(lambda: "Finish or cancel the payment" in screen.banner.text())
        seen.append(dialog.field.text())
        dialog.reject()

    answer_dialog(PaymentDialog, scan_while_paying)
    press(qtbot, till, Qt.Key.Key_F12)
    assert seen == [""]
    assert lines(till) == 1


def test_a_wedge_scan_reads_right_with_a_russian_layout_active(
    qtbot: QtBot, till: TillWindow
) -> None:
    """The scanner presses US key positions; the Russian layout types Cyrillic for them.
    The wedge rebuilds the code from the physical keys (and the typed text never shows)."""
    russian = {us: ru for ru, us in LAYOUT_MAPS["ru"].items()}
    code = "omnitill:pickup:W-1"
    for char in code + "\r":
        scan, shift = (28, False) if char == "\r" else _POSITIONS[char]
        typed = russian.get(char, char)
        key = Qt.Key.Key_Return if char == "\r" else Qt.Key(ord(typed.upper()))
        modifiers = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
        event = QKeyEvent(QEvent.Type.KeyPress, key, modifiers, scan + 8, 0, 0, typed)
        _clock[0] += SCAN_MS
        event.setTimestamp(_clock[0])
        QApplication.sendEvent(_receiver(), event)
    qtbot.waitUntil(lambda: "does not sync with one" in till.till_screen.banner.text())
    assert till.till_screen.scan.text() == ""


def test_keys_the_program_synthesizes_are_never_taken_for_a_scanner(
    qtbot: QtBot, till: TillWindow
) -> None:
    """QTest (like any code that types into a field) sends keys without a timestamp."""
    screen = till.till_screen
    qtbot.keyClicks(screen.scan, "5901234123457")
    assert screen.scan.text() == "5901234123457"
    assert screen.feature(Scanners).wedge is not None and screen.feature(Scanners).wedge.scans == 0
