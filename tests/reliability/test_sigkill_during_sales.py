"""Kill -9 a selling till again and again: every sale is whole or absent, never half.

A headless till (``headless_till.py``) sells in a loop on one data dir; the test SIGKILLs it
at random moments, restarts it, and after every kill checks the SQLite file with plain
sqlite3: each sale has all its lines, tenders, its one journal entry and its one outbox
record; nothing refers to a sale that is missing; every sale the till reported as recorded is
there (a commit survives the kill); receipt numbers run 1..N; the journal chain verifies.
Then it tampers with a copy of the journal to show that edits are refused or detected.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pos.store import open_database, verify_journal

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 12


def start_till(data_dir: Path, seed: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.reliability.headless_till", str(data_dir), str(seed)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=os.environ.copy(),
    )


def wait_ready(proc: subprocess.Popen[str]) -> None:
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if line.strip() != "READY":
        proc.kill()
        _out, err = proc.communicate()
        pytest.fail(f"the headless till did not start: {line!r}\n{err}")


def check_whole_or_absent(db_path: Path, promised: set[str]) -> dict[str, int]:
    conn = sqlite3.connect(db_path)
    try:
        sales = conn.execute("SELECT sale_id, status, receipt_no, document FROM sales").fetchall()
        ids = {row[0] for row in sales}
        missing = promised - ids
        assert not missing, f"sales reported recorded but absent after the kill: {missing}"
        for sale_id, status, _receipt_no, document in sales:
            doc = json.loads(document)
            lines = conn.execute(
                "SELECT count(*) FROM sale_lines WHERE sale_id = ?", (sale_id,)
            ).fetchone()
            tenders = conn.execute(
                "SELECT count(*) FROM sale_tenders WHERE sale_id = ?", (sale_id,)
            ).fetchone()
            assert lines == (len(doc["lines"]),), f"sale {sale_id} has partial lines"
            assert tenders == (len(doc.get("tenders", [])),), f"sale {sale_id} has partial tenders"
            kind = "sale" if status == "completed" else "sale_void"
            journal = conn.execute(
                "SELECT count(*) FROM journal WHERE kind = ? AND ref = ?", (kind, sale_id)
            )
            outbox = conn.execute(
                "SELECT count(*) FROM outbox WHERE kind = ? AND ref = ?", (kind, sale_id)
            )
            assert journal.fetchone() == (1,), f"sale {sale_id} lacks its journal entry"
            assert outbox.fetchone() == (1,), f"sale {sale_id} lacks its outbox record"
        orphans = conn.execute(
            "SELECT count(*) FROM journal WHERE kind IN ('sale', 'sale_void')"
            " AND ref NOT IN (SELECT sale_id FROM sales)"
        ).fetchone()
        assert orphans == (0,), "a journal entry refers to a sale that is not there"
        orphans = conn.execute(
            "SELECT count(*) FROM outbox WHERE ref NOT IN (SELECT sale_id FROM sales)"
        ).fetchone()
        assert orphans == (0,), "an outbox record refers to a sale that is not there"
        numbers = [
            r[0]
            for r in conn.execute(
                "SELECT receipt_no FROM sales WHERE receipt_no IS NOT NULL ORDER BY 1"
            )
        ]
        assert numbers == list(range(1, len(numbers) + 1)), "receipt numbers have a gap or a repeat"
        seqs = [r[0] for r in conn.execute("SELECT seq FROM journal ORDER BY seq")]
        assert seqs == list(range(seqs[0], seqs[0] + len(seqs))) if seqs else True
    finally:
        conn.close()
    with open_database(db_path) as db, db.session() as session:
        report = verify_journal(session)
    assert report.ok, report.problems
    return {"sales": len(sales), "completed": len(numbers)}


@pytest.mark.slow
def test_sigkill_during_sales_leaves_every_sale_whole_or_absent(tmp_path: Path) -> None:
    seed = int(os.environ.get("OMNITILL_KILL_SEED", time.time_ns() % 1_000_000))
    print(f"kill test seed {seed} (rerun with OMNITILL_KILL_SEED={seed})")
    rng = random.Random(seed)
    data_dir = tmp_path / "till"
    data_dir.mkdir()
    promised: set[str] = set()
    killed_mid_run = 0
    for round_no in range(ROUNDS):
        proc = start_till(data_dir, seed + round_no)
        try:
            wait_ready(proc)
            time.sleep(rng.uniform(0.1, 1.2))
            assert proc.poll() is None, "the till died on its own"
            os.kill(proc.pid, signal.SIGKILL)
            killed_mid_run += 1
        finally:
            if proc.poll() is None:
                proc.kill()
            out, _err = proc.communicate(timeout=30)
        promised |= {
            line.split()[1] for line in out.splitlines() if line.startswith(("RECORDED", "VOIDED"))
        }
        counts = check_whole_or_absent(data_dir / "till.sqlite3", promised)
    assert killed_mid_run == ROUNDS
    assert counts["completed"] >= ROUNDS, f"too few sales to prove anything: {counts}"
    print(f"{ROUNDS} kills, {counts['sales']} sales on disk ({counts['completed']} completed)")


def test_the_journal_refuses_edits_and_detects_them_when_forced(tmp_path: Path) -> None:
    data_dir = tmp_path / "till"
    data_dir.mkdir()
    proc = start_till(data_dir, 1)
    try:
        wait_ready(proc)
        assert proc.stdout is not None
        recorded = 0
        while recorded < 4:
            recorded += proc.stdout.readline().startswith("RECORDED")
    finally:
        proc.kill()
        proc.communicate(timeout=30)
    original = data_dir / "till.sqlite3"

    def copy(name: str) -> Path:
        target = tmp_path / name
        with sqlite3.connect(original) as source, sqlite3.connect(target) as dest:
            source.backup(dest)
        return target

    guarded = copy("guarded.sqlite3")
    with sqlite3.connect(guarded) as conn:
        with pytest.raises(sqlite3.DatabaseError):
            conn.execute("UPDATE journal SET payload = '{}' WHERE seq = 2")
        with pytest.raises(sqlite3.DatabaseError):
            conn.execute("DELETE FROM journal WHERE seq = 2")

    def forced(name: str, sql: str) -> list[str]:
        path = copy(name)
        with sqlite3.connect(path) as conn:
            for (trigger,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'journal'"
            ).fetchall():
                conn.execute(f"DROP TRIGGER {trigger}")
            conn.execute(sql)
        with open_database(path) as db, db.session() as session:
            report = verify_journal(session)
        assert not report.ok
        return [str(p) for p in report.problems]

    forced(
        "changed.sqlite3",
        "UPDATE journal SET payload = replace(payload, '\"total\"', '\"totl\"') WHERE seq = 2",
    )
    forced("deleted.sqlite3", "DELETE FROM journal WHERE seq = 2")
    shutil.rmtree(data_dir)
