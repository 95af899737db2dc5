"""The window's start, like the services', leaves the hub client, python-escpos and biip for
later: a feature's dialog that needs them loads when it is first opened."""

from __future__ import annotations

from tests.services.test_start_imports import LATER, loaded_after


def test_importing_the_till_window_loads_none_of_what_the_start_leaves_for_later() -> None:
    loaded = loaded_after("import pos.ui.app")
    assert "PySide6.QtWidgets" in loaded
    assert loaded.isdisjoint(LATER), sorted(loaded & set(LATER))
