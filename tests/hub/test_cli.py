"""``pos-hub``: the commands a manager, the web shop or the ERP would run, on a database
file (no server needed)."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import create_engine, text

from pos.hub.cli import main
from pos.hub.db import open_hub_database
from pos.hub.devices import pair
from pos.store.demo_catalog import demo_products


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'hub.db'}"


def run(capsys: pytest.CaptureFixture[str], db_url: str, *args: str) -> Any:
    assert main(["--db", db_url, *args]) == 0
    out = capsys.readouterr().out
    return json.loads(out) if out.lstrip().startswith(("{", "[")) else out.strip()


def test_seed_loads_the_demo_data_once(capsys: pytest.CaptureFixture[str], db_url: str) -> None:
    first = run(capsys, db_url, "seed")
    assert first == {"seeded": True, "products": len(demo_products()), "locations": 4}
    assert run(capsys, db_url, "seed")["seeded"] is False


def test_a_pairing_code_from_the_command_line_pairs_a_till(
    capsys: pytest.CaptureFixture[str], db_url: str
) -> None:
    run(capsys, db_url, "seed")
    code = run(capsys, db_url, "pairing-code", "--store", "STORE-003", "--till", "TILL-04")
    assert (code["store_id"], code["till_id"]) == ("STORE-003", "TILL-04")
    paired = pair(open_hub_database(db_url), code["code"], "cli test")
    devices = run(capsys, db_url, "devices")
    assert [d["device_id"] for d in devices] == [paired.device_id]
    revoked = run(capsys, db_url, "revoke", paired.device_id)
    assert revoked["revoked_at"] is not None


def test_products_prices_and_stock_change_from_the_command_line(
    capsys: pytest.CaptureFixture[str], db_url: str
) -> None:
    run(capsys, db_url, "seed")
    made = run(
        capsys, db_url, "product", "--sku", "TEA-1", "--name", "Herbata czarna 100 g",
        "--price", "7.49", "--tax", "A", "--category", "drinks", "--barcode", "5901234123457",
    )  # fmt: skip
    assert (made["price_minor"], made["barcodes"], made["sold_by"]) == (
        749,
        ["5901234123457"],
        "piece",
    )
    assert run(capsys, db_url, "price", "5901234123457", "6.99")["price_minor"] == 699
    level = run(capsys, db_url, "stock", "set", "TEA-1", "STORE-002", "40")
    assert (level["on_hand"], level["available"]) == ("40", "40")
    level = run(capsys, db_url, "stock", "add", made["id"], "STORE-002", "-2.5")
    assert Decimal(level["on_hand"]) == Decimal("37.5")
    loc = run(capsys, db_url, "location", "STORE-004", "Omnitill Poznań")
    assert loc == {"id": "STORE-004", "name": "Omnitill Poznań", "kind": "store"}


def test_mistakes_get_a_message_and_change_nothing(
    capsys: pytest.CaptureFixture[str], db_url: str
) -> None:
    run(capsys, db_url, "seed")
    assert main(["--db", db_url, "price", "NO-SUCH-SKU", "1.00"]) == 1
    assert "No product 'NO-SUCH-SKU'" in capsys.readouterr().err
    assert main(["--db", db_url, "stock", "set", "FRU-00001", "MOON", "1"]) == 1
    assert "No location 'MOON'" in capsys.readouterr().err
    assert main(["--db", db_url, "pairing-code", "--store", "WEB", "--till", "T"]) == 1
    assert "No store 'WEB'" in capsys.readouterr().err
    bad_check_digit = ["--sku", "X-1", "--name", "X", "--price", "1", "--tax", "A"]
    bad_check_digit += ["--barcode", "5901234123458"]
    assert main(["--db", db_url, "product", *bad_check_digit]) == 1
    assert "'5901234123458' is neither a PLU (4-5 digits) nor a valid GTIN" in (
        capsys.readouterr().err
    )
    assert main(["--db", db_url, "stock", "set", "FRU-00001", "WEB", "1.2345"]) == 1
    assert "on_hand: String should match pattern" in capsys.readouterr().err


def test_a_database_of_another_hub_version_is_refused(
    capsys: pytest.CaptureFixture[str], db_url: str
) -> None:
    run(capsys, db_url, "seed")
    engine = create_engine(db_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE hub_meta SET value = '0' WHERE key = 'schema_version'"))
    engine.dispose()
    assert main(["--db", db_url, "devices"]) == 1
    assert "schema version '0'" in capsys.readouterr().err


def test_the_database_can_be_named_before_or_after_the_command(
    capsys: pytest.CaptureFixture[str], db_url: str
) -> None:
    assert main(["seed", "--db", db_url]) == 0
    assert json.loads(capsys.readouterr().out)["seeded"] is True
    assert run(capsys, db_url, "seed")["seeded"] is False  # the same database


def test_admin_token_prints_a_new_token(capsys: pytest.CaptureFixture[str], db_url: str) -> None:
    token = run(capsys, db_url, "admin-token", "--label", "erp")
    assert token.startswith("ota_") and len(token) > 40


def wait_until_serving(base: str, timeout: float = 30) -> None:
    """The socket is bound before uvicorn listens: connections are refused for a moment."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            if httpx.get(f"{base}/v1/health").status_code == 200:
                return
        except httpx.ConnectError:
            pass
        assert time.monotonic() < deadline, "the hub did not come up"
        time.sleep(0.1)


def test_serve_runs_the_hub_until_told_to_stop(tmp_path: Path) -> None:
    """``pos-hub serve`` in its own process: seeds, says where it listens, answers a till's
    pairing and pages, and exits cleanly on SIGTERM."""
    url = f"sqlite:///{tmp_path / 'hub.db'}"
    env = {**os.environ, "OMNITILL_HUB_ADMIN_TOKEN": "ota_test-admin-token"}
    command = [sys.executable, "-m", "pos.hub", "serve", "--db", url, "--port", "0", "--seed"]
    server = subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True)
    try:
        assert server.stderr is not None
        first = server.stderr.readline()
        match = re.search(r"serving hub \w+ on (http://127\.0\.0\.1:\d+)", first)
        assert match, first
        base = match.group(1)
        wait_until_serving(base)
        admin = {"Authorization": "Bearer ota_test-admin-token"}
        code = httpx.post(
            f"{base}/v1/admin/pairing-codes",
            json={"store_id": "STORE-001", "till_id": "TILL-01"},
            headers=admin,
        ).json()["code"]
        token = httpx.post(f"{base}/v1/pairing", json={"code": code}).json()["token"]
        page = httpx.get(
            f"{base}/v1/feeds/catalog",
            params={"limit": 10},
            headers={"Authorization": f"Bearer {token}"},
        )
        assert len(page.json()["products"]) == 10
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(30)
    # uvicorn shuts down gracefully, then re-raises the signal, so the exit status says so
    assert server.returncode == -signal.SIGTERM
    assert server.stderr is not None
    with server.stderr:
        logged = server.stderr.read()
    assert "Application shutdown complete" in logged
    assert "ota_test-admin-token" not in logged and token not in logged


def test_db_takes_a_plain_file_path_as_a_sqlite_database(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "hub.sqlite3"
    assert main(["--db", str(path), "--key-dir", str(tmp_path / "keys"), "devices"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert path.is_file()


def test_a_db_that_is_no_url_is_refused_with_a_clear_message(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["--db", "postgres ql://nowhere", "devices"])
    assert stopped.value.code == 2
    assert "is not a database URL" in capsys.readouterr().err
