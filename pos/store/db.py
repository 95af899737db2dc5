"""Opening the till's local SQLite cache: engine, pragmas, migrations, sessions.

Pragmas set on every new DBAPI connection:

* ``journal_mode=WAL`` - readers never block the writer and the writer never blocks readers,
  so the UI/read thread can look up products while the DB worker commits a sale.
* ``synchronous=FULL`` - in WAL mode ``NORMAL`` only syncs the WAL at checkpoints, so a
  transaction that ``COMMIT`` reported as done can be rolled back by a power cut. ``FULL``
  fsyncs the WAL on every commit: once ``record_completed`` returns, the sale (and its journal
  entry and outbox record) survives power loss. The cost is one fsync per commit (a few ms),
  which is nothing next to printing a receipt.
* ``foreign_keys=ON`` - SQLite leaves foreign keys off by default.
* ``busy_timeout`` - a second connection waits for a lock instead of failing at once.

Two files: the till's own records (sales, journal, outbox, users, settings, pairing: what
cannot be had again) stay in the main file; what the hub sends (catalog, prices, stock, the
feed cursors: :data:`CATALOG_TABLES`) lives in a *catalog file* ATTACHed to every connection
as schema ``catalog``. SQL names its tables unqualified and SQLite finds them in either file,
so queries, the ORM and migrations do not care. The catalog file is replaceable as a whole:
an initial sync builds the next *generation* on the side and switches to it with one tiny
write to ``meta`` (:meth:`Database.switch_catalog`; see ``pos.store.catalog_build``).

Transactions: SQLite's Python driver is told not to issue ``BEGIN`` itself
(``isolation_level=None``); SQLAlchemy's ``begin`` event emits it instead (the recipe in the
SQLAlchemy SQLite docs), so every Session transaction is a real SQLite transaction, including
its SELECTs. :meth:`Database.write_session` begins with ``BEGIN IMMEDIATE``: the write lock is
taken up front, so a read-then-write transaction (next receipt number, journal chain) cannot
fail half-way with ``SQLITE_BUSY`` and no other writer can interleave.

Threads: the engine keeps a pool of connections (SQLAlchemy's ``QueuePool`` for SQLite files,
``check_same_thread`` off); each checkout is used by one thread at a time. Use one Session per
thread and per unit of work - never share a Session or a raw connection between threads. The
till writes from a single DB worker thread and may read (lookups, search) from others; WAL gives
those readers a consistent snapshot without blocking the writer.
"""

from __future__ import annotations

import glob
import logging
import re
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from pos.private_files import owner_only, restrict
from pos.store.migrations import HEAD_REVISION

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000
OUTBOX_QUEUED = "omnitill_outbox_queued"  # Session.info key: this transaction queued a record
_BEGIN_OPTION = "omnitill_sqlite_begin"
CATALOG_SCHEMA = "catalog"
# Tables kept in the catalog file (migration 0007 moved them there).
CATALOG_TABLES = (
    "tax_classes",
    "categories",
    "products",
    "barcodes",
    "prices",
    "product_fts",
    "stock_levels",
    "sync_cursors",
    "catalog_meta",
)
CATALOG_POINTER = "catalog_file"  # meta key: the file name of the current generation


_CREATE_OBJECT = re.compile(
    r"^\s*(CREATE\s+(?:UNIQUE\s+)?(?:VIRTUAL\s+)?(?:TABLE|INDEX|TRIGGER)\s+)", re.IGNORECASE
)


def in_catalog(sql: str) -> str:
    """``CREATE TRIGGER x ...`` (as SQLite keeps it) -> ``CREATE TRIGGER catalog.x ...``: an
    unqualified CREATE would put the object in the main file."""
    match = _CREATE_OBJECT.match(sql)
    if match is None:
        raise ValueError(f"not a CREATE TABLE/INDEX/TRIGGER statement: {sql[:60]!r}")
    return f"{match.group(1)}{CATALOG_SCHEMA}.{sql[match.end() :]}"


def catalog_file_name(database: Path, generation: int) -> str:
    """``till.sqlite3`` -> ``till.catalog-3.sqlite3`` (next to the main file)."""
    return f"{database.stem}.catalog-{generation}.sqlite3"


def catalog_generation(name: str) -> int:
    return int(name.rsplit(".", 2)[-2].rsplit("-", 1)[-1])


def _read_catalog_pointer(path: Path) -> str | None:
    """The current generation's file name as ``meta`` records it (None: a new file)."""
    if not path.exists():
        return None
    conn = sqlite3.connect(path)
    try:
        conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        has_meta = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'"
        ).fetchone()
        if has_meta is None:
            return None
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (CATALOG_POINTER,)).fetchone()
        return None if row is None else str(row[0])
    finally:
        conn.close()


