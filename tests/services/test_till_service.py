"""The till's use cases without any UI: what every front end (and the kill test) relies on."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from drivers.printer import VirtualConnection
from pos.config import Settings
from pos.domain.errors import InvalidBarcode, PermissionDenied
from pos.domain.money import Money
from pos.domain.roles import Action
from pos.domain.tenders import TenderKind
from pos.events import Event
from pos.paths import TillPaths
from pos.services.errors import NothingToReprint, SignInLocked, UnknownBarcode, WrongApprovalPin
from pos.services.events import ReceiptFailed, ReceiptPrinted
from pos.services.till import Till
from pos.store.db import connect_plain
from pos.store.demo_catalog import seed_demo
from tests.services.shift_fixtures import open_shift

TIMEOUT = 10


@pytest.fixture
def till(tmp_path: Path) -> Iterator[Till]:
    settings = Settings()
    settings.printer.options = {"answers_status": True}
    printer = VirtualConnection(answers_status=True)
    till = Till(TillPaths(tmp_path), settings, printer_connection=printer)
    till.start(lambda db: seed_demo(db, "PLN")).result(TIMEOUT)
    anna = next(u for u in till.users().result(TIMEOUT) if u.name == "Anna")
    assert till.login(anna.id, "1111").result(TIMEOUT) is not None
    open_shift(till)
    yield till
    till.shutdown()


def barcodes(till: Till, n: int) -> list[str]:
    with connect_plain(till.paths.database) as conn:
        rows = conn.execute(
            "SELECT b.code FROM barcodes b JOIN products p ON p.id = b.product_id "
            "WHERE p.sold_by = 'piece' AND length(b.code) = 13 ORDER BY b.code LIMIT ?",
            (n,),
        ).fetchall()
    return [r[0] for r in rows]


def paid_sale(till: Till, codes: list[str]):  # type: ignore[no-untyped-def]
    sale = till.new_sale()
    for code in codes:
        sale.add(till.lookup(code).result(TIMEOUT))
    sale.add_tender(TenderKind.CASH, Money.of("1000", till.currency))
    return sale


def test_lookup_refuses_a_wrong_check_digit_and_reports_an_unknown_code(till: Till) -> None:
    good = barcodes(till, 1)[0]
    assert good.isdigit() and len(good) == 13
    bad = good[:-1] + str((int(good[-1]) + 1) % 10)
    with pytest.raises(InvalidBarcode):
        till.lookup(bad).result(TIMEOUT)
    with pytest.raises(UnknownBarcode):
        till.lookup("4006381333931").result(TIMEOUT)
    assert till.lookup(good).result(TIMEOUT).barcode == good


def test_recording_a_sale_twice_records_it_once(till: Till) -> None:
    completed = till.complete(paid_sale(till, barcodes(till, 2)))
    first = till.record(completed).result(TIMEOUT)
    second = till.record(completed).result(TIMEOUT)
    assert first.receipt_no == second.receipt_no == 1
    with connect_plain(till.paths.database) as conn:
        assert conn.execute("SELECT count(*) FROM sales").fetchone() == (1,)
        assert conn.execute("SELECT count(*) FROM outbox WHERE kind = 'sale'").fetchone() == (1,)
        assert conn.execute("SELECT count(*) FROM journal WHERE kind = 'sale'").fetchone() == (1,)


def test_a_receipt_prints_after_the_sale_is_on_disk_and_the_drawer_opens(till: Till) -> None:
    seen: list[Event] = []
    till.bus.subscribe(Event, seen.append)
    completion = till.record(till.complete(paid_sale(till, barcodes(till, 1)))).result(TIMEOUT)
    completion.printed.result(TIMEOUT)
    assert till.printing is not None
    printer = till.printing.connection
    assert isinstance(printer, VirtualConnection)
    till.printing.worker.submit(lambda: None).result(TIMEOUT)  # the drawer kick is queued after
    assert any(job.startswith(b"\x1bp\x00") for job in printer.jobs)
    printed = [e for e in seen if isinstance(e, ReceiptPrinted)]
    assert printed and printed[0].receipt_no == 1 and printed[0].data in printer.jobs


def test_the_sale_is_reported_saved_before_a_failing_printer_can_report(till: Till) -> None:
    """Otherwise the UI shows the print failure and then overwrites it with "saved".

    Threads switch every microsecond here, so a printer thread that could fail first would.
    """
    assert till.printing is not None
    printer = till.printing.connection
    assert isinstance(printer, VirtualConnection)
    failures: list[ReceiptFailed] = []
    till.bus.subscribe(ReceiptFailed, failures.append)
    failures_when_saved: list[int] = []
    printer.paper_out = True
    previous = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        for _ in range(20):
            completed = till.complete(paid_sale(till, barcodes(till, 1)))
            gate = threading.Event()  # the sale waits until we listen for its completion
            till.db_worker.submit(gate.wait, TIMEOUT)
            recording = till.record(completed)
            recording.add_done_callback(lambda _f: failures_when_saved.append(len(failures)))
            gate.set()
            with pytest.raises(Exception, match="paper"):
                recording.result(TIMEOUT).printed.result(TIMEOUT)
    finally:
        sys.setswitchinterval(previous)
    assert len(failures) == 20
    assert failures_when_saved == list(range(20))


def test_a_failed_print_is_reported_and_reprint_sends_the_same_bytes(till: Till) -> None:
    assert till.printing is not None
    printer = till.printing.connection
    assert isinstance(printer, VirtualConnection)
    failures: list[ReceiptFailed] = []
    till.bus.subscribe(ReceiptFailed, failures.append)
    printer.offline = True
    completion = till.record(till.complete(paid_sale(till, barcodes(till, 1)))).result(TIMEOUT)
    with pytest.raises(Exception, match="printer"):
        completion.printed.result(TIMEOUT)
    assert failures and failures[0].receipt_no == 1
    printer.offline = False
    till.reprint_last().result(TIMEOUT)
    receipt = printer.jobs[-1]
    assert completion.sale.sale_id.encode() in receipt and b"COPY" not in receipt


def test_reprint_with_no_sale_yet_says_so(till: Till) -> None:
    with pytest.raises(NothingToReprint):
        till.reprint_last().result(TIMEOUT)


def test_an_approval_needs_a_supervisor_pin(till: Till) -> None:
    with pytest.raises(WrongApprovalPin):
        till.approve("1111", Action.VOID_SALE).result(TIMEOUT)  # Anna is only a cashier
    approval = till.approve("2222", Action.VOID_SALE).result(TIMEOUT)
    sale = till.new_sale()
    sale.add(till.lookup(barcodes(till, 1)[0]).result(TIMEOUT))
    with pytest.raises(PermissionDenied):
        till.void_sale(sale, "customer left", None)
    till.void_sale(sale, "customer left", approval).result(TIMEOUT)
    with connect_plain(till.paths.database) as conn:
        assert conn.execute("SELECT status, receipt_no FROM sales").fetchall() == [("voided", None)]
        assert conn.execute("SELECT kind FROM outbox WHERE kind != 'shift'").fetchall() == [
            ("sale_void",)
        ]


def test_a_parked_sale_comes_back_whole_for_whoever_recalls_it(till: Till) -> None:
    sale = till.new_sale()
    product = till.lookup(barcodes(till, 1)[0]).result(TIMEOUT)
    sale.add(product, Decimal(2))
    parked_id = till.park(sale).result(TIMEOUT)
    marek = next(u for u in till.users().result(TIMEOUT) if u.name == "Marek")
    assert till.login(marek.id, "2222").result(TIMEOUT) is not None
    recalled = till.recall(parked_id).result(TIMEOUT)
    assert recalled.sale_id == sale.sale_id and recalled.total == sale.total
    assert recalled.cashier_id == marek.id
    assert till.parked().result(TIMEOUT) == []


def test_five_wrong_pins_lock_the_user_out_for_a_minute(tmp_path: Path) -> None:
    now = [datetime(2026, 11, 23, 9, 0, tzinfo=UTC)]
    till = Till(
        TillPaths(tmp_path),
        Settings(),
        printer_connection=VirtualConnection(),
        clock=lambda: now[0],
    )
    till.start(lambda db: seed_demo(db, "PLN")).result(TIMEOUT)
    try:
        anna = next(u for u in till.users().result(TIMEOUT) if u.name == "Anna")
        for _ in range(4):
            assert till.login(anna.id, "0000").result(TIMEOUT) is None
        with pytest.raises(SignInLocked):
            till.login(anna.id, "0000").result(TIMEOUT)
        with pytest.raises(SignInLocked):  # even the right PIN, while locked
            till.login(anna.id, "1111").result(TIMEOUT)
        now[0] += timedelta(seconds=61)
        assert till.login(anna.id, "1111").result(TIMEOUT) is not None
    finally:
        till.shutdown()
