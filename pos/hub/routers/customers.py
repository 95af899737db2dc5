"""Customers and promo codes, device side: the promotions a till applies offline and the
customer view a scanned promo token opens."""

from __future__ import annotations

from fastapi import APIRouter

from pos.api import routes
from pos.api.customers import CustomerView, CustomerViewRequest, PromotionList
from pos.hub import customers
from pos.hub.deps import DEVICE_PROBLEMS, DbDep, DeviceDep, problem_responses
from pos.hub.scope import ScopeDep

router = APIRouter()


@router.get(routes.PROMOTIONS, tags=["customers"], responses=DEVICE_PROBLEMS)
def promotions(_device: DeviceDep, db: DbDep) -> PromotionList:
    """Promotions not over yet: a till applies promo codes offline with these rules."""
    return PromotionList(promotions=customers.current_promotions(db))


@router.post(
    routes.CUSTOMER_VIEWS,
    tags=["customers"],
    responses=problem_responses(401, 403, 404, 409, 410, 422),
)
def customer_view(request: CustomerViewRequest, scope: ScopeDep, db: DbDep) -> CustomerView:
    """The customer a valid promo token names, for this till (every view is recorded).
    Refusals: a token_* code (forged, expired, unknown key, ...), promo_wrong_store,
    consent_withdrawn, promotion_ended, promo_token_used. promo_wrong_store also when the
    promotion no longer covers the till's store."""
    return customers.customer_view(db, scope, request)
