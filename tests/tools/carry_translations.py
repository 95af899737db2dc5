"""Refresh the catalogs after code moved between classes, keeping every translation.

Qt translates ``self.tr(...)`` in the context of the class that calls it, so a message moved
from ``TillScreen`` into a feature class (``Parking``, ``Payment``...) comes back from
``pyside6-lupdate`` as unfinished in its new context, and the old entry is dropped. This script
reads the catalogs first, runs the same ``lupdate`` as ``pos/resources/translations/update.sh``,
then fills each unfinished message with the translation its source text had before: in the
context it moved from (``MOVED_FROM``), else the one translation that text had anywhere. A text
translated differently in different contexts is left unfinished for a translator (the
translation tests then fail and name it).

    python -m tests.tools.carry_translations
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CATALOGS = ROOT / "pos" / "resources" / "translations"
LANGUAGES = ("ru", "pl", "uk")
# New context -> the contexts its messages came from (issue 12: the till screen's features).
MOVED_FROM = {
    "PickingPage": ("PickupDialog",),
    "HandoverPage": ("PickupDialog",),
    "ScannerListEditor": ("ScannerDialog",),  # issue 17: one scanner editor
    "PrinterForm": ("SettingsDialog", "FirstRunDialog"),  # issue 17: one device form
    "TerminalForm": ("SettingsDialog", "FirstRunDialog"),
}
DEFAULT_FROM = ("TillScreen",)

Known = dict[tuple[str, str], str]


def translations(ts: Path) -> Known:
    known: Known = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") is None and translation.text:
                known[(name, message.findtext("source") or "")] = translation.text
    return known


def lupdate(ts: Path) -> None:
    files = (ROOT / "pos").rglob("*.py")
    sources = sorted(str(p.relative_to(ROOT)) for p in files if "__pycache__" not in p.parts)
    subprocess.run(
        ["pyside6-lupdate", "-no-obsolete", *sources, "-ts", str(ts.relative_to(ROOT))],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def carry(ts: Path, before: Known) -> list[tuple[str, str]]:
    """Fill the unfinished messages of ``ts``; returns those left unfinished."""
    by_source: dict[str, set[str]] = {}
    for (_context, source), text in before.items():
        by_source.setdefault(source, set()).add(text)
    tree = ET.parse(ts)
    left: list[tuple[str, str]] = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            source = message.findtext("source") or ""
            text = next(
                (
                    before[(old, source)]
                    for old in MOVED_FROM.get(name, DEFAULT_FROM)
                    if (old, source) in before
                ),
                None,
            )
            if text is None and len(by_source.get(source, ())) == 1:
                (text,) = by_source[source]
            if text is None:
                left.append((name, source))
                continue
            del translation.attrib["type"]
            translation.text = text
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return left


def main() -> int:
    missing = 0
    for lang in LANGUAGES:
        ts = CATALOGS / f"omnitill_{lang}.ts"
        before = translations(ts)
        lupdate(ts)
        left = carry(ts, before)
        lupdate(ts)  # back in lupdate's own layout (and locations)
        qm = ts.with_suffix(".qm")
        compile_ = ["pyside6-lrelease", str(ts), "-qm", str(qm)]
        subprocess.run(compile_, check=True, capture_output=True)
        for context, source in left:
            print(f"{lang}: still to translate: {context}: {source}")
        missing += len(left)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
