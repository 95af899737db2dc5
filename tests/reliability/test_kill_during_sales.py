"""SIGKILL a selling till at random moments: every sale, return and Z is whole or absent.

The issue asks for it: "A test kills the till process (SIGKILL) at random points during sales
and restarts it: every sale is either fully recorded (sale, journal, outbox) or absent, never
half; the journal is append-only and its entries chain by hash so a changed or deleted entry is
detected."

And: "SIGKILL during a Z and during a return: after restart the shift and the return are whole
or absent."

``sale_driver.py`` is a headless till selling in a loop, taking back part of a sale now and then
and closing its shift with a Z every few dozen sales. The test seeds one data dir, then runs
the driver on it again and again, killing it with SIGKILL after a random 0.2–2.0 s of selling,
or (a few rounds) the moment it says it starts a return, starts a Z, or has just closed one.
After every kill it opens the file with plain ``sqlite3`` and checks:

* durability - every sale the driver reported ``RECORDED``/``VOIDED`` is there, as reported;
* never half - each sale has all its lines and tenders, exactly one journal entry and one outbox
  record (kind ``sale`` or ``sale_void``, ``ref`` = sale id) whose payload is the stored
  document; nothing refers to a sale that is not there;
* receipt numbers are 1..N, no gap, no repeat; the journal's seq runs 1..N and verifies;
* every return reported ``RETURNED`` is there; each return has one journal entry and one outbox
  record, the same, with its lines, total and refunds adding up; no line of a sale was taken
  back more (in quantity or money) than it sold;
* every shift reported ``OPENED`` is there and every ``CLOSED`` one is closed with its Z number;
  at most one shift is open; Z numbers are 1..N; each shift's events (journal = outbox) lie in
  its journal range, a closed one ends in its ``closed`` event whose Z totals are the sales,
  voids and returns of that range, an open one has none; the driver opens a new shift when it
  is restarted after a Z.

Then it damages copies of the file the way a half write would (an outbox record lost, a Z
number skipped, a return refunding more than was sold) and the checks must fail on each.
Finally it tampers with copies of the file: the triggers refuse UPDATE and DELETE on the
journal, and with the triggers dropped a changed or deleted entry is found by
``verify_journal``.

Reproduce a failure with ``OMNITILL_KILL_SEED=<seed printed by the test>``.
"""

from __future__ import annotations

import json
import os
import queue
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

import pytest

from pos.demo import demo_settings
from pos.store import append_entry, open_database, verify_journal
from pos.store.demo_catalog import seed_demo
from pos.store.returns import journal_return

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 12
KILL_AFTER = (0.2, 2.0)  # seconds of selling before the SIGKILL
START_TIMEOUT = 30.0  # seconds for the driver to print READY
DRIVER = "tests.reliability.sale_driver"
# Rounds killed the moment the driver prints a promise instead of after a random time: a return
# and a Z in flight, and a till left between a Z and the next shift.
KILL_ON = {3: "RETURNING", 6: "CLOSING", 9: "CLOSED"}
KILL_ON_TIMEOUT = 20.0  # seconds to wait for that promise


# --- the driver process -------------------------------------------------------------------


