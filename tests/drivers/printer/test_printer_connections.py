"""Transports with real parts: TCP sockets, files, pyserial URLs, the virtual printer."""

from __future__ import annotations

import importlib.util
import socket
import struct
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import make_receipt

from drivers.printer import (
    FileConnection,
    NetworkConnection,
    PaperOut,
    PrinterError,
    PrinterOffline,
    PrinterStatus,
    Receipt,
    ReceiptPrinter,
    SerialConnection,
    UsbConnection,
    VirtualConnection,
    available_connections,
    interpret_status,
)
from drivers.printer.registry import ENTRY_POINT_GROUP


class TcpPrinter:
    """A one-connection-at-a-time TCP "printer" on 127.0.0.1 that records what it receives.

    ``replies`` maps a real-time request (``DLE EOT n``) to the bytes sent back.
    """

    def __init__(self, replies: dict[bytes, bytes] | None = None, reset: bool = False) -> None:
        self.replies = replies or {}
        self.reset = reset
        self.sessions: list[bytes] = []
        self._server = socket.create_server(("127.0.0.1", 0))
        self._server.settimeout(0.05)
        self.port: int = self._server.getsockname()[1]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self._server.accept()
            except TimeoutError:
                if self._stop.is_set():  # stop only once no connection is pending
                    return
                continue
            except OSError:
                return
            with conn:
                if self.reset:
                    # SO_LINGER 0: close with RST, the sender's writes then fail.
                    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    continue
                conn.settimeout(10)
                received = bytearray()
                while True:
                    try:
                        chunk = conn.recv(65536)
                    except OSError:
                        break
                    if not chunk:
                        break
                    received.extend(chunk)
                    for request, reply in self.replies.items():
                        if received.endswith(request):
                            conn.sendall(reply)
                self.sessions.append(bytes(received))

    def close(self) -> None:
        """Serve what is pending, then stop; ``sessions`` is complete afterwards."""
        self._stop.set()
        self._thread.join(10)
        self._server.close()


@pytest.fixture
def tcp_printer() -> Iterator[TcpPrinter]:
    server = TcpPrinter()
    yield server
    server.close()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


# -- registry ------------------------------------------------------------------------------


def test_entry_points_are_installed() -> None:
    from importlib.metadata import entry_points

    names = {ep.name for ep in entry_points(group=ENTRY_POINT_GROUP)}
    assert names >= {"virtual", "file", "network", "serial", "usb"}, (
        "run `pip install -e . --no-deps` to register the entry points"
    )


def test_available_connections_from_entry_points() -> None:
    found = available_connections()
    assert found["virtual"] is VirtualConnection
    assert found["file"] is FileConnection
    assert found["network"] is NetworkConnection
    assert found["serial"] is SerialConnection
    assert ("usb" in found) == (importlib.util.find_spec("usb") is not None)
    assert available_connections(include_unsupported=True)["usb"] is UsbConnection
    for name, kind in found.items():
        assert kind.name == name


def test_usb_needs_a_real_timeout() -> None:
    assert UsbConnection(0x04B8, 0x0202).timeout_ms > 0
    with pytest.raises(ValueError, match="forever"):
        UsbConnection(0x04B8, 0x0202, timeout_ms=0)


# -- network -------------------------------------------------------------------------------


def test_network_printer_receives_exactly_the_rendered_bytes(
    tcp_printer: TcpPrinter, receipt: Receipt
) -> None:
    printer = ReceiptPrinter(NetworkConnection("127.0.0.1", tcp_printer.port, timeout=5))
    printer.print_receipt(receipt)
    printer.open_drawer()
    tcp_printer.close()
    assert tcp_printer.sessions == [printer.render(receipt), b"\x1bp\x0022"]


def test_network_closed_port_is_offline() -> None:
    port = free_port()
    printer = ReceiptPrinter(NetworkConnection("127.0.0.1", port, timeout=2))
    with pytest.raises(PrinterOffline, match=rf"network printer 127\.0\.0\.1:{port}"):
        printer.print_receipt(make_receipt())
    assert printer.status() is PrinterStatus.OFFLINE


def test_network_reset_during_write_is_offline() -> None:
    server = TcpPrinter(reset=True)
    try:
        printer = ReceiptPrinter(NetworkConnection("127.0.0.1", server.port, timeout=5))
        with pytest.raises(PrinterOffline):
            printer.send(b"x" * 50_000_000)
    finally:
        server.close()


def test_network_status_from_dle_eot_replies() -> None:
    online = {b"\x10\x04\x01": b"\x12", b"\x10\x04\x04": b"\x12"}
    paper_out = {b"\x10\x04\x01": b"\x1a", b"\x10\x04\x04": b"\x72"}
    for replies, expected in ((online, PrinterStatus.ONLINE), (paper_out, PrinterStatus.PAPER_OUT)):
        server = TcpPrinter(replies)
        try:
            connection = NetworkConnection("127.0.0.1", server.port, timeout=5)
            assert ReceiptPrinter(connection).status() is expected
        finally:
            server.close()


def test_network_status_without_reply_is_unknown(tcp_printer: TcpPrinter) -> None:
    connection = NetworkConnection("127.0.0.1", tcp_printer.port, timeout=5, status_timeout=0.2)
    assert ReceiptPrinter(connection).status() is PrinterStatus.UNKNOWN


# -- file ----------------------------------------------------------------------------------


def test_file_connection_writes_the_bytes(tmp_path: Path, receipt: Receipt) -> None:
    target = tmp_path / "lp0"
    printer = ReceiptPrinter(FileConnection(target))
    printer.print_receipt(receipt)
    assert target.read_bytes() == printer.render(receipt)
    assert printer.status() is PrinterStatus.UNKNOWN


