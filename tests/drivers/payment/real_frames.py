"""Terminal messages in the shape real ZVT terminals send them, written from PA00P015's layouts
and public descriptions of real terminals' traffic (our own bytes: no capture copied).

What real terminals do that a naive reader gets wrong: 1F07 (receipt type) at the top level
of BMP 06 beside the text TLV 25; text BMPs ending in 00 or padded with spaces (card name
"MasterCard\\x00", VU number); long text blocks with 81/82 BER lengths; the terminal id only
in TLV 1F44; BMPs such as 92 (LLLVAR) or BA after the fields the till reads.
"""

from __future__ import annotations


def apdu(command: str, data: bytes = b"") -> bytes:
    """command hex + ZVT length (FF lo hi past 254) + data."""
    n = len(data)
    length = bytes([n]) if n < 0xFF else b"\xff" + n.to_bytes(2, "little")
    return bytes.fromhex(command) + length + data


def ber(tag: str, value: bytes) -> bytes:
    n = len(value)
    if n < 0x80:
        length = bytes([n])
    elif n < 0x100:
        length = b"\x81" + bytes([n])
    else:
        length = b"\x82" + n.to_bytes(2, "big")
    return bytes.fromhex(tag) + length + value


def ll(value: bytes, digits: int = 2) -> bytes:
    return bytes(0xF0 | int(d) for d in str(len(value)).zfill(digits)) + value


def bmp06(*items: bytes) -> bytes:
    body = b"".join(items)
    return ber("06", body)


ACK = bytes.fromhex("800000")
NACK_NOT_POSSIBLE = bytes.fromhex("848300")

# 06 0F after a registration: status byte, terminal id, currency, the PT's own TLV (26: the
# commands it offers).
REGISTRATION_COMPLETION = apdu(
    "060f",
    bytes.fromhex("19002952500038490978")
    + bmp06(ber("26", ber("0a", bytes.fromhex("0601")) + ber("0a", bytes.fromhex("06d3")))),
)
# The same without a currency: what a PT answers a registration that named none.
REGISTRATION_COMPLETION_NO_CC = apdu("060f", bytes.fromhex("19002952500038"))

# 04 FF: status 0A (insert card), timeout 05 s, the terminal's own display lines.
INTERMEDIATE_WITH_TEXT = apdu(
    "04ff",
    bytes.fromhex("0a05") + bmp06(ber("24", ber("07", b"Karte bitte") + ber("07", b"  "))),
)
INTERMEDIATE_PLAIN = apdu("04ff", bytes.fromhex("0100"))  # watch the PIN pad, no timeout

STATUS_FIELDS = (
    bytes.fromhex(
        "2700"  # result: no error
        "04000000002599"  # amount 25.99
        "0b000417"  # trace 417
        "0c101503"  # 10:15:03
        "0d0314"  # 14 March
        "0e2812"  # expiry 2028-12
        "170001"  # card sequence number
        "1940"  # payment type: online, PIN
        "22f0f8541333eeeeee0111"  # masked PAN (LLVAR 8)
        "2952500038"  # terminal id
    )
    + b"\x2a"
    + b"4711000012345  "  # VU number, space-padded to 15
    + b"\x3b"
    + b"083312\x00\x00"  # approval code, 00-padded to 8
    + bytes.fromhex("490978870063880000638a068c05")
    + b"\x8b"
    + ll(b"MasterCard\x00")  # real terminals end the card name with 00
    + b"\x92"
    + ll(b"\x01\x02\x03", 3)  # additional data, ec-Cash chip offline (LLLVAR)
    + bytes.fromhex("a000baa000000004")  # result code AS, AID parameter
    + bmp06(ber("1f10", b"\x02"), ber("1f12", b"\x02"), ber("1f2b", bytes.fromhex("00000417")))
    + bytes.fromhex("aa260314")  # date YYMMDD after the container
)
STATUS_INFORMATION = apdu("040f", STATUS_FIELDS)

RECEIPT_LINES = (
    "   Kartenzahlung",  # leading spaces are layout: kept (the 00 each line ends in is not)
    "Terminal-ID 52500038",
    "Betrag EUR    25,99",
    "Genehmigt",
)


def text_block(receipt_type: int, lines: tuple[str, ...], *, nested: bool = False) -> bytes:
    """06 D3 as real terminals send it: ``06 <len> 1F07 01 <type> 25 <len> 07 <len> <line>…``;
    ``nested`` puts 1F07 inside 25 (as some older terminals do)."""
    kind = ber("1f07", bytes([receipt_type]))
    text = b"".join(ber("07", line.encode("cp437") + b"\x00") for line in lines)
    if nested:
        return apdu("06d3", bmp06(ber("25", kind + text)))
    return apdu("06d3", bmp06(kind, ber("25", text)))


MERCHANT_BLOCK = text_block(1, RECEIPT_LINES)
CUSTOMER_BLOCK = text_block(2, RECEIPT_LINES)
# A long administration receipt: the TLV and BMP 06 lengths take the 82 xx xx form.
ADMIN_LINES = tuple(f"Umsatz {i:03d}  EUR {i * 7 % 1000:6d},00" for i in range(24))
ADMIN_BLOCK = text_block(3, ADMIN_LINES)

PRINT_LINES = (
    apdu("06d1", b"\x00" + b"Kundenbeleg  \x00"),
    apdu("06d1", b"\x00" + b"EUR 25,99"),
    apdu("06d1", b"\x80" + b"Vielen Dank   "),  # 80: the last line of this receipt
)

COMPLETION = apdu("060f")
ABORT_CUSTOMER = apdu("061e", b"\x6c")  # abort via timeout or the abort key

# 06 0F to a status enquiry: software version (LLLVAR, 00-ended), terminal status 00, and the
# terminal id only as TLV 1F44 (some terminals send no BMP 29 here).
STATUS_ENQUIRY_COMPLETION_TLV = apdu(
    "060f", ll(b"GER-APP 2.1.7\x00", 3) + b"\x00" + bmp06(ber("1f44", bytes.fromhex("52500038")))
)
STATUS_ENQUIRY_COMPLETION_BMP = apdu(
    "060f", ll(b"GER-APP 2.1.7", 3) + b"\x00" + bytes.fromhex("2952500038")
)
