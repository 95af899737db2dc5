"""The simulator's own reading and writing of ZVT fields, apart from the driver's code.

It reads what an ECR sends (BMPs by their PA00P015 length class, the BER-TLV container with
every length form) and writes what a real terminal sends: the receipt type 1F07 at the top
level of BMP 06 beside the text TLV 25, the card name with its trailing 00, the terminal id in
TLV 1F44 where a terminal does so. The driver and this module are written apart so each
checks the other.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# PA00P015's BMP summary, by length class (the driver keeps the same facts as one table).
FIXED_SIZES: dict[int, int] = {
    0x01: 1, 0x02: 1, 0x03: 1, 0x04: 6, 0x05: 1, 0x0B: 3, 0x0C: 3, 0x0D: 2, 0x0E: 2,
    0x17: 2, 0x19: 1, 0x27: 1, 0x29: 4, 0x2A: 15, 0x37: 3, 0x3A: 2, 0x3B: 8, 0x3D: 3,
    0x49: 2, 0x87: 2, 0x88: 3, 0x8A: 1, 0x8C: 1, 0xA0: 1, 0xAA: 3, 0xBA: 5,
    0xD0: 1, 0xD2: 1, 0xD3: 1, 0xE0: 1, 0xE9: 1, 0xEA: 1, 0xEB: 8,
    0xF0: 1, 0xF9: 1, 0xFA: 1, 0xFB: 1, 0xFC: 1,
}  # fmt: skip
LLVAR = frozenset({0x22, 0x23, 0x2D, 0x8B, 0xA7, 0xD1, *range(0xE1, 0xE9), *range(0xF1, 0xF9)})
LLLVAR = frozenset({0x24, 0x2E, 0x3C, 0x60, 0x92, 0x9A, 0xAF})
TLV_CONTAINER = 0x06

RECEIPT_TYPES = {"merchant": 1, "customer": 2, "admin": 3}


class BadMessage(ValueError):
    """Bytes from the ECR that no PA00P015 rule reads (answered with 84 9A)."""


# --- writing ----------------------------------------------------------------------------------


def bcd(number: int, size: int) -> bytes:
    return bytes.fromhex(f"{number:0{size * 2}d}")


def unbcd(data: bytes) -> int:
    text = data.hex()
    if not text.isdigit():
        raise BadMessage(f"not BCD: {text}")
    return int(text)


def var_prefix(n: int, digits: int) -> bytes:
    text = f"{n:0{digits}d}"
    if len(text) > digits:
        raise BadMessage(f"{n} bytes do not fit a {digits}-digit length")
    return bytes(0xF0 + int(d) for d in text)


def llvar(data: bytes) -> bytes:
    return var_prefix(len(data), 2) + data


def lllvar(data: bytes) -> bytes:
    return var_prefix(len(data), 3) + data


def ber_length(n: int) -> bytes:
    if n < 0x80:
        return bytes([n])
    if n < 0x100:
        return bytes([0x81, n])
    return bytes([0x82, n >> 8, n & 0xFF])


def ber(tag: bytes, value: bytes) -> bytes:
    return tag + ber_length(len(value)) + value


def container(*items: bytes) -> bytes:
    """BMP 06 holding the given TLV items."""
    body = b"".join(items)
    return bytes([TLV_CONTAINER]) + ber_length(len(body)) + body


def masked_pan_bcd(text: str) -> bytes:
    nibbles = "".join("e" if c == "*" else c for c in text)
    if len(nibbles) % 2:
        nibbles += "f"
    return bytes.fromhex(nibbles)


def text_block(kind: str, lines: list[str], encoding: str, *, nested_type: bool = False) -> bytes:
    """The data of a 06 D3: ``06 <len> 1F07 01 <type> 25 <len> (07 <len> <line>)*``.

    ``nested_type`` puts 1F07 inside 25 instead (what some older terminals do).
    """
    kind_tlv = ber(b"\x1f\x07", bytes([RECEIPT_TYPES[kind]]))
    text_lines = b"".join(ber(b"\x07", line.encode(encoding)) for line in lines)
    if nested_type:
        return container(ber(b"\x25", kind_tlv + text_lines))
    return container(kind_tlv, ber(b"\x25", text_lines))


# --- reading ----------------------------------------------------------------------------------


def _var_length(data: bytes, pos: int, digits: int) -> tuple[int, int]:
    raw = data[pos : pos + digits]
    if len(raw) != digits or any(b >> 4 != 0xF or b & 0xF > 9 for b in raw):
        raise BadMessage(f"bad {digits}-digit length at {pos}")
    return int("".join(str(b & 0xF) for b in raw)), pos + digits


def read_ber_length(data: bytes, pos: int) -> tuple[int, int]:
    """A BER length: one byte below 80, or 81 xx, or 82 xx xx (big-endian)."""
    if pos >= len(data):
        raise BadMessage("TLV length missing")
    first = data[pos]
    if first < 0x80:
        return first, pos + 1
    if first == 0x81 and pos + 2 <= len(data):
        return data[pos + 1], pos + 2
    if first == 0x82 and pos + 3 <= len(data):
        return data[pos + 1] << 8 | data[pos + 2], pos + 3
    raise BadMessage(f"TLV length form {first:02x} not read here")


def read_bmps(data: bytes, pos: int = 0) -> dict[int, bytes]:
    """Every BMP from ``pos`` to the end, by its length class; an undefined one is refused."""
    found: dict[int, bytes] = {}
    while pos < len(data):
        number = data[pos]
        pos += 1
        if number in FIXED_SIZES:
            size = FIXED_SIZES[number]
        elif number in LLVAR:
            size, pos = _var_length(data, pos, 2)
        elif number in LLLVAR:
            size, pos = _var_length(data, pos, 3)
        elif number == TLV_CONTAINER:
            size, pos = read_ber_length(data, pos)
        else:
            raise BadMessage(f"BMP {number:02x} is not in PA00P015")
        if pos + size > len(data):
            raise BadMessage(f"BMP {number:02x} cut short")
        found.setdefault(number, data[pos : pos + size])
        pos += size
    return found


def read_tlv(data: bytes) -> list[tuple[bytes, bytes]]:
    """(tag, value) pairs; tags of several bytes (low five bits 1F, then while bit 8 is set)."""
    items: list[tuple[bytes, bytes]] = []
    pos = 0
    while pos < len(data):
        start = pos
        pos += 1
        if data[start] & 0x1F == 0x1F:
            while pos < len(data) and data[pos] & 0x80:
                pos += 1
            pos += 1
        if pos > len(data):
            raise BadMessage("TLV tag cut short")
        tag = data[start:pos]
        size, pos = read_ber_length(data, pos)
        if pos + size > len(data):
            raise BadMessage(f"TLV {tag.hex()} cut short")
        items.append((tag, data[pos : pos + size]))
        pos += size
    return items


@dataclass(frozen=True)
class Registration:
    """What an ECR's 06 00 asked for."""

    config_byte: int
    currency: int | None = None
    service_byte: int | None = None
    permitted: frozenset[bytes] = field(default_factory=frozenset)  # from TLV 26 > 0A


