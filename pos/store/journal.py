"""The electronic journal: append-only and hash-chained.

Append-only is enforced twice: SQLite triggers refuse UPDATE and DELETE on ``journal``
(``RAISE(ABORT, ...)``), and every entry carries
``hash = sha256(prev_hash || canonical_json({seq, at, kind, ref, payload}))`` (hex, UTF-8), with
``prev_hash`` of the first entry being 64 zeros. :func:`verify_journal` recomputes the chain,
so a changed or deleted entry is detected even if someone drops the triggers and edits the
table: a changed entry no longer matches its hash (or, if its hash was recomputed, the next
entry's ``prev_hash``); a deleted entry leaves a gap in ``seq``; a deleted tail leaves
``sqlite_sequence`` (AUTOINCREMENT high-water mark) ahead of the last ``seq``.

What it cannot detect on its own: someone rewriting the *whole* chain from the edit onwards
and resetting ``sqlite_sequence``. Anchoring the head hash elsewhere (the central API, via
the outbox) closes that gap.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from pos.store.jsonutil import canonical_json
from pos.store.models import now_text

GENESIS_HASH = "0" * 64


def entry_hash(prev_hash: str, seq: int, at: str, kind: str, ref: str | None, payload: Any) -> str:
    body = canonical_json({"seq": seq, "at": at, "kind": kind, "ref": ref, "payload": payload})
    return hashlib.sha256((prev_hash + body).encode("utf-8")).hexdigest()


def _high_water(session: Session) -> int:
    row = session.execute(
        text("SELECT seq FROM sqlite_sequence WHERE name = 'journal'")
    ).scalar_one_or_none()
    return int(row) if row is not None else 0


def append_entry(session: Session, kind: str, ref: str | None, payload: Any) -> int:
    """Append one entry in the caller's transaction (use a write session). Returns its seq."""
    last = session.execute(text("SELECT seq, hash FROM journal ORDER BY seq DESC LIMIT 1")).first()
    last_seq, prev_hash = (int(last[0]), str(last[1])) if last is not None else (0, GENESIS_HASH)
    seq = max(last_seq, _high_water(session)) + 1
    at = now_text()
    payload_text = canonical_json(payload)
    digest = entry_hash(prev_hash, seq, at, kind, ref, json.loads(payload_text))
    session.execute(
        text(
            "INSERT INTO journal (seq, at, kind, ref, payload, prev_hash, hash) "
            "VALUES (:seq, :at, :kind, :ref, :payload, :prev, :hash)"
        ),
        {
            "seq": seq,
            "at": at,
            "kind": kind,
            "ref": ref,
            "payload": payload_text,
            "prev": prev_hash,
            "hash": digest,
        },
    )
    return seq


@dataclass(frozen=True, slots=True)
class JournalProblem:
    seq: int
    problem: str  # "gap" | "hash_mismatch" | "chain_break" | "bad_payload" | "truncated"
    detail: str


@dataclass(frozen=True, slots=True)
class JournalReport:
    entries: int
    last_seq: int
    head_hash: str
    problems: list[JournalProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def verify_journal(session: Session) -> JournalReport:
    """Recompute the whole chain and report every inconsistency found."""
    problems: list[JournalProblem] = []
    expected_seq = 1
    prev_hash = GENESIS_HASH
    count = 0
    last_seq = 0
    result = session.execute(
        text("SELECT seq, at, kind, ref, payload, prev_hash, hash FROM journal ORDER BY seq")
    )
    for seq, at, kind, ref, payload_text, stored_prev, stored_hash in result:
        count += 1
        if seq != expected_seq:
            problems.append(
                JournalProblem(
                    seq, "gap", f"entries {expected_seq}..{seq - 1} are missing before {seq}"
                )
            )
        if stored_prev != prev_hash:
            problems.append(
                JournalProblem(seq, "chain_break", "prev_hash does not match the previous entry")
            )
        try:
            payload = json.loads(payload_text)
        except (TypeError, ValueError):
            problems.append(JournalProblem(seq, "bad_payload", "payload is not valid JSON"))
        else:
            if entry_hash(stored_prev, seq, at, kind, ref, payload) != stored_hash:
                problems.append(
                    JournalProblem(seq, "hash_mismatch", "entry content does not match its hash")
                )
        prev_hash = stored_hash
        expected_seq = seq + 1
        last_seq = seq
    high = _high_water(session)
    if high > last_seq:
        problems.append(
            JournalProblem(
                high, "truncated", f"entries {last_seq + 1}..{high} were removed from the end"
            )
        )
    return JournalReport(entries=count, last_seq=last_seq, head_hash=prev_hash, problems=problems)
