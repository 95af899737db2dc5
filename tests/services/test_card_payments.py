"""Card payments through the till's services, against the simulated ZVT terminal on loopback
TCP and a real SQLite file: the row is on disk before the terminal is asked, an unknown
outcome blocks further card payments until the terminal (or a manager) settles it, and no
full card number ever reaches the disk or the log."""

from __future__ import annotations

import logging
import re
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest

from drivers.payment.sim import SimulatedTerminal, TcpSimulator
from drivers.printer import VirtualConnection
from pos.config import Settings
from pos.domain.money import Money
from pos.domain.roles import Action, Approval, Role
from pos.domain.tenders import TenderKind
from pos.events import Event
from pos.paths import TillPaths
from pos.services.errors import CardOutcomeStillUnknown, CardPaymentUnresolved
from pos.services.events import CardProgress, ReceiptPrinted, TerminalStatusChanged
from pos.services.payments import PaymentService
from pos.services.till import Till
from pos.store.db import connect_plain
from pos.store.demo_catalog import seed_demo
from tests.services.shift_fixtures import open_shift

TIMEOUT = 15


@dataclass
class Shop:
    till: Till
    sim: SimulatedTerminal
    server: TcpSimulator
    printer: VirtualConnection

    @property
    def payments(self) -> PaymentService:
        assert self.till.payments is not None
        return self.till.payments

    def rows(self) -> list[tuple[str, int, str]]:
        with connect_plain(self.till.paths.database) as conn:
            return conn.execute(
                "SELECT state, amount_minor, resolution FROM card_payments ORDER BY created_at"
            ).fetchall()


@pytest.fixture
def shop(tmp_path: Path) -> Iterator[Shop]:
    sim = SimulatedTerminal()
    sim.ack_timeout = 2.0
    server = TcpSimulator(sim).start()
    settings = Settings()
    settings.payment.terminal = "zvt"  # found by entry point, like a real till's settings
    settings.payment.options = {
        "host": server.host,
        "port": server.port,
        "ack_timeout": 1.0,
        "response_timeout": 2.0,
    }
    printer = VirtualConnection(answers_status=True)
    till = Till(TillPaths(tmp_path), settings, printer_connection=printer)
    till.start(lambda db: seed_demo(db, "PLN")).result(TIMEOUT)
    anna = next(u for u in till.users().result(TIMEOUT) if u.name == "Anna")
    assert till.login(anna.id, "1111").result(TIMEOUT) is not None
    open_shift(till)
    try:
        yield Shop(till, sim, server, printer)
    finally:
        till.shutdown()
        server.stop()


def a_sale(shop: Shop):  # type: ignore[no-untyped-def]
    with connect_plain(shop.till.paths.database) as conn:
        (code,) = conn.execute(
            "SELECT b.code FROM barcodes b JOIN products p ON p.id = b.product_id "
            "WHERE p.sold_by = 'piece' AND length(b.code) = 13 ORDER BY b.code LIMIT 1"
        ).fetchone()
    sale = shop.till.new_sale()
    sale.add(shop.till.lookup(code).result(TIMEOUT))
    return sale


def manager_approval() -> Approval:
    return Approval("olga", Role.MANAGER, Action.CARD_TERMINAL, datetime.now(UTC))


def test_an_approved_card_sale_is_recorded_with_the_card_details_and_the_terminal_slip(
    shop: Shop,
) -> None:
    progress: list[str] = []
    shop.till.bus.subscribe(CardProgress, lambda e: progress.append(e.text))
    sale = a_sale(shop)
    payment = shop.payments.pay(sale.sale_id, sale.total).result(TIMEOUT)
    assert payment.approved
    assert progress == ["Insert card", "Please watch the PIN pad", "Waiting for the host"]
    sale.add_tender(TenderKind.CARD, sale.total, payment.tender_details())
    printed: list[bytes] = []
    shop.till.bus.subscribe(ReceiptPrinted, lambda e: printed.append(e.data))
    completion = shop.till.record(shop.till.complete(sale), payment.slips(False)).result(TIMEOUT)
    completion.printed.result(TIMEOUT)
    receipt = printed[-1]
    assert b"Customer copy" in receipt and b"Merchant copy" not in receipt
    assert b"541333******0111" in receipt
    with connect_plain(shop.till.paths.database) as conn:
        (document,) = conn.execute("SELECT document FROM sales").fetchone()
    assert '"masked_pan":"541333******0111"' in document
    assert '"auth_code"' in document and '"terminal_id":"52500038"' in document
    assert shop.rows() == [("approved", sale.total.minor, "")]


