"""The till's shift, as a store runs its day: a float opens it, every sale's cash and every
movement is in the drawer's expected figure, a blind count closes it with a Z, a variance over
the limit needs a supervisor, and nothing of it is lost when the till is killed and restarted.
The last spec runs the shift against the real hub over loopback HTTP."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path

import httpx
import pytest

from drivers.printer import VirtualConnection
from pos.api.shifts import ShiftEventDocument
from pos.config import Settings
from pos.demo import demo_seed, demo_settings
from pos.domain.cash import CashCount
from pos.domain.errors import (
    CountOutdated,
    CurrencyMismatch,
    PermissionDenied,
    ReasonRequired,
    SalesStillOpen,
    ShiftAlreadyOpen,
    ShiftNotOpen,
    VarianceNeedsApproval,
)
from pos.domain.money import Currency, Money
from pos.domain.roles import Action
from pos.domain.shift import MovementKind
from pos.domain.shift_report import ReportKind
from pos.domain.tenders import TenderKind
from pos.hub.embedded import RunningHub, start_hub
from pos.paths import TillPaths
from pos.services.shifts import ShiftService
from pos.services.sync import SyncOptions
from pos.services.till import Till
from pos.store.db import connect_plain
from pos.store.demo_catalog import demo_products, seed_demo
from tests.services.shift_fixtures import open_shift

TIMEOUT = 10
DRAWER_KICK = b"\x1bp"


def start(root: Path, settings: Settings | None = None) -> tuple[Till, VirtualConnection]:
    settings = settings or Settings()
    printer = VirtualConnection(answers_status=True)
    till = Till(TillPaths(root), settings, printer_connection=printer)
    till.start(lambda db: seed_demo(db, "PLN")).result(TIMEOUT)
    sign_in(till, "Anna", "1111")
    return till, printer


def sign_in(till: Till, name: str, pin: str) -> None:
    user = next(u for u in till.users().result(TIMEOUT) if u.name == name)
    assert till.login(user.id, pin).result(TIMEOUT) is not None


@pytest.fixture
def till(tmp_path: Path) -> Iterator[Till]:
    running, _printer = start(tmp_path)
    yield running
    running.shutdown()


def shifts(till: Till) -> ShiftService:
    assert till.shifts is not None
    return till.shifts


def pln(text: str) -> Money:
    return Money(Decimal(text), Currency("PLN"))


def a_code(_till: Till) -> str:
    return next(p.barcodes[0] for p in demo_products() if p.sold_by == "piece")


def sell(till: Till, *tenders: tuple[TenderKind, str | None]) -> Money:
    """One item sold and paid with ``tenders`` (an amount of None: what is left to pay; cash
    over the total gives change); returns the sale's total."""
    sale = till.new_sale()
    sale.add(till.lookup(a_code(till)).result(TIMEOUT))
    for kind, amount in tenders:
        sale.add_tender(
            kind, sale.balance_due if amount is None else Money.of(amount, till.currency)
        )
    total = sale.total
    till.record(till.complete(sale)).result(TIMEOUT)
    return total


