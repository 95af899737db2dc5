"""What every router of the hub shares, written once: the hub's state, the device and admin
dependencies, the path and query parameter types and the OpenAPI problem responses.

A route names what it needs (``device: DeviceDep``, ``db: DbDep``); the routers never reach
for ``app.state`` or the bearer header themselves.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import Depends, Path, Query, Request
from fastapi.responses import JSONResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from pos.api import PROBLEM_JSON
from pos.api.common import ID_PATTERN
from pos.api.feeds import MAX_PAGE_SIZE
from pos.api.problems import Problem
from pos.hub import devices
from pos.hub.db import HubDatabase

TOUCH_EVERY_SECONDS = 60.0


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI entries for the problem responses a route may give."""
    return {
        status: {
            "model": Problem,
            "content": {PROBLEM_JSON: {}},
            "description": "Problem details (RFC 9457)",
        }
        for status in sorted({400, 422, *statuses})  # any request can be malformed
    }


DEVICE_PROBLEMS = problem_responses(401, 422)
ADMIN_PROBLEMS = problem_responses(401, 404, 409, 422)


def problem_response(problem: Problem, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(
        problem.model_dump(mode="json", exclude_none=True),
        status_code=problem.status,
        media_type=PROBLEM_JSON,
        headers=headers,
    )


class HubState:
    """What the routes share: the database, the stop flag, the clock, last-seen throttling."""

    def __init__(self, db: HubDatabase, clock: Callable[[], datetime] | None = None) -> None:
        self.db = db
        self.stopping = threading.Event()
        self.clock = clock or (lambda: datetime.now(UTC))  # tz-aware UTC; tests may set it
        self._touched: dict[str, float] = {}

    def touch(self, device_id: str) -> None:
        now = time.monotonic()
        if now - self._touched.get(device_id, -TOUCH_EVERY_SECONDS) >= TOUCH_EVERY_SECONDS:
            self._touched[device_id] = now
            devices.touch_device(self.db, device_id)


def hub_state(request: Request) -> HubState:
    hub = request.app.state.hub
    assert isinstance(hub, HubState)
    return hub


def hub_db(request: Request) -> HubDatabase:
    return hub_state(request).db


device_bearer = HTTPBearer(
    scheme_name="deviceToken", auto_error=False, description="The token from POST /v1/pairing."
)
admin_bearer = HTTPBearer(
    scheme_name="adminToken", auto_error=False, description="A token from pos-hub admin-token."
)
Credentials = HTTPAuthorizationCredentials | None


def current_device(
    request: Request, creds: Annotated[Credentials, Depends(device_bearer)]
) -> devices.Device:
    hub = hub_state(request)
    device = devices.authenticate_device(hub.db, creds.credentials if creds else None)
    hub.touch(device.id)
    return device


def require_admin(request: Request, creds: Annotated[Credentials, Depends(admin_bearer)]) -> None:
    devices.check_admin_token(hub_db(request), creds.credentials if creds else None)


HubDep = Annotated[HubState, Depends(hub_state)]
DbDep = Annotated[HubDatabase, Depends(hub_db)]
DeviceDep = Annotated[devices.Device, Depends(current_device)]
ADMIN_ONLY = [Depends(require_admin)]

PathId = Annotated[str, Path(pattern=ID_PATTERN, description="An id: letters, digits, . _ : -")]
TaxCode = Annotated[str, Path(pattern=r"^[A-Za-z0-9]{1,8}$")]
Cursor = Annotated[
    str | None, Query(max_length=100, description="From the previous page; none: start.")
]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE, description="Items per page, at most.")]
Count = Annotated[bool, Query(description="Also count the items after this page.")]
