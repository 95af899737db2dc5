"""Barcode decoders for camera frames: one interface, two libraries.

A :class:`Decoder` turns one frame (a numpy array, BGR or grayscale, as OpenCV captures it)
into the codes it shows: exact bytes, symbology and the code's outline in frame pixels (for the
live preview). Both implementations share the preparation that makes decoding cheap: one
grayscale conversion, an optional downscale (``max_width``), and a restricted set of
symbologies (each symbology a library does not look for is time saved on every frame).

- ``zxing-cpp`` (the default, chosen by ``tests/bench/bench_camera.py``): reads QR, EAN/UPC,
  Code 128 and Data Matrix, and gives the symbol's raw bytes, so the group separators (0x1D)
  of GS1 and marking codes survive; it tells GS1 symbols apart by their AIM identifier.
- ``pyzbar`` (ZBar, the library the design card names): QR and 1D only, no Data Matrix, and it
  transcodes QR text to UTF-8 rather than handing over the symbol's bytes.

Kinds are registered as entry points in ``omnitill.barcode_decoders``.
"""

from __future__ import annotations

import importlib.util
import logging
from abc import ABC, abstractmethod
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar, cast

from drivers.plugins import load_kinds
from drivers.scanner.reads import Symbology

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    Frame = npt.NDArray[np.uint8]

ENTRY_POINT_GROUP = "omnitill.barcode_decoders"

# What a till meets at the counter: retail 1D codes, GS1-128, customers' QR codes and marking
# Data Matrix. Code 39 and ITF can be switched on in the settings.
DEFAULT_SYMBOLOGIES: frozenset[Symbology] = frozenset(
    {
        Symbology.EAN13,
        Symbology.EAN8,
        Symbology.UPCA,
        Symbology.UPCE,
        Symbology.CODE128,
        Symbology.QR,
        Symbology.DATAMATRIX,
    }
)
# A GS1 variant is found by looking for its base symbology.
_BASE = {Symbology.GS1_128: Symbology.CODE128, Symbology.GS1_DATAMATRIX: Symbology.DATAMATRIX}

# AIM symbology identifiers of GS1 symbols (FNC1 in first position).
_GS1_BY_AIM = {"]C1": Symbology.GS1_128, "]d2": Symbology.GS1_DATAMATRIX}

Point = tuple[int, int]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Decoded:
    """One code found in a frame; ``outline`` is its polygon in the frame's pixels."""

    data: bytes
    symbology: Symbology
    outline: tuple[Point, ...]


def parse_symbologies(text: str) -> frozenset[Symbology]:
    """``"qr, ean13"`` (the settings' form) to symbologies; an unknown name is an error."""
    names = [name.strip().lower() for name in text.split(",") if name.strip()]
    known = {s.value: s for s in Symbology if s is not Symbology.UNKNOWN}
    unknown = [name for name in names if name not in known]
    if unknown or not names:
        raise ValueError(f"Unknown symbologies {unknown or text!r}; known: {sorted(known)}")
    return frozenset(_BASE.get(known[name], known[name]) for name in names)


class Decoder(ABC):
    """Finds the codes in one frame. Not thread-safe: one decoder per decoding thread.

    ``max_width``: frames wider than this are downscaled before decoding (0: never); outlines
    are still given in the original frame's pixels.
    """

    name: ClassVar[str]
    # The library's own name of each symbology it can read.
    library_names: ClassVar[dict[Symbology, str]]

    def __init__(
        self, symbologies: Iterable[Symbology] = DEFAULT_SYMBOLOGIES, max_width: int = 0
    ) -> None:
        wanted = frozenset(_BASE.get(s, s) for s in symbologies)
        self.symbologies = wanted & self.library_names.keys()
        if not self.symbologies:
            raise ValueError(f"{self.name} reads none of {sorted(s.value for s in wanted)}")
        if max_width < 0:
            raise ValueError("max_width must be 0 (no downscale) or a width in pixels")
        self.max_width = max_width

    @classmethod
    @abstractmethod
    def supported(cls) -> bool:
        """Whether the library (and its native part) can be loaded on this machine."""

    def decode(self, frame: Frame) -> list[Decoded]:
        """The codes in ``frame``; an undecodable frame gives an empty list."""
        import cv2

        gray: Frame = (
            frame if frame.ndim == 2 else cast("Frame", cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY))
        )
        scale = 1.0
        width = gray.shape[1]
        if self.max_width and width > self.max_width:
            scale = width / self.max_width
            height = round(gray.shape[0] / scale)
            small = cv2.resize(gray, (self.max_width, height), interpolation=cv2.INTER_AREA)
            gray = cast("Frame", small)
        found = self._decode_gray(gray)
        if scale == 1.0:
            return found
        return [
            Decoded(
                d.data,
                d.symbology,
                tuple((round(x * scale), round(y * scale)) for x, y in d.outline),
            )
            for d in found
        ]

    @abstractmethod
    def _decode_gray(self, gray: Frame) -> list[Decoded]:
        """Decode a grayscale (2-D uint8) image."""


