"""What the scanner editor offers as found: USB/serial ports with a device behind them and
the cameras, never a legacy UART with nothing attached, and a failing port list is no error."""

from __future__ import annotations

from pathlib import Path

import pytest
from serial.tools import list_ports, list_ports_common

from drivers.scanner import camera as camera_module
from drivers.scanner.discovery import FoundScanner, find_scanners


def port(device: str, description: str, hwid: str) -> list_ports_common.ListPortInfo:
    info = list_ports_common.ListPortInfo(device, skip_link_detection=True)
    info.description, info.hwid = description, hwid
    return info


def test_ports_with_a_device_and_cameras_are_found(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    ports = [
        port("/dev/ttyS0", "n/a", "n/a"),  # a motherboard UART, nothing behind it
        port("/dev/ttyACM0", "Honeywell 1470g", "USB VID:PID=0C2E:0B61"),
    ]
    monkeypatch.setattr(list_ports, "comports", lambda: ports)
    node = tmp_path / "video4linux" / "video2"
    node.mkdir(parents=True)
    (node / "name").write_text("Till Cam\n", encoding="utf-8")
    (node / "index").write_text("0\n", encoding="utf-8")
    monkeypatch.setattr(camera_module, "_V4L_CLASS", tmp_path / "video4linux")
    monkeypatch.setattr(camera_module, "_on_linux", lambda: True)

    found = find_scanners()

    assert found.found == [
        FoundScanner("serial", {"url": "/dev/ttyACM0"}, "Honeywell 1470g (/dev/ttyACM0)"),
        FoundScanner("camera", {"source": 2}, "Till Cam (2)"),
    ]
    assert (found.cameras, found.no_camera) == ([(2, "Till Cam")], "")


def test_a_port_list_that_fails_is_logged_and_the_cameras_still_come(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    def broken() -> list[list_ports_common.ListPortInfo]:
        raise OSError("sysfs unreadable")

    monkeypatch.setattr(list_ports, "comports", broken)
    (tmp_path / "video4linux").mkdir()
    monkeypatch.setattr(camera_module, "_V4L_CLASS", tmp_path / "video4linux")
    monkeypatch.setattr(camera_module, "_on_linux", lambda: True)

    found = find_scanners()

    assert found.found == [] and found.cameras == []
    assert found.no_camera.startswith("No camera found")
    assert "serial ports could not be listed" in caplog.text
