"""Card payments through the till window against the demo's simulated ZVT terminal (a real
TCP loopback connection speaking the protocol): an approved sale, a decline, a cashier's
cancel at the terminal and an unknown outcome recovered from the terminal."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from drivers.payment import CardResult, TerminalStatus
from drivers.payment.sim import TcpSimulator
from drivers.printer import VirtualConnection
from pos.domain.tenders import TenderKind
from pos.store.db import connect_plain
from pos.ui.app import TillWindow
from pos.ui.features.payment.payment import Payment
from pos.ui.features.payment.payment_dialog import PaymentDialog
from pos.ui.widgets.dialogs import ChoiceDialog, PinDialog
from tests.ui.conftest import answer_dialog, demo_barcode
from tests.ui.test_whole_sale import press, scan, sign_in


def start_sale(qtbot: QtBot, window: TillWindow) -> None:
    sign_in(qtbot, window, "1111")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.till_screen, timeout=5000)
    scan(qtbot, window, demo_barcode(window, offset=5))
    qtbot.waitUntil(lambda: window.till_screen.model.rowCount() == 1, timeout=5000)


def simulator(window: TillWindow) -> TcpSimulator:
    assert window.demo_terminal is not None
    return window.demo_terminal


def card_rows(window: TillWindow) -> list[tuple[str, str]]:
    with connect_plain(window.till.paths.database) as conn:
        return conn.execute(
            "SELECT state, resolution FROM card_payments ORDER BY created_at"
        ).fetchall()


def test_a_card_sale_completes_and_prints_the_terminal_slip(
    qtbot: QtBot, till_window: TillWindow
) -> None:
    window = till_window
    start_sale(qtbot, window)
    progress: list[str] = []

    def by_card(dialog: PaymentDialog) -> None:
        dialog.pay_by_card()
        progress.append(dialog.card_status.text())

    answer_dialog(PaymentDialog, by_card)
    with qtbot.waitSignal(
        window.till_screen.feature(Payment).sale_recorded, timeout=15_000
    ) as recorded:
        press(qtbot, window, Qt.Key.Key_F12)
    completion = recorded.args[0]
    (tender,) = completion.sale.tenders
    assert tender.kind is TenderKind.CARD
    assert tender.details["masked_pan"] == "541333******0111"
    assert tender.details["terminal_id"] == "52500038" and tender.details["auth_code"]
    assert progress and "follow the terminal" in progress[0]
    printing = window.till.printing
    assert printing is not None and isinstance(printing.connection, VirtualConnection)
    printer = printing.connection
    qtbot.waitUntil(lambda: any(b"Customer copy" in job for job in printer.jobs), timeout=5000)
    assert card_rows(window) == [("approved", "")]


def test_a_declined_card_leaves_the_sale_open_for_cash(
    qtbot: QtBot, till_window: TillWindow
) -> None:
    window = till_window
    start_sale(qtbot, window)
    simulator(window).terminal.set_scenario("decline:05")
    seen: list[str] = []

    def declined_then_cash(dialog: PaymentDialog) -> None:
        dialog.pay_by_card()
        qtbot.waitUntil(lambda: "declined" in dialog.error.text(), timeout=10_000)
        seen.append(dialog.error.text())
        assert dialog.card_button.isEnabled()
        assert not dialog._sale.tenders  # nothing was added
        dialog.add_cash()  # the customer pays cash instead

    answer_dialog(PaymentDialog, declined_then_cash)
    with qtbot.waitSignal(
        window.till_screen.feature(Payment).sale_recorded, timeout=15_000
    ) as recorded:
        press(qtbot, window, Qt.Key.Key_F12)
    assert "code 05" in seen[0]
    assert [t.kind for t in recorded.args[0].sale.tenders] == [TenderKind.CASH]
    assert card_rows(window) == [("declined", "")]


def test_cancel_sends_abort_to_the_terminal_and_the_sale_stays_open(
    qtbot: QtBot, till_window: TillWindow
) -> None:
    window = till_window
    start_sale(qtbot, window)
    simulator(window).terminal.set_scenario("slow:0.4")
    seen: list[str] = []

    def cancel(dialog: PaymentDialog) -> None:
        dialog.pay_by_card()
        qtbot.waitUntil(lambda: "insert" in dialog.card_status.text().lower(), timeout=10_000)
        assert not dialog.cash_button.isEnabled()
        dialog.reject()  # Esc while the terminal works: abort, the dialog stays
        assert dialog.isVisible()
        qtbot.waitUntil(lambda: "cancelled" in dialog.error.text(), timeout=10_000)
        seen.append(dialog.error.text())
        dialog.reject()

    answer_dialog(PaymentDialog, cancel)
    press(qtbot, window, Qt.Key.Key_F12)
    qtbot.waitUntil(lambda: bool(seen), timeout=15_000)
    sale = window.till_screen.sale
    assert sale is not None and sale.lines and not sale.tenders
    assert b"\x06\xb0" in simulator(window).terminal.received
    assert simulator(window).terminal.journal == []
    assert card_rows(window) == [("aborted", "")]


def test_an_unknown_outcome_is_recovered_from_the_terminal_before_the_sale_completes(
    qtbot: QtBot, till_window: TillWindow
) -> None:
    window = till_window
    start_sale(qtbot, window)
    simulator(window).terminal.set_scenario("drop-after-accept")

    answer_dialog(PaymentDialog, PaymentDialog.pay_by_card)
    with qtbot.waitSignal(
        window.till_screen.feature(Payment).sale_recorded, timeout=20_000
    ) as recorded:
        press(qtbot, window, Qt.Key.Key_F12)
    (tender,) = recorded.args[0].sale.tenders
    assert tender.kind is TenderKind.CARD
    assert tender.details["trace_no"] == str(simulator(window).terminal.journal[-1].trace)
    assert card_rows(window) == [("approved", "recovered")]  # was unknown, then asked
    assert len(simulator(window).terminal.journal) == 1  # charged once, never retried


def choose(row: int, then_pin: str | None = None) -> Callable[[ChoiceDialog], None]:
    def handler(dialog: ChoiceDialog) -> None:
        if then_pin is not None:
            answer_dialog(PinDialog, lambda pin: (pin.field.setText(then_pin), pin._accept()))
        dialog.list.setCurrentRow(row)
        dialog._accept()

    return handler


def test_a_payment_left_pending_by_a_crash_blocks_cards_until_a_manager_settles_it(
    qtbot: QtBot, till_window: TillWindow
) -> None:
    window = till_window
    start_sale(qtbot, window)
    with connect_plain(window.till.paths.database) as conn:  # what a crash mid-payment leaves
        conn.execute(
            "INSERT INTO card_payments (payment_id, sale_id, operation, amount_minor, currency,"
            " state, created_at, updated_at) VALUES ('crashed', 'lost-sale', 'sale', 1500, 'PLN',"
            " 'pending', '2026-01-01T10:00:00.000000Z', '2026-01-01T10:00:00.000000Z')"
        )
    window.till_screen.start()  # as after the next sign-in: the cashier is warned
    qtbot.waitUntil(lambda: "unknown outcome" in window.till_screen.banner.text(), timeout=5000)
    seen: list[str] = []

    def settle_then_card(dialog: PaymentDialog) -> None:
        qtbot.waitUntil(dialog.settle_button.isVisible, timeout=10_000)
        assert not dialog.card_button.isEnabled()  # no card payment while one is unknown
        answer_dialog(ChoiceDialog, choose(1, then_pin="3333"))  # "not charged", Olga's PIN
        dialog.settle_unknown()
        qtbot.waitUntil(lambda: "not charged" in dialog.error.text(), timeout=10_000)
        seen.append(dialog.error.text())
        assert dialog.card_button.isEnabled()
        dialog.pay_by_card()

    answer_dialog(PaymentDialog, settle_then_card)
    with qtbot.waitSignal(window.till_screen.feature(Payment).sale_recorded, timeout=20_000):
        press(qtbot, window, Qt.Key.Key_F12)
    assert seen
    with connect_plain(window.till.paths.database) as conn:
        state, resolution, by = conn.execute(
            "SELECT state, resolution, resolved_by FROM card_payments WHERE payment_id = 'crashed'"
        ).fetchone()
        olga = conn.execute("SELECT id FROM users WHERE name = 'Olga'").fetchone()[0]
        journal = [kind for (kind,) in conn.execute("SELECT kind FROM journal")]
    assert (state, resolution, by) == ("failed", "manual", olga)
    assert "card_settled" in journal


def test_end_of_day_from_the_manager_menu_prints_the_terminals_report(
    qtbot: QtBot, till_window: TillWindow
) -> None:
    window = till_window
    start_sale(qtbot, window)
    answer_dialog(PaymentDialog, PaymentDialog.pay_by_card)
    with qtbot.waitSignal(window.till_screen.feature(Payment).sale_recorded, timeout=15_000):
        press(qtbot, window, Qt.Key.Key_F12)
    screen = window.till_screen
    answer_dialog(ChoiceDialog, choose(0, then_pin="3333"))  # end of day; a cashier asks Olga
    qtbot.keyClick(screen.scan, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "End of day done" in screen.banner.text(), timeout=15_000)
    printing = window.till.printing
    assert printing is not None and isinstance(printing.connection, VirtualConnection)
    printer = printing.connection
    qtbot.waitUntil(lambda: any(b"Batch closed" in job for job in printer.jobs), timeout=5000)
    report = next(job for job in printer.jobs if b"Batch closed" in job)
    assert b"Payments 1" in report


def test_split_card_and_cash(qtbot: QtBot, till_window: TillWindow) -> None:
    window = till_window
    start_sale(qtbot, window)

    def part_by_card(dialog: PaymentDialog) -> None:
        dialog.field.setText("1,00")
        dialog.pay_by_card()
        qtbot.waitUntil(lambda: len(dialog._sale.tenders) == 1, timeout=10_000)
        assert "541333******0111" in dialog.tenders.item(0).text()
        dialog.add_cash()  # the rest in cash

    answer_dialog(PaymentDialog, part_by_card)
    with qtbot.waitSignal(
        window.till_screen.feature(Payment).sale_recorded, timeout=15_000
    ) as recorded:
        press(qtbot, window, Qt.Key.Key_F12)
    card, cash = recorded.args[0].sale.tenders
    assert (card.kind, str(card.received.amount)) == (TenderKind.CARD, "1.00")
    assert cash.kind is TenderKind.CASH
    assert simulator(window).terminal.journal[-1].amount == 100


def test_a_lost_payment_found_charged_from_the_manager_menu_pays_the_open_sale(
    qtbot: QtBot, till_window: TillWindow
) -> None:
    window = till_window
    screen = window.till_screen
    start_sale(qtbot, window)
    sale = screen.sale
    assert sale is not None and window.till.payments is not None
    simulator(window).terminal.set_scenario("drop-after-accept")
    lost = window.till.payments.pay(sale.sale_id, sale.total).result(15)
    assert lost.state == "unknown"  # (the payment dialog was closed meanwhile)
    simulator(window).terminal.set_scenario("approve")

    def cash_is_blocked(dialog: PaymentDialog) -> None:
        qtbot.waitUntil(dialog.check_button.isVisible, timeout=10_000)
        assert not dialog.cash_button.isEnabled()  # it may be charged: no cash on top
        dialog.add_cash()
        assert not sale.tenders
        dialog.reject()

    answer_dialog(PaymentDialog, cash_is_blocked)
    press(qtbot, window, Qt.Key.Key_F12)
    press(qtbot, window, Qt.Key.Key_F9)  # nor can it be voided
    qtbot.waitUntil(lambda: "before voiding" in screen.banner.text(), timeout=5000)
    answer_dialog(ChoiceDialog, choose(2, then_pin="3333"))  # check with the terminal
    qtbot.keyClick(screen.scan, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(sale.tenders) == 1, timeout=10_000)
    with qtbot.waitSignal(screen.feature(Payment).sale_recorded, timeout=10_000) as recorded:
        press(qtbot, window, Qt.Key.Key_F12)  # paid already: F12 finishes the sale
    (tender,) = recorded.args[0].sale.tenders
    assert tender.details["payment_id"] == lost.record.payment_id
    assert len(simulator(window).terminal.journal) == 1  # charged once


def test_the_status_bar_shows_the_terminal_ready_and_never_asks_during_a_payment(
    qtbot: QtBot, till_window: TillWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = till_window
    indicator = window.terminal_status
    assert indicator is not None and window.status.isAncestorOf(indicator)
    qtbot.waitUntil(lambda: indicator.text() == "Terminal: ready", timeout=10_000)
    assert "52500038" in indicator.toolTip()
    payments = window.till.payments
    assert payments is not None and payments.terminal is not None
    terminal = payments.terminal
    calls: list[str] = []  # the terminal's own calls, in order, from the terminal's worker
    status, sale = terminal.status, terminal.sale

    def timed_status() -> TerminalStatus:
        calls.append("status")
        return status()

    def timed_sale(*args: Any, **kwargs: Any) -> CardResult:
        calls.append("sale started")
        try:
            return sale(*args, **kwargs)
        finally:
            calls.append("sale ended")

    monkeypatch.setattr(terminal, "status", timed_status)
    monkeypatch.setattr(terminal, "sale", timed_sale)
    start_sale(qtbot, window)
    simulator(window).terminal.set_scenario("slow:0.3")
    texts: list[str] = []

    def by_card(dialog: PaymentDialog) -> None:
        dialog.pay_by_card()
        qtbot.waitUntil(lambda: indicator.state == "paying", timeout=10_000)
        texts.append(indicator.text())
        assert payments.poll_status() is None  # asked during the payment: skipped

    answer_dialog(PaymentDialog, by_card)
    with qtbot.waitSignal(window.till_screen.feature(Payment).sale_recorded, timeout=15_000):
        press(qtbot, window, Qt.Key.Key_F12)
    assert texts == ["Terminal: paying…"]
    qtbot.waitUntil(lambda: indicator.state == "ready", timeout=10_000)  # asked again after
    during = calls[calls.index("sale started") + 1 : calls.index("sale ended")]
    assert during == []  # no status enquiry while the payment ran
    assert "status" in calls[calls.index("sale ended") :]


def test_an_unreachable_terminal_shows_in_the_status_bar(
    qtbot: QtBot, till_window: TillWindow
) -> None:
    window = till_window
    indicator = window.terminal_status
    assert indicator is not None
    qtbot.waitUntil(lambda: indicator.state == "ready", timeout=10_000)
    simulator(window).stop()
    payments = window.till.payments
    assert payments is not None
    payments.poll_status()
    qtbot.waitUntil(lambda: indicator.text() == "Terminal: UNREACHABLE", timeout=10_000)
    assert indicator.property("kind") == "error"
