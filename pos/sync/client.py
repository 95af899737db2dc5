"""The till's HTTP client for the hub's v1 API (httpx, blocking; used from sync threads only).

Every answer is checked against the contract (``pos.api``) as a whole before anything uses
it: malformed or truncated JSON, a missing field, a wrong type - the call raises
:class:`BadResponse` and the caller changes nothing. Failures are sorted by what the caller
should do about them:

* :class:`HubUnreachable` - no connection, timeout, connection dropped: retry later.
* :class:`HubBusy` - 429/503: retry after ``retry_after`` seconds (the hub's ``Retry-After``).
* :class:`HubFailed` - another 5xx: retry later.
* :class:`AuthRejected` - 401: the token is wrong or revoked; retrying will not help.
* :class:`Refused` - another 4xx with a problem code (e.g. ``cursor_expired``).
* :class:`BadResponse` - the answer does not follow the contract.

The device token goes in the ``Authorization`` header only; it is never logged (httpx logs
no headers, and this module logs paths and statuses only).
"""

from __future__ import annotations

import contextlib
import logging
import socket
from collections.abc import Iterator, Mapping, Sequence
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any, TypeVar

import httpx
from pydantic import BaseModel, ValidationError

from pos.api import routes
from pos.api.customers import CustomerView, CustomerViewRequest, PromotionList
from pos.api.devices import PairingRequest, PairingResult
from pos.api.documents import BatchResult, SaleWithReturns
from pos.api.events import Event, EventType
from pos.api.feeds import CatalogPage, LocationList, ProductStock, StockPage
from pos.api.pickup import CodeCheck, PickupOrder, PickupPage
from pos.api.problems import Problem
from pos.api.signed_tokens import PublicKeyList
from pos.api.snapshot import NDJSON
from pos.sync.errors import (
    AuthRejected,
    BadResponse,
    HubBusy,
    HubError,
    HubFailed,
    HubUnreachable,
    Refused,
)

log = logging.getLogger(__name__)

M = TypeVar("M", bound=BaseModel)

DEFAULT_TIMEOUT = httpx.Timeout(15.0, connect=3.0)
MAX_RETRY_AFTER = 300.0


