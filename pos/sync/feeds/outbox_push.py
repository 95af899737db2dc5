"""Pushing the outbox: the till's sales, voids and pickup events, in batches.

Pushed records carry the till's ids, so a batch repeated after a lost answer is acknowledged
as ``duplicate`` by the hub, never applied twice. A record the hub rejects is poisoned with
its reason (a manager sees it) and the rest go on.
"""

from __future__ import annotations

import logging
from typing import Any

from pos.api.documents import RecordResult, RecordStatus
from pos.api.pickup import RECORD_KIND
from pos.store import OutboxItem, OutboxRepository, Pairing, PickupRepository, RedemptionRepository
from pos.sync.client import HubClient
from pos.sync.errors import AuthRejected, BadResponse, HubUnreachable, Refused
from pos.sync.events import PromoDoubleUse
from pos.sync.feed import FeedDefaults, SyncContext

log = logging.getLogger(__name__)

# Outbox kinds and the hub's record kinds.
RECORD_KINDS = {"sale": "sale", "sale_void": "void"}
# A whole batch refused with one of these says something in it cannot be read: resend one
# by one, and set aside the record that is refused on its own.
_RECORD_REFUSALS = frozenset({400, 413, 422})


class OutboxPush(FeedDefaults):
    name = "outbox"

    def __init__(self, context: SyncContext) -> None:
        self.context = context
        self.outbox = OutboxRepository(context.db)
        self.pickup = PickupRepository(context.db)
        self.redemptions = RedemptionRepository(context.db)

    def sync(self, client: HubClient, pairing: Pairing) -> int:
        return self.push(client)

    def push(self, client: HubClient) -> int:
        """Send pending outbox records in batches until none is left. Returns how many the hub
        acknowledged."""
        acknowledged = 0
        while not self.context.stopping.is_set():
            items = self.outbox.pending(self.context.batch_size)
            if not items:
                break
            records = [
                {
                    "id": item.ref,
                    "kind": RECORD_KINDS.get(item.kind, item.kind),
                    "document": item.payload.get("document", item.payload)
                    if isinstance(item.payload, dict)
                    else item.payload,
                }
                for item in items
            ]
            try:
                outcomes = self._upload(client, items, records)
            except (HubUnreachable, BadResponse) as exc:
                # The hub may have applied the batch and the answer been lost: the records
                # stay pending and the repeat is acknowledged as duplicates.
                self.outbox.settle(failed=[i.id for i in items], error=str(exc))
                raise
            sent: list[int] = []
            poisoned: dict[int, str] = {}
            for item, outcome in zip(items, outcomes, strict=True):
                if outcome.redemption is not None:
                    self._settle_redemption(item.ref, outcome.redemption)
                if outcome.status == RecordStatus.REJECTED:
                    reason = f"{outcome.code or 'rejected'}: {outcome.reason or ''}".strip()
                    log.error("the hub rejected %s %s: %s", item.kind, item.ref, reason)
                    poisoned[item.id] = reason
                else:
                    sent.append(item.id)
            self.outbox.settle(sent=sent, poisoned=poisoned)
            orders = {
                str(i.payload.get("order_id"))
                for i in items
                if i.kind == RECORD_KIND and isinstance(i.payload, dict)
            }
            if orders:  # answered: the till's own state gives way to the hub's
                self.pickup.settle(orders)
            acknowledged += len(sent)
            self.context.publish_status("syncing")
        return acknowledged

    def _upload(
        self, client: HubClient, items: list[OutboxItem], records: list[dict[str, Any]]
    ) -> list[RecordResult]:
        """One result per record. A batch the hub refuses whole for what it holds (a 4xx
        problem: a record it cannot even read) is sent again record by record, so the one
        that is refused alone is set aside with the hub's code and the others go on: a
        refused batch is never retried as it is, forever."""
        try:
            return list(client.upload(records).results)
        except AuthRejected:
            raise
        except Refused as exc:
            if exc.status not in _RECORD_REFUSALS:
                raise
            if len(records) == 1:
                log.error("the hub refused %s %s whole: %s", items[0].kind, items[0].ref, exc)
                return [
                    RecordResult(
                        id=str(records[0]["id"]),
                        status=RecordStatus.REJECTED,
                        code=exc.problem_code,
                        reason=str(exc),
                    )
                ]
        return [
            r
            for item, one in zip(items, records, strict=True)
            for r in self._upload(client, [item], [one])
        ]

    def _settle_redemption(self, sale_id: str, verdict: str) -> None:
        if not self.redemptions.settle(sale_id, verdict) or verdict != "double_use":
            return
        row = next((r for r in self.redemptions.listed("double_use") if r.sale_id == sale_id), None)
        if row is not None:
            log.warning(
                "the hub reports promo token %s used twice (sale %s)", row.token_id, sale_id
            )
            self.context.bus.publish(PromoDoubleUse(sale_id, row.token_id, row.promotion_id))
