"""First-run set-up without the window: the hub asked over loopback HTTP (a real hub), each
way it can go wrong named by a stable code, and nothing on disk until the set-up is finished."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from drivers.printer import PrinterError
from pos.config import PaymentSettings, PrinterSettings, Settings, load_settings
from pos.hub.embedded import RunningHub, start_hub
from pos.paths import TillPaths
from pos.services.first_run import (
    BAD_URL,
    CODE_INVALID,
    CODE_USED,
    UNREACHABLE,
    SetupProblem,
    ask_hub_to_pair,
    check_terminal,
    finish_first_run,
    needs_first_run,
    print_test_page,
)
from pos.store import PairingRepository, TokenFile
from pos.store.db import open_database


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[RunningHub]:
    running = start_hub(f"sqlite:///{tmp_path / 'hub.sqlite3'}", seed=True)
    yield running
    running.stop()


@pytest.fixture
def paths(tmp_path: Path) -> TillPaths:
    root = tmp_path / "till"
    root.mkdir()
    return TillPaths(root)


def problem(call: object, *args: str) -> str:
    with pytest.raises(SetupProblem) as caught:
        call(*args)  # type: ignore[operator]
    return caught.value.code


def test_the_hub_confirms_store_and_till_and_nothing_is_written_until_the_end(
    hub: RunningHub, paths: TillPaths
) -> None:
    assert needs_first_run(paths)
    pending = ask_hub_to_pair(hub.url + "/", hub.pairing_code("STORE-001", "TILL-02"))
    assert (pending.result.store_id, pending.result.till_id) == ("STORE-001", "TILL-02")
    assert pending.store_name and pending.store_name != "STORE-001"  # the hub's name for it
    assert sorted(p.name for p in paths.root.iterdir()) == []

    settings = Settings(language="uk")
    finish_first_run(paths, settings, pending)
    assert not needs_first_run(paths)
    saved = load_settings(paths.settings)
    assert (saved.language, saved.store.store_id, saved.store.till_id) == (
        "uk", "STORE-001", "TILL-02",
    )  # fmt: skip
    assert TokenFile(paths.device_token).read() == pending.result.token
    db = open_database(paths.database)
    try:
        stored = PairingRepository(db).get()
    finally:
        db.engine.dispose()
    assert stored is not None and stored.hub_url == hub.url and stored.till_id == "TILL-02"


def test_each_bad_answer_has_its_own_code_and_leaves_the_data_dir_empty(
    hub: RunningHub, paths: TillPaths, tmp_path: Path
) -> None:
    code = hub.pairing_code("STORE-001", "TILL-03")
    assert problem(ask_hub_to_pair, "hub.example:8765", code) == BAD_URL
    assert problem(ask_hub_to_pair, "http://127.0.0.1:9", code) == UNREACHABLE
    assert problem(ask_hub_to_pair, hub.url, "WRONG-CODE-1") == CODE_INVALID
    assert problem(ask_hub_to_pair, hub.url, "x") == CODE_INVALID
    ask_hub_to_pair(hub.url, code)
    assert problem(ask_hub_to_pair, hub.url, code) == CODE_USED
    assert list(paths.root.iterdir()) == []


def test_a_till_without_a_hub_writes_only_its_settings(paths: TillPaths) -> None:
    finish_first_run(paths, Settings(language="pl"), None)
    assert json.loads(paths.settings.read_text(encoding="utf-8"))["language"] == "pl"
    assert not paths.device_token.exists() and not paths.database.exists()


def test_the_printer_test_page_reaches_the_printer_or_says_why(tmp_path: Path) -> None:
    out = tmp_path / "printer.bin"
    described = print_test_page(
        PrinterSettings(connection="file", options={"path": str(out)}), ("Omnitill", "test")
    )
    assert str(out) in described
    assert b"Omnitill" in out.read_bytes() and out.read_bytes().endswith(b"\x1dV\x00")  # cut
    with pytest.raises((PrinterError, OSError)):
        print_test_page(
            PrinterSettings(connection="file", options={"path": str(tmp_path / "no/dir/lp0")}),
            ("Omnitill",),
        )


def test_the_terminal_check_asks_a_real_simulated_terminal() -> None:
    from drivers.payment.sim import TcpSimulator

    assert check_terminal(PaymentSettings()) is None
    sim = TcpSimulator()
    sim.start()
    try:
        options = {"transport": "tcp", "host": "127.0.0.1", "port": sim.port}
        status = check_terminal(PaymentSettings(terminal="zvt", options=options))
        assert status is not None and status.ready
    finally:
        sim.stop()
