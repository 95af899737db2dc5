"""Both decoders on generated camera frames: what each reads, byte-exact, and under which damage."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pytest
import qrcode

from drivers.scanner.decoders import (
    DEFAULT_DECODER,
    Decoder,
    PyzbarDecoder,
    ZxingCppDecoder,
    available_decoders,
    parse_symbologies,
)
from drivers.scanner.reads import Symbology
from tests.drivers.scanner.images import (
    EAN13,
    MARKING,
    QR_PAYLOAD,
    Image,
    blur,
    datamatrix_image,
    ean13_image,
    glare,
    low_contrast,
    noise,
    on_frame,
    perspective,
    qr_image,
    rotate,
)
from tests.drivers.scanner.system_libraries import needs_zbar

DECODERS = (ZxingCppDecoder, pytest.param(PyzbarDecoder, marks=needs_zbar))


def unchanged(frame: Image) -> Image:
    return frame


# Damage every decoder must survive, for every code it can read.
COMMON_DAMAGE: tuple[Callable[[Image], Image], ...] = (
    unchanged,
    rotate(8),
    rotate(90),
    rotate(180),
    perspective(0.18),
    blur(1.2),
    low_contrast(40),
    glare(0.6),
    noise(8.0),
)
# 2-D codes have no preferred direction: any angle.
MATRIX_DAMAGE = (*COMMON_DAMAGE, rotate(17), rotate(-160))


def ids(damage: tuple[Callable[[Image], Image], ...]) -> list[str]:
    return [d.__name__ for d in damage]


@needs_zbar
def test_both_decoders_are_installed_and_zxing_cpp_is_the_default() -> None:
    assert set(available_decoders()) == {"zxing-cpp", "pyzbar"}
    assert DEFAULT_DECODER == "zxing-cpp"


@pytest.mark.parametrize("kind", DECODERS, ids=("zxing-cpp", "pyzbar"))
@pytest.mark.parametrize("damage", MATRIX_DAMAGE, ids=ids(MATRIX_DAMAGE))
def test_a_qr_code_is_read_exactly_through_camera_damage(
    kind: type[Decoder], damage: Callable[[Image], Image]
) -> None:
    found = kind().decode(damage(on_frame(qr_image())))
    assert [(d.data, d.symbology) for d in found] == [(QR_PAYLOAD.encode(), Symbology.QR)]


@pytest.mark.parametrize("kind", DECODERS, ids=("zxing-cpp", "pyzbar"))
@pytest.mark.parametrize("damage", COMMON_DAMAGE, ids=ids(COMMON_DAMAGE))
def test_an_ean13_is_read_through_camera_damage(
    kind: type[Decoder], damage: Callable[[Image], Image]
) -> None:
    found = kind().decode(damage(on_frame(ean13_image())))
    assert [(d.data, d.symbology) for d in found] == [(EAN13.encode(), Symbology.EAN13)]


@needs_zbar
def test_zbar_also_reads_an_ean13_tilted_well_off_the_horizontal() -> None:
    """ZBar scans at several angles; zxing-cpp's 1-D reader needs one row across all bars."""
    assert [d.data for d in PyzbarDecoder().decode(rotate(17)(on_frame(ean13_image())))] == [
        EAN13.encode()
    ]


@pytest.mark.parametrize("damage", MATRIX_DAMAGE, ids=ids(MATRIX_DAMAGE))
def test_a_gs1_data_matrix_keeps_its_group_separators_byte_exact(
    damage: Callable[[Image], Image],
) -> None:
    found = ZxingCppDecoder().decode(damage(on_frame(datamatrix_image())))
    assert [(d.data, d.symbology) for d in found] == [(MARKING.encode(), Symbology.GS1_DATAMATRIX)]
    assert found[0].data.count(b"\x1d") == 2


def test_a_plain_data_matrix_is_not_taken_for_gs1() -> None:
    found = ZxingCppDecoder().decode(on_frame(datamatrix_image("PICKUP-4711", gs1=False)))
    assert [(d.data, d.symbology) for d in found] == [(b"PICKUP-4711", Symbology.DATAMATRIX)]


