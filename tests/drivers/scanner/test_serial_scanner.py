"""The serial scanner over real pyserial transports: a pty pair (as a USB-CDC scanner looks
to Linux), ``socket://`` to a loopback server, and ``loop://``; unplug and replug included."""

from __future__ import annotations

import contextlib
import os
import queue
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from drivers.scanner import available_scanners
from drivers.scanner.reads import ScannerState, ScanRead, Symbology
from drivers.scanner.serial import SerialScanner, parse_terminator

WAIT = 5.0
GS = b"\x1d"
MARKING = b"0104600439931256215Jj:+r/PmQ:c" + GS + b"91FFD0" + GS + b"92dGVzdHNpZ25hdHVyZQ=="


class Events:
    """Collects what a backend reports from its thread."""

    def __init__(self) -> None:
        self.reads: queue.Queue[ScanRead] = queue.Queue()
        self.states: queue.Queue[ScannerState] = queue.Queue()

    def on_read(self, read: ScanRead) -> None:
        self.reads.put(read)

    def on_state(self, state: ScannerState, _detail: str) -> None:
        self.states.put(state)

    def read(self) -> ScanRead:
        return self.reads.get(timeout=WAIT)

    def wait_state(self, wanted: ScannerState) -> None:
        while (state := self.states.get(timeout=WAIT)) is not wanted:
            pass
        assert state is wanted

    def no_more_reads(self, seconds: float = 0.3) -> bool:
        try:
            self.reads.get(timeout=seconds)
        except queue.Empty:
            return True
        return False


class Pty:
    """A pty pair reached through a stable symlink, like /dev/serial/by-id/...; ``replug``
    makes a new pair behind the same link."""

    def __init__(self, link: Path) -> None:
        self.link = link
        self.plug()

    def plug(self) -> None:
        self.master, self.slave = os.openpty()
        self.link.unlink(missing_ok=True)
        self.link.symlink_to(os.ttyname(self.slave))

    def unplug(self) -> None:
        os.close(self.master)
        os.close(self.slave)

    def write(self, data: bytes) -> None:
        os.write(self.master, data)


@pytest.fixture
def pty(tmp_path: Path) -> Iterator[Pty]:
    device = Pty(tmp_path / "ttyScanner")
    yield device
    for fd in (device.master, device.slave):
        with contextlib.suppress(OSError):
            os.close(fd)


def started(scanner: SerialScanner) -> tuple[SerialScanner, Events]:
    events = Events()
    scanner.start(events.on_read, events.on_state)
    events.wait_state(ScannerState.READY)
    return scanner, events


def test_serial_is_a_registered_scanner_kind() -> None:
    assert available_scanners()["serial"] is SerialScanner


def test_reads_with_aim_identifiers_over_a_pty(pty: Pty) -> None:
    scanner, events = started(SerialScanner(url=str(pty.link), baudrate=115200))
    try:
        pty.write(b"]E05901234123457\r]d2" + MARKING + b"\r]Q1omnitill:promo:abc\r")
        first, second, third = events.read(), events.read(), events.read()
        assert (first.data, first.symbology) == (b"5901234123457", Symbology.EAN13)
        assert (second.data, second.symbology) == (MARKING, Symbology.GS1_DATAMATRIX)
        assert (third.data, third.symbology) == (b"omnitill:promo:abc", Symbology.QR)
        assert first.source == f"serial:{pty.link}"
    finally:
        scanner.stop()


def test_a_code_split_over_several_writes_is_one_read(pty: Pty) -> None:
    scanner, events = started(SerialScanner(url=str(pty.link), terminator="crlf"))
    try:
        for part in (b"59012", b"3412", b"3457\r", b"\n"):
            pty.write(part)
        assert events.read().data == b"5901234123457"
        assert events.no_more_reads()
    finally:
        scanner.stop()


def test_noise_and_garbage_are_dropped_and_the_next_code_still_reads(pty: Pty) -> None:
    scanner, events = started(SerialScanner(url=str(pty.link)))
    try:
        pty.write(b"\x00\x00\xff\r")  # line noise only
        pty.write(b"\xfe\xfa\x80\x81\r")  # garbage: not text
        pty.write(b"abc\x07def\r")  # a control byte no code carries
        pty.write(b"\x00\x004006381333931\r")  # noise in front of a good code
        assert events.read().data == b"4006381333931"
        assert events.no_more_reads()
    finally:
        scanner.stop()


