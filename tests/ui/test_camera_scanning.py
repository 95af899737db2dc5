"""A camera at the till, end to end: the shipped video (tests/drivers/scanner/make_video.py: a
customer QR of an unknown scheme, an EAN-13, the QR again) read by a real CameraScanner that
the till's ScannerService runs, through the bus, the bridge and the scan router into the cart;
and the scanner screen's camera: the camera list, the "no camera" message, the live preview
with the code outlined, and attaching to the camera the service already runs.

The demo catalog has no product with the video's EAN-13, so each test gives that code to one
demo product in the till's real SQLite file.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from drivers.scanner import camera as camera_module
from pos.config import ScannerDeviceSettings
from pos.store.db import connect_plain
from pos.ui.app import TillWindow
from pos.ui.features.scanners.camera_preview import no_camera_message
from pos.ui.features.scanners.scanner_dialog import ScannerDialog
from pos.ui.features.scanners.scanners import Scanners
from tests.drivers.scanner.images import EAN13, QR_PAYLOAD
from tests.drivers.scanner.make_video import SCENES, VIDEO
from tests.ui.conftest import answer_dialog, demo_barcode
from tests.ui.test_scanning import lines
from tests.ui.test_whole_sale import sign_in

pytestmark = pytest.mark.qt

UNKNOWN = "not a product or a code this till knows"


def give_the_video_ean_to_a_demo_product(window: TillWindow) -> str:
    """The product id that the video's EAN-13 now sells."""
    code = demo_barcode(window, offset=5)
    with connect_plain(window.till.paths.database) as conn:
        [product_id] = conn.execute(
            "SELECT product_id FROM barcodes WHERE code = ?", (code,)
        ).fetchone()
        conn.execute("DELETE FROM barcodes WHERE code = ?", (EAN13,))
        conn.execute("INSERT INTO barcodes (code, product_id) VALUES (?, ?)", (EAN13, product_id))
    return str(product_id)


@pytest.fixture
def no_cameras(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """This machine as one without cameras, whatever it has (an empty video4linux class)."""
    empty = tmp_path / "video4linux"
    empty.mkdir()
    monkeypatch.setattr(camera_module, "_V4L_CLASS", empty)


def signed_in_as_manager(qtbot: QtBot, window: TillWindow) -> TillWindow:
    olga = next(i for i, b in enumerate(window.login.user_group.buttons()) if b.text() == "Olga")
    sign_in(qtbot, window, "3333", olga)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.till_screen)
    return window


def shown_to_cashier(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.getMessage().startswith("shown to")]


def test_a_camera_read_sells_the_product_and_an_unknown_qr_only_says_so(
    qtbot: QtBot, till_window: TillWindow, caplog: pytest.LogCaptureFixture
) -> None:
    window = till_window
    sign_in(qtbot, window, "1111")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.till_screen)
    product_id = give_the_video_ean_to_a_demo_product(window)
    window.till.settings.scanner.devices = [
        ScannerDeviceSettings(kind="camera", options={"source": str(VIDEO), "realtime": False})
    ]
    states = window.till_screen.feature(Scanners).states
    where = f"video file {VIDEO}"
    caplog.set_level(logging.INFO, logger="pos.ui.shell.till_screen")
    try:
        window.till.restart_scanners()
        qtbot.waitUntil(lambda: states.get(where, ("",))[0] == "closed", timeout=30_000)
        qtbot.waitUntil(lambda: lines(window) == 1, timeout=10_000)
    finally:
        window.till.scanners.stop()
    sale = window.till_screen.sale
    assert sale is not None
    [line] = sale.lines
    assert (line.product.product_id, line.product.barcode) == (product_id, EAN13)
    qr_scenes = [s for s in SCENES if s.payload == QR_PAYLOAD.encode()]
    unknown = [m for m in shown_to_cashier(caplog) if UNKNOWN in m]
    assert len(unknown) == len(qr_scenes) == 2  # the QR was in view twice: said twice
    assert QR_PAYLOAD[:20] in unknown[0]  # the screen shortens it
    assert lines(window) == 1


