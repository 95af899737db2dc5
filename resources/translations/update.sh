#!/usr/bin/env bash
# Refresh the translation sources from the code (keeps existing translations), then compile.
# New or changed strings appear as "unfinished" until a translator fills them in (Qt
# Linguist: `pyside6-linguist resources/translations/omnitill_pl.ts`);
# tests/ui/test_translations.py fails while any is unfinished.
set -euo pipefail
cd "$(dirname "$0")/../.."
sources=$(git ls-files 'pos/*.py')
for lang in ru pl uk; do
  pyside6-lupdate -no-obsolete $sources -ts "resources/translations/omnitill_${lang}.ts"
  pyside6-lrelease "resources/translations/omnitill_${lang}.ts" -qm "resources/translations/omnitill_${lang}.qm"
done