class Driver:
    """One run of ``sale_driver`` with its stdout read on a thread (never a blocking read)."""

    def __init__(
        self, data_dir: Path, seed: int, stderr_path: Path, kill_on: str | None = None
    ) -> None:
        self.lines: list[str] = []
        self.kill_on = kill_on  # the reader kills the driver as soon as it prints this word
        self._ready: queue.Queue[str] = queue.Queue()
        self.stderr_path = stderr_path
        self._stderr = stderr_path.open("w", encoding="utf-8")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", DRIVER, str(data_dir), str(seed)],
            cwd=ROOT,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=self._stderr,
            text=True,
            env=dict(os.environ),  # the isolated HOME/XDG of tests/conftest.py
        )
        assert self.proc.stdout is not None
        self._reader = threading.Thread(target=self._read, args=(self.proc.stdout,), daemon=True)
        self._reader.start()

    def _read(self, stream: IO[str]) -> None:
        for raw in stream:
            if not raw.endswith("\n"):
                break  # cut short by the kill: the driver promised nothing with it
            line = raw.strip()
            self.lines.append(line)
            if self.kill_on is not None and line.split()[0] == self.kill_on:
                os.kill(self.proc.pid, signal.SIGKILL)  # not reaped yet: the pid is still ours
            if line == "READY":
                self._ready.put(line)
        self._ready.put("EOF")

    def wait_ready(self) -> None:
        try:
            got = self._ready.get(timeout=START_TIMEOUT)
        except queue.Empty:
            got = "timeout"
        if got != "READY":
            self.stop()
            pytest.fail(f"the sale driver did not start ({got}):\n{self.stderr()}")

    def alive(self) -> bool:
        return self.proc.poll() is None

    def kill(self) -> None:
        os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=30)
        self._reader.join(timeout=30)

    def wait_killed(self, timeout: float) -> bool:
        """Whether the reader killed the driver on its word within ``timeout`` seconds."""
        try:
            self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            return False
        self._reader.join(timeout=30)
        return True

    def stop(self) -> None:
        """Whatever happened: no process, thread or file handle is left behind."""
        if self.proc.poll() is None:
            self.proc.kill()
        try:
            self.proc.wait(timeout=30)
        finally:
            self._reader.join(timeout=30)
            assert self.proc.stdout is not None
            self.proc.stdout.close()
            self._stderr.close()

    def stderr(self) -> str:
        self._stderr.flush()
        return self.stderr_path.read_text(encoding="utf-8", errors="replace")[-4000:]


# --- what the driver promised --------------------------------------------------------------


IN_FLIGHT = ("RECORDING", "VOIDING", "RETURNING", "CLOSING", "OPENING")


@dataclass
class Promises:
    recorded: dict[str, int] = field(default_factory=dict)  # sale_id -> receipt_no
    voided: set[str] = field(default_factory=set)
    returned: set[str] = field(default_factory=set)  # return ids
    closed: dict[str, int] = field(default_factory=dict)  # shift_id -> z_number
    opened: set[str] = field(default_factory=set)  # shift ids
    # Killed between a RECORDING/VOIDING/RETURNING/CLOSING/OPENING and its confirmation, and
    # the write made it / did not, by the word.
    in_flight_committed: Counter[str] = field(default_factory=Counter)
    in_flight_absent: Counter[str] = field(default_factory=Counter)

    def take(self, lines: list[str]) -> tuple[str, str] | None:
        """Add one run's output; returns the write in flight when it was killed, if any:
        its word and the id it named (the sale, return or shift; "" for an opening)."""
        pending: tuple[str, str] | None = None
        for line in lines:
            word, *rest = line.split()
            if word in IN_FLIGHT:
                pending = (word, rest[0] if rest else "")
            elif word == "RECORDED":
                sale_id, receipt_no = rest[0], int(rest[1])
                assert sale_id not in self.recorded, f"sale {sale_id} reported twice"
                self.recorded[sale_id] = receipt_no
            elif word == "VOIDED":
                self.voided.add(rest[0])
            elif word == "RETURNED":
                assert rest[0] not in self.returned, f"return {rest[0]} reported twice"
                self.returned.add(rest[0])
            elif word == "CLOSED":
                assert rest[0] not in self.closed, f"shift {rest[0]} reported closed twice"
                self.closed[rest[0]] = int(rest[1])
            elif word == "OPENED":
                self.opened.add(rest[0])
            if word != "READY" and word not in IN_FLIGHT:
                pending = None
        return pending


# --- the checks ----------------------------------------------------------------------------


def _rows(conn: sqlite3.Connection, sql: str, *args: Any) -> list[tuple[Any, ...]]:
    return conn.execute(sql, args).fetchall()


