"""The till keeps the hub's public token keys: fetched at pairing, fetched again when the hub
rotates them (the event stream says so), kept in the cache to verify QR codes offline."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from pydantic import BaseModel

from pos.api.signed_tokens import TokenKind, issue
from pos.hub import signing_keys
from pos.hub.embedded import RunningHub
from pos.store import PairingRepository

from .conftest import paired_till
from .kit import make_till


class Note(BaseModel):
    text: str


NOTE = TokenKind("note", Note)


def signed_now(hub: RunningHub) -> str:
    now = datetime.now(UTC)
    key = signing_keys.signing_key(hub.db)
    return issue(key, NOTE, Note(text="x"), not_before=now, expires_at=now + timedelta(hours=1))


def test_pairing_fetches_the_keys_and_they_verify_offline_after_a_restart(
    hub: RunningHub, tmp_path: Path
) -> None:
    till = paired_till(hub, hub.url, tmp_path / "till")
    token = signed_now(hub)
    till.close()
    again = make_till(tmp_path / "till")  # a new process: only the cache is left
    try:
        stored = PairingRepository(again.db).signing_keys()
        assert [k["key_id"] for k in stored] == [signing_keys.signing_key(hub.db).key_id]
        assert again.engine.key_ring().verify(token, NOTE, datetime.now(UTC)).claims.text == "x"
    finally:
        again.close()


def test_a_rotation_at_the_hub_reaches_a_running_till(hub: RunningHub, tmp_path: Path) -> None:
    till = paired_till(hub, hub.url, tmp_path / "till")
    try:
        till.engine.poll_seconds = 3600.0  # only the event stream can bring it quickly
        till.engine.start()
        time.sleep(0.5)
        new = signing_keys.rotate(hub.db, f"rot-{time.monotonic_ns()}")
        deadline = time.monotonic() + 10
        while new.key_id not in till.engine.key_ring().key_ids:
            assert time.monotonic() < deadline, "the rotated key never reached the till"
            time.sleep(0.05)
        assert till.engine.key_ring().verify(signed_now(hub), NOTE, datetime.now(UTC))
    finally:
        till.close()
