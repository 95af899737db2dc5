"""The hub's HTTP app: the routers of ``pos.hub.routers`` (one per area), the expiry sweep
and the error handlers, assembled.

Every error is ``application/problem+json`` (``pos.api.problems``). Endpoints are plain
``def`` so their database work runs in the thread pool; only the event stream is ``async``.
What the routers share (the device, admin auth, the hub's state) is in ``pos.hub.deps``.
A database that is busy (a lock or statement timeout, ``pos.hub.db``) answers 503
``unavailable`` with ``Retry-After``: the till retries; any other failure is a 500.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from sqlalchemy.exc import DBAPIError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match

from pos.api.problems import FieldError, Problem, ProblemCode
from pos.hub import pickup, stock
from pos.hub.db import HubDatabase, busy_database
from pos.hub.deps import HubState, problem_response
from pos.hub.errors import HubProblem
from pos.hub.openapi import corrected_openapi
from pos.hub.routers import ROUTERS

__all__ = ["HubState", "create_app"]

log = logging.getLogger(__name__)

EXPIRY_SWEEP_SECONDS = 5.0
BUSY_RETRY_AFTER_SECONDS = 2  # a lock or statement timeout: the till comes back after this


def create_app(db: HubDatabase) -> FastAPI:
    state = HubState(db)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        sweeper = asyncio.create_task(_sweep_expired(state))
        try:
            yield
        finally:
            state.stopping.set()
            sweeper.cancel()

    app = FastAPI(
        title="Omnitill hub API",
        version="1",
        summary="The central omnichannel API a till syncs with (reference implementation).",
        lifespan=lifespan,
    )
    app.state.hub = state
    app.openapi = lambda: corrected_openapi(app)  # type: ignore[method-assign]
    _install_error_handlers(app)
    for router in ROUTERS:
        app.include_router(router)
    return app


async def _sweep_expired(state: HubState) -> None:
    while True:
        await asyncio.sleep(EXPIRY_SWEEP_SECONDS)
        try:
            await run_in_threadpool(stock.expire_due, state.db)
            await run_in_threadpool(pickup.expire_due, state.db)
        except Exception:  # a failed sweep is retried at the next tick
            log.exception("expiring reservations failed")


def _install_error_handlers(app: FastAPI) -> None:
    async def hub_problem(_request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HubProblem)
        return problem_response(exc.problem, exc.headers)

    async def validation(_request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        errors = [
            FieldError(
                loc=[str(p) if not isinstance(p, int) else p for p in e["loc"]], msg=e["msg"]
            )
            for e in exc.errors()
        ]
        problem = Problem.of(
            422,
            ProblemCode.VALIDATION_FAILED,
            "Invalid request",
            f"{len(errors)} problem(s) in the request.",
            errors=errors,
        )
        return problem_response(problem)

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        code, title = _HTTP_CODES.get(exc.status_code, (f"http_{exc.status_code}", "HTTP error"))
        problem = Problem.of(exc.status_code, code, title, str(exc.detail))
        headers = dict(exc.headers or {})
        if exc.status_code == 405:  # every method of the path, not just the first route's
            headers["Allow"] = ", ".join(_allowed_methods(app, request))
        return problem_response(problem, headers)

    async def database(request: Request, exc: Exception) -> Response:
        if not busy_database(exc):
            return await unexpected(request, exc)
        log.warning("database busy on %s %s: %s", request.method, request.url.path, exc)
        problem = Problem.of(
            503,
            ProblemCode.UNAVAILABLE,
            "Busy",
            "The hub's database is busy (a lock or statement timeout); try again shortly.",
        )
        return problem_response(problem, {"Retry-After": str(BUSY_RETRY_AFTER_SECONDS)})

    async def unexpected(request: Request, exc: Exception) -> Response:
        log.error("unexpected error on %s %s", request.method, request.url.path, exc_info=exc)
        problem = Problem.of(500, ProblemCode.INTERNAL_ERROR, "Internal error", "See the hub log.")
        return problem_response(problem)

    handlers: dict[type[Exception], Callable[[Request, Exception], Any]] = {
        HubProblem: hub_problem,
        RequestValidationError: validation,
        StarletteHTTPException: http_error,
        DBAPIError: database,
        Exception: unexpected,
    }
    for exc_type, handler in handlers.items():
        app.add_exception_handler(exc_type, handler)


def _allowed_methods(app: FastAPI, request: Request) -> list[str]:
    methods: set[str] = set()
    for route in app.router.routes:
        match, _ = route.matches({**request.scope, "method": "GET"})
        if match is not Match.NONE:
            methods |= set(getattr(route, "methods", None) or ())
    return sorted(methods)


_HTTP_CODES = {
    404: (ProblemCode.NOT_FOUND, "Not found"),
    405: (ProblemCode.METHOD_NOT_ALLOWED, "Method not allowed"),
}
