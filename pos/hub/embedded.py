"""``start_hub``: a real hub (uvicorn on a loopback port) in a background thread.

For the demo (``pos --demo`` runs its own hub) and the tests (a real HTTP peer, no mocks)::

    hub = start_hub("sqlite:////tmp/hub.db")       # ready to serve when it returns
    try:
        code = hub.pairing_code("STORE-001", "TILL-01")  # or POST /v1/admin/pairing-codes
        ...  # httpx against hub.url; admin calls with Bearer hub.admin_token
    finally:
        hub.stop()                                  # closes streams, joins the thread

``port=0`` takes a free ephemeral port (``hub.url`` says which). ``seed=True`` loads the demo
data set first (a no-op when the database has it). The thread is a daemon, so a forgotten
``stop()`` cannot keep a process alive, but call it: it closes the database too.
"""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

import uvicorn
from fastapi import FastAPI

from pos.hub.app import create_app
from pos.hub.db import HubDatabase, open_hub_database
from pos.hub.deps import HubState
from pos.hub.devices import create_admin_token, create_pairing_code

START_TIMEOUT_SECONDS = 30.0


@dataclass
class RunningHub:
    url: str  # http://127.0.0.1:<port>, no trailing slash
    admin_token: str = field(repr=False)  # never in a log line
    db: HubDatabase
    _server: uvicorn.Server = field(repr=False)
    _thread: threading.Thread = field(repr=False)
    _state: HubState = field(repr=False)

    @property
    def port(self) -> int:
        return int(self.url.rsplit(":", 1)[1])

    def pairing_code(self, store_id: str, till_id: str) -> str:
        """A one-time pairing code for a till (what the manager would create)."""
        return create_pairing_code(self.db, store_id, till_id).code

    def set_clock(self, clock: Callable[[], datetime]) -> None:
        """The hub's clock from now on (throttling windows), so a test moves time on."""
        self._state.clock = clock

    def stop(self, timeout: float = 10.0) -> None:
        """Stop serving (open event streams end), wait for the thread, close the database."""
        self._state.stopping.set()
        self._server.should_exit = True
        self._thread.join(timeout)
        if self._thread.is_alive():  # pragma: no cover - a stuck request
            self._server.force_exit = True
            self._thread.join(timeout)
        self.db.dispose()


def listening_socket(host: str, port: int) -> socket.socket:
    """A bound socket for uvicorn (``port=0``: a free one; the URL says which).

    ``TCP_NODELAY`` is set here and inherited by accepted connections: without it every small
    response waits ~40 ms for the client's delayed ACK (uvicorn sets it only on sockets it
    binds itself)."""
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind((host, port))
    return sock


def socket_url(sock: socket.socket) -> str:
    host, port = sock.getsockname()[:2]
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


def server_config(app: FastAPI, log_level: str) -> uvicorn.Config:
    """The hub's uvicorn settings (embedded and ``pos-hub serve``): no access log (request
    lines are noise at a till's rate), 2 s for open requests to finish when stopping."""
    return uvicorn.Config(
        app, log_level=log_level, access_log=False, lifespan="on", timeout_graceful_shutdown=2
    )


def start_hub(
    db_url: str,
    host: str = "127.0.0.1",
    port: int = 0,
    *,
    seed: bool = False,
    admin_token: str | None = None,
) -> RunningHub:
    """Open (create) the database, optionally seed it, and serve it until ``stop()``."""
    db = open_hub_database(db_url)
    if seed:
        from pos.hub.seed import seed_demo  # the demo data is only loaded when asked for

        seed_demo(db)
    token = create_admin_token(db, "embedded", admin_token)
    app = create_app(db)
    sock = listening_socket(host, port)
    server = uvicorn.Server(server_config(app, log_level="warning"))

    def run() -> None:
        asyncio.run(server.serve(sockets=[sock]))

    thread = threading.Thread(target=run, name=f"pos-hub:{sock.getsockname()[1]}", daemon=True)
    thread.start()
    deadline = time.monotonic() + START_TIMEOUT_SECONDS
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            server.should_exit = True
            sock.close()
            db.dispose()
            raise RuntimeError("the hub did not start")
        time.sleep(0.01)
    return RunningHub(
        url=socket_url(sock),
        admin_token=token,
        db=db,
        _server=server,
        _thread=thread,
        _state=app.state.hub,
    )
