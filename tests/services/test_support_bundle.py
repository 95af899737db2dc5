"""The support bundle a technician sends: everything needed to understand a till, no secret.

Real files throughout: a migrated SQLite cache with a pairing, a device-token file, settings
with a terminal password, and logs written (and rotated) by the till's own log handler."""

from __future__ import annotations

import json
import logging
import stat
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from pos.cli import main
from pos.config import Settings, save_settings
from pos.paths import TillPaths
from pos.private_files import PrivateRotatingFileHandler
from pos.services.support_bundle import REDACTED, redact, write_support_bundle
from pos.store.db import open_database
from pos.store.migrations import HEAD_REVISION
from pos.store.pairing import Pairing, PairingRepository, TokenFile

TOKEN = "dev-token-5f1c9e0b7a"
TERMINAL_PASSWORD = "zvt-pass-4711"
BEARER = "bearer-value-88a1"


@pytest.fixture
def till_dir(tmp_path: Path) -> TillPaths:
    paths = TillPaths(tmp_path / "till")
    paths.root.mkdir()
    settings = Settings()
    settings.payment.terminal = "zvt"
    settings.payment.options = {"transport": "tcp", "host": "10.0.0.5", "port": 20007,
                                "password": TERMINAL_PASSWORD}  # fmt: skip
    save_settings(settings, paths.settings)
    db = open_database(paths.database)
    PairingRepository(db).save(
        Pairing("http://hub:8765", "STORE-001", "TILL-02", "dev-1", "LOC-1", "PLN", "hub-1",
                "2026-12-01T10:00:00+00:00")
    )  # fmt: skip
    db.engine.dispose()
    TokenFile(paths.device_token).write(TOKEN)
    logger = logging.getLogger("test.support_bundle")
    handler = PrivateRotatingFileHandler(paths.log_dir / "till.log", maxBytes=400, backupCount=3)
    logger.addHandler(handler)
    try:
        for n in range(80):  # about 1.4 kB: three rollovers
            logger.warning("sale %d recorded", n)
        logger.warning("hub said no to Authorization: Bearer %s", BEARER)
    finally:
        logger.removeHandler(handler)
        handler.close()
    return paths


def read_bundle(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as bundle:
        return {name: bundle.read(name) for name in bundle.namelist()}


def test_the_bundle_holds_logs_settings_versions_pairing_and_devices(till_dir: TillPaths) -> None:
    path = write_support_bundle(till_dir, now=lambda: datetime(2026, 12, 3, 9, 5, tzinfo=UTC))
    assert path == till_dir.root / "support" / "omnitill-support-20261203T090500Z.zip"
    files = read_bundle(path)
    assert {"logs/till.log", "logs/till.log.1", "logs/till.log.3"} <= set(files)  # rotated
    assert b"sale 79 recorded" in files["logs/till.log"]
    assert {"bundle.json", "settings.json", "versions.json", "pairing.json", "devices.json"} <= (
        set(files)
    )
    versions = json.loads(files["versions.json"])
    assert versions["omnitill"] == "0.1.0"
    assert versions["database_schema"] == HEAD_REVISION
    assert versions["libraries"]["SQLAlchemy"]
    pairing = json.loads(files["pairing.json"])
    assert pairing["device_token_present"] is True
    assert pairing["pairing"]["till_id"] == "TILL-02"
    devices = json.loads(files["devices.json"])
    assert devices["configured"]["payment"]["options"]["host"] == "10.0.0.5"
    assert "zvt" in devices["supported_kinds"]["payment_terminals"]
    assert "virtual" in devices["supported_kinds"]["printer_connections"]
    assert isinstance(devices["serial_ports"], list)


def test_no_secret_leaves_the_till_in_the_bundle(till_dir: TillPaths) -> None:
    files = read_bundle(write_support_bundle(till_dir))
    everything = b"".join(files.values())
    for secret in (TOKEN, TERMINAL_PASSWORD, BEARER):
        assert secret.encode() not in everything, secret
    settings = json.loads(files["settings.json"])
    assert settings["payment"]["options"]["password"] == REDACTED
    assert settings["payment"]["options"]["port"] == 20007  # the rest is kept as it was
    assert f"Bearer {REDACTED}".encode() in files["logs/till.log"]


def test_the_bundle_is_the_owners_alone_and_written_whole(till_dir: TillPaths) -> None:
    path = write_support_bundle(till_dir, till_dir.root / "out" / "bundle.zip")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in path.parent.iterdir()] == ["bundle.zip"]  # no temp file left


def test_a_till_that_never_started_still_gets_a_bundle(tmp_path: Path) -> None:
    paths = TillPaths(tmp_path / "empty")
    paths.root.mkdir()
    files = read_bundle(write_support_bundle(paths))
    assert json.loads(files["settings.json"]) == {"missing": str(paths.settings)}
    assert json.loads(files["versions.json"])["database_schema"] is None
    assert json.loads(files["pairing.json"]) == {"pairing": None, "device_token_present": False}
    assert not paths.database.exists()  # described, never created


def test_secret_fields_are_found_by_name_at_any_depth_and_others_left_alone() -> None:
    raw = {"pin": "1234", "user_pin": "9", "keys": "physical", "key": "k", "shipping": "x",
           "devices": [{"options": {"api_key": "a", "PrivateKey": "b", "baudrate": 9600}}],
           "token": ""}  # fmt: skip
    assert redact(raw) == {
        "pin": REDACTED, "user_pin": REDACTED, "keys": "physical", "key": REDACTED,
        "shipping": "x", "devices": [{"options": {"api_key": REDACTED, "PrivateKey": REDACTED,
                                                  "baudrate": 9600}}],
        "token": "",  # an empty secret is shown empty: "not set" helps the technician
    }  # fmt: skip


def test_pos_support_bundle_writes_the_zip_and_prints_where(
    till_dir: TillPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "for-support.zip"
    assert main(["--data-dir", str(till_dir.root), "support-bundle", "--output", str(out)]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    assert "settings.json" in read_bundle(out)
