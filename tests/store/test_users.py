"""Users and PINs: argon2id hashes, PIN rules, approvals by role."""

from __future__ import annotations

import pytest

from pos.store import Database, UserInfo, UserRepository


@pytest.fixture
def users(db: Database) -> UserRepository:
    return UserRepository(db)


def test_create_and_verify(users: UserRepository) -> None:
    anna = users.create("Anna", "cashier", "1111")
    assert isinstance(anna, UserInfo)
    assert (anna.name, anna.role) == ("Anna", "cashier")
    assert users.verify(anna.id, "1111") == anna
    assert users.verify(anna.id, "1112") is None
    assert users.verify(anna.id, "") is None
    assert users.verify("no-such-user", "1111") is None
    assert users.list_active() == [anna]


def test_pin_is_never_stored_in_clear(db: Database, users: UserRepository) -> None:
    users.create("Marek", "supervisor", "27182818")
    with db.raw() as conn:
        [(pin_hash,)] = conn.execute("SELECT pin_hash FROM users").fetchall()
        dump = "\n".join(conn.iterdump())
    assert pin_hash.startswith("$argon2id$")
    assert "27182818" not in pin_hash
    assert "27182818" not in dump
    assert b"27182818" not in db.path.read_bytes()


@pytest.mark.parametrize(
    ("pin", "message"),
    [
        ("123", "4 to 8"),
        ("123456789", "4 to 8"),
        ("12a4", "digits only"),
        ("12 34", "digits only"),
        ("١٢٣٤", "digits only"),  # Arabic-Indic digits are not accepted
        ("", "digits only"),
    ],
)
def test_pin_rules(users: UserRepository, pin: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        users.create("X", "cashier", pin)
    assert users.list_active() == []


def test_bad_role_and_name(users: UserRepository) -> None:
    with pytest.raises(ValueError, match="unknown role"):
        users.create("X", "owner", "1234")
    with pytest.raises(ValueError, match="name"):
        users.create("  ", "cashier", "1234")


def test_pin_must_be_unique_among_active_users(users: UserRepository) -> None:
    anna = users.create("Anna", "cashier", "1111")
    with pytest.raises(ValueError, match="already used"):
        users.create("Ania", "manager", "1111")
    users.deactivate(anna.id)
    users.create("Ania", "manager", "1111")


def test_find_approver_respects_the_role(users: UserRepository) -> None:
    users.create("Anna", "cashier", "1111")
    marek = users.create("Marek", "supervisor", "2222")
    olga = users.create("Olga", "manager", "3333")
    assert users.find_approver("2222", "supervisor") == marek
    assert users.find_approver("3333", "supervisor") == olga
    assert users.find_approver("1111", "supervisor") is None
    assert users.find_approver("2222", "manager") is None
    assert users.find_approver("3333", "manager") == olga
    assert users.find_approver("9999", "cashier") is None
    assert users.find_approver("x", "cashier") is None
    with pytest.raises(ValueError, match="unknown role"):
        users.find_approver("3333", "boss")


def test_inactive_user_cannot_log_in_or_approve(users: UserRepository) -> None:
    olga = users.create("Olga", "manager", "3333")
    users.deactivate(olga.id)
    assert users.verify(olga.id, "3333") is None
    assert users.find_approver("3333", "cashier") is None
    assert users.list_active() == []


def test_set_pin(users: UserRepository) -> None:
    anna = users.create("Anna", "cashier", "1111")
    users.create("Marek", "supervisor", "2222")
    with pytest.raises(ValueError, match="already used"):
        users.set_pin(anna.id, "2222")
    users.set_pin(anna.id, "4321")
    assert users.verify(anna.id, "1111") is None
    assert users.verify(anna.id, "4321") == anna
