"""BMP fields: the numbered data fields of ZVT APDUs, and their BCD encodings.

Each BMP is one byte followed by a value whose size the BMP number fixes: a fixed number of
bytes, an LLVAR/LLLVAR (length as two/three bytes ``Fx``, one decimal digit each), or the
TLV container (BMP 06, BER length). The table is PA00P015's whole BMP summary, so every field
a terminal may send is read by its own length class. PA00P015 gives no length rule for a
number outside that table, so such a BMP cannot be skipped: parsing stops there, names it
(``Fields.unknown``) and keeps the unread bytes (``Fields.rest``) for the caller's log.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from drivers.payment.zvt import tlv
from drivers.payment.zvt.apdu import ApduError

Kind = Literal["fixed", "llvar", "lllvar", "tlv"]

# number -> (kind, size for fixed fields); the BMP summary of PA00P015 (revision 13).
BMP_FORMATS: dict[int, tuple[Kind, int]] = {
    0x01: ("fixed", 1),  # timeout
    0x02: ("fixed", 1),  # max. status infos
    0x03: ("fixed", 1),  # service byte
    0x04: ("fixed", 6),  # amount, BCD, minor units
    0x05: ("fixed", 1),  # pump number
    0x06: ("tlv", 0),  # TLV container
    0x0B: ("fixed", 3),  # trace number, BCD
    0x0C: ("fixed", 3),  # time HHMMSS, BCD
    0x0D: ("fixed", 2),  # date MMDD, BCD
    0x0E: ("fixed", 2),  # expiry YYMM, BCD
    0x17: ("fixed", 2),  # card sequence number, BCD
    0x19: ("fixed", 1),  # payment type / status byte
    0x22: ("llvar", 0),  # PAN (masked), BCD, E = masked digit, F = filler
    0x23: ("llvar", 0),  # track 2
    0x24: ("lllvar", 0),  # track 3
    0x27: ("fixed", 1),  # result code
    0x29: ("fixed", 4),  # terminal id, BCD
    0x2A: ("fixed", 15),  # VU number, ASCII
    0x2D: ("llvar", 0),  # track 1
    0x2E: ("lllvar", 0),  # synchronous chip data
    0x37: ("fixed", 3),  # trace number of the original transaction, BCD
    0x3A: ("fixed", 2),  # CVV/CVC
    0x3B: ("fixed", 8),  # AID: the authorisation attribute (approval code), ASCII, 00-padded
    0x3C: ("lllvar", 0),  # additional data / text
    0x3D: ("fixed", 3),  # password, BCD
    0x49: ("fixed", 2),  # currency code, ISO 4217 numeric, BCD
    0x60: ("lllvar", 0),  # individual totals (end-of-day)
    0x87: ("fixed", 2),  # receipt number, BCD
    0x88: ("fixed", 3),  # turnover record number, BCD
    0x8A: ("fixed", 1),  # card type (ZVT card-type id)
    0x8B: ("llvar", 0),  # card name (real terminals end it with 00)
    0x8C: ("fixed", 1),  # card type id of the network operator
    0x92: ("lllvar", 0),  # additional data, ec-Cash with chip offline
    0x9A: ("lllvar", 0),  # Geldkarte payment data
    0xA0: ("fixed", 1),  # result code AS
    0xA7: ("llvar", 0),  # chip data, EF_ID
    0xAA: ("fixed", 3),  # date YYMMDD, BCD
    0xAF: ("lllvar", 0),  # EF_Info
    0xBA: ("fixed", 5),  # AID parameter
    0xD0: ("fixed", 1),  # algorithm key
    0xD1: ("llvar", 0),  # card offset / PIN data
    0xD2: ("fixed", 1),  # direction
    0xD3: ("fixed", 1),  # key position
    0xE0: ("fixed", 1),  # min. length of the input
    **{0xE1 + i: ("llvar", 0) for i in range(8)},  # E1-E8: text2 lines 1-8
    0xE9: ("fixed", 1),  # max. length of the input
    0xEA: ("fixed", 1),  # echo the input
    0xEB: ("fixed", 8),  # MAC over text 1 and text 2
    0xF0: ("fixed", 1),  # display duration
    **{0xF1 + i: ("llvar", 0) for i in range(8)},  # F1-F8: text1 lines 1-8
    0xF9: ("fixed", 1),  # number of beep tones
    0xFA: ("fixed", 1),  # status
    0xFB: ("fixed", 1),  # confirm the input with OK
    0xFC: ("fixed", 1),  # dialog control
}
# The BMPs that carry text (not BCD or binary): terminals pad them with 00 or spaces.
TEXT_BMPS = frozenset({0x2A, 0x3C, 0x8B, *range(0xE1, 0xE9), *range(0xF1, 0xF9)})


@dataclass(frozen=True, slots=True)
class Fields:
    """BMPs in order of appearance (first value wins on lookup) and unparsed rest.

    ``unknown`` is the BMP number parsing stopped at (not in PA00P015's table), else None.
    """

    items: tuple[tuple[int, bytes], ...]
    rest: bytes = b""
    unknown: int | None = None

    def get(self, number: int) -> bytes | None:
        return next((value for n, value in self.items if n == number), None)

    def __contains__(self, number: object) -> bool:
        return any(n == number for n, _ in self.items)


# --- BCD ------------------------------------------------------------------------------------


def bcd(number: int, size: int) -> bytes:
    """``number`` as ``size`` bytes of packed BCD (2 digits a byte, leading zeros)."""
    digits = str(number)
    if number < 0 or len(digits) > size * 2:
        raise ApduError(f"{number} does not fit {size} BCD bytes")
    return bytes.fromhex(digits.zfill(size * 2))


def from_bcd(data: bytes) -> int:
    text = data.hex()
    if not text.isdigit():
        raise ApduError(f"not BCD: {text}")
    return int(text) if text else 0


def bcd_text(data: bytes) -> str:
    text = data.hex()
    if not text.isdigit():
        raise ApduError(f"not BCD: {text}")
    return text


def _var_length(data: bytes, pos: int, count: int) -> tuple[int, int]:
    if pos + count > len(data):
        raise ApduError("LLVAR length cut short")
    value = 0
    for byte in data[pos : pos + count]:
        if byte & 0xF0 != 0xF0 or byte & 0x0F > 9:
            raise ApduError(f"bad LLVAR length byte {byte:02x}")
        value = value * 10 + (byte & 0x0F)
    return value, pos + count


def var_length(n: int, count: int) -> bytes:
    digits = str(n).zfill(count)
    if len(digits) > count:
        raise ApduError(f"{n} too long for a {count}-digit length")
    return bytes(0xF0 | int(d) for d in digits)


# --- fields ---------------------------------------------------------------------------------


def parse(data: bytes, start: int = 0) -> Fields:
    """Parse BMPs from ``start``; stops at a BMP PA00P015 does not define (``rest``)."""
    items: list[tuple[int, bytes]] = []
    pos = start
    while pos < len(data):
        number = data[pos]
        fmt = BMP_FORMATS.get(number)
        if fmt is None:
            return Fields(tuple(items), data[pos:], number)
        kind, size = fmt
        pos += 1
        if kind == "fixed":
            length = size
        elif kind == "llvar":
            length, pos = _var_length(data, pos, 2)
        elif kind == "lllvar":
            length, pos = _var_length(data, pos, 3)
        else:
            length, pos = tlv.read_length(data, pos)
        if pos + length > len(data):
            raise ApduError(f"BMP {number:02x} needs {length} bytes, {len(data) - pos} left")
        items.append((number, data[pos : pos + length]))
        pos += length
    return Fields(tuple(items))


def field(number: int, value: bytes) -> bytes:
    """Encode one BMP (the length prefix its format needs)."""
    fmt = BMP_FORMATS.get(number)
    if fmt is None:
        raise ApduError(f"BMP {number:02x} is not defined by PA00P015: no length rule to send it")
    kind, size = fmt
    if kind == "fixed":
        if len(value) != size:
            raise ApduError(f"BMP {number:02x} is {size} bytes, not {len(value)}")
        return bytes([number]) + value
    if kind == "llvar":
        return bytes([number]) + var_length(len(value), 2) + value
    if kind == "lllvar":
        return bytes([number]) + var_length(len(value), 3) + value
    return bytes([number]) + tlv.encode_length(len(value)) + value


def masked_pan(value: bytes) -> str:
    """BMP 22 as text: masked digits (nibble E) become ``*``, fillers (F) are dropped."""
    out = []
    for nibble in value.hex():
        if nibble.isdigit():
            out.append(nibble)
        elif nibble == "e":
            out.append("*")
        elif nibble != "f":
            raise ApduError("bad PAN nibble")
    return "".join(out)


def text(value: bytes, encoding: str) -> str:
    """A text BMP or TLV text as a string: real terminals end or pad it with 00 or spaces
    (``"MasterCard\\x00"``), which is not part of the text."""
    return value.decode(encoding, errors="replace").strip("\x00 ")


def line(value: bytes, encoding: str) -> str:
    """A receipt/display line: trailing 00/space padding dropped, leading spaces kept (layout)."""
    return value.decode(encoding, errors="replace").rstrip("\x00 ").replace("\x00", "")
