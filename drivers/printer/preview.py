"""A small ESC/POS interpreter: bytes in, a faithful preview model out.

The UI renders this model to show exactly what the bytes say (not a re-rendering of the
receipt). Text is decoded with the code page selected by ``ESC t n``, looked up in the
capability profile's code page table. Styles follow ``ESC E`` (bold), ``ESC -`` (underline),
``ESC !`` (print mode), ``GS !`` (size) and ``ESC a`` (alignment, taken at the start of a
line as the printer does). QR codes, barcodes, raster images, cuts and drawer kicks become
markers. Unknown commands are skipped; any input, however broken, gives a model.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Literal

from escpos.capabilities import get_profile
from escpos.codepages import CodePages

from drivers.printer.layout import DEFAULT_PROFILE

Align = Literal["left", "center", "right"]

ESC, GS, FS, DLE = 0x1B, 0x1D, 0x1C, 0x10
REPLACEMENT = "\ufffd"

BARCODE_A = {0: "UPC-A", 1: "UPC-E", 2: "EAN13", 3: "EAN8", 4: "CODE39", 5: "ITF", 6: "NW7"}
BARCODE_B = {
    65: "UPC-A",
    66: "UPC-E",
    67: "EAN13",
    68: "EAN8",
    69: "CODE39",
    70: "ITF",
    71: "NW7",
    72: "CODE93",
    73: "CODE128",
    74: "GS1-128",
    75: "GS1 DataBar Omnidirectional",
    76: "GS1 DataBar Truncated",
    77: "GS1 DataBar Limited",
    78: "GS1 DataBar Expanded",
}


@dataclass(frozen=True)
class Style:
    """Character style of a run. ``width``/``height`` are multipliers (1 = normal)."""

    bold: bool = False
    underline: int = 0
    width: int = 1
    height: int = 1
    font: int = 0

    @property
    def double_width(self) -> bool:
        return self.width >= 2

    @property
    def double_height(self) -> bool:
        return self.height >= 2


@dataclass(frozen=True)
class Run:
    """A stretch of text in one style."""

    text: str
    style: Style = Style()


@dataclass(frozen=True)
class Line:
    """One printed line: runs of text and the line's alignment."""

    runs: tuple[Run, ...] = ()
    align: Align = "left"

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


@dataclass(frozen=True)
class QrCode:
    data: str
    align: Align = "left"


@dataclass(frozen=True)
class Barcode:
    kind: str
    data: str
    align: Align = "left"


@dataclass(frozen=True)
class Image:
    """A raster/bit image (e.g. a QR code sent as a picture); size in dots."""

    width: int
    height: int
    align: Align = "left"


@dataclass(frozen=True)
class Cut:
    partial: bool


@dataclass(frozen=True)
class DrawerKick:
    pin: int


PreviewItem = Line | QrCode | Barcode | Image | Cut | DrawerKick


@dataclass(frozen=True)
class Preview:
    """The interpreted document: lines and markers in paper order."""

    items: tuple[PreviewItem, ...]

    @property
    def lines(self) -> list[Line]:
        return [item for item in self.items if isinstance(item, Line)]

    @property
    def text_lines(self) -> list[str]:
        return [line.text for line in self.lines]

    def markers(self) -> list[PreviewItem]:
        return [item for item in self.items if not isinstance(item, Line)]


@functools.lru_cache(maxsize=64)
def _code_page_table(encoding: str) -> tuple[str, ...]:
    """Characters for bytes 0x80..0xFF of an escpos code page (replacement if unknown)."""
    try:
        page = CodePages.get_encoding(encoding)
    except KeyError:
        return (REPLACEMENT,) * 128
    if "data" in page:
        chars = "".join(page["data"])
        if len(chars) == 128:
            return tuple(chars)
    python_encoding = page.get("python_encode")
    if not python_encoding:
        return (REPLACEMENT,) * 128
    table: list[str] = []
    for code in range(128, 256):
        try:
            table.append(bytes([code]).decode(python_encoding))
        except (UnicodeDecodeError, LookupError):
            table.append(REPLACEMENT)
    return tuple(table)


@functools.lru_cache(maxsize=16)
def _profile_pages(profile: str) -> dict[int, str]:
    pages: dict[str, str] = get_profile(profile).codePages
    return {int(number): name for number, name in pages.items()}


def _align(n: int) -> Align:
    if n in (1, 49):
        return "center"
    if n in (2, 50):
        return "right"
    return "left"


@dataclass
class _State:
    style: Style = Style()
    align: Align = "left"
    page: int = 0
    runs: list[Run] = field(default_factory=list)
    line_align: Align | None = None
    qr_data: bytes = b""


