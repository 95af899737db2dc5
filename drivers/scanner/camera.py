"""The camera scanner: OpenCV capture, decoding on a thread of its own, one read per code in view.

Two threads per scanner. The *capture* thread reads frames from the source (a device index, a
video file or a stream URL) and leaves only the newest in a one-frame slot: a camera's frames
are worthless once a newer one exists, so stale frames are dropped, never queued. The *decode*
thread takes the newest frame, decodes it (:mod:`drivers.scanner.decoders`), reports each code
that has just come into view, and hands the frame with the codes' outlines to an optional
preview callback. A code stays "in view" while it is seen again within ``hold_off_ms``; it is
reported again only after it has been out of view longer than that.

A video file is played at its own frame rate by default (``realtime``), as a camera would
deliver it; with ``realtime=False`` every frame is decoded, as fast as decoding goes (what
the tests and the throughput benchmark use). Time for de-duplication is the source's clock
(file position, or capture time), so a file gives the same reads however fast the machine is.
"""

from __future__ import annotations

import logging
import platform
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar
from urllib.parse import urlsplit, urlunsplit

from drivers.scanner.backend import OnRead, OnState, ScannerBackend
from drivers.scanner.decoders import (
    DEFAULT_DECODER,
    DEFAULT_SYMBOLOGIES,
    Decoded,
    Decoder,
    available_decoders,
    parse_symbologies,
)
from drivers.scanner.reads import ScannerState, ScanRead, Symbology

if TYPE_CHECKING:
    from drivers.scanner.decoders import Frame

log = logging.getLogger(__name__)

DEFAULT_SYMBOLOGY_NAMES = ",".join(sorted(s.value for s in DEFAULT_SYMBOLOGIES))
_V4L_CLASS = Path("/sys/class/video4linux")
# How long opening or reading a stream URL may take (OpenCV's FFmpeg default is 30 s).
STREAM_TIMEOUT_MS = 5000


@dataclass(frozen=True, slots=True)
class PreviewFrame:
    """A decoded frame for the live preview: the image as captured and the codes found in it.

    ``captured`` is ``time.monotonic()`` when the frame was captured (or, for a file played in
    real time, when it was due); ``number`` counts frames from the start of the source.
    """

    image: Frame
    codes: tuple[Decoded, ...]
    number: int
    captured: float


OnPreview = Callable[[PreviewFrame], None]


@dataclass(frozen=True, slots=True)
class _Captured:
    image: Frame
    number: int
    stream_time: float  # seconds on the source's clock: de-duplication runs on it
    captured: float  # time.monotonic() at capture
    captured_wall: datetime


class _NewestFrame:
    """A one-frame slot between capture and decoding: a newer frame replaces an unread one.

    With ``put(wait=True)`` the producer waits for the slot to empty instead (every frame of a
    file decoded). ``take`` returns ``None`` once the slot is closed and empty.
    """

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._item: _Captured | None = None
        self._closed = False
        self.dropped = 0

    def put(self, item: _Captured, *, wait: bool) -> None:
        with self._cond:
            if wait:
                self._cond.wait_for(lambda: self._item is None or self._closed)
            if self._closed:
                return
            if self._item is not None:
                self.dropped += 1
            self._item = item
            self._cond.notify_all()

    def take(self) -> _Captured | None:
        with self._cond:
            self._cond.wait_for(lambda: self._item is not None or self._closed)
            item, self._item = self._item, None
            self._cond.notify_all()
            return item

    def close(self) -> None:
        with self._cond:
            self._closed = True
            self._cond.notify_all()


class InViewFilter:
    """Reports a code when it comes into view; again only after ``hold_off`` seconds unseen."""

    def __init__(self, hold_off: float) -> None:
        self.hold_off = hold_off
        self._last_seen: dict[tuple[Symbology, bytes], float] = {}

    def new_codes(self, codes: list[Decoded], now: float) -> list[Decoded]:
        """The codes of a frame at ``now`` (seconds on the source's clock) that are new."""
        fresh = []
        for code in codes:
            key = (code.symbology, code.data)
            last = self._last_seen.get(key)
            if last is None or now - last > self.hold_off or now < last:
                fresh.append(code)
            self._last_seen[key] = now
        self._last_seen = {
            k: t for k, t in self._last_seen.items() if 0 <= now - t <= self.hold_off
        }
        return fresh


