"""The simulator answers in the shapes real terminals use, and reads every valid registration
(with or without currency, any BER length form). A raw ECR on a loopback socket talks to it
byte by byte, so what is checked is what the simulator puts on the wire."""

from __future__ import annotations

import select
import socket
import subprocess
import sys
import time
from collections.abc import Iterator

import pytest
import real_frames as rf
from conftest import Rig

from drivers.payment import Outcome
from drivers.payment.sim import SimulatedTerminal, TcpSimulator, codec
from drivers.payment.zvt import ZvtConfig, ZvtTerminal

PASSWORD = bytes.fromhex("000000")
PERMIT_D3 = rf.bmp06(rf.ber("26", rf.ber("0a", bytes.fromhex("06d3"))))


class RawEcr:
    """An ECR in a few lines: send an APDU, read the terminal's, acknowledge each."""

    def __init__(self, port: int) -> None:
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=5)
        self.buf = b""

    def send(self, frame: bytes) -> None:
        self.sock.sendall(frame)

    def receive(self, timeout: float = 3.0) -> tuple[bytes, bytes]:
        end = time.monotonic() + timeout
        while True:
            if len(self.buf) >= 3:
                head, n = (
                    (5, int.from_bytes(self.buf[3:5], "little"))
                    if self.buf[2] == 0xFF
                    else (
                        3,
                        self.buf[2],
                    )
                )
                if len(self.buf) >= head + n:
                    command, data = self.buf[:2], self.buf[head : head + n]
                    self.buf = self.buf[head + n :]
                    return command, data
            ready, _, _ = select.select([self.sock], [], [], max(end - time.monotonic(), 0))
            if not ready:
                raise TimeoutError("the simulator said nothing")
            self.buf += self.sock.recv(4096)

    def conversation(self, request: bytes) -> list[tuple[bytes, bytes]]:
        """Everything the terminal says to ``request`` up to its 06 0F / 06 1E, acknowledged."""
        self.send(request)
        heard = [self.receive()]
        while heard[-1][0] not in (b"\x06\x0f", b"\x06\x1e") and heard[-1][0] != b"\x84\x9a":
            message = self.receive()
            heard.append(message)
            if message[0][:1] not in (b"\x80", b"\x84"):
                self.send(rf.ACK)
        return heard

    def close(self) -> None:
        self.sock.close()


@pytest.fixture
def sim() -> Iterator[tuple[SimulatedTerminal, RawEcr]]:
    terminal = SimulatedTerminal()
    server = TcpSimulator(terminal).start()
    ecr = RawEcr(server.port)
    try:
        yield terminal, ecr
    finally:
        ecr.close()
        server.stop()


def registration(config: int = 0x8E, currency: bytes = b"\x09\x78", extra: bytes = b"") -> bytes:
    return rf.apdu("0600", PASSWORD + bytes([config]) + currency + extra)


def test_the_simulators_text_blocks_put_1f07_beside_25(
    sim: tuple[SimulatedTerminal, RawEcr],
) -> None:
    _, ecr = sim
    ecr.conversation(registration(extra=PERMIT_D3))
    heard = ecr.conversation(rf.apdu("0601", bytes.fromhex("04000000000100490978")))
    blocks = [data for command, data in heard if command == b"\x06\xd3"]
    assert len(blocks) == 2
    for data in blocks:
        fields = codec.read_bmps(data)
        top = codec.read_tlv(fields[0x06])
        assert [tag for tag, _ in top] == [b"\x1f\x07", b"\x25"]  # the real terminals' shape
        inner = codec.read_tlv(top[1][1])
        assert {tag for tag, _ in inner} == {b"\x07"}  # no receipt type inside 25
    assert [codec.read_tlv(codec.read_bmps(d)[0x06])[0][1] for d in blocks] == [b"\x01", b"\x02"]


def test_the_simulators_status_information_is_shaped_as_real_ones(
    sim: tuple[SimulatedTerminal, RawEcr],
) -> None:
    _, ecr = sim
    ecr.conversation(registration())
    heard = ecr.conversation(rf.apdu("0601", bytes.fromhex("04000000000100490978")))
    (status,) = [data for command, data in heard if command == b"\x04\x0f"]
    fields = codec.read_bmps(status)
    assert fields[0x8B] == b"Mastercard\x00"  # 00-ended, as real terminals send it
    assert fields[0x2A].endswith(b" ") and len(fields[0x2A]) == 15  # space-padded VU number
    assert 0x06 in fields  # a TLV container after the BMPs


