"""The engine runs whatever feeds are registered: a new record kind is one module with a
class that follows ``pos.sync.feed.Feed`` and one line in the cycle. Against the real hub."""

from __future__ import annotations

from pathlib import Path

from pos.api.events import EventType
from pos.hub.embedded import RunningHub
from pos.store import CATALOG_FEED, FeedStore, Pairing
from pos.sync.client import HubClient
from pos.sync.feed import FeedDefaults, SyncContext
from pos.sync.feeds import CYCLE, SigningKeys
from pos.sync.paging import CursorExpired

from .kit import make_till


class Tally(FeedDefaults):
    """A record kind of its own: asks the hub for something each turn, hears reservations."""

    name = "tally"

    def __init__(self, context: SyncContext) -> None:
        self.context = context
        self.turns: list[str] = []
        self.primed = 0
        self.restarts = 0
        self.expire_next = False

    def sync(self, client: HubClient, pairing: Pairing) -> int:
        if self.expire_next:
            self.expire_next = False
            raise CursorExpired(self.name)
        keys = client.signing_keys().keys  # with the till's own token
        self.turns.append(pairing.till_id)
        return len(keys)

    def heard(self, event: str) -> bool:
        return event == EventType.RESERVATION_CHANGED

    def restart(self) -> None:
        self.restarts += 1

    def prime(self, client: HubClient) -> None:
        self.primed += 1


def test_a_registered_feed_is_primed_at_pairing_and_takes_a_turn_in_every_cycle(
    hub: RunningHub, tmp_path: Path
) -> None:
    side = make_till(tmp_path / "till", cycle=(*CYCLE, Tally))
    try:
        side.engine.pair(hub.url, hub.pairing_code("STORE-001", "TILL-R01"))
        tally = side.engine.feed(Tally)
        assert tally.primed == 1
        assert side.engine.run_once() == side.engine.poll_seconds
        assert side.engine.run_once() == side.engine.poll_seconds
        assert tally.turns == ["TILL-R01", "TILL-R01"]
        assert side.engine.last_status is not None and side.engine.last_status.state == "online"
    finally:
        side.close()


def test_a_cursor_the_hub_forgot_restarts_only_that_feed(hub: RunningHub, tmp_path: Path) -> None:
    side = make_till(tmp_path / "till", cycle=(*CYCLE, Tally))
    try:
        side.engine.pair(hub.url, hub.pairing_code("STORE-001", "TILL-R02"))
        assert side.engine.run_once() == side.engine.poll_seconds
        before = FeedStore(side.db).position(CATALOG_FEED)
        assert before is not None
        tally = side.engine.feed(Tally)
        tally.expire_next = True
        assert side.engine.run_once() == 0.0  # at once again, from the start of that feed
        assert tally.restarts == 1
        after = FeedStore(side.db).position(CATALOG_FEED)
        assert after is not None and after.cursor == before.cursor  # not pulled from the start
        assert side.engine.run_once() == side.engine.poll_seconds
    finally:
        side.close()


def test_a_hub_event_wakes_the_loop_only_when_a_feed_has_news(
    hub: RunningHub, tmp_path: Path
) -> None:
    plain = make_till(tmp_path / "plain")
    extended = make_till(tmp_path / "extended", cycle=(*CYCLE, Tally))
    try:
        plain.engine.listener.heard(EventType.RESERVATION_CHANGED)
        assert not plain.engine.listener.wake.is_set()  # no registered feed keeps reservations
        extended.engine.listener.heard(EventType.RESERVATION_CHANGED)
        assert extended.engine.listener.wake.is_set()
        plain.engine.listener.heard(EventType.CATALOG_CHANGED)
        assert plain.engine.listener.wake.is_set()
    finally:
        plain.close()
        extended.close()


def test_hello_makes_the_token_keys_due_again(hub: RunningHub, tmp_path: Path) -> None:
    side = make_till(tmp_path / "till")
    try:
        side.engine.pair(hub.url, hub.pairing_code("STORE-001", "TILL-R03"))
        assert side.engine.run_once() == side.engine.poll_seconds
        pairing, client = side.engine.paired_client()
        keys = side.engine.feed(SigningKeys)
        assert keys.sync(client, pairing) == 0  # fetched in the cycle: not due
        side.engine.listener.heard(EventType.HELLO)  # reconnected: keys may have rotated
        assert keys.sync(client, pairing) == len(side.engine.key_ring()) > 0
    finally:
        side.close()
