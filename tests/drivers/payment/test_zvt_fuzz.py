"""Hypothesis against the parsers: any bytes either parse or raise ApduError, frames round-trip,
and a terminal that talks nonsense never gets a payment reported as approved."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from drivers.payment import Outcome
from drivers.payment.zvt import ZvtConfig, ZvtTerminal, apdu, bmp, tlv
from drivers.payment.zvt.apdu import Apdu, ApduError
from drivers.payment.zvt.framing import FrameDecoder, frame
from drivers.payment.zvt.link import TcpLink, Transport


@given(st.binary(max_size=400))
def test_frame_decoder_never_raises(data: bytes) -> None:
    for apdu_bytes, _ok in FrameDecoder().feed(data):
        assert isinstance(apdu_bytes, bytes)


@given(st.binary(max_size=300), st.binary(max_size=20), st.integers(0, 400))
def test_a_frame_survives_noise_before_it_and_any_split(
    payload: bytes, noise: bytes, cut: int
) -> None:
    noise = noise.replace(b"\x10", b"")  # noise that does not itself start a frame
    wire = noise + frame(payload)
    cut = min(cut, len(wire))
    decoder = FrameDecoder()
    assert decoder.feed(wire[:cut]) + decoder.feed(wire[cut:]) == [(payload, True)]


@given(st.binary(max_size=300))
def test_apdu_decode_accepts_or_refuses_cleanly(data: bytes) -> None:
    try:
        decoded = apdu.decode(data)
    except ApduError:
        return
    assert decoded.encode() == data or data[2] == 0xFF  # FF may spell a short length


@given(st.binary(min_size=2, max_size=2), st.binary(max_size=600))
def test_apdu_round_trip(command: bytes, data: bytes) -> None:
    assert apdu.decode(Apdu(command, data).encode()) == Apdu(command, data)


@given(st.binary(max_size=200))
def test_bmp_parser_accepts_or_refuses_cleanly(data: bytes) -> None:
    try:
        fields = bmp.parse(data)
    except ApduError:
        return
    assert all(number in bmp.BMP_FORMATS for number, _ in fields.items)


@given(st.binary(max_size=200))
def test_tlv_parser_accepts_or_refuses_cleanly(data: bytes) -> None:
    try:
        items = tlv.decode_tlv(data)
    except ApduError:
        return
    # Re-encoding uses the shortest length forms: never longer than what was read.
    assert len(tlv.encode_tlv(items)) <= len(data)


@given(st.lists(st.tuples(st.binary(min_size=1, max_size=3), st.binary(max_size=300))))
def test_tlv_round_trip(pairs: list[tuple[bytes, bytes]]) -> None:
    items = [tlv.Tlv(bytes([tag[0] & 0xE0 | 0x01]), value) for tag, value in pairs]
    assert tlv.decode_tlv(tlv.encode_tlv(items)) == items


class Replay(Transport):
    """In-memory bytes from a 'terminal' that speaks nonsense (no device can be this wrong on
    demand; the TCP link reads from it exactly as from a socket)."""

    def __init__(self, answer: bytes) -> None:
        self.answer = answer
        self.written = bytearray()

    def open(self) -> None:
        return None

    def close(self) -> None:
        return None

    def write(self, data: bytes) -> None:
        self.written += data

    def read(self, size: int, timeout: float) -> bytes:
        chunk, self.answer = self.answer[:size], self.answer[size:]
        return chunk

    def describe(self) -> str:
        return "replay"


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=120))
def test_nonsense_from_the_terminal_is_never_an_approval(noise: bytes) -> None:
    # A registered terminal, then: the acknowledgement and whatever the fuzzer says.
    config = ZvtConfig(ack_timeout=0.01, response_timeout=0.02)
    terminal = ZvtTerminal(config, lambda: TcpLink(Replay(b"\x80\x00\x00" + noise), 0.01))
    terminal._registered = True  # skip the registration exchange: fuzz the payment's replies
    result = terminal.sale(100, "EUR", "fuzz")
    approved_said = bytes.fromhex("040f") in noise and b"\x27\x00" in noise
    assert result.outcome is not Outcome.APPROVED or approved_said
