"""``zvt-sim``: run the simulated ZVT terminal on a TCP port or a pty until Ctrl+C."""

from __future__ import annotations

import argparse
import logging
import threading
from typing import Literal

from drivers.payment.sim.servers import PtySimulator, TcpSimulator
from drivers.payment.sim.terminal import SCENARIOS, STEPS, Scenario, SimulatedTerminal


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="zvt-sim", description=__doc__)
    parser.add_argument("--port", type=int, default=20007, help="TCP port (0: any free one)")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument(
        "--serial-over-tcp",
        action="store_true",
        help="DLE-framed serial protocol on the TCP port (for pyserial socket:// clients)",
    )
    parser.add_argument("--pty", action="store_true", help="serve on a pty instead of TCP")
    parser.add_argument(
        "--scenario",
        default="approve",
        help=f"one of {', '.join(SCENARIOS)} (decline:CODE, slow:SECONDS, drop:STEP with STEP "
        f"in {', '.join(STEPS)})",
    )
    parser.add_argument("--encoding", default="cp437")
    parser.add_argument(
        "--tid-in-tlv",
        action="store_true",
        help="status enquiry: the terminal id only as TLV 1F44 (as some terminals do)",
    )
    parser.add_argument(
        "--nested-receipt-type",
        action="store_true",
        help="06 D3: the receipt type 1F07 inside TLV 25 (older terminals) instead of beside it",
    )
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    try:
        scenario = Scenario.parse(args.scenario)
    except ValueError as exc:
        parser.error(str(exc))
    terminal = SimulatedTerminal(scenario, args.encoding)
    terminal.terminal_id_in_tlv = args.tid_in_tlv
    terminal.nested_receipt_type = args.nested_receipt_type
    server: PtySimulator | TcpSimulator
    if args.pty:
        server = PtySimulator(terminal).start()
        print(f"ZVT simulator on {server.device} ({scenario.name})", flush=True)
    else:
        framing: Literal["raw", "serial"] = "serial" if args.serial_over_tcp else "raw"
        server = TcpSimulator(terminal, args.host, args.port, framing).start()
        print(
            f"ZVT simulator on {args.host}:{server.port} ({framing}, {scenario.name})", flush=True
        )
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0
