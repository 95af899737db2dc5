"""The live camera preview: the shipped video through a real CameraScanner, painted offscreen."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from drivers.scanner import ScannerState, ScanRead
from drivers.scanner.camera import CameraScanner
from pos.ui.app import install_translator
from pos.ui.features.scanners.camera_preview import OUTLINE_COLOUR, CameraPreview
from tests.drivers.scanner.images import EAN13, QR_PAYLOAD
from tests.drivers.scanner.make_video import VIDEO

pytestmark = pytest.mark.qt


@pytest.fixture
def preview(qtbot: QtBot) -> Iterator[CameraPreview]:
    widget = CameraPreview(CameraScanner(source=str(VIDEO), realtime=True))
    qtbot.addWidget(widget)
    widget.resize(640, 480)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.close()


def outline_pixels(image: QImage) -> int:
    """Pixels painted in the outline colour (the video itself is grey only)."""
    colour = OUTLINE_COLOUR.rgb()
    return sum(
        1
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if image.pixel(x, y) == colour
    )


def test_a_qr_in_the_video_is_outlined_and_read(qtbot: QtBot, preview: CameraPreview) -> None:
    reads: list[ScanRead] = []
    preview.code_read.connect(reads.append)
    preview.start()
    qtbot.waitUntil(lambda: preview.frame is not None and bool(preview.frame.codes), timeout=10_000)
    assert preview.message == ""
    shot = preview.grab().toImage()
    assert outline_pixels(shot) > 50
    qtbot.waitUntil(lambda: len(reads) >= 1, timeout=5_000)
    assert reads[0].data == QR_PAYLOAD.encode()
    preview.stop()
    assert preview.message == "The camera is off."


def test_every_code_of_the_video_reaches_the_widget_once_per_appearance(qtbot: QtBot) -> None:
    widget = CameraPreview(CameraScanner(source=str(VIDEO), realtime=False))
    qtbot.addWidget(widget)
    reads: list[ScanRead] = []
    widget.code_read.connect(reads.append)
    widget.start()
    qtbot.waitUntil(lambda: len(reads) == 3, timeout=20_000)
    widget.stop()
    assert [r.data for r in reads] == [QR_PAYLOAD.encode(), EAN13.encode(), QR_PAYLOAD.encode()]


def test_no_camera_gives_a_clear_message_and_no_picture(qtbot: QtBot) -> None:
    widget = CameraPreview(CameraScanner(source=7, reconnect_s=0.05))  # no /dev/video7 here
    qtbot.addWidget(widget)
    widget.resize(400, 300)
    widget.show()
    widget.start()
    qtbot.waitUntil(lambda: widget.scanner.state is ScannerState.DISCONNECTED, timeout=5_000)
    qtbot.waitUntil(lambda: widget.message.startswith("No camera found"), timeout=2_000)
    assert widget.frame is None
    shot = widget.grab().toImage()
    assert outline_pixels(shot) == 0
    # The message band is painted: white text somewhere in the lower part.
    white = QColor(255, 255, 255).rgb()
    assert any(shot.pixel(x, y) == white for y in range(180, 300, 2) for x in range(0, 400, 2))
    widget.close()
    assert widget.scanner.state is ScannerState.CLOSED


def test_the_no_camera_message_is_translated(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert app is not None
    translators = install_translator(app, "pl")
    assert translators
    try:
        widget = CameraPreview(CameraScanner(source=7))
        qtbot.addWidget(widget)
        widget.handoff.on_state(ScannerState.DISCONNECTED, "no camera")
        qtbot.waitUntil(lambda: "kamer" in widget.message.lower(), timeout=2_000)
    finally:
        for translator in translators:
            QApplication.removeTranslator(translator)
