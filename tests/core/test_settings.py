"""Settings are typed, versioned and written atomically; a bad file never stops the till."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from pydantic import ValidationError

from pos.config import (
    SETTINGS_VERSION,
    ScannerDeviceSettings,
    Settings,
    VariableMeasureSettings,
    load_settings,
    save_settings,
)


def test_missing_file_gives_defaults(tmp_path: Path) -> None:
    assert load_settings(tmp_path / "settings.json") == Settings()


def test_saved_settings_load_back_equal(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    settings = Settings()
    settings.store.store_name = "Sklep Żabka"
    settings.printer.connection = "network"
    settings.printer.options = {"host": "127.0.0.1", "port": 9100}
    save_settings(settings, path)
    assert load_settings(path) == settings
    assert json.loads(path.read_text(encoding="utf-8"))["version"] == SETTINGS_VERSION
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]  # no temp file left


def test_a_broken_file_is_kept_aside_and_defaults_are_used(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "settings.json"
    path.write_text("{ not json", encoding="utf-8")
    with caplog.at_level(logging.ERROR):
        assert load_settings(path) == Settings()
    assert (tmp_path / "settings.broken.json").read_text(encoding="utf-8") == "{ not json"
    assert "unreadable" in caplog.text


def test_a_file_from_a_newer_version_is_not_trusted(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"version": SETTINGS_VERSION + 1}), encoding="utf-8")
    assert load_settings(path) == Settings()
    assert (tmp_path / "settings.broken.json").exists()


def test_unknown_keys_are_refused_rather_than_silently_dropped(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"version": 1, "printr": {}}), encoding="utf-8")
    assert load_settings(path) == Settings()
    assert (tmp_path / "settings.broken.json").exists()


def test_scanner_settings_load_back_and_an_older_file_without_them_still_loads(
    tmp_path: Path,
) -> None:
    path = tmp_path / "settings.json"
    settings = Settings()
    settings.scanner.devices = [
        ScannerDeviceSettings(kind="serial", options={"url": "socket://127.0.0.1:9", "aim": True})
    ]
    settings.scanner.variable_measure = [VariableMeasureSettings(prefixes=["28", "29"])]
    save_settings(settings, path)
    assert load_settings(path) == settings
    older = json.loads(path.read_text(encoding="utf-8"))
    del older["scanner"]
    path.write_text(json.dumps(older), encoding="utf-8")
    assert load_settings(path).scanner == Settings().scanner


@pytest.mark.parametrize(
    "layout",
    [
        {"prefixes": ["28"], "item_digits": 5, "value_digits": 4},  # 12 digits, not 13
        {"prefixes": ["30"]},  # not a restricted-circulation prefix
        {"prefixes": []},
        {"prefixes": ["28"], "item_digits": 4, "value_check_digit": True, "value_digits": 6},
        {"prefixes": ["28"], "value_decimals": 6},
    ],
)
def test_a_label_layout_that_cannot_be_read_is_refused(layout: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        VariableMeasureSettings.model_validate(layout)
