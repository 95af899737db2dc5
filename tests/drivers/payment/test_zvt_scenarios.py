"""Every simulator scenario end to end through the real driver, on TCP, ``socket://`` and a pty.

The simulator parses and builds its bytes with its own code, so driver and simulator check
each other; each test reads like the cashier's view of the transaction.
"""

from __future__ import annotations

import threading

import pytest
from conftest import Rig

from drivers.payment import Outcome, Progress, available_terminals
from drivers.payment.terminal import Operation
from drivers.payment.zvt import ZvtTerminal


def test_the_zvt_kind_is_registered_by_entry_point() -> None:
    assert available_terminals()["zvt"] is ZvtTerminal


def test_approved_sale_carries_the_terminals_data_and_receipts(rig: Rig) -> None:
    seen: list[Progress] = []
    result = rig.terminal.sale(1299, "PLN", "sale-1", seen.append)
    assert result.outcome is Outcome.APPROVED
    assert (result.amount_minor, result.currency) == (1299, "PLN")
    assert result.masked_pan == "541333******0111"
    assert result.card_brand == "Mastercard"
    assert result.terminal_id == "52500038"
    assert result.trace_no == 1 and result.receipt_no == 1
    assert result.auth_code
    assert [p.text for p in seen] == [
        "Insert card",
        "Please watch the PIN pad",
        "Waiting for the host",
    ]
    customer = result.receipt_lines("customer")
    assert "Customer copy" in customer and "APPROVED" in customer
    assert "Merchant copy" in result.receipt_lines("merchant")
    assert rig.sim.journal[-1].result == 0


@pytest.mark.parametrize("code", [0x05, 0x78])
def test_declined_sale_reports_the_result_code(rig: Rig, code: int) -> None:
    rig.sim.set_scenario(f"decline:{code:02x}")
    result = rig.terminal.sale(5000, "PLN", "sale-2")
    assert result.outcome is Outcome.DECLINED
    assert result.result_code == code
    assert result.result_text
    assert result.receipt_no is None


def test_customer_abort_on_the_terminal(rig: Rig) -> None:
    rig.sim.set_scenario("abort")
    result = rig.terminal.sale(100, "EUR", "sale-3")
    assert result.outcome is Outcome.ABORTED
    assert result.result_code == 0x6C
    assert rig.sim.journal == []


def test_wrong_pin_then_right_pin_is_approved(rig: Rig) -> None:
    rig.sim.set_scenario("pin-retry")
    seen: list[Progress] = []
    result = rig.terminal.sale(2500, "PLN", "sale-4", seen.append)
    assert result.outcome is Outcome.APPROVED
    assert [p.code for p in seen] == [0x0A, 0x01, 0x15, 0x01, 0x04]
    assert "Incorrect PIN" in [p.text for p in seen]


def test_cashier_cancel_sends_abort_and_nothing_is_charged(rig: Rig) -> None:
    rig.sim.set_scenario("slow:0.3")
    first = threading.Event()

    def progress(p: Progress) -> None:
        first.set()

    timer = threading.Thread(target=lambda: (first.wait(5), rig.terminal.abort()))
    timer.start()
    result = rig.terminal.sale(700, "PLN", "sale-5", progress)
    timer.join()
    assert result.outcome is Outcome.ABORTED
    assert b"\x06\xb0" in rig.sim.received
    assert rig.sim.journal == []


def test_slow_terminal_still_completes(rig: Rig) -> None:
    rig.sim.set_scenario("slow:0.05")
    seen: list[Progress] = []
    assert rig.terminal.sale(100, "PLN", "sale-6", seen.append).outcome is Outcome.APPROVED
    assert len(seen) == 3


def test_a_terminal_that_never_answers_fails_without_hanging(rig: Rig) -> None:
    rig.sim.set_scenario("timeout")
    result = rig.terminal.sale(100, "PLN", "sale-7")
    assert result.outcome is Outcome.FAILED
    assert rig.sim.journal == []


def test_dropped_after_authorisation_is_unknown_then_recovered(rig: Rig) -> None:
    rig.sim.set_scenario("drop-after-accept")
    lost = rig.terminal.sale(4321, "PLN", "sale-8")
    assert lost.outcome is Outcome.UNKNOWN
    rig.sim.set_scenario("approve")
    restarted = rig.fresh_terminal()
    rig.terminal.close()  # one owner of a serial port at a time
    recovered = restarted.recover_last()
    restarted.close()
    assert recovered.operation is Operation.RECOVERY
    assert recovered.outcome is Outcome.APPROVED
    assert recovered.amount_minor == 4321
    assert recovered.trace_no == rig.sim.journal[-1].trace


def test_ecr_prints_text_blocks_or_lines_as_registered(rig: Rig) -> None:
    lines = ZvtTerminal(
        type(rig.terminal.config)(**{**vars_of(rig.terminal), "text_blocks": False})
    )
    blocks = rig.terminal.sale(100, "PLN", "a")
    rig.terminal.close()
    by_line = lines.sale(100, "PLN", "b")
    lines.close()
    assert blocks.receipt_lines("customer")[-1] == by_line.receipt_lines("customer")[-1]
    assert len(blocks.receipt_lines("customer")) == len(by_line.receipt_lines("customer"))
    assert [r.kind for r in blocks.receipts] == ["merchant", "customer"]
    assert [r.kind for r in by_line.receipts] == ["merchant", "customer"]


def test_no_receipt_messages_when_the_terminal_prints_itself(rig: Rig) -> None:
    own_printer = ZvtTerminal(
        type(rig.terminal.config)(**{**vars_of(rig.terminal), "config_byte": 0x08})
    )
    rig.terminal.close()
    result = own_printer.sale(100, "PLN", "c")
    own_printer.close()
    assert result.outcome is Outcome.APPROVED and result.receipts == ()


def test_refund_reversal_and_end_of_day(rig: Rig) -> None:
    sale = rig.terminal.sale(1000, "PLN", "s1")
    other = rig.terminal.sale(250, "PLN", "s2")
    refund = rig.terminal.refund(300, "PLN", "r1")
    assert refund.outcome is Outcome.APPROVED and refund.amount_minor == 300
    assert other.receipt_no is not None
    reversal = rig.terminal.reversal(other.receipt_no)
    assert reversal.outcome is Outcome.APPROVED and reversal.amount_minor == 250
    again = rig.terminal.reversal(other.receipt_no)
    assert again.outcome is Outcome.DECLINED and again.result_code == 0xB4
    unknown = rig.terminal.reversal(999)
    assert unknown.outcome is Outcome.DECLINED
    report = rig.terminal.end_of_day()
    assert report.outcome is Outcome.APPROVED
    assert report.amount_minor == 1000 - 300 == (sale.amount_minor or 0) - 300
    assert "Total 7.00" in report.receipt_lines("admin")


def test_status_enquiry(rig: Rig) -> None:
    status = rig.terminal.status()
    assert status.ready and status.terminal_id == "52500038" and status.software == "OMNISIM 1.0"


def test_recovery_with_no_transaction_yet_says_so(rig: Rig) -> None:
    result = rig.terminal.recover_last()
    assert result.outcome is Outcome.FAILED and result.trace_no is None


def vars_of(terminal: ZvtTerminal) -> dict[str, object]:
    config = terminal.config
    return {name: getattr(config, name) for name in config.__slots__}  # type: ignore[attr-defined]