def count_of(till: Till, amount: Money) -> CashCount:
    """``amount`` as 1-grosz coins and 100 zł notes, as a careless but exact count would be."""
    minor = amount.minor
    return CashCount(till.currency, {10_000: minor // 10_000, 1: minor % 10_000})


def shift_documents(till: Till) -> list[dict[str, object]]:
    import json

    with connect_plain(till.paths.database) as conn:
        rows = conn.execute(
            "SELECT payload FROM outbox WHERE kind = 'shift' ORDER BY id"
        ).fetchall()
    return [json.loads(r[0]) for r in rows]


# --- opening ---------------------------------------------------------------------------------


def test_selling_needs_an_open_shift_and_nothing_is_written_without_one(till: Till) -> None:
    sale = till.new_sale()
    sale.add(till.lookup(a_code(till)).result(TIMEOUT))
    sale.add_tender(TenderKind.CASH, Money.of("1000", till.currency))
    with pytest.raises(ShiftNotOpen):
        till.record(till.complete(sale)).result(TIMEOUT)
    with connect_plain(till.paths.database) as conn:
        assert conn.execute("SELECT count(*) FROM sales").fetchone() == (0,)


def test_a_shift_opens_with_its_float_counted_and_only_one_is_open(till: Till) -> None:
    view = open_shift(till, {10_000: 3, 500: 10})
    assert view.float_total == pln("350.00") == view.expected
    assert view.holder == view.opened_by == till.current_user.id  # type: ignore[union-attr]
    with pytest.raises(ShiftAlreadyOpen):
        open_shift(till)
    (opened,) = shift_documents(till)
    ShiftEventDocument.model_validate(opened)  # the hub's contract
    assert opened["event"] == "opened"
    assert opened["opening"] == {
        "pieces": [{"minor": 500, "count": 10}, {"minor": 10_000, "count": 3}],
        "total": "350.00",
    }


# --- the drawer's expected cash --------------------------------------------------------------


def test_expected_cash_counts_what_stayed_in_the_drawer_not_what_was_tendered(till: Till) -> None:
    open_shift(till, {10_000: 3})  # 300.00
    cash_total = sell(till, (TenderKind.CASH, "1000"))  # 1000 handed over, change given back
    sell(till, (TenderKind.CARD, None))  # card: no cash at all
    split = sell(till, (TenderKind.CASH, "1.00"), (TenderKind.CARD, None))
    view = shifts(till).view
    assert view is not None
    assert split > pln("1.00")
    assert view.expected == pln("300.00") + cash_total + pln("1.00")


def test_movements_need_their_reason_and_move_the_expected_cash(till: Till) -> None:
    open_shift(till, {10_000: 3})
    move = shifts(till).move
    with pytest.raises(ReasonRequired):
        move(MovementKind.PAY_OUT, pln("20.00"), "  ").result(TIMEOUT)
    move(MovementKind.PAY_IN, pln("50.00"), "change from the safe").result(TIMEOUT)
    move(MovementKind.PAY_OUT, pln("20.00"), "window cleaner").result(TIMEOUT)
    move(MovementKind.SAFE_DROP, pln("200.00")).result(TIMEOUT)
    view = shifts(till).view
    assert view is not None and view.expected == pln("130.00")
    with pytest.raises(CurrencyMismatch):
        move(MovementKind.PAY_IN, Money(Decimal(5), Currency("EUR")), "euros").result(TIMEOUT)
    kinds = [d["movement"]["kind"] for d in shift_documents(till) if d["event"] == "movement"]  # type: ignore[index]
    assert kinds == ["pay_in", "pay_out", "safe_drop"]


def test_a_no_sale_opens_the_drawer_and_a_cashier_needs_a_supervisor_for_it(
    tmp_path: Path,
) -> None:
    till, printer = start(tmp_path)
    try:
        open_shift(till)
        with pytest.raises(PermissionDenied):
            shifts(till).move(MovementKind.NO_SALE, pln("0"), "customer needed change")
        approval = till.approve("2222", Action.NO_SALE).result(TIMEOUT)
        before = printer.data.count(DRAWER_KICK)
        shifts(till).move(MovementKind.NO_SALE, pln("0"), "change for a customer", approval).result(
            TIMEOUT
        )
        wait_for(lambda: printer.data.count(DRAWER_KICK) > before)
        (no_sale,) = [d for d in shift_documents(till) if d["event"] == "movement"]
        assert no_sale["movement"]["note"].startswith("change for a customer")  # type: ignore[index]
    finally:
        till.shutdown()


# --- counting and closing --------------------------------------------------------------------


def test_the_count_is_blind_for_a_cashier_and_shown_to_the_roles_the_store_names(
    tmp_path: Path,
) -> None:
    settings = Settings()
    settings.shift.show_expected_to = ["manager"]
    till, _printer = start(tmp_path, settings)
    try:
        open_shift(till, {10_000: 3})
        blind = shifts(till).count(count_of(till, pln("290.00"))).result(TIMEOUT)
        assert blind.expected is None and blind.variance is None
        assert blind.needs_approval  # 10.00 short, over the 5.00 limit
        assert blind.count.variance == pln("-10.00")  # kept, only not shown
        sign_in(till, "Olga", "3333")
        shown = shifts(till).count(count_of(till, pln("300.00"))).result(TIMEOUT)
        assert shown.expected == pln("300.00") and shown.variance == pln("0.00")
        assert not shown.needs_approval
    finally:
        till.shutdown()


def test_a_variance_over_the_limit_needs_a_supervisor_and_a_refused_close_changes_nothing(
    till: Till,
) -> None:
    open_shift(till, {10_000: 3})
    sell(till, (TenderKind.CASH, "1000"))
    expected = shifts(till).view.expected  # type: ignore[union-attr]
    shifts(till).count(count_of(till, expected - pln("12.00"))).result(TIMEOUT)
    with pytest.raises(VarianceNeedsApproval):
        shifts(till).close().result(TIMEOUT)
    assert shifts(till).view is not None
    assert [d["event"] for d in shift_documents(till)] == ["opened", "count"]
    approval = till.approve("2222", Action.CASH_VARIANCE).result(TIMEOUT)
    report = shifts(till).close(approval).result(TIMEOUT)
    assert report.kind is ReportKind.Z and report.z_number == 1
    assert report.variance == pln("-12.00") and report.counted == expected - pln("12.00")
    assert report.sales.count == 1
    assert shifts(till).view is None
    closed = shift_documents(till)[-1]
    ShiftEventDocument.model_validate(closed)
    assert closed["closing"]["approval"]["approver_id"]  # type: ignore[index]
    assert closed["closing"]["totals"]["variance"] == "-12.00"  # type: ignore[index]


def test_a_recount_is_kept_and_a_count_outdated_by_later_cash_cannot_close(till: Till) -> None:
    open_shift(till, {10_000: 3})
    shifts(till).count(count_of(till, pln("300.00"))).result(TIMEOUT)
    sell(till, (TenderKind.CASH, "1000"))
    with pytest.raises(CountOutdated):
        shifts(till).close().result(TIMEOUT)
    expected = shifts(till).view.expected  # type: ignore[union-attr]
    shifts(till).count(count_of(till, expected)).result(TIMEOUT)
    report = shifts(till).close().result(TIMEOUT)
    assert report.counts == 2 and report.variance == pln("0.00")


def test_a_z_waits_for_open_and_parked_sales(till: Till) -> None:
    open_shift(till)
    shifts(till).count(count_of(till, pln("300.00"))).result(TIMEOUT)
    with pytest.raises(SalesStillOpen):
        shifts(till).close(open_sales=1).result(TIMEOUT)
    parked = till.new_sale()
    parked.add(till.lookup(a_code(till)).result(TIMEOUT))
    till.park(parked).result(TIMEOUT)
    with pytest.raises(SalesStillOpen):
        shifts(till).close().result(TIMEOUT)
    assert shifts(till).view is not None


def test_after_a_z_selling_needs_a_new_shift_whose_z_number_follows(till: Till) -> None:
    open_shift(till)
    shifts(till).count(count_of(till, pln("300.00"))).result(TIMEOUT)
    assert shifts(till).close().result(TIMEOUT).z_number == 1
    with pytest.raises(ShiftNotOpen):
        sell(till, (TenderKind.CASH, "1000"))
    open_shift(till)
    sell(till, (TenderKind.CARD, None))
    shifts(till).count(count_of(till, pln("300.00"))).result(TIMEOUT)
    second = shifts(till).close().result(TIMEOUT)
    assert second.z_number == 2 and second.sales.count == 1  # the first shift's sales are not in


def test_the_x_report_changes_nothing_and_agrees_with_the_z(till: Till) -> None:
    open_shift(till, {10_000: 3})
    total = sell(till, (TenderKind.CASH, "1000"))
    shifts(till).move(MovementKind.PAY_OUT, pln("20.00"), "flowers").result(TIMEOUT)
    x = shifts(till).report_x().result(TIMEOUT)
    assert x.kind is ReportKind.X and x.z_number is None
    assert x.sales.count == 1 and x.sales.amount == total
    assert dict(x.movements)[MovementKind.PAY_OUT].amount == pln("20.00")
    assert x.expected == pln("280.00") + total
    shifts(till).count(count_of(till, x.expected)).result(TIMEOUT)
    z = shifts(till).close().result(TIMEOUT)
    assert (z.sales, z.tenders, z.taxes, z.expected) == (x.sales, x.tenders, x.taxes, x.expected)


def test_the_drawer_passes_to_whoever_signs_in_and_signing_out_does_not_close(till: Till) -> None:
    open_shift(till)
    till.logout()
    sign_in(till, "Marek", "2222")
    view = shifts(till).view
    assert view is not None and view.holder != view.opened_by
    handover = [d for d in shift_documents(till) if d["event"] == "handover"]
    assert len(handover) == 1 and handover[0]["to_user"] == view.holder


# --- restart ---------------------------------------------------------------------------------


def test_a_restarted_till_rebuilds_its_open_shift_and_prints_the_last_z_again(
    tmp_path: Path,
) -> None:
    till, _printer = start(tmp_path)
    open_shift(till, {10_000: 3})
    total = sell(till, (TenderKind.CASH, "1000"))
    shifts(till).move(MovementKind.SAFE_DROP, pln("100.00")).result(TIMEOUT)
    shifts(till).count(count_of(till, pln("1.00"))).result(TIMEOUT)
    before = shifts(till).view
    till.shutdown()

    again, _printer = start(tmp_path)
    try:
        after = shifts(again).view
        assert after == before
        assert after is not None and after.expected == pln("200.00") + total
        approval = again.approve("2222", Action.CASH_VARIANCE).result(TIMEOUT)
        shifts(again).count(count_of(again, after.expected - pln("7.00"))).result(TIMEOUT)
        z = shifts(again).close(approval).result(TIMEOUT)
        reprint = shifts(again).last_z().result(TIMEOUT)
        assert reprint is not None
        assert (reprint.z_number, reprint.sales, reprint.variance, reprint.counts) == (
            z.z_number,
            z.sales,
            z.variance,
            z.counts,
        )
        again.print_shift_report(reprint).result(TIMEOUT)
    finally:
        again.shutdown()


# --- with the hub ----------------------------------------------------------------------------


def wait_for(check: Callable[[], bool], timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(0.02)


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[RunningHub]:
    running = start_hub(f"sqlite:///{tmp_path / 'hub.sqlite3'}", seed=True)
    yield running
    running.stop()


def test_the_demo_shift_and_its_z_reach_the_hub_once_with_the_sales_it_received(
    tmp_path: Path, hub: RunningHub
) -> None:
    settings = demo_settings()
    options = SyncOptions(
        hub_url=hub.url, pairing_code=hub.pairing_code("STORE-001", "TILL-01"), poll_seconds=60
    )
    till = Till(TillPaths(tmp_path / "till"), settings, sync=options)
    till.start(demo_seed(settings, catalog=False)).result(TIMEOUT)
    try:
        assert till.sync is not None
        engine = till.sync.engine
        wait_for(lambda: engine.last_status is not None and engine.last_status.state == "online")
        sign_in(till, "Anna", "1111")
        view = shifts(till).view
        assert view is not None, "the demo opens a shift for its cashier"
        wait_for(lambda: _has_barcodes(till))
        sell(till, (TenderKind.CASH, "1000"))
        shifts(till).move(MovementKind.PAY_OUT, pln("15.00"), "milk for the office").result(TIMEOUT)
        expected = shifts(till).view.expected  # type: ignore[union-attr]
        shifts(till).count(count_of(till, expected)).result(TIMEOUT)
        z = shifts(till).close().result(TIMEOUT)
        till.sync.sync_now()
        wait_for(lambda: till.outbox.counts()["pending"] == 0)
        assert till.outbox.counts()["poisoned"] == 0
        with httpx.Client(
            base_url=hub.url, headers={"Authorization": f"Bearer {hub.admin_token}"}
        ) as admin:
            listing = admin.get(
                "/v1/admin/shifts",
                params={"store_id": "STORE-001", "date": view.opened_at.date().isoformat()},
            ).json()
        (held,) = listing["shifts"]
        assert held["shift_id"] == view.shift_id and held["state"] == "closed"
        assert held["z_number"] == z.z_number == 1
        assert held["movements"]["pay_out"] == {"count": 1, "amount": "15.00"}
        assert held["received_sales"]["count"] == 1 and held["sales_mismatch"] is False
    finally:
        till.shutdown()


def _has_barcodes(till: Till) -> bool:
    try:
        till.lookup(a_code(till)).result(TIMEOUT)
    except Exception:
        return False
    return True