def test_merchant_copy_prints_when_configured(shop: Shop) -> None:
    sale = a_sale(shop)
    payment = shop.payments.pay(sale.sale_id, sale.total).result(TIMEOUT)
    slips = payment.slips(True)
    assert [s[-1] for s in slips] == ["Customer copy", "Merchant copy"]


def test_a_decline_is_recorded_and_nothing_is_blocked(shop: Shop) -> None:
    shop.sim.set_scenario("decline:05")
    sale = a_sale(shop)
    declined = shop.payments.pay(sale.sale_id, sale.total).result(TIMEOUT)
    assert declined.state == "declined" and declined.record.result_code == 0x05
    shop.sim.set_scenario("approve")
    assert shop.payments.pay(sale.sale_id, sale.total).result(TIMEOUT).approved


def test_the_row_is_on_disk_before_the_terminal_answers(shop: Shop) -> None:
    shop.sim.set_scenario("slow:0.3")
    sale = a_sale(shop)
    running = shop.payments.pay(sale.sale_id, sale.total)
    seen: list[tuple[str, int, str]] = []

    def look(_event: Event) -> None:
        if not seen:
            seen.extend(shop.rows())

    shop.till.bus.subscribe(CardProgress, look)
    assert running.result(TIMEOUT).approved
    assert seen == [("pending", sale.total.minor, "")]  # written before the first progress


def test_unknown_outcome_blocks_retry_until_recovered_from_the_terminal(shop: Shop) -> None:
    sale = a_sale(shop)
    shop.sim.set_scenario("drop-after-accept")
    lost = shop.payments.pay(sale.sale_id, sale.total).result(TIMEOUT)
    assert lost.state == "unknown"
    shop.sim.set_scenario("approve")
    with pytest.raises(CardPaymentUnresolved):
        shop.payments.pay(sale.sale_id, sale.total).result(TIMEOUT)
    assert len(shop.sim.journal) == 1  # the terminal was not asked again
    recovered = shop.payments.recover(lost.record.payment_id).result(TIMEOUT)
    assert recovered.approved and recovered.record.resolution == "recovered"
    assert recovered.record.trace_no == shop.sim.journal[-1].trace
    assert recovered.tender_details()["masked_pan"] == "541333******0111"


def test_a_payment_the_terminal_never_completed_is_settled_as_not_charged(shop: Shop) -> None:
    sale = a_sale(shop)
    assert shop.payments.pay(sale.sale_id, sale.total).result(TIMEOUT).approved  # trace 1
    shop.sim.set_scenario("drop:progress")  # lost before the host was asked
    lost = shop.payments.pay(sale.sale_id, sale.total).result(TIMEOUT)
    assert lost.state == "unknown"
    shop.sim.set_scenario("approve")
    settled = shop.payments.recover(lost.record.payment_id).result(TIMEOUT)
    assert settled.state == "failed" and not settled.approved
    assert [r[0] for r in shop.rows()] == ["approved", "failed"]


