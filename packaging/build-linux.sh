#!/usr/bin/env bash
# The Linux package: a PyInstaller one-folder build of the till, smoke-tested, wrapped in a .deb.
#
#   packaging/build-linux.sh [OUT_DIR]      (default: build/linux)
#
# Needs pyinstaller and dpkg-deb (Debian/Ubuntu). Builds OUT_DIR/omnitill/ (the folder),
# runs its `pos --demo --offline --smoke` offscreen (a sale through the services, exit 0),
# prints the folder's size and the smoke's wall time, then packaging/make-deb.sh makes
# OUT_DIR/omnitill_<version>_<arch>.deb from it.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-build/linux}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"

python3 -m PyInstaller --noconfirm --log-level WARN \
  --distpath "$out" --workpath "$out/work" packaging/omnitill.spec

folder="$out/omnitill"
smoke_dir="$(mktemp -d)"
start=$(date +%s.%N)
QT_QPA_PLATFORM=offscreen "$folder/pos" --demo --offline --smoke --data-dir "$smoke_dir/till"
end=$(date +%s.%N)
rm -rf "$smoke_dir"
echo "one-folder build: $(du -sh "$folder" | cut -f1) in $(find "$folder" -type f | wc -l) files"
echo "smoke (start, sale, exit): $(python3 -c "print(f'{$end - $start:.1f} s')")"

packaging/make-deb.sh "$folder" "$out"
