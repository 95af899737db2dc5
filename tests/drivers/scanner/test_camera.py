"""CameraScanner end to end on the shipped video file (real OpenCV capture and decoding).

No camera is attached to the test machines, so a device index can only be tested for the
"no camera" path; everything else reads ``data/codes.mp4`` through the same capture code.
"""

from __future__ import annotations

import shutil
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from drivers.scanner import ScannerState, ScanRead, Symbology, available_scanners
from drivers.scanner.camera import CameraInfo, CameraScanner, PreviewFrame, list_cameras
from tests.drivers.scanner.images import EAN13, QR_PAYLOAD
from tests.drivers.scanner.make_video import FPS, SCENES, VIDEO
from tests.drivers.scanner.system_libraries import needs_zbar

QR = QR_PAYLOAD.encode()


class Recorder:
    """Collects what a scanner reports, from its threads."""

    def __init__(self) -> None:
        self.reads: list[ScanRead] = []
        self.states: list[tuple[ScannerState, str]] = []
        self.previews: list[PreviewFrame] = []
        self._changed = threading.Condition()

    def on_read(self, read: ScanRead) -> None:
        with self._changed:
            self.reads.append(read)
            self._changed.notify_all()

    def on_state(self, state: ScannerState, detail: str) -> None:
        with self._changed:
            self.states.append((state, detail))
            self._changed.notify_all()

    def on_preview(self, frame: PreviewFrame) -> None:
        self.previews.append(frame)

    def wait_until(self, condition: Callable[[], bool], timeout: float = 20.0) -> None:
        with self._changed:
            assert self._changed.wait_for(condition, timeout), f"timed out; {self.states}"

    def wait_for_state(self, state: ScannerState, timeout: float = 20.0) -> str:
        self.wait_until(lambda: any(s is state for s, _ in self.states), timeout)
        return next(detail for s, detail in self.states if s is state)


def play(scanner: CameraScanner, recorder: Recorder, timeout: float = 30.0) -> None:
    """Run the scanner over its whole video file and stop it."""
    scanner.start(recorder.on_read, recorder.on_state)
    try:
        recorder.wait_for_state(ScannerState.CLOSED, timeout)
    finally:
        scanner.stop()


def test_each_code_is_reported_once_while_in_view_and_again_when_it_returns() -> None:
    scanner = CameraScanner(source=str(VIDEO), realtime=False)
    recorder = Recorder()
    play(scanner, recorder)
    assert [(r.data, r.symbology) for r in recorder.reads] == [
        (QR, Symbology.QR),
        (EAN13.encode(), Symbology.EAN13),
        (QR, Symbology.QR),
    ]
    assert {r.source for r in recorder.reads} == {f"camera:{VIDEO}"}
    assert [s for s, _ in recorder.states] == [
        ScannerState.CONNECTING,
        ScannerState.READY,
        ScannerState.CLOSED,
    ]
    assert "640×480" in recorder.states[1][1]
    # Every frame of a file is decoded when not played in real time.
    assert scanner.frames_decoded == scanner.frames_captured == 195
    assert scanner.frames_dropped == 0


def test_a_scanner_whose_video_ended_can_be_started_again() -> None:
    scanner = CameraScanner(source=str(VIDEO), realtime=False)
    first, second = Recorder(), Recorder()
    play(scanner, first)
    play(scanner, second)
    assert len(first.reads) == len(second.reads) == 3
    assert scanner.frames_decoded == 195


def test_a_running_scanner_cannot_be_started_twice() -> None:
    scanner = CameraScanner(source=str(VIDEO), realtime=True)
    recorder = Recorder()
    scanner.start(recorder.on_read, recorder.on_state)
    try:
        with pytest.raises(RuntimeError, match="already running"):
            scanner.start(recorder.on_read, recorder.on_state)
    finally:
        scanner.stop()


def test_the_three_unreadable_frames_inside_a_scene_do_not_cause_a_second_read() -> None:
    """The hold-off bridges a short gap; shorter than the gap, the QR is read again after it."""
    blur_gap_s = len(SCENES[0].blurred) / FPS + 1 / FPS
    recorder = Recorder()
    play(
        CameraScanner(source=str(VIDEO), realtime=False, hold_off_ms=int(blur_gap_s * 500)),
        recorder,
    )
    first_scene = [r for r in recorder.reads if r.data == QR][:2]
    assert len(first_scene) == 2  # before and after the smeared frames


def test_with_a_hold_off_shorter_than_a_frame_every_frame_is_a_read() -> None:
    recorder = Recorder()
    play(CameraScanner(source=str(VIDEO), realtime=False, hold_off_ms=10), recorder)
    readable = sum(s.last - s.first + 1 - len(s.blurred) for s in SCENES)
    assert len(recorder.reads) == readable


