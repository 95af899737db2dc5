"""The manager's settings screen (Ctrl+G): checked before anything is written, written whole,
applied where it can be at once, and the support bundle one button away."""

from __future__ import annotations

import json
import zipfile
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pos.config import load_settings
from pos.store.db import connect_plain
from pos.ui.app import TillWindow
from pos.ui.features.scanners.scanners import Scanners
from pos.ui.features.settings.settings_dialog import SettingsDialog
from tests.ui.conftest import answer_dialog
from tests.ui.test_scanning import ean13
from tests.ui.test_whole_sale import sign_in


def sign_in_as(qtbot: QtBot, window: TillWindow, name: str, pin: str) -> None:
    index = next(i for i, b in enumerate(window.login.user_group.buttons()) if b.text() == name)
    sign_in(qtbot, window, pin, index)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.till_screen)


def open_settings(qtbot: QtBot, window: TillWindow) -> None:
    qtbot.keyClick(window.till_screen.scan, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)


def test_a_cashier_cannot_open_the_settings(qtbot: QtBot, till_window: TillWindow) -> None:
    sign_in_as(qtbot, till_window, "Anna", "1111")
    open_settings(qtbot, till_window)
    assert "Only a manager" in till_window.till_screen.banner.text()


def test_a_manager_changes_terminal_and_wedge_timing_written_whole_and_applied(
    qtbot: QtBot, till_window: TillWindow
) -> None:
    window = till_window
    sign_in_as(qtbot, window, "Olga", "3333")
    path = window.till.paths.settings
    before = path.read_bytes()
    seen: list[str] = []

    def edit(dialog: SettingsDialog) -> None:
        dialog.terminal.kind.setCurrentText("zvt")
        dialog.terminal.transport.setCurrentIndex(dialog.terminal.transport.findData("tcp"))
        dialog.terminal.host.setText("")  # refused: nothing written
        dialog.save_button.click()
        seen.append(dialog.error.text())
        seen.append(str(path.read_bytes() == before))
        dialog.terminal.host.setText("10.0.0.5")
        dialog.terminal.port.setValue(20008)
        dialog.max_gap.setValue(40)
        dialog.hard_gap.setValue(30)  # refused: shorter than the average gap
        dialog.save_button.click()
        seen.append(dialog.error.text())
        dialog.hard_gap.setValue(80)
        dialog.save_button.click()

    answer_dialog(SettingsDialog, edit)
    open_settings(qtbot, window)
    assert seen[0] == "The card terminal needs its network address (host)."
    assert seen[1] == "True"
    assert "cannot be shorter" in seen[2]
    on_disk = load_settings(path)
    assert on_disk.payment.terminal == "zvt"
    assert on_disk.payment.options["host"] == "10.0.0.5"
    assert on_disk.payment.options["port"] == 20008
    assert (on_disk.scanner.wedge.max_gap_ms, on_disk.scanner.wedge.hard_gap_ms) == (40, 80)
    assert [p.name for p in path.parent.glob(".settings*")] == []  # no temp file left
    wedge = window.till_screen.feature(Scanners).wedge
    assert wedge is not None and window.till.settings.scanner.wedge.max_gap_ms == 40  # at once
    assert "started again" in window.till_screen.banner.text()  # the terminal: on restart


def test_the_language_is_offered_in_its_own_name_and_saved_for_the_next_start(
    qtbot: QtBot, till_window: TillWindow
) -> None:
    sign_in_as(qtbot, till_window, "Olga", "3333")

    def pick_polish(dialog: SettingsDialog) -> None:
        dialog.language.setCurrentIndex(dialog.language.findText("Polski"))
        dialog.formats.setCurrentText("xx_NOPE")
        dialog.save_button.click()
        refused.append(dialog.error.text())
        dialog.formats.setCurrentText("pl_PL")
        dialog.save_button.click()

    refused: list[str] = []
    answer_dialog(SettingsDialog, pick_polish)
    open_settings(qtbot, till_window)
    assert "xx_NOPE" in refused[0]
    qtbot.waitUntil(lambda: load_settings(till_window.till.paths.settings).language == "pl")


