"""Byte-exact ZVT: frames, CRC, APDU lengths, BMP fields and the TLV container (PA00P015)."""

from __future__ import annotations

import pytest

from drivers.payment.zvt import ZvtConfig, ZvtTerminal, apdu, bmp, tlv
from drivers.payment.zvt.apdu import Apdu, ApduError
from drivers.payment.zvt.framing import FrameDecoder, crc16_kermit, frame


def test_end_of_day_frame_matches_the_worked_example() -> None:
    # FIELD-NOTES: end-of-day with password 000000 on a serial line.
    assert frame(bytes.fromhex("065003000000")) == bytes.fromhex("10020650030000001003fb37")


def test_crc_is_kermit() -> None:
    assert crc16_kermit(b"123456789") == 0x2189  # the catalogued check value


def test_dle_bytes_are_doubled_in_the_frame_and_not_in_the_crc() -> None:
    data = bytes.fromhex("0601031000ff")
    framed = frame(data)
    assert framed[2:-4] == bytes.fromhex("06010310100" + "0ff")
    assert framed[-2:] == crc16_kermit(data + b"\x03").to_bytes(2, "little")
    assert FrameDecoder().feed(framed) == [(data, True)]


def test_decoder_skips_noise_and_reports_a_bad_crc() -> None:
    good = frame(bytes.fromhex("800000"))
    bad = good[:-1] + bytes([good[-1] ^ 0xFF])
    assert FrameDecoder().feed(b"\x00\x06\x15garbage" + bad + good) == [
        (bytes.fromhex("800000"), False),
        (bytes.fromhex("800000"), True),
    ]


def test_a_frame_split_anywhere_decodes_the_same() -> None:
    framed = frame(bytes.fromhex("04ff0110"))
    for cut in range(len(framed)):
        decoder = FrameDecoder()
        assert decoder.feed(framed[:cut]) + decoder.feed(framed[cut:]) == [
            (bytes.fromhex("04ff0110"), True)
        ]


def test_short_apdu_length_is_one_byte() -> None:
    assert Apdu(b"\x06\x50", b"\x00\x00\x00").encode() == bytes.fromhex("065003000000")


def test_extended_length_is_ff_then_two_bytes_low_first() -> None:
    data = bytes(300)
    encoded = Apdu(b"\x06\xd3", data).encode()
    assert encoded[:5] == bytes.fromhex("06d3ff2c01")
    assert apdu.decode(encoded) == Apdu(b"\x06\xd3", data)
    assert apdu.encode_length(255) == bytes.fromhex("ffff00")
    assert apdu.encode_length(254) == bytes.fromhex("fe")


@pytest.mark.parametrize("raw", ["06", "0650", "065003", "06500300", "06d3ff2c", "0650020000ff"])
def test_a_cut_or_overlong_apdu_is_refused(raw: str) -> None:
    with pytest.raises(ApduError):
        apdu.decode(bytes.fromhex(raw))


def test_ack_and_nack() -> None:
    assert apdu.ack().encode() == bytes.fromhex("800000")
    assert apdu.nack(0x83).encode() == bytes.fromhex("848300")
    assert apdu.decode(bytes.fromhex("846c00")).nack_code == 0x6C


def _driver(**options: object) -> ZvtTerminal:
    return ZvtTerminal(ZvtConfig.from_options(dict(options)))


def test_registration_apdu() -> None:
    # password 000000; config byte 8E: the ECR prints payment and administration receipts
    # from the terminal's print messages, intermediate status on; currency 0978 (EUR);
    # TLV container: permitted commands (26) list 06 D3 (0A), so text blocks may come.
    assert _driver().registration_apdu("EUR").encode() == bytes.fromhex(
        "06000e0000008e0978060626040a0206d3"
    )
    assert _driver(text_blocks=False).registration_apdu("EUR").encode() == bytes.fromhex(
        "0600060000008e0978"
    )


def test_authorization_apdu_amount_is_bcd_minor_units_with_currency() -> None:
    encoded = _driver().authorization_apdu(1299, "PLN").encode()
    assert encoded == bytes.fromhex("06010a04000000001299490985")


def test_refund_and_reversal_carry_the_password() -> None:
    driver = _driver(password="123456")
    assert driver.refund_apdu(500, "EUR").encode() == bytes.fromhex(
        "06310d12345604000000000500490978"
    )
    assert driver.reversal_apdu(42).encode() == bytes.fromhex("063006123456870042")