def test_the_preview_gets_each_decoded_frame_with_the_outline_of_the_code() -> None:
    scanner = CameraScanner(source=str(VIDEO), realtime=False)
    recorder = Recorder()
    scanner.set_preview(recorder.on_preview)
    play(scanner, recorder)
    assert [p.number for p in recorder.previews] == list(range(195))
    with_code = [p for p in recorder.previews if p.codes]
    expected = {n for s in SCENES for n in range(s.first, s.last + 1) if n not in s.blurred}
    assert {p.number for p in with_code} == expected
    frame = next(p for p in with_code if p.number == SCENES[0].first)
    (code,) = frame.codes
    xs = [x for x, _ in code.outline]
    assert code.data == QR and len(code.outline) == 4
    assert 0 < min(xs) < max(xs) < 640 and frame.image.shape == (480, 640, 3)


def test_a_slow_preview_costs_decoded_frames_never_capture_or_reads() -> None:
    """Played in real time, a decoder held up 80 ms a frame gets only the newest frames."""
    scanner = CameraScanner(source=str(VIDEO), realtime=True)
    recorder = Recorder()
    scanner.set_preview(lambda frame: time.sleep(0.08))
    play(scanner, recorder)
    assert scanner.frames_captured == 195
    assert scanner.frames_dropped > 100
    assert scanner.frames_decoded + scanner.frames_dropped == 195
    assert [r.data for r in recorder.reads] == [QR, EAN13.encode(), QR]


@needs_zbar
def test_pyzbar_gives_the_same_reads_from_the_video() -> None:
    recorder = Recorder()
    play(CameraScanner(source=str(VIDEO), decoder="pyzbar", realtime=False), recorder)
    assert [r.data for r in recorder.reads] == [QR, EAN13.encode(), QR]


def test_a_missing_camera_is_reported_as_disconnected_with_the_reason() -> None:
    scanner = CameraScanner(source=7, reconnect_s=0.05)
    recorder = Recorder()
    scanner.start(recorder.on_read, recorder.on_state)
    try:
        detail = recorder.wait_for_state(ScannerState.DISCONNECTED)
        assert scanner.state is ScannerState.DISCONNECTED
    finally:
        scanner.stop()
    assert "no camera" in detail or "cannot open" in detail
    assert scanner.state is ScannerState.CLOSED and not scanner.running
    assert recorder.reads == []


def test_the_scanner_reconnects_when_its_source_appears(tmp_path: Path) -> None:
    late = tmp_path / "late.mp4"
    scanner = CameraScanner(source=str(late), realtime=False, reconnect_s=0.05)
    recorder = Recorder()
    scanner.start(recorder.on_read, recorder.on_state)
    try:
        assert "not found" in recorder.wait_for_state(ScannerState.DISCONNECTED)
        shutil.copy(VIDEO, late)
        recorder.wait_for_state(ScannerState.CLOSED)
    finally:
        scanner.stop()
    assert [r.data for r in recorder.reads] == [QR, EAN13.encode(), QR]


def test_a_stream_that_ends_is_a_failure_and_is_opened_again() -> None:
    """A URL is a live source: its end is a disconnection, not the end of a file.

    A ``file://`` URL goes through the same stream path (FFmpeg, open and read time-outs)
    as ``rtsp://`` or ``http://`` without a network.
    """
    scanner = CameraScanner(source=VIDEO.as_uri(), reconnect_s=0.05)
    recorder = Recorder()
    scanner.start(recorder.on_read, recorder.on_state)
    try:
        recorder.wait_for_state(ScannerState.DISCONNECTED)
        recorder.wait_until(lambda: [s for s, _ in recorder.states].count(ScannerState.READY) > 1)
    finally:
        scanner.stop()
    states = [s for s, _ in recorder.states]
    assert states[:4] == [
        ScannerState.CONNECTING,
        ScannerState.READY,
        ScannerState.DISCONNECTED,
        ScannerState.READY,
    ]
    assert dict(recorder.states)[ScannerState.DISCONNECTED] == "it stopped delivering frames"
    assert scanner.describe() == f"camera stream {VIDEO.as_uri()}"
    # Read as fast as it comes (no pacing for a live source): whatever was read is real.
    assert {r.data for r in recorder.reads} <= {QR, EAN13.encode()}


