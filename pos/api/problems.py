"""Errors as ``application/problem+json`` (RFC 9457) with a stable ``code``.

``type`` is ``urn:omnitill:problem:<code>``; ``code`` repeats the last part so a client can
switch on it without parsing a URI. Codes are an open set: a till treats an unknown code by
its HTTP status (4xx: the request is wrong, 5xx/429: try again later).
"""

from __future__ import annotations

from typing import Any

from pydantic import ConfigDict, Field

from pos.api.common import WireModel

PROBLEM_TYPE_PREFIX = "urn:omnitill:problem:"


class ProblemCode:
    """Known problem codes (an open set: new ones may appear)."""

    # authentication and pairing
    TOKEN_MISSING = "token_missing"  # 401: no Authorization: Bearer header
    TOKEN_INVALID = "token_invalid"  # 401: unknown token
    TOKEN_REVOKED = "token_revoked"  # 401: the device was unpaired; pair again
    ADMIN_TOKEN_INVALID = "admin_token_invalid"  # 401 on /v1/admin
    PAIRING_CODE_INVALID = "pairing_code_invalid"  # 400: no such code
    PAIRING_CODE_USED = "pairing_code_used"  # 409: the code was exchanged already
    PAIRING_CODE_EXPIRED = "pairing_code_expired"  # 410
    # feeds
    CURSOR_INVALID = "cursor_invalid"  # 400: not a cursor this hub issued
    CURSOR_EXPIRED = "cursor_expired"  # 410: the hub was reset; sync again from the start
    UNKNOWN_FEED = "unknown_feed"  # 404
    # resources
    NOT_FOUND = "not_found"  # 404: no such product/location/reservation/route
    INSUFFICIENT_STOCK = "insufficient_stock"  # 409: a reservation asks for more than is free
    CONFLICT = "conflict"  # 409: e.g. a barcode already belongs to another product
    # store scope (pos.hub.scope): another store's records answer 404 not_found
    WRONG_STORE = "wrong_store"  # 403: a device acts at its own store only
    RESERVATION_HUB_OWNED = "reservation_hub_owned"  # 403: pickup:* ids are the hub's alone
    RESERVATION_ID_TAKEN = "reservation_id_taken"  # 409: the id is in use by another store
    # request shape
    VALIDATION_FAILED = "validation_failed"  # 422: see ``errors``
    BATCH_TOO_LARGE = "batch_too_large"  # 413
    METHOD_NOT_ALLOWED = "method_not_allowed"  # 405
    # customers and promo codes (also every pos.api.signed_tokens code: token_forged,
    # token_expired, token_unknown_key, ... - 422 for a token the hub cannot accept)
    PROMO_TOKEN_USED = "promo_token_used"  # 409: redeemed as often as it may be
    PROMO_WRONG_STORE = "promo_wrong_store"  # 403: the token is for other stores
    CONSENT_WITHDRAWN = "consent_withdrawn"  # 403: the customer no longer shares their data
    PROMOTION_ENDED = "promotion_ended"  # 410: the promotion is over or withdrawn
    # hub side
    INTERNAL_ERROR = "internal_error"  # 500
    UNAVAILABLE = "unavailable"  # 503: shutting down / overloaded; honour Retry-After
    TOO_MANY_ATTEMPTS = "too_many_attempts"  # 429: e.g. wrong pickup codes; see Retry-After


def problem_type(code: str) -> str:
    return PROBLEM_TYPE_PREFIX + code


class FieldError(WireModel):
    loc: list[str | int] = Field(description="Where in the request: ['body', 'items', 0, 'sku'].")
    msg: str


class Problem(WireModel):
    """RFC 9457 problem details plus ``code`` (and ``errors`` for validation problems)."""

    model_config = ConfigDict(extra="allow", frozen=True)

    type: str = Field(description="urn:omnitill:problem:<code>")
    title: str = Field(description="A short, human-readable summary of the problem type.")
    status: int = Field(ge=400, le=599)
    code: str = Field(description="The stable problem code (see ProblemCode).")
    detail: str | None = Field(default=None, description="What happened in this instance.")
    instance: str | None = Field(default=None, description="The request path.")
    errors: list[FieldError] | None = None

    @classmethod
    def of(
        cls, status: int, code: str, title: str, detail: str | None = None, **extra: Any
    ) -> Problem:
        return cls(
            type=problem_type(code), title=title, status=status, code=code, detail=detail, **extra
        )
