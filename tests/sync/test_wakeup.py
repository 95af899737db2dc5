"""The loop's wake-up: queued records are pushed after a quiet debounce, never later than the
maximum wait after the first, and not at all while the loop says pushes must wait."""

from __future__ import annotations

import threading
import time

from pos.sync.wakeup import Wakeup, Woken


def test_a_burst_is_pushed_once_after_the_debounce() -> None:
    wakeup = Wakeup(debounce=0.1, max_wait=5.0)
    started = time.monotonic()
    for _ in range(3):
        wakeup.queued()
        time.sleep(0.03)
    assert wakeup.wait(None, pushes=True) is Woken.PUSH
    waited = time.monotonic() - started
    assert 0.15 <= waited < 0.5  # 0.1 s after the last record, not after the first
    assert wakeup.push_due() is None  # taken


def test_a_till_that_never_stops_selling_still_pushes_by_the_maximum_wait() -> None:
    wakeup = Wakeup(debounce=0.1, max_wait=0.3)
    stop = threading.Event()

    def sell() -> None:
        while not stop.is_set():
            wakeup.queued()
            time.sleep(0.02)

    seller = threading.Thread(target=sell)
    started = time.monotonic()
    seller.start()
    try:
        assert wakeup.wait(None, pushes=True) is Woken.PUSH
        assert time.monotonic() - started < 0.45
    finally:
        stop.set()
        seller.join()


def test_while_pushes_must_wait_the_records_wait_for_the_deadline() -> None:
    wakeup = Wakeup(debounce=0.01, max_wait=0.05)
    wakeup.queued()
    started = time.monotonic()
    assert wakeup.wait(time.monotonic() + 0.3, pushes=False) is Woken.CYCLE
    assert time.monotonic() - started >= 0.29
    assert wakeup.push_due() is None  # the cycle pushes them


def test_asking_for_a_cycle_wakes_at_once_and_is_seen_until_taken() -> None:
    wakeup = Wakeup()
    threading.Timer(0.05, wakeup.set).start()
    assert wakeup.wait(None, pushes=True) is Woken.CYCLE
    assert not wakeup.is_set()
    wakeup.set()
    assert wakeup.is_set()