def test_a_file_that_is_not_a_video_is_refused_without_a_crash(tmp_path: Path) -> None:
    junk = tmp_path / "junk.mp4"
    junk.write_bytes(b"\x00\x01garbage" * 100)
    scanner = CameraScanner(source=str(junk), reconnect_s=0.05)
    recorder = Recorder()
    scanner.start(recorder.on_read, recorder.on_state)
    try:
        recorder.wait_for_state(ScannerState.DISCONNECTED)
    finally:
        scanner.stop()
    assert recorder.reads == []


def test_stop_in_the_middle_of_a_video_ends_both_threads() -> None:
    scanner = CameraScanner(source=str(VIDEO), realtime=True)  # 6.5 s if left to run
    recorder = Recorder()
    scanner.start(recorder.on_read, recorder.on_state)
    recorder.wait_for_state(ScannerState.READY)
    started = time.monotonic()
    scanner.stop()
    scanner.stop()  # idempotent
    assert time.monotonic() - started < 2.0
    assert not scanner.running
    assert recorder.states[-1] == (ScannerState.CLOSED, "stopped")


def test_stop_without_waiting_returns_at_once_and_the_threads_end_by_themselves() -> None:
    scanner = CameraScanner(source=str(VIDEO), realtime=True)
    recorder = Recorder()
    scanner.start(recorder.on_read, recorder.on_state)
    recorder.wait_for_state(ScannerState.READY)
    scanner.stop(wait=False)
    assert scanner.state is ScannerState.CLOSED
    deadline = time.monotonic() + 5
    while scanner.running and time.monotonic() < deadline:
        time.sleep(0.01)
    assert not scanner.running
    again = Recorder()
    play(scanner, again)  # and it can be started again
    assert len(again.reads) == 3


def test_a_read_callback_that_raises_does_not_stop_the_scanner() -> None:
    recorder = Recorder()

    def failing(read: ScanRead) -> None:
        recorder.on_read(read)
        raise RuntimeError("handler bug")

    scanner = CameraScanner(source=str(VIDEO), realtime=False)
    scanner.start(failing, recorder.on_state)
    try:
        recorder.wait_for_state(ScannerState.CLOSED)
    finally:
        scanner.stop()
    assert len(recorder.reads) == 3


def test_the_camera_kind_is_found_by_its_entry_point() -> None:
    assert available_scanners()["camera"] is CameraScanner
    assert CameraScanner.supported()


@pytest.mark.parametrize("missing", [("cv2",), ("zxingcpp", "pyzbar")], ids=["opencv", "decoders"])
def test_without_opencv_or_without_any_decoder_the_camera_kind_is_unsupported(
    monkeypatch: pytest.MonkeyPatch, missing: tuple[str, ...]
) -> None:
    """A ``None`` in sys.modules makes the import fail, as on a machine without the wheel."""
    for module in missing:
        monkeypatch.setitem(sys.modules, module, None)
    assert not CameraScanner.supported()
    assert "camera" not in available_scanners()
    assert "camera" in available_scanners(include_unsupported=True)


def test_bad_settings_are_refused_when_the_scanner_is_made() -> None:
    with pytest.raises(ValueError, match="Unknown decoder"):
        CameraScanner(decoder="opencv")
    with pytest.raises(ValueError, match="Unknown symbologies"):
        CameraScanner(symbologies="qr,aztec")
    with pytest.raises(ValueError, match="hold_off_ms"):
        CameraScanner(hold_off_ms=-1)


def test_describe_names_the_source_without_a_stream_password() -> None:
    assert CameraScanner(source="0").describe() == "camera 0"
    assert CameraScanner(source="/tmp/x.mp4").describe() == "video file /tmp/x.mp4"
    url = CameraScanner(source="rtsp://till:s3cret@10.0.0.5:554/cam").describe()
    assert url == "camera stream rtsp://till:***@10.0.0.5:554/cam"


def test_listing_cameras_reads_video4linux_and_skips_metadata_nodes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for node, index, name in (
        ("video0", "0", "HD Webcam C615"),
        ("video1", "1", "HD Webcam C615"),
        ("video2", "0", "Barcode camera"),
    ):
        (tmp_path / node).mkdir()
        (tmp_path / node / "index").write_text(index + "\n")
        (tmp_path / node / "name").write_text(name + "\n")
    monkeypatch.setattr("drivers.scanner.camera._V4L_CLASS", tmp_path)
    monkeypatch.setattr("platform.system", lambda: "Linux")
    assert list_cameras() == (
        [CameraInfo(0, "HD Webcam C615"), CameraInfo(2, "Barcode camera")],
        "",
    )


def test_listing_cameras_on_a_machine_without_one_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("drivers.scanner.camera._V4L_CLASS", tmp_path / "absent")
    monkeypatch.setattr("platform.system", lambda: "Linux")
    cameras, message = list_cameras()
    assert cameras == [] and "No camera found" in message
