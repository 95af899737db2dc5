"""Serial framing of ZVT: ``DLE STX`` + APDU (each DLE doubled) + ``DLE ETX`` + CRC.

The CRC is CRC-16/KERMIT (polynomial 0x1021 reflected = 0x8408, initial 0) over the
un-doubled APDU and the ETX byte, sent low byte first. The receiver answers ``ACK`` or
``NAK`` with one byte.
"""

from __future__ import annotations

DLE = 0x10
STX = 0x02
ETX = 0x03
ACK = 0x06
NAK = 0x15


def _table() -> list[int]:
    table = []
    for byte in range(256):
        crc = byte
        for _ in range(8):
            crc = (crc >> 1) ^ 0x8408 if crc & 1 else crc >> 1
        table.append(crc)
    return table


_TABLE = _table()


def crc16_kermit(data: bytes) -> int:
    crc = 0
    for byte in data:
        crc = (crc >> 8) ^ _TABLE[(crc ^ byte) & 0xFF]
    return crc


def frame(apdu: bytes) -> bytes:
    crc = crc16_kermit(apdu + bytes([ETX]))
    stuffed = apdu.replace(b"\x10", b"\x10\x10")
    return bytes([DLE, STX]) + stuffed + bytes([DLE, ETX]) + crc.to_bytes(2, "little")


class FrameDecoder:
    """Feed bytes; complete frames come out as ``(apdu, crc_ok)``. Noise outside frames and
    stray single bytes (a late ACK) are skipped; ``DLE STX`` inside a frame restarts it."""

    MAX_FRAME = 0x10000 + 8

    def __init__(self) -> None:
        self._state = "idle"
        self._buf = bytearray()
        self._crc = bytearray()

    @property
    def busy(self) -> bool:
        """Inside a frame (its end not seen yet)."""
        return self._state not in ("idle", "idle_dle")

    def feed(self, data: bytes) -> list[tuple[bytes, bool]]:
        out: list[tuple[bytes, bool]] = []
        for byte in data:
            state = self._state
            if state == "idle":
                if byte == DLE:
                    self._state = "idle_dle"
            elif state == "idle_dle":
                self._state = "data" if byte == STX else ("idle_dle" if byte == DLE else "idle")
                self._buf.clear()
            elif state == "data":
                if byte == DLE:
                    self._state = "data_dle"
                else:
                    self._buf.append(byte)
                    if len(self._buf) > self.MAX_FRAME:
                        self._state = "idle"
            elif state == "data_dle":
                if byte == DLE:
                    self._buf.append(DLE)
                    self._state = "data"
                elif byte == ETX:
                    self._crc.clear()
                    self._state = "crc"
                elif byte == STX:
                    self._buf.clear()
                    self._state = "data"
                else:
                    self._state = "idle"  # a lone DLE: corrupt, drop the frame
            else:  # crc
                self._crc.append(byte)
                if len(self._crc) == 2:
                    apdu = bytes(self._buf)
                    expected = crc16_kermit(apdu + bytes([ETX]))
                    out.append((apdu, int.from_bytes(self._crc, "little") == expected))
                    self._state = "idle"
        return out