def _importable(*modules: str) -> bool:
    try:
        return all(importlib.util.find_spec(m) is not None for m in modules)
    except ImportError:
        return False


class ZxingCppDecoder(Decoder):
    """zxing-cpp: every symbology a till needs, bytes kept exact (GS separators included).

    Inverted (light-on-dark) codes are not searched for: they are rare at a till and the search
    costs a fifth of the decode time (see the benchmark).
    """

    name: ClassVar[str] = "zxing-cpp"
    library_names: ClassVar[dict[Symbology, str]] = {
        Symbology.EAN13: "EAN13",
        Symbology.EAN8: "EAN8",
        Symbology.UPCA: "UPCA",
        Symbology.UPCE: "UPCE",
        Symbology.CODE128: "Code128",
        Symbology.CODE39: "Code39",
        Symbology.ITF: "ITF",
        Symbology.QR: "QRCode",
        Symbology.DATAMATRIX: "DataMatrix",
    }

    def __init__(
        self, symbologies: Iterable[Symbology] = DEFAULT_SYMBOLOGIES, max_width: int = 0
    ) -> None:
        super().__init__(symbologies, max_width)
        import zxingcpp

        self._zxing = zxingcpp
        self._formats = zxingcpp.BarcodeFormats(
            [getattr(zxingcpp.BarcodeFormat, self.library_names[s]) for s in self.symbologies]
        )
        self._symbology_of = {v: k for k, v in self.library_names.items()}

    @classmethod
    def supported(cls) -> bool:
        return _importable("zxingcpp", "cv2")

    def _decode_gray(self, gray: Frame) -> list[Decoded]:
        found = []
        for code in self._zxing.read_barcodes(gray, formats=self._formats, try_invert=False):
            symbology = self._symbology_of.get(code.format.name, Symbology.UNKNOWN)
            # The AIM identifier tells a GS1 symbol (FNC1 in first position) from a plain one.
            symbology = _GS1_BY_AIM.get(code.symbology_identifier, symbology)
            pos = code.position
            corners = (pos.top_left, pos.top_right, pos.bottom_right, pos.bottom_left)
            found.append(Decoded(bytes(code.bytes), symbology, tuple((p.x, p.y) for p in corners)))
        return found


class PyzbarDecoder(Decoder):
    """ZBar through pyzbar (needs the system library ``libzbar0``): QR and 1D, no Data Matrix."""

    name: ClassVar[str] = "pyzbar"
    library_names: ClassVar[dict[Symbology, str]] = {
        Symbology.EAN13: "EAN13",
        Symbology.EAN8: "EAN8",
        Symbology.UPCA: "UPCA",
        Symbology.UPCE: "UPCE",
        Symbology.CODE128: "CODE128",
        Symbology.CODE39: "CODE39",
        Symbology.ITF: "I25",
        Symbology.QR: "QRCODE",
    }

    def __init__(
        self, symbologies: Iterable[Symbology] = DEFAULT_SYMBOLOGIES, max_width: int = 0
    ) -> None:
        super().__init__(symbologies, max_width)
        from pyzbar import pyzbar

        self._pyzbar = pyzbar
        self._symbols = [pyzbar.ZBarSymbol[self.library_names[s]] for s in self.symbologies]
        self._symbology_of = {v: k for k, v in self.library_names.items()}

    @classmethod
    def supported(cls) -> bool:
        if not _importable("pyzbar", "cv2"):
            return False
        try:  # the Python part loads libzbar with ctypes on import
            from pyzbar import pyzbar  # noqa: F401
        except (ImportError, OSError):
            return False
        return True

    def _decode_gray(self, gray: Frame) -> list[Decoded]:
        found = []
        codes: list[Any] = self._pyzbar.decode(gray, symbols=self._symbols)
        for code in codes:
            symbology = self._symbology_of.get(code.type, Symbology.UNKNOWN)
            outline = tuple((int(p.x), int(p.y)) for p in code.polygon)
            found.append(Decoded(bytes(code.data), symbology, outline))
        return found


def available_decoders(*, include_unsupported: bool = False) -> dict[str, type[Decoder]]:
    """Decoder kinds by name from the entry points (see :func:`drivers.plugins.load_kinds`)."""
    return load_kinds(ENTRY_POINT_GROUP, Decoder, include_unsupported=include_unsupported)


DEFAULT_DECODER = ZxingCppDecoder.name
