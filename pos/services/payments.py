"""Card payments: the till's side of the terminal, on the terminal's own worker thread.

The rule that keeps money safe: a ``card_payments`` row is written (state ``pending``) on
the DB worker *before* the terminal is asked, and every later answer updates it. While any
row is ``pending`` or ``unknown`` no new card payment starts: a lost connection after the
terminal took a request is never retried blindly. :meth:`PaymentService.recover` asks the
terminal for its last transaction (ZVT Repeat Receipt) and settles the row; if the terminal
cannot tell, a manager settles it from the terminal's printout (recorded with their id and
in the journal).

The terminal's status (ready, not ready, unreachable) is asked on the same worker while no
card operation is queued or running (:meth:`PaymentService.poll_status`, on a timer from
:meth:`start_status_polling`), so a status enquiry never interleaves with a payment; each
answer is published as ``TerminalStatusChanged``.
"""

from __future__ import annotations

import logging
import threading
import uuid
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from datetime import datetime
from typing import TypeVar

from drivers.payment import (
    CardResult,
    Outcome,
    PaymentTerminal,
    Progress,
    TerminalBusy,
    TerminalError,
    TerminalStatus,
    available_terminals,
)
from pos.config import PaymentSettings
from pos.domain.money import Money
from pos.domain.roles import Action, Approval, Role
from pos.events import EventBus
from pos.services.errors import (
    CardOutcomeStillUnknown,
    CardPaymentUnresolved,
    NoCardTerminal,
    NothingToReverse,
    TerminalUnreachable,
)
from pos.services.events import CardProgress, TerminalStatusChanged
from pos.services.workers import SerialWorker
from pos.store import CardOutcome, CardPaymentInfo, CardPaymentRepository

log = logging.getLogger(__name__)
T = TypeVar("T")


def make_terminal(settings: PaymentSettings) -> PaymentTerminal | None:
    """The configured terminal, found by entry point; ``None`` when the till has none."""
    if settings.terminal == "none":
        return None
    kinds = available_terminals()
    kind = kinds.get(settings.terminal)
    if kind is None:
        raise ValueError(f"Unknown payment terminal {settings.terminal!r}; known: {sorted(kinds)}")
    return kind.from_options(dict(settings.options))


@dataclass(frozen=True, slots=True)
class CardPayment:
    """A settled (or still unknown) card operation: the stored row and the terminal's answer."""

    record: CardPaymentInfo
    result: CardResult | None = None  # None when a manager settled it by hand

    @property
    def state(self) -> str:
        return self.record.state

    @property
    def approved(self) -> bool:
        return self.record.state == "approved"

    def tender_details(self) -> dict[str, str]:
        """What the sale document keeps of the card: never more than a receipt shows."""
        r = self.record
        details = {
            "payment_id": r.payment_id,
            "card_brand": r.card_brand,
            "masked_pan": r.masked_pan,
            "auth_code": r.auth_code,
            "trace_no": "" if r.trace_no is None else str(r.trace_no),
            "terminal_receipt_no": ""
            if r.terminal_receipt_no is None
            else str(r.terminal_receipt_no),
            "terminal_id": r.terminal_id,
        }
        return {k: v for k, v in details.items() if v}

    def slips(self, merchant_copy: bool) -> tuple[tuple[str, ...], ...]:
        """The terminal's receipts to print with ours: customer copy, merchant on request."""
        if self.result is None:
            return ()
        kinds = ("customer", "merchant") if merchant_copy else ("customer",)
        return tuple(lines for k in kinds if (lines := self.result.receipt_lines(k)))


def _stored(result: CardResult, state: str | None = None) -> CardOutcome:
    return CardOutcome(
        state=state or result.outcome.value,
        result_code=result.result_code,
        result_text=result.result_text,
        auth_code=result.auth_code,
        trace_no=result.trace_no,
        terminal_receipt_no=result.receipt_no,
        terminal_id=result.terminal_id,
        card_brand=result.card_brand,
        masked_pan=result.masked_pan,
    )


