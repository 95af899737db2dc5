"""The support bundle: one zip a technician sends when a till misbehaves.

It holds the till's logs (the rotating ``logs/till.log*``), its settings with every secret
replaced by ``"<redacted>"`` (terminal passwords, PINs, tokens, keys: by the name of the
field, at any depth), the versions (Omnitill, Python, the libraries, the database schema),
the pairing (hub URL, store, till - never the device token, only whether one exists) and the
devices (configured printer, terminal and scanners; the kinds this install supports; serial
ports and cameras seen now). It never opens the database for writing and never migrates it:
a broken till can still be described. Written whole or not at all, owner-only."""

from __future__ import annotations

import io
import json
import platform
import re
import sqlite3
import sys
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

from pos import __version__
from pos.paths import TillPaths
from pos.private_files import write_private
from pos.store.pairing import PAIRING_KEY

REDACTED = "<redacted>"
# Field names whose values are secrets, wherever they sit in the settings (and in the pairing).
SECRET_FIELD = re.compile(
    r"(password|passwd|secret|token|private|api_?key|(^|_)pins?($|_)|^key$)", re.IGNORECASE
)
# Secrets a log line might carry whatever logged it: bearer tokens and "token=..." pairs.
SECRET_IN_TEXT = re.compile(
    r"(?i)(bearer\s+|(?:token|password|pin)[\"']?\s*[=:]\s*[\"']?)[^\s\"',]+"
)
LIBRARIES = (
    "PySide6-Essentials", "SQLAlchemy", "alembic", "pydantic", "httpx", "python-escpos",
    "pyserial", "opencv-python-headless", "zxing-cpp", "pyzbar", "babel", "biip",
)  # fmt: skip


def redact(value: Any) -> Any:
    """``value`` with every secret field's value replaced (dicts and lists, any depth)."""
    if isinstance(value, dict):
        return {
            k: REDACTED if SECRET_FIELD.search(str(k)) and v not in ("", None) else redact(v)
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [redact(v) for v in value]
    return value


def redact_text(text: str) -> str:
    return SECRET_IN_TEXT.sub(lambda m: m.group(1) + REDACTED, text)


def write_support_bundle(
    paths: TillPaths,
    target: Path | None = None,
    *,
    now: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> Path:
    """Write the bundle to ``target`` (default ``DATA_DIR/support/omnitill-support-<UTC>.zip``)
    and return its path."""
    taken = now()
    if target is None:
        target = paths.support_dir / f"omnitill-support-{taken:%Y%m%dT%H%M%SZ}.zip"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as bundle:

        def add_json(name: str, data: object) -> None:
            bundle.writestr(name, json.dumps(data, indent=2, sort_keys=True, default=str) + "\n")

        add_json("bundle.json", {"created_utc": taken.isoformat(), "data_dir": str(paths.root)})
        add_json("settings.json", _settings(paths))
        add_json("versions.json", _versions(paths))
        add_json("pairing.json", _pairing(paths))
        add_json("devices.json", _devices(paths))
        if paths.root.joinpath("logs").is_dir():
            for log in sorted(paths.log_dir.glob("*.log*")):
                text = log.read_text(encoding="utf-8", errors="replace")
                bundle.writestr(f"logs/{log.name}", redact_text(text))
    target.parent.mkdir(parents=True, exist_ok=True)
    write_private(target, buffer.getvalue())
    return target


def _settings(paths: TillPaths) -> object:
    try:
        raw = json.loads(paths.settings.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {"missing": str(paths.settings)}
    except (OSError, ValueError) as exc:
        return {"unreadable": str(exc)}
    return redact(raw)


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def _versions(paths: TillPaths) -> dict[str, object]:
    libraries: dict[str, str | None] = {}
    for name in LIBRARIES:
        try:
            libraries[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            libraries[name] = None
    schema: object = None
    if paths.database.exists():
        try:
            with _read_only(paths.database) as conn:
                schema = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        except sqlite3.Error as exc:
            schema = f"unreadable: {exc}"
    return {
        "omnitill": __version__,
        "python": sys.version,
        "platform": platform.platform(),
        "libraries": libraries,
        "database_schema": schema,
    }


def _pairing(paths: TillPaths) -> dict[str, object]:
    pairing: object = None
    if paths.database.exists():
        try:
            with _read_only(paths.database) as conn:
                row = conn.execute(
                    "SELECT value FROM meta WHERE key = ?", (PAIRING_KEY,)
                ).fetchone()
            pairing = None if row is None else redact(json.loads(str(row[0])))
        except (sqlite3.Error, ValueError) as exc:
            pairing = f"unreadable: {exc}"
    return {"pairing": pairing, "device_token_present": paths.device_token.exists()}


def _devices(paths: TillPaths) -> dict[str, object]:
    """What is configured, what this install can drive, and what is plugged in now."""
    from drivers.payment import available_terminals
    from drivers.printer.registry import available_connections
    from drivers.scanner.backend import available_scanners
    from drivers.scanner.camera import list_cameras
    from drivers.scanner.decoders import available_decoders

    settings = _settings(paths)
    configured = (
        {k: settings.get(k) for k in ("printer", "payment", "scanner")}
        if isinstance(settings, dict)
        else settings
    )
    try:
        from serial.tools import list_ports

        ports: object = [
            {"device": p.device, "description": p.description, "hwid": p.hwid}
            for p in list_ports.comports()
        ]
    except Exception as exc:  # a report, not the till: say what failed and go on
        ports = f"unavailable: {exc}"
    try:
        cameras, note = list_cameras()
        seen_cameras: object = {
            "cameras": [{"index": c.index, "name": c.name} for c in cameras],
            "note": note,
        }
    except Exception as exc:
        seen_cameras = f"unavailable: {exc}"
    return {
        "configured": configured,
        "supported_kinds": {
            "printer_connections": sorted(available_connections()),
            "payment_terminals": sorted(available_terminals()),
            "scanners": sorted(available_scanners()),
            "barcode_decoders": sorted(available_decoders()),
        },
        "serial_ports": ports,
        "cameras": seen_cameras,
    }
