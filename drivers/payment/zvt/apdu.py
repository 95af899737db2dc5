"""ZVT APDUs: a 2-byte command (class, instruction), a length, the data.

The length is one byte; ``FF`` announces an extended length in the next two bytes, low byte
first (PA00P015, transport chapter). Replies ``80 00 00`` (positive) and ``84 xx 00``
(negative, ``xx`` an error code) are APDUs too.
"""

from __future__ import annotations

from dataclasses import dataclass


class ApduError(ValueError):
    """Bytes that are not a well-formed APDU (truncated, wrong length, bad field)."""


# Commands (class, instruction) this driver sends or understands.
REGISTRATION = b"\x06\x00"
AUTHORIZATION = b"\x06\x01"
COMPLETION = b"\x06\x0f"
ABORT_FROM_PT = b"\x06\x1e"  # the terminal reports an abort (with a result code)
REPEAT_RECEIPT = b"\x06\x20"
REVERSAL = b"\x06\x30"
REFUND = b"\x06\x31"
END_OF_DAY = b"\x06\x50"
ABORT_FROM_ECR = b"\x06\xb0"  # the till asks the terminal to abort
PRINT_LINE = b"\x06\xd1"
PRINT_TEXT_BLOCK = b"\x06\xd3"
STATUS_INFORMATION = b"\x04\x0f"
INTERMEDIATE_STATUS = b"\x04\xff"
STATUS_ENQUIRY = b"\x05\x01"
ACK = b"\x80\x00"
NACK = b"\x84"  # 84 xx: xx is the error code

MAX_DATA = 0xFFFF


@dataclass(frozen=True, slots=True)
class Apdu:
    command: bytes  # 2 bytes
    data: bytes = b""

    def __post_init__(self) -> None:
        if len(self.command) != 2:
            raise ApduError(f"a command is 2 bytes, not {len(self.command)}")
        if len(self.data) > MAX_DATA:
            raise ApduError(f"data of {len(self.data)} bytes does not fit a ZVT length")

    @property
    def is_ack(self) -> bool:
        return self.command == ACK

    @property
    def is_nack(self) -> bool:
        return self.command[:1] == NACK

    @property
    def nack_code(self) -> int:
        return self.command[1]

    def encode(self) -> bytes:
        return self.command + encode_length(len(self.data)) + self.data

    def __str__(self) -> str:  # for logs: command and size, never the data (card data)
        return f"{self.command.hex(' ')} ({len(self.data)} bytes)"


def encode_length(n: int) -> bytes:
    if not 0 <= n <= MAX_DATA:
        raise ApduError(f"length {n} out of range")
    if n < 0xFF:
        return bytes([n])
    return b"\xff" + n.to_bytes(2, "little")


def header_size(first3: bytes) -> int:
    """How many bytes the header has, given its first three (3, or 5 for an FF length)."""
    return 5 if first3[2] == 0xFF else 3


def data_length(header: bytes) -> int:
    if header[2] == 0xFF:
        if len(header) < 5:
            raise ApduError("extended length cut short")
        return int.from_bytes(header[3:5], "little")
    return header[2]


def decode(raw: bytes) -> Apdu:
    """Exactly one APDU; anything short or left over is an ``ApduError``."""
    if len(raw) < 3:
        raise ApduError(f"an APDU has at least 3 bytes, got {len(raw)}")
    size = header_size(raw[:3])
    if len(raw) < size:
        raise ApduError("extended length cut short")
    length = data_length(raw[:size])
    if len(raw) != size + length:
        raise ApduError(f"length says {length} data bytes, got {len(raw) - size}")
    return Apdu(raw[:2], raw[size:])


def ack() -> Apdu:
    return Apdu(ACK)


def nack(code: int) -> Apdu:
    return Apdu(NACK + bytes([code]))
