"""Sync tests run against the real reference hub (uvicorn on a loopback port, SQLite file),
reached through a fault-injecting proxy on loopback. They need no Qt."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest

from pos.hub.embedded import RunningHub, start_hub

from .fault_proxy import FaultProxy
from .kit import HubAdmin, TillSide, make_till

_tills = itertools.count(1)


@pytest.fixture(scope="module")
def hub(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningHub]:
    """One seeded demo hub per test module (tests read their starting stock from it)."""
    path = tmp_path_factory.mktemp("hub") / "hub.sqlite3"
    running = start_hub(f"sqlite:///{path}", seed=True)
    yield running
    running.stop()


@pytest.fixture
def admin(hub: RunningHub) -> Iterator[HubAdmin]:
    client = HubAdmin(hub.url, hub.admin_token, hub.pairing_code("STORE-001", "AUDIT"))
    yield client
    client.close()


@pytest.fixture
def proxy(hub: RunningHub) -> Iterator[FaultProxy]:
    with FaultProxy(hub.url) as running:
        yield running


def paired_till(hub: RunningHub, url: str, root: Path, **options: object) -> TillSide:
    """A new till (its own cache file) paired with the hub at ``url`` as a new till id."""
    till_id = f"TILL-T{next(_tills):03d}"
    side = make_till(root, **options)  # type: ignore[arg-type]
    side.engine.pair(url, hub.pairing_code("STORE-001", till_id))
    return side


@pytest.fixture
def till(hub: RunningHub, proxy: FaultProxy, tmp_path: Path) -> Iterator[TillSide]:
    """A till paired through the proxy and fully synced once."""
    side = paired_till(hub, proxy.url, tmp_path / "till")
    assert side.engine.run_once() is not None
    assert side.engine.last_status is not None and side.engine.last_status.state == "online"
    yield side
    side.close()
