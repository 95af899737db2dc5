"""ZVT driver overhead per authorisation, against the simulator at zero delay.

    python -m tests.bench.bench_zvt [--sales 300]

For TCP (loopback, raw APDUs) and serial (a pty pair, DLE frames, 115200 8N2) it times
``ZvtTerminal.sale`` end to end: driver, link layer, and the simulator's own work. The
baseline, measured in the same run, replays *the same bytes in the same turns* over the same
kind of channel with no protocol code at all: the client writes each recorded ECR chunk and
reads exactly the recorded terminal bytes back, a dumb responder does the mirror image (for
TCP it also connects per authorisation, as the driver does). The ratio is driver+simulator
over raw transport. A pty does not pace bytes at the baud rate; the time a real 115200 baud
line needs for the bytes (11 bits a byte in 8N2) is printed beside it.

Targets: median and p95 <= 20 ms over TCP, <= 60 ms over serial. A MISS is reported, not
raised; the exit status is 1 only past ten times the target.
"""

from __future__ import annotations

import argparse
import os
import socket
import threading
import time
import tty
from collections.abc import Callable

from drivers.payment import Outcome
from drivers.payment.sim import PtySimulator, TcpSimulator
from drivers.payment.zvt import ZvtConfig, ZvtTerminal
from drivers.payment.zvt.link import Link, SerialLink, SerialTransport, TcpLink, TcpTransport
from tests.bench.bench_till import Series

Turn = tuple[bytes, bytes]  # what the ECR wrote, then what it read back


class Recording:
    """Wraps a transport and notes every write and read, grouped into turns."""

    def __init__(self) -> None:
        self.turns: list[list[bytearray]] = []

    def wrap(self, transport: TcpTransport | SerialTransport) -> None:
        write, read = transport.write, transport.read

        def rec_write(data: bytes) -> None:
            if not self.turns or self.turns[-1][1]:
                self.turns.append([bytearray(), bytearray()])
            self.turns[-1][0] += data
            write(data)

        def rec_read(size: int, timeout: float) -> bytes:
            data = read(size, timeout)
            if data:
                self.turns[-1][1] += data
            return data

        transport.write = rec_write  # type: ignore[method-assign]
        transport.read = rec_read  # type: ignore[method-assign]

    def result(self) -> list[Turn]:
        return [(bytes(w), bytes(r)) for w, r in self.turns]


def time_sales(terminal: ZvtTerminal, n: int) -> list[float]:
    samples = []
    for i in range(n):
        start = time.perf_counter()
        result = terminal.sale(1000 + i, "PLN", f"bench-{i}")
        samples.append(time.perf_counter() - start)
        assert result.outcome is Outcome.APPROVED, result
    return samples


def record_one(make_link: Callable[[Recording], Link], config: ZvtConfig) -> list[Turn]:
    recording = Recording()
    terminal = ZvtTerminal(config, lambda: make_link(recording))
    terminal._registered = True  # the registration happened before; record a warm sale
    assert terminal.sale(1234, "PLN", "record").outcome is Outcome.APPROVED
    terminal.close()
    return recording.result()


def read_exactly(read: Callable[[int], bytes], n: int) -> None:
    got = 0
    while got < n:
        chunk = read(n - got)
        if not chunk:
            raise RuntimeError("baseline peer closed")
        got += len(chunk)


def tcp_baseline(turns: list[Turn], n: int) -> list[float]:
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]

    def serve() -> None:
        for _ in range(n):
            conn, _ = listener.accept()
            conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            with conn:
                for ecr, pt in turns:
                    read_exactly(conn.recv, len(ecr))
                    if pt:
                        conn.sendall(pt)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    samples = []
    for _ in range(n):
        start = time.perf_counter()
        with socket.create_connection(("127.0.0.1", port)) as sock:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            for ecr, pt in turns:
                sock.sendall(ecr)
                read_exactly(sock.recv, len(pt))
        samples.append(time.perf_counter() - start)
    thread.join()
    listener.close()
    return samples