def check_whole_or_absent(db_path: Path, promises: Promises) -> tuple[dict[str, int], set[int]]:
    """Every check of the issue on the file as the killed till left it.

    Returns counts, and the receipt numbers of completed sales whose receipt bytes never
    reached the print queue (``receipt_prints``).
    """
    conn = sqlite3.connect(db_path)
    try:
        assert _rows(conn, "PRAGMA integrity_check") == [("ok",)]
        assert _rows(conn, "PRAGMA foreign_key_check") == [], "a row refers to a missing parent"

        sales = {
            sale_id: (status, receipt_no, json.loads(document))
            for sale_id, status, receipt_no, document in _rows(
                conn, "SELECT sale_id, status, receipt_no, document FROM sales"
            )
        }
        line_counts = Counter(r[0] for r in _rows(conn, "SELECT sale_id FROM sale_lines"))
        tender_counts = Counter(r[0] for r in _rows(conn, "SELECT sale_id FROM sale_tenders"))
        journal = _rows(conn, "SELECT seq, kind, ref, payload FROM journal ORDER BY seq")
        outbox = _rows(conn, "SELECT kind, ref, payload FROM outbox")
        printed = dict(_rows(conn, "SELECT sale_id, state FROM receipt_prints"))
        counter = _rows(conn, "SELECT value FROM meta WHERE key = 'receipt_no:TILL-01'")
        high_water = _rows(conn, "SELECT seq FROM sqlite_sequence WHERE name = 'journal'")
        shifts = _rows(
            conn, "SELECT shift_id, till_id, state, z_number, opened_seq, closed_seq FROM shifts"
        )
    finally:
        conn.close()

    # Durability: what the till said was on disk is on disk, as it said.
    for sale_id, receipt_no in promises.recorded.items():
        assert sale_id in sales, f"sale {sale_id} was reported RECORDED but is gone"
        status, stored_no, _doc = sales[sale_id]
        assert (status, stored_no) == ("completed", receipt_no), f"sale {sale_id} changed"
    for sale_id in promises.voided:
        assert sale_id in sales, f"sale {sale_id} was reported VOIDED but is gone"
        assert sales[sale_id][:2] == ("voided", None), f"voided sale {sale_id} changed"

    # Never half: each sale with all its parts, each part with its sale. Shift events and
    # returns are journalled too (checked below); the sales are the rest.
    journal_by_ref: dict[str, list[tuple[str, Any]]] = {}
    for _seq, kind, ref, payload in journal:
        if kind not in NOT_SALES:
            journal_by_ref.setdefault(ref, []).append((kind, json.loads(payload)))
    outbox_by_ref: dict[str, list[tuple[str, Any]]] = {}
    for kind, ref, payload in outbox:
        if kind not in NOT_SALES:
            outbox_by_ref.setdefault(ref, []).append((kind, json.loads(payload)))
    for sale_id, (status, receipt_no, doc) in sales.items():
        kind = {"completed": "sale", "voided": "sale_void"}[status]
        assert line_counts[sale_id] == len(doc["lines"]), f"sale {sale_id}: lines are partial"
        assert tender_counts[sale_id] == len(doc.get("tenders", [])), (
            f"sale {sale_id}: tenders are partial"
        )
        expected = [(kind, {"receipt_no": receipt_no, "document": doc})]
        assert journal_by_ref.get(sale_id) == expected, f"sale {sale_id}: journal entry wrong"
        assert outbox_by_ref.get(sale_id) == expected, f"sale {sale_id}: outbox record wrong"
    assert set(journal_by_ref) <= set(sales), "a journal entry refers to a missing sale"
    assert set(outbox_by_ref) <= set(sales), "an outbox record refers to a missing sale"
    assert set(line_counts) | set(tender_counts) | set(printed) <= set(sales)

    # Receipt numbers 1..N: no gap, no repeat, and the counter not ahead of them.
    numbers = sorted(no for status, no, _doc in sales.values() if status == "completed")
    assert numbers == list(range(1, len(numbers) + 1)), "receipt numbers have a gap or repeat"
    if numbers:
        assert counter == [(str(len(numbers)),)], f"receipt counter {counter} != {len(numbers)}"

    # The journal: seq 1..N, AUTOINCREMENT mark at N, and the hash chain verifies.
    seqs = [row[0] for row in journal]
    assert seqs == list(range(1, len(seqs) + 1)), "journal seq values are not contiguous"
    assert high_water == ([(len(seqs),)] if seqs else []), "journal high-water mark is off"
    with open_database(db_path) as db, db.session() as session:
        report = verify_journal(session)
    assert report.ok, report.problems
    returns = check_returns(journal, outbox, sales, promises)
    open_shifts = check_shifts(shifts, journal, outbox, promises)
    shift_events = sum(1 for row in journal if row[1] == "shift")
    assert report.entries == len(seqs) == len(sales) + shift_events + returns

    unqueued = {
        no
        for sale_id, (status, no, _doc) in sales.items()
        if status == "completed" and sale_id not in printed
    }
    counts = {
        "sales": len(sales),
        "completed": len(numbers),
        "voided": len(sales) - len(numbers),
        "journal": len(seqs),
        "newest_receipt": numbers[-1] if numbers else 0,
        "receipts_never_queued": len(unqueued),
        "returns": returns,
        "z": sum(1 for row in shifts if row[2] == "closed"),
        "open_shifts": open_shifts,
    }
    return counts, unqueued