class _Interpreter:
    def __init__(self, data: bytes, profile: str) -> None:
        self.data = data
        self.pos = 0
        self.pages = _profile_pages(profile)
        self.state = _State()
        self.items: list[PreviewItem] = []

    # -- helpers ---------------------------------------------------------------------------
    def take(self, n: int) -> bytes:
        chunk = self.data[self.pos : self.pos + n]
        self.pos += n
        return chunk

    def byte(self) -> int:
        """Next byte, or 0 past the end (a truncated command then simply ends the input)."""
        chunk = self.take(1)
        return chunk[0] if chunk else 0

    def word(self) -> int:
        low, high = self.byte(), self.byte()
        return low + 256 * high

    def set_style(self, **changes: int | bool) -> None:
        self.state.style = replace(self.state.style, **changes)  # type: ignore[arg-type]

    def add_text(self, text: str) -> None:
        state = self.state
        if state.line_align is None:
            state.line_align = state.align
        if state.runs and state.runs[-1].style == state.style:
            state.runs[-1] = Run(state.runs[-1].text + text, state.style)
        else:
            state.runs.append(Run(text, state.style))

    def end_line(self) -> None:
        state = self.state
        self.items.append(Line(tuple(state.runs), state.line_align or state.align))
        state.runs = []
        state.line_align = None

    def flush_line(self) -> None:
        """Print a partly filled line before a graphic item (as the printer does)."""
        if self.state.runs:
            self.end_line()

    def decode(self, code: int) -> str:
        if code < 0x80:
            return chr(code)
        encoding = self.pages.get(self.state.page)
        if encoding is None:
            return REPLACEMENT
        return _code_page_table(encoding)[code - 0x80]

    # -- main loop -------------------------------------------------------------------------
    def run(self) -> Preview:
        data = self.data
        while self.pos < len(data):
            code = data[self.pos]
            self.pos += 1
            if code >= 0x20 and code != 0x7F:
                self.add_text(self.decode(code))
            elif code == 0x0A or code == 0x0C:
                self.end_line()
            elif code == 0x09:
                current = sum(len(run.text) for run in self.state.runs)
                self.add_text(" " * (8 - current % 8))
            elif code == ESC:
                self.esc(self.byte())
            elif code == GS:
                self.gs(self.byte())
            elif code == FS:
                self.fs(self.byte())
            elif code == DLE:
                self.dle(self.byte())
            # other control bytes (CR, NUL, BEL, ...) print nothing
        if self.state.runs:
            self.end_line()
        return Preview(tuple(self.items))

    def esc(self, command: int) -> None:
        handler = _ESC.get(command)
        if handler is not None:
            handler(self)
        elif command in _ESC_ONE_ARG:
            self.take(1)
        elif command in _ESC_TWO_ARGS:
            self.take(2)
        # unknown: only the command byte is consumed

    def gs(self, command: int) -> None:
        handler = _GS.get(command)
        if handler is not None:
            handler(self)
        elif command in _GS_ONE_ARG:
            self.take(1)
        elif command in _GS_TWO_ARGS:
            self.take(2)

    def fs(self, command: int) -> None:
        if command == ord("("):
            self.take(1)
            self.take(self.word())
        elif command in (ord("p"), ord("S")):
            self.take(2)
        elif command in (ord("!"), ord("-"), ord("C"), ord("W")):
            self.take(1)

    def dle(self, command: int) -> None:
        if command in (0x04, 0x05):  # DLE EOT n / DLE ENQ n: real-time requests
            self.take(1)
        elif command == 0x14:  # DLE DC4 fn m t
            self.take(3)

    # -- ESC commands ----------------------------------------------------------------------
    def esc_init(self) -> None:
        self.flush_line()
        self.state.style = Style()
        self.state.align = "left"
        self.state.page = 0

    def esc_print_mode(self) -> None:
        n = self.byte()
        self.set_style(
            font=n & 0x01,
            bold=bool(n & 0x08),
            height=2 if n & 0x10 else 1,
            width=2 if n & 0x20 else 1,
            underline=1 if n & 0x80 else 0,
        )

    def esc_bold(self) -> None:
        self.set_style(bold=bool(self.byte() & 0x01))

    def esc_underline(self) -> None:
        n = self.byte()
        self.set_style(underline={0: 0, 1: 1, 2: 2, 48: 0, 49: 1, 50: 2}.get(n, 0))

    def esc_font(self) -> None:
        n = self.byte()
        self.set_style(font=n - 48 if n >= 48 else n)

    def esc_align(self) -> None:
        self.state.align = _align(self.byte())

    def esc_code_page(self) -> None:
        self.state.page = self.byte()

    def esc_feed_lines(self) -> None:
        n = self.byte()
        self.end_line()
        for _ in range(max(n - 1, 0)):
            self.end_line()

    def esc_feed_dots(self) -> None:
        self.take(1)
        self.end_line()

    def esc_drawer(self) -> None:
        m = self.byte()
        self.take(2)
        self.items.append(DrawerKick(pin=5 if m in (1, 49) else 2))

    def esc_bit_image(self) -> None:
        mode = self.byte()
        width = self.word()
        bytes_per_column = 3 if mode in (32, 33) else 1
        self.take(width * bytes_per_column)
        self.flush_line()
        self.items.append(Image(width, 8 * bytes_per_column, self.state.align))

    def esc_tabs(self) -> None:
        while self.pos < len(self.data) and self.byte() != 0:
            pass

    def esc_user_chars(self) -> None:  # ESC & y c1 c2 [x d1...d(y*x)]...
        y, first, last = self.byte(), self.byte(), self.byte()
        for _ in range(max(last - first + 1, 0)):
            if self.pos >= len(self.data):
                return
            self.take(y * self.byte())

    def esc_partial_cut(self) -> None:
        self.flush_line()
        self.items.append(Cut(partial=True))

    # -- GS commands -----------------------------------------------------------------------
    def gs_size(self) -> None:
        n = self.byte()
        self.set_style(width=((n >> 4) & 0x07) + 1, height=(n & 0x07) + 1)

    def gs_cut(self) -> None:
        m = self.byte()
        if m in (65, 66, 97, 98, 103, 104):
            self.take(1)
        self.flush_line()
        self.items.append(Cut(partial=m in (1, 49, 66, 98, 104)))

    def gs_barcode(self) -> None:
        m = self.byte()
        if m <= 6:
            end = self.data.find(b"\x00", self.pos)
            end = len(self.data) if end < 0 else end
            payload = self.data[self.pos : end]
            self.pos = end + 1
            kind = BARCODE_A[m]
        else:
            payload = self.take(self.byte())
            kind = BARCODE_B.get(m, f"type {m}")
        self.flush_line()
        self.items.append(Barcode(kind, payload.decode("latin-1"), self.state.align))

    def gs_raster(self) -> None:
        self.take(2)  # '0' m
        width_bytes = self.word()
        height = self.word()
        self.take(width_bytes * height)
        self.flush_line()
        self.items.append(Image(width_bytes * 8, height, self.state.align))

    def gs_paren(self) -> None:
        kind = self.byte()
        body = self.take(self.word())
        if kind == ord("k") and len(body) >= 2 and body[0] == 49:  # cn 49: QR code
            fn = body[1]
            if fn == 80:  # store data (after m)
                self.state.qr_data = body[3:]
            elif fn == 81:  # print stored symbol
                self.flush_line()
                text = self.state.qr_data.decode("utf-8", errors="replace")
                self.items.append(QrCode(text, self.state.align))
        elif kind == ord("L") and len(body) >= 2 and body[1] in (50, 2):  # print graphics
            self.flush_line()
            self.items.append(Image(0, 0, self.state.align))

    def gs_eight(self) -> None:  # GS 8 L p1 p2 p3 p4 ...: large graphics data
        if self.byte() != ord("L"):
            return
        size = int.from_bytes(self.take(4), "little")
        self.take(size)

    def gs_define_image(self) -> None:  # GS * x y d1...d(x*y*8)
        x, y = self.byte(), self.byte()
        self.take(x * y * 8)