def _quiet_opencv() -> None:
    """OpenCV logs a warning to stderr for every source it cannot open; we report it ourselves."""
    import cv2

    cv2.utils.logging.setLogLevel(cv2.utils.logging.LOG_LEVEL_ERROR)


@dataclass(eq=False)
class CameraScanner(ScannerBackend):
    """A camera (or video file, or stream) read by a barcode decoder.

    Settings options (all scalars, as the settings file keeps them):

    - ``source``: a device index (``0`` or ``"0"``), a video file path, or a stream URL
      (``rtsp://``, ``http://``);
    - ``decoder``: a decoder name from :func:`~drivers.scanner.decoders.available_decoders`;
    - ``width``/``height``: the capture resolution asked of a camera (0: its default);
    - ``symbologies``: comma-separated :class:`Symbology` values to look for;
    - ``max_decode_width``: downscale wider frames before decoding (0: never);
    - ``hold_off_ms``: how long a code must be out of view before it is reported again;
    - ``reconnect_s``: pause between attempts to open a missing or failed source;
    - ``realtime``: play a video file at its own frame rate (else every frame, at full speed).
    """

    name: ClassVar[str] = "camera"

    source: int | str = 0
    decoder: str = DEFAULT_DECODER
    width: int = 1280
    height: int = 720
    symbologies: str = DEFAULT_SYMBOLOGY_NAMES
    max_decode_width: int = 0
    hold_off_ms: int = 1000
    reconnect_s: float = 2.0
    realtime: bool = True

    _threads: list[threading.Thread] = field(default_factory=list, init=False, repr=False)
    _stop: threading.Event = field(default_factory=threading.Event, init=False, repr=False)
    _ended: threading.Event = field(default_factory=threading.Event, init=False, repr=False)
    _slot: _NewestFrame = field(default_factory=_NewestFrame, init=False, repr=False)
    _preview: OnPreview | None = field(default=None, init=False, repr=False)
    _state_lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)
    _state: ScannerState = field(default=ScannerState.CLOSED, init=False, repr=False)
    _on_state: OnState | None = field(default=None, init=False, repr=False)
    frames_captured: int = field(default=0, init=False)
    frames_decoded: int = field(default=0, init=False)

    def __post_init__(self) -> None:
        self._symbologies = parse_symbologies(self.symbologies)
        kinds = available_decoders(include_unsupported=True)
        if self.decoder not in kinds:
            raise ValueError(f"Unknown decoder {self.decoder!r}; known: {sorted(kinds)}")
        self._decoder_kind = kinds[self.decoder]
        if self.hold_off_ms < 0 or self.reconnect_s <= 0:
            raise ValueError("hold_off_ms must be >= 0 and reconnect_s > 0")

    # -- ScannerBackend ------------------------------------------------------------------

    @classmethod
    def supported(cls) -> bool:
        """OpenCV and at least one decoder must be installed."""
        try:
            import cv2  # noqa: F401
        except ImportError:
            return False
        return bool(available_decoders())

    def describe(self) -> str:
        kind, where = self._source_kind()
        if kind == "device":
            return f"camera {where}"
        if kind == "url":
            return f"camera stream {_without_password(str(where))}"
        return f"video file {where}"

    def start(self, on_read: OnRead, on_state: OnState) -> None:
        if self.running:
            raise RuntimeError(f"{self.describe()} is already running")
        for thread in self._threads:  # a video file that ended: its threads are done
            thread.join()
        decoder = self._decoder_kind(self._symbologies, self.max_decode_width)
        self.frames_captured = self.frames_decoded = 0
        self._stop.clear()
        self._ended.clear()
        self._slot = _NewestFrame()
        self._on_state = on_state
        self._threads = [
            threading.Thread(target=self._capture_loop, name=f"{self.describe()} capture"),
            threading.Thread(
                target=self._decode_loop, args=(decoder, on_read), name=f"{self.describe()} decode"
            ),
        ]
        self._set_state(ScannerState.CONNECTING, "opening")
        for thread in self._threads:
            thread.daemon = True
            thread.start()

    def stop(self, *, wait: bool = True) -> None:
        """Stop; with ``wait=False`` return at once and let the threads finish by themselves.

        The GUI thread uses ``wait=False``: releasing a camera, or a stream URL still being
        opened (up to ``STREAM_TIMEOUT_MS``), can take a while. Until the threads are gone,
        ``running`` stays true and ``start`` refuses.
        """
        self._stop.set()
        self._slot.close()
        if wait:
            for thread in self._threads:
                if thread is not threading.current_thread():  # stop() called from a callback
                    thread.join()
        self._set_state(ScannerState.CLOSED, "stopped")

    # -- extras --------------------------------------------------------------------------

    def set_preview(self, callback: OnPreview | None) -> None:
        """Receive every decoded frame with its codes (on the decode thread: keep it quick)."""
        self._preview = callback

    @property
    def state(self) -> ScannerState:
        with self._state_lock:
            return self._state

    @property
    def running(self) -> bool:
        """Whether the threads still run (a video file ends on its own)."""
        return any(thread.is_alive() for thread in self._threads)

    @property
    def frames_dropped(self) -> int:
        """Frames replaced by a newer one before the decoder got to them."""
        return self._slot.dropped

    # -- internals -----------------------------------------------------------------------

    def _set_state(self, state: ScannerState, detail: str) -> None:
        with self._state_lock:
            changed = state is not self._state
            self._state = state
        if changed and self._on_state is not None:
            if state is ScannerState.DISCONNECTED:
                log.warning("%s: %s", self.describe(), detail)
            try:
                self._on_state(state, detail)
            except Exception:
                log.exception("Scanner state callback failed")

    def _source_kind(self) -> tuple[str, int | str]:
        source = self.source
        if isinstance(source, int) or (isinstance(source, str) and source.strip().isdigit()):
            return "device", int(source)
        if "://" in source:
            return "url", source
        return "file", source

    def _open(self) -> tuple[Any, str | None]:
        """An opened ``cv2.VideoCapture``, or ``None`` and why not."""
        import cv2

        _quiet_opencv()
        kind, where = self._source_kind()
        if kind == "device":
            assert isinstance(where, int)
            if _on_linux() and not Path(f"/dev/video{where}").exists():
                return None, f"no camera: /dev/video{where} does not exist"
            backend = cv2.CAP_V4L2 if _on_linux() else cv2.CAP_ANY
            capture = cv2.VideoCapture(where, backend)
        elif kind == "file":
            if not Path(str(where)).is_file():
                return None, f"video file {where} not found"
            capture = cv2.VideoCapture(str(where))
        else:  # a stream: bounded waits, so stop() and reconnects are never stuck for long
            timeouts = [cv2.CAP_PROP_OPEN_TIMEOUT_MSEC, STREAM_TIMEOUT_MS]
            timeouts += [cv2.CAP_PROP_READ_TIMEOUT_MSEC, STREAM_TIMEOUT_MS]
            capture = cv2.VideoCapture(str(where), cv2.CAP_ANY, timeouts)
        if not capture.isOpened():
            capture.release()
            return None, "cannot open it"
        if kind != "file":
            capture.set(cv2.CAP_PROP_BUFFERSIZE, 1)  # the newest frame, not a backlog
            if self.width and self.height:
                capture.set(cv2.CAP_PROP_FRAME_WIDTH, self.width)
                capture.set(cv2.CAP_PROP_FRAME_HEIGHT, self.height)
        return capture, None

    def _capture_loop(self) -> None:
        is_file = self._source_kind()[0] == "file"
        try:
            while not self._stop.is_set():
                try:
                    ended, problem = self._capture_once(is_file)
                except Exception as exc:  # a capture library failing must not kill the till
                    log.exception("Capture from %s failed", self.describe())
                    ended, problem = False, f"capture failed: {exc}"
                if ended:  # the decode thread reports CLOSED once the last frame is decoded
                    self._ended.set()
                    return
                if not self._stop.is_set():
                    self._set_state(ScannerState.DISCONNECTED, problem)
                    self._stop.wait(self.reconnect_s)
        finally:
            self._slot.close()

    def _capture_once(self, is_file: bool) -> tuple[bool, str]:
        """Open the source and read it; whether a file ended, else why reading stopped."""
        capture, problem = self._open()
        if capture is None:
            return False, problem or ""
        try:
            ended = self._read_frames(capture, is_file)
        finally:
            capture.release()
        return ended, "it stopped delivering frames"

    def _read_frames(self, capture: Any, is_file: bool) -> bool:
        """Read until the source fails (False) or a file ends (True) or we are stopped."""
        import cv2

        pace = is_file and self.realtime
        start: float | None = None
        number = 0
        while not self._stop.is_set():
            ok, image = capture.read()
            if not ok or image is None:
                return is_file and number > 0
            now = time.monotonic()
            if is_file:
                stream_time = float(capture.get(cv2.CAP_PROP_POS_MSEC)) / 1000.0
                if start is None:
                    start = now - stream_time
                if pace:
                    due = start + stream_time
                    if due > now and self._stop.wait(due - now):
                        return False
                    now = max(now, due)
            else:
                stream_time = now
            if number == 0:
                self._set_state(ScannerState.READY, self._ready_detail(image))
            wall = datetime.now(UTC) - timedelta(seconds=time.monotonic() - now)
            self._slot.put(
                _Captured(image, number, stream_time, now, wall), wait=not pace and is_file
            )
            self.frames_captured += 1
            number += 1
        return False

    def _ready_detail(self, image: Frame) -> str:
        height, width = image.shape[:2]
        return f"{width}×{height}, decoder {self.decoder}"

    def _decode_loop(self, decoder: Decoder, on_read: OnRead) -> None:
        in_view = InViewFilter(self.hold_off_ms / 1000.0)
        source = f"camera:{self.source}"
        while (frame := self._slot.take()) is not None:
            try:
                codes = decoder.decode(frame.image)
            except Exception:
                log.exception("Decoding a frame from %s failed", self.describe())
                continue
            self.frames_decoded += 1
            for code in in_view.new_codes(codes, frame.stream_time):
                read = ScanRead(code.data, code.symbology, source, at=frame.captured_wall)
                try:
                    on_read(read)
                except Exception:
                    log.exception("Scan read callback failed")
            preview = self._preview
            if preview is not None:
                try:
                    preview(PreviewFrame(frame.image, tuple(codes), frame.number, frame.captured))
                except Exception:
                    log.exception("Camera preview callback failed")
        if self._ended.is_set():
            self._set_state(ScannerState.CLOSED, "end of the video file")