NOT_SALES = ("shift", "return")
Row = tuple[Any, ...]


def _same_in_journal_and_outbox(journal: list[Row], outbox: list[Row], kind: str) -> dict[str, Any]:
    """The documents of ``kind`` by ref, each once in the journal and once, the same, in the
    outbox (a kill between the two writes would leave one without the other)."""
    written = [(ref, payload) for _seq, k, ref, payload in journal if k == kind]
    queued = [(ref, payload) for k, ref, payload in outbox if k == kind]
    refs = Counter(ref for ref, _payload in written)
    assert all(n == 1 for n in refs.values()), f"a {kind} is in the journal twice"
    assert sorted(queued) == sorted(written), f"{kind} journal entries and outbox records differ"
    return {ref: json.loads(payload) for ref, payload in written}


def check_returns(
    journal: list[Row], outbox: list[Row], sales: dict[str, Any], promises: Promises
) -> int:
    """Every return whole (journal = outbox, its parts adding up) and within its sale."""
    returns = _same_in_journal_and_outbox(journal, outbox, "return")
    for return_id in promises.returned:
        assert return_id in returns, f"return {return_id} was reported RETURNED but is gone"
    taken: dict[tuple[str, int], tuple[Decimal, Decimal]] = {}
    for return_id, doc in returns.items():
        assert doc["return_id"] == return_id and doc["lines"], f"return {return_id} is partial"
        lines = sum(Decimal(line["amount"]) for line in doc["lines"])
        refunds = sum(Decimal(r["amount"]) for r in doc["refunds"])
        assert Decimal(doc["total"]) == lines == refunds > 0, f"return {return_id}: sums differ"
        sale_id = doc["original_sale_id"]
        assert sales.get(sale_id, ("?",))[0] == "completed", f"return {return_id}: no sale"
        for line in doc["lines"]:
            key = (sale_id, int(line["original_line_no"]))
            quantity, amount = taken.get(key, (Decimal(0), Decimal(0)))
            taken[key] = (quantity + Decimal(line["quantity"]), amount + Decimal(line["amount"]))
    for (sale_id, line_no), (quantity, amount) in taken.items():
        sold = next(ln for ln in sales[sale_id][2]["lines"] if ln["line_no"] == line_no)
        assert quantity <= Decimal(sold["quantity"]) and amount <= Decimal(sold["total"]), (
            f"sale {sale_id} line {line_no}: returns took {quantity} for {amount}, it sold"
            f" {sold['quantity']} for {sold['total']}: a return refunds more than the sale took"
        )
    return len(returns)


