"""Camera-like frames with real codes in them, for the decoder tests, the video and the benchmark.

Codes are drawn by real encoders (``qrcode`` for QR, zxing-cpp's writer for EAN-13 and Data
Matrix), placed on a counter-grey frame and then degraded the ways a till camera degrades them:
rotation, perspective, blur, low contrast, glare.
"""

from __future__ import annotations

from collections.abc import Callable

import cv2
import numpy as np
import numpy.typing as npt
import qrcode
import zxingcpp

Image = npt.NDArray[np.uint8]

GS = "\x1d"
QR_PAYLOAD = "OMNI1:promo:8f3a1c2d-4b5e-4f60-9a7b-0c1d2e3f4a5b"
EAN13 = "5901234123457"
# A Russian marking code: 01 GTIN, 21 serial, GS, 91 key id, GS, 92 signature.
MARKING = f"0104601234567893215abcdefghijklm{GS}91EE06{GS}92YWJjZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXo="


def qr_image(payload: str = QR_PAYLOAD, module: int = 5) -> Image:
    """A QR code (4-module quiet zone), ``module`` pixels per module, grayscale."""
    code = qrcode.QRCode(border=4, box_size=module)
    code.add_data(payload)
    return np.array(code.make_image().convert("L"), dtype=np.uint8)


def ean13_image(digits: str = EAN13, module: int = 3, bar_height: int = 90) -> Image:
    """An EAN-13 with quiet zones, ``module`` pixels per bar module."""
    barcode = zxingcpp.create_barcode(digits, zxingcpp.BarcodeFormat.EAN13)
    row = np.array(barcode.to_image(scale=1), dtype=np.uint8)[:1]
    row = np.repeat(row, module, axis=1)
    return np.repeat(row, bar_height, axis=0)


def datamatrix_image(text: str = MARKING, module: int = 6, gs1: bool = True) -> Image:
    """A Data Matrix; with ``gs1`` it is a GS1 Data Matrix (FNC1 first, GS between fields)."""
    options = {"gs1": True} if gs1 else {}
    if gs1:
        text = _gs1_brackets(text)
    barcode = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.DataMatrix, **options)
    return np.array(barcode.to_image(scale=module), dtype=np.uint8)


def _gs1_brackets(element_string: str) -> str:
    """The writer takes GS1 data as ``(01)...(21)...``; split our marking code that way."""
    fixed = {"01": 14}
    parts = []
    rest = element_string
    while rest:
        ai, rest = rest[:2], rest[2:]
        if ai in fixed:
            value, rest = rest[: fixed[ai]], rest[fixed[ai] :]
        else:
            value, _, rest = rest.partition(GS)
        parts.append(f"({ai}){value}")
    return "".join(parts)


def on_frame(
    code: Image, size: tuple[int, int] = (640, 480), at: tuple[int, int] | None = None
) -> Image:
    """``code`` placed on a BGR frame of ``size`` (width, height) with a soft counter gradient."""
    width, height = size
    ramp = np.linspace(150, 205, width, dtype=np.float32)
    frame = np.tile(ramp, (height, 1))
    frame += np.linspace(-15, 15, height, dtype=np.float32)[:, None]
    gray = frame.astype(np.uint8)
    h, w = code.shape
    x, y = at if at is not None else ((width - w) // 2, (height - h) // 2)
    gray[y : y + h, x : x + w] = code
    return cv2.cvtColor(gray, cv2.COLOR_GRAY2BGR)


# -- degradations: each takes and returns a BGR frame -----------------------------------------


def rotate(degrees: float) -> Callable[[Image], Image]:
    def apply(frame: Image) -> Image:
        h, w = frame.shape[:2]
        matrix = cv2.getRotationMatrix2D((w / 2, h / 2), degrees, 1.0)
        return cv2.warpAffine(frame, matrix, (w, h), borderMode=cv2.BORDER_REPLICATE)

    apply.__name__ = f"rotate {degrees:g}°"
    return apply


def perspective(tilt: float = 0.18) -> Callable[[Image], Image]:
    """The code seen from below and to the side: the far edge ``tilt`` of the width narrower."""

    def apply(frame: Image) -> Image:
        h, w = frame.shape[:2]
        src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
        dx, dy = w * tilt, h * tilt / 2
        dst = np.float32([[dx, dy], [w - dx / 2, 0], [w, h], [0, h - dy]])
        matrix = cv2.getPerspectiveTransform(src, dst)
        return cv2.warpPerspective(frame, matrix, (w, h), borderMode=cv2.BORDER_REPLICATE)

    apply.__name__ = f"perspective {tilt:g}"
    return apply


def blur(sigma: float = 1.5) -> Callable[[Image], Image]:
    def apply(frame: Image) -> Image:
        return cv2.GaussianBlur(frame, (0, 0), sigma)

    apply.__name__ = f"blur σ{sigma:g}"
    return apply


def low_contrast(span: int = 40) -> Callable[[Image], Image]:
    """Black and white squeezed into ``span`` grey levels (a dim, washed-out picture)."""

    def apply(frame: Image) -> Image:
        scaled = 110 + frame.astype(np.float32) * (span / 255.0)
        return scaled.astype(np.uint8)

    apply.__name__ = f"low contrast {span}"
    return apply


def glare(strength: float = 0.6) -> Callable[[Image], Image]:
    """A bright elliptic reflection over part of the code, as from a lamp on a glossy label."""

    def apply(frame: Image) -> Image:
        h, w = frame.shape[:2]
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        cx, cy = w * 0.58, h * 0.42
        spot = np.exp(-(((xx - cx) / (w * 0.12)) ** 2 + ((yy - cy) / (h * 0.1)) ** 2))
        lit = frame.astype(np.float32) + (255 * strength * spot)[..., None]
        return np.clip(lit, 0, 255).astype(np.uint8)

    apply.__name__ = f"glare {strength:g}"
    return apply


def noise(sigma: float = 8.0, seed: int = 7) -> Callable[[Image], Image]:
    def apply(frame: Image) -> Image:
        rng = np.random.default_rng(seed)
        noisy = frame.astype(np.float32) + rng.normal(0, sigma, frame.shape)
        return np.clip(noisy, 0, 255).astype(np.uint8)

    apply.__name__ = f"noise σ{sigma:g}"
    return apply


DEGRADATIONS: tuple[Callable[[Image], Image], ...] = (
    rotate(17),
    rotate(90),
    rotate(-160),
    perspective(0.18),
    blur(1.2),
    low_contrast(40),
    glare(0.6),
    noise(8.0),
)
