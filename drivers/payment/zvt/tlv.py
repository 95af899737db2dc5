"""The BER-TLV container of ZVT (BMP 06): tags of one or more bytes, BER lengths.

A tag whose low five bits are all set continues in the next bytes while their top bit is
set; bit 6 of the first byte marks a constructed tag (its value is TLV again). A length
below 0x80 is one byte; ``81 xx`` and ``82 xx xx`` (big-endian) carry longer ones.
"""

from __future__ import annotations

from dataclasses import dataclass

from drivers.payment.zvt.apdu import ApduError


@dataclass(frozen=True, slots=True)
class Tlv:
    tag: bytes
    value: bytes

    @property
    def constructed(self) -> bool:
        return bool(self.tag[0] & 0x20)

    def children(self) -> list[Tlv]:
        return decode_tlv(self.value)


def encode_length(n: int) -> bytes:
    if n < 0:
        raise ApduError("negative TLV length")
    if n < 0x80:
        return bytes([n])
    if n <= 0xFF:
        return b"\x81" + bytes([n])
    if n <= 0xFFFF:
        return b"\x82" + n.to_bytes(2, "big")
    raise ApduError(f"TLV length {n} too long")


def read_length(data: bytes, pos: int) -> tuple[int, int]:
    """(length, position after it)."""
    if pos >= len(data):
        raise ApduError("TLV length missing")
    first = data[pos]
    if first < 0x80:
        return first, pos + 1
    count = first & 0x7F
    if count not in (1, 2) or pos + 1 + count > len(data):
        raise ApduError(f"bad TLV length form {first:02x}")
    return int.from_bytes(data[pos + 1 : pos + 1 + count], "big"), pos + 1 + count


def _read_tag(data: bytes, pos: int) -> tuple[bytes, int]:
    start = pos
    if pos >= len(data):
        raise ApduError("TLV tag missing")
    pos += 1
    if data[start] & 0x1F == 0x1F:
        while True:
            if pos >= len(data):
                raise ApduError("TLV tag cut short")
            pos += 1
            if not data[pos - 1] & 0x80:
                break
            if pos - start > 4:
                raise ApduError("TLV tag too long")
    return data[start:pos], pos


def decode_tlv(data: bytes) -> list[Tlv]:
    items: list[Tlv] = []
    pos = 0
    while pos < len(data):
        tag, pos = _read_tag(data, pos)
        length, pos = read_length(data, pos)
        if pos + length > len(data):
            raise ApduError(f"TLV {tag.hex()} says {length} bytes, {len(data) - pos} left")
        items.append(Tlv(tag, data[pos : pos + length]))
        pos += length
    return items


def encode_tlv(items: list[Tlv]) -> bytes:
    return b"".join(item.tag + encode_length(len(item.value)) + item.value for item in items)


def find(items: list[Tlv], tag: bytes) -> Tlv | None:
    return next((item for item in items if item.tag == tag), None)
