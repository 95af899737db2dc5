"""The till speaks Polish, Russian and Ukrainian: every message translated, placeholders kept,
and the compiled catalogs match their sources."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from pytestqt.qtbot import QtBot

from pos.resource_files import resource

LANGUAGES = ("pl", "ru", "uk")
EXPECTED = {
    ("TillScreen", "Pay  F12"): {"pl": "Zapłać  F12", "ru": "Оплата  F12", "uk": "Оплата  F12"},
    ("DomainError", "The sale has no items."): {
        "pl": "Paragon nie ma pozycji.",
        "ru": "В чеке нет товаров.",
        "uk": "У чеку немає товарів.",
    },
    ("TillScreen", "Void line"): {
        "pl": "Storno pozycji",
        "ru": "Сторно позиции",
        "uk": "Сторно позиції",
    },
    ("TillScreen", "Park"): {"pl": "Odłóż", "ru": "Отложить", "uk": "Відкласти"},
    ("Receipt", "TOTAL"): {"pl": "SUMA", "ru": "ИТОГ", "uk": "СУМА"},
    ("Receipt", "Change"): {"pl": "Reszta", "ru": "Сдача", "uk": "Решта"},
    ("Receipt", "VAT"): {"pl": "PTU", "ru": "НДС", "uk": "ПДВ"},
}
PLACEHOLDER = re.compile(r"\{[a-z_0-9]*\}")
# Key names a cashier presses stay as printed on the keyboard ("Pay  F12", "Cancel (Esc)").
KEY_NAME = re.compile(r"\bF\d{1,2}\b|\bCtrl\+\w\b|\bEsc\b|\(Enter\)")


def ts_path(lang: str) -> Path:
    return resource("translations", f"omnitill_{lang}.ts")


def messages(lang: str) -> Iterator[tuple[str, str, ET.Element]]:
    for context in ET.parse(ts_path(lang)).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message.findtext("source") or "", message


@pytest.fixture(params=LANGUAGES)
def lang(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def test_the_compiled_catalog_translates_each_context(qtbot: QtBot, lang: str) -> None:
    translator = QTranslator()
    assert translator.load(f"omnitill_{lang}", str(resource("translations")))
    app = QCoreApplication.instance()
    assert app is not None
    app.installTranslator(translator)
    try:
        for (context, source), by_lang in EXPECTED.items():
            assert QCoreApplication.translate(context, source) == by_lang[lang]
    finally:
        app.removeTranslator(translator)
    assert QCoreApplication.translate("Receipt", "TOTAL") == "TOTAL"


def test_every_message_is_translated_and_keeps_placeholders_and_key_names(lang: str) -> None:
    found = 0
    for context, source, message in messages(lang):
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, (context, source)
        assert translation.text, (context, source)
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translation.text))
        assert sorted(KEY_NAME.findall(source)) == sorted(KEY_NAME.findall(translation.text)), (
            context,
            source,
        )
        found += 1
    assert found > 150


def test_the_catalogs_cover_every_string_in_the_code(tmp_path: Path) -> None:
    """A string added to the UI without a translation fails here (run update.sh, translate)."""
    lupdate = shutil.which("pyside6-lupdate")
    if lupdate is None:
        pytest.fail("pyside6-lupdate is missing (it comes with PySide6)")
    root = Path(__file__).resolve().parents[2]
    sources = sorted(str(p) for p in (root / "pos").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run([lupdate, *sources, "-ts", str(fresh)], check=True, capture_output=True)
    in_code = {
        (c.findtext("name"), m.findtext("source"))
        for c in ET.parse(fresh).getroot().iter("context")
        for m in c.iter("message")
    }
    for lang in LANGUAGES:
        translated = {(context, source) for context, source, _m in messages(lang)}
        assert in_code <= translated, f"{lang}: untranslated {sorted(in_code - translated)[:5]}"


def test_each_compiled_catalog_matches_its_source(tmp_path: Path, lang: str) -> None:
    lrelease = shutil.which("pyside6-lrelease")
    if lrelease is None:
        pytest.fail("pyside6-lrelease is missing (it comes with PySide6)")
    fresh = tmp_path / f"omnitill_{lang}.qm"
    subprocess.run(
        [lrelease, str(ts_path(lang)), "-qm", str(fresh)], check=True, capture_output=True
    )
    assert fresh.read_bytes() == resource("translations", f"omnitill_{lang}.qm").read_bytes()
