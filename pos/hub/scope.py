"""Store scope: the one rule of what a paired device may see and change at the hub.

A device is one till of one store and nothing more. A record that belongs to a store (a
reservation, an event, a pickup order, a document, a customer view) is the device's only
when its store is the device's; chain-wide records (the catalog, signing keys, promotions:
``store_id`` None) are every device's. Routers take ``scope: ScopeDep`` (the authenticated
device's store and till) and hand it to the services, which ask it; no route checks a store
by itself.

Another store's record answers as if it did not exist (404 ``not_found``: a device learns
nothing of it); asking to act *at* another store, which is public (``GET /v1/locations``),
is 403 ``wrong_store``. One thing cannot be hidden: a new reservation whose id another store
uses already is refused (409 ``reservation_id_taken``), which says only that the id is in use
- ids are the till's own UUIDs, and no device hears another store's.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends

from pos.api.problems import ProblemCode
from pos.hub.deps import DeviceDep
from pos.hub.errors import HubProblem, not_found


@dataclass(frozen=True, slots=True)
class StoreScope:
    """The authenticated device's reach: its store (and till, as the owner of what it makes)."""

    device_id: str
    store_id: str
    till_id: str

    def sees(self, store_id: str | None) -> bool:
        """Whether a record of ``store_id`` (None: the chain's) is this device's to see."""
        return store_id is None or store_id == self.store_id

    def require(self, what: str, key: str, store_id: str | None) -> None:
        """A record of another store is not found (its existence is not told)."""
        if not self.sees(store_id):
            raise not_found(what, key)

    def require_here(self, location_id: str) -> None:
        """Acting at a location is for that store's devices only."""
        if location_id != self.store_id:
            raise wrong_store(location_id, self.store_id)


def wrong_store(location_id: str, store_id: str) -> HubProblem:
    return HubProblem(
        403,
        ProblemCode.WRONG_STORE,
        "Another store",
        f"A device of {store_id} acts at {store_id} only, not at {location_id}.",
        store_id=store_id,
    )


def device_scope(device: DeviceDep) -> StoreScope:
    return StoreScope(device_id=device.id, store_id=device.store_id, till_id=device.till_id)


ScopeDep = Annotated[StoreScope, Depends(device_scope)]