class PaymentService:
    def __init__(
        self,
        settings: PaymentSettings,
        repository: CardPaymentRepository,
        db_worker: SerialWorker,
        bus: EventBus,
        clock: Callable[[], datetime],
        terminal: PaymentTerminal | None = None,
    ) -> None:
        self.settings = settings
        self.terminal = terminal if terminal is not None else make_terminal(settings)
        self._repo = repository
        self._db = db_worker
        self._bus = bus
        self._clock = clock
        self.worker = SerialWorker("terminal")
        self._operations = 0  # card operations queued or running on the worker
        self._operations_lock = threading.Lock()
        self._last_status: TerminalStatusChanged | None = None
        self._poll_stop = threading.Event()
        self._poll_now = threading.Event()  # an operation ended: ask again at once
        self._poller: threading.Thread | None = None

    @property
    def enabled(self) -> bool:
        return self.terminal is not None

    def _terminal(self) -> PaymentTerminal:
        if self.terminal is None:
            raise NoCardTerminal()
        return self.terminal

    def _on_db(self, fn: Callable[[], T]) -> T:
        """Run on the DB worker and wait (called on the terminal worker, never the UI)."""
        return self._db.submit(fn).result()

    # --- payments ------------------------------------------------------------------------

    def pay(self, sale_id: str, amount: Money) -> Future[CardPayment]:
        """Charge ``amount`` for ``sale_id``; resolves with the outcome (any state)."""
        return self._operate("sale", sale_id, amount)

    def refund(self, amount: Money, reference: str) -> Future[CardPayment]:
        """Pay ``amount`` back to a card (for a returns flow; recorded like a payment)."""
        return self._operate("refund", reference, amount)

    def _operate(self, operation: str, sale_id: str, amount: Money) -> Future[CardPayment]:
        terminal = self._terminal()
        currency = amount.currency.code
        minor = amount.minor
        payment_id = str(uuid.uuid4())

        def begin() -> CardPaymentInfo:
            for open_payment in self._repo.unresolved():
                raise CardPaymentUnresolved(
                    f"{Money.from_minor(open_payment.amount_minor, amount.currency).amount} "
                    f"{open_payment.currency}"
                )
            return self._repo.begin(payment_id, sale_id, operation, minor, currency, self._clock())

        def progress(p: Progress) -> None:
            self._bus.publish(CardProgress(payment_id, p.code, p.text))

        def run() -> CardPayment:
            self._on_db(begin)
            try:
                if operation == "sale":
                    result = terminal.sale(minor, currency, payment_id, progress)
                else:
                    result = terminal.refund(minor, currency, payment_id, progress)
            except Exception as exc:
                log.exception("card %s %s: the terminal call failed", operation, payment_id)
                failed = CardOutcome("failed", result_text=str(exc))
                self._on_db(lambda: self._repo.finish(payment_id, failed, self._clock()))
                raise TerminalUnreachable(str(exc)) from exc
            record = self._on_db(
                lambda: self._repo.finish(payment_id, _stored(result), self._clock())
            )
            return CardPayment(record, result)

        return self._submit_operation(run)

    def _submit_operation(self, fn: Callable[[], T]) -> Future[T]:
        """A card operation on the worker; while it is queued or runs, no status is polled."""
        with self._operations_lock:
            self._operations += 1

        def run() -> T:
            try:
                return fn()
            finally:
                with self._operations_lock:
                    self._operations -= 1
                    idle = self._operations == 0
                if idle:
                    self._poll_now.set()

        return self.worker.submit(run)

    @property
    def operating(self) -> bool:
        """A card operation is queued or running (status polls wait until it is over)."""
        with self._operations_lock:
            return self._operations > 0

    # --- terminal status -----------------------------------------------------------------

    def poll_status(self) -> Future[TerminalStatusChanged | None] | None:
        """Ask the terminal's status on its worker, unless a card operation is queued or
        running (then ``None``: the poll is skipped, never put in the payment's way). The
        future gives the published event, or ``None`` if a payment came first."""
        terminal = self.terminal
        if terminal is None or self.operating:
            return None

        def run() -> TerminalStatusChanged | None:
            if self.operating:  # a payment was queued behind this poll: let it go first
                return None
            try:
                status = terminal.status()
            except TerminalBusy:
                return None
            except TerminalError as exc:
                log.info("card terminal status: unreachable (%s)", exc)
                return self._publish_status(TerminalStatusChanged("unreachable", text=str(exc)))
            except Exception:  # a driver bug must not stop the polling
                log.exception("card terminal status enquiry failed")
                return self._publish_status(TerminalStatusChanged("unreachable"))
            return self._publish_status(_status_event(status))

        return self.worker.submit(run)

    def _publish_status(self, event: TerminalStatusChanged) -> TerminalStatusChanged:
        if event != self._last_status:
            log.info("card terminal status: %s (%s)", event.state, event.text)
        self._last_status = event
        self._bus.publish(event)
        return event

    def start_status_polling(self, interval: float = 30.0) -> None:
        """Poll the terminal's status now, every ``interval`` seconds and after each card
        operation, until shutdown."""
        if self.terminal is None or self._poller is not None:
            return

        def loop() -> None:
            while not self._poll_stop.is_set():
                try:
                    self.poll_status()
                except RuntimeError:  # the worker was shut down
                    return
                self._poll_now.wait(interval)
                self._poll_now.clear()

        self._poller = threading.Thread(target=loop, name="terminal-status", daemon=True)
        self._poller.start()

    def abort(self) -> None:
        """Ask the terminal to abort the running payment (safe from the GUI thread)."""
        if self.terminal is not None:
            self.terminal.abort()

    def unresolved(self) -> Future[list[CardPaymentInfo]]:
        return self._db.submit(self._repo.unresolved)

    # --- unknown outcomes ----------------------------------------------------------------

    def recover(self, payment_id: str) -> Future[CardPayment]:
        """Ask the terminal what became of an unknown payment and settle the row.

        It is the lost payment if the terminal's last transaction has the same amount and a
        trace number other than the one seen before the payment started (``prior_trace``).
        Otherwise the terminal never completed it: nothing was charged.
        """
        terminal = self._terminal()

        def run() -> CardPayment:
            record = self._on_db(lambda: self._repo.get(payment_id))
            if record is None:
                raise KeyError(payment_id)
            if record.state not in ("pending", "unknown"):
                return CardPayment(record)
            result = terminal.recover_last()
            if result.outcome is Outcome.FAILED and result.result_code is None:
                raise CardOutcomeStillUnknown(result.result_text)
            ours = (
                result.trace_no is not None
                and result.amount_minor == record.amount_minor
                and result.trace_no != record.prior_trace
            )
            if ours:
                state = "approved" if result.approved else "declined"
                outcome = _stored(result, state)
                note = f"recovered from the terminal: trace {result.trace_no}"
            else:
                outcome = CardOutcome("failed", result_text="not completed by the terminal")
                note = (
                    f"the terminal's last transaction is trace {result.trace_no} "
                    f"(before: {record.prior_trace}): this payment never completed"
                )
            log.info("card payment %s recovered: %s (%s)", payment_id, outcome.state, note)
            settled = self._on_db(
                lambda: self._repo.finish(
                    payment_id, outcome, self._clock(), resolution="recovered", note=note
                )
            )
            return CardPayment(settled, result if ours else None)

        return self._submit_operation(run)

    def settle_by_hand(
        self, payment_id: str, charged: bool, approval: Approval, note: str = ""
    ) -> Future[CardPayment]:
        """A manager settles an unknown payment from the terminal's printout (journalled)."""
        if approval.action is not Action.CARD_TERMINAL or not approval.approver_role.at_least(
            Role.MANAGER
        ):
            raise ValueError("settling a card payment needs a manager's approval")

        def run() -> CardPayment:
            record = self._repo.get(payment_id)
            if record is None:
                raise KeyError(payment_id)
            outcome = CardOutcome(
                "approved" if charged else "failed",
                result_text="settled by hand from the terminal printout",
                auth_code=record.auth_code,
                trace_no=record.trace_no,
                terminal_receipt_no=record.terminal_receipt_no,
                terminal_id=record.terminal_id,
                card_brand=record.card_brand,
                masked_pan=record.masked_pan,
            )
            log.warning(
                "card payment %s settled by hand as %s by %s",
                payment_id,
                outcome.state,
                approval.approver_id,
            )
            return CardPayment(
                self._repo.finish(
                    payment_id,
                    outcome,
                    self._clock(),
                    resolution="manual",
                    resolved_by=approval.approver_id,
                    note=note,
                )
            )

        return self._db.submit(run)

    # --- manager functions ---------------------------------------------------------------

    def end_of_day(self) -> Future[CardResult]:
        terminal = self._terminal()

        def run() -> CardResult:
            try:
                return terminal.end_of_day()
            except TerminalError as exc:
                raise TerminalUnreachable(str(exc)) from exc

        return self._submit_operation(run)

    def reverse_last(self) -> Future[CardPayment]:
        """Reverse the last approved card sale by its terminal receipt number."""
        terminal = self._terminal()

        def run() -> CardPayment:
            last = self._on_db(lambda: self._repo.last_approved("sale"))
            if last is None or last.terminal_receipt_no is None:
                raise NothingToReverse()
            payment_id = str(uuid.uuid4())
            receipt_no = last.terminal_receipt_no
            self._on_db(
                lambda: self._repo.begin(
                    payment_id,
                    last.sale_id,
                    "reversal",
                    last.amount_minor,
                    last.currency,
                    self._clock(),
                )
            )
            try:
                result = terminal.reversal(receipt_no)
            except Exception as exc:
                failed = CardOutcome("failed", result_text=str(exc))
                self._on_db(lambda: self._repo.finish(payment_id, failed, self._clock()))
                raise TerminalUnreachable(str(exc)) from exc
            if result.approved:
                self._on_db(
                    lambda: self._repo.finish(
                        last.payment_id,
                        CardOutcome(
                            "approved",
                            last.result_code,
                            last.result_text,
                            last.auth_code,
                            last.trace_no,
                            last.terminal_receipt_no,
                            last.terminal_id,
                            last.card_brand,
                            last.masked_pan,
                        ),
                        self._clock(),
                        resolution="reversed",
                        note=f"reversed by {payment_id}",
                    )
                )
            record = self._on_db(
                lambda: self._repo.finish(payment_id, _stored(result), self._clock())
            )
            return CardPayment(record, result)

        return self._submit_operation(run)

    def shutdown(self) -> None:
        self._poll_stop.set()
        self._poll_now.set()
        if self._poller is not None:
            self._poller.join(timeout=5)
        self.abort()
        self.worker.shutdown()
        if self.terminal is not None:
            self.terminal.close()


def _status_event(status: TerminalStatus) -> TerminalStatusChanged:
    return TerminalStatusChanged(
        "ready" if status.ready else "not_ready", status.code, status.text, status.terminal_id
    )
