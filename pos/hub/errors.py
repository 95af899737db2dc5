"""``HubProblem``: an error the hub answers as ``application/problem+json``.

Services raise it with a stable code from ``pos.api.problems.ProblemCode``; the app turns it
into the response (``pos.hub.app``), the CLI into a message and exit status 1.
"""

from __future__ import annotations

from typing import Any

from pos.api.problems import Problem, ProblemCode


class HubProblem(Exception):
    def __init__(
        self, status: int, code: str, title: str, detail: str | None = None, **extra: Any
    ) -> None:
        super().__init__(detail or title)
        self.problem = Problem.of(status, code, title, detail, **extra)
        self.headers: dict[str, str] = {}


def not_found(what: str, key: str) -> HubProblem:
    return HubProblem(404, ProblemCode.NOT_FOUND, "Not found", f"No {what} {key!r}.")


def conflict(detail: str) -> HubProblem:
    return HubProblem(409, ProblemCode.CONFLICT, "Conflict", detail)


def invalid(detail: str) -> HubProblem:
    return HubProblem(422, ProblemCode.VALIDATION_FAILED, "Invalid request", detail)