def _without_password(url: str) -> str:
    """A stream URL fit for a log or the screen: ``rtsp://user:***@host/...``."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    return urlunsplit(parts._replace(netloc=f"{parts.username}:***@{host}"))


@dataclass(frozen=True, slots=True)
class CameraInfo:
    """A camera the settings screen can offer: its index and the name the system gives it."""

    index: int
    name: str


def list_cameras(max_index: int = 8) -> tuple[list[CameraInfo], str]:
    """The cameras on this machine and a message for the settings screen when there are none.

    On Linux this reads ``/sys/class/video4linux`` (no device is opened, so it is instant and
    cannot disturb a camera in use); a node whose ``index`` is not 0 is a UVC metadata node,
    not a picture. Elsewhere indices ``0..max_index-1`` are opened until the first fails.
    """
    cameras: list[CameraInfo] = []
    if _on_linux():
        nodes = sorted(_V4L_CLASS.glob("video*")) if _V4L_CLASS.is_dir() else []
        for node in nodes:
            suffix = node.name.removeprefix("video")
            if not suffix.isdigit() or _read_text(node / "index", "0") != "0":
                continue
            cameras.append(CameraInfo(int(suffix), _read_text(node / "name", node.name)))
        cameras.sort(key=lambda c: c.index)
        if not cameras:
            return [], "No camera found: this machine has no video capture device (/dev/video*)."
        return cameras, ""
    import cv2

    _quiet_opencv()
    for index in range(max_index):
        capture = cv2.VideoCapture(index)
        opened = capture.isOpened()
        capture.release()
        if not opened:
            break
        cameras.append(CameraInfo(index, f"camera {index}"))
    if not cameras:
        return [], "No camera found: no camera answered at any index."
    return cameras, ""


def _on_linux() -> bool:
    return platform.system() == "Linux"


def _read_text(path: Path, default: str) -> str:
    try:
        return path.read_text(encoding="utf-8").strip()
    except OSError:
        return default
