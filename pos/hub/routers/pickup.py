"""Click & collect, device side: the store's pickup feed, one order, and claiming an order
with its typed code (throttled in the database, ``pos.hub.throttle``: a wrong code and
surname pair is guessable). Every route is the till's own store's (``pos.hub.scope``)."""

from __future__ import annotations

from fastapi import APIRouter

from pos.api import routes
from pos.api.feeds import DEFAULT_PAGE_SIZE
from pos.api.pickup import CodeCheck, PickupOrder, PickupPage, PickupReject
from pos.hub import cursors, pickup, throttle
from pos.hub.db import high_water
from pos.hub.deps import Cursor, DbDep, HubDep, Limit, PathId, problem_responses
from pos.hub.errors import HubProblem
from pos.hub.scope import ScopeDep

router = APIRouter()


@router.get(routes.PICKUP_FEED, tags=["pickup"], responses=problem_responses(400, 401, 410, 422))
def pickup_feed(
    scope: ScopeDep, db: DbDep, cursor: Cursor = None, limit: Limit = DEFAULT_PAGE_SIZE
) -> PickupPage:
    with db.read() as conn:
        after = cursors.decode(cursor, pickup.FEED, db.hub_id, high_water(conn, pickup.FEED))
        orders, last, has_more = pickup.feed_slice(conn, scope.store_id, after, limit)
    return PickupPage(
        cursor=cursors.encode(pickup.FEED, db.hub_id, last), has_more=has_more, orders=orders
    )


@router.get(routes.PICKUP_ORDER, tags=["pickup"], responses=problem_responses(401, 404, 422))
def pickup_order(order_id: PathId, scope: ScopeDep, db: DbDep) -> PickupOrder:
    return pickup.get_order(db, order_id, scope.store_id)


@router.post(
    routes.PICKUP_VERIFY,
    tags=["pickup"],
    responses=problem_responses(401, 404, 409, 422, 429),
)
def pickup_verify(check: CodeCheck, scope: ScopeDep, hub: HubDep) -> PickupOrder:
    """429 too_many_attempts (with Retry-After) after a few wrong codes from this till."""
    throttle.check(hub.db, throttle.PICKUP_CODE, scope.device_id, hub.clock())
    try:
        return pickup.verify_code(hub.db, scope.store_id, scope.till_id, check)
    except HubProblem as refused:
        if refused.problem.code == PickupReject.CODE_INVALID:
            throttle.missed(hub.db, throttle.PICKUP_CODE, scope.device_id, hub.clock())
        raise
