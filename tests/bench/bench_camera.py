"""Camera scanner benchmarks: decode time per frame, read rate, end-to-end rate, QR latency.

    python -m tests.bench.bench_camera [--repeat 60] [--latency-runs 2] [--till-runs 4]
                                       [--parts decode,rate,e2e,latency,till]

Prints figures and asserts nothing tight (exit status 1 only when a gross sanity bound breaks:
a plain, undamaged code not read, or a QR taking over a second to report).

* ``decode``: one frame with one code (QR, EAN-13, GS1 Data Matrix) at 640×480 and 1280×720,
  lightly blurred and noisy as a webcam picture is, decoded ``--repeat`` times per decoder
  (and zxing-cpp on a frame downscaled to 640 wide). Pinned to one CPU core with OpenCV's
  thread pool off, as the target says "on one core". Baselines in the same run: OpenCV's
  grayscale conversion plus a resize to 640 wide of the same frame (the least any decoder
  must do), and zxing-cpp decoding the code alone, already cropped (``is_pure``).
* ``rate``: share of frames read correctly over a set of damaged frames (rotation,
  perspective, blur, low contrast, glare, noise) per decoder, code and size.
* ``e2e``: CameraScanner over the shipped 640×480 video and a 1280×720 copy, every frame
  decoded (``realtime=False``): decoded frames per second through capture, the frame slot,
  decoding and de-duplication.
* ``latency``: the video played at its real rate (30 frames/s, as a camera delivers it);
  from the moment the first frame showing the QR is delivered to the moment the read
  callback runs, and from the timestamp of the frame the QR was read in to the callback.
  The frame interval (33 ms) is the floor a camera at 30 frames/s imposes.
* ``till``: the same, through a real till (the demo till window, offscreen, a cashier
  signed in): the camera configured in its settings, started by its ``ScannerService``,
  the read published on the bus, carried by the bridge to the GUI thread and routed by
  ``TillScreen.handle_read`` (the video's QR has an unknown scheme: the cashier's message is
  shown). Measured from the frame timestamp (and from the QR's first frame) to the moment
  ``handle_read`` returns; baseline in the same run: the same reads at the moment the
  service publishes them on the bus (on the scanner thread, before the bridge).

Targets: >= 30 decoded frames/s at 720p for QR on one core; QR in view to routed event
<= 150 ms (the ``till`` part).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from importlib.metadata import version
from pathlib import Path
from typing import Any

import cv2
import zxingcpp

from drivers.scanner.camera import CameraScanner, PreviewFrame
from drivers.scanner.decoders import Decoder, PyzbarDecoder, ZxingCppDecoder
from drivers.scanner.reads import ScannerState, ScanRead
from tests.drivers.scanner.images import (
    DEGRADATIONS,
    EAN13,
    MARKING,
    QR_PAYLOAD,
    Image,
    blur,
    datamatrix_image,
    ean13_image,
    noise,
    on_frame,
    perspective,
    qr_image,
    rotate,
)
from tests.drivers.scanner.make_video import FPS, SCENES, VIDEO, frame_at

PARTS = ("decode", "rate", "e2e", "latency", "till")
SIZES = {"640x480": (640, 480), "1280x720": (1280, 720)}
CODES: dict[str, tuple[Callable[[], Image], bytes]] = {
    "QR": (lambda: qr_image(module=5), QR_PAYLOAD.encode()),
    "EAN-13": (lambda: ean13_image(module=3), EAN13.encode()),
    "DataMatrix": (lambda: datamatrix_image(module=6), MARKING.encode()),
}
QR_TARGET_FPS = 30.0
LATENCY_TARGET_MS = 150.0


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.2f}"


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    fn()  # warm-up (first call loads tables, allocates)
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times


def p95(values: list[float]) -> float:
    """Inclusive: with few values it never reaches past the largest one."""
    return (
        statistics.quantiles(values, n=20, method="inclusive")[18]
        if len(values) >= 2
        else values[0]
    )


def webcam_frame(code: Image, size: tuple[int, int]) -> Image:
    return noise(4.0)(blur(0.8)(on_frame(code, size)))


def decoders_for(code_name: str) -> list[tuple[str, Decoder]]:
    found: list[tuple[str, Decoder]] = [
        ("zxing-cpp", ZxingCppDecoder()),
        ("zxing-cpp ↓640", ZxingCppDecoder(max_width=640)),
    ]
    if code_name != "DataMatrix":  # ZBar has no Data Matrix reader
        found += [("pyzbar", PyzbarDecoder()), ("pyzbar ↓640", PyzbarDecoder(max_width=640))]
    return found


def pin_to_one_core() -> str:
    cv2.setNumThreads(1)
    if hasattr(os, "sched_setaffinity"):
        core = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {core})
        return f"pinned to CPU {core}, OpenCV threads 1"
    return "not pinned (no sched_setaffinity), OpenCV threads 1"


def bench_decode(repeat: int) -> bool:
    print(f"\n== decode time per frame ({pin_to_one_core()}; {repeat} frames each) ==")
    print(
        f"{'code':<11}{'size':<10}{'decoder':<16}{'median ms':>10}{'p95 ms':>9}"
        f"{'frames/s':>10}{'x base':>8}  read"
    )
    sane = True
    for size_name, size in SIZES.items():
        bgr = webcam_frame(qr_image(), size)

        def gray_resize(frame: Image = bgr) -> object:
            gray = cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)
            h = round(gray.shape[0] * 640 / gray.shape[1])
            return cv2.resize(gray, (640, h), interpolation=cv2.INTER_AREA)

        base = statistics.median(timed(gray_resize, repeat))
        print(f"{'baseline':<11}{size_name:<10}{'gray+resize':<16}{ms(base):>10}")
        for code_name, (make, payload) in CODES.items():
            code = make()
            frame = webcam_frame(code, size)
            for label, decoder in decoders_for(code_name):
                times = timed(lambda d=decoder, f=frame: d.decode(f), repeat)
                read = [d.data for d in decoder.decode(frame)] == [payload]
                if not decoder.max_width:  # a downscaled EAN-13 can lose its bars: a finding
                    sane &= read
                median = statistics.median(times)
                print(
                    f"{code_name:<11}{size_name:<10}{label:<16}{ms(median):>10}"
                    f"{ms(p95(times)):>9}{1 / median:>10.0f}{median / base:>8.1f}  "
                    f"{'yes' if read else 'NO'}"
                )
    for code_name, (make, _payload) in CODES.items():
        cropped = make()
        pure = statistics.median(
            timed(lambda c=cropped: zxingcpp.read_barcodes(c, is_pure=True), repeat)
        )
        print(f"{'baseline':<11}{'cropped':<10}{'zxing pure ' + code_name:<26}{ms(pure):>0} ms")
    return sane


def bench_rate() -> bool:
    extra = (rotate(45), perspective(0.3), blur(2.0))
    damage = (*DEGRADATIONS, *extra)
    print(f"\n== read rate over {len(damage)} damaged frames per code and size ==")
    print("   damage: " + ", ".join(d.__name__ for d in damage))
    print(f"{'code':<11}{'size':<10}{'decoder':<16}{'read':>6}  missed")
    for code_name, (make, payload) in CODES.items():
        code = make()
        for size_name, size in SIZES.items():
            frames = [(d.__name__, d(on_frame(code, size))) for d in damage]
            for label, decoder in decoders_for(code_name):
                missed = [
                    name for name, f in frames if [r.data for r in decoder.decode(f)] != [payload]
                ]
                read = len(frames) - len(missed)
                print(
                    f"{code_name:<11}{size_name:<10}{label:<16}{read:>3}/{len(frames)}  "
                    f"{', '.join(missed)}"
                )
    return True


def write_video(path: Path, size: tuple[int, int]) -> None:
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter.fourcc(*"mp4v"), FPS, size)
    for number in range(195):
        frame = frame_at(number)
        writer.write(cv2.resize(frame, size, interpolation=cv2.INTER_LINEAR))
    writer.release()


def run_scanner(
    scanner: CameraScanner,
) -> tuple[list[tuple[ScanRead, float, datetime]], list[PreviewFrame], float]:
    """Play the scanner's file to its end: reads with the callback's monotonic and wall time."""
    reads: list[tuple[ScanRead, float, datetime]] = []
    previews: list[PreviewFrame] = []
    closed = threading.Event()

    def on_state(state: ScannerState, _detail: str) -> None:
        if state is ScannerState.CLOSED:
            closed.set()

    scanner.set_preview(previews.append)
    start = time.perf_counter()
    scanner.start(lambda read: reads.append((read, time.monotonic(), datetime.now(UTC))), on_state)
    closed.wait(120)
    elapsed = time.perf_counter() - start
    scanner.stop()
    return reads, previews, elapsed


def bench_e2e(videos: dict[str, Path]) -> bool:
    cv2.setNumThreads(0)
    print("\n== end to end: CameraScanner over a video file, every frame decoded ==")
    sane = True
    for label, path in videos.items():
        for decoder in ("zxing-cpp", "pyzbar"):
            scanner = CameraScanner(source=str(path), decoder=decoder, realtime=False)
            reads, _, elapsed = run_scanner(scanner)
            # baseline: OpenCV alone reading and converting every frame of the same file
            capture = cv2.VideoCapture(str(path))
            t0 = time.perf_counter()
            while (got := capture.read())[0]:
                cv2.cvtColor(got[1], cv2.COLOR_BGR2GRAY)
            base = time.perf_counter() - t0
            capture.release()
            fps = scanner.frames_decoded / elapsed
            sane &= len(reads) == len(SCENES)
            print(
                f"{label:<10}{decoder:<11}{scanner.frames_decoded} frames in {elapsed:.2f} s"
                f" = {fps:6.0f} frames/s; reads {len(reads)} (expected {len(SCENES)}); "
                f"baseline capture+gray {195 / base:6.0f} frames/s"
            )
    return sane


def bench_latency(videos: dict[str, Path], runs: int) -> bool:
    cv2.setNumThreads(0)
    sane = True
    for label, path in videos.items():
        sane &= latency_of(label, path, runs)
    return sane


def latency_of(label: str, path: Path, runs: int) -> bool:
    print(f"\n== {label}: QR in view -> read callback, played at {FPS} frames/s ({runs} runs) ==")
    qr_scenes = [s for s in SCENES if s.payload == QR_PAYLOAD.encode()]
    from_appearance: list[float] = []
    from_frame: list[float] = []
    dropped = 0
    for _ in range(runs):
        scanner = CameraScanner(source=str(path), realtime=True)
        reads, previews, _ = run_scanner(scanner)
        dropped += scanner.frames_dropped
        # Frame n was delivered at anchor + n / FPS (the player paces on the file's clock).
        anchor = statistics.median(p.captured - p.number / FPS for p in previews)
        qr_reads = [r for r in reads if r[0].data == QR_PAYLOAD.encode()]
        for scene, (read, called, called_wall) in zip(qr_scenes, qr_reads, strict=False):
            from_appearance.append(called - (anchor + scene.first / FPS))
            from_frame.append((called_wall - read.at).total_seconds())
    sane = bool(from_appearance) and max(from_appearance) < 1.0
    for name, values in (
        ("QR first in view -> callback", from_appearance),
        ("frame timestamp  -> callback", from_frame),
    ):
        if values:
            print(
                f"{name}: median {ms(statistics.median(values))} ms, max {ms(max(values))} ms"
                f" over {len(values)} reads"
            )
    print(
        f"baseline: one frame interval {ms(1 / FPS)} ms; frames dropped (decoder busy): {dropped}"
    )
    if from_appearance:
        verdict = "OK" if max(from_appearance) * 1000 <= LATENCY_TARGET_MS else "MISS"
        print(f"target <= {LATENCY_TARGET_MS:.0f} ms: {verdict}")
    return sane


def bench_till(videos: dict[str, Path], runs: int) -> bool:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from pos.events import Event
    from pos.paths import TillPaths
    from pos.services.events import ScanReceived
    from pos.ui.app import build_window
    from tests.bench.bench_till import DEMO_CASHIER, DEMO_PIN, _idle, _wait

    cv2.setNumThreads(0)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    sane = True
    with tempfile.TemporaryDirectory() as tmp:
        paths = TillPaths(Path(tmp, "till"))
        paths.root.mkdir()
        window = build_window(paths, demo=True)
        window.show()
        _wait(app, lambda: window.ready and bool(window.login.user_group.buttons()), 120)
        for button in window.login.user_group.buttons():
            if button.text() == DEMO_CASHIER:
                button.click()
        QTest.keyClicks(window.login.pin, DEMO_PIN)
        QTest.keyClick(window.login.pin, Qt.Key.Key_Return)
        screen = window.till_screen
        _wait(app, lambda: window.till.current_user is not None, 30)
        handled: list[tuple[ScanRead, float, datetime]] = []
        published: dict[int, datetime] = {}  # id(read) -> when the bus got it
        route = screen.handle_read

        def timed_route(read: ScanRead, quantity: object = None) -> None:
            route(read)
            handled.append((read, time.monotonic(), datetime.now(UTC)))

        screen.handle_read = timed_route  # type: ignore[method-assign]
        bus = window.till.bus
        publish = bus.publish

        def timed_publish(event: Event) -> None:  # stamped before any subscriber runs
            if isinstance(event, ScanReceived):
                published[id(event.read)] = datetime.now(UTC)
            publish(event)

        bus.publish = timed_publish  # type: ignore[method-assign]
        try:
            for label, path in videos.items():
                sane &= till_latency_of(label, path, runs, window, handled, published)
        finally:
            window.till.scanners.stop()
            window.close()
            _idle(100)
    return sane


def till_latency_of(
    label: str,
    path: Path,
    runs: int,
    window: Any,
    handled: list[tuple[ScanRead, float, datetime]],
    published: dict[int, datetime],
) -> bool:
    from PySide6.QtWidgets import QApplication

    from pos.config import ScannerDeviceSettings
    from tests.bench.bench_till import _idle, _wait

    print(
        f"\n== {label}: QR in view -> routed event handled on the GUI thread of a till, "
        f"played at {FPS} frames/s ({runs} runs) =="
    )
    qr_scenes = [s for s in SCENES if s.payload == QR_PAYLOAD.encode()]
    from_appearance: list[float] = []
    from_frame: list[float] = []
    to_bus: list[float] = []
    hops: list[float] = []
    app = QApplication.instance()
    for _ in range(runs):
        handled.clear()
        previews: list[PreviewFrame] = []
        window.till.settings.scanner.devices = [
            ScannerDeviceSettings(kind="camera", options={"source": str(path)})
        ]
        window.till.restart_scanners()
        [scanner] = window.till.scanners.backends
        scanner.set_preview(previews.append)
        _wait(app, lambda s=scanner: s.state is ScannerState.CLOSED and not s.running, 60)
        _idle(200)  # the last read's trip through the bridge
        window.till.scanners.stop()
        anchor = statistics.median(p.captured - p.number / FPS for p in previews)
        qr_reads = [h for h in handled if h[0].data == QR_PAYLOAD.encode()]
        for scene, (read, done, done_wall) in zip(qr_scenes, qr_reads, strict=False):
            from_appearance.append(done - (anchor + scene.first / FPS))
            from_frame.append((done_wall - read.at).total_seconds())
            to_bus.append((published[id(read)] - read.at).total_seconds())
            hops.append((done_wall - published[id(read)]).total_seconds())
    sane = len(from_frame) == len(qr_scenes) * runs and max(from_frame) < 1.0
    for name, values in (
        ("QR first in view -> routed on GUI", from_appearance),
        ("frame timestamp  -> routed on GUI", from_frame),
        ("baseline: frame timestamp -> bus ", to_bus),
    ):
        if values:
            print(
                f"{name}: median {ms(statistics.median(values))} ms, p95 {ms(p95(values))} ms,"
                f" max {ms(max(values))} ms over {len(values)} reads"
            )
    if hops:
        print(
            f"bus -> bridge -> routed on GUI (the till's share): median "
            f"{ms(statistics.median(hops))} ms, p95 {ms(p95(hops))} ms"
        )
    if from_appearance:
        worst = max(from_appearance) * 1000
        print(f"target QR in view -> routed <= {LATENCY_TARGET_MS:.0f} ms (worst read): ", end="")
        print("OK" if worst <= LATENCY_TARGET_MS else "MISS")
    return sane


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=60)
    parser.add_argument("--latency-runs", type=int, default=2)
    parser.add_argument("--till-runs", type=int, default=4)
    parser.add_argument("--parts", default=",".join(PARTS))
    args = parser.parse_args(argv)
    parts = args.parts.split(",")
    names = ("opencv-python-headless", "zxing-cpp", "pyzbar", "numpy")
    print(", ".join(f"{name} {version(name)}" for name in names), f"- {os.cpu_count()} CPUs")
    sane = True
    with tempfile.TemporaryDirectory() as tmp:
        videos = {"640x480": VIDEO, "1280x720": Path(tmp, "codes-720p.mp4")}
        write_video(videos["1280x720"], SIZES["1280x720"])
        # e2e and latency first: the decode part pins this process to one core.
        if "e2e" in parts:
            sane &= bench_e2e(videos)
        if "latency" in parts:
            sane &= bench_latency(videos, args.latency_runs)
        if "till" in parts:
            sane &= bench_till(videos, args.till_runs)
    if "rate" in parts:
        sane &= bench_rate()
    if "decode" in parts:
        sane &= bench_decode(args.repeat)
    print("\nsanity bounds:", "OK" if sane else "BROKEN")
    return 0 if sane else 1


if __name__ == "__main__":
    sys.exit(main())
