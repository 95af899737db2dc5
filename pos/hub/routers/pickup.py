"""Click & collect, device side: the store's pickup feed, one order, and claiming an order
with its typed code (throttled: a wrong code and surname pair is guessable)."""

from __future__ import annotations

from fastapi import APIRouter

from pos.api import routes
from pos.api.feeds import DEFAULT_PAGE_SIZE
from pos.api.pickup import CodeCheck, PickupOrder, PickupPage, PickupReject
from pos.api.problems import ProblemCode
from pos.hub import cursors, pickup
from pos.hub.db import high_water
from pos.hub.deps import (
    CODE_MISSES,
    Cursor,
    DbDep,
    DeviceDep,
    HubDep,
    Limit,
    PathId,
    problem_responses,
)
from pos.hub.errors import HubProblem

router = APIRouter()


@router.get(routes.PICKUP_FEED, tags=["pickup"], responses=problem_responses(400, 401, 410, 422))
def pickup_feed(
    device: DeviceDep, db: DbDep, cursor: Cursor = None, limit: Limit = DEFAULT_PAGE_SIZE
) -> PickupPage:
    with db.read() as conn:
        after = cursors.decode(cursor, pickup.FEED, db.hub_id, high_water(conn, pickup.FEED))
        orders, last, has_more = pickup.feed_slice(conn, device.store_id, after, limit)
    return PickupPage(
        cursor=cursors.encode(pickup.FEED, db.hub_id, last), has_more=has_more, orders=orders
    )


@router.get(routes.PICKUP_ORDER, tags=["pickup"], responses=problem_responses(401, 404, 422))
def pickup_order(order_id: PathId, device: DeviceDep, db: DbDep) -> PickupOrder:
    return pickup.get_order(db, order_id, device.store_id)


@router.post(
    routes.PICKUP_VERIFY,
    tags=["pickup"],
    responses=problem_responses(401, 404, 409, 422, 429),
)
def pickup_verify(check: CodeCheck, device: DeviceDep, hub: HubDep) -> PickupOrder:
    wait = hub.code_attempt_allowed(device.id)
    if wait is not None:
        problem = HubProblem(
            429,
            ProblemCode.TOO_MANY_ATTEMPTS,
            "Too many attempts",
            f"{CODE_MISSES} wrong pickup codes from this till; try again later.",
        )
        problem.headers["Retry-After"] = str(max(1, int(wait)))
        raise problem
    try:
        return pickup.verify_code(hub.db, device.store_id, device.till_id, check)
    except HubProblem as refused:
        if refused.problem.code == PickupReject.CODE_INVALID:
            hub.code_missed(device.id)
        raise
