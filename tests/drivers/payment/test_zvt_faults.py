"""Faults on the wire: the driver never reports "approved" unless the terminal did, never
hangs, and says clearly whether the money may have moved (UNKNOWN) or surely did not."""

from __future__ import annotations

import socket

import pytest
from conftest import Rig, config_for, start_server
from peers import Peer, framed

from drivers.payment import Outcome
from drivers.payment.sim import STEPS, SimulatedTerminal
from drivers.payment.zvt import ZvtConfig, ZvtTerminal

REGISTERED = "800000"  # the acknowledgement of the registration
COMPLETION = "060f00"
APPROVED_STATUS = "040f102700040000000001000b000009870003"  # 16 data bytes


def registration(peer: Peer) -> None:
    peer.read_until(bytes.fromhex("8e0978"))
    peer.send(bytes.fromhex(REGISTERED + COMPLETION))
    peer.read_until(bytes.fromhex("800000"))


def test_nothing_listening_is_a_clear_failure() -> None:
    with socket.create_server(("127.0.0.1", 0)) as probe:
        port = probe.getsockname()[1]  # closed again: nobody listens there now
    terminal = ZvtTerminal(ZvtConfig.from_options({"port": port, "connect_timeout": 1.0}))
    result = terminal.sale(100, "EUR", "x")
    assert result.outcome is Outcome.FAILED
    assert "connect" in result.result_text


def test_garbage_instead_of_an_answer_is_never_approved() -> None:
    def script(p: Peer) -> None:
        registration(p)
        p.read_until(bytes.fromhex("490978"))
        p.send(bytes.fromhex("deadbeef0badf00d"))
        p.read_for(1.0)

    peer = Peer(script)
    result = peer.terminal().sale(100, "EUR", "x")
    peer.finish()
    assert result.outcome is Outcome.UNKNOWN  # the request went out: ask, do not retry


def test_an_apdu_cut_short_after_acceptance_is_unknown() -> None:
    def script(p: Peer) -> None:
        registration(p)
        p.read_until(bytes.fromhex("490978"))
        p.send(bytes.fromhex("800000" + APPROVED_STATUS[:12]))
        p.read_for(1.5)

    peer = Peer(script)
    result = peer.terminal().sale(100, "EUR", "x")
    peer.finish()
    assert result.outcome is Outcome.UNKNOWN


def test_approval_without_completion_is_unknown_not_approved() -> None:
    def script(p: Peer) -> None:
        registration(p)
        p.read_until(bytes.fromhex("490978"))
        p.send(bytes.fromhex("800000" + APPROVED_STATUS))
        p.read_until(bytes.fromhex("800000"))
        # ... and the terminal is unplugged before the completion

    peer = Peer(script)
    result = peer.terminal().sale(100, "EUR", "x")
    peer.finish()
    assert result.outcome is Outcome.UNKNOWN
    assert result.trace_no == 9  # what was heard is kept for the record


def test_unexpected_command_is_refused_and_the_payment_goes_on() -> None:
    def script(p: Peer) -> None:
        registration(p)
        p.read_until(bytes.fromhex("490978"))
        p.send(bytes.fromhex("800000" + "0f0f00"))
        assert p.read_until(bytes.fromhex("848300")).endswith(bytes.fromhex("848300"))
        p.send(bytes.fromhex(APPROVED_STATUS))
        p.read_until(bytes.fromhex("800000"))
        p.send(bytes.fromhex(COMPLETION))
        p.read_until(bytes.fromhex("800000"))

    peer = Peer(script)
    result = peer.terminal().sale(100, "EUR", "x")
    peer.finish()
    assert result.outcome is Outcome.APPROVED and result.receipt_no == 3


def test_a_negative_acknowledgement_is_a_refusal_with_its_code() -> None:
    def script(p: Peer) -> None:
        registration(p)
        p.read_until(bytes.fromhex("490978"))
        p.send(bytes.fromhex("846b00"))

    peer = Peer(script)
    result = peer.terminal().sale(100, "EUR", "x")
    peer.finish()
    assert result.outcome is Outcome.FAILED and result.result_code == 0x6B


