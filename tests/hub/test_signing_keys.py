"""The hub's token keys: published to paired tills, rotated without a gap (the old key keeps
verifying until withdrawn), every change announced on the event stream."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from pydantic import BaseModel

from pos.api.signed_tokens import KeyRing, PublicKeyList, TokenKind, TokenUnknownKey, issue
from pos.hub import signing_keys
from pos.hub.cli import main
from pos.hub.embedded import RunningHub
from pos.hub.errors import HubProblem
from pos.hub.events import events_after
from tests.hub.test_pairing import assert_problem


class Note(BaseModel):
    text: str


NOTE = TokenKind("note", Note)


def published(till: httpx.Client) -> PublicKeyList:
    response = till.get("/v1/signing-keys")
    assert response.status_code == 200, response.text
    return PublicKeyList.model_validate_json(response.content)


def a_token(hub: RunningHub) -> str:
    now = datetime.now(UTC)
    key = signing_keys.signing_key(hub.db)
    return issue(key, NOTE, Note(text="hi"), not_before=now, expires_at=now + timedelta(hours=1))


def test_a_paired_till_gets_the_public_key_that_verifies_the_hubs_tokens(
    hub: RunningHub, till: httpx.Client
) -> None:
    keys = published(till).keys
    assert len(keys) == 1 and keys[0].signing and keys[0].algorithm == "Ed25519"
    token = KeyRing(keys).verify(a_token(hub), NOTE, datetime.now(UTC))
    assert token.claims.text == "hi" and token.key_id == keys[0].key_id
    assert "private" not in json.dumps(till.get("/v1/signing-keys").json())


def test_the_keys_need_a_device_token(hub: RunningHub) -> None:
    assert_problem(httpx.get(f"{hub.url}/v1/signing-keys"), 401, "token_missing")


def test_rotation_keeps_the_old_key_verifying_until_it_is_withdrawn(
    hub: RunningHub, till: httpx.Client, capsys: pytest.CaptureFixture[str]
) -> None:
    db_url = hub.db.engine.url.render_as_string(hide_password=False)
    old_token = a_token(hub)
    old_id = published(till).keys[0].key_id

    assert main(["--db", db_url, "signing-key", "rotate", "spring-2027"]) == 0
    listed: list[dict[str, Any]] = json.loads(capsys.readouterr().out)
    assert [(k["key_id"], k["signing"]) for k in listed] == [
        ("spring-2027", True),
        (old_id, False),
    ]
    ring = KeyRing(published(till).keys)
    now = datetime.now(UTC)
    assert ring.verify(old_token, NOTE, now).key_id == old_id
    assert ring.verify(a_token(hub), NOTE, now).key_id == "spring-2027"

    assert main(["--db", db_url, "signing-key", "withdraw", "spring-2027"]) == 1  # still signs
    assert "rotate to a new key first" in capsys.readouterr().err
    assert main(["--db", db_url, "signing-key", "withdraw", old_id]) == 0
    capsys.readouterr()
    with pytest.raises(TokenUnknownKey):
        KeyRing(published(till).keys).verify(old_token, NOTE, now)


def test_every_key_change_is_announced_to_tills(hub: RunningHub, till: httpx.Client) -> None:
    first = published(till).keys[0].key_id
    signing_keys.rotate(hub.db, "k-next")
    signing_keys.withdraw(hub.db, first)
    with hub.db.read() as conn:
        changes = [
            e.data for e in events_after(conn, 0, "STORE-001") if e.type == "signing_keys.changed"
        ]
    assert changes[-2:] == [{"key_ids": ["k-next"]}, {"key_ids": [first]}]


def test_a_bad_or_taken_key_id_is_refused(hub: RunningHub) -> None:
    signing_keys.rotate(hub.db, "k-a")
    with pytest.raises(HubProblem) as taken:
        signing_keys.rotate(hub.db, "k-a")
    assert taken.value.problem.code == "conflict"
    with pytest.raises(HubProblem) as bad:
        signing_keys.rotate(hub.db, "no spaces")
    assert bad.value.problem.code == "validation_failed"
