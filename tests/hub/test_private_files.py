"""The hub's secrets on disk: its directory 0700, its files 0600, and the private signing keys
in their own key file - never in the database, where a copy or a backup would carry them."""

from __future__ import annotations

import base64
import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from pydantic import BaseModel

from pos.api.signed_tokens import SigningKey, TokenKind, issue
from pos.hub import signing_keys
from pos.hub.cli import main
from pos.hub.db import KeyDirMissing, open_hub_database
from pos.hub.key_file import KEY_DIR_ENV
from pos.private_files import accessible_to_others
from tests.hub.test_cli import wait_until_serving


class Note(BaseModel):
    text: str


NOTE = TokenKind("note", Note)


def spellings(private: bytes) -> list[bytes]:
    """Every way a private key could sit in a file: raw, hex, base64 and base64url."""
    return [
        private,
        private.hex().encode(),
        base64.b64encode(private),
        base64.urlsafe_b64encode(private),
        base64.urlsafe_b64encode(private).rstrip(b"="),
    ]


def assert_not_in_database(database: Path, private: bytes) -> None:
    files = [p for p in database.parent.iterdir() if p.name.startswith(database.name)]
    assert database in files
    for path in files:
        content = path.read_bytes()
        for spelled in spellings(private):
            assert spelled not in content, f"{path.name} holds a private key"


def key_file_keys(directory: Path) -> dict[str, bytes]:
    (found,) = directory.glob("signing-keys-*.json")
    assert found.stat().st_mode & 0o777 == 0o600
    raw = json.loads(found.read_text(encoding="utf-8"))
    return {k: base64.urlsafe_b64decode(v) for k, v in raw["keys"].items()}


def test_a_served_hub_keeps_its_directory_and_files_owner_only(tmp_path: Path) -> None:
    folder = tmp_path / "hub"  # new: the hub makes it
    url = f"sqlite:///{folder / 'hub.db'}"
    env = {**os.environ, "OMNITILL_HUB_ADMIN_TOKEN": "ota_test-admin-token"}
    command = [sys.executable, "-m", "pos.hub", "serve", "--db", url, "--port", "0", "--seed"]
    # a permissive umask, as a login shell has: the hub must not rely on the caller's
    server = subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True, umask=0o022)
    try:
        assert server.stderr is not None
        match = re.search(r"on (http://127\.0\.0\.1:\d+)", server.stderr.readline())
        assert match
        base = match.group(1)
        wait_until_serving(base)
        admin = {"Authorization": "Bearer ota_test-admin-token"}
        code = httpx.post(
            f"{base}/v1/admin/pairing-codes",
            json={"store_id": "STORE-001", "till_id": "TILL-01"},
            headers=admin,
        ).json()["code"]
        token = httpx.post(f"{base}/v1/pairing", json={"code": code}).json()["token"]
        keys = httpx.get(f"{base}/v1/signing-keys", headers={"Authorization": f"Bearer {token}"})
        assert keys.status_code == 200 and len(keys.json()["keys"]) == 1  # made while serving
        assert {p.name for p in folder.iterdir()} >= {"hub.db", "hub.db-wal", "hub.db-shm"}
        assert accessible_to_others(folder) == []
        (private,) = key_file_keys(folder).values()
        assert_not_in_database(folder / "hub.db", private)
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(30)
        if server.stderr is not None:
            server.stderr.close()
    assert accessible_to_others(folder) == []


def test_rotation_writes_the_new_private_key_to_the_key_file_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'hub' / 'hub.db'}"
    keys = tmp_path / "secret-keys"
    assert main(["--db", url, "--key-dir", str(keys), "signing-key", "list"]) == 0
    assert main(["--db", url, "signing-key", "--key-dir", str(keys), "rotate", "k-2"]) == 0
    capsys.readouterr()
    held = key_file_keys(keys)
    assert list(held) == ["k-2"]  # the retired key signs no more: its private half is gone
    assert not list((tmp_path / "hub").glob("signing-keys-*"))  # not next to the database
    assert_not_in_database(tmp_path / "hub" / "hub.db", held["k-2"])
    assert keys.stat().st_mode & 0o777 == 0o700
    db = open_hub_database(url, key_dir=keys)
    try:
        published = signing_keys.public_keys(db)
        assert [(k.key_id, k.signing) for k in published] == [
            ("k-2", True),
            (published[1].key_id, False),
        ]
        assert signing_keys.signing_key(db).public_key() == published[0]
    finally:
        db.dispose()


def test_a_database_holding_private_keys_has_them_moved_out_and_erased(tmp_path: Path) -> None:
    database = tmp_path / "hub.db"
    url = f"sqlite:///{database}"
    db = open_hub_database(url)
    signing_keys.signing_key(db)
    db.dispose()
    for stale in tmp_path.glob("signing-keys-*.json"):
        stale.unlink()
    old = SigningKey.generate("old-1", datetime.now(UTC) - timedelta(days=3))
    retired = SigningKey.generate("old-0", datetime.now(UTC) - timedelta(days=90))
    with sqlite3.connect(database) as conn:  # the table as hubs before the key file made it
        conn.execute("DELETE FROM signing_keys")
        conn.execute("ALTER TABLE signing_keys DROP COLUMN public_key")
        for key, retired_at in ((old, None), (retired, "2026-10-01T00:00:00.000000Z")):
            conn.execute(
                "INSERT INTO signing_keys (key_id, private_key, created_at, retired_at)"
                " VALUES (?, ?, ?, ?)",
                (
                    key.key_id,
                    base64.urlsafe_b64encode(key.private_bytes).decode(),
                    key.created_at.strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
                    retired_at,
                ),
            )
    sqlite3.connect(database).close()
    for path in tmp_path.iterdir():
        path.chmod(0o644)
    assert base64.urlsafe_b64encode(old.private_bytes) in database.read_bytes() + b"".join(
        p.read_bytes() for p in tmp_path.glob("hub.db-*")
    )  # the check below can fail: the old layout does hold the key

    db = open_hub_database(url)
    try:
        assert key_file_keys(tmp_path) == {
            "old-1": old.private_bytes,
            "old-0": retired.private_bytes,
        }
        assert signing_keys.signing_key(db).private_bytes == old.private_bytes
        now = datetime.now(UTC)
        token = issue(old, NOTE, Note(text="hi"), not_before=now, expires_at=now + timedelta(1))
        assert signing_keys.key_ring(db).verify(token, NOTE, now).key_id == "old-1"
        assert [k.public_key for k in signing_keys.public_keys(db)] == [
            old.public_key().public_key,
            retired.public_key().public_key,
        ]
    finally:
        db.dispose()
    for key in (old, retired):
        assert_not_in_database(database, key.private_bytes)
    wider = [p for p in tmp_path.iterdir() if p.is_file() and p.stat().st_mode & 0o077]
    assert wider == []


def test_a_postgresql_hub_without_a_key_directory_is_refused_with_the_reason(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv(KEY_DIR_ENV, raising=False)
    url = "postgresql+psycopg://nobody@127.0.0.1:1/none"
    with pytest.raises(KeyDirMissing):
        open_hub_database(url)
    assert main(["--db", url, "signing-key", "list"]) == 1
    assert KEY_DIR_ENV in capsys.readouterr().err
