#!/usr/bin/env bash
# Refresh the translation sources from the code (keeps existing translations), then compile.
# New or changed strings appear as "unfinished" until a translator fills them in (Qt
# Linguist: `pyside6-linguist pos/resources/translations/omnitill_pl.ts`);
# tests/ui/test_translations.py fails while any is unfinished.
# Sources are every .py file under pos/ (tracked or not), the same set the test scans.
set -euo pipefail
cd "$(dirname "$0")/../../.."
mapfile -t sources < <(find pos -name '*.py' -not -path '*/__pycache__/*' | LC_ALL=C sort)
for lang in ru pl uk; do
  pyside6-lupdate -no-obsolete "${sources[@]}" -ts "pos/resources/translations/omnitill_${lang}.ts"
  pyside6-lrelease "pos/resources/translations/omnitill_${lang}.ts" -qm "pos/resources/translations/omnitill_${lang}.qm"
done