def test_serial_wrong_crc_is_nakked_and_the_repeat_accepted() -> None:
    def script(p: Peer) -> None:
        p.read_until(bytes.fromhex("10 03".replace(" ", "")))  # registration frame
        p.read_for(0.05)
        p.send(b"\x06")  # ACK the frame
        p.send(framed("800000", bad_crc=True))
        assert p.read_until(b"\x15").endswith(b"\x15")  # the driver NAKs it
        p.send(framed("800000"))
        p.read_until(b"\x06")
        p.send(framed(COMPLETION))
        p.read_until(b"\x06")
        p.read_until(b"\x10\x03")  # the driver's 80 00 00 for the completion
        p.read_for(0.05)
        p.send(b"\x06")
        # the authorisation
        p.read_until(b"\x10\x03")
        p.read_for(0.05)
        p.send(b"\x06")
        for apdu in ("800000", APPROVED_STATUS, COMPLETION):
            p.send(framed(apdu))
            p.read_until(b"\x06")
            if apdu != "800000":
                p.read_until(b"\x10\x03")
                p.read_for(0.05)
                p.send(b"\x06")

    peer = Peer(script)
    terminal = peer.terminal(serial=True)
    result = terminal.sale(100, "EUR", "x")
    terminal.close()
    peer.finish()
    assert result.outcome is Outcome.APPROVED


def test_serial_crc_errors_that_never_stop_end_the_link() -> None:
    def script(p: Peer) -> None:
        p.read_until(b"\x10\x03")
        p.read_for(0.05)
        p.send(b"\x06")
        for _ in range(4):  # the first and three repeats, all with a wrong CRC
            p.send(framed("800000", bad_crc=True))
            p.read_until(b"\x15", 1.0)
        p.read_for(0.5)

    peer = Peer(script)
    terminal = peer.terminal(serial=True)
    result = terminal.sale(100, "EUR", "x")
    terminal.close()
    peer.finish()
    assert result.outcome is Outcome.FAILED  # the registration never got through
    assert bytes(peer.heard).count(b"\x15") == 4  # each bad frame was NAKed, then it gave up


def test_serial_nak_storm_gives_up_after_the_retry_limit() -> None:
    def script(p: Peer) -> None:
        for _ in range(4):
            p.read_until(b"\x10\x03")
            p.read_for(0.05)
            p.send(b"\x15")
        p.read_for(0.5)

    peer = Peer(script)
    terminal = peer.terminal(serial=True)
    result = terminal.sale(100, "EUR", "x")
    terminal.close()
    peer.finish()
    assert result.outcome is Outcome.FAILED
    assert bytes(peer.heard).count(b"\x10\x02\x06\x00") == 4  # first try + 3 repeats


def test_serial_garbage_between_frames_is_ignored() -> None:
    def script(p: Peer) -> None:
        p.read_until(b"\x10\x03")
        p.read_for(0.05)
        p.send(b"\x06")
        p.send(b"\x00\xffnoise\x10\x99" + framed("800000") + b"junk" + framed(COMPLETION))
        p.read_for(0.3)

    peer = Peer(script)
    terminal = peer.terminal(serial=True)
    result = terminal.sale(100, "EUR", "x")
    terminal.close()
    peer.finish()
    # Registered despite the noise; the authorisation then meets silence: not accepted.
    assert result.outcome is Outcome.FAILED
    assert bytes(peer.heard).count(b"\x06") >= 2


@pytest.mark.parametrize("transport", ["tcp", "socket"])
@pytest.mark.parametrize("step", STEPS)
def test_connection_dropped_at_every_step(transport: str, step: str) -> None:
    """Lost at any step after the request left: UNKNOWN; recovery then tells the truth."""
    sim = SimulatedTerminal()
    sim.ack_timeout = 1.0
    server = start_server(sim, transport)
    terminal = ZvtTerminal(config_for(server, transport, response_timeout=1.0))
    try:
        before = terminal.sale(100, "PLN", "earlier")
        assert before.outcome is Outcome.APPROVED
        sim.set_scenario(f"drop:{step}")
        lost = terminal.sale(2000, "PLN", "lost")
        assert lost.outcome is Outcome.UNKNOWN
        sim.set_scenario("approve")
        recovered = terminal.recover_last()
        charged = len(sim.journal) == 2
        assert charged == (STEPS.index(step) >= STEPS.index("authorized"))
        if charged:
            assert recovered.outcome is Outcome.APPROVED
            assert recovered.amount_minor == 2000
            assert recovered.trace_no == sim.journal[-1].trace != before.trace_no
        else:  # the terminal's last transaction is still the earlier one: nothing charged
            assert recovered.trace_no == before.trace_no
    finally:
        terminal.close()
        server.stop()


def test_a_second_operation_while_one_runs_is_refused(tcp_rig: Rig) -> None:
    import threading

    from drivers.payment import TerminalBusy

    tcp_rig.sim.set_scenario("slow:0.2")
    results = []
    worker = threading.Thread(target=lambda: results.append(tcp_rig.terminal.sale(1, "PLN", "a")))
    worker.start()
    while not tcp_rig.sim.received:
        worker.join(0.01)
    with pytest.raises(TerminalBusy):
        tcp_rig.terminal.sale(1, "PLN", "b")
    worker.join()
    assert results[0].outcome is Outcome.APPROVED