def test_a_half_scan_is_discarded_not_glued_to_the_next_code(
    pty: Pty, caplog: pytest.LogCaptureFixture
) -> None:
    scanner, events = started(SerialScanner(url=str(pty.link), half_scan_timeout_s=0.2))
    try:
        pty.write(b"590123")  # the scanner lost the rest of this one
        deadline = time.monotonic() + WAIT
        while "half scan discarded" not in caplog.text and time.monotonic() < deadline:
            time.sleep(0.02)
        assert "half scan discarded" in caplog.text
        assert events.no_more_reads(0.1)
        pty.write(b"96385074\r")
        assert events.read().data == b"96385074"
    finally:
        scanner.stop()


def test_unplug_and_replug_reconnects_without_a_restart(pty: Pty) -> None:
    scanner, events = started(SerialScanner(url=str(pty.link), reconnect_s=0.1))
    try:
        pty.write(b"96385074\r")
        assert events.read().data == b"96385074"
        pty.unplug()
        events.wait_state(ScannerState.DISCONNECTED)
        pty.plug()
        events.wait_state(ScannerState.READY)
        pty.write(b"4006381333931\r")
        assert events.read().data == b"4006381333931"
    finally:
        scanner.stop()
    events.wait_state(ScannerState.CLOSED)


def test_a_missing_port_reports_disconnected_and_stop_ends_the_retries(tmp_path: Path) -> None:
    scanner = SerialScanner(url=str(tmp_path / "nothing-here"), reconnect_s=0.05)
    events = Events()
    scanner.start(events.on_read, events.on_state)
    events.wait_state(ScannerState.DISCONNECTED)
    scanner.stop()
    events.wait_state(ScannerState.CLOSED)


class Bridge:
    """A loopback TCP server standing in for a network serial bridge."""

    def __init__(self) -> None:
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.server.settimeout(0.05)  # close() does not wake a blocked accept()
        self.clients: queue.Queue[socket.socket] = queue.Queue()
        self._closing = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        while not self._closing.is_set():
            try:
                conn, _ = self.server.accept()
            except TimeoutError:
                continue
            self.clients.put(conn)

    def close(self) -> None:
        self._closing.set()
        self._thread.join()
        self.server.close()


def test_socket_url_reads_and_reconnects_after_the_far_end_drops() -> None:
    bridge = Bridge()
    scanner, events = started(
        SerialScanner(url=f"socket://127.0.0.1:{bridge.port}", terminator="lf", reconnect_s=0.1)
    )
    try:
        conn = bridge.clients.get(timeout=WAIT)
        conn.sendall(b"]C1" + b"0109501101530003" + b"17140704" + b"10AB-123\n")
        read = events.read()
        assert read.symbology is Symbology.GS1_128
        assert read.data == b"010950110153000317140704" + b"10AB-123"
        conn.close()  # unplugged
        events.wait_state(ScannerState.DISCONNECTED)
        events.wait_state(ScannerState.READY)
        again = bridge.clients.get(timeout=WAIT)
        again.sendall(b"96385074\n")
        assert events.read().data == b"96385074"
        again.close()
    finally:
        scanner.stop()
        bridge.close()


def test_loop_url_reads_back_what_is_written_to_it() -> None:
    scanner = SerialScanner(url="loop://", terminator="\\x03")
    port = scanner._open()  # loop:// is per-instance: drive the backend's reader directly
    events = Events()
    port.write(b"5901234123457\x03]Q1https://id.gs1.org/01/09506000134352\x03")
    reader = threading.Thread(target=scanner._read_until_gone, args=(port, events.on_read))
    reader.start()
    try:
        assert events.read().data == b"5901234123457"
        assert events.read().symbology is Symbology.QR
    finally:
        scanner._stop.set()
        reader.join()
        port.close()


@pytest.mark.parametrize(
    ("name", "raw"),
    [("cr", b"\r"), ("CRLF", b"\r\n"), ("lf", b"\n"), ("\\x03", b"\x03"), ("#", b"#")],
)
def test_terminators(name: str, raw: bytes) -> None:
    assert parse_terminator(name) == raw


@pytest.mark.parametrize(
    "options",
    [
        {"parity": "X"},
        {"terminator": ""},
        {"baudrate": "nine"},
        {"baudrate": 0},
        {"bytesize": 9},
        {"stopbits": 3},
        {"reconnect_s": 0},
        {"half_scan_timeout_s": "soon"},
    ],
)
def test_bad_options_are_refused(options: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        SerialScanner(**options)  # type: ignore[arg-type]
