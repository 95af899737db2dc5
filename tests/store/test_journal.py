"""The electronic journal is append-only and its hash chain reveals tampering."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from pos.store import Database, append_entry, verify_journal


def _fill(db: Database, n: int = 5) -> None:
    with db.write_session() as s:
        for i in range(n):
            append_entry(s, "test", f"ref-{i}", {"i": i, "amount": "1.23", "name": "Żółty"})


def _tamper(db: Database, sql: str) -> None:
    """Edit the journal behind the store's back, with the triggers dropped."""
    conn = sqlite3.connect(db.path)
    try:
        conn.execute("DROP TRIGGER journal_no_update")
        conn.execute("DROP TRIGGER journal_no_delete")
        conn.execute(sql)
        conn.commit()
    finally:
        conn.close()


def test_clean_journal_verifies(db: Database) -> None:
    _fill(db)
    with db.session() as s:
        report = verify_journal(s)
    assert report.ok
    assert report.entries == 5
    assert report.last_seq == 5


def test_empty_journal_verifies(db: Database) -> None:
    with db.session() as s:
        assert verify_journal(s).ok


@pytest.mark.parametrize(
    "sql",
    ["UPDATE journal SET payload = '{}' WHERE seq = 2", "DELETE FROM journal WHERE seq = 2"],
)
def test_triggers_refuse_update_and_delete(db: Database, sql: str) -> None:
    _fill(db)
    with pytest.raises(IntegrityError, match="append-only"), db.session() as s:
        s.execute(text(sql))
    with db.session() as s:
        assert verify_journal(s).ok


def test_modified_payload_is_detected(db: Database) -> None:
    _fill(db)
    _tamper(
        db,
        """UPDATE journal SET payload = '{"amount":"0.01","i":2,"name":"Żółty"}' WHERE seq = 3""",
    )
    with db.session() as s:
        report = verify_journal(s)
    assert not report.ok
    assert [(p.seq, p.problem) for p in report.problems] == [(3, "hash_mismatch")]


def test_modified_entry_with_recomputed_hash_breaks_the_chain(db: Database) -> None:
    _fill(db)
    # Change the first hex digit whatever it is (a fixed 'f' left 1 in 16 hashes unchanged).
    _tamper(
        db,
        "UPDATE journal SET hash = CASE substr(hash, 1, 1) WHEN 'f' THEN 'e' ELSE 'f' END"
        " || substr(hash, 2) WHERE seq = 3",
    )
    with db.session() as s:
        problems = {(p.seq, p.problem) for p in verify_journal(s).problems}
    assert (4, "chain_break") in problems


def test_deleted_row_is_detected(db: Database) -> None:
    _fill(db)
    _tamper(db, "DELETE FROM journal WHERE seq = 3")
    with db.session() as s:
        report = verify_journal(s)
    kinds = {(p.seq, p.problem) for p in report.problems}
    assert (4, "gap") in kinds
    assert (4, "chain_break") in kinds


def test_deleted_tail_is_detected(db: Database) -> None:
    _fill(db)
    _tamper(db, "DELETE FROM journal WHERE seq = 5")
    with db.session() as s:
        report = verify_journal(s)
    assert [p.problem for p in report.problems] == ["truncated"]


def test_appending_after_a_deleted_tail_does_not_reuse_seq(db: Database) -> None:
    _fill(db)
    _tamper(db, "DELETE FROM journal WHERE seq = 5")
    with db.write_session() as s:
        assert append_entry(s, "test", "again", {}) == 6
    with db.session() as s:
        report = verify_journal(s)
    assert (6, "gap") in {(p.seq, p.problem) for p in report.problems}
