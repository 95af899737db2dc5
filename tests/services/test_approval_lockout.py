"""Approval PINs get sign-in's lockout, per approver: five wrong PINs lock that approver (the
right PIN is then refused until the lockout ends), the lockout is journalled for the manager,
and other approvers keep approving."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from drivers.printer import VirtualConnection
from pos.config import Settings
from pos.domain.roles import Action, Role
from pos.paths import TillPaths
from pos.services.errors import ApprovalLocked, WrongApprovalPin
from pos.services.events import ApprovalsLocked
from pos.services.till import PIN_ATTEMPTS, PIN_LOCKOUT, Till
from pos.store import UserInfo
from pos.store.db import connect_plain
from pos.store.demo_catalog import seed_demo
from pos.store.journal import verify_journal

TIMEOUT = 10
START = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def till(tmp_path: Path, clock: Clock) -> Iterator[Till]:
    till = Till(
        TillPaths(tmp_path), Settings(), printer_connection=VirtualConnection(), clock=clock
    )
    till.start(lambda db: seed_demo(db, "PLN")).result(TIMEOUT)
    till.db_worker.submit(lambda: till.users_repo.create("Piotr", "supervisor", "4444")).result(
        TIMEOUT
    )
    anna = user(till, "Anna")
    assert till.login(anna.id, "1111").result(TIMEOUT) is not None
    yield till
    till.shutdown()


def user(till: Till, name: str) -> UserInfo:
    return next(u for u in till.users().result(TIMEOUT) if u.name == name)


def lockout_entries(till: Till) -> list[tuple[str, dict[str, object]]]:
    with connect_plain(till.paths.database) as conn:
        rows = conn.execute(
            "SELECT ref, payload FROM journal WHERE kind = 'approval_locked' ORDER BY seq"
        ).fetchall()
    return [(ref, json.loads(payload)) for ref, payload in rows]


def test_five_wrong_pins_lock_the_named_approver_and_no_one_else(till: Till, clock: Clock) -> None:
    marek, olga, piotr = user(till, "Marek"), user(till, "Olga"), user(till, "Piotr")
    published: list[ApprovalsLocked] = []
    till.bus.subscribe(ApprovalsLocked, published.append)
    for _ in range(PIN_ATTEMPTS - 1):
        with pytest.raises(WrongApprovalPin):
            till.approve("0000", Action.DISCOUNT, approver_id=marek.id).result(TIMEOUT)
    assert lockout_entries(till) == []
    with pytest.raises(ApprovalLocked):
        till.approve("0000", Action.DISCOUNT, approver_id=marek.id).result(TIMEOUT)
    with pytest.raises(ApprovalLocked) as still:  # the right PIN too, while locked
        till.approve("2222", Action.DISCOUNT, approver_id=marek.id).result(TIMEOUT)
    assert still.value.params["seconds"] == str(int(PIN_LOCKOUT.total_seconds()))
    with pytest.raises(WrongApprovalPin):  # typed alone, a locked PIN is not even tried
        till.approve("2222", Action.DISCOUNT).result(TIMEOUT)

    # the others are unaffected
    assert till.approve("3333", Action.DISCOUNT, approver_id=olga.id).result(TIMEOUT)
    assert till.approve("4444", Action.DISCOUNT).result(TIMEOUT).approver_id == piotr.id

    ((ref, entry),) = lockout_entries(till)
    assert ref == marek.id
    assert entry["approver_id"] == marek.id and entry["action"] == "discount"
    assert entry["requested_by"] == user(till, "Anna").id
    assert entry["until"] == (START + PIN_LOCKOUT).isoformat()
    assert "0000" not in json.dumps(entry) and "2222" not in json.dumps(entry)
    assert [(e.approver_ids, e.until) for e in published] == [((marek.id,), START + PIN_LOCKOUT)]
    (notice,) = till.approvals.take_notices()
    assert (notice.approver_name, notice.until) == ("Marek", START + PIN_LOCKOUT)
    assert till.approvals.take_notices() == []  # told once
    with till.db.session() as s:  # type: ignore[union-attr]
        assert verify_journal(s).ok

    clock.now += PIN_LOCKOUT + timedelta(seconds=1)
    approval = till.approve("2222", Action.DISCOUNT, approver_id=marek.id).result(TIMEOUT)
    assert approval.approver_id == marek.id and approval.approver_role is Role.SUPERVISOR


def test_wrong_pins_typed_alone_lock_every_approver_the_action_asks_for(
    till: Till, clock: Clock
) -> None:
    """123 wrong PINs then the right one approved, before: now the fifth locks the managers."""
    olga, marek = user(till, "Olga"), user(till, "Marek")
    for _ in range(PIN_ATTEMPTS - 1):
        with pytest.raises(WrongApprovalPin):
            till.approve("0000", Action.CARD_TERMINAL, Role.MANAGER).result(TIMEOUT)
    with pytest.raises(ApprovalLocked):
        till.approve("0001", Action.CARD_TERMINAL, Role.MANAGER).result(TIMEOUT)
    for guess in ("3333", "0002"):
        with pytest.raises(ApprovalLocked):
            till.approve(guess, Action.CARD_TERMINAL, Role.MANAGER).result(TIMEOUT)
    assert [ref for ref, _entry in lockout_entries(till)] == [olga.id]
    # a supervisor's action still has a supervisor who can approve it
    assert till.approve("2222", Action.DISCOUNT).result(TIMEOUT).approver_id == marek.id
    clock.now += PIN_LOCKOUT
    assert till.approve("3333", Action.CARD_TERMINAL, Role.MANAGER).result(TIMEOUT)


def test_a_right_pin_clears_only_its_own_approvers_count(till: Till) -> None:
    marek, olga, piotr = user(till, "Marek"), user(till, "Olga"), user(till, "Piotr")
    for _ in range(PIN_ATTEMPTS - 1):
        with pytest.raises(WrongApprovalPin):
            till.approve("0000", Action.DISCOUNT).result(TIMEOUT)  # counts for all three
    assert till.approve("3333", Action.DISCOUNT).result(TIMEOUT)  # Olga's count is cleared
    with pytest.raises(WrongApprovalPin):  # the fifth for Marek and Piotr: Olga still approves
        till.approve("0000", Action.DISCOUNT).result(TIMEOUT)
    assert {ref for ref, _entry in lockout_entries(till)} == {marek.id, piotr.id}
    assert till.approve("3333", Action.DISCOUNT).result(TIMEOUT).approver_id == olga.id