class CatalogPointer:
    """Which catalog file new connections attach (shared by the engine's connect hook)."""

    def __init__(self, directory: Path, name: str) -> None:
        self.directory = directory
        self.name = name

    @property
    def path(self) -> Path:
        return self.directory / self.name


def migrations_dir() -> Path:
    """The Alembic script directory shipped inside the package (works when installed)."""
    return Path(str(resources.files("pos.store") / "migrations"))


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic ``Config`` built in code: no ``alembic.ini`` is needed at runtime."""
    from alembic.config import Config  # Alembic is imported only to migrate

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    """The newest migration revision shipped with this build."""
    return HEAD_REVISION


def alembic_head_revision() -> str | None:
    """What Alembic's script directory says the head is (tests compare it with HEAD_REVISION)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def _set_pragmas(dbapi_connection: Any, catalog: CatalogPointer) -> None:
    # Hand transaction control to SQLAlchemy's "begin" event (see module docstring).
    dbapi_connection.isolation_level = None
    cur = dbapi_connection.cursor()
    try:
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"ATTACH DATABASE ? AS {CATALOG_SCHEMA}", (str(catalog.path),))
        cur.execute(f"PRAGMA {CATALOG_SCHEMA}.journal_mode=WAL")
        cur.execute(f"PRAGMA {CATALOG_SCHEMA}.synchronous=FULL")
    finally:
        cur.close()


def _do_begin(conn: Connection) -> None:
    conn.exec_driver_sql(conn.get_execution_options().get(_BEGIN_OPTION, "BEGIN"))


def create_sqlite_engine(path: Path, catalog: CatalogPointer | None = None) -> Engine:
    """An engine for the SQLite file at ``path`` with the till's pragmas, its catalog file
    attached and BEGIN handling."""
    path = Path(path)
    if catalog is None:
        catalog = CatalogPointer(
            path.parent, _read_catalog_pointer(path) or catalog_file_name(path, 1)
        )
    pointer = catalog
    engine = create_engine(f"sqlite:///{path}", pool_size=5, max_overflow=5)
    event.listen(engine, "connect", lambda conn, _record: _set_pragmas(conn, pointer))
    event.listen(engine, "begin", _do_begin)
    return engine


def current_revision(engine: Engine) -> str | None:
    """The revision recorded in the file (``None`` for a new file), read without Alembic."""
    with engine.connect() as conn:
        exists = conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).first()
        if exists is None:
            return None
        row = conn.exec_driver_sql("SELECT version_num FROM alembic_version").first()
        return None if row is None else str(row[0])


def upgrade_to_head(engine: Engine) -> bool:
    """Run migrations to head unless already there. Returns True when something ran.

    The fast path reads ``alembic_version`` with plain SQL and compares it with
    ``HEAD_REVISION``; only on a mismatch is Alembic imported and its upgrade run.
    """
    head = head_revision()
    if current_revision(engine) == head:
        return False
    from alembic import command  # imported lazily: only needed when migrating

    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
    return True


