"""A headless till that pushes its outbox to the hub until it is killed: the kill test's victim.

``python -m tests.sync.push_driver DATA_DIR BATCH_SIZE``

It opens the (already paired) till's cache, and runs sync cycles until nothing is pending,
printing ``PUSHING`` before the first cycle and ``DONE`` when the outbox is empty. The test
SIGKILLs it while batches are in flight.
"""

from __future__ import annotations

import sys
from pathlib import Path

from pos.events import EventBus
from pos.store import OutboxRepository, TokenFile, open_database
from pos.sync.backoff import Backoff
from pos.sync.engine import SyncEngine


def say(word: str) -> None:
    sys.stdout.write(word + "\n")
    sys.stdout.flush()


def main(data_dir: Path, batch_size: int) -> None:
    db = open_database(data_dir / "till.sqlite3")
    engine = SyncEngine(
        db,
        EventBus(),
        TokenFile(data_dir / "device-token"),
        batch_size=batch_size,
        backoff=Backoff(base=0.05, cap=0.2),
    )
    outbox = OutboxRepository(db)
    say("PUSHING")
    while outbox.counts()["pending"]:
        delay = engine.run_once()
        if delay is None:
            raise SystemExit(f"sync stopped: {engine.last_status}")
    say("DONE")
    engine.stop()
    db.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]))
