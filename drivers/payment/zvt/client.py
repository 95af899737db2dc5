"""The ZVT terminal driver: the ECR side of PA00P015 over TCP or a serial line.

One operation at a time, on the caller's thread: connect, register once (06 00), send the
command, read the terminal's messages until Completion (06 0F) or Abort (06 1E), answering
each with ``80 00 00``. ``abort()`` only raises a flag; the transaction's own thread sends
``06 B0`` at its next poll, so one thread owns the link.

Outcome rules (the safety of the till hangs on these):
- ``APPROVED`` only after a Status-Information (04 0F) with result 00 *and* the Completion.
- The command is *accepted* once the terminal answered ``80 00 00``, or once the link broke
  after we wrote it (the terminal may have got it). Silence until the acknowledgement timeout
  means not accepted (a terminal starts only after acknowledging): ``FAILED``.
- Accepted and then any link failure before Completion: ``UNKNOWN``. Recovery uses Repeat
  Receipt (06 20), which makes the terminal send the Status-Information of its last
  transaction again; the caller decides whether that is the lost one (trace number).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from typing import Any, ClassVar, Literal

from drivers.payment.terminal import (
    CardResult,
    OnProgress,
    Operation,
    Outcome,
    PaymentTerminal,
    PrintedReceipt,
    Progress,
    TerminalBusy,
    TerminalError,
    TerminalStatus,
    _ignore,
)
from drivers.payment.zvt import apdu as cmd
from drivers.payment.zvt import bmp, codes, tlv
from drivers.payment.zvt.apdu import Apdu, ApduError
from drivers.payment.zvt.link import (
    Link,
    LinkError,
    SerialLink,
    SerialTransport,
    TcpLink,
    TcpTransport,
)

log = logging.getLogger(__name__)

# Registration config byte bits (PA00P015 2.1).
CONFIG_RECEIPTS_PAYMENT = 0x02  # the ECR prints payment receipts (06 D1/06 D3 to us)
CONFIG_RECEIPTS_ADMIN = 0x04  # the ECR prints administration receipts (end-of-day)
CONFIG_INTERMEDIATE_STATUS = 0x08  # the terminal sends 04 FF while it works
# ECR print-type: 1 = the terminal sends its receipts as print messages (06 D1, or 06 D3 where
# the registration lists 06 D3 as permitted); 0 = the ECR composes receipts itself from the
# status information (we then have no terminal receipt to print).
CONFIG_PRINT_MESSAGES = 0x80
DEFAULT_CONFIG = (
    CONFIG_RECEIPTS_PAYMENT
    | CONFIG_RECEIPTS_ADMIN
    | CONFIG_INTERMEDIATE_STATUS
    | CONFIG_PRINT_MESSAGES
)

POLL = 0.1  # how often a waiting transaction looks at the abort flag
RECEIPT_KINDS = {1: "merchant", 2: "customer", 3: "admin"}
TAG_PRINT_TEXTS = b"\x25"
TAG_TEXT_LINE = b"\x07"
TAG_RECEIPT_TYPE = b"\x1f\x07"
TAG_DISPLAY_TEXTS = b"\x24"
TAG_PERMITTED_COMMANDS = b"\x26"  # registration: the ZVT commands the ECR understands
TAG_COMMAND = b"\x0a"
TAG_TERMINAL_ID = b"\x1f\x44"  # some terminals give the terminal id only here, not in BMP 29
BMP_ADDITIONAL_DATA = 0x3C  # 06 01 / 06 31: additional data; carries the till's reference
MAX_REFERENCE = 99  # bytes of the reference sent (an LLLVAR allows 999; keep it short)


@dataclass(slots=True)
class ZvtConfig:
    """Settings of one ZVT terminal (the till's ``payment.options``)."""

    transport: Literal["tcp", "serial"] = "tcp"
    host: str = "127.0.0.1"
    port: int = 20007
    url: str = ""  # serial: a pyserial URL (/dev/ttyUSB0, socket://h:p, loop://)
    baudrate: int = 9600
    password: str = "000000"
    encoding: str = "cp437"
    config_byte: int = DEFAULT_CONFIG
    text_blocks: bool = True  # list 06 D3 as permitted at registration (TLV 26 / 0A)
    register_currency: bool = True  # PA00P015 makes the currency of 06 00 optional
    send_reference: bool = True  # the till's payment id in BMP 3C of 06 01 / 06 31
    connect_timeout: float = 5.0
    ack_timeout: float = 5.0  # for 80 00 00 after a command
    response_timeout: float = 180.0  # longest silence while a transaction runs
    serial_ack_timeout: float = 1.0  # for the ACK byte of a serial frame
    serial_retries: int = 3

    @classmethod
    def from_options(cls, options: dict[str, Any]) -> ZvtConfig:
        known = {f.name: f for f in fields(cls)}
        unknown = set(options) - set(known)
        if unknown:
            raise ValueError(f"unknown ZVT options: {sorted(unknown)}")
        values: dict[str, Any] = {}
        for name, value in options.items():
            default = getattr(cls(), name)
            if isinstance(default, bool):
                if not isinstance(value, bool):
                    raise ValueError(f"ZVT option {name} is true or false, not {value!r}")
                values[name] = value
            else:
                values[name] = type(default)(value)
        config = cls(**values)
        if config.transport not in ("tcp", "serial"):
            raise ValueError(f"ZVT transport must be tcp or serial, not {config.transport!r}")
        if not (len(config.password) == 6 and config.password.isdigit()):
            raise ValueError("the ZVT password is six digits")
        "".encode(config.encoding)  # LookupError for an unknown encoding
        return config


@dataclass(slots=True)
class _Run:
    """What one transaction has heard so far."""

    operation: Operation
    on_progress: OnProgress
    sent: bool = False  # the request went out whole
    accepted: bool = False
    status: bmp.Fields | None = None
    completion: bytes | None = None
    abort_code: int | None = None
    receipts: list[PrintedReceipt] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)  # 06 D1 lines of the receipt in progress