def pty_baseline(turns: list[Turn], n: int) -> list[float]:
    master, slave = os.openpty()
    tty.setraw(master)
    tty.setraw(slave)

    def serve() -> None:
        for _ in range(n):
            for ecr, pt in turns:
                read_exactly(lambda k: os.read(master, k), len(ecr))
                if pt:
                    os.write(master, pt)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    samples = []
    for _ in range(n):
        start = time.perf_counter()
        for ecr, pt in turns:
            os.write(slave, ecr)
            read_exactly(lambda k: os.read(slave, k), len(pt))
        samples.append(time.perf_counter() - start)
    thread.join()
    os.close(master)
    os.close(slave)
    return samples


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.2f} ms"


def report(title: str, driver: Series, baseline: Series, target_ms: float, extra: str) -> bool:
    ok = driver.p95 * 1000 <= target_ms  # median and p95 both within the target
    print(f"{title}")
    print(
        f"  driver   median {ms(driver.median)}  p95 {ms(driver.p95)}   "
        f"(target median and p95 <= {target_ms:.0f} ms: {'OK' if ok else 'MISS'})"
    )
    print(f"  baseline median {ms(baseline.median)}  p95 {ms(baseline.p95)}   ({baseline.name})")
    print(
        f"  ratio    median x{driver.median / baseline.median:.1f}  "
        f"p95 x{driver.p95 / baseline.p95:.1f}"
    )
    if extra:
        print(f"  {extra}")
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sales", type=int, default=300)
    args = parser.parse_args()
    n = args.sales
    print(f"ZVT authorisation, simulator at zero delay, {n} sales per series")

    with TcpSimulator() as sim:
        config = ZvtConfig(port=sim.port)
        terminal = ZvtTerminal(config)
        time_sales(terminal, 20)  # warm up (registration, imports, caches)
        tcp = Series("driver", time_sales(terminal, n))
        turns = record_one(
            lambda rec: _recorded_tcp(rec, sim.port),
            config,
        )
    tcp_base = Series(f"raw socket replay, {len(turns)} turns, connect included", [])
    tcp_base.samples = tcp_baseline(turns, n)
    sent = sum(len(w) for w, _ in turns)
    got = sum(len(r) for _, r in turns)
    ok_tcp = report("TCP loopback (raw APDUs)", tcp, tcp_base, 20, f"{sent} bytes out, {got} in")

    with PtySimulator() as psim:
        config = ZvtConfig(transport="serial", url=psim.device, baudrate=115200)
        terminal = ZvtTerminal(config)
        time_sales(terminal, 20)
        serial = Series("driver", time_sales(terminal, n))
        terminal.close()
        turns = record_one(lambda rec: _recorded_serial(rec, psim.device), config)
    pty_base = Series(f"raw pty replay, {len(turns)} turns", pty_baseline(turns, n))
    wire_bytes = sum(len(w) + len(r) for w, r in turns)
    wire = wire_bytes * 11 / 115200
    ok_serial = report(
        "Serial over a pty (DLE frames, 115200 8N2)",
        serial,
        pty_base,
        60,
        f"{wire_bytes} bytes on the line: {wire * 1000:.1f} ms at 115200 baud on a real port "
        f"(driver median + line time = {(serial.median + wire) * 1000:.1f} ms)",
    )
    return 0 if (ok_tcp or tcp.median < 0.2) and (ok_serial or serial.median < 0.6) else 1


def _recorded_tcp(recording: Recording, port: int) -> Link:
    transport = TcpTransport("127.0.0.1", port)
    recording.wrap(transport)
    return TcpLink(transport)


def _recorded_serial(recording: Recording, device: str) -> Link:
    transport = SerialTransport(device, 115200)
    recording.wrap(transport)
    return SerialLink(transport)


if __name__ == "__main__":
    raise SystemExit(main())
