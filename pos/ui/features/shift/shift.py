"""The drawer's day (Ctrl+H): open the shift with a counted float, cash in and out with a reason,
no-sale (Ctrl+D), counts, the X report, and the blind Z with a supervisor's approval when the
count is off by more than allowed. The rules live in ``till.shifts``; this module asks and shows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from pos.domain.errors import DomainError, SalesStillOpen
from pos.domain.money import Money
from pos.domain.roles import Action, Approval, Role
from pos.domain.shift import CashMovement, MovementKind
from pos.domain.shift_report import ReportKind, ShiftReport
from pos.services.shifts import CountResult, ShiftService, ShiftView
from pos.store import UserInfo
from pos.ui.features.base import Feature, Screen, TillAction
from pos.ui.features.discounts.approvals import Approvals
from pos.ui.features.shift.count_dialog import CountDialog
from pos.ui.features.shift.movement_dialog import MovementDialog
from pos.ui.widgets.dialogs import ChoiceDialog, PinDialog

Step = tuple[str, Callable[[], None]]


class Shifts(Feature):
    def __init__(self, screen: Screen) -> None:
        super().__init__(screen)
        self.last_report: ShiftReport | None = None  # what the tests and the screen last saw

    def actions(self) -> Sequence[TillAction]:
        shift = QCoreApplication.translate("TillScreen", "Shift")
        no_sale = QCoreApplication.translate("TillScreen", "Open the drawer (no sale)")
        return [
            TillAction("Ctrl+H", shift, self.shift_menu),
            TillAction("Ctrl+D", no_sale, self.no_sale, on_key_row=False),
        ]

    def attach(self) -> None:
        self._approvals = self.screen.feature(Approvals)

    def signed_in(self) -> None:
        if self._service().view is None:
            self.screen.show_message(
                self.tr("No shift is open. Open it with Ctrl+H and count the float."),
                "warning",
                12,
            )

    @property
    def shifts(self) -> ShiftService:
        return self._service()

    def _service(self) -> ShiftService:
        service = self.till.shifts
        if service is None:
            raise RuntimeError("the till has not started")
        return service

    def _money(self, money: Money) -> str:
        return self.till.formatter.money(money)

    # --- the menu -----------------------------------------------------------------------

    def shift_menu(self) -> None:
        """Names for the ids the shift keeps, then the menu."""
        self.bridge.deliver(self.till.users(), self._menu, self.screen.show_error)

    def _menu(self, users: list[UserInfo]) -> None:
        names = {user.id: user.name for user in users}
        view = self.shifts.view
        steps: list[Step]
        if view is None:
            steps = [(self.tr("Open the shift: count the float"), self.open_shift)]
            prompt = self.tr("No shift is open on this till.")
        else:
            steps = [
                (
                    self.tr("Pay-in: put cash into the drawer"),
                    lambda: self.move(MovementKind.PAY_IN),
                ),
                (
                    self.tr("Pay-out: pay something from the drawer"),
                    lambda: self.move(MovementKind.PAY_OUT),
                ),
                (
                    self.tr("Safe drop: take cash to the safe"),
                    lambda: self.move(MovementKind.SAFE_DROP),
                ),
                (
                    self.tr("Cash pickup: cash collected from the till"),
                    lambda: self.move(MovementKind.PICKUP),
                ),
                (self.tr("Open the drawer (no sale)"), self.no_sale),
                (self.tr("Count the drawer"), self.count_only),
                (self.tr("X report: the shift so far"), self.report_x),
                (self.tr("Close the shift: count and print the Z report"), self.close_shift),
            ]
            prompt = self.tr("Shift opened {0} by {1}; the drawer is with {2}.").format(
                self.till.formatter.datetime(view.opened_at),
                names.get(view.opened_by, view.opened_by),
                names.get(view.holder, view.holder),
            )
            if self._sees_expected():
                prompt += "\n" + self.tr("Expected in the drawer: {0}").format(
                    self._money(view.expected)
                )
        steps.append((self.tr("Show the last Z report again"), self.last_z))
        dialog = ChoiceDialog(
            self.tr("Shift"), prompt, [text for text, _ in steps], self.parent_widget
        )
        if dialog.exec() and dialog.index >= 0:
            steps[dialog.index][1]()
        self.screen.back_to_scan()

    def _sees_expected(self) -> bool:
        user = self.till.current_user
        return user is not None and self.shifts.sees_expected(Role(user.role))

    def _count(
        self, title: str, prompt: str, pieces: dict[int, int] | None = None
    ) -> CountDialog | None:
        view = self.shifts.view
        expected = view.expected if view is not None and self._sees_expected() else None
        dialog = CountDialog(
            title, prompt, self.till.currency, self.till.formatter, self.parent_widget, expected
        )
        if pieces:
            dialog.set_pieces(pieces)
        if not dialog.exec() or dialog.count is None:
            self.screen.show_message(self.tr("Nothing was counted; nothing changed."), "warning", 4)
            return None
        return dialog

    # --- opening and cash movements ---------------------------------------------------

    def open_shift(self) -> None:
        if self.shifts.view is not None:
            self.screen.show_message(self.tr("A shift is already open on this till."), "warning")
            return
        dialog = self._count(
            self.tr("Open the shift"),
            self.tr("Count the float in the drawer, piece by piece."),
        )
        if dialog is None or dialog.count is None:
            return
        self.bridge.deliver(self.shifts.open(dialog.count), self._opened, self.screen.show_error)

    def _opened(self, view: ShiftView) -> None:
        self.screen.show_message(
            self.tr("Shift opened with a float of {0}. Ready to sell.").format(
                self._money(view.float_total)
            ),
            "info",
            5,
        )

    def _reasons(self, kind: MovementKind) -> list[str]:
        return {
            MovementKind.PAY_IN: [self.tr("Change from the bank"), self.tr("Float top-up")],
            MovementKind.PAY_OUT: [
                self.tr("Supplier paid in cash"),
                self.tr("Office supplies"),
                self.tr("Cleaning"),
            ],
            MovementKind.SAFE_DROP: [self.tr("Too much cash in the drawer"), ""],
            MovementKind.PICKUP: [self.tr("Cash-in-transit pickup"), ""],
        }.get(kind, [])

    def _title(self, kind: MovementKind) -> str:
        return {
            MovementKind.PAY_IN: self.tr("Pay-in"),
            MovementKind.PAY_OUT: self.tr("Pay-out"),
            MovementKind.SAFE_DROP: self.tr("Safe drop"),
            MovementKind.PICKUP: self.tr("Cash pickup"),
        }.get(kind, self.tr("Cash movement"))

    def move(self, kind: MovementKind) -> None:
        if self.shifts.view is None:
            self.screen.show_message(self.tr("No shift is open. Open it with Ctrl+H."), "warning")
            return
        dialog = MovementDialog(
            self._title(kind),
            self.till.currency,
            self._reasons(kind),
            self.parent_widget,
            note_required=kind in (MovementKind.PAY_IN, MovementKind.PAY_OUT),
        )
        if not dialog.exec() or dialog.amount is None:
            self.screen.back_to_scan()
            return
        try:
            future = self.shifts.move(kind, dialog.amount, dialog.note)
        except DomainError as exc:
            self.screen.show_error(exc)
            return
        self.bridge.deliver(future, self._moved, self.screen.show_error)

    def _moved(self, movement: CashMovement) -> None:
        self.bridge.deliver(
            self.till.print_movement_slip(movement), lambda _r: None, self.screen.show_error
        )
        self.screen.show_message(
            self.tr("{0}: {1} recorded.").format(
                self._title(movement.kind), self._money(movement.amount)
            ),
            "info",
            4,
        )

    def no_sale(self) -> None:
        """Open the drawer with no sale: logged in the shift; a cashier needs a supervisor."""
        if self.shifts.view is None:
            self.screen.show_message(self.tr("No shift is open. Open it with Ctrl+H."), "warning")
            return
        sale = self.screen.sale
        if sale is not None and sale.lines:
            self.screen.show_message(self.tr("Finish or park the current sale first."), "warning")
            return
        zero = Money.zero(self.till.currency)
        note = self.tr("No sale")

        def attempt(approval: Approval | None) -> object:
            future = self.shifts.move(MovementKind.NO_SALE, zero, note, approval)
            self.bridge.deliver(
                future,
                lambda _m: self.screen.show_message(self.tr("Drawer opened (no sale)."), "info", 3),
                self.screen.show_error,
            )
            return future

        self._approvals.with_approval(Action.NO_SALE, attempt)

    # --- counts and reports -------------------------------------------------------------

    def count_only(self) -> None:
        dialog = self._count(
            self.tr("Count the drawer"), self.tr("Count the drawer, piece by piece.")
        )
        if dialog is None or dialog.count is None:
            return
        self.bridge.deliver(self.shifts.count(dialog.count), self._counted, self.screen.show_error)

    def _counted(self, result: CountResult) -> None:
        text = self.tr("Count kept: {0}.").format(self._money(result.count.counted))
        if result.variance is not None:
            text += " " + self.tr("Variance {0}.").format(self._money(result.variance))
        self.screen.show_message(text, "info", 6)

    def report_x(self) -> None:
        self.bridge.deliver(self.shifts.report_x(), self.show_report, self.screen.show_error)

    def last_z(self) -> None:
        def shown(report: ShiftReport | None) -> None:
            if report is None:
                self.screen.show_message(
                    self.tr("No shift has been closed on this till yet."), "warning"
                )
                return
            self.show_report(report)

        self.bridge.deliver(self.shifts.last_z(), shown, self.screen.show_error)

    def show_report(self, report: ShiftReport) -> None:
        # The preview renders with python-escpos: loaded on first use, not at the start.
        from pos.ui.features.shift.report_dialog import ReportDialog

        self.last_report = report
        title = self.tr("X report") if report.kind is ReportKind.X else self.tr("Z report")
        data = self.till.shift_report_bytes(report)
        dialog = ReportDialog(
            title,
            data,
            self.till.settings.printer.profile,
            lambda: self.print_report(report),
            self.parent_widget,
        )
        dialog.exec()
        self.screen.back_to_scan()

    def print_report(self, report: ShiftReport) -> None:
        self.bridge.deliver(
            self.till.print_shift_report(report),
            lambda _r: self.screen.show_message(self.tr("Report printed."), "info", 3),
            self.screen.show_error,
        )

    # --- the Z ----------------------------------------------------------------------------

    def _open_sales(self) -> int:
        sale = self.screen.sale
        return 1 if sale is not None and sale.lines else 0

    def close_shift(self, pieces: dict[int, int] | None = None) -> None:
        """Blind count → (recount or a supervisor's approval when off) → Z printed and shown."""
        if self.shifts.view is None:
            self.screen.show_message(self.tr("No shift is open on this till."), "warning")
            return
        if self._open_sales():
            self.screen.show_error(SalesStillOpen(self._open_sales()))
            return
        dialog = self._count(
            self.tr("Close the shift"),
            self.tr("Count everything in the drawer, piece by piece. The Z report follows."),
            pieces,
        )
        if dialog is None or dialog.count is None:
            return
        counted = dict(dialog.count.pieces)
        self.bridge.deliver(
            self.shifts.count(dialog.count),
            lambda result: self._closing_counted(result, counted),
            self.screen.show_error,
        )

    def _closing_counted(self, result: CountResult, pieces: dict[int, int]) -> None:
        if not result.needs_approval:
            self._close(None)
            return
        box = QMessageBox(self.parent_widget)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Close the shift"))
        text = self.tr(
            "The count is off from what the drawer should hold by more than the allowed limit."
        )
        if result.variance is not None:
            text += " " + self.tr("Variance {0}.").format(self._money(result.variance))
        box.setText(text + "\n" + self.tr("Count again, or close with a supervisor's approval."))
        recount = box.addButton(self.tr("Count again"), QMessageBox.ButtonRole.AcceptRole)
        approve = box.addButton(self.tr("Supervisor approval"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(recount)
        box.exec()
        if box.clickedButton() is recount:
            self.close_shift(pieces)
        elif box.clickedButton() is approve:
            self._approve_variance()
        else:
            self.screen.show_message(self.tr("The shift stays open."), "warning", 4)

    def _approve_variance(self) -> None:
        user = self.till.current_user
        if user is not None and Role(user.role).at_least(Role.SUPERVISOR):
            # A supervisor closing their own count approves it by being signed in.
            self._close(Approval(user.id, Role(user.role), Action.CASH_VARIANCE, datetime.now(UTC)))
            return
        pin = PinDialog(
            self.tr("Closing with this variance needs a supervisor."), self.parent_widget
        )
        if not pin.exec():
            self.screen.show_message(self.tr("Not approved; the shift stays open."), "warning")
            return
        self.bridge.deliver(
            self.till.approve(pin.pin, Action.CASH_VARIANCE), self._close, self.screen.show_error
        )

    def _close(self, approval: Approval | None) -> None:
        self.bridge.deliver(
            self.shifts.close(approval, self._open_sales()), self._closed, self.screen.show_error
        )

    def _closed(self, report: ShiftReport) -> None:
        self.print_report(report)
        self.screen.show_message(
            self.tr("Shift closed: Z {0}. Open a new shift to sell again.").format(report.z_number),
            "info",
            8,
        )
        self.show_report(report)