_ESC: dict[int, Callable[[_Interpreter], None]] = {
    ord("@"): _Interpreter.esc_init,
    ord("!"): _Interpreter.esc_print_mode,
    ord("E"): _Interpreter.esc_bold,
    ord("-"): _Interpreter.esc_underline,
    ord("M"): _Interpreter.esc_font,
    ord("a"): _Interpreter.esc_align,
    ord("t"): _Interpreter.esc_code_page,
    ord("d"): _Interpreter.esc_feed_lines,
    ord("J"): _Interpreter.esc_feed_dots,
    ord("p"): _Interpreter.esc_drawer,
    ord("*"): _Interpreter.esc_bit_image,
    ord("D"): _Interpreter.esc_tabs,
    ord("&"): _Interpreter.esc_user_chars,
    ord("i"): _Interpreter.esc_partial_cut,
    ord("m"): _Interpreter.esc_partial_cut,
}
# ESC commands with fixed argument sizes that do not change the preview.
_ESC_ONE_ARG = {ord(c) for c in " %3=?GRUVeru{"}
_ESC_TWO_ARGS = {ord(c) for c in "$\\Bc"}

_GS: dict[int, Callable[[_Interpreter], None]] = {
    ord("!"): _Interpreter.gs_size,
    ord("V"): _Interpreter.gs_cut,
    ord("k"): _Interpreter.gs_barcode,
    ord("v"): _Interpreter.gs_raster,
    ord("("): _Interpreter.gs_paren,
    ord("8"): _Interpreter.gs_eight,
    ord("*"): _Interpreter.gs_define_image,
}
_GS_ONE_ARG = {ord(c) for c in "BEHITabfhrw/"}
_GS_TWO_ARGS = {ord(c) for c in "LPW$\\"}


def preview(data: bytes, profile: str = DEFAULT_PROFILE) -> Preview:
    """Interpret ESC/POS ``data`` for a printer with capability ``profile``."""
    return _Interpreter(bytes(data), profile).run()
