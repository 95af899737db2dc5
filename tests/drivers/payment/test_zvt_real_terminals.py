"""The driver against messages shaped as real terminals send them (tests/drivers/payment/
real_frames.py), over a real loopback socket: every kind of message the ECR receives."""

from __future__ import annotations

import pytest
import real_frames as rf
from peers import Peer

from drivers.payment import Outcome, Progress
from drivers.payment.sim import codec
from drivers.payment.terminal import Operation
from drivers.payment.zvt import ZvtConfig, ZvtTerminal, apdu, bmp
from drivers.payment.zvt.apdu import ApduError
from drivers.payment.zvt.client import _Run

REGISTRATION_END = bytes.fromhex("0a0206d3")  # 06 D3 listed as permitted: the request's end


def data_of(frame: bytes) -> bytes:
    return apdu.decode(frame).data


def driver(**options: object) -> ZvtTerminal:
    return ZvtTerminal(ZvtConfig.from_options(dict(options)))


def register(p: Peer) -> None:
    p.read_until(REGISTRATION_END)
    p.send(rf.ACK + rf.REGISTRATION_COMPLETION)
    p.read_until(rf.ACK)


def test_a_sale_as_a_real_terminal_answers_it() -> None:
    def script(p: Peer) -> None:
        register(p)
        p.read_until(b"sale-ref-1")
        p.send(
            rf.ACK
            + rf.INTERMEDIATE_WITH_TEXT
            + rf.INTERMEDIATE_PLAIN
            + rf.STATUS_INFORMATION
            + rf.MERCHANT_BLOCK
            + rf.CUSTOMER_BLOCK
            + rf.COMPLETION
        )
        p.read_for(1.0)

    peer = Peer(script)
    seen: list[Progress] = []
    result = peer.terminal().sale(2599, "EUR", "sale-ref-1", seen.append)
    peer.finish()
    assert result.outcome is Outcome.APPROVED
    assert result.card_brand == "MasterCard"  # not "MasterCard\x00"
    assert (result.terminal_id, result.auth_code) == ("52500038", "083312")
    assert (result.trace_no, result.receipt_no, result.amount_minor) == (417, 63, 2599)
    assert result.masked_pan == "541333******0111"
    assert [p.text for p in seen] == ["Karte bitte", "Please watch the PIN pad"]
    assert [r.kind for r in result.receipts] == ["merchant", "customer"]
    assert result.receipt_lines("merchant") == rf.RECEIPT_LINES  # leading spaces kept
    # The till's reference went out in BMP 3C (LLLVAR) of the 06 01.
    assert bytes.fromhex("3cf0f1f0") + b"sale-ref-1" in bytes(peer.heard)


def test_the_receipt_type_is_read_beside_25_and_inside_it() -> None:
    terminal = driver()
    beside = terminal.text_block(data_of(rf.text_block(1, rf.RECEIPT_LINES)))
    inside = terminal.text_block(data_of(rf.text_block(1, rf.RECEIPT_LINES, nested=True)))
    admin = terminal.text_block(data_of(rf.text_block(3, ("x",))))
    assert beside is not None and inside is not None and admin is not None
    assert (beside.kind, inside.kind, admin.kind) == ("merchant", "merchant", "admin")
    assert beside.lines == inside.lines == rf.RECEIPT_LINES


def test_a_long_text_block_uses_82_lengths_and_reads_whole() -> None:
    data = data_of(rf.ADMIN_BLOCK)
    assert rf.ADMIN_BLOCK[2] == 0xFF  # the APDU too has the extended length
    assert data[0] == 0x06 and data[1] == 0x82
    receipt = driver().text_block(data)
    assert receipt is not None
    assert receipt.kind == "admin" and receipt.lines == rf.ADMIN_LINES


def test_print_lines_lose_their_padding() -> None:
    terminal = driver()
    run = _Run(Operation.SALE, lambda _p: None)
    for frame in rf.PRINT_LINES:
        terminal._print_line(run, data_of(frame))
    assert [r.lines for r in run.receipts] == [("Kundenbeleg", "EUR 25,99", "Vielen Dank")]


def test_a_real_status_information_reads_to_its_last_bmp() -> None:
    fields = bmp.parse(rf.STATUS_FIELDS)
    assert fields.rest == b"" and fields.unknown is None
    assert fields.get(0x92) == b"\x01\x02\x03"
    assert fields.get(0xBA) == bytes.fromhex("a000000004")
    assert fields.get(0xAA) == bytes.fromhex("260314")  # after the TLV container
    values = driver()._status_values(fields)
    assert values["card_brand"] == "MasterCard" and values["terminal_id"] == "52500038"


