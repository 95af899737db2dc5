"""Live camera preview: the newest decoded frame with the codes found in it outlined.

The scanner's threads never touch a widget. They leave the newest frame, the state and the
reads in a small locked :class:`PreviewHandoff` (a plain object: no scanner thread holds a
reference to a Qt object); a ``QTimer`` on the GUI thread picks them up. A frame
that arrives while the GUI is busy simply replaces the previous one, so a slow GUI costs
preview frames, never capture or decoding time.

Embedding: ``CameraPreview(CameraScanner(**options))``, then ``start()``/``stop()`` when the
widget owns the scanner (a camera being set up that nothing runs yet); ``code_read`` is
emitted on the GUI thread for each of its reads. For a scanner the scanner service already
runs, ``attach()`` instead: the preview only shows its frames and follows its state (a camera
cannot usually be opened twice); its reads reach the till through the service, as always.
``release()`` (also on close) lets go of the scanner either way.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QColor, QImage, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from drivers.scanner import ScannerState, ScanRead
from drivers.scanner.camera import CameraScanner, PreviewFrame

OUTLINE_COLOUR = QColor(0, 220, 80)
POLL_MS = 30  # a little faster than a 30 frames/s camera


class PreviewHandoff:
    """What the scanner's threads leave for the widget: the newest frame, reads, last state.

    A plain object, not the widget: the scanner holds only this, so no scanner thread ever
    holds (and might be the last to release) a reference to a Qt object.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._frame: PreviewFrame | None = None
        self._reads: list[ScanRead] = []
        self._state: tuple[ScannerState, str] | None = None

    def on_read(self, read: ScanRead) -> None:
        with self._lock:
            self._reads.append(read)

    def on_state(self, state: ScannerState, detail: str) -> None:
        with self._lock:
            self._state = (state, detail)

    def on_preview(self, frame: PreviewFrame) -> None:
        with self._lock:
            self._frame = frame

    def take(self) -> tuple[PreviewFrame | None, list[ScanRead], tuple[ScannerState, str] | None]:
        """Everything left since the last call (the frame only if a newer one came)."""
        with self._lock:
            taken = (self._frame, self._reads, self._state)
            self._frame, self._reads, self._state = None, [], None
        return taken


class CameraPreview(QWidget):
    code_read = Signal(object)  # a drivers.scanner.ScanRead, on the GUI thread

    def __init__(self, scanner: CameraScanner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scanner = scanner
        self.setMinimumSize(320, 240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        # Give handoff.on_read / handoff.on_state to whoever starts the scanner.
        self.handoff = PreviewHandoff()
        # GUI-thread state, what is painted.
        self._image: QImage | None = None
        self._frame: PreviewFrame | None = None
        self._state = ScannerState.CLOSED
        self._ever_had_frame = False
        self._started_here = False
        self._attached = False
        scanner.set_preview(self.handoff.on_preview)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        self._timer.start()

    # -- owning the scanner ----------------------------------------------------------------

    def start(self) -> None:
        """Start the scanner with this widget receiving its reads and states."""
        self._started_here = True
        self.scanner.start(self.handoff.on_read, self.handoff.on_state)

    def stop(self) -> None:
        """Stop the scanner if this widget started it, without waiting for its threads."""
        if self._started_here:
            self._started_here = False
            self.scanner.stop(wait=False)
            self._poll()

    def attach(self) -> None:
        """Show a scanner someone else started: its frames, and its state read on each poll."""
        self._attached = True
        self._poll()

    def release(self) -> None:
        """Stop the scanner if started here, stop showing it, stop polling. Idempotent."""
        self.stop()
        self._attached = False
        self._timer.stop()
        self.scanner.set_preview(None)

    # -- GUI thread ------------------------------------------------------------------------

    @property
    def frame(self) -> PreviewFrame | None:
        """The frame on screen (with its codes)."""
        return self._frame

    @property
    def message(self) -> str:
        """What the preview says over (or instead of) the picture; empty while reading."""
        if self._state is ScannerState.READY:
            return ""
        if self._state is ScannerState.CONNECTING:
            return self.tr("Opening the camera…")
        if self._state is ScannerState.DISCONNECTED:
            if self._ever_had_frame:
                return self.tr(
                    "The camera stopped sending pictures. Check its cable; the till keeps trying."
                )
            return no_camera_message()
        return self.tr("The camera is off.")

    def _poll(self) -> None:
        frame, reads, state = self.handoff.take()
        if self._attached:
            state = (self.scanner.state, "")
        changed = False
        if state is not None and state[0] is not self._state:
            self._state = state[0]
            changed = True
        if frame is not None:
            self._frame = frame
            self._image = _to_qimage(frame)
            self._ever_had_frame = True
            changed = True
        if changed:
            self.update()
        for read in reads:
            self.code_read.emit(read)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(30, 30, 30))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._image is not None and self._frame is not None:
            target = _fit(self._image.width(), self._image.height(), self.width(), self.height())
            painter.drawImage(target, self._image)
            scale = target.width() / self._image.width()
            painter.setPen(QPen(OUTLINE_COLOUR, 3))
            for code in self._frame.codes:
                painter.drawPolygon(
                    QPolygonF(
                        [
                            QPointF(target.x() + x * scale, target.y() + y * scale)
                            for x, y in code.outline
                        ]
                    )
                )
        message = self.message
        if message:
            band = QRectF(0, self.height() * 0.6, self.width(), self.height() * 0.4)
            painter.fillRect(band, QColor(0, 0, 0, 170))
            painter.setPen(QColor(255, 255, 255))
            painter.drawText(
                band.adjusted(12, 8, -12, -8),
                int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                message,
            )
        painter.end()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.release()
        super().closeEvent(event)


def no_camera_message() -> str:
    """The translated "no camera" text, also for a settings page whose camera list is empty
    (:func:`drivers.scanner.camera.list_cameras` returns no cameras)."""
    return QCoreApplication.translate(
        "CameraPreview",
        "No camera found. Connect a camera or choose another one in the scanner settings;"
        " the till keeps trying.",
    )


def _to_qimage(frame: PreviewFrame) -> QImage:
    image = frame.image
    height, width = image.shape[:2]
    if image.ndim == 2:
        fmt, line = QImage.Format.Format_Grayscale8, width
    else:
        fmt, line = QImage.Format.Format_BGR888, width * 3
    # copy(): the QImage must own its pixels, the array may go away with the next frame
    return QImage(image.data, width, height, line, fmt).copy()


def _fit(width: int, height: int, into_width: int, into_height: int) -> QRectF:
    """The largest rectangle of the image's aspect ratio centred in the widget."""
    scale = min(into_width / width, into_height / height)
    w, h = width * scale, height * scale
    return QRectF((into_width - w) / 2, (into_height - h) / 2, w, h)
