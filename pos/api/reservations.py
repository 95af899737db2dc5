"""Reservations: stock held at a location for a customer (endless aisle, click & collect).

``POST /v1/reservations`` with a client-generated ``reservation_id`` holds the quantities
(``409 insufficient_stock`` when a location has less available than asked; nothing is held
then). Repeating the same id answers the existing reservation (idempotent). It holds until
released (``DELETE /v1/reservations/{id}``) or its ``expires_at`` passes. Held quantities show
as ``reserved`` in the stock feed and the endless aisle. States are an open set: ``held``,
``released``, ``expired`` (pickup orders will add ``fulfilled``).

A device holds stock at its own store only (``403 wrong_store``) and sees and releases its
store's reservations only (another store's is ``404 not_found``); ids starting ``pickup:``
are the hub's own (``403 reservation_hub_owned``).
"""

from __future__ import annotations

from pydantic import Field

from pos.api.common import Id, QuantityStr, UtcDateTime, WireModel

DEFAULT_HOLD_SECONDS = 30 * 60
MAX_HOLD_SECONDS = 14 * 24 * 3600


class ReservationState:
    HELD = "held"
    RELEASED = "released"
    EXPIRED = "expired"
    FULFILLED = "fulfilled"  # a pickup order was collected (its goods left with the customer)


class ReservationLine(WireModel):
    product_id: str = Field(min_length=1, max_length=64)
    quantity: QuantityStr = Field(description="Positive.")


class ReservationRequest(WireModel):
    reservation_id: str = Field(min_length=1, max_length=64, description="Client-generated id.")
    location_id: Id
    lines: list[ReservationLine] = Field(min_length=1, max_length=200)
    hold_seconds: int = Field(default=DEFAULT_HOLD_SECONDS, ge=1, le=MAX_HOLD_SECONDS, strict=True)
    note: str | None = Field(default=None, max_length=200)


class Reservation(WireModel):
    reservation_id: str
    location_id: Id
    state: str
    lines: list[ReservationLine]
    created_at: UtcDateTime
    expires_at: UtcDateTime
    note: str | None = None
