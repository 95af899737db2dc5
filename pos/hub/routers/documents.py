"""Documents and reservations: a till's upload batches (sales, returns, voids) and the stock
it holds for a parked or pending sale."""

from __future__ import annotations

from fastapi import APIRouter, Response
from fastapi.responses import JSONResponse

from pos.api import routes
from pos.api.documents import MAX_BATCH, BatchResult, UploadBatch
from pos.api.problems import ProblemCode
from pos.api.reservations import Reservation, ReservationRequest
from pos.hub import documents, stock
from pos.hub.deps import DbDep, DeviceDep, PathId, problem_responses
from pos.hub.errors import HubProblem

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


@router.post(
    routes.RESERVATIONS,
    status_code=201,
    tags=["stock"],
    responses={
        200: {"model": Reservation, "description": "The reservation existed (a repeat)."},
        **problem_responses(401, 404, 409, 422),
    },
)
def reserve(
    request: ReservationRequest, device: DeviceDep, db: DbDep, response: Response
) -> Reservation:
    reservation, created = stock.reserve(db, request, device.id)
    if not created:
        response.status_code = 200
    return reservation


@router.get(routes.RESERVATION, tags=["stock"], responses=problem_responses(401, 404, 422))
def get_reservation(reservation_id: PathId, _device: DeviceDep, db: DbDep) -> Reservation:
    return stock.get_reservation(db, reservation_id)


@router.delete(routes.RESERVATION, tags=["stock"], responses=problem_responses(401, 404, 422))
def release_reservation(reservation_id: PathId, _device: DeviceDep, db: DbDep) -> Reservation:
    return stock.release(db, reservation_id)
