"""Reading Server-Sent Events in tests: a small parser over httpx's streamed lines."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx


@dataclass
class ServerEvent:
    type: str
    id: str | None
    data: dict[str, Any]


def events(response: httpx.Response) -> Iterator[ServerEvent]:
    kind, event_id, data = "message", None, []
    for line in response.iter_lines():
        if line == "":
            if data:
                yield ServerEvent(kind, event_id, json.loads("\n".join(data)))
            kind, event_id, data = "message", None, []
        elif line.startswith(":") or line.startswith("retry:"):
            continue
        else:
            field, _, value = line.partition(":")
            value = value.removeprefix(" ")
            if field == "event":
                kind = value
            elif field == "id":
                event_id = value
            elif field == "data":
                data.append(value)


def wait_for(
    stream: Iterator[ServerEvent], match: Callable[[ServerEvent], bool], timeout: float
) -> tuple[ServerEvent, float]:
    """The first event that matches and the seconds it took (the stream sends a keep-alive
    at least every 10 s; reads time out after the client's read timeout)."""
    started = time.monotonic()
    for event in stream:
        if match(event):
            return event, time.monotonic() - started
        if time.monotonic() - started > timeout:
            break
    raise AssertionError(f"no matching event within {timeout} s")
