"""Makes ``codes.mp4``, the short camera video the scanner tests and the benchmark read.

    python -m tests.drivers.scanner.make_video

640×480 at 30 frames/s, 6.5 s: the counter, then a customer's QR held up (drifting a little,
with three motion-blurred frames in the middle that no decoder reads), taken away, an EAN-13,
taken away, and the QR shown again. ``SCENES`` is the script of the video: the tests and the
benchmark read their expectations from it, and the committed file was made by this module.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

from tests.drivers.scanner.images import EAN13, QR_PAYLOAD, Image, ean13_image, on_frame, qr_image

VIDEO = Path(__file__).with_name("data") / "codes.mp4"
FPS = 30
SIZE = (640, 480)
FRAMES = 195


@dataclass(frozen=True)
class Scene:
    """A code in view from frame ``first`` to frame ``last`` (inclusive)."""

    payload: bytes
    first: int
    last: int
    blurred: tuple[int, ...] = ()  # frames in which it is smeared past reading


SCENES = (
    Scene(QR_PAYLOAD.encode(), first=15, last=50, blurred=(30, 31, 32)),
    Scene(EAN13.encode(), first=90, last=120),
    Scene(QR_PAYLOAD.encode(), first=160, last=185),
)


def frame_at(number: int) -> Image:
    """Frame ``number`` of the video, as it is before compression."""
    empty = on_frame(np.zeros((0, 0), np.uint8), SIZE)
    for scene in SCENES:
        if scene.first <= number <= scene.last:
            code = qr_image(module=5) if scene.payload == QR_PAYLOAD.encode() else ean13_image()
            h, w = code.shape
            drift = number - scene.first
            x = (SIZE[0] - w) // 2 - 20 + drift % 40
            y = (SIZE[1] - h) // 2 + (drift // 2) % 10
            frame = on_frame(code, SIZE, at=(x, y))
            if number in scene.blurred:
                kernel = np.zeros((1, 41), np.float32)
                kernel[0, :] = 1 / 41
                frame = cv2.filter2D(frame, -1, kernel)  # a fast horizontal sweep
            return frame
    return empty


def main() -> None:
    VIDEO.parent.mkdir(exist_ok=True)
    writer = cv2.VideoWriter(str(VIDEO), cv2.VideoWriter.fourcc(*"mp4v"), FPS, SIZE)
    if not writer.isOpened():
        raise SystemExit("OpenCV cannot write mp4v here")
    for number in range(FRAMES):
        writer.write(frame_at(number))
    writer.release()
    print(f"{VIDEO}: {VIDEO.stat().st_size} bytes, {FRAMES} frames at {FPS} frames/s")


if __name__ == "__main__":
    main()