def check_shifts(
    shifts: list[Row], journal: list[Row], outbox: list[Row], promises: Promises
) -> int:
    """Shifts whole: Z numbers 1..N, one open at most, each closed one with its Z written (and
    its totals those of its journal range), each open one without. Returns how many are open."""
    zs = sorted(z for _id, _till, state, z, _o, _c in shifts if state == "closed")
    assert zs == list(range(1, len(zs) + 1)), f"Z numbers have a gap or repeat: {zs}"
    open_ids = [shift_id for shift_id, _till, state, *_rest in shifts if state == "open"]
    assert len(open_ids) <= 1, f"more than one shift open: {open_ids}"
    by_id = {row[0]: row for row in shifts}
    for shift_id in promises.opened:
        assert shift_id in by_id, f"shift {shift_id} was reported OPENED but is gone"
    for shift_id, z in promises.closed.items():
        assert by_id[shift_id][2:4] == ("closed", z), f"shift {shift_id} (Z {z}) not closed"

    events = _same_in_journal_and_outbox(journal, outbox, "shift")
    seq_of = {ref: seq for seq, kind, ref, _p in journal if kind == "shift"}
    of_shift: dict[str, list[tuple[int, Any]]] = {}
    for ref, body in events.items():
        of_shift.setdefault(body["shift_id"], []).append((seq_of[ref], body))
    assert set(of_shift) == set(by_id), "a shift's row and its journal events differ"
    for shift_id, (_id, till_id, state, z, opened_seq, closed_seq) in by_id.items():
        told = sorted(of_shift[shift_id], key=lambda item: item[0])
        assert told[0][1]["event"] == "opened" and told[0][0] == opened_seq, (
            f"shift {shift_id} does not start with its opening"
        )
        closes = [(seq, body) for seq, body in told if body["event"] == "closed"]
        if state == "open":
            assert (z, closed_seq, closes) == (None, None, []), f"shift {shift_id}: half a Z"
            continue
        assert [seq for seq, _body in closes] == [closed_seq] == [told[-1][0]], (
            f"shift {shift_id}: its Z is not its last event"
        )
        closing = closes[0][1]["closing"]
        assert closing["z_number"] == z and till_id == closes[0][1]["till_id"]
        in_range = [
            (k, json.loads(p)) for seq, k, _r, p in journal if opened_seq < seq < closed_seq
        ]
        sold = [body["document"]["total"] for k, body in in_range if k == "sale"]
        back = [body["total"] for k, body in in_range if k == "return"]
        voids = [k for k, _body in in_range if k == "sale_void"]
        totals = closing["totals"]
        assert (totals["sales"]["count"], Decimal(totals["sales"]["amount"])) == (
            len(sold),
            sum(map(Decimal, sold), Decimal(0)),
        ), f"Z {z}: its sales are not those of its shift"
        assert (totals["returns"]["count"], Decimal(totals["returns"]["amount"])) == (
            len(back),
            sum(map(Decimal, back), Decimal(0)),
        ), f"Z {z}: its returns are not those of its shift"
        assert totals["voided_sales"]["count"] == len(voids), f"Z {z}: its voids differ"
    return len(open_ids)


def copy_database(source: Path, target: Path) -> Path:
    """A consistent copy (WAL included) through SQLite's backup API."""
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dest:
        src.backup(dest)
    src.close()
    dest.close()
    return target


def drop_journal_triggers(conn: sqlite3.Connection) -> None:
    names = _rows(
        conn, "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'journal'"
    )
    assert names, "the journal has no append-only triggers"
    for (name,) in names:
        conn.execute(f'DROP TRIGGER "{name}"')


def journal_problems(path: Path) -> set[str]:
    with open_database(path) as db, db.session() as session:
        return {p.problem for p in verify_journal(session).problems}


