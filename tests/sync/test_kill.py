"""Processes killed in the middle of a push, then the ledger check.

* The till: a headless till (``push_driver``) pushing its outbox is SIGKILLed while batches are
  in flight (the proxy holds each batch a little - an injected delay - so the kill lands
  inside requests as well as between them), restarted, killed again, and finally left to
  finish.
* The hub: a ``pos-hub serve`` process is SIGKILLed while the till pushes a large outbox,
  then started again on the same SQLite file (behind the same proxy address).

Afterwards every sale the till completed is at the hub exactly once and the hub's stock is
its starting stock minus what was sold.
"""

from __future__ import annotations

import os
import random
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from pos.hub.embedded import RunningHub

from .conftest import paired_till
from .fault_proxy import Fault, FaultProxy
from .kit import HubAdmin, ledger_check, outbox_states, sell, sellable

ROOT = Path(__file__).resolve().parents[2]
POS_HUB = str(Path(sys.executable).parent / "pos-hub")  # the console script of this install
STORE = "STORE-001"
SEED = int(os.environ.get("OMNITILL_KILL_SEED", "0")) or random.randrange(1, 10**6)


def start_driver(data_dir: Path, batch_size: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.sync.push_driver", str(data_dir), str(batch_size)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_for(proc: subprocess.Popen[str], word: str, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    assert proc.stdout is not None
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if line.strip() == word:
            return
        if not line and proc.poll() is not None:
            raise AssertionError(f"driver ended ({proc.returncode}): {proc.stderr.read()}")  # type: ignore[union-attr]
    raise AssertionError(f"no {word} from the driver in {timeout} s")


@pytest.mark.slow
def test_a_till_killed_while_pushing_loses_nothing_and_repeats_nothing(
    hub: RunningHub, proxy: FaultProxy, tmp_path: Path
) -> None:
    print(f"OMNITILL_KILL_SEED={SEED}")
    rng = random.Random(SEED)
    admin = HubAdmin(hub.url, hub.admin_token, hub.pairing_code(STORE, "AUDIT"))
    till = paired_till(hub, proxy.url, tmp_path / "till")
    try:
        till.engine.run_once()
        sales = sell(till.db, till.pairing, sellable(till.db), 120, rng)
        start = admin.stock_of({p for s in sales for p in s.quantities}, STORE)
    finally:
        till.close()
    proxy.inject(Fault("/v1/documents/batches", "delay", times=10**6, seconds=0.15))
    data_dir = tmp_path / "till"
    for _ in range(5):
        driver = start_driver(data_dir, batch_size=10)
        wait_for(driver, "PUSHING")
        time.sleep(rng.uniform(0.05, 0.6))
        driver.send_signal(signal.SIGKILL)
        driver.wait()
        driver.stdout.close()  # type: ignore[union-attr]
        driver.stderr.close()  # type: ignore[union-attr]
        states = outbox_states(data_dir / "till.sqlite3")
        assert sum(states.values()) == 120 and set(states) <= {"pending", "sent"}
    driver = start_driver(data_dir, batch_size=10)
    wait_for(driver, "DONE", timeout=120)
    driver.wait(30)
    driver.stdout.close()  # type: ignore[union-attr]
    driver.stderr.close()  # type: ignore[union-attr]
    assert outbox_states(data_dir / "till.sqlite3") == {"sent": 120}
    ledger_check(admin, sales, start, STORE)
    admin.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def serve_hub(db_url: str, port: int, admin_token: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "OMNITILL_HUB_ADMIN_TOKEN": admin_token}
    proc = subprocess.Popen(
        [POS_HUB, "--db", db_url, "serve", "--port", str(port)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/v1/health", timeout=1).is_success:
                return proc
        except httpx.TransportError:
            time.sleep(0.1)
    proc.kill()
    raise AssertionError("pos-hub serve did not start")


@pytest.mark.slow
def test_a_hub_killed_in_the_middle_of_a_batch_loses_nothing_and_repeats_nothing(
    tmp_path: Path,
) -> None:
    from pos.hub.embedded import start_hub

    db_url = f"sqlite:///{tmp_path / 'hub.sqlite3'}"
    seeded = start_hub(db_url, seed=True)  # seed the file, take a pairing code, stop
    code = seeded.pairing_code(STORE, "TILL-K1")
    audit_code = seeded.pairing_code(STORE, "AUDIT")
    seeded.stop()
    token = "kill-test-admin-token-0123456789"
    port = free_port()
    hub_proc = serve_hub(db_url, port, token)
    try:
        with FaultProxy(f"http://127.0.0.1:{port}") as proxy:
            # Each batch is held 0.2 s before it reaches the hub, so the kill lands mid-batch.
            proxy.inject(Fault("/v1/documents/batches", "delay", times=10**6, seconds=0.2))
            from .kit import make_till

            till = make_till(tmp_path / "till", batch_size=25)
            till.engine.pair(proxy.url, code)
            till.engine.run_once()
            admin = HubAdmin(proxy.url, token, audit_code)
            sales = sell(till.db, till.pairing, sellable(till.db), 150, random.Random(SEED))
            start = admin.stock_of({p for s in sales for p in s.quantities}, STORE)
            till.engine.start()  # pushes on its own thread from now on
            deadline = time.monotonic() + 30
            while till.pending() > 100 and time.monotonic() < deadline:
                time.sleep(0.02)
            hub_proc.send_signal(signal.SIGKILL)  # in the middle of the push
            hub_proc.wait()
            time.sleep(0.5)
            assert till.pending() > 0  # the till kept the rest and retries
            hub_proc = serve_hub(db_url, port, token)
            deadline = time.monotonic() + 60
            while till.pending() and time.monotonic() < deadline:
                time.sleep(0.1)
            assert till.pending() == 0
            till.close()
            ledger_check(admin, sales, start, STORE)
            admin.close()
    finally:
        hub_proc.kill()
        hub_proc.wait()
