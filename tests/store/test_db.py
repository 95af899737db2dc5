"""Opening the cache: migrations, pragmas, sessions."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import MetaData

from pos.store import Database, head_revision, open_database
from pos.store.db import (
    CATALOG_SCHEMA,
    CATALOG_TABLES,
    create_sqlite_engine,
    current_revision,
    migrations_dir,
    upgrade_to_head,
)
from pos.store.models import Base


def test_empty_file_is_migrated_to_head(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    assert not path.exists()
    with open_database(path) as db:
        assert current_revision(db.engine) == head_revision()
        with db.raw() as conn:
            own = {r[0] for r in conn.execute("SELECT name FROM main.sqlite_master")}
            hubs = {r[0] for r in conn.execute("SELECT name FROM catalog.sqlite_master")}
    for table in ("sales", "journal", "outbox", "meta", "users"):
        assert table in own
    for table in ("products", "barcodes", "prices", "product_fts", "stock_levels"):
        assert table in hubs and table not in own
    assert (tmp_path / "new.catalog-1.sqlite3").is_file()


def test_reopen_is_a_noop(tmp_path: Path) -> None:
    path = tmp_path / "till.db"
    open_database(path).close()
    engine = create_sqlite_engine(path)
    try:
        assert upgrade_to_head(engine) is False
    finally:
        engine.dispose()
    with open_database(path) as db:
        assert current_revision(db.engine) == head_revision()


def test_pragmas_on_every_connection(db: Database) -> None:
    with db.raw() as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] > 0
    seen: list[int] = []

    def other_thread() -> None:
        with db.raw() as conn:
            seen.append(conn.execute("PRAGMA synchronous").fetchone()[0])

    t = threading.Thread(target=other_thread)
    t.start()
    t.join()
    assert seen == [2]
    # WAL is persistent in the file: a plain connection sees it too.
    plain = sqlite3.connect(db.path)
    try:
        assert plain.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        plain.close()


def _schema_of(diff: object) -> str | None:
    """The schema a compare_metadata difference is about (the other file's are not ours)."""
    item = diff[0] if isinstance(diff, list) else diff
    assert isinstance(item, tuple)
    for part in item[1:]:
        table = getattr(part, "table", part)
        if hasattr(table, "schema"):
            return getattr(table, "schema", None)
        if isinstance(part, str) and part == CATALOG_SCHEMA:
            return part
    return None


def test_models_match_migrations(db: Database) -> None:
    """The ORM models and the migrated schema agree (no pending autogenerate diff): the
    catalog's tables in the attached catalog file, the till's own in the main file."""
    own = MetaData()
    in_catalog = MetaData()
    for table in Base.metadata.tables.values():
        if table.name in CATALOG_TABLES:
            copy = table.to_metadata(in_catalog, schema=CATALOG_SCHEMA)
            names = {tuple(i.columns.keys()): i.name for i in table.indexes}
            for index in copy.indexes:  # the naming convention would add the schema
                index.name = names[tuple(index.columns.keys())]
        else:
            table.to_metadata(own)

    def include(obj: object, name: str | None, type_: str, reflected: bool, other: object) -> bool:
        return not (type_ == "table" and name is not None and name.startswith("product_fts"))

    with db.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"include_object": include})
        assert compare_metadata(ctx, own) == []
        ctx = MigrationContext.configure(
            conn,
            opts={"include_object": include, "include_schemas": True},
        )
        diff = [d for d in compare_metadata(ctx, in_catalog) if _schema_of(d) == CATALOG_SCHEMA]
    assert diff == []


def test_migrations_ship_inside_the_package() -> None:
    folder = migrations_dir()
    assert (folder / "env.py").is_file()
    assert (folder / "__init__.py").is_file()
    assert (folder / "versions" / "__init__.py").is_file()
    assert any(p.name.startswith("0001_") for p in (folder / "versions").iterdir())


def test_session_rolls_back_on_error(db: Database) -> None:
    from pos.store.models import Meta

    try:
        with db.session() as s:
            s.add(Meta(key="k", value="v"))
            s.flush()
            raise RuntimeError("boom")
    except RuntimeError:
        pass
    with db.session() as s:
        assert s.get(Meta, "k") is None


def test_the_recorded_head_revision_is_alembics_head() -> None:
    """Opening a current cache skips Alembic by trusting HEAD_REVISION: it must be right."""
    from pos.store.db import alembic_head_revision, head_revision

    assert head_revision() == alembic_head_revision()
