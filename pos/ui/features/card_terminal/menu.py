"""The card terminal's manager functions (Ctrl+T): end-of-day with its report printed,
reversal of the last card payment, and checking or settling a card payment whose outcome is
unknown. Everything needs a manager: a signed-in manager, or a manager's PIN."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from drivers.payment import CardResult
from drivers.printer import Row
from pos.domain.money import Money
from pos.domain.roles import Action, Approval, Role
from pos.services.payments import CardPayment, PaymentService
from pos.services.till import Till
from pos.store import CardPaymentInfo
from pos.ui.bridge import Bridge
from pos.ui.messages import describe
from pos.ui.widgets.dialogs import ChoiceDialog, PinDialog

Notify = Callable[[str, str], None]  # text, kind ("info", "warning", "error")
Settled = Callable[[CardPayment], None]


class CardTerminalMenu(QObject):
    """``settled`` hears of every payment settled here: one charged for the open sale becomes
    its card tender."""

    def __init__(
        self, till: Till, bridge: Bridge, parent: QWidget, *, notify: Notify, settled: Settled
    ) -> None:
        super().__init__(parent)
        self.till = till
        self.bridge = bridge
        self.parent_widget = parent
        self.notify = notify
        self.settled = settled

    def open(self) -> None:
        payments = self.till.payments
        if payments is None:
            self.notify(self.tr("No card terminal is set up at this till."), "warning")
            return
        actions: list[tuple[str, Callable[[PaymentService, Approval], None]]] = [
            (self.tr("End of day: close the card batch and print its report"), self._end_of_day),
            (self.tr("Reverse the last card payment"), self._reverse_last),
            (self.tr("Check an unknown card payment with the terminal"), self._check_unknown),
            (self.tr("Settle an unknown card payment by hand"), self._settle_unknown),
        ]
        dialog = ChoiceDialog(
            self.tr("Card terminal"),
            self.tr("Manager functions of the card terminal"),
            [text for text, _ in actions],
            self.parent_widget,
        )
        if not dialog.exec() or dialog.index < 0:
            return
        action = actions[dialog.index][1]
        self._with_manager(lambda approval: action(payments, approval))

    def _with_manager(self, then: Callable[[Approval], None]) -> None:
        user = self.till.current_user
        if user is not None and Role(user.role).at_least(Role.MANAGER):
            then(Approval(user.id, Role(user.role), Action.CARD_TERMINAL, datetime.now(UTC)))
            return
        pin = PinDialog(
            self.tr("The card terminal's functions need a manager."), self.parent_widget
        )
        if not pin.exec():
            return
        self.bridge.deliver(
            self.till.approve(pin.pin, Action.CARD_TERMINAL, Role.MANAGER), then, self._error
        )

    def _error(self, exc: BaseException) -> None:
        self.notify(describe(exc), "error")

    def _money(self, minor: int | None) -> str:
        return self.till.formatter.money(Money.from_minor(minor or 0, self.till.currency))

    # --- actions -------------------------------------------------------------------------

    def _end_of_day(self, payments: PaymentService, _approval: Approval) -> None:
        self.notify(self.tr("End of day at the card terminal…"), "info")
        self.bridge.deliver(payments.end_of_day(), self._end_of_day_done, self._error)

    def _end_of_day_done(self, result: CardResult) -> None:
        if not result.approved:
            self.notify(
                self.tr("The terminal refused the end of day ({0}).").format(result.result_text),
                "error",
            )
            return
        total = self._money(result.amount_minor)
        self.bridge.deliver(
            self.till.print_report(
                self.tr("Card terminal: end of day"),
                Row(self.tr("Card total"), total),
                result.receipt_lines("admin"),
            ),
            lambda _r: None,
            self._error,
        )
        self.notify(self.tr("End of day done. Card total {0}.").format(total), "info")

    def _reverse_last(self, payments: PaymentService, _approval: Approval) -> None:
        self.bridge.deliver(payments.reverse_last(), self._reversed, self._error)

    def _reversed(self, payment: CardPayment) -> None:
        record = payment.record
        if not payment.approved:
            self.notify(
                self.tr("The terminal did not reverse the payment ({0}).").format(
                    record.result_text
                ),
                "error",
            )
            return
        lines = payment.result.receipt_lines("customer") if payment.result else ()
        self.bridge.deliver(
            self.till.print_report(
                self.tr("Card payment reversed"),
                Row(self.tr("Card total"), "-" + self._money(record.amount_minor)),
                lines,
            ),
            lambda _r: None,
            self._error,
        )
        self.notify(
            self.tr("Card payment of {0} reversed.").format(self._money(record.amount_minor)),
            "info",
        )

    def _first_unknown(
        self, payments: PaymentService, then: Callable[[CardPaymentInfo], None]
    ) -> None:
        def found(open_payments: list[CardPaymentInfo]) -> None:
            if not open_payments:
                self.notify(self.tr("No card payment is waiting to be checked."), "info")
                return
            then(open_payments[0])

        self.bridge.deliver(payments.unresolved(), found, self._error)

    def _check_unknown(self, payments: PaymentService, _approval: Approval) -> None:
        self._first_unknown(
            payments,
            lambda record: self.bridge.deliver(
                payments.recover(record.payment_id), self._settled, self._error
            ),
        )

    def _settle_unknown(self, payments: PaymentService, approval: Approval) -> None:
        def ask(record: CardPaymentInfo) -> None:
            choice = ChoiceDialog(
                self.tr("Settle a card payment"),
                self.tr("What does the terminal's printout say about the payment of {0}?").format(
                    self._money(record.amount_minor)
                ),
                [self.tr("Approved: the customer was charged"), self.tr("Not charged")],
                self.parent_widget,
            )
            if not choice.exec() or choice.index < 0:
                return
            self.bridge.deliver(
                payments.settle_by_hand(record.payment_id, choice.index == 0, approval),
                self._settled,
                self._error,
            )

        self._first_unknown(payments, ask)

    def _settled(self, payment: CardPayment) -> None:
        record = payment.record
        self.settled(payment)  # charged for the open sale: it becomes its card tender
        self.notify(
            self.tr("The card payment of {0} is settled as {1}.").format(
                self._money(record.amount_minor),
                self.tr("charged") if payment.approved else self.tr("not charged"),
            ),
            "info",
        )
