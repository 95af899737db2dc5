"""A real HTTP proxy on loopback that forwards to the real hub and injects faults on demand.

The till is pointed at the proxy; every fault a test asserts on is *injected here* (the hub
itself behaves): answering 500 or 429 with ``Retry-After`` instead of forwarding, holding an
answer past the client's timeout, truncating the JSON of an answer (``truncate``: a complete
HTTP message with half a body), cutting the connection mid-body (``cut``), replacing the
answer with malformed JSON or with JSON that breaks the contract, rewinding a feed's cursor,
or forwarding a request and then dropping the connection without the answer (``drop``: the
hub applied the batch; the till never heard).
The upstream can be switched while running, so a test can kill the hub and start another on a
new port behind the same address.
"""

from __future__ import annotations

import http.client
import json
import socket
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "content-length", "host"}


@dataclass
class Fault:
    """What to do to the next ``times`` requests whose path starts with ``path`` (and method)."""

    path: str
    # status | delay | truncate | cut | malformed | off_contract | cursor_back | drop
    action: str
    times: int = 1
    method: str | None = None
    status: int = 500
    code: str = "injected"  # the problem code of a ``status`` answer
    retry_after: str | None = None
    seconds: float = 0.0
    hits: int = field(default=0)


class FaultProxy:
    def __init__(self, upstream: str) -> None:
        self.upstream = upstream.rstrip("/")
        self.faults: list[Fault] = []
        self.log: list[tuple[str, str, int | str]] = []  # (method, path, status or fault)
        self._lock = threading.Lock()
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.0"

            def log_message(self, format: str, *args: object) -> None:  # quiet
                pass

            def do_GET(self) -> None:
                proxy._handle(self)

            def do_POST(self) -> None:
                proxy._handle(self)

            def do_PUT(self) -> None:
                proxy._handle(self)

            def do_DELETE(self) -> None:
                proxy._handle(self)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> FaultProxy:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    def inject(self, fault: Fault) -> Fault:
        with self._lock:
            self.faults.append(fault)
        return fault

    def clear(self) -> None:
        with self._lock:
            self.faults.clear()

    def _take(self, method: str, path: str) -> Fault | None:
        with self._lock:
            for fault in self.faults:
                if (
                    path.startswith(fault.path)
                    and (fault.method is None or fault.method == method)
                    and fault.hits < fault.times
                ):
                    fault.hits += 1
                    return fault
        return None

    # --- forwarding ------------------------------------------------------------------------

    def _forward(
        self, handler: BaseHTTPRequestHandler, body: bytes
    ) -> tuple[http.client.HTTPConnection, http.client.HTTPResponse]:
        target = urlsplit(self.upstream)
        conn = http.client.HTTPConnection(target.hostname, target.port, timeout=60)
        headers = {k: v for k, v in handler.headers.items() if k.lower() not in HOP_BY_HOP}
        if body:
            headers["Content-Length"] = str(len(body))
        conn.request(handler.command, handler.path, body=body or None, headers=headers)
        return conn, conn.getresponse()

    def _handle(self, handler: BaseHTTPRequestHandler) -> None:
        length = int(handler.headers.get("Content-Length") or 0)
        body = handler.rfile.read(length) if length else b""
        path = handler.path
        fault = self._take(handler.command, path)
        action = fault.action if fault else "pass"
        self.log.append((handler.command, path, action))
        if fault is not None and fault.action == "status":
            payload = json.dumps(
                {
                    "type": "urn:omnitill:problem:injected",
                    "title": "Injected by the test proxy",
                    "status": fault.status,
                    "code": fault.code,
                }
            ).encode()
            handler.send_response(fault.status)
            handler.send_header("Content-Type", "application/problem+json")
            if fault.retry_after is not None:
                handler.send_header("Retry-After", fault.retry_after)
            handler.send_header("Content-Length", str(len(payload)))
            handler.end_headers()
            handler.wfile.write(payload)
            return
        if fault is not None and fault.action == "delay":
            time.sleep(fault.seconds)
        try:
            conn, response = self._forward(handler, body)
        except OSError:
            handler.send_response(502)
            handler.send_header("Content-Length", "0")
            handler.end_headers()
            return
        try:
            if response.getheader("Content-Type", "").startswith("text/event-stream"):
                self._stream(handler, response)
                return
            data = response.read()
            if fault is not None and fault.action == "drop":
                # The hub got and applied the request; the client never hears the answer.
                handler.connection.shutdown(socket.SHUT_RDWR)
                return
            if fault is not None and fault.action == "truncate":  # whole HTTP, half the JSON
                data = data[: len(data) // 2]
            elif fault is not None and fault.action == "malformed":
                data = data[: len(data) // 2] + b"}}not json"
            elif fault is not None and fault.action == "off_contract":
                data = json.dumps({"unexpected": True, "results": "nope"}).encode()
            elif fault is not None and fault.action == "cursor_back":
                page = json.loads(data)
                page["cursor"] = "0" * len(page["cursor"])
                data = json.dumps(page).encode()
            handler.send_response(response.status)
            for key, value in response.getheaders():
                if key.lower() not in HOP_BY_HOP:
                    handler.send_header(key, value)
            handler.send_header("Content-Length", str(len(data)))
            handler.end_headers()
            if fault is not None and fault.action == "cut":  # the connection ends mid-body
                handler.wfile.write(data[: max(1, len(data) // 2)])
                handler.wfile.flush()
                handler.connection.shutdown(socket.SHUT_RDWR)
                return
            handler.wfile.write(data)
        finally:
            conn.close()

    @staticmethod
    def _stream(handler: BaseHTTPRequestHandler, response: http.client.HTTPResponse) -> None:
        handler.send_response(response.status)
        for key, value in response.getheaders():
            if key.lower() not in HOP_BY_HOP:
                handler.send_header(key, value)
        handler.end_headers()
        try:
            while True:
                chunk = response.read1(65536)
                if not chunk:
                    return
                handler.wfile.write(chunk)
                handler.wfile.flush()
        except (OSError, http.client.HTTPException):  # either side went away
            return
