"""The till's shift: opening with a float, cash in and out, handovers, counts, the X and the Z.

``till.shifts``. Every change runs on the database worker: the domain ``Shift`` is changed only
there and only after its document is committed (journal + outbox, one transaction), so memory
never holds a drawer event the disk does not. Screens read :attr:`ShiftService.view`, a
frozen snapshot replaced after each change and published as ``ShiftChanged``.

Blind closing: :meth:`count` answers the expected figure and the variance only to the roles
``settings.shift.show_expected_to`` names; the count itself always keeps them.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from pos.config import Settings
from pos.domain.cash import CashCount
from pos.domain.errors import CurrencyMismatch, SalesStillOpen, ShiftAlreadyOpen, ShiftNotOpen
from pos.domain.money import Currency, Money
from pos.domain.roles import Action, Approval, Role, RolePolicy
from pos.domain.sale_document import ReturnDoc, SaleDoc, VoidDoc
from pos.domain.shift import CashMovement, CashPolicy, DrawerCount, MovementKind, Shift
from pos.domain.shift_report import ReportKind, ShiftReport, build_report
from pos.events import Event, EventBus
from pos.services.shift_story import (
    Head,
    Story,
    closed_doc,
    count_doc,
    handover_doc,
    movement_doc,
    opened_doc,
    replay,
)
from pos.services.workers import SerialWorker
from pos.store import Database, UserInfo
from pos.store.sales import SalesRepository
from pos.store.shifts import ShiftRepository, StoredShift

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ShiftView:
    """What a screen may read of the open shift, from any thread."""

    shift_id: str
    opened_at: datetime
    opened_by: str
    holder: str
    currency: Currency
    expected: Money
    float_total: Money
    counts: int
    counted_fresh: bool  # the last count is still valid (no cash moved since)


@dataclass(frozen=True, slots=True)
class ShiftChanged(Event):
    """The shift opened, changed or closed (``view`` None: no shift open)."""

    view: ShiftView | None


@dataclass(frozen=True, slots=True)
class CountResult:
    """A count as the counter may see it: ``expected`` and ``variance`` are None when blind."""

    count: DrawerCount
    expected: Money | None
    variance: Money | None
    needs_approval: bool


def cash_policy(settings: Settings) -> CashPolicy:
    shift = settings.shift
    return CashPolicy(shift.variance_limit, frozenset(Role(r) for r in shift.show_expected_to))


def _view(shift: Shift) -> ShiftView:
    last = shift.counts[-1] if shift.counts else None
    return ShiftView(
        shift.shift_id,
        shift.opened_at,
        shift.opened_by,
        shift.holder,
        shift.currency,
        shift.expected,
        shift.opening.total,
        len(shift.counts),
        last is not None and last.events_seen == shift.event_count,
    )


class ShiftService:
    def __init__(
        self,
        db: Database,
        settings: Settings,
        currency: Currency,
        worker: SerialWorker,
        bus: EventBus,
        user: Callable[[], UserInfo],
        clock: Callable[[], datetime],
        open_drawer: Callable[[], object] = lambda: None,
    ) -> None:
        self.repo = ShiftRepository(db)
        self.sales = SalesRepository(db)
        self.settings = settings
        self.currency = currency
        self.policy = cash_policy(settings)
        self.roles = RolePolicy()
        self._worker = worker
        self._bus = bus
        self._user = user
        self._clock = clock
        self._open_drawer = open_drawer
        self._story: Story | None = None  # db worker only
        self.view: ShiftView | None = None

    # --- reading (any thread) --------------------------------------------------------------

    def sees_expected(self, role: Role) -> bool:
        return role in self.policy.sees_expected

    def require_open(self) -> ShiftView:
        view = self.view
        if view is None:
            raise ShiftNotOpen()
        return view

    # --- db worker --------------------------------------------------------------------------

    def load(self) -> None:
        """Rebuild the open shift from the journal (on start, on the db worker)."""
        stored = self.repo.open_shift(self.settings.store.till_id)
        self._story = None if stored is None else self._replay(stored)
        self._publish()

    def _replay(self, stored: StoredShift) -> Story:
        return replay(self.repo.story(stored), Currency(stored.currency, *self._units()))

    def _units(self) -> tuple[int, Any]:
        return self.currency.minor_units, self.currency.cash_rounding

    def _publish(self) -> None:
        self.view = None if self._story is None else _view(self._story.shift)
        self._bus.publish(ShiftChanged(self.view))

    def _open_story(self) -> Story:
        if self._story is None:
            raise ShiftNotOpen()
        return self._story

    def _head(self, shift_id: str) -> Head:
        store = self.settings.store
        return Head(shift_id, store.store_id, store.till_id, self.currency.code)

    def recorded_sale(self, sale: SaleDoc) -> None:
        """A sale was committed in the shift (db worker, after its transaction)."""
        if self._story is not None:
            self._story.add_sale(sale)
            self._publish()

    def recorded_void(self, void: VoidDoc) -> None:
        if self._story is not None:
            self._story.add_void(void)

    def recorded_return(self, document: ReturnDoc) -> None:
        if self._story is not None and document["currency"] == self.currency.code:
            self._story.add_return(document)
            self._publish()

    # --- changes (futures) ----------------------------------------------------------------

    def open(self, count: CashCount) -> Future[ShiftView]:
        """Open the till's shift with the float counted by denomination."""
        user = self._user()

        def run() -> ShiftView:
            if self._story is not None:
                raise ShiftAlreadyOpen()
            at = self._clock()
            head = self._head(str(uuid.uuid4()))
            record_id = str(uuid.uuid4())
            # The domain checks the count's currency and times before anything is written.
            Shift(head.shift_id, head.till_id, user.id, at, count, record_id)
            stored = self.repo.open(opened_doc(head, record_id, user.id, at, count))
            self._story = self._replay(stored)
            log.info("shift %s opened by %s, float %s", head.shift_id, user.id, count.total)
            self._publish()
            assert self.view is not None
            return self.view

        return self._worker.submit(run)

    def move(
        self, kind: MovementKind, amount: Money, note: str = "", approval: Approval | None = None
    ) -> Future[CashMovement]:
        """Cash in or out with its reason, or a no-sale opening of the drawer (a cashier needs
        a supervisor's approval for that); the drawer opens once it is recorded."""
        user = self._user()
        if kind is MovementKind.OPENING_FLOAT:
            raise ValueError("the float is counted when the shift opens")
        needed = None
        if kind is MovementKind.NO_SALE:
            needed = self.roles.authorize(Action.NO_SALE, Role(user.role), approval)
            if needed is not None:
                note = f"{note.strip()} ({needed.approver_id})".strip()

        def run() -> CashMovement:
            story = self._open_story()
            movement = CashMovement(str(uuid.uuid4()), kind, amount, user.id, self._clock(), note)
            if amount.currency != story.shift.currency:  # refused before anything is written
                raise CurrencyMismatch(story.shift.currency.code, amount.currency.code)
            self.repo.append(movement_doc(story.head, movement))
            story.shift.record(movement)
            log.info("shift %s: %s %s by %s", story.head.shift_id, kind, amount, user.id)
            self._publish()
            return movement

        future = self._worker.submit(run)
        future.add_done_callback(lambda f: f.exception() is None and self._open_drawer())
        return future

    def taken_by(self, to: UserInfo) -> None:
        """The drawer passes to ``to``, who signed in (db worker); nothing when no shift is
        open or they hold it already. Signing out never closes a shift."""
        story = self._story
        if story is None or story.shift.holder == to.id:
            return
        at = self._clock()
        self.repo.append(handover_doc(story.head, str(uuid.uuid4()), story.shift.holder, to.id, at))
        story.shift.hand_over(to.id, at)
        log.info("shift %s handed over to %s", story.head.shift_id, to.id)
        self._publish()

    def count(self, count: CashCount) -> Future[CountResult]:
        """Keep a count of the drawer (a recount is another count)."""
        user = self._user()
        sees = self.sees_expected(Role(user.role))

        def run() -> CountResult:
            story = self._open_story()
            shift = story.shift
            if count.currency != shift.currency:  # refused before anything is written
                raise CurrencyMismatch(shift.currency.code, count.currency.code)
            drawer = DrawerCount(
                str(uuid.uuid4()), count, shift.expected, user.id, self._clock(), shift.event_count
            )
            self.repo.append(count_doc(story.head, drawer))
            kept = shift.count(drawer.record_id, count, user.id, drawer.at)
            self._publish()
            return CountResult(
                kept,
                kept.expected if sees else None,
                kept.variance if sees else None,
                self.policy.needs_approval(kept.variance),
            )

        return self._worker.submit(run)

    def report_x(self) -> Future[ShiftReport]:
        """The X report: the open shift so far; changes nothing."""

        def run() -> ShiftReport:
            story = self._open_story()
            return self._report(ReportKind.X, story)

        return self._worker.submit(run)

    def _report(self, kind: ReportKind, story: Story) -> ShiftReport:
        return build_report(
            kind, story.shift, self._clock(), story.sales, story.voids, story.returns
        )

    def close(self, approval: Approval | None = None, open_sales: int = 0) -> Future[ShiftReport]:
        """The Z: close the shift on its last count. Refused while a sale is open (the caller's
        ``open_sales``) or parked, with a count outdated by later cash, or a variance over the
        limit without a supervisor's approval; nothing changes when refused."""
        user = self._user()

        def run() -> ShiftReport:
            story = self._open_story()
            waiting = open_sales + len(self.sales.parked())
            if waiting:
                raise SalesStillOpen(waiting)
            shift = story.shift
            z_number = self.repo.next_z(shift.till_id)
            closing = shift.close(z_number, user.id, self._clock(), self.policy, approval)
            try:
                report = self._report(ReportKind.Z, story)
                self.repo.close(closed_doc(story.head, str(uuid.uuid4()), closing, report))
            except BaseException:
                shift.closing = None  # not on disk: the shift stays open
                raise
            log.info(
                "shift %s closed: Z %s, variance %s", shift.shift_id, z_number, report.variance
            )
            self._story = None
            self._publish()
            return report

        return self._worker.submit(run)

    def last_z(self) -> Future[ShiftReport | None]:
        """The till's latest Z report, made again from its journal range (for a reprint)."""

        def run() -> ShiftReport | None:
            stored = self.repo.last_closed(self.settings.store.till_id)
            if stored is None:
                return None
            story = self._replay(stored)
            closing = story.shift.closing
            assert closing is not None
            return replace(self._report(ReportKind.Z, story), made_at=closing.at)

        return self._worker.submit(run)
