"""The drawer's day through the real window: a no-sale with a supervisor's PIN, a pay-out with
its slip, a Z refused while a sale is open, a blind count that is off (recount, then a
supervisor approves), the Z printed and shown, no selling without a shift, and a new shift."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from drivers.printer import VirtualConnection
from pos.domain.money import Money
from pos.ui.app import TillWindow
from pos.ui.features.shift.count_dialog import CountDialog
from pos.ui.features.shift.movement_dialog import MovementDialog
from pos.ui.features.shift.report_dialog import ReportDialog
from pos.ui.features.shift.shift import Shifts
from pos.ui.widgets.dialogs import ChoiceDialog, PinDialog
from tests.ui.conftest import answer_dialog, demo_barcode
from tests.ui.test_whole_sale import scan, sign_in

PLN_380 = {20_000: 1, 10_000: 1, 5_000: 1, 2_000: 1, 1_000: 1}


def press_ctrl(qtbot: QtBot, window: TillWindow, key: Qt.Key) -> None:
    qtbot.keyClick(window.till_screen.scan, key, Qt.KeyboardModifier.ControlModifier)


def choose(text: str) -> None:
    """Answer the next choice dialog with the row that starts with ``text``."""

    def pick(dialog: ChoiceDialog) -> None:
        rows = [dialog.list.item(i).text() for i in range(dialog.list.count())]
        dialog.list.setCurrentRow(next(i for i, row in enumerate(rows) if row.startswith(text)))
        dialog._accept()

    answer_dialog(ChoiceDialog, pick)


def count(pieces: dict[int, int]) -> None:
    def fill(dialog: CountDialog) -> None:
        dialog.set_pieces(pieces)
        dialog._accept()

    answer_dialog(CountDialog, fill)


def click_in_box(label: str) -> None:
    def click(box: QMessageBox) -> None:
        button = next(b for b in box.buttons() if b.text() == label)
        button.click()

    answer_dialog(QMessageBox, click)


def printed(window: TillWindow) -> list[bytes]:
    printing = window.till.printing
    assert printing is not None and isinstance(printing.connection, VirtualConnection)
    return printing.connection.jobs


def test_a_drawer_day_from_the_shift_key(qtbot: QtBot, till_window: TillWindow) -> None:
    window = till_window
    screen = window.till_screen
    shifts = window.till.shifts
    assert shifts is not None
    sign_in(qtbot, window, "1111")  # Anna, cashier: the demo opened a shift with a float
    qtbot.waitUntil(lambda: window.stack.currentWidget() is screen, timeout=5000)
    view = shifts.view
    assert view is not None
    pln = view.currency
    feature = screen.feature(Shifts)
    pay_out = Money.of("20.00", pln)
    expected_after = view.expected - pay_out
    assert expected_after == Money.of("380.00", pln), "the demo float is 400 zł"

    # Ctrl+D: a cashier may not open the drawer alone; Marek's PIN allows it, and it is logged.
    def supervisor(dialog: PinDialog) -> None:
        dialog.field.setText("2222")
        dialog._accept()

    answer_dialog(PinDialog, supervisor)
    press_ctrl(qtbot, window, Qt.Key.Key_D)
    qtbot.waitUntil(lambda: "no sale" in screen.banner.text().lower(), timeout=5000)

    # Ctrl+H → Pay-out 20 zł for flowers: recorded and its slip printed.
    jobs = len(printed(window))

    def type_pay_out(dialog: MovementDialog) -> None:
        dialog.field.setText("20")
        dialog.reason.setEditText("Flowers for the window")
        dialog._accept()

    choose("Pay-out")
    answer_dialog(MovementDialog, type_pay_out)
    press_ctrl(qtbot, window, Qt.Key.Key_H)
    qtbot.waitUntil(
        lambda: any(b"Flowers for the window" in job for job in printed(window)[jobs:]),
        timeout=5000,
    )
    assert any(job.startswith(b"\x1bp") for job in printed(window)[jobs:]), "the drawer opened"
    assert shifts.view is not None and shifts.view.expected == expected_after

    # A Z while a sale is open is refused with the reason; nothing is counted.
    scan(qtbot, window, demo_barcode(window))
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1, timeout=5000)
    choose("Close the shift")
    press_ctrl(qtbot, window, Qt.Key.Key_H)
    qtbot.waitUntil(lambda: "open and parked sales" in screen.banner.text(), timeout=5000)
    assert shifts.view.counts == 0
    screen.new_sale()

    # Blind Z: 300 zł counted is 80 short → count again (starts from the last count) → still
    # short → a supervisor approves; both counts are kept and the Z says so.
    short = {20_000: 1, 10_000: 1}
    choose("Close the shift")
    count(short)
    click_in_box("Count again")
    count(short)
    click_in_box("Supervisor approval")
    answer_dialog(PinDialog, supervisor)
    shown: list[ReportDialog] = []

    def look(dialog: ReportDialog) -> None:
        shown.append(dialog)
        dialog.accept()

    answer_dialog(ReportDialog, look)
    press_ctrl(qtbot, window, Qt.Key.Key_H)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    report = feature.last_report
    assert report is not None and report.z_number == 1
    assert report.counts == 2 and report.variance == Money.of("-80.00", pln)
    assert report.no_sales == 1
    assert "Z REPORT" in shown[0].view.toPlainText()
    qtbot.waitUntil(lambda: any(b"Z REPORT" in job for job in printed(window)), timeout=5000)
    assert shifts.view is None

    # No shift: a scan sells nothing and says why.
    scan(qtbot, window, demo_barcode(window))
    assert screen.model.rowCount() == 0
    assert "No shift is open" in screen.banner.text()

    # A new shift with a counted float, and selling works again.
    choose("Open the shift")
    count(PLN_380)
    press_ctrl(qtbot, window, Qt.Key.Key_H)
    qtbot.waitUntil(lambda: shifts.view is not None, timeout=5000)
    assert shifts.view is not None and shifts.view.float_total == Money.of("380.00", pln)
    scan(qtbot, window, demo_barcode(window))
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1, timeout=5000)


def test_a_count_that_matches_closes_without_a_pin(qtbot: QtBot, till_window: TillWindow) -> None:
    window = till_window
    screen = window.till_screen
    shifts = window.till.shifts
    assert shifts is not None
    sign_in(qtbot, window, "1111")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is screen, timeout=5000)
    assert shifts.view is not None
    pieces = {20_000: 2}  # the demo's 400 zł float, counted in two notes
    choose("Close the shift")
    count(pieces)
    answer_dialog(ReportDialog, lambda dialog: dialog.accept())
    press_ctrl(qtbot, window, Qt.Key.Key_H)
    feature = screen.feature(Shifts)
    # The shift closes on the db worker; the Z reaches the screen a moment later.
    qtbot.waitUntil(lambda: shifts.view is None and feature.last_report is not None, timeout=10_000)
    report = feature.last_report
    assert report is not None and report.variance is not None and report.variance.is_zero()