class ZvtTerminal(PaymentTerminal):
    name: ClassVar[str] = "zvt"

    def __init__(self, config: ZvtConfig, link_factory: Callable[[], Link] | None = None) -> None:
        self.config = config
        self._link_factory = link_factory or self._default_link
        self._busy = threading.Lock()
        self._abort = threading.Event()
        self._registered = False
        self._link: Link | None = None
        self._keep_open = config.transport == "serial"

    @classmethod
    def supported(cls) -> bool:
        return True  # TCP needs nothing; serial needs pyserial (checked when opened)

    @classmethod
    def from_options(cls, options: dict[str, Any]) -> ZvtTerminal:
        return cls(ZvtConfig.from_options(options))

    def _default_link(self) -> Link:
        c = self.config
        if c.transport == "tcp":
            return TcpLink(TcpTransport(c.host, c.port, c.connect_timeout), c.ack_timeout)
        if not SerialTransport.supported():
            raise TerminalError("a serial ZVT terminal needs pyserial")
        return SerialLink(
            SerialTransport(c.url, c.baudrate),
            c.ack_timeout,
            c.serial_ack_timeout,
            c.serial_retries,
        )

    def _open_link(self) -> Link:
        """TCP: a fresh connection per operation, so a stale socket is never mistaken for a
        terminal that took a request. Serial: the port stays open (opening can be slow);
        bytes left from an earlier exchange are dropped first."""
        if self._link is not None:
            dropped = self._link.drain()
            if dropped:
                log.warning("dropped %d stale bytes from the terminal", dropped)
            return self._link
        link = self._link_factory()
        link.open()
        self._link = link
        return link

    def _drop_link(self) -> None:
        link, self._link = self._link, None
        if link is not None:
            try:
                link.close()
            except Exception:
                log.exception("closing the terminal link failed")

    def close(self) -> None:
        self._drop_link()

    def describe(self) -> str:
        c = self.config
        where = f"{c.host}:{c.port}" if c.transport == "tcp" else f"{c.url} @ {c.baudrate}"
        return f"ZVT terminal {where}"

    # --- APDU builders (ECR -> PT) -----------------------------------------------------------

    def _password(self) -> bytes:
        return bytes.fromhex(self.config.password)

    def _currency(self, currency: str) -> bytes:
        number = codes.CURRENCIES.get(currency.upper())
        if number is None:
            raise TerminalError(f"currency {currency} has no ZVT code here")
        return bmp.bcd(number, 2)

    def registration_apdu(self, currency: str) -> Apdu:
        data = self._password() + bytes([self.config.config_byte])
        if self.config.register_currency:
            data += self._currency(currency)
        if self.config.text_blocks:
            permitted = tlv.Tlv(
                TAG_PERMITTED_COMMANDS, tlv.encode_tlv([tlv.Tlv(TAG_COMMAND, cmd.PRINT_TEXT_BLOCK)])
            )
            data += bmp.field(0x06, tlv.encode_tlv([permitted]))
        return Apdu(cmd.REGISTRATION, data)

    def _reference(self, reference: str) -> bytes:
        """The till's id for the payment as BMP 3C (ASCII), so the terminal's journal and
        receipts can be matched to the till's record; empty when switched off."""
        if not self.config.send_reference or not reference:
            return b""
        raw = reference.encode("ascii", errors="replace")[:MAX_REFERENCE]
        return bmp.field(BMP_ADDITIONAL_DATA, raw)

    def authorization_apdu(self, amount_minor: int, currency: str, reference: str = "") -> Apdu:
        return Apdu(
            cmd.AUTHORIZATION,
            bmp.field(0x04, bmp.bcd(amount_minor, 6))
            + bmp.field(0x49, self._currency(currency))
            + self._reference(reference),
        )

    def refund_apdu(self, amount_minor: int, currency: str, reference: str = "") -> Apdu:
        return Apdu(
            cmd.REFUND,
            self._password()
            + bmp.field(0x04, bmp.bcd(amount_minor, 6))
            + bmp.field(0x49, self._currency(currency))
            + self._reference(reference),
        )

    def reversal_apdu(self, receipt_no: int) -> Apdu:
        return Apdu(cmd.REVERSAL, self._password() + bmp.field(0x87, bmp.bcd(receipt_no, 2)))

    # --- operations --------------------------------------------------------------------------

    def sale(
        self, amount_minor: int, currency: str, reference: str, on_progress: OnProgress = _ignore
    ) -> CardResult:
        self._check_amount(amount_minor)
        log.info(
            "card sale %s: %d minor units %s on %s",
            reference,
            amount_minor,
            currency,
            self.describe(),
        )
        return self._transaction(
            Operation.SALE,
            self.authorization_apdu(amount_minor, currency, reference),
            on_progress,
            currency,
        )

    def refund(
        self, amount_minor: int, currency: str, reference: str, on_progress: OnProgress = _ignore
    ) -> CardResult:
        self._check_amount(amount_minor)
        log.info("card refund %s: %d minor units %s", reference, amount_minor, currency)
        return self._transaction(
            Operation.REFUND,
            self.refund_apdu(amount_minor, currency, reference),
            on_progress,
            currency,
        )

    def reversal(self, receipt_no: int, on_progress: OnProgress = _ignore) -> CardResult:
        log.info("card reversal of terminal receipt %d", receipt_no)
        return self._transaction(Operation.REVERSAL, self.reversal_apdu(receipt_no), on_progress)

    def end_of_day(self, on_progress: OnProgress = _ignore) -> CardResult:
        return self._transaction(
            Operation.END_OF_DAY, Apdu(cmd.END_OF_DAY, self._password()), on_progress
        )

    def recover_last(self, on_progress: OnProgress = _ignore) -> CardResult:
        return self._transaction(
            Operation.RECOVERY, Apdu(cmd.REPEAT_RECEIPT, self._password()), on_progress
        )

    def abort(self) -> None:
        self._abort.set()

    def status(self) -> TerminalStatus:
        try:
            with self._session() as link:
                return self._status_enquiry(link)
        except (LinkError, ApduError) as exc:
            raise TerminalError(str(exc)) from exc

    @contextmanager
    def _session(self) -> Iterator[Link]:
        """One operation at a time on an open link; a failed link is never reused."""
        if not self._busy.acquire(blocking=False):
            raise TerminalBusy("a transaction is running")
        try:
            link = self._open_link()
            try:
                yield link
            except BaseException:
                self._drop_link()
                raise
            if not self._keep_open:
                self._drop_link()
        finally:
            self._busy.release()

    @staticmethod
    def _check_amount(amount_minor: int) -> None:
        if not 0 < amount_minor <= 999_999_999_999:
            raise ValueError(f"amount {amount_minor} out of range")

    # --- the exchange ------------------------------------------------------------------------

    def _transaction(
        self,
        operation: Operation,
        request: Apdu,
        on_progress: OnProgress,
        currency: str = "EUR",
    ) -> CardResult:
        run = _Run(operation, on_progress)
        try:
            with self._session() as link:
                self._abort.clear()
                if not self._registered:
                    self._register(link, currency)
                link.send(request)
                run.sent = True
                run.accepted = self._await_ack(link, run)
                if run.accepted:
                    self._follow(link, run)
        except (LinkError, ApduError) as exc:
            self._registered = False
            log.warning("%s: link failed (%s); accepted=%s", operation, exc, run.accepted)
            maybe_taken = run.accepted or (run.sent and not isinstance(exc, _NotAccepted))
            if maybe_taken and operation is not Operation.RECOVERY:
                return self._result(run, Outcome.UNKNOWN, None, f"connection lost: {exc}")
            return self._result(run, Outcome.FAILED, None, str(exc))
        return self._conclude(run)

    def _register(self, link: Link, currency: str) -> None:
        link.send(self.registration_apdu(currency))
        reply = link.receive(self.config.ack_timeout)
        if reply is None:
            raise LinkError("no answer to the registration")
        if reply.is_nack:
            raise LinkError(f"registration refused ({reply.nack_code:02x})")
        if not reply.is_ack:
            raise LinkError(f"unexpected {reply} to the registration")
        # The terminal confirms with a Completion (06 0F) that it expects acknowledged.
        done = link.receive(self.config.ack_timeout)
        if done is not None:
            link.send(cmd.ack())
            if done.command != cmd.COMPLETION:
                raise LinkError(f"unexpected {done} after the registration")
        self._registered = True

    def _await_ack(self, link: Link, run: _Run) -> bool:
        reply = link.receive(self.config.ack_timeout)
        if reply is None:
            raise _NotAccepted("no acknowledgement from the terminal")
        if reply.is_ack:
            return True
        if reply.is_nack:
            run.abort_code = reply.nack_code
            return False
        # A terminal message instead of the acknowledgement: it is working on it.
        self._handle(link, run, reply)
        return True

    def _follow(self, link: Link, run: _Run) -> None:
        abort_sent = False
        quiet_since = time.monotonic()
        while run.completion is None and run.abort_code is None:
            if self._abort.is_set() and not abort_sent:
                log.info("asking the terminal to abort")
                link.send(Apdu(cmd.ABORT_FROM_ECR))
                abort_sent = True
            message = link.receive(POLL)
            if message is None:
                if time.monotonic() - quiet_since > self.config.response_timeout:
                    raise _Silent("the terminal fell silent")
                continue
            quiet_since = time.monotonic()
            self._handle(link, run, message)

    def _handle(self, link: Link, run: _Run, message: Apdu) -> None:
        command = message.command
        if message.is_ack:
            return  # the terminal's acknowledgement of our 06 B0
        if message.is_nack:
            log.info("the terminal refused our abort (%02x): too late", message.nack_code)
            return
        if command == cmd.INTERMEDIATE_STATUS:
            link.send(cmd.ack())
            self._progress(run, message.data)
        elif command == cmd.STATUS_INFORMATION:
            fields = bmp.parse(message.data)
            self._warn_unknown("status information", fields)
            run.status = fields
            link.send(cmd.ack())
        elif command == cmd.PRINT_LINE:
            link.send(cmd.ack())
            self._print_line(run, message.data)
        elif command == cmd.PRINT_TEXT_BLOCK:
            link.send(cmd.ack())
            self._print_block(run, message.data)
        elif command == cmd.COMPLETION:
            run.completion = message.data
            self._last_ack(link)
        elif command == cmd.ABORT_FROM_PT:
            run.abort_code = message.data[0] if message.data else codes.RESULT_SYSTEM_ERROR
            self._last_ack(link)
        else:
            log.warning("unexpected message %s from the terminal; refused", message)
            link.send(cmd.nack(codes.RESULT_FUNCTION_NOT_POSSIBLE))

    @staticmethod
    def _last_ack(link: Link) -> None:
        """The transaction is over once its end is heard; a lost final ack changes nothing."""
        try:
            link.send(cmd.ack())
        except LinkError as exc:
            log.info("final acknowledgement not delivered: %s", exc)

    def _progress(self, run: _Run, data: bytes) -> None:
        if not data:
            return
        code = data[0]
        text = codes.intermediate_text(code)
        try:
            # <status> [<timeout>] [06 <TLV>]: the texts, if any, are in TLV 24 > 07.
            extra = bmp.parse(data, 2)
            container = extra.get(0x06)
            if container is not None:
                shown = tlv.find(tlv.decode_tlv(container), TAG_DISPLAY_TEXTS)
                if shown is not None:
                    lines = [
                        self._text(t.value) for t in shown.children() if t.tag == TAG_TEXT_LINE
                    ]
                    text = " ".join(line.strip() for line in lines if line.strip()) or text
        except ApduError:
            pass  # the code alone is enough to show something
        try:
            run.on_progress(Progress(code, text))
        except Exception:
            log.exception("progress callback failed")

    @staticmethod
    def _warn_unknown(what: str, fields: bmp.Fields) -> None:
        if fields.unknown is not None:
            log.warning(
                "%s: BMP %02x is not defined by PA00P015 (no length rule); %d bytes from it "
                "on not read",
                what,
                fields.unknown,
                len(fields.rest),
            )

    def _text(self, raw: bytes) -> str:
        return bmp.line(raw, self.config.encoding)

    def _print_line(self, run: _Run, data: bytes) -> None:
        if not data:
            return
        attribute, text = data[0], self._text(data[1:])
        run.lines.append(text)
        if attribute & 0x80:  # last line of this receipt
            if run.operation in (Operation.END_OF_DAY,):
                kind = "admin"
            else:
                taken = {r.kind for r in run.receipts}
                kind = "merchant" if "merchant" not in taken else "customer"
            run.receipts.append(PrintedReceipt(kind, tuple(run.lines)))
            run.lines = []

    def _print_block(self, run: _Run, data: bytes) -> None:
        receipt = self.text_block(data)
        if receipt is not None:
            run.receipts.append(receipt)

    def text_block(self, data: bytes) -> PrintedReceipt | None:
        """06 D3: BMP 06 holding TLV 25 (the lines, 07 each) and the receipt type 1F07.

        Real terminals put 1F07 at the top level of BMP 06, beside 25; some put it inside 25.
        Both are read; the top-level one wins. Without any, the receipt is the customer's.
        """
        fields = bmp.parse(data)
        self._warn_unknown("print text block", fields)
        container = fields.get(0x06)
        if container is None:
            return None
        top = tlv.decode_tlv(container)
        texts = tlv.find(top, TAG_PRINT_TEXTS)
        if texts is None:
            return None
        inner = texts.children()
        kind_tag = tlv.find(top, TAG_RECEIPT_TYPE) or tlv.find(inner, TAG_RECEIPT_TYPE)
        kind = "customer"
        if kind_tag is not None and kind_tag.value:
            kind = RECEIPT_KINDS.get(kind_tag.value[0], "customer")
        lines = tuple(self._text(item.value) for item in inner if item.tag == TAG_TEXT_LINE)
        return PrintedReceipt(kind, lines)

    def _status_enquiry(self, link: Link) -> TerminalStatus:
        link.send(Apdu(cmd.STATUS_ENQUIRY, self._password()))
        reply = link.receive(self.config.ack_timeout)
        if reply is None:
            raise TerminalError("no answer to the status enquiry")
        if reply.is_nack:
            return TerminalStatus(False, reply.nack_code, codes.result_text(reply.nack_code))
        code: int | None = None
        terminal_id = ""
        software = ""
        deadline = time.monotonic() + self.config.ack_timeout
        while time.monotonic() < deadline:
            message = link.receive(POLL)
            if message is None:
                continue
            link.send(cmd.ack())
            if message.command == cmd.STATUS_INFORMATION:
                fields = bmp.parse(message.data)
                self._warn_unknown("status information", fields)
                result = fields.get(0x27)
                code = result[0] if result else code
                terminal_id = self.terminal_id(fields) or terminal_id
            elif message.command == cmd.COMPLETION:
                data = message.data
                if len(data) >= 3 and all(b & 0xF0 == 0xF0 for b in data[:3]):
                    n = int("".join(str(b & 0x0F) for b in data[:3]))
                    software = bmp.text(data[3 : 3 + n], self.config.encoding)
                    data = data[3 + n :]
                    if data:
                        code = data[0]
                        fields = bmp.parse(data, 1)
                        self._warn_unknown("status enquiry completion", fields)
                        terminal_id = self.terminal_id(fields) or terminal_id
                break
        if code is None:
            raise TerminalError("the terminal did not report its status")
        text = codes.TERMINAL_STATUS_TEXTS.get(code, f"status {code:02x}")
        return TerminalStatus(code == 0, code, text, terminal_id, software)

    @staticmethod
    def terminal_id(fields: bmp.Fields) -> str:
        """BMP 29 (4 bytes BCD), else TLV 1F44 in BMP 06 (BCD like 29, or ASCII digits)."""
        tid = fields.get(0x29)
        if tid is not None:
            return bmp.bcd_text(tid)
        container = fields.get(0x06)
        if container is None:
            return ""
        item = tlv.find(tlv.decode_tlv(container), TAG_TERMINAL_ID)
        if item is None or not item.value:
            return ""
        if all(b >> 4 < 10 and b & 0x0F < 10 for b in item.value):
            return item.value.hex()
        return bmp.text(item.value, "ascii")

    # --- results -----------------------------------------------------------------------------

    def _conclude(self, run: _Run) -> CardResult:
        if not run.accepted:
            code = run.abort_code
            text = codes.result_text(code) if code is not None else "not accepted"
            return self._result(run, Outcome.FAILED, code, f"refused the command: {text}")
        if run.abort_code is not None:
            code = run.abort_code
            if code == codes.RESULT_ABORT:
                outcome = Outcome.ABORTED
            elif code in codes.TECHNICAL_RESULTS or run.operation is Operation.RECOVERY:
                outcome = Outcome.FAILED
            else:
                outcome = Outcome.DECLINED
            return self._result(run, outcome, code, codes.result_text(code))
        status = run.status
        result = status.get(0x27) if status is not None else None
        if result is None and run.completion:
            result = bmp.parse(run.completion).get(0x27)
        if result is None:
            if run.operation is Operation.RECOVERY:
                return self._result(run, Outcome.FAILED, None, "no last transaction reported")
            if run.operation is Operation.END_OF_DAY:
                return self._result(run, Outcome.APPROVED, 0, codes.result_text(0))
            # Completed without saying how: treat as lost, the terminal knows.
            return self._result(run, Outcome.UNKNOWN, None, "completed without a result")
        code = result[0]
        if code == codes.RESULT_OK:
            outcome = Outcome.APPROVED
        elif code == codes.RESULT_ABORT:
            outcome = Outcome.ABORTED
        elif code in codes.TECHNICAL_RESULTS:
            outcome = Outcome.FAILED
        else:
            outcome = Outcome.DECLINED
        return self._result(run, outcome, code, codes.result_text(code))

    def _result(self, run: _Run, outcome: Outcome, code: int | None, text: str) -> CardResult:
        if run.lines:  # a receipt cut off without its last line
            run.receipts.append(PrintedReceipt("customer", tuple(run.lines)))
            run.lines = []
        values: dict[str, Any] = {}
        status = run.status
        if status is not None:
            try:
                values = self._status_values(status)
            except ApduError as exc:
                log.warning("status information unreadable: %s", exc)
        result = CardResult(
            outcome=outcome,
            operation=run.operation,
            result_code=code,
            result_text=text,
            receipts=tuple(run.receipts),
            **values,
        )
        log.info(
            "%s -> %s (code %s, %s) trace %s receipt %s card %s %s",
            run.operation,
            outcome,
            f"{code:02x}" if code is not None else "-",
            text,
            result.trace_no,
            result.receipt_no,
            result.card_brand,
            result.masked_pan,
        )
        return result

    def _status_values(self, status: bmp.Fields) -> dict[str, Any]:
        values: dict[str, Any] = {}
        if (amount := status.get(0x04)) is not None:
            values["amount_minor"] = bmp.from_bcd(amount)
        if (currency := status.get(0x49)) is not None:
            number = bmp.from_bcd(currency)
            values["currency"] = codes.CURRENCY_NAMES.get(number, str(number))
        if (trace := status.get(0x0B)) is not None:
            values["trace_no"] = bmp.from_bcd(trace)
        if (receipt := status.get(0x87)) is not None:
            values["receipt_no"] = bmp.from_bcd(receipt)
        if tid := self.terminal_id(status):
            values["terminal_id"] = tid
        if (pan := status.get(0x22)) is not None:
            values["masked_pan"] = bmp.masked_pan(pan)
        if (auth := status.get(0x3B)) is not None:
            values["auth_code"] = auth.rstrip(b"\x00 ").decode("ascii", errors="replace")
        name = status.get(0x8B)
        card_type = status.get(0x8A)
        brand = bmp.text(name, self.config.encoding) if name else ""
        if brand:
            values["card_brand"] = brand
        elif card_type:
            values["card_brand"] = codes.CARD_TYPES.get(card_type[0], f"card type {card_type[0]}")
        date, clock = status.get(0x0D), status.get(0x0C)
        if date is not None and clock is not None:
            values["when"] = f"{bmp.bcd_text(date)} {bmp.bcd_text(clock)}"
        return values


class _NotAccepted(LinkError):
    """No acknowledgement came: the terminal did not take the command."""


class _Silent(LinkError):
    """The terminal stopped talking in the middle of a transaction."""
