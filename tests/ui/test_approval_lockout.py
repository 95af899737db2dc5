"""The manager hears of approvals locked by wrong PINs: a banner when they sign in."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from pos.domain.roles import Action
from pos.services.errors import ApprovalLocked, WrongApprovalPin
from pos.services.till import PIN_ATTEMPTS
from pos.ui.app import TillWindow
from tests.ui.test_whole_sale import sign_in

TIMEOUT = 10


def test_the_manager_sees_a_banner_for_a_locked_approver(
    qtbot: QtBot, till_window: TillWindow
) -> None:
    till = till_window.till
    users = till.users().result(TIMEOUT)
    marek = next(u for u in users if u.name == "Marek")
    olga_index = next(i for i, u in enumerate(users) if u.name == "Olga")
    sign_in(qtbot, till_window, "1111")  # Anna, a cashier
    qtbot.waitUntil(lambda: till_window.stack.currentWidget() is till_window.till_screen)
    for attempt in range(PIN_ATTEMPTS):
        error = ApprovalLocked if attempt == PIN_ATTEMPTS - 1 else WrongApprovalPin
        with pytest.raises(error):
            till.approve("0000", Action.DISCOUNT, approver_id=marek.id).result(TIMEOUT)
    banner = till_window.till_screen.banner
    assert "Marek" not in banner.text()  # a cashier is not the one to tell

    till_window.till_screen.lock_requested.emit()
    sign_in(qtbot, till_window, "3333", olga_index)
    qtbot.waitUntil(lambda: till_window.stack.currentWidget() is till_window.till_screen)
    qtbot.waitUntil(lambda: banner.isVisible(), timeout=5000)
    assert "Approvals by Marek were locked" in banner.text()
    assert banner.property("kind") == "warning"

    assert till.approvals.take_notices() == []  # told once
