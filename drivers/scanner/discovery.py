"""Scanners this machine seems to have, for a set-up screen to offer: serial ports (USB-CDC,
RS-232 adapters) and cameras. A keyboard-wedge (USB HID) scanner is a keyboard to the system
and needs no finding: the wedge is always there.

Blocking (pyserial may open sysfs, a camera list off Linux opens devices): call it off the
GUI thread. Nothing found is an empty list plus the reason, never an exception.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from drivers.scanner.camera import list_cameras

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class FoundScanner:
    """A scanner that could be added as it is: its kind, the options that reach it, a name."""

    kind: str
    options: dict[str, str | int | float | bool]
    name: str


@dataclass(frozen=True, slots=True)
class Discovery:
    found: list[FoundScanner] = field(default_factory=list)
    cameras: list[tuple[int, str]] = field(default_factory=list)  # (index, name)
    no_camera: str = ""  # why no camera was found ("" when some were)


def find_scanners() -> Discovery:
    found: list[FoundScanner] = []
    try:
        from serial.tools import list_ports

        for port in sorted(list_ports.comports(), key=lambda p: p.device):
            if port.hwid in ("", "n/a"):  # a legacy UART with nothing behind it
                continue
            label = port.description if port.description not in ("", "n/a") else port.device
            found.append(FoundScanner("serial", {"url": port.device}, f"{label} ({port.device})"))
    except Exception:  # a list, not the till: say so in the log and go on
        log.exception("serial ports could not be listed")
    cameras: list[tuple[int, str]] = []
    why = ""
    try:
        listed, why = list_cameras()
        cameras = [(c.index, c.name) for c in listed]
        found += [FoundScanner("camera", {"source": i}, f"{n} ({i})") for i, n in cameras]
    except Exception as exc:
        log.exception("cameras could not be listed")
        why = str(exc)
    return Discovery(found, cameras, why)