def test_a_terminal_that_cannot_say_leaves_it_to_a_manager(shop: Shop) -> None:
    sale = a_sale(shop)
    shop.sim.set_scenario("drop-after-accept")
    lost = shop.payments.pay(sale.sale_id, sale.total).result(TIMEOUT)
    shop.sim.set_scenario("timeout")
    with pytest.raises(CardOutcomeStillUnknown):
        shop.payments.recover(lost.record.payment_id).result(TIMEOUT)
    assert shop.rows()[0][0] == "unknown"
    with pytest.raises(ValueError, match="manager"):
        shop.payments.settle_by_hand(
            lost.record.payment_id,
            True,
            Approval("marek", Role.SUPERVISOR, Action.CARD_TERMINAL, datetime.now(UTC)),
        )
    settled = shop.payments.settle_by_hand(
        lost.record.payment_id, True, manager_approval(), "printout says approved"
    ).result(TIMEOUT)
    assert settled.approved and settled.record.resolved_by == "olga"
    with connect_plain(shop.till.paths.database) as conn:
        kinds = [k for (k,) in conn.execute("SELECT kind FROM journal")]
    assert "card_settled" in kinds


def test_a_crash_mid_payment_leaves_a_pending_row_that_blocks(shop: Shop) -> None:
    sale = a_sale(shop)
    repository = shop.payments._repo
    repository.begin("crashed", sale.sale_id, "sale", 999, "PLN", datetime.now(UTC))
    with pytest.raises(CardPaymentUnresolved):
        shop.payments.pay(sale.sale_id, sale.total).result(TIMEOUT)
    assert [r.payment_id for r in shop.payments.unresolved().result(TIMEOUT)] == ["crashed"]


def test_end_of_day_and_reversal_of_the_last_card_payment(shop: Shop) -> None:
    sale = a_sale(shop)
    first = shop.payments.pay(sale.sale_id, sale.total).result(TIMEOUT)
    assert first.approved
    reversal = shop.payments.reverse_last().result(TIMEOUT)
    assert reversal.approved and reversal.record.amount_minor == sale.total.minor
    assert shop.rows()[0][2] == "reversed"
    report = shop.payments.end_of_day().result(TIMEOUT)
    assert report.approved and report.amount_minor == 0
    shop.till.print_report(
        "END OF DAY", _row("Total", "0,00"), report.receipt_lines("admin")
    ).result(TIMEOUT)
    assert any(b"Batch closed" in job for job in shop.printer.jobs)


def test_refund_is_recorded_like_a_payment(shop: Shop) -> None:
    refund = shop.payments.refund(Money.of("5", shop.till.currency), "return-1").result(TIMEOUT)
    assert refund.approved
    assert shop.rows() == [("approved", 500, "")]


def _row(label: str, value: str):  # type: ignore[no-untyped-def]
    from drivers.printer import Row

    return Row(label, value)


PAN_LIKE = re.compile(rb"(?<![0-9A-Za-z])[0-9]{13,19}(?![0-9A-Za-z])")


def luhn_ok(digits: bytes) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits.decode())):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def full_pans(data: bytes) -> list[bytes]:
    return [m.group() for m in PAN_LIKE.finditer(data) if luhn_ok(m.group())]


# Tables of the product catalog: product codes (EAN-13, SKUs) are long digit runs too, and
# about one in ten passes the Luhn check. No card data can be in them.
CATALOG_TABLES = ("products", "barcodes", "categories", "prices", "stock_levels", "tax_classes")


def cells(database: Path) -> Iterator[bytes]:
    """Every text and blob value of every other table, each on its own (a raw file scan
    would glue neighbouring fields into false hits), with a separator after each."""
    with sqlite3.connect(database) as conn:
        tables = [
            name
            for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if name not in CATALOG_TABLES and not name.startswith("product_fts")
        ]
        for table in tables:
            for row in conn.execute(f'SELECT * FROM "{table}"'):
                for value in row:
                    if isinstance(value, str):
                        yield value.encode() + b"\n"
                    elif isinstance(value, bytes):
                        yield value + b"\n"


def test_the_pan_scanner_finds_a_full_card_number() -> None:
    assert full_pans(b"card 5413330089010111 ok") == [b"5413330089010111"]
    assert full_pans(b"541333******0111 and 5413330089010112") == []  # masked; Luhn-invalid