def test_the_support_bundle_button_writes_a_zip_without_secrets(
    qtbot: QtBot, till_window: TillWindow
) -> None:
    sign_in_as(qtbot, till_window, "Olga", "3333")
    written: list[Path] = []

    def export(dialog: SettingsDialog) -> None:
        dialog.bundle_button.click()
        qtbot.waitUntil(lambda: hasattr(dialog, "bundle_path"), timeout=20_000)
        written.append(Path(dialog.bundle_path))
        assert "Support bundle written" in dialog.error.text()
        dialog.reject()

    answer_dialog(SettingsDialog, export)
    open_settings(qtbot, till_window)
    (bundle,) = written
    assert bundle.parent == till_window.till.paths.root / "support"
    with zipfile.ZipFile(bundle) as z:
        assert json.loads(z.read("settings.json"))["printer"]["connection"] == "virtual"
        assert "devices.json" in z.namelist()


def test_scale_label_layouts_are_checked_as_typed_tried_on_a_label_and_read_at_once(
    qtbot: QtBot, till_window: TillWindow
) -> None:
    window = till_window
    sign_in_as(qtbot, window, "Olga", "3333")
    with connect_plain(window.till.paths.database) as conn:
        (plu,) = conn.execute(
            "SELECT b.code FROM barcodes b JOIN products p ON p.id = b.product_id"
            " WHERE p.sold_by = 'weight' ORDER BY b.code"
        ).fetchone()
    label = ean13(f"27{int(plu):05d}01250")  # prefix 27: no layout reads it yet
    weight = window.till.formatter.quantity(Decimal("1.250"), 3)
    seen: list[str] = []

    def edit(dialog: SettingsDialog) -> None:
        editor = dialog.labels
        editor.list.setCurrentRow(0)  # the demo's 28 weight layout
        editor.value_digits.setValue(4)  # 12 digits in all: refused
        seen.append(editor.pattern.text())
        dialog.save_button.click()
        seen.append(dialog.error.text())
        editor.value_digits.setValue(5)
        editor.prefixes.setText("27, 28")
        editor.try_code.setText(label)
        seen.append(editor.try_result.text())
        seen.append(editor.pattern.text())
        dialog.save_button.click()

    answer_dialog(SettingsDialog, edit)
    open_settings(qtbot, window)
    assert seen[0] == "The layout uses 12 digits; an EAN-13 code has 13."
    assert seen[1] == "Scale label 1: The layout uses 12 digits; an EAN-13 code has 13."
    assert seen[2] == f"Item {int(plu)}, {weight} kg"
    assert seen[3].startswith("27/28 IIIII WWWWW K\n")
    assert load_settings(window.till.paths.settings).scanner.variable_measure[0].prefixes == [
        "27",
        "28",
    ]
    screen = window.till_screen
    qtbot.keyClicks(screen.scan, label)
    qtbot.keyClick(screen.scan, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.sale is not None and len(screen.sale.lines) == 1)
    assert screen.sale is not None and screen.sale.lines[0].quantity == Decimal("1.250")


def test_a_new_label_layout_starts_as_a_working_weight_layout_and_can_be_removed(
    qtbot: QtBot, till_window: TillWindow
) -> None:
    sign_in_as(qtbot, till_window, "Olga", "3333")
    seen: list[object] = []

    def edit(dialog: SettingsDialog) -> None:
        editor = dialog.labels
        editor.add_layout()
        seen.append(editor.list.count())
        seen.append(editor.pattern.text().splitlines()[0])
        editor.remove_layout()
        editor.remove_layout()
        editor.remove_layout()
        seen.append(editor.empty.isVisibleTo(editor))
        dialog.save_button.click()

    answer_dialog(SettingsDialog, edit)
    open_settings(qtbot, till_window)
    assert seen == [3, "28 IIIII WWWWW K", True]
    assert load_settings(till_window.till.paths.settings).scanner.variable_measure == []
