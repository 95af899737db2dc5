"""The keyboard-wedge classifier: scanner bursts become reads, typing is handed back intact."""

from __future__ import annotations

import pytest

from drivers.scanner.reads import Symbology
from drivers.scanner.wedge import (
    ENTER,
    LAYOUT_MAPS,
    OTHER,
    KeyPress,
    WedgeClassifier,
    WedgeConfig,
    WedgeResult,
)
from tests.bench.wedge_corpus import corpus, keys_for

SCAN_GAPS = 0.010
GS = "\x1d"


def run(classifier: WedgeClassifier, keys: list[KeyPress]) -> tuple[list[str], list[KeyPress]]:
    """Feed keys, then let time pass; returns (scans as text, keys handed back or let through)."""
    scans: list[str] = []
    through: list[KeyPress] = []

    def take(result: WedgeResult, key: KeyPress | None) -> None:
        through.extend(result.replay)
        if result.scan is not None:
            scans.append(result.scan.text)
        if key is not None and not result.consumed:
            through.append(key)

    for key in keys:
        take(classifier.feed(key), key)
    take(classifier.poll(keys[-1].at + 10), None)
    return scans, through


def test_a_scanner_burst_is_one_scan_and_nothing_reaches_the_widget() -> None:
    scans, through = run(WedgeClassifier(), keys_for("5901234123457", [SCAN_GAPS] * 13))
    assert scans == ["5901234123457"]
    assert through == []


def test_typing_is_handed_back_in_order_and_enter_follows_it() -> None:
    keys = keys_for("1001", [0.120, 0.090, 0.150, 0.100])
    scans, through = run(WedgeClassifier(), keys)
    assert scans == []
    assert through == keys


def test_a_held_key_goes_back_when_the_person_stops_typing() -> None:
    classifier = WedgeClassifier()
    key = KeyPress("a", 1.0, scan_code=30)
    assert classifier.feed(key).consumed
    assert classifier.poll(1.0 + 0.01).replay == ()  # still could be a scan
    assert classifier.deadline() == pytest.approx(1.06)
    assert classifier.poll(1.0 + 0.07).replay == (key,)
    assert not classifier.holding


def test_scanner_jitter_is_tolerated_but_a_long_pause_splits_the_burst() -> None:
    jittery = [SCAN_GAPS] * 13
    jittery[5] = 0.055  # one scheduler hiccup below the hard limit
    assert run(WedgeClassifier(), keys_for("5901234123457", jittery))[0] == ["5901234123457"]
    paused = [SCAN_GAPS] * 13
    paused[5] = 0.200
    scans, through = run(WedgeClassifier(), keys_for("5901234123457", paused))
    assert scans == ["4123457"]  # the tail still scans; the head is handed back as typed
    assert "".join(k.text for k in through) == "590123"


def test_a_short_fast_burst_is_not_a_scan() -> None:
    keys = keys_for("123", [SCAN_GAPS] * 3)
    assert run(WedgeClassifier(), keys) == ([], keys)


def test_a_configured_prefix_and_suffix_are_required_and_stripped() -> None:
    config = WedgeConfig(prefix="$", suffix="#")
    assert run(WedgeClassifier(config), keys_for("$5901234123457#", [SCAN_GAPS] * 15))[0] == [
        "5901234123457"
    ]
    keys = keys_for("5901234123457", [SCAN_GAPS] * 13)
    assert run(WedgeClassifier(config), keys) == ([], keys)


def test_without_a_terminator_a_scan_ends_when_the_keys_stop() -> None:
    keys = keys_for("5901234123457", [SCAN_GAPS] * 13)[:-1]  # no Enter
    assert run(WedgeClassifier(WedgeConfig(terminator=None)), keys)[0] == ["5901234123457"]


def test_a_russian_layout_still_scans_latin_by_physical_key() -> None:
    keys = keys_for("ABC-12/x", [SCAN_GAPS] * 8, layout="ru")
    assert keys[0].text == "Ф"  # what the active layout typed
    assert run(WedgeClassifier(), keys)[0] == ["ABC-12/x"]


def test_without_scan_codes_a_configured_layout_map_translates_back() -> None:
    keys = [
        KeyPress(k.text, k.at, k.key, 0, k.shift)
        for k in keys_for("ABC-12/x", [SCAN_GAPS] * 8, layout="ru")
    ]
    assert run(WedgeClassifier(), keys)[0] == ["ФИС-12.ч"]  # unmapped: garbled
    config = WedgeConfig(layout_map=LAYOUT_MAPS["ru"])
    assert run(WedgeClassifier(config), keys)[0] == ["ABC-12/x"]


def test_a_group_separator_typed_as_a_control_character_is_kept() -> None:
    keys = keys_for("0104600439931256215Jj:+r/PmQ:cA91FFD0", [SCAN_GAPS] * 37)
    at = keys[30].at
    keys[30] = KeyPress(GS, at, scan_code=27)  # Ctrl+] where the A was
    scans, _ = run(WedgeClassifier(), keys)
    assert scans == ["0104600439931256215Jj:+r/PmQ:c" + GS + "91FFD0"]


def test_an_aim_identifier_names_the_symbology_and_is_stripped() -> None:
    classifier = WedgeClassifier()
    result = None
    for key in keys_for("]E05901234123457", [SCAN_GAPS] * 16):
        result = classifier.feed(key)
    assert result is not None and result.scan is not None
    assert (result.scan.data, result.scan.symbology) == (b"5901234123457", Symbology.EAN13)
    assert result.scan.source == "wedge"


def test_a_special_key_in_the_middle_hands_the_keys_back() -> None:
    keys = keys_for("59012", [SCAN_GAPS] * 5)[:-1]
    arrow = KeyPress("", keys[-1].at + SCAN_GAPS, key=OTHER)
    scans, through = run(WedgeClassifier(), [*keys, arrow])
    assert scans == [] and through == [*keys, arrow]


def test_enter_alone_passes_through() -> None:
    enter = KeyPress("\r", 1.0, key=ENTER)
    assert run(WedgeClassifier(), [enter]) == ([], [enter])


def test_the_corpus_has_no_false_scans_and_no_missed_scans() -> None:
    classifier = WedgeClassifier()
    for sample in corpus(seed=11, scans=150, typed=150):
        scans, through = run(classifier, sample.keys)
        if sample.is_scan:
            assert scans == [sample.code], sample.label
            assert through == [], sample.label
        else:
            assert scans == [], sample.label
            assert through == sample.keys, sample.label


def test_the_ukrainian_layout_map_translates_back_too() -> None:
    ukrainian = {us: uk for uk, us in LAYOUT_MAPS["uk"].items()}
    text = "SKU-42/a"
    keys = [KeyPress(ukrainian.get(c, c), i * SCAN_GAPS) for i, c in enumerate(text)] + [
        KeyPress("\r", len(text) * SCAN_GAPS, key=ENTER)
    ]
    assert keys[0].text == "І"
    config = WedgeConfig(layout_map=LAYOUT_MAPS["uk"])
    assert run(WedgeClassifier(config), keys)[0] == [text]