def check_tampering(db_path: Path, work: Path) -> None:
    with sqlite3.connect(db_path) as conn:
        (count,) = conn.execute("SELECT count(*) FROM journal").fetchone()
        # A sale's entry about halfway (shift events and returns are journalled among them).
        (middle,) = conn.execute(
            "SELECT min(seq) FROM journal WHERE kind = 'sale' AND seq >= ?", (count // 2 + 1,)
        ).fetchone()
    conn.close()
    assert count >= 3 and middle is not None and middle < count, "too few entries to tamper with"

    # The triggers refuse an UPDATE and a DELETE, and the file is unchanged afterwards.
    guarded = copy_database(db_path, work / "guarded.sqlite3")
    conn = sqlite3.connect(guarded)
    try:
        before = _rows(conn, "SELECT * FROM journal ORDER BY seq")
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute("UPDATE journal SET payload = '{}' WHERE seq = ?", (middle,))
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute("DELETE FROM journal WHERE seq = ?", (middle,))
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute("DELETE FROM journal")
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute(
                "INSERT OR REPLACE INTO journal (seq, at, kind, ref, payload, prev_hash, hash)"
                " SELECT seq, at, kind, ref, '{}', prev_hash, hash FROM journal WHERE seq = ?",
                (middle,),
            )
        conn.commit()
        assert _rows(conn, "SELECT * FROM journal ORDER BY seq") == before
    finally:
        conn.close()
    assert journal_problems(guarded) == set()

    # With the triggers dropped, each edit is found by the hash chain.
    def forced(name: str, sql: str, *args: Any) -> set[str]:
        path = copy_database(db_path, work / name)
        conn = sqlite3.connect(path)
        try:
            drop_journal_triggers(conn)
            assert conn.execute(sql, args).rowcount == 1
            conn.commit()
        finally:
            conn.close()
        return journal_problems(path)

    with sqlite3.connect(db_path) as conn:
        (payload,) = conn.execute("SELECT payload FROM journal WHERE seq = ?", (middle,)).fetchone()
    conn.close()
    edited = json.loads(payload)
    edited["document"]["total"] = "0.01"  # a cashier pocketing the takings
    edited_text = json.dumps(edited, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    assert edited_text != payload
    changed = forced(
        "changed.sqlite3", "UPDATE journal SET payload = ? WHERE seq = ?", edited_text, middle
    )
    assert changed == {"hash_mismatch"}, changed
    deleted = forced("deleted.sqlite3", "DELETE FROM journal WHERE seq = ?", middle)
    assert {"gap", "chain_break"} <= deleted, deleted
    tail = forced("tail.sqlite3", "DELETE FROM journal WHERE seq = ?", count)
    assert "truncated" in tail, tail


def check_the_checker(db_path: Path, work: Path, promises: Promises) -> None:
    """The checks fail on a half sale: each damage below, on a copy, must be caught."""
    with sqlite3.connect(db_path) as conn:
        (sale_id,) = conn.execute(
            "SELECT sale_id FROM sales WHERE status = 'completed' ORDER BY receipt_no DESC LIMIT 1"
        ).fetchone()
    conn.close()
    with sqlite3.connect(db_path) as conn:
        return_id, return_payload = conn.execute(
            "SELECT ref, payload FROM journal WHERE kind = 'return' ORDER BY seq DESC LIMIT 1"
        ).fetchone()
        (z_record,) = conn.execute(
            "SELECT ref FROM journal WHERE seq = (SELECT max(closed_seq) FROM shifts)"
        ).fetchone()
    conn.close()
    ids = {"id": sale_id, "return_id": return_id, "z_record": z_record}
    # Damages that must be caught by the check named (a regex of its message).
    named = {
        "a return's outbox record lost": (
            "DELETE FROM outbox WHERE kind = 'return' AND ref = :return_id",
            "return journal entries and outbox records differ",
        ),
        "a Z's outbox record lost": (
            "DELETE FROM outbox WHERE kind = 'shift' AND ref = :z_record",
            "shift journal entries and outbox records differ",
        ),
        "a Z number skipped": (
            "UPDATE shifts SET z_number = z_number + 1"
            " WHERE z_number = (SELECT max(z_number) FROM shifts)",
            "Z numbers have a gap",
        ),
    }
    for n, (what, (sql, message)) in enumerate(named.items()):
        path = copy_database(db_path, work / f"damaged-shift-{n}.sqlite3")
        with sqlite3.connect(path) as conn:
            assert conn.execute(sql, ids).rowcount == 1, what
        conn.close()
        with pytest.raises(AssertionError, match=message):
            check_whole_or_absent(path, promises)

    # A second return of all of the last return's sale, chained and queued as the till writes
    # one: only the sum per sold line can tell it refunds more than was sold.
    path = copy_database(db_path, work / "over-refund.sqlite3")
    forged = json.loads(return_payload)
    forged["return_id"] = "forged-return"
    with sqlite3.connect(path) as conn:
        (sale_doc,) = conn.execute(
            "SELECT document FROM sales WHERE sale_id = ?", (forged["original_sale_id"],)
        ).fetchone()
    conn.close()
    line = forged["lines"][0]  # taken back in part or whole already: now all of it again
    sold = next(
        ln for ln in json.loads(sale_doc)["lines"] if ln["line_no"] == line["original_line_no"]
    )
    forged["lines"] = [line | {"line_no": 1, "quantity": sold["quantity"], "amount": sold["total"]}]
    forged["total"] = sold["total"]
    forged["refunds"] = [forged["refunds"][0] | {"amount": sold["total"]}]
    with open_database(path) as db, db.write_session() as session:
        assert journal_return(session, forged)
    with pytest.raises(AssertionError, match="refunds more than the sale took"):
        check_whole_or_absent(path, promises)

    damages = {
        "no outbox record": "DELETE FROM outbox WHERE ref = :id",
        "a line lost": "DELETE FROM sale_lines WHERE sale_id = :id AND line_no = 1",
        "a tender lost": "DELETE FROM sale_tenders WHERE sale_id = :id",
        "sale row lost": "DELETE FROM sales WHERE sale_id = :id",
        "receipt number skipped": "UPDATE sales SET receipt_no = receipt_no + 1"
        " WHERE sale_id = :id",
    }
    for n, (what, sql) in enumerate(damages.items()):
        path = copy_database(db_path, work / f"damaged-{n}.sqlite3")
        conn = sqlite3.connect(path)
        try:
            conn.execute("PRAGMA foreign_keys = OFF")
            assert conn.execute(sql, {"id": sale_id}).rowcount >= 1, what
            conn.commit()
        finally:
            conn.close()
        # Without the durability promise for this sale, only "never half" can catch it.
        others = Promises({k: v for k, v in promises.recorded.items() if k != sale_id})
        try:
            check_whole_or_absent(path, others)
        except AssertionError:
            continue
        pytest.fail(f"the checks missed a damaged sale: {what}")


# --- the tests -----------------------------------------------------------------------------


def seed_once(data_dir: Path) -> Path:
    """The first start: migrate and fill the demo catalog as the driver would."""
    settings = demo_settings()
    store = settings.store
    db_path = data_dir / "till.sqlite3"
    with open_database(db_path) as db:
        report = seed_demo(db, store.currency, store_id=store.store_id, till_id=store.till_id)
    assert report is not None
    return db_path


@pytest.mark.slow
def test_sigkill_at_random_points_leaves_every_sale_whole_or_absent(tmp_path: Path) -> None:
    seed = int(os.environ.get("OMNITILL_KILL_SEED") or time.time_ns() % 1_000_000_007)
    print(f"kill test seed {seed} (rerun with OMNITILL_KILL_SEED={seed})")
    rng = random.Random(seed)
    data_dir = tmp_path / "till"
    data_dir.mkdir()
    db_path = seed_once(data_dir)
    promises = Promises()
    kills = in_flight = rounds_selling = 0
    counts: dict[str, int] = {}
    unqueued: set[int] = set()
    started = time.monotonic()
    restarts_without_shift = 0  # rounds that began after a Z, before the next shift opened
    for round_no in range(ROUNDS):
        target = KILL_ON.get(round_no)
        driver = Driver(
            data_dir, rng.randrange(2**31), tmp_path / f"driver-{round_no}.err", kill_on=target
        )
        try:
            driver.wait_ready()
            if target is None:
                time.sleep(rng.uniform(*KILL_AFTER))
                assert driver.alive(), f"the driver died on its own:\n{driver.stderr()}"
                driver.kill()
            else:
                assert driver.wait_killed(KILL_ON_TIMEOUT), f"the driver never printed {target}"
            kills += 1
        finally:
            driver.stop()
        assert driver.proc.returncode == -signal.SIGKILL, driver.stderr()
        if counts and counts["open_shifts"] == 0:
            restarts_without_shift += 1
            assert driver.lines[1:2] in ([], ["OPENING"]), "the till went on without a shift"
        pending = promises.take(driver.lines)
        rounds_selling += any(line.startswith(("RECORDING", "VOIDING")) for line in driver.lines)
        counts, unqueued = check_whole_or_absent(db_path, promises)
        if pending is not None:
            in_flight += 1
            word, ref = pending
            committed = {
                "RECORDING": "SELECT 1 FROM sales WHERE sale_id = ?",
                "VOIDING": "SELECT 1 FROM sales WHERE sale_id = ?",
                "RETURNING": "SELECT 1 FROM journal WHERE kind = 'return' AND ref = ?",
                "CLOSING": "SELECT 1 FROM shifts WHERE shift_id = ? AND state = 'closed'",
                "OPENING": "SELECT 1 FROM shifts WHERE state = 'open' AND ? = ''",
            }[word]
            with sqlite3.connect(db_path) as conn:
                there = conn.execute(committed, (ref,)).fetchone()
            conn.close()
            (promises.in_flight_committed if there else promises.in_flight_absent)[word] += 1
        print(f"round {round_no + 1}: {counts}, killed with a write in flight: {pending}")
    elapsed = time.monotonic() - started

    # The test proves something only if the till really sold and was killed while selling.
    assert kills == ROUNDS
    assert rounds_selling >= ROUNDS // 2, "the till was mostly killed before it sold anything"
    assert len(promises.recorded) >= 5 * ROUNDS, f"too few sales recorded: {counts}"
    assert promises.voided, "no sale was voided"
    assert len(promises.returned) >= ROUNDS, f"too few returns: {counts}"
    assert len(promises.closed) >= ROUNDS // 2, f"too few Z reports: {counts}"
    assert restarts_without_shift, "no restart found the till between a Z and the next shift"
    assert counts["completed"] >= len(promises.recorded)
    # The receipt to print is queued in the sale's own transaction: no kill loses one.
    assert not unqueued, f"receipts {sorted(unqueued)} were recorded but never queued to print"
    check_the_checker(db_path, tmp_path, promises)
    check_tampering(db_path, tmp_path)
    print(
        f"{ROUNDS} rounds in {elapsed:.1f}s: {counts['completed']} sales completed "
        f"({len(promises.recorded)} reported), {counts['voided']} voided; "
        f"{counts['returns']} returns ({len(promises.returned)} reported), "
        f"{counts['z']} Z reports ({len(promises.closed)} reported); "
        f"{restarts_without_shift} restarts between a Z and the next shift; "
        f"{in_flight} kills with a write in flight "
        f"(committed {dict(promises.in_flight_committed)}, "
        f"absent {dict(promises.in_flight_absent)}); "
        f"{counts['receipts_never_queued']} receipts never queued for printing"
    )


def test_the_journal_refuses_insert_or_replace(tmp_path: Path) -> None:
    """REPLACE deletes the old row without firing DELETE triggers (recursive_triggers is off):
    without a BEFORE INSERT guard it would rewrite an entry past the append-only triggers."""
    path = tmp_path / "journal.sqlite3"
    with open_database(path) as db:
        for n in range(3):
            with db.write_session() as s:
                append_entry(s, "test", f"ref-{n}", {"n": n})
    conn = sqlite3.connect(path)
    try:
        row = conn.execute(
            "SELECT seq, at, kind, ref, payload, prev_hash, hash FROM journal WHERE seq = 2"
        ).fetchone()
        for verb in ("INSERT OR REPLACE", "REPLACE"):
            with pytest.raises(sqlite3.IntegrityError, match="append-only"):
                conn.execute(
                    f"{verb} INTO journal (seq, at, kind, ref, payload, prev_hash, hash)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (*row[:4], '{"n":99}', *row[5:]),
                )
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            conn.execute(
                "INSERT INTO journal (seq, at, kind, ref, payload, prev_hash, hash)"
                " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (seq) DO UPDATE SET payload = '{}'",
                row,
            )
        conn.commit()
        assert conn.execute("SELECT payload FROM journal WHERE seq = 2").fetchone() == (row[4],)
    finally:
        conn.close()
    assert journal_problems(path) == set()
