"""The link layers on real pyserial ports: ``loop://`` and a pty opened 8N2, and the
terminal's character set."""

from __future__ import annotations

import os
import tty

import pytest
import serial

from drivers.payment.sim import SimulatedTerminal, TcpSimulator
from drivers.payment.zvt import ZvtConfig, ZvtTerminal
from drivers.payment.zvt.apdu import Apdu
from drivers.payment.zvt.framing import frame
from drivers.payment.zvt.link import LinkCorrupt, SerialLink, SerialTransport


def test_a_frame_on_a_loop_port_is_checked_and_acknowledged() -> None:
    transport = SerialTransport("loop://", 115200)
    link = SerialLink(transport, byte_timeout=0.5, ack_timeout=0.1, retries=1)
    link.open()
    try:
        transport.write(b"noise" + frame(bytes.fromhex("04ff010a")))
        assert link.receive(1.0) == Apdu(b"\x04\xff", b"\x0a")
        assert transport.read(16, 0.5) == b"\x06"  # the ACK went out on the line
        assert link.receive(0.05) is None  # nothing more
    finally:
        link.close()


def test_a_frame_with_a_wrong_crc_on_a_loop_port_is_refused_with_nak() -> None:
    transport = SerialTransport("loop://", 115200)
    link = SerialLink(transport, byte_timeout=0.3, ack_timeout=0.1, retries=0)
    link.open()
    try:
        good = frame(bytes.fromhex("800000"))
        transport.write(good[:-1] + bytes([good[-1] ^ 1]))
        with pytest.raises(LinkCorrupt, match="CRC"):  # NAKed; no repeats allowed: give up
            link.receive(0.5)
        assert transport.read(16, 0.3) == b"\x15"
    finally:
        link.close()


def test_the_serial_port_is_opened_8n2() -> None:
    master, slave = os.openpty()
    tty.setraw(master)
    try:
        transport = SerialTransport(os.ttyname(slave), 115200)
        transport.open()
        port = transport._port
        assert (port.bytesize, port.parity, port.stopbits) == (
            serial.EIGHTBITS,
            serial.PARITY_NONE,
            serial.STOPBITS_TWO,
        )
        assert port.baudrate == 115200
        transport.close()
    finally:
        os.close(master)
        os.close(slave)


def test_receipt_text_is_decoded_with_the_terminals_character_set() -> None:
    with TcpSimulator(SimulatedTerminal(encoding="cp437")) as server:
        right = ZvtTerminal(ZvtConfig(port=server.port, encoding="cp437"))
        wrong = ZvtTerminal(ZvtConfig(port=server.port, encoding="iso-8859-1"))
        assert "Danke schön" in right.sale(100, "EUR", "a").receipt_lines()
        assert "Danke schön" not in wrong.sale(100, "EUR", "b").receipt_lines()
