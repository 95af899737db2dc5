"""Store fixtures: real SQLite files under pytest's tmp_path, never the user's directories."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from pos.store import Database, open_database
from pos.store.demo_catalog import seed_demo

from .builders import SaleFactory, make_sale_doc


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "till.db")
    yield database
    database.close()


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """A seeded demo catalog shared by a module's read-only tests."""
    database = open_database(tmp_path_factory.mktemp("demo") / "demo.db")
    seed_demo(database)
    yield database
    database.close()


@pytest.fixture
def make_sale() -> SaleFactory:
    return make_sale_doc
