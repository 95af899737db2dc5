"""The hub's routes, one ``APIRouter`` per area; ``pos.hub.app`` includes them in this order.

Shared dependencies (the device, admin auth, the hub's state, problem responses) live in
``pos.hub.deps``.
"""

from __future__ import annotations

from fastapi import APIRouter

from pos.hub.routers import admin, customers, devices, documents, events, feeds, pickup

ROUTERS: tuple[APIRouter, ...] = (
    devices.router,
    customers.router,
    feeds.router,
    documents.router,
    pickup.router,
    events.router,
    admin.router,
)