def test_file_connection_missing_device_is_offline(tmp_path: Path) -> None:
    printer = ReceiptPrinter(FileConnection(tmp_path / "no" / "lp0"))
    with pytest.raises(PrinterOffline, match="not reachable"):
        printer.open_drawer()


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_file_device_reporting_enospc_is_paper_out() -> None:
    # /dev/full fails writes with ENOSPC, which is what Linux usblp reports for "paper out".
    printer = ReceiptPrinter(FileConnection("/dev/full"))
    with pytest.raises(PaperOut, match="out of paper"):
        printer.print_receipt(make_receipt())


# -- serial --------------------------------------------------------------------------------


def test_serial_loop_url_carries_the_bytes(receipt: Receipt) -> None:
    data = ReceiptPrinter(VirtualConnection()).render(receipt)
    escpos_printer = SerialConnection("loop://", baudrate=115200, timeout=1).open("TM-T88V")
    try:
        escpos_printer._raw(data)
        assert escpos_printer.device.read(len(data)) == data
    finally:
        escpos_printer.close()


def test_serial_socket_url_receives_exactly_the_rendered_bytes(
    tcp_printer: TcpPrinter, receipt: Receipt
) -> None:
    printer = ReceiptPrinter(SerialConnection(f"socket://127.0.0.1:{tcp_printer.port}"))
    printer.print_receipt(receipt)
    tcp_printer.close()
    assert tcp_printer.sessions == [printer.render(receipt)]


def test_serial_loop_echo_is_not_mistaken_for_a_status() -> None:
    # loop:// echoes the request itself back: not a valid DLE EOT reply.
    assert ReceiptPrinter(SerialConnection("loop://", timeout=0.2)).status() is (
        PrinterStatus.UNKNOWN
    )


def test_serial_missing_port_is_offline() -> None:
    printer = ReceiptPrinter(SerialConnection("/dev/does-not-exist-tty"))
    with pytest.raises(PrinterOffline, match="serial printer /dev/does-not-exist-tty"):
        printer.open_drawer()


# -- virtual -------------------------------------------------------------------------------


def test_virtual_keeps_jobs_and_all_bytes(receipt: Receipt) -> None:
    connection = VirtualConnection()
    printer = ReceiptPrinter(connection)
    printer.print_receipt(receipt)
    printer.open_drawer()
    assert connection.jobs == [printer.render(receipt), b"\x1bp\x0022"]
    assert connection.data == printer.render(receipt) + b"\x1bp\x0022"
    escpos_printer = connection.open("TM-T88V")
    escpos_printer.text("abc")
    assert escpos_printer.data == b"\x1bt\x00abc"
    escpos_printer.close()
    assert connection.jobs[-1] == b"\x1bt\x00abc"


def test_virtual_status_is_unknown_unless_it_answers() -> None:
    connection = VirtualConnection()
    printer = ReceiptPrinter(connection)
    assert printer.status() is PrinterStatus.UNKNOWN
    connection.answers_status = True
    assert printer.status() is PrinterStatus.ONLINE
    connection.paper_out = True
    assert printer.status() is PrinterStatus.PAPER_OUT
    connection.offline = True
    assert printer.status() is PrinterStatus.OFFLINE
    assert connection.jobs == []  # status requests are not printed


def test_virtual_failures_raise_clear_errors(receipt: Receipt) -> None:
    connection = VirtualConnection(paper_out=True)
    printer = ReceiptPrinter(connection)
    with pytest.raises(PaperOut, match=r"^The receipt printer \(virtual printer\) is out of paper"):
        printer.print_receipt(receipt)
    connection.paper_out = False
    connection.offline = True
    with pytest.raises(PrinterOffline, match="not reachable"):
        printer.print_receipt(receipt)
    assert connection.jobs == []
    assert issubclass(PaperOut, PrinterError)
    assert issubclass(PrinterOffline, PrinterError)


def test_printer_can_be_driven_from_worker_threads(receipt: Receipt) -> None:
    connection = VirtualConnection()
    printer = ReceiptPrinter(connection)
    errors: list[BaseException] = []

    def work() -> None:
        try:
            for _ in range(5):
                printer.print_receipt(receipt)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert errors == []
    assert connection.jobs == [printer.render(receipt)] * 20


def test_unknown_profile_fails_at_construction() -> None:
    with pytest.raises(ValueError, match="No-Such-Printer"):
        ReceiptPrinter(VirtualConnection(), profile="No-Such-Printer")


# -- status decoding -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("printer_reply", "paper_reply", "expected"),
    [
        (None, None, PrinterStatus.UNKNOWN),
        (b"", b"", PrinterStatus.UNKNOWN),
        (b"\x10\x04\x01", b"", PrinterStatus.UNKNOWN),  # an echo, not a reply
        (b"\x12", b"\x12", PrinterStatus.ONLINE),
        (b"\x12", b"", PrinterStatus.ONLINE),
        (b"\x12", b"\x1e", PrinterStatus.ONLINE),  # near end is still printing
        (b"\x1a", b"\x12", PrinterStatus.OFFLINE),  # e.g. cover open
        (b"\x1a", b"\x72", PrinterStatus.PAPER_OUT),
    ],
)
def test_interpret_status(
    printer_reply: bytes | None, paper_reply: bytes | None, expected: PrinterStatus
) -> None:
    assert interpret_status(printer_reply, paper_reply) is expected
