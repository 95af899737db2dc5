"""A till started without a hub (the offline demo) does not pretend to sync."""

from __future__ import annotations

from pos.ui.app import TillWindow


def test_a_till_without_a_hub_says_so_and_offers_no_sync(till_window: TillWindow) -> None:
    sync = till_window.status.sync
    assert sync.state.text() == "No hub: this till works on its own"
    assert sync.sync_button.isHidden()
