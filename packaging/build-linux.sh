#!/usr/bin/env bash
# The Linux package: a PyInstaller one-folder build of the till, smoke-tested, wrapped in a .deb.
#
#   packaging/build-linux.sh [OUT_DIR]      (default: build/linux)
#
# Needs pyinstaller and dpkg-deb (Debian/Ubuntu). Builds OUT_DIR/omnitill/ (the folder),
# wraps it in OUT_DIR/omnitill_<version>_<arch>.deb (packaging/make-deb.sh), unpacks the .deb,
# checks what it installs and runs its binary's `pos --demo --offline --smoke` offscreen (a sale
# through the services, exit 0), and prints sizes and start times (python3 -m pos as baseline).
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-build/linux}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"

python3 -m PyInstaller --noconfirm --log-level WARN \
  --distpath "$out" --workpath "$out/work" packaging/omnitill.spec

folder="$out/omnitill"
packaging/make-deb.sh "$folder" "$out"
deb="$(ls "$out"/omnitill_*.deb)"

# The .deb as a technician gets it: what it installs, and its binary smoke-tested from there.
unpacked="$(mktemp -d)"
trap 'rm -rf "$unpacked"' EXIT
dpkg-deb -x "$deb" "$unpacked/root"
dpkg-deb -e "$deb" "$unpacked/control"
for path in opt/omnitill/pos usr/bin/pos usr/share/applications/omnitill.desktop \
            lib/udev/rules.d/60-omnitill-printers.rules lib/systemd/system/omnitill-kiosk.service; do
  [ -e "$unpacked/root/$path" ] || [ -L "$unpacked/root/$path" ] || { echo "deb lacks $path" >&2; exit 1; }
done
grep -q "adduser omnitill \"\$group\"" "$unpacked/control/postinst" \
  || { echo "postinst does not add the till's user to its groups" >&2; exit 1; }

for lang in pl ru uk; do  # Qt's own catalog: OK/Cancel of standard buttons in the till's language
  find "$folder" -name "qtbase_$lang.qm" | grep -q . || { echo "build lacks qtbase_$lang.qm" >&2; exit 1; }
done

smoke() {  # seconds for start, one sale, clean exit
  local data; data="$(mktemp -d)"
  local t0 t1; t0=$(date +%s.%N)
  QT_QPA_PLATFORM=offscreen "$@" --demo --offline --smoke --data-dir "$data/till" >&2
  t1=$(date +%s.%N)
  rm -rf "$data"
  python3 -c "print(f'{$t1 - $t0:.2f} s')"
}
packaged="$(smoke "$unpacked/root/opt/omnitill/pos")"
baseline="$(smoke python3 -m pos)"
echo "one-folder build: $(du -sh "$folder" | cut -f1) in $(find "$folder" -type f | wc -l) files;" \
  "deb: $(du -h "$deb" | cut -f1)"
echo "smoke (start, sale, exit): packaged binary $packaged; baseline python3 -m pos $baseline"