def test_no_full_card_number_on_disk_or_in_the_log(
    shop: Shop, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    sale = a_sale(shop)
    for scenario in ("approve", "decline:05", "drop-after-accept"):
        shop.sim.set_scenario(scenario)
        payment = shop.payments.pay(sale.sale_id, sale.total).result(TIMEOUT)
    shop.sim.set_scenario("approve")
    shop.payments.recover(payment.record.payment_id).result(TIMEOUT)
    sale.add_tender(TenderKind.CARD, sale.total, payment.tender_details())
    shop.till.record(shop.till.complete(sale), ()).result(TIMEOUT).printed.result(TIMEOUT)
    shop.till.shutdown()
    database = shop.till.paths.database
    stored = b"".join(cell for cell in cells(database))
    assert b"541333******0111" in stored  # the masked number is there ...
    assert full_pans(stored) == []  # ... and nothing that looks like a whole one
    assert full_pans(caplog.text.encode()) == []


# --- the terminal's status, polled while idle ------------------------------------------------


def test_an_idle_terminals_status_is_published_with_its_id(shop: Shop) -> None:
    seen: list[TerminalStatusChanged] = []
    shop.till.bus.subscribe(TerminalStatusChanged, seen.append)
    future = shop.payments.poll_status()
    assert future is not None
    event = future.result(TIMEOUT)
    assert event is not None
    assert (event.state, event.code, event.terminal_id) == ("ready", 0x00, "52500038")
    assert seen == [event]
    assert shop.sim.received[-1] == b"\x05\x01"  # a status enquiry, nothing else


def test_no_status_is_asked_while_a_payment_runs(shop: Shop) -> None:
    shop.sim.set_scenario("slow:0.2")
    sale = a_sale(shop)
    running = shop.payments.pay(sale.sale_id, sale.total)
    polls = [shop.payments.poll_status() for _ in range(5)]
    assert polls == [None] * 5  # skipped, not queued behind the payment
    assert running.result(TIMEOUT).approved
    assert b"\x05\x01" not in shop.sim.received
    after = shop.payments.poll_status()
    assert after is not None and after.result(TIMEOUT) is not None


def test_a_poll_queued_before_a_payment_gives_way_to_it(shop: Shop) -> None:
    shop.sim.set_scenario("slow:0.2")
    sale = a_sale(shop)
    blocker = shop.payments.worker.submit(lambda: time.sleep(0.3))
    poll = shop.payments.poll_status()  # queued behind the blocker
    payment = shop.payments.pay(sale.sale_id, sale.total)  # queued behind the poll
    assert poll is not None and poll.result(TIMEOUT) is None  # it saw the payment waiting
    blocker.result(TIMEOUT)
    assert payment.result(TIMEOUT).approved
    assert b"\x05\x01" not in shop.sim.received


def test_an_unreachable_terminal_is_published_as_such(shop: Shop) -> None:
    shop.server.stop()
    future = shop.payments.poll_status()
    assert future is not None
    event = future.result(TIMEOUT)
    assert event is not None and event.state == "unreachable"


def test_polling_runs_on_a_timer_until_shutdown(shop: Shop) -> None:
    seen: list[TerminalStatusChanged] = []
    shop.till.bus.subscribe(TerminalStatusChanged, seen.append)
    shop.payments.start_status_polling(interval=0.1)
    deadline = time.monotonic() + TIMEOUT
    while len(seen) < 3 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert len(seen) >= 3 and {e.state for e in seen} == {"ready"}


def test_the_terminal_gets_the_tills_payment_id_as_its_reference(shop: Shop) -> None:
    sale = a_sale(shop)
    payment = shop.payments.pay(sale.sale_id, sale.total).result(TIMEOUT)
    refund = shop.payments.refund(Money.of("1", shop.till.currency), "return-2").result(TIMEOUT)
    assert [r.reference for r in shop.sim.journal] == [
        payment.record.payment_id,
        refund.record.payment_id,
    ]
