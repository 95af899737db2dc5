"""The wire contract between the till and the central omnichannel API (the hub).

Versioned HTTP/JSON under ``/v1``. Shared by the till's sync engine (``pos.sync``) and the
reference hub (``pos.hub``); it imports only pydantic, the standard library and
``pos.domain`` (an import-linter contract keeps Qt, SQL and HTTP libraries out), so either side
can use it without pulling in the other. The OpenAPI document in ``pos/resources/api/openapi.json``
is generated from the hub built on these models (``python -m pos.hub.openapi``).

Rules that keep the contract extensible without breaking a till already in the field:

- responses may gain fields: every model ignores fields it does not know;
- open enums (event types, feed kinds, record kinds, problem codes, location kinds) are plain
  strings with documented known values; a till ignores or sets aside what it does not know;
- money is integer minor units or decimal strings, quantities decimal strings, times
  timezone-aware UTC (ISO 8601 with ``Z``); never floats.
"""

from __future__ import annotations

API_PREFIX = "/v1"
JSON = "application/json"
PROBLEM_JSON = "application/problem+json"
EVENT_STREAM = "text/event-stream"
