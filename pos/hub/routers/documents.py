"""Documents and reservations: a till's upload batches (sales, returns, voids), a sale of its
store looked up for a return, and the stock it holds for a parked or pending sale."""

from __future__ import annotations

from fastapi import APIRouter, Response
from fastapi.responses import JSONResponse

from pos.api import routes
from pos.api.documents import MAX_BATCH, BatchResult, SaleWithReturns, UploadBatch
from pos.api.problems import ProblemCode
from pos.api.reservations import Reservation, ReservationRequest
from pos.hub import documents, stock
from pos.hub.deps import DbDep, DeviceDep, PathId, problem_responses
from pos.hub.errors import HubProblem
from pos.hub.scope import ScopeDep

router = APIRouter()


@router.post(
    routes.DOCUMENT_BATCHES,
    tags=["documents"],
    responses=problem_responses(401, 413, 422),
    response_model=BatchResult,
)
def upload(batch: UploadBatch, device: DeviceDep, db: DbDep) -> Response:
    if len(batch.records) > MAX_BATCH:
        raise HubProblem(
            413,
            ProblemCode.BATCH_TOO_LARGE,
            "Batch too large",
            f"{len(batch.records)} records; send at most {MAX_BATCH} per batch.",
        )
    body = documents.apply_batch(db, device, list(batch.records)).model_dump(mode="json")
    for result in body["results"]:  # "redemption" only for sales with a promo code
        if result.get("redemption") is None:
            result.pop("redemption", None)
    return JSONResponse(body)


@router.get(routes.SALE, tags=["documents"], responses=problem_responses(401, 404, 422))
def get_sale(sale_id: PathId, scope: ScopeDep, db: DbDep) -> SaleWithReturns:
    """An in-store sale of the till's store and what has been returned of it so far, so any
    of its tills can take goods back (another store's sale, or none: 404 not_found)."""
    return documents.sale_with_returns(db, sale_id, scope)


@router.post(
    routes.RESERVATIONS,
    status_code=201,
    tags=["stock"],
    responses={
        200: {"model": Reservation, "description": "The reservation existed (a repeat)."},
        **problem_responses(401, 403, 404, 409, 422),
    },
)
def reserve(
    request: ReservationRequest, scope: ScopeDep, db: DbDep, response: Response
) -> Reservation:
    """Hold stock at the till's own store (403 wrong_store elsewhere; 403
    reservation_hub_owned for a pickup:* id; 409 reservation_id_taken for an id another store
    uses)."""
    reservation, created = stock.reserve(db, request, scope)
    if not created:
        response.status_code = 200
    return reservation


@router.get(routes.RESERVATION, tags=["stock"], responses=problem_responses(401, 404, 422))
def get_reservation(reservation_id: PathId, scope: ScopeDep, db: DbDep) -> Reservation:
    """A reservation of the till's store (another store's: 404 not_found)."""
    return stock.get_reservation(db, reservation_id, scope)


@router.delete(routes.RESERVATION, tags=["stock"], responses=problem_responses(401, 403, 404, 422))
def release_reservation(reservation_id: PathId, scope: ScopeDep, db: DbDep) -> Reservation:
    """Release a reservation of the till's store (another store's: 404 not_found; the hub's
    own, a pickup order's: 403 reservation_hub_owned)."""
    return stock.release(db, reservation_id, scope)