def test_a_manager_adds_a_camera_aiming_it_with_the_live_preview(
    qtbot: QtBot, till_window: TillWindow, no_cameras: None
) -> None:
    window = signed_in_as_manager(qtbot, till_window)
    give_the_video_ean_to_a_demo_product(window)
    seen: dict[str, object] = {}

    def add_camera(dialog: ScannerDialog) -> None:
        try:
            try_adding_camera(dialog)
        except BaseException as problem:  # an assertion here must not leave the dialog open
            seen["problem"] = problem
            dialog.reject()

    def try_adding_camera(dialog: ScannerDialog) -> None:
        editor = dialog.editor
        qtbot.waitUntil(lambda: editor.discovery is not None)  # looked for off the GUI thread
        editor.kind.setCurrentText("serial")
        assert not editor.camera_box.isVisible()  # no camera configured, kind not camera
        editor.kind.setCurrentText("camera")
        assert editor.camera_box.isVisible()
        seen["no camera"] = editor.no_camera.isVisible() and editor.no_camera.text()
        seen["choices"] = editor.camera.count()
        typed = editor.camera.lineEdit()
        qtbot.keyClicks(typed, str(VIDEO))
        typed.editingFinished.emit()  # as leaving the field does
        preview = editor.preview
        assert preview is not None
        qtbot.waitUntil(lambda: bool(preview.frame and preview.frame.codes), timeout=10_000)
        assert preview.frame is not None
        seen["outlined"] = [code.data for code in preview.frame.codes]
        qtbot.waitUntil(lambda: len(editor.reads) >= 1, timeout=10_000)  # the test shows it
        seen["test read"] = editor.reads[0].data
        editor.add_button.click()
        dialog.save_button.click()

    answer_dialog(ScannerDialog, add_camera)
    qtbot.keyClick(window.till_screen.scan, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    try:
        assert "problem" not in seen, seen.get("problem")
        assert seen["no camera"] == no_camera_message()
        assert seen["choices"] == 0
        assert seen["outlined"] == [QR_PAYLOAD.encode()]
        assert seen["test read"] == QR_PAYLOAD.encode()
        assert lines(window) == 0  # reads in the test screen sell nothing
        [device] = window.till.settings.scanner.devices
        assert (device.kind, device.options) == ("camera", {"source": str(VIDEO)})
        # Saved: the scanner service plays the video at its real rate; the EAN-13 sells.
        qtbot.waitUntil(lambda: lines(window) == 1, timeout=15_000)
        [running] = window.till.scanners.backends

        def look_at_it(dialog: ScannerDialog) -> None:
            dialog.editor.devices.setCurrentRow(1)  # the camera (row 0 is the wedge)
            seen["previewed"] = dialog.editor.preview.scanner if dialog.editor.preview else None
            dialog.reject()

        answer_dialog(ScannerDialog, look_at_it)
        qtbot.keyClick(window.till_screen.scan, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
        assert seen["previewed"] is running  # attached to, not opened a second time
    finally:
        window.till.scanners.stop()


@pytest.fixture
def one_camera(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[int]:
    """A machine whose video4linux class lists one camera, at an index with no device node."""
    index = 7
    node = tmp_path / "video4linux" / f"video{index}"
    node.mkdir(parents=True)
    (node / "name").write_text("Till Cam\n", encoding="utf-8")
    (node / "index").write_text("0\n", encoding="utf-8")
    metadata = tmp_path / "video4linux" / f"video{index + 1}"  # its UVC metadata node
    metadata.mkdir()
    (metadata / "index").write_text("1\n", encoding="utf-8")
    monkeypatch.setattr(camera_module, "_V4L_CLASS", tmp_path / "video4linux")
    yield index


def test_the_camera_choice_lists_the_cameras_and_says_when_one_cannot_be_opened(
    qtbot: QtBot, till_window: TillWindow, one_camera: int
) -> None:
    window = signed_in_as_manager(qtbot, till_window)
    seen: dict[str, object] = {}

    def choose(dialog: ScannerDialog) -> None:
        try:
            try_choosing(dialog)
        finally:
            dialog.reject()

    def try_choosing(dialog: ScannerDialog) -> None:
        editor = dialog.editor
        qtbot.waitUntil(lambda: editor.discovery is not None)  # looked for off the GUI thread
        editor.kind.setCurrentText("camera")
        seen["choices"] = [editor.camera.itemText(i) for i in range(editor.camera.count())]
        seen["no camera shown"] = editor.no_camera.isVisible()
        editor.camera.setCurrentIndex(0)
        editor.camera.activated.emit(0)  # as a click on the list does
        preview = editor.preview
        assert preview is not None
        seen["source"] = preview.scanner.source
        # /dev/video7 does not exist: the preview says so instead of a picture
        qtbot.waitUntil(lambda: preview.message == no_camera_message(), timeout=5_000)

    answer_dialog(ScannerDialog, choose)
    qtbot.keyClick(window.till_screen.scan, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert seen == {
        "choices": [f"Till Cam ({one_camera})"],
        "no camera shown": False,
        "source": one_camera,
    }
    assert window.till.settings.scanner.devices == []