def test_the_simulator_can_give_the_terminal_id_only_in_1f44(
    sim: tuple[SimulatedTerminal, RawEcr],
) -> None:
    terminal, ecr = sim
    terminal.terminal_id_in_tlv = True
    heard = ecr.conversation(rf.apdu("0501", PASSWORD))
    data = heard[-1][1]
    assert heard[-1][0] == b"\x06\x0f"
    size = int("".join(str(b & 0xF) for b in data[:3]))
    fields = codec.read_bmps(data, 3 + size + 1)
    assert 0x29 not in fields
    assert codec.read_tlv(fields[0x06]) == [(b"\x1f\x44", bytes.fromhex("52500038"))]


@pytest.mark.parametrize(
    ("currency", "extra", "expected"),
    [
        (b"\x09\x78", PERMIT_D3, 978),
        (b"", PERMIT_D3, None),  # PA00P015: the currency is optional
        (b"", b"\x03\x01" + PERMIT_D3, None),  # a service byte, no currency
        (b"\x09\x85", b"\x03\x00", 985),
        (b"\x06\x43", b"", 643),  # starts like BMP 06, but is a currency (RUB)
        (b"\x03\x48", b"\x03\x00", 348),  # HUF, then a service byte
    ],
)
def test_registration_with_or_without_currency_gets_the_asked_for_text_blocks(
    sim: tuple[SimulatedTerminal, RawEcr], currency: bytes, extra: bytes, expected: int | None
) -> None:
    terminal, ecr = sim
    answer = ecr.conversation(registration(currency=currency, extra=extra))
    assert answer[0] == (b"\x80\x00", b"")
    registered = terminal.state.registration
    assert registered is not None and registered.currency == expected
    assert terminal.state.text_blocks is (b"\x0a\x02\x06\xd3" in extra)
    completion = codec.read_bmps(answer[-1][1])
    assert (0x49 in completion) is (expected is not None)  # a currency only if asked with one


@pytest.mark.parametrize("padding", [60, 200])  # 81 xx and 82 xx xx TLV lengths
def test_registration_tlv_with_long_lengths_is_read(
    sim: tuple[SimulatedTerminal, RawEcr], padding: int
) -> None:
    terminal, ecr = sim
    commands = b"".join(rf.ber("0a", bytes([0x06, n])) for n in range(padding)) + rf.ber(
        "0a", bytes.fromhex("06d3")
    )
    extra = rf.bmp06(rf.ber("26", commands))
    assert extra[1] == (0x81 if len(extra) < 259 else 0x82)
    ecr.conversation(registration(currency=b"", extra=extra))
    assert terminal.state.text_blocks


@pytest.mark.parametrize(
    "data", ["000000", "0000008e09", "0000008e09780605", "0000008e5001", "1234568e"]
)
def test_a_registration_no_rule_reads_is_refused(
    sim: tuple[SimulatedTerminal, RawEcr], data: str
) -> None:
    _, ecr = sim
    ecr.send(rf.apdu("0600", bytes.fromhex(data)))
    assert ecr.receive() == (b"\x84\x9a", b"")


def test_registration_without_currency_through_the_driver_prints_text_blocks(rig: Rig) -> None:
    config = rig.terminal.config
    config.register_currency = False
    result = rig.terminal.sale(1299, "PLN", "sale-1")
    assert result.outcome is Outcome.APPROVED
    assert rig.sim.state.registration is not None
    assert rig.sim.state.registration.currency is None
    assert rig.sim.state.text_blocks  # 06 D3 blocks, not 06 D1 lines
    assert [r.kind for r in result.receipts] == ["merchant", "customer"]
    assert rig.sim.journal[-1].reference == "sale-1"  # the till's reference reached it


def test_the_driver_reads_the_simulators_nested_receipt_type_too(rig: Rig) -> None:
    rig.sim.nested_receipt_type = True
    result = rig.terminal.sale(100, "PLN", "n")
    assert [r.kind for r in result.receipts] == ["merchant", "customer"]
    assert result.card_brand == "Mastercard"


def test_status_with_the_terminal_id_only_in_1f44_through_the_driver(rig: Rig) -> None:
    rig.sim.terminal_id_in_tlv = True
    status = rig.terminal.status()
    assert status.ready and status.terminal_id == "52500038"
    assert status.software == "OMNISIM 1.0"


def test_zvt_sim_on_the_command_line_can_send_the_terminal_id_only_in_1f44() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "drivers.payment.sim", "--port", "0", "--tid-in-tlv"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert process.stdout is not None
        banner = process.stdout.readline()  # "ZVT simulator on 127.0.0.1:PORT (raw, approve)"
        port = int(banner.split(":")[1].split()[0])
        terminal = ZvtTerminal(ZvtConfig.from_options({"port": port, "ack_timeout": 2.0}))
        status = terminal.status()
        assert status.ready and status.terminal_id == "52500038"
    finally:
        process.terminate()
        process.wait(10)
        if process.stdout is not None:
            process.stdout.close()
