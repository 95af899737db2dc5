"""Opening the hub's database (SQLite file or PostgreSQL URL) and the write discipline.

Feeds must never skip a change. A reader pages by ``seq``; if two writers could commit their
seqs out of order (B takes 101 and commits, A took 100 and commits later), a reader between
the two commits would move its cursor past 100 and never see A's change. So every writing
transaction takes its seqs with ``UPDATE feed_counters ... RETURNING`` (``next_seq``): the row
lock it takes is held until commit, so a second writer of the same feed waits, and seqs become
visible in the order they were taken. SQLite gets the same from ``BEGIN IMMEDIATE`` (one
writer at a time, taken up front so a read-then-write transaction cannot fail half-way).

SQLite: WAL (readers never block the writer), ``synchronous=NORMAL`` (a committed change may
be lost by a power cut, never corrupted: the hub is a reference server; the till is the one
that must not lose a sale), ``foreign_keys=ON``, a generous ``busy_timeout`` because a CLI
admin command may write while ``pos-hub serve`` runs.
"""

from __future__ import annotations

import secrets
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import make_url

from pos.hub.schema import SCHEMA_VERSION, metadata

TIME_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"
FEEDS = ("catalog", "stock", "documents", "events", "pickup", "pickup_numbers")
_WRITE = "omnitill_hub_write"


class SchemaMismatch(RuntimeError):
    """The database was made by another version of the hub."""


def utc_text(dt: datetime) -> str:
    if dt.tzinfo is None:
        raise ValueError("naive datetime: the hub keeps UTC times only")
    return dt.astimezone(UTC).strftime(TIME_FORMAT)


def now_text() -> str:
    return utc_text(datetime.now(UTC))


def parse_time(value: str) -> datetime:
    return datetime.strptime(value, TIME_FORMAT).replace(tzinfo=UTC)


def default_url(path: str) -> str:
    """A SQLite URL for a file path."""
    return f"sqlite:///{path}"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # SQLAlchemy's begin event issues BEGIN
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def _sqlite_begin(conn: Connection) -> None:
    write = conn.get_execution_options().get(_WRITE, False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


class HubDatabase:
    """The engine plus the hub's identity; ``read()`` and ``write()`` give transactions.

    ``changed`` is bumped after every committed write of this process, so the event stream
    wakes at once for changes made here (changes by another process are polled).
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.is_sqlite = engine.dialect.name == "sqlite"
        self._changed = 0
        self._lock = threading.Lock()
        self.hub_id = ""
        self.currency = ""

    @property
    def changed(self) -> int:
        return self._changed

    def _bump(self) -> None:
        with self._lock:
            self._changed += 1

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn, conn.begin():
            yield conn

    @contextmanager
    def write(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            conn = conn.execution_options(**{_WRITE: True})
            with conn.begin():
                yield conn
        self._bump()

    def dispose(self) -> None:
        self.engine.dispose()


def next_seq(conn: Connection, feed: str, count: int = 1) -> int:
    """Take ``count`` consecutive seqs of ``feed``; returns the first. Call only inside
    ``HubDatabase.write`` (see the module docstring for why this orders commits)."""
    last = conn.execute(
        text("UPDATE feed_counters SET seq = seq + :n WHERE feed = :feed RETURNING seq"),
        {"n": count, "feed": feed},
    ).scalar_one()
    return int(last) - count + 1


def exists(conn: Connection, table: str, column: str, value: str) -> bool:
    """Whether ``table`` has a row with ``column = value`` (table and column are ours)."""
    sql = f"SELECT 1 FROM {table} WHERE {column} = :v"
    return conn.execute(text(sql), {"v": value}).first() is not None


def high_water(conn: Connection, feed: str) -> int:
    """The newest seq of ``feed`` committed as this transaction (statement) sees it."""
    return int(
        conn.execute(
            text("SELECT seq FROM feed_counters WHERE feed = :f"), {"f": feed}
        ).scalar_one()
    )


def open_hub_database(url: str, currency: str = "PLN") -> HubDatabase:
    """Open (creating when new) the hub database at a SQLAlchemy URL.

    ``sqlite:///path.db`` or ``postgresql+psycopg://user@host/db``. A new database gets the
    tables, a random ``hub_id`` (it is part of every cursor: a reset hub refuses old cursors)
    and its currency. Raises :class:`SchemaMismatch` for a database of another hub version.
    """
    sa_url = make_url(url)
    kwargs: dict[str, Any] = {}
    if sa_url.get_backend_name() == "sqlite":
        kwargs["connect_args"] = {"check_same_thread": False}
    else:
        kwargs["pool_pre_ping"] = True
    engine = create_engine(sa_url, **kwargs)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
    db = HubDatabase(engine)
    try:
        with db.write() as conn:
            metadata.create_all(conn)
            meta: dict[str, str] = dict(conn.execute(text("SELECT key, value FROM hub_meta")).all())
            if not meta:
                meta = {
                    "schema_version": SCHEMA_VERSION,
                    "hub_id": secrets.token_hex(6),
                    "currency": currency,
                    "created_at": now_text(),
                }
                conn.execute(
                    text("INSERT INTO hub_meta (key, value) VALUES (:key, :value)"),
                    [{"key": k, "value": v} for k, v in meta.items()],
                )
                conn.execute(
                    text("INSERT INTO feed_counters (feed, seq) VALUES (:feed, 0)"),
                    [{"feed": feed} for feed in FEEDS],
                )
            elif meta.get("schema_version") != SCHEMA_VERSION:
                raise SchemaMismatch(
                    f"the hub database has schema version {meta.get('schema_version')!r}, "
                    f"this hub needs {SCHEMA_VERSION!r}; use a new database (pos-hub seed)"
                )
            else:  # feeds added since (tables are added by create_all above)
                conn.execute(
                    text(
                        "INSERT INTO feed_counters (feed, seq) VALUES (:feed, 0)"
                        " ON CONFLICT (feed) DO NOTHING"
                    ),
                    [{"feed": feed} for feed in FEEDS],
                )
    except BaseException:
        engine.dispose()
        raise
    db.hub_id = meta["hub_id"]
    db.currency = meta["currency"]
    return db
