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

PostgreSQL: every session gets a ``lock_timeout`` (default 5 s) and a ``statement_timeout``
(default 30 s; ``$OMNITILL_HUB_LOCK_TIMEOUT`` / ``$OMNITILL_HUB_STATEMENT_TIMEOUT`` in
seconds, 0 to turn one off), so one stuck hub process holding a row lock - every writer of a
feed waits on its ``feed_counters`` row - cannot block the others indefinitely: the waiting
request fails within the timeout and is answered ``503 unavailable`` with ``Retry-After``
(:func:`busy_database`), which a till retries after its backoff. Never a 500.

Files: a SQLite database, its -wal/-shm and the signing-key file (``pos.hub.key_file``) are
0600 in a 0700 directory when the hub creates them, and tightened when it opens them (an
older install is fixed on its next start). The database holds no private key: one made
before the key file has its keys moved out and blanked (securely deleted) on open.
"""

from __future__ import annotations

import base64
import logging
import os
import secrets
import threading
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from pos.api.signed_tokens import SigningKey
from pos.hub.key_file import KEY_DIR_ENV, KeyFile
from pos.hub.migrations import migrate
from pos.hub.schema import SCHEMA_VERSION, metadata
from pos.private_files import owner_only, private_dir, restrict

log = logging.getLogger(__name__)

TIME_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"
FEEDS = ("catalog", "stock", "documents", "events", "pickup", "pickup_numbers")
_WRITE = "omnitill_hub_write"
LOCK_TIMEOUT_ENV = "OMNITILL_HUB_LOCK_TIMEOUT"
STATEMENT_TIMEOUT_ENV = "OMNITILL_HUB_STATEMENT_TIMEOUT"
LOCK_TIMEOUT_SECONDS = 5.0
STATEMENT_TIMEOUT_SECONDS = 30.0
# SQLSTATEs of a transaction that may well succeed when tried again a moment later:
# lock_not_available (lock_timeout), query_canceled (statement_timeout),
# serialization_failure, deadlock_detected.
RETRYABLE_SQLSTATES = frozenset({"55P03", "57014", "40001", "40P01"})


class HubOpenError(RuntimeError):
    """The hub's database cannot be opened as configured (the message says why)."""


class SchemaMismatch(HubOpenError):
    """The database was made by another version of the hub."""


class KeyDirMissing(HubOpenError):
    """A hub without a database file was given no directory for its signing-key file."""


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


def _seconds(env: str, default: float) -> float:
    raw = os.environ.get(env)
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise HubOpenError(f"${env} must be a number of seconds, not {raw!r}") from None
    if value < 0:
        raise HubOpenError(f"${env} must not be negative")
    return value


def session_timeouts(
    lock_timeout: float | None = None, statement_timeout: float | None = None
) -> dict[str, int]:
    """The PostgreSQL session settings (milliseconds; 0 = none) from the arguments, else the
    environment, else the defaults."""
    lock = (
        lock_timeout
        if lock_timeout is not None
        else _seconds(LOCK_TIMEOUT_ENV, LOCK_TIMEOUT_SECONDS)
    )
    statement = (
        statement_timeout
        if statement_timeout is not None
        else _seconds(STATEMENT_TIMEOUT_ENV, STATEMENT_TIMEOUT_SECONDS)
    )
    return {"lock_timeout": round(lock * 1000), "statement_timeout": round(statement * 1000)}


def busy_database(exc: BaseException) -> bool:
    """Whether a database error says "busy, try again" (a lock or statement timeout, a
    deadlock or serialization failure; SQLite's "database is locked") rather than a bug."""
    if not isinstance(exc, DBAPIError):
        return False
    orig = exc.orig
    if getattr(orig, "sqlstate", None) in RETRYABLE_SQLSTATES:
        return True
    return getattr(orig, "sqlite_errorname", None) in ("SQLITE_BUSY", "SQLITE_LOCKED")


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
        self.keys = KeyFile(None, "")  # the private signing keys (set by open_hub_database)

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


