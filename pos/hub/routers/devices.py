"""Devices and pairing: the health check, pairing a till, the device's own record, the
store list and the hub's public signing keys."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response

from pos.api import routes
from pos.api.devices import DeviceInfo, PairingRequest, PairingResult
from pos.api.feeds import LocationList
from pos.api.problems import ProblemCode
from pos.api.signed_tokens import PublicKeyList
from pos.hub import devices, signing_keys, stock, throttle
from pos.hub.deps import DEVICE_PROBLEMS, DbDep, DeviceDep, HubDep, problem_responses
from pos.hub.errors import HubProblem

router = APIRouter()


@router.get(routes.HEALTH, tags=["device"])
def health(db: DbDep) -> dict[str, str]:
    return {"status": "ok", "hub_id": db.hub_id}


@router.post(
    routes.PAIRING,
    status_code=201,
    tags=["device"],
    responses=problem_responses(400, 409, 410, 422, 429),
)
def pair(pairing: PairingRequest, request: Request, hub: HubDep) -> PairingResult:
    """429 too_many_attempts (with Retry-After) after a few unknown codes from one address:
    a pairing code is short enough to guess (``pos.hub.throttle``)."""
    address = request.client.host if request.client else "unknown"
    throttle.check(hub.db, throttle.PAIRING, address, hub.clock())
    try:
        return devices.pair(hub.db, pairing.code, pairing.device_name)
    except HubProblem as refused:
        if refused.problem.code == ProblemCode.PAIRING_CODE_INVALID:
            throttle.missed(hub.db, throttle.PAIRING, address, hub.clock())
        raise


@router.get(routes.DEVICE, tags=["device"], responses=DEVICE_PROBLEMS)
def whoami(device: DeviceDep, db: DbDep) -> DeviceInfo:
    paired = next(d for d in devices.list_devices(db) if d.device_id == device.id)
    return DeviceInfo(
        device_id=device.id,
        store_id=device.store_id,
        till_id=device.till_id,
        location_id=device.store_id,
        currency=db.currency,
        hub_id=db.hub_id,
        paired_at=paired.paired_at,
    )


@router.delete(routes.DEVICE, status_code=204, tags=["device"], responses=DEVICE_PROBLEMS)
def unpair(device: DeviceDep, db: DbDep) -> Response:
    devices.revoke_device(db, device.id)
    return Response(status_code=204)


@router.get(routes.LOCATIONS, tags=["device"], responses=DEVICE_PROBLEMS)
def locations(_device: DeviceDep, db: DbDep) -> LocationList:
    with db.read() as conn:
        return LocationList(locations=stock.list_locations(conn))


@router.get(routes.SIGNING_KEYS, tags=["device"], responses=DEVICE_PROBLEMS)
def published_keys(_device: DeviceDep, db: DbDep) -> PublicKeyList:
    """The hub's public keys: tills verify signed tokens (QR codes) offline with them."""
    return PublicKeyList(keys=signing_keys.public_keys(db))