def test_status_information_fields() -> None:
    data = bytes.fromhex(
        "2700"  # result: success
        "04000000001299"  # amount 12.99
        "0b000123"  # trace 123
        "0c153012"  # 15:30:12
        "0d1125"  # 25 November
        "2952500038"  # terminal id
        "490985"  # PLN
        "22f0f8541333eeeeee0111"  # masked PAN, LLVAR of 8 bytes
        "8a06"  # card type
        "8bf0f34d4321"  # card name "MC!"
        "870007"  # receipt 7
        "3b4142433132330000"  # approval code ABC123, zero padded
    )
    fields = bmp.parse(data)
    assert fields.rest == b""
    assert bmp.from_bcd(fields.get(0x04) or b"") == 1299
    assert bmp.masked_pan(fields.get(0x22) or b"") == "541333******0111"
    assert bmp.bcd_text(fields.get(0x29) or b"") == "52500038"
    assert fields.get(0x3B) == b"ABC123\x00\x00"
    assert fields.get(0x8B) == b"MC!"


def test_parsing_stops_at_an_unknown_bmp_and_keeps_the_rest() -> None:
    fields = bmp.parse(bytes.fromhex("2700fe0102"))
    assert fields.items == ((0x27, b"\x00"),)
    assert fields.rest == bytes.fromhex("fe0102")


@pytest.mark.parametrize("raw", ["04000000", "22f0f9001122", "22f1", "3cf0f0", "0b0001"])
def test_a_field_cut_short_is_refused(raw: str) -> None:
    with pytest.raises(ApduError):
        bmp.parse(bytes.fromhex(raw))


def test_llvar_and_lllvar_lengths() -> None:
    assert bmp.field(0x22, bytes(12)) == bytes.fromhex("22f1f2") + bytes(12)
    assert bmp.field(0x3C, bytes(105)) == bytes.fromhex("3cf1f0f5") + bytes(105)


def test_tlv_lengths_and_multibyte_tags() -> None:
    long_value = bytes(200)
    encoded = tlv.encode_tlv([tlv.Tlv(b"\x1f\x07", b"\x02"), tlv.Tlv(b"\x07", long_value)])
    assert encoded[:4] == bytes.fromhex("1f070102")
    assert encoded[4:7] == bytes.fromhex("0781c8")
    assert tlv.decode_tlv(encoded) == [tlv.Tlv(b"\x1f\x07", b"\x02"), tlv.Tlv(b"\x07", long_value)]
    assert tlv.encode_length(0x1234) == bytes.fromhex("821234")


def test_tlv_container_bmp_06_uses_ber_length() -> None:
    inner = tlv.encode_tlv([tlv.Tlv(b"\x25", tlv.encode_tlv([tlv.Tlv(b"\x07", b"HELLO")]))])
    data = bmp.field(0x06, inner)
    assert data == bytes.fromhex("060925070705") + b"HELLO"
    container = bmp.parse(data).get(0x06)
    assert container is not None
    (texts,) = tlv.decode_tlv(container)
    assert texts.constructed and texts.children() == [tlv.Tlv(b"\x07", b"HELLO")]


@pytest.mark.parametrize("raw", ["1f", "1f87", "0705aa", "0783000001", "07"])
def test_broken_tlv_is_refused(raw: str) -> None:
    with pytest.raises(ApduError):
        tlv.decode_tlv(bytes.fromhex(raw))


def test_options_are_checked() -> None:
    with pytest.raises(ValueError, match="unknown"):
        ZvtConfig.from_options({"colour": "red"})
    with pytest.raises(ValueError, match="six digits"):
        ZvtConfig.from_options({"password": "12"})
    with pytest.raises(LookupError):
        ZvtConfig.from_options({"encoding": "no-such-codec"})
    assert ZvtConfig.from_options({"port": "20008", "baudrate": 115200}).port == 20008
    with pytest.raises(ValueError, match="true or false"):
        ZvtConfig.from_options({"text_blocks": "no"})


def test_intermediate_status_shows_the_terminals_own_text_when_it_sends_one() -> None:
    from drivers.payment import Progress
    from drivers.payment.terminal import Operation
    from drivers.payment.zvt.client import _Run

    seen: list[Progress] = []
    run = _Run(Operation.SALE, seen.append)
    driver = _driver()
    texts = tlv.encode_tlv(
        [tlv.Tlv(b"\x24", tlv.encode_tlv([tlv.Tlv(b"\x07", b"Karte"), tlv.Tlv(b"\x07", b"bitte")]))]
    )
    driver._progress(run, b"\x0a\x05" + bmp.field(0x06, texts))  # insert card, 5 s, texts
    driver._progress(run, b"\x15")  # incorrect PIN, no timeout, no texts
    assert seen == [Progress(0x0A, "Karte bitte"), Progress(0x15, "Incorrect PIN")]
