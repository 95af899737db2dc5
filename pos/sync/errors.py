"""How a talk with the hub can fail, apart from the client that raises it: the services and
the screens catch these without importing httpx, so a till starts without the hub client."""

from __future__ import annotations


class HubError(Exception):
    """Base of the client's failures. ``code`` is a stable word the UI can translate."""

    code = "hub_error"


class HubUnreachable(HubError):
    code = "unreachable"


class HubBusy(HubError):
    code = "busy"

    def __init__(self, message: str, retry_after: float | None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class HubFailed(HubError):
    code = "server_error"


class BadResponse(HubError):
    code = "bad_response"


class Refused(HubError):
    """A 4xx answer; ``problem_code`` is the hub's stable code (``cursor_expired``, ...)."""

    code = "refused"

    def __init__(
        self, message: str, status: int, problem_code: str, details: dict[str, str] | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.problem_code = problem_code
        self.details = details or {}  # the problem's extra members, as text


class AuthRejected(Refused):
    code = "auth"


class NotPaired(Exception):
    """The till has no pairing (or no device token): nothing can be synced."""