def retry_after_seconds(value: str | None, now: datetime | None = None) -> float | None:
    """``Retry-After`` as seconds: delta-seconds or an HTTP date; None when absent or bad."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return min(float(value), MAX_RETRY_AFTER)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    seconds = (when - (now or datetime.now(UTC))).total_seconds()
    return min(max(seconds, 0.0), MAX_RETRY_AFTER)


def _problem(response: httpx.Response) -> Problem | None:
    try:
        return Problem.model_validate_json(response.content)
    except ValidationError:
        return None


def _failure(method: str, path: str, response: httpx.Response) -> HubError:
    """The exception for a non-2xx answer, by what the caller should do about it."""
    status = response.status_code
    problem = _problem(response)
    what = f"{method} {path}: HTTP {status}"
    if problem is not None:
        what += f" {problem.code}" + (f" ({problem.detail})" if problem.detail else "")
    log.info("hub answered %s", what)
    if status in (429, 503):
        return HubBusy(what, retry_after_seconds(response.headers.get("Retry-After")))
    if status >= 500:
        return HubFailed(what)
    code = problem.code if problem is not None else f"http_{status}"
    if status == 401:
        return AuthRejected(what, status, code)
    extra = problem.model_extra if problem is not None else None
    details = {k: str(v) for k, v in (extra or {}).items() if isinstance(v, str | int)}
    return Refused(what, status, code, details)


class HubClient:
    """One hub, one device token. Thread-safe for concurrent calls (httpx.Client is)."""

    def __init__(
        self,
        base_url: str,
        token: str | None = None,
        *,
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        headers = {"Accept": "application/json"}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        self.base_url = base_url.rstrip("/")
        self._event_socket: socket.socket | None = None
        self._http = httpx.Client(
            base_url=self.base_url, headers=headers, timeout=timeout, transport=transport
        )

    def close(self) -> None:
        """Close the connections; an event stream read by another thread ends at once
        (closing alone does not wake a blocked ``recv``: the socket is shut down first)."""
        sock = self._event_socket
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        self._http.close()

    def __enter__(self) -> HubClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- plumbing ------------------------------------------------------------------------

    def _send(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        try:
            response = self._http.request(method, path, **kwargs)
        except httpx.TimeoutException as exc:
            raise HubUnreachable(f"{method} {path}: timed out ({type(exc).__name__})") from exc
        except httpx.TransportError as exc:
            raise HubUnreachable(f"{method} {path}: {type(exc).__name__}: {exc}") from exc
        if response.is_success:
            return response
        raise _failure(method, path, response)

    def _get(self, model: type[M], path: str, timeout: float | None = None, **params: Any) -> M:
        query = {k: v for k, v in params.items() if v is not None}
        extra: dict[str, Any] = {} if timeout is None else {"timeout": timeout}
        return self._parse(model, self._send("GET", path, params=query, **extra))

    @staticmethod
    def _parse(model: type[M], response: httpx.Response) -> M:
        try:
            return model.model_validate_json(response.content)
        except ValidationError as exc:
            count = exc.error_count()
            raise BadResponse(
                f"{response.request.method} {response.request.url.path}: the answer does not "
                f"follow the contract ({count} problem(s), first: {exc.errors()[0]['msg']})"
            ) from None

    # --- the API -------------------------------------------------------------------------

    def pair(self, code: str, device_name: str | None = None) -> PairingResult:
        body = PairingRequest(code=code, device_name=device_name).model_dump(mode="json")
        return self._parse(PairingResult, self._send("POST", routes.PAIRING, json=body))

    def catalog_page(self, cursor: str | None, limit: int, count: bool = False) -> CatalogPage:
        return self._get(
            CatalogPage, routes.CATALOG_FEED, cursor=cursor, limit=limit, count=count or None
        )

    def stock_page(self, cursor: str | None, limit: int, count: bool = False) -> StockPage:
        return self._get(
            StockPage, routes.STOCK_FEED, cursor=cursor, limit=limit, count=count or None
        )

    def pickup_page(self, cursor: str | None, limit: int) -> PickupPage:
        return self._get(PickupPage, routes.PICKUP_FEED, cursor=cursor, limit=limit)

    def pickup_order(self, order_id: str, timeout: float | None = None) -> PickupOrder:
        return self._get(PickupOrder, routes.path(routes.PICKUP_ORDER, order_id=order_id), timeout)

    def sale(self, sale_id: str, timeout: float | None = None) -> SaleWithReturns:
        """An in-store sale of this store and what has been returned of it (for a return)."""
        return self._get(SaleWithReturns, routes.path(routes.SALE, sale_id=sale_id), timeout)

    def verify_pickup(self, code: str, surname: str, timeout: float | None = None) -> PickupOrder:
        """The typed-code check (the hub claims the order for this till when it matches)."""
        body = CodeCheck(code=code, surname=surname).model_dump()
        kwargs: dict[str, Any] = {"json": body}
        if timeout is not None:
            kwargs["timeout"] = timeout
        return self._parse(PickupOrder, self._send("POST", routes.PICKUP_VERIFY, **kwargs))

    def snapshot_lines(self, chunk_bytes: int = 1 << 20) -> Iterator[bytes]:
        """The lines of ``GET /v1/snapshot`` as they arrive (the caller validates them;
        :mod:`pos.sync.snapshot`). Transport failures raise :class:`HubUnreachable`, a stream
        that is not NDJSON :class:`BadResponse`."""
        try:
            with self._http.stream("GET", routes.SNAPSHOT, headers={"Accept": NDJSON}) as r:
                if not r.is_success:
                    r.read()
                    raise _failure("GET", routes.SNAPSHOT, r)
                media = r.headers.get("content-type", "").split(";")[0].strip()
                if media != NDJSON:
                    raise BadResponse(f"GET {routes.SNAPSHOT}: answered {media!r}, not NDJSON")
                pending = b""
                for data in r.iter_bytes(chunk_bytes):
                    pending += data
                    *lines, pending = pending.split(b"\n")
                    yield from lines
                if pending.strip():
                    yield pending  # no final newline: the decoder judges it
        except httpx.TimeoutException as exc:
            raise HubUnreachable(
                f"GET {routes.SNAPSHOT}: timed out ({type(exc).__name__})"
            ) from exc
        except httpx.TransportError as exc:
            raise HubUnreachable(f"GET {routes.SNAPSHOT}: {type(exc).__name__}: {exc}") from exc

    def locations(self) -> LocationList:
        return self._get(LocationList, routes.LOCATIONS)

    def signing_keys(self) -> PublicKeyList:
        return self._get(PublicKeyList, routes.SIGNING_KEYS)

    def promotions(self) -> PromotionList:
        return self._get(PromotionList, routes.PROMOTIONS)

    def customer_view(self, token: str, viewer: str, timeout: float | None = None) -> CustomerView:
        """The customer a promo token names (the hub records the view)."""
        body = CustomerViewRequest(token=token, viewer=viewer).model_dump(mode="json")
        extra: dict[str, Any] = {} if timeout is None else {"timeout": timeout}
        response = self._send("POST", routes.CUSTOMER_VIEWS, json=body, **extra)
        return self._parse(CustomerView, response)

    def product_stock(self, product_id: str, timeout: float | None = None) -> ProductStock:
        path = routes.path(routes.PRODUCT_STOCK, product_id=product_id)
        return self._get(ProductStock, path, timeout)

    def upload(self, records: Sequence[Mapping[str, Any]]) -> BatchResult:
        """POST one batch of ``{"id", "kind", "document"}`` records (the ``UploadBatch`` shape;
        the documents are the outbox's JSON as journalled, sent as they are)."""
        body = {"records": list(records)}
        result = self._parse(BatchResult, self._send("POST", routes.DOCUMENT_BATCHES, json=body))
        sent = [r["id"] for r in records]
        got = [r.id for r in result.results]
        if got != sent:  # one result per record, in order: anything else is not the contract
            raise BadResponse(
                f"batch answer names {len(got)} records, not the {len(sent)} sent in order"
            )
        return result

    def events(self, after: int | None = None, read_timeout: float = 30.0) -> Iterator[Event]:
        """Server-sent events until the connection ends (raises HubError on failure).

        A line that does not parse as a contract ``Event`` is logged and skipped: events are
        hints, a bad one must not stop the stream.
        """
        headers = {"Accept": "text/event-stream"}
        if after is not None:
            headers["Last-Event-ID"] = str(after)
        timeout = httpx.Timeout(read_timeout, connect=3.0)
        try:
            with self._http.stream("GET", routes.EVENTS, headers=headers, timeout=timeout) as r:
                if not r.is_success:
                    r.read()
                    raise _failure("GET", routes.EVENTS, r)
                stream = r.extensions.get("network_stream")
                self._event_socket = stream.get_extra_info("socket") if stream else None
                data: list[str] = []
                kind = ""
                for line in r.iter_lines():
                    if line == "":
                        if data:
                            event = _event(kind, "\n".join(data))
                            if event is not None:
                                yield event
                        data, kind = [], ""
                    elif line.startswith("data:"):
                        data.append(line[5:].lstrip(" "))
                    elif line.startswith("event:"):
                        kind = line[6:].strip()
        except httpx.TimeoutException as exc:
            raise HubUnreachable(f"event stream: no keep-alive ({type(exc).__name__})") from exc
        except httpx.TransportError as exc:
            raise HubUnreachable(f"event stream: {type(exc).__name__}: {exc}") from exc
        finally:
            self._event_socket = None


def _event(kind: str, text: str) -> Event | None:
    """An SSE frame as an ``Event``. ``hub.hello`` carries ``{hub_id, last_event_id}`` rather
    than an event; it becomes one with the latest event id (to resume after)."""
    try:
        if kind == EventType.HELLO:
            hello = Hello.model_validate_json(text)
            return Event(
                id=hello.last_event_id,
                type=EventType.HELLO,
                at=datetime.now(UTC),
                data={"hub_id": hello.hub_id},
            )
        return Event.model_validate_json(text)
    except ValidationError:
        log.warning("event stream: an event that does not follow the contract was skipped")
        return None


class Hello(BaseModel):
    hub_id: str
    last_event_id: int
