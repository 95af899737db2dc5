"""Pairing a till: a refused code stores nothing; the till takes the ids the hub paired it as;
a token file others can read is refused and nothing is sent."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from pos.config import Settings, load_settings
from pos.hub.embedded import RunningHub
from pos.paths import TillPaths
from pos.services.sync import SyncOptions
from pos.services.till import Till
from pos.sync.errors import Refused

from .fault_proxy import FaultProxy
from .kit import TillSide, make_till


def test_a_wrong_pairing_code_stores_nothing(hub: RunningHub, tmp_path: Path) -> None:
    till = make_till(tmp_path / "till")
    try:
        with pytest.raises(Refused) as refused:
            till.engine.pair(hub.url, "WRONG-CODE")
        assert refused.value.problem_code == "pairing_code_invalid"
        assert till.engine.pairings.get() is None
        assert not (tmp_path / "till" / "device-token").exists()
        assert till.engine.run_once() is None
        assert till.engine.last_status is not None
        assert till.engine.last_status.state == "unpaired"
    finally:
        till.close()


def test_the_token_is_kept_owner_only_and_a_readable_one_is_refused(
    till: TillSide, proxy: FaultProxy
) -> None:
    token = till.root / "device-token"
    assert stat.S_IMODE(token.stat().st_mode) == 0o600
    token.chmod(0o644)
    proxy.log.clear()
    assert till.engine.run_once() is None
    status = till.engine.last_status
    assert status is not None and (status.state, status.problem) == ("auth", "token_file")
    assert proxy.log == []  # nothing went to the hub


def test_a_till_started_with_a_code_pairs_and_takes_the_hubs_ids(
    hub: RunningHub, tmp_path: Path
) -> None:
    paths = TillPaths(tmp_path / "till")
    paths.root.mkdir()
    settings = Settings()
    code = hub.pairing_code("STORE-001", "TILL-07")
    till = Till(paths, settings, sync=SyncOptions(hub.url, code, poll_seconds=60))
    try:
        till.start().result(30)
        assert till.sync is not None
        pairing = till.sync.pairing().result(10)
        assert pairing is not None and (pairing.store_id, pairing.till_id) == (
            "STORE-001",
            "TILL-07",
        )
        assert (settings.store.store_id, settings.store.till_id) == ("STORE-001", "TILL-07")
        assert load_settings(paths.settings).store.till_id == "TILL-07"
    finally:
        till.shutdown()
    # Started again with the same (now used) code: already paired with that hub, no new pairing.
    again = Till(paths, load_settings(paths.settings), sync=SyncOptions(hub.url, code))
    try:
        again.start().result(30)
        assert again.sync is not None and again.sync.pairing().result(10) == pairing
    finally:
        again.shutdown()
