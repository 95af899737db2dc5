"""Pairing a till with the hub and what a paired device learns about itself.

A manager creates a one-time pairing code for a store and till (``pos-hub pairing-code`` or
``POST /v1/admin/pairing-codes``). The till exchanges it once (``POST /v1/pairing``) for a
device token, sent from then on as ``Authorization: Bearer <token>``. The hub keeps only a
hash of the token; the till keeps it with owner-only permissions and never logs it. A revoked
token gets ``401`` with code ``token_revoked``.
"""

from __future__ import annotations

from pydantic import Field

from pos.api.common import Id, UtcDateTime, WireModel


class PairingRequest(WireModel):
    code: str = Field(
        min_length=4,
        max_length=32,
        description="The one-time code the manager read out (case and dashes do not matter).",
    )
    device_name: str | None = Field(
        default=None, max_length=100, description="A label for the device list, e.g. hostname."
    )


class DeviceInfo(WireModel):
    """Who this device is to the hub; also part of the pairing answer."""

    device_id: str
    store_id: Id
    till_id: Id
    location_id: Id = Field(description="The stock location this till sells from (its store).")
    currency: str = Field(min_length=3, max_length=3, description="ISO 4217 code of prices.")
    hub_id: str = Field(description="Identifies the hub's database; changes when it is reset.")
    paired_at: UtcDateTime


class PairingResult(DeviceInfo):
    token: str = Field(description="The device token; shown once, store it safely.")
    token_type: str = "Bearer"