def open_hub_database(
    url: str,
    currency: str = "PLN",
    key_dir: Path | None = None,
    *,
    lock_timeout: float | None = None,
    statement_timeout: float | None = None,
) -> HubDatabase:
    """Open (creating when new) the hub database at a SQLAlchemy URL.

    ``sqlite:///path.db`` or ``postgresql+psycopg://user@host/db``. A new database gets the
    tables, a random ``hub_id`` (it is part of every cursor: a reset hub refuses old cursors)
    and its currency. Raises :class:`SchemaMismatch` for a database of another hub version.
    ``key_dir`` (else ``$OMNITILL_HUB_KEY_DIR``, else the SQLite file's directory) holds the
    signing-key file; an in-memory hub keeps its keys in memory. ``lock_timeout`` and
    ``statement_timeout`` (seconds, PostgreSQL only; see :func:`session_timeouts`) bound how
    long a request waits for another process's lock or runs one statement.
    """
    sa_url = make_url(url)
    file = sqlite_file(url)
    if key_dir is None and os.environ.get(KEY_DIR_ENV):
        key_dir = Path(os.environ[KEY_DIR_ENV])
    if key_dir is None and file is not None:
        key_dir = file.parent
    if key_dir is None and sa_url.get_backend_name() != "sqlite":
        raise KeyDirMissing(
            f"a PostgreSQL hub keeps its signing keys in a directory: set ${KEY_DIR_ENV}"
            " or --key-dir"
        )
    if file is not None and not file.parent.exists():
        private_dir(file.parent)
    kwargs: dict[str, Any] = {}
    if sa_url.get_backend_name() == "sqlite":
        kwargs["connect_args"] = {"check_same_thread": False}
    else:
        kwargs["pool_pre_ping"] = True
        if sa_url.get_backend_name() == "postgresql":
            settings = session_timeouts(lock_timeout, statement_timeout)
            options = " ".join(f"-c {name}={ms}" for name, ms in settings.items())
            kwargs["connect_args"] = {"options": options}
    engine = create_engine(sa_url, **kwargs)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
    db = HubDatabase(engine)
    files = sqlite_files(file) if file is not None else []
    restrict(files)  # a database made before files were owner-only
    try:
        with owner_only() if file is not None else nullcontext(), db.write() as conn:
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
            elif meta.get("schema_version") != SCHEMA_VERSION and not migrate(
                conn, meta.get("schema_version", ""), SCHEMA_VERSION
            ):
                raise SchemaMismatch(
                    f"the hub database has schema version {meta.get('schema_version')!r}, "
                    f"this hub needs {SCHEMA_VERSION!r}; use a new database (pos-hub seed)"
                )
            if meta:  # feeds added since (tables are added by create_all above)
                conn.execute(
                    text(
                        "INSERT INTO feed_counters (feed, seq) VALUES (:feed, 0)"
                        " ON CONFLICT (feed) DO NOTHING"
                    ),
                    [{"feed": feed} for feed in FEEDS],
                )
            db.keys = KeyFile.in_dir(key_dir, meta["hub_id"])
            moved = _move_private_keys_out(conn, db.keys)
        if moved and db.is_sqlite:
            _purge_sqlite(engine)
    except BaseException:
        engine.dispose()
        raise
    if file is not None:
        restrict(sqlite_files(file))
    db.hub_id = meta["hub_id"]
    db.currency = meta["currency"]
    return db


def sqlite_file(url: str) -> Path | None:
    """The database file of a ``sqlite:///`` URL (None for PostgreSQL and in-memory)."""
    sa_url = make_url(url)
    if sa_url.get_backend_name() != "sqlite" or sa_url.database in (None, "", ":memory:"):
        return None
    return Path(sa_url.database).resolve()


def sqlite_files(file: Path) -> list[Path]:
    return [file, *(Path(f"{file}{suffix}") for suffix in ("-wal", "-shm", "-journal"))]


def _move_private_keys_out(conn: Connection, keys: KeyFile) -> int:
    """A database made before the key file held private keys in ``signing_keys``: each goes to
    the key file first, then its column is blanked and the public half recorded."""
    columns = {c["name"] for c in inspect(conn).get_columns("signing_keys")}
    if "public_key" not in columns:
        conn.execute(
            text("ALTER TABLE signing_keys ADD COLUMN public_key TEXT NOT NULL DEFAULT ''")
        )
    rows = conn.execute(
        text("SELECT key_id, private_key, created_at FROM signing_keys WHERE private_key <> ''")
    ).all()
    if rows and conn.dialect.name == "sqlite":
        conn.exec_driver_sql("PRAGMA secure_delete = ON")  # the old bytes are overwritten
    for row in rows:
        private = base64.urlsafe_b64decode(row.private_key)
        public = SigningKey(row.key_id, private, parse_time(row.created_at)).public_key()
        keys.put(row.key_id, private)
        conn.execute(
            text(
                "UPDATE signing_keys SET private_key = '', public_key = :public WHERE key_id = :id"
            ),
            {"public": public.public_key, "id": row.key_id},
        )
    if rows:
        log.warning("moved %d signing keys out of the database into %s", len(rows), keys.path)
    return len(rows)


def _purge_sqlite(engine: Engine) -> None:
    """No copy of a moved key left in the file or its WAL: checkpoint and truncate the WAL,
    then rebuild the file (VACUUM) so no free page keeps an old copy."""
    with engine.connect() as conn:
        driver = conn.connection.driver_connection
        assert driver is not None
        driver.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        driver.execute("VACUUM")
        driver.execute("PRAGMA wal_checkpoint(TRUNCATE)")