class Database:
    """The opened cache: an engine plus session factories. Create with :func:`open_database`."""

    def __init__(self, engine: Engine, path: Path, catalog: CatalogPointer) -> None:
        self.engine = engine
        self.path = path
        self.catalog = catalog
        self._switch_lock = threading.Lock()
        self.sessionmaker: sessionmaker[Session] = sessionmaker(engine, expire_on_commit=False)
        self._write_engine = engine.execution_options(**{_BEGIN_OPTION: "BEGIN IMMEDIATE"})
        self.write_sessionmaker: sessionmaker[Session] = sessionmaker(
            self._write_engine, expire_on_commit=False
        )
        self._outbox_watchers: list[Callable[[], None]] = []
        for maker in (self.sessionmaker, self.write_sessionmaker):
            event.listen(maker, "after_commit", self._committed)
            event.listen(maker, "after_rollback", _forget_outbox)

    def watch_outbox(self, watcher: Callable[[], None]) -> Callable[[], None]:
        """Call ``watcher`` after every commit that queued an outbox record (in the writer's
        thread, the record already durable), so the sync engine pushes it without polling:
        every writer goes through :func:`pos.store.outbox.enqueue`, whatever the record kind.
        A watcher must be quick and must not touch the database. Returns the way to stop."""
        self._outbox_watchers.append(watcher)

        def unwatch() -> None:
            if watcher in self._outbox_watchers:
                self._outbox_watchers.remove(watcher)

        return unwatch

    def _committed(self, session: Session) -> None:
        if not session.info.pop(OUTBOX_QUEUED, False):
            return
        for watcher in list(self._outbox_watchers):
            try:
                watcher()
            except Exception:  # the record is committed: a watcher never fails the sale
                log.exception("outbox watcher %r failed", watcher)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: commits when the block ends normally, rolls back on an exception."""
        with self.sessionmaker.begin() as session:
            yield session

    @contextmanager
    def write_session(self) -> Iterator[Session]:
        """Like :meth:`session` but begins with ``BEGIN IMMEDIATE`` (takes the write lock)."""
        with self.write_sessionmaker.begin() as session:
            yield session

    @contextmanager
    def raw(self) -> Iterator[sqlite3.Connection]:
        """A pooled raw ``sqlite3`` connection in autocommit mode, for hot read paths.

        Each statement runs in its own implicit read transaction. Do not write through it.
        """
        conn = self.engine.raw_connection()
        try:
            driver = conn.driver_connection
            assert isinstance(driver, sqlite3.Connection)
            yield driver
        finally:
            conn.close()

    @property
    def catalog_path(self) -> Path:
        """The catalog file connections attach now."""
        return self.catalog.path

    def next_catalog_path(self) -> Path:
        """Where the next catalog generation is built."""
        generation = catalog_generation(self.catalog.name) + 1
        return self.catalog.directory / catalog_file_name(self.path, generation)

    def switch_catalog(self, built: Path) -> None:
        """Make the complete catalog file ``built`` the current one, atomically.

        One small transaction records it in ``meta``; a crash before it keeps the old
        catalog, after it the new one. Pooled connections still attached to the old file are
        dropped (a connection checked out right now finishes on the old one and is closed when
        returned). The old file is deleted the next time the cache is opened
        (:func:`remove_stale_catalogs`): a connection may still be reading it now.
        """
        with self._switch_lock:
            conn = self.engine.raw_connection()
            try:
                driver = conn.driver_connection
                assert isinstance(driver, sqlite3.Connection)
                driver.execute("BEGIN IMMEDIATE")
                try:
                    driver.execute(
                        "INSERT INTO main.meta (key, value) VALUES (?, ?) ON CONFLICT (key)"
                        " DO UPDATE SET value = excluded.value",
                        (CATALOG_POINTER, built.name),
                    )
                    driver.execute("COMMIT")
                except BaseException:
                    driver.execute("ROLLBACK")
                    raise
            finally:
                conn.close()
            self.catalog.name = built.name
            self.engine.dispose()

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _forget_outbox(session: Session) -> None:
    session.info.pop(OUTBOX_QUEUED, None)


def remove_stale_catalogs(path: Path, current: str) -> list[Path]:
    """Delete the catalog generations of the cache at ``path`` older than ``current`` (the
    ones switches replaced). A newer one is a build that crashed or is running in another
    process: the next build starts by deleting it (:mod:`pos.store.catalog_build`)."""
    removed = []
    keep = catalog_generation(current)
    for candidate in path.parent.glob(f"{path.stem}.catalog-*.sqlite3*"):
        base = candidate.name.removesuffix("-wal").removesuffix("-shm")
        try:
            generation = catalog_generation(base)
        except ValueError:
            continue
        if generation < keep:
            candidate.unlink(missing_ok=True)
            removed.append(candidate)
    return removed


def connect_plain(path: Path) -> sqlite3.Connection:
    """A plain ``sqlite3`` connection to the cache at ``path`` with its current catalog file
    attached (tools and tests that read the file directly)."""
    path = Path(path)
    name = _read_catalog_pointer(path) or catalog_file_name(path, 1)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    conn.execute(f"ATTACH DATABASE ? AS {CATALOG_SCHEMA}", (str(path.parent / name),))
    return conn


def open_database(path: Path) -> Database:
    """Open (creating if needed) the SQLite cache at ``path`` and migrate it to head."""
    path = Path(path)
    with owner_only():  # the file, its catalog, -wal and -shm are born 0600
        path.parent.mkdir(parents=True, exist_ok=True)
        restrict(database_files(path))  # an install made before files were owner-only
        catalog = CatalogPointer(
            path.parent, _read_catalog_pointer(path) or catalog_file_name(path, 1)
        )
        remove_stale_catalogs(path, catalog.name)
        engine = create_sqlite_engine(path, catalog)
        try:
            upgrade_to_head(engine)
        except BaseException:
            engine.dispose()
            raise
    restrict(database_files(path))
    return Database(engine, path, catalog)


def database_files(path: Path) -> list[Path]:
    """The cache's files: the main file, its catalog generations, their -wal/-shm/-journal."""
    return [p for p in path.parent.glob(f"{glob.escape(path.stem)}.*") if p.is_file()]
