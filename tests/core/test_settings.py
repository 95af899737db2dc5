"""Settings are typed, versioned and written atomically; a bad file never stops the till."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from pos.config import SETTINGS_VERSION, Settings, load_settings, save_settings


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
