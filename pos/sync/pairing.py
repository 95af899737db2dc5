"""Pairing a till with a hub: a one-time code for a device token, then the feeds primed.

A till paired to another hub database (another ``hub_id``) restarts every feed: its cursors
mean nothing there.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from pos.store import Pairing, PairingRepository, TokenFile
from pos.store.models import utc_text
from pos.sync.connection import ClientFactory
from pos.sync.errors import HubError
from pos.sync.feed import Feed

log = logging.getLogger(__name__)


def pair_till(
    hub_url: str,
    code: str,
    device_name: str | None,
    *,
    client_factory: ClientFactory,
    pairings: PairingRepository,
    token_file: TokenFile,
    feeds: Iterable[Feed],
) -> Pairing:
    """Exchange ``code`` for a device token, store both, prime the feeds (a failure there is
    left to the next cycle). Blocking: call it off the UI thread."""
    with client_factory(hub_url, None) as client:
        result = client.pair(code, device_name)
    previous = pairings.get()
    pairing = Pairing(
        hub_url=hub_url.rstrip("/"),
        store_id=result.store_id,
        till_id=result.till_id,
        device_id=result.device_id,
        location_id=result.location_id,
        currency=result.currency,
        hub_id=result.hub_id,
        paired_at=utc_text(result.paired_at),
    )
    token_file.write(result.token)
    feeds = list(feeds)
    with client_factory(pairing.hub_url, result.token) as client:
        try:
            for feed in feeds:
                feed.prime(client)
        except HubError as exc:  # the next cycle fetches them
            log.warning("token keys or promotions not fetched at pairing: %s", exc)
    if previous is not None and previous.hub_id != pairing.hub_id:
        for feed in feeds:
            feed.restart()
    pairings.save(pairing)
    return pairing
