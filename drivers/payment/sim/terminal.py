"""The simulated card terminal: what a ZVT terminal does with each command, by scenario.

It keeps its own journal of transactions (trace and receipt numbers, results), so Repeat
Receipt (06 20) tells the truth about the last one, reversals find their payment and the
end-of-day sums the batch. Scenarios change how the *next* transactions go and can be set at
run time (``set_scenario``) or on the command line (``zvt-sim --scenario decline:05``).
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime

from drivers.payment.sim import codec
from drivers.payment.sim.codec import BadMessage, bcd, ber, lllvar, llvar, unbcd
from drivers.payment.sim.wire import Wire, WireClosed

log = logging.getLogger(__name__)

SCENARIOS = (
    "approve",
    "decline",  # decline[:result code hex], default 05 (refused by the issuer)
    "abort",  # the customer presses the abort key: 06 1E 6C
    "pin-retry",  # a wrong PIN first, then approved
    "slow",  # slow[:seconds between steps], default 0.5
    "timeout",  # never answers anything
    "drop-after-accept",  # authorised and recorded, then the connection drops
    "drop",  # drop:<step>: drop the connection at that step (see STEPS)
)
# The steps of an authorisation, in order; ``drop:<step>`` cuts the connection there.
STEPS = (
    "request",  # the command arrived, before the acknowledgement
    "ack",  # acknowledged, before any status
    "progress",  # after the first intermediate status
    "authorized",  # the host approved (recorded), before the status information
    "status",  # status information sent, before the ECR's acknowledgement
    "print",  # after the first print message
    "completion",  # before the completion
)

CARD_NAME = "Mastercard"  # sent as real terminals do: "Mastercard\x00"
CARD_TYPE = 0x06
MASKED_PAN = "541333******0111"  # as a terminal shows it: never a full number
TERMINAL_ID = "52500038"
PASSWORD = bytes.fromhex("000000")


@dataclass(frozen=True)
class Scenario:
    name: str = "approve"
    result_code: int = 0x05
    delay: float = 0.0
    drop_at: str = ""

    @classmethod
    def parse(cls, text: str) -> Scenario:
        name, _, arg = text.partition(":")
        if name not in SCENARIOS:
            raise ValueError(f"unknown scenario {name!r}; known: {', '.join(SCENARIOS)}")
        if name == "decline":
            return cls(name, result_code=int(arg, 16) if arg else 0x05)
        if name == "slow":
            return cls(name, delay=float(arg) if arg else 0.5)
        if name == "drop":
            if arg not in STEPS:
                raise ValueError(f"drop needs a step: {', '.join(STEPS)}")
            return cls(name, drop_at=arg)
        if name == "drop-after-accept":
            return cls("drop", drop_at="authorized")
        return cls(name)


@dataclass
class Record:
    kind: str  # sale, refund, reversal, end_of_day
    amount: int
    currency: int
    result: int
    trace: int
    receipt: int
    when: datetime
    auth_code: str = ""
    reversed: bool = False
    reference: str = ""  # the ECR's own id for it (BMP 3C), if it sent one


class _Dropped(Exception):
    """The scenario cuts the connection here."""


class _EcrAborted(Exception):
    """The ECR sent 06 B0 while we waited for the customer."""


@dataclass
class SimState:
    journal: list[Record] = field(default_factory=list)
    trace: int = 0
    receipt: int = 0
    config_byte: int = 0x00
    text_blocks: bool = False
    registration: codec.Registration | None = None
    batch_start: int = 0


def local_now() -> datetime:
    """A terminal prints its own local time."""
    return datetime.now(UTC).astimezone()


def read_amount(data: bytes) -> tuple[int | None, int | None, str]:
    """Amount (BMP 04), currency (BMP 49) and the ECR's reference (BMP 3C) of an
    authorisation/refund; every other PA00P015 BMP is read past by its length class."""
    fields = codec.read_bmps(data)
    amount = codec.unbcd(fields[0x04]) if 0x04 in fields else None
    currency = codec.unbcd(fields[0x49]) if 0x49 in fields else None
    reference = fields.get(0x3C, b"").decode("ascii", errors="replace")
    return amount, currency, reference


@dataclass(frozen=True)
class Card:
    """What the simulated card and terminal put into a status information."""

    name: str = CARD_NAME
    masked_pan: str = MASKED_PAN
    card_type: int = CARD_TYPE
    terminal_id: str = TERMINAL_ID
    vu_number: str = "4711000012345"  # the merchant's contract number at the acquirer


def status_fields(record: Record, encoding: str, card: Card = Card()) -> bytes:
    """The data of a 04 0F as real terminals send it after a payment: the BMPs in their
    order, the card name ending in 00, the VU number space-padded, a TLV container last."""
    out = b"\x27" + bytes([record.result])
    out += b"\x04" + bcd(record.amount, 6)
    out += b"\x0b" + bcd(record.trace, 3)
    out += b"\x0c" + bytes.fromhex(record.when.strftime("%H%M%S"))
    out += b"\x0d" + bytes.fromhex(record.when.strftime("%m%d"))
    if record.kind != "end_of_day":
        out += b"\x19\x40"  # payment type: online with PIN
        out += b"\x22" + llvar(codec.masked_pan_bcd(card.masked_pan))
    out += b"\x29" + bytes.fromhex(card.terminal_id)
    out += b"\x2a" + card.vu_number.encode("ascii").ljust(15, b" ")
    if record.result == 0 and record.auth_code:
        out += b"\x3b" + record.auth_code.encode("ascii").ljust(8, b"\x00")
    out += b"\x49" + bcd(record.currency, 2)
    if record.result == 0:
        out += b"\x87" + bcd(record.receipt, 2)
    if record.kind != "end_of_day":
        out += b"\x8a" + bytes([card.card_type])
        out += b"\x8c" + bytes([card.card_type])
        out += b"\x8b" + llvar(card.name.encode(encoding) + b"\x00")
        out += codec.container(ber(b"\x1f\x10", b"\x02"))  # cardholder auth.: online PIN
    return out


class SimulatedTerminal:
    """Serves one ECR connection at a time (``serve``); state survives reconnections."""

    def __init__(self, scenario: Scenario | str = "approve", encoding: str = "cp437") -> None:
        self.scenario = Scenario.parse(scenario) if isinstance(scenario, str) else scenario
        self.encoding = encoding
        self.state = SimState()
        self.lock = threading.Lock()
        self.received: list[bytes] = []  # commands seen, for tests
        self.ack_timeout = 5.0
        self._abortable = False  # the ECR's 06 B0 can still stop the running payment
        # How this terminal shapes its answers (real terminals differ; defaults as most do):
        self.nested_receipt_type = False  # 1F07 inside TLV 25 instead of beside it
        self.terminal_id_in_tlv = False  # status enquiry: TID only as TLV 1F44, no BMP 29

    def set_scenario(self, scenario: Scenario | str) -> None:
        self.scenario = Scenario.parse(scenario) if isinstance(scenario, str) else scenario
        log.info("simulator scenario: %s", self.scenario)

    @property
    def journal(self) -> list[Record]:
        return list(self.state.journal)

    # --- connection loop ---------------------------------------------------------------

    def serve(self, wire: Wire, stop: threading.Event) -> None:
        try:
            while not stop.is_set():
                message = wire.receive(0.1)
                if message is None:
                    continue
                command, data = message
                with self.lock:
                    self.received.append(command)
                    if self.scenario.name == "timeout":
                        continue  # a dead terminal: never a byte back
                    self._dispatch(wire, command, data)
        except (WireClosed, _Dropped) as exc:
            log.info("simulator connection ended: %s", exc)
        finally:
            wire.close()

    def _dispatch(self, wire: Wire, command: bytes, data: bytes) -> None:
        handlers = {
            b"\x06\x00": self._registration,
            b"\x06\x01": self._authorization,
            b"\x06\x31": self._refund,
            b"\x06\x30": self._reversal,
            b"\x06\x50": self._end_of_day,
            b"\x06\x20": self._repeat_receipt,
            b"\x05\x01": self._status_enquiry,
        }
        handler = handlers.get(command)
        if command == b"\x06\xb0":
            wire.send(b"\x80\x00")  # nothing running: nothing to abort
        elif command[:1] in (b"\x80", b"\x84"):
            pass  # a stray acknowledgement
        elif handler is None:
            wire.send(b"\x84\x83")  # function not possible
        else:
            handler(wire, data)

    # --- the conversation --------------------------------------------------------------

    def _tell(self, wire: Wire, command: bytes, data: bytes = b"") -> None:
        """Send a terminal message and wait for the ECR's 80 00 00 (06 B0 raises)."""
        wire.send(command, data)
        end = time.monotonic() + self.ack_timeout
        while time.monotonic() < end:
            reply = wire.receive(end - time.monotonic())
            if reply is None:
                break
            if reply[0] == b"\x06\xb0":
                self._ecr_abort(wire)
                continue
            if reply[0][:1] in (b"\x80", b"\x84"):
                return
        raise WireClosed("the ECR did not acknowledge")

    def _step(self, wire: Wire, step: str) -> None:
        if self.scenario.name == "drop" and self.scenario.drop_at == step:
            log.info("simulator drops the connection at %s", step)
            raise _Dropped(step)
        if self.scenario.delay:
            self._wait(wire, self.scenario.delay)

    def _wait(self, wire: Wire, seconds: float) -> None:
        """The customer takes their time; the ECR may abort meanwhile."""
        end = time.monotonic() + seconds
        while (left := end - time.monotonic()) > 0:
            reply = wire.receive(min(left, 0.05))
            if reply is not None and reply[0] == b"\x06\xb0":
                self._ecr_abort(wire)

    def _ecr_abort(self, wire: Wire) -> None:
        """06 B0 from the ECR: stop the payment unless the host already decided it."""
        self.received.append(b"\x06\xb0")
        if not self._abortable:
            wire.send(b"\x84\x83")  # too late: the card was charged or nothing runs
            return
        wire.send(b"\x80\x00")
        raise _EcrAborted()

    def _progress(self, wire: Wire, code: int) -> None:
        self._tell(wire, b"\x04\xff", bytes([code]))

    def _registration(self, wire: Wire, data: bytes) -> None:
        try:
            registration = codec.read_registration(data, PASSWORD)
        except BadMessage as exc:
            log.info("simulator refuses the registration: %s", exc)
            wire.send(b"\x84\x9a")
            return
        self.state.registration = registration
        self.state.config_byte = registration.config_byte
        # The ECR may list 06 D3 among its permitted commands (TLV 26 > 0A): then text blocks.
        self.state.text_blocks = b"\x06\xd3" in registration.permitted
        wire.send(b"\x80\x00")
        answer = b"\x19\x00\x29" + bytes.fromhex(TERMINAL_ID)
        if registration.currency is not None:  # the PT names a currency only if the ECR did
            answer += b"\x49" + bcd(registration.currency, 2)
        self._tell(wire, b"\x06\x0f", answer)

    def _authorization(self, wire: Wire, data: bytes) -> None:
        try:
            amount, currency, reference = read_amount(data)
        except BadMessage as exc:
            log.info("simulator refuses the authorisation: %s", exc)
            amount = None
        if amount is None:
            wire.send(b"\x84\x9a")
            return
        self._payment(wire, "sale", amount, currency or 978, reference)

    def _refund(self, wire: Wire, data: bytes) -> None:
        try:
            amount, currency, reference = read_amount(data[3:])
        except BadMessage as exc:
            log.info("simulator refuses the refund: %s", exc)
            amount = None
        if data[:3] != PASSWORD or amount is None:
            wire.send(b"\x84\x9a")
            return
        self._payment(wire, "refund", amount, currency or 978, reference)

    def _payment(
        self, wire: Wire, kind: str, amount: int, currency: int, reference: str = ""
    ) -> None:
        scenario = self.scenario
        self._step(wire, "request")
        wire.send(b"\x80\x00")
        self._abortable = True
        try:
            self._step(wire, "ack")
            self._progress(wire, 0x0A)  # insert card
            self._step(wire, "progress")
            if scenario.name == "abort":
                raise _EcrAborted()  # the customer's abort key ends it the same way
            self._progress(wire, 0x01)  # watch the PIN pad
            if scenario.name == "pin-retry":
                self._wait(wire, 0.01)
                self._progress(wire, 0x15)  # incorrect PIN
                self._progress(wire, 0x01)
            self._wait(wire, 0.0)
            self._progress(wire, 0x04)  # waiting for the host
        except _EcrAborted:
            self._abortable = False
            self._finish_abort(wire, 0x6C)
            return
        self._abortable = False
        result = scenario.result_code if scenario.name == "decline" else 0x00
        record = self._record(kind, amount, currency, result, reference)
        self._step(wire, "authorized")
        self._outcome(wire, record)

    def _finish_abort(self, wire: Wire, code: int) -> None:
        wire.send(b"\x06\x1e", bytes([code]))
        self._ack_quietly(wire)

    def _ack_quietly(self, wire: Wire) -> None:
        with contextlib.suppress(WireClosed):
            wire.receive(self.ack_timeout)

    def _record(
        self, kind: str, amount: int, currency: int, result: int, reference: str = ""
    ) -> Record:
        state = self.state
        state.trace += 1
        if result == 0:
            state.receipt += 1
        auth = f"{(state.trace * 7919) % 1_000_000:06d}" if result == 0 else ""
        record = Record(
            kind, amount, currency, result, state.trace, state.receipt, local_now(), auth
        )
        record.reference = reference
        state.journal.append(record)
        return record

    def _status_fields(self, record: Record) -> bytes:
        return status_fields(record, self.encoding)

    def _outcome(self, wire: Wire, record: Record, *, copy: bool = False) -> None:
        self._tell(wire, b"\x04\x0f", self._status_fields(record))
        self._step(wire, "status")
        if self.state.config_byte & 0x82 == 0x82:  # the ECR prints, from our print messages
            for kind in ("merchant", "customer"):
                self._print(wire, kind, self._receipt_lines(record, kind, copy))
                self._step(wire, "print")
        self._step(wire, "completion")
        if record.result == 0:
            self._tell(wire, b"\x06\x0f")
        else:
            self._finish_abort(wire, record.result)

    def _receipt_lines(self, record: Record, kind: str, copy: bool) -> list[str]:
        title = {"sale": "PAYMENT", "refund": "REFUND", "reversal": "REVERSAL"}[record.kind]
        amount = f"{record.amount // 100}.{record.amount % 100:02d}"
        lines = [
            "Omnitill Simulated Terminal",
            f"TID {TERMINAL_ID}   Trace {record.trace:06d}",
            record.when.strftime("%d.%m.%Y %H:%M:%S"),
            title + (" COPY" if copy else ""),
            f"{CARD_NAME}  {MASKED_PAN}",
            f"Amount {amount}",
        ]
        if record.result == 0:
            lines += [f"Receipt {record.receipt:04d}  Auth {record.auth_code}", "APPROVED"]
        else:
            lines += [f"DECLINED (code {record.result:02X})"]
        lines.append("Danke schön")  # not ASCII: shows the terminal's character set
        lines.append("Merchant copy" if kind == "merchant" else "Customer copy")
        return lines

    def _print(self, wire: Wire, kind: str, lines: list[str]) -> None:
        if self.state.text_blocks:
            block = codec.text_block(
                kind, lines, self.encoding, nested_type=self.nested_receipt_type
            )
            self._tell(wire, b"\x06\xd3", block)
        else:
            for i, line in enumerate(lines):
                last = 0x80 if i == len(lines) - 1 else 0x00
                self._tell(wire, b"\x06\xd1", bytes([last]) + line.encode(self.encoding))

    def _reversal(self, wire: Wire, data: bytes) -> None:
        if data[:3] != PASSWORD or len(data) < 6 or data[3] != 0x87:
            wire.send(b"\x84\x9a")
            return
        receipt = unbcd(data[4:6])
        wire.send(b"\x80\x00")
        original = next(
            (
                r
                for r in self.state.journal
                if r.receipt == receipt and r.result == 0 and r.kind == "sale"
            ),
            None,
        )
        if original is None or original.reversed:
            code = 0xB4 if original is not None else 0xB5
            self._finish_abort(wire, code)
            return
        original.reversed = True
        record = self._record("reversal", original.amount, original.currency, 0)
        self._outcome(wire, record)

    def _end_of_day(self, wire: Wire, data: bytes) -> None:
        if data[:3] != PASSWORD:
            wire.send(b"\x84\x9a")
            return
        wire.send(b"\x80\x00")
        batch = self.state.journal[self.state.batch_start :]
        sales = [r for r in batch if r.kind == "sale" and r.result == 0 and not r.reversed]
        refunds = [r for r in batch if r.kind == "refund" and r.result == 0]
        total = sum(r.amount for r in sales) - sum(r.amount for r in refunds)
        self._progress(wire, 0x0E)
        self.state.trace += 1
        now = local_now()
        fields = b"\x27\x00" + b"\x04" + bcd(max(total, 0), 6) + b"\x0b" + bcd(self.state.trace, 3)
        fields += b"\x0c" + bytes.fromhex(now.strftime("%H%M%S"))
        fields += b"\x0d" + bytes.fromhex(now.strftime("%m%d"))
        self._tell(wire, b"\x04\x0f", fields)
        if self.state.config_byte & 0x84 == 0x84:
            amount = f"{total // 100}.{abs(total) % 100:02d}"
            lines = [
                "END OF DAY",
                f"TID {TERMINAL_ID}",
                now.strftime("%d.%m.%Y %H:%M"),
                f"Payments {len(sales)}",
                f"Refunds {len(refunds)}",
                f"Total {amount}",
                "Batch closed",
            ]
            self._print(wire, "admin", lines)
        self.state.batch_start = len(self.state.journal)
        self._tell(wire, b"\x06\x0f")

    def _repeat_receipt(self, wire: Wire, data: bytes) -> None:
        if data[:3] != PASSWORD:
            wire.send(b"\x84\x9a")
            return
        wire.send(b"\x80\x00")
        last = next((r for r in reversed(self.state.journal)), None)
        if last is None:
            self._finish_abort(wire, 0x83)
            return
        self._tell(wire, b"\x04\x0f", self._status_fields(last))
        if self.state.config_byte & 0x82 == 0x82:
            self._print(wire, "customer", self._receipt_lines(last, "customer", True))
        self._tell(wire, b"\x06\x0f")

    def _status_enquiry(self, wire: Wire, data: bytes) -> None:
        wire.send(b"\x80\x00")
        self._tell(wire, b"\x06\x0f", self.status_completion())

    def status_completion(self) -> bytes:
        """``<software LLLVAR> <terminal status> [29 <TID>] [06 <TLV>]``; some terminals
        give the TID only as TLV 1F44 (``terminal_id_in_tlv``)."""
        out = lllvar(b"OMNISIM 1.0\x00") + b"\x00"
        if self.terminal_id_in_tlv:
            return out + codec.container(ber(b"\x1f\x44", bytes.fromhex(TERMINAL_ID)))
        return out + b"\x29" + bytes.fromhex(TERMINAL_ID)
