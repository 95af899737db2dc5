"""``pos-hub serve`` in its own process on loopback, for the benchmarks that sync against it."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import httpx

from pos.api import routes
from tests.bench.bench_hub import free_port

POS_HUB = str(Path(sys.executable).parent / "pos-hub")
ADMIN_TOKEN = "bench-admin-token-0123456789abcdef"


def say(text: str) -> None:
    print(text, flush=True)


def load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f} on {os.cpu_count()} cores"


class ServedHub:
    """The hub on ``db_file`` (``seed``: the demo data first), with an admin client."""

    def __init__(self, db_file: Path, *, seed: bool = False, timeout: float = 60) -> None:
        self.file = db_file
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        command = [POS_HUB, "--db", f"sqlite:///{db_file}", "serve", "--port", str(self.port)]
        env = {**os.environ, "OMNITILL_HUB_ADMIN_TOKEN": ADMIN_TOKEN}
        self.proc = subprocess.Popen(
            [*command, "--seed"] if seed else command,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.admin = httpx.Client(
            base_url=self.url, headers={"Authorization": f"Bearer {ADMIN_TOKEN}"}, timeout=timeout
        )
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                if self.admin.get(routes.HEALTH).is_success:
                    return
            except httpx.TransportError:
                time.sleep(0.1)
        self.stop()
        raise SystemExit("pos-hub serve did not start")

    def pairing_code(self, store_id: str, till_id: str) -> str:
        answer = self.admin.post(
            routes.ADMIN_PAIRING_CODES, json={"store_id": store_id, "till_id": till_id}
        )
        answer.raise_for_status()
        return str(answer.json()["code"])

    def stop(self) -> None:
        self.admin.close()
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
