"""Alembic environment for the till's SQLite cache.

Run programmatically by :func:`pos.store.db.upgrade_to_head`, which passes an open
connection in ``config.attributes["connection"]``. Running from the command line is supported
for development (``sqlalchemy.url`` option) e.g. to autogenerate a revision.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine, pool

from pos.store.models import Base

config = context.config
target_metadata = Base.metadata

# FTS5 virtual table and its shadow tables are managed by hand-written migration SQL.
_UNMANAGED_PREFIXES = ("product_fts",)


def include_object(
    obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    return not (type_ == "table" and name is not None and name.startswith(_UNMANAGED_PREFIXES))


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies tables
        include_object=include_object,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    url = config.get_main_option("sqlalchemy.url")
    if not url:
        raise RuntimeError("no connection and no sqlalchemy.url given to the Alembic env")
    engine = create_engine(url, poolclass=pool.NullPool)
    with engine.begin() as conn:
        _run(conn)


if context.is_offline_mode():
    raise RuntimeError("offline (SQL script) migrations are not supported for the till cache")
run_migrations_online()