@needs_zbar
def test_zbar_cannot_be_asked_for_data_matrix_and_leaves_it_out_by_default() -> None:
    with pytest.raises(ValueError, match="pyzbar reads none"):
        PyzbarDecoder([Symbology.GS1_DATAMATRIX])
    assert Symbology.DATAMATRIX not in PyzbarDecoder().symbologies
    assert PyzbarDecoder().decode(on_frame(datamatrix_image())) == []


@pytest.mark.parametrize("kind", DECODERS, ids=("zxing-cpp", "pyzbar"))
def test_only_the_configured_symbologies_are_reported(kind: type[Decoder]) -> None:
    frame = on_frame(np.zeros((0, 0), np.uint8), (1280, 720))
    frame[100:305, 100:305] = qr_image()[..., None]
    frame[400:490, 700:1039] = ean13_image()[..., None]
    both = kind().decode(frame)
    assert {d.symbology for d in both} == {Symbology.QR, Symbology.EAN13}
    assert [d.symbology for d in kind([Symbology.EAN13]).decode(frame)] == [Symbology.EAN13]


@pytest.mark.parametrize("kind", DECODERS, ids=("zxing-cpp", "pyzbar"))
def test_the_outline_surrounds_the_code_in_frame_pixels_even_when_downscaled(
    kind: type[Decoder],
) -> None:
    frame = on_frame(qr_image(module=6), (1280, 720), at=(700, 200))  # code 246 px wide
    for decoder in (kind(), kind(max_width=640)):
        (code,) = decoder.decode(frame)
        xs = [x for x, _ in code.outline]
        ys = [y for _, y in code.outline]
        assert len(code.outline) >= 4
        # The symbol (inside the 4-module quiet zone) spans 724..922 x 224..422.
        assert 715 <= min(xs) <= 735 and 910 <= max(xs) <= 932
        assert 215 <= min(ys) <= 235 and 410 <= max(ys) <= 432


@pytest.mark.parametrize("kind", DECODERS, ids=("zxing-cpp", "pyzbar"))
@pytest.mark.parametrize(
    "frame",
    [
        np.random.default_rng(1).integers(0, 256, (480, 640, 3), dtype=np.uint8),
        np.zeros((480, 640, 3), np.uint8),
        np.full((720, 1280), 255, np.uint8),
        np.zeros((1, 1, 3), np.uint8),
        on_frame(qr_image()[:120]),  # the lower part of the QR is off the picture
        blur(6)(on_frame(qr_image())),
    ],
    ids=["noise", "black", "white 720p gray", "1 pixel", "cut QR", "smeared QR"],
)
def test_an_undecodable_frame_gives_no_read_and_no_error(kind: type[Decoder], frame: Image) -> None:
    assert kind().decode(frame) == []


def test_symbology_names_from_the_settings_are_checked() -> None:
    assert parse_symbologies(" QR, ean13 ,gs1-datamatrix") == {
        Symbology.QR,
        Symbology.EAN13,
        Symbology.DATAMATRIX,
    }
    with pytest.raises(ValueError, match="aztec"):
        parse_symbologies("qr,aztec")
    with pytest.raises(ValueError):
        parse_symbologies(" , ")


def test_a_negative_downscale_width_is_refused() -> None:
    with pytest.raises(ValueError, match="max_width"):
        ZxingCppDecoder(max_width=-1)


def binary_qr(payload: bytes) -> Image:
    code = qrcode.QRCode(border=4, box_size=5)
    code.add_data(payload)  # bytes: byte mode, no character set
    return np.array(code.make_image().convert("L"), dtype=np.uint8)


@needs_zbar
def test_zxing_cpp_hands_over_a_binary_qr_byte_for_byte_where_zbar_transcodes_it() -> None:
    """Why zxing-cpp is the default: a QR's bytes reach the till as they were encoded."""
    payload = bytes([0x4F, 0xE9, 0x80, 0xFF, 0x1D, 0x41])
    frame = on_frame(binary_qr(payload))
    assert [d.data for d in ZxingCppDecoder().decode(frame)] == [payload]
    (zbar,) = PyzbarDecoder().decode(frame)
    assert zbar.data != payload  # ZBar guessed a character set and re-encoded to UTF-8