def _permitted(tlv_data: bytes) -> frozenset[bytes]:
    commands: set[bytes] = set()
    for tag, value in read_tlv(tlv_data):
        if tag == b"\x26":
            commands.update(v for t, v in read_tlv(value) if t == b"\x0a")
    return frozenset(commands)


# ISO 4217 numeric codes whose BCD starts with 03 or 06, the first bytes of BMPs 03 and 06:
# only for these can a registration read both with and without a currency.
AMBIGUOUS_CURRENCIES = frozenset(
    {320, 324, 328, 332, 340, 344, 348, 352, 356, 360, 364, 368, 376, 388, 392, 398}
    | {600, 604, 608, 634, 643, 646, 654, 682, 690, 694}
)


def read_registration(data: bytes, password: bytes) -> Registration:
    """``<password> <config> [<CC>] [03 <service>] [06 <TLV>]``: the currency is optional.

    After the config byte the rest reads either as 2 BCD bytes of currency (0000-0999) and
    then BMPs 03/06, or as BMPs 03/06 alone. Only a rest starting 03 or 06 can read both
    ways; then it is a currency if it names an assigned ISO 4217 code, else BMPs.
    """
    if len(data) < 4 or data[:3] != password:
        raise BadMessage("wrong password")
    config, rest = data[3], data[4:]
    readings: list[tuple[int | None, dict[int, bytes]]] = []
    for currency_size in (2, 0):
        if len(rest) < currency_size:
            continue
        try:
            currency = unbcd(rest[:2]) if currency_size else None
            fields = read_bmps(rest, currency_size)
        except BadMessage:
            continue
        if (currency is None or currency < 1000) and set(fields) <= {0x03, TLV_CONTAINER}:
            readings.append((currency, fields))
    if not readings:
        raise BadMessage("registration does not read as PA00P015 lays it out")
    if len(readings) == 2 and readings[0][0] not in AMBIGUOUS_CURRENCIES:
        readings.pop(0)
    currency, fields = readings[0]
    service = fields.get(0x03)
    return Registration(
        config,
        currency,
        service[0] if service else None,
        _permitted(fields[TLV_CONTAINER]) if TLV_CONTAINER in fields else frozenset(),
    )