@pytest.mark.parametrize("number", sorted(bmp.BMP_FORMATS))
def test_every_bmp_of_the_table_reads_by_its_length_class_in_both_codecs(number: int) -> None:
    kind, size = bmp.BMP_FORMATS[number]
    value = bytes(range(1, 1 + (size if kind == "fixed" else 12)))
    after, after_value = (0x87, b"\x00\x63") if number != 0x87 else (0x27, b"\x00")
    encoded = bmp.field(number, value) + bytes([after]) + after_value
    fields = bmp.parse(encoded)
    assert fields.items == ((number, value), (after, after_value))  # nothing after it dropped
    assert codec.read_bmps(encoded) == {number: value, after: after_value}  # the sim agrees


def test_the_new_bmps_have_their_spec_length_classes() -> None:
    assert bmp.BMP_FORMATS[0x92] == ("lllvar", 0)
    assert all(bmp.BMP_FORMATS[n] == ("fixed", 1) for n in (0xD0, 0xD2, 0xD3, 0xE0, 0xE9))
    assert bmp.BMP_FORMATS[0xD1] == ("llvar", 0) and bmp.BMP_FORMATS[0xEB] == ("fixed", 8)
    assert all(bmp.BMP_FORMATS[n] == ("llvar", 0) for n in [*range(0xE1, 0xE9)])
    assert all(bmp.BMP_FORMATS[n] == ("llvar", 0) for n in [*range(0xF1, 0xF9)])
    assert all(bmp.BMP_FORMATS[n] == ("fixed", 1) for n in range(0xF9, 0xFD))


def test_a_bmp_the_spec_does_not_define_is_named_not_guessed() -> None:
    data = bytes.fromhex("2700500102870063")
    fields = bmp.parse(data)
    assert fields.items == ((0x27, b"\x00"),)
    assert fields.unknown == 0x50 and fields.rest == data[2:]
    with pytest.raises(ApduError, match="not defined by PA00P015"):
        bmp.field(0x50, b"\x01")
    with pytest.raises(codec.BadMessage, match="not in PA00P015"):
        codec.read_bmps(data)


@pytest.mark.parametrize(
    "frame", [rf.STATUS_ENQUIRY_COMPLETION_TLV, rf.STATUS_ENQUIRY_COMPLETION_BMP]
)
def test_the_terminal_id_comes_from_bmp_29_or_tlv_1f44(frame: bytes) -> None:
    def script(p: Peer) -> None:
        p.read_until(bytes.fromhex("0501"))
        p.send(rf.ACK + frame)
        p.read_for(0.5)

    peer = Peer(script)
    status = peer.terminal().status()
    peer.finish()
    assert status.ready and status.terminal_id == "52500038"
    assert status.software == "GER-APP 2.1.7"


def test_the_customer_aborts_on_the_terminal() -> None:
    def script(p: Peer) -> None:
        register(p)
        p.read_until(b"ref-2")
        p.send(rf.ACK + rf.INTERMEDIATE_WITH_TEXT + rf.ABORT_CUSTOMER)
        p.read_for(0.5)

    peer = Peer(script)
    result = peer.terminal().sale(100, "EUR", "ref-2")
    peer.finish()
    assert result.outcome is Outcome.ABORTED and result.result_code == 0x6C


def test_a_refused_command_is_a_failure_with_its_code() -> None:
    def script(p: Peer) -> None:
        register(p)
        p.read_until(b"ref-3")
        p.send(rf.NACK_NOT_POSSIBLE)
        p.read_for(0.5)

    peer = Peer(script)
    result = peer.terminal().sale(100, "EUR", "ref-3")
    peer.finish()
    assert result.outcome is Outcome.FAILED and result.result_code == 0x83


def test_registration_without_currency_goes_out_and_is_answered_without() -> None:
    request = bytes.fromhex("06000c0000008e060626040a0206d3")

    def script(p: Peer) -> None:
        p.read_until(request)
        p.send(rf.ACK + rf.REGISTRATION_COMPLETION_NO_CC)
        p.read_until(rf.ACK)
        p.read_until(b"ref-4")
        p.send(rf.ACK + rf.STATUS_INFORMATION + rf.COMPLETION)
        p.read_for(0.5)

    peer = Peer(script)
    result = peer.terminal(register_currency=False).sale(2599, "EUR", "ref-4")
    peer.finish()
    assert bytes(peer.heard).startswith(request)
    assert result.outcome is Outcome.APPROVED


def test_no_reference_is_sent_when_switched_off() -> None:
    terminal = driver(send_reference=False)
    assert terminal.authorization_apdu(100, "EUR", "ref").encode() == bytes.fromhex(
        "06010a04000000000100490978"
    )
